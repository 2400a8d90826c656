"""The Values screen's parts: the side with the table and the details, the details'
scroll, how wide they get, and the screen's palette commands (see `values`)."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll

from kindness_tui.widgets.values_table import ValuesTable

SIDE_MIN = 32
"""The narrowest the table and details get (at 80 columns, 40% of the screen is more)."""
SIDE_MAX = 64
"""The widest they get: a 40-cell name, the numbers and the change, with room to spare."""
WHEEL_MIN = 38
"""Cells the wheel keeps however long the names are: a readable wheel, short names beside."""
DETAILS_MIN = 5
"""Rows the details keep below the table (its rule and four lines), however many values."""


class ValuesSide(Vertical):
    """The table and the details under it: the table as tall as its rows, while the details
    keep at least `DETAILS_MIN` rows; past that the table scrolls to the selected row."""

    def on_resize(self, event: events.Resize) -> None:
        table = self.query_one(ValuesTable)
        table.styles.max_height = max(4, event.size.height - DETAILS_MIN)


class ValueDetails(VerticalScroll, inherit_bindings=False):
    """The selected value's details, whole: `d` (or tab) comes in to read them, up and down
    scroll, `d` or escape goes back to the table.

    Only the keys that scroll up and down, and they keep to that even when all of it
    shows (Textual's would pick the next value then); left and right pick a value.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "read(-1)", "Scroll up", show=False),
        Binding("down", "read(1)", "Scroll down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home", "scroll_home", "Top", show=False),
        Binding("end", "scroll_end", "Bottom", show=False),
        Binding("escape", "leave", "Back", show=False),
    ]

    def action_read(self, lines: int) -> None:
        self.scroll_relative(y=lines, animate=False)

    def action_leave(self) -> None:
        self.screen.set_focus(None)


VALUES_COMMANDS: tuple[tuple[str, str, str] | tuple[str, str, str, int], ...] = (
    ("Add a value", "A new slice on your wheel (a)", "add"),
    ("Edit the value",
     "Name, meaning, area, steps, challenges of the selected value (enter)", "edit"),
    ("Archive the value",
     "Take the selected value off the wheel, kept in your history (x)", "archive"),
    ("Raise now", "Where you are now with the selected value, one up (+)", "now", 1),
    ("Lower now", "Where you are now with the selected value, one down (-)", "now", -1),
    ("Raise want", "Where you want to be with the selected value, one up (>)", "want", 1),
    ("Lower want", "Where you want to be with the selected value, one down (<)", "want", -1),
    ("Read the details", "All of the selected value's details, to scroll (d)", "details"),
    ("New assessment", "Rate your values again, dated today (n)", "new_assessment"),
    ("Compare assessments", "See what changed since an earlier one (p)", "compare"),
    ("Find your values", "Common values, or someone who shaped you (f)", "find"),
    ("Who I am card", "Your values on a small card (w)", "card"),
)  # fmt: skip
"""The palette's commands on Values: title, what it does (with its key), the action and its
argument."""
