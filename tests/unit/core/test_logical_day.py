"""The logical day: 04:00 boundary, midnight, DST change days, and DATE parsing."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pendulum
import pytest

from kindness_tui.core.logical_day import (
    Clock,
    date_in_words,
    logical_date,
    month_title,
    parse_day,
    parse_frozen_today,
)
from kindness_tui.core.models import ValidationError

TODAY = dt.date(2026, 11, 26)
BERLIN = ZoneInfo("Europe/Berlin")


def at(day: str, time: str, zone: ZoneInfo = BERLIN) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{time}").replace(tzinfo=zone)


@pytest.mark.parametrize(
    ("time", "expected"),
    [
        ("23:59:59", "2026-11-26"),
        ("00:00:00", "2026-11-26"),
        ("01:00:00", "2026-11-26"),
        ("03:59:59", "2026-11-26"),
        ("04:00:00", "2026-11-27"),
        ("12:00:00", "2026-11-27"),
    ],
)
def test_a_night_belongs_to_the_evening_before(time: str, expected: str) -> None:
    day = "2026-11-26" if time.startswith("23") else "2026-11-27"
    assert logical_date(at(day, time)) == dt.date.fromisoformat(expected)


def test_the_day_start_hour_is_settable() -> None:
    moment = at("2026-11-27", "05:30:00")
    assert logical_date(moment, 6) == dt.date(2026, 11, 26)
    assert logical_date(moment, 5) == dt.date(2026, 11, 27)
    assert logical_date(at("2026-11-27", "00:00:00"), 0) == dt.date(2026, 11, 27)


def test_month_and_year_borders() -> None:
    assert logical_date(at("2027-01-01", "02:00:00")) == dt.date(2026, 12, 31)
    assert logical_date(at("2028-03-01", "03:00:00")) == dt.date(2028, 2, 29)


def test_spring_forward_in_berlin() -> None:
    """29 March 2026: 02:00 jumps to 03:00. The night still belongs to the 28th."""
    assert logical_date(at("2026-03-29", "01:59:00")) == dt.date(2026, 3, 28)
    assert logical_date(at("2026-03-29", "03:30:00")) == dt.date(2026, 3, 28)
    assert logical_date(at("2026-03-29", "04:00:00")) == dt.date(2026, 3, 29)
    # Pendulum moments, as Clock.now() gives them, around the gap.
    gap = pendulum.datetime(2026, 3, 29, 3, 0, tz="Europe/Berlin")
    assert logical_date(gap) == dt.date(2026, 3, 28)
    assert logical_date(gap.add(hours=1)) == dt.date(2026, 3, 29)
    # A night after the change day, whose day before has a gap at that hour.
    assert logical_date(pendulum.datetime(2026, 3, 30, 2, 30, tz="Europe/Berlin")) == (
        dt.date(2026, 3, 29)
    )


def test_fall_back_in_berlin() -> None:
    """25 October 2026: 03:00 falls back to 02:00, so 02:30 happens twice; both are the 24th."""
    first = pendulum.datetime(2026, 10, 25, 0, 30, tz="UTC").in_timezone("Europe/Berlin")
    second = pendulum.datetime(2026, 10, 25, 1, 30, tz="UTC").in_timezone("Europe/Berlin")
    assert first.hour == second.hour == 2
    assert logical_date(first) == logical_date(second) == dt.date(2026, 10, 24)
    four = pendulum.datetime(2026, 10, 25, 3, 0, tz="UTC").in_timezone("Europe/Berlin")
    assert four.hour == 4
    assert logical_date(four) == dt.date(2026, 10, 25)


def test_the_zone_decides_the_day() -> None:
    moment = pendulum.datetime(2026, 11, 27, 2, 0, tz="UTC")
    assert logical_date(moment.in_timezone("Europe/Berlin")) == dt.date(2026, 11, 26)  # 03:00
    assert logical_date(moment.in_timezone("Asia/Tokyo")) == dt.date(2026, 11, 27)  # 11:00
    assert logical_date(moment.in_timezone("America/New_York")) == dt.date(2026, 11, 26)


def test_a_frozen_clock_is_today() -> None:
    assert Clock(frozen=TODAY).today() == TODAY
    assert Clock(zone="Pacific/Kiritimati", frozen=TODAY).today() == TODAY


def test_a_live_clock_follows_its_zone_and_hour() -> None:
    clock = Clock(zone="Europe/Berlin", day_start_hour=4)
    now = clock.now()
    assert str(now.tzinfo) == "Europe/Berlin"
    assert clock.today() in {logical_date(now), logical_date(clock.now())}


def test_an_unknown_zone_falls_back_to_the_machines_own() -> None:
    for zone in ("Not/AZone", "../etc/passwd", ""):
        now = Clock(zone=zone).now()
        assert now.utcoffset() == dt.datetime.now().astimezone().utcoffset()


def test_day_and_month_names_match_pendulums_english() -> None:
    day = dt.date(2024, 1, 1)
    for _ in range(400):
        assert date_in_words(day) == pendulum.instance(day).format("dddd, D MMMM")
        assert month_title(day.year, day.month) == pendulum.instance(day).format("MMMM YYYY")
        day += dt.timedelta(days=1)


# ------------------------------------------------------------ DATE on the command line


def test_today_and_yesterday() -> None:
    assert parse_day("today", TODAY) == TODAY
    assert parse_day(" Today ", TODAY) == TODAY
    assert parse_day("yesterday", TODAY) == dt.date(2026, 11, 25)
    assert parse_day("YESTERDAY", dt.date(2026, 3, 1)) == dt.date(2026, 2, 28)


def test_iso_dates_up_to_today() -> None:
    assert parse_day("2026-11-26", TODAY) == TODAY
    assert parse_day("2020-02-29", TODAY) == dt.date(2020, 2, 29)


@pytest.mark.parametrize("text", ["2026-11-27", "2027-01-01", "tomorrow"])
def test_the_future_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_day(text, TODAY)
    assert info.value.where == "--date"
    assert text in str(info.value)


def test_the_future_message_says_what_today_is() -> None:
    with pytest.raises(ValidationError, match="has not happened yet; today is 2026-11-26"):
        parse_day("2026-11-27", TODAY)


@pytest.mark.parametrize(
    "text", ["", "2026-02-30", "26.11.2026", "20261126", "2026-W48-4", "2026-11-26T10:00", "soon"]
)
def test_other_words_are_refused(text: str) -> None:
    with pytest.raises(ValidationError, match="is not a date"):
        parse_day(text, TODAY, where="--from")


def test_frozen_today() -> None:
    assert parse_frozen_today("2026-11-26") == TODAY
    assert parse_frozen_today(" 2026-11-26\n") == TODAY
    with pytest.raises(ValidationError) as info:
        parse_frozen_today("next week")
    assert info.value.where == "KINDNESS_TODAY"


def test_dates_in_words() -> None:
    assert date_in_words(TODAY) == "Thursday, 26 November"
    assert date_in_words(dt.date(2027, 1, 1)) == "Friday, 1 January"
    assert month_title(2026, 11) == "November 2026"
    assert month_title(2027, 2) == "February 2027"
