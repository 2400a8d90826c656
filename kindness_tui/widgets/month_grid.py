"""A self-drawn month grid: one cell per day with marks for what was done.

Drawn line by line (`render_line`) so that moving the selection repaints only
the two cells that changed: over SSH every byte counts (SPEC §5, §6). The days
are drawn by seven column widgets rather than one: Textual writes a repainted
line from the left edge of the widget that holds it, so with one widget per
weekday a move writes the two cells and nothing to their left.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import ClassVar

from rich.style import Style
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.style import Style as ContentStyle
from textual.widget import Widget
from textual.widgets import Static

from kindness_tui.core.month_grid import DayMarks, Month, clamp, move_days, move_months
from kindness_tui.widgets.day_column import (
    CELL_HEIGHT,
    LEGEND_WORDS,
    MARK_SYMBOLS,
    DayColumn,
    mark_symbol,
)

MarksProvider = Callable[[int, int], Mapping[dt.date, DayMarks]]
"""Given a year and month, the marks of that month's days (only days with a check-in)."""


def _no_marks(_year: int, _month: int) -> Mapping[dt.date, DayMarks]:
    return {}


class GridMessage(Message):
    """A message from the grid about one day."""

    def __init__(self, grid: MonthGrid, day: dt.date) -> None:
        super().__init__()
        self.grid = grid
        self.day = day
        """The day it is about."""

    @property
    def control(self) -> MonthGrid:
        return self.grid


class MonthGrid(Widget, can_focus=True):
    """A month of days; the cursor is the selected day and can wander across months."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "move(-1)", "Move", key_display="←↑↓→"),
        Binding("right", "move(1)", "Next day", show=False),
        Binding("up", "move(-7)", "Week before", show=False),
        Binding("down", "move(7)", "Week after", show=False),
        Binding("h", "move(-1)", "Day before", show=False),
        Binding("l", "move(1)", "Next day", show=False),
        Binding("k", "move(-7)", "Week before", show=False),
        Binding("j", "move(7)", "Week after", show=False),
        Binding("pageup", "month(-1)", "Month", key_display="PgUp/PgDn"),
        Binding("pagedown", "month(1)", "Next month", show=False),
        Binding("home", "home", "Today"),
        Binding("enter", "open", "Open day"),
    ]
    """
    | Key | Does |
    | :- | :- |
    | left/right, h/l | The day before / after. |
    | up/down, k/j | The same weekday a week before / after. |
    | pageup/pagedown | The same day of the month before / after (clamped to its length). |
    | home | Today. |
    | enter | Open the selected day. |
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "month-grid--weekday",
        "month-grid--day",
        "month-grid--later",
        "month-grid--today",
        "month-grid--cursor",
        "month-grid--new-thing",
        "month-grid--kindness",
        "month-grid--self-kind",
        "month-grid--mood-low",
        "month-grid--mood-mid",
        "month-grid--mood-high",
    }
    """
    | Class | What |
    | :- | :- |
    | `month-grid--weekday` | The weekday names. |
    | `month-grid--day` | A day's number. |
    | `month-grid--later` | A day after today. |
    | `month-grid--today` | Today's number. |
    | `month-grid--cursor` | The selected day (also drawn in brackets, so colour is never needed). |
    | `month-grid--new-thing`, `--kindness`, `--self-kind` | The marks. |
    | `month-grid--mood-low`, `--mood-mid`, `--mood-high` | A soft tint for a day's mood. |
    """

    # Lightened accents: plain $accent falls to red in 16 colours, and nothing here is red.
    DEFAULT_CSS = """
    MonthGrid {
        width: 44;
        height: auto;
        layout: vertical;
    }
    MonthGrid > .month-grid--heading {
        width: 100%;
        height: 1;
        text-align: center;
        text-style: bold;
    }
    MonthGrid > #month-grid-days {
        width: 42;
        height: auto;
        margin: 0 1;
    }
    MonthGrid > .month-grid--legend-line {
        width: 100%;
        height: 1;
        padding: 0 1;
        color: $text-muted;
    }
    MonthGrid > .month-grid--weekday { color: $text-muted; }
    MonthGrid > .month-grid--day { color: $text; }
    MonthGrid > .month-grid--later { color: $text-disabled; }
    MonthGrid > .month-grid--today { text-style: bold underline; color: $accent-lighten-1; }
    MonthGrid > .month-grid--cursor { background: $primary 70%; color: $text; text-style: bold; }
    MonthGrid:focus > .month-grid--cursor { background: $primary; }
    MonthGrid > .month-grid--new-thing { color: $success; }
    MonthGrid > .month-grid--kindness { color: $accent-lighten-1; }
    MonthGrid > .month-grid--self-kind { color: $secondary-lighten-2; }
    MonthGrid > .month-grid--mood-low { background: $foreground 4%; }
    MonthGrid > .month-grid--mood-mid { background: $foreground 7%; }
    MonthGrid > .month-grid--mood-high { background: $foreground 10%; }
    """

    cursor: reactive[dt.date] = reactive(dt.date(2000, 1, 1), always_update=False, repaint=False)
    """The selected day."""
    today: reactive[dt.date] = reactive(dt.date(2000, 1, 1), repaint=True)
    """The logical today: marked in the grid; days after it are drawn faintly."""
    first_weekday: reactive[int] = reactive(0, repaint=True)
    """The weekday a week starts on (Monday = 0, Sunday = 6)."""

    class Highlighted(GridMessage):
        """The selected day changed (`day`)."""

        def __init__(self, grid: MonthGrid, day: dt.date, month_changed: bool) -> None:
            super().__init__(grid, day)
            self.month_changed = month_changed
            """True when the selection moved into another month."""

    class Opened(GridMessage):
        """The person asked to open the selected day (enter)."""

    class EdgeReached(GridMessage):
        """A move would have gone past the days the grid may show (`day`: where it aimed)."""

    def __init__(
        self,
        *,
        today: dt.date,
        first_weekday: int = 0,
        marks: MarksProvider = _no_marks,
        earliest: dt.date = dt.date.min,
        latest: dt.date = dt.date.max,
        ascii_only: bool = False,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.marks_provider = marks
        """Where the marks of a month come from (the screen caches the check-ins)."""
        self.earliest = earliest
        """The first day the cursor may reach."""
        self.latest = latest
        """The last day the cursor may reach."""
        self.ascii_only = ascii_only
        self._marks: Mapping[dt.date, DayMarks] = {}
        self._month = Month.of(today, first_weekday)
        self.set_reactive(MonthGrid.today, today)
        self.set_reactive(MonthGrid.first_weekday, first_weekday)
        self.set_reactive(MonthGrid.cursor, clamp(today, earliest, latest))
        self._month = Month.of(self.cursor, first_weekday)
        self._chosen_day = self.cursor.day
        """The day of the month the person chose: PageUp/PageDown keep it through short
        months (clamping only where a month is too short for it)."""
        self._by_month = False
        self._without_ground: dict[str, tuple[Style, Style]] = {}
        """style_of's answers, by component, with the component style each came from."""

    # ------------------------------------------------------------------ state

    @property
    def month(self) -> Month:
        """The month on show."""
        return self._month

    @property
    def marks(self) -> Mapping[dt.date, DayMarks]:
        """The marks of the month on show, by day."""
        return self._marks

    def compose(self) -> ComposeResult:
        yield Static(classes="month-grid--heading")
        with Horizontal(id="month-grid-days"):
            for column in range(7):
                yield DayColumn(self, column)
        yield Static(classes="month-grid--legend-line")

    def on_mount(self) -> None:
        self._read()
        self._draw()

    def _columns(self) -> list[DayColumn]:
        return list(self.query(DayColumn))

    def reload(self) -> None:
        """Read the marks of the month on show again and redraw all of it."""
        self._read()
        if self.is_mounted:  # before, on_mount draws it
            self._draw()

    def _read(self) -> None:
        self._month = Month.of(self.cursor, self.first_weekday)
        self._marks = self.marks_provider(self._month.year, self._month.month)

    def _draw(self) -> None:
        """The month on show: its title, its rows and its days."""
        self.query_one(".month-grid--heading", Static).update(self._month.title)
        # Five-week months (most of them) give their sixth line pair to the summary below.
        height = 1 + len(self._month.weeks) * CELL_HEIGHT
        for column in self._columns():
            if column.styles.height is None or column.styles.height.value != height:
                column.styles.height = height
        self.query_one(".month-grid--legend-line", Static).update(self._legend())
        self.refresh()
        for column in self._columns():
            column.refresh()

    def watch_first_weekday(self) -> None:
        if self.is_mounted:
            self.reload()

    def watch_today(self) -> None:
        if self.is_mounted:
            self.reload()

    def watch_cursor(self, old: dt.date, new: dt.date) -> None:
        if not self._by_month:
            self._chosen_day = new.day
        month_changed = not self._month.contains(new)
        if month_changed:
            self.reload()
        elif self.is_mounted:
            self._refresh_cell(old)
            self._refresh_cell(new)
        self.post_message(self.Highlighted(self, new, month_changed))

    def _refresh_cell(self, day: dt.date) -> None:
        row, column = self._month.position(day)
        self._columns()[column].refresh_row(row)

    def select(self, day: dt.date) -> bool:
        """Move the cursor to `day` if it lies within the grid's bounds; False if not."""
        if not self.earliest <= day <= self.latest:
            self.post_message(self.EdgeReached(self, day))
            return False
        self.cursor = day
        return True

    # ------------------------------------------------------------------ actions

    def action_move(self, days: int) -> None:
        self.select(move_days(self.cursor, days))

    def action_month(self, months: int) -> None:
        wanted = move_months(self.cursor, months, self._chosen_day)
        if wanted < self.earliest and self.cursor.replace(day=1) > self.earliest:
            wanted = self.earliest  # the first month of the journal, even mid-month
        elif wanted > self.latest and self.cursor < self.latest.replace(day=1):
            wanted = self.latest
        self._by_month = True
        try:
            self.select(wanted)
        finally:
            self._by_month = False

    def action_home(self) -> None:
        self.select(clamp(self.today, self.earliest, self.latest))

    def action_open(self) -> None:
        self.post_message(self.Opened(self, self.cursor))

    # ------------------------------------------------------------------ drawing

    def style_of(self, name: str) -> Style:
        """A component's colour and text style, without its background (so tints show through)."""
        full = self.get_component_rich_style(name)  # cached by Textual until a restyle
        known = self._without_ground.get(name)
        if known is not None and known[0] is full:
            return known[1]
        style = full.without_color + Style(color=full.color)
        self._without_ground[name] = (full, style)
        return style

    def ground_of(self, name: str) -> Style:
        """A component's whole style, background included (blended as the CSS says)."""
        return self.get_component_rich_style(name)

    def _legend(self) -> Content:
        parts: list[str | tuple[str, ContentStyle]] = []
        for index, kind in enumerate(MARK_SYMBOLS):
            if index:
                parts.append("  ")
            rich_style = self.style_of("month-grid--" + kind.replace("_", "-"))
            style = ContentStyle.from_rich_style(rich_style)
            parts.append((mark_symbol(kind, self.ascii_only), style))
            parts.append(" " + LEGEND_WORDS[kind])
        return Content.assemble(*parts)
