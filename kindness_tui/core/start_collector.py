"""Python's garbage collector while the app opens: paused for the start, resumed after.

Opening the app makes a few hundred thousand objects (Textual's modules, the parsed
journal, the first screen) that all live on: the collector would only walk them,
about 20 ms of the start. `kindness` pauses it before it loads the app; the app
resumes it once Today's form is built (`TodayBuilt`), and `kindness` resumes it
again when the app ends, however it ends. Only these two functions touch `gc`.

Resuming after the start collects once (what the start left in cycles: ~36 ms while
Today is read, not later in a keystroke or a first F3) and then freezes what is left
(`gc.freeze`): those objects live on, and no later collection walks them again, so the
36 ms never comes back mid-typing. Frozen objects that later become garbage in a cycle
stay (a replaced stand-in, ~30 kB each, at most a handful); collecting before the
freeze keeps the start's own garbage out of it.
"""

from __future__ import annotations

import gc

_paused: list[bool] = []
"""[True] while a pause of `pause_for_start` has not been resumed."""


def pause_for_start() -> None:
    """Stop automatic collection until `resume_after_start` (the app is opening)."""
    gc.disable()
    _paused[:] = [True]


def resume_after_start() -> None:
    """Collect as usual again (Today is built, or the app ended); safe to call twice.
    After a pause: collect once, then freeze what lives on (see above)."""
    if _paused:
        _paused.clear()
        gc.collect()
        gc.freeze()
    gc.enable()
