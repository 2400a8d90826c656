"""Baseline: a bare Textual app that shows one Static (ctrl+q quits, as in every App)."""

from textual.app import App, ComposeResult
from textual.widgets import Static


class BareStatic(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("One secret kindness")


if __name__ == "__main__":
    BareStatic().run()
