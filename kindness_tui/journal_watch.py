"""The app and the journal on disk: changes other processes make, and drafts left behind.

Once a second the app looks at the journal file (one stat); when another process
changed it, the journal worker reads it again and the screen shows the change.
At the start, drafts of sessions that ended without saving (a kill -9, a crash,
a journal that could not be written) are applied and named in a gentle line.
At the start and whenever the journal's folder changes, conflict copies a sync
tool left beside the journal are merged into it, also with a gentle line.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING

from textual.app import App

from kindness_tui.data.errors import JournalError
from kindness_tui.screens.base import KindnessScreen, problem_words

if TYPE_CHECKING:
    from pathlib import Path

    from kindness_tui.context import Context
    from kindness_tui.data.conflict_copies import CopyWatch

WATCH_INTERVAL = 1.0
"""Seconds between looks at the journal file for changes made by other processes."""


class WatchesTheJournal(App[None]):
    """The app's eye on the journal (a mixin of KindnessApp)."""

    context: Context
    _theme_ready = False
    _watching = False
    _draft_problem: str | None = None
    _loads_seen = 0
    _copies: CopyWatch | None = None
    _folding = False
    _copies_said: frozenset[str] = frozenset()
    """Lines about conflict copies already shown (a copy left in place is named once)."""

    async def _bring_back_drafts(self) -> None:
        """Apply the drafts of sessions that ended without saving, and say so gently."""
        from kindness_tui.data.draft_places import has_leftovers

        context = self.context
        if not has_leftovers(context.store.path):  # two listdirs: most starts end here
            return
        from kindness_tui.data.applying_edits import recover

        try:
            recovery = await asyncio.wrap_future(
                context.journal.submit(recover, context.store, context.clock.today())
            )
        except (JournalError, OSError) as exc:
            self.notify(
                f"Words from last time are waiting in {context.drafts.folder}; they could "
                f"not be saved yet ({problem_words(exc)}). They will be, next time.",
                title="Kept safe",
                timeout=15,
            )
            return
        if recovery.saved:
            said = ", ".join(dict.fromkeys(recovery.saved))
            self.notify(
                f"Welcome back. Brought back and saved from last time: {said}.",
                title="Nothing was lost",
                timeout=12,
            )
            self._journal_changed()
        for problem in recovery.problems:
            self.notify(problem, title="Kept safe", timeout=15)

    def _remember_theme(self, _theme: object) -> None:
        if self._theme_ready and not self.context.store.read_only:
            self.context.journal.submit(self._store_theme, self.theme)

    def _store_theme(self, theme: str) -> None:
        # A look, not a word typed: a busy journal just means it is kept next time.
        with contextlib.suppress(JournalError):
            self.context.change_setting("theme", theme)

    def _watch_journal(self) -> None:
        """Look for changes from other processes, and show them.

        The look is one stat of the file; reading it again happens in the journal's
        worker, only when it changed.
        """
        if not self._watching and self.context.store.changed_on_disk():
            self._watching = True
            self.run_worker(self._look_at_journal(), name="journal watch", group="watch")
        problem = self.context.drafts.problem
        if problem and problem != self._draft_problem:
            self.notify(problem, severity="warning", timeout=8)
        self._draft_problem = problem
        self._look_for_copies()

    def _look_for_copies(self) -> None:
        """Merge the conflict copies a sync tool left beside the journal: one stat of its
        folder, a listing when it changed, and the merge in the journal's worker."""
        if self._folding or self.context.store.read_only:
            return
        if self._copies is None:
            from kindness_tui.data.conflict_copies import CopyWatch

            self._copies = CopyWatch(self.context.store.path)
        copies = self._copies.look()
        if copies:
            self._folding = True
            self.run_worker(self._fold_in_copies(copies), name="conflict copies", group="copies")

    async def _fold_in_copies(self, copies: list[Path]) -> None:
        from kindness_tui.data.conflict_folding import fold_in

        context = self.context
        try:
            folded = await asyncio.wrap_future(
                context.journal.submit(fold_in, context.store, copies)
            )
        except (JournalError, OSError) as exc:
            # Tried again when the folder changes next (a busy lock's holder writes there).
            self._say_once(
                f"Conflict copies from your sync wait beside the journal, to be merged in a "
                f"moment ({problem_words(exc)}).",
                "Kept safe",
            )
            return
        finally:
            self._folding = False
        said = folded.line()
        if said:
            self._journal_changed()
            self.notify(said, title="Merged from your sync", timeout=15)
        for line in folded.left:
            self._say_once(line, "Left as it was")

    def _say_once(self, line: str, title: str) -> None:
        if line not in self._copies_said:
            self._copies_said |= {line}
            self.notify(line, title=title, timeout=15)

    async def _look_at_journal(self) -> None:
        try:
            await asyncio.wrap_future(self.context.journal.submit(self._refresh_journal))
        finally:
            self._watching = False
        if self.context.store.loads != self._loads_seen:
            self._journal_changed()

    def _refresh_journal(self) -> None:
        with contextlib.suppress(JournalError):  # shown where a save meets it
            self.context.store.refresh()

    def _journal_changed(self) -> None:
        self._loads_seen = self.context.store.loads
        if isinstance(self.screen, KindnessScreen):
            self.screen.journal_changed()
