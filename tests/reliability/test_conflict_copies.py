"""Conflict copies from a synced folder, merged by real `kindness` processes and the open app.

Real journals, real processes, a real write failure: the copy must stay where
it is until the merged journal is on disk.
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import Input

from kindness_tui.app import make_app
from kindness_tui.context import make_context
from kindness_tui.data import backups
from kindness_tui.data.store import Store
from tests.conftest import TEST_ENV
from tests.tui.helpers import notices, settled, wait_for, wait_for_notice
from tests.unit.cli_run import kindness
from tests.unit.data.devices import DAY, DROPBOX, SYNCTHING, conflict, device, synced


def two_devices(journal: Path, note: str = "slept well, walked early") -> Path:
    """A journal changed on the laptop, and the phone's version beside it as a conflict copy."""
    base = device(journal, 1_000)
    base.add_value("Curiosity", today=dt.date(2026, 11, 1))
    base.update_checkin("2026-11-20", {"note": "last week"})
    other = synced(journal)
    device(journal, 2_000).update_checkin(DAY, {"mood": 7})
    device(other, 3_000).update_checkin(DAY, {"note": note, "kindness.text": "a note"})
    return conflict(journal, other)


def test_kindness_today_merges_a_copy_and_says_so_in_one_line(journal: Path) -> None:
    copy = two_devices(journal)

    result = kindness("today", "--db", journal)

    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kindness: Merged a conflict copy from your sync")
    assert "1 day" in lines[0] and str(backups.folder_for(journal)) in lines[0]
    assert "Note: slept well, walked early" in result.stdout and "Mood: 7/10" in result.stdout
    assert not copy.exists() and (backups.folder_for(journal) / SYNCTHING).is_file()
    again = kindness("today", "--db", journal)
    assert again.returncode == 0 and again.stderr == ""


def test_a_command_names_a_broken_copy_and_leaves_it(journal: Path) -> None:
    Store(journal).set_setting("start", True)
    broken = journal.parent / DROPBOX
    broken.write_bytes(b"\x00\x01 not json")

    result = kindness("log", "--mood", "6", "--db", journal)

    assert result.returncode == 0, result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"kindness: {broken} looks like a sync conflict copy")
    assert "left where it is" in line
    assert broken.read_bytes() == b"\x00\x01 not json"
    assert Store(journal).checkin(DAY).mood == 6  # type: ignore[union-attr]


def test_several_commands_at_once_merge_a_copy_once(journal: Path) -> None:
    copy = two_devices(journal)
    env = {**os.environ, **TEST_ENV}
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "kindness_tui", "today", "--db", str(journal)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    said = [run.communicate(timeout=60)[1] for run in runs]
    assert [run.returncode for run in runs] == [0] * 4, said
    lines = "".join(said).splitlines()
    assert len(lines) == 1 and "Merged a conflict copy" in lines[0], said
    assert not copy.exists()
    assert [p.name for p in backups.folder_for(journal).glob("kindness.sync-*")] == [SYNCTHING]
    day = Store(journal).checkin(DAY)
    assert day is not None and (day.mood, day.note) == (7, "slept well, walked early")


CRASHING_TODAY = """
import signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_DFL)  # Python ignores it: a real crash instead
from kindness_tui.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("fault", ["write refused", "killed mid-write"])
def test_the_copy_stays_until_the_merged_journal_is_written(journal: Path, fault: str) -> None:
    copy = two_devices(journal, note="the phone's long evening note. " * 150)
    before, copied = journal.read_bytes(), copy.read_bytes()
    limit = len(before) + 512  # the day's backup fits; the merged journal does not

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**os.environ, **TEST_ENV}
    crash = fault == "killed mid-write"
    program = ["-c", CRASHING_TODAY] if crash else ["-m", "kindness_tui"]
    result = subprocess.run(
        [sys.executable, *program, "today", "--db", str(journal)],
        env=env,
        capture_output=True,
        text=True,
        preexec_fn=small_files,
        timeout=60,
    )

    if crash:
        assert result.returncode == -25, result  # SIGXFSZ, in the middle of the write
    else:
        assert result.returncode == 0, result.stderr
        assert "wait beside the journal, to be merged next time" in result.stderr
    assert journal.read_bytes() == before
    assert copy.read_bytes() == copied
    assert not (backups.folder_for(journal) / SYNCTHING).exists()

    merged = kindness("today", "--db", journal)
    assert merged.returncode == 0 and "Merged a conflict copy" in merged.stderr
    assert not copy.exists()
    assert (backups.folder_for(journal) / SYNCTHING).read_bytes() == copied
    day = Store(journal).checkin(DAY)
    assert day is not None and day.mood == 7 and (day.note or "").startswith("the phone's")
    leftovers = [p.name for p in journal.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []  # the killed writer's temporary went with the next write


async def test_a_copy_arriving_while_the_app_is_open_is_merged_and_shown(journal: Path) -> None:
    base = device(journal, 1_000)
    base.update_checkin("2026-11-20", {"note": "last week"})
    base.update_checkin(DAY, {"new_thing.text": "a new route"})
    other = synced(journal)
    device(other, 3_000).update_checkin(DAY, {"kindness.text": "from the phone"})
    app = make_app(make_context(journal, TEST_ENV, share_keys=True))
    async with app.run_test(size=(100, 32), notifications=True) as pilot:
        await settled(pilot)
        kindness_field = app.screen.query_one("#kindness-text", Input)
        assert kindness_field.value == ""

        copy = conflict(journal, other)  # the sync tool puts the phone's version beside it

        await wait_for_notice(pilot, "Merged a conflict copy from your sync")
        await wait_for(
            pilot, lambda: kindness_field.value == "from the phone", "the phone's words shown"
        )
        assert app.screen.query_one("#new_thing-text", Input).value == "a new route"
        assert not copy.exists()
        assert "kept in" in notices(pilot)
    day = Store(journal).checkin(DAY)
    assert day is not None and day.kindness is not None
    assert (day.kindness.text, day.new_thing.text) == ("from the phone", "a new route")  # type: ignore[union-attr]


async def test_the_app_merges_a_waiting_copy_as_it_starts(journal: Path) -> None:
    copy = two_devices(journal)
    app = make_app(make_context(journal, TEST_ENV, share_keys=True))
    async with app.run_test(size=(100, 32), notifications=True) as pilot:
        await wait_for_notice(pilot, "Merged a conflict copy from your sync")
        await settled(pilot)
        await wait_for(
            pilot,
            lambda: app.screen.query_one("#kindness-text", Input).value == "a note",
            "the phone's words shown",
        )
        assert not copy.exists()
