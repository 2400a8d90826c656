"""The calendar's month summary: only what was done, the mood's shape, the values served."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from textual.content import Content
from textual.widgets import Static

from kindness_tui.core.checkin import CheckIn
from kindness_tui.core.models import Value
from kindness_tui.core.month_summary import (
    MonthSummary,
    mood_trend,
    not_visited_line,
    summarize_month,
    tally_line,
    values_not_visited,
)
from kindness_tui.core.safe_text import one_line


def served_line(
    summary: MonthSummary, names: Mapping[str, str], *, ascii_only: bool = False
) -> str | None:
    """ "Values served: Curiosity 4 · Care 2", or None when no done act named a value."""
    if not summary.value_counts:
        return None
    dot = " - " if ascii_only else " · "
    shown = [
        f"{one_line(names.get(value_id, 'a value no longer kept'), ascii_only=ascii_only)} {n}"
        for value_id, n in summary.value_counts
    ]
    return "Values served: " + dot.join(shown)


def mood_line(summary: MonthSummary, *, ascii_only: bool = False) -> str | None:
    """ "Mood 6.2 on average  ▃▅▆▇", or None when no mood was given."""
    if summary.average_mood is None:
        return None
    trend = mood_trend(summary.moods, ascii_only=ascii_only)
    line = f"Mood {summary.average_mood:.1f} on average"
    return f"{line}  {trend}" if len(trend) > 1 else line


def summary_content(
    year: int,
    month: int,
    checkins: Sequence[CheckIn],
    *,
    recent: Sequence[CheckIn],
    values: Sequence[Value],
    names: Mapping[str, str],
    today: dt.date,
    ascii_only: bool = False,
) -> Content:
    """The lines under the grid for one month."""
    summary = summarize_month(checkins, year, month)
    parts: list[str | tuple[str, str]] = [
        tally_line(summary, today=today, ascii_only=ascii_only)
    ]
    mood = mood_line(summary, ascii_only=ascii_only)
    if mood:
        parts += ["\n", mood]
    served = served_line(summary, names, ascii_only=ascii_only)
    if served:
        parts += ["\n", served]
    if (year, month) == (today.year, today.month):
        quiet = not_visited_line(values_not_visited(values, recent, today), ascii_only=ascii_only)
        if quiet:
            parts += ["\n", (quiet, "italic")]
    return Content.assemble(*parts)


class MonthSummaryView(Static):
    """Days shown up, kindnesses, new things, the mood's trend, the values served."""

    def show(self, content: Content) -> None:
        """Show a month's lines (`summary_content`), repainting only if they changed."""
        if content != self.content:
            self.update(content)
