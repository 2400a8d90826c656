"""Two devices sharing one journal through a sync tool, as real files (for the merge tests).

One journal is copied to a second folder (what a sync does), each side is
changed with its own clock, and the second is put back beside the first under
the name the sync tool gives a conflict copy.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from kindness_tui.data.store import Store

DAY = "2026-11-26"
SYNCTHING = "kindness.sync-conflict-20261130-081502-ABCDEF1.json"
DROPBOX = "kindness (Ana's conflicted copy 2026-11-30).json"
NEXTCLOUD = "kindness (conflicted copy 2026-11-30 081502).json"


def device(path: Path, clock: int) -> Store:
    """The journal at `path` as one device sees it, its clock stopped at `clock` (ms)."""
    return Store(path, change_time=lambda: clock, backup_day=lambda: DAY)


def synced(journal: Path, name: str = "phone") -> Path:
    """A second device's journal: a copy of `journal` as a sync tool would make it."""
    other = journal.parent.parent / name / journal.name
    other.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(journal, other)
    return other


def conflict(journal: Path, other: Path, name: str = SYNCTHING) -> Path:
    """Put the other device's journal beside `journal` as the sync tool's conflict copy
    (in one rename, as Syncthing moves its finished temporary file into place)."""
    copy = journal.parent / name
    os.replace(other, copy)
    return copy
