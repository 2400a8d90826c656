"""One page for a therapist: the journal's period as a self-contained, printable HTML page.

`kindness export --format html` (SPEC §3). Inline CSS and SVG, no scripts, no
network: it opens anywhere and prints on A4 or Letter (nothing wider than
170 mm; wheels, months and days are never split across pages). It counts what
was done, never what was not (SPEC §1). Every text from the journal passes
through `core.xml_text`; the pictures are drawn in `report_parts`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from kindness_tui.core.card_svg import FONTS, INK, SOFT_INK, TITLE_INK
from kindness_tui.core.checkin import CheckIn
from kindness_tui.core.models import Assessment, Rating, Value
from kindness_tui.core.month_grid import DayMarks, Month
from kindness_tui.core.month_summary import summarize_month, tally_line
from kindness_tui.core.report_days import days_section
from kindness_tui.core.report_parts import (
    SLICE_COLOURS,
    WheelSlice,
    legend_html,
    month_html,
    wheel_key_swatch,
    wheel_svg,
)
from kindness_tui.core.values_lived import lived_counts, lived_words
from kindness_tui.core.xml_text import xml_block, xml_text

CSS = f"""
@page {{ size: auto; margin: 15mm 14mm 16mm; }}
html {{ font-family: {FONTS}; color: {INK}; font-size: 10pt; line-height: 1.4;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ max-width: 170mm; margin: 12mm auto; padding: 0 4mm; }}
@media print {{ body {{ margin: 0 auto; padding: 0; }} }}
h1 {{ font-size: 18pt; font-weight: normal; color: {TITLE_INK}; margin: 0 0 1mm; }}
h2 {{ font-size: 13pt; font-weight: normal; color: {TITLE_INK}; margin: 7mm 0 2mm;
  border-bottom: 0.3mm solid #ddd5c8; break-after: avoid; }}
h3 {{ font-size: 10.5pt; margin: 3mm 0 1mm; break-after: avoid; }}
p, li, td, th, dd {{ overflow-wrap: anywhere; }}
.sub, .legend, .tally, .quiet {{ color: {SOFT_INK}; }}
table {{ border-collapse: collapse; }}
table.rows {{ width: 100%; margin: 1mm 0 3mm; break-inside: auto; }}
table.rows th, table.rows td {{ text-align: left; vertical-align: top; padding: 0.8mm 2mm;
  border-bottom: 0.2mm solid #ebe5da; }}
table.rows td.num, table.rows th.num {{ text-align: right; white-space: nowrap; }}
tr {{ break-inside: avoid; }}
.wheels, .months {{ display: flex; flex-wrap: wrap; gap: 4mm 5mm; }}
.keep {{ break-inside: avoid; }} .more {{ margin-top: 4mm; }}
figure.wheel {{ width: 52mm; margin: 0; break-inside: avoid; text-align: center; }}
figure.wheel figcaption {{ font-size: 9pt; color: {SOFT_INK}; }}
svg.swatch {{ vertical-align: -0.4mm; margin-right: 1mm; }}
.month {{ width: 53mm; break-inside: avoid; }}
.month h3 {{ margin: 0 0 1mm; }}
table.cal {{ width: 100%; table-layout: fixed; font-size: 7.5pt; }}
table.cal th {{ font-weight: normal; color: {SOFT_INK}; }}
table.cal td {{ height: 8mm; text-align: center; vertical-align: top; padding: 0.3mm 0;
  border: 0.2mm solid #f0ebe3; }}
table.cal td.blank {{ border: none; }}
table.cal .n, table.cal .marks {{ display: block; }}
table.cal .marks {{ color: {TITLE_INK}; font-size: 6.5pt; white-space: nowrap; }}
table.cal td.today .n {{ font-weight: bold; text-decoration: underline; }}
table.cal td.later {{ color: #b8b2a8; }}
.tally {{ font-size: 8pt; margin: 1mm 0 0; }}
.mood-low {{ background: #f7f4ef; }} .mood-mid {{ background: #efe9df; }}
.mood-high {{ background: #e5dccd; }}
.shade {{ display: inline-block; width: 3.5mm; border: 0.2mm solid #ddd5c8; }}
.day {{ break-inside: avoid; margin: 0 0 3mm; }}
.day h3 {{ margin: 0 0 0.5mm; }}
.day p {{ margin: 0.3mm 0 0.3mm 4mm; }}
.day .said {{ margin-left: 8mm; color: {SOFT_INK}; }}
.note {{ white-space: pre-wrap; }}
dl {{ margin: 0; }} dt {{ font-weight: bold; margin-top: 1.5mm; }} dd {{ margin: 0 0 0 4mm; }}
"""


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def report_html(
    values: Sequence[Value],
    assessments: Sequence[Assessment],
    checkins: Sequence[CheckIn],
    *,
    start: dt.date | None,
    end: dt.date | None,
    today: dt.date,
    exported_at: dt.datetime,
    first_weekday: int = 0,
    notes: bool = True,
    replaced_fields: Mapping[str, str] | None = None,
) -> str:
    """The whole page. `checkins` are the period's; `start`/`end` default to their first
    and last day. Days' notes are left out with `notes=False`. Texts another session's
    save replaced are shown, named by `replaced_fields` (a field path to its words)."""
    days = sorted((c for c in checkins if c.showed_up), key=lambda c: c.date)
    first = start or (dt.date.fromisoformat(days[0].date) if days else None)
    last = end or (dt.date.fromisoformat(days[-1].date) if days else today)
    span = f"days {first.isoformat()} to {last.isoformat()}" if first else "no days yet"
    names = {v.id: v.name for v in values}
    body = [
        "<header><h1>Kindness journal</h1>",
        f'<p class="sub">{xml_text(span)} &#183; made {exported_at.date().isoformat()}'
        f"{'' if notes else ' &#183; notes left out'}</p></header>",
        _done_section(values, days, first, last),
        _wheels_section(values, assessments, first, last),
        _months_section(days, first, last, today, first_weekday),
        days_section(days, names, notes=notes, replaced_fields=replaced_fields),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Kindness journal, {xml_text(span)}</title>\n<style>{CSS}</style>\n"
        "</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )


def _done_section(
    values: Sequence[Value], days: Sequence[CheckIn], first: dt.date | None, last: dt.date
) -> str:
    """What was done in the period, and how often each value was lived."""
    out = ['<section class="done"><h2>What was done</h2>']
    if not days:
        out.append('<p class="quiet">Nothing written down in this period, and that is fine.</p>')
    else:
        parts = [f"Showed up on {_count(len(days), 'day', 'days')}"]
        for n, one, many in (
            (sum(c.new_thing_done for c in days), "new thing", "new things"),
            (sum(c.kindness_done for c in days), "secret kindness", "secret kindnesses"),
            (sum(c.self_kind for c in days), "kindness to yourself", "kindnesses to yourself"),
        ):
            if n:
                parts.append(_count(n, one, many))
        out.append(f"<p>{' &#183; '.join(parts)}</p>")
    active = [v for v in values if not v.archived]
    if active and first is not None:
        counts = lived_counts(days, last, days=(last - first).days + 1)
        out.append('<h3>Values served by what was done</h3><table class="rows"><tbody>')
        for value in active:
            out.append(
                f"<tr><td>{xml_text(value.name)}</td>"
                f"<td>{xml_text(lived_words(counts.get(value.id, 0)))}</td></tr>"
            )
        out.append("</tbody></table>")
    out.append("</section>")
    return "".join(out)


def _wheels_section(
    values: Sequence[Value],
    assessments: Sequence[Assessment],
    first: dt.date | None,
    last: dt.date,
) -> str:
    """Each assessment of the period as a wheel, a key, and the change between the last two."""
    upto = sorted((a for a in assessments if a.date <= last.isoformat()), key=lambda a: a.date)
    shown = [a for a in upto if first is None or a.date >= first.isoformat()] or upto[-1:]
    if len(shown) == 1 and len(upto) > 1:
        shown = upto[-2:]  # the wheel the change is measured from, though it came earlier
    head = "<h2>The value wheel</h2>"
    if not shown:
        return (
            f'<section class="wheel-part">{head}<p class="quiet">No wheel drawn yet.</p></section>'
        )
    rated = {r.value_id for a in shown for r in a.ratings}
    keyed = [v for v in values if v.id in rated]
    number = {v.id: i + 1 for i, v in enumerate(keyed)}
    colour = {v.id: SLICE_COLOURS[i % len(SLICE_COLOURS)] for i, v in enumerate(keyed)}
    head += (
        '<p class="legend">Each slice is a value: filled to where you are now, outlined '
        "where you want to be; the dotted rim is 10.</p>"
    )
    wheels = []
    for assessment in shown:
        slices = [
            WheelSlice(number[r.value_id], colour[r.value_id], r.now, r.want)
            for v in keyed
            if (r := assessment.rating(v.id)) is not None
        ]
        label = f"The wheel of {assessment.date}"
        wheels.append(
            f'<figure class="wheel">{wheel_svg(slices, label=label)}'
            f"<figcaption>{xml_text(assessment.date)}</figcaption></figure>"
        )
    out = ['<section class="wheel-part">', _kept_with_heading(head, wheels, "wheels")]
    latest = shown[-1]
    before = upto[-2] if len(upto) > 1 else None
    out.append(_ratings_table(keyed, latest, before, number, colour))
    out.append(_answers(keyed, latest))
    out.append("</section>")
    return "".join(out)


def _ratings_table(
    keyed: Sequence[Value],
    latest: Assessment,
    before: Assessment | None,
    number: dict[str, int],
    colour: dict[str, str],
) -> str:
    since = f" since {xml_text(before.date)}" if before else ""
    out = [
        f"<h3>The wheel of {xml_text(latest.date)}{', and the change' + since if before else ''}"
        '</h3><table class="rows"><thead><tr><th>Value</th><th class="num">Now</th>'
        f'<th class="num">Want</th>{"<th>Change</th>" if before else ""}</tr></thead><tbody>'
    ]
    for value in keyed:
        rating = latest.rating(value.id)
        if rating is None:
            continue
        change = ""
        if before is not None:
            old = before.rating(value.id)
            change = f"<td>{_change(old, rating)}</td>"
        out.append(
            f"<tr><td>{wheel_key_swatch(colour[value.id])}{number[value.id]}. "
            f'{xml_text(value.name)}</td><td class="num">{rating.now}</td>'
            f'<td class="num">{rating.want}</td>{change}</tr>'
        )
    out.append("</tbody></table>")
    return "".join(out)


def _change(old: Rating | None, new: Rating) -> str:
    if old is None:
        return "new on the wheel"
    parts = []
    if old.now != new.now:
        parts.append(f"now {old.now} &#8594; {new.now}")
    if old.want != new.want:
        parts.append(f"want {old.want} &#8594; {new.want}")
    return ", ".join(parts) or "the same"


def _answers(keyed: Sequence[Value], latest: Assessment) -> str:
    """What the person wrote per value on the latest wheel: worked, in the way, steps."""
    fields = (
        ("worked", "What worked"),
        ("in_the_way", "What got in the way"),
        ("steps", "Steps"),
        ("challenges", "Challenges"),
    )
    out: list[str] = []
    for value in keyed:
        rating = latest.rating(value.id)
        if rating is None:
            continue
        said = [
            f"<dd><i>{title}:</i> {xml_block(getattr(rating, key))}</dd>"
            for key, title in fields
            if (getattr(rating, key) or "").strip()
        ]
        if value.about and value.about.strip():
            said.insert(0, f"<dd><i>{xml_text(value.about)}</i></dd>")
        if said:
            out.append(f"<dt>{xml_text(value.name)}</dt>{''.join(said)}")
    if not out:
        return ""
    return f"<h3>In your words, on the wheel of {xml_text(latest.date)}</h3><dl>{''.join(out)}</dl>"


def _months_section(
    days: Sequence[CheckIn],
    first: dt.date | None,
    last: dt.date,
    today: dt.date,
    first_weekday: int,
) -> str:
    if first is None:
        return ""
    marks = {dt.date.fromisoformat(c.date): DayMarks.of(c) for c in days}
    by_month: dict[str, list[CheckIn]] = {}
    for checkin in days:  # once, so each month adds up only its own days
        by_month.setdefault(checkin.date[:7], []).append(checkin)
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        summary = summarize_month(by_month.get(f"{year:04d}-{month:02d}", ()), year, month)
        months.append(
            month_html(
                Month(year, month, first_weekday),
                marks,
                today=today,
                tally=tally_line(summary, today=today),
            )
        )
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    head = "<h2>Month by month</h2>" + legend_html()
    return f'<section class="month-part">{_kept_with_heading(head, months, "months")}</section>'


def _kept_with_heading(head: str, pieces: Sequence[str], box: str, per_row: int = 3) -> str:
    """`pieces` in rows of a `box` container, the heading on the same page as the first row
    (a browser would otherwise leave a heading alone at the foot of a page)."""
    first = f'<div class="keep">{head}<div class="{box}">{"".join(pieces[:per_row])}</div></div>'
    rest = pieces[per_row:]
    return first + (f'<div class="{box} more">{"".join(rest)}</div>' if rest else "")
