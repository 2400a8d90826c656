"""The "Who I am" card drawn to carry: an SVG at wallet size, and a page to print it from.

`kindness card --format svg` writes `card_svg`, exactly 85.6 × 54 mm (ID-1, a bank
card) with a millimetre viewBox; `--format html` writes `card_page`, the same card
at real size on a printable page with cut marks. Standard library only, so it works
over SSH (`ssh host kindness card --format svg > card.svg`). Positions come from
`card_layout`; every text from the journal passes through `xml_text`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kindness_tui.core.card import TITLE
from kindness_tui.core.card_layout import CARD_HEIGHT, CARD_WIDTH, CardLayout, lay_out_card
from kindness_tui.core.checkin import CheckIn
from kindness_tui.core.models import Assessment, Value
from kindness_tui.core.xml_text import xml_text

SAYS_SHOWN = 3
"""How many recent "What does that say about you?" answers the card holds."""
CORNER = 3.18
"""An ID-1 card's corner radius, in mm."""
FONTS = (
    "'DejaVu Sans', 'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial, "
    "'Noto Sans CJK JP', 'Noto Sans CJK SC', 'Hiragino Sans', 'Yu Gothic', 'Microsoft YaHei', "
    "'WenQuanYi Zen Hei', 'Apple Color Emoji', 'Segoe UI Emoji', 'Noto Color Emoji', "
    "'Noto Sans Symbols 2', 'Segoe UI Symbol', sans-serif"
)
"""Sans-serif first, then faces that hold CJK, emoji and the symbols shown for control
characters (␛), for the card and the report."""
INK = "#2f3437"
TITLE_INK = "#2b5f5a"
SOFT_INK = "#5b6166"
PAPER = "#fffdf8"
EDGE = "#b9ae9c"
CUT_ROOM = 12.0
"""Paper around the card on the printable page, where the cut marks go, in mm."""

_STYLE = {
    "title": f'font-weight="bold" fill="{TITLE_INK}"',
    "value": f'fill="{INK}"',
    "more": f'font-style="italic" fill="{SOFT_INK}"',
    "says": f'font-style="italic" fill="{SOFT_INK}"',
    "closing": f'font-style="italic" fill="{SOFT_INK}"',
}


def card_names(values: Sequence[Value], assessment: Assessment | None) -> list[str]:
    """The active values' names, those that matter most first (want, then now, then the
    wheel's order): the order the card keeps when not all of them fit."""
    active = [v for v in values if not v.archived]

    def weight(pair: tuple[int, Value]) -> tuple[int, int, int]:
        index, value = pair
        rating = assessment.rating(value.id) if assessment else None
        if rating is None:
            return (0, 0, index)
        return (-rating.want, -rating.now, index)

    return [value.name for _, value in sorted(enumerate(active), key=weight)]


def recent_says(checkins: Iterable[CheckIn], limit: int = SAYS_SHOWN) -> list[str]:
    """The newest "What does that say about you?" answers, newest first, each once."""
    found: list[str] = []
    seen: set[str] = set()
    for checkin in sorted(checkins, key=lambda c: c.date, reverse=True):
        for item in (checkin.kindness, checkin.new_thing):
            says = (item.says or "").strip() if item is not None else ""
            if says and says.casefold() not in seen:
                seen.add(says.casefold())
                found.append(says)
                if len(found) >= limit:
                    return found
    return found


def _mm(number: float) -> str:
    return f"{number:.2f}".rstrip("0").rstrip(".")


def card_body(layout: CardLayout) -> str:
    """The card's drawing (no outer `<svg>`), its top-left corner at (0, 0), in mm."""
    size = f'width="{_mm(CARD_WIDTH)}" height="{_mm(CARD_HEIGHT)}" rx="{_mm(CORNER)}"'
    parts = [
        f'<defs><clipPath id="card-edge"><rect {size}/></clipPath></defs>',
        '<g clip-path="url(#card-edge)">',
        f'<rect {size} fill="{PAPER}" stroke="{EDGE}" stroke-width="0.3"/>',
    ]
    if layout.divider_y is not None:
        y = _mm(layout.divider_y)
        parts.append(
            f'<line x1="4" y1="{y}" x2="{_mm(CARD_WIDTH - 4)}" y2="{y}" '
            f'stroke="{EDGE}" stroke-width="0.15"/>'
        )
    for box in layout.boxes:
        parts.append(
            f'<text x="{_mm(box.x)}" y="{_mm(box.baseline)}" font-size="{_mm(box.size)}" '
            f"{_STYLE[box.role]}>{xml_text(box.text)}</text>"
        )
    parts.append("</g>")
    return "\n".join(parts)


def card_svg(names: Sequence[str], says: Sequence[str] = ()) -> str:
    """The card as a standalone SVG document, exactly 85.6 × 54 mm."""
    layout = lay_out_card(names, says)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_mm(CARD_WIDTH)}mm" '
        f'height="{_mm(CARD_HEIGHT)}mm" viewBox="0 0 {_mm(CARD_WIDTH)} {_mm(CARD_HEIGHT)}" '
        f'font-family="{FONTS}" role="img" aria-label="{xml_text(TITLE)}">\n'
        f"<title>{xml_text(TITLE)}</title>\n{card_body(layout)}\n</svg>\n"
    )


def _cut_marks() -> str:
    """Short lines in the margin along each edge's line, never touching the card."""
    room, gap = CUT_ROOM, 1.5
    right, bottom = room + CARD_WIDTH, room + CARD_HEIGHT
    far_x, far_y = right + room, bottom + room
    lines = []
    for x in (room, right):
        lines.append((x, 1.0, x, room - gap))
        lines.append((x, bottom + gap, x, far_y - 1.0))
    for y in (room, bottom):
        lines.append((1.0, y, room - gap, y))
        lines.append((right + gap, y, far_x - 1.0, y))
    return "\n".join(
        f'<line x1="{_mm(a)}" y1="{_mm(b)}" x2="{_mm(c)}" y2="{_mm(d)}" '
        'stroke="#000" stroke-width="0.2"/>'
        for a, b, c, d in lines
    )


PAGE_CSS = f"""
@page {{ size: auto; margin: 15mm; }}
html {{ background: #fff; }}
body {{ margin: 15mm; font-family: {FONTS}; color: {INK}; }}
@media print {{ body {{ margin: 0; }} }}
h1 {{ font-size: 14pt; font-weight: normal; margin: 0 0 4mm; }}
p {{ font-size: 10pt; max-width: 150mm; line-height: 1.4; margin: 0 0 3mm; }}
svg.sheet {{ display: block; margin: 6mm 0; break-inside: avoid; }}
"""


def card_page(names: Sequence[str], says: Sequence[str] = ()) -> str:
    """A printable HTML page: the card at real size with cut marks, and how to print it."""
    layout = lay_out_card(names, says)
    width, height = CARD_WIDTH + 2 * CUT_ROOM, CARD_HEIGHT + 2 * CUT_ROOM
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{xml_text(TITLE)}: a card to carry</title>
<style>{PAGE_CSS}</style>
</head>
<body>
<h1>{xml_text(TITLE)}: a card to carry</h1>
<p>Print this page at actual size (100%, not "fit to page"), cut along the marks, and keep
the card in your wallet, to look at when a label tries to take over.</p>
<svg class="sheet" xmlns="http://www.w3.org/2000/svg" width="{_mm(width)}mm"
 height="{_mm(height)}mm" viewBox="0 0 {_mm(width)} {_mm(height)}" font-family="{FONTS}"
 role="img" aria-label="{xml_text(TITLE)}">
{_cut_marks()}
<g transform="translate({_mm(CUT_ROOM)} {_mm(CUT_ROOM)})">
{card_body(layout)}
</g>
</svg>
</body>
</html>
"""
