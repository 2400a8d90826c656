"""Stored text made safe for SVG and HTML: visible, escaped, and valid XML.

Everything from the journal that goes into the card or the report passes
through `xml_text` (or `xml_lines` for notes). It shows control, direction and
invisible characters as `safe_text.visible` does, drops the two code points no
XML document may hold (U+FFFE, U+FFFF), and escapes `& < > " '`, so the output
parses as XML and nothing from the data becomes markup.
"""

from __future__ import annotations

from html import escape

from kindness_tui.core.safe_text import one_line, visible

_NOT_IN_XML = {0xFFFE: "\ufffd", 0xFFFF: "\ufffd"}


def xml_text(text: str | None) -> str:
    """One line of stored text, escaped for an element's text or an attribute."""
    return escape(one_line(text).translate(_NOT_IN_XML).strip(), quote=True)


def xml_block(text: str | None) -> str:
    """Text that may run over several lines: escaped, tabs as spaces, newlines kept."""
    shown = visible(text).translate(_NOT_IN_XML).replace("\t", "    ").strip()
    return escape(shown, quote=True)
