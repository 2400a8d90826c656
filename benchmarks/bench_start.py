"""Start to first paint of Today, and peak memory, vs a bare Textual app with one Static.

Each run forks the program on a 100x32 pseudo-terminal, times the fork until
"One secret kindness" is on the screen, waits until the app's whole Today is
there (the note's "Note", built just after the first frame), sends ctrl+q and
reads the child's peak resident memory (ru_maxrss) from wait4. The same runs
give both figures.
"""

from __future__ import annotations

from pathlib import Path

from common import Pty, Row, app_argv, bare_argv, child_env, main, pairs, progress

MARKER = "One secret kindness"
SETTLED = "Note"
"""Today's last part to be built (after the first frame): memory is read once it is there."""


def start_once(argv: list[str], memory: list[float], settled: str | None = None) -> float:
    with Pty(argv, child_env()) as term:
        seconds = term.wait_for(MARKER)
        if settled:
            term.wait_for(settled)  # the whole screen, for an honest peak memory
        term.quit()
        memory.append(float(term.maxrss_kb or 0))
    return seconds


def run(db: Path, n: int = 10) -> list[Row]:
    progress(f"first paint and memory: {n} pairs")
    mem_app: list[float] = []
    mem_bare: list[float] = []
    app, bare = pairs(
        n,
        lambda: start_once(app_argv(db), mem_app, SETTLED),
        lambda: start_once(bare_argv("bare_static.py"), mem_bare),
    )
    warm = len(mem_app) - n
    return [
        Row("start to first paint of Today (10-year journal, pty)", "s", app, bare, 1.25),
        Row(
            "peak memory to first paint and quit (ru_maxrss)",
            "kB",
            mem_app[warm:],
            mem_bare[warm:],
            1.3,
        ),
    ]


if __name__ == "__main__":
    main(run)
