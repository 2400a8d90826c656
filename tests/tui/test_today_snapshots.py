"""How Today looks: empty, half-filled and complete, with and without values."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from kindness_tui.app import make_app
from kindness_tui.context import Context
from tests.conftest import TODAY
from tests.tui.helpers import settled, wait_for

SIZES = [(80, 24), (120, 40)]


async def no_blink(pilot: Pilot) -> None:
    await settled(pilot)
    for widget in pilot.app.query("Input, TextArea"):
        if isinstance(widget, Input | TextArea):
            widget.cursor_blink = False
    await pilot.pause()


def add_values(context: Context) -> None:
    store = context.store
    for name, now, want in (("Curiosity", 4, 8), ("Warmth", 6, 8), ("Play", 3, 7)):
        value = store.add_value(name, today=dt.date(2026, 11, 1))
        store.rate(value.id, now=now, want=want)


def half_filled(context: Context) -> None:
    store = context.store
    curiosity = store.values()[0].id if store.values() else None
    store.update_checkin(
        TODAY,
        {"new_thing.text": "took the long way home by the river", "new_thing.value_id": curiosity},
    )


def complete(context: Context) -> None:
    store = context.store
    values = store.values()
    store.update_checkin(
        TODAY,
        {
            "new_thing.text": "took the long way home by the river",
            "new_thing.value_id": values[0].id if values else None,
            "new_thing.done": True,
            "kindness.text": "put coins in the parking meter that was about to run out",
            "kindness.value_id": values[1].id if values else None,
            "kindness.done": True,
            "self_kindness": "a nap without apologising",
            "mood": 7,
            "note": "The river was loud after the rain.\nI liked not knowing the way.",
        },
    )
    store.update_checkin(
        TODAY - dt.timedelta(days=2), {"kindness.text": "x", "kindness.done": True}
    )


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_today_empty_without_values(snap_compare, context: Context, size) -> None:
    assert snap_compare(make_app(context), terminal_size=size, run_before=no_blink)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_today_half_filled_with_values(snap_compare, context: Context, size) -> None:
    add_values(context)
    half_filled(context)
    assert snap_compare(make_app(context), terminal_size=size, run_before=no_blink)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_today_complete_with_values(snap_compare, context: Context, size) -> None:
    add_values(context)
    complete(context)
    assert snap_compare(make_app(context), terminal_size=size, run_before=no_blink)


def test_today_complete_without_values_low_mood(snap_compare, context: Context) -> None:
    complete(context)
    context.store.update_checkin(TODAY, {"mood": 1})
    assert snap_compare(make_app(context), terminal_size=(80, 24), run_before=no_blink)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_today_with_reflections(snap_compare, context: Context, size) -> None:
    """A done act's two questions, one answered and one being typed, the other card planned."""
    add_values(context)
    values = context.store.values()
    context.store.update_checkin(
        TODAY,
        {
            "new_thing.text": "took the long way home by the river",
            "new_thing.value_id": values[0].id,
            "new_thing.done": True,
            "new_thing.how": "left ten minutes early",
            "kindness.text": "put coins in the parking meter",
        },
    )

    async def typing_an_answer(pilot: Pilot) -> None:
        await settled(pilot)
        pilot.app.screen.query_one("#new_thing-says-stub").focus()  # built as the cursor comes
        await wait_for(pilot, lambda: pilot.app.screen.query("#new_thing-says"), "Says built")
        await no_blink(pilot)
        await pilot.press(*"I make room for wonder")
        await settled(pilot)

    assert snap_compare(make_app(context), terminal_size=size, run_before=typing_an_answer)
