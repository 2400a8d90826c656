"""What the "Who I am" card takes from the days: recent "says" answers and values lived.

One home for the text card's extras, for `kindness card` and the card on the Values screen.
"""

from __future__ import annotations

import datetime as dt
from typing import TypedDict

from kindness_tui.core.card_svg import recent_says
from kindness_tui.core.values_lived import LIVED_DAYS, lived_counts
from kindness_tui.data.store import Store


class CardExtras(TypedDict):
    """`who_i_am_card`'s keyword arguments drawn from the check-ins."""

    says: list[str]
    lived: dict[str, int]


def card_extras(store: Store, today: dt.date) -> CardExtras:
    """The newest "What does that say about you?" answers, and done acts per value lately."""
    recent = store.checkins(today - dt.timedelta(days=LIVED_DAYS - 1), today)
    return {"says": recent_says(store.checkins()), "lived": lived_counts(recent, today)}
