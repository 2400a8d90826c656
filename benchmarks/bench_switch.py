"""F3 and F4 from Today to the painted screen (10-year journal), vs a bare app pushing a
screen with a 7x6 grid.

The app opens on Today (KINDNESS_TODAY=2026-11-26); once "Note" is on the screen
and the program is quiet, the runner presses F3 and times the write of the key
until "Your value wheel" (Values' title) arrives, goes back with F2 (until
"One secret kindness" is on the screen again) and waits for quiet, then F4
until "November 2026" (the Calendar's month title), F2 again; then the same
twice more. While a switch is timed the bytes are only collected and searched
for the title (pyte is fed afterwards, and then confirms the title is on the
screen), so pyte's cost of a large frame is not counted. The app keeps a
screen once built (modes), so the first visit and the later ones are
reported apart. The baseline is `bare_switch.py`: a Static, and F3/F4 push a
fresh screen with the same title and a 7x6 grid of 42 Statics, walked the
same way.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from common import Pty, Row, app_argv, bare_argv, child_env, main, pairs, progress

TODAY_MARKER = "One secret kindness"
READY = "Note"
SCREENS = {"f3": "Your value wheel", "f4": "November 2026"}
ROUNDS = 3
"""Visits to each screen per run: the first, then ROUNDS - 1 more."""
QUIET = 0.3


def switch(term: Pty, key: str, marker: str) -> float:
    """Seconds from writing `key` until `marker` arrives (then checked on the screen)."""
    if marker in term.text():
        raise RuntimeError(f"{marker!r} is on the screen before {key}:\n{term.text()}")
    needle = marker.encode()
    since = len(term.output)
    term.live = False
    try:
        start = time.perf_counter()
        term.press(key)
        seen = term.wait_until(lambda: needle in term.output[since:], f"{marker!r} after {key}")
    finally:
        term.live = True
    # the bytes could hold the title and yet not show it (not seen so far): confirm
    term.wait_until(lambda: marker in term.text(), f"{marker!r} on the screen after {key}")
    return seen - start


def back(term: Pty, away: str) -> None:
    term.press("f2")
    term.wait_until(
        lambda: TODAY_MARKER in (text := term.text()) and away not in text, "back to Today (F2)"
    )
    term.drain(quiet=QUIET)


def visits(argv: list[str], ready: str) -> dict[str, list[float]]:
    """Seconds of each F3 and F4 switch of one run, in order of the visits."""
    times: dict[str, list[float]] = {key: [] for key in SCREENS}
    with Pty(argv, child_env()) as term:
        term.wait_for(ready)
        term.drain(quiet=QUIET)
        for _ in range(ROUNDS):
            for key, marker in SCREENS.items():
                times[key].append(switch(term, key, marker))
                back(term, marker)
        term.quit()
    return times


def run(db: Path, n: int = 10) -> list[Row]:
    progress(f"F3 / F4 from Today: {n} pairs")
    app_runs: list[dict[str, list[float]]] = []
    bare_runs: list[dict[str, list[float]]] = []

    def record(runs: list[dict[str, list[float]]], argv: list[str], ready: str) -> float:
        runs.append(visits(argv, ready))
        return runs[-1]["f3"][0]

    pairs(
        n,
        lambda: record(app_runs, app_argv(db), READY),
        lambda: record(bare_runs, bare_argv("bare_switch.py"), TODAY_MARKER),
    )

    def first(runs: list[dict[str, list[float]]], key: str) -> list[float]:
        return [times[key][0] for times in runs[-n:]]

    def again(runs: list[dict[str, list[float]]]) -> list[float]:
        return [
            statistics.median(t for key in SCREENS for t in times[key][1:]) for times in runs[-n:]
        ]

    return [
        Row(
            "F3 Today → Values, first visit (10-year journal)",
            "s",
            first(app_runs, "f3"),
            first(bare_runs, "f3"),
            1.5,
        ),
        Row(
            "F4 Today → Calendar, first visit (10-year journal)",
            "s",
            first(app_runs, "f4"),
            first(bare_runs, "f4"),
            1.5,
        ),
        Row(
            f"F3 / F4 again, median of the {2 * (ROUNDS - 1)} later visits",
            "s",
            again(app_runs),
            again(bare_runs),
            1.5,
        ),
    ]


if __name__ == "__main__":
    main(run)
