"""Today's first frame on a real pseudo-terminal: complete where it counts, and nothing moves.

The cards' done/value rows and the rows below them are built just after the first frame
(widgets/later.py). Their room is kept from the start, so nothing on the screen jumps when
they arrive, and the placeholders draw nothing of their own.
"""

from __future__ import annotations

from pathlib import Path

from tests.ptyterm import PtyApp


def rows_with(lines: list[str], text: str) -> list[int]:
    return [number for number, line in enumerate(lines) if text in line]


def test_the_first_frame_keeps_the_room_of_what_comes_next(tmp_path: Path) -> None:
    env = {"KINDNESS_DB": str(tmp_path / "kindness.json"), "KINDNESS_TODAY": "2026-11-26"}
    with PtyApp([], env, size=(100, 32)) as app:
        app.wait_for("One secret kindness")
        app.wait_for("fresh month")  # the tally, the first frame's last line: the whole frame
        first = list(app.screen.display)
        app.wait_for("Note")
        app.pump(0.3)
        settled = list(app.screen.display)
        app.press("ctrl+q")
        assert app.wait_exit() == 0
    assert "Later" not in "\n".join(first)
    for text in ("One new thing", "Something new you will do", "fresh month"):
        assert rows_with(first, text) == rows_with(settled, text), text
    assert rows_with(first, "╰")[0] == rows_with(settled, "╰")[0]  # the cards' bottom edge
    assert "Kindness to yourself" in "\n".join(settled)
