"""SPEC §4.3 "Paths" on real files: symlinks, special files, other users' files, a
missing journal, temporaries of killed writers, folders made under umask 000."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kindness_tui.data import backups
from kindness_tui.data.atomic_write import write_atomic
from kindness_tui.data.errors import JournalError, JournalUnreadable
from kindness_tui.data.file_safety import make_private_folder
from kindness_tui.data.store import Store
from tests.unit.cli_run import kindness, one_line_error
from tests.unit.data.helpers import filled_store, read_json

NOBODY = 65534
AS_ROOT = os.geteuid() == 0
needs_root = pytest.mark.skipif(
    not AS_ROOT, reason="needs root: only root can chown a file to another user or mknod a device"
)

COMMANDS: list[tuple[str, ...]] = [(), ("today",), ("log", "--mood", "3"), ("export",)]
"""The app, a read at login, a write, and the rescue path (each refused before any screen)."""


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def temporaries(folder: Path) -> list[str]:
    try:
        return sorted(name for name in os.listdir(folder) if name.endswith(".tmp"))
    except FileNotFoundError:
        return []


def dead_pid() -> int:
    """The pid of a process that has ended (as a killed writer's)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@pytest.fixture
def umask_000() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


# ------------------------------------------------------------------ symlinks


@pytest.fixture
def linked(tmp_path: Path) -> tuple[Path, Path]:
    """A journal in a "synced" folder, and a link to it where the app looks."""
    target = tmp_path / "Sync" / "kindness.json"
    filled_store(target)
    link = tmp_path / "data" / "kindness.json"
    link.parent.mkdir()
    link.symlink_to(target)
    return link, target


def test_a_symlinked_journal_is_written_where_it_leads(linked: tuple[Path, Path]) -> None:
    link, target = linked
    result = kindness("log", "--db", link, "--mood", "9", "--note", "through the link")
    assert result.returncode == 0, result.stderr
    assert os.path.islink(link) and os.readlink(link) == str(target)
    day = Store(target).checkin("2026-11-26")
    assert day is not None and day.mood == 9 and day.note == "through the link"
    # The lock and the temporary beside the target; nothing left over anywhere.
    assert target.with_name("kindness.json.lock").is_file()
    assert not link.with_name("kindness.json.lock").exists()
    assert temporaries(target.parent) == [] and temporaries(link.parent) == []
    assert mode(target) == 0o600


def test_backups_of_a_symlinked_journal_live_beside_the_link(linked: tuple[Path, Path]) -> None:
    link, target = linked
    store = Store(link, backup_day=lambda: "2026-11-27")
    store.update_checkin("2026-11-26", {"mood": 2})
    assert os.path.islink(link)
    assert [b.name for b in backups.list_backups(link)] == ["2026-11-27.json"]
    assert "2026-11-27.json" not in [b.name for b in backups.list_backups(target)]
    assert read_json(backups.folder_for(link) / "2026-11-27.json") != read_json(target)
    assert Store(target).checkin("2026-11-26").mood == 2  # type: ignore[union-attr]


def test_restoring_a_symlinked_journal_keeps_the_link(linked: tuple[Path, Path]) -> None:
    link, target = linked
    Store(link, backup_day=lambda: "2026-11-27").update_checkin("2026-11-26", {"mood": 2})
    result = kindness("backups", "--db", link, "restore", "2026-11-27.json")
    assert result.returncode == 0, result.stderr
    assert os.path.islink(link)
    assert Store(target).checkin("2026-11-26").mood == 1  # type: ignore[union-attr]


def test_a_link_leading_nowhere_is_refused_and_nothing_is_made(tmp_path: Path) -> None:
    link = tmp_path / "kindness.json"
    target = tmp_path / "unmounted" / "kindness.json"
    link.symlink_to(target)
    for command in COMMANDS:
        result = kindness(*command, "--db", link)
        assert result.returncode == 1, (command, result.stderr)
        line = one_line_error(result)
        assert str(target) in line and "missing" in line
    assert os.path.islink(link) and not target.parent.exists()


def test_write_atomic_through_a_link_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "real.txt"
    target.write_bytes(b"old")
    link = tmp_path / "link.txt"
    link.symlink_to("real.txt")  # a relative link
    write_atomic(link, b"new")
    assert os.path.islink(link) and target.read_bytes() == b"new"
    assert temporaries(tmp_path) == []


# ------------------------------------------------------------- special files


@pytest.mark.parametrize("command", COMMANDS)
def test_a_fifo_as_the_journal_is_refused_at_once(tmp_path: Path, command: tuple[str, ...]) -> None:
    fifo = tmp_path / "kindness.json"
    os.mkfifo(fifo, 0o644)
    result = kindness(*command, "--db", fifo, timeout=20)  # the old code waited for ever
    assert result.returncode == 1
    line = one_line_error(result)
    assert str(fifo) in line and "FIFO" in line
    st = os.lstat(fifo)
    assert stat.S_ISFIFO(st.st_mode) and stat.S_IMODE(st.st_mode) == 0o644
    assert sorted(os.listdir(tmp_path)) == ["kindness.json"]


@needs_root
@pytest.mark.parametrize("command", COMMANDS)
def test_a_device_as_the_journal_is_refused_untouched(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    device = tmp_path / "null"
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # /dev/null's numbers
    os.chmod(device, 0o666)
    result = kindness(*command, "--db", device, timeout=20)
    assert result.returncode == 1
    line = one_line_error(result)
    assert str(device) in line and "character device" in line
    st = os.lstat(device)
    assert stat.S_ISCHR(st.st_mode) and st.st_rdev == os.makedev(1, 3)
    assert stat.S_IMODE(st.st_mode) == 0o666
    assert sorted(os.listdir(tmp_path)) == ["null"]


def test_a_folder_as_the_journal_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "kindness.json"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    for command in COMMANDS:
        result = kindness(*command, "--db", folder)
        assert result.returncode == 1
        assert "is a folder" in one_line_error(result)
    assert mode(folder) == 0o755 and os.listdir(folder) == []


def test_a_symlink_to_a_fifo_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo, 0o600)
    link = tmp_path / "kindness.json"
    link.symlink_to(fifo)
    result = kindness("log", "--db", link, "--mood", "3", timeout=20)
    assert result.returncode == 1 and "FIFO" in one_line_error(result)
    assert os.path.islink(link) and stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_special_lock_file_is_refused_not_opened(journal: Path) -> None:
    store = filled_store(journal)
    before = journal.read_bytes()
    lock = journal.with_name("kindness.json.lock")
    lock.unlink()
    os.mkfifo(lock, 0o644)
    with pytest.raises(JournalError) as caught:
        store.update_checkin("2026-11-26", {"mood": 8})
    assert "FIFO" in str(caught.value) and str(lock) in str(caught.value)
    assert stat.S_ISFIFO(os.lstat(lock).st_mode) and mode(lock) == 0o644
    assert journal.read_bytes() == before


def test_a_lock_file_that_is_a_link_is_refused(journal: Path, tmp_path: Path) -> None:
    store = filled_store(journal)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(b"keep me")
    lock = journal.with_name("kindness.json.lock")
    lock.unlink()
    lock.symlink_to(elsewhere)
    with pytest.raises(JournalError, match="symbolic link"):
        store.update_checkin("2026-11-26", {"mood": 8})
    assert elsewhere.read_bytes() == b"keep me"


def test_a_backups_folder_that_is_not_a_folder_is_refused(journal: Path) -> None:
    store = Store(journal, backup_day=lambda: "2026-11-26")
    store.update_checkin("2026-11-25", {"mood": 4})  # the journal exists, no backup yet
    before = journal.read_bytes()
    os.mkfifo(backups.folder_for(journal), 0o600)
    with pytest.raises(JournalError, match="not a folder"):
        store.update_checkin("2026-11-26", {"mood": 5})
    assert journal.read_bytes() == before
    assert stat.S_ISFIFO(os.lstat(backups.folder_for(journal)).st_mode)


def test_restore_never_replaces_a_special_file(journal: Path) -> None:
    filled_store(journal)
    journal.unlink()
    os.mkfifo(journal, 0o600)
    name = backups.list_backups(journal)[0].name
    result = kindness("backups", "--db", journal, "restore", name, timeout=20)
    assert result.returncode == 1 and "FIFO" in one_line_error(result)
    assert stat.S_ISFIFO(os.lstat(journal).st_mode)


# ---------------------------------------------------------- another user's


@needs_root
def test_another_users_journal_is_refused_untouched(journal: Path) -> None:
    filled_store(journal)
    os.chmod(journal, 0o644)
    os.chown(journal, NOBODY, -1)
    before = journal.read_bytes()
    for command in COMMANDS:
        result = kindness(*command, "--db", journal)
        assert result.returncode == 1
        line = one_line_error(result)
        assert str(journal) in line and "belongs to" in line and str(NOBODY) in line
    st = os.stat(journal)
    assert st.st_uid == NOBODY and stat.S_IMODE(st.st_mode) == 0o644
    assert journal.read_bytes() == before


@needs_root
def test_another_users_journal_is_not_restored_over(journal: Path) -> None:
    filled_store(journal)
    os.chown(journal, NOBODY, -1)
    before = journal.read_bytes()
    name = backups.list_backups(journal)[0].name
    result = kindness("backups", "--db", journal, "restore", name)
    assert result.returncode == 1 and "belongs to" in one_line_error(result)
    assert os.stat(journal).st_uid == NOBODY and journal.read_bytes() == before


@needs_root
def test_another_users_lock_file_is_refused(journal: Path) -> None:
    store = filled_store(journal)
    lock = journal.with_name("kindness.json.lock")
    os.chown(lock, NOBODY, -1)
    with pytest.raises(JournalUnreadable, match="belongs to"):
        store.update_checkin("2026-11-26", {"mood": 8})
    assert os.stat(lock).st_uid == NOBODY


# ------------------------------------------------------------ a missing journal


def test_a_missing_journal_with_backups_is_refused_and_restorable(
    journal: Path, tmp_path: Path
) -> None:
    filled_store(journal)  # its second change keeps a daily backup
    newest = backups.newest_good(journal)
    assert newest is not None
    journal.rename(tmp_path / "moved-away.json")
    for command in COMMANDS:
        result = kindness(*command, "--db", journal)
        assert result.returncode == 1, (command, result.stderr)
        line = one_line_error(result)
        assert str(journal) in line and "missing" in line
        assert f"kindness backups restore {newest.name}" in line
        assert not journal.exists()
    listed = kindness("backups", "--db", journal)
    assert listed.returncode == 0 and newest.name in listed.stdout
    restored = kindness("backups", "--db", journal, "restore", newest.name)
    assert restored.returncode == 0, restored.stderr
    assert kindness("today", "--db", journal).returncode == 0


def test_a_missing_journal_with_unreadable_backups_is_refused(journal: Path) -> None:
    folder = backups.folder_for(journal)
    folder.mkdir(parents=True)
    (folder / "2026-11-20.json").write_bytes(b"{broken")
    result = kindness("log", "--db", journal, "--mood", "3")
    assert result.returncode == 1
    assert "kindness backups" in one_line_error(result)
    assert not journal.exists()


def test_a_journal_that_never_existed_is_still_created(journal: Path) -> None:
    backups.folder_for(journal).mkdir(parents=True)  # an empty backups folder
    result = kindness("log", "--db", journal, "--mood", "3")
    assert result.returncode == 0, result.stderr
    assert Store(journal).checkin("2026-11-26").mood == 3  # type: ignore[union-attr]


def test_a_journal_gone_while_open_is_not_made_anew(journal: Path) -> None:
    store = Store(journal)
    store.update_checkin("2026-11-25", {"mood": 4})  # a new journal: no backup of it yet
    journal.unlink()
    with pytest.raises(JournalUnreadable, match="gone missing since it was opened"):
        store.update_checkin("2026-11-26", {"mood": 5})
    assert not journal.exists()


# --------------------------------------------------- temporaries of killed writers

STUCK_WRITER = """
import os, sys
from kindness_tui.data.store import Store

store = Store(sys.argv[1], backup_day=lambda: sys.argv[2])
real_fsync = os.fsync

def fsync(fd):
    if os.readlink(f"/proc/self/fd/{fd}").startswith(sys.argv[3]):
        print("stuck", flush=True)
        sys.stdin.read()  # until killed
    real_fsync(fd)

os.fsync = fsync
store.update_checkin("2026-11-26", {"note": "never finished"})
"""


def kill_a_writer_mid_write(journal: Path, backup_day: str, inside: Path) -> None:
    """Start a writer, let it stop while its temporary in `inside` is half done, kill -9."""
    proc = subprocess.Popen(
        [sys.executable, "-c", STUCK_WRITER, str(journal), backup_day, f"{inside}/~syncthing~"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    try:
        assert proc.stdout.readline().strip() == "stuck"
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()
        assert proc.stdin is not None
        proc.stdin.close()


def test_a_killed_backup_copy_is_swept_by_the_next_writer(journal: Path) -> None:
    filled_store(journal)
    folder = backups.folder_for(journal)
    kill_a_writer_mid_write(journal, "2026-11-27", folder)
    left = temporaries(folder)
    assert len(left) == 1 and left[0].startswith("~syncthing~2026-11-27.json.kindness-")
    Store(journal).update_checkin("2026-11-26", {"mood": 7})
    assert temporaries(folder) == []
    assert temporaries(journal.parent) == []


def test_a_killed_journal_write_is_swept_by_the_next_writer(journal: Path) -> None:
    filled_store(journal)  # 2026-11-26's backup exists: the writer's first fsync is the journal's
    kill_a_writer_mid_write(journal, "2026-11-26", journal.parent)
    left = temporaries(journal.parent)
    assert len(left) == 1 and left[0].startswith("~syncthing~kindness.json.kindness-")
    assert Store(journal).checkin("2026-11-26").note is None  # type: ignore[union-attr]
    Store(journal).update_checkin("2026-11-26", {"mood": 7})
    assert temporaries(journal.parent) == []


def test_the_sweep_removes_only_this_apps_leftovers(journal: Path) -> None:
    filled_store(journal)
    gone = dead_pid()
    alive = os.getppid()
    folder = backups.folder_for(journal)
    leftovers = [
        journal.parent / f"~syncthing~kindness.json.kindness-{gone}-00ff.tmp",
        journal.parent / f".syncthing.kindness.json.kindness-{gone}-00ff.tmp",  # as earlier
        journal.parent / f".kindness.json.{gone}.123.tmp",  # versions named them
        folder / f".syncthing.2026-11-20.json.kindness-{gone}-abcd.tmp",
        folder / f".2026-11-20.json.{gone}.456.tmp",
    ]
    others = [
        journal.parent / ".syncthing.kindness.json.tmp",  # Syncthing's own, mid-transfer
        journal.parent / "~syncthing~kindness.json.tmp",
        journal.parent / f"~syncthing~kindness.json.kindness-{alive}-00ff.tmp",  # still writing
        journal.parent / f".syncthing.other.json.kindness-{gone}-00ff.tmp",  # another file's
        journal.parent / "notes.tmp",
        folder / ".syncthing.2026-11-20.json.tmp",
        folder / f".syncthing.notes.txt.kindness-{gone}-abcd.tmp",
    ]
    for path in leftovers + others:
        path.write_bytes(b"{half")
    Store(journal).update_checkin("2026-11-26", {"mood": 3})
    assert [p for p in leftovers if p.exists()] == []
    assert [p for p in others if not p.exists()] == []


# ----------------------------------------------------------------- umask 000


def test_every_folder_made_under_umask_000_is_private(tmp_path: Path, umask_000: None) -> None:
    home = tmp_path / "home"
    env = {"HOME": str(home), "XDG_DATA_HOME": "", "XDG_STATE_HOME": str(tmp_path / "state")}
    for mood in ("3", "4"):  # the second change keeps a backup of the first
        result = kindness("log", "--mood", mood, env=env)
        assert result.returncode == 0, result.stderr
    journal = home / ".local" / "share" / "kindness" / "kindness.json"
    assert Store(journal).checkin("2026-11-26").mood == 4  # type: ignore[union-attr]
    assert backups.list_backups(journal)
    seen = 0
    for root, _dirs, files in os.walk(home):
        assert mode(Path(root)) == 0o700, root
        for name in files:
            assert mode(Path(root) / name) == 0o600, name
            seen += 1
    assert seen >= 3  # the journal, its lock, a backup


def test_only_the_folders_made_are_chmodded(tmp_path: Path, umask_000: None) -> None:
    existing = tmp_path / "existing"
    existing.mkdir()
    os.chmod(existing, 0o755)
    deep = existing / "a" / "b" / "c"
    make_private_folder(deep)
    assert mode(existing) == 0o755
    assert [mode(p) for p in (existing / "a", existing / "a" / "b", deep)] == [0o700] * 3
    make_private_folder(deep)  # already there: left as it is
    os.chmod(deep, 0o750)
    make_private_folder(deep)
    assert mode(deep) == 0o750
