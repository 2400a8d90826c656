"""A one-line field that keeps everything pasted into it, within what the journal accepts.

Textual's `Input` keeps only the first line of a multi-line paste, and drops a
paste whole when it would pass `max_length`. This one keeps every line (joined
by spaces) and takes as much as fits, saying so (`TooLong`) when something did
not. The multi-line twin is `long_text.LongTextArea`.
"""

from __future__ import annotations

from collections.abc import Iterator

from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, Label


class TooLong(Message):
    """A paste or a typed text did not fit in its field; the part that fit was kept."""

    def __init__(self, field: Widget, limit: int) -> None:
        super().__init__()
        self.field = field
        """The field that is full."""
        self.limit = limit
        """How many characters the field holds."""


def _join_lines(text: str) -> str:
    """A multi-line paste on one line: its lines joined by single spaces."""
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


class LineInput(Input):
    """A one-line field: a multi-line paste keeps all of its lines, joined by spaces."""

    def _watch_value(self, value: str) -> None:
        # Input sets its virtual size (its text's width) on every change, and the virtual
        # size is a layout reactive: each key laid the whole screen out again, the most
        # of a key's cost on Today. The field's own size never depends on its text here
        # (its width is set by the layout), so only the field needs to know.
        size = Size(self.content_width, 1)
        if size != self.virtual_size:
            self.set_reactive(Widget.virtual_size, size)
        super()._watch_value(value)

    def _on_paste(self, event: events.Paste) -> None:
        event.stop()
        event.prevent_default()  # Input's own handler would paste the first line again
        text = _join_lines(event.text) if "\n" in event.text or "\r" in event.text else event.text
        if not text:
            return
        start, end = sorted(self.selection)
        limit = self.max_length
        if limit and len(text) > limit - (len(self.value) - (end - start)):
            text = text[: max(limit - (len(self.value) - (end - start)), 0)]
            self.post_message(TooLong(self, limit))
        if text:
            self.replace(text, start, end)


def labelled_line(
    label: str, *, id: str, max_length: int, value: str = "", placeholder: str = ""
) -> Iterator[Widget]:
    """A label and, under it, the compact one-line field it names (as a dialog shows them)."""
    yield Label(label)
    yield LineInput(value, placeholder=placeholder, id=id, max_length=max_length, compact=True)
