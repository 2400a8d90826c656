"""Several real `kindness log` processes writing the same days at once lose nothing."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from kindness_tui.data.store import Store
from tests.unit.cli_run import kindness

WORKERS = 4
WRITES_PER_WORKER = 60
DAYS = [f"2026-10-{d:02d}" for d in range(1, 31)]

# Each worker owns one field; all four write every one of the same 30 days twice.
FIELDS = {
    0: lambda day, n: ["--new", f"new {day} pass {n}"],
    1: lambda day, n: ["--mood", str((int(day[-2:]) + n) % 11)],
    2: lambda day, n: ["--kindness", f"kind {day} pass {n}", "--plan"],
    3: lambda day, n: ["--note", f"note {day} pass {n}\nwith a second line"],
}


def worker(journal: Path, number: int) -> list[str]:
    rng = random.Random(number)
    problems = []
    for n in range(WRITES_PER_WORKER // len(DAYS)):
        days = list(DAYS)
        rng.shuffle(days)
        for day in days:
            result = kindness("log", "--db", journal, "--date", day, *FIELDS[number](day, n))
            if result.returncode != 0:
                problems.append(result.stderr)
    return problems


def test_four_writers_on_the_same_days_lose_nothing(journal: Path) -> None:
    Store(journal).set_setting("start", True)
    start_generation = Store(journal).generation
    with ThreadPoolExecutor(WORKERS) as pool:
        results = list(pool.map(lambda n: worker(journal, n), range(WORKERS)))
    assert results == [[]] * WORKERS
    store = Store(journal)
    assert store.generation == start_generation + WORKERS * WRITES_PER_WORKER
    last = WRITES_PER_WORKER // len(DAYS) - 1
    for day in DAYS:
        checkin = store.checkin(day)
        assert checkin is not None, day
        assert checkin.new_thing is not None and checkin.kindness is not None
        assert checkin.new_thing.text == f"new {day} pass {last}"
        assert checkin.new_thing.done is True
        assert checkin.mood == (int(day[-2:]) + last) % 11
        assert checkin.kindness.text == f"kind {day} pass {last}"
        assert checkin.kindness.done is False
        assert checkin.note == f"note {day} pass {last}\nwith a second line"
    assert store.setting("start") is True
    json.loads(journal.read_text("utf-8"))


ADD_IDEAS = """
import sys
from kindness_tui.data.store import Store
store = Store(sys.argv[1], lock_timeout=30)
for i in range(int(sys.argv[3])):
    store.add_idea("kindness", f"idea {sys.argv[2]}-{i}")
"""


def test_ids_never_clash_across_processes(journal: Path) -> None:
    Store(journal).set_setting("start", True)
    procs = [
        subprocess.Popen([sys.executable, "-c", ADD_IDEAS, str(journal), str(n), "40"])
        for n in range(WORKERS)
    ]
    assert [p.wait(timeout=120) for p in procs] == [0] * WORKERS
    ideas = Store(journal).ideas()
    assert len(ideas) == WORKERS * 40
    assert len({i.id for i in ideas}) == WORKERS * 40
    assert {i.text for i in ideas} == {f"idea {n}-{i}" for n in range(WORKERS) for i in range(40)}
