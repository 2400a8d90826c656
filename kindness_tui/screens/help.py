"""Every key, screen by screen, and a plain word about what the app is not."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

CARE_NOTE = (
    "Kindness is a companion to a practice, not a treatment. If you are struggling, "
    "or thinking of harming yourself, you deserve real help: a person you trust, "
    "your doctor or therapist, or a local crisis line."
)


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q,question_mark", "dismiss", "Close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static("Help", id="help-title")
            yield Static(CARE_NOTE, id="care-note")
