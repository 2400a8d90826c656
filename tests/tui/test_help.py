"""The help screen's key lists: this app's keys, each once, none of Textual's generic ones."""

from __future__ import annotations

from kindness_tui.screens.help import help_sections


def test_help_lists_each_key_once_and_no_generic_textual_keys() -> None:
    sections = help_sections()
    shown = repr(sections)
    for generic in ("Copy selected text", "super+c", "Focus Next", "Focus Previous"):
        assert generic not in shown
    for title, rows in sections:
        keys = [key for key, _ in rows if key]
        assert len(keys) == len(set(keys)), title
    calendar = dict(sections)["Calendar (F4)"]
    assert ("enter", "open the day to fill it in (today and past days)") in calendar
