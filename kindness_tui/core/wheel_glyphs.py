"""The characters the value wheel is drawn with: braille dots, or ASCII without UTF-8.

A braille character holds 2 × 4 dots, each one bit above U+2800; the ASCII
fallback draws each kind of cell with one character, and tells neighbouring
slices apart by their fill.
"""

from __future__ import annotations

BRAILLE_BASE = 0x2800
"""The empty braille character; each dot adds its bit to it."""

BRAILLE_BITS = ((0x01, 0x08), (0x02, 0x10), (0x04, 0x20), (0x40, 0x80))
"""The bit of each braille dot, by (row of dots, column of dots) within a cell."""

ASCII_FILLS = (":", "+", "*", "o")
ASCII_SELECTED = "#"
ASCII_WANT = "="
ASCII_OLD = "-"
ASCII_RIM = "."


def braille(bits: int) -> str:
    """The braille character with the dots of `bits` on."""
    return chr(BRAILLE_BASE + bits)


def braille_dots(char: str) -> int:
    """How many dots of a braille character are on (0 for any other character)."""
    code = ord(char)
    if BRAILLE_BASE <= code <= BRAILLE_BASE + 0xFF:
        return bin(code - BRAILLE_BASE).count("1")
    return 0


def ascii_fill(index: int, count: int) -> str:
    """The fill of slice `index` of `count` in ASCII: neighbours differ, the last from the first."""
    char = ASCII_FILLS[index % 2 if count % 2 == 0 else index % 3]
    if count > 1 and index == count - 1 and char == ascii_fill(0, count):
        return ASCII_FILLS[3]
    return char
