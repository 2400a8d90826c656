"""The journal's lock: an exclusive `flock` on `<journal>.lock`, saying who holds it.

Every change to the journal (and every write of its backups) happens under
this lock, so several processes can share one journal. The lock file is a
regular file of this user's, 0600; anything else found in its place is
refused, never opened. The holder writes who it is into the file, so one that
waits too long can say who is in the way.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sys
import time
from pathlib import Path

from kindness_tui.data.errors import JournalError, JournalLocked
from kindness_tui.data.file_safety import check_own_file


def _check_lock_file(path: Path, st: os.stat_result) -> None:
    check_own_file(
        st,
        f"the lock file {path}",
        "a file",
        if_another_kind=" and nothing was changed; remove it and try again",
        if_not_yours=" and nothing was changed",
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
