"""Settings in the journal: read and written in one place (the context), a bad one harmless."""

from __future__ import annotations

from pathlib import Path

import pytest

from kindness_tui.context import clock_for, make_context, read_settings, write_setting
from kindness_tui.core.journal_settings import Settings
from kindness_tui.data.store import Store


def test_a_new_journal_has_the_defaults(tmp_path: Path) -> None:
    assert read_settings(Store(tmp_path / "k.json")) == Settings()


def test_a_setting_written_is_read_back(tmp_path: Path) -> None:
    store = Store(tmp_path / "k.json")
    write_setting(store, "week_start", "sunday")
    write_setting(store, "day_start_hour", 6)
    write_setting(store, "theme", "nord")
    again = Store(tmp_path / "k.json")
    assert read_settings(again) == Settings(day_start_hour=6, week_start="sunday", theme="nord")
    assert again.setting("week_start") == "sunday"  # the journal's format is unchanged
    write_setting(again, "week_start", None)
    assert read_settings(again).week_start == "monday"


def test_a_value_settings_cannot_hold_is_not_written(tmp_path: Path) -> None:
    store = Store(tmp_path / "k.json")
    with pytest.raises(ValueError):
        write_setting(store, "day_start_hour", "late")
    with pytest.raises(ValueError):
        write_setting(store, "no such thing", 1)
    assert not (tmp_path / "k.json").exists()


def test_a_bad_stored_value_falls_back_gently(tmp_path: Path) -> None:
    store = Store(tmp_path / "k.json")
    store.set_setting("day_start_hour", "late")  # a hand-edited journal
    store.set_setting("timezone", 42)
    store.set_setting("mouse", False)
    settings = read_settings(store)
    assert settings == Settings(mouse=False)
    clock = clock_for(store, {})
    assert clock.day_start_hour == 4 and clock.zone is None


def test_the_context_reads_and_changes_them(tmp_path: Path) -> None:
    context = make_context(tmp_path / "k.json", {"KINDNESS_TODAY": "2026-11-26"})
    context.change_setting("mouse", False)
    assert context.settings().mouse is False
    assert make_context(tmp_path / "k.json", {}).settings() == Settings(mouse=False)
