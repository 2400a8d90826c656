"""ASCII only, everywhere: the last word on what reaches a terminal that cannot show more.

Screens already draw their own ASCII in ASCII mode (`KINDNESS_ASCII=1` or a locale that is
not UTF-8): `+ new thing` for `✦`, ASCII wheels. But a terminal also receives Textual's
borders and scrollbars, and the person's own words (`Family 家族`, `Growth 🌱`). Rather than
chasing each, the app draws through `AsciiOnly` in ASCII mode: every character outside
ASCII becomes an ASCII one of the same width: box drawing becomes `+ - |`, blocks `#`,
arrows `< > ^ v`, accented letters lose their accents (`é` → `e`), and what has no ASCII
form becomes `?`, two of them for a wide character, so nothing beside it moves.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from rich.cells import cell_len
from rich.segment import Segment
from textual.color import Color
from textual.filter import LineFilter

_SAME: dict[str, str] = {
    "·": "-", "•": "*", "…": ".", "—": "-", "–": "-", "‘": "'", "’": "'", "“": '"', "”": '"',
    "←": "<", "→": ">", "↑": "^", "↓": "v", "▲": "^", "▼": "v", "◀": "<", "▶": ">",
    "✓": "x", "✔": "x", "✗": "x", "✦": "+", "♥": "*", "○": "o", "●": "o", "⏎": "<",
}  # fmt: skip
"""Characters with a well-known ASCII look-alike."""


def _box(char: str) -> str | None:
    """Box drawing and block elements (borders, scrollbars, bars) as ASCII."""
    code = ord(char)
    if 0x2500 <= code <= 0x257F:  # box drawing
        name = unicodedata.name(char, "")
        if "HORIZONTAL" in name and "VERTICAL" not in name:
            return "-"
        if "VERTICAL" in name and "HORIZONTAL" not in name and "AND" not in name:
            return "|"
        return "+"
    if code in (0x258F, 0x2595, 0x258E, 0x258D):  # thin left and right blocks: a rule
        return "|"
    if 0x2580 <= code <= 0x259F:  # blocks and shades
        return "#"
    if 0x2800 <= code <= 0x28FF:  # braille dots
        return "." if code != 0x2800 else " "
    return None


@lru_cache(maxsize=4096)
def ascii_char(char: str) -> str:
    """`char` as ASCII text taking the same number of cells."""
    if char.isascii():
        return char
    width = cell_len(char)
    if width == 0:
        return ""  # a combining mark or a joiner: its letter carries on without it
    found = _SAME.get(char) or _box(char)
    if found is None:
        letters = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()
        found = letters if letters and cell_len(letters) <= width else "?"
    return found.ljust(width, "?" if found == "?" else " ")[:width]


@lru_cache(maxsize=4096)
def ascii_text(text: str) -> str:
    """`text` with every character as ASCII of the same width (see `ascii_char`)."""
    if text.isascii():
        return text
    return "".join(ascii_char(char) for char in text)


class AsciiOnly(LineFilter):
    """A line filter that leaves nothing but ASCII, each line as wide as it was."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        return [
            segment
            if segment.control or segment.text.isascii()
            else Segment(ascii_text(segment.text), segment.style)
            for segment in segments
        ]


ASCII_ONLY = AsciiOnly()
"""Drawn last in ASCII mode: Textual's borders and the person's words become ASCII too."""
