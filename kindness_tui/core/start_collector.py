"""Python's garbage collector while the app opens: paused for the start, resumed after.

Opening the app makes a few hundred thousand objects (Textual's modules, the parsed
journal, the first screen) that all live on: the collector would only walk them,
about 20 ms of the start. `kindness` pauses it before it loads the app; the app
resumes it once Today's form is built (`TodayBuilt`), and `kindness` resumes it
again when the app ends, however it ends. Only these two functions touch `gc`.

Resuming after a pause also freezes what the start made (`gc.freeze`: the objects
move to a generation no collection walks; it moves lists, it copies nothing). Walked,
they cost about 36 ms in every full collection, and the first ones came while the
first visit of Values or the Calendar was drawn. The start leaves almost no garbage
(a full collection after the first frame found 184 objects), so nothing is kept
that would have been freed.
"""

from __future__ import annotations

import gc

_paused: list[bool] = []
"""Holds True while a pause of `pause_for_start` has not been resumed."""


def pause_for_start() -> None:
    """Stop automatic collection until `resume_after_start` (the app is opening)."""
    gc.disable()
    _paused[:] = [True]


def resume_after_start() -> None:
    """Collect as usual again (Today is built, or the app ended); safe to call twice.

    After a pause, what exists now is frozen first: it all lives on (see above).
    """
    if _paused:
        _paused.clear()
        gc.freeze()
    gc.enable()
