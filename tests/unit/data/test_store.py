"""The Store's typed API over a real journal file."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from kindness_tui.core.checkin import CheckIn
from kindness_tui.core.models import ValidationError
from kindness_tui.data.store import Store
from tests.unit.data.helpers import filled_store, read_json, write_journal


def test_values_are_added_rated_and_unique_ignoring_case(journal: Path) -> None:
    store = Store(journal)
    value = store.add_value("Curiosity", today=dt.date(2026, 11, 1), about="trying")
    assert [v.name for v in store.values()] == ["Curiosity"]
    rating = store.current_assessment().rating(value.id)  # type: ignore[union-attr]
    assert (rating.now, rating.want) == (5, 8)  # type: ignore[union-attr]
    with pytest.raises(ValidationError, match="already have a value called 'Curiosity'"):
        store.add_value("  cuRIOSITY ", today=dt.date(2026, 11, 1))
    assert len(store.values()) == 1


def test_the_wheel_holds_fifteen_active_values(journal: Path) -> None:
    store = Store(journal)
    for i in range(15):
        store.add_value(f"Value {i}", today=dt.date(2026, 11, 1))
    with pytest.raises(ValidationError, match="15 values at most"):
        store.add_value("One more", today=dt.date(2026, 11, 1))
    store.archive_value(store.values()[0].id)
    store.add_value("One more", today=dt.date(2026, 11, 1))
    assert len(store.values()) == 15
    assert len(store.values(include_archived=True)) == 16


def test_ratings_stay_in_range(journal: Path) -> None:
    store = Store(journal)
    value = store.add_value("Care", today=dt.date(2026, 11, 1))
    before = journal.read_bytes()
    with pytest.raises(ValidationError, match="want: 10 is not between 1 and 9"):
        store.rate(value.id, want=10)
    with pytest.raises(ValidationError, match="now: 0 is not between 1 and 10"):
        store.rate(value.id, now=0)
    assert journal.read_bytes() == before


def test_two_stores_editing_different_fields_of_one_day_keep_both(journal: Path) -> None:
    first, second = Store(journal), Store(journal)
    first.checkin("2026-11-26")
    second.checkin("2026-11-26")
    first.update_checkin("2026-11-26", {"new_thing.text": "a new route", "new_thing.done": True})
    second.update_checkin("2026-11-26", {"mood": 7})
    third = Store(journal)
    day = third.checkin("2026-11-26")
    assert day is not None
    assert day.new_thing is not None and day.new_thing.text == "a new route"
    assert day.mood == 7


def test_a_stale_store_never_reuses_an_id_or_loses_a_value(journal: Path) -> None:
    first, second = Store(journal), Store(journal)
    second.values()
    a = first.add_value("Curiosity", today=dt.date(2026, 11, 1))
    b = second.add_value("Care", today=dt.date(2026, 11, 1))
    names = {v.id: v.name for v in Store(journal).values()}
    assert names == {a.id: "Curiosity", b.id: "Care"}
    raw = read_json(journal)
    assert len(raw["values"]) == 2  # two TinyDB documents, no doc id overwritten


def test_a_failed_transaction_changes_nothing(journal: Path) -> None:
    store = filled_store(journal)
    before = journal.read_bytes()
    with pytest.raises(RuntimeError), store.transaction():
        store.update_checkin("2026-11-01", {"mood": 3})
        store.add_value("Play", today=dt.date(2026, 11, 1))
        raise RuntimeError("boom")
    assert journal.read_bytes() == before
    assert store.checkin("2026-11-01") is None
    assert "Play" not in {v.name for v in store.values()}


def test_a_transaction_writes_once(journal: Path) -> None:
    store = filled_store(journal)
    generation = store.generation
    with store.transaction():
        for day in range(1, 11):
            store.update_checkin(f"2026-10-{day:02d}", {"mood": day})
    assert store.generation == generation + 1
    assert len(store.checkins("2026-10-01", "2026-10-31")) == 10


def test_other_processes_changes_are_noticed(journal: Path) -> None:
    mine, theirs = filled_store(journal), Store(journal)
    assert not mine.changed_on_disk()
    theirs.update_checkin("2026-11-26", {"note": "from the phone"})
    assert mine.changed_on_disk()
    assert mine.refresh()
    assert mine.checkin("2026-11-26").note == "from the phone"  # type: ignore[union-attr]
    assert not mine.changed_on_disk()


def test_replaced_text_from_another_session_is_kept(journal: Path) -> None:
    mine, theirs = Store(journal), Store(journal)
    mine.update_checkin("2026-11-26", {"note": "first"})
    base = mine.checkin("2026-11-26")
    theirs.update_checkin("2026-11-26", {"note": "theirs"})
    mine.update_checkin("2026-11-26", {"note": "mine"}, base=base)
    day = Store(journal).checkin("2026-11-26")
    assert day is not None and day.note == "mine"
    assert {"field": "note", "text": "theirs"} in [dict(r) for r in day.replaced]


def test_checkins_by_range_and_put(journal: Path) -> None:
    store = filled_store(journal)
    assert [c.date for c in store.checkins("2026-11-25", "2026-11-26")] == [
        "2026-11-25",
        "2026-11-26",
    ]
    store.put_checkin(CheckIn("2026-11-25", mood=3))
    day = Store(journal).checkin("2026-11-25")
    assert day == CheckIn("2026-11-25", mood=3)
    assert store.checkin_dates() == ["2026-11-24", "2026-11-25", "2026-11-26"]


def test_settings_and_ideas_round_trip(journal: Path) -> None:
    store = Store(journal)
    store.set_setting("theme", "nord")
    idea = store.add_idea("kindness", "water a neighbour's plant", "community")
    again = Store(journal)
    assert again.setting("theme") == "nord"
    assert again.ideas() == [idea]
    with pytest.raises(ValidationError):
        store.add_idea("kindness", "   ")


def test_strict_json_is_refused_before_it_reaches_the_file(journal: Path) -> None:
    from kindness_tui.data.errors import JournalError

    store = filled_store(journal)
    before = journal.read_bytes()
    with pytest.raises(JournalError, match="JSON cannot hold"):
        store.set_setting("weight", float("nan"))
    assert journal.read_bytes() == before
    assert store.setting("weight") is None


def test_the_checkin_index_follows_writes_from_this_and_other_stores(journal: Path) -> None:
    mine, theirs = filled_store(journal), Store(journal)
    assert mine.checkin_dates() == theirs.checkin_dates()  # both indexes built
    theirs.update_checkin("2026-11-20", {"note": "from the phone"})
    theirs.update_checkin("2026-11-26", {"note": "changed there"})
    # My own write re-reads the journal inside the lock; the index must follow it.
    mine.update_checkin("2026-11-21", {"mood": 4})
    assert mine.checkin("2026-11-20").note == "from the phone"  # type: ignore[union-attr]
    assert mine.checkin("2026-11-26").note == "changed there"  # type: ignore[union-attr]
    assert mine.checkin("2026-11-21").mood == 4  # type: ignore[union-attr]
    dates = ["2026-11-20", "2026-11-21", "2026-11-24", "2026-11-25", "2026-11-26"]
    assert mine.checkin_dates() == dates
    # And the other way round: theirs learns of my day only through its own reload.
    theirs.update_checkin("2026-11-21", {"note": "both"})
    day = Store(journal).checkin("2026-11-21")
    assert day is not None and (day.mood, day.note) == (4, "both")
    assert len(read_json(journal)["checkins"]) == 5


def test_one_new_day_changed_twice_in_a_transaction_is_one_document(journal: Path) -> None:
    store = filled_store(journal)
    with store.transaction():
        store.update_checkin("2026-11-01", {"mood": 3})
        store.update_checkin("2026-11-01", {"note": "later"})
        day = store.checkin("2026-11-01")
        assert day is not None and (day.mood, day.note) == (3, "later")
    assert [d["date"] for d in read_json(journal)["checkins"].values()].count("2026-11-01") == 1


def test_a_failed_transaction_leaves_no_stale_day_in_the_index(journal: Path) -> None:
    store = filled_store(journal)
    with pytest.raises(RuntimeError), store.transaction():
        store.update_checkin("2026-11-26", {"mood": 9})
        store.update_checkin("2026-11-02", {"mood": 9})
        raise RuntimeError("boom")
    assert store.checkin("2026-11-26").mood == 1  # type: ignore[union-attr]
    assert store.checkin("2026-11-02") is None
    assert "2026-11-02" not in store.checkin_dates()


def test_value_ids_are_one_string_each_once_loaded_by_the_app(journal: Path) -> None:
    store = Store(journal)
    value = store.add_value("Warmth", today=dt.date(2026, 11, 1))
    for day in ("2026-11-24", "2026-11-25"):
        store.update_checkin(day, {"kindness.text": "a note", "kindness.value_id": value.id})
    reopened = Store(journal, share_keys=True)  # as the app reads it (see cli.commands.cmd_app)
    first, second = reopened.checkins("2026-11-24", "2026-11-25")
    assert first.kindness is not None and second.kindness is not None
    assert first.kindness.value_id == value.id
    assert first.kindness.value_id is second.kindness.value_id


# ------------------------------------------------------------ names that look the same

CREME = unicodedata.normalize("NFC", "Crème brûlée café talks")
CREME_APART = unicodedata.normalize("NFD", CREME)
"""The same words with each accent typed as a character of its own (macOS, some keyboards)."""


@pytest.mark.parametrize(("first", "second"), [(CREME, CREME_APART), (CREME_APART, CREME.upper())])
def test_names_that_look_the_same_are_one_value(journal: Path, first: str, second: str) -> None:
    store = Store(journal)
    store.add_value(first, today=dt.date(2026, 11, 1))
    with pytest.raises(ValidationError, match="already have a value called"):
        store.add_value(second, today=dt.date(2026, 11, 1))
    other = store.add_value("Other", today=dt.date(2026, 11, 1))
    with pytest.raises(ValidationError, match="already have a value called"):
        store.update_value(other.id, name=second)
    assert [v.name for v in Store(journal).values()] == [CREME, "Other"]


def test_names_are_stored_composed(journal: Path) -> None:
    store = Store(journal)
    value = store.add_value(f"  {CREME_APART} ", today=dt.date(2026, 11, 1))
    assert value.name == CREME
    assert read_json(journal)["values"]["1"]["name"] == CREME
    renamed = store.update_value(value.id, name=CREME_APART.upper())  # itself, in capitals
    assert renamed.name == CREME.upper()


def test_a_journal_written_before_holds_its_names_apart_and_still_finds_them(
    journal: Path,
) -> None:
    store = Store(journal)
    value = store.add_value("Placeholder", today=dt.date(2026, 11, 1))
    data = read_json(journal)
    data["values"]["1"]["name"] = CREME_APART  # as an older version stored it
    write_journal(journal, data)
    store = Store(journal)
    assert store.values()[0].name == CREME
    for spelling in (CREME, CREME_APART, CREME.casefold()):
        found = store.value_named(spelling)
        assert found is not None and found.id == value.id
    with pytest.raises(ValidationError, match="already have"):
        store.add_value(CREME, today=dt.date(2026, 11, 1))


def test_value_named_prefers_an_active_value_and_knows_no_strangers(journal: Path) -> None:
    """An older journal may hold both spellings, as two values: the one on the wheel wins."""
    store = Store(journal)
    old = store.add_value("Old spelling", today=dt.date(2026, 11, 1))
    store.archive_value(old.id)
    new = store.add_value(CREME, today=dt.date(2026, 11, 2))
    data = read_json(journal)
    data["values"]["1"]["name"] = CREME_APART
    write_journal(journal, data)
    store = Store(journal)
    for spelling in (CREME, CREME_APART):
        assert store.value_named(spelling) == store.value(new.id)
    store.archive_value(new.id)
    assert store.value_named(CREME) == store.value(old.id)  # archived ones are found too
    assert store.value_named("Work") is None
