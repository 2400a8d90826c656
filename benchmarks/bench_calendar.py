"""Bytes written to the terminal per calendar arrow key, 100x32, TERM=xterm-256color.

The app opens on Today; F4 opens the Calendar on November 2026 (KINDNESS_TODAY
is 2026-11-26, the last day the cursor may reach). Three presses of up take the
cursor to 5 November, then twenty presses of right walk it to the 25th, never
leaving the month. The baseline is a bare Textual 7x6 grid of 42 Statics
moving a highlight class, walked the same way. After every key the harness
drains: it reads until the program has been quiet for a quarter second.
"""

from __future__ import annotations

import sys
from pathlib import Path

from common import Pty, Row, app_argv, bare_argv, child_env, pairs, progress

MARKER = "November 2026"
PRESSES = 20


def walk(term: Pty) -> float:
    for _ in range(3):
        term.press("up")
        term.drain()
    before = len(term.output)
    for _ in range(PRESSES):
        term.press("right")
        term.drain()
    return (len(term.output) - before) / PRESSES


def app_once(db: Path) -> float:
    with Pty(app_argv(db), child_env()) as term:
        term.wait_for("One secret kindness")
        term.drain()
        term.press("f4")
        term.wait_for(MARKER)
        term.drain(quiet=0.5)
        per_key = walk(term)
        term.quit()
    return per_key


def bare_once() -> float:
    with Pty(bare_argv("bare_grid.py"), child_env()) as term:
        term.wait_for(MARKER)
        term.drain(quiet=0.5)
        per_key = walk(term)
        term.quit()
    return per_key


def run(db: Path, n: int = 10) -> list[Row]:
    progress(f"calendar bytes per arrow key: {n} pairs")
    app, bare = pairs(n, lambda: app_once(db), bare_once, warmup=0)
    return [Row("bytes per calendar arrow key (100x32, 256 colours)", "B", app, bare, 1.2)]


if __name__ == "__main__":
    from common import HEADER
    from generate import DEFAULT_DB, generate

    rows = run(generate(DEFAULT_DB), int(sys.argv[1]) if len(sys.argv) > 1 else 10)
    print(HEADER)
    for row in rows:
        print(row.line(), row.measured, row.baseline)
