"""The merge's rule for one record found on both sides: each field decided alone.

For a check-in, a value, a rating: the later edit wins, by the times of
`change_times`; a field without a time is older than any field with one; on a
tie the journal's side wins. The text that lost joins the record's `replaced`
list ({"field", "text"}), as a second session's save keeps it (`core.checkin`),
unless it is older than the winner and from before the two versions parted
(the `fork` time: the winner's device had it and wrote over it on purpose).
Used by `conflict_merge`, which matches the records and finds the fork.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from kindness_tui.core.checkin import (
    CHECKIN_FIELDS,
    CHECKIN_TEXT_FIELDS,
    CheckIn,
    apply_checkin_changes,
)
from kindness_tui.data.change_times import CHANGED, checkin_field, times_of

REPLACED = "replaced"
"""The key of a record's texts that lost to a later edit."""
OWN_KEYS = frozenset(("id", "value_id", "created", CHANGED, REPLACED))
"""Keys of a record that are not merged as fields."""


def union_replaced(mine: object, *more: Iterable[object]) -> list[Any]:
    """The journal's `replaced` texts, then the others' not already among them."""
    kept = list(mine) if isinstance(mine, list) else []
    seen = {(r.get("field"), r.get("text")) for r in kept if isinstance(r, Mapping)}
    for entries in more:
        for entry in entries:
            if not isinstance(entry, Mapping):
                continue
            key = (entry.get("field"), entry.get("text"))
            if key not in seen:
                seen.add(key)
                kept.append(dict(entry))
    return kept


def theirs_later(mine: dict[str, int], theirs: dict[str, int], key: str) -> bool:
    """The rule: the later edit wins; no time is older than any; a tie keeps the journal's."""
    return theirs.get(key, 0) > mine.get(key, 0)


def worth_keeping(loser: object, when: int, winner: int, fork: int) -> bool:
    """Whether a text that lost is kept in `replaced`: unless it is empty, or the winning
    device had it before the versions parted (older than the winner, and than the fork)."""
    if not isinstance(loser, str) or not loser.strip():
        return False
    return not (when < winner and when <= fork)


def merge_fields(
    mine: dict[str, Any], theirs: Mapping[str, Any], fork: int
) -> tuple[dict[str, Any], int]:
    """A value's or a rating's fields merged (see the module's rule); and how many texts lost."""
    out = dict(mine)
    mine_times, their_times = times_of(mine), times_of(theirs)
    times = dict(mine_times)
    lost = []
    for key in dict.fromkeys([*mine, *theirs]):
        if key in OWN_KEYS:
            continue
        a, b = mine.get(key), theirs.get(key)
        later = theirs_later(mine_times, their_times, key)
        if later:
            times[key] = their_times[key]
        is_text = isinstance(a, str) or isinstance(b, str)
        if (a or "") == (b or "") if is_text else a == b:
            continue
        if later:
            out[key] = b
        loser, when, winner = (
            (a, mine_times, their_times) if later else (b, their_times, mine_times)
        )
        if worth_keeping(loser, when.get(key, 0), winner.get(key, 0), fork):
            lost.append({"field": key, "text": loser})
    if times:
        out[CHANGED] = times
    replaced = union_replaced(mine.get(REPLACED), theirs.get(REPLACED) or (), lost)
    if replaced:
        out[REPLACED] = replaced
    return out, len(lost)


def merge_day(
    mine_doc: Mapping[str, Any],
    their_doc: Mapping[str, Any],
    day_times: tuple[dict[str, int], dict[str, int]],
    fork: int,
) -> tuple[dict[str, Any], dict[str, int], bool, int]:
    """One day merged field by field, given each side's change times: the record, its
    times, whether anything but times changed, and how many texts lost to a later edit
    (kept in `replaced`)."""
    mine = CheckIn.parse(mine_doc, f"the journal's check-in of {mine_doc.get('date')}")
    theirs = CheckIn.parse(their_doc, f"the copy's check-in of {their_doc.get('date')}")
    mine_times, their_times = day_times
    times = dict(mine_times)
    changes: dict[str, Any] = {}
    lost = []
    for path in CHECKIN_FIELDS:
        a, b = checkin_field(mine, path), checkin_field(theirs, path)
        later = theirs_later(mine_times, their_times, path)
        if later:
            times[path] = their_times[path]
        if a == b:
            continue
        if later:
            changes[path] = None if b == "" else b
        loser, when, winner = (
            (a, mine_times, their_times) if later else (b, their_times, mine_times)
        )
        if path in CHECKIN_TEXT_FIELDS and worth_keeping(
            loser, when.get(path, 0), winner.get(path, 0), fork
        ):
            lost.append({"field": path, "text": loser})
    record_keys = CheckIn(date="").to_dict()
    record = {k: v for k, v in mine_doc.items() if k not in record_keys and k != REPLACED}
    record.update(apply_checkin_changes(mine, changes).to_dict())
    replaced = union_replaced(mine_doc.get(REPLACED), their_doc.get(REPLACED) or (), lost)
    if replaced:
        record[REPLACED] = replaced
    grew = len(replaced) > len(mine_doc.get(REPLACED) or ())
    return record, times, bool(changes) or grew, len(lost) if grew else 0
