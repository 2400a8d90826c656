"""Export version 2 (SPEC §4.2): reflections and assessment answers travel, version 1 still
imports unchanged, and a version this app does not know is refused, naming it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from kindness_tui.core.models import ValidationError
from kindness_tui.data import exchange, importing
from kindness_tui.data.store import Store
from tests.unit.data.helpers import HOSTILE, answered_store, as_version_1, filled_store

WHEN = dt.datetime(2026, 11, 26, 9, 30, tzinfo=dt.UTC)
TODAY = dt.date(2026, 11, 26)


def export(store: Store) -> dict[str, Any]:
    return json.loads(exchange.to_json(exchange.gather(store), WHEN))


def import_into(tmp_path: Path, name: str, data: dict[str, Any]) -> Store:
    file = tmp_path / f"{name}.json"
    file.write_text(json.dumps(data), "utf-8")
    store = Store(tmp_path / name / "k.json")
    importing.import_file(store, file, today=TODAY)
    return store


def test_version_2_carries_the_reflections_and_answers(journal: Path) -> None:
    data = export(answered_store(journal))
    assert data["version"] == 2
    first = data["checkins"][0]["new_thing"]
    assert list(first) == ["text", "value_id", "done", "how", "says"]
    assert (first["how"], first["says"]) == ("how steady", "says steady")
    assert data["checkins"][1]["kindness"]["how"] is None  # unanswered is null, never absent
    rating = data["assessments"][1]["ratings"][0]
    assert (rating["worked"], rating["in_the_way"]) == ("worked steady", "late\nnights")
    assert data["assessments"][0]["ratings"][0]["worked"] is None


@pytest.mark.parametrize("text", ["steady", HOSTILE])
def test_version_2_import_then_export_is_unchanged(tmp_path: Path, text: str) -> None:
    data = export(answered_store(tmp_path / "a" / "k.json", text))
    again = export(import_into(tmp_path, "b", data))
    data.pop("exported_at"), again.pop("exported_at")
    assert again == data


def test_version_1_imports_unchanged_and_exports_as_version_2(tmp_path: Path) -> None:
    v1 = as_version_1(export(filled_store(tmp_path / "a" / "k.json")))
    v2 = export(import_into(tmp_path, "b", v1))
    assert v2["version"] == 2
    assert as_version_1(v2) | {"exported_at": None} == v1 | {"exported_at": None}
    assert all(c["new_thing"] is None or c["new_thing"]["how"] is None for c in v2["checkins"])
    # and back: what version 2 wrote, read again, is the same journal
    v2_again = export(import_into(tmp_path, "c", v2))
    v2.pop("exported_at"), v2_again.pop("exported_at")
    assert v2_again == v2


def test_a_journal_without_answers_keeps_its_stored_shape(journal: Path) -> None:
    filled_store(journal)
    stored = json.loads(journal.read_text("utf-8"))
    for doc in stored["checkins"].values():
        for kind in ("new_thing", "kindness"):
            assert doc[kind] is None or list(doc[kind]) == ["text", "value_id", "done"]


@pytest.mark.parametrize("version", [3, 99, 0, -1])
def test_a_version_this_app_does_not_know_is_refused_naming_it(version: int) -> None:
    data = {"format": "kindness-export", "version": version, "values": []}
    with pytest.raises(ValidationError) as caught:
        importing.parse_export(data)
    message = str(caught.value)
    assert message.startswith(f"version: {version} ") and "\n" not in message


def test_a_bad_answer_names_its_place() -> None:
    data = {
        "format": "kindness-export",
        "version": 2,
        "checkins": [
            {"date": "2026-11-01", "new_thing": {"text": "a", "done": True, "says": 5}},
        ],
    }
    with pytest.raises(ValidationError) as caught:
        importing.parse_export(data)
    assert str(caught.value) == "checkins[0].new_thing.says: 5 is not text"


def test_markdown_shows_reflections_and_answers(journal: Path) -> None:
    md = exchange.to_markdown(exchange.gather(answered_store(journal)), WHEN)
    assert "  - *How did you do that?* how steady" in md
    assert "  - *What does that say about you?* says steady" in md
    assert "  - *What does that say about you?* I notice people" in md
    assert "- What worked? (wheel of 2026-11-20): worked steady" in md
    assert "- What got in the way? (wheel of 2026-11-20): late\n  nights" in md


def test_markdown_counts_the_acts_that_lived_each_value_gently(journal: Path) -> None:
    md = exchange.to_markdown(exchange.gather(answered_store(journal)), WHEN)
    assert "| Value | Now | Want | Gap | Lived |" in md
    assert "| Curiosity | 6 | 8 | 2 | 1 |" in md
    assert "| Care | 5 | 8 | 3 | 1 |" in md
    store = Store(journal)
    store.update_checkin("2026-11-25", {"kindness.done": False})
    md = exchange.to_markdown(exchange.gather(store), WHEN)
    assert "| Care | 5 | 8 | 3 | waiting for a turn |" in md


def test_csv_ends_with_the_reflections(journal: Path) -> None:
    import csv
    import io

    text = exchange.to_csv(exchange.gather(answered_store(journal)))
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert list(rows[0])[-4:] == [
        "new_thing_how",
        "new_thing_says",
        "kindness_how",
        "kindness_says",
    ]
    assert (rows[0]["new_thing_how"], rows[1]["kindness_says"]) == ("how steady", "I notice people")
