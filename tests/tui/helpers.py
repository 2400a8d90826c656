"""Driving the app in Pilot tests: waiting on named conditions (never on a fixed time),
opening its screens, sending keys."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

from textual.lazy import Lazy
from textual.pilot import Pilot
from textual.screen import Screen

from kindness_tui.screens.calendar import CalendarScreen
from kindness_tui.screens.values import ValuesScreen
from kindness_tui.widgets.later import Later
from kindness_tui.widgets.month_grid import MonthGrid

S = TypeVar("S", bound=Screen[object])

WAIT_LIMIT = 20.0
"""Seconds a condition may take before the test fails: generous, for a busy machine."""


async def wait_for(
    pilot: Pilot, condition: Callable[[], object], description: str, limit: float = WAIT_LIMIT
) -> None:
    """Pause until `condition()` is true; fail naming `description` if it never becomes so."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"never happened: {description}")
        await pilot.pause(0.02)


async def settled(pilot: Pilot) -> None:
    """Pause until the screen's deferred parts (Textual's `Lazy`, our `Later`) are in place
    and every key sent so far has been handled (KindnessApp.keys)."""
    app = pilot.app

    def ready() -> bool:
        keys = getattr(app, "keys", None)
        placeholders = app.screen.query(Lazy) or app.screen.query(Later)
        return not placeholders and (keys is None or keys.idle)

    await pilot.pause()  # keys posted to the app reach its queue of keys first
    await wait_for(pilot, ready, "the screen finished building and took every key")
    await pilot.pause()


async def wait_for_screen(pilot: Pilot, kind: type[S], description: str) -> S:
    """Pause until the screen on top is a `kind` (named `description`), and return it."""
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, kind), description)
    screen = pilot.app.screen
    assert isinstance(screen, kind)
    return screen


async def open_screen(pilot: Pilot, key: str, kind: type[S]) -> S:
    """Press `key` once the first screen is built; return the `kind` it opens, built too."""
    await settled(pilot)
    await pilot.press(key)
    await settled(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, kind)
    return screen


async def open_values(pilot: Pilot) -> ValuesScreen:
    """The Values screen, opened with F3."""
    return await open_screen(pilot, "f3", ValuesScreen)


async def open_calendar(pilot: Pilot) -> MonthGrid:
    """The calendar, opened with F4: its month grid."""
    return (await open_screen(pilot, "f4", CalendarScreen)).query_one(MonthGrid)


def notices(pilot: Pilot) -> str:
    """The words of the notifications on screen now, as a person reads them (every toast).

    Textual shows toasts only in apps run with `run_test(notifications=True)`.
    """
    from textual.widgets._toast import Toast, ToastRack

    racks = [child for child in pilot.app.screen.children if isinstance(child, ToastRack)]
    toasts = [node for rack in racks for node in rack.walk_children() if isinstance(node, Toast)]
    return " ".join(str(toast.render()) for toast in toasts)


async def wait_for_notice(pilot: Pilot, words: str) -> None:
    """Pause until a notification on screen contains `words`."""
    await wait_for(pilot, lambda: words in notices(pilot), f"a notification saying {words!r}")


async def run_command(pilot: Pilot, words: str) -> None:
    """Run a command from the palette as a person would: ctrl+p, type, enter on the match."""
    from textual.command import CommandList, CommandPalette

    app = pilot.app
    await pilot.press("ctrl+p")
    await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette), "the palette open")
    palette = app.screen
    await pilot.press(*words)

    def matched() -> bool:
        found = palette.query(CommandList)
        if not found or found.first().highlighted is None:
            return False
        commands = found.first()
        highlighted = commands.get_option_at_index(commands.highlighted or 0)
        return words.lower() in str(highlighted.prompt).lower()

    await wait_for(pilot, matched, f"the palette offering {words!r}")
    await pilot.press("enter")
    await wait_for(pilot, lambda: app.screen is not palette, "the palette closed")
    await settled(pilot)


KEY_CHARACTERS = {"enter": "\r", "space": " ", "plus": "+", "minus": "-", "tab": "\t"}


def burst(app: object, *keys: str) -> None:
    """Queue every key at once, before the app has handled the first (a paste, a laggy link)."""
    from textual import events

    for key in keys:
        char = KEY_CHARACTERS.get(key, key if len(key) == 1 else None)
        app.post_message(events.Key(key, char))  # type: ignore[attr-defined]
