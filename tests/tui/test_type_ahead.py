"""Keys that arrive together (a paste, tmux send-keys, typing ahead on a slow link).

Pilot's `press` waits for the app to settle after every key, which hides the race; here the
keys are queued at once, as a terminal that delivers them in one read does.
"""

from __future__ import annotations

import asyncio
import gc
import time

import pytest
from textual.widgets import Checkbox, Input

from kindness_tui.app import make_app
from kindness_tui.context import Context
from kindness_tui.screens.help import HelpScreen
from kindness_tui.screens.today import DayScreen
from kindness_tui.screens.values_dialogs import AddValueDialog
from tests.conftest import TODAY
from tests.tui.helpers import (
    WAIT_LIMIT,
    burst,
    open_calendar,
    open_values,
    settled,
    wait_for,
)

SIZE = (80, 24)


@pytest.mark.parametrize(
    ("pressed", "burst_keys", "day", "typed"),
    [
        (["left"], ["enter", *"quiet"], 25, "quiet"),  # the 25th, an empty past day
        ([], ["left", "left", "enter", *"late"], 24, "late"),  # enter is a priority binding
    ],
    ids=["enter then words", "arrows then enter in one burst"],
)
async def test_keys_in_a_burst_on_the_calendar_open_the_day_the_cursor_is_on_and_land_in_it(
    context: Context, pressed: list[str], burst_keys: list[str], day: int, typed: str
) -> None:
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await open_calendar(pilot)
        await pilot.press(*pressed)
        burst(app, *burst_keys)
        await settled(pilot)
        assert app.is_running, "a q typed after enter quit the app"
        assert isinstance(app.screen, DayScreen)
        assert app.screen.day == TODAY.replace(day=day)
        assert app.screen.query_one("#new_thing-text", Input).value == typed


async def test_a_then_a_name_in_values_fill_the_new_dialog(context: Context) -> None:
    context.store.add_value("Curiosity", today=TODAY)
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await open_values(pilot)
        burst(app, "a", *"Trust")
        await settled(pilot)
        assert isinstance(app.screen, AddValueDialog)
        assert app.screen.query_one("#add-name", Input).value == "Trust"


async def test_f1_then_q_closes_help_and_keeps_the_app(context: Context) -> None:
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        app.screen.set_focus(None)
        burst(app, "f1", "q")
        await settled(pilot)
        assert app.is_running
        assert not isinstance(app.screen, HelpScreen)


@pytest.mark.parametrize("key", ["f4", "c"])
async def test_the_calendar_key_then_arrows_move_in_the_calendar(
    context: Context, key: str
) -> None:
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        app.screen.set_focus(None)
        burst(app, key, "left", "left")
        await settled(pilot)
        grid = app.screen.query_one("MonthGrid")
        assert grid.cursor == TODAY.replace(day=24)


async def test_keys_before_todays_text_fields_exist_wait_for_them(context: Context) -> None:
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        burst(app, *"quiet", "tab", "space")  # before the first frame's fields are built
        await settled(pilot)
        await settled(pilot)
        assert app.is_running, "the q of quiet quit the app"
        assert app.screen.query_one("#new_thing-text", Input).value == "quiet"
        assert app.screen.query_one("#new_thing-done", Checkbox).value  # tab, as when settled


async def test_a_key_taken_the_moment_the_app_takes_keys_finds_the_cursor_placed(
    context: Context,
) -> None:
    """A tab typed just as Today's last row arrives goes from the text to the done box (it
    once found no focus yet, and put the cursor back in the text)."""
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + WAIT_LIMIT
        while not app.keys.ready():  # checked at every turn of the loop, not every 20 ms
            assert loop.time() < deadline, "Today never became ready for keys"
            await asyncio.sleep(0)
        burst(app, "tab", "space")
        await settled(pilot)
        assert app.screen.query_one("#new_thing-done", Checkbox).value
        assert app.screen.query_one("#new_thing-text", Input).value == ""


async def test_keys_go_through_after_a_while_even_if_the_screen_never_finishes_building(
    context: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kindness_tui.widgets import later

    monkeypatch.setattr(later, "FIRST_FRAME_WAIT", 60.0)  # Today's rows never arrive here
    app = make_app(context)
    app.keys.settle_limit = 1.0
    async with app.run_test(size=SIZE) as pilot:
        sent = time.monotonic()
        burst(app, "f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen), "help opened")
        # It waited for the screen's last part (which never came) as long as allowed.
        assert time.monotonic() - sent >= app.keys.settle_limit


async def test_the_garbage_collector_is_back_on_once_today_is_built(context: Context) -> None:
    """`kindness` turns it off while the app opens (cli.commands.cmd_app); the app turns it
    on, after one collection, with what the start made frozen (never walked again)."""
    from kindness_tui.core.start_collector import pause_for_start

    pause_for_start()
    try:
        app = make_app(context)
        async with app.run_test(size=SIZE) as pilot:
            await settled(pilot)
            assert gc.isenabled()
            assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()
