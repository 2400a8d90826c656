"""The one way text from the journal becomes something a widget shows.

Stored text may hold terminal control sequences or look like markup (`Art
[/music]`, `[@click=app.quit]`). Widgets that take a `str` read it as markup
(Static, Label, the options of Select and OptionList, titles), and Rich and
Textual strip only a few control codes. Everything from the journal therefore
reaches a widget as a Rich `Text` built here: its control characters shown as
visible symbols (`core.safe_text`), never parsed as markup.
"""

from __future__ import annotations

from rich.text import Text

from kindness_tui.core.safe_text import one_line, visible


def line(text: str | None, style: str = "", *, ascii_only: bool = False) -> Text:
    """Stored text on one line (newlines and tabs as spaces), safe to show."""
    return Text(one_line(text, ascii_only=ascii_only), style=style)


def block(text: str | None, style: str = "", *, ascii_only: bool = False) -> Text:
    """Stored text with its lines, safe to show."""
    return Text(visible(text, ascii_only=ascii_only), style=style)
