"""The two line filters that adapt what reaches a limited terminal: ASCII only, and no red
in 16 colours. Each keeps every line's width."""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from rich.color import Color, ColorSystem
from rich.segment import Segment
from rich.style import Style
from textual.color import Color as TextualColor

from kindness_tui.context import has_sixteen_colours, wants_ascii
from kindness_tui.widgets.ascii_only import AsciiOnly, ascii_text
from kindness_tui.widgets.calm_colours import calm


@pytest.mark.parametrize(
    ("text", "ascii"),
    [
        ("Family 家族", "Family ????"),
        ("Growth 🌱", "Growth ??"),
        ("Cre\u0300me bru\u0302le\u0301e", "Creme brulee"),
        ("Crème brûlée", "Creme brulee"),
        ("╭─ Note ─╮", "+- Note -+"),
        ("│ a ▏ b ▃", "| a | b #"),
        ("26 November · today…", "26 November - today."),
        ("←→ Pick  ⏎ Edit", "<> Pick  < Edit"),
    ],
)
def test_ascii_keeps_the_width(text: str, ascii: str) -> None:
    shown = ascii_text(text)
    assert shown == ascii
    assert shown.isascii() and cell_len(shown) == cell_len(text)


def test_the_ascii_filter_changes_only_what_is_not_ascii() -> None:
    style = Style(bold=True)
    plain = Segment("plain", style)
    line = AsciiOnly().apply([plain, Segment("家", style)], TextualColor(0, 0, 0))
    assert line[0] is plain and line[1] == Segment("??", style)


@pytest.mark.parametrize("colour", ["#fea62b", "#fd640b", "#ff5d98", "#ff0000", "#aa0000"])
def test_nothing_calm_is_red_in_sixteen_colours(colour: str) -> None:
    original = Color.parse(colour)
    assert original.downgrade(ColorSystem.STANDARD).number in (1, 9)  # red, untreated
    assert calm(original).downgrade(ColorSystem.STANDARD).number not in (1, 9)


def test_calm_leaves_other_colours_alone() -> None:
    blue = Color.parse("#3366ff")
    assert calm(blue) is blue and calm(None) is None


@pytest.mark.parametrize(
    ("env", "sixteen"),
    [
        ({"TERM": "xterm"}, True),
        ({"TERM": "linux"}, True),
        ({"TERM": "xterm-256color"}, False),
        ({"TERM": "xterm", "COLORTERM": "truecolor"}, False),
        ({}, False),
        ({"TERM": "xterm-256color", "TEXTUAL_COLOR_SYSTEM": "standard"}, True),
    ],
)
def test_sixteen_colours_are_read_from_the_terminal(env: dict[str, str], sixteen: bool) -> None:
    assert has_sixteen_colours(env) is sixteen


@pytest.mark.parametrize(
    ("env", "ascii"),
    [
        ({"LANG": "C"}, True),
        ({"LANG": "C", "LC_CTYPE": "C.UTF-8"}, True),  # Python's own coercion (PEP 538)
        ({"LANG": "de_DE.ISO-8859-1", "LC_CTYPE": "C.UTF-8"}, True),  # sent, not installed
        ({"LANG": "en_GB.UTF-8", "LC_CTYPE": "C.UTF-8"}, False),
        ({"LC_CTYPE": "C.UTF-8"}, False),  # no locale at all (an SSH login that sent none)
        ({"LANG": "en_GB.UTF-8"}, False),
        ({"LANG": "C", "LC_ALL": "en_GB.UTF-8"}, False),
        ({"LANG": "C.UTF-8", "KINDNESS_ASCII": "1"}, True),
    ],
)
def test_ascii_mode_follows_the_locale_the_terminal_was_given(
    env: dict[str, str], ascii: bool
) -> None:
    assert wants_ascii(env) is ascii
