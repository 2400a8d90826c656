"""Rotating copies of the journal: the first version of each day, and one before a migration."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from kindness_tui.data.atomic_write import write_atomic
from kindness_tui.data.file_safety import (
    check_journal_file,
    make_private_folder,
    replaceable_target,
)
from kindness_tui.data.journal_lock import JournalLock
from kindness_tui.data.journal_shape import is_journal
from kindness_tui.data.strict_json import loads_strict

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
    """True when a backup parses (strictly) as a Kindness journal."""
    try:
        data = loads_strict(path.read_bytes().decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return False
    return isinstance(data, dict) and is_journal(data)


def newest_good(journal: Path) -> Path | None:
    for backup in list_backups(journal):
        if is_good(backup.path):
            return backup.path
    return None


def _copy_private(source: Path, target: Path) -> None:
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
    daily = sorted(p for p in folder_for(journal).glob("????-??-??.json") if p.name[:4].isdigit())
    for old in daily[:-KEEP_DAYS]:
        old.unlink(missing_ok=True)
    return target


def _stamped(journal: Path, prefix: str) -> Path:
    """A backup path named after now that no other backup has."""
    folder = folder_for(journal)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = folder / f"{prefix}-{stamp}.json"
    count = 1
    while target.exists():
        count += 1
        target = folder / f"{prefix}-{stamp}-{count}.json"
    return target


def keep_before_migration(journal: Path, from_schema: int) -> Path:
    """Copy the journal as it is before a migration rewrites it (never rotated away)."""
    target = _stamped(journal, f"before-migration-v{from_schema}")
    _copy_private(journal, target)
    return target


def keep_before_import(journal: Path) -> Path:
    """Copy the journal as it is before `import --overwrite` replaces records (never rotated)."""
    target = _stamped(journal, "before-import")
    _copy_private(journal, target)
    return target


def find(journal: Path, name: str) -> Path:
    """The backup called `name` (a bare file name); FileNotFoundError when there is none."""
    base = os.path.basename(name)
    source = folder_for(journal) / base
    if not base or base != name or not source.is_file() or source.suffix != ".json":
        raise FileNotFoundError(name)
    return source


def restore(journal: Path, name: str, *, lock_timeout: float = 5.0) -> tuple[Path, Path | None]:
    """Put backup `name` back as the journal, under the journal's lock.

    The journal as it was (even one that cannot be read) is kept as a
    `before-restore-…` backup first. A symlinked journal stays a link: the file
    it leads to gets the backup, under the lock beside that file. A journal that
    is not a regular file of this user's is refused, never replaced. Works while
    the journal is missing (that is when it is needed most). Returns the backup
    used and that copy.
    """
    source = find(journal, name)
    if not is_good(source):
        raise ValueError(f"{source} is not a readable Kindness journal")
    payload = source.read_bytes()
    target = replaceable_target(journal)
    lock = JournalLock(target.with_name(target.name + ".lock"), lock_timeout)
    lock.acquire()
    try:
        kept = None
        try:
            st = os.stat(target)
        except FileNotFoundError:
            st = None
        if st is not None:
            check_journal_file(journal, st)
            if st.st_size:
                kept = _stamped(journal, "before-restore")
                _copy_private(journal, kept)
        write_atomic(journal, payload)
    finally:
        lock.release()
    return source, kept
