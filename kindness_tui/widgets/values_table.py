"""The table beside the value wheel: a header and one row per value, drawn line by line.

It draws the cells it is given (Rich `Text`s, already fitted to their columns) and the
row it is told is selected, and says which row was clicked; the screen decides what
that selects. Self-drawn rather than a `DataTable`, which cost about a fifth of the
Values screen's first visit (its import, its CSS, and Rich laying out each cell) for a
table that never takes the focus, never sorts and never edits.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import ClassVar, NamedTuple

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Region, Size, Spacing
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip


class Column(NamedTuple):
    """One column: its heading (right-aligned if its `justify` says so) and how many
    cells wide it is."""

    label: Text
    width: int


class ValuesTable(ScrollView, can_focus=False):
    """A header, then one row per value with the selected one shown as the cursor.

    As tall as its rows unless its max-height says otherwise; then it scrolls to keep
    the selected row in view, the header staying on top.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "values-table--header",
        "values-table--cursor",
        "values-table--hover",
    }

    DEFAULT_CSS = """
    ValuesTable {
        background: $surface;
        color: $foreground;
        height: auto;
        max-height: 100%;
        & > .values-table--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        &:ansi > .values-table--header {
            background: ansi_bright_blue;
            color: ansi_default;
        }
        & > .values-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
        & > .values-table--hover {
            background: $block-hover-background;
        }
    }
    """

    class Clicked(Message):
        """A row was clicked: the screen may select its value."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index
            """The row clicked, counted from 0 under the header."""

    def __init__(self, *, name: str | None = None, id: str | None = None) -> None:
        super().__init__(name=name, id=id)
        self._columns: list[Column] = []
        self._rows: list[list[Text]] = []
        self._cursor: int | None = None
        self._hover: int | None = None

    # ------------------------------------------------------------------ what is shown

    @property
    def headers(self) -> list[str]:
        """The columns' headings as shown, without the spaces around them."""
        return [column.label.plain.strip() for column in self._columns]

    @property
    def column_widths(self) -> list[int]:
        """Each column's width in terminal cells."""
        return [column.width for column in self._columns]

    @property
    def rows(self) -> list[list[str]]:
        """Each row's cells as shown (as plain text)."""
        return [[cell.plain for cell in row] for row in self._rows]

    @property
    def cursor(self) -> int | None:
        """The row shown as selected, if any."""
        return self._cursor

    @property
    def hovered(self) -> int | None:
        """The row tinted as under the mouse, if any."""
        return self._hover

    def show(
        self, columns: Sequence[Column], rows: Sequence[Sequence[Text]], cursor: int | None
    ) -> None:
        """Draw these columns and rows, `cursor` the selected row (kept in view)."""
        cursor = cursor if cursor is not None and 0 <= cursor < len(rows) else None
        same = _drawn(columns, rows) == _drawn(self._columns, self._rows)
        old_cursor, self._cursor = self._cursor, cursor
        if cursor != old_cursor:
            # The selection moved on (keys, or a click): the mouse's tint waits until it
            # moves again, as DataTable's did, so one row never looks chosen beside another.
            self._set_hover(None)
        if same:
            self._refresh_rows(old_cursor, cursor)
        else:
            self._columns = list(columns)
            self._rows = [list(row) for row in rows]
            width = sum(column.width for column in self._columns)
            self.virtual_size = Size(width, len(self._rows) + 1)  # a new size lays out again
            self.refresh()
        if cursor is not None:
            self.call_after_refresh(self._scroll_to_cursor)

    def _refresh_rows(self, *indexes: int | None) -> None:
        """Repaint these rows only (the header is line 0)."""
        for index in set(indexes):
            if index is not None:
                self.refresh_line(index + 1)

    def _scroll_to_cursor(self) -> None:
        if self._cursor is None:
            return
        row = Region(0, self._cursor + 1, self.size.width, 1)
        self.scroll_to_region(row, spacing=Spacing(top=1), animate=False, force=True)

    # ------------------------------------------------------------------ drawing

    def render_line(self, y: int) -> Strip:
        base = self.rich_style
        width = self.size.width
        if y == 0:
            cells = [column.label for column in self._columns]
            row_style = self.get_component_rich_style("values-table--header")
            return self._line(-1, cells, row_style, Style(), base, width)
        index = y - 1 + round(self.scroll_y)
        if index >= len(self._rows):
            return Strip.blank(width, base)
        component = Style()
        if index == self._hover:
            component += self.get_component_rich_style("values-table--hover")
        if index == self._cursor:
            component += self.get_component_rich_style("values-table--cursor")
        return self._line(index, self._rows[index], base, component, base, width)

    def _line(
        self,
        row: int,
        cells: Sequence[Text],
        row_style: Style,
        component: Style,
        base: Style,
        width: int,
    ) -> Strip:
        """One line of cells, as `DataTable` drew it: the row's style under each cell's
        own, the cursor's colours over both, and the rest of the line in the row's style."""
        console = self.app.console
        over = Style.from_color(component.color, component.bgcolor)
        under = row_style + component
        segments: list[Segment] = []
        for x, (cell, column) in enumerate(zip(cells, self._columns, strict=False)):
            room = column.width - cell.cell_len
            if room > 0 and cell.justify == "right":
                cell = cell.copy()
                cell.pad_left(room)
            own = console.get_style(cell.style, default=Style.null())
            # `render` leaves a Text's own style off when it has no spans
            drawn = Strip(Segment.apply_style(cell.render(console, end=""), own))
            drawn = drawn.adjust_cell_length(column.width)
            segments.extend(Segment.apply_style(drawn, under + _cell_meta(row, x), over))
        left = width - sum(column.width for column in self._columns)
        if left > 0:
            segments.append(Segment(" " * left, under + _cell_meta(row, len(cells))))
        return Strip(segments).adjust_cell_length(width, base)

    # ------------------------------------------------------------------ the mouse

    def _row_at(self, y: int) -> int | None:
        index = y - 1 + round(self.scroll_y)
        return index if y >= 1 and 0 <= index < len(self._rows) else None

    def _set_hover(self, index: int | None) -> None:
        if index != self._hover:
            self._refresh_rows(self._hover, index)
            self._hover = index

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._set_hover(self._row_at(event.y))

    def on_leave(self) -> None:
        self._set_hover(None)

    def on_click(self, event: events.Click) -> None:
        index = self._row_at(event.y)
        if index is not None:
            event.stop()
            self.post_message(self.Clicked(index))


@lru_cache(maxsize=256)
def _cell_meta(row: int, column: int) -> Style:
    """A cell's place, as DataTable marked it. Besides saying where the mouse is, it keeps
    each cell its own segments: Textual joins neighbours of one style before they are
    sent, and a snapshot SVG then lays a wide character out as one cell (the cells after
    it drawn to the left of where the terminal shows them)."""
    return Style.from_meta({"row": row, "column": column})


def _drawn(columns: Sequence[Column], rows: Sequence[Sequence[Text]]) -> object:
    """What decides how the cells look (a `Text` compares equal whatever its style)."""
    return (
        [(column.label.plain, column.width) for column in columns],
        [[(cell.plain, str(cell.style), cell.spans) for cell in row] for row in rows],
    )
