"""How the Values screen looks: 1, 8 and 15 values, a comparison and the ASCII drawing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kindness_tui.app import make_app
from kindness_tui.context import make_context
from kindness_tui.data.store import Store
from tests.conftest import TEST_ENV
from tests.tui.helpers import settled

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
        )


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
    journal = tmp_path / "kindness.json"
    seed(journal, count)
    app = make_app(make_context(journal, TEST_ENV))
    assert snap_compare(app, terminal_size=size, run_before=open_values)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_values_comparison(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    journal = tmp_path / "kindness.json"
    seed(journal, 8)
    app = make_app(make_context(journal, TEST_ENV))
    assert snap_compare(app, terminal_size=size, run_before=open_comparison)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_values_ascii(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    journal = tmp_path / "kindness.json"
    seed(journal, 8)
    app = make_app(make_context(journal, {**TEST_ENV, "KINDNESS_ASCII": "1"}))
    assert snap_compare(app, terminal_size=size, run_before=open_values)


def test_values_empty(snap_compare, tmp_path: Path) -> None:
    app = make_app(make_context(tmp_path / "kindness.json", TEST_ENV))
    assert snap_compare(app, terminal_size=(80, 24), run_before=open_values)
