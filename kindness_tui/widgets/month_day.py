"""The calendar's day panel: what one day holds, in the person's own words.

Everything from the journal goes through `safe_text` and into `Content` as
plain text, never markup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from rich.cells import cell_len
from textual.content import Content
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.visual import Visual
from textual.widget import Widget

from kindness_tui.core.checkin import REFLECTIONS, CheckIn, Item
from kindness_tui.core.checkin_words import REFLECTION_QUESTIONS
from kindness_tui.core.logical_day import date_in_words
from kindness_tui.core.safe_text import one_line, visible
from kindness_tui.widgets.day_column import mark_symbol

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
            parts.append(f"{one_line(item.text, ascii_only=ascii_only)}\n")
        for answer in REFLECTIONS:
            said = getattr(item, answer)
            if (said or "").strip():
                parts.append((f"{REFLECTION_QUESTIONS[answer]} ", "italic"))
                parts.append(f"{one_line(said, ascii_only=ascii_only)}\n")

    item_lines("new_thing", "New thing", checkin.new_thing)
    item_lines("kindness", "Secret kindness", checkin.kindness)
    if checkin.self_kind:
        parts.append((f"{mark_symbol('self_kind', ascii_only)} Kindness to yourself", "bold"))
        parts.append("\n")
        parts.append(f"{one_line(checkin.self_kindness, ascii_only=ascii_only)}\n")
    if checkin.mood is not None:
        parts.append(("Mood: ", "bold"))
        parts.append(f"{checkin.mood} of 10\n")
    if (checkin.note or "").strip():
        parts.append(("Note", "bold"))
        parts.append("\n")
        parts.append(visible((checkin.note or "").strip(), ascii_only=ascii_only) + "\n")
    served = [n for n in (name_of(v) for v in checkin.value_ids()) if n]
    if served:
        parts.append(("Values served: ", "bold"))
        parts.append(", ".join(served) + "\n")
    return Content.assemble(*parts)


class DayPanel(Widget):
    """The selected day's new thing, kindness, kindness to self, mood, note and values.

    Self-drawn so that moving to another day repaints only the lines that differ,
    and of those only as far as their text reaches (SPEC §5: little over the wire).
    """

    DEFAULT_CSS = """
    DayPanel { height: auto; }
    """

    def __init__(self, *, name: str | None = None, id: str | None = None) -> None:
        super().__init__(name=name, id=id)
        self._content = Content("")
        self._strips: list[Strip] = []
        self._strips_width = -1
        self._container_height = 0
        self.day: dt.date | None = None
        """The day shown, once one is."""

    @property
    def text(self) -> str:
        """The panel's text as shown (for tests and screen readers)."""
        return self._content.plain

    def _lay_out(self, width: int) -> list[Strip]:
        if width != self._strips_width:
            self._strips = Visual.to_strips(self, self._content, width, None, self.visual_style)
            self._strips_width = width
        return self._strips

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """At least the scroll's height, so a day with fewer lines is a line-by-line repaint.

        Fitting the height to the text would relayout on most day changes, and a
        relayout rewrites the whole panel and the rows below it (about three times
        the bytes of blanking the few cells the old day's text reached).
        """
        self._container_height = container.height
        return max(len(self._lay_out(width)), container.height)

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        strips = self._lay_out(width)
        if y < len(strips):
            return strips[y].adjust_cell_length(width, self.rich_style)
        return Strip.blank(width, self.rich_style)

    def show(
        self,
        day: dt.date,
        checkin: CheckIn | None,
        *,
        today: dt.date,
        names: Mapping[str, str],
        ascii_only: bool = False,
    ) -> None:
        self.day = day
        content = day_content(day, checkin, today=today, names=names, ascii_only=ascii_only)
        if (content.plain, content.spans) == (self._content.plain, self._content.spans):
            return
        width = self.size.width
        old = list(self._lay_out(width)) if self.is_mounted else []
        self._content = content
        self._strips_width = -1
        if not self.is_mounted or width <= 0:
            self.refresh(layout=True)
            return
        new = self._lay_out(width)
        if max(len(new), self._container_height) != self.size.height:
            self.refresh(layout=True)
            return
        blank = Strip([])
        for y in range(max(len(old), len(new))):
            before = old[y] if y < len(old) else blank
            after = new[y] if y < len(new) else blank
            if before != after:
                reach = max(_reach(before), _reach(after))
                if reach:
                    self.refresh(Region(0, y, reach, 1))


def _reach(strip: Strip) -> int:
    """How far a line's text reaches: trailing blanks need not be sent again."""
    return cell_len(strip.text.rstrip())
