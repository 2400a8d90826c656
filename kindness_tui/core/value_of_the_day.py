"""Which of the person's values the Today screen puts forward.

Values with a wide gap between want and now come up more often, but the pick
rotates: with two or more values, no value comes up two days running. The
pick depends only on the date and the values, so it holds all day.

How the rotation works without remembering yesterday: on odd days (by the
date's ordinal) the pick is a weighted draw seeded by that date alone; on
even days it is a weighted draw that leaves out what both neighbouring odd
days drew. Every pair of neighbouring days therefore differs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from kindness_tui.core.models import Assessment, Rating, Value
from kindness_tui.core.suggestions import stable_hash

UNRATED_GAP = 2
"""An unrated value counts as a modest gap."""


def _weight(value: Value, assessment: Assessment | None) -> int:
    rating = assessment.rating(value.id) if assessment else None
    gap = rating.gap if rating is not None else UNRATED_GAP
    return 1 + max(gap, 0)


def _draw(values: Sequence[Value], weights: dict[str, int], day: dt.date) -> Value:
    total = sum(weights[v.id] for v in values)
    point = stable_hash(day.isoformat(), "value of the day") % total
    for value in values:
        point -= weights[value.id]
        if point < 0:
            return value
    return values[-1]


def _order(value: Value) -> tuple[str, str]:
    return (value.name.casefold(), value.id)


def value_of_the_day(
    values: Sequence[Value], assessment: Assessment | None, day: dt.date
) -> Value | None:
    """The value to put forward on `day`, or None when there are no active values."""
    # Ordered by what the person sees (names are unique ignoring case), not by the random ids,
    # so the same wheel picks the same value in every journal and every test.
    active = sorted((v for v in values if not v.archived), key=_order)
    if not active:
        return None
    if len(active) == 1:
        return active[0]
    ordinal = day.toordinal()
    if len(active) == 2:
        # Two values can only alternate if neither may come up two days running.
        heavier = max(active, key=lambda v: (_weight(v, assessment), _order(v)))
        lighter = active[0] if heavier is active[1] else active[1]
        return heavier if ordinal % 2 == 0 else lighter
    weights = {v.id: _weight(v, assessment) for v in active}
    if ordinal % 2 == 1:
        return _draw(active, weights, day)
    one_day = dt.timedelta(days=1)
    neighbours = {
        _draw(active, weights, day - one_day).id,
        _draw(active, weights, day + one_day).id,
    }
    left = [v for v in active if v.id not in neighbours]
    return _draw(left, weights, day)


def why_line(value: Value, rating: Rating | None, *, ascii_only: bool = False) -> str:
    """A short warm line about why this value today."""
    dash = "-" if ascii_only else "—"
    if rating is None:
        return f"No numbers yet {dash} just notice where it shows up today."
    if rating.gap > 0:
        return f"Now {rating.now}, hoping for {rating.want} {dash} a small step counts."
    if rating.gap == 0:
        return f"Right where you hoped, at {rating.now} {dash} enjoy living it today."
    return f"Now {rating.now}, past the {rating.want} you hoped for {dash} lovely. Keep it company."
