"""Wait until a screen's deferred parts (Textual's `Lazy`, our `Later`) are in place, and
the keys held for them (KindnessApp.holding_keys) are let through."""

from __future__ import annotations

from textual.lazy import Lazy
from textual.pilot import Pilot

from kindness_tui.widgets.later import Later


async def settled(pilot: Pilot) -> None:
    """Pause until no placeholder is left on the screen (a few frames at most)."""
    app = pilot.app
    for _ in range(100):
        await pilot.pause(0.02)
        placeholders = app.screen.query(Lazy) or app.screen.query(Later)
        if not placeholders and not getattr(app, "holding_keys", False):
            return
    raise AssertionError("the screen never finished mounting its lazy parts")
