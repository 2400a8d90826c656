"""kill -9 at random moments while a journal of several MB is being written."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
import threading
from pathlib import Path

from kindness_tui.data import backups, exchange
from kindness_tui.data.journal_shape import is_journal
from kindness_tui.data.store import Store
from kindness_tui.data.strict_json import loads_strict
from tests.unit.cli_run import kindness

KILLS = 32
DAYS = 3651
"""Ten years of check-ins (the last is the day the writer keeps changing)."""

WRITER = """
import sys
from kindness_tui.data.store import Store
store = Store(sys.argv[1], lock_timeout=30)
n = int(store.checkin("2026-11-26").note.split()[1])
print("ready", flush=True)
while True:
    n += 1
    store.update_checkin("2026-11-26", {"note": f"write {n}", "mood": n % 11})
    print(n, flush=True)
"""


def big_journal(path: Path) -> int:
    store = Store(path)
    note = "A long evening note, to make the journal heavy. " * 14
    first = dt.date(2016, 11, 27)
    with store.transaction():
        for i in range(DAYS - 1):
            day = (first + dt.timedelta(days=i)).isoformat()
            store.update_checkin(day, {"new_thing.text": f"new thing {i} 🌱",
                                       "new_thing.done": True, "mood": i % 11, "note": note})
        store.update_checkin("2026-11-26", {"note": "write 0"})
    return path.stat().st_size


def test_the_journal_survives_kill_9_mid_write(journal: Path) -> None:
    size = big_journal(journal)
    assert size > 3_000_000
    rng = random.Random(1234)
    acknowledged = 0
    mid_write = 0
    for kill in range(KILLS):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(journal)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        lines: list[str] = []
        reader = threading.Thread(target=lines.extend, args=(proc.stdout,))
        reader.start()
        threading.Event().wait(rng.uniform(0.0, 0.3))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        reader.join()
        if lines:
            acknowledged = int(lines[-1])
        leftovers = [p for p in journal.parent.iterdir() if p.name.endswith(".tmp")]
        mid_write += bool(leftovers)

        data = loads_strict(journal.read_text("utf-8"))
        assert is_journal(data)
        store = Store(journal)
        day = store.checkin("2026-11-26")
        assert day is not None and day.note is not None
        written = int(day.note.split()[1])
        # Every write the writer finished is on disk; at most the one after it too.
        assert acknowledged <= written <= acknowledged + 1
        acknowledged = written
        assert len(store.checkin_dates()) == DAYS
        exported = exchange.to_json(exchange.gather(store), dt.datetime.now(dt.UTC))
        assert len(json.loads(exported)["checkins"]) == DAYS
        if kill % 8 == 0:
            result = kindness("export", "--db", journal)
            assert result.returncode == 0, result.stderr
            assert len(json.loads(result.stdout)["checkins"]) == DAYS
    print(f"{KILLS} kills, {acknowledged} writes, {mid_write} left a half-written temporary")
    assert acknowledged > 0
    # The next writer removes what the last killed one left, here and among the backups.
    Store(journal).update_checkin("2026-11-25", {"mood": 1})
    for folder in (journal.parent, backups.folder_for(journal)):
        assert not [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]
