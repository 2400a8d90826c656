"""TinyDB over the safe storage: the journal's tables, and transactions over them.

The first layer of the store (`Store` builds on `WheelTables`, which builds on
`JournalTables`): it opens the journal through `SafeStorage`, gives each part
of the store its table (TinyDB's, or for the check-ins and their change times
an index past it), and groups changes into one locked
read-modify-write. Every change goes through `transaction`, so several
processes can write at once without losing each other's changes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Table

from kindness_tui.data.change_times import DayTimes, now_ms
from kindness_tui.data.raw_tables import CheckinTable
from kindness_tui.data.safe_storage import SafeStorage


def new_id(prefix: str, taken: set[str]) -> str:
    """A fresh id ("v-…", "a-…", "i-…") that is not in `taken`."""
    while True:
        candidate = f"{prefix}-{os.urandom(5).hex()}"
        if candidate not in taken:
            return candidate


def day_text(day: dt.date | str) -> str:
    """A day as the journal writes it (YYYY-MM-DD)."""
    return day if isinstance(day, str) else day.isoformat()


@dataclass(frozen=True)
class Unreadable:
    """A record in the journal that does not parse: left out by a read that rescues the rest."""

    record: str
    """Which record, in words ("the check-in of 2026-11-03", "the value 'Care'")."""
    problem: str
    """What is wrong with it ("note: 7 is not text")."""


def record_name(kind: str, doc: Mapping[str, Any], key: str, field: str) -> str:
    """A damaged record named by its date or name when that much is readable."""
    name = doc.get(field)
    if isinstance(name, str) and name:
        return f"the {kind} of {name}" if field == "date" else f"the {kind} {name!r}"
    return f"a {kind} without a {'date' if field == 'date' else 'name'} (record {key})"


class JournalTables:
    """A Kindness journal on disk, as TinyDB tables."""

    def __init__(
        self,
        path: Path | str,
        *,
        lock_timeout: float = 5.0,
        backup_day: Callable[[], str] | None = None,
        share_keys: bool = False,
        change_time: Callable[[], int] | None = None,
    ) -> None:
        self.path = Path(path).expanduser()
        self.change_time = change_time or now_ms
        """The clock of the change times a write stamps on each field (see `change_times`)."""
        self.storage = SafeStorage(
            self.path, lock_timeout=lock_timeout, backup_day=backup_day, share_keys=share_keys
        )
        self._db = TinyDB(storage=lambda: self.storage)
        self._days = CheckinTable(self.storage)
        """The check-ins, found by date past TinyDB (see `raw_tables`)."""
        self._times = DayTimes(self.storage)
        """The check-ins' change times, found by date (see `change_times`)."""

    @property
    def read_only(self) -> bool:
        return self.storage.read_only

    @property
    def warnings(self) -> list[str]:
        return self.storage.warnings

    @property
    def generation(self) -> int:
        """Counts the writes to this journal, by any process."""
        return self.storage.generation

    @property
    def loads(self) -> int:
        """How many times the journal was read from disk: it grows when another process
        changed it, including a change noticed (and kept) by one of this process's saves."""
        return self.storage.loads

    def changed_on_disk(self) -> bool:
        return self.storage.changed_on_disk()

    def refresh(self) -> bool:
        """Pick up changes other processes made; True if there were any."""
        changed = self.storage.refresh()
        if changed:
            self.reset_tables()
        return changed

    def reset_tables(self) -> None:
        """Forget what TinyDB remembers of the tables: after another process changed the
        file, or after a write past TinyDB (`raw_tables`)."""
        # TinyDB caches query results and the next document id per table; both go
        # stale when another process changes the file.
        self._db = TinyDB(storage=lambda: self.storage)

    def table(self, name: str) -> Table:
        """The TinyDB table `name`, uncached (the data layer's own; nothing outside it)."""
        return self._db.table(name, cache_size=0)

    @contextlib.contextmanager
    def lock_timeout(self, seconds: float) -> Iterator[None]:
        """Wait at most `seconds` for the journal's lock in this block (a quit won't wait long)."""
        lock = self.storage.lock
        before, lock.timeout = lock.timeout, seconds
        try:
            yield
        finally:
            lock.timeout = before

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group changes into one locked read-modify-write; all or nothing."""
        with self.storage.change() as outer:
            if outer:
                self.reset_tables()
            try:
                yield
            except BaseException:
                self.reset_tables()
                raise
