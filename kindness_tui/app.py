"""The Kindness app: three modes (Today, Values, Calendar), global keys, palette, theme."""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import threading
from collections.abc import Callable, Iterable
from pathlib import PurePath
from typing import ClassVar

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from kindness_tui.context import Context
from kindness_tui.data.safe_storage import JournalError
from kindness_tui.screens.base import KindnessScreen, style


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

KEY_HOLD_LIMIT = 2.0
"""Seconds at most that keys typed during the start wait for Today's text fields (and the
garbage collector stays off), should Today never say it is built."""

WATCH_INTERVAL = 1.0
"""Seconds between looks at the journal file for changes made by other processes."""


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
        # F1–F4 are shown in each screen's top bar, so the footer keeps room for its own keys.
        # Keys that open a screen are priority bindings whose actions await the push: the app
        # takes the next key only once the action has returned, so keys that arrive with the
        # one that opened the screen (a paste, typing ahead on a slow link) land in it.
        Binding("f1", "help", "Help", priority=True, show=False),
        Binding("f2", "switch_mode('today')", "Today", priority=True, show=False),
        Binding("f3", "switch_mode('values')", "Values", priority=True, show=False),
        Binding("f4", "switch_mode('calendar')", "Calendar", priority=True, show=False),
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("question_mark", "help", "Help", show=False),
        Binding("t", "switch_mode('today')", "Today", show=False),
        Binding("v", "switch_mode('values')", "Values", show=False),
        Binding("c", "switch_mode('calendar')", "Calendar", show=False),
        Binding("q", "quit", "Quit", show=False),
        Binding("escape", "leave_field", "Leave field", show=False),
        # Moving focus at the app, as soon as the key arrives, keeps fast typing (a paste, tmux
        # send-keys, a quick typist on a slow link) from landing in the field being left.
        Binding("tab", "focus_next", "Next field", show=False, priority=True),
        Binding("shift+tab", "focus_previous", "Previous field", show=False, priority=True),
    ]

    def __init__(self, context: Context) -> None:
        super().__init__()
        self.context = context
        self._theme_ready = False
        self._held_keys: list[events.Event] | None = []
        """Keys that arrived before Today's text fields existed, in order (None: not held)."""

    # ------------------------------------------------------------------ start and stop

    def get_default_screen(self) -> Screen[None]:
        # Today starts as the default screen, not through MODES: Textual mounts a mode's
        # screen inside its start-up batch, re-reads all the CSS twice and draws the
        # screen twice. As the default screen it is drawn once, like a bare app's. It
        # becomes the "today" mode in on_mount, so F2 and the palette switch back to it.
        return _today()

    def on_mount(self) -> None:
        self.add_mode("today", _today)
        theme = self.context.store.setting("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme
        self._theme_ready = True
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        for warning in self.context.store.warnings:
            self.notify(warning, title="About your journal", timeout=10)
        if self.context.store.read_only:
            self.sub_title = "read-only"
        self.set_interval(WATCH_INTERVAL, self._watch_journal)
        self.set_timer(KEY_HOLD_LIMIT, self.started)
        self._catch_hangups()

    async def on_event(self, event: events.Event) -> None:
        # Today's first frame comes before its text fields are built: what is typed in the
        # meantime (typing as the app opens, keys queued on a slow link) waits for them
        # instead of landing nowhere, or quitting on a "q".
        held = self._held_keys
        keyboard = isinstance(event, events.Key | events.Paste) and not event.is_forwarded
        if held is not None and keyboard:
            held.append(event)
            return
        await super().on_event(event)

    @property
    def holding_keys(self) -> bool:
        """Whether keys are still held for Today's text fields (see on_event)."""
        return self._held_keys is not None

    def started(self) -> None:
        """Today is built: let the held keys through, in the order they came, and turn the
        garbage collector back on (`kindness` turns it off while the app opens)."""
        gc.enable()
        if self._held_keys is not None:
            self.call_later(self._replay_keys)

    async def _replay_keys(self) -> None:
        held, self._held_keys = self._held_keys or [], None
        for event in held:
            await super().on_event(event)

    def _catch_hangups(self) -> None:
        """Save what was typed when the SSH line drops (SIGHUP) or the process is told to stop."""
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGHUP, signal.SIGTERM):
            try:
                loop.add_signal_handler(sig, self._hang_up, sig)
            except (NotImplementedError, RuntimeError, ValueError):
                continue

    def _hang_up(self, sig: signal.Signals) -> None:
        self.save_everything()
        # The terminal may be gone: if restoring it blocks, leave anyway (the words are saved).
        watchdog = threading.Timer(3.0, os._exit, args=(128 + sig.value,))
        watchdog.daemon = True
        watchdog.start()
        self.exit(return_code=128 + sig.value)

    def _remember_theme(self, _theme: object) -> None:
        if self._theme_ready and not self.context.store.read_only:
            try:
                self.context.store.set_setting("theme", self.theme)
            except JournalError as exc:
                self.notify(str(exc), severity="warning")

    def _watch_journal(self) -> None:
        store = self.context.store
        if not store.changed_on_disk():
            return
        try:
            changed = store.refresh()
        except JournalError as exc:
            self.notify(str(exc), severity="warning", timeout=10)
            return
        if changed and isinstance(self.screen, KindnessScreen):
            self.screen.journal_changed()

    def save_everything(self) -> None:
        """Save what is typed on every screen that exists (on quit, hang-up or terminate)."""
        for screen in self._mode_screens():
            try:
                screen.save_now()
            except JournalError as exc:
                self.notify(str(exc), severity="error", timeout=10)

    def _mode_screens(self) -> Iterable[KindnessScreen]:
        seen: set[int] = set()
        for stack in self._screen_stacks.values():
            for screen in stack:
                if isinstance(screen, KindnessScreen) and id(screen) not in seen:
                    seen.add(id(screen))
                    yield screen

    async def action_quit(self) -> None:
        self.save_everything()
        self.exit()

    # ------------------------------------------------------------------ actions

    async def action_switch_mode(self, mode: str) -> None:
        if isinstance(self.screen, KindnessScreen):
            self.save_everything()
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
        from textual.widgets import Input, TextArea  # here, so a start need not load TextArea

        if isinstance(self.focused, Input | TextArea):
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
