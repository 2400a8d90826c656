"""Small builders shared by the data tests: real journals in temporary folders."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

from kindness_tui.data.store import Store

DAY = dt.date(2026, 11, 26)

HOSTILE = (
    "\x1b]0;pwned\x07 title \x1b[2J clear \x9b31m csi "
    "\x1b]52;c;aGVsbG8=\x07 clip \x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\ "
    "\x00\x7f end"
)
"""Terminal control sequences that must never reach a terminal raw."""

FANCY = "Café ☕ déjà vu 🌱\nsecond line\ttab — «quotes» 漢字 👩‍👩‍👧"


def filled_store(path: Path, text: str = FANCY) -> Store:
    """A journal with two values, two assessments and three check-ins using `text`."""
    store = Store(path, backup_day=lambda: "2026-11-26")
    curiosity = store.add_value(
        "Curiosity", today=dt.date(2026, 11, 1), about=text[:500], area="education"
    )
    care = store.add_value("Care", today=dt.date(2026, 11, 1), area=None)
    store.rate(curiosity.id, now=4, want=8, steps=text, challenges="tiredness")
    store.new_assessment(dt.date(2026, 11, 20))
    store.rate(curiosity.id, now=6)
    store.update_checkin(
        "2026-11-24",
        {
            "new_thing.text": text[:500],
            "new_thing.value_id": curiosity.id,
            "new_thing.done": True,
            "mood": 6,
            "note": text,
        },
    )
    store.update_checkin(
        "2026-11-25",
        {
            "kindness.text": "left a note",
            "kindness.value_id": care.id,
            "kindness.done": True,
            "self_kindness": text[:500],
        },
    )
    store.update_checkin("2026-11-26", {"mood": 1, "kindness.text": "plan", "kindness.done": False})
    return store


def answered_store(path: Path, text: str = "steady") -> Store:
    """`filled_store`, with reflections on done acts and answers in the second wheel."""
    store = filled_store(path)
    curiosity = store.values()[0]
    store.update_checkin(
        "2026-11-24", {"new_thing.how": f"how {text}", "new_thing.says": f"says {text}"}
    )
    store.update_checkin("2026-11-25", {"kindness.says": "I notice people"})
    store.rate(curiosity.id, worked=f"worked {text}", in_the_way="late\nnights")
    return store


def read_json(path: Path) -> Any:
    return json.loads(path.read_text("utf-8"))


def write_journal(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), "utf-8")


def from_a_newer_version(path: Path, schema: int) -> bytes:
    """A filled journal whose meta says a later Kindness (`schema`) wrote it; its bytes, which
    this version must leave as they are."""
    filled_store(path)
    data = read_json(path)
    data["meta"]["1"]["schema"] = schema
    write_journal(path, data)
    return path.read_bytes()


def as_version_1(export: dict[str, Any]) -> dict[str, Any]:
    """A version 2 export as version 1 wrote it: no reflections on acts, no answers."""
    old = copy.deepcopy(export)
    old["version"] = 1
    for assessment in old["assessments"]:
        for rating in assessment["ratings"]:
            del rating["worked"], rating["in_the_way"]
    for checkin in old["checkins"]:
        for kind in ("new_thing", "kindness"):
            if checkin[kind] is not None:
                del checkin[kind]["how"], checkin[kind]["says"]
    return old
