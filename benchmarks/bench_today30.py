"""`kindness today` with a 30-year journal, vs `python -c "import tinydb, pendulum"`.

The 30-year journal is written by `generate.py --years 30` the same way as the
10-year one (daily check-ins ending on 2026-11-26, about one day in seven
empty, 15 values, 4 assessments a year), next to it as journal-30y.json. Each
side is one process, spawn to exit, stdout to /dev/null, as in `bench_cli.py`.
"""

from __future__ import annotations

from pathlib import Path

from bench_cli import BASELINE, timed
from common import Row, kindness, main, pairs, progress
from generate import generate, journal_path

YEARS = 30


def run(db: Path, n: int = 10) -> list[Row]:
    """`db` is the 10-year journal; the 30-year one is generated next to it."""
    big = generate(journal_path(YEARS, folder=db.parent), years=YEARS)
    progress(f"kindness today, {YEARS}-year journal ({big.stat().st_size / 1e6:.1f} MB): {n} pairs")
    today = kindness("today", "--db", str(big))
    a, b = pairs(n, lambda: timed(today), lambda: timed(BASELINE))
    return [Row(f"`kindness today` ({YEARS}-year journal)", "s", a, b, 2.0)]


if __name__ == "__main__":
    main(run)
