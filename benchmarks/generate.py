"""Write a large Kindness journal through the public import, for the benchmarks.

Ten years of daily check-ins ending on TODAY (2026-11-26), with realistic text
lengths (items 20-120 characters, notes 0-600), about one day in seven left
empty, 15 values and 4 assessments a year (40 in ten years). The same seed
gives the same journal. `--years 30` writes the 30-year journal the same way
(its own file); `--near-empty` keeps only the values, the latest assessment
and the last 7 days of check-ins (the baseline of the autosave figure).

The records are written as a SPEC 4.2 export file and merged with
`python -m kindness_tui import FILE --db PATH`, the way a person would.

    python benchmarks/generate.py [--years 10] [--near-empty] [--db PATH] [--seed 7] [--force]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

TODAY = dt.date(2026, 11, 26)
FOLDER = Path(tempfile.gettempdir()) / "kindness-bench"
ASSESSMENTS_PER_YEAR = 4
NEAR_EMPTY_DAYS = 7


def journal_path(years: int = 10, *, near_empty: bool = False, folder: Path = FOLDER) -> Path:
    """Where the benchmarks keep each journal: journal-10y.json, journal-30y.json, …"""
    return folder / ("journal-near-empty.json" if near_empty else f"journal-{years}y.json")


DEFAULT_DB = journal_path(10)
AREAS = (
    "family", "couple", "parenting", "friends", "work",
    "education", "recreation", "spirituality", "community", "self-care",
)
VALUE_NAMES = (
    "Kindness", "Curiosity", "Courage", "Honesty", "Patience", "Playfulness", "Presence",
    "Generosity", "Learning", "Health", "Connection", "Gratitude", "Creativity",
    "Fairness", "Calm",
)
WORDS = (
    "left a note for the neighbour, walked the long way home, tried a new bread, "
    "called grandma about nothing much, read a poem aloud, swept the stairs before anyone "
    "woke, paid for the coffee behind me, listened without fixing, learned three words of "
    "Portuguese, watered the office plants, cooked lentils with cumin, sat in the park "
    "under the chestnut tree, wrote to an old friend, fixed the squeaky door, smiled at "
    "the bus driver, took the stairs, noticed the light on the river, let someone go "
    "first, returned the trolley, folded the laundry for my sister, cleaned the shared "
    "fridge, asked how the day really went, put a flower on the desk, picked up litter "
    "on the corner, sang in the shower, drew the view from the window"
).replace(",", "").split()
ENV = {"KINDNESS_TODAY": TODAY.isoformat(), "LANG": "C.UTF-8"}


def text(rng: random.Random, low: int, high: int) -> str:
    """Words up to a length drawn between low and high characters."""
    target = rng.randint(low, high)
    out: list[str] = []
    size = -1
    while size < target:
        word = rng.choice(WORDS)
        out.append(word)
        size += len(word) + 1
    sentence = " ".join(out)[:target].rstrip()
    return sentence[:1].upper() + sentence[1:] if sentence else sentence


def build_export(years: int = 10, seed: int = 7, today: dt.date = TODAY) -> dict[str, Any]:
    rng = random.Random(seed)
    start = today.replace(year=today.year - years) + dt.timedelta(days=1)
    values = []
    for i, name in enumerate(VALUE_NAMES):
        values.append({
            "id": f"val-bench{i:02d}",
            "name": name,
            "about": text(rng, 20, 90) if rng.random() < 0.8 else None,
            "area": AREAS[i % len(AREAS)],
            "archived": False,
            "created": start.isoformat(),
        })
    ids = [v["id"] for v in values]

    assessments = []
    span = (today - start).days
    count = max(2, ASSESSMENTS_PER_YEAR * years)
    for i in range(count):
        day = start + dt.timedelta(days=span * i // (count - 1))
        ratings = [{
            "value_id": vid,
            "now": rng.randint(1, 10),
            "want": rng.randint(1, 9),
            "steps": text(rng, 20, 300) if rng.random() < 0.5 else None,
            "challenges": text(rng, 20, 300) if rng.random() < 0.3 else None,
        } for vid in ids]
        assessments.append({"id": f"asm-bench{i:02d}", "date": day.isoformat(), "ratings": ratings})

    def item() -> dict[str, Any] | None:
        if rng.random() < 0.15:
            return None
        return {
            "text": text(rng, 20, 120),
            "value_id": rng.choice(ids) if rng.random() < 0.7 else None,
            "done": rng.random() < 0.8,
        }

    checkins = []
    day = start
    while day <= today:
        if day == today or rng.random() >= 1 / 7:  # some days stay empty
            checkins.append({
                "date": day.isoformat(),
                "new_thing": item(),
                "kindness": item(),
                "self_kindness": text(rng, 20, 120) if rng.random() < 0.4 else None,
                "mood": rng.randint(0, 10) if rng.random() < 0.85 else None,
                "note": text(rng, 0, 600) if rng.random() < 0.6 else None,
            })
        day += dt.timedelta(days=1)

    return {
        "format": "kindness-export",
        "version": 1,
        "exported_at": f"{today.isoformat()}T12:00:00+00:00",
        "values": values,
        "assessments": assessments,
        "checkins": checkins,
    }


def near_empty_export(seed: int = 7) -> dict[str, Any]:
    """The same values, the latest assessment and the last few days of check-ins."""
    export = build_export(1, seed)
    export["assessments"] = export["assessments"][-1:]
    first = (TODAY - dt.timedelta(days=NEAR_EMPTY_DAYS - 1)).isoformat()
    export["checkins"] = [c for c in export["checkins"] if c["date"] >= first]
    return export


def generate(
    db: Path, *, years: int = 10, seed: int = 7, force: bool = False, near_empty: bool = False
) -> Path:
    """Make the journal at `db` (kept if it exists, unless `force`)."""
    if db.exists() and not force:
        return db
    db.parent.mkdir(parents=True, exist_ok=True)
    for old in db.parent.glob(f"{db.name}*"):  # the journal, its lock and its backups
        if old.is_dir():
            shutil.rmtree(old)
        else:
            old.unlink()
    export = db.parent / f"{db.stem}.export.json"
    records = near_empty_export(seed) if near_empty else build_export(years, seed)
    export.write_text(json.dumps(records, ensure_ascii=False), "utf-8")
    env = {**os.environ, **ENV}
    subprocess.run(
        [sys.executable, "-m", "kindness_tui", "import", str(export), "--db", str(db)],
        check=True, env=env, stdout=subprocess.DEVNULL,
    )
    export.unlink()
    return db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--db", type=Path, help=f"default: {journal_path(10)} (journal-30y.json for --years 30, …)"
    )
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument(
        "--near-empty", action="store_true",
        help=f"only the values, one assessment and {NEAR_EMPTY_DAYS} days of check-ins",
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--force", action="store_true", help="write it again if it exists")
    ns = parser.parse_args()
    db = ns.db or journal_path(ns.years, near_empty=ns.near_empty)
    path = generate(db, years=ns.years, seed=ns.seed, force=ns.force, near_empty=ns.near_empty)
    print(f"{path}  {path.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
