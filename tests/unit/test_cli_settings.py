"""`kindness settings`: list, show and change the settings the app reads, refusing nonsense."""

from __future__ import annotations

from pathlib import Path

import pytest

from kindness_tui.context import make_context
from kindness_tui.data.store import Store
from tests.unit.cli_run import kindness, one_line_error


def test_the_list_names_every_setting_with_its_default(journal: Path) -> None:
    result = kindness("settings", "--db", journal)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == [
        "timezone",
        "day_start_hour",
        "week_start",
        "mouse",
    ]
    assert "monday (the default)" in result.stdout
    assert not journal.exists()  # looking changes nothing


def test_changes_reach_what_the_app_reads(journal: Path) -> None:
    for name, value, said in (
        ("timezone", "Asia/Tokyo", "timezone is now Asia/Tokyo"),
        ("day_start_hour", "5", "day_start_hour is now 5"),
        ("week_start", "Sunday", "week_start is now sunday"),
        ("mouse", "off", "mouse is now off"),
    ):
        result = kindness("settings", name, value, "--db", journal)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == said
    context = make_context(journal, {})
    assert context.clock.zone == "Asia/Tokyo" and context.clock.day_start_hour == 5
    store = Store(journal)
    assert store.setting("week_start") == "sunday" and store.setting("mouse") is False
    assert kindness("settings", "mouse", "--db", journal).stdout.strip() == "off"


def test_default_puts_a_setting_back(journal: Path) -> None:
    kindness("settings", "timezone", "Europe/Berlin", "--db", journal)
    result = kindness("settings", "timezone", "default", "--db", journal)
    assert result.stdout.strip() == "timezone is now the machine's own (the default)"
    assert make_context(journal, {}).clock.zone is None


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("timezone", "Mars/Olympus"), "timezone: 'Mars/Olympus' is not a time zone"),
        (("timezone", "../../etc/passwd"), "timezone: '../../etc/passwd' is not a time zone"),
        (("day_start_hour", "25"), "day_start_hour: '25' is not an hour from 0 to 23"),
        (("day_start_hour", "-1"), "day_start_hour: '-1' is not an hour"),
        (("week_start", "tuesday"), "week_start: 'tuesday' is not monday or sunday"),
        (("mouse", "maybe"), "mouse: 'maybe' is not on or off"),
        (("colour", "red"), "settings: 'colour' is not a setting"),
    ],
)
def test_nonsense_is_refused_in_one_line_and_changes_nothing(
    journal: Path, args: tuple[str, str], named: str
) -> None:
    kindness("settings", "mouse", "off", "--db", journal)
    before = journal.read_bytes()
    result = kindness("settings", *args, "--db", journal)
    assert result.returncode == 2
    assert named in one_line_error(result)
    assert journal.read_bytes() == before
