"""The "Who I am" wallet card: the person's values in a small box of text.

Something to look at (or print) when a label threatens to take over. Plain
text, so the CLI prints it and the TUI shows it the same way.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence

from kindness_tui.core.models import Assessment, Value
from kindness_tui.core.safe_text import one_line

TITLE = "Who I am"
CLOSING = "More than any label, and still growing."
EMPTY_LINES = (
    "Your values will live here.",
    "Find them on the value wheel: run `kindness`, then press F3.",
)
MIN_WIDTH = 24
SAYS_HEADING = "What my acts say about me:"
"""Above the card's recent "What does that say about you?" answers (SPEC §2.2)."""
LIVED_HEADING = "Lived lately:"
"""Before the values the person's done acts served in the last 30 days (only those)."""


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
    says: Sequence[str] = (),
    lived: Mapping[str, int] | None = None,
) -> str:
    """The card as plain text, `width` cells wide, one line per active value.

    `assessment` is accepted so a later version can show ratings; the card
    deliberately lists values without ratings: it is about who, not how much.
    `says` are up to three recent "What does that say about you?" answers, and
    `lived` the done acts per value id lately: only values lived are named, with
    how often (what was done is counted, never what was not).
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
        times = "x" if ascii_only else "×"
        lived_names = [
            f"{one_line(v.name, ascii_only=ascii_only).strip()} {times}{(lived or {})[v.id]}"
            for v in active
            if (lived or {}).get(v.id, 0) > 0
        ]
        if lived_names:
            body.append("")
            body.extend(wrap(f"{LIVED_HEADING} {', '.join(lived_names)}", inner, indent="  "))
    shown_says = [t for t in (one_line(a, ascii_only=ascii_only).strip() for a in says) if t]
    if shown_says:
        body += ["", SAYS_HEADING]
        for answer in shown_says[:3]:
            body.extend(wrap(f"{bullet} {answer}", inner, indent="  "))
    if active:
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
