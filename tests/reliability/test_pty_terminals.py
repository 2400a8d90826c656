"""The real app on pseudo-terminals: plain terminals, hang-ups, hostile text, two sessions."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kindness_tui.data.store import Store
from tests.ptyterm import PtyApp

TODAY = "2026-11-26"

HOSTILE = {
    "title": "T1\x1b]0;pwned title\x07",
    "clear": "T2\x1b[2Jcleared",
    "csi": "T3\x9b31mred",
    "clipboard": "T4\x1b]52;c;aGVsbG8=\x07",
    "link": "T5\x1b]8;;https://example.invalid/\x1b\\click\x1b]8;;\x1b\\",
    "markup": "[bold]markup[/bold]",
}
RAW_SEQUENCES = [
    b"\x1b]0;pwned",
    b"T2\x1b[2J",
    b"\xc2\x9b31m",
    b"\x9b31m",
    b"\x1b]52;c;aGVsbG8",
    b"\x1b]8;;https://example.invalid",
]


def env_for(journal: Path, **extra: str) -> dict[str, str]:
    return {"KINDNESS_DB": str(journal), "KINDNESS_TODAY": TODAY, **extra}


def seed_hostile(journal: Path) -> None:
    store = Store(journal)
    value = store.add_value("Care\x1b]0;v\x07", today=dt.date(2026, 11, 1), about=HOSTILE["link"])
    store.rate(value.id, steps=HOSTILE["clipboard"], challenges=HOSTILE["csi"])
    for day in (TODAY, "2026-11-25"):
        store.update_checkin(
            day,
            {
                "new_thing.text": HOSTILE["title"],
                "new_thing.done": True,
                "new_thing.value_id": value.id,
                "kindness.text": HOSTILE["clear"],
                "kindness.done": True,
                "self_kindness": HOSTILE["csi"],
                "note": HOSTILE["clipboard"] + "\n" + HOSTILE["link"] + "\n" + HOSTILE["markup"],
                "mood": 6,
            },
        )


def test_control_sequences_in_the_journal_never_reach_the_terminal(tmp_path: Path) -> None:
    journal = tmp_path / "kindness.json"
    seed_hostile(journal)
    with PtyApp([], env_for(journal), size=(100, 32)) as app:
        app.wait_for("One secret kindness")
        app.wait_for("[bold]markup[/bold]")
        for key, needle in (("f3", "Care"), ("f4", "November 2026"), ("f2", "One new thing")):
            app.press(key)
            app.wait_for(needle)
        app.press("f4", "left", settle=1.0)
        app.press("ctrl+q")
        app.wait_exit()
        for raw in RAW_SEQUENCES:
            assert raw not in app.output, raw


@pytest.mark.parametrize(
    "extra",
    [
        {"TERM": "xterm", "NO_COLOR": "1"},
        {"TERM": "linux"},
        {"TERM": "xterm", "LANG": "C", "LC_ALL": "C"},
    ],
    ids=["xterm-no-color", "linux-console", "C-locale"],
)
def test_plain_terminals_show_every_screen_and_survive_resizing(
    tmp_path: Path, extra: dict[str, str]
) -> None:
    journal = tmp_path / "kindness.json"
    with PtyApp([], env_for(journal, **extra), size=(80, 24)) as app:
        app.wait_for("One new thing")
        app.wait_for("One secret kindness")
        app.press("f3")
        app.wait_for("wheel")
        app.press("f4")
        app.wait_for("November 2026")
        app.resize(60, 20)
        app.quiet(0.3, limit=5.0)  # the redraw at the smaller size
        app.resize(80, 24)
        app.press("f2")
        app.wait_for("One secret kindness")
        app.press("ctrl+q")
        assert app.wait_exit() == 0
        assert b"Traceback" not in app.output


@pytest.mark.parametrize(
    ("sig", "words"),
    [(signal.SIGHUP, "halfway through a sent"), (signal.SIGTERM, "before the reboot")],
    ids=["hang-up", "terminate"],
)
def test_a_signal_mid_typing_keeps_the_words(
    tmp_path: Path, sig: signal.Signals, words: str
) -> None:
    journal = tmp_path / "kindness.json"
    with PtyApp([], env_for(journal), size=(80, 24)) as app:
        app.wait_for("One new thing")
        app.type(words)
        app.pump(0.3)
        os.kill(app.pid, sig)
        app.wait_exit()
    checkin = Store(journal).checkin(TODAY)
    assert checkin is not None and checkin.new_thing is not None
    assert checkin.new_thing.text == words


def test_two_sessions_see_each_other_and_lose_nothing(tmp_path: Path) -> None:
    journal = tmp_path / "kindness.json"
    with PtyApp([], env_for(journal), size=(100, 32)) as app:
        app.wait_for("One new thing")
        app.type("a new bench in the park")
        subprocess.run(
            [sys.executable, "-m", "kindness_tui", "log"]
            + ["--kindness", "paid for a stranger's tea"],
            env={**os.environ, **env_for(journal)},
            check=True,
            capture_output=True,
        )
        app.wait_for("paid for a stranger's tea", timeout=10)
        app.press("f4")
        app.wait_for("paid for a stranger's tea", timeout=10)
        app.press("f2", "ctrl+s")
        app.press("ctrl+q")
        app.wait_exit()
    checkin = Store(journal).checkin(TODAY)
    assert checkin.kindness.text == "paid for a stranger's tea"
    assert checkin.kindness.done is True
    assert checkin.new_thing.text == "a new bench in the park"


def test_ctrl_q_typed_while_the_app_opens_quits(tmp_path: Path) -> None:
    """Before raw mode the terminal takes ctrl+q as flow control (XON) and drops it; the
    app turns flow control off first thing, so a ctrl+q typed at once still quits."""
    import termios
    import time

    journal = tmp_path / "kindness.json"
    with PtyApp([], env_for(journal), size=(80, 24)) as app:
        deadline = time.monotonic() + 30
        while True:  # until the app has started: flow control off, raw mode not yet on
            iflag, _oflag, _cflag, lflag = termios.tcgetattr(app.fd)[:4]
            if not iflag & termios.IXON and lflag & termios.ICANON:
                break
            assert time.monotonic() < deadline, "flow control was not turned off before raw mode"
            time.sleep(0.001)
        app.send(b"\x11")  # ctrl+q, while the terminal is still cooked
        assert app.wait_exit() == 0
