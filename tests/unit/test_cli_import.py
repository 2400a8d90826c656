"""`kindness import`: every SPEC §4.2 rule refused with exit 2 naming the place, nothing changed."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kindness_tui.data.store import Store
from tests.unit.cli_run import kindness, one_line_error
from tests.unit.data.helpers import filled_store

GOOD: dict[str, Any] = {
    "format": "kindness-export",
    "version": 1,
    "exported_at": "2026-11-26T09:30:00+00:00",
    "values": [
        {
            "id": "v-1",
            "name": "Curiosity",
            "about": "trying what I don't know",
            "area": "education",
            "archived": False,
            "created": "2026-11-01",
        },
        {
            "id": "v-2",
            "name": "Care",
            "about": None,
            "area": None,
            "archived": False,
            "created": "2026-11-01",
        },
    ],
    "assessments": [
        {
            "id": "a-1",
            "date": "2026-11-01",
            "ratings": [
                {
                    "value_id": "v-1",
                    "now": 4,
                    "want": 8,
                    "steps": "one class a month",
                    "challenges": "tiredness",
                }
            ],
        },
    ],
    "checkins": [
        {
            "date": "2026-11-20",
            "new_thing": None,
            "kindness": None,
            "self_kindness": None,
            "mood": 3,
            "note": None,
        },
        {
            "date": "2026-11-21",
            "new_thing": None,
            "kindness": None,
            "self_kindness": None,
            "mood": None,
            "note": "",
        },
        {
            "date": "2026-11-22",
            "new_thing": None,
            "kindness": None,
            "self_kindness": None,
            "mood": None,
            "note": "",
        },
        {
            "date": "2026-11-26",
            "new_thing": {"text": "walked a new route", "value_id": "v-1", "done": True},
            "kindness": {"text": "left a note for the cleaner", "value_id": None, "done": True},
            "self_kindness": "rested without guilt",
            "mood": 6,
            "note": "",
        },
    ],
}

Change = Callable[[dict[str, Any]], None]


def put(path: str, value: Any) -> Change:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        node: Any = data
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value

    return change


def drop(path: str) -> Change:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        node: Any = data
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        del node[last]

    return change


def append(path: str, value: Any) -> Change:
    def change(data: dict[str, Any]) -> None:
        data[path].append(copy.deepcopy(value))

    return change


def both(*changes: Change) -> Change:
    def change(data: dict[str, Any]) -> None:
        for one in changes:
            one(data)

    return change


def many_values(data: dict[str, Any]) -> None:
    data["values"] = [
        {
            "id": f"v-{i}",
            "name": f"Value {i}",
            "about": None,
            "area": None,
            "archived": False,
            "created": "2026-11-01",
        }
        for i in range(16)
    ]
    data["assessments"][0]["ratings"] = []
    data["checkins"][3]["new_thing"]["value_id"] = None


CASES: list[tuple[str, Change, str]] = [
    ("mood too high", put("checkins/3/mood", 11), "checkins[3].mood: 11 is not between 0 and 10"),
    ("mood negative", put("checkins/0/mood", -1), "checkins[0].mood: -1 is not between 0 and 10"),
    ("mood as text", put("checkins/0/mood", "5"), "checkins[0].mood: '5' is not a whole number"),
    ("mood fraction", put("checkins/0/mood", 5.5), "checkins[0].mood: 5.5 is not a whole number"),
    ("mood boolean", put("checkins/0/mood", True), "checkins[0].mood: True is not a whole number"),
    (
        "now zero",
        put("assessments/0/ratings/0/now", 0),
        "assessments[0].ratings[0].now: 0 is not between 1 and 10",
    ),
    (
        "now eleven",
        put("assessments/0/ratings/0/now", 11),
        "assessments[0].ratings[0].now: 11 is not between 1 and 10",
    ),
    (
        "want ten",
        put("assessments/0/ratings/0/want", 10),
        "assessments[0].ratings[0].want: 10 is not between 1 and 9",
    ),
    (
        "want zero",
        put("assessments/0/ratings/0/want", 0),
        "assessments[0].ratings[0].want: 0 is not between 1 and 9",
    ),
    (
        "area unknown",
        put("values/0/area", "hobbies"),
        "values[0].area: 'hobbies' is not one of the ten life areas",
    ),
    ("name empty", put("values/1/name", "  "), "values[1].name: a value needs a name"),
    (
        "name too long",
        put("values/1/name", "x" * 41),
        "values[1].name: is 41 characters long; at most 40 fit",
    ),
    ("name not text", put("values/1/name", 7), "values[1].name: 7 is not text"),
    (
        "names clash ignoring case",
        put("values/1/name", "CURIOSITY"),
        "values[1].name: 'CURIOSITY' is also the name of values[0]",
    ),
    ("value ids clash", put("values/1/id", "v-1"), "values[1].id: 'v-1' is also values[0]"),
    (
        "about too long",
        put("values/0/about", "x" * 501),
        "values[0].about: is 501 characters long; at most 500 fit",
    ),
    (
        "archived not bool",
        put("values/0/archived", "no"),
        "values[0].archived: 'no' is not true or false",
    ),
    (
        "created not a date",
        put("values/0/created", "1 Nov"),
        "values[0].created: '1 Nov' is not a date like 2026-11-26",
    ),
    ("too many active values", many_values, "values[15]: more than 15 values are on the wheel"),
    (
        "steps too long",
        put("assessments/0/ratings/0/steps", "s" * 5001),
        "assessments[0].ratings[0].steps: is 5001 characters long; at most 5000 fit",
    ),
    (
        "challenges not text",
        put("assessments/0/ratings/0/challenges", ["a"]),
        "assessments[0].ratings[0].challenges: ['a'] is not text",
    ),
    (
        "rating of unknown value",
        put("assessments/0/ratings/0/value_id", "v-404"),
        "assessments[0].ratings[0].value_id: 'v-404' is not a value in the file or the journal",
    ),
    (
        "assessment date unreal",
        put("assessments/0/date", "2026-02-30"),
        "assessments[0].date: '2026-02-30' is not a real date",
    ),
    (
        "checkin date format",
        put("checkins/1/date", "2026/11/21"),
        "checkins[1].date: '2026/11/21' is not a date like 2026-11-26",
    ),
    ("checkin date missing", drop("checkins/1/date"), "checkins[1].date: None is not a date"),
    (
        "duplicate dates",
        put("checkins/2/date", "2026-11-20"),
        "checkins[2].date: 2026-11-20 is also checkins[0]",
    ),
    (
        "item of unknown value",
        put("checkins/3/kindness/value_id", "v-9"),
        "checkins[3].kindness.value_id: 'v-9' is not a value in the file or the journal",
    ),
    (
        "item text too long",
        put("checkins/3/new_thing/text", "t" * 501),
        "checkins[3].new_thing.text: is 501 characters long; at most 500 fit",
    ),
    (
        "item done not bool",
        put("checkins/3/new_thing/done", 1),
        "checkins[3].new_thing.done: 1 is not true or false",
    ),
    (
        "item not an object",
        put("checkins/3/kindness", "secret"),
        "checkins[3].kindness: 'secret' is not an object",
    ),
    (
        "self-kindness too long",
        put("checkins/3/self_kindness", "k" * 501),
        "checkins[3].self_kindness: is 501 characters long; at most 500 fit",
    ),
    (
        "note too long",
        put("checkins/3/note", "n" * 5001),
        "checkins[3].note: is 5001 characters long; at most 5000 fit",
    ),
    ("checkins not a list", put("checkins", {}), "checkins: {} is not a list"),
    ("wrong format", put("format", "tinydb"), "format: 'tinydb' is not 'kindness-export'"),
    ("newer version", put("version", 3), "version: 3 is not a version this Kindness knows"),
    ("no such version", put("version", 0), "version: 0 is not a version number"),
    (
        "check-in after a bad one",
        append("checkins", {"date": "2026-11-23", "mood": 99}),
        "checkins[4].mood: 99 is not between 0 and 10",
    ),
    (
        "check-in after today",
        put("checkins/3/date", "2031-01-01"),
        "checkins[3].date: 2031-01-01 is after today (2026-11-26)",
    ),
    (
        "check-in tomorrow",
        put("checkins/3/date", "2026-11-27"),
        "checkins[3].date: 2026-11-27 is after today (2026-11-26)",
    ),
    (
        "check-in in year 1",
        put("checkins/0/date", "0001-01-01"),
        "checkins[0].date: 0001-01-01 is before 1900-01-01",
    ),
    (
        "a day out of range is named before the rest of its check-in",
        both(put("checkins/1/date", "1899-12-31"), put("checkins/1/mood", 11)),
        "checkins[1].date: 1899-12-31 is before 1900-01-01",
    ),
    (
        "assessment after today",
        put("assessments/0/date", "2027-01-01"),
        "assessments[0].date: 2027-01-01 is after today (2026-11-26)",
    ),
    (
        "value created before 1900",
        put("values/1/created", "1899-12-31"),
        "values[1].created: 1899-12-31 is before 1900-01-01",
    ),
    (
        "value created after today",
        put("values/0/created", "2031-01-01"),
        "values[0].created: 2031-01-01 is after today (2026-11-26)",
    ),
    (
        "lone surrogate in a note",
        put("checkins/3/note", "half \ud800 a pair"),
        "checkins[3].note: holds a broken character (\\ud800, half of a pair)",
    ),
    (
        "lone low surrogate in an item",
        put("checkins/3/kindness/text", "\udc80"),
        "checkins[3].kindness.text: holds a broken character (\\udc80",
    ),
    (
        "lone surrogate in a name",
        put("values/1/name", "Care \udfff"),
        "values[1].name: holds a broken character (\\udfff",
    ),
    (
        "lone surrogate in an id",
        put("values/1/id", "v-\ud83d"),
        "values[1].id: holds a broken character (\\ud83d",
    ),
    (
        "lone surrogate in steps",
        put("assessments/0/ratings/0/steps", "\ud800\ud800"),
        "assessments[0].ratings[0].steps: holds a broken character",
    ),
    (
        "lone surrogate in exported_at",
        put("exported_at", "2026-11-26\udc00"),
        "exported_at: holds a broken character",
    ),
]


@pytest.mark.parametrize(("change", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_every_invalid_import_is_refused_and_changes_nothing(
    journal: Path, tmp_path: Path, change: Change, expected: str
) -> None:
    filled_store(journal)
    before = journal.read_bytes()
    data = copy.deepcopy(GOOD)
    change(data)
    file = tmp_path / "import.json"
    file.write_text(json.dumps(data), "utf-8")
    result = kindness("import", file, "--db", journal)
    assert result.returncode == 2, result.stderr
    assert one_line_error(result).startswith(f"kindness: {expected}")
    assert journal.read_bytes() == before
    assert not list(journal.parent.glob("*.backups/before-import-*"))


def test_a_surrogate_pair_is_one_character_and_welcome(journal: Path, tmp_path: Path) -> None:
    data = copy.deepcopy(GOOD)
    data["checkins"][3]["note"] = "a seedling \U0001f331"
    file = tmp_path / "import.json"
    file.write_text(json.dumps(data), "utf-8")  # written as the escaped pair \ud83c\udf31
    assert "\\ud83c\\udf31" in file.read_text("utf-8")
    result = kindness("import", file, "--db", journal)
    assert result.returncode == 0, result.stderr
    assert Store(journal).checkin("2026-11-26").note == "a seedling \U0001f331"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b'{"format": "kindness-export", "version": 1, "checkins": [{"mood": NaN}]}',
            "is not valid JSON",
        ),
        (b'{"format": "kindness-export", "version": 1, "values": [1e999]}', "is not valid JSON"),
        (b"{ not json", "is not valid JSON (line 1, column 3"),
        (b"\xff\xfe", "is not text"),
        (b"[]", "is not an object"),
    ],
)
def test_files_that_are_not_exports_are_refused(
    journal: Path, tmp_path: Path, content: bytes, expected: str
) -> None:
    filled_store(journal)
    before = journal.read_bytes()
    file = tmp_path / "import.json"
    file.write_bytes(content)
    result = kindness("import", file, "--db", journal)
    assert result.returncode == 2
    assert expected in one_line_error(result)
    assert journal.read_bytes() == before


def test_a_missing_file_is_named(journal: Path, tmp_path: Path) -> None:
    result = kindness("import", tmp_path / "nowhere.json", "--db", journal)
    assert result.returncode == 2
    assert "nowhere.json: there is no such file" in one_line_error(result)
    assert not journal.exists()


def test_a_good_import_reports_kept_days_then_overwrites(journal: Path, tmp_path: Path) -> None:
    file = tmp_path / "import.json"
    file.write_text(json.dumps(GOOD), "utf-8")
    Store(journal).update_checkin("2026-11-26", {"note": "mine"})
    first = kindness("import", file, "--db", journal)
    assert first.returncode == 0, first.stderr
    assert "Imported 2 values, 1 assessment, 3 days." in first.stdout
    assert "Kept 1 day already in your journal as they were: 2026-11-26" in first.stdout
    assert Store(journal).checkin("2026-11-26").note == "mine"  # type: ignore[union-attr]
    second = kindness("import", file, "--overwrite", "--db", journal)
    assert second.returncode == 0
    day = Store(journal).checkin("2026-11-26")
    assert day is not None and day.mood == 6 and day.note == ""
    assert "Replaced 4 days" in second.stdout


def test_overwrite_keeps_a_copy_of_the_journal_first_and_says_where(
    journal: Path, tmp_path: Path
) -> None:
    file = tmp_path / "import.json"
    file.write_text(json.dumps(GOOD), "utf-8")
    Store(journal).update_checkin("2026-11-26", {"note": "mine"})
    plain = kindness("import", file, "--db", journal)
    assert plain.returncode == 0 and "kept in" not in plain.stdout
    folder = journal.with_name("kindness.json.backups")
    assert not list(folder.glob("before-import-*.json"))  # nothing was replaced
    before = journal.read_bytes()
    result = kindness("import", file, "--overwrite", "--db", journal)
    assert result.returncode == 0, result.stderr
    kept = list(folder.glob("before-import-*.json"))
    assert len(kept) == 1
    assert kept[0].read_bytes() == before
    assert kept[0].stat().st_mode & 0o777 == 0o600
    assert f"Your journal as it was before is kept in {kept[0]}." in result.stdout
    assert Store(journal).checkin("2026-11-26").note == ""  # type: ignore[union-attr]
    assert Store(kept[0]).checkin("2026-11-26").note == "mine"  # type: ignore[union-attr]
    listed = kindness("backups", "--db", journal)
    assert kept[0].name in listed.stdout


def test_overwrite_into_a_new_journal_needs_no_copy(journal: Path, tmp_path: Path) -> None:
    file = tmp_path / "import.json"
    file.write_text(json.dumps(GOOD), "utf-8")
    result = kindness("import", file, "--overwrite", "--db", journal)
    assert result.returncode == 0, result.stderr
    assert "kept in" not in result.stdout
    assert not list(journal.parent.glob("*.backups/before-import-*"))


def test_a_refused_overwrite_keeps_no_copy_and_changes_nothing(
    journal: Path, tmp_path: Path
) -> None:
    filled_store(journal)
    before = journal.read_bytes()
    data = copy.deepcopy(GOOD)
    data["checkins"][3]["date"] = "2031-01-01"
    file = tmp_path / "import.json"
    file.write_text(json.dumps(data), "utf-8")
    result = kindness("import", file, "--overwrite", "--db", journal)
    assert result.returncode == 2
    assert "checkins[3].date: 2031-01-01 is after today (2026-11-26)" in one_line_error(result)
    assert journal.read_bytes() == before
    assert not list(journal.parent.glob("*.backups/before-import-*"))


def test_the_logical_today_bounds_an_import(journal: Path, tmp_path: Path) -> None:
    data = copy.deepcopy(GOOD)
    file = tmp_path / "import.json"
    file.write_text(json.dumps(data), "utf-8")
    early = kindness("import", file, "--db", journal, today="2026-11-25")
    assert early.returncode == 2
    assert "checkins[3].date: 2026-11-26 is after today (2026-11-25)" in one_line_error(early)
    assert not journal.exists()
    assert kindness("import", file, "--db", journal).returncode == 0
