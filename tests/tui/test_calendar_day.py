"""Opening a past day from the calendar fills it in with the same form as Today."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from kindness_tui.data.store import Store
from kindness_tui.screens.today import DayScreen
from tests.conftest import TODAY
from tests.tui.helpers import open_calendar

SIZE = (80, 24)


async def from_the_calendar(pilot: Pilot, *keys: str) -> None:
    """Open the calendar and press `keys` there (a move, then enter to open the day)."""
    await open_calendar(pilot)
    await pilot.press(*keys)
    await pilot.pause()


def new_thing_written(journal: Path, day: dt.date) -> str | None:
    """The new thing the journal holds for `day`, as another process reads it."""
    checkin = Store(journal).checkin(day)
    return None if checkin is None else checkin.new_thing.text


async def test_filling_in_a_forgotten_day(app, journal: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await from_the_calendar(pilot, "left", "left", "enter")
        assert isinstance(app.screen, DayScreen)
        assert app.screen.day == TODAY - dt.timedelta(days=2)
        field = app.screen.query_one("#new_thing-text", Input)
        assert app.focused is field
        await pilot.press(*"finally tried the climbing wall")
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, DayScreen)
        assert app.current_mode == "calendar"
    written = new_thing_written(journal, TODAY - dt.timedelta(days=2))
    assert written == "finally tried the climbing wall"


async def test_f4_from_a_day_goes_back_to_the_month_and_saves(app, journal: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await from_the_calendar(pilot, "up", "enter")
        assert isinstance(app.screen, DayScreen)
        await pilot.press(*"a walk at dawn")
        await pilot.press("f4")
        await pilot.pause()
        assert not isinstance(app.screen, DayScreen)
    assert new_thing_written(journal, TODAY - dt.timedelta(days=7)) == "a walk at dawn"


async def test_a_later_day_cannot_be_opened(app, journal: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await from_the_calendar(pilot, "right", "enter")
        assert not isinstance(app.screen, DayScreen)
    assert Store(journal).checkin(TODAY + dt.timedelta(days=1)) is None
