"""One save of a check-in change vs one atomic json.dump of the same data (in-process).

Measured: `Store.update_checkin(today, {"mood": …})` on a copy of the 10-year
journal (the store was opened and has read the journal once, as in the app).
Baseline: the journal's data, already in memory, written with `json.dump` to a
temporary file in the same folder, flushed, fsynced, `os.replace`d over a
file, and the folder fsynced. The first pair is not recorded (it makes the
day's backup, which happens once a day).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from common import Row, main, pairs, progress


def atomic_dump(data: object, target: Path) -> None:
    tmp = target.with_name(f".{target.name}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    fd = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def run(db: Path, n: int = 10) -> list[Row]:
    from kindness_tui.data.store import Store

    progress(f"one save: {n} pairs")
    with tempfile.TemporaryDirectory(prefix="kindness-save-", dir=db.parent) as folder:
        copy = Path(folder) / "journal.json"
        shutil.copyfile(db, copy)
        copy.chmod(0o600)
        store = Store(copy)
        store.checkin("2026-11-26")  # opened and read, as the app has it
        data = json.loads(copy.read_text("utf-8"))
        target = Path(folder) / "plain.json"
        count = iter(range(10**9))

        def save() -> float:
            mood = next(count) % 11
            start = time.perf_counter()
            store.update_checkin("2026-11-26", {"mood": mood})
            return time.perf_counter() - start

        def dump() -> float:
            start = time.perf_counter()
            atomic_dump(data, target)
            return time.perf_counter() - start

        saved, dumped = pairs(n, save, dump)
    return [Row("one check-in save (Store.update_checkin)", "s", saved, dumped, 2.0)]


if __name__ == "__main__":
    main(run)
