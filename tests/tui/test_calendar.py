"""The Calendar screen by keys: months and years, opening days, changes from elsewhere."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Static

from kindness_tui.app import make_app
from kindness_tui.context import Context, make_context
from kindness_tui.data.store import Store
from kindness_tui.screens.calendar import LATER_DAY_WORDS, CalendarScreen
from kindness_tui.screens.today import DayScreen
from kindness_tui.widgets.day_column import DayColumn
from kindness_tui.widgets.month_day import DayPanel
from kindness_tui.widgets.month_grid import MonthGrid
from tests.conftest import TEST_ENV, TODAY
from tests.tui.helpers import open_calendar, settled, wait_for, wait_for_notice

D = dt.date


def fill_november(context: Context) -> None:
    """Three values and a handful of days in October and November 2026."""
    store = context.store
    curiosity = store.add_value("Curiosity", today=D(2026, 10, 1), area="education")
    care = store.add_value("Care", today=D(2026, 10, 1), area="family")
    store.add_value("Courage", today=D(2026, 10, 1), area="work")
    days: dict[int, dict[str, object]] = {
        2: {
            "new_thing.text": "tea I had never tried",
            "new_thing.done": True,
            "new_thing.value_id": curiosity.id,
            "mood": 5,
        },
        3: {
            "kindness.text": "watered the neighbour's plants",
            "kindness.done": True,
            "kindness.value_id": care.id,
            "self_kindness": "an early night",
            "mood": 3,
        },
        9: {
            "new_thing.text": "a new bus route",
            "new_thing.done": True,
            "kindness.text": "paid for the next coffee",
            "kindness.done": True,
            "kindness.value_id": care.id,
            "mood": 7,
        },
        17: {"new_thing.text": "a pottery class", "new_thing.done": False},
        24: {
            "new_thing.text": "took the long way home",
            "new_thing.done": True,
            "new_thing.value_id": curiosity.id,
            "kindness.text": "left a thank-you note for the cleaner",
            "kindness.done": True,
            "kindness.value_id": care.id,
            "self_kindness": "rested without guilt",
            "mood": 8,
            "note": "The river was loud after the rain.",
        },
        25: {"mood": 6, "note": "quiet"},
    }
    for day, changes in days.items():
        store.update_checkin(D(2026, 11, day), changes)
    store.update_checkin(D(2026, 10, 20), {"new_thing.text": "climbing", "new_thing.done": True})


async def rest(pilot: Pilot) -> None:
    """Let the cursor rest until the day panel has followed it."""
    await settled(pilot)
    grid = pilot.app.screen.query_one(MonthGrid)
    panel = pilot.app.screen.query_one(DayPanel)
    await wait_for(pilot, lambda: panel.day == grid.cursor, "the panel showing the cursor's day")


def panel_text(pilot: Pilot) -> str:
    return pilot.app.screen.query_one(DayPanel).text


def summary_text(pilot: Pilot) -> str:
    return str(pilot.app.screen.query_one("#calendar-summary", Static).content)


def heading(pilot: Pilot) -> str:
    return str(pilot.app.screen.query_one(".month-grid--heading", Static).content)


async def moves_to(
    pilot: Pilot, grid: MonthGrid, keys: list[str], day: dt.date, month: str | None = None
) -> None:
    """Press `keys`: the cursor is then on `day` (and the month shown is `month`, if given)."""
    await pilot.press(*keys)
    assert grid.cursor == day
    if month is not None:
        assert heading(pilot) == month


async def test_opens_on_today_with_the_month_titled(context: Context) -> None:
    fill_november(context)
    async with make_app(context).run_test(size=(80, 24)) as pilot:
        grid = await open_calendar(pilot)
        assert grid.cursor == TODAY
        assert heading(pilot) == "November 2026"
        assert panel_text(pilot).startswith("Thursday, 26 November · today")
        assert "Today is still open" in panel_text(pilot)
        assert summary_text(pilot).startswith("You showed up on 6 days this month")
        assert "3 secret kindnesses" in summary_text(pilot)


async def test_each_visit_shows_the_month_and_what_today_added_since(context: Context) -> None:
    """The calendar is built once and read again only when the journal changed: a visit
    with nothing new shows the month as it was, one after typing on Today shows that."""
    fill_november(context)
    async with make_app(context).run_test(size=(80, 24)) as pilot:
        await open_calendar(pilot)
        assert "Today is still open" in panel_text(pilot)
        await pilot.press("f2", "f4")
        await settled(pilot)
        assert heading(pilot) == "November 2026"
        assert "Today is still open" in panel_text(pilot)
        await pilot.press("f2", *"a walk by the river", "f4")
        await settled(pilot)
        assert heading(pilot) == "November 2026"
        assert "a walk by the river" in panel_text(pilot)
        assert "a walk by the river" in context.store.checkin(TODAY).new_thing.text


async def test_arrows_and_hjkl_move_the_day(context: Context) -> None:
    async with make_app(context).run_test(size=(80, 24)) as pilot:
        grid = await open_calendar(pilot)
        await moves_to(pilot, grid, ["left"], D(2026, 11, 25))
        await moves_to(pilot, grid, ["up"], D(2026, 11, 18))
        await moves_to(pilot, grid, ["l", "l"], D(2026, 11, 20))
        await moves_to(pilot, grid, ["k"], D(2026, 11, 13))
        await moves_to(pilot, grid, ["j", "j", "h"], D(2026, 11, 26))
        await moves_to(pilot, grid, ["down"], D(2026, 12, 3), "December 2026")


async def test_moves_cross_month_and_year_borders(context: Context) -> None:
    async with make_app(context).run_test(size=(80, 24)) as pilot:
        grid = await open_calendar(pilot)
        await pilot.press("pagedown")  # 26 December
        await moves_to(pilot, grid, ["right"] * 5, D(2026, 12, 31))
        await moves_to(pilot, grid, ["right"], D(2027, 1, 1), "January 2027")
        await rest(pilot)
        assert panel_text(pilot).startswith("Friday, 1 January 2027")
        assert "still ahead" in panel_text(pilot)
        await moves_to(pilot, grid, ["left"], D(2026, 12, 31), "December 2026")
        await pilot.press("home")
        for _ in range(26):
            await pilot.press("left")
        assert grid.cursor == D(2026, 10, 31)
        assert heading(pilot) == "October 2026"


async def test_pageup_and_pagedown_clamp_only_where_a_month_is_short(context: Context) -> None:
    async with make_app(context).run_test(size=(80, 24)) as pilot:
        grid = await open_calendar(pilot)
        await moves_to(pilot, grid, ["pagedown", *["right"] * 5], D(2026, 12, 31))
        await moves_to(pilot, grid, ["pagedown"], D(2027, 1, 31))
        await moves_to(pilot, grid, ["pagedown"], D(2027, 2, 28), "February 2027")
        await moves_to(pilot, grid, ["pageup"], D(2027, 1, 31))  # the day chosen, not the clamp
        await moves_to(pilot, grid, ["home"], TODAY, "November 2026")


async def test_31_march_2028_pages_back_to_29_february(journal: Path) -> None:
    context = make_context(journal, {**TEST_ENV, "KINDNESS_TODAY": "2028-03-31"})
    async with make_app(context).run_test(size=(80, 24)) as pilot:
        grid = await open_calendar(pilot)
        assert grid.cursor == D(2028, 3, 31)
        await moves_to(pilot, grid, ["pageup"], D(2028, 2, 29), "February 2028")
        await moves_to(pilot, grid, ["right"], D(2028, 3, 1))


async def test_browsing_back_stops_calmly_before_the_journal_begins(context: Context) -> None:
    fill_november(context)  # the first check-in is on 20 October 2026
    async with make_app(context).run_test(notifications=True, size=(80, 24)) as pilot:
        grid = await open_calendar(pilot)
        await pilot.press("pageup", "pageup")
        assert grid.cursor == D(2026, 9, 26)
        assert "Nothing written down in September" in summary_text(pilot)
        await pilot.press("pageup")
        await pilot.pause()
        assert grid.cursor == D(2026, 9, 26)
        await wait_for_notice(pilot, "Your journal begins")
        await pilot.press("home")
        assert grid.cursor == TODAY


async def test_a_later_day_is_looked_at_but_not_opened(context: Context) -> None:
    async with make_app(context).run_test(notifications=True, size=(80, 24)) as pilot:
        grid = await open_calendar(pilot)
        await pilot.press("right", "enter")
        await rest(pilot)
        assert grid.cursor == D(2026, 11, 27)
        assert isinstance(pilot.app.screen, CalendarScreen)
        await wait_for_notice(pilot, LATER_DAY_WORDS)
        assert "still ahead" in panel_text(pilot)
    assert context.store.checkin(D(2026, 11, 27)) is None


async def test_panel_shows_the_selected_day_and_the_values_it_served(context: Context) -> None:
    fill_november(context)
    async with make_app(context).run_test(size=(80, 24)) as pilot:
        await open_calendar(pilot)
        await pilot.press("left", "left")
        await rest(pilot)
        text = panel_text(pilot)
        assert text.startswith("Tuesday, 24 November")
        assert "✦ New thing · Curiosity" in text
        assert "took the long way home" in text
        assert "♥ Secret kindness · Care" in text
        assert "rested without guilt" in text
        assert "Mood: 8 of 10" in text
        assert "The river was loud" in text
        assert "Values served: Curiosity, Care" in text
        await pilot.press("up")  # 17 November: a plan, not done
        await rest(pilot)
        text = panel_text(pilot)
        assert "New thing (planned)" in text
        assert "✦" not in text
        await pilot.press("right")  # 18 November: nothing
        await rest(pilot)
        assert "Nothing written down for this day" in panel_text(pilot)


async def test_stored_text_is_shown_not_obeyed(context: Context) -> None:
    context.store.update_checkin(
        D(2026, 11, 20), {"note": "[bold red]loud[/] \x1b]0;owned\x07 and \x9b31m", "mood": 4}
    )
    async with make_app(context).run_test(size=(100, 32)) as pilot:
        await open_calendar(pilot)
        await pilot.press("left", "left", "left", "left", "left", "left")
        await rest(pilot)
        text = panel_text(pilot)
        assert "[bold red]loud[/]" in text
        assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text
        assert "␛]0;owned␇" in text


async def test_panel_follows_the_cursor_once_it_rests(context: Context) -> None:
    fill_november(context)
    async with make_app(context).run_test(size=(100, 32)) as pilot:
        grid = await open_calendar(pilot)
        await pilot.press("left", "left")
        assert grid.cursor == D(2026, 11, 24)  # the grid answers every key at once
        assert panel_text(pilot).startswith("Thursday, 26 November · today")
        assert "Today is still open" in panel_text(pilot)
        await rest(pilot)
        text = panel_text(pilot)
        assert text.startswith("Tuesday, 24 November")
        assert "♥ Secret kindness · Care" in text
        assert "Values served: Curiosity, Care" in text
        await pilot.press("up", "right")
        assert grid.cursor == D(2026, 11, 18)
        assert panel_text(pilot) == text  # still the 24th, whole and unmixed
        await rest(pilot)
        assert panel_text(pilot).startswith("Wednesday, 18 November")
        assert "Nothing written down for this day" in panel_text(pilot)
        assert "Curiosity" not in panel_text(pilot)


async def test_enter_right_after_a_move_opens_the_day_under_the_cursor(context: Context) -> None:
    fill_november(context)
    async with make_app(context).run_test(size=(80, 24)) as pilot:
        await open_calendar(pilot)
        await pilot.press("left", "left")
        assert panel_text(pilot).startswith("Thursday, 26 November")  # not caught up yet
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, DayScreen)
        assert pilot.app.screen.day == D(2026, 11, 24)


async def test_a_change_to_the_journal_shows_in_the_panel_at_once(context: Context) -> None:
    fill_november(context)
    async with make_app(context).run_test(size=(80, 24)) as pilot:
        grid = await open_calendar(pilot)
        await pilot.press("left", "left", "left", "left", "left", "left")
        assert grid.cursor == D(2026, 11, 20)
        context.store.update_checkin(
            D(2026, 11, 20), {"kindness.text": "fed the parking meter", "kindness.done": True}
        )
        screen = pilot.app.screen
        assert isinstance(screen, CalendarScreen)
        screen.journal_changed()
        text = panel_text(pilot)  # no rest: the selected day, straight away
        assert text.startswith("Friday, 20 November")
        assert "fed the parking meter" in text


async def test_sunday_first_when_the_setting_says_so(context: Context) -> None:
    context.store.set_setting("week_start", "sunday")
    async with make_app(context).run_test(size=(80, 24)) as pilot:
        grid = await open_calendar(pilot)
        columns = list(pilot.app.screen.query(DayColumn))
        assert columns[0].render_line(0).text.strip() == "Su"
        assert grid.month.position(D(2026, 11, 1)) == (0, 0)


async def test_panel_follows_another_process_writing_the_selected_day(
    context: Context, journal: Path
) -> None:
    fill_november(context)
    async with make_app(context).run_test(size=(80, 24)) as pilot:
        grid = await open_calendar(pilot)
        await pilot.press("left", "left", "left", "left", "left", "left")
        assert grid.cursor == D(2026, 11, 20)
        await rest(pilot)
        assert "Nothing written down" in panel_text(pilot)
        before = summary_text(pilot)
        code = (
            "import sys; from kindness_tui.data.store import Store; "
            "Store(sys.argv[1]).update_checkin('2026-11-20', "
            "{'kindness.text': 'fed the parking meter', 'kindness.done': True, 'mood': 6})"
        )
        subprocess.run([sys.executable, "-c", code, str(journal)], check=True, timeout=60)
        await wait_for(  # the app looks at the journal once a second
            pilot, lambda: "fed the parking meter" in panel_text(pilot), "the change shown"
        )
        assert "Mood: 6 of 10" in panel_text(pilot)
        assert grid.marks[D(2026, 11, 20)].kindness
        assert summary_text(pilot) != before
        assert "4 secret kindnesses" in summary_text(pilot)
        assert grid.cursor == D(2026, 11, 20)


async def test_palette_commands_move_the_month(context: Context) -> None:
    async with make_app(context).run_test(size=(80, 24)) as pilot:
        grid = await open_calendar(pilot)
        commands = {c.title: c for c in pilot.app.screen.palette_commands()}
        commands["Calendar: next month"].callback()
        await pilot.pause()
        assert grid.cursor == D(2026, 12, 26)
        commands["Calendar: previous month"].callback()
        commands["Calendar: previous month"].callback()
        await pilot.pause()
        assert grid.cursor == D(2026, 10, 26)
        commands["Calendar: go to today"].callback()
        await pilot.pause()
        assert grid.cursor == TODAY


async def test_global_letters_still_work_from_the_calendar(context: Context) -> None:
    async with make_app(context).run_test(size=(80, 24)) as pilot:
        grid = await open_calendar(pilot)
        await pilot.press("pageup", "t")
        await pilot.pause()
        assert pilot.app.current_mode == "today"
        await pilot.press("f4")  # Today's field has focus there, so a letter would be typed
        await pilot.pause()
        assert isinstance(pilot.app.screen, CalendarScreen)
        assert grid.cursor == D(2026, 10, 26)
        await pilot.press("v")
        await pilot.pause()
        assert pilot.app.current_mode == "values"


def test_store_helper_writes_where_the_app_reads(journal: Path, context: Context) -> None:
    """Guard for the subprocess test: the child's Store and the app's agree on the file."""
    assert context.store.checkin(D(2026, 11, 20)) is None
    Store(journal).update_checkin("2026-11-20", {"mood": 5})
    context.store.refresh()
    checkin = context.store.checkin(D(2026, 11, 20))
    assert checkin is not None and checkin.mood == 5


async def test_page_keys_keep_the_day_chosen_across_february(context: Context) -> None:
    """From the 30th, PageUp past February and back keeps the 30th wherever a month has one."""
    context.store.update_checkin(D(2025, 12, 1), {"new_thing.text": "the first day written"})
    async with make_app(context).run_test(size=(80, 24)) as pilot:
        grid = await open_calendar(pilot)
        await pilot.press("right", "right", "right", "right")
        assert grid.cursor == D(2026, 11, 30)
        seen = []
        for _ in range(10):
            await pilot.press("pageup")
            seen.append(grid.cursor)
        assert seen[8:] == [D(2026, 2, 28), D(2026, 1, 30)]
        for _ in range(10):
            await pilot.press("pagedown")
        assert grid.cursor == D(2026, 11, 30)
        await pilot.press("pageup", "left", "pagedown")  # a move by day is a new choice
        assert grid.cursor == D(2026, 11, 29)


async def test_past_and_later_months_have_their_own_words(context: Context) -> None:
    fill_november(context)  # the first check-in is on 20 October 2026
    async with make_app(context).run_test(size=(80, 24)) as pilot:
        await open_calendar(pilot)
        await pilot.press("pageup")
        assert summary_text(pilot).startswith("In October you showed up on 1 day")
        await pilot.press("pagedown", "pagedown")
        assert summary_text(pilot).startswith("December is still ahead")


async def test_tab_reaches_the_parts_that_scroll_and_the_arrows_come_back(
    context: Context,
) -> None:
    fill_november(context)
    async with make_app(context).run_test(size=(80, 24)) as pilot:
        grid = await open_calendar(pilot)
        app = pilot.app
        await pilot.press("tab")  # the month's words, which 24 lines cannot hold
        assert app.focused is app.screen.query_one("#calendar-summary-scroll")
        await pilot.press("down", "escape")  # down scrolls them; escape is back on the days
        assert app.focused is grid and grid.cursor == TODAY
        await pilot.press("tab", "tab")
        assert app.focused is app.screen.query_one("#calendar-day")
        await pilot.press("right")  # right is a day again
        assert app.focused is grid and grid.cursor == D(2026, 11, 27)
