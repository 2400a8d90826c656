"""The "Who I am" wallet card: the person's values in a small box of text.

Something to look at (or print) when a label threatens to take over. Plain
text, so the CLI prints it and the TUI shows it the same way.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from kindness_tui.core.models import Assessment, Value
from kindness_tui.core.safe_text import one_line

TITLE = "Who I am"
CLOSING = "More than any label, and still growing."
EMPTY_LINES = (
    "Your values will live here.",
    "Find them on the value wheel: run `kindness`, then press F3.",
)
MIN_WIDTH = 24


def cell_width(text: str) -> int:
    """How many terminal cells `text` takes (wide East Asian letters take two)."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _cut(word: str, width: int) -> tuple[str, str]:
    """The longest head of `word` that fits in `width` cells, and the rest."""
    used = 0
    for i, ch in enumerate(word):
        w = cell_width(ch)
        if used + w > width:
            return word[:i], word[i:]
        used += w
    return word, ""


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """Word-wrap `text` into lines of at most `width` cells; later lines get `indent`."""
    width = max(width, 1)
    lines: list[str] = []
    line = ""
    for word in text.split():
        prefix = indent if lines else ""
        room = width - cell_width(prefix)
        candidate = f"{line} {word}" if line else word
        if cell_width(candidate) <= room:
            line = candidate
            continue
        if line:
            lines.append(prefix + line)
            prefix = indent
            room = width - cell_width(prefix)
            line = ""
        while cell_width(word) > room:
            head, word = _cut(word, max(room, 1))
            if not head:
                head, word = word[0], word[1:]
            lines.append(prefix + head)
            prefix = indent
            room = width - cell_width(prefix)
        line = word
    if line or not lines:
        lines.append((indent if lines else "") + line)
    return lines


def who_i_am_card(
    values: Sequence[Value],
    assessment: Assessment | None,
    *,
    ascii_only: bool = False,
    width: int = 44,
) -> str:
    """The card as plain text, `width` cells wide, one line per active value.

    `assessment` is accepted so a later version can show ratings; the card
    deliberately lists values without numbers: it is about who, not how much.
    """
    del assessment
    width = max(width, MIN_WIDTH)
    inner = width - 4
    if ascii_only:
        tl, tr, bl, br, h, v, bullet, dash = "+", "+", "+", "+", "-", "|", "*", "-"
    else:
        tl, tr, bl, br, h, v, bullet, dash = "╭", "╮", "╰", "╯", "─", "│", "•", "—"

    body: list[str] = []
    active = [value for value in values if not value.archived]
    if not active:
        for text in EMPTY_LINES:
            body.extend(wrap(text, inner))
    else:
        for value in active:
            name = one_line(value.name, ascii_only=ascii_only).strip()
            about = one_line(value.about, ascii_only=ascii_only).strip()
            text = f"{bullet} {name} {dash} {about}" if about else f"{bullet} {name}"
            body.extend(wrap(text, inner, indent="  "))
        body.append("")
        body.extend(wrap(CLOSING, inner))

    title = f"{h} {TITLE} "
    top = tl + title + h * (width - 2 - cell_width(title)) + tr
    lines = [top, f"{v}{' ' * (width - 2)}{v}"]
    for text in body:
        lines.append(f"{v} {text}{' ' * (inner - cell_width(text))} {v}")
    lines.append(f"{v}{' ' * (width - 2)}{v}")
    lines.append(bl + h * (width - 2) + br)
    return "\n".join(lines)
