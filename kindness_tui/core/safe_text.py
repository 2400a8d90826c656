"""Showing stored text without letting it drive the terminal.

Text typed or imported may hold control sequences (ESC, OSC, C1). Rich and
Textual strip only a few of them, so everything from the journal passes
through `visible()` before it reaches a screen or standard output.
"""

from __future__ import annotations

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
