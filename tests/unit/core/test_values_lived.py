"""Values lived (SPEC §2.2): done acts per value in the last 30 days, counted gently."""

from __future__ import annotations

import datetime as dt

from kindness_tui.core.checkin import CheckIn, Item
from kindness_tui.core.values_lived import WAITING, lived_counts, lived_short, lived_words

TODAY = dt.date(2026, 11, 26)


def day(offset: int, new: Item | None = None, kind: Item | None = None) -> CheckIn:
    return CheckIn((TODAY - dt.timedelta(days=offset)).isoformat(), new, kind)


def test_only_done_acts_in_the_last_30_days_count() -> None:
    checkins = [
        day(30, Item("too old", "v-a", True)),
        day(29, Item("first day in", "v-a", True)),
        day(3, Item("planned", "v-a", False), Item("done", "v-b", True)),
        day(0, Item("both", "v-a", True), Item("both", "v-a", True)),
        day(-1, Item("after today", "v-a", True)),
        day(1, Item("no value", None, True)),
    ]
    assert lived_counts(checkins, TODAY) == {"v-a": 3, "v-b": 1}


def test_the_window_can_be_shorter() -> None:
    checkins = [day(7, Item("a week ago", "v-a", True)), day(6, Item("six", "v-a", True))]
    assert lived_counts(checkins, TODAY, days=7) == {"v-a": 1}
    assert lived_counts([], TODAY) == {}


def test_the_words_are_gentle() -> None:
    assert lived_words(0) == WAITING == "waiting for a turn"
    assert lived_words(1) == "lived once"
    assert lived_words(4) == "lived 4 times"
    assert lived_short(0) == "a turn soon"
    assert lived_short(2) == "2"
    for n in range(3):
        for words in (lived_words(n), lived_short(n)):
            assert "neglect" not in words and "never" not in words and "0" not in words
