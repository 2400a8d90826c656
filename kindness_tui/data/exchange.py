"""Export the journal: JSON (the SPEC §4.2 contract), CSV, and a Markdown report.

The JSON export is a contract (SPEC §4.2): its keys come in the order the spec
writes them, and export → import into an empty journal → export gives the same
values, assessments and check-ins. Reading an export back is `importing`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, replace
from typing import Any

from kindness_tui.core.checkin import REFLECTIONS, CheckIn, Item
from kindness_tui.core.checkin_words import ASSESSMENT_QUESTIONS, REFLECTION_QUESTIONS
from kindness_tui.core.models import ITEM_KINDS, Assessment, Value
from kindness_tui.core.safe_text import one_line, visible
from kindness_tui.core.values_lived import done_acts_per_value, lived_words
from kindness_tui.data.journal_tables import Unreadable
from kindness_tui.data.store import Store
from kindness_tui.data.terminal_json import dumps_json

FORMAT = "kindness-export"
VERSION = 2
"""The export version this app writes (and the newest it reads): 2 adds the items' `how` and
`says` and the ratings' `worked` and `in_the_way`, always written (null when unanswered)."""
READABLE_VERSIONS = (1, 2)
"""The export versions `import` reads; version 1 files simply have no answers."""
FORMATS = ("json", "csv", "md", "html")

CSV_COLUMNS = (
    "date",
    "new_thing",
    "new_thing_value",
    "new_thing_done",
    "kindness",
    "kindness_value",
    "kindness_done",
    "self_kindness",
    "mood",
    "note",
    "new_thing_how",
    "new_thing_says",
    "kindness_how",
    "kindness_says",
)
"""The CSV's columns; the reflections (export version 2) come last, so older readers still
find every column where it was."""

# ---------------------------------------------------------------- export


@dataclass(frozen=True)
class Journal:
    """What an export holds: every value and assessment, the chosen check-ins."""

    values: list[Value]
    assessments: list[Assessment]
    checkins: list[CheckIn]
    left_out: tuple[Unreadable, ...] = ()
    """Records of the journal that could not be read, so are not in the export."""
    links_left_out: int = 0
    """Ratings and links of check-ins to values that could not be read, so were left out."""


def gather(store: Store, start: dt.date | None = None, end: dt.date | None = None) -> Journal:
    """Everything to export; `start`/`end` (both included) limit the check-ins.

    Export is the rescue path, so a damaged record does not stop it: it is left
    out and named in `left_out`, and the rest is exported.
    """
    left_out: list[Unreadable] = []
    values = store.values(include_archived=True, unreadable=left_out)
    damaged_values = bool(left_out)
    assessments = store.assessments(unreadable=left_out)
    checkins = store.checkins(start, end, unreadable=left_out)
    links = 0
    if damaged_values:
        assessments, checkins, links = _without_links_to_missing(values, assessments, checkins)
    return Journal(values, assessments, checkins, tuple(left_out), links)


def _without_links_to_missing(
    values: list[Value], assessments: list[Assessment], checkins: list[CheckIn]
) -> tuple[list[Assessment], list[CheckIn], int]:
    """Ratings of, and items' links to, values not in `values` taken out, and how many.

    Keeps the export importable (SPEC §4.2 refuses a link to a value the file lacks)
    when a damaged value was left out; the items themselves stay.
    """
    known = {v.id for v in values}
    links = 0
    kept_assessments = []
    for assessment in assessments:
        ratings = tuple(r for r in assessment.ratings if r.value_id in known)
        links += len(assessment.ratings) - len(ratings)
        kept_assessments.append(replace(assessment, ratings=ratings))
    kept_checkins = []
    for checkin in checkins:
        items: dict[str, Item | None] = {}
        for kind in ITEM_KINDS:
            item = checkin.item(kind)
            if item is not None and item.value_id is not None and item.value_id not in known:
                items[kind] = replace(item, value_id=None)
                links += 1
        if items:
            checkin = replace(
                checkin,
                new_thing=items.get("new_thing", checkin.new_thing),
                kindness=items.get("kindness", checkin.kindness),
            )
        kept_checkins.append(checkin)
    return kept_assessments, kept_checkins, links


def export_record(journal: Journal, exported_at: dt.datetime) -> dict[str, Any]:
    """The SPEC §4.2 export object, keys in the spec's order."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": exported_at.isoformat(timespec="seconds"),
        "values": [v.to_dict() for v in journal.values],
        "assessments": [a.to_dict(full=True) for a in journal.assessments],
        "checkins": [c.to_dict(full=True) for c in journal.checkins],
    }


def to_json(journal: Journal, exported_at: dt.datetime) -> str:
    return dumps_json(export_record(journal, exported_at)) + "\n"


def _done(item: Item | None) -> str:
    if item is None:
        return ""
    return "yes" if item.done else "planned"


def to_csv(journal: Journal, *, for_terminal: bool = False, ascii_only: bool = False) -> str:
    """One row per check-in, value names beside each item.

    The text is exact for a file; `for_terminal` (standard output, a terminal or a
    pipe) shows control characters as visible symbols.
    """
    names = {v.id: v.name for v in journal.values}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    # The csv module quotes a cell holding "\n" but not one holding a lone "\r", which a
    # reader would take for the end of the row: such rows are written all quoted.
    quoted = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(CSV_COLUMNS)
    for checkin in journal.checkins:
        row: list[str] = [checkin.date]
        for kind in ITEM_KINDS:
            item = checkin.item(kind)
            row += [
                item.text if item else "",
                names.get(item.value_id, "") if item and item.value_id else "",
                _done(item),
            ]
        row += [
            checkin.self_kindness or "",
            "" if checkin.mood is None else str(checkin.mood),
            checkin.note or "",
        ]
        for kind in ITEM_KINDS:
            item = checkin.item(kind)
            row += [(item.how or "") if item else "", (item.says or "") if item else ""]
        if for_terminal:
            row = [visible(cell, ascii_only=ascii_only) for cell in row]
        (quoted if any("\r" in cell for cell in row) else writer).writerow(row)
    return out.getvalue()


def _cell(text: str | None, ascii_only: bool) -> str:
    return one_line(text, ascii_only=ascii_only).replace("|", "\\|")


def _block(text: str | None, indent: str, ascii_only: bool) -> str:
    """Multi-line text, each following line indented to stay in its list item."""
    lines = visible(text, ascii_only=ascii_only).replace("\t", "    ").split("\n")
    return ("\n" + indent).join(lines)


def _long_date(day: str) -> str:
    from kindness_tui.core.logical_day import date_in_words

    date = dt.date.fromisoformat(day)
    return f"{date_in_words(date)} {date.year}"


REPLACED_FIELDS = {
    "new_thing.text": "one new thing",
    "new_thing.how": "how I did the new thing",
    "new_thing.says": "what the new thing says about me",
    "kindness.text": "secret kindness",
    "kindness.how": "how I did the kindness",
    "kindness.says": "what the kindness says about me",
    "self_kindness": "kindness to myself",
    "note": "note",
}
"""How the report names a field whose text another session's save replaced."""


def _answers_lines(assessments: list[Assessment], value_id: str, ascii_only: bool) -> list[str]:
    """What worked and what got in the way for one value, as each new assessment heard it."""
    lines = []
    for assessment in assessments:
        rating = assessment.rating(value_id)
        for key, question in ASSESSMENT_QUESTIONS.items():
            said = getattr(rating, key) if rating is not None else None
            if (said or "").strip():
                lines.append(
                    f"- {question} (wheel of {assessment.date}): {_block(said, '  ', ascii_only)}"
                )
    return lines


def to_markdown(
    journal: Journal,
    exported_at: dt.datetime,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    ascii_only: bool = False,
) -> str:
    """A readable report for a therapist session: values and ratings, then day by day."""
    dot = "-" if ascii_only else "·"
    arrow = "->" if ascii_only else "→"
    dash = "-" if ascii_only else "—"
    lines = ["# Kindness journal", ""]
    span = ""
    if journal.checkins:
        first = (start or dt.date.fromisoformat(journal.checkins[0].date)).isoformat()
        last = (end or dt.date.fromisoformat(journal.checkins[-1].date)).isoformat()
        span = f" {dot} days {first} to {last}"
    lines += [f"Exported {exported_at.date().isoformat()}{span}", ""]

    names = {v.id: v.name for v in journal.values}
    latest = journal.assessments[-1] if journal.assessments else None
    earliest = journal.assessments[0] if len(journal.assessments) > 1 else None
    active = [v for v in journal.values if not v.archived]
    lines += ["## Values", ""]
    if not active:
        lines += ["No values on the wheel yet.", ""]
    else:
        if latest is not None:
            lines += [f"Latest ratings from the wheel of {latest.date}.", ""]
        # Lived: done acts that served the value among the days exported (SPEC §2.2).
        lived = done_acts_per_value(journal.checkins)
        lines += ["| Value | Now | Want | Gap | Lived |", "| --- | ---: | ---: | ---: | ---: |"]
        for value in active:
            rating = latest.rating(value.id) if latest else None
            numbers = "| | |" if rating is None else f"{rating.now} | {rating.want} | {rating.gap}"
            done = lived.get(value.id, 0)
            lines.append(
                f"| {_cell(value.name, ascii_only)} | {numbers} | {done or lived_words(0)} |"
            )
        lines.append("")
        for value in active:
            lines += [f"### {one_line(value.name, ascii_only=ascii_only)}", ""]
            if value.about:
                lines += [f"*{one_line(value.about, ascii_only=ascii_only)}*", ""]
            rating = latest.rating(value.id) if latest else None
            old = earliest.rating(value.id) if earliest else None
            if rating is not None:
                change = ""
                if earliest is not None and old is not None and old.now != rating.now:
                    change = f" (now {old.now} {arrow} {rating.now} since {earliest.date})"
                lines.append(f"- Now {rating.now} {dot} want {rating.want}{change}")
                if rating.steps:
                    lines.append(f"- Steps: {_block(rating.steps, '  ', ascii_only)}")
                if rating.challenges:
                    lines.append(f"- Challenges: {_block(rating.challenges, '  ', ascii_only)}")
            lines += _answers_lines(journal.assessments, value.id, ascii_only)
            if rating is not None or lines[-1] != "":
                lines.append("")
    archived = [v for v in journal.values if v.archived]
    if archived:
        shown = ", ".join(one_line(v.name, ascii_only=ascii_only) for v in archived)
        lines += [f"Archived values: {shown}", ""]

    lines += ["## Day by day", ""]
    days = [c for c in journal.checkins if c.showed_up]
    if not days:
        lines += ["Nothing logged in this period.", ""]
    else:
        kind_count = sum(c.kindness_done for c in days)
        new_count = sum(c.new_thing_done for c in days)
        parts = [f"Showed up on {len(days)} day{'s' if len(days) != 1 else ''}"]
        if kind_count:
            parts.append(f"{kind_count} secret kindness{'es' if kind_count != 1 else ''}")
        if new_count:
            parts.append(f"{new_count} new thing{'s' if new_count != 1 else ''}")
        lines += [f" {dot} ".join(parts), ""]
    for checkin in days:
        lines += [f"### {_long_date(checkin.date)}", ""]
        for kind, title in (("new_thing", "One new thing"), ("kindness", "One secret kindness")):
            item = checkin.item(kind)
            if item is None or item.is_empty:
                continue
            state = "done" if item.done else "planned"
            text = _block(item.text, "  ", ascii_only) if item.text.strip() else ""
            served_name = names.get(item.value_id or "", "")
            served = (
                f" {dash} *{one_line(served_name, ascii_only=ascii_only)}*" if served_name else ""
            )
            lines.append(f"- **{title}** ({state}): {text}{served}")
            for answer in REFLECTIONS:
                said = getattr(item, answer)
                if (said or "").strip():
                    question = REFLECTION_QUESTIONS[answer]
                    lines.append(f"  - *{question}* {_block(said, '    ', ascii_only)}")
        if checkin.self_kind:
            lines.append(
                f"- **Kindness to myself:** {_block(checkin.self_kindness, '  ', ascii_only)}"
            )
        if checkin.mood is not None:
            lines.append(f"- **Mood:** {checkin.mood}/10")
        if (checkin.note or "").strip():
            lines.append(f"- **Note:** {_block(checkin.note, '  ', ascii_only)}")
        for kept in checkin.replaced:  # the JSON contract has no place for these; the report does
            text = str(kept.get("text") or "")
            if text.strip():
                where = REPLACED_FIELDS.get(str(kept.get("field")), "a field")
                lines.append(
                    f"- **Also written in another session** ({where}): "
                    f"{_block(text, '  ', ascii_only)}"
                )
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
