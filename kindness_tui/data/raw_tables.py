"""The journal's tables as TinyDB holds them: the one place that reaches past TinyDB.

TinyDB finds a document by scanning its table, and its `insert` and `update`
rebuild the whole table (two copies of it) for every record. With thousands
of days both are too slow: finding a day for every keystroke's save, and
putting an import's thousands of records in one write. So for those two, and
only here, the store works on the dicts the storage holds (`SafeStorage.read`)
and hands them back with `SafeStorage.write`, in TinyDB's own layout
(documents keyed by their id as text), so TinyDB reads them as its own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from kindness_tui.core.checkin import CheckIn
from kindness_tui.core.models import Value
from kindness_tui.data.safe_storage import SafeStorage

RawTable = dict[str, dict[str, Any]]
"""One table as TinyDB lays it out: document id (text) -> document."""


class CheckinTable:
    """The check-ins table as TinyDB holds it, indexed by date.

    The index (date -> the document's key, and the dates in order) is built
    over the dicts TinyDB holds, not `Table.all()` copies. TinyDB puts a new
    table object in place on every write and a reload from disk makes new
    ones, so the index is rebuilt exactly when the table object is not the one
    it was built from (held, so its identity cannot be reused).
    """

    def __init__(self, storage: SafeStorage) -> None:
        self.storage = storage
        self._cache: tuple[RawTable, dict[str, str], list[str]] | None = None
        """The table, its date index and its dates in order, as one tuple (see `indexed`)."""

    def indexed(self) -> tuple[RawTable, dict[str, str], list[str]]:
        """The raw table, its index (date -> the document's key) and its dates in order."""
        data = self.storage.read()
        table: RawTable | None = data.get("checkins") if data else None
        if table is None:
            return {}, {}, []
        # One attribute read and one write: the journal worker and the screens read this
        # from two threads, and a table must never be paired with another table's index.
        cached = self._cache
        if cached is None or cached[0] is not table:
            # A damaged record without a date belongs to no day; `Store.checkins` names it.
            keys = {doc["date"]: key for key, doc in table.items() if type(doc.get("date")) is str}
            cached = (table, keys, sorted(keys))
            self._cache = cached
        return cached

    def find(self, date: str) -> tuple[int, dict[str, Any]] | None:
        """The day's raw document and its id, or None."""
        table, keys, _dates = self.indexed()
        key = keys.get(date)
        return None if key is None else (int(key), table[key])

    def dates(self) -> list[str]:
        """Every dated day in the table, in order."""
        return list(self.indexed()[2])

    def update_in_place(self, doc: dict[str, Any], record: Mapping[str, Any]) -> None:
        """Update a document `find` gave, as TinyDB's update would; call it inside a change.

        What TinyDB's update does (the stored dict updated in place, the tables
        handed to the storage), without its two rebuilt copies of the whole
        table; the table object stays, so the index stays valid.
        """
        doc.update(record)
        self.storage.write(self.storage.read() or {})


def _next_key(table: Mapping[str, Any]) -> int:
    """The document id TinyDB would give the next insert into a table read from disk."""
    return max((int(key) for key in table), default=0) + 1


def put_records(
    storage: SafeStorage,
    values: Sequence[Value],
    assessments: Sequence[dict[str, Any]],
    checkins: Sequence[CheckIn],
) -> None:
    """Write many validated records into the tables at once; call it inside a change.

    Values are added. An assessment replaces the one with its id in its place, a
    check-in the one of its date; the others are added. The assessments come as
    the records to store (`Store.add_or_replace` gives their ratings' change
    times). Each table is built once, so the time is linear in the journal's
    size. TinyDB's tables remember the next id they would give: the caller
    resets them afterwards.
    """
    tables = dict(storage.read() or {})
    _put(tables, "values", [value.to_dict() for value in values], None)
    # As TinyDB's update: an assessment's fields replaced, the document's place kept.
    _put(tables, "assessments", list(assessments), "id", keep_place=True)
    # As TinyDB's remove then insert: the day goes last.
    _put(tables, "checkins", [checkin.to_dict() for checkin in checkins], "date")
    storage.write(tables)


def _put(
    tables: dict[str, Any],
    name: str,
    records: list[dict[str, Any]],
    match: str | None,
    *,
    keep_place: bool = False,
) -> None:
    """Put `records` into the table `name`, each replacing the document of its `match` field.

    The table is a new dict, so an index tied to the table object (the check-ins')
    is rebuilt. A replaced document keeps its place and the fields it had with
    `keep_place`; otherwise it is removed and the record added last.
    """
    if not records:
        return
    table = dict(tables.get(name) or {})
    where = {} if match is None else {doc.get(match): k for k, doc in table.items()}
    key = _next_key(table)
    for record in records:
        found = None if match is None else where.get(record[match])
        if found is not None and keep_place:
            table[found] = {**table[found], **record}
            continue
        if found is not None:
            del table[found]
        table[str(key)] = record
        key += 1
    tables[name] = table
