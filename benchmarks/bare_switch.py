"""Baseline: a bare Textual app whose F3 and F4 push a screen holding a title and a 7x6 grid
of 42 Statics (a fresh screen each time), and whose F2 goes back to the first screen."""

from typing import ClassVar

from bare_grid import GRID_CSS, month_cells
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Static


class GridScreen(Screen[None]):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.title_text = title

    def compose(self) -> ComposeResult:
        yield Static(self.title_text, id="title")
        yield from month_cells()


class BareSwitch(App[None]):
    CSS = GRID_CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f2", "home", priority=True),
        Binding("f3", "open('Your value wheel')", priority=True),
        Binding("f4", "open('November 2026')", priority=True),
    ]

    def compose(self) -> ComposeResult:
        yield Static("One secret kindness")

    def action_open(self, title: str) -> None:
        self.push_screen(GridScreen(title))

    def action_home(self) -> None:
        while len(self.screen_stack) > 1:
            self.pop_screen()


if __name__ == "__main__":
    BareSwitch().run()
