"""Waiting in Pilot tests: on named conditions, never on a fixed time."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from textual.lazy import Lazy
from textual.pilot import Pilot

from kindness_tui.widgets.later import Later

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
