"""Today's first frame on a real pseudo-terminal: complete where it counts, and nothing moves.

The cards' text fields, their done/value rows and the rows below them are built just after
the first frame (widgets/later.py). Their room is kept from the start, so nothing on the
screen jumps when they arrive; the text fields' stand-ins show their text or placeholder.
Keys typed before the fields exist wait for them (KindnessApp.on_event).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kindness_tui.data.store import Store
from tests.ptyterm import PtyApp

WRITTEN = "Walked home a new way"


def rows_with(lines: list[str], text: str) -> list[int]:
    return [number for number, line in enumerate(lines) if text in line]


@pytest.mark.parametrize("written", [False, True], ids=["empty day", "day with text"])
def test_the_first_frame_keeps_the_room_of_what_comes_next(
    tmp_path: Path, written: bool
) -> None:
    journal = tmp_path / "kindness.json"
    if written:
        Store(journal).update_checkin("2026-11-26", {"new_thing.text": WRITTEN})
    env = {"KINDNESS_DB": str(journal), "KINDNESS_TODAY": "2026-11-26"}
    with PtyApp([], env, size=(100, 32)) as app:
        app.wait_for("One secret kindness")
        app.wait_for("fresh month" if not written else "this month")  # the tally: the last line
        first = list(app.screen.display)
        app.wait_for("Note")
        app.pump(0.3)
        settled = list(app.screen.display)
        app.press("ctrl+q")
        assert app.wait_exit() == 0
    assert "Later" not in "\n".join(first)
    texts = ["One new thing", "A kindness nobody will know was you"]
    texts.append(WRITTEN if written else "Something new you will do")
    for text in texts:
        assert rows_with(first, text), text
        assert rows_with(first, text) == rows_with(settled, text), text
    assert rows_with(first, "╰")[0] == rows_with(settled, "╰")[0]  # the cards' bottom edge
    assert "Kindness to yourself" in "\n".join(settled)


def test_words_typed_as_the_app_opens_land_in_the_first_card(tmp_path: Path) -> None:
    """Typed before the first frame (the terminal still in line mode) and before the text
    fields exist: nothing is lost, and the q of "quiet" does not quit."""
    journal = tmp_path / "kindness.json"
    env = {"KINDNESS_DB": str(journal), "KINDNESS_TODAY": "2026-11-26"}
    with PtyApp([], env, size=(100, 32)) as app:
        app.send("quiet walk")
        app.wait_for("Note")
        app.wait_for("quiet walk")
        app.press("ctrl+s")
        app.press("ctrl+q")
        assert app.wait_exit() == 0
    checkin = Store(journal).checkin("2026-11-26")
    assert checkin is not None and checkin.new_thing is not None
    assert checkin.new_thing.text == "quiet walk"
