"""The report's day by day: each day's acts with their reflections, kindness to oneself,
mood, and notes (left out on request), all through `core.xml_text`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from kindness_tui.core.checkin import CheckIn, Item
from kindness_tui.core.logical_day import date_in_words
from kindness_tui.core.xml_text import xml_block, xml_text


def _day_words(day: str) -> str:
    date = dt.date.fromisoformat(day)
    return f"{date_in_words(date)} {date.year}"


def days_section(
    days: Sequence[CheckIn],
    names: Mapping[str, str],
    *,
    notes: bool = True,
    replaced_fields: Mapping[str, str] | None = None,
) -> str:
    """Every day that holds something, in order; notes only with `notes`."""
    out = ['<section class="days"><div class="keep"><h2>Day by day</h2>']
    if not days:
        out.append('<p class="quiet">Nothing written down in this period.</p></div>')
    for index, checkin in enumerate(days):
        out.append(f'<article class="day"><h3>{xml_text(_day_words(checkin.date))}</h3>')
        for kind, title in (("new_thing", "One new thing"), ("kindness", "One secret kindness")):
            out.append(_item(checkin.item(kind), title, names))
        if checkin.self_kind:
            out.append(f"<p><b>Kindness to myself:</b> {xml_text(checkin.self_kindness)}</p>")
        if checkin.mood is not None:
            out.append(f"<p><b>Mood:</b> {checkin.mood} of 10</p>")
        if notes and (checkin.note or "").strip():
            out.append(f'<p class="note"><b>Note:</b> {xml_block(checkin.note)}</p>')
        out.extend(_also_written(checkin, notes, replaced_fields or {}))
        out.append("</article></div>" if index == 0 else "</article>")
    out.append("</section>")
    return "".join(out)


def _item(item: Item | None, title: str, names: Mapping[str, str]) -> str:
    if item is None or item.is_empty:
        return ""
    state = "done" if item.done else "planned"
    value = names.get(item.value_id or "")
    served = f" &#8212; <i>{xml_text(value)}</i>" if value else ""
    out = [f"<p><b>{title}</b> ({state}): {xml_text(item.text)}{served}</p>"]
    if (item.how or "").strip():
        out.append(f'<p class="said"><i>How did you do that?</i> {xml_text(item.how)}</p>')
    if (item.says or "").strip():
        out.append(
            f'<p class="said"><i>What does that say about you?</i> {xml_text(item.says)}</p>'
        )
    return "".join(out)


def _also_written(checkin: CheckIn, notes: bool, fields: Mapping[str, str]) -> list[str]:
    """Texts another session's save replaced, kept so nothing vanishes (as in Markdown)."""
    out = []
    for kept in checkin.replaced:
        field, text = str(kept.get("field")), str(kept.get("text") or "")
        if text.strip() and (notes or field != "note"):
            where = fields.get(field, "a field")
            out.append(
                f'<p class="note"><b>Also written in another session</b> ({xml_text(where)}): '
                f"{xml_block(text)}</p>"
            )
    return out
