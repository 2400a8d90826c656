"""A done toggle that reads the same in colour, in 16 colours and with NO_COLOR."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox


class DoneBox(Checkbox):
    """`[✓] done` or `[ ] done`: the state is in the glyph, not only in the colour."""

    BUTTON_LEFT = "["
    BUTTON_RIGHT = "]"

    def __init__(
        self,
        *,
        ascii_only: bool = False,
        value: bool = False,
        id: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__("done", value, id=id, compact=True, disabled=disabled)
        self.ascii_only = ascii_only

    @property
    def _button(self) -> Content:
        mark = "x" if self.ascii_only else "✓"
        self.BUTTON_INNER = mark if self.value else " "
        return super()._button
