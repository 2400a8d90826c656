"""A TinyDB storage that keeps the journal safe (SPEC §4.3).

TinyDB's own JSONStorage rewrites the file in place, so a crash halfway
leaves half a journal. This one writes a temporary file in the same folder,
fsyncs it, replaces the journal with `os.replace` and fsyncs the folder; it
holds an exclusive lock on a separate lock file for every change and re-reads
the journal inside the lock when another process has changed it; it keeps
files private; it refuses to overwrite a file it cannot read.

Paths. The journal may be a symlink (say into a synced folder): it is read
through the link, and a write replaces the file the link points to, so the
link stays a link. The lock file and the temporary file live beside that file
(every path to one journal shares one lock); backups and drafts live beside
the path the person named (`--db`, `KINDNESS_DB` or the default), so each
device keeps its own. The journal is `os.stat`ed before it is opened:
anything but a regular file (a folder, a FIFO, a device, a socket) and a
journal owned by another user (root included) is refused in one line, never
opened, read, chmodded or replaced. A journal that is missing while backups
of it exist (or that vanished while open) is refused rather than silently
started anew. Folders the app creates are 0700, each missing level of them.

Temporary files. Every atomic write (journal, backups, drafts, exports) goes
through `write_atomic`, whose temporary is named
`.syncthing.<file name>.kindness-<pid>-<random hex>.tmp` in the target's
folder: hidden (a leading dot, which Nextcloud's client also skips by
default), with Syncthing's temporary prefix, which Syncthing never syncs, and
a `.tmp` suffix for the rest. Syncthing's own temporaries are
`.syncthing.<file name>.tmp`, which never look like ours. The pid says whose it
is: a writer holding the journal's lock removes those of the journal and of
its backups whose process is gone (`sweep_temporaries`), also the
`.<name>.<pid>.<ns>.tmp` ones earlier versions made, and nothing else.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import math
import os
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn

from tinydb.storages import Storage

from kindness_tui.data import migrations
from kindness_tui.data.errors import (
    JournalError,
    JournalLocked,
    JournalReadOnly,
    JournalUnreadable,
)
from kindness_tui.data.migrations import SCHEMA_VERSION

# `backups` is imported where it is used: a read (`kindness today`) never needs it.

__all__ = [
    "SCHEMA_VERSION",
    "JournalError",
    "JournalLocked",
    "JournalReadOnly",
    "JournalUnreadable",
    "SafeStorage",
    "make_private_folder",
    "replaceable_target",
    "sweep_temporaries",
    "write_atomic",
]

APP_MARK = "kindness"

Tables = dict[str, dict[str, Any]]
Signature = tuple[int, int, int, int, int, bytes]
"""What identifies one version of the journal without reading it all.

(device, inode, size, mtime, ctime, first bytes). The first bytes hold the
meta record with a fresh random stamp per write, so a reused inode with the
same size inside one timestamp tick still counts as a change.
"""

HEAD_BYTES = 160


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in a journal")


def _finite_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"{text} is too large a number for a journal")
    return number


class _CheckinFields:
    """Its instances lend their attribute dicts to check-ins (see `sharing_keys`)."""

    date: Any
    new_thing: Any
    kindness: Any
    self_kindness: Any
    mood: Any
    note: Any


class _ItemFields:
    """The same for a check-in's two items."""

    text: Any
    value_id: Any
    done: Any


_CHECKIN_KEYS = ("date", "new_thing", "kindness", "self_kindness", "mood", "note")
"""A check-in's keys in the order this app writes them (CheckIn.to_dict)."""


def sharing_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object as a dict; a check-in or an item as one whose keys are shared.

    A `json` object_pairs_hook for the app, which keeps the journal for hours: ten years
    hold about 3,000 check-ins and 5,000 items. Built as the attribute dict of a fresh
    instance, each is a plain dict that shares one key table with all the others
    (CPython's split tables) and holds only its values: 120 and 96 bytes instead of 272
    and 184, with one string per value id. Same keys, values and order, so TinyDB, the
    store and the file see no difference. Only the exact shapes this app writes are
    built this way (attributes set one by one: a `__dict__.update` would turn the sharing
    off for the class); anything else, a hand-edited key too, stays an ordinary dict.
    """
    if len(pairs) == 3:
        (k0, text), (k1, value_id), (k2, done) = pairs
        if k0 == "text" and k1 == "value_id" and k2 == "done":
            item = _ItemFields()
            item.text = text
            item.value_id = sys.intern(value_id) if type(value_id) is str else value_id
            item.done = done
            shared: dict[str, Any] = item.__dict__
            return shared
    elif len(pairs) == 6:
        (k0, date), (k1, new_thing), (k2, kindness), (k3, own), (k4, mood), (k5, note) = pairs
        if (k0, k1, k2, k3, k4, k5) == _CHECKIN_KEYS:
            checkin = _CheckinFields()
            checkin.date = date
            checkin.new_thing = new_thing
            checkin.kindness = kindness
            checkin.self_kindness = own
            checkin.mood = mood
            checkin.note = note
            shared = checkin.__dict__
            return shared
    return dict(pairs)


def loads_strict(
    text: str, object_pairs_hook: Callable[[list[tuple[str, Any]]], Any] | None = None
) -> Any:
    """json.loads that refuses NaN and Infinity, written out or as an overflowing 1e999."""
    return json.loads(
        text,
        parse_constant=_refuse_constant,
        parse_float=_finite_float,
        object_pairs_hook=object_pairs_hook,
    )


def dumps_strict(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


PIECE = 50
"""Documents written per piece of a journal (a fraction of a millisecond of JSON each)."""


def dumps_in_pieces(data: Tables) -> str:
    """The same text as `dumps_strict(data)`, made a few hundred documents at a time.

    `json.dumps` holds the interpreter's lock for the whole call: 35 ms for ten
    years of days, during which the interface could not echo a key. Between the
    pieces other threads run (the interface's), so typing never waits for a save.
    """
    parts = ["{"]
    for t, (name, table) in enumerate(data.items()):
        parts.append(("," if t else "") + dumps_strict(name) + ":{")
        items = list(table.items())
        for start in range(0, len(items), PIECE):
            piece = dumps_strict(dict(items[start : start + PIECE]))
            parts.append(("," if start else "") + piece[1:-1])
            time.sleep(0)  # let a waiting thread take the lock
        parts.append("}")
    parts.append("}")
    return "".join(parts)


def _stat_key(st: os.stat_result) -> tuple[int, int, int, int, int]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


_READ_FLAGS = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC
"""Opening a FIFO that slipped in after the stat returns at once instead of hanging."""


def _read_head(path: Path) -> bytes | None:
    try:
        fd = os.open(path, _READ_FLAGS)
    except OSError:
        return None
    try:
        return os.read(fd, HEAD_BYTES)
    except OSError:
        return None
    finally:
        os.close(fd)


_KINDS = {
    stat.S_IFDIR: "a folder",
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFLNK: "a symbolic link",
}


def _kind(mode: int) -> str:
    return _KINDS.get(stat.S_IFMT(mode), "a special file")


def _owner(uid: int) -> str:
    import pwd

    try:
        return f"user {pwd.getpwuid(uid).pw_name} (uid {uid})"
    except KeyError:
        return f"uid {uid}"


def _shown(path: Path) -> str:
    """`path`, and where it leads when it is a symlink (for messages only)."""
    if os.path.islink(path):
        return f"{path} (a link to {os.path.realpath(path)})"
    return str(path)


def check_journal_file(path: Path, st: os.stat_result) -> None:
    """Refuse `path` (whose stat, through any symlink, is `st`) unless it is a regular
    file of this user's: anything else is never read, chmodded or replaced."""
    if not stat.S_ISREG(st.st_mode):
        raise JournalUnreadable(
            f"{_shown(path)} is {_kind(st.st_mode)}, not a journal, so it was left untouched; "
            "give --db (or KINDNESS_DB) a journal file such as kindness.json"
        )
    if st.st_uid != os.geteuid():
        raise JournalUnreadable(
            f"{_shown(path)} belongs to {_owner(st.st_uid)}, not to you, so it was left "
            "untouched; run kindness as its owner, or give --db a journal of your own"
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
                f"{_shown(path)} is {_kind(st.st_mode)}, not a file, so it was left untouched"
            )
        return target
    raise JournalUnreadable(f"{path} is a loop of symbolic links, so it was left untouched")


def fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


TEMPORARY_PREFIX = ".syncthing."
"""Syncthing never syncs a file whose name starts so (see the module docstring)."""


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

    Only this app's names (the current scheme and the `.<name>.<pid>.<ns>.tmp` of
    earlier versions), only for the file `name` (or any `*.json`, for the backups
    folder), and only those whose process is gone. Call it under the journal's lock,
    which every writer of the journal and of its backups holds.
    """
    import re

    file = re.escape(name) if name is not None else r"[^/]+\.json"
    pattern = re.compile(
        rf"\.syncthing\.{file}\.kindness-(?P<pid>\d+)-[0-9a-f]+\.tmp"
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
                f"{_shown(folder)} is {_kind(st.st_mode)}, not a folder; nothing was changed"
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


def _describe_os_error(exc: OSError, path: Path) -> str:
    if exc.errno == errno.ENOSPC:
        return (
            f"the disk holding {path} is full; nothing was changed. Free some space and try again"
        )
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"no permission to write {path}; nothing was changed"
    if exc.errno == errno.EROFS:
        return f"{path} is on a read-only file system; nothing was changed"
    return f"could not write {path} ({exc.strerror or exc}); nothing was changed"


def _check_lock_file(path: Path, st: os.stat_result) -> None:
    if not stat.S_ISREG(st.st_mode):
        raise JournalUnreadable(
            f"the lock file {path} is {_kind(st.st_mode)}, not a file, so it was left "
            "untouched and nothing was changed; remove it and try again"
        )
    if st.st_uid != os.geteuid():
        raise JournalUnreadable(
            f"the lock file {path} belongs to {_owner(st.st_uid)}, not to you, so it was "
            "left untouched and nothing was changed"
        )


class JournalLock:
    """An exclusive lock on `<journal>.lock`, saying who holds it when it cannot be had."""

    def __init__(self, path: Path, timeout: float) -> None:
        self.path = path
        self.timeout = timeout
        self._fd: int | None = None
        self._depth = 0

    def acquire(self) -> None:
        if self._depth:
            self._depth += 1
            return
        fd = self._open()
        deadline = time.monotonic() + self.timeout
        delay = 0.005
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = self._holder(fd)
                    os.close(fd)
                    raise JournalLocked(
                        f"the journal is busy: {holder} has held {self.path} for over "
                        f"{self.timeout:g} seconds; nothing was changed. Try again in a moment",
                        holder,
                    ) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.1)
        info = (
            f"process {os.getpid()} on {os.uname().nodename} "
            f"({' '.join(os.path.basename(a) for a in sys.argv[:2])})"
        )
        os.ftruncate(fd, 0)
        os.pwrite(fd, info.encode(), 0)
        self._fd = fd
        self._depth = 1

    def _open(self) -> int:
        """Open (or make) the lock file: a regular file of this user's, 0600, never
        anything else (a FIFO, a device or a link put there is refused, not opened)."""
        path = self.path
        try:
            with contextlib.suppress(FileNotFoundError):
                _check_lock_file(path, os.lstat(path))
            fd = os.open(
                path,
                os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC,
                0o600,
            )
        except OSError as exc:
            raise JournalError(
                f"cannot open the lock file {path} ({exc.strerror or exc}); nothing was changed"
            ) from None
        try:
            _check_lock_file(path, os.fstat(fd))  # nothing swapped in since the lstat
            with contextlib.suppress(OSError):
                os.fchmod(fd, 0o600)
        except BaseException:
            os.close(fd)
            raise
        return fd

    def _holder(self, fd: int) -> str:
        try:
            text = os.pread(fd, 300, 0).decode(errors="replace").strip()
        except OSError:
            text = ""
        return text or "another process"

    def release(self) -> None:
        self._depth -= 1
        if self._depth or self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


class SafeStorage(Storage):
    """The journal file, read once and re-read only when another process changed it.

    Writes are only allowed inside `change()`, which takes the lock, brings the
    data up to date, lets TinyDB mutate it, and writes it once at the end.
    """

    def __init__(
        self,
        path: Path,
        *,
        lock_timeout: float = 5.0,
        backup_day: Callable[[], str] | None = None,
        share_keys: bool = False,
    ) -> None:
        self.path = path
        self.share_keys = share_keys
        """Read check-ins into key-sharing dicts (less memory; the app's choice)."""
        self.lock = JournalLock(path.with_name(path.name + ".lock"), lock_timeout)
        self.backup_day = backup_day or (lambda: time.strftime("%Y-%m-%d"))
        self.read_only = False
        self.warnings: list[str] = []
        self._data: Tables | None = None
        self._signature: Signature | None = None
        self._in_change = 0
        self._dirty = False
        self._migrated_from: int | None = None
        self._swept = False
        self.loads = 0
        """How many times the journal was read from disk (a change by another process)."""
        self._guard = threading.RLock()
        """Changes and re-reads come from one thread at a time (the app's journal worker)."""
        self._load()

    # TinyDB's Storage interface ------------------------------------------------

    def read(self) -> Tables | None:
        return self._data

    def write(self, data: Tables) -> None:
        if not self._in_change:
            raise JournalError("internal: a write outside a change")
        self._data = data
        self._dirty = True

    def close(self) -> None:
        pass

    # Loading ---------------------------------------------------------------------

    def changed_on_disk(self) -> bool:
        """True when the file is not the one last read or written.

        One stat call; the first bytes are read only when the stat matches.
        """
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return self._signature is not None
        except OSError:
            return True
        known = self._signature
        if known is None or _stat_key(st) != known[:5]:
            return True
        return _read_head(self.path) != known[5]

    def refresh(self) -> bool:
        """Re-read the journal if another process changed it; True if it did."""
        with self._guard:
            if not self.changed_on_disk():
                return False
            self._load()
            return True

    def _load(self) -> None:
        path = self.path
        self._migrated_from = None
        # One stat before anything opens the path: a FIFO would hang the open, a
        # device could do anything, and neither may be chmodded or replaced.
        try:
            check_journal_file(path, os.stat(path))
            fd = os.open(path, _READ_FLAGS)
        except FileNotFoundError:
            self._missing()
            return
        except OSError as exc:
            raise JournalUnreadable(
                f"cannot read {path} ({exc.strerror}); it was left untouched"
            ) from None
        try:
            with open(fd, "rb") as fh:
                st = os.fstat(fd)
                check_journal_file(path, st)  # the same again, in case it was swapped
                self._tighten_permissions(fd, st)
                raw = fh.read()
        except OSError as exc:
            raise JournalUnreadable(
                f"cannot read {path} ({exc.strerror}); it was left untouched"
            ) from None
        head = raw[:HEAD_BYTES]
        # The bytes, the text and the parsed tables are each as big as the journal:
        # drop the bytes before parsing and the text after, so at most two are alive.
        text = self._decode(raw)
        del raw
        data = None if text is None else self._parse(text)
        del text
        if data is not None:
            meta = _meta_of(data)
            try:
                schema = migrations.schema_of(meta)
            except ValueError:
                self._refuse("has a schema this app does not know")
            if schema > migrations.SCHEMA_VERSION:
                if not self.read_only:
                    self.warnings.append(
                        f"{path} was written by a newer version of Kindness; it is open "
                        "read-only so nothing in it can be lost. Update the app to make changes"
                    )
                self.read_only = True
            elif schema < migrations.SCHEMA_VERSION:
                # Migrate in memory so everything reads today's shape; the first change
                # writes it, after keeping a copy of the old file (see _commit).
                self._migrated_from = migrations.migrate(data, meta)
        # Published in one step, migrated: readers on other threads see old or new.
        self._data = data
        self._signature = (*_stat_key(st), head)
        self.loads += 1

    def _decode(self, raw: bytes) -> str | None:
        """The journal's text; None for a new, empty journal."""
        if not raw or raw[0] in b" \t\r\n" and not raw.strip(b" \t\r\n"):
            newest = _newest_good(self.path)
            if newest is None:
                return None
            self._refuse("is empty, but backups exist", newest)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            self._refuse("is not text")

    def _parse(self, text: str) -> Tables:
        try:
            data = loads_strict(text, sharing_keys if self.share_keys else None)
        except (ValueError, RecursionError):
            self._refuse("is not valid JSON")
        if not isinstance(data, dict) or not is_journal(data):
            self._refuse("is not a Kindness journal")
        if not _well_formed(data):
            self._refuse("is damaged (its tables are not in the expected shape)")
        return data

    def _refuse(self, problem: str, newest: Path | None = None) -> NoReturn:
        """Refuse the journal, naming the newest good backup (looked up unless given)."""
        newest = newest or _newest_good(self.path)
        hint = (
            f"; the newest good backup is {newest} (`kindness backups restore {newest.name}`)"
            if newest
            else "; no backup was found"
        )
        raise JournalUnreadable(f"{self.path} {problem}, so it was left untouched{hint}")

    def _meta(self) -> dict[str, Any]:
        return _meta_of(self._data)

    def _tighten_permissions(self, fd: int, st: os.stat_result) -> None:
        """Make the open journal (a regular file of this user's) private, with a warning."""
        mode = stat.S_IMODE(st.st_mode)
        if not mode & 0o077:
            return
        try:
            os.fchmod(fd, 0o600)
        except OSError:
            return
        self.warnings.append(
            f"{self.path} could be read by others (mode {mode:o}); it is now private to you (600)"
        )

    def _missing(self) -> None:
        """No journal at the path: a new one, unless this one went missing.

        It went missing when the path is a link leading nowhere, when it was open
        in this session, or when backups of it exist: then nothing is created,
        so that a journal moved away (a sync tool, a stray `mv`) is never
        replaced by an empty one while its last good backups rotate away.
        """
        from kindness_tui.data import backups

        path = self.path
        found = backups.list_backups(path)
        dangling = os.path.islink(path)
        if not found and not dangling and self._signature is None:
            self._data = None
            self._signature = None
            return
        if dangling:
            problem = f"{path} is a link to {os.path.realpath(path)}, which is missing"
        elif self._signature is not None:
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

    # Changing ----------------------------------------------------------------------

    @property
    def generation(self) -> int:
        gen = self._meta().get("generation", 0)
        return gen if isinstance(gen, int) else 0

    @contextlib.contextmanager
    def change(self) -> Iterator[bool]:
        """Hold the lock, bring the data up to date, and write it once at the end.

        Yields True for the outermost change (the one that reads and writes the file).
        """
        if self.read_only:
            raise JournalReadOnly(
                f"{self.path} is open read-only (written by a newer version of Kindness); "
                "nothing was changed"
            )
        with self._guard:
            if self._in_change:
                self._in_change += 1
                try:
                    yield False
                finally:
                    self._in_change -= 1
                return
            with self._locked():
                yield True

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        # A symlinked journal is locked (and replaced) where it leads, so that every
        # path to one journal shares one lock.
        target = replaceable_target(self.path)
        self.lock.path = target.with_name(target.name + ".lock")
        if self._signature is None:
            make_private_folder(target.parent)  # a new journal: its folders start here
        try:
            self.lock.acquire()
        except JournalError:
            self.refresh()  # a journal gone missing with its folder says so, not its lock
            raise
        try:
            self.refresh()
            self._in_change = 1
            self._dirty = False
            try:
                yield
            except BaseException:
                self._forget()
                raise
            finally:
                self._in_change = 0
            if self._dirty:
                self._commit()
        finally:
            self.lock.release()

    def _forget(self) -> None:
        """Drop changes made in memory so the next read comes from disk."""
        self._signature = None
        self._dirty = False
        try:
            self._load()
        except JournalError:
            self._data = None

    def _commit(self) -> None:
        data = self._data if self._data is not None else {}
        meta_table = data.setdefault("meta", {})
        if next(iter(data)) != "meta":
            # The meta record goes first so its stamp lands in the bytes the
            # signature reads (see Signature), from the very first write on;
            # TinyDB keeps this order afterwards.
            data = {"meta": data.pop("meta"), **data}
        meta = next((d for d in meta_table.values() if isinstance(d, dict)), None)
        if meta is None:
            meta = {"app": APP_MARK, "schema": migrations.SCHEMA_VERSION, "generation": 0}
            meta_table["1"] = meta
        meta["generation"] = int(meta.get("generation", 0)) + 1
        meta["stamp"] = os.urandom(6).hex()
        self._data = data
        try:
            payload = dumps_in_pieces(data).encode("utf-8")
        except ValueError as exc:
            self._forget()
            raise JournalError(f"refused to write a value JSON cannot hold ({exc})") from None
        from kindness_tui.data import backups

        try:
            if not self._swept:
                # Under the lock, which every writer of the journal and its backups holds.
                self._swept = True
                target = replaceable_target(self.path)
                sweep_temporaries(target.parent, target.name)
                sweep_temporaries(backups.folder_for(self.path))
            if self._migrated_from is not None and self.path.exists():
                backups.keep_before_migration(self.path, self._migrated_from)
            backups.keep_daily(self.path, self.backup_day())
            write_atomic(self.path, payload)
            st = os.stat(self.path)
        except OSError as exc:
            self._forget()
            raise JournalError(_describe_os_error(exc, self.path)) from None
        except JournalError:
            self._forget()
            raise
        self._signature = (*_stat_key(st), payload[:HEAD_BYTES])
        self._migrated_from = None
        self._dirty = False


def _meta_of(data: Tables | None) -> dict[str, Any]:
    if not data:
        return {}
    table = data.get("meta") or {}
    for doc in table.values():
        if isinstance(doc, dict):
            return doc
    return {}


def _newest_good(path: Path) -> Path | None:
    from kindness_tui.data import backups

    return backups.newest_good(path)


def _well_formed(data: dict[str, Any]) -> bool:
    """Every table is an object of objects keyed by whole numbers, as TinyDB needs."""
    for table in data.values():
        if not isinstance(table, dict):
            return False
        for key, doc in table.items():
            if not key.isdigit() or not isinstance(doc, dict):
                return False
    return True


def is_journal(data: dict[str, Any]) -> bool:
    """True when a parsed JSON object carries this app's meta record."""
    meta = data.get("meta")
    if not isinstance(meta, dict):
        return False
    return any(isinstance(d, dict) and d.get("app") == APP_MARK for d in meta.values())
