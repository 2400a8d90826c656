"""Finding the conflict copies sync tools leave beside the journal (SPEC §5, "Synced folders").

Syncthing, Dropbox and Nextcloud never merge two versions of a file: when two
devices changed the journal before syncing, one version is renamed and kept
beside it. For a journal `kindness.json` those names are:

- Syncthing: `kindness.sync-conflict-20261130-081502-ABCDEF1.json`;
- Dropbox: `kindness (Ana's conflicted copy 2026-11-30).json`, with a time or a
  number in some versions (`… 2026-11-30 (1)).json`, `… 2026-11-30) (1).json`);
- Nextcloud: `kindness (conflicted copy 2026-11-30 081502).json` (the user's
  name may come first), ownCloud: `kindness_conflict-20261130-081502.json`.

They are looked for where the journal's file is (where a symlinked journal
leads, since that is the synced folder). This module only finds them, cheaply
(one listing of the folder): every command looks, and `kindness today` must
stay quick. Merging them is `conflict_folding`.
"""

from __future__ import annotations

import functools
import os
import re
import time
from pathlib import Path

from kindness_tui.data.errors import JournalError
from kindness_tui.data.file_safety import replaceable_target

RECENT = 2.0
"""Seconds within which a folder that changed is listed again, even if its time looks the same
(a copy arriving in the same clock tick as the last look is not missed)."""


@functools.lru_cache(maxsize=8)
def _pattern(name: str) -> re.Pattern[str]:
    head, dot, tail = name.rpartition(".")
    stem, ext = (re.escape(head), re.escape(dot + tail)) if head else (re.escape(name), "")
    return re.compile(
        rf"{stem}\.sync-conflict-[0-9]{{8}}-[0-9]{{6}}-[A-Za-z0-9]+{ext}"
        rf"|{stem} \((?:[^()]* )?(?i:conflicted copy)(?:[^()]|\([0-9]+\))*\)(?: ?\([0-9]+\))?{ext}"
        rf"|{stem}_conflict-[0-9]{{8}}-[0-9]{{6}}{ext}"
    )


def is_conflict_copy(journal_name: str, name: str) -> bool:
    """Whether `name` is a sync tool's conflict copy of the journal called `journal_name`."""
    return _pattern(journal_name).fullmatch(name) is not None


def where_copies_land(journal: Path) -> Path:
    """The journal's file: a symlinked journal's copies appear beside what it leads to."""
    try:
        return replaceable_target(journal)
    except (JournalError, OSError):
        return journal


def find_copies(journal: Path) -> list[Path]:
    """The conflict copies beside the journal, by name (one listing of its folder)."""
    target = where_copies_land(journal)
    pattern = _pattern(target.name)
    try:
        names = os.listdir(target.parent)
    except OSError:
        return []
    return [target.parent / name for name in sorted(names) if pattern.fullmatch(name)]


class CopyWatch:
    """Tells an open app when conflict copies may have arrived: one stat of the folder a
    second, and a listing only when the folder changed."""

    def __init__(self, journal: Path) -> None:
        self.journal = journal
        self._seen: tuple[int, int, str] | None = None

    def look(self) -> list[Path]:
        """The copies beside the journal when its folder changed since the last look."""
        target = where_copies_land(self.journal)
        try:
            st = os.stat(target.parent)
        except OSError:
            return []
        seen = (st.st_ino, st.st_mtime_ns, target.name)
        if seen == self._seen and time.time_ns() - st.st_mtime_ns > RECENT * 1e9:
            return []
        self._seen = seen
        return find_copies(self.journal)
