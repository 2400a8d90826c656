"""Today, driven by keys through Pilot, checked in the journal afterwards."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import Input, Select, Static, TextArea

from kindness_tui.app import make_app
from kindness_tui.context import Context, make_context
from kindness_tui.data.store import Store
from kindness_tui.widgets.checkin_form import CheckInForm
from kindness_tui.widgets.checkin_parts import IdeaLine
from kindness_tui.widgets.mood_scale import MoodScale
from tests.conftest import TEST_ENV, TODAY
from tests.tui.helpers import run_command, settled, wait_for, wait_for_notice

SIZE = (80, 24)


def fresh(journal: Path) -> Store:
    """A second reader of the journal file, as another process would see it."""
    return Store(journal)


async def test_focus_starts_in_new_thing_when_empty(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.pause()
        assert app.focused is app.screen.query_one("#new_thing-text", Input)


async def test_focus_moves_on_when_new_thing_is_written(context: Context) -> None:
    context.store.update_checkin(TODAY, {"new_thing.text": "a new café"})
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.pause()
        assert app.focused is app.screen.query_one("#kindness-text", Input)
        assert app.screen.query_one("#new_thing-text", Input).value == "a new café"


async def test_no_focus_when_both_cards_are_written(context: Context) -> None:
    context.store.update_checkin(TODAY, {"new_thing.text": "a", "kindness.text": "b"})
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.pause()
        assert app.focused is None


async def test_typing_and_ctrl_s_saves_and_says_saved(app, journal: Path) -> None:
    async with app.run_test(notifications=True, size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press(*"walked a new route")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await wait_for_notice(pilot, "Saved")
        checkin = fresh(journal).checkin(TODAY)
        assert checkin is not None and checkin.new_thing is not None
        assert checkin.new_thing.text == "walked a new route"


async def test_quit_in_the_middle_of_typing_keeps_the_words(app, journal: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press(*"left a note")
        await pilot.press("tab", "tab", "tab")  # to the kindness field
        await pilot.press(*"for the cleaner")
        await pilot.press("ctrl+q")
        await pilot.pause()
    checkin = fresh(journal).checkin(TODAY)
    assert checkin is not None
    assert checkin.new_thing and checkin.new_thing.text == "left a note"
    assert checkin.kindness and checkin.kindness.text == "for the cleaner"


async def test_a_pause_in_typing_saves_by_itself(app, journal: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press(*"tried the bakery")
        assert fresh(journal).checkin(TODAY) is None
        await wait_for(pilot, lambda: fresh(journal).checkin(TODAY) is not None, "the autosave")
        checkin = fresh(journal).checkin(TODAY)
        assert checkin is not None and checkin.new_thing is not None
        assert checkin.new_thing.text == "tried the bakery"


@pytest.mark.parametrize(
    ("words", "key"),
    [("asked a question", "tab"), ("sang in the shower", "f3")],
    ids=["leaving a field", "switching screens"],
)
async def test_moving_on_saves(app, journal: Path, words: str, key: str) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press(*words)
        await pilot.press(key)
        await wait_for(pilot, lambda: fresh(journal).checkin(TODAY) is not None, "the save")
        assert fresh(journal).checkin(TODAY).new_thing.text == words


async def test_done_toggles_with_space_and_ctrl_t(app, journal: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("tab", "space")  # the new thing's done box
        await pilot.pause()
        assert fresh(journal).checkin(TODAY).new_thing.done is True
        # The value picker, the two questions a done act asks, then the kindness card.
        await pilot.press("tab", "tab", "tab", "tab")
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert fresh(journal).checkin(TODAY).kindness.done is True
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert fresh(journal).checkin(TODAY).kindness.done is False


async def test_mood_keys_stay_between_0_and_10(app, journal: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        app.screen.query_one(MoodScale).focus()
        await pilot.press("0", "left", "minus")
        await pilot.pause()
        assert fresh(journal).checkin(TODAY).mood == 0
        await pilot.press("1", "0", "right", "plus")
        await pilot.pause()
        assert fresh(journal).checkin(TODAY).mood == 10
        await pilot.press("left", "left")
        await pilot.pause()
        assert fresh(journal).checkin(TODAY).mood == 8
        await pilot.press("backspace")
        await pilot.pause()
        assert fresh(journal).checkin(TODAY).mood is None


async def test_low_mood_brings_a_gentle_line(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        line = app.screen.query_one("#low-mood", Static)
        assert not line.display
        app.screen.query_one(MoodScale).focus()
        await pilot.press("2")
        await pilot.pause()
        assert line.display
        assert "Heavy days happen" in str(line.content)
        await pilot.press("3")
        await pilot.pause()
        assert not line.display


async def test_linking_a_value_to_the_kindness(context: Context, journal: Path) -> None:
    curiosity = context.store.add_value("Curiosity", today=TODAY)
    care = context.store.add_value("Care", today=TODAY)
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        app.screen.query_one("#kindness-value-stub").focus()  # built as the cursor arrives
        await settled(pilot)
        select = app.screen.query_one("#kindness-value", Select)
        assert select.has_focus and not app.screen.query("#kindness-value-stub")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        linked = fresh(journal).checkin(TODAY).kindness.value_id
        assert linked in (curiosity.id, care.id)
        assert select.value == linked


async def test_a_click_on_a_value_picker_at_rest_opens_it(context: Context) -> None:
    context.store.add_value("Curiosity", today=TODAY)
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.click("#new_thing-value-stub")
        await settled(pilot)
        select = app.screen.query_one("#new_thing-value", Select)
        assert select.expanded and select.has_focus_within


async def test_a_picker_at_rest_shows_another_session_s_choice_and_names(
    context: Context, journal: Path
) -> None:
    context.store.add_value("Curiosity", today=TODAY)
    care = context.store.add_value("Care", today=TODAY)
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        stub = app.screen.query_one("#new_thing-value-stub")

        def reads(text: str) -> bool:
            return text in stub.render().plain  # type: ignore[union-attr]

        assert reads("Which value?")
        other = Store(journal)  # another process
        other.update_checkin(TODAY, {"new_thing.text": "x", "new_thing.value_id": care.id})
        await wait_for(pilot, lambda: reads("Care"), "the other session's choice")
        other.update_value(care.id, name="Tenderness")
        await wait_for(pilot, lambda: reads("Tenderness"), "the value's new name")
        stub.focus()  # the picker itself, with that choice
        await settled(pilot)
        select = app.screen.query_one("#new_thing-value", Select)
        assert select.value == care.id


async def test_another_idea_changes_the_suggestion(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        line = app.screen.query_one("#new_thing-idea", IdeaLine)
        first = str(line.content)
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert str(line.content) != first
        other = app.screen.query_one("#kindness-idea", IdeaLine)
        assert str(other.content)


async def test_adding_an_own_idea(app, journal: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+o")
        await pilot.pause()
        await pilot.press(*"water a neighbour's plant at night")
        await pilot.press("enter")
        await pilot.pause()
        ideas = fresh(journal).ideas()
        assert [i.text for i in ideas] == ["water a neighbour's plant at night"]
        assert ideas[0].kind == "new_thing"


async def test_global_keys_work_inside_a_text_field(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        field = app.screen.query_one("#new_thing-text", Input)
        assert app.focused is field
        await pilot.press("v", "c", "t", "q")
        assert field.value == "vctq"
        await pilot.press("f3")
        await pilot.pause()
        assert app.current_mode == "values"
        await pilot.press("f4")
        await pilot.pause()
        assert app.current_mode == "calendar"
        await pilot.press("f2")
        await pilot.pause()
        assert app.current_mode == "today"
        await pilot.press("f1")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"


async def test_letters_work_when_no_field_has_focus(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("escape")
        assert app.focused is None
        await pilot.press("v")
        await pilot.pause()
        assert app.current_mode == "values"
        await pilot.press("t")
        await pilot.pause()
        assert app.current_mode == "today"
        await pilot.press("escape")
        await pilot.press("question_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        await pilot.press("escape")
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_palette_commands_reach_every_screen(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        for title, mode in (("Values", "values"), ("Calendar", "calendar"), ("Today", "today")):
            await run_command(pilot, title)
            assert app.current_mode == mode


async def test_palette_save_command(app, journal: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press(*"hello")
        await run_command(pilot, "Save now")
        await wait_for(pilot, lambda: fresh(journal).checkin(TODAY) is not None, "the save")
        assert fresh(journal).checkin(TODAY).new_thing.text == "hello"


async def test_markup_in_stored_text_shows_literally(context: Context) -> None:
    context.store.update_checkin(TODAY, {"note": "[bold]markup[/bold]", "kindness.text": "[red]x"})
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.pause()
        # The note reads as it is (its field is built when the cursor goes there).
        assert str(app.screen.query_one("#note-stub", Static).content) == "[bold]markup[/bold]"
        app.screen.query_one(CheckInForm).focus_note()
        await settled(pilot)
        assert app.screen.query_one("#note", TextArea).text == "[bold]markup[/bold]"
        assert app.screen.query_one("#kindness-text", Input).value == "[red]x"


async def test_a_change_from_another_process_shows_without_losing_typing(
    app, journal: Path
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press(*"my new thing")
        fresh(journal).update_checkin(TODAY, {"kindness.text": "from the phone", "mood": 7})
        kindness = app.screen.query_one("#kindness-text", Input)
        await wait_for(pilot, lambda: kindness.value, "the other process's words shown")
        assert app.screen.query_one("#kindness-text", Input).value == "from the phone"
        assert app.screen.query_one("#new_thing-text", Input).value == "my new thing"
        await pilot.press("ctrl+s")
        await pilot.pause()
    checkin = fresh(journal).checkin(TODAY)
    assert checkin.kindness.text == "from the phone"
    assert checkin.new_thing.text == "my new thing"
    assert checkin.mood == 7


async def test_same_field_edited_in_two_places_keeps_both_texts(app, journal: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press(*"mine")
        fresh(journal).update_checkin(TODAY, {"new_thing.text": "theirs"})
        await pilot.press("ctrl+s")
        await pilot.pause()
    checkin = fresh(journal).checkin(TODAY)
    assert checkin.new_thing.text == "mine"
    assert [r["text"] for r in checkin.replaced] == ["theirs"]


async def test_value_of_the_day_and_tally(context: Context) -> None:
    value = context.store.add_value("Curiosity", today=TODAY)
    context.store.rate(value.id, now=3, want=9)
    context.store.update_checkin(
        TODAY - dt.timedelta(days=1), {"kindness.text": "x", "kindness.done": True}
    )
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.pause()
        line = str(app.screen.query_one("#value-of-the-day", Static).content)
        assert "Curiosity" in line
        tally = str(app.screen.query_one("#tally", Static).content)
        assert "1 day" in tally and "1 secret kindness" in tally


async def test_without_values_a_friendly_invitation(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.pause()
        line = str(app.screen.query_one("#value-of-the-day", Static).content)
        assert "F3" in line


async def test_a_new_day_after_midnight_shows_the_new_date(journal: Path) -> None:
    context = make_context(journal, TEST_ENV)
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.pause()
        assert "Thursday, 26 November" in app.screen.query_one("#topbar").title


async def test_a_quit_before_the_lower_rows_are_mounted_clears_nothing(
    context: Context, journal: Path, monkeypatch
) -> None:
    # The rows below the cards mount just after the first frame. A quit in between (a
    # SIGHUP, a quick ctrl+q) must treat them as unchanged, not as empty.
    from kindness_tui.widgets import later

    value = context.store.add_value("Warmth", today=TODAY)
    filled = {
        "new_thing.text": "a",
        "new_thing.value_id": value.id,
        "new_thing.done": True,
        "self_kindness": "rest",
        "mood": 6,
        "note": "a quiet day",
    }
    context.store.update_checkin(TODAY, filled)
    before = journal.read_bytes()
    monkeypatch.setattr(later, "FIRST_FRAME_WAIT", 30.0)  # the rows never arrive in this test
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.screen.query("Later"), "the lower rows were built already"
        assert app.edits_unsaved() == []
        assert await app.finish() is None
    assert journal.read_bytes() == before


async def test_tab_into_a_written_note_puts_the_cursor_at_its_end(context: Context) -> None:
    context.store.update_checkin(TODAY, {"new_thing.text": "a", "note": "a calm day.\nrain"})
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        app.screen.query_one("#mood", MoodScale).focus()
        await pilot.press("tab")
        await settled(pilot)
        note = app.screen.query_one("#note", TextArea)
        assert app.focused is note
        await pilot.press(*" later")
        assert note.text == "a calm day.\nrain later"


async def test_a_change_shown_before_the_form_is_built_shows_once_it_is(
    context: Context, monkeypatch
) -> None:
    from kindness_tui.core.day_edits import form_values
    from kindness_tui.widgets import later
    from kindness_tui.widgets.checkin_form import CheckInForm

    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        monkeypatch.setattr(later, "FIRST_FRAME_WAIT", 0.5)
        form = CheckInForm(form_values(None), id="second-form")
        await app.screen.mount(form)
        form.show({"note": "from the phone"})  # what the screen does when the journal changes
        assert not form.built
        await wait_for(pilot, lambda: form.built, "the form built")
        assert str(form.query_one("#note-stub", Static).content) == "from the phone"


async def test_ctrl_t_away_from_a_card_says_which_card_it_changed(app, journal: Path) -> None:
    async with app.run_test(notifications=True, size=SIZE) as pilot:
        await settled(pilot)
        app.set_focus(app.screen.query_one("#mood", MoodScale))  # on the mood, not a card
        await pilot.press("ctrl+t")
        await wait_for_notice(pilot, "One new thing: done")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: fresh(journal).checkin(TODAY) is not None, "the save")
        assert fresh(journal).checkin(TODAY).new_thing.done is True


async def test_another_idea_and_an_own_idea_keep_the_days_suggestion(
    context: Context, journal: Path
) -> None:
    """Stable for the whole day: ctrl+r's idea survives a restart, and adding an idea of
    one's own does not move the suggestion (it joins tomorrow)."""

    def idea(app) -> str:
        return str(app.screen.query_one("#new_thing-idea", IdeaLine).content)

    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        first = idea(app)
        await pilot.press("ctrl+r")
        await settled(pilot)
        second = idea(app)
        assert second != first
        await wait_for(pilot, lambda: fresh(journal).idea_offsets(TODAY)["new_thing"] == 1, "kept")
        fresh(journal).add_idea("new_thing", "Juggle three oranges", today=TODAY)
        await pilot.press("ctrl+q")
    again = make_app(make_context(journal, TEST_ENV))
    async with again.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert idea(again) == second
