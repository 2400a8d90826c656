"""Where the value wheel's names go: beside their slices, one per row, in terminal cells.

Pure arithmetic like `wheel_geometry`, whose `WheelLayout` it places the names around.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from kindness_tui.core.safe_text import cell_width, fit_cells
from kindness_tui.core.wheel_angles import mid_angle
from kindness_tui.core.wheel_geometry import CELL_ASPECT, WheelLayout


class Label(NamedTuple):
    """Where a value's name goes: `text` starting at column `x` on row `y`.

    Columns are terminal cells: `text` takes `cells` of them (a wide character two,
    a combining accent none), not `len(text)`.
    """

    slice: int
    """Whose name: the slice's place on the wheel (`Cell.slice`)."""
    x: int
    y: int
    text: str
    side: str
    """"left" (the name ends next to the wheel), "right" (it starts next to it) or "below"."""

    @property
    def cells(self) -> int:
        """How many terminal cells the name takes."""
        return cell_width(self.text)


def shorten(text: str, width: int, *, ascii_only: bool = False) -> str:
    """`text` cut to `width` cells, whole characters and an ellipsis, when it does not fit."""
    return fit_cells(text, width, ascii_only=ascii_only)


def place_labels(
    names: list[str], layout: WheelLayout, *, ascii_only: bool = False
) -> list[Label]:
    """Put each name beside its slice, right of the wheel or left, never on top of another."""
    count = len(names)
    if not count:
        return []
    if count == 1:
        # One value: its name sits centred under the wheel.
        text = shorten(names[0], layout.width, ascii_only=ascii_only)
        below = min(layout.height - 1, math.ceil(layout.cy + layout.radius + 0.5))
        x = max(0, round(layout.cx - cell_width(text) / 2))
        return [Label(0, x, below, text, "below")]
    wanted: dict[str, list[tuple[float, int]]] = {"left": [], "right": []}
    for index in range(count):
        angle = mid_angle(index, count)
        side = "right" if math.sin(angle) >= 0 else "left"
        y = layout.cy - (layout.radius + 0.6) * math.cos(angle)
        wanted[side].append((y, index))
    labels: list[Label] = []
    for side, items in wanted.items():
        rows = _spread([y for y, _ in sorted(items)], layout.height)
        for row, (_, index) in zip(rows, sorted(items), strict=True):
            dy = row + 0.5 - layout.cy
            reach = math.sqrt(max(0.0, (layout.radius + 0.5) ** 2 - dy * dy)) * CELL_ASPECT
            if side == "right":
                x = math.ceil(layout.cx + reach) + 2
                text = shorten(names[index], max(1, layout.width - x), ascii_only=ascii_only)
            else:
                end = math.floor(layout.cx - reach) - 1
                text = shorten(names[index], max(1, end), ascii_only=ascii_only)
                x = max(0, end - cell_width(text))
            labels.append(Label(index, x, row, text, side))
    labels.sort(key=lambda label: label.slice)
    return labels


def _spread(ys: list[float], height: int) -> list[int]:
    """Rows for labels wanted at `ys` (sorted): as close as they can be, one per row."""
    rows: list[int] = []
    for y in ys:
        row = max(0, math.floor(y))
        if rows and row <= rows[-1]:
            row = rows[-1] + 1
        rows.append(row)
    # Pushed off the bottom: slide back up, keeping one row each.
    limit = height - 1
    for i in range(len(rows) - 1, -1, -1):
        if rows[i] > limit:
            rows[i] = limit
        limit = rows[i] - 1
    return [max(0, r) for r in rows]
