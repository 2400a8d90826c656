"""How the app ends, whichever way it ends: every typed word saved, or kept.

Quitting, a hang-up (the SSH line drops) and a crash all end the same way: what
every screen and dialog holds unsaved goes to the session's draft, then to the
journal; what the journal could not take stays in the draft, the exit message
says where, and the next start brings it back (`journal_watch.BringsDraftsBack`).
A hang-up exits 128 + the signal, a crash 1.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.app import App
from textual.screen import Screen

from kindness_tui.core.safe_text import one_line
from kindness_tui.data.errors import JournalError
from kindness_tui.screens.base import KeepsEdits, problem_words

if TYPE_CHECKING:
    from kindness_tui.context import Context
    from kindness_tui.core.edits import Edit
    from kindness_tui.key_order import KeyOrder

QUIT_LOCK_WAIT = 1.5
"""Seconds a quit waits for another process's lock before leaving the words in the draft."""

HANG_UP_GRACE = 3.0
"""Seconds after a hang-up's words are kept before the process leaves even if the
terminal, which may be gone, cannot be restored."""


class EndsKindly(App[None]):
    """The app's ending (a mixin of KindnessApp)."""

    context: Context
    keys: KeyOrder
    _finishing: asyncio.Task[str | None] | None = None

    def _screens(self) -> Iterable[Screen[Any]]:
        seen: set[int] = set()
        for stack in self._screen_stacks.values():
            for screen in stack:
                if id(screen) not in seen:
                    seen.add(id(screen))
                    yield screen

    def edits_unsaved(self) -> list[Edit]:
        """Every screen's and dialog's typed words not yet in the journal."""
        found: list[Edit] = []
        for screen in self._screens():
            if isinstance(screen, KeepsEdits):
                found.extend(screen.edits_unsaved())
        return found

    def keep_in_draft(self) -> None:
        """Everything unsaved into the draft file, now (a quit, a hang-up, a crash)."""
        edits = self.edits_unsaved()
        if not edits and "drafts" not in vars(self.context):
            return  # nothing was ever typed: no draft to keep
        drafts = self.context.drafts
        for edit in edits:
            drafts.put(edit)
        drafts.flush()

    async def finish(self) -> str | None:
        """Save everything typed, on every screen and dialog, before the app ends.

        Returns None when it is all in the journal, else one line saying where the
        words are kept (to show after the app has given the terminal back).
        """
        if self._finishing is None:
            self._finishing = asyncio.ensure_future(self._finish())
        return await asyncio.shield(self._finishing)

    async def _finish(self) -> str | None:
        context = self.context
        try:
            self.keep_in_draft()
        except JournalError as exc:
            draft_problem: str | None = str(exc)
        else:
            draft_problem = None
        if "drafts" not in vars(context):
            return None  # nothing was typed this session
        drafts = context.drafts
        edits = drafts.edits()
        problem = None
        if edits:
            try:
                await asyncio.wrap_future(context.journal.submit(self._save_all, edits))
            except Exception as exc:
                problem = problem_words(exc)
        try:
            drafts.flush()
        except JournalError as exc:
            draft_problem = str(exc)
        if not drafts.edits():
            drafts.close()
            return None
        if draft_problem is not None:
            return (
                f"Kindness could not save your last words ({problem}) nor keep a draft "
                f"({draft_problem})."
            )
        drafts.close()
        return (
            f"Your words are kept safe in {drafts.path}: the journal could not take them "
            f"({problem}). Kindness will save them the next time it opens."
        )

    def _save_all(self, edits: list[Edit]) -> None:
        """In the journal worker: apply every unsaved edit, each dropped from the draft once in."""
        from kindness_tui.data.applying_edits import apply_edit

        context = self.context
        with context.store.lock_timeout(QUIT_LOCK_WAIT):
            for edit in edits:
                apply_edit(context.store, edit, context.clock.today())
                context.drafts.drop(edit.key, edit)

    async def _leave(self, code: int) -> None:
        message = await self.finish()
        self.keys.stop()
        if message is None:
            self.exit(return_code=code)
        else:
            self.exit(return_code=code, message=Text(f"kindness: {one_line(message)}"))

    def _catch_hangups(self) -> None:
        """Save what was typed when the SSH line drops (SIGHUP) or the process is told to stop."""
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGHUP, signal.SIGTERM):
            try:
                loop.add_signal_handler(sig, self._hang_up, sig)
            except (NotImplementedError, RuntimeError, ValueError):
                continue

    def _hang_up(self, sig: signal.Signals) -> None:
        async def leave() -> None:
            await self._leave(128 + sig.value)
            # The terminal may be gone: if restoring it blocks, leave anyway (the words are kept).
            watchdog = threading.Timer(HANG_UP_GRACE, os._exit, args=(128 + sig.value,))
            watchdog.daemon = True
            watchdog.start()

        asyncio.ensure_future(leave())

    def _handle_exception(self, error: Exception) -> None:
        # A crash: whatever was typed goes to the draft first, for the next start.
        with contextlib.suppress(Exception):  # the crash itself is reported below
            self.keep_in_draft()
        super()._handle_exception(error)

