"""What every main screen and dialog shares: the journal, the draft, and one way to write.

Writes go through the session's journal worker (`data.journal_queue`), never
on the event loop: `write` awaits one (for a dialog, whose next step depends
on it), `write_in_background` lets typing go on while it runs. Either way a
refusal comes back as one line (`problem_words`), the one error policy.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast, runtime_checkable

from textual.app import SystemCommand
from textual.screen import Screen

from kindness_tui.core.models import ValidationError
from kindness_tui.data.errors import JournalError, JournalLocked

if TYPE_CHECKING:
    from kindness_tui.context import Context
    from kindness_tui.core.checkin import CheckIn
    from kindness_tui.core.edits import Edit
    from kindness_tui.core.logical_day import Clock
    from kindness_tui.data.drafts import DraftBook
    from kindness_tui.data.store import Store

T = TypeVar("T")


def problem_words(exc: BaseException) -> str:
    """A refusal of the journal as one line for the screen (never raw: shown as plain text)."""
    if isinstance(exc, JournalLocked):
        return f"the journal is busy ({exc.holder} is writing it)"
    if isinstance(exc, ValidationError | JournalError):
        return str(exc)
    return f"something went wrong ({type(exc).__name__}: {exc})"


@runtime_checkable
class KeepsEdits(Protocol):
    """A screen or dialog that may hold typed words not yet in the journal."""

    def edits_unsaved(self) -> Iterable[Edit]:
        """What would be lost if the app stopped now (the app saves these on quit)."""
        ...


class JournalAccess:
    """The context's journal, draft and clock, and the one way to write, for a screen.

    The context is handed to each screen and dialog when it is made; nothing here
    reaches for the app to find it.
    """

    context: Context
    """What the screen works with: the journal, the clock, the draft, how to draw."""

    @property
    def store(self) -> Store:
        return self.context.store

    @property
    def clock(self) -> Clock:
        return self.context.clock

    @property
    def drafts(self) -> DraftBook:
        return self.context.drafts

    def forget_in_draft(self, key: str) -> None:
        """Drop an edit from the draft (nothing to do if the session never kept one)."""
        if "drafts" in vars(self.context):
            self.context.drafts.drop(key)

    @property
    def ascii_only(self) -> bool:
        return self.context.ascii_only

    async def write(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Run a store change in the journal worker and wait for it (errors are raised here)."""
        future = self.context.journal.submit(fn, *args, **kwargs)
        return await asyncio.wrap_future(future)

    async def change(self, fn: Callable[..., object], /, *args: Any, **kwargs: Any) -> bool:
        """`write`, with a refusal said as a gentle notice (the one error policy)."""
        try:
            await self.write(fn, *args, **kwargs)
        except (ValidationError, JournalError) as exc:
            cast(Screen[Any], self).notify(problem_words(exc), severity="warning")
            return False
        return True

    def write_in_background(
        self,
        edit: Edit,
        saved: Callable[[Edit, CheckIn | None], None],
        not_saved: Callable[[str], None],
    ) -> None:
        """Apply `edit` in the journal worker; once it is in, drop it from the draft.

        `saved` or `not_saved` is called from the worker's thread (post a message).
        """
        from kindness_tui.data.applying_edits import apply_edit

        context = self.context

        def job() -> None:
            try:
                applied = apply_edit(context.store, edit, context.clock.today())
            except Exception as exc:  # the words stay in the draft, whatever went wrong
                not_saved(problem_words(exc))
                return
            context.drafts.drop(edit.key, edit)
            saved(edit, applied.checkin)

        context.journal.submit(job)

    def today(self) -> dt.date:
        return self.context.clock.today()


class KindnessScreen(JournalAccess, Screen[None]):
    """A main screen (Today, Values, Calendar) that shows the journal."""

    def __init__(self, context: Context) -> None:
        super().__init__()
        self.context = context

    _journal_shown: tuple[int, int, dt.date] | None = None

    def journal_changed(self) -> None:
        """Show the journal as it is now, if it changed since this screen last showed it.

        Called by the app when the screen is switched to and when another process
        changed the journal; a switch back to a screen with nothing new costs nothing.
        """
        if self._journal_now() != self._journal_shown:
            self.show_journal()
            self.journal_shown()

    def show_journal(self) -> None:
        """Read the journal again and show it (each screen its own way)."""

    def journal_shown(self) -> None:
        """Note that the screen shows the journal as it is now (its writes, its day)."""
        self._journal_shown = self._journal_now()

    def _journal_now(self) -> tuple[int, int, dt.date]:
        """What the screen shows depends on: reads from disk, writes, and the day."""
        return (self.store.loads, self.store.generation, self.today())

    def edits_unsaved(self) -> Iterable[Edit]:
        """Typed words not yet in the journal (none on screens without text fields)."""
        return ()

    def palette_commands(self) -> Iterable[SystemCommand]:
        """This screen's own commands for the command palette (ctrl+p)."""
        return ()
