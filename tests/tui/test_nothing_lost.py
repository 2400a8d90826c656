"""Nothing typed is lost (SPEC §4.3): keys in bursts, the day change, saves folded in, limits.

Keys are queued with `burst`, all at once before the app handles the first, as a terminal
that delivers them in one read does; each test then checks the journal a second process
would read, and what the screen shows.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual import events
from textual.widgets import Input, SelectionList, TextArea

from kindness_tui.app import make_app
from kindness_tui.context import Context
from kindness_tui.core.logical_day import Clock
from kindness_tui.core.models import LONG_MAX
from kindness_tui.data.store import Store
from kindness_tui.screens.values_dialogs import EditValueDialog
from kindness_tui.screens.values_find import FindValuesScreen
from kindness_tui.widgets.checkin_form import CheckInForm
from kindness_tui.widgets.mood_scale import MoodScale
from tests.conftest import TODAY
from tests.tui.helpers import burst, open_values, settled, wait_for, wait_for_screen

SIZE = (80, 24)


def fresh(journal: Path) -> Store:
    """The journal as another process reads it."""
    return Store(journal)


async def test_enter_moves_to_the_next_text_field_so_letters_stay_text(app, journal: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        burst(app, *"walk", "enter", *"quiet")
        await settled(pilot)
        assert app.is_running, "a q after enter quit the app"
        assert app.screen.query_one("#new_thing-text", Input).value == "walk"
        assert app.screen.query_one("#kindness-text", Input).value == "quiet"
        burst(app, "enter", *"rest", "enter", *"tea")
        await settled(pilot)
        assert app.screen.query_one("#self_kindness", Input).value == "rest"
        assert app.screen.query_one("#note", TextArea).text == "tea"


async def test_letters_on_a_done_box_never_switch_screens_or_quit(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        burst(app, "tab", *"tvcq?")
        await settled(pilot)
        assert app.is_running
        assert app.current_mode == "today" and type(app.screen).__name__ == "TodayScreen"
        burst(app, "escape", "v")  # out of the form: the letters work again
        await settled(pilot)
        assert app.current_mode == "values"


async def test_a_burst_through_the_form_ends_as_typed_slowly(
    context: Context, journal: Path
) -> None:
    context.store.add_value("Curiosity", today=TODAY)
    context.store.add_value("Care", today=TODAY)
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        burst(app, *"walked", "tab", "space", "tab", "enter", "down", "down", "enter")
        await settled(pilot)
        await pilot.press("ctrl+s")

        def saved() -> bool:
            day = fresh(journal).checkin(TODAY)
            return bool(day and day.new_thing and day.new_thing.value_id)

        await wait_for(pilot, saved, "the day was saved with its value")
    day = fresh(journal).checkin(TODAY)
    assert day is not None and day.new_thing is not None
    assert day.new_thing.text == "walked"
    assert day.new_thing.done
    assert day.new_thing.value_id is not None


async def test_words_then_ctrl_q_in_one_burst_are_kept(app, journal: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        burst(app, *"typed then quit", "ctrl+q")
        await wait_for(pilot, lambda: not app.is_running, "the app quit")
    day = fresh(journal).checkin(TODAY)
    assert day is not None and day.new_thing is not None
    assert day.new_thing.text == "typed then quit"
    assert not list((journal.parent / "kindness.json.drafts").glob("*.json"))


async def test_ctrl_s_says_saved_only_once_the_words_are_in(app, journal: Path) -> None:
    said: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        original = app.notify

        def notify(message: str, **kwargs: object) -> None:
            if message == "Saved":
                day = fresh(journal).checkin(TODAY)
                said.append(day.new_thing.text if day and day.new_thing else "")
            original(message, **kwargs)  # type: ignore[arg-type]

        app.notify = notify  # type: ignore[method-assign]
        burst(app, *"more", "ctrl+s")
        await wait_for(pilot, lambda: said, "Saved was said")
    assert said == ["more"]


async def test_a_multi_line_paste_into_a_one_line_field_keeps_every_line(
    app, journal: Path
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        app.post_message(events.Paste("walked to the river\nand back\n\nslowly"))
        await settled(pilot)
        field = app.screen.query_one("#new_thing-text", Input)
        assert field.value == "walked to the river and back slowly"


async def test_the_note_stops_at_what_the_journal_accepts(app, journal: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        app.screen.query_one(CheckInForm).focus_note()
        await settled(pilot)
        note = app.screen.query_one("#note", TextArea)
        app.post_message(events.Paste("x" * (LONG_MAX + 50)))
        await settled(pilot)
        assert len(note.text) == LONG_MAX
        await pilot.press("y")  # full: the key is refused, not half-saved
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running, "the app quit")
    day = fresh(journal).checkin(TODAY)
    assert day is not None and day.note == "x" * LONG_MAX


async def test_the_open_today_follows_the_day_change(context: Context, journal: Path) -> None:
    moment = [dt.datetime(2026, 11, 27, 3, 59, 58).astimezone()]
    context.clock = Clock(source=lambda: moment[0])
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert "Thursday, 26 November" in app.screen.query_one("#topbar").title
        burst(app, *"before four")
        await settled(pilot)
        moment[0] = dt.datetime(2026, 11, 27, 4, 0, 1).astimezone()
        await wait_for(
            pilot,
            lambda: "Friday, 27 November" in app.screen.query_one("#topbar").title,
            "Today moved to the 27th",
        )
        field = app.screen.query_one("#new_thing-text", Input)
        assert field.value == ""
        field.focus()
        burst(app, *"after four", "ctrl+s")
        await wait_for(
            pilot,
            lambda: "after four" in str(fresh(journal).checkin("2026-11-27")),
            "the 27th saved",
        )
    before = fresh(journal).checkin("2026-11-26")
    after = fresh(journal).checkin("2026-11-27")
    assert before is not None and before.new_thing is not None
    assert before.new_thing.text == "before four"
    assert after is not None and after.new_thing is not None
    assert after.new_thing.text == "after four"


async def test_what_the_apps_own_save_folded_in_shows(app, journal: Path) -> None:
    app.watch_interval = 3600.0  # only the save itself can notice the other change
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        burst(app, *"mine")
        await settled(pilot)
        fresh(journal).update_checkin(TODAY, {"mood": 7, "kindness.done": True})
        await pilot.press("ctrl+s")
        scale = app.screen.query_one(MoodScale)
        await wait_for(pilot, lambda: scale.mood == 7, "the other session's mood shows")
        assert app.screen.query_one("#kindness-done").value is True  # type: ignore[attr-defined]
    day = fresh(journal).checkin(TODAY)
    assert day is not None and day.mood == 7 and day.new_thing.text == "mine"  # type: ignore[union-attr]


async def test_right_right_x_y_archives_the_value_the_arrows_reached(
    context: Context, journal: Path
) -> None:
    for name in ("One", "Two", "Three"):
        context.store.add_value(name, today=TODAY)
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await open_values(pilot)
        burst(app, "right", "right", "x", "y")
        await settled(pilot)
    left = [v.name for v in fresh(journal).values()]
    assert left == ["One", "Two"]


async def test_a_name_enter_then_plus_names_the_value_and_rates_it(
    context: Context, journal: Path
) -> None:
    context.store.add_value("Care", today=TODAY)
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await open_values(pilot)
        burst(app, "a", *"Hope", "enter", "plus", "plus")
        await settled(pilot)
    store = fresh(journal)
    hope = next(v for v in store.values() if v.name == "Hope")
    rating = store.current_assessment().rating(hope.id)  # type: ignore[union-attr]
    assert rating is not None and rating.now == 7


async def test_steps_then_ctrl_s_in_one_burst_are_saved_and_later_letters_stay_out(
    context: Context, journal: Path
) -> None:
    care = context.store.add_value("Care", today=TODAY)
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await open_values(pilot)
        await pilot.press("enter")
        dialog = await wait_for_screen(pilot, EditValueDialog, "the dialog")
        dialog.query_one("#edit-steps", TextArea).focus()
        await pilot.pause()
        burst(app, *"call mum", "ctrl+s", "v")
        await settled(pilot)
        assert app.current_mode == "values"
    rating = fresh(journal).current_assessment().rating(care.id)  # type: ignore[union-attr]
    assert rating is not None and rating.steps == "call mum"


async def test_space_down_space_down_in_the_list_ticks_two_values(context: Context) -> None:
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await open_values(pilot)
        await pilot.press("f")
        finding = await wait_for_screen(pilot, FindValuesScreen, "the list")
        listing = finding.query_one("#common-list", SelectionList)
        burst(app, "space", "down", "space", "down")
        await settled(pilot)
        assert len(listing.selected) == 2
