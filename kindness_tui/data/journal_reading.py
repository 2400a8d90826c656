"""Reading the journal file, and refusing what must not be overwritten (SPEC §4.3).

The journal is `os.stat`ed before it is opened: anything but a regular file of
this user's is refused at once (see `file_safety`). A journal that is not
text, not JSON, not this app's, damaged, or empty while backups of it exist is
refused naming the newest good backup. A journal missing while its backups
exist (or that vanished while open, or a link leading nowhere) is refused
rather than silently started anew. A journal readable by others is made
private, with a warning.

What was read is remembered by its `Signature`, so the storage can tell with
one stat whether another process has written the journal since.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import NoReturn

from kindness_tui.data.errors import JournalUnreadable
from kindness_tui.data.file_safety import READ_FLAGS, check_journal_file
from kindness_tui.data.journal_shape import Tables, is_journal, well_formed
from kindness_tui.data.strict_json import loads_strict

# `backups` is imported where it is used: a read (`kindness today`) never needs it.

Signature = tuple[int, int, int, int, int, bytes]
"""What identifies one version of the journal without reading it all.

(device, inode, size, mtime, ctime, first bytes). The first bytes hold the
meta record with a fresh random stamp per write, so a reused inode with the
same size inside one timestamp tick still counts as a change.
"""

HEAD_BYTES = 160


def stat_key(st: os.stat_result) -> tuple[int, int, int, int, int]:
    """The part of a `Signature` one stat gives."""
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def read_head(path: Path) -> bytes | None:
    """The first bytes of the file at `path` (the last part of a `Signature`)."""
    try:
        fd = os.open(path, READ_FLAGS)
    except OSError:
        return None
    try:
        return os.read(fd, HEAD_BYTES)
    except OSError:
        return None
    finally:
        os.close(fd)


def read_journal(
    path: Path, *, share_keys: bool, was_open: bool, warnings: list[str]
) -> tuple[Tables | None, Signature | None]:
    """The journal at `path`, parsed, and the version read; or JournalUnreadable.

    The tables are None for a new journal (no file yet, or an empty one), the
    signature when there is no file yet. `was_open` says this session read the
    journal before (so a missing file went missing); a journal made private on
    the way adds a line to `warnings`.
    """
    # One stat before anything opens the path: a FIFO would hang the open, a
    # device could do anything, and neither may be chmodded or replaced.
    try:
        check_journal_file(path, os.stat(path))
        fd = os.open(path, READ_FLAGS)
    except FileNotFoundError:
        _refuse_if_gone(path, was_open)
        return None, None
    except OSError as exc:
        raise JournalUnreadable(
            f"cannot read {path} ({exc.strerror}); it was left untouched"
        ) from None
    try:
        with open(fd, "rb") as fh:
            st = os.fstat(fd)
            check_journal_file(path, st)  # the same again, in case it was swapped
            _tighten_permissions(path, fd, st, warnings)
            raw = fh.read()
    except OSError as exc:
        raise JournalUnreadable(
            f"cannot read {path} ({exc.strerror}); it was left untouched"
        ) from None
    head = raw[:HEAD_BYTES]
    # The bytes, the text and the parsed tables are each as big as the journal:
    # drop the bytes before parsing and the text after, so at most two are alive.
    text = _decode(path, raw)
    del raw
    data = None if text is None else _parse(path, text, share_keys)
    del text
    return data, (*stat_key(st), head)


def _decode(path: Path, raw: bytes) -> str | None:
    """The journal's text; None for a new, empty journal."""
    if not raw or raw[0] in b" \t\r\n" and not raw.strip(b" \t\r\n"):
        newest = _newest_good(path)
        if newest is None:
            return None
        refuse(path, "is empty, but backups exist", newest)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        refuse(path, "is not text")


def _parse(path: Path, text: str, share_keys: bool) -> Tables:
    hook = None
    if share_keys:
        from kindness_tui.data.key_sharing import sharing_keys

        hook = sharing_keys
    try:
        data = loads_strict(text, hook)
    except (ValueError, RecursionError):
        refuse(path, "is not valid JSON")
    if not isinstance(data, dict) or not is_journal(data):
        refuse(path, "is not a Kindness journal")
    if not well_formed(data):
        refuse(path, "is damaged (its tables are not in the expected shape)")
    return data


def refuse(path: Path, problem: str, newest: Path | None = None) -> NoReturn:
    """Refuse the journal, naming the newest good backup (looked up unless given)."""
    newest = newest or _newest_good(path)
    hint = (
        f"; the newest good backup is {newest} (`kindness backups restore {newest.name}`)"
        if newest
        else "; no backup was found"
    )
    raise JournalUnreadable(f"{path} {problem}, so it was left untouched{hint}")


def _newest_good(path: Path) -> Path | None:
    from kindness_tui.data import backups

    return backups.newest_good(path)


def _tighten_permissions(path: Path, fd: int, st: os.stat_result, warnings: list[str]) -> None:
    """Make the open journal (a regular file of this user's) private, with a warning."""
    mode = stat.S_IMODE(st.st_mode)
    if not mode & 0o077:
        return
    try:
        os.fchmod(fd, 0o600)
    except OSError:
        return
    warnings.append(
        f"{path} could be read by others (mode {mode:o}); it is now private to you (600)"
    )


def _refuse_if_gone(path: Path, was_open: bool) -> None:
    """No journal at the path: a new one, unless this one went missing.

    It went missing when the path is a link leading nowhere, when it was open
    in this session, or when backups of it exist: then nothing is created,
    so that a journal moved away (a sync tool, a stray `mv`) is never
    replaced by an empty one while its last good backups rotate away.
    """
    from kindness_tui.data import backups

    found = backups.list_backups(path)
    dangling = os.path.islink(path)
    if not found and not dangling and not was_open:
        return
    if dangling:
        problem = f"{path} is a link to {os.path.realpath(path)}, which is missing"
    elif was_open:
        problem = f"{path} has gone missing since it was opened"
    else:
        problem = f"{path} is missing, but backups of it exist"
    newest = next((b.path for b in found if backups.is_good(b.path)), None)
    afresh = f" (to start afresh instead, move {backups.folder_for(path)} away first)"
    if newest is not None:
        hint = (
            f"put it back, or restore the newest good backup {newest} with "
            f"`kindness backups restore {newest.name}`{afresh}"
        )
    elif found:
        hint = (
            f"put it back; its backups in {backups.folder_for(path)} cannot be read "
            f"(`kindness backups` lists them){afresh}"
        )
    elif dangling:
        hint = "put the journal back there, or remove the link to begin a new journal"
    else:
        hint = "put it back, or start again to begin a new journal"
    raise JournalUnreadable(f"{problem}, so no new journal was made; {hint}")
