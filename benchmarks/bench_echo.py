"""A typed letter to its echo in Today's "One new thing" field, vs Textual's bare Input app.

The app opens on a copy of the 10-year journal (a fresh copy each run: what is
typed is saved) with KINDNESS_TODAY set to the day after the journal's last
day, so Today is empty and the cursor starts in "One new thing". The runner
waits for "Note" (built just after the first frame) and a short settle, finds
the field by its placeholder, then types twenty letters one at a time: each is
timed from writing it to the pty until pyte shows it in its cell of the field
(the time pyte spends on the bytes is not counted), then the runner waits for
0.1 s of quiet. A run's figure is the median of its twenty keys. Twenty keys
take about 2 s, so the app's autosave (1.5 s after the last key) runs only
after them. The baseline is `bare_input.py`, one focused compact `Input` with
the same placeholder, typed the same way.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from common import EMPTY_DAY, Pty, Row, app_argv, bare_argv, child_env, main, pairs, progress

PLACEHOLDER = "Something new you will do, or did"
"""Today's placeholder in the empty "One new thing" field (and bare_input.py's)."""
READY = "Note"
"""Today's last part to be built (just after the first frame)."""
SETTLE = 0.3
"""Seconds of quiet before the first key (the text cursor blinks every 0.5 s)."""
GAP = 0.1
"""Seconds of quiet after each echo before the next key."""
LETTERS = "kindnessmakesroomfor"


class Field:
    """Where typed letters land: the placeholder's first cell, and the cells after it."""

    def __init__(self, term: Pty) -> None:
        found = term.find(PLACEHOLDER)
        if found is None:
            raise RuntimeError(
                f"the empty field ({PLACEHOLDER!r}) is not on the screen:\n{term.text()}"
            )
        self.row, self.column = found
        line = term.screen.display[self.row]
        border = line.find("│", self.column)
        self.width = (border if border >= 0 else len(line)) - self.column
        self.typed = 0


def type_letter(term: Pty, field: Field, letter: str) -> float:
    """Seconds from writing `letter` until it shows in the field's next cell."""
    row, column = field.row, field.column + field.typed
    if field.typed + 1 >= field.width:
        raise RuntimeError(f"the field is {field.width} cells wide; type fewer letters")

    def shown() -> bool:
        return bool(term.screen.buffer[row][column].data == letter)

    if shown():
        raise RuntimeError(f"{letter!r} is already at {(row, column)} before it is typed")
    start = time.perf_counter()
    term.press(letter)
    seen = term.wait_until(shown, f"the echo of {letter!r} at {(row, column)}")
    field.typed += 1
    return seen - start


def type_run(
    argv: list[str],
    env: dict[str, str],
    bursts: Sequence[str],
    pauses: Sequence[float] = (),
    ready: str | None = READY,
    gap: float = GAP,
) -> list[float]:
    """Open the program, type each burst key by key (`gap` of quiet after each echo), keep
    reading for `pauses[i]` seconds after burst i's last echo, quit; every key's latency."""
    latencies: list[float] = []
    with Pty(argv, env) as term:
        term.wait_for(ready or PLACEHOLDER)
        term.drain(quiet=SETTLE)
        field = Field(term)
        for i, burst in enumerate(bursts):
            for letter in burst:
                latencies.append(type_letter(term, field, letter))
                last_seen = term.read_at
                term.drain(quiet=gap)
            if i < len(pauses):
                term.idle(last_seen + pauses[i] - time.perf_counter())
        term.quit()
    return latencies


def fresh_copy(source: Path, target: Path) -> Path:
    """The journal as generated (what a run types is saved into its copy). What the last
    run left beside the copy (its lock, any drafts) goes; its backups stay, so only the
    first, unrecorded run makes the day's backup."""
    for old in target.parent.glob(f"{target.name}*"):
        if old.name == f"{target.name}.backups":
            continue
        if old.is_dir():
            shutil.rmtree(old)
        else:
            old.unlink()
    shutil.copyfile(source, target)
    target.chmod(0o600)
    return target


def run(db: Path, n: int = 10) -> list[Row]:
    progress(f"key to echo in Today's field: {n} pairs")
    env = child_env(KINDNESS_TODAY=EMPTY_DAY)
    with tempfile.TemporaryDirectory(prefix="kindness-echo-", dir=db.parent) as folder:
        work = Path(folder) / "journal.json"
        app, bare = pairs(
            n,
            lambda: statistics.median(type_run(app_argv(fresh_copy(db, work)), env, [LETTERS])),
            lambda: statistics.median(
                type_run(bare_argv("bare_input.py"), env, [LETTERS], ready=None)
            ),
        )
    return [
        Row("a typed letter to its echo in Today's field (10-year journal)", "s", app, bare, 1.5)
    ]


if __name__ == "__main__":
    main(run)
