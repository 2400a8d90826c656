"""The journal's typed API: the only place that talks to TinyDB.

Every change is a read-modify-write under the journal's lock (see
`safe_storage`), so several processes can write at once without losing each
other's changes. Nothing outside `data/` ever sees a TinyDB document: reads
return the frozen dataclasses of `core.models` and `core.checkin`.

`Store` is built in layers: `JournalTables` (TinyDB over the safe storage,
transactions), `WheelTables` (values, assessments, ratings), and here the
days, the settings, the ideas and the one-write import. The check-ins are
found through `raw_tables.CheckinTable`, the one place that reaches past TinyDB.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from tinydb import Query

from kindness_tui.core.checkin import (
    CHECKIN_FIELDS,
    CheckIn,
    apply_checkin_changes,
    check_checkin_change,
    overwritten_texts,
)
from kindness_tui.core.models import (
    ITEM_KINDS,
    LINE_MAX,
    Assessment,
    Idea,
    ValidationError,
    Value,
    check_area,
    check_text,
)
from kindness_tui.core.suggestions import IDEA_OFFSETS, after_another_idea, offsets_on
from kindness_tui.data.change_times import CHANGED, changed_fields
from kindness_tui.data.journal_tables import Unreadable, day_text, new_id, record_name
from kindness_tui.data.raw_tables import put_records
from kindness_tui.data.wheel_tables import WheelTables, restamped


class Store(WheelTables):
    """A Kindness journal on disk."""

    # ------------------------------------------------------------------ settings

    def setting(self, key: str, default: Any = None) -> Any:
        doc = self.table("settings").get(Query().key == key)
        return default if doc is None else doc.get("value", default)

    def settings(self) -> dict[str, Any]:
        return {d["key"]: d.get("value") for d in self.table("settings").all() if "key" in d}

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction():
            doc = {"key": key, "value": value, CHANGED: self.change_time()}
            self.table("settings").upsert(doc, Query().key == key)

    # ------------------------------------------------------------------ check-ins

    def checkin(self, day: dt.date | str) -> CheckIn | None:
        found = self._days.find(day_text(day))
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
        lo = day_text(start) if start is not None else ""
        hi = day_text(end) if end is not None else "9999"
        table, keys, dates = self._days.indexed()
        first, last = bisect.bisect_left(dates, lo), bisect.bisect_right(dates, hi)
        if unreadable is None:
            return [CheckIn.parse(table[keys[d]], f"checkins[{d}]") for d in dates[first:last]]
        found = []
        for date in dates[first:last]:
            doc = table[keys[date]]
            try:
                found.append(CheckIn.parse(doc))
            except ValidationError as exc:
                where = record_name("check-in", doc, keys[date], "date")
                unreadable.append(Unreadable(where, str(exc)))
        if len(keys) < len(table):
            unreadable.extend(
                Unreadable(record_name("check-in", doc, key, "date"), "date: it has none")
                for key, doc in table.items()
                if type(doc.get("date")) is not str
            )
        return found

    def checkin_dates(self) -> list[str]:
        return self._days.dates()

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
        date = day_text(day)
        clean = {key: check_checkin_change(key, value) for key, value in changes.items()}
        with self.transaction():
            found = self._days.find(date)
            doc = None if found is None else found[1]
            current = CheckIn.parse(doc, "checkin") if doc else CheckIn(date)
            updated = apply_checkin_changes(current, clean)
            record = updated.to_dict()
            replaced = list(doc.get("replaced", [])) if doc else []
            if base is not None and keep_replaced:
                replaced.extend(overwritten_texts(base, current, updated, clean))
            if replaced:
                record["replaced"] = replaced
            if doc is None:
                self.table("checkins").insert(record)
            else:
                self._days.update_in_place(doc, record)
            # When each field changed, for merging a sync's conflict copy (see change_times).
            self._times.stamp(date, changed_fields(current, updated, clean), self.change_time())
        return updated

    def put_checkin(self, checkin: CheckIn) -> None:
        """Store a whole check-in, replacing the day's (used by import --overwrite)."""
        with self.transaction():
            table = self.table("checkins")
            table.remove(Query().date == checkin.date)
            table.insert(checkin.to_dict())

    # ------------------------------------------------------------------ import

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
        once, as TinyDB lays it out (see `raw_tables.put_records`).
        """
        if not (values or assessments or checkins):
            return
        with self.transaction():
            # What an import replaces changed now (`import --overwrite`: the person chose
            # the file's version), so a merge with another device's conflict copy keeps it
            # over older edits; what it only adds counts as older (see change_times).
            when = self.change_time()
            replaced = {}
            for checkin in checkins:
                before = self._replaced_day(checkin.date)
                if before is not None:
                    replaced[checkin.date] = changed_fields(before, checkin, CHECKIN_FIELDS)
            records = self._assessment_records(assessments, when)
            put_records(self.storage, values, records, checkins)
            # TinyDB's tables remember the next id they would give; these ones moved on.
            self.reset_tables()
            self._times.stamp_days(replaced, when)

    def _assessment_records(
        self, assessments: Sequence[Assessment], when: int
    ) -> list[dict[str, Any]]:
        """Each assessment as the record that replaces the stored one of its id (an import):
        a rating's field given another value than the stored one changed at `when`, the
        others keep the time they had; a new assessment's ratings have none, as what an
        import adds counts as older than any edit (see `change_times`)."""
        ids = {assessment.id for assessment in assessments}
        table = self.table("assessments").all() if ids else []
        stored = {doc["id"]: doc for doc in table if doc.get("id") in ids}
        records = []
        for assessment in assessments:
            record = assessment.to_dict()
            doc = stored.get(assessment.id)
            if doc is not None:
                stored_ratings = doc.get("ratings")
                was = {
                    str(rating.get("value_id")): rating
                    for rating in (stored_ratings if isinstance(stored_ratings, list) else ())
                    if isinstance(rating, dict)
                }
                record["ratings"] = [
                    restamped(rating, was.get(rating["value_id"], {}), when)
                    for rating in record["ratings"]
                ]
            records.append(record)
        return records

    def _replaced_day(self, date: str) -> CheckIn | None:
        """The journal's day `date` as it is before an import replaces it (a damaged one
        as an empty day, so every field the import gives counts as changed)."""
        try:
            return self.checkin(date)
        except ValidationError:
            return CheckIn(date)

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
            for d in self.table("ideas").all()
        ]

    def add_idea(
        self, kind: str, text: str, area: str | None = None, *, today: dt.date | None = None
    ) -> Idea:
        """Add one of the person's own ideas; `today`, when given, is kept as the day it was
        added, so it joins the day's suggestions only the next day (core.suggestions)."""
        if kind not in ITEM_KINDS:
            raise ValidationError("kind", f"{kind!r} is not new_thing or kindness")
        text = check_text("idea", text, LINE_MAX).strip()
        if not text:
            raise ValidationError("idea", "an idea needs a few words")
        area = check_area("area", area)
        with self.transaction():
            taken = {d["id"] for d in self.table("ideas").all()}
            idea = Idea(kind=kind, text=text, area=area, id=new_id("i", taken))
            doc: dict[str, Any] = {"id": idea.id, "kind": kind, "text": text, "area": area}
            if today is not None:
                doc["added"] = today.isoformat()
            self.table("ideas").insert(doc)
        return idea

    def ideas_added(self) -> dict[str, str]:
        """The day each own idea was added ("YYYY-MM-DD"), by id, where it is known."""
        found: dict[str, str] = {}
        for doc in self.table("ideas").all():
            added = doc.get("added")
            if isinstance(added, str) and isinstance(doc.get("id"), str):
                try:
                    if dt.date.fromisoformat(added).isoformat() == added:
                        found[doc["id"]] = added
                except ValueError:
                    continue
        return found

    def idea_offsets(self, day: dt.date) -> dict[str, int]:
        """Each card's presses of "another idea" on `day` (kept, so a restart keeps them)."""
        return offsets_on(self.setting(IDEA_OFFSETS), day)

    def another_idea(self, day: dt.date, kind: str) -> dict[str, int]:
        """Count one more press of "another idea" on `kind`'s card on `day`."""
        with self.transaction():
            record = after_another_idea(self.setting(IDEA_OFFSETS), day, kind)
            self.set_setting(IDEA_OFFSETS, record)
        return offsets_on(record, day)
