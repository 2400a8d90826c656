"""The Values screen (placeholder until the value wheel lands)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer, Header, Static

from kindness_tui.screens.base import KindnessScreen


class ValuesScreen(KindnessScreen):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Your value wheel will live here.")
        yield Footer()
