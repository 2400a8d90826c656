"""What the app may read, replace or create on disk (SPEC §4.3, "Paths" and "Private").

The journal may be a symlink (say into a synced folder): it is read through
the link, and a write replaces the file the link points to, so the link stays
a link. Anything but a regular file (a folder, a FIFO, a device, a socket) and
a journal owned by another user (root included) is refused in one line, never
opened, read, chmodded or replaced. Folders the app creates are 0700, each
missing level of them.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from kindness_tui.data.errors import JournalUnreadable

READ_FLAGS = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC
"""Opening a FIFO that slipped in after the stat returns at once instead of hanging."""

_KINDS = {
    stat.S_IFDIR: "a folder",
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFLNK: "a symbolic link",
}


def kind_of(mode: int) -> str:
    """What a file of `mode` is, in words ("a folder", "a FIFO (named pipe)", …)."""
    return _KINDS.get(stat.S_IFMT(mode), "a special file")


def owner_of(uid: int) -> str:
    """Who `uid` is, in words ("user ann (uid 1000)")."""
    import pwd

    try:
        return f"user {pwd.getpwuid(uid).pw_name} (uid {uid})"
    except KeyError:
        return f"uid {uid}"


def shown_path(path: Path) -> str:
    """`path`, and where it leads when it is a symlink (for messages only)."""
    if os.path.islink(path):
        return f"{path} (a link to {os.path.realpath(path)})"
    return str(path)


def check_own_file(
    st: os.stat_result, named: str, kind: str, *, if_another_kind: str, if_not_yours: str
) -> None:
    """Refuse a file whose stat is `st` unless it is a regular file of this user's.

    The one rule for the journal and its lock file alike: anything else is never
    read, chmodded or replaced. `named` says which file, `kind` what it should
    be ("a journal"); the last two follow "so it was left untouched" in each message.
    """
    if not stat.S_ISREG(st.st_mode):
        raise JournalUnreadable(
            f"{named} is {kind_of(st.st_mode)}, not {kind}, so it was left untouched"
            + if_another_kind
        )
    if st.st_uid != os.geteuid():
        raise JournalUnreadable(
            f"{named} belongs to {owner_of(st.st_uid)}, not to you, so it was left untouched"
            + if_not_yours
        )


def check_journal_file(path: Path, st: os.stat_result) -> None:
    """Refuse `path` (whose stat, through any symlink, is `st`) unless it is a regular
    file of this user's: anything else is never read, chmodded or replaced."""
    check_own_file(
        st,
        shown_path(path),
        "a journal",
        if_another_kind="; give --db (or KINDNESS_DB) a journal file such as kindness.json",
        if_not_yours="; run kindness as its owner, or give --db a journal of your own",
    )


def replaceable_target(path: Path) -> Path:
    """The file a write to `path` replaces: `path`, or the file its symlinks lead to.

    The link stays a link. Anything at the end that is not a regular file (a
    folder, a FIFO, a device, a socket) is refused rather than replaced. One lstat
    for a path that is not a link.
    """
    target = path
    for _ in range(40):
        try:
            st = os.lstat(target)
        except FileNotFoundError:
            return target
        if stat.S_ISLNK(st.st_mode):
            target = target.parent / os.readlink(target)
            continue
        if not stat.S_ISREG(st.st_mode):
            raise JournalUnreadable(
                f"{shown_path(path)} is {kind_of(st.st_mode)}, not a file, so it was left untouched"
            )
        return target
    raise JournalUnreadable(f"{path} is a loop of symbolic links, so it was left untouched")


def make_private_folder(folder: Path) -> None:
    """Make sure `folder` is a folder, creating it and each missing parent 0700.

    `mkdir`'s mode goes through the umask, so each level made here is chmodded
    too; a folder that already existed is left as it is, and anything in the
    way that is not a folder is refused.
    """
    try:
        st = os.stat(folder)
    except FileNotFoundError:
        pass
    else:
        if not stat.S_ISDIR(st.st_mode):
            raise JournalUnreadable(
                f"{shown_path(folder)} is {kind_of(st.st_mode)}, not a folder; nothing was changed"
            )
        return
    missing = [folder]
    while True:
        parent = missing[-1].parent
        if parent == missing[-1] or os.path.exists(parent):
            break
        missing.append(parent)
    for level in reversed(missing):
        try:
            os.mkdir(level, 0o700)
        except FileExistsError:
            continue  # made by another process meanwhile: not ours to change
        os.chmod(level, 0o700)
