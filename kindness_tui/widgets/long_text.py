"""A multi-line field that stops at what the journal accepts (SPEC §4.2: 5000 characters).

Textual's `TextArea` has no limit, so a note longer than the journal allows
could be typed and then never saved. Imported where it is built: a start need
not load TextArea before the first frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import TextArea

if TYPE_CHECKING:
    from textual.widgets.text_area import EditResult, Location

from kindness_tui.widgets.text_fields import TooLong


class LongTextArea(TextArea):
    """A TextArea holding at most `limit` characters; typing or pasting past it keeps what fits."""

    def __init__(self, text: str = "", *, limit: int, **kwargs: object) -> None:
        super().__init__(text, **kwargs)  # type: ignore[arg-type]
        self.limit = limit

    def _replace_via_keyboard(
        self, insert: str, start: Location, end: Location
    ) -> EditResult | None:
        top, bottom = sorted((start, end))
        room = self.limit - (len(self.text) - len(self.get_text_range(top, bottom)))
        if len(insert) > room:
            insert = insert[: max(room, 0)]
            self.post_message(TooLong(self, self.limit))
            if not insert and top == bottom:
                return None
        return super()._replace_via_keyboard(insert, start, end)
