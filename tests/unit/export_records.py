"""One good record of each kind in the export format (SPEC §4.2). Validation tests change a
field of one and expect a refusal naming that field; an import file is made of them."""

from __future__ import annotations

import copy
from typing import Any

VALUE: dict[str, Any] = {
    "id": "v-1",
    "name": "Curiosity",
    "about": "trying what I don't know",
    "area": "education",
    "archived": False,
    "created": "2026-11-01",
}

RATING: dict[str, Any] = {
    "value_id": "v-1",
    "now": 4,
    "want": 8,
    "steps": "one class a month",
    "challenges": "tiredness",
}

CHECKIN: dict[str, Any] = {
    "date": "2026-11-26",
    "new_thing": {"text": "walked a new route", "value_id": "v-1", "done": True},
    "kindness": {"text": "left a note for the cleaner", "value_id": None, "done": True},
    "self_kindness": "rested without guilt",
    "mood": 6,
    "note": "",
}


def value_record(**changes: Any) -> dict[str, Any]:
    return {**copy.deepcopy(VALUE), **changes}


def rating_record(**changes: Any) -> dict[str, Any]:
    return {**copy.deepcopy(RATING), **changes}


def checkin_record(**changes: Any) -> dict[str, Any]:
    return {**copy.deepcopy(CHECKIN), **changes}
