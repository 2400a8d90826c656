"""ESCDELAY is honoured: the same keys, ESC and then `c` half a second later, mean two things.

A terminal sends a lone `escape` and the start of a longer sequence (an arrow, alt+letter)
with the same byte, ESC. The app can only tell them apart by waiting: Textual reads the
wait from ESCDELAY (milliseconds, like curses) when it is imported. Over a slow SSH link
the bytes of one sequence can arrive far apart, so the README tells people to raise
ESCDELAY; these tests show that doing so changes what the app does.

- ESCDELAY=25: ESC is `escape`, which leaves the text field; the `c` that follows is then
  the key for the Calendar.
- ESCDELAY=3000: ESC and the `c` half a second later are one key (Textual makes it alt+c,
  which a text field types as "c"), so the focus stays in the field and nothing switches.

If ESCDELAY were ignored (Textual's default is 100 ms), the second test would see the
Calendar. No duration is asserted: the gap is far from both delays, and every wait is long.
"""

from __future__ import annotations

from pathlib import Path

from kindness_tui.data.store import Store
from tests.ptyterm import PtyApp

TODAY = "2026-11-26"
CALENDAR_TITLE = "November 2026"  # the Calendar's month title; Today shows "Thursday, 26 November"
GAP = 0.5  # seconds between ESC and `c`: long after 25 ms, long before 3000 ms


def start_typing(journal: Path, escdelay_ms: int) -> PtyApp:
    """The app on Today with "walk" typed into "One new thing" (where the focus starts)."""
    env = {"KINDNESS_DB": str(journal), "KINDNESS_TODAY": TODAY, "ESCDELAY": str(escdelay_ms)}
    app = PtyApp([], env, size=(80, 24))
    app.wait_for("One secret kindness")
    app.wait_for("Mood")
    app.type("walk")  # keys typed while the form is still being built wait their turn
    app.wait_for("walk")
    return app


def escape_then_c(app: PtyApp) -> None:
    app.send(b"\x1b")
    app.pump(GAP)
    app.send(b"c")


def new_thing_text(journal: Path) -> str | None:
    checkin = Store(journal).checkin(TODAY)
    return None if checkin is None or checkin.new_thing is None else checkin.new_thing.text


def test_with_a_short_escdelay_a_lone_escape_leaves_the_field(tmp_path: Path) -> None:
    journal = tmp_path / "kindness.json"
    with start_typing(journal, escdelay_ms=25) as app:
        escape_then_c(app)
        app.wait_for(CALENDAR_TITLE)
        app.press("ctrl+q")
        assert app.wait_exit() == 0
    assert new_thing_text(journal) == "walk"


def test_with_a_long_escdelay_escape_and_a_letter_are_one_key(tmp_path: Path) -> None:
    journal = tmp_path / "kindness.json"
    with start_typing(journal, escdelay_ms=3000) as app:
        escape_then_c(app)
        # Textual waits ESCDELAY once more after ESC+c for the sequence to go on, then gives up
        # and reports alt+c: wait well past that before looking.
        app.pump(3.0 + 2.0)
        screen = app.text()
        assert CALENDAR_TITLE not in screen, f"ESC was taken as a lone escape:\n{screen}"
        # The focus never left the field: what is typed next still lands in it.
        app.type(" more")
        app.wait_for(" more")
        app.press("ctrl+q")
        assert app.wait_exit() == 0
    text = new_thing_text(journal)
    assert text is not None and text.startswith("walk") and text.endswith(" more"), text
