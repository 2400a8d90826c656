"""The Calendar screen (placeholder until the month grid lands)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer, Header, Static

from kindness_tui.screens.base import KindnessScreen


class CalendarScreen(KindnessScreen):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Your month will live here.")
        yield Footer()
