"""`kindness today`: the day's prompt and what is logged, as text for a login or as JSON.

What it shows is computed by `core.today_view`, as the Today screen's is.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from kindness_tui.cli.session import open_journal

if TYPE_CHECKING:
    import argparse

    from kindness_tui.context import Context
    from kindness_tui.core.checkin import Item
    from kindness_tui.core.today_view import TodayView


def read_today(context: Context) -> TodayView:
    """The day's prompt from the journal, for the context's today."""
    from kindness_tui.core.today_view import month_so_far, today_view

    store = context.store
    day = context.clock.today()
    return today_view(
        day,
        values=store.values(),
        assessment=store.current_assessment(),
        own_ideas=store.ideas(),
        checkin=store.checkin(day),
        month_checkins=store.checkins(*month_so_far(day)),
        idea_offsets=store.idea_offsets(day),  # the idea the app shows, after its ctrl+r
        ideas_added=store.ideas_added(),
    )


def today_data(view: TodayView, *, ascii_only: bool) -> dict[str, Any]:
    """What `today --json` prints (stored text exact)."""
    pick, summary = view.pick, view.month
    return {
        "date": view.day.isoformat(),
        "date_in_words": view.title,
        "value_of_the_day": pick.value.to_dict() if pick else None,
        "rating": pick.rating.to_dict(full=True) if pick and pick.rating else None,
        "suggestions": {
            kind: {"text": idea.text, "area": idea.area} for kind, idea in view.ideas.items()
        },
        "checkin": view.checkin.to_dict(full=True) if view.checkin else None,
        "month": {
            "days_shown_up": summary.days_shown_up,
            "kindnesses": summary.kindnesses,
            "new_things": summary.new_things,
            "self_kindnesses": summary.self_kindnesses,
            "tally": view.tally(ascii_only=ascii_only),
        },
    }


def _item_lines(item: Item | None, names: Mapping[str, str], dot: str) -> list[str]:
    """What is logged for one card, and the answers to its two questions."""
    from kindness_tui.core.checkin import REFLECTIONS
    from kindness_tui.core.checkin_words import REFLECTION_QUESTIONS

    if item is None or item.is_empty:
        return []
    lines = []
    if item.text.strip() or item.value_id:
        parts = [item.text or "(no words yet)"]
        if item.value_id is not None and item.value_id in names:
            parts.append(names[item.value_id])
        parts.append("done" if item.done else "planned")
        lines.append(f"  logged: {f' {dot} '.join(parts)}")
    for answer in REFLECTIONS:
        said = getattr(item, answer)
        if (said or "").strip():
            lines.append(f"  {REFLECTION_QUESTIONS[answer]} {said}")
    return lines


def today_text(view: TodayView, names: Mapping[str, str], *, ascii_only: bool) -> str:
    """What `today` prints: `names` are every value's name by id (archived ones too)."""
    from kindness_tui.core.checkin_words import CARD_TITLES, LOW_MOOD_LINE, is_low_mood

    dash, dot = ("-", "-") if ascii_only else ("\u2014", "\u00b7")
    lines = [view.title, ""]
    pick = view.pick
    if pick:
        about = f" {dash} {pick.value.about}" if pick.value.about else ""
        lines.append(f"Value of the day: {pick.value.name}{about}")
        lines.append("  " + pick.why(ascii_only=ascii_only))
    else:
        lines.append(
            "No values on your wheel yet. Run `kindness` and press F3 to find a few "
            f"{dash} there is no hurry."
        )
    checkin = view.checkin
    for kind, title in CARD_TITLES.items():
        lines += ["", title, f"  idea: {view.ideas[kind].text}"]
        lines += _item_lines(checkin.item(kind) if checkin else None, names, dot)
    extra = []
    if checkin and (checkin.self_kindness or "").strip():
        extra.append(f"Kindness to yourself: {checkin.self_kindness}")
    if checkin and checkin.mood is not None:
        extra.append(f"Mood: {checkin.mood}/10")
        if is_low_mood(checkin.mood):
            extra.append(f"  {LOW_MOOD_LINE}")
    if checkin and (checkin.note or "").strip():
        extra.append(f"Note: {checkin.note}")
    if extra:
        lines += ["", *extra]
    lines += ["", view.tally(ascii_only=ascii_only)]
    return "\n".join(lines)


def cmd_today(ns: argparse.Namespace, env: Mapping[str, str]) -> int:
    context, out = open_journal(ns, env)
    view = read_today(context)
    names = context.store.value_names()
    if ns.json:
        from kindness_tui.data.terminal_json import dumps_json

        sys.stdout.write(dumps_json(today_data(view, ascii_only=context.ascii_only)) + "\n")
        return 0
    out.say(today_text(view, names, ascii_only=context.ascii_only))
    return 0
