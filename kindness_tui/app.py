"""The Kindness app: three modes (Today, Values, Calendar), global keys, palette, theme.

Two mechanisms keep what a person types (SPEC §4.3): keys are taken one at a
time, each once the one before is handled (`key_order.KeyOrder`), and every
screen and dialog keeps its unsaved words in the session's draft while the
journal worker writes them (`screens.base`). Quitting, a hang-up and a crash
all end the same way (`finish`): the words go to the draft, then to the
journal; what the journal could not take stays in the draft, and the next
start brings it back.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
import signal
import threading
from collections.abc import Callable, Iterable
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, ClassVar, cast

from rich.text import Text
from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.notifications import SeverityLevel
from textual.screen import Screen

from kindness_tui.context import Context
from kindness_tui.core.safe_text import one_line
from kindness_tui.data.errors import JournalError
from kindness_tui.key_order import KeyOrder
from kindness_tui.screens.base import KeepsEdits, KindnessScreen, problem_words, style

if TYPE_CHECKING:
    from kindness_tui.core.edits import Edit


def _today() -> Screen[None]:
    from kindness_tui.screens.today import TodayScreen

    return TodayScreen()


def _values() -> Screen[None]:
    from kindness_tui.screens.values import ValuesScreen

    return ValuesScreen()


def _calendar() -> Screen[None]:
    from kindness_tui.screens.calendar import CalendarScreen

    return CalendarScreen()


ASCII_KEYS = {
    "←↑↓→": "arrows",
    "←→": "arrows",
    "⏎": "enter",
    "←": "left",
    "→": "right",
    "↑": "up",
    "↓": "down",
}
"""Key names for terminals that cannot show arrows (a non-UTF-8 locale or KINDNESS_ASCII=1)."""

WATCH_INTERVAL = 1.0
"""Seconds between looks at the journal file for changes made by other processes."""

LOCK_WAIT = 2.0
"""Seconds a save waits for another process's lock before it says the journal is busy (and
keeps the words in the draft, to try again): shorter than the command line's wait, as
the app tries again by itself."""

QUIT_LOCK_WAIT = 1.5
"""Seconds a quit waits for another process's lock before leaving the words in the draft."""

LETTERS = ("question_mark", "t", "v", "c", "q")


class KindnessApp(App[None]):
    """One new thing and one secret kindness a day."""

    TITLE = "Kindness"
    # Today's rules are read with the app's: Today is the first screen (see get_default_screen).
    CSS_PATH: ClassVar[list[str | PurePath]] = [style("app.tcss"), style("today.tcss")]
    MODES: ClassVar[dict[str, str | Callable[[], Screen[None]]]] = {
        "values": _values,
        "calendar": _calendar,
    }
    DEFAULT_MODE = "today"
    BINDINGS: ClassVar[list[BindingType]] = [
        # F1–F4 and ctrl+q work everywhere, even in a text field that would take a letter.
        # F1–F4 are shown in each screen's top bar, so the footer keeps room for its own keys.
        Binding("f1", "help", "Help", priority=True, show=False),
        Binding("f2", "switch_mode('today')", "Today", priority=True, show=False),
        Binding("f3", "switch_mode('values')", "Values", priority=True, show=False),
        Binding("f4", "switch_mode('calendar')", "Calendar", priority=True, show=False),
        Binding("ctrl+q", "quit", "Quit", priority=True),
        # The same as letters, only where letters are not typed (see check_action).
        Binding("question_mark", "letter('help')", "Help", show=False),
        Binding("t", "letter('today')", "Today", show=False),
        Binding("v", "letter('values')", "Values", show=False),
        Binding("c", "letter('calendar')", "Calendar", show=False),
        Binding("q", "letter('quit')", "Quit", show=False),
        Binding("escape", "leave_field", "Leave field", show=False),
    ]

    def __init__(self, context: Context) -> None:
        super().__init__()
        self.context = context
        self._theme_ready = False
        self._loads_seen = context.store.loads
        self._watching = False
        self._draft_problem: str | None = None
        self._finishing: asyncio.Task[str | None] | None = None
        self.watch_interval = WATCH_INTERVAL
        """Seconds between looks at the journal for other processes' changes."""
        self.keys = KeyOrder(cast("App[object]", self), self._ready_for_keys)
        """Keys in the order they came, each once the one before is handled."""

    # ------------------------------------------------------------------ start

    def get_default_screen(self) -> Screen[None]:
        # Today starts as the default screen, not through MODES: Textual mounts a mode's
        # screen inside its start-up batch, re-reads all the CSS twice and draws the
        # screen twice. As the default screen it is drawn once, like a bare app's. It
        # becomes the "today" mode in on_mount, so F2 and the palette switch back to it.
        return _today()

    def on_mount(self) -> None:
        self.add_mode("today", _today)
        self.keys.start()
        theme = self.context.store.setting("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme
        self._theme_ready = True
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        for warning in self.context.store.warnings:
            self.notify(warning, title="About your journal", timeout=10)
        if self.context.store.read_only:
            self.sub_title = "read-only"
        self.set_interval(self.watch_interval, self._watch_journal)
        self._catch_hangups()
        self.run_worker(self._bring_back_drafts(), name="drafts from last time")

    def on_today_built(self) -> None:
        # `kindness` turns the garbage collector off while the app opens: nothing made
        # during the start is garbage, and walking it cost about 20 ms (cli.cmd_app).
        gc.enable()

    def _ready_for_keys(self) -> bool:
        """Whether the screen has built what it builds after its first frame."""
        from kindness_tui.widgets.later import Later

        if not Later.waiting:
            return True
        try:
            screen = self.screen
        except Exception:
            return True
        return not Later.pending_on(screen)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key | events.Paste):
            if not self._screen_stack:
                return  # the app is closing: no screen left to take a key
            if not event.is_forwarded and not self.keys.take(event):
                return  # it waits for its turn (see KeyOrder)
        await super().on_event(event)

    async def _bring_back_drafts(self) -> None:
        """Apply the drafts of sessions that ended without saving, and say so gently."""
        from kindness_tui.data.draft_places import has_leftovers

        context = self.context
        if not has_leftovers(context.store.path):  # two listdirs: most starts end here
            return
        from kindness_tui.data.drafts import recover

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

    # ------------------------------------------------------------------ the journal

    def _remember_theme(self, _theme: object) -> None:
        if self._theme_ready and not self.context.store.read_only:
            self.context.journal.submit(self._store_theme, self.theme)

    def _store_theme(self, theme: str) -> None:
        # A look, not a word typed: a busy journal just means it is kept next time.
        with contextlib.suppress(JournalError):
            self.context.store.set_setting("theme", theme)

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

    # ------------------------------------------------------------------ finishing

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
        from kindness_tui.data.drafts import apply_edit

        context = self.context
        with context.store.lock_timeout(QUIT_LOCK_WAIT):
            for edit in edits:
                apply_edit(context.store, edit, context.clock.today())
                context.drafts.drop(edit.key, edit)

    async def action_quit(self) -> None:
        await self._leave(0)

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
            watchdog = threading.Timer(3.0, os._exit, args=(128 + sig.value,))
            watchdog.daemon = True
            watchdog.start()

        asyncio.ensure_future(leave())

    def _handle_exception(self, error: Exception) -> None:
        # A crash: whatever was typed goes to the draft first, for the next start.
        with contextlib.suppress(Exception):  # the crash itself is reported below
            self.keep_in_draft()
        super()._handle_exception(error)

    # ------------------------------------------------------------------ actions

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Every notification of the app (screens' and widgets' too) as plain text on one line.

        Messages carry stored text and exception text (a journal path, a lock holder's
        name): nothing in them is ever read as markup or reaches the terminal raw.
        """
        super().notify(
            one_line(str(message), ascii_only=self.context.ascii_only),
            title=one_line(str(title), ascii_only=self.context.ascii_only),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "letter":
            return not self._letters_typed()
        return True

    def _letters_typed(self) -> bool:
        """Whether a letter would be typed (or belongs to a form): the focus is in a text
        field or a form, or a dialog is open."""
        if self.screen.is_modal:
            return True
        focused = self.focused
        if focused is None:
            return False
        from textual.widgets import Input

        for node in (focused, *focused.ancestors):
            if isinstance(node, Input) or node.has_class("form"):
                return True
            if type(node).__name__.endswith("TextArea"):
                return True
        return False

    async def action_letter(self, what: str) -> None:
        if what == "help":
            await self.action_help()
        elif what == "quit":
            await self.action_quit()
        else:
            await self.action_switch_mode(what)

    async def action_switch_mode(self, mode: str) -> None:
        from kindness_tui.screens.today import DayFormScreen

        if isinstance(self.screen, DayFormScreen):
            await self.screen.saved_now()
        if self.current_mode != mode:
            await self.switch_mode(mode)
        elif self.screen.is_modal:
            return
        else:
            while len(self.screen_stack) > 1 and not self.screen.is_modal:
                self.pop_screen()  # F4 from a day opened in the calendar goes back to the month
        screen = self.screen
        if isinstance(screen, KindnessScreen):
            screen.journal_changed()

    async def action_help(self) -> None:
        from kindness_tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss(None)
        else:
            await self.push_screen(HelpScreen())

    def action_leave_field(self) -> None:
        """Escape: the focus leaves a text field or the form, so the letter keys work."""
        if not self.screen.is_modal and self._letters_typed():
            self.screen.set_focus(None)

    def get_key_display(self, binding: Binding) -> str:
        display = super().get_key_display(binding)
        if self.context.ascii_only:
            for fancy, plain in ASCII_KEYS.items():
                display = display.replace(fancy, plain)
        return display

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield SystemCommand("Today", "The daily prompt (F2)", lambda: self._go("today"))
        yield SystemCommand("Values", "Your value wheel (F3)", lambda: self._go("values"))
        yield SystemCommand(
            "Calendar", "Look back over the month (F4)", lambda: self._go("calendar")
        )
        yield SystemCommand("Help", "Every key, screen by screen (F1)", self.action_help)
        yield SystemCommand("Quit", "Save and leave (ctrl+q)", self._quit_soon)
        yield SystemCommand("Theme", "Choose how the app looks", self.action_change_theme)
        if isinstance(screen, KindnessScreen):
            yield from screen.palette_commands()

    def _go(self, mode: str) -> None:
        self.run_worker(self.action_switch_mode(mode), exclusive=True, group="switch")

    def _quit_soon(self) -> None:
        self.run_worker(self.action_quit(), group="quit")

