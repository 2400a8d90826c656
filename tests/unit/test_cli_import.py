"""`kindness import`: every SPEC §4.2 rule refused with exit 2 naming the place, nothing changed."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kindness_tui.data.store import Store
from tests.unit.cli_run import kindness, one_line_error
from tests.unit.data.helpers import filled_store
from tests.unit.export_records import checkin_record, rating_record, value_record

GOOD: dict[str, Any] = {
    "format": "kindness-export",
    "version": 1,
    "exported_at": "2026-11-26T09:30:00+00:00",
    "values": [
        value_record(),
        value_record(id="v-2", name="Care", about=None, area=None),
    ],
    "assessments": [
        {
            "id": "a-1",
            "date": "2026-11-01",
            "ratings": [rating_record()],
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
        checkin_record(),
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


def place(path: str) -> str:
    """How an error names the place `put` writes: values/0/area as values[0].area."""
    return re.sub(r"/(\d+)", r"[\1]", path).replace("/", ".")


def refused_at(name: str, path: str, value: Any, reason: str) -> tuple[str, Change, str]:
    """A case putting `value` at `path`, refused for `reason` after naming that place."""
    return name, put(path, value), f"{place(path)}: {reason}"


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
    refused_at("mood too high", "checkins/3/mood", 11, "11 is not between 0 and 10"),
    refused_at("mood negative", "checkins/0/mood", -1, "-1 is not between 0 and 10"),
    refused_at("mood as text", "checkins/0/mood", "5", "'5' is not a whole number"),
    refused_at("mood fraction", "checkins/0/mood", 5.5, "5.5 is not a whole number"),
    refused_at("mood boolean", "checkins/0/mood", True, "True is not a whole number"),
    refused_at("now zero", "assessments/0/ratings/0/now", 0, "0 is not between 1 and 10"),
    refused_at("now eleven", "assessments/0/ratings/0/now", 11, "11 is not between 1 and 10"),
    refused_at("want ten", "assessments/0/ratings/0/want", 10, "10 is not between 1 and 9"),
    refused_at("want zero", "assessments/0/ratings/0/want", 0, "0 is not between 1 and 9"),
    refused_at(
        "area unknown", "values/0/area", "hobbies", "'hobbies' is not one of the ten life areas"
    ),
    refused_at("name empty", "values/1/name", "  ", "a value needs a name"),
    refused_at("name too long", "values/1/name", "x" * 41, "is 41 characters long; at most 40 fit"),
    refused_at("name not text", "values/1/name", 7, "7 is not text"),
    refused_at(
        "names clash ignoring case",
        "values/1/name",
        "CURIOSITY",
        "'CURIOSITY' is also the name of values[0]",
    ),
    refused_at("value ids clash", "values/1/id", "v-1", "'v-1' is also values[0]"),
    refused_at(
        "about too long", "values/0/about", "x" * 501, "is 501 characters long; at most 500 fit"
    ),
    refused_at("archived not bool", "values/0/archived", "no", "'no' is not true or false"),
    refused_at(
        "created not a date", "values/0/created", "1 Nov", "'1 Nov' is not a date like 2026-11-26"
    ),
    ("too many active values", many_values, "values[15]: more than 15 values are on the wheel"),
    refused_at(
        "steps too long",
        "assessments/0/ratings/0/steps",
        "s" * 5001,
        "is 5001 characters long; at most 5000 fit",
    ),
    refused_at(
        "challenges not text", "assessments/0/ratings/0/challenges", ["a"], "['a'] is not text"
    ),
    refused_at(
        "rating of unknown value",
        "assessments/0/ratings/0/value_id",
        "v-404",
        "'v-404' is not a value in the file or the journal",
    ),
    refused_at(
        "assessment date unreal",
        "assessments/0/date",
        "2026-02-30",
        "'2026-02-30' is not a real date",
    ),
    refused_at(
        "checkin date format",
        "checkins/1/date",
        "2026/11/21",
        "'2026/11/21' is not a date like 2026-11-26",
    ),
    ("checkin date missing", drop("checkins/1/date"), "checkins[1].date: None is not a date"),
    refused_at(
        "duplicate dates", "checkins/2/date", "2026-11-20", "2026-11-20 is also checkins[0]"
    ),
    refused_at(
        "item of unknown value",
        "checkins/3/kindness/value_id",
        "v-9",
        "'v-9' is not a value in the file or the journal",
    ),
    refused_at(
        "item text too long",
        "checkins/3/new_thing/text",
        "t" * 501,
        "is 501 characters long; at most 500 fit",
    ),
    refused_at("item done not bool", "checkins/3/new_thing/done", 1, "1 is not true or false"),
    refused_at("item not an object", "checkins/3/kindness", "secret", "'secret' is not an object"),
    refused_at(
        "self-kindness too long",
        "checkins/3/self_kindness",
        "k" * 501,
        "is 501 characters long; at most 500 fit",
    ),
    refused_at(
        "note too long", "checkins/3/note", "n" * 5001, "is 5001 characters long; at most 5000 fit"
    ),
    refused_at("checkins not a list", "checkins", {}, "{} is not a list"),
    refused_at("wrong format", "format", "tinydb", "'tinydb' is not 'kindness-export'"),
    refused_at("newer version", "version", 3, "3 is not a version this Kindness knows"),
    refused_at("no such version", "version", 0, "0 is not a version number"),
    (
        "check-in after a bad one",
        append("checkins", {"date": "2026-11-23", "mood": 99}),
        "checkins[4].mood: 99 is not between 0 and 10",
    ),
    refused_at(
        "check-in after today",
        "checkins/3/date",
        "2031-01-01",
        "2031-01-01 is after today (2026-11-26)",
    ),
    refused_at(
        "check-in tomorrow",
        "checkins/3/date",
        "2026-11-27",
        "2026-11-27 is after today (2026-11-26)",
    ),
    refused_at(
        "check-in in year 1", "checkins/0/date", "0001-01-01", "0001-01-01 is before 1900-01-01"
    ),
    (
        "a day out of range is named before the rest of its check-in",
        both(put("checkins/1/date", "1899-12-31"), put("checkins/1/mood", 11)),
        "checkins[1].date: 1899-12-31 is before 1900-01-01",
    ),
    refused_at(
        "assessment after today",
        "assessments/0/date",
        "2027-01-01",
        "2027-01-01 is after today (2026-11-26)",
    ),
    refused_at(
        "value created before 1900",
        "values/1/created",
        "1899-12-31",
        "1899-12-31 is before 1900-01-01",
    ),
    refused_at(
        "value created after today",
        "values/0/created",
        "2031-01-01",
        "2031-01-01 is after today (2026-11-26)",
    ),
    refused_at(
        "lone surrogate in a note",
        "checkins/3/note",
        "half \ud800 a pair",
        "holds a broken character (\\ud800, half of a pair)",
    ),
    refused_at(
        "lone low surrogate in an item",
        "checkins/3/kindness/text",
        "\udc80",
        "holds a broken character (\\udc80",
    ),
    refused_at(
        "lone surrogate in a name",
        "values/1/name",
        "Care \udfff",
        "holds a broken character (\\udfff",
    ),
    refused_at(
        "lone surrogate in an id", "values/1/id", "v-\ud83d", "holds a broken character (\\ud83d"
    ),
    refused_at(
        "lone surrogate in steps",
        "assessments/0/ratings/0/steps",
        "\ud800\ud800",
        "holds a broken character",
    ),
    refused_at(
        "lone surrogate in exported_at",
        "exported_at",
        "2026-11-26\udc00",
        "holds a broken character",
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
