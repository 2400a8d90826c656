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
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast, runtime_checkable

from textual.app import SystemCommand
from textual.screen import Screen

from kindness_tui.core.models import ValidationError
from kindness_tui.data.errors import JournalError, JournalLocked

if TYPE_CHECKING:
    from kindness_tui.app import KindnessApp
    from kindness_tui.context import Context
    from kindness_tui.core.edits import Edit
    from kindness_tui.core.logical_day import Clock
    from kindness_tui.core.models import CheckIn
    from kindness_tui.data.drafts import DraftBook
    from kindness_tui.data.store import Store

T = TypeVar("T")


def styles_dir() -> Path:
    """The packaged styles in a wheel; the repo's `styles/` in a checkout (live reload)."""
    packaged = Path(__file__).parent.parent / "styles"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent.parent / "styles"


def style(name: str) -> Path:
    """One of the app's style files. The app reads its own and Today's at start; Values,
    Calendar and Help name theirs, which are read on first visit."""
    return styles_dir() / name


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
    """The context's journal, draft and clock, and the one way to write, for a screen."""

    @property
    def context(self) -> Context:
        from kindness_tui.app import KindnessApp

        return cast(KindnessApp, cast(Screen[Any], self).app).context

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

    def write_in_background(
        self,
        edit: Edit,
        saved: Callable[[Edit, CheckIn | None], None],
        not_saved: Callable[[str], None],
    ) -> None:
        """Apply `edit` in the journal worker; once it is in, drop it from the draft.

        `saved` or `not_saved` is called from the worker's thread (post a message).
        """
        from kindness_tui.data.drafts import apply_edit

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

    @property
    def kindness(self) -> KindnessApp:
        from kindness_tui.app import KindnessApp

        return cast(KindnessApp, self.app)

    def journal_changed(self) -> None:
        """Show what another process changed in the journal (called by the app)."""

    def edits_unsaved(self) -> Iterable[Edit]:
        """Typed words not yet in the journal (none on screens without text fields)."""
        return ()

    def palette_commands(self) -> Iterable[SystemCommand]:
        """This screen's own commands for the command palette (ctrl+p)."""
        return ()
