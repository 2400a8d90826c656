"""The session's draft: what was typed and is not in the journal yet (SPEC §4.3).

Each session that types keeps a small file in `<journal>.drafts/`, holding its
unsaved edits (`core.edits`). It is written within about a second of a change,
atomically, fsynced and private (0600 in a 0700 folder), and its size depends
only on what is unsaved, never on the journal. While the session lives it
holds an exclusive lock on a companion `.lock` file; a draft whose lock can be
taken belongs to a session that ended without saving it (a kill -9, a crash,
a quit while the journal could not be written), and the next start applies it
to the journal like a second session would, then removes it.

Drafts are named after the machine, so a folder synced between devices never
has one device take over another's live draft.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kindness_tui.core.edits import (
    CheckInEdit,
    Edit,
    FoundValues,
    NewIdea,
    NewValue,
    ValueEdit,
    parse_edit,
)
from kindness_tui.core.models import MAX_ACTIVE_VALUES, CheckIn, ValidationError
from kindness_tui.data.draft_places import draft_folders, draft_names, folder_for, host
from kindness_tui.data.errors import JournalError
from kindness_tui.data.safe_storage import dumps_strict, loads_strict, make_private_folder
from kindness_tui.data.safe_storage import write_atomic as _write_atomic
from kindness_tui.data.store import Store

FORMAT = "kindness-draft"
WRITE_DELAY = 0.25
"""Seconds between a change and the draft's write: changes that come together are written
together, and everything typed is on disk well within a second."""


class DraftBook:
    """This session's unsaved edits, kept in memory and in its draft file.

    `put` and `drop` are cheap and called on every change; a thread of the
    book's own writes the file `WRITE_DELAY` later (`flush`, which can also be
    called from any thread, serialized). Nothing touches the disk until the
    first edit is put. `problem` says why the last write failed, if it did.
    """

    def __init__(self, journal: Path) -> None:
        self.journal = journal
        self._name = f"{host()}.{os.getpid()}.{os.urandom(3).hex()}"
        self.folder = folder_for(journal)
        """Where the draft is kept: beside the journal, or the fallback when that failed."""
        self._lock_fd: int | None = None
        self._stale: list[tuple[Path, Path, int]] = []
        """Draft files left in a folder given up on, with their locks (see _move_to)."""
        self._edits: dict[str, Edit] = {}
        self._state = threading.Lock()
        self._writing = threading.Lock()
        self._version = 0
        self._written = 0
        self._wanted = threading.Event()
        self._writer: threading.Thread | None = None
        self._closed = False
        self.problem: str | None = None
        """Why the draft could not be written last time (None: it is on disk)."""

    @property
    def path(self) -> Path:
        """The draft file (written only while there is something unsaved)."""
        return self.folder / f"{self._name}.json"

    @property
    def _lock_path(self) -> Path:
        return self.folder / f"{self._name}.lock"

    # ------------------------------------------------------------------ in memory

    def put(self, edit: Edit) -> None:
        """Keep `edit` (replacing any earlier edit of the same thing)."""
        with self._state:
            if self._edits.get(edit.key) != edit:
                self._edits[edit.key] = edit
                self._version += 1
        self._soon()

    def drop(self, key: str, saved: Edit | None = None) -> None:
        """Forget the edit under `key`: all of it, or only if it is still `saved`."""
        with self._state:
            current = self._edits.get(key)
            if current is not None and (saved is None or current == saved):
                del self._edits[key]
                self._version += 1
        self._soon()

    def edits(self) -> list[Edit]:
        with self._state:
            return list(self._edits.values())

    @property
    def unwritten(self) -> bool:
        """Whether the file is behind what is in memory."""
        return self._version != self._written

    # ------------------------------------------------------------------ on disk

    def _soon(self) -> None:
        """Have the book's writer write the draft in a moment."""
        if self._version == self._written or self._closed:
            return
        if self._writer is None:
            self._writer = threading.Thread(target=self._write_loop, name="draft", daemon=True)
            self._writer.start()
        self._wanted.set()

    def _write_loop(self) -> None:
        while not self._closed:
            self._wanted.wait()
            time.sleep(WRITE_DELAY)
            self._wanted.clear()
            try:
                self.flush()
            except JournalError as exc:
                self.problem = str(exc)
            else:
                self.problem = None

    def flush(self) -> None:
        """Write the draft as it stands (or remove the file once nothing is unsaved)."""
        with self._writing:
            with self._state:
                version = self._version
                edits = [edit.to_dict() for edit in self._edits.values()]
            if self._stale:
                self._remove_stale()
            if version == self._written:
                return
            if edits:
                payload = {
                    "format": FORMAT,
                    "version": 1,
                    "journal": str(self.journal),
                    "written": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    "edits": edits,
                }
                self._write(dumps_strict(payload).encode("utf-8"))
            else:
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
            self._written = version

    def _write(self, payload: bytes) -> None:
        """Write the draft beside the journal, or in the fallback folder when that fails."""
        problem = ""
        for folder in dict.fromkeys((self.folder, *draft_folders(self.journal))):
            if folder != self.folder:
                self._move_to(folder)
            try:
                self._hold_lock()
                _write_atomic(self.path, payload)
            except (OSError, JournalError) as exc:
                problem = problem or (getattr(exc, "strerror", None) or str(exc))
                continue
            return
        raise JournalError(f"could not keep a draft of what was typed ({problem})")

    def _move_to(self, folder: Path) -> None:
        """Keep the draft in `folder` from now on.

        The old file holds older words: it goes, or (on a disk that cannot remove it
        now) stays locked by this session and goes as soon as it can, so that no
        later start applies it over newer words.
        """
        if self._lock_fd is not None:
            self._stale.append((self.path, self._lock_path, self._lock_fd))
            self._lock_fd = None
        self._remove_stale()
        self.folder = folder

    def _remove_stale(self) -> None:
        kept = []
        for path, lock_path, fd in self._stale:
            try:
                path.unlink(missing_ok=True)
            except OSError:
                kept.append((path, lock_path, fd))
                continue
            with contextlib.suppress(OSError):
                lock_path.unlink()
            os.close(fd)
        self._stale = kept

    def _hold_lock(self) -> None:
        """Take this session's lock, which says the draft's owner is alive."""
        if self._lock_fd is not None:
            return
        make_private_folder(self.folder)
        fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX)
        self._lock_fd = fd

    def close(self) -> None:
        """The session ends: remove the files if nothing is unsaved, and let go of the lock."""
        self._closed = True
        self._wanted.set()
        self._remove_stale()
        for _path, _lock_path, fd in self._stale:
            os.close(fd)
        self._stale = []
        if not self.edits():
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            with contextlib.suppress(FileNotFoundError):
                if self._lock_fd is not None:
                    self._lock_path.unlink()
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None


# ---------------------------------------------------------------------- applying


@dataclass
class Applied:
    """What applying edits did, for the screen that asked and for the gentle line."""

    saved: list[str] = field(default_factory=list)
    """A few words for each edit now in the journal."""
    value_ids: list[str] = field(default_factory=list)
    """Values added or changed."""
    waiting: list[str] = field(default_factory=list)
    """Names of found values that did not fit on a full wheel."""
    checkin: CheckIn | None = None
    """The day as the journal now holds it, after a check-in edit."""


def apply_edit(store: Store, edit: Edit, today: dt.date, applied: Applied | None = None) -> Applied:
    """Write one edit to the journal, in one change. Refusals raise ValidationError."""
    applied = applied if applied is not None else Applied()
    if isinstance(edit, CheckInEdit):
        store.update_checkin(edit.date, edit.changes, base=edit.base_checkin())
        applied.checkin = store.checkin(edit.date)
    elif isinstance(edit, ValueEdit):
        _apply_value_edit(store, edit, today, applied)
    elif isinstance(edit, NewValue):
        _apply_new_value(store, edit, today, applied)
    elif isinstance(edit, NewIdea):
        store.add_idea(edit.kind, edit.text, edit.area)
    elif isinstance(edit, FoundValues):
        _apply_found(store, edit, today, applied)
    applied.saved.append(edit.describe())
    return applied


def _apply_value_edit(store: Store, edit: ValueEdit, today: dt.date, applied: Applied) -> None:
    with store.transaction():
        if store.value(edit.value_id) is None:  # gone from the journal: keep the words
            added = store.add_value(edit.name, today=today, about=edit.about, area=edit.area)
            value_id = added.id
        else:
            value_id = edit.value_id
            store.update_value(value_id, name=edit.name, about=edit.about, area=edit.area)
        if store.current_assessment() is None:
            store.new_assessment(today)
        store.rate(value_id, steps=edit.steps, challenges=edit.challenges)
    applied.value_ids.append(value_id)


def _apply_new_value(store: Store, edit: NewValue, today: dt.date, applied: Applied) -> None:
    with store.transaction():
        wanted = edit.name.strip().casefold()
        if any(v.name.casefold() == wanted for v in store.values(include_archived=True)):
            return  # already on the wheel (added before a kill, or by another session)
        value = store.add_value(edit.name, today=today, about=edit.about, area=edit.area)
    applied.value_ids.append(value.id)


def _apply_found(store: Store, edit: FoundValues, today: dt.date, applied: Applied) -> None:
    with store.transaction():
        have = {v.name.casefold() for v in store.values(include_archived=True)}
        room = MAX_ACTIVE_VALUES - len(store.values())
        for candidate in edit.values:
            if candidate.name.casefold() in have:
                continue
            if room <= 0:
                applied.waiting.append(candidate.name)
                continue
            value = store.add_value(
                candidate.name, today=today, about=candidate.about, area=candidate.area
            )
            have.add(candidate.name.casefold())
            applied.value_ids.append(value.id)
            room -= 1


# ---------------------------------------------------------------------- leftovers


@dataclass
class Recovery:
    """What the start did with drafts left by sessions that ended without saving."""

    saved: list[str] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)
    """Drafts that could not be applied (or read), left where they are."""
    problems: list[str] = field(default_factory=list)


@contextlib.contextmanager
def _dead_session_drafts(journal: Path) -> Iterator[list[Path]]:
    """This machine's drafts whose sessions have ended, each held so no other start takes it."""
    held: list[int] = []
    found: list[Path] = []
    try:
        prefix = host() + "."
        for folder, name in draft_names(journal):
            if not name.startswith(prefix):
                continue
            lock_path = folder / (name[: -len(".json")] + ".lock")
            try:
                fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError:
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:  # a session that is still open
                os.close(fd)
                continue
            held.append(fd)
            found.append(folder / name)
        yield found
    finally:
        for fd in held:
            os.close(fd)


def read_draft(path: Path) -> list[Edit]:
    """The edits a draft file holds; ValueError when it cannot be read as a draft."""
    data = loads_strict(path.read_bytes().decode("utf-8"))
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a Kindness draft")
    raw = data.get("edits")
    if not isinstance(raw, list):
        raise ValueError("not a Kindness draft")
    return [parse_edit(entry, f"edits[{i}]") for i, entry in enumerate(raw)]


def recover(store: Store, today: dt.date) -> Recovery:
    """Apply the drafts of sessions that ended without saving, removing each edit once applied.

    A draft is rewritten after every edit that reaches the journal, so a start
    that is itself killed halfway never applies an edit twice. An edit the
    journal refuses stays in its draft, which is named in `problems`.
    """
    recovery = Recovery()
    with _dead_session_drafts(store.path) as drafts:
        for path in drafts:
            try:
                edits = read_draft(path)
            except (OSError, ValueError, RecursionError):
                recovery.kept.append(path)
                recovery.problems.append(f"{path} could not be read as a draft")
                continue
            left = list(edits)
            for edit in edits:
                try:
                    recovery.saved += apply_edit(store, edit, today).saved
                except ValidationError as exc:
                    recovery.problems.append(f"{edit.describe()} ({exc.problem}), kept in {path}")
                    continue
                left.remove(edit)
                _rewrite(path, store.path, left)
            if left:
                recovery.kept.append(path)
    return recovery


def _rewrite(path: Path, journal: Path, edits: list[Edit]) -> None:
    if not edits:
        path.unlink(missing_ok=True)
        path.with_suffix(".lock").unlink(missing_ok=True)
        return
    payload = {"format": FORMAT, "version": 1, "journal": str(journal),
               "edits": [e.to_dict() for e in edits]}  # fmt: skip
    _write_atomic(path, dumps_strict(payload).encode("utf-8"))
