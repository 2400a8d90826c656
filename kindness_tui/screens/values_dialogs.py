"""The Values screen's dialogs that take words: add a value, edit one (see `values_choices`
for the ones that take a choice)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input, Label, Select, Static, TextArea

from kindness_tui.core.edits import NewValue, ValueEdit
from kindness_tui.core.models import (
    AREA_LABELS,
    AREAS,
    LINE_MAX,
    LONG_MAX,
    MAX_ACTIVE_VALUES,
    NAME_MAX,
    Rating,
    ValidationError,
    Value,
    check_name,
    name_key,
)
from kindness_tui.core.safe_text import one_line, visible
from kindness_tui.data.errors import JournalError
from kindness_tui.data.store import Store
from kindness_tui.screens.edit_dialog import EditDialog
from kindness_tui.screens.style_files import style
from kindness_tui.widgets.text_fields import labelled_line

if TYPE_CHECKING:
    from kindness_tui.context import Context


def kind_problem(exc: ValidationError | JournalError) -> str:
    """A store's refusal, said the way a friend would say it."""
    if isinstance(exc, ValidationError):
        if exc.where == "name" and "already have" in exc.problem:
            return (
                f"You {exc.problem}. Same idea, different words? "
                "Or add to that one's meaning instead."
            )
        if exc.where == "values":
            return wheel_full_word()
        if exc.where == "name":
            return f"The name: {exc.problem}."
        return str(exc)
    return str(exc)


def wheel_full_word() -> str:
    return (
        f"Your wheel already holds {MAX_ACTIVE_VALUES} values, a full wheel. "
        "To make room, archive one (x): it stays in your history."
    )


def duplicate_of(store: Store, name: str, except_id: str | None = None) -> Value | None:
    """The value (archived ones too) already called `name`, however it is spelled."""
    wanted = name_key(name)
    for value in store.values(include_archived=True):
        if value.id != except_id and name_key(value.name) == wanted:
            return value
    return None


def name_problem(store: Store, name: str, except_id: str | None = None) -> str | None:
    """What stands in the way of `name` as a value's name, kindly said; None if nothing."""
    same = duplicate_of(store, name, except_id)
    if same is not None:
        where = " (archived, in your history)" if same.archived else ""
        return (
            f"You already have a value called {one_line(same.name)}{where}. "
            "Same idea, different words?"
        )
    try:
        check_name("name", name)
    except ValidationError as exc:
        return kind_problem(exc)
    return None


class AddValueDialog(EditDialog[str | None]):
    """Ask for a value's name and, if the person likes, what it means to them."""

    CSS_PATH = style("values.tcss")
    DRAFT_KEY = "new-value"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "add", "Add"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="add-value", classes="dialog values-dialog"):
            yield Static("A new value", classes="dialog-title")
            yield from labelled_line(
                "What do you care about? A word or two, in your own words.",
                placeholder="e.g. Curiosity",
                id="add-name",
                max_length=NAME_MAX,
            )
            yield from labelled_line(
                "What it means to you (optional)",
                placeholder="e.g. trying what I don't know yet",
                id="add-about",
                max_length=LINE_MAX,
            )
            yield Static(id="add-problem", classes="dialog-problem", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Add", id="add-ok", variant="primary", compact=True)
                yield Button("Cancel", id="add-cancel", classes="cancel", compact=True)

    def on_mount(self) -> None:
        if len(self.store.values()) >= MAX_ACTIVE_VALUES:
            self.show_problem(wheel_full_word())
        self.query_one("#add-name", Input).focus()

    def edit(self) -> NewValue | None:
        name = self.query_one("#add-name", Input).value
        about = self.query_one("#add-about", Input).value
        if not name.strip() and not about.strip():
            return None
        return NewValue(name.strip(), about.strip() or None)

    @on(Input.Submitted, "#add-name")
    @on(Input.Submitted, "#add-about")
    @on(Button.Pressed, "#add-ok")
    async def _submitted(self) -> None:
        await self.action_add()

    async def action_add(self) -> None:
        edit = self.edit()
        if edit is None or not edit.name:
            self.show_problem("Give it a name first: one word is plenty.")
            self.query_one("#add-name", Input).focus()
            return
        problem = name_problem(self.store, edit.name)
        if problem is None and len(self.store.values()) >= MAX_ACTIVE_VALUES:
            problem = wheel_full_word()
        result = await self.save_or_show(edit, problem)
        if result is not None:
            self.dismiss(result.value_ids[0] if result.value_ids else None)


class EditValueDialog(EditDialog[bool]):
    """Everything about one value: its name, meaning, area, and this assessment's plans."""

    CSS_PATH = style("values.tcss")
    NOT_SAVED = False

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "save", "Save"),
    ]

    def __init__(self, context: Context, value: Value, rating: Rating) -> None:
        super().__init__(context)
        self.value = value
        self.rating = rating
        self.DRAFT_KEY = f"value:{value.id}"

    def compose(self) -> ComposeResult:
        from kindness_tui.widgets.long_text import LongTextArea

        value, rating = self.value, self.rating
        with VerticalScroll(id="edit-value", classes="dialog values-dialog"):
            yield Static(
                Text.assemble(("Your value: ", "dim"), (one_line(value.name), "bold")),
                classes="dialog-title",
            )
            yield from labelled_line(
                "Name", value=one_line(value.name), id="edit-name", max_length=NAME_MAX
            )
            yield from labelled_line(
                "What it means to you",
                value=one_line(value.about),
                id="edit-about",
                max_length=LINE_MAX,
            )
            yield Label("Life area")
            yield Select(
                [(AREA_LABELS[a], a) for a in AREAS],
                value=value.area if value.area in AREAS else Select.NULL,
                prompt="(none)",
                id="edit-area",
                compact=True,
            )
            yield Label("Steps to get there (this assessment)")
            yield LongTextArea(
                visible(rating.steps), limit=LONG_MAX, id="edit-steps", compact=True,
                soft_wrap=True,
            )  # fmt: skip
            yield Label("Challenges to getting and staying there")
            yield LongTextArea(
                visible(rating.challenges), limit=LONG_MAX, id="edit-challenges", compact=True,
                soft_wrap=True,
            )  # fmt: skip
            yield Static(id="edit-problem", classes="dialog-problem", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save (ctrl+s)", id="edit-ok", variant="primary", compact=True)
                yield Button("Cancel (esc)", id="edit-cancel", classes="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#edit-name", Input).focus()

    def edit(self) -> ValueEdit | None:
        area = self.query_one("#edit-area", Select).value
        steps = self.query_one("#edit-steps", TextArea).text
        challenges = self.query_one("#edit-challenges", TextArea).text
        about = self.query_one("#edit-about", Input).value.strip()
        edit = ValueEdit(
            self.value.id,
            self.query_one("#edit-name", Input).value.strip(),
            about=about or None,
            area=area if isinstance(area, str) else None,
            steps=steps if steps.strip() else None,
            challenges=challenges if challenges.strip() else None,
        )
        return None if edit == self._unchanged() else edit

    def _unchanged(self) -> ValueEdit:
        """The value as the dialog opened on it (shown as its fields show it)."""
        value, rating = self.value, self.rating
        return ValueEdit(
            value.id,
            one_line(value.name).strip(),
            about=one_line(value.about).strip() or None,
            area=value.area if value.area in AREAS else None,
            steps=visible(rating.steps) if (rating.steps or "").strip() else None,
            challenges=visible(rating.challenges) if (rating.challenges or "").strip() else None,
        )

    @on(Input.Submitted)
    @on(Button.Pressed, "#edit-ok")
    async def _submitted(self) -> None:
        await self.action_save()

    async def action_save(self) -> None:
        edit = self.edit()
        if edit is None:
            self.dismiss(False)
            return
        if not edit.name:
            self.show_problem("A value needs a name: one word is plenty.")
            self.query_one("#edit-name", Input).focus()
            return
        problem = name_problem(self.store, edit.name, except_id=self.value.id)
        if await self.save_or_show(edit, problem) is not None:
            self.dismiss(True)
