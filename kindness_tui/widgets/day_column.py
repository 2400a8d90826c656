"""One weekday's column of the month grid, and the marks drawn in its cells.

The grid is drawn by seven of these (see `month_grid`): Textual writes a repainted
line from the left edge of the widget that holds it, so with one widget per weekday
a move of the cursor writes the two cells that changed and nothing to their left.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Protocol, Self

from rich.segment import Segment
from rich.style import Style
from textual.events import Click
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

from kindness_tui.core.month_grid import ROWS, DayMarks, Month, mood_band, weekday_names

CELL_WIDTH = 6
"""Each day is six cells wide: "[ 26 ]" when selected."""
CELL_HEIGHT = 2
"""A line for the day's number and one for its marks."""

MARK_SYMBOLS: dict[str, tuple[str, str]] = {
    "new_thing": ("✦", "+"),
    "kindness": ("♥", "*"),
    "self_kind": ("○", "o"),
}
"""The mark for each kind of act: (unicode, ascii)."""

LEGEND_WORDS: dict[str, str] = {
    "new_thing": "new thing",
    "kindness": "kindness",
    "self_kind": "to yourself",
}


def mark_symbol(kind: str, ascii_only: bool = False) -> str:
    unicode, ascii = MARK_SYMBOLS[kind]
    return ascii if ascii_only else unicode


class Grid(Protocol):
    """What a column reads from the grid that holds it (`MonthGrid`)."""

    cursor: dt.date
    today: dt.date
    first_weekday: int
    ascii_only: bool

    @property
    def month(self) -> Month: ...

    @property
    def marks(self) -> Mapping[dt.date, DayMarks]: ...

    def style_of(self, name: str) -> Style: ...

    def ground_of(self, name: str) -> Style: ...

    def focus(self, scroll_visible: bool = True) -> object: ...

    def select(self, day: dt.date) -> bool: ...


class DayColumn(Widget):
    """One weekday's column of the grid: its name and its (up to six) days."""

    DEFAULT_CSS = f"""
    DayColumn {{
        width: {CELL_WIDTH};
        height: {1 + ROWS * CELL_HEIGHT};
    }}
    """

    def __init__(self, grid: Grid, column: int) -> None:
        super().__init__()
        self.grid = grid
        """The grid that holds the state and the component styles."""
        self.column = column
        """0 for the first weekday of the week."""
        self._base: Style | None = None

    @property
    def base_style(self) -> Style:
        """The column's own style (its ancestors' colours), worked out once per repaint.

        Textual walks every ancestor for `rich_style`; asked twice a line, that was
        three quarters of drawing the grid (about 16 ms of a first F4).
        """
        if self._base is None:
            self._base = self.rich_style
        return self._base

    def notify_style_update(self) -> None:
        self._base = None
        super().notify_style_update()

    def refresh(
        self,
        *regions: Region,
        repaint: bool = True,
        layout: bool = False,
        recompose: bool = False,
    ) -> Self:
        if repaint:
            self._base = None
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)

    def refresh_row(self, row: int) -> None:
        """Repaint one day's cell only."""
        self.refresh(Region(0, 1 + row * CELL_HEIGHT, CELL_WIDTH, CELL_HEIGHT))

    def on_click(self, event: Click) -> None:
        row = (event.y - 1) // CELL_HEIGHT
        day = self.grid.month.day_at(row, self.column) if event.y >= 1 else None
        if day is not None:
            self.grid.focus()
            self.grid.select(day)

    def render_line(self, y: int) -> Strip:
        grid = self.grid
        base = self.base_style
        if y == 0:
            name = weekday_names(grid.first_weekday)[self.column]
            segments = [Segment(f"  {name}  ", base + grid.style_of("month-grid--weekday"))]
        elif y <= ROWS * CELL_HEIGHT:
            row, part = divmod(y - 1, CELL_HEIGHT)
            segments = self._cell(grid.month.day_at(row, self.column), part)
        else:
            return Strip.blank(self.size.width, base)
        # One run per style: a repainted cell then costs a single colour sequence, not five.
        return Strip(segments).adjust_cell_length(self.size.width, base).simplify()

    def _cell(self, day: dt.date | None, part: int) -> list[Segment]:
        """One line (`part` 0: the number, 1: the marks) of one day's cell, CELL_WIDTH wide."""
        grid = self.grid
        base = self.base_style
        if day is None:
            return [Segment(" " * CELL_WIDTH, base)]
        marks = grid.marks.get(day)
        selected = day == grid.cursor
        ground = base
        band = mood_band(marks.mood) if marks else None
        if band:
            ground = base + grid.ground_of(f"month-grid--mood-{band}")
        if selected:
            ground = base + grid.ground_of("month-grid--cursor")
        if part == 0:
            if day == grid.today:
                number_style = ground + grid.style_of("month-grid--today")
            elif day > grid.today:
                number_style = ground + grid.style_of("month-grid--later")
            else:
                number_style = ground + grid.style_of("month-grid--day")
            if selected:
                number_style += grid.style_of("month-grid--cursor")
            left, right = ("[ ", " ]") if selected else ("  ", "  ")
            return [
                Segment(left, ground),
                Segment(f"{day.day:>2}", number_style),
                Segment(right, ground),
            ]
        segments = [Segment(" ", ground)]
        for kind in MARK_SYMBOLS:
            if marks and getattr(marks, kind):
                # On the cursor a mark takes the cursor's colour, so it never vanishes into it.
                style = (
                    ground
                    if selected
                    else ground + grid.style_of("month-grid--" + kind.replace("_", "-"))
                )
                segments.append(Segment(mark_symbol(kind, grid.ascii_only), style))
            else:
                segments.append(Segment(" ", ground))
        segments.append(Segment("  ", ground))
        return segments
