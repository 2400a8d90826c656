"""Where the focus is must show without colour: NO_COLOR on a real pseudo-terminal.

The screen is read with pyte, which keeps each cell's attributes; colour is switched off, so
only a text style (here an underline) can tell the focused control from the others.
"""

from __future__ import annotations

from pathlib import Path

from tests.ptyterm import PtyApp

TODAY = "2026-11-26"


def underlined(app: PtyApp, text: str) -> bool:
    """Whether every cell of the first place `text` shows on the screen is underlined."""
    for row in range(app.lines):
        cells = [app.screen.buffer[row][x] for x in range(app.columns)]
        line = "".join(cell.data for cell in cells)
        if text in line:
            start = line.index(text)
            return all(cell.underscore for cell in cells[start : start + len(text)])
    raise AssertionError(f"{text!r} is not on the screen:\n" + "\n".join(app.screen.display))


def test_the_value_picker_and_the_mood_show_their_focus_without_colour(tmp_path: Path) -> None:
    env = {"KINDNESS_DB": str(tmp_path / "kindness.json"), "KINDNESS_TODAY": TODAY,
           "TERM": "xterm", "NO_COLOR": "1"}  # fmt: skip
    with PtyApp([], env, size=(80, 24)) as app:
        app.wait_for("One secret kindness")
        app.wait_for("Note")  # the rows built just after the first frame
        assert not underlined(app, "Which value?")
        app.press("tab", settle=0.4)  # the done box
        app.press("tab", settle=0.4)  # the first card's value picker
        assert underlined(app, "Which value?")
        for _ in range(5):  # the second card's three controls, kindness to yourself, mood
            app.press("tab", settle=0.4)
        assert underlined(app, "0  1  2")
        assert not underlined(app, "Which value?")
        app.press("tab", settle=0.4)  # the note
        assert not underlined(app, "0  1  2")
        app.press("ctrl+q")
        assert app.wait_exit() == 0
