"""Wait until a screen's deferred parts (Textual's `Lazy`, our `Later`) are in place."""

from __future__ import annotations

from textual.lazy import Lazy
from textual.pilot import Pilot

from kindness_tui.widgets.later import Later


async def settled(pilot: Pilot) -> None:
    """Pause until no placeholder is left on the screen (a few frames at most)."""
    for _ in range(100):
        await pilot.pause(0.02)
        if not pilot.app.screen.query(Lazy) and not pilot.app.screen.query(Later):
            return
    raise AssertionError("the screen never finished mounting its lazy parts")
