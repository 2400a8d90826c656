"""The Kindness app: three modes (Today, Values, Calendar), global keys, palette, theme.

Two mechanisms keep what a person types (SPEC §4.3): keys are taken one at a
time, each once the one before is handled (`key_order.KeyOrder`), and every
screen and dialog keeps its unsaved words in the session's draft while the
journal worker writes them (`screens.base`). How the app ends is in
`quitting`, how it follows the journal on disk in `journal_watch`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import PurePath
from typing import ClassVar, cast

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.filter import LineFilter
from textual.notifications import SeverityLevel
from textual.screen import Screen

from kindness_tui.context import Context
from kindness_tui.core.safe_text import one_line
from kindness_tui.core.start_collector import resume_after_start
from kindness_tui.journal_watch import WATCH_INTERVAL, WatchesTheJournal
from kindness_tui.key_order import KeyOrder
from kindness_tui.quitting import EndsKindly
from kindness_tui.screens.base import KindnessScreen
from kindness_tui.screens.style_files import style


def _today(context: Context) -> Screen[None]:
    from kindness_tui.screens.today import TodayScreen

    return TodayScreen(context)


def _values(context: Context) -> Screen[None]:
    from kindness_tui.screens.values import ValuesScreen

    return ValuesScreen(context)


def _calendar(context: Context) -> Screen[None]:
    from kindness_tui.screens.calendar import CalendarScreen

    return CalendarScreen(context)


LATER_STYLES = ("values.tcss", "calendar.tcss")
"""The CSS of the screens F3 and F4 show, read once Today is built (see _read_other_styles)."""

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

LOCK_WAIT = 2.0
"""Seconds a save waits for another process's lock before it says the journal is busy (and
keeps the words in the draft, to try again): shorter than the command line's wait, as
the app tries again by itself."""


class KindnessApp(EndsKindly, WatchesTheJournal, App[None]):
    """One new thing and one secret kindness a day."""

    TITLE = "Kindness"
    # Today's rules are read with the app's: Today is the first screen (see get_default_screen).
    CSS_PATH: ClassVar[list[str | PurePath]] = [style("app.tcss"), style("today.tcss")]
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
        # Each screen is made with the context: none reaches for the app to find it.
        self.add_mode("values", partial(self._made_now, _values))
        self.add_mode("calendar", partial(self._made_now, _calendar))
        self._theme_ready = False
        self._loads_seen = context.store.loads
        self._watching = False
        self._draft_problem: str | None = None
        self._finishing: asyncio.Task[str | None] | None = None
        self._switching = False
        self.watch_interval = WATCH_INTERVAL
        """Seconds between looks at the journal for other processes' changes."""
        self.keys = KeyOrder(cast("App[object]", self), self._ready_for_keys)
        """Keys in the order they came, each once the one before is handled."""

    def get_line_filters(self) -> Sequence[LineFilter]:
        # Each filter is imported only where it is drawn through: most starts need neither.
        filters = list(super().get_line_filters())
        if self.context.sixteen_colours:  # nothing comes out red
            from kindness_tui.widgets.calm_colours import CALM_COLOURS

            filters.insert(0, CALM_COLOURS)
        if self.context.ascii_only:  # nothing but ASCII reaches the terminal
            from kindness_tui.widgets.ascii_only import ASCII_ONLY

            filters.append(ASCII_ONLY)
        return filters

    # ------------------------------------------------------------------ start

    def get_default_screen(self) -> Screen[None]:
        # Today starts as the default screen, not through MODES: Textual mounts a mode's
        # screen inside its start-up batch, re-reads all the CSS twice and draws the
        # screen twice. As the default screen it is drawn once, like a bare app's. It
        # becomes the "today" mode in on_mount, so F2 and the palette switch back to it.
        return self._made_now(_today)

    def on_mount(self) -> None:
        self.add_mode("today", partial(self._made_now, _today))
        self.keys.start()
        theme = self.context.settings().theme
        if theme is not None and theme in self.available_themes:
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
        resume_after_start()  # paused by `kindness` while the app opened
        # Once Today is on the screen, not before its first frame: conflict copies a sync
        # tool left (see journal_watch), and the other screens' CSS.
        self._look_for_copies()
        self._read_other_styles()

    def _read_other_styles(self) -> None:
        """Read Values' and the Calendar's CSS now, while the person reads Today.

        Textual reads a screen's CSS when the screen is first shown, and then parses
        every rule of the app again (Textual's own too); read here, F3 and F4 find it
        parsed. Only the new files are parsed: what is parsed already is kept.
        """
        sheet = self.stylesheet
        for name in LATER_STYLES:
            path = style(name)
            if not sheet.has_source(str(path), ""):
                sheet.read(path)
        sheet.parse()
        sheet.update(self)

    def _made_now(self, make: Callable[[Context], Screen[None]]) -> Screen[None]:
        """A screen of the app (Today too), made as it is first shown.

        It is styled as it mounts, with the theme of now; Textual would otherwise take
        it for a screen made before the last change of theme and parse all the CSS
        again and restyle every screen, twice, before showing it. Today, made with
        Textual's mark of "never styled", cost that on the first F2 back, and emptied
        the cache of parsed rules, so the first F4 after it parsed every rule again.
        """
        screen = make(self.context)
        screen._css_update_count = self._css_update_count
        return screen

    def delay_update(self, delay: float = 0.05) -> None:
        """Textual holds every frame for 50 ms as it switches modes: not ours.

        A screen made on its first visit is drawn only once it is mounted and laid out,
        so there is no half-built frame to hide; held, the first frame was drawn and
        thrown away (the hold outlasted it) and drawn again once the hold ended.
        """
        if not self._switching:
            super().delay_update(delay)

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

    # ------------------------------------------------------------------ actions

    async def action_quit(self) -> None:
        await self._leave(0)

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
        from kindness_tui.screens.day_form import DayFormScreen

        if isinstance(self.screen, DayFormScreen):
            await self.screen.saved_now()
        if self.current_mode != mode:
            self._switching = True
            try:
                mounted = self.switch_mode(mode)
            finally:
                self._switching = False
            await mounted
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


def make_app(context: Context) -> KindnessApp:
    """The app for a context (the command line's, or a test's with a temporary journal)."""
    return KindnessApp(context)
