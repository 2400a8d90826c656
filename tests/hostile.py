"""A hostile corpus: text a stranger's export or a careless sync tool could put in a journal.

Every piece would drive a terminal if written raw (a title, a link, the clipboard, a
cursor report, a cleared screen, C1 controls, reversed or hidden text) or would be read
as markup by Textual or Rich. `RAW` lists the bytes that must never reach a terminal.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kindness_tui.data.store import Store

PIECES = {
    "osc0": "T\x1b]0;pwned-title\x07",
    "osc8": "L\x1b]8;;http://evil.example/\x1b\\link\x1b]8;;\x1b\\",
    "osc52": "C\x1b]52;c;aGVsbG8=\x07",
    "csi6n": "R\x1b[6n",
    "csi2j": "W\x1b[2J",
    "c1": "K\x9b31mred",
    "bidi": "B\u202eevil\u202c",
    "isolate": "I\u2066x\u2069",
    "zero-width": "Z\u200bw\u2060j\ufeff",
    "nul": "N\x00",
    "del": "D\x7f",
    "bel": "G\x07",
    "markup-close": "[/x]",
    "markup-click": "[@click=app.quit]q[/]",
    "markup-bold": "[bold]loud[/bold]",
}
CORPUS = " ".join(PIECES.values())
"""All of it on one line (fits a one-line field: under 500 characters)."""

NAMES = (
    "Care T\x1b]0;pwned-title\x07",
    "Art [/music] K\x9b31m",
    "[@click=app.quit]q[/] B\u202eevil\u202c",
    "Faith [God] N\x00D\x7fG\x07Z\u200bw",
    "Quiet R\x1b[6nW\x1b[2J C\x1b]52;c;aGVsbG8=\x07",
)
"""Value names (at most 40 characters each, one line, different)."""

RAW = (
    b"\x1b]0;pwned",
    b"\x1b]8;;http://evil",
    b"\x1b]52;",
    b"\x1b[6n",
    b"\x1b[2J",
    b"\xc2\x9b",
    b"\xe2\x80\xae",  # U+202E
    b"\xe2\x80\xac",  # U+202C
    b"\xe2\x81\xa6",  # U+2066
    b"\xe2\x81\xa9",  # U+2069
    b"\xe2\x80\x8b",  # U+200B
    b"\xe2\x81\xa0",  # U+2060
    b"\xef\xbb\xbf",  # U+FEFF
    b"\x00",
    b"\x7f",
    b"pwned-title\x07",
    b"aGVsbG8=\x07",
    b"G\x07",
)
"""Byte sequences from the corpus that must never be written to a terminal."""

LITERAL = ("[/x]", "[bold]loud[/bold]", "[@click=app.quit]q[/]", "[/music]", "[God]")
"""Markup-looking text that must show exactly as written."""


def seed_hostile(journal: Path, today: dt.date) -> None:
    """Every stored text field of a journal filled with the corpus."""
    store = Store(journal)
    store.set_setting("theme", "textual-dark")
    earlier = today - dt.timedelta(days=30)
    ids = [store.add_value(name, today=earlier, about=CORPUS).id for name in NAMES]
    for value_id in ids:
        store.rate(value_id, steps=CORPUS + "\n" + CORPUS, challenges=CORPUS)
    store.new_assessment(today)
    store.add_idea("new_thing", CORPUS)
    store.add_idea("kindness", CORPUS)
    for back, value_id in enumerate(ids):
        day = today - dt.timedelta(days=back)
        fields = {
            "new_thing.text": CORPUS,
            "new_thing.value_id": value_id,
            "new_thing.done": True,
            "kindness.text": CORPUS,
            "kindness.value_id": ids[-1 - back],
            "kindness.done": True,
            "self_kindness": CORPUS,
            "mood": 1 + back,
            "note": CORPUS + "\n" + CORPUS,
        }
        store.update_checkin(day, fields)
    # Another session's text for today, kept as "replaced" under the form.
    seen = store.checkin(today)
    store.update_checkin(today, {"kindness.text": "theirs " + CORPUS[:200]})
    store.update_checkin(today, {"kindness.text": CORPUS}, base=seen)
