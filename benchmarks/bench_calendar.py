"""Bytes written to the terminal per calendar arrow key, 100x32, TERM=xterm-256color.

The app opens on Today; F4 opens the Calendar on November 2026 (KINDNESS_TODAY
is 2026-11-26, the last day the cursor may reach). Three presses of up take the
cursor to 5 November, then twenty presses of right walk it to the 25th, never
leaving the month. The baseline is a bare Textual 7x6 grid of 42 Statics
moving a highlight class, walked the same way. After every key the harness
drains: it reads until the program has been quiet for a quarter second.

The first figure (the SPEC §6 bar) is the bytes of the walk divided by the
twenty keys. Keys a quarter second apart are faster than the app's day panel
follows the cursor (it waits until the cursor has rested for
`PANEL_REST_SECONDS`, 0.4 s), so no panel update lands during the walk. To
show that cost too, the harness then waits until the program has been quiet
for a whole second, so the panel catches up once on the 25th, and a second
figure (shown, not judged) divides the bytes of walk and catch-up together by
the twenty keys. How many bytes the catch-up alone took is printed as it runs.
"""

from __future__ import annotations

import statistics
from pathlib import Path

from common import Pty, Row, app_argv, bare_argv, child_env, main, progress

MARKER = "November 2026"
PRESSES = 20
SETTLE_QUIET = 1.0
"""Seconds of quiet that mean the program has settled after the walk (> the 0.4 s rest)."""


def walk(term: Pty) -> tuple[int, int]:
    """Bytes written during the twenty-key walk, and after it until a second of quiet."""
    for _ in range(3):
        term.press("up")
        term.drain()
    before = len(term.output)
    for _ in range(PRESSES):
        term.press("right")
        term.drain()
    walked = len(term.output) - before
    term.drain(quiet=SETTLE_QUIET)
    return walked, len(term.output) - before - walked


def app_once(db: Path) -> tuple[int, int]:
    with Pty(app_argv(db), child_env()) as term:
        term.wait_for("One secret kindness")
        term.drain()
        term.press("f4")
        term.wait_for(MARKER)
        term.drain(quiet=0.5)
        counts = walk(term)
        term.quit()
    return counts


def bare_once() -> tuple[int, int]:
    with Pty(bare_argv("bare_grid.py"), child_env()) as term:
        term.wait_for(MARKER)
        term.drain(quiet=0.5)
        counts = walk(term)
        term.quit()
    return counts


def run(db: Path, n: int = 10) -> list[Row]:
    progress(f"calendar bytes per arrow key: {n} pairs")
    app: list[tuple[int, int]] = []
    bare: list[tuple[int, int]] = []
    for _ in range(n):  # A B A B …, no warm-up: the bytes do not depend on it
        app.append(app_once(db))
        bare.append(bare_once())
    progress(
        "  catching up after the walk (once): "
        f"app {statistics.median(settle for _, settle in app):.0f} B, "
        f"bare grid {statistics.median(settle for _, settle in bare):.0f} B"
    )

    def per_key(runs: list[tuple[int, int]], settled: bool) -> list[float]:
        return [(walked + (settle if settled else 0)) / PRESSES for walked, settle in runs]

    return [
        Row(
            "bytes per calendar arrow key (100x32, 256 colours)",
            "B",
            per_key(app, False),
            per_key(bare, False),
            1.2,
        ),
        Row(
            "the same, with the day panel catching up once after the walk",
            "B",
            per_key(app, True),
            per_key(bare, True),
            None,
        ),
    ]


if __name__ == "__main__":
    main(run)
