"""What a day's prompt shows: the value of the day and why, two ideas, the month so far.

Computed once here for both places that show it: the Today screen (and a past
day opened from the calendar) and `kindness today`. Pure: the caller reads the
journal and hands over what it holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from kindness_tui.core.checkin import CheckIn
from kindness_tui.core.logical_day import date_in_words
from kindness_tui.core.models import ITEM_KINDS, Assessment, Idea, Rating, Value
from kindness_tui.core.month_summary import MonthSummary, summarize_month, tally_line
from kindness_tui.core.suggestions import ideas_known_on, suggestion_for
from kindness_tui.core.value_of_the_day import value_of_the_day, why_line


@dataclass(frozen=True)
class ValueOfTheDay:
    """The value the day puts forward, with its rating in the current assessment."""

    value: Value
    rating: Rating | None
    """None when the value has no rating yet (or there is no assessment)."""

    def why(self, *, ascii_only: bool = False) -> str:
        """One warm line on why this value today."""
        return why_line(self.value, self.rating, ascii_only=ascii_only)


def pick_value(
    values: Sequence[Value], assessment: Assessment | None, day: dt.date
) -> ValueOfTheDay | None:
    """The value of the day and its rating; None when there are no active values."""
    chosen = value_of_the_day(values, assessment, day)
    if chosen is None:
        return None
    return ValueOfTheDay(chosen, assessment.rating(chosen.id) if assessment else None)


def day_ideas(
    day: dt.date,
    pick: ValueOfTheDay | None,
    own: Sequence[Idea] = (),
    offsets: Mapping[str, int] | None = None,
    *,
    added: Mapping[str, str] | None = None,
) -> dict[str, Idea]:
    """Each card's idea for the day, leaning to the value of the day's area.

    `offsets` counts, per card, the presses of "another idea" (`suggestions.offsets_on`).
    `added` gives the day each own idea was added, by id: one added on `day` waits at
    the end of the day's walk, so adding it never changes what a card shows.
    """
    area = pick.value.area if pick else None
    offsets = offsets or {}
    known, newer = ideas_known_on(day, own, added or {})
    return {
        kind: suggestion_for(
            kind, day, area=area, own=known, newer=newer, offset=offsets.get(kind, 0)
        )
        for kind in ITEM_KINDS
    }


def month_so_far(day: dt.date) -> tuple[dt.date, dt.date]:
    """The days the month's tally counts: from the first of the month to `day`."""
    return day.replace(day=1), day


def month_summary(day: dt.date, checkins: Iterable[CheckIn]) -> MonthSummary:
    """The month of `day` so far, from its check-ins (read for `month_so_far(day)`)."""
    return summarize_month(checkins, day.year, day.month)


def tally(day: dt.date, checkins: Iterable[CheckIn], *, ascii_only: bool = False) -> str:
    """The month's gentle tally line for `day`."""
    return tally_line(month_summary(day, checkins), ascii_only=ascii_only)


@dataclass(frozen=True)
class TodayView:
    """Everything the day's prompt shows, besides the form's own fields."""

    day: dt.date
    pick: ValueOfTheDay | None
    """The value of the day, or None when the wheel has no values yet."""
    ideas: Mapping[str, Idea]
    """Each card's idea (by item kind)."""
    checkin: CheckIn | None
    """What is logged for the day, if anything."""
    month: MonthSummary
    """The month of the day, up to the day."""

    @property
    def title(self) -> str:
        """ "Thursday, 26 November"."""
        return date_in_words(self.day)

    def tally(self, *, ascii_only: bool = False) -> str:
        return tally_line(self.month, ascii_only=ascii_only)


def today_view(
    day: dt.date,
    *,
    values: Sequence[Value],
    assessment: Assessment | None,
    own_ideas: Sequence[Idea] = (),
    checkin: CheckIn | None = None,
    month_checkins: Iterable[CheckIn] = (),
    idea_offsets: Mapping[str, int] | None = None,
    ideas_added: Mapping[str, str] | None = None,
) -> TodayView:
    """The day's prompt from what the journal holds (`month_checkins` for `month_so_far`)."""
    pick = pick_value(values, assessment, day)
    return TodayView(
        day=day,
        pick=pick,
        ideas=day_ideas(day, pick, own_ideas, idea_offsets, added=ideas_added),
        checkin=checkin,
        month=month_summary(day, month_checkins),
    )
