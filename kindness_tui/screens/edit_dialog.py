"""A dialog whose typed words are kept like Today's: in the draft at once, saved through the
journal worker, never lost to a quit, a hang-up or a kill.

A dialog says what it would save (`edit`); every change of one of its fields
puts that in the session's draft, escape drops it (the person chose not to),
and `save` applies it in the journal worker, waiting for the answer, so keys
typed after enter land where they would land typed slowly.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from textual.screen import ModalScreen

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

    def forget(self) -> None:
        """The person closed the dialog without saving: its words are not wanted."""
        self.forget_in_draft(self.DRAFT_KEY)

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
