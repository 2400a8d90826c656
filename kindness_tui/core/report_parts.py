"""The pictures of the printable report: a value wheel as SVG, a month as a small calendar.

Both are strings of markup for `report_html`, drawn from domain objects only. The
wheel is the app's wheel on paper: one slice per value, its fill where the person
is **now**, its outline where they **want** to be, the rim at 10 (`wheel_angles`).
A month shows the same marks as the app's calendar (`widgets.day_column`), and a
day's mood as a soft shade, deeper for a higher mood, as the app tints it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from kindness_tui.core.month_grid import DayMarks, Month, mood_band, weekday_names
from kindness_tui.core.wheel_angles import mid_angle, now_fraction, slice_angles, want_fraction
from kindness_tui.core.xml_text import xml_text

MARKS: dict[str, str] = {"new_thing": "\u2726", "kindness": "\u2665", "self_kind": "\u25cb"}
"""The calendar's marks: a new thing done, a secret kindness done, kindness to yourself
(the app's `widgets.day_column.MARK_SYMBOLS`; a test keeps them the same)."""
MARK_WORDS: dict[str, str] = {
    "new_thing": "a new thing",
    "kindness": "a secret kindness",
    "self_kind": "kindness to yourself",
}
SLICE_COLOURS = (
    "#8fc1b5",
    "#e3b58f",
    "#a9b8de",
    "#d9a7b8",
    "#b9d18f",
    "#e6cf87",
    "#9fcbe0",
    "#c7b0dc",
    "#e0a994",
    "#a4d4c0",
    "#d4c29d",
    "#b3c3a1",
    "#dcb3cf",
    "#9db7c7",
    "#cdbb94",
)
"""Soft colours for up to 15 slices (the wheel's most), the same value the same colour."""
WANT_INK = "#3d4a52"
RIM_INK = "#c9c2b6"
RADIUS = 1.0
LABEL_RADIUS = 1.13


@dataclass(frozen=True)
class WheelSlice:
    """One slice of a drawn wheel: its number in the key, its colour, its two ratings."""

    number: int
    colour: str
    now: int
    want: int


def _f(number: float) -> str:
    return f"{number:.3f}".rstrip("0").rstrip(".") or "0"


def _point(angle: float, r: float) -> tuple[float, float]:
    """A point `r` from the centre at `angle` (radians clockwise from twelve o'clock)."""
    return r * math.sin(angle), -r * math.cos(angle)


def _wedge(start: float, end: float, r: float) -> str:
    """An SVG path for a slice of radius `r` from `start` to `end` (a whole disc when full)."""
    if end - start >= 2 * math.pi - 1e-9:
        return f"M0 {_f(-r)}A{_f(r)} {_f(r)} 0 1 1 0 {_f(r)}A{_f(r)} {_f(r)} 0 1 1 0 {_f(-r)}Z"
    x1, y1 = _point(start, r)
    x2, y2 = _point(end, r)
    large = 1 if end - start > math.pi else 0
    return f"M0 0L{_f(x1)} {_f(y1)}A{_f(r)} {_f(r)} 0 {large} 1 {_f(x2)} {_f(y2)}Z"


def wheel_svg(slices: Sequence[WheelSlice], *, label: str, size_mm: float = 48.0) -> str:
    """A wheel `size_mm` across: fills at now, outlines at want, the slice numbers around."""
    box = LABEL_RADIUS + 0.12
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="wheel" width="{_f(size_mm)}mm" '
        f'height="{_f(size_mm)}mm" viewBox="{_f(-box)} {_f(-box)} {_f(2 * box)} {_f(2 * box)}" '
        f'role="img" aria-label="{xml_text(label)}">',
        f'<circle r="{_f(RADIUS)}" fill="none" stroke="{RIM_INK}" stroke-width="0.012" '
        'stroke-dasharray="0.03 0.03"/>',
    ]
    angles = slice_angles(len(slices))
    for spec, (start, end) in zip(slices, angles, strict=True):
        parts.append(
            f'<path d="{_wedge(start, end, now_fraction(spec.now) * RADIUS)}" '
            f'fill="{spec.colour}" stroke="#fff" stroke-width="0.015"/>'
        )
    for spec, (start, end) in zip(slices, angles, strict=True):
        parts.append(
            f'<path d="{_wedge(start, end, want_fraction(spec.want) * RADIUS)}" fill="none" '
            f'stroke="{WANT_INK}" stroke-width="0.022" stroke-linejoin="round"/>'
        )
    for index, spec in enumerate(slices):
        x, y = _point(mid_angle(index, len(slices)), LABEL_RADIUS)
        parts.append(
            f'<text x="{_f(x)}" y="{_f(y + 0.04)}" font-size="0.12" text-anchor="middle" '
            f'fill="{WANT_INK}">{spec.number}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def wheel_key_swatch(colour: str) -> str:
    """A small square of a slice's colour for the key beside the wheels."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" class="swatch" width="3mm" height="3mm" '
        f'viewBox="0 0 1 1"><rect width="1" height="1" rx="0.2" fill="{colour}"/></svg>'
    )


def legend_html() -> str:
    """What the calendar's marks and shades mean, in one line."""
    marks = " ".join(
        f'<span class="mark">{MARKS[kind]}</span> {MARK_WORDS[kind]}' for kind in MARKS
    )
    return (
        f'<p class="legend">{marks} <span class="shade mood-high">&#160;&#160;</span> '
        "a deeper shade: a brighter mood</p>"
    )


def month_html(
    month: Month,
    marks: Mapping[dt.date, DayMarks],
    *,
    today: dt.date,
    tally: str,
) -> str:
    """One month as a small table, with its marks and its tally line below it."""
    rows = [
        f'<section class="month"><h3>{xml_text(month.title)}</h3>',
        f'<table class="cal" aria-label="{xml_text(month.title)}"><thead><tr>',
    ]
    rows.append(_weekday_heads(month.first_weekday))
    rows.append("</tr></thead><tbody>")
    for week in month.weeks:
        rows.append("<tr>")
        for day in week:
            rows.append(_day_cell(day, marks, today))
        rows.append("</tr>")
    rows.append(f'</tbody></table><p class="tally">{xml_text(tally)}</p></section>')
    return "".join(rows)


@cache
def _weekday_heads(first_weekday: int) -> str:
    return "".join(f"<th>{xml_text(name)}</th>" for name in weekday_names(first_weekday))


def _day_cell(day: dt.date | None, marks: Mapping[dt.date, DayMarks], today: dt.date) -> str:
    if day is None:
        return '<td class="blank"></td>'
    classes = []
    mark = marks.get(day)
    band = mood_band(mark.mood) if mark else None
    if band:
        classes.append(f"mood-{band}")
    if day == today:
        classes.append("today")
    elif day > today:
        classes.append("later")
    shown = ""
    if mark is not None:
        done = {"new_thing": mark.new_thing, "kindness": mark.kindness, "self_kind": mark.self_kind}
        shown = "".join(MARKS[kind] for kind, is_done in done.items() if is_done)
    class_attr = f' class="{" ".join(classes)}"' if classes else ""
    return (
        f'<td{class_attr}><span class="n">{day.day}</span>'
        f'<span class="marks">{shown or "&#160;"}</span></td>'
    )
