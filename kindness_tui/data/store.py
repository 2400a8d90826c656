"""The journal's typed API: the only place that talks to TinyDB.

Every change is a read-modify-write under the journal's lock (see
`safe_storage`), so several processes can write at once without losing each
other's changes. Nothing outside `data/` ever sees a TinyDB document: reads
return the frozen dataclasses of `core.models`.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb import Query, TinyDB
from tinydb.table import Document, Table

from kindness_tui.core.models import (
    ITEM_KINDS,
    LINE_MAX,
    LONG_MAX,
    MAX_ACTIVE_VALUES,
    NOW_RANGE,
    WANT_RANGE,
    Assessment,
    CheckIn,
    Idea,
    Rating,
    ValidationError,
    Value,
    apply_checkin_changes,
    check_area,
    check_checkin_change,
    check_int,
    check_name,
    check_optional_text,
    check_text,
)
from kindness_tui.data.safe_storage import SafeStorage

if TYPE_CHECKING:
    from kindness_tui.data.merge import MergeReport


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()
"""Marks an argument that was not given (None is a real value for texts)."""


def _new_id(prefix: str, taken: set[str]) -> str:
    while True:
        candidate = f"{prefix}-{os.urandom(5).hex()}"
        if candidate not in taken:
            return candidate


def _day(day: dt.date | str) -> str:
    return day if isinstance(day, str) else day.isoformat()


@dataclass(frozen=True)
class Unreadable:
    """A record in the journal that does not parse: left out by a read that rescues the rest."""

    record: str
    """Which record, in words ("the check-in of 2026-11-03", "the value 'Care'")."""
    problem: str
    """What is wrong with it ("note: 7 is not text")."""


def _label(kind: str, doc: Mapping[str, Any], key: str, field: str) -> str:
    """A damaged record named by its date or name when that much is readable."""
    name = doc.get(field)
    if isinstance(name, str) and name:
        return f"the {kind} of {name}" if field == "date" else f"the {kind} {name!r}"
    return f"a {kind} without a {'date' if field == 'date' else 'name'} (record {key})"


def _next_key(table: Mapping[str, Any]) -> int:
    """The document id TinyDB would give the next insert into a table read from disk."""
    return max((int(key) for key in table), default=0) + 1


class Store:
    """A Kindness journal on disk."""

    def __init__(
        self,
        path: Path | str,
        *,
        lock_timeout: float = 5.0,
        backup_day: Callable[[], str] | None = None,
        share_keys: bool = False,
    ) -> None:
        self.path = Path(path).expanduser()
        self.storage = SafeStorage(
            self.path, lock_timeout=lock_timeout, backup_day=backup_day, share_keys=share_keys
        )
        self._db = TinyDB(storage=lambda: self.storage)
        self._checkin_index_cache: (
            tuple[dict[str, dict[str, Any]], dict[str, str], list[str]] | None
        ) = None
        """The check-ins table TinyDB holds, its date index and its dates in order, as one
        tuple (see _checkin_index)."""

    # ------------------------------------------------------------------ plumbing

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

    def changed_on_disk(self) -> bool:
        return self.storage.changed_on_disk()

    def refresh(self) -> bool:
        """Pick up changes other processes made; True if there were any."""
        changed = self.storage.refresh()
        if changed:
            self._reset_tables()
        return changed

    def _reset_tables(self) -> None:
        # TinyDB caches query results and the next document id per table; both go
        # stale when another process changes the file.
        self._db = TinyDB(storage=lambda: self.storage)

    def _table(self, name: str) -> Table:
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

    @property
    def loads(self) -> int:
        """How many times the journal was read from disk: it grows when another process
        changed it, including a change noticed (and kept) by one of this process's saves."""
        return self.storage.loads

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group changes into one locked read-modify-write; all or nothing."""
        with self.storage.change() as outer:
            if outer:
                self._reset_tables()
            try:
                yield
            except BaseException:
                self._reset_tables()
                raise

    # ------------------------------------------------------------------ settings

    def setting(self, key: str, default: Any = None) -> Any:
        doc = self._table("settings").get(Query().key == key)
        return default if doc is None else doc.get("value", default)

    def settings(self) -> dict[str, Any]:
        return {d["key"]: d.get("value") for d in self._table("settings").all() if "key" in d}

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction():
            self._table("settings").upsert({"key": key, "value": value}, Query().key == key)

    # ------------------------------------------------------------------ values

    def values(
        self, *, include_archived: bool = False, unreadable: list[Unreadable] | None = None
    ) -> list[Value]:
        """Values in the order they were added; archived ones only when asked.

        With `unreadable`, a value that does not parse is added to it and left out
        (the rescue path of `export`); without, it raises ValidationError.
        """
        found = []
        for doc in self._table("values").all():
            if unreadable is None:
                found.append(Value.parse(doc, "values"))
                continue
            try:
                found.append(Value.parse(doc))
            except ValidationError as exc:
                where = _label("value", doc, str(doc.doc_id), "name")
                unreadable.append(Unreadable(where, str(exc)))
        return [v for v in found if include_archived or not v.archived]

    def value(self, value_id: str) -> Value | None:
        doc = self._table("values").get(Query().id == value_id)
        return None if doc is None else Value.parse(doc, "values")

    def value_names(self) -> dict[str, str]:
        """Every value's id and name, archived ones too (for showing history)."""
        return {d["id"]: d["name"] for d in self._table("values").all()}

    def _check_unique(self, name: str, except_id: str | None = None) -> None:
        for doc in self._table("values").all():
            if doc["id"] != except_id and doc["name"].casefold() == name.casefold():
                raise ValidationError("name", f"you already have a value called {doc['name']!r}")

    def add_value(
        self,
        name: str,
        *,
        today: dt.date,
        about: str | None = None,
        area: str | None = None,
        now: int = 5,
        want: int = 8,
    ) -> Value:
        """Add a value, rated now 5 / want 8 in the current assessment (made if there is none)."""
        name = check_name("name", name)
        about = check_optional_text("about", about, LINE_MAX) or None
        area = check_area("area", area)
        check_int("now", now, *NOW_RANGE)
        check_int("want", want, *WANT_RANGE)
        with self.transaction():
            self._check_unique(name)
            active = [d for d in self._table("values").all() if not d.get("archived")]
            if len(active) >= MAX_ACTIVE_VALUES:
                raise ValidationError(
                    "values",
                    f"the wheel holds {MAX_ACTIVE_VALUES} values at most; archive one to make room",
                )
            taken = {d["id"] for d in self._table("values").all()}
            value = Value(
                id=_new_id("v", taken),
                name=name,
                about=about,
                area=area,
                archived=False,
                created=today.isoformat(),
            )
            self._table("values").insert(value.to_dict())
            assessment = self._current_doc()
            if assessment is None:
                self._insert_assessment(today.isoformat(), [])
                assessment = self._current_doc()
            assert assessment is not None
            ratings = list(assessment["ratings"])
            ratings.append(Rating(value.id, now, want).to_dict())
            self._table("assessments").update({"ratings": ratings}, doc_ids=[assessment.doc_id])
        return value

    def update_value(
        self,
        value_id: str,
        *,
        name: Any = UNSET,
        about: Any = UNSET,
        area: Any = UNSET,
    ) -> Value:
        changes: dict[str, Any] = {}
        if name is not UNSET:
            changes["name"] = check_name("name", name)
        if about is not UNSET:
            changes["about"] = check_optional_text("about", about, LINE_MAX) or None
        if area is not UNSET:
            changes["area"] = check_area("area", area)
        with self.transaction():
            doc = self._table("values").get(Query().id == value_id)
            if doc is None:
                raise ValidationError("value", "that value is no longer in the journal")
            if "name" in changes:
                self._check_unique(changes["name"], except_id=value_id)
            if changes:
                self._table("values").update(changes, doc_ids=[doc.doc_id])
        result = self.value(value_id)
        assert result is not None
        return result

    def archive_value(self, value_id: str, archived: bool = True) -> None:
        """Take a value off the wheel (kept in history and exports), or bring it back."""
        with self.transaction():
            doc = self._table("values").get(Query().id == value_id)
            if doc is None:
                raise ValidationError("value", "that value is no longer in the journal")
            if not archived and doc.get("archived"):
                active = [d for d in self._table("values").all() if not d.get("archived")]
                if len(active) >= MAX_ACTIVE_VALUES:
                    raise ValidationError(
                        "values", f"the wheel holds {MAX_ACTIVE_VALUES} values at most"
                    )
            self._table("values").update({"archived": archived}, doc_ids=[doc.doc_id])

    # ------------------------------------------------------------------ assessments

    def assessments(self, *, unreadable: list[Unreadable] | None = None) -> list[Assessment]:
        """All assessments, oldest first (`unreadable` as for `values`)."""
        docs = self._table("assessments").all()
        if unreadable is None:
            docs.sort(key=lambda d: (d["date"], d.doc_id))
            return [Assessment.parse(d, "assessments") for d in docs]
        found = []
        for doc in docs:
            try:
                found.append((doc.doc_id, Assessment.parse(doc)))
            except ValidationError as exc:
                where = _label("assessment", doc, str(doc.doc_id), "date")
                unreadable.append(Unreadable(where, str(exc)))
        found.sort(key=lambda pair: (pair[1].date, pair[0]))
        return [assessment for _, assessment in found]

    def assessment_ids(self) -> set[str]:
        """Ids of every assessment in the journal (what an import matches against)."""
        return {d["id"] for d in self._table("assessments").all() if isinstance(d.get("id"), str)}

    def _current_doc(self) -> Document | None:
        docs = self._table("assessments").all()
        if not docs:
            return None
        return max(docs, key=lambda d: (d["date"], d.doc_id))

    def current_assessment(self) -> Assessment | None:
        """The latest assessment: the one the wheel edits."""
        doc = self._current_doc()
        return None if doc is None else Assessment.parse(doc, "assessments")

    def _insert_assessment(self, date: str, ratings: list[dict[str, Any]]) -> str:
        taken = {d["id"] for d in self._table("assessments").all()}
        assessment_id = _new_id("a", taken)
        self._table("assessments").insert({"id": assessment_id, "date": date, "ratings": ratings})
        return assessment_id

    def new_assessment(self, today: dt.date) -> Assessment:
        """Start a new assessment dated today, a copy of the current ratings of active values."""
        with self.transaction():
            current = self._current_doc()
            active = {d["id"] for d in self._table("values").all() if not d.get("archived")}
            ratings = [
                dict(r) for r in (current["ratings"] if current else []) if r["value_id"] in active
            ]
            new_id = self._insert_assessment(today.isoformat(), ratings)
        result = next(a for a in self.assessments() if a.id == new_id)
        return result

    def rate(
        self,
        value_id: str,
        *,
        now: Any = UNSET,
        want: Any = UNSET,
        steps: Any = UNSET,
        challenges: Any = UNSET,
        assessment_id: str | None = None,
    ) -> Rating:
        """Change one value's rating in the current (or the given) assessment."""
        changes: dict[str, Any] = {}
        if now is not UNSET:
            changes["now"] = check_int("now", now, *NOW_RANGE)
        if want is not UNSET:
            changes["want"] = check_int("want", want, *WANT_RANGE)
        if steps is not UNSET:
            changes["steps"] = check_optional_text("steps", steps, LONG_MAX) or None
        if challenges is not UNSET:
            changes["challenges"] = check_optional_text("challenges", challenges, LONG_MAX) or None
        with self.transaction():
            if assessment_id is None:
                doc = self._current_doc()
            else:
                doc = self._table("assessments").get(Query().id == assessment_id)
            if doc is None:
                raise ValidationError("assessment", "there is no assessment to change yet")
            ratings = [dict(r) for r in doc["ratings"]]
            for rating in ratings:
                if rating["value_id"] == value_id:
                    rating.update(changes)
                    break
            else:
                if self._table("values").get(Query().id == value_id) is None:
                    raise ValidationError("value", "that value is no longer in the journal")
                rating = Rating(value_id).to_dict() | changes
                ratings.append(rating)
            self._table("assessments").update({"ratings": ratings}, doc_ids=[doc.doc_id])
        return Rating.parse(rating, "rating")

    # ------------------------------------------------------------------ check-ins

    def _checkin_index(self) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
        """The raw check-ins table and its index: date -> the document's key.

        Built over the dicts TinyDB holds, not `Table.all()` copies. TinyDB puts
        a new table object in place on every write and a reload from disk makes
        new ones, so the index is rebuilt exactly when the table object is not
        the one it was built from (held, so its identity cannot be reused).
        """
        table, keys, _dates = self._indexed()
        return table, keys

    def _indexed(self) -> tuple[dict[str, dict[str, Any]], dict[str, str], list[str]]:
        data = self.storage.read()
        table: dict[str, dict[str, Any]] | None = data.get("checkins") if data else None
        if table is None:
            return {}, {}, []
        # One attribute read and one write: the journal worker and the screens read this
        # from two threads, and a table must never be paired with another table's index.
        cached = self._checkin_index_cache
        if cached is None or cached[0] is not table:
            # A damaged record without a date belongs to no day; `checkins` names it.
            keys = {doc["date"]: key for key, doc in table.items() if type(doc.get("date")) is str}
            cached = (table, keys, sorted(keys))
            self._checkin_index_cache = cached
        return cached

    def _checkin_doc(self, date: str) -> tuple[int, dict[str, Any]] | None:
        """The day's raw document and its id, or None."""
        table, keys = self._checkin_index()
        key = keys.get(date)
        return None if key is None else (int(key), table[key])

    def checkin(self, day: dt.date | str) -> CheckIn | None:
        found = self._checkin_doc(_day(day))
        return None if found is None else CheckIn.parse(found[1], "checkin")

    def checkins(
        self,
        start: dt.date | str | None = None,
        end: dt.date | str | None = None,
        *,
        unreadable: list[Unreadable] | None = None,
    ) -> list[CheckIn]:
        """Check-ins from `start` to `end` (both included), oldest first.

        With `unreadable`, a check-in that does not parse is added to it and left
        out, and so is one without a date (the rescue path of `export`).
        """
        lo = _day(start) if start is not None else ""
        hi = _day(end) if end is not None else "9999"
        table, keys, dates = self._indexed()
        first, last = bisect.bisect_left(dates, lo), bisect.bisect_right(dates, hi)
        if unreadable is None:
            return [CheckIn.parse(table[keys[d]], f"checkins[{d}]") for d in dates[first:last]]
        found = []
        for date in dates[first:last]:
            doc = table[keys[date]]
            try:
                found.append(CheckIn.parse(doc))
            except ValidationError as exc:
                unreadable.append(Unreadable(_label("check-in", doc, keys[date], "date"), str(exc)))
        if len(keys) < len(table):
            unreadable.extend(
                Unreadable(_label("check-in", doc, key, "date"), "date: it has none")
                for key, doc in table.items()
                if type(doc.get("date")) is not str
            )
        return found

    def checkin_dates(self) -> list[str]:
        return list(self._indexed()[2])

    def update_checkin(
        self,
        day: dt.date | str,
        changes: Mapping[str, Any],
        *,
        base: CheckIn | None = None,
        keep_replaced: bool = True,
    ) -> CheckIn:
        """Change only the given fields of a day's check-in ("new_thing.text", "mood", …).

        `base` is the check-in as the caller last saw it. When another process
        changed a text field since, and this change overwrites it with
        something else, the other text is kept in the day's `replaced` list.
        """
        date = _day(day)
        clean = {key: check_checkin_change(key, value) for key, value in changes.items()}
        with self.transaction():
            found = self._checkin_doc(date)
            doc = None if found is None else found[1]
            current = CheckIn.parse(doc, "checkin") if doc else CheckIn(date)
            updated = apply_checkin_changes(current, clean)
            record = updated.to_dict()
            replaced = list(doc.get("replaced", [])) if doc else []
            if base is not None and keep_replaced:
                replaced.extend(_overwritten(base, current, updated, clean))
            if replaced:
                record["replaced"] = replaced
            if found is None:
                self._table("checkins").insert(record)
            else:
                # What TinyDB's update does (the stored dict updated in place, the
                # tables handed to the storage), without its two rebuilt copies of
                # the whole table; the table object stays, so the index stays valid.
                found[1].update(record)
                self.storage.write(self.storage.read() or {})
        return updated

    def put_checkin(self, checkin: CheckIn) -> None:
        """Store a whole check-in, replacing the day's (used by import --overwrite)."""
        with self.transaction():
            table = self._table("checkins")
            table.remove(Query().date == checkin.date)
            table.insert(checkin.to_dict())

    def merge(
        self,
        values: list[Value],
        assessments: list[Assessment],
        checkins: list[CheckIn],
        *,
        overwrite: bool = False,
    ) -> MergeReport:
        """Merge validated export records in one all-or-nothing write (see `exchange`).

        Values are matched by id, then by name ignoring case, and the journal's
        own copy is kept; references are mapped to it. An assessment id or a
        date already in the journal is kept unless `overwrite`; when it replaces
        any, the journal as it was is copied into its backups first.
        """
        from kindness_tui.data.merge import merge_records

        with self.transaction():
            return merge_records(self, values, assessments, checkins, overwrite=overwrite)

    def known_value_ids(self) -> set[str]:
        """Ids of every value in the journal, archived ones too."""
        return {d["id"] for d in self._table("values").all()}

    def value_keys(self) -> list[tuple[str, str, bool]]:
        """(id, name, archived) of every value, in order: what an import matches against.

        Read from the raw records, so a value damaged elsewhere still claims its id and name.
        """
        keys = []
        for doc in self._table("values").all():
            name = doc.get("name")
            name = name if isinstance(name, str) else ""
            keys.append((str(doc.get("id")), name, bool(doc.get("archived"))))
        return keys

    def add_or_replace(
        self,
        *,
        values: Sequence[Value] = (),
        assessments: Sequence[Assessment] = (),
        checkins: Sequence[CheckIn] = (),
    ) -> None:
        """Put many validated records in one write, in time linear in the journal's size.

        Values are added (the caller has matched them already). An assessment
        replaces the one with its id in its place, a check-in the one of its
        date; the others are added. Made for `import`: TinyDB's own `insert`
        rebuilds the whole table for every record, so this builds each table
        once, as TinyDB lays it out (documents keyed by their id as text).
        """
        if not (values or assessments or checkins):
            return
        with self.transaction():
            tables = dict(self.storage.read() or {})
            if values:
                table = dict(tables.get("values") or {})
                key = _next_key(table)
                for value in values:
                    table[str(key)] = value.to_dict()
                    key += 1
                tables["values"] = table
            if assessments:
                table = dict(tables.get("assessments") or {})
                where = {doc.get("id"): k for k, doc in table.items()}
                key = _next_key(table)
                for assessment in assessments:
                    record = assessment.to_dict()
                    found = where.get(assessment.id)
                    if found is None:
                        table[str(key)] = record
                        key += 1
                    else:  # as TinyDB's update: fields replaced, the document's place kept
                        table[found] = {**table[found], **record}
                tables["assessments"] = table
            if checkins:
                # A new dict, so the check-in index (tied to the table object) is rebuilt.
                table = dict(tables.get("checkins") or {})
                where = {doc.get("date"): k for k, doc in table.items()}
                key = _next_key(table)
                for checkin in checkins:
                    found = where.get(checkin.date)
                    if found is not None:  # as TinyDB's remove then insert: the day goes last
                        del table[found]
                    table[str(key)] = checkin.to_dict()
                    key += 1
                tables["checkins"] = table
            self.storage.write(tables)
            # TinyDB's tables remember the next id they would give; these ones moved on.
            self._reset_tables()

    def keep_copy_before_import(self) -> Path | None:
        """Copy the journal file as it is into its backups; None when there is no file yet."""
        from kindness_tui.data import backups

        journal = self.storage.path
        if not journal.exists() or journal.stat().st_size == 0:
            return None
        return backups.keep_before_import(journal)

    # ------------------------------------------------------------------ ideas

    def ideas(self) -> list[Idea]:
        """The person's own ideas, oldest first."""
        return [
            Idea(kind=d["kind"], text=d["text"], area=d.get("area"), id=d["id"])
            for d in self._table("ideas").all()
        ]

    def add_idea(self, kind: str, text: str, area: str | None = None) -> Idea:
        if kind not in ITEM_KINDS:
            raise ValidationError("kind", f"{kind!r} is not new_thing or kindness")
        text = check_text("idea", text, LINE_MAX).strip()
        if not text:
            raise ValidationError("idea", "an idea needs a few words")
        area = check_area("area", area)
        with self.transaction():
            taken = {d["id"] for d in self._table("ideas").all()}
            idea = Idea(kind=kind, text=text, area=area, id=_new_id("i", taken))
            self._table("ideas").insert({"id": idea.id, "kind": kind, "text": text, "area": area})
        return idea


def _overwritten(
    base: CheckIn, current: CheckIn, updated: CheckIn, changes: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """Texts another session wrote since `base` that this change is about to replace."""
    lost = []
    for key in changes:
        if not (key.endswith(".text") or key in ("self_kindness", "note")):
            continue
        theirs, seen, ours = (_field(c, key) for c in (current, base, updated))
        if theirs and theirs != seen and theirs != ours:
            lost.append({"field": key, "text": theirs})
    return lost


def _field(checkin: CheckIn, key: str) -> str:
    if "." in key:
        kind, attr = key.split(".", 1)
        item = checkin.item(kind)
        return "" if item is None else str(getattr(item, attr) or "")
    return str(getattr(checkin, key) or "")
