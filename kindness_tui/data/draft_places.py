"""Where a journal's drafts live, and which are waiting (see `drafts`).

Apart from `drafts` so that a start can look for drafts left by a killed
session without loading what only typing needs. A draft waits when its
session's lock can be taken: that session ended without saving it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import zlib
from collections.abc import Iterator
from pathlib import Path


def folder_for(journal: Path) -> Path:
    """Where a journal's drafts live: `kindness.json.drafts/` beside it."""
    return journal.with_name(journal.name + ".drafts")


def fallback_folder_for(journal: Path) -> Path:
    """Where they live when the journal's folder cannot take a file (a full disk, a
    read-only mount): the user's state folder, one folder per journal."""
    from platformdirs import user_state_dir

    # Two CRC-32s, not hashlib (OpenSSL would cost every start about 0.65 MB).
    where = str(journal.expanduser().absolute()).encode("utf-8", "surrogateescape")
    key = f"{zlib.crc32(where):08x}{zlib.crc32(where[::-1], 0x9E3779B9):08x}"
    return Path(user_state_dir("kindness", appauthor=False)) / "drafts" / key


def draft_folders(journal: Path) -> tuple[Path, Path]:
    return folder_for(journal), fallback_folder_for(journal)


def host() -> str:
    """This machine's name as a draft's name starts with it."""
    return re.sub(r"[^A-Za-z0-9-]", "_", os.uname().nodename)[:40] or "host"


def draft_names(journal: Path) -> Iterator[tuple[Path, str]]:
    """Every draft file's folder and name, beside the journal and in the fallback folder."""
    for folder in draft_folders(journal):
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            continue
        for name in names:
            if name.endswith(".json"):
                yield folder, name


def has_leftovers(journal: Path) -> bool:
    """Whether this machine has drafts for the journal at all (two listdirs)."""
    prefix = host() + "."
    return any(name.startswith(prefix) for _folder, name in draft_names(journal))


@contextlib.contextmanager
def dead_session_drafts(journal: Path) -> Iterator[list[Path]]:
    """This machine's drafts whose sessions have ended, each held so no other start takes it."""
    held: list[int] = []
    found: list[Path] = []
    try:
        prefix = host() + "."
        for folder, name in draft_names(journal):
            if not name.startswith(prefix):
                continue
            lock_path = folder / (name[: -len(".json")] + ".lock")
            try:
                fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError:
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:  # a session that is still open
                os.close(fd)
                continue
            held.append(fd)
            found.append(folder / name)
        yield found
    finally:
        for fd in held:
            os.close(fd)
