"""The value wheel as geometry: slices, radii, dots and where the names go.

Pure arithmetic, no Textual: the widget asks for a raster of cells (each a
character and what it shows) and a list of label placements, and only adds
colour. Angles and ratings as radii are in `wheel_angles`, the characters
drawn in `wheel_glyphs`.

A terminal cell is about twice as tall as it is wide, so distances are
measured in *rows*: a column is half a row wide (`CELL_ASPECT`). Braille dots
(2 across, 4 down in a cell) are then square, and the wheel comes out round.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from kindness_tui.core import wheel_glyphs as glyphs
from kindness_tui.core.wheel_angles import TAU, now_fraction, want_fraction

CELL_ASPECT = 2.0
"""How many times taller than wide a terminal cell is (close enough everywhere)."""

RING_HALF_WIDTH = 0.17
"""Half the thickness of a drawn ring, in rows: one braille dot."""

GAP_HALF_WIDTH = 0.16
"""Half the width of the empty line between two filled slices, in rows."""

MIN_RADIUS = 2.5
"""The smallest wheel worth drawing, in rows."""

# Cell kinds, in the order they win when a cell holds dots of several kinds.
FILL = "fill"
"""Part of a slice's fill: where the person is now."""
OUTLINE = "outline"
"""The selected slice's outline."""
WANT = "want"
"""The mark showing where the person wants to be."""
OLD = "old"
"""An earlier assessment's now, when comparing."""
RIM = "rim"
"""The faint outer rim (a rating of 10) and the hub."""
EMPTY = "empty"
KIND_ORDER = (FILL, OUTLINE, WANT, OLD, RIM)


# ---------------------------------------------------------------- layout


class SliceSpec(NamedTuple):
    """What one slice shows."""

    now: int
    want: int
    old_now: int | None = None
    """The now of an earlier assessment (when comparing), drawn faintly."""


class WheelLayout(NamedTuple):
    """Where the wheel sits in a area of `width` × `height` cells."""

    width: int
    height: int
    cx: float
    """Centre, in columns from the left edge."""
    cy: float
    """Centre, in rows from the top edge."""
    radius: float
    """The rim's radius, in rows (in columns it is `CELL_ASPECT` times more)."""
    label_width: int
    """The longest a name may be beside the wheel."""


def wheel_layout(
    width: int, height: int, longest_label: int, *, names_beside: bool = True
) -> WheelLayout:
    """Fit a round wheel and its names into `width` × `height` cells.

    Names go left and right of the wheel, so the wheel gets what the names
    leave over; long names are shortened rather than the wheel shrunk below
    a readable size. A lone value's name goes below (`names_beside=False`).
    `longest_label` is the widest name in terminal cells (`safe_text.cell_width`).
    """
    label_width = max(4, longest_label) if names_beside else -2
    room = (height - 2) / 2
    side_room = (width - 2 * (label_width + 3)) / (2 * CELL_ASPECT)
    wanted = max(MIN_RADIUS, min(room, 6.0))
    if side_room < wanted:
        label_width = max(4, int((width - 2 * CELL_ASPECT * wanted) / 2) - 3)
        side_room = (width - 2 * (label_width + 3)) / (2 * CELL_ASPECT)
    radius = max(1.0, min(room, side_room))
    return WheelLayout(
        width=width,
        height=height,
        cx=width / 2,
        cy=height / 2,
        radius=radius,
        label_width=label_width,
    )


# ---------------------------------------------------------------- raster


class Cell(NamedTuple):
    """One terminal cell of the drawing: its character, what it shows, and whose it is.

    The wheel's records are named tuples, not frozen dataclasses: a drawing makes some
    700 cells (a frozen dataclass sets each field through `object.__setattr__`), and a
    dataclass takes about 0.7 ms to define, paid on the Values screen's first visit.
    """

    char: str
    kind: str = EMPTY
    slice: int | None = None


_BLANK = Cell(" ")


class _Points:
    """What each point of one wheel shows: the slices' radii are worked out once per
    drawing, and each point's angle and distance once, not once per question (a wheel
    asks about some 5,000 points)."""

    def __init__(
        self,
        slices: list[SliceSpec],
        radius: float,
        selected: int | None,
        gap: float,
        ring: float,
        fine: bool = True,
    ) -> None:
        self.count = len(slices)
        self.radius = radius
        self.selected = selected
        self.gap = gap
        self.ring = ring
        self.fine = fine
        self.outer = radius + ring
        self.want_r = [want_fraction(spec.want) * radius for spec in slices]
        self.old_r = [
            None if spec.old_now is None else now_fraction(spec.old_now) * radius for spec in slices
        ]
        self.now_r = [now_fraction(spec.now) * radius for spec in slices]

    def kind(self, dx: float, dy: float, r: float | None = None) -> tuple[str | None, int]:
        """What a point at (dx, dy) rows from the centre shows, and its slice (`r`, its
        distance from the centre, when the caller has it already).

        The arithmetic is `wheel_angles`' (`slice_at`, `distance_to_edge`), step by step.
        """
        if r is None:
            r = math.hypot(dx, dy)
        if r > self.outer:
            return None, -1
        count, ring = self.count, self.ring
        step = TAU / count
        angle = math.atan2(dx, -dy) % TAU
        index = min(int(angle / step), count - 1)
        if count < 2:
            edge = math.inf
        else:
            offset = angle % step
            nearest = min(offset, step - offset)
            edge = r if nearest >= math.pi / 2 else r * math.sin(nearest)
        on_rim = abs(r - self.radius) <= ring
        on_edge = self.fine and count > 1 and edge <= ring * 0.9
        if self.selected == index and (on_rim or on_edge):
            return OUTLINE, index
        old_r = self.old_r[index]
        on_want = abs(r - self.want_r[index]) <= ring
        on_old = old_r is not None and abs(r - old_r) <= ring
        gap = self.gap
        in_fill = r <= self.now_r[index] and edge > gap and r > gap * 2
        if in_fill:
            # With dots fine enough, the want mark and an earlier rating inside the
            # fill show as a gap in it; in ASCII the fill stays whole.
            if self.fine and (on_want or on_old):
                return None, index
            return FILL, index
        if on_want:
            return WANT, index
        if on_old:
            return OLD, index
        if on_rim:
            return RIM, index
        return None, index


def raster(
    slices: list[SliceSpec],
    layout: WheelLayout,
    *,
    selected: int | None = None,
    ascii_only: bool = False,
) -> list[list[Cell]]:
    """The wheel drawn into `layout.height` rows of `layout.width` cells."""
    if ascii_only:
        return _ascii_raster(slices, layout, selected)
    return _braille_raster(slices, layout, selected)


def _braille_raster(
    slices: list[SliceSpec], layout: WheelLayout, selected: int | None
) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    radius = layout.radius
    top = int(layout.cy - radius - 1)
    bottom = int(layout.cy + radius + 1)
    half_cols = radius * CELL_ASPECT + 1
    left = int(layout.cx - half_cols)
    right = int(layout.cx + half_cols) + 1
    points = _Points(slices, radius, selected, GAP_HALF_WIDTH, RING_HALF_WIDTH)
    # A dot's distance across depends on its column only, and down on its row only.
    across = [
        [(col + (i + 0.5) / 2 - layout.cx) / CELL_ASPECT for i in range(2)]
        for col in range(layout.width)
    ]
    down = [[row + (j + 0.5) / 4 - layout.cy for j in range(4)] for row in range(layout.height)]
    for row in range(layout.height):
        line: list[Cell] = []
        for col in range(layout.width):
            if not slices or not (top <= row <= bottom and left <= col <= right):
                line.append(_BLANK)
                continue
            line.append(_braille_cell(col, row, points, across[col], down[row]))
        rows.append(line)
    return rows


_RANK = {kind: rank for rank, kind in enumerate(KIND_ORDER)}
"""Which kind a cell shows when its dots are of several: the first in KIND_ORDER."""


def _braille_cell(
    col: int, row: int, points: _Points, across: list[float], down: list[float]
) -> Cell:
    bits = 0
    rank, owner = len(KIND_ORDER), -1
    outer = points.outer
    for j in range(4):
        dy = down[j]
        for i in range(2):
            dx = across[i]
            r = math.hypot(dx, dy)
            if r > outer:
                continue  # outside the wheel (what `points.kind` says first)
            kind, index = points.kind(dx, dy, r)
            if kind is None:
                continue
            if kind == RIM and (i + j + col + row) % 2:
                continue  # the rim is dotted, so it stays in the background
            bits |= glyphs.BRAILLE_BITS[j][i]
            if _RANK[kind] < rank:  # the first dot of the kind that wins owns the cell
                rank, owner = _RANK[kind], index
    if not bits:
        return _BLANK
    return Cell(glyphs.braille(bits), KIND_ORDER[rank], owner)


def _ascii_raster(
    slices: list[SliceSpec], layout: WheelLayout, selected: int | None
) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    count = len(slices)
    points = _Points(slices, layout.radius, selected, 0.2, 0.4, fine=False)
    for row in range(layout.height):
        line: list[Cell] = []
        for col in range(layout.width):
            if not slices:
                line.append(_BLANK)
                continue
            dx = (col + 0.5 - layout.cx) / CELL_ASPECT
            dy = row + 0.5 - layout.cy
            kind, index = points.kind(dx, dy)
            if kind is None:
                line.append(_BLANK)
            elif kind == FILL:
                char = (
                    glyphs.ASCII_SELECTED if index == selected else glyphs.ascii_fill(index, count)
                )
                line.append(Cell(char, kind, index))
            elif kind == OUTLINE:
                line.append(Cell(glyphs.ASCII_SELECTED, kind, index))
            elif kind == WANT:
                line.append(Cell(glyphs.ASCII_WANT, kind, index))
            elif kind == OLD:
                line.append(Cell(glyphs.ASCII_OLD, kind, index))
            else:
                line.append(Cell(glyphs.ASCII_RIM if (row + col) % 2 == 0 else " ", kind, index))
        rows.append(line)
    return rows


def dots_on(cells: list[list[Cell]], kind: str | None = None) -> int:
    """How many braille dots are on in a raster (of one kind, or of any)."""
    total = 0
    for line in cells:
        for cell in line:
            if kind is not None and cell.kind != kind:
                continue
            total += glyphs.braille_dots(cell.char)
    return total
