"""What the Values screen shows, as text: the status line, the table's cells, the details.

Functions of the rows and ratings they are given, so the screen keeps only reading
the journal, drawing and the actions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

from rich.text import Text

from kindness_tui.core.checkin_words import ASSESSMENT_QUESTIONS
from kindness_tui.core.models import (
    AREA_LABELS,
    ASSESSMENT_ANSWERS,
    MAX_ACTIVE_VALUES,
    NOW_RANGE,
    SUGGESTED_VALUES,
    Assessment,
    Rating,
    Value,
)
from kindness_tui.core.safe_text import cell_width, fit_cells, in_ascii
from kindness_tui.core.values_lived import LIVED_DAYS, WAITING, lived_words
from kindness_tui.widgets.shown import block, line
from kindness_tui.widgets.values_table import Column
from kindness_tui.widgets.wheel import WheelSlice

SPARK = "▁▂▃▄▅▆▇█"

WANT_CEILING_WORD = (
    "Want stops at 9: nobody lives a value perfectly, and nobody has to. 9 is plenty."
)
NOW_CEILING_WORD = "Now is at 10, the top of the wheel. Lovely."
FLOOR_WORD = "1 is the lowest it goes, and a fine place to start from."

EMPTY_TEXT = (
    "Your wheel is waiting for its first value.\n\n"
    "A value is something you care about, in your own words: how you want to be, "
    "not a goal to reach.\n\n"
    "Press  a  to add one yourself, or  f  to find your values: pick from a list of "
    "common ones, or think of someone who shaped you."
)


class Row(NamedTuple):
    """One value as the screen shows it: its record and its ratings now and before."""

    value: Value
    rating: Rating
    before: Rating | None
    """The same value in the assessment compared with (the previous one unless chosen)."""
    lived: int = 0
    """Done acts that served it in the last LIVED_DAYS days (`core.values_lived`)."""


class Wheel(NamedTuple):
    """The wheel as read from the journal: its rows, and the assessments they come from."""

    rows: list[Row]
    current: Assessment | None
    """The assessment being edited (the latest)."""
    before: Assessment | None
    """The one compared with: the chosen one, or the one before the current."""
    compare_id: str | None
    """The assessment chosen to compare with (None: the one before, by default)."""
    history: dict[str, list[int]]
    """Each value's now in every assessment, oldest first."""


def read_wheel(
    values: Sequence[Value],
    assessments: Sequence[Assessment],
    compare_id: str | None,
    lived: Mapping[str, int] | None = None,
) -> Wheel:
    """The active values with their ratings now and in the assessment compared with, and
    how many done acts lived each lately (`lived`, by value id)."""
    current = assessments[-1] if assessments else None
    earlier = assessments[:-1]
    chosen = next((a for a in earlier if a.id == compare_id), None)
    before = chosen or (earlier[-1] if earlier else None)
    history: dict[str, list[int]] = {}
    for assessment in assessments:
        for rating in assessment.ratings:
            history.setdefault(rating.value_id, []).append(rating.now)
    rows = [
        Row(
            value,
            (current.rating(value.id) if current else None) or Rating(value.id),
            before.rating(value.id) if before else None,
            (lived or {}).get(value.id, 0),
        )
        for value in values
    ]
    return Wheel(rows, current, before, chosen.id if chosen else None, history)


def wheel_slices(rows: Sequence[Row], comparing: bool) -> list[WheelSlice]:
    """The wheel's slices: now filled, want marked, the compared now drawn faintly."""
    return [
        WheelSlice(
            name=row.value.name,
            now=row.rating.now,
            want=row.rating.want,
            old_now=row.before.now if comparing and row.before else None,
        )
        for row in rows
    ]


def sparkline(numbers: list[int], *, ascii_only: bool = False) -> str:
    """A little line of a value's now ratings over time ("▂▄▆")."""
    if ascii_only:
        return ""
    low, high = NOW_RANGE
    return "".join(SPARK[round((n - low) * (len(SPARK) - 1) / (high - low))] for n in numbers)


def arrow(ascii_only: bool) -> str:
    return "->" if ascii_only else "→"


def dot(ascii_only: bool) -> str:
    return " - " if ascii_only else " · "


def status_text(
    current: Assessment | None,
    before: Assessment | None,
    *,
    comparing: bool,
    count: int,
    day: Callable[[str], str],
    ascii_only: bool,
) -> Text:
    """Which assessment is shown, what it is compared with, and a word when there are few."""
    text = Text()
    if current is None:
        text.append("No assessment yet: your first value starts one.")
    else:
        text.append("Assessment of ", style="dim")
        text.append(day(current.date), style="bold")
        if before is not None:
            verb = "comparing with " if comparing else "change since "
            text.append(f"{dot(ascii_only)}{verb}", style="dim")
            text.append(day(before.date), style="bold" if comparing else "")
    if 0 < count < SUGGESTED_VALUES:
        text.append("\n")
        text.append(
            f"{count} value{'s' if count != 1 else ''} so far. Many people like "
            f"{SUGGESTED_VALUES} to {MAX_ACTIVE_VALUES}; f helps find more, if you like.",
            style="italic",
        )
    return text


def shown_line(text: str | None, style: str = "", *, ascii_only: bool) -> Text:
    """Stored text on one line, safe to show (`shown.line`), in ASCII where it must be."""
    shown = line(text, style, ascii_only=ascii_only)
    if ascii_only:
        shown.plain = in_ascii(shown.plain)
    return shown


def shown_block(text: str | None, style: str = "", *, ascii_only: bool) -> Text:
    """Stored text with its lines, safe to show (`shown.block`), in ASCII where it must be."""
    shown = block(text, style, ascii_only=ascii_only)
    if ascii_only:
        shown.plain = in_ascii(shown.plain)
    return shown


NUMBER_CELLS = (4, 5, 4, 6)
"""The widths of the now, want, gap and lived columns: " now", " want", " gap", " lived"."""


def change_cells(ascii_only: bool) -> int:
    """The width of the change column: "10 → 10" (or "10 -> 10") and a space before it."""
    return cell_width(f"10 {arrow(ascii_only)} 10") + 1


NAME_MIN = 6
"""The narrowest the name column gets ("Value" and a cell), however little room there is."""


def names_cells(rows: Sequence[Row], *, ascii_only: bool) -> int:
    """How wide the name column would like to be: the widest name as shown, in cells."""
    shown = [shown_line(row.value.name, ascii_only=ascii_only) for row in rows]
    return max([NAME_MIN, *(text.cell_len for text in shown)])


def numbers_cells(*, comparing: bool, ascii_only: bool) -> int:
    """The cells the table takes beside the names."""
    return sum(NUMBER_CELLS) + (change_cells(ascii_only) if comparing else 0)


def name_cell(name: str, width: int, *, ascii_only: bool) -> Text:
    """A value's name in a column `width` cells wide, cut with a visible mark if it must be.

    Measured in terminal cells, so a wide character (家, 🌱) counts two and an accent
    typed apart none; a cut keeps whole characters and ends in `…` (`.` in ASCII).
    """
    shown = shown_line(name, ascii_only=ascii_only)
    return Text(fit_cells(shown.plain, width, ascii_only=ascii_only))


def change_cell(row: Row, *, has_before: bool, ascii_only: bool) -> Text:
    """How a value's now moved since the assessment compared with ("4 → 6")."""
    if not has_before:
        return Text("")
    width = change_cells(ascii_only)
    if row.before is None:
        return Text("new".rjust(width), style="italic")
    old, new = row.before.now, row.rating.now
    text = f"{old} {arrow(ascii_only)} {new}"
    return Text(text.rjust(width), style="bold" if new != old else "dim")


def lived_cell(count: int, width: int, *, ascii_only: bool) -> Text:
    """The lived column: the count, or a quiet dot for a value waiting for its turn."""
    if count > 0:
        return Text(f"{count:>{width}}")
    return Text(f"{'.' if ascii_only else '·':>{width}}", style="dim")


def lived_text(count: int) -> str:
    """The details' line on living a value: "Lived 3 times in the last 30 days"."""
    if count <= 0:
        return f"{WAITING.capitalize()} among your acts"
    return f"{lived_words(count).capitalize()} in the last {LIVED_DAYS} days"


def table_cells(
    rows: Sequence[Row],
    *,
    name_width: int,
    comparing: bool,
    ascii_only: bool,
) -> tuple[list[Column], list[list[Text]]]:
    """The table beside the wheel: name, now, want, gap, lived, and the change while
    comparing; its columns and its rows of cells.

    `name_width` is the name column's room in cells (see `names_cells`); the change
    column is there only while there is an earlier assessment to compare with.
    """
    name_width = max(NAME_MIN, name_width)
    now, want, gap, lived = NUMBER_CELLS
    columns = [
        Column(Text("Value"), name_width),
        Column(Text(" now", justify="right"), now),
        Column(Text(" want", justify="right"), want),
        Column(Text(" gap", justify="right"), gap),
        Column(Text(" lived", justify="right"), lived),
    ]
    if comparing:
        columns.append(Column(Text(" change", justify="right"), change_cells(ascii_only)))
    cells = []
    for row in rows:
        line = [
            name_cell(row.value.name, name_width, ascii_only=ascii_only),
            Text(f"{row.rating.now:>4}"),
            Text(f"{row.rating.want:>5}"),
            Text(f"{row.rating.gap:>4}"),
            lived_cell(row.lived, lived, ascii_only=ascii_only),
        ]
        if comparing:
            line.append(change_cell(row, has_before=True, ascii_only=ascii_only))
        cells.append(line)
    return columns, cells


def answers_text(row: Row, *, since: str | None, ascii_only: bool) -> Text:
    """The change since the assessment compared with ("since 1 November: now 4 → 6"), beside
    what worked and what got in the way, as this assessment's questions heard them."""
    a = ascii_only
    text = Text()
    said = [(key, getattr(row.rating, key)) for key in ASSESSMENT_ANSWERS]
    said = [(key, words) for key, words in said if (words or "").strip()]
    if since is None and not said:
        return text
    text.append(f"\nSince {since}: " if since else "\nSince the last assessment: ", style="bold")
    if since is not None and row.before is not None:
        old = row.before
        text.append(f"now {old.now} {arrow(a)} {row.rating.now}{dot(a)}")
        text.append(f"want {old.want} {arrow(a)} {row.rating.want}")
    elif since is not None:
        text.append("new on the wheel", style="italic")
    for key, words in said:
        text.append(f"\n{ASSESSMENT_QUESTIONS[key]} ", style="bold")
        text.append(shown_block((words or "").strip(), ascii_only=a))
    return text


def details_text(
    row: Row, history: list[int], *, ascii_only: bool, since: str | None = None
) -> Text:
    """Everything about the selected value: ratings, lived, area, meaning, steps, challenges,
    and (`since`: the day compared with, in words) the change with what worked and what
    got in the way."""
    a = ascii_only
    text = Text()
    text.append(shown_line(row.value.name, "bold", ascii_only=a))
    text.append(
        f"\nnow {row.rating.now}{dot(a)}want {row.rating.want}{dot(a)}gap {row.rating.gap}",
        style="dim",
    )
    text.append(f"\n{lived_text(row.lived)}", style="dim" if row.lived else "italic")
    if row.value.area:
        text.append(f"\n{AREA_LABELS.get(row.value.area, row.value.area)}", style="italic")
    if row.value.about:
        text.append("\n")
        text.append(shown_line(row.value.about, ascii_only=a))
    for label, body in (("Steps", row.rating.steps), ("Challenges", row.rating.challenges)):
        text.append(f"\n{label}: ", style="bold")
        if body and body.strip():
            text.append(shown_block(body.strip(), ascii_only=a))
        else:
            text.append("none written yet (enter)", style="dim")
    text.append(answers_text(row, since=since, ascii_only=a))
    if len(history) > 1:
        text.append("\nOver time: ", style="bold")
        spark = sparkline(history, ascii_only=a)
        if spark:
            text.append(spark + "  ")
        text.append(f" {arrow(a)} ".join(str(n) for n in history[-6:]))
    return text
