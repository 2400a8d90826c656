"""SPEC §4.3 on real files: atomic writes, privacy, refusing what cannot be read."""

from __future__ import annotations

import errno
import fcntl
import json
import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kindness_tui.data import backups
from kindness_tui.data.errors import (
    JournalError,
    JournalLocked,
    JournalReadOnly,
    JournalUnreadable,
)
from kindness_tui.data.journal_lock import JournalLock
from kindness_tui.data.store import Store
from tests.unit.data.helpers import filled_store, from_a_newer_version, read_json


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_files_are_private_under_a_permissive_umask(journal: Path, umask_022: None) -> None:
    store = filled_store(journal)
    store.update_checkin("2026-11-20", {"mood": 4})
    assert mode(journal.parent) == 0o700
    assert mode(journal) == 0o600
    assert mode(journal.with_name("kindness.json.lock")) == 0o600
    folder = backups.folder_for(journal)
    assert mode(folder) == 0o700
    assert backups.list_backups(journal)
    assert all(mode(b.path) == 0o600 for b in backups.list_backups(journal))


def test_a_journal_readable_by_others_is_tightened_with_a_warning(journal: Path) -> None:
    filled_store(journal)
    os.chmod(journal, 0o644)
    store = Store(journal)
    assert mode(journal) == 0o600
    assert any("could be read by others" in w and str(journal) in w for w in store.warnings)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'{"values": {"1": {"id": "v-1"', "is not valid JSON"),
        (b"\x00" * 4096, "is not valid JSON"),
        (b"\xff\xfe\x00garbage", "is not text"),
        (b'{"_default": {"1": {"name": "someone else\'s TinyDB"}}}', "is not a Kindness journal"),
        (b"[1, 2, 3]", "is not a Kindness journal"),
        (b'{"meta": {"1": {"app": "kindness", "schema": 1}}, "checkins": [1]}', "is damaged"),
        (b'{"meta": {"1": {"app": "kindness", "schema": "x"}}}', "schema this app does not"),
        (b'{"meta": {"1": {"app": "kindness", "schema": 1, "x": NaN}}}', "is not valid JSON"),
    ],
)
def test_unreadable_journals_are_left_untouched(
    journal: Path, content: bytes, problem: str
) -> None:
    filled_store(journal).update_checkin("2026-11-20", {"mood": 4})  # makes a daily backup
    newest = backups.newest_good(journal)
    assert newest is not None
    journal.write_bytes(content)
    with pytest.raises(JournalUnreadable) as caught:
        Store(journal)
    message = str(caught.value)
    assert "\n" not in message
    assert problem in message
    assert str(journal) in message and newest.name in message
    assert journal.read_bytes() == content


@pytest.mark.parametrize("content", [b"", b" \r\n\t\n"])
def test_an_empty_journal_with_backups_is_refused(journal: Path, content: bytes) -> None:
    filled_store(journal).update_checkin("2026-11-20", {"mood": 4})
    journal.write_bytes(content)
    with pytest.raises(JournalUnreadable, match="is empty, but backups exist"):
        Store(journal)
    assert journal.read_bytes() == content


def test_an_empty_journal_without_backups_is_a_fresh_start(journal: Path) -> None:
    journal.parent.mkdir(parents=True)
    journal.write_bytes(b"\n")
    store = Store(journal)
    store.update_checkin("2026-11-26", {"mood": 5})
    assert read_json(journal)["meta"]["1"]["app"] == "kindness"


def test_the_meta_record_comes_first_from_the_first_write(journal: Path) -> None:
    # Its fresh stamp must be in the first bytes, which tell one version from another.
    store = Store(journal)
    store.update_checkin("2026-11-26", {"mood": 5})
    assert list(read_json(journal))[0] == "meta"
    stamp = read_json(journal)["meta"]["1"]["stamp"]
    assert stamp.encode() in journal.read_bytes()[:160]


def test_a_journal_going_bad_while_open_is_not_overwritten(journal: Path) -> None:
    store = filled_store(journal)
    journal.write_bytes(b"{ broken")
    with pytest.raises(JournalUnreadable):
        store.update_checkin("2026-11-26", {"mood": 2})
    assert journal.read_bytes() == b"{ broken"


def test_a_newer_schema_opens_read_only(journal: Path) -> None:
    before = from_a_newer_version(journal, schema=99)
    store = Store(journal)
    assert store.read_only
    assert any("newer version" in w for w in store.warnings)
    assert store.checkin("2026-11-24") is not None
    with pytest.raises(JournalReadOnly, match="read-only"):
        store.update_checkin("2026-11-26", {"mood": 5})
    assert journal.read_bytes() == before


def test_disk_full_leaves_the_old_journal(journal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = filled_store(journal)
    before = journal.read_bytes()
    real_write = os.write

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(JournalError) as caught:
        store.update_checkin("2026-11-26", {"note": "x" * 4000})
    monkeypatch.setattr(os, "write", real_write)
    assert "disk holding" in str(caught.value) and "full" in str(caught.value)
    assert journal.read_bytes() == before
    assert not [p for p in journal.parent.iterdir() if p.name.endswith(".tmp")]
    # The store forgot the failed change and goes on working.
    assert store.checkin("2026-11-26").note is None  # type: ignore[union-attr]
    store.update_checkin("2026-11-26", {"note": "later"})
    assert Store(journal).checkin("2026-11-26").note == "later"  # type: ignore[union-attr]


def test_a_really_full_small_disk_leaves_the_old_journal(tmp_path: Path) -> None:
    """A 64 KB tmpfs when the machine allows mounting one (it needs root)."""
    mount = tmp_path / "small"
    mount.mkdir()
    mounted = (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
            capture_output=True,
        ).returncode
        == 0
    )
    if not mounted:
        return  # this variant needs a mountable tmpfs; the patched write above covers the rest
    try:
        journal = mount / "kindness.json"
        store = Store(journal, backup_day=lambda: "2026-11-26")
        store.update_checkin("2026-11-01", {"note": "a"})
        failed = None
        for day in range(1, 29):
            before = journal.read_bytes()
            try:
                store.update_checkin(f"2026-10-{day:02d}", {"note": "n" * 4900})
            except JournalError as exc:
                failed = exc
                break
        assert failed is not None, "64 KB should fill up"
        assert "full" in str(failed)
        assert journal.read_bytes() == before
        json.loads(before)
        assert Store(journal).checkin("2026-11-01").note == "a"  # type: ignore[union-attr]
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def test_a_held_lock_says_who_holds_it(journal: Path) -> None:
    store = filled_store(journal)
    holder = JournalLock(journal.with_name("kindness.json.lock"), 1.0)
    holder.acquire()
    try:
        slow = Store(journal, lock_timeout=0.2)
        before = journal.read_bytes()
        with pytest.raises(JournalLocked) as caught:
            slow.update_checkin("2026-11-26", {"mood": 5})
        assert f"process {os.getpid()}" in str(caught.value)
        assert journal.read_bytes() == before
    finally:
        holder.release()
    store.update_checkin("2026-11-26", {"mood": 5})


def test_the_lock_is_on_a_separate_file_and_released(journal: Path) -> None:
    store = filled_store(journal)
    store.update_checkin("2026-11-26", {"mood": 5})
    fd = os.open(journal.with_name("kindness.json.lock"), os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # free again once the write is done
    finally:
        os.close(fd)


def test_leftover_temporaries_of_a_killed_writer_are_swept(journal: Path) -> None:
    store = filled_store(journal)
    stale = journal.parent / ".kindness.json.999999.1.tmp"
    stale.write_bytes(b"{half")
    Store(journal).update_checkin("2026-11-26", {"mood": 3})
    assert not stale.exists()
    assert store.refresh()
