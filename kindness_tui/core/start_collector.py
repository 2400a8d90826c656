"""Python's garbage collector while the app opens: paused for the start, resumed after.

Opening the app makes a few hundred thousand objects (Textual's modules, the parsed
journal, the first screen) that all live on: the collector would only walk them,
about 20 ms of the start. `kindness` pauses it before it loads the app; the app
resumes it once Today's form is built (`TodayBuilt`), and `kindness` resumes it
again when the app ends, however it ends. Only these two functions touch `gc`.
"""

from __future__ import annotations

import gc


def pause_for_start() -> None:
    """Stop automatic collection until `resume_after_start` (the app is opening)."""
    gc.disable()


def resume_after_start() -> None:
    """Collect as usual again (Today is built, or the app ended); safe to call twice."""
    gc.enable()
