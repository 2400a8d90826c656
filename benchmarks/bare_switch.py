"""Baseline: a bare Textual app whose F3 and F4 push a screen holding a title and a 7x6 grid
of 42 Statics (a fresh screen each time), and whose F2 goes back to the first screen."""

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid
from textual.screen import Screen
from textual.widgets import Static


class GridScreen(Screen[None]):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.title_text = title

    def compose(self) -> ComposeResult:
        yield Static(self.title_text, id="title")
        with Grid():
            for i in range(42):
                yield Static(str(i - 6) if 0 < i - 6 <= 30 else "", classes="-on" if i == 0 else "")


class BareSwitch(App[None]):
    CSS = """
    #title { height: 1; }
    Grid { grid-size: 7 6; }
    Grid > Static { content-align: center middle; }
    Grid > Static.-on { background: $accent; }
    """
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
