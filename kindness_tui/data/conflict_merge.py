"""Merging another version of the journal into it, field by field, like a second session.

The other version is a conflict copy a sync tool left (`conflict_copies`), read
and checked by `conflict_folding`. Both are TinyDB's tables as parsed. The rule:

- Records are matched by id (values, assessments, ideas), by date (check-ins)
  and by key (settings); a value of the copy with a new id but a name the
  journal has (ignoring case) is that value. A record only one side has is kept.
- Where both sides hold a record, each field is decided alone, by the time it
  last changed (`change_times`): the later edit wins. A field without a time
  is older than any field with one; on a tie (both without, or the same
  millisecond) the journal's side wins. So a day's mood set on one device and
  its note on the other are both kept, and so are a value renamed on one and
  rated on the other.
- The text that lost is never dropped: it joins the record's `replaced` list
  ({"field", "text"}), shown with the day for check-ins, and the copy itself is
  kept in the backups. The `replaced` texts of both sides are kept too.
- The wheel never holds more than 15 active values: a value of the copy that
  would be the 16th comes in archived.

Merging the same copy again changes nothing, so a start that is killed after
writing the journal and before moving the copy away does no harm.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kindness_tui.core.checkin import CheckIn
from kindness_tui.core.models import ITEM_KINDS, MAX_ACTIVE_VALUES, name_key
from kindness_tui.data.change_times import DAY_TIMES, day_times, setting_time, times_of
from kindness_tui.data.field_merge import (
    OWN_KEYS,
    REPLACED,
    merge_day,
    merge_fields,
    union_replaced,
)
from kindness_tui.data.journal_shape import Tables

RawTable = dict[str, dict[str, Any]]


@dataclass
class Merged:
    """What merging one or more copies changed, for the gentle line."""

    days: set[str] = field(default_factory=set)
    values: set[str] = field(default_factory=set)
    assessments: set[str] = field(default_factory=set)
    ideas: int = 0
    settings: set[str] = field(default_factory=set)
    kept: int = 0
    """Texts that lost to a later edit and are kept in `replaced`."""
    off_wheel: list[str] = field(default_factory=list)
    """Names of the copy's values that came in archived (the wheel was full)."""

    def __bool__(self) -> bool:
        return bool(self.days or self.values or self.assessments or self.ideas or self.settings)

    def words(self) -> str:
        """What changed, counted ("2 days, 1 value, your wheel's ratings, 1 idea")."""
        parts = [
            _count(len(self.days), "day", "days"),
            _count(len(self.values), "value", "values"),
            "your wheel's ratings" if self.assessments else "",
            _count(self.ideas, "idea", "ideas"),
            _count(len(self.settings), "setting", "settings"),
        ]
        said = ", ".join(part for part in parts if part)
        if self.kept:
            said += f"; {_count(self.kept, 'earlier text', 'earlier texts')} kept beside the later"
        return said or "nothing new"


def _count(n: int, one: str, many: str) -> str:
    return "" if not n else f"1 {one}" if n == 1 else f"{n} {many}"


def merge_tables(journal: Tables, copy: Tables, merged: Merged) -> Tables:
    """The journal's tables with `copy` merged in (neither is changed); `merged` counts it.

    Raises `ValidationError` when a record of the journal the copy meets does not parse.
    """
    result = dict(journal)
    fork = fork_time(journal, copy)
    values, remap = _merge_values(_table(journal, "values"), _table(copy, "values"), merged, fork)
    result["values"] = values
    result["assessments"] = _merge_assessments(
        _table(journal, "assessments"), _table(copy, "assessments"), remap, merged, fork
    )
    result["checkins"], result[DAY_TIMES] = _merge_checkins(journal, copy, remap, merged, fork)
    result["ideas"] = _merge_ideas(_table(journal, "ideas"), _table(copy, "ideas"), merged)
    result["settings"] = _merge_settings(
        _table(journal, "settings"), _table(copy, "settings"), merged
    )
    return result


def fork_time(journal: Tables, copy: Tables) -> int:
    """About when the two versions parted: the latest change time both hold for the same
    field of the same record (an edit both devices had); 0 when they share none."""
    shared = 0
    mine_days = day_times(journal)
    for date, copy_times in day_times(copy).items():
        journal_times = mine_days.get(date, {})
        for key, when in copy_times.items():
            if when > shared and journal_times.get(key) == when:
                shared = when
    for name, match in (("values", "id"), ("assessments", "id")):
        mine = {doc.get(match): doc for doc in _table(journal, name).values()}
        for doc in _table(copy, name).values():
            other = mine.get(doc.get(match))
            if other is None:
                continue
            if name == "assessments":
                ratings = {r.get("value_id"): r for r in other.get("ratings") or []}
                pairs = [(r, ratings.get(r.get("value_id"))) for r in doc.get("ratings") or []]
            else:
                pairs = [(doc, other)]
            for theirs, ours in pairs:
                times = times_of(ours)
                for key, when in times_of(theirs).items():
                    if when > shared and times.get(key) == when:
                        shared = when
    return shared


def _table(data: Tables, name: str) -> RawTable:
    table = data.get(name)
    return table if isinstance(table, dict) else {}


def _records(table: RawTable) -> list[dict[str, Any]]:
    """A table's documents in the order TinyDB gave their ids."""
    return [table[key] for key in sorted(table, key=int)]


def _next_key(table: RawTable) -> int:
    return max((int(key) for key in table), default=0) + 1


# ---------------------------------------------------------------- the tables


def _merge_values(
    mine: RawTable, theirs: RawTable, merged: Merged, fork: int
) -> tuple[RawTable, dict[str, str]]:
    table = dict(mine)
    where = {doc.get("id"): key for key, doc in mine.items()}
    by_name = {
        name_key(doc["name"]): doc.get("id")
        for doc in mine.values()
        if isinstance(doc.get("name"), str)
    }
    active = sum(1 for doc in mine.values() if not doc.get("archived"))
    remap: dict[str, str] = {}
    key = _next_key(table)
    for doc in _records(theirs):
        value_id = doc["id"]
        if value_id not in where:
            same = by_name.get(name_key(doc["name"]))
            if same is None:
                new = dict(doc)
                if not new.get("archived"):
                    if active >= MAX_ACTIVE_VALUES:
                        new["archived"] = True
                        merged.off_wheel.append(new["name"])
                    else:
                        active += 1
                table[str(key)] = new
                where[value_id], by_name[name_key(new["name"])] = str(key), value_id
                key += 1
                merged.values.add(value_id)
                continue
            remap[value_id] = value_id = same
        at = where[value_id]
        before = table[at]
        after, lost = merge_fields(before, doc, fork)
        name = after.get("name")
        if isinstance(name, str) and by_name.get(name_key(name), value_id) != value_id:
            # Renamed to another value's name: the journal's name stays, the other is kept.
            after["name"] = before.get("name")
            after[REPLACED] = union_replaced(after.get(REPLACED), [{"field": "name", "text": name}])
        if before.get("archived") and not after.get("archived"):
            if active >= MAX_ACTIVE_VALUES:
                after["archived"] = True
            else:
                active += 1
        if after != before:
            table[at] = after
            if lost or any(after.get(k) != before.get(k) for k in after if k not in OWN_KEYS):
                merged.values.add(value_id)
                merged.kept += lost
                by_name.pop(name_key(str(before.get("name"))), None)
                by_name[name_key(str(after.get("name")))] = value_id
    return table, remap


def _remapped_ratings(ratings: object, remap: Mapping[str, str]) -> list[dict[str, Any]]:
    """An assessment's ratings with the copy's value ids turned into the journal's, once each."""
    out: list[dict[str, Any]] = []
    seen: set[object] = set()
    for rating in ratings if isinstance(ratings, list) else []:
        value_id = remap.get(rating["value_id"], rating["value_id"])
        if value_id not in seen:
            seen.add(value_id)
            out.append({**rating, "value_id": value_id})
    return out


def _merge_assessments(
    mine: RawTable, theirs: RawTable, remap: Mapping[str, str], merged: Merged, fork: int
) -> RawTable:
    table = dict(mine)
    where = {doc.get("id"): key for key, doc in mine.items()}
    key = _next_key(table)
    for doc in _records(theirs):
        at = where.get(doc["id"])
        if at is not None and doc == table[at]:
            continue  # the same on both devices
        ratings = _remapped_ratings(doc.get("ratings"), remap)
        if at is None:
            table[str(key)] = {**doc, "ratings": ratings}
            key += 1
            merged.assessments.add(doc["id"])
            continue
        before = table[at]
        mine_ratings = [dict(r) for r in before.get("ratings") or []]
        index = {r.get("value_id"): i for i, r in enumerate(mine_ratings)}
        changed = False
        for rating in ratings:
            i = index.get(rating["value_id"])
            if i is not None and rating == mine_ratings[i]:
                continue
            if i is None:
                mine_ratings.append(rating)
                changed = True
                continue
            after, lost = merge_fields(mine_ratings[i], rating, fork)
            if after != mine_ratings[i]:
                content = any(
                    after.get(k) != mine_ratings[i].get(k) for k in after if k not in OWN_KEYS
                )
                changed = changed or content or bool(lost)
                merged.kept += lost
                mine_ratings[i] = after
        if mine_ratings != before.get("ratings"):
            table[at] = {**before, "ratings": mine_ratings}
            if changed:
                merged.assessments.add(doc["id"])
    return table


def _remapped_day(doc: Mapping[str, Any], remap: Mapping[str, str]) -> dict[str, Any]:
    out = dict(doc)
    for kind in ITEM_KINDS:
        item = doc.get(kind)
        if isinstance(item, Mapping) and item.get("value_id") in remap:
            out[kind] = {**item, "value_id": remap[item["value_id"]]}
    return out


def _merge_checkins(
    journal: Tables, copy: Tables, remap: Mapping[str, str], merged: Merged, fork: int
) -> tuple[RawTable, RawTable]:
    """The days merged, and their change times (a table of their own, see change_times)."""
    mine = _table(journal, "checkins")
    table = dict(mine)
    where = {doc.get("date"): key for key, doc in mine.items()}
    key = _next_key(table)
    mine_times, their_times = day_times(journal), day_times(copy)
    times = dict(mine_times)
    for raw in _records(_table(copy, "checkins")):
        doc = _remapped_day(raw, remap) if remap else raw
        date = doc["date"]
        at = where.get(date)
        if at is not None and doc == table[at] and their_times.get(date) == mine_times.get(date):
            continue  # most days: the same on both devices (and as valid as the journal's)
        if at is None:
            CheckIn.parse(doc, f"the copy's check-in of {date}")  # checked before it comes in
            table[str(key)] = dict(doc)
            where[date] = str(key)
            key += 1
            merged.days.add(date)
            if date in their_times:
                times[date] = their_times[date]
            continue
        after, day, changed, lost = merge_day(
            table[at], doc, (mine_times.get(date, {}), their_times.get(date, {})), fork
        )
        if after != table[at]:
            table[at] = after
        if day:
            times[date] = day
        if changed:
            merged.days.add(date)
            merged.kept += lost
    if times == mine_times:
        return table, _table(journal, DAY_TIMES)
    return table, {str(n): {"date": date, **t} for n, (date, t) in enumerate(times.items(), 1)}


def _merge_ideas(mine: RawTable, theirs: RawTable, merged: Merged) -> RawTable:
    table = dict(mine)
    ids = {doc.get("id") for doc in mine.values()}
    texts = {(doc.get("kind"), str(doc.get("text")).casefold()) for doc in mine.values()}
    key = _next_key(table)
    for doc in _records(theirs):
        text = (doc.get("kind"), str(doc.get("text")).casefold())
        if doc.get("id") in ids or text in texts:
            continue
        table[str(key)] = dict(doc)
        key += 1
        ids.add(doc.get("id"))
        texts.add(text)
        merged.ideas += 1
    return table


def _merge_settings(mine: RawTable, theirs: RawTable, merged: Merged) -> RawTable:
    table = dict(mine)
    where = {doc.get("key"): key for key, doc in mine.items()}
    key = _next_key(table)
    for doc in _records(theirs):
        name = doc.get("key")
        at = where.get(name)
        if at is None:
            table[str(key)] = dict(doc)
            where[name] = str(key)
            key += 1
        elif setting_time(doc) > setting_time(table[at]) and doc != table[at]:
            changed = doc.get("value") != table[at].get("value")
            table[at] = dict(doc)
            if not changed:
                continue
        else:
            continue
        merged.settings.add(str(name))
    return table
