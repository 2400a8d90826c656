"""A small dialog to put one's own idea into the suggestion library."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select

from kindness_tui.core.models import AREA_LABELS, LINE_MAX, ValidationError
from kindness_tui.data.safe_storage import JournalError

if TYPE_CHECKING:
    from kindness_tui.app import KindnessApp

KIND_LABELS = {"new_thing": "a new thing", "kindness": "a secret kindness"}


class OwnIdeaDialog(ModalScreen[str | None]):
    """Ask for the idea's words, which card it belongs to, and (optionally) its life area."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Never mind"),
    ]

    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind

    def compose(self) -> ComposeResult:
        with Vertical(id="own-idea", classes="dialog"):
            yield Label("An idea of your own", classes="dialog-title")
            yield Input(placeholder="Your idea, in your words", max_length=LINE_MAX, id="idea-text")
            yield Select(
                [(label.capitalize(), kind) for kind, label in KIND_LABELS.items()],
                value=self.kind,
                allow_blank=False,
                id="idea-kind",
            )
            yield Select(
                [(label, area) for area, label in AREA_LABELS.items()],
                prompt="Life area (optional)",
                id="idea-area",
            )
            yield Label("", id="idea-error", classes="dialog-error")
            yield Button("Add it", id="idea-add", variant="primary")
            yield Label("enter adds · escape: never mind", classes="dialog-hint")

    @on(Input.Submitted)
    @on(Button.Pressed, "#idea-add")
    def add(self) -> None:
        text = self.query_one("#idea-text", Input).value
        kind = self.query_one("#idea-kind", Select).value
        area = self.query_one("#idea-area", Select).value
        store = cast("KindnessApp", self.app).context.store
        try:
            store.add_idea(str(kind), text, area if isinstance(area, str) else None)
        except (ValidationError, JournalError) as exc:
            problem = exc.problem if isinstance(exc, ValidationError) else str(exc)
            self.query_one("#idea-error", Label).update(Text(problem))
            return
        self.dismiss(text)

    def action_cancel(self) -> None:
        self.dismiss(None)
