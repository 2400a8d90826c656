"""The low-mood line shows for a heavy day only; the start's garbage-collector pause."""

from __future__ import annotations

import gc

from kindness_tui.core.checkin_words import LOW_MOOD_MAX, is_low_mood
from kindness_tui.core.start_collector import pause_for_start, resume_after_start


def test_a_heavy_day_is_a_mood_of_two_or_less() -> None:
    assert LOW_MOOD_MAX == 2
    assert [is_low_mood(mood) for mood in (0, 1, 2, 3, 10)] == [True, True, True, False, False]
    assert not is_low_mood(None)


def test_the_collector_is_paused_for_the_start_and_back_after() -> None:
    try:
        pause_for_start()
        assert not gc.isenabled()
        resume_after_start()
        assert gc.isenabled()
        resume_after_start()  # twice does no harm
        assert gc.isenabled()
    finally:
        gc.enable()
