"""The `kindness` command line through the real entry point (subprocesses)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kindness_tui.core import card
from kindness_tui.data import backups
from kindness_tui.data.store import Store
from tests.unit.cli_run import kindness, one_line_error
from tests.unit.data.helpers import filled_store, from_a_newer_version


def test_version_and_help() -> None:
    from kindness_tui import __version__

    assert kindness("--version").stdout.strip() == f"kindness {__version__}"
    result = kindness("--help")
    assert result.returncode == 0
    for word in ("today", "log", "export", "import", "card", "backups", "--db"):
        assert word in result.stdout
    assert f'print the "{card.TITLE}" card' in result.stdout
    assert "--new-value" in kindness("log", "--help").stdout


def test_today_on_a_new_journal_creates_nothing(journal: Path) -> None:
    result = kindness("today", "--db", journal)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Thursday, 26 November\n")
    assert "One new thing" in result.stdout and "One secret kindness" in result.stdout
    assert "No values on your wheel yet" in result.stdout
    assert not journal.parent.exists()


def test_today_shows_what_is_logged_and_the_value_of_the_day(journal: Path) -> None:
    filled_store(journal, "walked a new route")
    out = kindness("today", "--db", journal).stdout
    assert "Value of the day: " in out
    assert "logged: plan · Care · planned" not in out  # no value given for that item
    assert "logged: plan · planned" in out
    assert "Mood: 1/10" in out and "Heavy days happen." in out
    assert "You showed up on 3 days this month" in out
    data = json.loads(kindness("today", "--json", "--db", journal).stdout)
    assert data["date"] == "2026-11-26"
    assert data["value_of_the_day"]["name"] in {"Curiosity", "Care"}
    assert set(data["suggestions"]) == {"new_thing", "kindness"}
    assert data["checkin"]["mood"] == 1
    assert data["month"]["days_shown_up"] == 3


def main_without_textual(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """`main(args)` in a fresh Python with no terminal on stdin, failing (exit 1) if it
    imported textual."""
    code = (
        "import sys; from kindness_tui.cli import main; "
        f"rc = main({list(map(str, args))!r}); "
        "assert 'textual' not in sys.modules, 'textual imported'; sys.exit(rc)"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env={**os.environ, "KINDNESS_TODAY": "2026-11-26"},
        timeout=30,
    )


def test_today_does_not_import_textual(journal: Path) -> None:
    result = main_without_textual("today", "--db", journal)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("terminal", ["neither", "stdin only", "stdout only"])
def test_the_app_without_a_terminal_says_so_and_ends(
    journal: Path, tmp_path: Path, terminal: str
) -> None:
    """`kindness </dev/null >file` (cron, a pipe) once ran for ever writing escape codes."""
    import pty

    main_fd, tty_fd = pty.openpty()
    output = tmp_path / "out.txt"
    try:
        with open(output, "wb") as out_file, open(os.devnull, "rb") as nothing:
            result = subprocess.run(
                [sys.executable, "-m", "kindness_tui", "--db", str(journal)],
                stdin=tty_fd if terminal == "stdin only" else nothing,
                stdout=tty_fd if terminal == "stdout only" else out_file,
                stderr=subprocess.PIPE,
                text=True,
                env={**os.environ, "KINDNESS_TODAY": "2026-11-26", "TERM": "xterm-256color"},
                timeout=30,
            )
    finally:
        os.close(main_fd)
        os.close(tty_fd)
    assert result.returncode == 2
    assert result.stderr == (
        "kindness: the app needs a terminal to open in; from a script or a pipe, "
        "`kindness today` shows the day and `kindness log` records it\n"
    )
    assert output.read_bytes() == b""
    assert not journal.parent.exists()


def test_the_app_without_a_terminal_does_not_import_textual(journal: Path) -> None:
    result = main_without_textual("--db", journal)
    assert result.returncode == 2, result.stderr
    assert "needs a terminal" in one_line_error(result)


def test_log_records_every_option(journal: Path) -> None:
    filled_store(journal)
    result = kindness(
        "log",
        "--db",
        journal,
        "--date",
        "yesterday",
        "--new",
        "a new café ☕",
        "--new-value",
        "curiosity",
        "--kindness",
        "paid a toll",
        "--kindness-value",
        "CARE",
        "--self",
        "rested",
        "--mood",
        "7",
        "--note",
        "two\nlines",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Noted for Wednesday, 25 November:")
    store = Store(journal)
    names = {v.name: v.id for v in store.values()}
    day = store.checkin("2026-11-25")
    assert day is not None and day.new_thing is not None and day.kindness is not None
    assert (day.new_thing.text, day.new_thing.value_id, day.new_thing.done) == (
        "a new café ☕",
        names["Curiosity"],
        True,
    )
    assert (day.kindness.text, day.kindness.value_id, day.kindness.done) == (
        "paid a toll",
        names["Care"],
        True,
    )
    assert (day.self_kindness, day.mood, day.note) == ("rested", 7, "two\nlines")


def test_log_plan_records_items_as_not_done(journal: Path) -> None:
    result = kindness("log", "--db", journal, "--kindness", "a secret note", "--plan")
    assert result.returncode == 0, result.stderr
    day = Store(journal).checkin("2026-11-26")
    assert day is not None and day.kindness is not None and day.kindness.done is False
    kindness("log", "--db", journal, "--kindness", "a secret note")
    assert Store(journal).checkin("2026-11-26").kindness.done is True  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--mood", "11"], "kindness: --mood: 11 is not between 0 and 10"),
        (["--mood", "-1"], "--mood: -1 is not between 0 and 10"),
        (["--mood", "six"], "--mood: 'six' is not a whole number"),
        (["--date", "2026-11-27", "--mood", "3"], "--date: 2026-11-27 has not happened yet"),
        (["--date", "2026-02-30", "--mood", "3"], "--date: '2026-02-30' is not a date"),
        (["--date", "someday", "--mood", "3"], "--date: 'someday' is not a date"),
        (["--new", "x", "--new-value", "Bravery"], "--new-value: 'Bravery' is not one of your"),
        (["--kindness-value", "nope"], "--kindness-value: 'nope' is not one of your values"),
        (["--new", "x" * 501], "--new: is 501 characters long; at most 500 fit"),
        (["--note", "x" * 5001], "--note: is 5001 characters long; at most 5000 fit"),
        (["--new", "   "], "--new: needs a few words"),
        (["--new", ""], "--new: needs a few words"),
        (["--kindness", "\t"], "--kindness: needs a few words"),
        (["--self", "  "], "kindness: --self: needs a few words"),
        (["--note", " \n "], "kindness: --note: needs a few words"),
        (["--mood", "4", "--self", ""], "kindness: --self: needs a few words"),
        (
            ["--new-value", "Curiosity"],
            "kindness: --new-value: add --new TEXT to say what the new thing is; "
            "Thursday, 26 November has none yet",
        ),
        (["--new-value", "Curiosity", "--plan"], "--new-value: add --new TEXT to say"),
        (
            ["--date", "2026-11-24", "--kindness-value", "Care", "--mood", "5"],
            "kindness: --kindness-value: add --kindness TEXT to say what the secret kindness "
            "is; Tuesday, 24 November has none yet",
        ),
        (
            ["--date", "2025-12-31", "--new-value", "Care"],
            "Wednesday, 31 December 2025 has none yet",
        ),
        ([], "kindness: nothing to log: give --new, --kindness, --self, --mood or --note"),
        (
            ["--plan"],
            "kindness: --plan needs something to plan: give --new TEXT or --kindness TEXT",
        ),
        (["--sparkle"], "unrecognized arguments: --sparkle"),
    ],
)
def test_refused_logs_change_nothing(journal: Path, args: list[str], expected: str) -> None:
    filled_store(journal)
    before = journal.read_bytes()
    result = kindness("log", "--db", journal, *args)
    assert result.returncode == 2
    assert expected in one_line_error(result)
    assert result.stdout == ""
    assert journal.read_bytes() == before


def test_a_value_alone_goes_to_the_words_already_logged_that_day(journal: Path) -> None:
    filled_store(journal)  # today's secret kindness is "plan", planned, with no value
    result = kindness("log", "--db", journal, "--kindness-value", "care")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "Noted for Thursday, 26 November: a secret kindness, done "
        "\u2014 thank you for showing up.\n"
    )
    store = Store(journal)
    care = next(v.id for v in store.values() if v.name == "Care")
    day = store.checkin("2026-11-26")
    assert day is not None and day.kindness is not None
    assert (day.kindness.text, day.kindness.value_id, day.kindness.done) == ("plan", care, True)
    assert day.new_thing is None


def test_a_card_with_a_value_but_no_words_still_needs_words(journal: Path) -> None:
    store = filled_store(journal)
    care = next(v.id for v in store.values() if v.name == "Care")
    store.update_checkin("2026-11-26", {"new_thing.value_id": care})  # as a half-filled form
    before = journal.read_bytes()
    result = kindness("log", "--db", journal, "--new-value", "Curiosity", "--plan")
    assert result.returncode == 2
    assert "--new-value: add --new TEXT" in one_line_error(result)
    assert journal.read_bytes() == before


def test_a_refused_log_into_a_new_journal_makes_nothing(journal: Path) -> None:
    for args in (["--new-value", "Curiosity"], ["--self", " "], ["--plan"]):
        result = kindness("log", "--db", journal, *args)
        assert result.returncode == 2, result.stderr
        one_line_error(result)
    assert not journal.parent.exists()


@pytest.mark.parametrize(
    ("today", "date", "said"),
    [
        ("2026-11-26", "1999-01-01", "Noted for Friday, 1 January 1999: mood 3"),
        ("2027-01-01", "yesterday", "Noted for Thursday, 31 December 2026: mood 3"),
        ("2027-01-01", "today", "Noted for Friday, 1 January: mood 3"),
        ("2026-11-26", "2026-01-01", "Noted for Thursday, 1 January: mood 3"),
    ],
)
def test_log_names_the_year_of_a_day_in_another_year(
    journal: Path, today: str, date: str, said: str
) -> None:
    result = kindness("log", "--db", journal, "--date", date, "--mood", "3", today=today)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{said} \u2014 thank you for showing up.\n"


def test_db_goes_before_or_after_the_command_and_env_works(tmp_path: Path) -> None:
    first, second, third = (tmp_path / n / "k.json" for n in "abc")
    assert kindness("--db", first, "log", "--mood", "1").returncode == 0
    assert kindness("log", "--mood", "2", "--db", second).returncode == 0
    assert kindness("log", "--mood", "3", env={"KINDNESS_DB": str(third)}).returncode == 0
    days = [Store(p).checkin("2026-11-26") for p in (first, second, third)]
    assert [d.mood if d else None for d in days] == [1, 2, 3]


def test_export_formats_to_a_private_file(journal: Path, tmp_path: Path) -> None:
    filled_store(journal)
    old = os.umask(0o022)  # inherited by the subprocess
    try:
        for fmt in ("json", "csv", "md"):
            target = tmp_path / f"out.{fmt}"
            result = kindness("export", "--db", journal, "--format", fmt, "-o", target)
            assert result.returncode == 0, result.stderr
            assert stat.S_IMODE(target.stat().st_mode) == 0o600
    finally:
        os.umask(old)
    assert json.loads((tmp_path / "out.json").read_text())["format"] == "kindness-export"
    assert (tmp_path / "out.csv").read_text().startswith("date,new_thing,")
    assert "## Day by day" in (tmp_path / "out.md").read_text()
    out = kindness("export", "--db", journal, "--from", "2026-11-25", "--to", "today").stdout
    assert [c["date"] for c in json.loads(out)["checkins"]] == ["2026-11-25", "2026-11-26"]
    bad = kindness("export", "--db", journal, "--from", "2026-11-26", "--to", "2026-11-20")
    assert bad.returncode == 2 and "--from" in one_line_error(bad)
    bad = kindness("export", "--db", journal, "--format", "pdf")
    assert bad.returncode == 2 and "pdf" in one_line_error(bad)


def test_card_lists_the_values(journal: Path) -> None:
    filled_store(journal)
    out = kindness("card", "--db", journal).stdout
    assert "Who I am" in out and "Curiosity" in out and "Care" in out
    ascii_out = kindness("card", "--db", journal, env={"KINDNESS_ASCII": "1"}).stdout
    assert "╭" not in ascii_out and ascii_out.startswith("+- Who I am")


BROKEN = {
    "corrupt": b'{"meta": {"1": {"app": "kind',
    "nul-filled": b"\x00" * 8192,
    "foreign": b'{"_default": {"1": {"title": "a todo list"}}}',
    "empty": b"",
}


@pytest.mark.parametrize("kind", list(BROKEN))
@pytest.mark.parametrize("command", [["today"], ["log", "--mood", "4"], ["export"], ["card"]])
def test_a_journal_it_cannot_read_is_never_touched(
    journal: Path, kind: str, command: list[str]
) -> None:
    store = filled_store(journal)
    store.storage.backup_day = lambda: "2099-01-01"  # make sure a backup exists
    store.update_checkin("2026-11-01", {"mood": 2})
    journal.write_bytes(BROKEN[kind])
    lock = journal.with_name("kindness.json.lock")
    result = kindness(*command, "--db", journal)
    assert result.returncode == 1
    line = one_line_error(result)
    assert str(journal) in line and "left untouched" in line
    assert "2099-01-01.json" in line  # the newest good backup
    assert journal.read_bytes() == BROKEN[kind]
    assert result.stdout == ""
    assert lock.exists()


def test_a_newer_journal_is_read_only(journal: Path) -> None:
    before = from_a_newer_version(journal, schema=7)
    today = kindness("today", "--db", journal)
    assert today.returncode == 0 and "newer version" in today.stderr
    result = kindness("log", "--mood", "4", "--db", journal)
    assert result.returncode == 1 and "read-only" in result.stderr
    assert journal.read_bytes() == before


def test_backups_list_and_restore(journal: Path) -> None:
    store = filled_store(journal)
    store.storage.backup_day = lambda: "2099-01-01"
    good = journal.read_bytes()
    store.update_checkin("2026-11-01", {"mood": 2})
    listing = kindness("backups", "--db", journal)
    assert listing.returncode == 0 and "2099-01-01.json" in listing.stdout
    journal.write_bytes(b"garbage")
    restored = kindness("backups", "restore", "2099-01-01.json", "--db", journal)
    assert restored.returncode == 0, restored.stderr
    assert journal.read_bytes() == good
    kept = [b for b in backups.list_backups(journal) if b.name.startswith("before-restore")]
    assert kept and kept[0].path.read_bytes() == b"garbage"
    missing = kindness("backups", "--db", journal, "restore", "nope.json")
    assert missing.returncode == 2 and "'nope.json'" in one_line_error(missing)
    assert journal.read_bytes() == good


def test_tracebacks_only_with_debug(journal: Path) -> None:
    journal.parent.mkdir(parents=True)
    journal.write_bytes(b"{")
    quiet = kindness("today", "--db", journal)
    assert quiet.returncode == 1 and "Traceback" not in quiet.stderr
    loud = kindness("today", "--db", journal, "--debug")
    assert loud.returncode == 1 and "Traceback" in loud.stderr


def test_bad_kindness_today_is_a_usage_error(journal: Path) -> None:
    result = kindness("today", "--db", journal, today="26/11/2026")
    assert result.returncode == 2 and "KINDNESS_TODAY" in one_line_error(result)
