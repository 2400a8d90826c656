"""Values lived: how many done acts served each value lately (SPEC §2.2).

"A value isn't real unless one lives it": beside the self-ratings, the wheel's
table, the card and the reports count the person's own done acts per value.
Only what was done is counted, and a value with none is "waiting for a turn",
never neglected or missing (SPEC §1).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

from kindness_tui.core.checkin import CheckIn

LIVED_DAYS = 30
"""How far back "lived" looks, in days, today included."""

WAITING = "waiting for a turn"
"""What a value no act has served lately is called."""


def lived_counts(
    checkins: Iterable[CheckIn], today: dt.date, days: int = LIVED_DAYS
) -> dict[str, int]:
    """Done acts per value id on the `days` days up to and including `today`.

    Both acts of one day count when both served the value. Values no done act
    served are left out: read with `.get(value_id, 0)`.
    """
    first = (today - dt.timedelta(days=days - 1)).isoformat()
    last = today.isoformat()
    return done_acts_per_value(c for c in checkins if first <= c.date <= last)


def done_acts_per_value(checkins: Iterable[CheckIn]) -> dict[str, int]:
    """Done acts per value id over all of `checkins` (a report's period, say)."""
    counts: Counter[str] = Counter()
    for checkin in checkins:
        for item in (checkin.new_thing, checkin.kindness):
            if item is not None and item.done and item.value_id:
                counts[item.value_id] += 1
    return dict(counts)


def lived_words(count: int) -> str:
    """A count of done acts, gently: "waiting for a turn", "lived once", "lived 3 times"."""
    if count <= 0:
        return WAITING
    if count == 1:
        return "lived once"
    return f"lived {count} times"


def lived_short(count: int) -> str:
    """The count for a narrow table column: "3", or "a turn soon" for none yet."""
    return str(count) if count > 0 else "a turn soon"
