"""`import` in one write (SPEC §4.3): the whole file checked, then one write whose cost grows
linearly with the export. Counted in writes and documents, never timed."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from tinydb.table import Table

from kindness_tui.data import safe_storage
from kindness_tui.data.importing import import_file
from kindness_tui.data.safe_storage import SafeStorage
from kindness_tui.data.store import Store
from tests.unit.data.helpers import read_json

TODAY = dt.date(2026, 11, 26)


def export_of(days: int, *, mood: int = 5) -> dict[str, Any]:
    """A SPEC 4.2 export with two values, two assessments and `days` days up to TODAY."""
    values = [
        {
            "id": f"v-{n}",
            "name": name,
            "about": None,
            "area": None,
            "archived": False,
            "created": "2000-01-01",
        }
        for n, name in enumerate(("Curiosity", "Care"))
    ]
    assessments = [
        {
            "id": f"a-{n}",
            "date": date,
            "ratings": [
                {"value_id": "v-0", "now": 3 + n, "want": 8, "steps": None, "challenges": None}
            ],
        }
        for n, date in enumerate(("2001-01-01", "2020-01-01"))
    ]
    checkins = [
        {
            "date": (TODAY - dt.timedelta(days=n)).isoformat(),
            "new_thing": {"text": f"day {n}", "value_id": f"v-{n % 2}", "done": True},
            "kindness": None,
            "self_kindness": None,
            "mood": mood,
            "note": "",
        }
        for n in range(days)
    ]
    return {
        "format": "kindness-export",
        "version": 1,
        "exported_at": "2026-11-26T09:30:00+00:00",
        "values": values,
        "assessments": assessments,
        "checkins": checkins,
    }


@dataclass
class Counts:
    journal_writes: int = 0
    """Atomic writes of the journal file itself (backups are counted apart)."""
    other_writes: int = 0
    storage_writes: int = 0
    """Tables handed to the storage: TinyDB does this once for every record it inserts."""
    table_rebuilds: int = 0
    documents_rebuilt: int = 0
    """Documents copied by TinyDB table rebuilds (its insert copies the whole table)."""
    written: list[Path] = field(default_factory=list)

    def reset(self) -> None:
        self.journal_writes = self.other_writes = self.storage_writes = 0
        self.table_rebuilds = self.documents_rebuilt = 0
        self.written.clear()


@pytest.fixture
def counts(monkeypatch: pytest.MonkeyPatch, journal: Path) -> Iterator[Counts]:
    """Spies that call through to the real storage and TinyDB, counting as they go."""
    found = Counts()
    real_atomic = safe_storage.write_atomic
    real_write = SafeStorage.write
    real_update = Table._update_table

    def write_atomic(path: Path, payload: bytes) -> None:
        found.written.append(path)
        if path == journal:
            found.journal_writes += 1
        else:
            found.other_writes += 1
        real_atomic(path, payload)

    def write(self: SafeStorage, data: Any) -> None:
        found.storage_writes += 1
        real_write(self, data)

    def update_table(self: Table, updater: Callable[..., None]) -> None:
        found.table_rebuilds += 1
        found.documents_rebuilt += len(self)  # the documents the table holds before the rebuild
        real_update(self, updater)

    monkeypatch.setattr(safe_storage, "write_atomic", write_atomic)
    monkeypatch.setattr(SafeStorage, "write", write)
    monkeypatch.setattr(Table, "_update_table", update_table)
    yield found


def write_export(tmp_path: Path, data: dict[str, Any], name: str = "export.json") -> Path:
    file = tmp_path / name
    file.write_text(json.dumps(data), "utf-8")
    return file


def test_an_import_of_2000_days_is_one_write_of_the_journal(
    journal: Path, tmp_path: Path, counts: Counts
) -> None:
    file = write_export(tmp_path, export_of(2000))
    store = Store(journal)
    report = import_file(store, file, today=TODAY)
    assert (report.values_added, report.assessments_added, report.checkins_added) == (2, 2, 2000)
    assert counts.journal_writes == 1, counts.written
    assert counts.storage_writes == 1  # was one per inserted record
    assert counts.table_rebuilds == 0
    assert len(read_json(journal)["checkins"]) == 2000
    assert len(Store(journal).checkins()) == 2000


@pytest.mark.parametrize("overwrite", [False, True])
def test_the_work_of_an_import_does_not_grow_with_the_journal(
    tmp_path: Path, counts: Counts, overwrite: bool
) -> None:
    """Into a journal that already holds the days (kept or replaced), small and large alike:
    the same single change, no TinyDB table rebuilt per record. (Replacing, the change
    puts the records, then the replaced days' change times: two steps, one journal write.)"""
    seen = []
    for days in (20, 2000):
        path = tmp_path / f"j{days}" / "kindness.json"
        import_file(Store(path), write_export(tmp_path, export_of(days)), today=TODAY)
        again = write_export(tmp_path, export_of(days, mood=9), f"again-{days}.json")
        counts.reset()
        report = import_file(Store(path), again, overwrite=overwrite, today=TODAY)
        replaced = days if overwrite else 0
        assert (report.checkins_replaced, len(report.days_kept)) == (replaced, days - replaced)
        assert {c.mood for c in Store(path).checkins()} == {9 if overwrite else 5}
        seen.append((counts.storage_writes, counts.table_rebuilds, counts.documents_rebuilt))
    assert seen[0] == seen[1] == ((2, 0, 0) if overwrite else (0, 0, 0))


def test_nothing_new_means_no_write(journal: Path, tmp_path: Path, counts: Counts) -> None:
    file = write_export(tmp_path, export_of(30))
    import_file(Store(journal), file, today=TODAY)
    before = journal.read_bytes()
    writes = counts.journal_writes
    report = import_file(Store(journal), file, today=TODAY)
    assert len(report.days_kept) == 30 and report.values_matched == ["Curiosity", "Care"]
    assert counts.journal_writes == writes
    assert journal.read_bytes() == before


def test_replaced_assessments_keep_their_place_and_new_records_follow_the_old(
    journal: Path, tmp_path: Path
) -> None:
    """What TinyDB's update and insert did: the current assessment stays the current one when
    an older one with the same date is replaced, and later writes get fresh ids."""
    store = Store(journal)
    import_file(store, write_export(tmp_path, export_of(3)), today=TODAY)
    data = export_of(3)
    data["assessments"][0]["date"] = "2020-01-01"  # same day as a-1, which came later
    data["assessments"][0]["ratings"][0]["now"] = 7
    import_file(store, write_export(tmp_path, data, "b.json"), overwrite=True, today=TODAY)
    current = Store(journal).current_assessment()
    assert current is not None and current.id == "a-1"
    first = next(a for a in Store(journal).assessments() if a.id == "a-0")
    assert first.ratings[0].now == 7
    store.add_value("Courage", today=TODAY)  # TinyDB's own insert after the bulk write
    store.update_checkin("2026-11-01", {"mood": 2})
    tables = read_json(journal)
    for name in ("values", "checkins"):
        keys = [int(k) for k in tables[name]]
        assert len(keys) == len(set(keys)) and keys == sorted(keys)
    assert [v.name for v in Store(journal).values()] == ["Curiosity", "Care", "Courage"]
    assert len(Store(journal).checkins()) == 4
