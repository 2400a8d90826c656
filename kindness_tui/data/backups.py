"""Rotating copies of the journal: the first version of each day, and one before a migration."""

from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

KEEP_DAYS = 14
"""How many daily backups to keep (SPEC asks for at least 7)."""


@dataclass(frozen=True)
class Backup:
    path: Path
    name: str
    size: int
    modified: float


def folder_for(journal: Path) -> Path:
    return journal.with_name(journal.name + ".backups")


def list_backups(journal: Path) -> list[Backup]:
    """Every backup of `journal`, newest first."""
    folder = folder_for(journal)
    try:
        entries = [p for p in folder.iterdir() if p.suffix == ".json" and p.is_file()]
    except (FileNotFoundError, NotADirectoryError):
        return []
    found = []
    for path in entries:
        st = path.stat()
        found.append(Backup(path, path.name, st.st_size, st.st_mtime))
    found.sort(key=lambda b: (b.modified, b.name), reverse=True)
    return found


def is_good(path: Path) -> bool:
    """True when a backup parses as a Kindness journal."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return False
    meta = data.get("meta") if isinstance(data, dict) else None
    return isinstance(meta, dict) and any(
        isinstance(d, dict) and d.get("app") == "kindness" for d in meta.values()
    )


def newest_good(journal: Path) -> Path | None:
    for backup in list_backups(journal):
        if is_good(backup.path):
            return backup.path
    return None


def _copy_private(source: Path, target: Path) -> None:
    from kindness_tui.data.safe_storage import make_private_folder, write_atomic

    make_private_folder(target.parent)
    write_atomic(target, source.read_bytes())


def keep_daily(journal: Path, day: str) -> Path | None:
    """Before the first change of `day`, copy the journal as it is; drop the oldest copies."""
    if not journal.exists() or journal.stat().st_size == 0:
        return None
    target = folder_for(journal) / f"{day}.json"
    if target.exists():
        return None
    _copy_private(journal, target)
    daily = sorted(
        p for p in folder_for(journal).glob("????-??-??.json") if p.name[:4].isdigit()
    )
    for old in daily[:-KEEP_DAYS]:
        old.unlink(missing_ok=True)
    return target


def keep_before_migration(journal: Path, from_schema: int) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = folder_for(journal) / f"before-migration-v{from_schema}-{stamp}.json"
    _copy_private(journal, target)
    return target


def restore(journal: Path, name: str) -> Path:
    """Put backup `name` back as the journal; the current file is kept as a backup first."""
    from kindness_tui.data.safe_storage import write_atomic

    source = folder_for(journal) / os.path.basename(name)
    if not source.is_file():
        raise FileNotFoundError(name)
    if not is_good(source):
        raise ValueError(f"{source} is not a readable Kindness journal")
    if journal.exists() and journal.stat().st_size:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        shutil.copyfile(journal, folder_for(journal) / f"before-restore-{stamp}.json")
        os.chmod(folder_for(journal) / f"before-restore-{stamp}.json", 0o600)
    write_atomic(journal, source.read_bytes())
    return source
