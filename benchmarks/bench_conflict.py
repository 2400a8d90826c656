"""`kindness today` with one pending sync conflict copy beside the 10-year journal, vs none.

Measured: `kindness today --db JOURNAL` while a Syncthing conflict copy waits
beside the journal (the same 10 years, with the last day's note changed on
"the phone"), spawn to exit: it finds the copy, merges it under the lock, writes
the journal, moves the copy into the backups and says so. Baseline: the same
command on the same journal with no copy (it only lists the folder). Before
each measured run the journal is put back as it was and a fresh copy is put
beside it (not timed); the day's backup already exists, as after any change
earlier that day. A B A B …, the median of the pairwise ratios (SPEC §6 style).

    python benchmarks/bench_conflict.py [PAIRS]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import Row, child_env, kindness, main, pairs, progress

COPY_NAME = "kindness.sync-conflict-20261127-081502-ABCDEF1.json"


def timed(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=True)  # fmt: skip
    return time.perf_counter() - start


def phone_version(db: Path, folder: Path) -> bytes:
    """The journal as another device changed it: the last day's note written there."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from kindness_tui.data.store import Store

    phone = folder / "phone" / "kindness.json"
    phone.parent.mkdir()
    shutil.copyfile(db, phone)
    Store(phone).update_checkin("2026-11-26", {"note": "written on the phone, in the bus"})
    return phone.read_bytes()


def run(db: Path, n: int = 10) -> list[Row]:
    progress(f"kindness today with a pending conflict copy: {n} pairs")
    with tempfile.TemporaryDirectory(prefix="kindness-conflict-", dir=db.parent) as name:
        folder = Path(name)
        original = db.read_bytes()
        copy_bytes = phone_version(db, folder)
        journal = folder / "kindness.json"
        journal.write_bytes(original)
        journal.chmod(0o600)
        copy = folder / COPY_NAME
        backups = folder / "kindness.json.backups"
        today = kindness("today", "--db", str(journal))

        def with_copy() -> float:
            journal.write_bytes(original)
            copy.write_bytes(copy_bytes)
            for kept in backups.glob("kindness.sync-conflict-*"):
                kept.unlink()
            took = timed(today)
            assert not copy.exists(), "the copy was not merged"
            return took

        def without() -> float:
            journal.write_bytes(original)
            return timed(today)

        a, b = pairs(n, with_copy, without)  # the warm-up pair makes the day's backup
    return [Row("`kindness today`, one conflict copy pending vs none", "s", a, b, None)]


if __name__ == "__main__":
    main(run)
