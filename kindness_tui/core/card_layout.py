"""Where each line of the wallet card goes, in millimetres: a pure layout, no drawing.

The card is ID-1 size (85.6 × 54 mm, a bank card). Its text is laid out here
as boxes with positions, sizes and estimated widths, so tests can check that
everything stays inside the card; `card_svg` only writes the boxes out.

There are no font metrics in the standard library, so widths are estimated
per character, on the generous side (`text_width`): an East Asian wide letter
or an emoji counts two units, a unit is 0.64 em, capitals and `m w` more,
`i l .` less. The card also clips its drawing to its edge.

How many values fit (the rule, also in the README):

1. The values that matter most come first: highest want, then highest now,
   then the wheel's order. Up to three recent "says" answers go at the foot,
   each on at most two lines.
2. The values' type is the largest size from 3.6 mm down to 2.2 mm at which
   every name fits whole, in one, two or three columns (fewest first), a name
   wrapping onto a second line where it must.
3. When no size fits every name whole, the "says" answers shrink to one line
   each and step 2 is tried again; then names are cut with `…` at the smallest
   size, in the columns (one to three, a name on one line, or on two where
   that keeps a quarter more of the words) that keep the most of their words.
4. Only if even that cannot hold them all are the last values left off, with
   a line saying how many more are on the wheel (it cannot happen with the
   wheel's 15 values and three answers; the rule is here for safety).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from kindness_tui.core.card import CLOSING, EMPTY_LINES, TITLE
from kindness_tui.core.safe_text import ELLIPSIS, graphemes, one_line

CARD_WIDTH = 85.6
CARD_HEIGHT = 54.0
MARGIN = 4.0
"""Empty border inside the card's edge, in mm: nothing is laid out in it."""
TITLE_SIZE = 5.0
SAYS_SIZE = 2.5
VALUE_SIZES = (3.6, 3.4, 3.2, 3.0, 2.8, 2.6, 2.4, 2.2)
"""The values' type sizes tried, largest first; 2.2 mm (about 6 pt) is the smallest."""
LINE = 1.22
"""Line height, as a multiple of the type size."""
ASCENT = 0.8
"""How far the baseline sits below a line's top, as a multiple of the type size."""
COLUMN_GAP = 3.0
TWO_LINES_BETTER = 1.25
"""Names cut onto two lines only when that keeps a quarter more of their words than one."""
BULLET = "\u2022 "
UNIT_EM = 0.64
"""Estimated width of one terminal cell of text, in em (generous for sans-serif)."""
BOLD = 1.1
_NARROW = set("iljt.,:;'|!()[]{} frI\"`")
_WIDE = set("mwMW@%<>=+~#&")

INNER_LEFT = MARGIN
INNER_RIGHT = CARD_WIDTH - MARGIN
INNER_TOP = MARGIN
INNER_BOTTOM = CARD_HEIGHT - MARGIN
INNER_WIDTH = INNER_RIGHT - INNER_LEFT


@dataclass(frozen=True)
class TextBox:
    """One line of text on the card: its top-left corner, size and estimated width, in mm."""

    x: float
    y: float
    """Top of the line; the baseline is at `baseline`."""
    width: float
    """The text's estimated width (`text_width`), bold included."""
    size: float
    """Type size (em) in mm."""
    text: str
    """Already one line and made visible (control characters shown as symbols)."""
    role: str
    """"title", "value", "says", "closing" or "more": how it is drawn."""

    @property
    def height(self) -> float:
        return self.size * LINE

    @property
    def baseline(self) -> float:
        return self.y + self.size * ASCENT


@dataclass(frozen=True)
class CardLayout:
    """Every line of the card, and what the fit rule decided."""

    boxes: tuple[TextBox, ...]
    value_size: float
    columns: int
    shown: int
    """How many values are on the card."""
    cut: bool
    """True when some name was cut short with `…`."""
    divider_y: float | None
    """Where a thin line separates the values from the "says" answers, if it does."""


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The estimated width of `text` in mm at type size `size` mm (see the module)."""
    em = 0.0
    for char, cells in graphemes(text):
        if cells >= 2:
            em += cells * UNIT_EM
        elif cells == 0:
            continue
        elif char in _NARROW:
            em += 0.4
        elif char in _WIDE:
            em += 1.0
        elif char.isupper():
            em += 0.8
        else:
            em += UNIT_EM
    return em * size * (BOLD if bold else 1.0)


def _cut(text: str, room: float, size: float, *, one: bool = True) -> tuple[str, str]:
    """The longest head of `text` (whole characters) within `room` mm, and the rest; with
    `one`, at least one character even when it is wider (so wrapping moves on)."""
    used = 0.0
    kept: list[str] = []
    spans = graphemes(text)
    for i, (char, _cells) in enumerate(spans):
        w = text_width(char, size)
        if used + w > room and (kept or not one):
            return "".join(kept), "".join(c for c, _ in spans[i:])
        kept.append(char)
        used += w
    return "".join(kept), ""


def ellipsize(text: str, room: float, size: float) -> str:
    """`text` in at most `room` mm: cut with `…` when it is longer."""
    if text_width(text, size) <= room:
        return text
    head, _ = _cut(text, room - text_width(ELLIPSIS, size), size, one=False)
    return head.rstrip() + ELLIPSIS


def wrap(text: str, room: float, size: float) -> list[str]:
    """`text` broken at spaces into lines of at most `room` mm (long words broken anywhere)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if text_width(candidate, size) <= room:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = word
        while text_width(line, size) > room:
            head, line = _cut(line, room, size)
            lines.append(head)
    if line or not lines:
        lines.append(line)
    return lines


def _entry(name: str, room: float, size: float, max_lines: int) -> tuple[list[str], bool]:
    """A value's lines in a column `room` mm wide (bullet on the first), and whether cut."""
    indent = text_width(BULLET, size)
    lines = wrap(name, room - indent, size)
    if len(lines) <= max_lines:
        return lines, False
    rest = " ".join(lines[max_lines - 1 :])  # wider than a line, so it is cut with `…`
    return [*lines[: max_lines - 1], ellipsize(rest, room - indent, size)], True


def _flow(
    names: Sequence[str], size: float, columns: int, rows: int, max_lines: int
) -> tuple[list[list[str]], list[int], bool] | None:
    """Entries placed down `columns` columns of at most `rows` lines, the columns as even
    as they can be; None when they do not fit."""
    room = (INNER_WIDTH - COLUMN_GAP * (columns - 1)) / columns
    entries = [_entry(name, room, size, max_lines) for name in names]
    total = sum(len(lines) for lines, _ in entries)
    for height in range(-(-total // columns), rows + 1):
        column_of: list[int] = []
        column, used = 0, 0
        for lines, _ in entries:
            if used + len(lines) > height:
                column, used = column + 1, 0
            if column >= columns or len(lines) > height:
                break
            column_of.append(column)
            used += len(lines)
        else:
            return [lines for lines, _ in entries], column_of, any(c for _, c in entries)
    return None


def _says_lines(says: Sequence[str], max_lines: int) -> list[str]:
    lines: list[str] = []
    for answer in says:
        quoted = f"\u201c{answer}\u201d"
        wrapped = wrap(quoted, INNER_WIDTH, SAYS_SIZE)
        if len(wrapped) > max_lines:
            rest = " ".join(wrapped[max_lines - 1 :])
            wrapped = [*wrapped[: max_lines - 1], ellipsize(rest, INNER_WIDTH, SAYS_SIZE)]
        lines.extend(wrapped)
    return lines


def lay_out_card(names: Sequence[str], says: Sequence[str] = ()) -> CardLayout:
    """The card for `names` (most important first) and up to three "says" answers."""
    names = [n for n in (one_line(n).strip() for n in names) if n]
    says = [s for s in (one_line(s).strip() for s in says) if s][:3]
    boxes = [_box(INNER_LEFT, INNER_TOP, TITLE, TITLE_SIZE, "title", INNER_WIDTH, bold=True)]
    top = INNER_TOP + TITLE_SIZE * LINE + 1.0
    if not names:
        y = top
        for line in (ln for text in EMPTY_LINES for ln in wrap(text, INNER_WIDTH, 3.0)):
            boxes.append(_box(INNER_LEFT, y, line, 3.0, "closing", INNER_WIDTH))
            y += 3.0 * LINE
        return CardLayout(tuple(boxes), 3.0, 1, 0, False, None)

    placed = None
    for foot_says, says_max, may_cut in (
        (says, 2, False),
        (says, 1, False),
        (says, 1, True),
        ([], 0, True),
    ):
        foot_lines = _says_lines(foot_says, says_max) if foot_says else [CLOSING]
        foot_height = len(foot_lines) * SAYS_SIZE * LINE
        placed = _place(names, INNER_BOTTOM - foot_height - 2.0 - top, may_cut)
        if placed is not None:
            break
    if placed is None:  # a card too small for anything but its title (not this one)
        placed = (VALUE_SIZES[-1], 1, [], [], False, 0)
    role = "says" if foot_says else "closing"
    size, columns, entries, column_of, cut, shown = placed
    room = (INNER_WIDTH - COLUMN_GAP * (columns - 1)) / columns
    indent = text_width(BULLET, size)
    rows_used = max(
        (
            sum(len(e) for e, c in zip(entries, column_of, strict=True) if c == k)
            for k in range(columns)
        ),
        default=0,
    ) + (shown < len(names))
    space = INNER_BOTTOM - foot_height - 2.0 - top - rows_used * size * LINE
    top += max(0.0, space) / 2  # the values sit in the middle of the room they have
    used_rows = [0] * columns
    for lines, column in zip(entries, column_of, strict=True):
        x = INNER_LEFT + column * (room + COLUMN_GAP)
        for i, line in enumerate(lines):
            y = top + used_rows[column] * size * LINE
            text = BULLET + line if i == 0 else line
            left = x if i == 0 else x + indent
            boxes.append(_box(left, y, text, size, "value", x + room - left))
            used_rows[column] += 1
    bottom = top + max(used_rows) * size * LINE
    if shown < len(names):
        more = len(names) - shown
        text = f"and {more} more on your wheel"
        boxes.append(_box(INNER_LEFT, bottom, text, size, "more", INNER_WIDTH))
        bottom += size * LINE
    y = INNER_BOTTOM - foot_height
    divider = y - 1.0 if bottom <= y - 1.0 else None
    for line in foot_lines:
        boxes.append(_box(INNER_LEFT, y, line, SAYS_SIZE, role, INNER_WIDTH))
        y += SAYS_SIZE * LINE
    return CardLayout(tuple(boxes), size, columns, shown, cut, divider)


def _place(
    names: Sequence[str], height: float, may_cut: bool
) -> tuple[float, int, list[list[str]], list[int], bool, int] | None:
    """The fit rule (see the module): size, columns, entries, their columns, cut, shown."""
    for size in VALUE_SIZES:
        rows = int(height // (size * LINE) + 1e-9)
        for columns in (1, 2, 3):
            flowed = _flow(names, size, columns, rows, 2)
            if flowed is not None and not flowed[2]:
                return size, columns, *flowed, len(names)
    if not may_cut:
        return None
    size = VALUE_SIZES[-1]
    rows = int(height // (size * LINE) + 1e-9)
    best = None
    for lines, columns in itertools.product((2, 1), (1, 2, 3)):
        flowed = _flow(names, size, columns, rows, lines)
        if flowed is not None:
            kept = sum(len(line.rstrip(ELLIPSIS)) for entry in flowed[0] for line in entry)
            if lines == 2:
                kept = int(kept / TWO_LINES_BETTER)  # one line reads more easily: unless
            if best is None or kept > best[0]:  # two keep much more, one it is
                best = (kept, columns, flowed)
    if best is not None:
        return size, best[1], *best[2], len(names)
    if rows < 2:
        return None
    for shown in range(len(names) - 1, 0, -1):
        flowed = _flow(names[:shown], size, 3, rows - 1, 1)
        if flowed is not None:
            return size, 3, *flowed, shown
    return None


def _box(
    x: float, y: float, text: str, size: float, role: str, room: float, *, bold: bool = False
) -> TextBox:
    """A line of text within `room` mm (cut with `…` if the estimate says it is wider)."""
    text = ellipsize(text, room / (BOLD if bold else 1.0), size)
    return TextBox(x, y, text_width(text, size, bold=bold), size, text, role)
