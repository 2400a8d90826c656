"""The "Who I am" card: the person's values on a small card, as `kindness card` prints it."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from kindness_tui.core.card import who_i_am_card
from kindness_tui.data.card_extras import card_extras
from kindness_tui.screens.style_files import style
from kindness_tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from kindness_tui.context import Context

CARD_HINT = "Something to look at when a label tries to tell you who you are."
PRINT_HINT = "Print it with: kindness card"


class CardScreen(ModalScreen[None]):
    """Shows the card; escape or q (or enter, or w again) puts it away.

    The keys sit in a bar docked at the bottom, so a card taller than the terminal
    scrolls (up and down) while the way out stays in sight.
    """

    CSS_PATH = style("values.tcss")

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "dismiss", "Close", key_display="esc/q"),
        Binding("enter,w", "dismiss", "Close", show=False),
    ]

    def __init__(self, context: Context) -> None:
        super().__init__()
        self.store = context.store
        self.ascii_only = context.ascii_only
        self.today = context.clock.today()

    def compose(self) -> ComposeResult:
        card = who_i_am_card(
            self.store.values(),
            self.store.current_assessment(),
            ascii_only=self.ascii_only,
            **card_extras(self.store, self.today),
        )
        with VerticalScroll(id="card-body"):
            with Center():
                yield Static(card, id="card-text", markup=False)
            with Center():
                yield Static(CARD_HINT, id="card-hint", markup=False)
            with Center():
                yield Static(PRINT_HINT, id="card-keys", markup=False)
        yield KeyBar(ascii_only=self.ascii_only)
