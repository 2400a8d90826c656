"""The Today screen (being built)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer, Header, Static

from kindness_tui.screens.base import KindnessScreen


class TodayScreen(KindnessScreen):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("One new thing")
        yield Static("One secret kindness")
        yield Footer()
