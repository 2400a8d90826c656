"""Showing stored text without letting it drive the terminal.

Text typed or imported may hold control sequences (ESC, OSC, C1). Rich and
Textual strip only a few of them, so everything from the journal passes
through `visible()` before it reaches a screen or standard output.

Laying text out is measured in terminal cells, never in code points: a CJK
character or an emoji takes two cells, a combining accent none (`cell_width`),
and text cut to fit keeps whole characters as a person sees them (`fit_cells`).
"""

from __future__ import annotations

import unicodedata

from rich.cells import cell_len, split_graphemes

_C0_SYMBOLS = {code: chr(0x2400 + code) for code in range(0x20)}
_TABLE: dict[int, str] = {}
for _code in range(0x20):
    if _code not in (0x09, 0x0A):
        _TABLE[_code] = _C0_SYMBOLS[_code]
_TABLE[0x7F] = "\u2421"  # ␡
for _code in range(0x80, 0xA0):
    _TABLE[_code] = f"<{_code:02X}>"
# Unicode's own line and paragraph separators, bidi controls (which turn text around) and
# invisible characters (which hide text, or make a terminal and the layout disagree on
# widths) are shown too. The zero-width joiner and non-joiner stay: emoji and scripts
# need them to draw as people wrote them.
for _code in (0x2028, 0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068,
              0x2069, 0x200E, 0x200F, 0x061C, 0x200B, 0x2060, 0xFEFF, 0x180E):
    _TABLE[_code] = f"<U+{_code:04X}>"

_ASCII_TABLE = dict(_TABLE)
for _code in range(0x20):
    if _code not in (0x09, 0x0A):
        _ASCII_TABLE[_code] = f"^{chr(_code + 0x40)}"
_ASCII_TABLE[0x7F] = "^?"


def visible(text: str | None, *, ascii_only: bool = False) -> str:
    """`text` with C0 (but newline and tab), DEL and C1 shown as harmless symbols."""
    if not text:
        return ""
    return text.translate(_ASCII_TABLE if ascii_only else _TABLE)


def one_line(text: str | None, *, ascii_only: bool = False) -> str:
    """`visible()` text on one line: newlines and tabs become spaces."""
    return visible(text, ascii_only=ascii_only).replace("\n", " ").replace("\t", " ")


ELLIPSIS = "\u2026"
ASCII_ELLIPSIS = "."


def cell_width(text: str) -> int:
    """How many terminal cells `text` takes: a wide character two, a combining mark none."""
    return cell_len(text)


def graphemes(text: str) -> list[tuple[str, int]]:
    """`text` as the characters a person sees, each with its width in cells.

    A letter keeps its combining marks ("e" + U+0301 is one), an emoji its joiners
    and variation selectors, so a cut never leaves a mark or half a picture behind.
    """
    spans, _ = split_graphemes(text)
    return [(text[start:end], width) for start, end, width in spans]


def fit_cells(text: str, width: int, *, ascii_only: bool = False) -> str:
    """`text` in at most `width` cells; when it must be cut, whole characters and a mark.

    The mark is `…` (`.` in ASCII). A wide character that would straddle the end is
    left out whole, so the result may be a cell short of `width`.
    """
    if width <= 0:
        return ""
    if cell_width(text) <= width:
        return text
    mark = ASCII_ELLIPSIS if ascii_only else ELLIPSIS
    room = width - cell_width(mark)
    kept: list[str] = []
    used = 0
    for char, cells in graphemes(text):
        if used + cells > room:
            break
        kept.append(char)
        used += cells
    return "".join(kept).rstrip() + mark


def in_ascii(text: str) -> str:
    """`text` for a terminal that shows only ASCII: accents dropped, anything else a `?`.

    "Crème" becomes "Creme" (either spelling), "家族" "??" and "🌱" "?", so the
    width a screen measures is the width the terminal draws.
    """
    if text.isascii():
        return text
    shown: list[str] = []
    for char, _cells in graphemes(text):
        if char.isascii():
            shown.append(char)
            continue
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        shown.append(base if base and base.isascii() and base.isprintable() else "?")
    return "".join(shown)
