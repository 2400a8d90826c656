"""The session's draft: private, durable, small, and applied at the next start."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from kindness_tui.core.edits import CheckInEdit, FoundValues, NewValue, ValueEdit
from kindness_tui.data.applying_edits import recover
from kindness_tui.data.draft_places import has_leftovers
from kindness_tui.data.drafts import DraftBook, read_draft
from kindness_tui.data.store import Store

DAY = dt.date(2026, 11, 26)


def edit(text: str) -> CheckInEdit:
    return CheckInEdit(DAY.isoformat(), {"new_thing.text": text}, {"new_thing.text": ""})


def test_nothing_is_written_until_something_is_typed(journal: Path) -> None:
    book = DraftBook(journal)
    book.flush()
    assert not book.folder.exists()
    book.close()


def test_the_draft_is_private_and_holds_the_latest_words(journal: Path) -> None:
    old = os.umask(0)
    try:
        book = DraftBook(journal)
        book.put(edit("wal"))
        book.put(edit("walk"))
        book.flush()
    finally:
        os.umask(old)
    assert stat.S_IMODE(book.folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(book.path.stat().st_mode) == 0o600
    assert read_draft(book.path) == [edit("walk")]
    book.close()


def test_the_draft_size_does_not_grow_with_the_journal(journal: Path) -> None:
    store = Store(journal)
    with store.transaction():
        for i in range(400):
            store.update_checkin(DAY - dt.timedelta(days=i + 1), {"note": "x" * 200})
    book = DraftBook(journal)
    book.put(edit("walk"))
    book.flush()
    assert book.path.stat().st_size < 1000 < journal.stat().st_size
    book.close()


def test_a_saved_edit_leaves_the_draft_and_an_empty_draft_leaves_the_disk(journal: Path) -> None:
    book = DraftBook(journal)
    book.put(edit("walk"))
    book.flush()
    book.drop(edit("wal").key, edit("wal"))  # an older save: the newer words stay
    book.flush()
    assert read_draft(book.path) == [edit("walk")]
    book.drop(edit("walk").key, edit("walk"))
    book.flush()
    assert not book.path.exists()
    book.close()


def test_a_live_sessions_draft_is_not_taken(journal: Path) -> None:
    book = DraftBook(journal)
    book.put(edit("mine"))
    book.flush()
    store = Store(journal)
    assert has_leftovers(journal)
    recovery = recover(store, DAY)
    assert recovery.saved == []
    assert store.checkin(DAY) is None
    assert book.path.exists()
    book.close()


KILLED = """
import sys, os
from pathlib import Path
from kindness_tui.core.edits import CheckInEdit, NewValue, NewIdea
from kindness_tui.data.drafts import DraftBook
book = DraftBook(Path(sys.argv[1]))
book.put(CheckInEdit("2026-11-26", {"new_thing.text": "typed before the kill", "mood": 3},
                     {"new_thing.text": "", "mood": None}))
book.put(NewValue("Hope", "keeping going"))
book.put(NewIdea("kindness", "leave a flower at the door"))
book.flush()
os.kill(os.getpid(), 9)
"""


def test_a_killed_sessions_draft_is_applied_once_and_removed(journal: Path) -> None:
    result = subprocess.run([sys.executable, "-c", KILLED, str(journal)])
    assert result.returncode == -9
    store = Store(journal)
    recovery = recover(store, DAY)
    assert recovery.problems == []
    assert len(recovery.saved) == 3
    day = store.checkin(DAY)
    assert day is not None and day.new_thing is not None
    assert day.new_thing.text == "typed before the kill" and day.mood == 3
    assert [v.name for v in store.values()] == ["Hope"]
    assert [i.text for i in store.ideas()] == ["leave a flower at the door"]
    assert not has_leftovers(journal)
    again = recover(Store(journal), DAY)
    assert again.saved == []
    assert [v.name for v in Store(journal).values()] == ["Hope"]


def test_a_draft_that_cannot_be_read_is_left_where_it_is(journal: Path) -> None:
    book = DraftBook(journal)
    book.put(edit("x"))
    book.flush()
    book.close()
    book.path.write_text("{not json", encoding="utf-8")
    recovery = recover(Store(journal), DAY)
    assert recovery.kept == [book.path]
    assert book.path.read_text(encoding="utf-8") == "{not json"


def test_found_values_and_a_value_edit_are_applied(journal: Path) -> None:
    store = Store(journal)
    care = store.add_value("Care", today=DAY)
    book = DraftBook(journal)
    book.put(ValueEdit(care.id, "Care", about="for others", steps="call mum"))
    book.put(FoundValues((NewValue("Care", None), NewValue("Courage", "speaking up"))))
    book.flush()
    book.close()
    recover(store, DAY)
    assert [v.name for v in store.values()] == ["Care", "Courage"]
    rating = store.current_assessment().rating(care.id)  # type: ignore[union-attr]
    assert rating is not None and rating.steps == "call mum"
    assert json.loads(journal.read_text(encoding="utf-8"))  # still a journal


def test_a_journal_written_in_pieces_is_the_same_text() -> None:
    from kindness_tui.data.strict_json import PIECE, dumps_in_pieces, dumps_strict

    data = {
        "meta": {"1": {"app": "kindness", "schema": 1}},
        "empty": {},
        "checkins": {str(i): {"date": f"d{i}", "note": 'é🌱\n"q"'} for i in range(PIECE * 2 + 7)},
    }
    assert dumps_in_pieces(data) == dumps_strict(data)
    assert dumps_in_pieces({}) == dumps_strict({})
