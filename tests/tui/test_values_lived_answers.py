"""Values lived and a new assessment's questions (SPEC §2.2), driven by keys through Pilot."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.widgets import Input, Static

from kindness_tui.app import make_app
from kindness_tui.context import Context
from kindness_tui.data.store import Store
from kindness_tui.screens.values import ValuesScreen
from kindness_tui.screens.values_answers import AssessmentQuestions, field_id
from kindness_tui.widgets.values_table import ValuesTable
from tests.conftest import TODAY
from tests.tui.helpers import burst, open_values, settled, wait_for

SIZE = (80, 24)
EARLIER = dt.date(2026, 10, 1)


def fresh(journal: Path) -> Store:
    return Store(journal)


def seed(store: Store) -> list[str]:
    ids = [store.add_value(name, today=EARLIER).id for name in ("Curiosity", "Care")]
    store.rate(ids[0], now=4)
    return ids


def lived(screen: ValuesScreen, name: str) -> str:
    """The lived column as shown on the row of the value called `name`."""
    shown = screen.query_one(ValuesTable).rows
    return next(row[4] for row in shown if row[0].strip() == name).strip()


def details(screen: ValuesScreen) -> str:
    return str(screen.query_one("#values-details", Static).content)


# ---------------------------------------------------------------- lived


async def test_lived_counts_follow_done_and_the_value_chosen(context: Context) -> None:
    curiosity, care = seed(context.store)
    store = context.store
    store.update_checkin(
        TODAY - dt.timedelta(days=29),
        {"new_thing.text": "a museum", "new_thing.value_id": curiosity, "new_thing.done": True},
    )
    store.update_checkin(
        TODAY - dt.timedelta(days=30),  # a day too long ago to count
        {"new_thing.text": "a class", "new_thing.value_id": care, "new_thing.done": True},
    )
    store.update_checkin(TODAY, {"new_thing.text": "a new route", "new_thing.value_id": curiosity})
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_values(pilot)
        assert (lived(screen, "Curiosity"), lived(screen, "Care")) == ("1", "·")
        assert "Lived once in the last 30 days" in details(screen)
        await pilot.press("right")
        await settled(pilot)
        assert "Waiting for a turn" in details(screen) and "neglect" not in details(screen)

        await pilot.press("f2")  # Today: the new thing's done box, then back to the wheel
        await settled(pilot)
        app.screen.query_one("#new_thing-done").focus()
        await pilot.press("space", "f3")
        await settled(pilot)
        assert (lived(screen, "Curiosity"), lived(screen, "Care")) == ("2", "·")

        await pilot.press("f2")  # its value changes to Care
        await settled(pilot)
        app.screen.query_one("#new_thing-value-stub").focus()
        await pilot.press("enter", "down", "enter")
        await settled(pilot)
        await pilot.press("f3")
        await settled(pilot)
        assert (lived(screen, "Curiosity"), lived(screen, "Care")) == ("1", "1")


async def test_lived_counts_follow_another_session(context: Context, journal: Path) -> None:
    curiosity, _care = seed(context.store)
    store = Store(journal)  # another process
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_values(pilot)
        assert lived(screen, "Curiosity") == "·"
        store.update_checkin(
            TODAY,
            {"kindness.text": "a note", "kindness.value_id": curiosity, "kindness.done": True},
        )
        await wait_for(pilot, lambda: lived(screen, "Curiosity") == "1", "the count followed")


# ---------------------------------------------------------------- what worked, what got in the way


async def test_n_asks_what_worked_and_what_got_in_the_way(context: Context, journal: Path) -> None:
    curiosity, care = seed(context.store)
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await open_values(pilot)
        await pilot.press("n")
        await settled(pilot)
        dialog = app.screen
        assert isinstance(dialog, AssessmentQuestions)
        assert app.focused is dialog.query_one(f"#{field_id(0, 'worked')}", Input)
        assert "since Thursday, 1 October" in str(dialog.query_one(".dialog-hint").render())
        await pilot.press(*"walks at lunch", "enter", *"late nights", "tab")
        assert app.focused is dialog.query_one(f"#{field_id(1, 'worked')}", Input)
        await pilot.press("shift+tab", "shift+tab")
        assert app.focused is dialog.query_one(f"#{field_id(0, 'worked')}", Input)
        await pilot.press("escape")  # keeps what is typed
        await wait_for(pilot, lambda: isinstance(app.screen, ValuesScreen), "the dialog closed")
        current = fresh(journal).current_assessment()
        assert current is not None and current.date == TODAY.isoformat()
        first, second = current.rating(curiosity), current.rating(care)
        assert first is not None and second is not None
        assert (first.worked, first.in_the_way) == ("walks at lunch", "late nights")
        assert (second.worked, second.in_the_way) == (None, None)
        before = fresh(journal).assessments()[0].rating(curiosity)
        assert before is not None and before.worked is None  # the earlier wheel is as it was

        await pilot.press("n")  # the same day: its questions again, with the answers so far
        await settled(pilot)
        dialog = app.screen
        assert isinstance(dialog, AssessmentQuestions)
        assert dialog.query_one(f"#{field_id(0, 'worked')}", Input).value == "walks at lunch"


async def test_the_questions_typed_in_a_burst_then_quit_are_kept(
    context: Context, journal: Path
) -> None:
    curiosity, care = seed(context.store)
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await open_values(pilot)
        burst(app, "n", *"tea", "tab", "tab", *"cake", "enter", *"rain", "ctrl+q")
        await wait_for(pilot, lambda: not app.is_running, "the app quit")
    current = fresh(journal).current_assessment()
    assert current is not None and current.date == TODAY.isoformat()
    assert current.rating(curiosity).worked == "tea"  # type: ignore[union-attr]
    assert current.rating(care).worked == "cake"  # type: ignore[union-attr]
    assert current.rating(care).in_the_way == "rain"  # type: ignore[union-attr]


async def test_compare_shows_the_answers_beside_the_change(context: Context, journal: Path) -> None:
    curiosity, _care = seed(context.store)
    store = context.store
    store.new_assessment(dt.date(2026, 11, 1))
    store.rate(curiosity, now=6, worked="a class each month", in_the_way="tired\nevenings")
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_values(pilot)
        await pilot.press("p")
        await settled(pilot)
        await pilot.press("enter")  # compare with 1 October
        await settled(pilot)
        text = details(screen)
        assert "Since Thursday, 1 October: now 4 → 6 · want 8 → 8" in text
        assert "What worked? a class each month" in text
        assert "What got in the way? tired\nevenings" in text
