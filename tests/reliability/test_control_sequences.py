"""Control sequences stored in the journal never reach standard output raw."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from kindness_tui.data.store import Store
from tests.unit.cli_run import kindness
from tests.unit.data.helpers import HOSTILE

# Raw C0 (but newline), DEL, and C1 as UTF-8 (U+0080..U+009F) or as single bytes.
RAW_CONTROL = re.compile(rb"[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]")
SEQUENCES = ["\x1b]0;", "\x1b[2J", "\x9b", "\x1b]52;", "\x1b]8;;"]


@pytest.fixture
def hostile_journal(journal: Path) -> Path:
    store = Store(journal)
    value = store.add_value("\x1b]0;x\x07Care\x9b2J\x1b[2J", today=dt.date(2026, 11, 1),
                            about=HOSTILE)
    store.rate(value.id, steps=HOSTILE, challenges=HOSTILE)
    store.add_idea("new_thing", HOSTILE[:500])
    store.add_idea("kindness", HOSTILE[:500])
    for day in ("2026-11-25", "2026-11-26"):
        store.update_checkin(day, {
            "new_thing.text": HOSTILE, "new_thing.value_id": value.id, "new_thing.done": True,
            "kindness.text": HOSTILE, "kindness.done": False, "self_kindness": HOSTILE,
            "mood": 5, "note": HOSTILE + "\n" + HOSTILE,
        })
    return journal


COMMANDS = [
    ["today"],
    ["today", "--json"],
    ["card"],
    ["export", "--format", "md"],
    ["export", "--format", "json"],
    ["backups"],
    ["log", "--new-value", "\x1b]0;x\x07Care"],  # refused: the name is echoed on stderr
    ["log", "--mood", "\x1b[2J"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_no_raw_control_sequences_reach_the_terminal(
    hostile_journal: Path, command: list[str]
) -> None:
    for env in ({}, {"KINDNESS_ASCII": "1"}):
        result = kindness(*command, "--db", hostile_journal, env=env)
        out, err = result.stdout.encode("utf-8"), result.stderr.encode("utf-8")
        assert not RAW_CONTROL.search(out), out[:400]
        assert not RAW_CONTROL.search(err), err[:400]
        for sequence in SEQUENCES:
            assert sequence not in result.stdout and sequence not in result.stderr


def test_the_text_is_still_shown_as_visible_symbols(hostile_journal: Path) -> None:
    today = kindness("today", "--db", hostile_journal).stdout
    assert "␛]0;pwned␇ title ␛[2J clear <9B>31m csi" in today
    md = kindness("export", "--format", "md", "--db", hostile_journal).stdout
    assert "␛]52;c;aGVsbG8=␇ clip" in md
    ascii_card = kindness("card", "--db", hostile_journal, env={"KINDNESS_ASCII": "1"}).stdout
    assert "^[]0;x^GCare<9B>2J^[[2J" in ascii_card


def test_json_keeps_the_stored_text_exactly(hostile_journal: Path) -> None:
    exported = json.loads(kindness("export", "--db", hostile_journal).stdout)
    assert exported["checkins"][0]["note"] == HOSTILE + "\n" + HOSTILE
    today = json.loads(kindness("today", "--json", "--db", hostile_journal).stdout)
    assert today["checkin"]["self_kindness"] == HOSTILE
