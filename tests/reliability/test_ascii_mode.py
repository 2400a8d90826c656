"""ASCII mode on a real pseudo-terminal: nothing but ASCII on any screen, widths kept.

Names with wide (CJK, emoji) and combining characters are the hard case: the app must
show them as ASCII of the same width, and so must Textual's borders and scrollbars.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kindness_tui.data.store import Store
from tests.ptyterm import PtyApp

TODAY = "2026-11-26"
NAMES = ["Family 家族", "Growth 🌱", "Cre\u0300me bru\u0302le\u0301e cafe\u0301 talks"]

# Each stop: the key that gets there, and words that show it has been drawn.
STOPS = [
    ("f2", "One new thing"),
    ("f3", "wheel"),
    ("f4", "November 2026"),
    ("f1", "Everywhere"),
]


def seeded(journal: Path) -> None:
    store = Store(journal)
    for name in NAMES:
        value = store.add_value(name, today=dt.date(2026, 10, 1), about=f"{name}: 大切")
        store.rate(value.id, now=4, want=8, steps="一歩ずつ 🌱", challenges="fatigue · doubt")
    store.update_checkin(
        "2026-11-20",
        {"new_thing.text": "café 🌱", "new_thing.done": True, "kindness.text": "家族 note"},
    )


@pytest.mark.parametrize(
    "extra",
    [{"KINDNESS_ASCII": "1", "LANG": "C.UTF-8"}, {"LANG": "C"}],
    ids=["KINDNESS_ASCII", "LANG=C"],
)
def test_every_screen_is_ascii_in_ascii_mode(tmp_path: Path, extra: dict[str, str]) -> None:
    journal = tmp_path / "kindness.json"
    seeded(journal)
    env = {"KINDNESS_DB": str(journal), "KINDNESS_TODAY": TODAY, **extra}
    with PtyApp([], env, size=(80, 24)) as app:
        app.wait_for("One secret kindness")
        for key, words in STOPS:
            app.press(key)
            app.wait_for(words)
            app.quiet(0.3)
            screen = app.text()
            strange = sorted({char for char in screen if not char.isascii()})
            assert strange == [], f"after {key}: {strange}\n{screen}"
            # Every line keeps its width: the borders still close at the right edge.
            assert all(len(row) <= 80 for row in screen.splitlines())
        app.press("escape")
        app.press("ctrl+q")
        assert app.wait_exit() == 0
    assert b"\xe5\xae\xb6" not in app.output  # 家, as UTF-8: never sent
