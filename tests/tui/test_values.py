"""The Values screen, driven by keys through Pilot, checked in the journal afterwards."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from kindness_tui.app import make_app
from kindness_tui.context import Context
from kindness_tui.data.store import Store
from kindness_tui.screens.values import ValuesScreen
from kindness_tui.screens.values_card import CardScreen
from kindness_tui.screens.values_dialogs import AddValueDialog, EditValueDialog
from kindness_tui.screens.values_find import FindValuesScreen, person_candidates
from kindness_tui.widgets.values_table import ValuesTable
from kindness_tui.widgets.wheel import ValueWheel
from tests.conftest import TODAY
from tests.tui.helpers import open_values, settled, wait_for_notice

SIZE = (80, 24)
EARLIER = dt.date(2026, 10, 1)
NAMES = [
    "Curiosity", "Kindness", "Honesty", "Family", "Health", "Courage", "Playfulness",
    "Learning", "Patience", "Creativity", "Friendship", "Nature", "Gratitude", "Fairness",
    "Self-care",
]  # fmt: skip


def fresh(journal: Path) -> Store:
    """A second reader of the journal file, as another process would see it."""
    return Store(journal)


def seed(store: Store, count: int, day: dt.date = EARLIER) -> list[str]:
    return [store.add_value(name, today=day).id for name in NAMES[:count]]


async def stays_with_a_kind_word(pilot: Pilot, keys: list[str], words: str) -> None:
    """Press `keys`: the Values screen stays, and a notification says `words`."""
    await pilot.press(*keys)
    await pilot.pause()
    assert isinstance(pilot.app.screen, ValuesScreen)
    await wait_for_notice(pilot, words)


def rating(journal: Path, value_id: str):
    current = fresh(journal).current_assessment()
    assert current is not None
    found = current.rating(value_id)
    assert found is not None
    return found


# ---------------------------------------------------------------- empty and adding


async def test_empty_wheel_invites_to_add_or_find(app) -> None:
    async with app.run_test(notifications=True, size=SIZE) as pilot:
        screen = await open_values(pilot)
        empty = screen.query_one("#values-empty", Static)
        assert empty.display
        text = str(empty.content)
        assert "a" in text and "find your values" in text
        assert not screen.query_one("#values-main").display
        # Nothing to act on: kind words, no crash.
        await stays_with_a_kind_word(pilot, ["plus", "enter", "x", "n"], "no values yet")


async def test_add_a_value_with_enter_in_the_name_field_selects_it(
    context: Context, journal: Path
) -> None:
    seed(context.store, 2)
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_values(pilot)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AddValueDialog)
        await pilot.press(*"Wonder")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ValuesScreen)
        values = fresh(journal).values()
        assert [v.name for v in values] == ["Curiosity", "Kindness", "Wonder"]
        added = values[-1]
        assert screen.selected is not None and screen.selected.value.id == added.id
        assert (rating(journal, added.id).now, rating(journal, added.id).want) == (5, 8)
        assert screen.query_one(ValueWheel).selected == 2


async def test_add_with_a_meaning(app, journal: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_values(pilot)
        await pilot.press("a", *"Courage", "tab", *"doing it scared", "enter")
        await pilot.pause()
        (value,) = fresh(journal).values()
        assert (value.name, value.about) == ("Courage", "doing it scared")


@pytest.mark.parametrize(
    ("values", "name", "words"),
    [
        (1, "cURIOSITY", ["already have a value called Curiosity"]),
        (15, "Wonder", ["15 values", "archive"]),
    ],
    ids=["a name already there", "a sixteenth value"],
)
async def test_a_name_the_wheel_cannot_take_is_refused_kindly_in_the_dialog(
    context: Context, journal: Path, values: int, name: str, words: list[str]
) -> None:
    seed(context.store, values)
    names = [v.name for v in context.store.values()]
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await open_values(pilot)
        await pilot.press("a", *name, "enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AddValueDialog)
        problem = str(dialog.query_one("#add-problem", Static).content)
        assert all(word in problem for word in words), problem
        assert [v.name for v in fresh(journal).values()] == names
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ValuesScreen)


# ---------------------------------------------------------------- ratings


@pytest.mark.parametrize(
    ("start", "steps"),
    [
        ({}, [(["plus"] * 3, "now", 8, None), (["minus"], "now", 7, None)]),
        ({"now": 1}, [(["minus"] * 2, "now", 1, None), (["plus"] * 12, "now", 10, None)]),
        (
            {"want": 9},
            [
                (["greater_than_sign"], "want", 9, "nobody lives a value perfectly"),
                (["less_than_sign"] * 2, "want", 7, None),
            ],
        ),
        ({"want": 2}, [(["less_than_sign"] * 3, "want", 1, None)]),
    ],
    ids=[
        "plus three times raises now by three",
        "now stops at 10 and at 1",
        "want at 9 stays 9 with a kind word",
        "want never goes below 1",
    ],
)
async def test_rating_keys_change_the_journal_within_bounds(
    context: Context,
    journal: Path,
    start: dict[str, int],
    steps: list[tuple[list[str], str, int, str | None]],
) -> None:
    """Each step: keys pressed, then the rating they leave (and a kind word, where one is due)."""
    (value_id,) = seed(context.store, 1)
    if start:
        context.store.rate(value_id, **start)
    app = make_app(context)
    kind_words = any(notice for *_, notice in steps)
    async with app.run_test(notifications=kind_words, size=SIZE) as pilot:
        await open_values(pilot)
        for keys, field, expected, notice in steps:
            await pilot.press(*keys)
            await pilot.pause()
            assert getattr(rating(journal, value_id), field) == expected
            if notice:
                await wait_for_notice(pilot, notice)


async def test_arrows_pick_the_value_the_keys_change(context: Context, journal: Path) -> None:
    ids = seed(context.store, 3)
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_values(pilot)
        await pilot.press("right", "plus")  # Kindness
        await pilot.press("down", "greater_than_sign")  # Honesty
        await pilot.press("right", "minus")  # wraps round to Curiosity
        await pilot.press("left", "left", "less_than_sign")  # back to Kindness
        await pilot.pause()
        assert (rating(journal, ids[0]).now, rating(journal, ids[0]).want) == (4, 8)
        assert (rating(journal, ids[1]).now, rating(journal, ids[1]).want) == (6, 7)
        assert (rating(journal, ids[2]).now, rating(journal, ids[2]).want) == (5, 9)
        assert screen.query_one(ValuesTable).cursor == 1


async def test_a_click_on_a_row_picks_its_value(context: Context, journal: Path) -> None:
    """The screen's selection follows the click, so the keys then change that value
    (a DataTable's own cursor once moved alone, out of step with them)."""
    ids = seed(context.store, 3)
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_values(pilot)
        assert await pilot.click("#values-table", offset=(2, 3))  # under the header: Honesty
        await settled(pilot)
        assert screen.selected_index == 2
        assert screen.query_one(ValuesTable).cursor == 2
        assert "Honesty" in str(screen.query_one("#values-details", Static).content)
        await pilot.press("plus")
        await pilot.pause()
        assert rating(journal, ids[2]).now == 6
        assert await pilot.click("#values-table", offset=(2, 0))  # the header picks nothing
        await settled(pilot)
        assert screen.selected_index == 2


async def test_the_mouse_tint_goes_when_the_keys_move_the_selection(context: Context) -> None:
    """A row under the mouse is tinted; once the keys move the selection it is not, so
    two rows never both look chosen; the next move of the mouse tints again."""
    seed(context.store, 3)
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_values(pilot)
        table = screen.query_one(ValuesTable)
        assert await pilot.hover("#values-table", offset=(2, 3))
        await settled(pilot)
        assert table.hovered == 2
        await pilot.press("down")
        await settled(pilot)
        assert table.cursor == 1
        assert table.hovered is None
        assert await pilot.hover("#values-table", offset=(2, 2))
        await settled(pilot)
        assert table.hovered == 1


# ---------------------------------------------------------------- assessments


async def test_n_starts_a_new_assessment_dated_today_copying_the_ratings(
    context: Context, journal: Path
) -> None:
    ids = seed(context.store, 2)
    context.store.rate(ids[0], now=3, want=7, steps="a class a month")
    app = make_app(context)
    async with app.run_test(notifications=True, size=SIZE) as pilot:
        screen = await open_values(pilot)
        assert "1 October" in str(screen.query_one("#values-status", Static).content)
        await pilot.press("n")
        await pilot.pause()
        assessments = fresh(journal).assessments()
        assert [a.date for a in assessments] == [EARLIER.isoformat(), TODAY.isoformat()]
        old, new = assessments
        assert new.ratings == old.ratings
        assert "26 November" in str(screen.query_one("#values-status", Static).content)
        await pilot.press("escape")  # its questions are optional
        await settled(pilot)
        await pilot.press("plus")
        await pilot.pause()
        old, new = fresh(journal).assessments()
        assert old.rating(ids[0]).now == 3  # the earlier wheel keeps its numbers
        assert new.rating(ids[0]).now == 4
        await pilot.press("n")  # a second one the same day is not needed
        await pilot.pause()
        assert len(fresh(journal).assessments()) == 2
        await wait_for_notice(pilot, "already editing today's assessment")


async def test_compare_shows_the_change_per_value(context: Context, journal: Path) -> None:
    ids = seed(context.store, 2)
    context.store.rate(ids[0], now=4)
    context.store.new_assessment(dt.date(2026, 11, 1))
    context.store.rate(ids[0], now=6)
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_values(pilot)
        table = screen.query_one(ValuesTable)
        assert table.headers[-1] == "change"
        assert table.rows[0][-1].strip() == "4 → 6"  # Curiosity, ids[0]
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ValuesScreen)
        status = str(screen.query_one("#values-status", Static).content)
        assert "comparing with Thursday, 1 October" in status
        wheel = screen.query_one(ValueWheel)
        assert [s.old_now for s in wheel.slices] == [4, 5]
        assert [row[-1].strip() for row in table.rows] == ["4 → 6", "5 → 5"]
        details = str(screen.query_one("#values-details", Static).content)
        assert "4 → 6" in details and "▃▅" in details  # the value's history, as a sparkline
        # Stop comparing: the first option.
        await pilot.press("p", "enter")
        await pilot.pause()
        assert all(s.old_now is None for s in wheel.slices)


async def test_compare_with_one_assessment_only_explains(context: Context) -> None:
    seed(context.store, 1)
    app = make_app(context)
    async with app.run_test(notifications=True, size=SIZE) as pilot:
        await open_values(pilot)
        await stays_with_a_kind_word(pilot, ["p"], "only one assessment")


# ---------------------------------------------------------------- editing and archiving


async def test_enter_edits_name_meaning_area_steps_and_challenges_keeping_history(
    context: Context, journal: Path
) -> None:
    (value_id,) = seed(context.store, 1)
    context.store.rate(value_id, now=4)
    context.store.new_assessment(dt.date(2026, 11, 1))
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await open_values(pilot)
        await pilot.press("enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, EditValueDialog)
        await pilot.press("end", *["backspace"] * len("Curiosity"), *"Wonder")
        await pilot.press("tab", *"asking why")
        dialog.query_one("#edit-area").value = "education"
        dialog.query_one("#edit-steps").focus()
        await pilot.press(*"one class", "enter", *"a book a month")
        await pilot.press("tab", *"tiredness")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ValuesScreen)
        store = fresh(journal)
        value = store.value(value_id)
        assert value is not None
        assert (value.name, value.about, value.area) == ("Wonder", "asking why", "education")
        current = rating(journal, value_id)
        assert current.steps == "one class\na book a month"
        assert current.challenges == "tiredness"
        # Renaming kept every assessment pointing at the same value.
        assert [a.rating(value_id).now for a in store.assessments()] == [4, 4]


async def test_edit_refuses_a_name_already_taken(context: Context, journal: Path) -> None:
    seed(context.store, 2)
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await open_values(pilot)
        await pilot.press("enter", "end", *["backspace"] * 9, *"kindness", "ctrl+s")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, EditValueDialog)
        assert "already have" in str(dialog.query_one("#edit-problem", Static).content)
        assert [v.name for v in fresh(journal).values()] == ["Curiosity", "Kindness"]


async def test_x_archives_after_confirmation_only(context: Context, journal: Path) -> None:
    ids = seed(context.store, 3)
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_values(pilot)
        await pilot.press("right", "x", "n")
        await pilot.pause()
        assert len(fresh(journal).values()) == 3
        await pilot.press("x", "y")
        await pilot.pause()
        store = fresh(journal)
        assert [v.id for v in store.values()] == [ids[0], ids[2]]
        archived = store.value(ids[1])
        assert archived is not None and archived.archived
        assert len(screen.query_one(ValueWheel).slices) == 2
        assert screen.selected is not None and screen.selected.value.id == ids[2]


# ---------------------------------------------------------------- finding values


async def test_find_your_values_adds_common_values(app, journal: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_values(pilot)
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, FindValuesScreen)
        await pilot.press("space", "down", "space", "down", "down", "space", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ValuesScreen)
        values = fresh(journal).values()
        assert [v.name for v in values] == ["Acceptance", "Adventure", "Beauty"]
        assert values[1].about == "going towards the new and the unknown"
        assert values[1].area == "recreation"


async def test_the_influential_person_exercise_turns_qualities_into_values(
    app, journal: Path
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_values(pilot)
        await pilot.press("f")
        await pilot.pause()
        screen = app.screen
        screen.query_one("#find-tabs").active = "find-person"
        await pilot.pause()
        screen.query_one("#person-name", Input).focus()
        await pilot.press(*"Grandma", "enter", *"patient, whistles", "enter")
        await pilot.press(*"harsh, grumpy -> cheerfulness, sulky", "enter")
        await pilot.pause()
        note = str(screen.query_one("#person-note", Static).content)
        assert "sulky" in note
        await pilot.press("ctrl+s")
        await pilot.pause()
        values = {v.name: v for v in fresh(journal).values()}
        assert set(values) == {"Patience", "Acceptance", "Whistles", "Kindness", "Cheerfulness"}
        assert values["Whistles"].about == "whistles, like Grandma"
        assert values["Cheerfulness"].about is None  # the card shows the person's own words


def test_person_candidates_skip_repeats_and_ask_for_unknown_opposites() -> None:
    candidates, unknown = person_candidates("Dad", "kind, KIND", "cold, weird")
    assert [c.name for c in candidates] == ["Kindness", "Caring", "Connection", "Friendliness"]
    assert unknown == ["weird"]


async def test_find_your_values_stops_at_a_full_wheel(context: Context, journal: Path) -> None:
    seed(context.store, 14)
    app = make_app(context)
    async with app.run_test(notifications=True, size=SIZE) as pilot:
        await open_values(pilot)
        await pilot.press("f", "space", "down", "space", "ctrl+s")
        await pilot.pause()
        assert len(fresh(journal).values()) == 15
        await wait_for_notice(pilot, "wait for now: Adventure")


# ---------------------------------------------------------------- the card, palette, others


async def test_w_shows_the_who_i_am_card(context: Context) -> None:
    seed(context.store, 2)
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await open_values(pilot)
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, CardScreen)
        card = str(app.screen.query_one("#card-text", Static).content)
        assert "Who I am" in card and "Curiosity" in card and "Kindness" in card
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ValuesScreen)


async def test_palette_offers_the_values_actions(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_values(pilot)
        titles = [c.title for c in app.get_system_commands(screen)]
        for title in (
            "Add a value",
            "New assessment",
            "Compare assessments",
            "Find your values",
            "Who I am card",
        ):
            assert title in titles
        command = next(c for c in screen.palette_commands() if c.title == "Find your values")
        app.call_later(command.callback)  # as the palette runs it
        await pilot.pause()
        assert isinstance(app.screen, FindValuesScreen)


async def test_changes_from_another_process_show_up(context: Context, journal: Path) -> None:
    seed(context.store, 1)
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_values(pilot)
        other = fresh(journal)
        other.add_value("Music", today=TODAY)
        assert context.store.refresh()
        screen.journal_changed()
        await pilot.pause()
        assert [s.name for s in screen.query_one(ValueWheel).slices] == ["Curiosity", "Music"]


async def test_control_characters_in_names_never_reach_the_terminal(
    context: Context,
) -> None:
    context.store.add_value("\x1b]0;pwned\x07Evil\x9b", today=EARLIER, about="\x1b[2J")
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_values(pilot)
        wheel = screen.query_one(ValueWheel)
        drawn = "".join(
            segment.text for y in range(wheel.size.height) for segment in wheel.render_line(y)
        )
        assert "␛]0;" in drawn
        assert "\x1b" not in drawn and "\x9b" not in drawn and "\x07" not in drawn
        details = str(screen.query_one("#values-details", Static).content)
        assert "\x1b" not in details and "␛" in details


async def test_names_are_whole_at_80_columns_when_there_is_nothing_to_compare(
    context: Context,
) -> None:
    for name in ("Curiosity", "Friendship", "Spirituality"):
        context.store.add_value(name, today=TODAY)
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_values(pilot)
        names = [row[0] for row in screen.query_one(ValuesTable).rows]
        assert names == ["Curiosity", "Friendship", "Spirituality"]
