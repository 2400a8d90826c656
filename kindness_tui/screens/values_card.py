"""The "Who I am" card: the person's values on a small card, as `kindness card` prints it."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from kindness_tui.core.card import who_i_am_card
from kindness_tui.screens.style_files import style

if TYPE_CHECKING:
    from kindness_tui.context import Context

CARD_HINT = "Something to look at when a label tries to tell you who you are."


class CardScreen(ModalScreen[None]):
    """Shows the card; any of escape, enter or w puts it away."""

    CSS_PATH = style("values.tcss")

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter,w", "dismiss", "Close"),
    ]

    def __init__(self, context: Context) -> None:
        super().__init__()
        self.store = context.store
        self.ascii_only = context.ascii_only

    def compose(self) -> ComposeResult:
        card = who_i_am_card(
            self.store.values(), self.store.current_assessment(), ascii_only=self.ascii_only
        )
        with VerticalScroll(id="card-body"):
            with Center():
                yield Static(card, id="card-text", markup=False)
            with Center():
                yield Static(CARD_HINT, id="card-hint", markup=False)
            with Center():
                yield Static(
                    "Print it with: kindness card   ·   escape to close",
                    id="card-keys",
                    markup=False,
                )
