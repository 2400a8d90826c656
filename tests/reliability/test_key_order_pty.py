"""Keys end the same at any speed (SPEC §4.3): every sequence typed slowly and in one write.

Each sequence of the corpus runs twice on a real pseudo-terminal, on copies of the
same journal: once key by key, waiting for the app after each, as a person types;
once as a single `os.write`, as a paste, a laggy SSH link or tmux send-keys delivers
it. The journal afterwards and the screen at rest must be the same. The corpus
crosses every screen and dialog, and the openings of screens and dialogs.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from kindness_tui.data.change_times import CHANGED, DAY_TIMES
from kindness_tui.data.store import Store
from kindness_tui.screens.day_form import AUTOSAVE_PAUSE
from tests.ptyterm import PtyApp

TODAY = "2026-11-26"
SIZE = (100, 32)

TO_MOOD = ["tab"] * 7
"""From a day's first field (its new thing) to its mood scale."""

# Each: (name, journal, keys). A key is a named key (tab, f3, ctrl+s …) or text; text is
# typed a character at a time in the slow run. `escape` only ends a sequence: a terminal
# reads ESC followed at once by a letter as alt+letter, at any app's speed.
CORPUS: list[tuple[str, str, list[str]]] = [
    (
        "today: a card filled through its box and picker",
        "values",
        [
            "walked",
            "tab",
            "space",
            "tab",
            "enter",
            "down",
            "down",
            "enter",
            "tab",
            "tab",
            "tab",
            "a note left",
            "tab",
            "space",
            "ctrl+s",
        ],
    ),
    (
        "today: a done act's two questions",
        "empty",
        [
            "walked",
            "tab",
            "space",
            "tab",
            "tab",
            "slowly",
            "enter",
            "I can",
            "tab",
            "a note",
            "ctrl+s",
        ],
    ),
    (
        "today: enter moves from text field to text field",
        "empty",
        ["walk", "enter", "quiet", "enter", "rest", "enter", "tea time"],
    ),
    (
        "today: mood and note",
        "empty",
        [*TO_MOOD, "7", "right", "tab", "a calm day", "ctrl+s"],
    ),
    (
        "today: letters on the form stay in the form",
        "empty",
        ["tab", "t", "v", "c", "q", "shift+tab", "still here"],
    ),
    (
        "today: another idea and done by key",
        "empty",
        ["ctrl+r", "ctrl+r", "tab", "tab", "tab", "kindly", "ctrl+t", "ctrl+s"],
    ),
    (
        "today: own idea dialog, then back to the card",
        "empty",
        ["ctrl+o", "water a plant at night", "enter", "then this"],
    ),
    ("today: words then quit", "empty", ["typed then quit", "ctrl+q"]),
    (
        "values: pick and rate",
        "values",
        ["f3", "right", "right", "+", "+", ">", "<", "-", "left", "+"],
    ),
    ("values: add a value, then rate it", "values", ["f3", "a", "Hope", "enter", "+", "+"]),
    ("values: archive the value the arrows reached", "values", ["f3", "right", "x", "y", "+"]),
    (
        "values: edit steps and save",
        "values",
        [
            "f3",
            "right",
            "enter",
            "tab",
            "for the long run",
            "tab",
            "tab",
            "call mum",
            "ctrl+s",
            "+",
        ],
    ),
    (
        "values: find values in the list",
        "values",
        ["f3", "f", "space", "down", "space", "down", "ctrl+s", "+"],
    ),
    (
        "values: a new assessment, its questions, then rate",
        "values",
        ["f3", "n", "walks", "enter", "rain", "tab", "naps", "ctrl+s", "+", "right", "<"],
    ),
    ("values: compare with an earlier one", "two assessments", ["f3", "p", "enter", "right", "+"]),
    ("values: the card and back", "values", ["f3", "w", "enter", "right", "+"]),
    (
        "calendar: arrows then open a day and write",
        "month",
        ["f4", "left", "left", "enter", "a late walk", "tab", "space", "ctrl+s"],
    ),
    (
        "calendar: months and home",
        "month",
        ["f4", "pageup", "right", "pagedown", "home", "left", "up", "enter", "x"],
    ),
    (
        "calendar: letters move the grid, v and c switch",
        "month",
        ["f4", "h", "h", "k", "l", "v", "c", "enter", *TO_MOOD, "6"],
    ),
    ("help: open and close, then type", "empty", ["f1", "f1", "after help"]),
    ("palette: switch by name, then act", "values", ["ctrl+p", "Values", "enter", "right", "+"]),
    (
        "across: every screen and back home",
        "month",
        ["f4", "right", "f3", "+", "f2", "back home", "ctrl+s"],
    ),
]


def seed(journal: Path, kind: str) -> None:
    """The journal a sequence starts from."""
    store = Store(journal)
    store.set_setting("theme", "textual-dark")
    if kind == "empty":
        return
    earlier = dt.date(2026, 10, 1) if kind == "two assessments" else dt.date(2026, 11, 1)
    ids = [store.add_value(name, today=earlier).id for name in ("Curiosity", "Care", "Courage")]
    store.rate(ids[0], now=3, want=8)
    store.rate(ids[1], now=6, want=9)
    if kind == "two assessments":
        store.new_assessment(dt.date(2026, 11, 1))
        store.rate(ids[2], now=2)
    if kind == "month":
        for day, text in (("2026-11-03", "a new café"), ("2026-11-20", "sang"),
                          ("2026-10-30", "a walk")):  # fmt: skip
            store.update_checkin(day, {"new_thing.text": text, "new_thing.done": True,
                                       "new_thing.value_id": ids[0], "mood": 6})  # fmt: skip


def untimed(node: Any) -> Any:
    """`node` with each record's change times (data.change_times) said only as the fields
    they name: both runs must change the same fields, not at the same millisecond."""
    if isinstance(node, dict):
        return {
            key: (timed(value) if key == CHANGED else untimed(value)) for key, value in node.items()
        }
    if isinstance(node, list):
        return [untimed(item) for item in node]
    return node


def timed(times: Any) -> Any:
    """A record's times (by field) as the fields they name; a setting's one time as "timed"."""
    return sorted(times) if isinstance(times, dict) else "timed"


def canonical(journal: Path) -> dict[str, Any]:
    """The journal's tables with its generated ids, change times (and the write stamp) made
    comparable."""
    data = json.loads(journal.read_text(encoding="utf-8"))
    data.pop("meta", None)
    times = data.pop(DAY_TIMES, {})
    data[DAY_TIMES] = {doc["date"]: sorted(set(doc) - {"date"}) for doc in times.values()}
    text = json.dumps(untimed(data), sort_keys=True, ensure_ascii=False)
    names: dict[str, str] = {}
    for found in re.findall(r'"([vai]-[0-9a-f]{10})"', text):
        names.setdefault(found, f"{found[0]}#{len(names)}")
    for found, name in names.items():
        text = text.replace(found, name)
    result: dict[str, Any] = json.loads(text)
    return result


def run(keys: list[str], journal: Path, burst: bool) -> tuple[dict[str, Any], str, int | None]:
    """Type `keys` into a fresh app; the journal after it quit, the screen at rest, its exit."""
    env = {"KINDNESS_DB": str(journal), "KINDNESS_TODAY": TODAY}
    with PtyApp([], env, size=SIZE) as app:
        app.wait_for("Note")
        app.wait_for("^q")  # the key bar: Today is built
        app.quiet(0.2)
        if burst:
            app.send(b"".join(PtyApp.encode(keys)))
        else:
            for key in keys:
                for part in PtyApp.encode([key] if key in PtyApp.KEYS else list(key)):
                    app.send(part)
                    app.quiet(0.08, limit=2.0)
                if key == "escape":
                    app.pump(0.3)  # ESC alone is a key once the terminal is quiet (ESCDELAY)
        if keys[-1] == "ctrl+q":
            app.wait_exit(timeout=30)
        screen = at_rest(app)
        code = app.returncode
        if code is None:
            try:
                code = app.wait_exit(timeout=0.5)
            except AssertionError:
                app.send(PtyApp.KEYS["ctrl+q"])
                app.wait_exit()
    return canonical(journal), screen, code


HELP_MARK = "not a treatment"
"""Text only the help screen shows (its word about what the app is not)."""


def at_rest(app: PtyApp, limit: float = 20.0) -> str:
    """The screen once every key sent has been handled and no notification is showing.

    Quiet output alone proves nothing (a screen being built writes nothing for a
    while), so a probe follows the keys: F1 opens help over whatever is showing and
    F1 closes it again. Keys are handled in order, so once help has come and gone,
    everything typed before it has been handled.
    """
    if app.returncode is None and app.alive():
        app.send(PtyApp.KEYS["f1"])
        app.wait_for(HELP_MARK, timeout=limit)
        app.send(PtyApp.KEYS["f1"])
        deadline = time.monotonic() + limit
        while HELP_MARK in app.text():
            assert time.monotonic() < deadline, "help never closed"
            app.pump(0.05)
        # A pause in typing saves by itself a moment later, and the month's tally shows
        # it: wait for that save too, so both runs are shown after it.
        app.pump(AUTOSAVE_PAUSE + 0.5)
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        app.quiet(0.3, limit=3.0)
        text = app.text()
        if "▌" not in text:
            return text
        app.pump(0.3)
    raise AssertionError(f"a notification never went away:\n{app.text()}")


@pytest.mark.parametrize(("name", "kind", "keys"), CORPUS, ids=[c[0] for c in CORPUS])
def test_keys_typed_slowly_and_in_one_write_end_the_same(
    tmp_path: Path, name: str, kind: str, keys: list[str]
) -> None:
    origin = tmp_path / "origin" / "kindness.json"
    seed(origin, kind)
    results: dict[bool, tuple[dict[str, Any], str, int | None]] = {}
    errors: list[BaseException] = []

    def variant(burst: bool) -> None:
        journal = tmp_path / ("burst" if burst else "slow") / "kindness.json"
        journal.parent.mkdir(mode=0o700)
        shutil.copy2(origin, journal)
        try:
            results[burst] = run(keys, journal, burst)
        except BaseException as exc:  # reported in the test's own thread
            errors.append(exc)

    threads = [threading.Thread(target=variant, args=(burst,)) for burst in (False, True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    slow, fast = results[False], results[True]
    assert fast[0] == slow[0], f"{name}: the journals differ"
    assert fast[1] == slow[1], f"{name}: the screens differ\n{slow[1]}\n---\n{fast[1]}"
    assert fast[2] == slow[2]
    assert slow[0] != canonical(origin), (
        f"{name}: the sequence changed nothing, so it proves nothing"
    )
