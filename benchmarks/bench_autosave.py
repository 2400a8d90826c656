"""p95 key-to-echo while typing with pauses, so autosaves run: 10-year vs near-empty journal.

The same harness as `bench_echo.py` (Today on the day after the journal's last
day, a fresh copy of the journal each run, each key timed from the pty write
until pyte shows it in its cell of "One new thing"), typing eight bursts of
five letters, 0.05 s of quiet after each echo. After each burst but the last
the runner pauses: it keeps reading for 1.50, 1.51, … 1.56 s after the
burst's last echo. The app autosaves 1.5 s after the last key, so each pause
ends about as that save runs, and the first key of the next burst lands on it
or just after it: a save that holds the app up shows in those keys (a pause
of 2 s would let every save finish unseen). A run's figure is the 95th
percentile of its 40 keys. The baseline is the same typing into the
near-empty journal (the same 15 values, the latest assessment, the last 7
days; `generate.py --near-empty`), whose saves write a few kilobytes. The
first, unrecorded pair makes each copy's daily backup (once a day).
"""

from __future__ import annotations

import statistics
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench_echo import fresh_copy, type_run
from common import EMPTY_DAY, Row, app_argv, child_env, fmt, main, pairs, progress
from generate import generate, journal_path

LETTERS = "kindnessmakesroomforthequietestofpeoples"
BURST = 5
BURSTS = [LETTERS[i : i + BURST] for i in range(0, len(LETTERS), BURST)]
PAUSES = [1.50 + 0.01 * i for i in range(len(BURSTS) - 1)]
"""Seconds after each burst's last echo; the app autosaves 1.5 s after the last key."""
GAP = 0.05


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def run(db: Path, n: int = 10) -> list[Row]:
    small = generate(journal_path(near_empty=True, folder=db.parent), near_empty=True)
    progress(f"p95 key to echo with autosaves, 10-year vs near-empty journal: {n} pairs")
    env = child_env(KINDNESS_TODAY=EMPTY_DAY)
    keys: dict[Path, list[list[float]]] = {db: [], small: []}
    with tempfile.TemporaryDirectory(prefix="kindness-autosave-", dir=db.parent) as folder:

        def once(source: Path) -> float:
            work = fresh_copy(source, Path(folder) / source.name)
            keys[source].append(type_run(app_argv(work), env, BURSTS, PAUSES, gap=GAP))
            return p95(keys[source][-1])

        big, near_empty = pairs(n, lambda: once(db), lambda: once(small))

    def median_of(source: Path, pick: Callable[[list[float]], float]) -> str:
        return fmt(statistics.median(pick(run) for run in keys[source][-n:]), "s")

    progress(
        f"  slowest key per run (median): 10-year {median_of(db, max)}, "
        f"near-empty {median_of(small, max)}; median key: "
        f"10-year {median_of(db, statistics.median)}, "
        f"near-empty {median_of(small, statistics.median)}"
    )
    return [
        Row(
            "p95 key to echo while typing with pauses (autosaves), 10-year journal",
            "s",
            big,
            near_empty,
            1.2,
        ),
    ]


if __name__ == "__main__":
    main(run)
