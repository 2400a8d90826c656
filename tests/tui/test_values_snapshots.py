"""How the Values screen looks: 1, 8 and 15 values, a comparison and the ASCII drawing; and
15 values with long, wide (CJK, emoji) and accented names in 256 and 16 colours and ASCII."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

import pytest
from rich.color import ColorSystem
from rich.segment import Segment
from rich.style import Style
from textual.color import Color
from textual.filter import LineFilter
from textual.pilot import Pilot
from textual.widgets import Input

from kindness_tui.app import make_app
from kindness_tui.context import make_context
from kindness_tui.data.store import Store
from tests.conftest import TEST_ENV, TODAY
from tests.tui.colours import SixteenColours
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


# ---------------------------------------------------------------- hard names


@lru_cache(1024)
def _eight_bit(style: Style) -> Style:
    color = style.color.downgrade(ColorSystem.EIGHT_BIT) if style.color else None
    bgcolor = style.bgcolor.downgrade(ColorSystem.EIGHT_BIT) if style.bgcolor else None
    return style + Style.from_color(color, bgcolor)


class TwoHundredFiftySixColours(LineFilter):
    """Draws as a 256-colour terminal (TERM=xterm-256color) would: Rich's own downgrade."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        return [
            Segment(text, _eight_bit(style) if style else style, control)
            for text, style, control in segments
        ]


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
    journal = tmp_path / "kindness.json"
    seed_wide(journal)
    env = {**TEST_ENV, "TERM": "xterm-256color"}
    app = make_app(make_context(journal, env))
    app._filters.append(TwoHundredFiftySixColours())
    assert snap_compare(app, terminal_size=size, run_before=open_wide)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_values_wide_names_16(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    journal = tmp_path / "kindness.json"
    seed_wide(journal)
    app = make_app(make_context(journal, {**TEST_ENV, "TERM": "xterm"}))
    sixteen = SixteenColours()
    app._filters.append(sixteen)
    assert snap_compare(app, terminal_size=size, run_before=open_wide)
    assert not sixteen.reds  # SPEC §1: nothing in red, in 16 colours either


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_values_wide_names_ascii(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    journal = tmp_path / "kindness.json"
    seed_wide(journal)
    app = make_app(make_context(journal, {**TEST_ENV, "KINDNESS_ASCII": "1"}))
    assert snap_compare(app, terminal_size=size, run_before=open_wide)


def test_values_reading_the_details(snap_compare, tmp_path: Path) -> None:
    journal = tmp_path / "kindness.json"
    seed_wide(journal)
    app = make_app(make_context(journal, TEST_ENV))
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
    journal = tmp_path / "kindness.json"
    seed(journal, 8)
    app = make_app(make_context(journal, TEST_ENV))
    assert snap_compare(app, terminal_size=size, run_before=answering)
