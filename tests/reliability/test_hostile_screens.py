"""No byte of a hostile journal reaches the terminal raw, on any screen or dialog (SPEC §4.3).

The real app on a pseudo-terminal, in 256 colours and in 16, with every stored text
field holding the corpus of `tests/hostile.py`, visits every screen and dialog. Every
byte it writes is kept and searched; the screen is read as a person would see it, where
markup-looking text must show literally.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.hostile import LITERAL, NAMES, RAW, seed_hostile
from tests.ptyterm import PtyApp

TODAY = dt.date(2026, 11, 26)

# Each: (what, keys, text that shows once it is there). Keys go one at a time.
VISITS: list[tuple[str, list[str], str]] = [
    ("today, with a word about the journal's mode", [], "About your journal"),
    ("today", [], "Also written for this day"),
    ("today: the value picker open", ["tab", "tab", "tab", "enter"], "Quiet R"),
    ("today: the note's field", ["escape", "escape", "tab"] + ["tab"] * 8, "Note"),
    ("own idea dialog", ["ctrl+o"], "An idea of your own"),
    ("today again", ["escape", "escape"], "One secret kindness"),
    ("values", ["f3"], "Your value wheel"),
    ("values: the next value", ["right", "right"], "now 5"),
    ("edit value dialog", ["enter"], "Your value:"),
    ("values again", ["escape"], "Your value wheel"),
    ("add value dialog", ["a"], "A new value"),
    ("values again", ["escape"], "Your value wheel"),
    ("compare picker", ["p"], "Compare with which assessment?"),
    ("values comparing", ["enter"], "comparing with"),
    ("find values", ["f"], "Find your values"),
    ("values again", ["escape"], "Your value wheel"),
    ("who I am card", ["w"], "Who I am"),
    ("values again", ["escape"], "Your value wheel"),
    ("archive question", ["x"], "off the wheel?"),
    ("archived, with a notice", ["y"], "kept in your history"),
    ("calendar", ["f4"], "November 2026"),
    ("calendar: another day", ["left"], "Wednesday, 25 November"),
    ("a day opened", ["enter"], "Wednesday, 25 November"),
    ("calendar again", ["escape", "escape"], "November 2026"),
    ("help", ["f1"], "not a treatment"),
    ("palette", ["escape", "ctrl+p"], "Search"),
]


@pytest.mark.parametrize(
    ("term", "ascii"), [("xterm-256color", ""), ("xterm", ""), ("xterm", "1")],
    ids=["256 colours", "16 colours", "16 colours, ASCII"],
)
def test_no_byte_of_a_hostile_journal_reaches_the_terminal(
    tmp_path: Path, term: str, ascii: str
) -> None:
    # A folder name that reads as markup: the journal's path shows in notices.
    journal = tmp_path / "data [/x] [bold]" / "kindness.json"
    seed_hostile(journal, TODAY)
    journal.chmod(0o644)  # so the app says it made the journal private, naming its path
    env = {"KINDNESS_DB": str(journal), "KINDNESS_TODAY": TODAY.isoformat(), "TERM": term,
           "KINDNESS_ASCII": ascii}  # fmt: skip
    seen_literal: set[str] = set()
    with PtyApp([], env, size=(120, 40)) as app:
        app.wait_for("^q")
        for what, keys, shows in VISITS:
            for key in keys:
                app.send(PtyApp.KEYS.get(key, key.encode()))
                app.quiet(0.1, limit=3.0)
                if key == "escape":
                    app.pump(0.3)  # ESC alone is a key once the terminal is quiet
            screen = app.wait_for(shows, timeout=20)
            seen_literal.update(text for text in LITERAL if text in screen)
            output = bytes(app.output)
            for raw in RAW:
                assert raw not in output, f"{what}: {raw!r} reached the terminal"
        app.send(PtyApp.KEYS["ctrl+q"])
        assert app.wait_exit() == 0
    output = bytes(app.output)
    for raw in RAW:
        assert raw not in output, f"quitting: {raw!r} reached the terminal"
    assert seen_literal == set(LITERAL), f"shown literally: {sorted(seen_literal)}"
    assert NAMES  # the value names above are in the journal
