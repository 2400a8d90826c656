"""Month arithmetic for the calendar: weeks of a month, and moving a day around.

Pure dates (``datetime.date``), no time of day and no zone: a calendar day is
the logical day the journal stores, so DST changes cannot shift anything here.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from kindness_tui.core.checkin import CheckIn
from kindness_tui.core.logical_day import WEEKDAYS, month_title

WEEK_STARTS: dict[str, int] = {"monday": calendar.MONDAY, "sunday": calendar.SUNDAY}
"""The setting "week_start" and the weekday (Monday = 0) a week starts on."""

DEFAULT_WEEK_START = "monday"
ROWS = 6
"""A month needs at most six weeks."""


def week_start(setting: object) -> int:
    """The first weekday for the setting "week_start" ("monday" or "sunday"); Monday otherwise."""
    if isinstance(setting, str):
        return WEEK_STARTS.get(setting.strip().lower(), calendar.MONDAY)
    return calendar.MONDAY


def days_in_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def weekday_names(first_weekday: int = calendar.MONDAY) -> tuple[str, ...]:
    """Two-letter weekday headings, starting from `first_weekday`: ("Mo", "Tu", …)."""
    return tuple(WEEKDAYS[(first_weekday + i) % 7][:2] for i in range(7))


@dataclass(frozen=True)
class Month:
    """One month laid out in weeks; days of the neighbouring months are None."""

    year: int
    month: int
    first_weekday: int = calendar.MONDAY

    @property
    def title(self) -> str:
        """ "November 2026"."""
        return month_title(self.year, self.month)

    @property
    def first(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last(self) -> dt.date:
        return dt.date(self.year, self.month, days_in_month(self.year, self.month))

    @property
    def weeks(self) -> list[list[dt.date | None]]:
        """Four to six weeks of seven cells; cells outside the month are None."""
        grid = calendar.Calendar(self.first_weekday).monthdatescalendar(self.year, self.month)
        return [[d if d.month == self.month else None for d in week] for week in grid]

    def position(self, day: dt.date) -> tuple[int, int]:
        """(week row, weekday column) of a day of this month."""
        if (day.year, day.month) != (self.year, self.month):
            raise ValueError(f"{day.isoformat()} is not in {self.title}")
        lead = (self.first.weekday() - self.first_weekday) % 7
        index = lead + day.day - 1
        return index // 7, index % 7

    def day_at(self, row: int, column: int) -> dt.date | None:
        """The day drawn at (row, column), or None for a blank cell."""
        lead = (self.first.weekday() - self.first_weekday) % 7
        number = row * 7 + column - lead + 1
        if 1 <= number <= days_in_month(self.year, self.month):
            return dt.date(self.year, self.month, number)
        return None

    def contains(self, day: dt.date) -> bool:
        return (day.year, day.month) == (self.year, self.month)

    @classmethod
    def of(cls, day: dt.date, first_weekday: int = calendar.MONDAY) -> Month:
        return cls(day.year, day.month, first_weekday)


def move_days(day: dt.date, days: int) -> dt.date:
    """`day` moved by whole days, across month and year borders; clamped to the calendar."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def move_weeks(day: dt.date, weeks: int) -> dt.date:
    return move_days(day, 7 * weeks)


def move_months(day: dt.date, months: int, day_of_month: int | None = None) -> dt.date:
    """The same day of the month `months` later, clamped to the month (31 Mar → 28/29 Feb).

    `day_of_month` is the day the person chose, when a shorter month has clamped `day`
    on the way (30 Jan → 28 Feb → 30 Mar, not 28 Mar).
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    year = min(max(year, dt.MINYEAR), dt.MAXYEAR)
    month = month0 + 1
    wanted = day.day if day_of_month is None else day_of_month
    return dt.date(year, month, min(wanted, days_in_month(year, month)))


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def clamp(day: dt.date, earliest: dt.date, latest: dt.date) -> dt.date:
    return min(max(day, earliest), latest)


@dataclass(frozen=True)
class DayMarks:
    """What a day's cell shows: only what was done, and the mood if one was set."""

    new_thing: bool = False
    """A new thing was done."""
    kindness: bool = False
    """A secret kindness was done."""
    self_kind: bool = False
    """Some kindness to oneself was written down."""
    mood: int | None = None
    """The day's mood, 0–10, if set."""

    @classmethod
    def of(cls, checkin: CheckIn) -> DayMarks:
        return cls(
            new_thing=checkin.new_thing_done,
            kindness=checkin.kindness_done,
            self_kind=checkin.self_kind,
            mood=checkin.mood,
        )


def mood_band(mood: int | None) -> str | None:
    """A soft tint for a mood: "low" (0–3), "mid" (4–6), "high" (7–10), or None."""
    if mood is None:
        return None
    if mood <= 3:
        return "low"
    return "mid" if mood <= 6 else "high"
