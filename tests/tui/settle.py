"""Wait until a screen's lazily mounted parts (Textual's `Lazy`) are in place."""

from __future__ import annotations

from textual.lazy import Lazy
from textual.pilot import Pilot


async def settled(pilot: Pilot) -> None:
    """Pause until no `Lazy` placeholder is left on the screen (a few frames at most)."""
    for _ in range(50):
        await pilot.pause()
        if not pilot.app.screen.query(Lazy):
            return
    raise AssertionError("the screen never finished mounting its lazy parts")
