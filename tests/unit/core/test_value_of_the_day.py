"""Value of the day: wide gaps come up more, no value two days running, stable per date."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from kindness_tui.core.models import Assessment, Rating, Value
from kindness_tui.core.value_of_the_day import value_of_the_day, why_line

DAY = dt.date(2026, 11, 26)
DAYS = [DAY + dt.timedelta(days=i) for i in range(400)]


def values(n: int) -> list[Value]:
    return [Value(id=f"v-{i}", name=f"Value {i}", created="2026-01-01") for i in range(n)]


def test_none_without_active_values() -> None:
    assert value_of_the_day([], None, DAY) is None
    archived = [Value(id="v-1", name="Old", archived=True, created="2026-01-01")]
    assert value_of_the_day(archived, None, DAY) is None


def test_one_value_is_always_the_one() -> None:
    (only,) = values(1)
    assert all(value_of_the_day([only], None, day) == only for day in DAYS[:10])


def test_archived_values_never_come_up() -> None:
    vals = values(4)
    vals[2] = Value(id="v-2", name="Archived", archived=True, created="2026-01-01")
    picks = {value_of_the_day(vals, None, day) for day in DAYS}
    assert vals[2] not in picks
    assert len(picks) == 3


@pytest.mark.parametrize("n", [2, 3, 5, 15])
def test_never_the_same_value_two_days_running(n: int) -> None:
    vals = values(n)
    ratings = tuple(Rating(v.id, now=1 + i % 9, want=9) for i, v in enumerate(vals))
    assessment = Assessment("a-1", "2026-11-01", ratings)
    picks = [value_of_the_day(vals, assessment, day) for day in DAYS]
    for yesterday, today in zip(picks, picks[1:], strict=False):
        assert yesterday != today
    assert set(picks) == set(vals)


def test_stable_for_the_date_and_the_order_of_values() -> None:
    vals = values(6)
    first = value_of_the_day(vals, None, DAY)
    assert value_of_the_day(list(reversed(vals)), None, DAY) == first
    assert value_of_the_day(tuple(vals), None, DAY) == first


def test_a_wide_gap_comes_up_more_often() -> None:
    vals = values(5)
    ratings = (
        Rating("v-0", now=1, want=9),
        Rating("v-1", now=8, want=8),
        Rating("v-2", now=7, want=7),
        Rating("v-3", now=9, want=5),
        Rating("v-4", now=6, want=6),
    )
    counts = Counter(
        value_of_the_day(vals, Assessment("a", "2026-11-01", ratings), d) for d in DAYS
    )
    wide = counts[vals[0]]
    assert all(wide > counts[v] * 2 for v in vals[1:])
    assert all(counts[v] > 0 for v in vals)


def test_unrated_values_count_as_a_modest_gap() -> None:
    vals = values(3)
    ratings = (Rating("v-0", now=5, want=5), Rating("v-1", now=5, want=5))
    counts = Counter(
        value_of_the_day(vals, Assessment("a", "2026-11-01", ratings), d) for d in DAYS
    )
    assert counts[vals[2]] > counts[vals[0]]
    assert counts[vals[2]] > counts[vals[1]]


def test_two_values_alternate() -> None:
    vals = values(2)
    picks = [value_of_the_day(vals, None, d) for d in DAYS[:6]]
    assert picks[0::2] == [picks[0]] * 3
    assert picks[1::2] == [picks[1]] * 3
    assert picks[0] != picks[1]


def test_why_line_speaks_of_the_numbers_kindly() -> None:
    value = values(1)[0]
    assert why_line(value, Rating("v-0", now=4, want=8)) == (
        "Now 4, hoping for 8 — a small step counts."
    )
    assert "7" in why_line(value, Rating("v-0", now=7, want=7))
    assert "hoped" in why_line(value, Rating("v-0", now=9, want=6))
    assert why_line(value, None)
    for rating in (None, Rating("v-0", 4, 8), Rating("v-0", 7, 7), Rating("v-0", 9, 6)):
        line = why_line(value, rating, ascii_only=True)
        assert line.isascii()
        assert len(line) <= 76
        assert "should" not in line
