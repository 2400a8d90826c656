"""What a 256-colour (TERM=xterm-256color) or 16-colour terminal (TERM=xterm, TERM=linux)
receives: Rich's own downgrade."""

from __future__ import annotations

from functools import lru_cache

from rich.color import ColorSystem
from rich.segment import Segment
from rich.style import Style
from textual.color import Color
from textual.filter import LineFilter

RED = frozenset({1, 9})
"""Red and bright red in the standard sixteen."""


@lru_cache(2048)
def downgraded(style: Style, system: ColorSystem) -> Style:
    """`style` with its colours as near as a terminal of `system` colours can draw them."""
    color = style.color.downgrade(system) if style.color else None
    bgcolor = style.bgcolor.downgrade(system) if style.bgcolor else None
    return style + Style.from_color(color, bgcolor)


class TwoHundredFiftySixColours(LineFilter):
    """Draws as a 256-colour terminal would."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        return [
            Segment(text, downgraded(style, ColorSystem.EIGHT_BIT) if style else style, control)
            for text, style, control in segments
        ]


class SixteenColours(LineFilter):
    """Draws as a 16-colour terminal would, and notes every red it draws (`reds`)."""

    def __init__(self) -> None:
        super().__init__()
        self.reds: dict[str, str] = {}
        """The text drawn in red (or on red), by where it was seen ("fg"/"bg" and text)."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        drawn = []
        for text, style, control in segments:
            if style is not None:
                style = downgraded(style, ColorSystem.STANDARD)
                for where, color in (("fg", style.color), ("bg", style.bgcolor)):
                    seen = text.strip() if where == "fg" else text
                    if color is not None and color.number in RED and seen:
                        self.reds.setdefault(f"{where}:{seen[:20]}", where)
            drawn.append(Segment(text, style, control))
        return drawn
