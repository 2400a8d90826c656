"""How the Values screen looks: 1, 8 and 15 values, a comparison and the ASCII drawing; and
15 values with long, wide (CJK, emoji) and accented names in 256 and 16 colours and ASCII."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from kindness_tui.app import KindnessApp, make_app
from kindness_tui.context import make_context
from kindness_tui.data.store import Store
from tests.conftest import TEST_ENV, TODAY
from tests.tui.colours import SixteenColours, TwoHundredFiftySixColours
from tests.tui.helpers import settled
from tests.tui.wide_values import seed_wide

SIZES = [(80, 24), (120, 40)]
NAMES = [
    "Curiosity", "Kindness", "Honesty", "Family", "Health", "Courage", "Playfulness",
    "Learning", "Patience", "Creativity", "Friendship", "Nature", "Gratitude", "Fairness",
    "Self-care",
]  # fmt: skip
NOW = [4, 7, 6, 8, 3, 5, 9, 6, 2, 7, 5, 8, 6, 4, 3]
WANT = [8, 9, 8, 9, 7, 8, 9, 7, 6, 8, 8, 9, 7, 7, 8]


def seed(journal: Path, count: int) -> None:
    store = Store(journal)
    first = dt.date(2026, 10, 1)
    for i, name in enumerate(NAMES[:count]):
        value = store.add_value(name, today=first, about=f"what {name.lower()} means to me")
        store.rate(value.id, now=max(1, NOW[i] - 2), want=WANT[i])
    store.new_assessment(dt.date(2026, 11, 1))
    for i, value in enumerate(store.values()):
        store.rate(value.id, now=NOW[i], want=WANT[i])
    if count:
        store.rate(
            store.values()[0].id,
            steps="one class a month\nask one question a day",
            challenges="tiredness after work",
            worked="the Tuesday class",
            in_the_way="late shifts",
        )
        lived = store.values()[:2]  # acts lived lately: the first value twice, the second once
        for offset, kind, value in ((1, "new_thing", lived[0]), (3, "new_thing", lived[-1]),
                                    (3, "kindness", lived[0])):  # fmt: skip
            store.update_checkin(
                TODAY - dt.timedelta(days=offset),
                {f"{kind}.text": "an act", f"{kind}.value_id": value.id, f"{kind}.done": True},
            )


def app_over(
    tmp_path: Path, fill: Callable[[Path], object] | None = None, **env: str
) -> KindnessApp:
    """The app over a journal in `tmp_path` that `fill` writes, with `env` over the tests' own."""
    journal = tmp_path / "kindness.json"
    if fill is not None:
        fill(journal)
    return make_app(make_context(journal, {**TEST_ENV, **env}))


async def open_values(pilot) -> None:
    await settled(pilot)
    await pilot.press("f3")
    await pilot.pause()


async def open_comparison(pilot) -> None:
    await settled(pilot)
    await pilot.press("f3", "p")
    await pilot.pause()
    await pilot.press("enter", "right")
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("count", [1, 8, 15])
def test_values_wheel(snap_compare, tmp_path: Path, count: int, size: tuple[int, int]) -> None:
    app = app_over(tmp_path, partial(seed, count=count))
    assert snap_compare(app, terminal_size=size, run_before=open_values)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_values_comparison(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    app = app_over(tmp_path, partial(seed, count=8))
    assert snap_compare(app, terminal_size=size, run_before=open_comparison)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_values_ascii(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    app = app_over(tmp_path, partial(seed, count=8), KINDNESS_ASCII="1")
    assert snap_compare(app, terminal_size=size, run_before=open_values)


def test_values_empty(snap_compare, tmp_path: Path) -> None:
    app = app_over(tmp_path)
    assert snap_compare(app, terminal_size=(80, 24), run_before=open_values)


# ---------------------------------------------------------------- hard names


async def open_wide(pilot: Pilot) -> None:
    await settled(pilot)
    await pilot.press("f3")
    await settled(pilot)
    await pilot.press("right", "right")  # the name typed with separate accents
    await settled(pilot)


async def reading_details(pilot: Pilot) -> None:
    await settled(pilot)
    await pilot.press("f3")
    await settled(pilot)
    await pilot.press("d", "end")
    await settled(pilot)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_values_wide_names_256(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    app = app_over(tmp_path, seed_wide, TERM="xterm-256color")
    app._filters.append(TwoHundredFiftySixColours())
    assert snap_compare(app, terminal_size=size, run_before=open_wide)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_values_wide_names_16(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    app = app_over(tmp_path, seed_wide, TERM="xterm")
    sixteen = SixteenColours()
    app._filters.append(sixteen)
    assert snap_compare(app, terminal_size=size, run_before=open_wide)
    assert not sixteen.reds  # SPEC §1: nothing in red, in 16 colours either


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_values_wide_names_ascii(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    app = app_over(tmp_path, seed_wide, KINDNESS_ASCII="1")
    assert snap_compare(app, terminal_size=size, run_before=open_wide)


def test_values_reading_the_details(snap_compare, tmp_path: Path) -> None:
    app = app_over(tmp_path, seed_wide)
    assert snap_compare(app, terminal_size=(80, 24), run_before=reading_details)


async def answering(pilot: Pilot) -> None:
    """A new assessment's questions, the first answered and the second being typed."""
    await settled(pilot)
    await pilot.press("f3")
    await settled(pilot)
    await pilot.press("n")
    await settled(pilot)
    await pilot.press(*"a walk before work", "enter", *"rain")
    await settled(pilot)
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_values_new_assessment_questions(
    snap_compare, tmp_path: Path, size: tuple[int, int]
) -> None:
    app = app_over(tmp_path, partial(seed, count=8))
    assert snap_compare(app, terminal_size=size, run_before=answering)
