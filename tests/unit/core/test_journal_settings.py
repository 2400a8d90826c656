"""The settings object: defaults, stored values read gently, only good values written."""

from __future__ import annotations

from typing import Any

import pytest

from kindness_tui.core import settings as typed_settings
from kindness_tui.core.journal_settings import WEEK_STARTS, Settings
from kindness_tui.core.logical_day import DEFAULT_DAY_START
from kindness_tui.core.month_grid import WEEK_STARTS as CALENDAR_WEEK_STARTS


def test_the_defaults() -> None:
    default = Settings()
    assert default == Settings.from_stored({})
    assert default.timezone is None
    assert default.day_start_hour == DEFAULT_DAY_START == 4
    assert default.week_start == "monday"
    assert default.mouse is True
    assert default.theme is None


def test_stored_values_are_read() -> None:
    stored = {
        "timezone": "Europe/Berlin",
        "day_start_hour": 0,
        "week_start": " Sunday ",
        "mouse": False,
        "theme": "nord",
        "something else": 1,
    }
    assert Settings.from_stored(stored) == Settings(
        timezone="Europe/Berlin", day_start_hour=0, week_start="sunday", mouse=False, theme="nord"
    )


@pytest.mark.parametrize(
    ("name", "bad"),
    [
        ("timezone", ""),
        ("timezone", 3),
        ("timezone", ["Europe/Berlin"]),
        ("day_start_hour", 24),
        ("day_start_hour", -1),
        ("day_start_hour", "6"),
        ("day_start_hour", 4.5),
        ("day_start_hour", True),
        ("week_start", "tuesday"),
        ("week_start", 6),
        ("mouse", "off"),
        ("mouse", 0),
        ("theme", ""),
        ("theme", {"name": "nord"}),
    ],
)
def test_a_bad_stored_value_reads_as_its_default(name: str, bad: Any) -> None:
    read = Settings.from_stored({"theme": "kept", name: bad})
    assert getattr(read, name) == getattr(Settings(), name)
    if name != "theme":  # the others are read all the same
        assert read.theme == "kept"


def test_the_stored_form_reads_back_the_same() -> None:
    settings = Settings(timezone="Asia/Tokyo", day_start_hour=6, week_start="sunday", mouse=False)
    assert Settings.from_stored(settings.stored()) == settings
    assert set(settings.stored()) == set(Settings.names())


def test_only_values_a_settings_can_hold_are_written() -> None:
    assert Settings.checked("week_start", "sunday") == "sunday"
    assert Settings.checked("day_start_hour", 23) == 23
    assert Settings.checked("mouse", False) is False
    assert Settings.checked("theme", "nord") == "nord"
    assert Settings.checked("timezone", None) is None  # None puts the default back
    for name, bad in [
        ("week_start", "Sunday"),
        ("day_start_hour", True),
        ("day_start_hour", 24),
        ("mouse", "off"),
        ("mouse", 1),
        ("timezone", ""),
        ("nonsense", 1),
    ]:
        with pytest.raises(ValueError):
            Settings.checked(name, bad)


def test_kindness_settings_agrees_with_the_settings_object() -> None:
    # `kindness settings` describes and checks what a person types (core.settings);
    # what it stores must be a value Settings holds, and its defaults the same.
    default = Settings()
    assert set(typed_settings.SETTINGS) <= set(Settings.names())
    shown_defaults = {name: s.default for name, s in typed_settings.SETTINGS.items()}
    assert shown_defaults["day_start_hour"] == str(default.day_start_hour)
    assert shown_defaults["week_start"] == default.week_start
    assert shown_defaults["mouse"] == ("on" if default.mouse else "off")
    for name, typed in [
        ("timezone", " Europe/Berlin "),
        ("day_start_hour", "7"),
        ("week_start", "SUNDAY"),
        ("mouse", "off"),
        ("mouse", "default"),
    ]:
        stored = typed_settings.read(typed_settings.find(name), typed)
        assert Settings.checked(name, stored) == stored


def test_the_calendar_knows_every_week_start() -> None:
    assert set(WEEK_STARTS) == set(CALENDAR_WEEK_STARTS)
