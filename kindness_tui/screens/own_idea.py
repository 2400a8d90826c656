"""A small dialog to put one's own idea into the suggestion library."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Button, Input, Label, Select

from kindness_tui.core.edits import NewIdea
from kindness_tui.core.models import AREA_LABELS, LINE_MAX
from kindness_tui.screens.edit_dialog import EditDialog
from kindness_tui.widgets.text_fields import LineInput

if TYPE_CHECKING:
    from kindness_tui.context import Context

KIND_LABELS = {"new_thing": "a new thing", "kindness": "a secret kindness"}


class OwnIdeaDialog(EditDialog[str | None]):
    """Ask for the idea's words, which card it belongs to, and (optionally) its life area."""

    DRAFT_KEY = "new-idea"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Never mind"),
    ]

    def __init__(self, context: Context, kind: str) -> None:
        super().__init__(context)
        self.kind = kind

    def compose(self) -> ComposeResult:
        with Vertical(id="own-idea", classes="dialog"):
            yield Label("An idea of your own", classes="dialog-title")
            yield LineInput(
                placeholder="Your idea, in your words", max_length=LINE_MAX, id="idea-text"
            )
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

    def edit(self) -> NewIdea | None:
        text = self.query_one("#idea-text", Input).value
        kind = self.query_one("#idea-kind", Select).value
        area = self.query_one("#idea-area", Select).value
        if not text.strip():
            return None
        return NewIdea(str(kind), text.strip(), area if isinstance(area, str) else None)

    @on(Input.Submitted)
    @on(Button.Pressed, "#idea-add")
    async def add(self) -> None:
        edit = self.edit()
        if edit is None:
            self.query_one("#idea-error", Label).update(Text("an idea needs a few words"))
            return
        result = await self.save_edit(edit)
        if isinstance(result, str):
            self.query_one("#idea-error", Label).update(Text(result))
            return
        self.dismiss(edit.text)
