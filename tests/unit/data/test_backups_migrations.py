"""Rotating backups, restoring one, and schema migrations with a backup first."""

from __future__ import annotations

from pathlib import Path

import pytest

from kindness_tui.data import backups, migrations
from kindness_tui.data.errors import JournalUnreadable
from kindness_tui.data.journal_shape import Tables
from kindness_tui.data.store import Store
from tests.unit.data.helpers import filled_store, read_json, write_journal


def test_the_first_version_of_each_day_is_kept_and_old_days_rotate(journal: Path) -> None:
    day = ["2026-10-01"]
    store = Store(journal, backup_day=lambda: day[0])
    store.update_checkin("2026-09-30", {"mood": 1})  # creates the journal: nothing to back up
    versions = {}
    for n in range(1, 21):
        day[0] = f"2026-10-{n:02d}"
        versions[day[0]] = journal.read_bytes()
        store.update_checkin("2026-09-30", {"mood": n % 11})
        store.update_checkin("2026-09-29", {"mood": n % 11})  # second change: no new backup
    names = [b.name for b in backups.list_backups(journal)]
    assert len(names) == backups.KEEP_DAYS >= 7
    assert names[0] == "2026-10-20.json"
    for backup in backups.list_backups(journal):
        assert backup.path.read_bytes() == versions[backup.name[:-5]]


def test_restore_puts_a_backup_back_and_keeps_the_current_journal(journal: Path) -> None:
    store = filled_store(journal)
    store.storage.backup_day = lambda: "2026-11-27"
    good = journal.read_bytes()
    store.update_checkin("2026-11-26", {"note": "later"})
    journal.write_bytes(b"\x00" * 100)  # the journal breaks
    with pytest.raises(JournalUnreadable, match="2026-11-27.json"):
        Store(journal)
    source, kept = backups.restore(journal, "2026-11-27.json")
    assert source.name == "2026-11-27.json"
    assert journal.read_bytes() == good
    assert kept is not None and kept.read_bytes() == b"\x00" * 100
    assert Store(journal).checkin("2026-11-24") is not None
    with pytest.raises(FileNotFoundError):
        backups.restore(journal, "../kindness.json")
    with pytest.raises(ValueError, match="not a readable"):
        backups.restore(journal, kept.name)


def test_an_old_schema_is_migrated_after_a_backup(journal: Path) -> None:
    old = {
        "meta": {"1": {"app": "kindness"}},
        "checkins": {
            "1": {
                "date": "2026-11-01",
                "new_thing": None,
                "kindness": None,
                "self_kindness": None,
                "mood": 4,
                "note": None,
            }
        },
    }
    write_journal(journal, old)
    before = journal.read_bytes()
    store = Store(journal)
    assert store.values() == []  # the v0 -> v1 step added the missing tables
    assert journal.read_bytes() == before  # reading alone writes nothing
    store.update_checkin("2026-11-02", {"mood": 5})
    kept = [b for b in backups.list_backups(journal) if b.name.startswith("before-migration-v0")]
    assert len(kept) == 1 and kept[0].path.read_bytes() == before
    data = read_json(journal)
    assert data["meta"]["1"]["schema"] == migrations.SCHEMA_VERSION
    assert set(data) >= {"values", "assessments", "checkins", "settings", "ideas"}
    assert Store(journal).checkin("2026-11-01").mood == 4  # type: ignore[union-attr]


def test_a_new_migration_step_runs_once_with_a_backup(
    journal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled_store(journal)
    before = journal.read_bytes()

    def rename_moods(data: Tables) -> None:
        for doc in data["checkins"].values():
            doc["note"] = (doc.get("note") or "") + " (migrated)"

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(migrations.MIGRATIONS, 1, rename_moods)
    store = Store(journal)
    assert store.checkin("2026-11-26").note == " (migrated)"  # type: ignore[union-attr]
    store.update_checkin("2026-11-26", {"mood": 9})
    assert [
        b.path.read_bytes()
        for b in backups.list_backups(journal)
        if b.name.startswith("before-migration-v1")
    ] == [before]
    again = Store(journal)
    assert again.checkin("2026-11-26").note == " (migrated)"  # type: ignore[union-attr]
    assert read_json(journal)["meta"]["1"]["schema"] == 2
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 1)
    assert Store(journal).read_only  # an older app opens it read-only


def test_a_missing_migration_step_is_a_bug_not_silence() -> None:
    with pytest.raises(migrations.MigrationMissing):
        migrations.migrate({}, {"schema": 0}, target=5)
