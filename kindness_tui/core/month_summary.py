"""A month at a glance: what was done, the mood's shape, the values served.

Counts only what was done, never what was not (SPEC §1): a month with
nothing in it gets a calm line, not a zero score.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kindness_tui.core.checkin import CheckIn
from kindness_tui.core.logical_day import MONTHS, month_title
from kindness_tui.core.models import Value
from kindness_tui.core.safe_text import one_line

SPARK = "▁▂▃▄▅▆▇█"
SPARK_ASCII = " .:-=+*#"


def _days_in_month(year: int, month: int) -> int:
    # Plain date arithmetic: Today's tally need not load the calendar module (~0.13 MB).
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.date(year, month, 1)).days


@dataclass(frozen=True)
class MonthSummary:
    """What one calendar month holds."""

    year: int
    month: int
    days_shown_up: int
    """Days with anything at all written or done."""
    kindnesses: int
    """Secret kindnesses marked done."""
    new_things: int
    """New things marked done."""
    self_kindnesses: int
    """Days with a kindness to oneself written down."""
    average_mood: float | None
    """The mean of the moods given, or None when none was."""
    moods: tuple[int | None, ...]
    """The mood of each day of the month, in order (None where none was given)."""
    value_counts: tuple[tuple[str, int], ...]
    """(value_id, times served by a done item), most served first."""


def summarize_month(checkins: Iterable[CheckIn], year: int, month: int) -> MonthSummary:
    """Add up the check-ins that fall in `year`-`month` (others are ignored)."""
    days = _days_in_month(year, month)
    prefix = f"{year:04d}-{month:02d}-"
    by_date: dict[str, CheckIn] = {}
    for checkin in checkins:
        if checkin.date.startswith(prefix):
            by_date[checkin.date] = checkin
    moods: list[int | None] = [None] * days
    shown = kind = new = selfk = 0
    served: Counter[str] = Counter()
    for date, checkin in by_date.items():
        day = int(date[len(prefix):])
        if not 1 <= day <= days:
            continue
        moods[day - 1] = checkin.mood
        shown += checkin.showed_up
        kind += checkin.kindness_done
        new += checkin.new_thing_done
        selfk += checkin.self_kind
        for item in (checkin.new_thing, checkin.kindness):
            if item is not None and item.done and item.value_id:
                served[item.value_id] += 1
    given = [m for m in moods if m is not None]
    return MonthSummary(
        year=year,
        month=month,
        days_shown_up=shown,
        kindnesses=kind,
        new_things=new,
        self_kindnesses=selfk,
        average_mood=sum(given) / len(given) if given else None,
        moods=tuple(moods),
        value_counts=tuple(sorted(served.items(), key=lambda kv: (-kv[1], kv[0]))),
    )


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def tally_line(
    summary: MonthSummary, *, today: dt.date | None = None, ascii_only: bool = False
) -> str:
    """ "You showed up on 12 days this month · 9 secret kindnesses · 7 new things".

    Past and later months speak as such ("In October you showed up on 17 days", "Still
    ahead"); a month is this month when it holds `today` (or no `today` is given).
    """
    dot, dash = (" - ", "-") if ascii_only else (" · ", "—")
    when = (summary.year, summary.month)
    now = when if today is None else (today.year, today.month)
    name = MONTHS[summary.month - 1]
    if summary.year != now[0]:
        name = month_title(summary.year, summary.month)
    if when > now:
        return f"{name} is still ahead {dash} nothing to count yet."
    if not (summary.days_shown_up or summary.kindnesses or summary.new_things):
        if when < now:
            return f"Nothing written down in {name} {dash} a quiet month, and that's fine."
        return f"A fresh month {dash} nothing to count yet, and that's fine."
    days = _count(summary.days_shown_up, "day", "days")
    if when < now:
        parts = [f"In {name} you showed up on {days}"]
    else:
        parts = [f"You showed up on {days} this month"]
    if summary.kindnesses:
        parts.append(_count(summary.kindnesses, "secret kindness", "secret kindnesses"))
    if summary.new_things:
        parts.append(_count(summary.new_things, "new thing", "new things"))
    if summary.self_kindnesses:
        parts.append(
            _count(summary.self_kindnesses, "kindness to yourself", "kindnesses to yourself")
        )
    return dot.join(parts)


def mood_trend(moods: Iterable[int | None], *, ascii_only: bool = False) -> str:
    """A sparkline of the days that have a mood (0–10), in order; "" when none do."""
    blocks = SPARK_ASCII if ascii_only else SPARK
    top = len(blocks) - 1
    return "".join(
        blocks[round(min(max(m, 0), 10) * top / 10)] for m in moods if m is not None
    )


def values_not_visited(
    values: Sequence[Value], checkins: Iterable[CheckIn], today: dt.date, days: int = 14
) -> list[Value]:
    """Active values no done item served in the last `days` days (today included).

    A value added within that window is left out: it has not had its chance yet.
    """
    start = today - dt.timedelta(days=days - 1)
    first, last = start.isoformat(), today.isoformat()
    served: set[str] = set()
    for checkin in checkins:
        if first <= checkin.date <= last:
            served.update(checkin.value_ids())
    quiet: list[Value] = []
    for value in values:
        if value.archived or value.id in served:
            continue
        if value.created and value.created > first:
            continue
        quiet.append(value)
    return quiet


def not_visited_line(values: Sequence[Value], *, ascii_only: bool = False) -> str | None:
    """A gentle nudge naming values that have been quiet lately, or None."""
    names = [one_line(v.name, ascii_only=ascii_only).strip() for v in values]
    if not names:
        return None
    dash = "-" if ascii_only else "—"
    if len(names) == 1:
        return f"{names[0]} has been quiet lately {dash} maybe it wants a turn?"
    if len(names) <= 3:
        listed = ", ".join(names[:-1]) + " and " + names[-1]
    else:
        listed = ", ".join(names[:3]) + f" and {len(names) - 3} more"
    return f"{listed} have been quiet lately {dash} maybe one of them wants a turn?"
