"""The value wheel, drawn by hand: one slice per value, filled to now, marked at want."""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from rich.segment import Segment
from rich.style import Style
from textual.geometry import Size
from textual.strip import Strip
from textual.widget import Widget

from kindness_tui.core import wheel_geometry as geo
from kindness_tui.core.safe_text import cell_width, graphemes, in_ascii, one_line
from kindness_tui.core.wheel_labels import place_labels

SLICE_STYLES = 6
"""Slices take their colours from this many component classes, in turn."""


class WheelSlice(NamedTuple):
    """What the wheel shows for one value."""

    name: str
    now: int
    want: int
    old_now: int | None = None
    """The now of the assessment being compared with, drawn faintly."""


class ValueWheel(Widget):
    """A pie of values: the fill is where the person is now, the thin arc where they want to be.

    Colour is never the only clue: the selected slice is outlined and its name
    shown in reverse with a marker, and the slices are parted by gaps.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *(f"wheel--slice-{i}" for i in range(SLICE_STYLES)),
        "wheel--selected",
        "wheel--outline",
        "wheel--want",
        "wheel--old",
        "wheel--rim",
        "wheel--label",
        "wheel--label-selected",
    }

    DEFAULT_CSS = """
    ValueWheel {
        width: 1fr;
        height: 1fr;
        min-height: 8;
    }
    ValueWheel > .wheel--slice-0 { color: $primary; }
    ValueWheel > .wheel--slice-1 { color: $accent; }
    ValueWheel > .wheel--slice-2 { color: $success; }
    ValueWheel > .wheel--slice-3 { color: $secondary; }
    ValueWheel > .wheel--slice-4 { color: $warning; }
    ValueWheel > .wheel--slice-5 { color: $text-primary; }
    ValueWheel > .wheel--selected { text-style: bold; }
    ValueWheel > .wheel--outline { color: $foreground; text-style: bold; }
    ValueWheel > .wheel--want { color: $foreground; text-style: bold; }
    ValueWheel > .wheel--old { color: $foreground-muted; text-style: dim; }
    ValueWheel > .wheel--rim { color: $foreground-muted; text-style: dim; }
    ValueWheel > .wheel--label { text-style: none; }
    ValueWheel > .wheel--label-selected { text-style: bold reverse; }
    """

    def __init__(
        self,
        *,
        ascii_only: bool = False,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.ascii_only = ascii_only
        self._slices: tuple[WheelSlice, ...] = ()
        self._selected: int | None = None
        self._lines: list[Strip] | None = None
        self._drawn_for: Size | None = None

    # ------------------------------------------------------------------ data

    @property
    def slices(self) -> tuple[WheelSlice, ...]:
        return self._slices

    @property
    def selected(self) -> int | None:
        return self._selected

    def show(self, slices: list[WheelSlice], selected: int | None) -> None:
        """Draw these slices, with `selected` (an index, or None) highlighted."""
        new = tuple(slices)
        if selected is not None and not 0 <= selected < len(new):
            selected = None
        if new == self._slices and selected == self._selected:
            return
        self._slices = new
        self._selected = selected
        self._lines = None
        self.refresh()

    # ------------------------------------------------------------------ drawing

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._lines = None

    def on_resize(self) -> None:
        self._lines = None

    def render_line(self, y: int) -> Strip:
        if self._lines is None or self._drawn_for != self.size:
            self._lines = self._draw()
            self._drawn_for = self.size
        if 0 <= y < len(self._lines):
            return self._lines[y]
        return Strip.blank(self.size.width, self.rich_style)

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def _draw(self) -> list[Strip]:
        width, height = self.size.width, self.size.height
        base = self.rich_style
        if width < 8 or height < 4 or not self._slices:
            return [Strip.blank(width, base) for _ in range(height)]
        names = [self._shown(s.name) for s in self._slices]
        marked = [self._marked(name, i) for i, name in enumerate(names)]
        layout = geo.wheel_layout(
            width, height, max(map(cell_width, marked)), names_beside=len(marked) > 1
        )
        specs = [geo.SliceSpec(s.now, s.want, s.old_now) for s in self._slices]
        cells = geo.raster(specs, layout, selected=self._selected, ascii_only=self.ascii_only)
        labels = place_labels(marked, layout, ascii_only=self.ascii_only)

        slice_styles = [self._style(f"wheel--slice-{i}") for i in range(SLICE_STYLES)]
        selected_style = self._style("wheel--selected")
        kind_styles = {
            geo.OUTLINE: self._style("wheel--outline"),
            geo.WANT: self._style("wheel--want"),
            geo.OLD: self._style("wheel--old"),
            geo.RIM: self._style("wheel--rim"),
        }
        label_style = self._style("wheel--label")
        label_selected = self._style("wheel--label-selected")

        # Each cell's style, worked out once per slice and kind rather than once per cell.
        fills = [base + slice_styles[i % SLICE_STYLES] for i in range(len(self._slices))]
        if self._selected is not None:
            fills[self._selected] += selected_style
        by_kind = {kind: base + style for kind, style in kind_styles.items()}
        grid: list[list[tuple[str, Style]]] = [
            [
                (cell.char, fills[cell.slice])
                if cell.kind == geo.FILL and cell.slice is not None
                else (cell.char, by_kind.get(cell.kind, base))
                for cell in line
            ]
            for line in cells
        ]
        for label in labels:
            style = base + slice_styles[label.slice % SLICE_STYLES] + label_style
            if label.slice == self._selected:
                style += label_selected
            if 0 <= label.y < height:
                _put(grid[label.y], label.x, label.text, style)
        strips = []
        for row in grid:
            segments = [Segment(char, style) for char, style in row if char]
            strips.append(Strip(Segment.simplify(segments), width))
        return strips

    def _shown(self, name: str) -> str:
        """A name as this terminal can draw it: on one line, in ASCII where it must be."""
        shown = one_line(name, ascii_only=self.ascii_only)
        return in_ascii(shown) if self.ascii_only else shown

    def _marked(self, name: str, index: int) -> str:
        """The selected name carries a marker too, for screens without colour."""
        if index != self._selected:
            return name
        return ("> " if self.ascii_only else "▸ ") + name


def _put(row: list[tuple[str, Style]], x: int, text: str, style: Style) -> None:
    """Write `text` into a row of cells from column `x`, a character as the terminal draws it.

    A letter with its accents fills one cell; a wide character fills two, the second
    left empty ("") so the row still adds up to its width. A wide character that would
    hang over the edge, or a half of one that `text` covers, becomes a space.
    """
    width = len(row)
    for char, cells in graphemes(text):
        if cells == 0:
            continue  # a lone mark with nothing to sit on
        if x >= 0 and x + cells <= width:
            _clear(row, x, cells)
            row[x] = (char, style)
            for k in range(1, cells):
                row[x + k] = ("", style)
        elif 0 <= x < width:
            _clear(row, x, width - x)
            row[x] = (" ", style)
        x += cells


def _clear(row: list[tuple[str, Style]], x: int, cells: int) -> None:
    """Make room for `cells` cells at `x` without leaving half a wide character beside them."""
    if row[x][0] == "" and x > 0:
        row[x - 1] = (" ", row[x - 1][1])  # the left half of a wide character cut here
    end = x + cells
    if end < len(row) and row[end][0] == "":
        row[end] = (" ", row[end][1])  # its right half
