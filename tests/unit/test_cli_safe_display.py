"""Safe display (SPEC §4.3) for the command line: with a hostile corpus in every stored text
field, no command and no format writes a control character raw to a pipe, on stdout or
stderr, and the text still shows literally. Run through the real entry point."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from kindness_tui.core.safe_text import visible
from kindness_tui.data.store import Store
from tests.unit.cli_run import kindness

CORPUS = (
    "before \x1b]0;title\x07 osc0 \x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\ osc8 "
    "\x1b]52;c;aGVsbG8=\x07 osc52 \x1b[6n csi6n \x1b[2J csi2J \x9b31m c1 \x85 nel "
    "\u202e bidi \u2066 isolate \u2028 ls \u200b zw \x00 nul \x7f del \x07 bel \x08 bs "
    "\r cr [/x] [@click=app.quit]x[/] [bold] after"
)
"""OSC 0/8/52, CSI 6n and 2J, C1, bidi overrides, zero-width, NUL, DEL, BEL and markup."""

NAMES = ("Art [/x] \x1b[6n\x9b\u202e", "[@click=app.quit]x[/] \x1b]52;c;YQ==\x07")
"""Two value names (at most 40 characters, one line) just as hostile."""

WORDS = ("before", "osc0", "osc8", "osc52", "csi6n", "csi2J", "c1", "bidi", "after")
"""Words between the sequences: they must still be there to read."""


def raw_controls(text: str, *, tab_and_newline: bool = True) -> list[str]:
    """The characters in `text` a terminal could act on (newline and tab allowed)."""
    allowed = "\n\t" if tab_and_newline else ""
    return [
        f"U+{ord(ch):04X}"
        for ch in text
        if (ord(ch) < 0x20 and ch not in allowed)
        or 0x7F <= ord(ch) <= 0x9F
        or 0x202A <= ord(ch) <= 0x202E
        or 0x2066 <= ord(ch) <= 0x2069
        or ch in "\u2028\u2029"
    ]


def strings(data: object) -> set[str]:
    """Every string in parsed JSON."""
    if isinstance(data, str):
        return {data}
    if isinstance(data, dict):
        return set().union(*map(strings, data.values()), set(data))
    if isinstance(data, list):
        return set().union(*map(strings, data))
    return set()


@dataclass
class Hostile:
    journal: Path
    folder: Path


@pytest.fixture
def hostile(tmp_path: Path) -> Hostile:
    """A journal (in a folder whose name is hostile too) with the corpus in every text field."""
    folder = tmp_path / "j \x1b]0;dir\x07 \x9b \u202e"
    journal = folder / "kindness.json"
    store = Store(journal, backup_day=lambda: "2026-11-25")
    day = dt.date(2026, 11, 1)
    first = store.add_value(NAMES[0], today=day, about=CORPUS, area="education")
    second = store.add_value(NAMES[1], today=day, about=CORPUS)
    for value in (first, second):
        store.rate(value.id, now=3, want=8, steps=CORPUS, challenges=CORPUS)
    store.new_assessment(dt.date(2026, 11, 20))
    store.rate(first.id, now=6)
    store.add_idea("new_thing", CORPUS, "education")
    store.add_idea("kindness", CORPUS, "education")
    store.set_setting("week_start", CORPUS)
    store.storage.backup_day = lambda: "2026-11-26"  # a daily backup for `backups` to list
    for date in ("2026-11-25", "2026-11-26"):
        store.update_checkin(
            date,
            {
                "new_thing.text": CORPUS,
                "new_thing.value_id": first.id,
                "new_thing.done": True,
                "kindness.text": CORPUS,
                "kindness.value_id": second.id,
                "kindness.done": date == "2026-11-25",
                "self_kindness": CORPUS,
                "mood": 2,
                "note": CORPUS + "\nsecond line",
            },
        )
    # A text another session replaced, which the Markdown report shows.
    base = store.checkin("2026-11-26")
    Store(journal).update_checkin("2026-11-26", {"note": "from the phone " + CORPUS})
    store.update_checkin("2026-11-26", {"note": CORPUS}, base=base)
    odd_backup = journal.with_name("kindness.json.backups") / "odd \x1b[2J\x9b\u202e.json"
    odd_backup.write_bytes(journal.read_bytes())
    return Hostile(journal, folder)


def commands(h: Hostile, tmp_path: Path) -> list[tuple[int, tuple[str, ...]]]:
    """Every command and format, and refusals that carry stored or typed text: (exit, args)."""
    export = tmp_path / "export.json"
    missing = h.folder / "no \x1b[2J such \x9b file.json"
    db = ("--db", str(h.journal))
    return [
        (0, ("today", *db)),
        (0, ("today", "--json", *db)),
        (0, ("export", *db)),
        (0, ("export", "--format", "csv", *db)),
        (0, ("export", "--format", "md", *db)),
        (0, ("export", "--format", "csv", "-o", str(h.folder / "out \x1b[6n.csv"), *db)),
        (0, ("export", "-o", str(export), *db)),
        (0, ("card", *db)),
        (0, ("settings", *db)),
        (0, ("settings", "week_start", *db)),
        (0, ("backups", *db)),
        (2, ("backups", "restore", "no \x1b]0;x\x07 such \x9b backup", *db)),
        (2, ("log", "--new", "x", "--new-value", "nobody \x1b[2J \x9b", *db)),  # names values
        (2, ("log", "--date", "\x1b[2J\x9b", "--mood", "3", *db)),
        (0, ("log", "--note", CORPUS.replace("\x00", ""), *db)),  # no NUL in an argument
        (2, ("import", str(missing), *db)),
        (0, ("import", str(export), *db)),
        (0, ("import", str(export), "--overwrite", *db)),
    ]


def test_no_command_or_format_writes_a_control_character_raw(
    hostile: Hostile, tmp_path: Path
) -> None:
    outputs = {}
    for code, args in commands(hostile, tmp_path):
        for env in ({}, {"KINDNESS_ASCII": "1"}):
            result = kindness(*args, env=env)
            assert result.returncode == code, (args, env, result.stderr)
            assert "Traceback" not in result.stderr, (args, result.stderr)
            for stream, text in (("stdout", result.stdout), ("stderr", result.stderr)):
                found = raw_controls(text)
                assert not found, f"{args!r} {env} wrote {found[:8]} raw on {stream}"
            outputs[args, bool(env)] = result
    db = ("--db", str(hostile.journal))

    # The text still shows, literally, markup included.
    today = outputs[("today", *db), False].stdout
    card = outputs[("card", *db), False].stdout
    md = outputs[("export", "--format", "md", *db), False].stdout
    for text in (today, card, md):
        for name in NAMES:
            assert visible(name) in text  # "Art [/x] ␛[6n…", markup and all
        for word in WORDS:
            assert word in text
        assert "[@click=app.quit]x[/] [bold] after" in text
    for text in (today, md):  # the card wraps its lines
        assert "before ␛]0;title␇ osc0" in text and "[/x] [@click=app.quit]x[/] [bold]" in text
    assert "^[]0;title^G" in outputs[("today", *db), True].stdout
    names_error = outputs[("log", "--new", "x", "--new-value", "nobody \x1b[2J \x9b", *db), False]
    assert visible(NAMES[0]) in names_error.stderr and visible(NAMES[1]) in names_error.stderr
    listing = outputs[("backups", *db), False].stdout
    assert visible("odd \x1b[2J\x9b\u202e.json") in listing
    assert visible(str(hostile.folder)) in listing

    # JSON to a pipe: escapes, not raw characters, and the text comes back exact.
    for args in (("today", "--json", *db), ("export", *db)):
        assert CORPUS in strings(json.loads(outputs[args, False].stdout))
    exported = json.loads(outputs[("export", *db), False].stdout)
    assert exported["checkins"][0]["note"] == CORPUS + "\nsecond line"
    assert "\\u001b]0;title\\u0007" in outputs[("export", *db), False].stdout
    assert "\\u009b31m" in outputs[("export", *db), False].stdout
    assert "\\u202e bidi" in outputs[("export", *db), False].stdout

    # CSV to a pipe shows the symbols; Markdown too, with the replaced text.
    rows = list(
        csv.DictReader(io.StringIO(outputs[("export", "--format", "csv", *db), False].stdout))
    )
    assert rows[0]["new_thing"].startswith("before ␛]0;title␇ osc0")
    assert "[/x] [@click=app.quit]x[/] [bold] after" in rows[0]["note"]
    assert "from the phone before ␛]0;title␇" in md

    # Only a file written with -o keeps the data exact, and round-trips.
    file_csv = hostile.folder / "out \x1b[6n.csv"
    rows = list(csv.DictReader(io.StringIO(file_csv.read_bytes().decode("utf-8"), newline="")))
    assert rows[0]["self_kindness"] == CORPUS
    again = json.loads((tmp_path / "export.json").read_text("utf-8"))
    assert again["values"][0]["name"] == NAMES[0] and again["values"][0]["about"] == CORPUS


def test_the_corpus_is_hostile() -> None:
    """The checks above can fail: the corpus itself is full of what they look for."""
    found = set(raw_controls(CORPUS + "".join(NAMES)))
    for code in ("U+001B", "U+0007", "U+009B", "U+0085", "U+202E", "U+2066", "U+0000", "U+007F"):
        assert code in found
    assert "U+2028" in found and "U+000D" in found and "U+0008" in found
