"""One day's form as data: what is pending, what a save sends, what shows after a load."""

from __future__ import annotations

import datetime as dt

from kindness_tui.core.checkin import CheckIn, Item
from kindness_tui.core.day_edits import DayEdits, form_values
from kindness_tui.core.edits import CheckInEdit, parse_edit

DAY = dt.date(2026, 11, 26)


def stored(**fields: object) -> CheckIn:
    return CheckIn(DAY.isoformat(), **fields)  # type: ignore[arg-type]


def test_an_edit_back_to_the_synced_value_is_no_longer_pending() -> None:
    edits = DayEdits(DAY, None)
    edits.edit("new_thing.text", "walk")
    assert edits.pending == {"new_thing.text": "walk"}
    edits.edit("new_thing.text", "")
    assert edits.pending == {}
    assert edits.as_edit() is None


def test_the_edit_carries_stored_values_and_what_was_seen() -> None:
    edits = DayEdits(DAY, stored(note="before", mood=4))
    edits.edit("note", "")
    edits.edit("mood", 7)
    edit = edits.as_edit()
    assert edit == CheckInEdit(
        "2026-11-26", {"note": None, "mood": 7}, {"note": "before", "mood": 4}, "today"
    )
    assert edit is not None and edit.base_checkin().note == "before"


def test_a_load_keeps_what_is_being_typed_and_shows_the_rest() -> None:
    edits = DayEdits(DAY, None)
    edits.edit("new_thing.text", "mine")
    theirs = stored(new_thing=Item("theirs"), kindness=Item("from the phone"), mood=5)
    changed = edits.loaded(theirs)
    assert changed == {"kindness.text": "from the phone", "mood": 5}
    assert edits.values()["new_thing.text"] == "mine"
    assert edits.pending == {"new_thing.text": "mine"}


def test_after_a_save_what_it_folded_in_shows() -> None:
    edits = DayEdits(DAY, None)
    edits.edit("new_thing.done", True)
    edit = edits.as_edit()
    assert edit is not None
    # Another session set the mood meanwhile; the journal now has both.
    after = stored(new_thing=Item("", None, True), mood=3)
    changed = edits.saved(edit, after)
    assert changed == {"mood": 3}
    assert edits.pending == {}
    assert edits.synced == form_values(after)


def test_typing_during_a_save_stays_pending() -> None:
    edits = DayEdits(DAY, None)
    edits.edit("note", "a")
    edit = edits.as_edit()
    assert edit is not None
    edits.edit("note", "ab")  # typed while the save was under way
    changed = edits.saved(edit, stored(note="a"))
    assert changed == {}
    assert edits.pending == {"note": "ab"}
    again = edits.as_edit()
    assert again is not None and again.base == {"note": "a"}


def test_edits_survive_a_trip_through_a_draft() -> None:
    edit = CheckInEdit("2026-11-26", {"new_thing.text": "x", "mood": 2}, {"mood": None}, "calendar")
    assert parse_edit(edit.to_dict(), "edits[0]") == edit
    assert edit.key == "checkin:calendar:2026-11-26"
