"""Baseline: Textual's bare `Input` app, one focused compact Input (ctrl+q quits)."""

from textual.app import App, ComposeResult
from textual.widgets import Input

PLACEHOLDER = "Something new you will do, or did"
"""The same placeholder as Today's "One new thing" field, so the runner finds both alike."""


class BareInput(App[None]):
    def compose(self) -> ComposeResult:
        yield Input(placeholder=PLACEHOLDER, compact=True)


if __name__ == "__main__":
    BareInput().run()
