"""Write a large Kindness journal through the public import, for the benchmarks.

Ten years of daily check-ins ending on TODAY (2026-11-26), with realistic text
lengths (items 20-120 characters, notes 0-600), about one day in seven left
empty, 15 values and 40 assessments. The same seed gives the same journal.

The records are written as a SPEC 4.2 export file and merged with
`python -m kindness_tui import FILE --db PATH`, the way a person would.

    python benchmarks/generate.py [--db PATH] [--years 10] [--seed 7] [--force]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

TODAY = dt.date(2026, 11, 26)
DEFAULT_DB = Path(tempfile.gettempdir()) / "kindness-bench" / "journal-10y.json"
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
    for i in range(40):
        day = start + dt.timedelta(days=span * i // 39)
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


def generate(db: Path, *, years: int = 10, seed: int = 7, force: bool = False) -> Path:
    """Make the journal at `db` (kept if it exists, unless `force`)."""
    if db.exists() and not force:
        return db
    db.parent.mkdir(parents=True, exist_ok=True)
    for old in db.parent.glob(f"{db.name}*"):
        old.unlink()
    export = db.parent / f"{db.stem}.export.json"
    export.write_text(json.dumps(build_export(years, seed), ensure_ascii=False), "utf-8")
    env = {**os.environ, **ENV}
    subprocess.run(
        [sys.executable, "-m", "kindness_tui", "import", str(export), "--db", str(db)],
        check=True, env=env, stdout=subprocess.DEVNULL,
    )
    export.unlink()
    return db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--force", action="store_true", help="write it again if it exists")
    ns = parser.parse_args()
    path = generate(ns.db, years=ns.years, seed=ns.seed, force=ns.force)
    print(f"{path}  {path.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
