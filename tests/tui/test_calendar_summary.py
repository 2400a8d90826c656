"""The calendar's summary and day panel text: only what was done, stored text shown safely."""

from __future__ import annotations

import datetime as dt

import pytest

from kindness_tui.core.checkin import CheckIn, Item
from kindness_tui.core.models import Value
from kindness_tui.core.month_summary import summarize_month
from kindness_tui.screens.calendar_summary import mood_line, served_line, summary_content
from kindness_tui.widgets.month_day import day_content

TODAY = dt.date(2026, 11, 26)
CURIOSITY = Value("v-1", "Curiosity", created="2026-10-01")
CARE = Value("v-2", "Care", created="2026-10-01")
COURAGE = Value("v-3", "Courage", created="2026-10-01")
NAMES = {"v-1": "Curiosity", "v-2": "Care", "v-3": "Courage"}

NOVEMBER = [
    CheckIn("2026-11-02", new_thing=Item("tea", "v-1", True), mood=4),
    CheckIn("2026-11-23", kindness=Item("plants", "v-2", True), mood=8),
    CheckIn("2026-11-09", new_thing=Item("bus", "v-1", True), kindness=Item("x", "v-2", False)),
    CheckIn("2026-11-20", new_thing=Item("climb", "v-1", True), mood=6),
]


def show(year: int, month: int, checkins: list[CheckIn], ascii_only: bool = False) -> str:
    return summary_content(
        year, month, checkins, recent=checkins, values=[CURIOSITY, CARE, COURAGE],
        names=NAMES, today=TODAY, ascii_only=ascii_only,
    ).plain


def test_a_month_with_data_counts_what_was_done() -> None:
    text = show(2026, 11, NOVEMBER)
    lines = text.splitlines()
    assert lines[0] == (
        "You showed up on 4 days this month · 1 secret kindness · 3 new things"
    )
    assert lines[1] == "Mood 6.0 on average  ▄▅▇"
    assert lines[2] == "Values served: Curiosity 3 · Care 1"
    assert lines[3].startswith("Courage has been quiet lately")


@pytest.mark.parametrize(
    ("month", "words"),
    [
        (9, "Nothing written down in September — a quiet month, and that's fine."),
        (11, "A fresh month — nothing to count yet, and that's fine."),
    ],
    ids=["past", "this month"],
)
def test_an_empty_month_is_calm(month: int, words: str) -> None:
    text = show(2026, month, [])
    assert text.splitlines()[0] == words
    assert "0" not in text and "missed" not in text


def test_quiet_values_only_under_the_current_month() -> None:
    october = [CheckIn("2026-10-05", new_thing=Item("a", "v-1", True))]
    assert "quiet lately" not in show(2026, 10, october)


def test_one_mood_has_no_trend_and_ascii_has_no_dots() -> None:
    one = summarize_month([CheckIn("2026-11-02", mood=7)], 2026, 11)
    assert mood_line(one) == "Mood 7.0 on average"
    assert mood_line(summarize_month([], 2026, 11)) is None
    text = show(2026, 11, NOVEMBER, ascii_only=True)
    assert "·" not in text and "—" not in text
    assert text.isascii()


def test_served_names_are_shown_safely() -> None:
    summary = summarize_month([CheckIn("2026-11-02", new_thing=Item("a", "v-9", True))], 2026, 11)
    assert served_line(summary, {"v-9": "[b]Bold\x1b[2J"}) == "Values served: [b]Bold␛[2J 1"
    assert served_line(summary, {}) == "Values served: a value no longer kept 1"
    assert served_line(summarize_month([], 2026, 11), NAMES) is None


def test_day_panel_for_past_today_and_later_days() -> None:
    past = day_content(dt.date(2026, 11, 20), None, today=TODAY, names=NAMES).plain
    assert past.startswith("Friday, 20 November\n")
    assert "Nothing written down" in past
    today = day_content(TODAY, None, today=TODAY, names=NAMES).plain
    assert today.startswith("Thursday, 26 November · today")
    later = day_content(dt.date(2027, 1, 2), None, today=TODAY, names=NAMES).plain
    assert later.startswith("Saturday, 2 January 2027")
    assert "still ahead" in later


def test_day_panel_counts_done_and_names_plans_gently() -> None:
    checkin = CheckIn(
        "2026-11-09",
        new_thing=Item("a bus route\x1b[31m", "v-1", True),
        kindness=Item("a note", "v-2", False),
        note="line one\nline two",
    )
    text = day_content(dt.date(2026, 11, 9), checkin, today=TODAY, names=NAMES).plain
    assert "✦ New thing · Curiosity\na bus route␛[31m\n" in text
    assert "Secret kindness (planned) · Care" in text
    assert "line one\nline two" in text
    assert "Values served: Curiosity\n" in text  # a plan serves nothing yet
    ascii_text = day_content(
        dt.date(2026, 11, 9), checkin, today=TODAY, names=NAMES, ascii_only=True
    ).plain
    assert "+ New thing" in ascii_text and "^[" in ascii_text


def test_day_panel_shows_the_reflections_safely() -> None:
    checkin = CheckIn(
        "2026-11-09",
        new_thing=Item("a bus route", "v-1", True, how="asked the driver", says="I am brave"),
        kindness=Item("a note", "v-2", True, says="[b]kind[/b]\x1b[2J"),
    )
    text = day_content(dt.date(2026, 11, 9), checkin, today=TODAY, names=NAMES).plain
    assert "a bus route\nHow did you do that? asked the driver\n" in text
    assert "What does that say about you? I am brave\n" in text
    assert "What does that say about you? [b]kind[/b]␛[2J\n" in text
    assert text.count("How did you do that?") == 1  # an unanswered question is not shown
