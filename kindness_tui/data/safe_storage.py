"""A TinyDB storage that keeps the journal safe (SPEC §4.3).

TinyDB's own JSONStorage rewrites the file in place, so a crash halfway
leaves half a journal. This one writes through `atomic_write`; it holds the
journal's lock (`journal_lock`) for every change and re-reads the journal
inside the lock when another process has changed it; it reads only what
`journal_reading` accepts, so it never overwrites a file it cannot read.

Paths. The lock file and the temporary file live beside the file a symlinked
journal leads to (every path to one journal shares one lock); backups and
drafts live beside the path the person named (`--db`, `KINDNESS_DB` or the
default), so each device keeps its own.
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from tinydb.storages import Storage

from kindness_tui.data import migrations
from kindness_tui.data.atomic_write import sweep_temporaries, write_atomic
from kindness_tui.data.errors import JournalError, JournalReadOnly
from kindness_tui.data.file_safety import make_private_folder, replaceable_target
from kindness_tui.data.journal_lock import JournalLock
from kindness_tui.data.journal_reading import (
    HEAD_BYTES,
    Signature,
    read_head,
    read_journal,
    refuse,
    stat_key,
)
from kindness_tui.data.journal_shape import APP_MARK, Tables, meta_of
from kindness_tui.data.strict_json import dumps_in_pieces

# `backups` is imported where it is used: a read (`kindness today`) never needs it.


class SafeStorage(Storage):
    """The journal file, read once and re-read only when another process changed it.

    Writes are only allowed inside `change()`, which takes the lock, brings the
    data up to date, lets TinyDB mutate it, and writes it once at the end.
    """

    def __init__(
        self,
        path: Path,
        *,
        lock_timeout: float = 5.0,
        backup_day: Callable[[], str] | None = None,
        share_keys: bool = False,
    ) -> None:
        self.path = path
        self.share_keys = share_keys
        """Read check-ins into key-sharing dicts (less memory; the app's choice)."""
        self.lock = JournalLock(path.with_name(path.name + ".lock"), lock_timeout)
        self.backup_day = backup_day or (lambda: time.strftime("%Y-%m-%d"))
        self.read_only = False
        self.warnings: list[str] = []
        self._data: Tables | None = None
        self._signature: Signature | None = None
        self._in_change = 0
        self._dirty = False
        self._migrated_from: int | None = None
        self._swept = False
        self.loads = 0
        """How many times the journal was read from disk (a change by another process)."""
        self._guard = threading.RLock()
        """Changes and re-reads come from one thread at a time (the app's journal worker)."""
        self._load()

    # TinyDB's Storage interface ------------------------------------------------

    def read(self) -> Tables | None:
        return self._data

    def write(self, data: Tables) -> None:
        if not self._in_change:
            raise JournalError("internal: a write outside a change")
        self._data = data
        self._dirty = True

    def close(self) -> None:
        pass

    # Loading ---------------------------------------------------------------------

    def changed_on_disk(self) -> bool:
        """True when the file is not the one last read or written.

        One stat call; the first bytes are read only when the stat matches.
        """
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return self._signature is not None
        except OSError:
            return True
        known = self._signature
        if known is None or stat_key(st) != known[:5]:
            return True
        return read_head(self.path) != known[5]

    def refresh(self) -> bool:
        """Re-read the journal if another process changed it; True if it did."""
        with self._guard:
            if not self.changed_on_disk():
                return False
            self._load()
            return True

    def _load(self) -> None:
        self._migrated_from = None
        data, signature = read_journal(
            self.path,
            share_keys=self.share_keys,
            was_open=self._signature is not None,
            warnings=self.warnings,
        )
        if signature is None:  # no journal yet: a new one
            self._data = None
            self._signature = None
            return
        if data is not None:
            meta = meta_of(data)
            try:
                schema = migrations.schema_of(meta)
            except ValueError:
                refuse(self.path, "has a schema this app does not know")
            if schema > migrations.SCHEMA_VERSION:
                if not self.read_only:
                    self.warnings.append(
                        f"{self.path} was written by a newer version of Kindness; it is open "
                        "read-only so nothing in it can be lost. Update the app to make changes"
                    )
                self.read_only = True
            elif schema < migrations.SCHEMA_VERSION:
                # Migrate in memory so everything reads today's shape; the first change
                # writes it, after keeping a copy of the old file (see _commit).
                self._migrated_from = migrations.migrate(data, meta)
        # Published in one step, migrated: readers on other threads see old or new.
        self._data = data
        self._signature = signature
        self.loads += 1

    # Changing ----------------------------------------------------------------------

    @property
    def generation(self) -> int:
        gen = meta_of(self._data).get("generation", 0)
        return gen if isinstance(gen, int) else 0

    @contextlib.contextmanager
    def change(self) -> Iterator[bool]:
        """Hold the lock, bring the data up to date, and write it once at the end.

        Yields True for the outermost change (the one that reads and writes the file).
        """
        if self.read_only:
            raise JournalReadOnly(
                f"{self.path} is open read-only (written by a newer version of Kindness); "
                "nothing was changed"
            )
        with self._guard:
            if self._in_change:
                self._in_change += 1
                try:
                    yield False
                finally:
                    self._in_change -= 1
                return
            with self._locked():
                yield True

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        # A symlinked journal is locked (and replaced) where it leads, so that every
        # path to one journal shares one lock.
        target = replaceable_target(self.path)
        self.lock.path = target.with_name(target.name + ".lock")
        if self._signature is None:
            make_private_folder(target.parent)  # a new journal: its folders start here
        try:
            self.lock.acquire()
        except JournalError:
            self.refresh()  # a journal gone missing with its folder says so, not its lock
            raise
        try:
            self.refresh()
            self._in_change = 1
            self._dirty = False
            try:
                yield
            except BaseException:
                self._forget()
                raise
            finally:
                self._in_change = 0
            if self._dirty:
                self._commit()
        finally:
            self.lock.release()

    def _forget(self) -> None:
        """Drop changes made in memory so the next read comes from disk."""
        self._signature = None
        self._dirty = False
        try:
            self._load()
        except JournalError:
            self._data = None

    def _commit(self) -> None:
        data = self._data if self._data is not None else {}
        meta_table = data.setdefault("meta", {})
        if next(iter(data)) != "meta":
            # The meta record goes first so its stamp lands in the bytes the
            # signature reads (see Signature), from the very first write on;
            # TinyDB keeps this order afterwards.
            data = {"meta": data.pop("meta"), **data}
        meta = next((d for d in meta_table.values() if isinstance(d, dict)), None)
        if meta is None:
            meta = {"app": APP_MARK, "schema": migrations.SCHEMA_VERSION, "generation": 0}
            meta_table["1"] = meta
        meta["generation"] = int(meta.get("generation", 0)) + 1
        meta["stamp"] = os.urandom(6).hex()
        self._data = data
        try:
            payload = dumps_in_pieces(data).encode("utf-8")
        except ValueError as exc:
            self._forget()
            raise JournalError(f"refused to write a value JSON cannot hold ({exc})") from None
        from kindness_tui.data import backups

        try:
            if not self._swept:
                # Under the lock, which every writer of the journal and its backups holds.
                self._swept = True
                target = replaceable_target(self.path)
                sweep_temporaries(target.parent, target.name)
                sweep_temporaries(backups.folder_for(self.path))
            if self._migrated_from is not None and self.path.exists():
                backups.keep_before_migration(self.path, self._migrated_from)
            backups.keep_daily(self.path, self.backup_day())
            write_atomic(self.path, payload)
            st = os.stat(self.path)
        except OSError as exc:
            self._forget()
            raise JournalError(_describe_os_error(exc, self.path)) from None
        except JournalError:
            self._forget()
            raise
        self._signature = (*stat_key(st), payload[:HEAD_BYTES])
        self._migrated_from = None
        self._dirty = False


def _describe_os_error(exc: OSError, path: Path) -> str:
    if exc.errno == errno.ENOSPC:
        return (
            f"the disk holding {path} is full; nothing was changed. Free some space and try again"
        )
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"no permission to write {path}; nothing was changed"
    if exc.errno == errno.EROFS:
        return f"{path} is on a read-only file system; nothing was changed"
    return f"could not write {path} ({exc.strerror or exc}); nothing was changed"
