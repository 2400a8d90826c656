"""Opening a past day from the calendar fills it in with the same form as Today."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.widgets import Input

from kindness_tui.data.store import Store
from kindness_tui.screens.today import DayScreen
from tests.conftest import TODAY
from tests.tui.helpers import settled

SIZE = (80, 24)


async def test_filling_in_a_forgotten_day(app, journal: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("f4")
        await pilot.pause()
        await pilot.press("left", "left", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DayScreen)
        assert app.screen.day == TODAY - dt.timedelta(days=2)
        field = app.screen.query_one("#new_thing-text", Input)
        assert app.focused is field
        await pilot.press(*"finally tried the climbing wall")
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, DayScreen)
        assert app.current_mode == "calendar"
    checkin = Store(journal).checkin(TODAY - dt.timedelta(days=2))
    assert checkin is not None and checkin.new_thing.text == "finally tried the climbing wall"


async def test_f4_from_a_day_goes_back_to_the_month_and_saves(app, journal: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("f4")
        await pilot.pause()
        await pilot.press("up", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DayScreen)
        await pilot.press(*"a walk at dawn")
        await pilot.press("f4")
        await pilot.pause()
        assert not isinstance(app.screen, DayScreen)
    checkin = Store(journal).checkin(TODAY - dt.timedelta(days=7))
    assert checkin is not None and checkin.new_thing.text == "a walk at dawn"


async def test_a_later_day_cannot_be_opened(app, journal: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("f4")
        await pilot.pause()
        await pilot.press("right", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, DayScreen)
    assert Store(journal).checkin(TODAY + dt.timedelta(days=1)) is None
