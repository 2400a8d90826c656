"""The logical day: which calendar date a moment belongs to.

A day starts at a settable hour (04:00 by default) in the person's zone, so a
check-in at 1 a.m. still belongs to the evening before. The clock is injected
everywhere; `frozen` pins "today" for demos and tests (KINDNESS_TODAY).

This module is on the path of every start and of `kindness today` at login, so
it uses the standard library only (zoneinfo, when a zone is set, and English
names); importing pendulum here cost 20-40 ms and about 6 MB per start. The calendar's
month arithmetic and weekday headings use the standard library too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from kindness_tui.core.models import ValidationError

DEFAULT_DAY_START = 4

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True)
class Clock:
    """Where "today" comes from: a zone, the hour a day starts, or a frozen date."""

    zone: str | None = None
    """An IANA zone name; None means the machine's local zone."""
    day_start_hour: int = DEFAULT_DAY_START
    """The hour (0–23) at which a new logical day begins."""
    frozen: dt.date | None = None
    """A fixed date that stands in for today."""
    source: Callable[[], dt.datetime] | None = field(default=None, compare=False)
    """Where the moment comes from instead of the system clock (a test moving time on)."""

    def now(self) -> dt.datetime:
        """The moment now, in the zone (the machine's own if the zone is unset or unknown)."""
        if self.source is not None:
            return self.source()
        if self.zone:
            from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # only when a zone is set

            try:
                return dt.datetime.now(ZoneInfo(self.zone))
            except (ZoneInfoNotFoundError, ValueError):
                pass
        return dt.datetime.now().astimezone()

    def today(self) -> dt.date:
        if self.frozen is not None:
            return self.frozen
        return logical_date(self.now(), self.day_start_hour)


def logical_date(moment: dt.datetime, day_start_hour: int = DEFAULT_DAY_START) -> dt.date:
    """The day a moment belongs to, counting hours before `day_start_hour` as the day before."""
    # Date arithmetic, not clock arithmetic: a day minus one is never in a DST gap.
    if moment.hour < day_start_hour:
        return moment.date() - dt.timedelta(days=1)
    return moment.date()


def parse_day(text: str, today: dt.date, where: str = "--date") -> dt.date:
    """Read YYYY-MM-DD, `today` or `yesterday`; a day after today is refused."""
    word = text.strip().lower()
    if word == "today":
        return today
    if word == "yesterday":
        return today - dt.timedelta(days=1)
    try:
        day = dt.date.fromisoformat(word) if len(word) == 10 else None
    except ValueError:
        day = None
    if day is None:
        raise ValidationError(where, f"{text!r} is not a date (use YYYY-MM-DD, today or yesterday)")
    if day > today:
        raise ValidationError(where, f"{text} has not happened yet; today is {today.isoformat()}")
    return day


def parse_frozen_today(text: str) -> dt.date:
    """Read KINDNESS_TODAY (YYYY-MM-DD)."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError("KINDNESS_TODAY", f"{text!r} is not a date like 2026-11-26") from None


def date_in_words(day: dt.date) -> str:
    """ "Thursday, 26 November" (whether to add the year is up to callers)."""
    return f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]}"


def month_title(year: int, month: int) -> str:
    """ "November 2026"."""
    return f"{MONTHS[month - 1]} {year}"
