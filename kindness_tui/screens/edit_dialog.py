"""A dialog whose typed words are kept like Today's: in the draft at once, saved through the
journal worker, never lost to a quit, a hang-up or a kill.

A dialog says what it would save (`edit`); every change of one of its fields
puts that in the session's draft, escape drops it (the person chose not to),
and `save` applies it in the journal worker, waiting for the answer, so keys
typed after enter land where they would land typed slowly.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from textual import on
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from kindness_tui.core.edits import Edit
from kindness_tui.core.models import ValidationError
from kindness_tui.data.applying_edits import Applied, apply_edit
from kindness_tui.data.errors import JournalError
from kindness_tui.screens.base import JournalAccess

if TYPE_CHECKING:
    from kindness_tui.context import Context

ResultType = TypeVar("ResultType")


class EditDialog(JournalAccess, ModalScreen[ResultType]):
    """A modal dialog whose unsaved words live in the session's draft."""

    DRAFT_KEY = ""
    """The key its edits use in the draft (each kind of dialog has one)."""
    NOT_SAVED: ClassVar[Any] = None
    """What the dialog gives back when it closes with nothing saved."""

    def __init__(self, context: Context) -> None:
        super().__init__()
        self.context = context

    def edit(self) -> Edit | None:
        """What the dialog would save now, from its fields; None when nothing is typed."""
        raise NotImplementedError

    def edits_unsaved(self) -> Iterable[Edit]:
        if not self.is_mounted:
            return ()
        edit = self.edit()
        return () if edit is None else (edit,)

    def keep_in_draft(self) -> None:
        """Put what the fields hold in the draft (on disk within a second)."""
        edit = self.edit() if self.is_mounted else None
        if edit is None:
            self.forget_in_draft(self.DRAFT_KEY)
        else:
            self.drafts.put(edit)

    def leave_unsaved(self) -> None:
        """Close with nothing saved: the words typed here are not wanted."""
        self.forget_in_draft(self.DRAFT_KEY)
        self.dismiss(self.NOT_SAVED)

    def action_cancel(self) -> None:
        """Escape, or a button of class `cancel`: close with nothing saved (or ask first)."""
        self.leave_unsaved()

    @on(Button.Pressed, ".cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    # Handlers by name: each dialog's own fields, whatever they are.
    def on_input_changed(self, _event: Any) -> None:
        self.keep_in_draft()

    def on_text_area_changed(self, _event: Any) -> None:
        self.keep_in_draft()

    def on_select_changed(self, _event: Any) -> None:
        self.keep_in_draft()

    def on_selection_list_selected_changed(self, _event: Any) -> None:
        self.keep_in_draft()

    async def save_edit(self, edit: Edit) -> Applied | str:
        """Apply `edit` in the journal worker and wait; the result, or one line of refusal."""
        try:
            applied = await self.write(apply_edit, self.store, edit, self.clock.today())
        except (ValidationError, JournalError) as exc:
            self.drafts.put(edit)
            from kindness_tui.screens.base import problem_words

            return problem_words(exc)
        self.drafts.drop(edit.key, edit)
        return applied

    def show_problem(self, text: str) -> None:
        """Say what stands in the way, in the dialog's `.dialog-problem` line."""
        self.query_one(".dialog-problem", Static).update(text)

    async def save_or_show(self, edit: Edit, problem: str | None = None) -> Applied | None:
        """Save `edit` unless `problem` stands in its way; None, with the problem shown, if not."""
        if problem is None:
            result = await self.save_edit(edit)
            if not isinstance(result, str):
                return result
            problem = result
        self.show_problem(problem)
        return None
