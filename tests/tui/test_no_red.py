"""No red in 16 colours (SPEC §1): every screen and dialog, in every theme, as TERM=xterm shows it.

The app draws through `CalmColours` when its terminal has 16 colours; the test draws what
such a terminal would show (Rich's downgrade, `SixteenColours`) and looks for red anywhere:
text, borders, marks and backgrounds.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.pilot import Pilot

from kindness_tui.app import make_app
from kindness_tui.context import make_context
from kindness_tui.data.store import Store
from tests.conftest import TEST_ENV, TODAY
from tests.tui.colours import SixteenColours
from tests.tui.helpers import settled

NAMES = ["Family 家族", "Growth 🌱", "Curiosity", "Kindness", "Honesty", "Courage", "Play"]

# Each stop: the keys that get there from the one before (Today at the start).
STOPS = [
    ("Today, a card in focus", ["w", "tab", "space"]),
    ("Values", ["f3"]),
    ("add a value", ["a"]),
    ("edit a value", ["escape", "enter"]),
    ("the Who I am card", ["escape", "w"]),
    ("find your values", ["escape", "f"]),
    ("archive a value", ["escape", "x"]),
    ("Calendar", ["n", "f4"]),
    ("a day opened", ["left", "enter"]),
    ("help", ["escape", "f1"]),
    ("Today again, typing", ["escape", "escape", "f2", "shift+tab", "a"]),
]


def seeded(journal: Path) -> None:
    store = Store(journal)
    for index, name in enumerate(NAMES):
        value = store.add_value(name, today=TODAY - dt.timedelta(days=30))
        store.rate(value.id, now=2 + index, want=9)
    for back in range(1, 20):
        store.update_checkin(
            TODAY - dt.timedelta(days=back),
            {"new_thing.text": "a walk", "new_thing.done": back % 2 == 0,
             "kindness.text": "a note", "kindness.done": True, "self_kindness": "rest",
             "mood": 1 + back % 10},
        )  # fmt: skip


async def reds_on_every_screen(
    pilot: Pilot, seen: SixteenColours, themes: list[str] | None
) -> dict[str, dict[str, str]]:
    app = pilot.app
    found: dict[str, dict[str, str]] = {}
    await settled(pilot)
    for stop, keys in STOPS:
        await pilot.press(*keys)
        await settled(pilot)
        for theme in themes or sorted(app.available_themes):
            app.theme = theme
            await pilot.pause()
            seen.reds.clear()
            for widget in app.screen.walk_children(with_self=True):
                widget.refresh()  # every line drawn again, in this theme
            await pilot.pause()
            app.export_screenshot()
            if seen.reds:
                found[f"{stop}, {theme}"] = dict(seen.reds)
    return found


@pytest.mark.parametrize(
    ("term", "themes", "calm"),
    [
        ("xterm", None, True),
        ("linux", ["textual-dark"], True),
        ("xterm-256color", ["textual-dark"], False),
    ],
    ids=["xterm, every theme", "linux", "256 colours"],
)
async def test_sixteen_colours_show_no_red(
    journal: Path, term: str, themes: list[str] | None, calm: bool
) -> None:
    """In 16 colours nothing is red; with 256 colours the app draws the themes as they are,
    so the same look in 16 colours would show red (the test can see red when it is there)."""
    seeded(journal)
    app = make_app(make_context(journal, {**TEST_ENV, "TERM": term}))
    seen = SixteenColours()
    app._filters.append(seen)  # what the terminal would receive, after the app's own filters
    async with app.run_test(size=(100, 32)) as pilot:
        found = await reds_on_every_screen(pilot, seen, themes)
    if calm:
        assert found == {}, "\n".join(f"{where}: {reds}" for where, reds in found.items())
    else:
        assert found, "the themes' warm accents were expected to come out red untreated"
