"""What a 16-colour terminal (TERM=xterm, TERM=linux) receives: Rich's own downgrade."""

from __future__ import annotations

from functools import lru_cache

from rich.color import ColorSystem
from rich.segment import Segment
from rich.style import Style
from textual.color import Color
from textual.filter import LineFilter

RED = frozenset({1, 9})
"""Red and bright red in the standard sixteen."""


@lru_cache(1024)
def sixteen(style: Style) -> Style:
    color = style.color.downgrade(ColorSystem.STANDARD) if style.color else None
    bgcolor = style.bgcolor.downgrade(ColorSystem.STANDARD) if style.bgcolor else None
    return style + Style.from_color(color, bgcolor)


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
                style = sixteen(style)
                for where, color in (("fg", style.color), ("bg", style.bgcolor)):
                    seen = text.strip() if where == "fg" else text
                    if color is not None and color.number in RED and seen:
                        self.reds.setdefault(f"{where}:{seen[:20]}", where)
            drawn.append(Segment(text, style, control))
        return drawn
