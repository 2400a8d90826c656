"""Folding the sync tools' conflict copies into the journal, then keeping them in the backups.

Every start of the app and every command looks for conflict copies beside the
journal (`conflict_copies`); this merges the ones it finds (`conflict_merge`)
and says so in one gentle line. In order, so that nothing in a copy is lost:

1. Each copy is read and checked as strictly as the journal: a regular file of
   this user's, a Kindness journal, every record valid, not from a newer
   version. One that is not is left where it is, named in a line of its own.
2. Under the journal's lock (held from the merge until every copy is moved),
   the journal is re-read and the copies are merged into it in one atomic,
   fsynced write, like every change.
3. Only then is each copy moved into the journal's backups folder (renamed;
   copied and fsynced first when the backups are on another disk), and only
   if it is still the file that was read. A crash before the move leaves the
   copy beside the merged journal; merging it again changes nothing.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kindness_tui.core.models import ITEM_KINDS, Assessment, ValidationError, Value, check_date
from kindness_tui.data import backups, migrations
from kindness_tui.data.atomic_write import fsync_folder, write_atomic
from kindness_tui.data.conflict_copies import find_copies
from kindness_tui.data.conflict_merge import Merged, merge_tables
from kindness_tui.data.file_safety import kind_of, make_private_folder, replaceable_target
from kindness_tui.data.journal_reading import stat_key
from kindness_tui.data.journal_shape import Tables, is_journal, meta_of, well_formed
from kindness_tui.data.strict_json import loads_strict

if TYPE_CHECKING:
    from kindness_tui.data.store import Store


class NotAJournal(Exception):
    """A conflict copy that cannot be merged; `str()` says why, in a few words."""


@dataclass
class Folded:
    """What one look for conflict copies did: the gentle line and the lines for the rest."""

    merged: list[Path] = field(default_factory=list)
    """Copies merged and moved; each path is where it is kept now."""
    changes: Merged = field(default_factory=Merged)
    kept_in: Path | None = None
    """The backups folder the copies were moved into."""
    left: list[str] = field(default_factory=list)
    """One line for each copy left where it is (not a journal, or not movable)."""

    def line(self) -> str | None:
        """The one gentle line about what was merged; None when nothing was."""
        if not self.merged:
            return None
        n = len(self.merged)
        copies = "a conflict copy" if n == 1 else f"{n} conflict copies"
        them = "it is" if n == 1 else "they are"
        archived = ""
        if self.changes.off_wheel:
            archived = (
                f" ({', '.join(self.changes.off_wheel)} waits in the archive: the wheel is full)"
            )
        return (
            f"Merged {copies} from your sync into the journal: {self.changes.words()}"
            f"{archived}. Nothing was lost; {them} kept in {self.kept_in}."
        )

    def lines(self) -> list[str]:
        said = self.line()
        return ([said] if said else []) + self.left


def fold_in(store: Store, copies: Sequence[Path] | None = None) -> Folded:
    """Merge the conflict copies beside the store's journal into it; see the module's steps.

    Raises `JournalError` when the journal cannot be written (busy, full, read-only):
    then every copy is left where it was, to be merged next time.
    """
    folded = Folded()
    if store.read_only:
        return folded
    found = find_copies(store.path) if copies is None else list(copies)
    readable = []
    for path in found:
        try:
            readable.append((path, *read_copy(path)))
        except FileNotFoundError:
            continue  # merged and moved by another process meanwhile
        except NotAJournal as exc:
            folded.left.append(
                f"{path} looks like a sync conflict copy of your journal, but {exc}; "
                "it was left where it is"
            )
    if not readable:
        return folded
    with _holding_lock(store):
        merged: list[tuple[Path, tuple[int, ...]]] = []
        with store.transaction():
            tables: Tables = dict(store.storage.read() or {})
            for path, data, signature in readable:
                try:
                    tables = merge_tables(tables, data, folded.changes)
                except ValidationError as exc:
                    folded.left.append(
                        f"{path} looks like a sync conflict copy of your journal, but it could "
                        f"not be merged ({exc}); it was left where it is"
                    )
                    continue
                merged.append((path, signature))
            if folded.changes or tables != store.storage.read():
                store.storage.write(tables)
                store.reset_tables()
        # The merged journal is on disk (written and fsynced): the copies may go now.
        folder = backups.folder_for(store.path)
        for path, signature in merged:
            try:
                kept = _move_into(path, signature, folder)
            except (OSError, NotAJournal) as exc:
                problem = exc.strerror if isinstance(exc, OSError) else str(exc)
                folded.left.append(
                    f"{path} was merged into your journal but could not be moved into "
                    f"{folder} ({problem}); it was left where it is"
                )
                continue
            if kept is not None:
                folded.merged.append(kept)
        folded.kept_in = folder
    return folded


@contextlib.contextmanager
def _holding_lock(store: Store) -> Iterator[None]:
    """The journal's lock from before the merge until the copies are moved (the storage's
    own change takes it again inside, as a nested hold)."""
    lock = store.storage.lock
    target = replaceable_target(store.path)
    lock.path = target.with_name(target.name + ".lock")  # where the storage locks it
    if not target.exists():
        make_private_folder(target.parent)
    lock.acquire()
    try:
        yield
    finally:
        lock.release()


# ---------------------------------------------------------------------- reading a copy


def read_copy(path: Path) -> tuple[Tables, tuple[int, ...]]:
    """A conflict copy's tables, migrated to today's schema and checked record by record,
    and what identifies the file read; `NotAJournal` says why it cannot be merged, and
    FileNotFoundError that it is gone."""
    try:
        st = os.lstat(path)
        if not _regular_and_mine(st):
            raise NotAJournal(_why_not_mine(st))
        with open(path, "rb") as fh:
            if stat_key(os.fstat(fh.fileno())) != stat_key(st):
                raise NotAJournal("it changed while it was read")
            raw = fh.read()
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise NotAJournal(f"it cannot be read ({exc.strerror or exc})") from None
    try:
        data = loads_strict(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise NotAJournal("it is not valid JSON") from None
    if not isinstance(data, dict) or not is_journal(data):
        raise NotAJournal("it is not a Kindness journal")
    if not well_formed(data):
        raise NotAJournal("it is damaged (its tables are not in the expected shape)")
    meta = meta_of(data)
    try:
        schema = migrations.schema_of(meta)
    except ValueError:
        raise NotAJournal("it has a schema this app does not know") from None
    if schema > migrations.SCHEMA_VERSION:
        raise NotAJournal("it was written by a newer version of Kindness; update the app")
    migrations.migrate(data, dict(meta))
    try:
        _check_records(data)
    except (ValidationError, KeyError, TypeError) as exc:
        raise NotAJournal(f"it is damaged ({exc})") from None
    return data, stat_key(st)


def _regular_and_mine(st: os.stat_result) -> bool:
    import stat

    return stat.S_ISREG(st.st_mode) and st.st_uid == os.geteuid()


def _why_not_mine(st: os.stat_result) -> str:
    import stat

    if not stat.S_ISREG(st.st_mode):
        return f"it is {kind_of(st.st_mode)}, not a file"
    return "it belongs to another user"


def _check_records(data: Tables) -> None:
    """The records a merge matches, checked as an import checks them. A day is only dated
    here: the merge checks the days that differ from the journal's (the others are as
    valid as the journal's own), so a copy of ten years is not read twice."""
    for i, doc in enumerate(data.get("values", {}).values()):
        Value.parse(doc, f"values[{i}]")
    for i, doc in enumerate(data.get("assessments", {}).values()):
        Assessment.parse(doc, f"assessments[{i}]")
    for i, doc in enumerate(data.get("checkins", {}).values()):
        check_date(f"checkins[{i}].date", doc.get("date"))
    for i, doc in enumerate(data.get("ideas", {}).values()):
        if not isinstance(doc.get("id"), str) or doc.get("kind") not in ITEM_KINDS:
            raise ValidationError(f"ideas[{i}]", "is not an idea")
        if not isinstance(doc.get("text"), str):
            raise ValidationError(f"ideas[{i}].text", "is not text")
    for i, doc in enumerate(data.get("settings", {}).values()):
        if not isinstance(doc.get("key"), str):
            raise ValidationError(f"settings[{i}].key", "is not a setting's name")


# ---------------------------------------------------------------------- keeping it


def _move_into(path: Path, signature: tuple[int, ...], folder: Path) -> Path | None:
    """Move a merged copy into the backups folder, if it is still the file that was read;
    None when another process merged and moved it first (and said so itself)."""
    try:
        if stat_key(os.lstat(path)) != signature:
            raise NotAJournal("it changed after it was read; it is merged again next time")
    except FileNotFoundError:
        return None
    make_private_folder(folder)
    target = folder / path.name
    count = 1
    while os.path.lexists(target):
        count += 1
        target = folder / f"{path.stem}-{count}{path.suffix}"
    try:
        os.rename(path, target)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        write_atomic(target, path.read_bytes())  # another disk: a durable copy first
        os.unlink(path)
    with contextlib.suppress(OSError):
        os.chmod(target, 0o600)
    fsync_folder(folder)
    fsync_folder(path.parent)
    return target
