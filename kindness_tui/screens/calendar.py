"""The Calendar screen: looking back over the month (SPEC §2.3).

The month's check-ins are read once and cached, so moving the selection
touches neither the store nor more of the screen than the two cells; the day
panel follows once the cursor rests (`PANEL_REST_SECONDS`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.timer import Timer

from kindness_tui.core.checkin import CheckIn
from kindness_tui.core.logical_day import month_title
from kindness_tui.core.month_grid import (
    DayMarks,
    days_in_month,
    month_start,
    move_months,
    week_start,
)
from kindness_tui.data.errors import JournalError
from kindness_tui.screens.base import KindnessScreen
from kindness_tui.screens.calendar_summary import MonthSummaryView, summary_content
from kindness_tui.screens.style_files import style
from kindness_tui.widgets.key_bar import KeyBar
from kindness_tui.widgets.month_day import DayPanel
from kindness_tui.widgets.month_grid import MonthGrid
from kindness_tui.widgets.top_bar import TopBar

if TYPE_CHECKING:
    from kindness_tui.context import Context

MONTHS_AHEAD = 12
"""How far past today's month the calendar lets a person look."""

PANEL_REST_SECONDS = 0.4
"""How long the cursor rests on a day before the day panel follows it.

The grid's cursor moves at once, but the panel costs a kilobyte or more to
redraw. Over a slow SSH link, holding an arrow key should not send a whole
panel for every day passed (SPEC §5, §6), so the panel waits until the person
stops on a day. Long enough to span a key's auto-repeat and a brisk tap, short
enough to feel like it answers the stop.
"""

LATER_DAY_WORDS = "That day hasn't come yet. It can be filled in once it arrives."


class PanelScroll(VerticalScroll):
    """A part of the calendar that scrolls (the day, the month's words). Tab reaches it to
    read what does not fit; it shows that it has the focus, up and down scroll it, and
    left, right and escape go back to the days (moving by one, or staying)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "back_to_days(-1)", "Days", show=False),
        Binding("right", "back_to_days(1)", "Days", show=False),
        Binding("escape", "back_to_days(0)", "Back to the days"),
    ]

    def action_back_to_days(self, days: int) -> None:
        grid = self.screen.query_one(MonthGrid)
        grid.focus()
        if days:
            grid.action_move(days)


class CalendarScreen(KindnessScreen):
    """A month grid, the selected day, and the month's gentle tally."""

    CSS_PATH = style("calendar.tcss")
    def __init__(self, context: Context) -> None:
        super().__init__(context)
        self._months: dict[tuple[int, int], dict[dt.date, CheckIn]] = {}
        self._names: Mapping[str, str] = {}
        self._rest: Timer | None = None

    def compose(self) -> ComposeResult:
        today = self.clock.today()
        earliest, latest = self._bounds(today)
        yield TopBar("Looking back", here="calendar", id="topbar")
        with Horizontal(id="calendar-body"):
            with Vertical(id="calendar-month"):
                yield MonthGrid(
                    today=today,
                    first_weekday=self._first_weekday(),
                    marks=self._marks,
                    earliest=earliest,
                    latest=latest,
                    ascii_only=self.ascii_only,
                    id="calendar-grid",
                )
                with PanelScroll(id="calendar-summary-scroll"):
                    yield MonthSummaryView(id="calendar-summary")
            with PanelScroll(id="calendar-day"):
                yield DayPanel(id="calendar-day-panel")
        yield KeyBar(ascii_only=self.ascii_only)

    @property
    def grid(self) -> MonthGrid:
        return self.query_one("#calendar-grid", MonthGrid)

    def on_mount(self) -> None:
        self._names = self.store.value_names()
        self.grid.focus()
        self._show_month()
        self._show_day()
        self.journal_shown()

    # ------------------------------------------------------------------ the journal, cached

    def _first_weekday(self) -> int:
        return week_start(self.context.settings().week_start)

    def _bounds(self, today: dt.date) -> tuple[dt.date, dt.date]:
        """From one month before the journal begins (or before today) to a year ahead."""
        dates = self.store.checkin_dates()
        first = min(dt.date.fromisoformat(dates[0]), today) if dates else today
        earliest = month_start(move_months(month_start(first), -1))
        ahead = move_months(today, MONTHS_AHEAD)
        latest = ahead.replace(day=days_in_month(ahead.year, ahead.month))
        return earliest, latest

    def _month_checkins(self, year: int, month: int) -> dict[dt.date, CheckIn]:
        key = (year, month)
        if key not in self._months:
            start = dt.date(year, month, 1)
            end = dt.date(year, month, days_in_month(year, month))
            self._months[key] = {
                dt.date.fromisoformat(c.date): c for c in self.store.checkins(start, end)
            }
        return self._months[key]

    def _marks(self, year: int, month: int) -> Mapping[dt.date, DayMarks]:
        return {day: DayMarks.of(c) for day, c in self._month_checkins(year, month).items()}

    def _reread(self) -> None:
        """Forget the cache and show the journal as it is now."""
        self._months.clear()
        self._names = self.store.value_names()
        grid = self.grid
        today = self.clock.today()
        grid.earliest, grid.latest = self._bounds(today)
        grid.today = today
        grid.first_weekday = self._first_weekday()
        grid.reload()
        self._show_month()
        self._show_day()

    def show_journal(self) -> None:
        self._reread()

    def on_screen_resume(self) -> None:
        if self.is_mounted:
            self.journal_changed()

    # ------------------------------------------------------------------ showing

    def _follow_after_rest(self) -> None:
        """Show the selected day in the panel once the cursor has rested on it."""
        if self._rest is not None:
            self._rest.stop()
        self._rest = self.set_timer(PANEL_REST_SECONDS, self._rested, name="day panel rest")

    def _rested(self) -> None:
        self._rest = None
        self._show_day()

    def _show_day(self) -> None:
        """Show the selected day in the panel now."""
        if self._rest is not None:
            self._rest.stop()
            self._rest = None
        self.query_one("#calendar-day", VerticalScroll).scroll_home(animate=False)
        day = self.grid.cursor
        checkin = self._month_checkins(day.year, day.month).get(day)
        self.query_one(DayPanel).show(
            day, checkin, today=self.grid.today, names=self._names, ascii_only=self.ascii_only
        )

    def _show_month(self) -> None:
        month = self.grid.month
        checkins = list(self._month_checkins(month.year, month.month).values())
        today = self.grid.today
        recent = self.store.checkins(today - dt.timedelta(days=13), today)
        content = summary_content(
            month.year,
            month.month,
            checkins,
            recent=recent,
            values=self.store.values(),
            names=self._names,
            today=today,
            ascii_only=self.ascii_only,
        )
        self.query_one(MonthSummaryView).show(content)

    @on(MonthGrid.Highlighted)
    def _highlighted(self, event: MonthGrid.Highlighted) -> None:
        if event.month_changed:
            self._show_month()
        self._follow_after_rest()

    @on(MonthGrid.EdgeReached)
    def _edge(self, event: MonthGrid.EdgeReached) -> None:
        if event.day < self.grid.earliest:
            first = self.grid.earliest
            self.notify(
                f"Your journal begins around {month_title(first.year, first.month)}; "
                "there is nothing further back to look at.",
                timeout=4,
            )
        else:
            self.notify("That's as far ahead as the calendar looks.", timeout=4)

    @on(MonthGrid.Opened)
    async def _open(self, event: MonthGrid.Opened) -> None:
        await self.open_day(event.day)

    async def action_open_selected(self) -> None:
        await self.open_day(self.query_one(MonthGrid).cursor)

    async def open_day(self, day: dt.date) -> None:
        """Open a day in the same form as Today; later days are only looked at."""
        if day > self.clock.today():
            self.notify(LATER_DAY_WORDS, timeout=4)
            return
        if self.store.read_only:
            self.notify("The journal is open read-only, so days can be looked at but not changed.")
            return
        from kindness_tui.screens.today import DayScreen

        try:
            await self.app.push_screen(DayScreen(self.context, day))
        except JournalError as exc:
            self.notify(str(exc), severity="warning")

    # ------------------------------------------------------------------ palette

    def palette_commands(self) -> Iterable[SystemCommand]:
        grid = self.grid
        yield SystemCommand("Calendar: go to today", "Select today (home)", grid.action_home)
        yield SystemCommand(
            "Calendar: previous month", "The month before (pageup)", lambda: grid.action_month(-1)
        )
        yield SystemCommand(
            "Calendar: next month", "The month after (pagedown)", lambda: grid.action_month(1)
        )
        yield SystemCommand(
            "Calendar: open the selected day", "Fill it in or look again (enter)", grid.action_open
        )
