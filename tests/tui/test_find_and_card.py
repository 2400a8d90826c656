"""Details a person notices (#17): leaving "find your values", its room, and the card."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, SelectionList, Static

from kindness_tui.app import make_app
from kindness_tui.context import Context
from kindness_tui.core.models import MAX_ACTIVE_VALUES
from kindness_tui.data.store import Store
from kindness_tui.screens.values import ValuesScreen
from kindness_tui.screens.values_card import CardScreen
from kindness_tui.screens.values_choices import LeaveFinding
from kindness_tui.screens.values_find import FindValuesScreen
from kindness_tui.widgets.key_bar import KeyBar
from tests.conftest import TODAY
from tests.tui.helpers import settled, wait_for, wait_for_screen

SIZE = (80, 24)
NAMES = [
    "Curiosity", "Kindness", "Honesty", "Family", "Health", "Courage", "Playfulness",
    "Learning", "Patience", "Creativity", "Friendship", "Nature", "Gratitude", "Fairness",
    "Self-care",
]  # fmt: skip


def seed(store: Store, count: int) -> None:
    for name in NAMES[:count]:
        store.add_value(name, today=TODAY, about=f"{name.lower()}, in my own words and no others")


def names(journal: Path) -> list[str]:
    return [v.name for v in Store(journal).values()]


@asynccontextmanager
async def on_values(context: Context, values: int = 0) -> AsyncIterator[Pilot]:
    """The app with `values` on the wheel already, at the Values screen."""
    seed(context.store, values)
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("f3")
        await wait_for_screen(pilot, ValuesScreen, "Values open")
        yield pilot


@asynccontextmanager
async def finding(
    context: Context, values: int = 0
) -> AsyncIterator[tuple[Pilot, FindValuesScreen]]:
    """The app with `values` on the wheel already, open at "find your values"."""
    async with on_values(context, values) as pilot:
        await pilot.press("f")
        yield pilot, await wait_for_screen(pilot, FindValuesScreen, "find open")


async def describe_someone(pilot, screen: FindValuesScreen, *fields: str) -> None:
    """Fill in the influential person's name, good and hard qualities, as typed."""
    screen.query_one("#find-tabs").active = "find-person"
    await pilot.pause()
    screen.query_one("#person-name", Input).focus()
    for text in fields:
        await pilot.press(*text, "enter")
    await pilot.pause()


def person_ticks(screen: FindValuesScreen) -> list[str]:
    return list(screen.query_one("#person-list", SelectionList).selected)


def note(screen: FindValuesScreen) -> str:
    return str(screen.query_one("#person-note", Static).content)


# ---------------------------------------------------------------- leaving with ticks


async def test_escape_with_values_ticked_asks_and_can_keep_choosing(
    context: Context, journal: Path
) -> None:
    async with finding(context, 2) as (pilot, find):
        await pilot.press("space", "down", "space", "escape")
        await wait_for_screen(pilot, LeaveFinding, "the question")
        asked = " ".join(str(s.content) for s in pilot.app.screen.query(Static))
        assert "Add the 2 values you ticked?" in asked
        await pilot.press("escape")  # the safe answer: keep choosing
        await wait_for(pilot, lambda: pilot.app.screen is find, "back to choosing")
        assert find.query_one("#common-list", SelectionList).selected == [
            "Acceptance",
            "Adventure",
        ]
        await pilot.press("escape", "l")
        await wait_for_screen(pilot, ValuesScreen, "left")
    assert names(journal) == NAMES[:2]


async def test_the_question_on_leaving_can_add_the_ticked_values(
    context: Context, journal: Path
) -> None:
    async with finding(context) as (pilot, find):
        await pilot.press("space", "escape")
        await wait_for_screen(pilot, LeaveFinding, "the question")
        await pilot.press("a")
        await wait_for_screen(pilot, ValuesScreen, "added and closed")
    assert names(journal) == ["Acceptance"]


async def test_escape_with_nothing_ticked_just_closes(context: Context, journal: Path) -> None:
    async with finding(context) as (pilot, find):
        await pilot.press("space", "space", "escape")  # ticked, then unticked
        await wait_for_screen(pilot, ValuesScreen, "closed")
    assert names(journal) == []


# ---------------------------------------------------------------- the wheel's room


async def test_someone_who_shaped_you_ticks_only_what_the_wheel_has_room_for(
    context: Context, journal: Path
) -> None:
    async with finding(context, MAX_ACTIVE_VALUES - 2) as (pilot, find):
        await describe_someone(pilot, find, "Dad", "funny, brave, calm", "grumpy -> cheerfulness")
        assert len(person_ticks(find)) == 2
        assert "room for 2 more" in note(find)
        assert "6 chosen" not in str(find.query_one("#find-status", Static).content)
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, ValuesScreen, "added")
    assert len(names(journal)) == MAX_ACTIVE_VALUES


async def test_ticks_on_the_common_list_count_against_the_room(context: Context) -> None:
    async with finding(context, MAX_ACTIVE_VALUES - 3) as (pilot, find):
        await pilot.press("space", "down", "space")  # Acceptance, Adventure
        await describe_someone(pilot, find, "Gran", "generous, loyal")
        assert len(person_ticks(find)) == 1
        assert "Swap the ticks" in note(find)


async def test_a_full_wheel_gets_no_ticks_and_a_kind_word(context: Context) -> None:
    async with finding(context, MAX_ACTIVE_VALUES) as (pilot, find):
        await describe_someone(pilot, find, "Gran", "generous")
        assert person_ticks(find) == []
        assert f"already holds {MAX_ACTIVE_VALUES} values" in note(find)


# ---------------------------------------------------------------- the card


async def test_a_value_learned_from_a_hard_quality_reads_in_its_own_words(
    context: Context, journal: Path
) -> None:
    async with finding(context) as (pilot, find):
        await describe_someone(pilot, find, "my father", "", "cold, grumpy -> cheerfulness")
        listing = find.query_one("#person-list", SelectionList)
        shown = " ".join(
            str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)
        )
        assert "instead of cold" in shown  # where it came from, while choosing
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, ValuesScreen, "added")
        await pilot.press("w")
        await wait_for_screen(pilot, CardScreen, "the card")
        card = str(pilot.app.screen.query_one("#card-text", Static).content)
    assert "Connection" in card and "Cheerfulness" in card
    assert "opposite" not in card and "father" not in card and "learned" not in card
    about = {v.name: v.about for v in Store(journal).values()}
    assert about["Cheerfulness"] is None
    assert about["Connection"] == "being really present with others"


async def test_the_cards_way_out_is_in_sight_at_80x24_and_q_closes_it(context: Context) -> None:
    async with on_values(context, MAX_ACTIVE_VALUES) as pilot:
        await pilot.press("w")
        await wait_for_screen(pilot, CardScreen, "the card")
        await pilot.pause()
        bar = pilot.app.screen.query_one(KeyBar)
        assert bar.region.bottom == SIZE[1] and bar.region.height == 1
        assert "esc/q" in str(bar.render()) and "Close" in str(bar.render())
        await pilot.press("q")
        await wait_for_screen(pilot, ValuesScreen, "the card put away")
        assert pilot.app.is_running
