"""No red in 16 colours: a terminal with 16 colours gets amber or rose where red would be.

SPEC §1 keeps red out of the app. Truecolor and 256-colour terminals show a theme's
oranges and pinks as they are, but a 16-colour terminal (`TERM=xterm`, `TERM=linux`)
has no orange and no pink: Rich's downgrade picks the nearest of its sixteen, which for
most warm accents is red. Rather than choosing, theme by theme, colours that happen to
downgrade well, the app draws through `CalmColours` whenever its console has 16 colours:
any colour that would come out red is drawn as yellow (for oranges and ambers) or magenta
(for pinks), keeping its brightness. This covers every theme and every widget at once.
"""

from __future__ import annotations

import colorsys
from functools import lru_cache

from rich.color import Color as RichColor
from rich.color import ColorSystem
from rich.segment import Segment
from rich.style import Style
from textual.color import Color
from textual.filter import LineFilter

RED = frozenset({1, 9})
"""The standard palette's red and bright red."""
_CALM = {1: (3, 5), 9: (11, 13)}
"""For red and bright red: the (yellow, magenta) to draw instead, as bright as the red."""
PINK_FROM = 0.75
"""Hues from here (270°) round to red are pinks and become magenta; the rest, yellow."""


def calm(color: RichColor | None) -> RichColor | None:
    """`color`, or a calm standard colour if 16 colours would show it as red."""
    if color is None or color.is_default:
        return color
    standard = color.downgrade(ColorSystem.STANDARD)
    if standard.number not in RED:
        return color
    red, green, blue = color.get_truecolor()
    hue, _light, _saturation = colorsys.rgb_to_hls(red / 255, green / 255, blue / 255)
    yellow, magenta = _CALM[standard.number or 1]
    return RichColor.from_ansi(magenta if hue >= PINK_FROM else yellow)


@lru_cache(maxsize=1024)
def calm_style(style: Style) -> Style:
    color, bgcolor = calm(style.color), calm(style.bgcolor)
    if color is style.color and bgcolor is style.bgcolor:
        return style
    return style + Style.from_color(color, bgcolor)


class CalmColours(LineFilter):
    """A line filter that redraws what would be red in 16 colours as yellow or magenta."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        return [
            Segment(text, None if style is None else calm_style(style), control)
            for text, style, control in segments
        ]


CALM_COLOURS = CalmColours()
"""Drawn first in 16 colours, where Rich would turn warm accents into red (SPEC §1)."""
