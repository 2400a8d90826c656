"""Export format (SPEC §4.2, exactly), CSV/Markdown, and the all-or-nothing import."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from kindness_tui.core.checkin import CHECKIN_TEXT_FIELDS
from kindness_tui.core.models import ValidationError
from kindness_tui.data import exchange, importing
from kindness_tui.data.store import Store
from tests.unit.data.helpers import FANCY, HOSTILE, filled_store

WHEN = dt.datetime(2026, 11, 26, 9, 30, tzinfo=dt.UTC)


def export(store: Store, **kw: dt.date) -> dict:
    return json.loads(exchange.to_json(exchange.gather(store, **kw), WHEN))


def only_checkins(*checkins: dict[str, Any]) -> dict[str, Any]:
    """A version 1 export with no values or assessments, only `checkins`."""
    return {
        "format": "kindness-export",
        "version": 1,
        "values": [],
        "assessments": [],
        "checkins": list(checkins),
    }


def test_the_export_has_the_contract_shape_and_key_order(journal: Path) -> None:
    data = export(filled_store(journal))
    assert list(data) == ["format", "version", "exported_at", "values", "assessments", "checkins"]
    assert data["format"] == "kindness-export" and data["version"] == 2
    assert data["exported_at"] == "2026-11-26T09:30:00+00:00"
    assert list(data["values"][0]) == ["id", "name", "about", "area", "archived", "created"]
    assert list(data["assessments"][0]) == ["id", "date", "ratings"]
    assert list(data["assessments"][0]["ratings"][0]) == [
        "value_id",
        "now",
        "want",
        "steps",
        "challenges",
        "worked",
        "in_the_way",
    ]
    day = data["checkins"][0]
    assert list(day) == ["date", "new_thing", "kindness", "self_kindness", "mood", "note"]
    assert list(day["new_thing"]) == ["text", "value_id", "done", "how", "says"]
    assert day["kindness"] is None  # never filled in
    assert [a["date"] for a in data["assessments"]] == ["2026-11-01", "2026-11-20"]


def test_from_and_to_choose_the_checkins(journal: Path) -> None:
    store = filled_store(journal)
    data = export(store, start=dt.date(2026, 11, 25), end=dt.date(2026, 11, 25))
    assert [c["date"] for c in data["checkins"]] == ["2026-11-25"]
    assert len(data["values"]) == 2 and len(data["assessments"]) == 2


@pytest.mark.parametrize("text", [FANCY, HOSTILE, "emoji only 🌱🌷🐝", "a\nb\r\nc"])
def test_round_trip_into_an_empty_journal_is_identical(tmp_path: Path, text: str) -> None:
    first = tmp_path / "a" / "k.json"
    exported = exchange.to_json(exchange.gather(filled_store(first, text)), WHEN)
    file = tmp_path / "export.json"
    file.write_text(exported, "utf-8")
    second = Store(tmp_path / "b" / "k.json")
    report = importing.import_file(second, file)
    assert (report.values_added, report.assessments_added, report.checkins_added) == (2, 2, 3)
    again = exchange.to_json(exchange.gather(Store(tmp_path / "b" / "k.json")), WHEN)
    assert again == exported
    assert json.loads(again)["checkins"][0]["note"] == text


def test_the_json_export_is_exact_but_safe_on_a_terminal(journal: Path) -> None:
    text = exchange.to_json(exchange.gather(filled_store(journal, HOSTILE)), WHEN)
    assert not any(ord(ch) < 0x20 and ch != "\n" or 0x7F <= ord(ch) < 0xA0 for ch in text)
    assert json.loads(text)["checkins"][0]["note"] == HOSTILE


def test_csv_has_one_row_per_checkin_with_value_names(journal: Path) -> None:
    import csv
    import io

    rows = list(
        csv.DictReader(io.StringIO(exchange.to_csv(exchange.gather(filled_store(journal)))))
    )
    assert [r["date"] for r in rows] == ["2026-11-24", "2026-11-25", "2026-11-26"]
    assert rows[0]["new_thing_value"] == "Curiosity" and rows[0]["new_thing_done"] == "yes"
    assert rows[0]["note"] == FANCY
    assert rows[1]["kindness_value"] == "Care"
    assert rows[2]["kindness_done"] == "planned" and rows[2]["mood"] == "1"
    assert tuple(rows[0]) == exchange.CSV_COLUMNS


def test_markdown_report_lists_values_then_days_and_shows_no_control_codes(
    journal: Path,
) -> None:
    md = exchange.to_markdown(exchange.gather(filled_store(journal, HOSTILE)), WHEN)
    assert md.index("## Values") < md.index("| Curiosity | 6 | 8 | 2 |") < md.index("## Day by")
    assert "now 4 → 6 since 2026-11-01" in md
    assert "### Tuesday, 24 November 2026" in md
    assert "\x1b" not in md and "\x9b" not in md and "\x07" not in md and "\x00" not in md
    assert "␛]0;pwned␇" in md
    assert "Showed up on 3 days · 1 secret kindness · 1 new thing" in md


def test_a_date_already_in_the_journal_is_kept_unless_overwrite(tmp_path: Path) -> None:
    source = filled_store(tmp_path / "a" / "k.json")
    file = tmp_path / "e.json"
    file.write_text(exchange.to_json(exchange.gather(source), WHEN), "utf-8")
    target = Store(tmp_path / "b" / "k.json")
    target.update_checkin("2026-11-25", {"note": "mine"})
    report = importing.import_file(target, file)
    assert report.days_kept == ["2026-11-25"] and report.checkins_added == 2
    assert target.checkin("2026-11-25").note == "mine"  # type: ignore[union-attr]
    report = importing.import_file(target, file, overwrite=True)
    assert report.checkins_replaced == 3
    assert target.checkin("2026-11-25").note is None  # type: ignore[union-attr]


def test_values_with_the_same_name_are_matched_and_references_follow(tmp_path: Path) -> None:
    source = filled_store(tmp_path / "a" / "k.json")
    file = tmp_path / "e.json"
    file.write_text(exchange.to_json(exchange.gather(source), WHEN), "utf-8")
    target = Store(tmp_path / "b" / "k.json")
    mine = target.add_value("CURIOSITY", today=dt.date(2026, 1, 1))
    report = importing.import_file(target, file)
    assert report.values_matched == ["CURIOSITY"] and report.values_added == 1
    day = target.checkin("2026-11-24")
    assert day is not None and day.new_thing is not None
    assert day.new_thing.value_id == mine.id
    assert {v.name for v in target.values()} == {"CURIOSITY", "Care"}


def test_parse_export_names_the_first_bad_place() -> None:
    data = only_checkins(
        {"date": "2026-11-01", "mood": 3},
        {"date": "2026-11-02", "mood": 11},
        {"date": "2026-11-03", "mood": 12},
    )
    with pytest.raises(ValidationError) as caught:
        importing.parse_export(data)
    assert str(caught.value) == "checkins[1].mood: 11 is not between 0 and 10"


def test_the_report_keeps_text_another_session_replaced(journal: Path) -> None:
    # Two sessions wrote the same note; the later one won and the earlier text is kept in the
    # day's `replaced` list. The JSON contract has no field for it; the readable report does.
    mine, theirs = Store(journal), Store(journal)
    mine.update_checkin("2026-11-26", {"new_thing.text": "a walk", "note": "first"})
    base = mine.checkin("2026-11-26")
    theirs.update_checkin("2026-11-26", {"note": "written on the phone"})
    mine.update_checkin("2026-11-26", {"note": "written at home"}, base=base)
    md = exchange.to_markdown(exchange.gather(Store(journal)), WHEN)
    assert "- **Note:** written at home" in md
    assert "- **Also written in another session** (note): written on the phone" in md
    assert "replaced" not in export(Store(journal))["checkins"][0]  # the contract stays exact


def test_csv_keeps_a_lone_carriage_return_exact_in_a_file_and_visible_on_screen(
    journal: Path,
) -> None:
    import csv
    import io

    journal_data = exchange.gather(filled_store(journal, "one\rtwo\nthree"))
    rows = list(csv.DictReader(io.StringIO(exchange.to_csv(journal_data), newline="")))
    assert [r["note"] for r in rows] == ["one\rtwo\nthree", "", ""]
    shown = exchange.to_csv(journal_data, for_terminal=True)
    assert "\r" not in shown and "one␍two\nthree" in shown
    assert "one^Mtwo" in exchange.to_csv(journal_data, for_terminal=True, ascii_only=True)


def test_import_dates_are_bounded_by_1900_and_by_today_when_given() -> None:
    data = only_checkins({"date": "2026-11-27", "mood": 3})
    assert importing.parse_export(data).checkins[0].date == "2026-11-27"
    with pytest.raises(ValidationError) as caught:
        importing.parse_export(data, today=dt.date(2026, 11, 26))
    assert str(caught.value) == "checkins[0].date: 2026-11-27 is after today (2026-11-26)"
    data["checkins"] = [{"date": "1899-12-31", "mood": 3}]
    with pytest.raises(ValidationError, match=r"^checkins\[0\]\.date: 1899-12-31 is before"):
        importing.parse_export(data)
    data["checkins"] = [{"date": "1900-01-01", "mood": 3}, {"date": "2026-11-26"}]
    assert len(importing.parse_export(data, today=dt.date(2026, 11, 26)).checkins) == 2


def test_an_export_leaves_out_a_damaged_record_and_keeps_the_rest(journal: Path) -> None:
    filled_store(journal)
    data = json.loads(journal.read_text("utf-8"))
    for doc in data["checkins"].values():
        if doc["date"] == "2026-11-25":
            doc["note"] = 7
    journal.write_text(json.dumps(data), "utf-8")
    gathered = exchange.gather(Store(journal))
    assert [c.date for c in gathered.checkins] == ["2026-11-24", "2026-11-26"]
    assert [(u.record, u.problem) for u in gathered.left_out] == [
        ("the check-in of 2026-11-25", "note: 7 is not text")
    ]
    with pytest.raises(ValidationError):
        Store(journal).checkins()  # other readers still refuse it, as before


def test_the_report_names_every_text_another_session_can_replace() -> None:
    assert list(exchange.REPLACED_FIELDS) == list(CHECKIN_TEXT_FIELDS)
