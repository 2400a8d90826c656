"""The words a day's check-in is shown with, in the app and from the shell.

The two cards' titles, the questions a done act's card asks, and the gentle
line for a heavy day, with the mood at which it shows: written once, so Today,
`kindness today` and the export say the same thing.
"""

from __future__ import annotations

CARD_TITLES = {"new_thing": "One new thing", "kindness": "One secret kindness"}
"""Each card of the day (by its item kind), as its title reads."""

REFLECTION_QUESTIONS = {
    "how": "How did you do that?",
    "says": "What does that say about you?",
}
"""The two questions a done act's card asks (SPEC §2.1), by the item's attribute."""

ASSESSMENT_QUESTIONS = {
    "worked": "What worked?",
    "in_the_way": "What got in the way?",
}
"""What a new assessment asks per value about the time since the last (SPEC §2.2), by the
rating's attribute."""

REFLECTION_LABELS = {"how": "How", "says": "Says"}
"""Each reflection's short name, where the question itself does not fit (a field's label)."""

LOW_MOOD_MAX = 2
"""The highest mood (0–10) that counts as a heavy day."""

LOW_MOOD_LINE = "Heavy days happen. Something small and kind counts today."
"""Shown under the mood on a heavy day: no advice, just company."""


def is_low_mood(mood: int | None) -> bool:
    """Whether a mood (None when not given) is a heavy day's, for `LOW_MOOD_LINE`."""
    return mood is not None and mood <= LOW_MOOD_MAX
