"""Month arithmetic for the calendar: weeks, moves across borders, clamping, the logical day."""

from __future__ import annotations

import calendar
import datetime as dt

import pendulum
import pytest

from kindness_tui.core.checkin import CheckIn, Item
from kindness_tui.core.logical_day import logical_date
from kindness_tui.core.month_grid import (
    DayMarks,
    Month,
    days_in_month,
    mood_band,
    move_days,
    move_months,
    move_weeks,
    week_start,
    weekday_names,
)

D = dt.date


def numbers(month: Month) -> list[list[int]]:
    """The weeks as day numbers, 0 for a blank cell."""
    return [[d.day if d else 0 for d in week] for week in month.weeks]


def test_november_2026_starting_monday() -> None:
    month = Month(2026, 11)
    assert month.title == "November 2026"
    assert numbers(month) == [
        [0, 0, 0, 0, 0, 0, 1],
        [2, 3, 4, 5, 6, 7, 8],
        [9, 10, 11, 12, 13, 14, 15],
        [16, 17, 18, 19, 20, 21, 22],
        [23, 24, 25, 26, 27, 28, 29],
        [30, 0, 0, 0, 0, 0, 0],
    ]


def test_november_2026_starting_sunday() -> None:
    month = Month(2026, 11, calendar.SUNDAY)
    assert numbers(month)[0] == [1, 2, 3, 4, 5, 6, 7]
    assert numbers(month)[-1] == [29, 30, 0, 0, 0, 0, 0]
    assert len(month.weeks) == 5
    assert weekday_names(calendar.SUNDAY) == ("Su", "Mo", "Tu", "We", "Th", "Fr", "Sa")
    assert weekday_names() == ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")


@pytest.mark.parametrize(
    ("year", "month", "length"),
    [(2026, 2, 28), (2028, 2, 29), (2026, 4, 30), (2026, 1, 31), (2100, 2, 28), (2000, 2, 29)],
)
@pytest.mark.parametrize("first", [calendar.MONDAY, calendar.SUNDAY])
def test_every_day_once_in_its_place(year: int, month: int, length: int, first: int) -> None:
    grid = Month(year, month, first)
    days = [d for week in grid.weeks for d in week if d is not None]
    assert days == [D(year, month, n) for n in range(1, length + 1)]
    assert days_in_month(year, month) == length
    for week in grid.weeks:
        assert len(week) == 7
        for column, day in enumerate(week):
            if day is not None:
                assert (day.weekday() - first) % 7 == column
                assert grid.day_at(*grid.position(day)) == day
    assert 4 <= len(grid.weeks) <= 6


def test_february_2026_fills_exactly_four_monday_weeks() -> None:
    # 1 February 2026 is a Sunday: with Sunday first, February is four full weeks.
    assert len(Month(2026, 2, calendar.SUNDAY).weeks) == 4
    assert numbers(Month(2026, 2, calendar.SUNDAY))[0] == [1, 2, 3, 4, 5, 6, 7]


def test_29_february_2028() -> None:
    grid = Month(2028, 2)
    assert grid.position(D(2028, 2, 29)) == (4, 1)  # a Tuesday in the fifth week
    assert move_days(D(2028, 2, 28), 1) == D(2028, 2, 29)
    assert move_days(D(2028, 2, 29), 1) == D(2028, 3, 1)
    assert move_months(D(2028, 2, 29), 12) == D(2029, 2, 28)
    assert move_months(D(2028, 3, 31), -1) == D(2028, 2, 29)


def test_blank_cells_and_positions_outside_the_month() -> None:
    grid = Month(2026, 11)
    assert grid.day_at(0, 0) is None
    assert grid.day_at(5, 1) is None
    with pytest.raises(ValueError):
        grid.position(D(2026, 12, 1))


def test_moves_cross_month_and_year_borders() -> None:
    assert move_days(D(2026, 12, 31), 1) == D(2027, 1, 1)
    assert move_days(D(2027, 1, 1), -1) == D(2026, 12, 31)
    assert move_weeks(D(2026, 12, 28), 1) == D(2027, 1, 4)
    assert move_weeks(D(2026, 11, 3), -1) == D(2026, 10, 27)
    assert move_days(dt.date.max, 1) == dt.date.max
    assert move_days(dt.date.min, -1) == dt.date.min


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (D(2026, 3, 31), -1, D(2026, 2, 28)),
        (D(2028, 3, 31), -1, D(2028, 2, 29)),
        (D(2026, 1, 31), 1, D(2026, 2, 28)),
        (D(2026, 5, 31), 1, D(2026, 6, 30)),
        (D(2026, 12, 15), 1, D(2027, 1, 15)),
        (D(2027, 1, 15), -1, D(2026, 12, 15)),
        (D(2026, 11, 26), -12, D(2025, 11, 26)),
    ],
)
def test_month_moves_keep_the_day_clamped(start: dt.date, months: int, end: dt.date) -> None:
    assert move_months(start, months) == end


def test_week_start_setting() -> None:
    assert week_start("monday") == calendar.MONDAY
    assert week_start("Sunday") == calendar.SUNDAY
    assert week_start(None) == calendar.MONDAY
    assert week_start("fortnight") == calendar.MONDAY
    assert week_start(6) == calendar.MONDAY


@pytest.mark.parametrize(
    ("zone_day", "grid_month"),
    [(D(2026, 3, 29), (2026, 3)), (D(2026, 10, 25), (2026, 10))],
)
def test_dst_change_days_in_berlin(zone_day: dt.date, grid_month: tuple[int, int]) -> None:
    """Every hour of a 23- or 25-hour day belongs to that day or (before 04:00) the one before."""
    berlin = pendulum.timezone("Europe/Berlin")
    start = pendulum.datetime(zone_day.year, zone_day.month, zone_day.day, tz=berlin)
    end = start.add(days=1)
    hours = int((end - start).total_hours())
    assert hours in (23, 25)
    seen: set[dt.date] = set()
    for n in range(hours):
        moment = start.add(hours=n)
        day = logical_date(moment)
        assert day == (zone_day if moment.hour >= 4 else zone_day - dt.timedelta(days=1))
        seen.add(day)
    assert seen == {zone_day - dt.timedelta(days=1), zone_day}
    grid = Month(*grid_month)
    assert grid.day_at(*grid.position(zone_day)) == zone_day
    assert move_days(zone_day, 1) == zone_day + dt.timedelta(days=1)


def test_logical_day_at_0359_and_0400() -> None:
    berlin = pendulum.timezone("Europe/Berlin")
    # 1 March 2028 at 03:59 still belongs to 29 February; at 04:00 it is March.
    assert logical_date(pendulum.datetime(2028, 3, 1, 3, 59, tz=berlin)) == D(2028, 2, 29)
    assert logical_date(pendulum.datetime(2028, 3, 1, 4, 0, tz=berlin)) == D(2028, 3, 1)
    # New Year's night: 03:59 is still the old year's last day.
    assert logical_date(pendulum.datetime(2027, 1, 1, 3, 59, tz=berlin)) == D(2026, 12, 31)
    assert logical_date(pendulum.datetime(2027, 1, 1, 4, 0, tz=berlin)) == D(2027, 1, 1)


def test_day_marks_count_only_what_was_done() -> None:
    planned = CheckIn(
        "2026-11-02",
        new_thing=Item("a walk", done=False),
        kindness=Item("a note", done=True),
        self_kindness="  ",
        mood=2,
    )
    marks = DayMarks.of(planned)
    assert marks == DayMarks(new_thing=False, kindness=True, self_kind=False, mood=2)
    assert DayMarks.of(CheckIn("2026-11-03", self_kindness="a nap")).self_kind
    assert [mood_band(m) for m in (None, 0, 3, 4, 6, 7, 10)] == [
        None, "low", "low", "mid", "mid", "high", "high"
    ]


def test_moving_months_keeps_the_day_chosen_through_a_short_month() -> None:
    february = move_months(D(2026, 1, 30), 1, day_of_month=30)
    assert february == D(2026, 2, 28)
    assert move_months(february, 1, day_of_month=30) == D(2026, 3, 30)
    assert move_months(february, 1) == D(2026, 3, 28)  # without the choice, the clamped day
