"""Writing a file so that a crash leaves the old one or the new one (SPEC §4.3, "Atomic").

Every atomic write (journal, backups, drafts, exports) writes a temporary in
the target's folder, fsyncs it, replaces the target with `os.replace` and
fsyncs the folder. The temporary is named
`~syncthing~<file name>.kindness-<pid>-<random hex>.tmp`, so that no sync tool
carries it to another device: Syncthing never syncs a name starting with
`~syncthing~` (its Windows temporary prefix, recognized on every system), and
Dropbox and Nextcloud skip a name that starts with `~` and ends in `.tmp`.
Syncthing's own temporaries (`~syncthing~<file name>.tmp`) never look like
ours. The pid says whose it is: a writer holding the journal's lock removes
those of the journal and of its backups whose process is gone
(`sweep_temporaries`), also the `.syncthing.<name>.kindness-<pid>-<hex>.tmp`
and `.<name>.<pid>.<ns>.tmp` ones earlier versions made, and nothing else.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from kindness_tui.data.file_safety import replaceable_target

TEMPORARY_PREFIX = "~syncthing~"
"""No sync tool syncs a file whose name starts so and ends in `.tmp` (see the module
docstring)."""


def fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temporary_name(name: str) -> str:
    """The name of a temporary for the file called `name` (see the module docstring)."""
    return f"{TEMPORARY_PREFIX}{name}.kindness-{os.getpid()}-{os.urandom(4).hex()}.tmp"


def write_atomic(path: Path, payload: bytes) -> None:
    """Replace `path` with `payload` so that a crash leaves the old file or the new one.

    A symlink at `path` stays: the file it leads to is replaced (`replaceable_target`).
    """
    target = replaceable_target(path)
    folder = target.parent
    tmp = folder / temporary_name(target.name)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    try:
        try:
            os.fchmod(fd, 0o600)
            view = memoryview(payload)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_folder(folder)


def _writer_gone(pid: int) -> bool:
    """True when no process `pid` runs on this machine (so its temporary is a leftover)."""
    if not 0 < pid < 2**31:
        return True
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # it exists, as another user's process
        return False
    return False


def sweep_temporaries(folder: Path, name: str | None = None) -> int:
    """Remove the temporaries in `folder` left by writers that were killed; how many.

    Only this app's names (the current scheme and the two of earlier versions), only
    for the file `name` (or any `*.json`, for the backups folder), and only those whose
    process is gone. Call it under the journal's lock, which every writer of the journal
    and of its backups holds.
    """
    import re

    file = re.escape(name) if name is not None else r"[^/]+\.json"
    pattern = re.compile(
        rf"(?:~syncthing~|\.syncthing\.){file}\.kindness-(?P<pid>\d+)-[0-9a-f]+\.tmp"
        rf"|\.{file}\.(?P<old_pid>\d+)\.\d+\.tmp"
    )
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        found = pattern.fullmatch(entry.name)
        if found is None:
            continue
        with contextlib.suppress(OSError):
            if not entry.is_file(follow_symlinks=False):
                continue
            if _writer_gone(int(found["pid"] or found["old_pid"])):
                os.unlink(entry.path)
                removed += 1
    return removed
