"""How the Calendar looks: with data and empty, two sizes, 16 colours, NO_COLOR, ASCII."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from kindness_tui.app import make_app
from kindness_tui.context import Context
from tests.tui.colours import SixteenColours
from tests.tui.helpers import settled
from tests.tui.test_calendar import fill_november, rest

SIZES = [(80, 24), (120, 40)]


async def on_the_24th(pilot: Pilot) -> None:
    await settled(pilot)
    await pilot.press("f4")
    await pilot.pause()
    await pilot.press("left", "left")
    await rest(pilot)


async def calendar(pilot: Pilot) -> None:
    await settled(pilot)
    await pilot.press("f4")
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
def test_month_with_data(snap_compare, context: Context, size: tuple[int, int]) -> None:
    fill_november(context)
    assert snap_compare(make_app(context), terminal_size=size, run_before=on_the_24th)


@pytest.mark.parametrize("size", SIZES)
def test_empty_month(snap_compare, context: Context, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(context), terminal_size=size, run_before=calendar)


def test_month_in_16_colours(snap_compare, context: Context) -> None:
    fill_november(context)
    app = make_app(context)
    app._filters.append(SixteenColours())
    assert snap_compare(app, terminal_size=(80, 24), run_before=on_the_24th)


def test_month_without_colour(snap_compare, context: Context, monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    fill_november(context)
    assert snap_compare(make_app(context), terminal_size=(80, 24), run_before=on_the_24th)


def test_month_in_ascii(snap_compare, journal) -> None:
    from kindness_tui.context import make_context
    from tests.conftest import TEST_ENV

    context = make_context(journal, {**TEST_ENV, "KINDNESS_ASCII": "1"})
    fill_november(context)
    assert snap_compare(make_app(context), terminal_size=(80, 24), run_before=on_the_24th)
