"""Baseline: a bare Textual 7x6 grid of cells (42 Statics) moving a highlight with the arrows."""

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid
from textual.widgets import Static

GRID_CSS = """
#title { height: 1; }
Grid { grid-size: 7 6; }
Grid > Static { content-align: center middle; }
Grid > Static.-on { background: $accent; }
"""


def month_cells() -> ComposeResult:
    """Seven columns of six weeks, November's days in place, the first cell lit."""
    with Grid():
        for i in range(42):
            yield Static(str(i - 6) if 0 < i - 6 <= 30 else "", classes="-on" if i == 0 else "")


class BareGrid(App[None]):
    CSS = GRID_CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "move(-1)"),
        Binding("right", "move(1)"),
        Binding("up", "move(-7)"),
        Binding("down", "move(7)"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.at = 0

    def compose(self) -> ComposeResult:
        yield Static("November 2026", id="title")
        yield from month_cells()

    def action_move(self, step: int) -> None:
        cells = list(self.query("Grid > Static"))
        cells[self.at].remove_class("-on")
        self.at = (self.at + step) % len(cells)
        cells[self.at].add_class("-on")


if __name__ == "__main__":
    BareGrid().run()
