"""The session's draft: what was typed and is not in the journal yet (SPEC §4.3).

Each session that types keeps a small file in `<journal>.drafts/`, holding its
unsaved edits (`core.edits`). It is written within about a second of a change,
atomically, fsynced and private (0600 in a 0700 folder), and its size depends
only on what is unsaved, never on the journal. While the session lives it
holds an exclusive lock on a companion `.lock` file; a draft whose lock can be
taken belongs to a session that ended without saving it (a kill -9, a crash,
a quit while the journal could not be written), and the next start applies it
to the journal like a second session would, then removes it.

Drafts are named after the machine, so a folder synced between devices never
has one device take over another's live draft. Writing a draft's edits to the
journal, now or at the next start, is `applying_edits`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
import threading
import time
from pathlib import Path

from kindness_tui.core.edits import Edit, parse_edit
from kindness_tui.data.atomic_write import write_atomic
from kindness_tui.data.draft_places import draft_folders, folder_for, host
from kindness_tui.data.errors import JournalError
from kindness_tui.data.file_safety import make_private_folder
from kindness_tui.data.strict_json import dumps_strict, loads_strict

FORMAT = "kindness-draft"
WRITE_DELAY = 0.25
"""Seconds between a change and the draft's write: changes that come together are written
together, and everything typed is on disk well within a second."""


class DraftBook:
    """This session's unsaved edits, kept in memory and in its draft file.

    `put` and `drop` are cheap and called on every change; a thread of the
    book's own writes the file `WRITE_DELAY` later (`flush`, which can also be
    called from any thread, serialized). Nothing touches the disk until the
    first edit is put. `problem` says why the last write failed, if it did.
    """

    def __init__(self, journal: Path) -> None:
        self.journal = journal
        self._name = f"{host()}.{os.getpid()}.{os.urandom(3).hex()}"
        self.folder = folder_for(journal)
        """Where the draft is kept: beside the journal, or the fallback when that failed."""
        self._lock_fd: int | None = None
        self._stale: list[tuple[Path, Path, int]] = []
        """Draft files left in a folder given up on, with their locks (see _move_to)."""
        self._edits: dict[str, Edit] = {}
        self._state = threading.Lock()
        self._writing = threading.Lock()
        self._version = 0
        self._written = 0
        self._wanted = threading.Event()
        self._writer: threading.Thread | None = None
        self._closed = False
        self.problem: str | None = None
        """Why the draft could not be written last time (None: it is on disk)."""

    @property
    def path(self) -> Path:
        """The draft file (written only while there is something unsaved)."""
        return self.folder / f"{self._name}.json"

    @property
    def _lock_path(self) -> Path:
        return self.folder / f"{self._name}.lock"

    # ------------------------------------------------------------------ in memory

    def put(self, edit: Edit) -> None:
        """Keep `edit` (replacing any earlier edit of the same thing)."""
        with self._state:
            if self._edits.get(edit.key) != edit:
                self._edits[edit.key] = edit
                self._version += 1
        self._soon()

    def drop(self, key: str, saved: Edit | None = None) -> None:
        """Forget the edit under `key`: all of it, or only if it is still `saved`."""
        with self._state:
            current = self._edits.get(key)
            if current is not None and (saved is None or current == saved):
                del self._edits[key]
                self._version += 1
        self._soon()

    def edits(self) -> list[Edit]:
        with self._state:
            return list(self._edits.values())

    @property
    def unwritten(self) -> bool:
        """Whether the file is behind what is in memory."""
        return self._version != self._written

    # ------------------------------------------------------------------ on disk

    def _soon(self) -> None:
        """Have the book's writer write the draft in a moment."""
        if self._version == self._written or self._closed:
            return
        if self._writer is None:
            self._writer = threading.Thread(target=self._write_loop, name="draft", daemon=True)
            self._writer.start()
        self._wanted.set()

    def _write_loop(self) -> None:
        while not self._closed:
            self._wanted.wait()
            time.sleep(WRITE_DELAY)
            self._wanted.clear()
            try:
                self.flush()
            except JournalError as exc:
                self.problem = str(exc)
            else:
                self.problem = None

    def flush(self) -> None:
        """Write the draft as it stands (or remove the file once nothing is unsaved)."""
        with self._writing:
            with self._state:
                version = self._version
                edits = [edit.to_dict() for edit in self._edits.values()]
            if self._stale:
                self._remove_stale()
            if version == self._written:
                return
            if edits:
                payload = {
                    "format": FORMAT,
                    "version": 1,
                    "journal": str(self.journal),
                    "written": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    "edits": edits,
                }
                self._write(dumps_strict(payload).encode("utf-8"))
            else:
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
            self._written = version

    def _write(self, payload: bytes) -> None:
        """Write the draft beside the journal, or in the fallback folder when that fails."""
        problem = ""
        for folder in dict.fromkeys((self.folder, *draft_folders(self.journal))):
            if folder != self.folder:
                self._move_to(folder)
            try:
                self._hold_lock()
                write_atomic(self.path, payload)
            except (OSError, JournalError) as exc:
                problem = problem or (getattr(exc, "strerror", None) or str(exc))
                continue
            return
        raise JournalError(f"could not keep a draft of what was typed ({problem})")

    def _move_to(self, folder: Path) -> None:
        """Keep the draft in `folder` from now on.

        The old file holds older words: it goes, or (on a disk that cannot remove it
        now) stays locked by this session and goes as soon as it can, so that no
        later start applies it over newer words.
        """
        if self._lock_fd is not None:
            self._stale.append((self.path, self._lock_path, self._lock_fd))
            self._lock_fd = None
        self._remove_stale()
        self.folder = folder

    def _remove_stale(self) -> None:
        kept = []
        for path, lock_path, fd in self._stale:
            try:
                path.unlink(missing_ok=True)
            except OSError:
                kept.append((path, lock_path, fd))
                continue
            with contextlib.suppress(OSError):
                lock_path.unlink()
            os.close(fd)
        self._stale = kept

    def _hold_lock(self) -> None:
        """Take this session's lock, which says the draft's owner is alive."""
        if self._lock_fd is not None:
            return
        make_private_folder(self.folder)
        fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX)
        self._lock_fd = fd

    def close(self) -> None:
        """The session ends: remove the files if nothing is unsaved, and let go of the lock."""
        self._closed = True
        self._wanted.set()
        self._remove_stale()
        for _path, _lock_path, fd in self._stale:
            os.close(fd)
        self._stale = []
        if not self.edits():
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            with contextlib.suppress(FileNotFoundError):
                if self._lock_fd is not None:
                    self._lock_path.unlink()
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None


# ---------------------------------------------------------------------- reading back


def read_draft(path: Path) -> list[Edit]:
    """The edits a draft file holds; ValueError when it cannot be read as a draft."""
    data = loads_strict(path.read_bytes().decode("utf-8"))
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a Kindness draft")
    raw = data.get("edits")
    if not isinstance(raw, list):
        raise ValueError("not a Kindness draft")
    return [parse_edit(entry, f"edits[{i}]") for i, entry in enumerate(raw)]


def rewrite_draft(path: Path, journal: Path, edits: list[Edit]) -> None:
    """Write a left-behind draft again with only `edits` (removing it once there are none)."""
    if not edits:
        path.unlink(missing_ok=True)
        path.with_suffix(".lock").unlink(missing_ok=True)
        return
    payload = {"format": FORMAT, "version": 1, "journal": str(journal),
               "edits": [e.to_dict() for e in edits]}  # fmt: skip
    write_atomic(path, dumps_strict(payload).encode("utf-8"))
