"""Month summary: counts of what was done, plurals, the mood sparkline, quiet values."""

from __future__ import annotations

import datetime as dt

import pytest

from kindness_tui.core.checkin import CheckIn, Item
from kindness_tui.core.models import Value
from kindness_tui.core.month_summary import (
    mood_trend,
    not_visited_line,
    summarize_month,
    tally_line,
    values_not_visited,
)

NOVEMBER = [
    CheckIn(
        "2026-11-01",
        new_thing=Item("new route", "v-cur", True),
        kindness=Item("note for the cleaner", "v-kind", True),
        self_kindness="rested",
        mood=6,
    ),
    CheckIn("2026-11-02", new_thing=Item("planned only", "v-cur", False), mood=2),
    CheckIn("2026-11-03", kindness=Item("bin back", "v-kind", True)),
    CheckIn("2026-11-04", note="just a note"),
    CheckIn("2026-11-05"),  # an empty record: not a day shown up
    CheckIn("2026-11-30", new_thing=Item("tea", "v-cur", True), mood=10),
    CheckIn("2026-10-31", kindness=Item("october", "v-kind", True), mood=0),
    CheckIn("2026-12-01", new_thing=Item("december", None, True)),
]


def test_counts_only_what_was_done_in_the_month() -> None:
    s = summarize_month(NOVEMBER, 2026, 11)
    assert (s.year, s.month) == (2026, 11)
    assert s.days_shown_up == 5
    assert s.kindnesses == 2
    assert s.new_things == 2
    assert s.self_kindnesses == 1
    assert s.value_counts == (("v-cur", 2), ("v-kind", 2))
    assert s.average_mood == pytest.approx(6.0)


def test_one_mood_per_day_of_the_month() -> None:
    s = summarize_month(NOVEMBER, 2026, 11)
    assert len(s.moods) == 30
    assert s.moods[0] == 6 and s.moods[1] == 2 and s.moods[29] == 10
    assert s.moods.count(None) == 27
    assert len(summarize_month([], 2028, 2).moods) == 29


def test_values_most_served_first() -> None:
    checkins = [
        CheckIn(f"2026-11-{d:02d}", kindness=Item("k", "v-b" if d < 4 else "v-a", True))
        for d in range(1, 5)
    ]
    assert summarize_month(checkins, 2026, 11).value_counts == (("v-b", 3), ("v-a", 1))


def test_an_empty_month() -> None:
    s = summarize_month(NOVEMBER, 2026, 9)
    assert s.days_shown_up == s.kindnesses == s.new_things == s.self_kindnesses == 0
    assert s.average_mood is None
    assert s.value_counts == ()
    line = tally_line(s)
    assert "0" not in line
    assert "nothing to count yet" in line


def test_tally_line_with_plurals() -> None:
    assert tally_line(summarize_month(NOVEMBER, 2026, 11)) == (
        "You showed up on 5 days this month · 2 secret kindnesses · 2 new things"
        " · 1 kindness to yourself"
    )
    one = summarize_month([NOVEMBER[0]], 2026, 11)
    assert tally_line(one) == (
        "You showed up on 1 day this month · 1 secret kindness · 1 new thing"
        " · 1 kindness to yourself"
    )


def test_tally_line_leaves_out_what_was_not_done() -> None:
    only_note = summarize_month([CheckIn("2026-11-04", note="hi")], 2026, 11)
    assert tally_line(only_note) == "You showed up on 1 day this month"
    assert tally_line(summarize_month(NOVEMBER, 2026, 11), ascii_only=True).isascii()
    assert tally_line(summarize_month([], 2026, 11), ascii_only=True).isascii()


def test_mood_trend_sparkline() -> None:
    assert mood_trend([None, 0, None, 5, 10]) == "▁▅█"
    assert mood_trend(list(range(11))) == "▁▂▂▃▄▅▅▆▇▇█"
    assert mood_trend([0, 5, 10], ascii_only=True) == " =#"
    assert mood_trend([None, None]) == ""
    assert mood_trend([]) == ""
    assert mood_trend(summarize_month(NOVEMBER, 2026, 11).moods) == "▅▂█"


def vals() -> list[Value]:
    return [
        Value("v-cur", "Curiosity", created="2026-01-01"),
        Value("v-kind", "Kindness", created="2026-01-01"),
        Value("v-play", "Play", created="2026-01-01"),
        Value("v-old", "Archived", archived=True, created="2026-01-01"),
        Value("v-new", "Brand new", created="2026-11-25"),
    ]


def test_values_not_visited_lately() -> None:
    quiet = values_not_visited(vals(), NOVEMBER, dt.date(2026, 11, 10))
    assert [v.name for v in quiet] == ["Play"]
    # Two weeks on, the early November visits have dropped out of the window.
    later = values_not_visited(vals(), NOVEMBER, dt.date(2026, 11, 30))
    assert [v.name for v in later] == ["Kindness", "Play"]
    today = dt.date(2026, 11, 30)
    # Done items only: a planned new thing does not count as a visit.
    planned = [CheckIn("2026-11-29", new_thing=Item("plan", "v-play", False))]
    assert [v.id for v in values_not_visited(vals(), planned, today)] == [
        "v-cur",
        "v-kind",
        "v-play",
    ]


def test_the_window_is_the_last_days_including_today() -> None:
    served = [CheckIn("2026-11-17", kindness=Item("k", "v-play", True))]
    in_window = values_not_visited(vals(), served, dt.date(2026, 11, 30), days=14)
    assert "v-play" not in {v.id for v in in_window}
    outside = values_not_visited(vals(), served, dt.date(2026, 12, 1), days=14)
    assert "v-play" in {v.id for v in outside}


def test_not_visited_line_is_gentle() -> None:
    v = vals()
    assert not_visited_line([]) is None
    assert not_visited_line(v[:1]) == "Curiosity has been quiet lately — maybe it wants a turn?"
    assert not_visited_line([v[0], v[2]]) == (
        "Curiosity and Play have been quiet lately — maybe one of them wants a turn?"
    )
    assert not_visited_line(v[:3]).startswith("Curiosity, Kindness and Play have")  # type: ignore[union-attr]
    many = [Value(f"v-{i}", f"V{i}", created="2026-01-01") for i in range(5)]
    assert not_visited_line(many).startswith("V0, V1, V2 and 2 more have")  # type: ignore[union-attr]
    assert not_visited_line(v[:2], ascii_only=True).isascii()  # type: ignore[union-attr]


def test_not_visited_line_shows_names_safely() -> None:
    line = not_visited_line([Value("v-x", "Bad\x1b[2Jname", created="2026-01-01")])
    assert line is not None and "\x1b" not in line and "␛" in line


def test_days_in_month_match_the_calendar_module() -> None:
    import calendar

    from kindness_tui.core.month_summary import _days_in_month

    for year in (1999, 2000, 2024, 2026, 2100):
        for month in range(1, 13):
            assert _days_in_month(year, month) == calendar.monthrange(year, month)[1]


def test_past_and_later_months_speak_as_such() -> None:
    today = dt.date(2026, 11, 26)
    october = summarize_month([CheckIn("2026-10-03", note="a good talk")], 2026, 10)
    assert tally_line(october, today=today) == "In October you showed up on 1 day"
    empty_past = summarize_month([], 2025, 10)
    assert tally_line(empty_past, today=today) == (
        "Nothing written down in October 2025 — a quiet month, and that's fine."
    )
    assert tally_line(summarize_month([], 2026, 12), today=today) == (
        "December is still ahead — nothing to count yet."
    )
    assert tally_line(summarize_month([], 2026, 11), today=today).startswith("A fresh month")
    for month in (october, empty_past):
        assert tally_line(month, today=today, ascii_only=True).isascii()
