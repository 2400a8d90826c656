"""`kindness export`: never onto the journal, clear about folders, and a rescue path that
skips (and names) a damaged record instead of refusing the whole journal."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from kindness_tui.data.store import Store
from tests.unit.cli_run import kindness, one_line_error
from tests.unit.data.helpers import filled_store, read_json, write_journal

# ---------------------------------------------------------------- -o onto the journal


def spellings(journal: Path, tmp_path: Path) -> dict[str, Path]:
    link = tmp_path / "link.json"
    link.symlink_to(journal)
    hard = tmp_path / "hard.json"
    os.link(journal, hard)
    folder_link = tmp_path / "folder-link"
    folder_link.symlink_to(journal.parent, target_is_directory=True)
    return {
        "itself": journal,
        "a symlink to it": link,
        "a hard link to it": hard,
        "another spelling": journal.parent / ".." / journal.parent.name / journal.name,
        "through a symlinked folder": folder_link / journal.name,
    }


@pytest.mark.parametrize(
    "how",
    [
        "itself",
        "a symlink to it",
        "a hard link to it",
        "another spelling",
        "through a symlinked folder",
    ],
)
@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_onto_the_journal_is_refused(
    journal: Path, tmp_path: Path, how: str, fmt: str
) -> None:
    filled_store(journal)
    target = spellings(journal, tmp_path)[how]
    before = journal.read_bytes()
    result = kindness("export", "--db", journal, "--format", fmt, "-o", target)
    assert result.returncode == 2
    line = one_line_error(result)
    assert f"-o: {target} is your journal; choose another file for the export" in line
    assert result.stdout == ""
    assert journal.read_bytes() == before
    assert not journal.is_symlink() and (how != "a symlink to it" or target.is_symlink())
    assert Store(journal).checkin_dates() == ["2026-11-24", "2026-11-25", "2026-11-26"]


def test_export_onto_a_journal_not_made_yet_is_refused(journal: Path) -> None:
    result = kindness("export", "--db", journal, "-o", journal)
    assert result.returncode == 2
    assert "is your journal" in one_line_error(result)
    assert not journal.exists()


def test_export_into_a_missing_folder_names_the_folder(journal: Path, tmp_path: Path) -> None:
    filled_store(journal)
    target = tmp_path / "nowhere" / "export.json"
    result = kindness("export", "--db", journal, "-o", target)
    assert result.returncode == 2
    line = one_line_error(result)
    assert f"the folder {target.parent} does not exist" in line
    assert ".tmp" not in line
    assert not target.parent.exists()


def test_export_that_cannot_be_written_names_the_file(journal: Path, tmp_path: Path) -> None:
    filled_store(journal)
    not_a_folder = tmp_path / "a file"
    not_a_folder.write_text("in the way", encoding="utf-8")
    target = not_a_folder / "export.json"  # any user, root too, is refused here
    result = kindness("export", "--db", journal, "-o", target)
    assert result.returncode in (1, 2)
    line = one_line_error(result)
    assert str(target.parent) in line and ".tmp" not in line
    assert not_a_folder.read_text(encoding="utf-8") == "in the way"


def test_export_through_a_link_into_a_missing_folder_names_that_folder(
    journal: Path, tmp_path: Path
) -> None:
    filled_store(journal)
    link = tmp_path / "export.json"
    where = tmp_path / "unmounted" / "export.json"
    link.symlink_to(where)
    result = kindness("export", "--db", journal, "-o", link)
    assert result.returncode == 2
    assert one_line_error(result) == (
        f"kindness: -o: {link} leads to {where}, and the folder {where.parent} does not exist; "
        "create it or choose another"
    )
    assert os.path.islink(link) and not where.parent.exists()


def test_export_to_a_folder_that_is_not_there_is_refused(journal: Path, tmp_path: Path) -> None:
    """`-o exports/` means a folder: never a file called `exports`."""
    filled_store(journal)
    missing = tmp_path / "exports"
    result = kindness("export", "--db", journal, "-o", f"{missing}/")
    assert result.returncode == 2
    assert one_line_error(result) == (
        f"kindness: -o: the folder {missing} does not exist; "
        "give a file name in a folder that exists"
    )
    assert not missing.exists()


def test_export_below_a_file_names_the_file_in_the_way(journal: Path, tmp_path: Path) -> None:
    filled_store(journal)
    in_the_way = tmp_path / "a file"
    in_the_way.write_text("in the way", encoding="utf-8")
    result = kindness("export", "--db", journal, "-o", in_the_way / "deeper" / "export.json")
    assert result.returncode == 2
    assert one_line_error(result) == (
        f"kindness: -o: {in_the_way} is not a folder; choose another place"
    )


def test_a_folder_gone_while_exporting_is_named_not_the_temporary(
    journal: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The folder is checked first, but may go before the write: the error still names it."""
    import shutil

    from kindness_tui.cli import main
    from kindness_tui.data import atomic_write

    filled_store(journal)
    folder = tmp_path / "usb stick"
    folder.mkdir()
    real_write = atomic_write.write_atomic

    def unplugged(path: Path, payload: bytes) -> None:
        shutil.rmtree(folder)
        real_write(path, payload)

    monkeypatch.setattr(atomic_write, "write_atomic", unplugged)
    target = folder / "export.json"
    code = main(
        ["export", "--db", str(journal), "-o", str(target)], {"KINDNESS_TODAY": "2026-11-26"}
    )
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err == (
        f"kindness: -o: the folder {folder} does not exist; create it or choose another\n"
    )


# ---------------------------------------------------------------- damaged records


def damage(journal: Path, change: Any) -> None:
    data = read_json(journal)
    change(data)
    write_journal(journal, data)


def doc_of(data: dict[str, Any], table: str, key: str, value: Any) -> dict[str, Any]:
    return next(d for d in data[table].values() if d.get(key) == value)


def note_is_a_number(data: dict[str, Any]) -> None:
    doc_of(data, "checkins", "date", "2026-11-25")["note"] = 7


def test_a_damaged_check_in_is_left_out_and_named(journal: Path, tmp_path: Path) -> None:
    filled_store(journal)
    damage(journal, note_is_a_number)
    before = journal.read_bytes()
    result = kindness("export", "--db", journal)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        "kindness: left out the check-in of 2026-11-25, which cannot be read "
        "(note: 7 is not text); everything else is exported"
    ]
    data = json.loads(result.stdout)
    assert [c["date"] for c in data["checkins"]] == ["2026-11-24", "2026-11-26"]
    assert [v["name"] for v in data["values"]] == ["Curiosity", "Care"]
    assert len(data["assessments"]) == 2
    assert journal.read_bytes() == before
    # The rescued export is a valid one: it imports into a new journal.
    file = tmp_path / "rescued.json"
    file.write_text(result.stdout, "utf-8")
    fresh = tmp_path / "fresh" / "kindness.json"
    imported = kindness("import", file, "--db", fresh)
    assert imported.returncode == 0, imported.stderr
    assert Store(fresh).checkin_dates() == ["2026-11-24", "2026-11-26"]


@pytest.mark.parametrize("fmt", ["csv", "md"])
def test_every_format_rescues_the_rest(journal: Path, fmt: str) -> None:
    filled_store(journal)
    damage(journal, note_is_a_number)
    result = kindness("export", "--db", journal, "--format", fmt)
    assert result.returncode == 0, result.stderr
    assert "left out the check-in of 2026-11-25" in one_line_error(result)
    assert "2026-11-24" in result.stdout or "24 November" in result.stdout


def test_a_rescue_to_a_file_says_what_it_left_out(journal: Path, tmp_path: Path) -> None:
    filled_store(journal)
    damage(journal, note_is_a_number)
    target = tmp_path / "rescued.json"
    result = kindness("export", "--db", journal, "-o", target)
    assert result.returncode == 0, result.stderr
    assert "left out the check-in of 2026-11-25" in one_line_error(result)
    assert result.stdout.startswith("Exported 2 days to ")
    assert len(json.loads(target.read_text("utf-8"))["checkins"]) == 2


def everything_damaged(data: dict[str, Any]) -> None:
    doc_of(data, "values", "name", "Care")["about"] = 5
    doc_of(data, "assessments", "date", "2026-11-01")["ratings"][0]["now"] = 99
    del doc_of(data, "checkins", "date", "2026-11-26")["date"]
    doc_of(data, "checkins", "date", "2026-11-24")["mood"] = "six"


def test_damaged_values_assessments_and_days_are_each_named(journal: Path, tmp_path: Path) -> None:
    store = filled_store(journal)
    care = next(v for v in store.values() if v.name == "Care")
    damage(journal, everything_damaged)
    result = kindness("export", "--db", journal)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines == [
        "kindness: left out the value 'Care', which cannot be read "
        "(about: 5 is not text); everything else is exported",
        "kindness: left out the assessment of 2026-11-01, which cannot be read "
        "(ratings[0].now: 99 is not between 1 and 10); everything else is exported",
        "kindness: left out the check-in of 2026-11-24, which cannot be read "
        "(mood: 'six' is not a whole number); everything else is exported",
        "kindness: left out a check-in without a date (record 3), which cannot be read "
        "(date: it has none); everything else is exported",
        "kindness: left out 2 ratings of, or links to, a value that cannot be read; "
        "the check-ins themselves are exported",
    ]
    data = json.loads(result.stdout)
    assert [v["name"] for v in data["values"]] == ["Curiosity"]
    assert [a["date"] for a in data["assessments"]] == ["2026-11-20"]
    day = data["checkins"][0]
    assert day["date"] == "2026-11-25" and day["kindness"]["value_id"] is None
    assert day["kindness"]["text"] == "left a note"
    assert care.id not in result.stdout
    file = tmp_path / "rescued.json"
    file.write_text(result.stdout, "utf-8")
    imported = kindness("import", file, "--db", tmp_path / "fresh" / "kindness.json")
    assert imported.returncode == 0, imported.stderr


def test_many_damaged_records_are_counted_after_the_first_ten(journal: Path) -> None:
    store = filled_store(journal)
    for day in range(1, 16):
        store.update_checkin(f"2026-10-{day:02d}", {"mood": 3})

    def all_moods_broken(data: dict[str, Any]) -> None:
        for doc in data["checkins"].values():
            if doc["date"].startswith("2026-10-"):
                doc["mood"] = 11

    damage(journal, all_moods_broken)
    result = kindness("export", "--db", journal)
    assert result.returncode == 0
    lines = result.stderr.splitlines()
    assert len(lines) == 11
    assert lines[0].startswith("kindness: left out the check-in of 2026-10-01")
    assert lines[-1] == "kindness: left out 5 more records that cannot be read"
    assert len(json.loads(result.stdout)["checkins"]) == 3


def test_export_onto_the_file_a_linked_journal_points_at_is_refused(
    journal: Path, tmp_path: Path
) -> None:
    """A journal kept as a symlink (into a synced folder): its target is the journal too."""
    filled_store(journal)
    link = tmp_path / "link" / "kindness.json"
    link.parent.mkdir()
    link.symlink_to(journal)
    before = journal.read_bytes()
    result = kindness("export", "--db", link, "-o", journal)
    assert result.returncode == 2
    assert f"-o: {journal} is your journal" in one_line_error(result)
    assert journal.read_bytes() == before and link.is_symlink()
