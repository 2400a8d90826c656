"""The Values screen's dialogs that take a choice: archive a value, pick an assessment,
leave finding values with some ticked."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from kindness_tui.core.models import MAX_ACTIVE_VALUES, Assessment
from kindness_tui.core.safe_text import one_line
from kindness_tui.screens.style_files import style


class ConfirmArchive(ModalScreen[bool]):
    """Ask before taking a value off the wheel."""

    CSS_PATH = style("values.tcss")

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Archive"),
        Binding("escape,n", "answer(False)", "Keep it"),
    ]

    def __init__(self, name: str, *, ascii_only: bool = False) -> None:
        super().__init__()
        self.value_name = name
        self.ascii_only = ascii_only

    def compose(self) -> ComposeResult:
        name = one_line(self.value_name, ascii_only=self.ascii_only)
        with Vertical(id="confirm-archive", classes="dialog values-dialog"):
            yield Static(
                Text.assemble("Take ", (name, "bold"), " off the wheel?"),
                classes="dialog-title",
            )
            yield Static(
                "It stays in your history, your earlier assessments and your exports. "
                "Values change, and that is fine.",
                markup=False,
            )
            with Horizontal(classes="dialog-buttons"):
                yield Button("Archive (y)", id="archive-yes", variant="primary", compact=True)
                yield Button("Keep it (n)", id="archive-no", compact=True)

    def on_mount(self) -> None:
        self.query_one("#archive-no", Button).focus()

    @on(Button.Pressed, "#archive-yes")
    def _yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#archive-no")
    def _no(self) -> None:
        self.dismiss(False)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class AssessmentPicker(ModalScreen[str | None]):
    """Choose an earlier assessment to compare with ("" stops comparing)."""

    CSS_PATH = style("values.tcss")

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self, earlier: list[Assessment], day: Callable[[str], str], *, comparing: bool
    ) -> None:
        super().__init__()
        self.earlier = earlier
        self.day = day
        self.comparing = comparing

    def compose(self) -> ComposeResult:
        options: list[Option] = []
        if self.comparing:
            options.append(Option("Stop comparing (back to the last change)", id=""))
        for assessment in self.earlier:
            count = len(assessment.ratings)
            label = f"{self.day(assessment.date)}  ·  {count} value{'s' if count != 1 else ''}"
            options.append(Option(label, id=assessment.id))
        with Vertical(id="pick-assessment", classes="dialog values-dialog"):
            yield Static("Compare with which assessment?", classes="dialog-title")
            yield OptionList(*options, id="pick-list")
            yield Static("enter to choose · escape to go back", classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id or "")

    def action_cancel(self) -> None:
        self.dismiss(None)


class LeaveFinding(ModalScreen[str]):
    """Asked on escape with values ticked: add them, keep choosing, or leave without them."""

    CSS_PATH = style("values.tcss")
    ADD, KEEP, LEAVE = "add", "keep", "leave"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "answer('add')", "Add them"),
        Binding("escape,k", "answer('keep')", "Keep choosing"),
        Binding("l", "answer('leave')", "Leave without adding"),
    ]

    def __init__(self, count: int, room: int, *, ascii_only: bool = False) -> None:
        super().__init__()
        self.count = count
        """How many values are ticked."""
        self.room = room
        """How many more the wheel holds."""
        self.ascii_only = ascii_only

    def compose(self) -> ComposeResult:
        one = self.count == 1
        values = "the value" if one else f"the {self.count} values"
        about = "It is not on your wheel yet" if one else "They are not on your wheel yet"
        if self.room <= 0:
            about += f", which is full with {MAX_ACTIVE_VALUES} for now"
        elif self.room < self.count:
            about += f", which has room for {self.room} of them"
        about += ". Leaving adds nothing."
        with Vertical(id="leave-finding", classes="dialog values-dialog"):
            yield Static(f"Add {values} you ticked?", classes="dialog-title", markup=False)
            yield Static(about, markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Add them (a)", id="leave-add", variant="primary", compact=True)
                yield Button("Keep choosing (esc)", id="leave-keep", compact=True)
                yield Button("Leave (l)", id="leave-drop", compact=True)

    def on_mount(self) -> None:
        self.query_one("#leave-keep", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        answers = {"leave-add": self.ADD, "leave-keep": self.KEEP, "leave-drop": self.LEAVE}
        self.dismiss(answers.get(event.button.id or "", self.KEEP))

    def action_answer(self, answer: str) -> None:
        self.dismiss(answer)
