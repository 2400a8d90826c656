"""The calendar's day panel: what one day holds, in the person's own words.

Everything from the journal goes through `safe_text` and into `Content` as
plain text, never markup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from textual.content import Content
from textual.widgets import Static

from kindness_tui.core.logical_day import date_in_words
from kindness_tui.core.models import CheckIn, Item
from kindness_tui.core.safe_text import one_line, visible
from kindness_tui.widgets.month_grid import mark_symbol

LATER_WORDS = "This day is still ahead. It can be filled in once it arrives."
EMPTY_PAST_WORDS = "Nothing written down for this day. Press Enter if you'd like to add something."
EMPTY_TODAY_WORDS = "Today is still open. Press Enter to fill it in."


def day_heading(day: dt.date, today: dt.date) -> str:
    words = date_in_words(day)
    if day.year != today.year:
        words += f" {day.year}"
    if day == today:
        words += " · today"
    return words


def day_content(
    day: dt.date,
    checkin: CheckIn | None,
    *,
    today: dt.date,
    names: Mapping[str, str],
    ascii_only: bool = False,
) -> Content:
    """The panel's text for one day."""
    parts: list[str | tuple[str, str]] = [(day_heading(day, today), "bold"), "\n\n"]
    if day > today:
        parts.append((LATER_WORDS, "italic"))
        return Content.assemble(*parts)
    if checkin is None or not checkin.showed_up:
        parts.append((EMPTY_TODAY_WORDS if day == today else EMPTY_PAST_WORDS, "italic"))
        return Content.assemble(*parts)

    def name_of(value_id: str | None) -> str | None:
        if value_id is None:
            return None
        return one_line(names.get(value_id, "a value no longer kept"), ascii_only=ascii_only)

    def item_lines(kind: str, label: str, item: Item | None) -> None:
        if item is None or item.is_empty:
            return
        symbol = mark_symbol(kind, ascii_only) if item.done else " "
        state = label if item.done else f"{label} (planned)"
        parts.append((f"{symbol} {state}", "bold" if item.done else "dim"))
        value = name_of(item.value_id)
        if value:
            parts.append((f" · {value}", "italic"))
        parts.append("\n")
        if item.text.strip():
            parts.append(f"  {one_line(item.text, ascii_only=ascii_only)}\n")

    item_lines("new_thing", "New thing", checkin.new_thing)
    item_lines("kindness", "Secret kindness", checkin.kindness)
    if checkin.self_kind:
        parts.append((f"{mark_symbol('self_kind', ascii_only)} Kindness to yourself", "bold"))
        parts.append("\n")
        parts.append(f"  {one_line(checkin.self_kindness, ascii_only=ascii_only)}\n")
    if checkin.mood is not None:
        parts.append(("Mood ", "bold"))
        parts.append(f"{checkin.mood} of 10\n")
    if (checkin.note or "").strip():
        parts.append(("Note", "bold"))
        parts.append("\n")
        parts.append(visible((checkin.note or "").strip(), ascii_only=ascii_only) + "\n")
    served = [n for n in (name_of(v) for v in checkin.value_ids()) if n]
    if served:
        parts.append(("Values served ", "bold"))
        parts.append(", ".join(served) + "\n")
    return Content.assemble(*parts)


class DayPanel(Static):
    """The selected day's new thing, kindness, kindness to self, mood, note and values."""

    DEFAULT_CSS = """
    DayPanel { height: auto; }
    """

    def show(
        self,
        day: dt.date,
        checkin: CheckIn | None,
        *,
        today: dt.date,
        names: Mapping[str, str],
        ascii_only: bool = False,
    ) -> None:
        content = day_content(day, checkin, today=today, names=names, ascii_only=ascii_only)
        if content != self.content:
            self.update(content)
