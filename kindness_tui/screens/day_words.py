"""What a day's screen says around its form: the value of the day, the ideas, the tally.

Computed by `core.today_view`, as `kindness today`'s words are; each piece is read again
only when it can have changed (see DayFormScreen).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING

from rich.text import Text

from kindness_tui.widgets.shown import line

if TYPE_CHECKING:
    from kindness_tui.data.store import Store

NO_VALUES_LINE = (
    "No values on your wheel yet. When you feel like it, F3 opens the value wheel "
    "to find a few; today works fine without them."
)


def value_of_the_day_text(store: Store, day: dt.date, *, ascii_only: bool) -> Text:
    from kindness_tui.core.today_view import pick_value

    pick = pick_value(store.values(), store.current_assessment(), day)
    if pick is None:
        return Text(NO_VALUES_LINE)
    text = Text("Value of the day: ", style="bold")
    text.append(line(pick.value.name, "bold italic"))
    text.append(f"{' - ' if ascii_only else ' · '}{pick.why(ascii_only=ascii_only)}")
    return text


def ideas_for(store: Store, day: dt.date, offsets: Mapping[str, int]) -> dict[str, str]:
    """Each card's suggestion for `day`, moved on by `offsets` (one for each ctrl+r)."""
    from kindness_tui.core.today_view import day_ideas, pick_value

    pick = pick_value(store.values(), store.current_assessment(), day)
    ideas = day_ideas(day, pick, store.ideas(), offsets, added=store.ideas_added())
    return {kind: idea.text for kind, idea in ideas.items()}


def tally_text(store: Store, day: dt.date, *, ascii_only: bool) -> Text:
    from kindness_tui.core.today_view import month_so_far, tally

    return Text(tally(day, store.checkins(*month_so_far(day)), ascii_only=ascii_only))
