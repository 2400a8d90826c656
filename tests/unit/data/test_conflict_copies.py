"""Conflict copies a sync tool leaves beside the journal are merged field by field.

Each test makes two real journals the way two devices would (`devices`): one
journal, copied to a second folder (a sync), then changed on each side with
its own clock, and the second put back beside the first under a sync tool's name.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import json
import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from kindness_tui.data import backups
from kindness_tui.data.atomic_write import temporary_name
from kindness_tui.data.conflict_copies import find_copies, is_conflict_copy
from kindness_tui.data.conflict_folding import fold_in
from kindness_tui.data.merge import merge
from kindness_tui.data.store import Store
from tests.unit.data.devices import (
    DAY,
    DROPBOX,
    NEXTCLOUD,
    SYNCTHING,
    conflict,
    device,
    synced,
)
from tests.unit.data.helpers import read_json


@pytest.fixture
def base(journal: Path) -> Store:
    """A journal both devices have: a value, last week's day and today's day begun."""
    store = device(journal, 1_000)
    store.add_value("Curiosity", today=dt.date(2026, 11, 1))
    store.update_checkin("2026-11-20", {"note": "last week", "mood": 5})
    store.update_checkin(DAY, {"kindness.text": "a note for the cleaner", "note": "first"})
    return store


def test_the_names_sync_tools_give_conflict_copies() -> None:
    for name in (
        SYNCTHING,
        DROPBOX,
        NEXTCLOUD,
        "kindness (Ana's conflicted copy 2026-11-30 (1)).json",
        "kindness (Ana's conflicted copy 2026-11-30) (1).json",
        "kindness (conflicted copy Ana 2026-11-30 081502).json",
        "kindness_conflict-20261130-081502.json",
    ):
        assert is_conflict_copy("kindness.json", name), name
    for name in (
        "kindness.json",
        "kindness.json.lock",
        "~syncthing~kindness.json.kindness-12-ab.tmp",
        ".syncthing.kindness.json.kindness-12-ab.tmp",
        "~syncthing~kindness.sync-conflict-20261130-081502-ABCDEF1.json.tmp",
        ".syncthing.kindness.sync-conflict-20261130-081502-ABCDEF1.json.tmp",
        "other.sync-conflict-20261130-081502-ABCDEF1.json",
        "kindness (copy).json",
    ):
        assert not is_conflict_copy("kindness.json", name), name


def test_the_store_stamps_each_field_when_it_changes(journal: Path) -> None:
    device(journal, 5).update_checkin(DAY, {"mood": 3, "note": "hello"})
    device(journal, 9).update_checkin(DAY, {"mood": 3, "note": "hello again"})
    (times,) = read_json(journal)["checkin_times"].values()
    assert times == {"date": DAY, "mood": 5, "note": 9}  # the same mood again is no change
    (doc,) = read_json(journal)["checkins"].values()
    assert "changed" not in doc  # a day keeps its shape (and its shared keys in the app)


def test_two_devices_changing_different_fields_of_one_day_keep_both(
    journal: Path, base: Store
) -> None:
    other = synced(journal)
    device(journal, 2_000).update_checkin(DAY, {"mood": 7, "note": "slept well"})
    device(other, 3_000).update_checkin(
        DAY, {"new_thing.text": "a new route", "kindness.done": True}
    )
    copy = conflict(journal, other)

    folded = fold_in(Store(journal))

    day = Store(journal).checkin(DAY)
    assert day is not None and day.new_thing is not None and day.kindness is not None
    assert (day.mood, day.new_thing.text, day.note) == (7, "a new route", "slept well")
    assert (day.kindness.text, day.kindness.done) == ("a note for the cleaner", True)
    # The phone still had "first", which the laptop wrote over on purpose: not a lost text.
    assert day.replaced == ()
    assert not copy.exists()
    assert (backups.folder_for(journal) / SYNCTHING).is_file()
    assert folded.line() is not None and "1 day" in folded.line()  # type: ignore[operator]


@pytest.mark.parametrize("copy_later", [True, False])
def test_the_same_field_keeps_the_later_edit_and_the_other_as_replaced(
    journal: Path, base: Store, copy_later: bool
) -> None:
    other = synced(journal)
    journal_time, copy_time = (2_000, 3_000) if copy_later else (3_000, 2_000)
    device(journal, journal_time).update_checkin(DAY, {"note": "written on the laptop"})
    device(other, copy_time).update_checkin(DAY, {"note": "written on the phone"})
    conflict(journal, other, DROPBOX)

    fold_in(Store(journal))

    day = Store(journal).checkin(DAY)
    assert day is not None
    later, earlier = "written on the phone", "written on the laptop"
    if not copy_later:
        later, earlier = earlier, later
    assert day.note == later
    assert [dict(r) for r in day.replaced] == [{"field": "note", "text": earlier}]


def test_a_tie_or_no_times_keeps_the_journal_and_the_copy_as_replaced(journal: Path) -> None:
    Store(journal).set_setting("start", True)
    other = synced(journal)
    for path, note in ((journal, "mine"), (other, "theirs")):  # as an older app wrote them
        data = read_json(path)
        data["checkins"] = {"1": {"date": DAY, "note": note, "mood": None}}
        path.write_text(json.dumps(data), "utf-8")
    conflict(journal, other)
    fold_in(Store(journal))
    day = Store(journal).checkin(DAY)
    assert day is not None and day.note == "mine"
    assert [dict(r) for r in day.replaced] == [{"field": "note", "text": "theirs"}]


def test_a_value_renamed_on_one_device_and_rated_on_the_other_keeps_both(
    journal: Path, base: Store
) -> None:
    value = base.values()[0]
    other = synced(journal)
    device(journal, 2_000).update_value(value.id, name="Wonder", about="asking why")
    device(other, 3_000).rate(value.id, now=7, steps="one class a month")
    conflict(journal, other, NEXTCLOUD)

    fold_in(Store(journal))

    store = Store(journal)
    (merged,) = store.values()
    assert (merged.id, merged.name, merged.about) == (value.id, "Wonder", "asking why")
    rating = store.current_assessment().rating(value.id)  # type: ignore[union-attr]
    assert rating is not None and (rating.now, rating.steps) == (7, "one class a month")


def test_a_day_an_import_replaced_counts_as_changed_when_it_was_imported(
    journal: Path, base: Store
) -> None:
    """`import --overwrite` is the person choosing the file's version: a conflict copy
    with an older edit of that day must not take it back (the later edit wins)."""
    other = synced(journal)
    device(other, 2_000).update_checkin(DAY, {"note": "written on the phone"})
    laptop = device(journal, 3_000)
    day = laptop.checkin(DAY)
    assert day is not None
    merge(laptop, [], [], [replace(day, note="from the export")], overwrite=True)
    conflict(journal, other)

    fold_in(Store(journal))

    merged = Store(journal).checkin(DAY)
    assert merged is not None and merged.kindness is not None
    assert merged.note == "from the export"
    assert [dict(r) for r in merged.replaced] == [{"field": "note", "text": "written on the phone"}]
    assert merged.kindness.text == "a note for the cleaner"  # the same in both: no change
    (times,) = [t for t in read_json(journal)["checkin_times"].values() if t["date"] == DAY]
    assert times["note"] == 3_000 and times["kindness.text"] == 1_000


def test_a_rating_an_import_replaced_counts_as_changed_when_it_was_imported(
    journal: Path, base: Store
) -> None:
    value = base.values()[0]
    base.rate(value.id, now=3, want=7)
    other = synced(journal)
    device(other, 2_000).rate(value.id, now=5)
    laptop = device(journal, 3_000)
    current = laptop.current_assessment()
    assert current is not None
    rating = current.rating(value.id)
    assert rating is not None
    imported = replace(current, ratings=(replace(rating, now=8),))
    merge(laptop, [], [imported], [], overwrite=True)
    conflict(journal, other)

    fold_in(Store(journal))

    merged = Store(journal).current_assessment()
    assert merged is not None
    rating = merged.rating(value.id)
    assert rating is not None and (rating.now, rating.want) == (8, 7)


def test_a_value_added_on_both_devices_under_one_name_is_one_value(
    journal: Path, base: Store
) -> None:
    other = synced(journal)
    mine = device(journal, 2_000).add_value("Patience", today=dt.date(2026, 11, 26))
    theirs = device(other, 3_000).add_value("patience", today=dt.date(2026, 11, 26))
    device(other, 3_000).update_checkin(
        DAY, {"new_thing.value_id": theirs.id, "new_thing.text": "waited"}
    )
    conflict(journal, other)
    fold_in(Store(journal))
    store = Store(journal)
    assert sorted(v.name for v in store.values()) == ["Curiosity", "Patience"]
    day = store.checkin(DAY)
    assert day is not None and day.new_thing is not None and day.new_thing.value_id == mine.id
    assert [r.value_id for r in store.current_assessment().ratings].count(mine.id) == 1  # type: ignore[union-attr]


def test_an_idea_added_on_each_device_keeps_both(journal: Path, base: Store) -> None:
    other = synced(journal)
    device(journal, 2_000).add_idea("kindness", "carry the neighbour's shopping")
    device(other, 3_000).add_idea("new_thing", "a bus to the end of the line")
    device(other, 3_000).add_idea("kindness", "Carry the neighbour's shopping")
    conflict(journal, other)
    folded = fold_in(Store(journal))
    texts = sorted(idea.text for idea in Store(journal).ideas())
    assert texts == ["a bus to the end of the line", "carry the neighbour's shopping"]
    assert folded.changes.ideas == 1


def test_settings_merge_by_name_and_the_later_wins(journal: Path, base: Store) -> None:
    other = synced(journal)
    device(journal, 3_000).set_setting("theme", "nord")
    device(journal, 2_000).set_setting("day_start_hour", 4)
    device(other, 2_500).set_setting("theme", "gruvbox")
    device(other, 2_500).set_setting("day_start_hour", 5)
    device(other, 2_500).set_setting("mouse", False)
    conflict(journal, other)
    fold_in(Store(journal))
    settings = Store(journal).settings()
    assert (settings["theme"], settings["day_start_hour"], settings["mouse"]) == ("nord", 5, False)


def test_three_copies_at_once_are_all_merged(journal: Path, base: Store) -> None:
    copies = []
    for n, name in enumerate((SYNCTHING, DROPBOX, NEXTCLOUD)):
        other = synced(journal, f"device-{n}")
        device(other, 2_000 + n).update_checkin(f"2026-11-2{n + 1}", {"note": f"device {n}"})
        device(other, 2_000 + n).add_idea("kindness", f"idea from device {n}")
        copies.append(conflict(journal, other, name))
    assert find_copies(journal) == sorted(copies)

    folded = fold_in(Store(journal))

    store = Store(journal)
    for n in range(3):
        day = store.checkin(f"2026-11-2{n + 1}")
        assert day is not None and day.note == f"device {n}"
    assert len(store.ideas()) == 3
    assert not any(copy.exists() for copy in copies)
    kept = {b.name for b in backups.list_backups(journal)}
    assert {SYNCTHING, DROPBOX, NEXTCLOUD} <= kept
    line = folded.line()
    assert line is not None and line.startswith("Merged 3 conflict copies") and "3 days" in line


def test_a_broken_copy_is_left_where_it_is_and_named(journal: Path, base: Store) -> None:
    broken = journal.parent / DROPBOX
    broken.write_text('{"half a journal', "utf-8")
    stranger = journal.parent / NEXTCLOUD
    stranger.write_text('{"someone": "else"}', "utf-8")
    damaged = synced(journal)
    data = read_json(damaged)
    next(iter(data["checkins"].values()))["mood"] = 11
    damaged.write_text(json.dumps(data), "utf-8")
    conflict(journal, damaged)
    before = journal.read_bytes()

    folded = fold_in(Store(journal))

    assert folded.merged == [] and folded.line() is None
    assert journal.read_bytes() == before
    assert broken.read_text("utf-8") == '{"half a journal'
    assert stranger.exists() and (journal.parent / SYNCTHING).exists()
    said = "\n".join(folded.left)
    assert f"{broken} looks like a sync conflict copy" in said and "not valid JSON" in said
    assert "not a Kindness journal" in said
    assert "mood: 11 is not between 0 and 10" in said


def test_merging_a_copy_again_changes_nothing(journal: Path, base: Store) -> None:
    other = synced(journal)
    device(journal, 2_000).update_checkin(DAY, {"note": "laptop"})
    device(other, 3_000).update_checkin(DAY, {"note": "phone", "mood": 4})
    copy = conflict(journal, other)
    kept = journal.parent / "kept.json"
    shutil.copyfile(copy, kept)
    fold_in(Store(journal))
    once = read_json(journal)
    os.replace(kept, copy)  # as if the start was killed before the copy was moved away
    again = fold_in(Store(journal))
    assert again.changes.words() == "nothing new"
    twice = read_json(journal)
    assert once["checkins"] == twice["checkins"]
    assert not copy.exists()


def test_a_symlinked_journal_finds_copies_where_it_leads_and_stays_a_link(
    tmp_path: Path,
) -> None:
    synced_folder = tmp_path / "Sync"
    real = synced_folder / "kindness.json"
    device(real, 1_000).update_checkin(DAY, {"mood": 3})
    link = tmp_path / "home" / "kindness.json"
    link.parent.mkdir()
    link.symlink_to(real)
    other = synced(real)
    device(other, 2_000).update_checkin(DAY, {"note": "from the phone"})
    conflict(real, other)

    fold_in(Store(link))

    assert link.is_symlink() and os.readlink(link) == str(real)
    day = Store(real).checkin(DAY)
    assert day is not None and (day.mood, day.note) == (3, "from the phone")
    assert (backups.folder_for(link) / SYNCTHING).is_file()
    assert not (synced_folder / SYNCTHING).exists()


def test_temporary_files_are_named_so_that_sync_tools_skip_them() -> None:
    name = temporary_name("kindness.json")
    assert name.startswith("~syncthing~")  # Syncthing's IsTemporary, on every system
    assert fnmatch.fnmatchcase(name, "~*.tmp")  # Nextcloud's exclude list; Dropbox's rule
    assert not is_conflict_copy("kindness.json", name)
