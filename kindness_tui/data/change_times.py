"""When each field of the journal last changed: what a merge of two versions decides by.

Sync tools (Syncthing, Dropbox, Nextcloud) never merge: two devices that both
changed the journal leave a conflict copy beside it (`conflict_copies`). To
merge it field by field, like a second session, the journal keeps the time
each field was last changed, in milliseconds since 1970 (UTC):

- a check-in's, by the field paths of `core.checkin.CHECKIN_FIELDS`, in a
  table of their own (`DAY_TIMES`: `{"date": "2026-11-30", "mood": 1796…}`), so
  each day keeps its shape and the app its shared keys (`key_sharing`);
- a value's, in the value as `"changed": {"name": 1796026502123, ...}`;
- a rating (inside its assessment), by its keys ("now", "want", "steps", ...);
- a setting, one time for its value (`"changed": 1796026502123`).

The store stamps a field when a change gives it another value, and so does
`import --overwrite` for the fields it replaces (the person chose the file's
version then). A field without a time (everything written before this
existed, and what an import only adds) counts as older than any field with
one. Exports leave the times out (SPEC §4.2).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from kindness_tui.core.checkin import CHECKIN_FIELDS, CheckIn

if TYPE_CHECKING:
    from kindness_tui.data.safe_storage import SafeStorage

CHANGED = "changed"
"""The key of a record's change times (values, ratings, settings)."""
DAY_TIMES = "checkin_times"
"""The table of the check-ins' change times, one document a day."""


def now_ms() -> int:
    """This machine's clock as the journal keeps change times."""
    return time.time_ns() // 1_000_000


def times_of(doc: Mapping[str, Any] | None) -> dict[str, int]:
    """A record's change times by field (a damaged or missing entry reads as none)."""
    raw = doc.get(CHANGED) if doc else None
    if not isinstance(raw, Mapping):
        return {}
    return {
        key: when
        for key, when in raw.items()
        if isinstance(key, str) and type(when) is int and when >= 0
    }


def time_of(doc: Mapping[str, Any] | None, key: str) -> int:
    """When `key` of a record last changed; 0 (older than anything timed) when unknown."""
    return times_of(doc).get(key, 0)


def stamped(doc: Mapping[str, Any] | None, keys: Iterable[str], when: int) -> dict[str, int]:
    """A record's change times with `keys` changed at `when`."""
    times = times_of(doc)
    for key in keys:
        times[key] = when
    return times


def setting_time(doc: Mapping[str, Any] | None) -> int:
    """When a setting was last changed; 0 when unknown."""
    when = doc.get(CHANGED) if doc else None
    return when if type(when) is int and when >= 0 else 0


# ---------------------------------------------------------------- check-in fields


def day_times(tables: Mapping[str, Any] | None) -> dict[str, dict[str, int]]:
    """Every day's change times in a journal's tables, by date."""
    table = tables.get(DAY_TIMES) if tables else None
    found: dict[str, dict[str, int]] = {}
    for doc in table.values() if isinstance(table, dict) else ():
        if isinstance(doc, dict) and type(doc.get("date")) is str:
            found[doc["date"]] = _valid(doc)
    return found


def _valid(doc: Mapping[str, Any]) -> dict[str, int]:
    return {k: v for k, v in doc.items() if k != "date" and type(v) is int and v >= 0}


class DayTimes:
    """The check-ins' change times as the storage holds them, found by date.

    Like `raw_tables.CheckinTable`: an index over the dicts TinyDB holds, rebuilt
    when the table object is not the one it was built from, so stamping a day
    on every save costs the same in a journal of ten years as in a new one.
    """

    def __init__(self, storage: SafeStorage) -> None:
        self.storage = storage
        self._cache: tuple[dict[str, Any], dict[str, str]] | None = None

    def stamp(self, date: str, keys: Iterable[str], when: int) -> None:
        """Note that the day's `keys` changed at `when`; call it inside a change."""
        self.stamp_days({date: keys}, when)

    def stamp_days(self, changed: Mapping[str, Iterable[str]], when: int) -> None:
        """Note that each day's fields in `changed` (by date) changed at `when`; call it
        inside a change. The table is copied at most once, however many days are new."""
        lists = {date: list(keys) for date, keys in changed.items()}
        changed = {date: keys for date, keys in lists.items() if keys}
        data = self.storage.read()
        if not changed or data is None:
            return
        table = data.get(DAY_TIMES)
        if not isinstance(table, dict):
            table = {}
        cached = self._cache
        if cached is None or cached[0] is not table:
            index = {
                doc["date"]: key
                for key, doc in table.items()
                if isinstance(doc, dict) and type(doc.get("date")) is str
            }
            cached = (table, index)
        index = cached[1]
        new = [date for date in changed if date not in index]
        if new:  # a new table object, so the index is built again
            table, index = dict(table), dict(index)
            key = max((int(k) for k in table), default=0) + 1
            for number, date in enumerate(new, key):
                table[str(number)] = {"date": date}
                index[date] = str(number)
            data[DAY_TIMES] = table
            cached = (table, index)
        for date, keys in changed.items():
            table[index[date]].update(dict.fromkeys(keys, when))
        self._cache = cached
        self.storage.write(data)


def checkin_field(checkin: CheckIn, path: str) -> Any:
    """One field of a check-in by its path, empty texts as "" (an item never filled in
    reads as an empty one), so that two ways of writing nothing compare equal."""
    if "." in path:
        kind, attr = path.split(".", 1)
        item = checkin.item(kind)
        value = None if item is None else getattr(item, attr, None)
    else:
        value = getattr(checkin, path, None)
    if CHECKIN_FIELDS.get(path, ("",))[0] == "text":
        return value or ""
    if value is None and CHECKIN_FIELDS.get(path, ("",))[0] == "bool":
        return False
    return value


def changed_fields(before: CheckIn, after: CheckIn, keys: Iterable[str]) -> list[str]:
    """The field paths among `keys` whose value differs between two versions of a day."""
    return [key for key in keys if checkin_field(before, key) != checkin_field(after, key)]
