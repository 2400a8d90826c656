"""`kindness log`: record a check-in from the shell (done unless --plan)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from kindness_tui.cli.errors import UsageError
from kindness_tui.cli.session import day_option, open_journal

if TYPE_CHECKING:
    import argparse

    from kindness_tui.core.models import Value


def find_value(where: str, name: str, values: Sequence[Value]) -> Value:
    """The value called `name` (any case; an active one before an archived one)."""
    from kindness_tui.core.models import ValidationError

    wanted = name.strip().casefold()
    for value in sorted(values, key=lambda v: v.archived):
        if value.name.casefold() == wanted:
            return value
    known = ", ".join(v.name for v in values if not v.archived)
    hint = f" (yours: {known})" if known else " (there are no values yet; add them in the app)"
    raise ValidationError(where, f"{name!r} is not one of your values{hint}")


def mood_option(text: str) -> int:
    """--mood as a whole number from 0 to 10."""
    from kindness_tui.core.models import MOOD_RANGE, ValidationError, check_int

    try:
        number = int(text.strip())
    except ValueError:
        raise ValidationError("--mood", f"{text!r} is not a whole number from 0 to 10") from None
    return check_int("--mood", number, *MOOD_RANGE)


def cmd_log(ns: argparse.Namespace, env: Mapping[str, str]) -> int:
    from kindness_tui.core.logical_day import date_in_words
    from kindness_tui.core.models import LINE_MAX, LONG_MAX, ValidationError, check_text

    context, out = open_journal(ns, env)
    day = day_option(ns.date, "--date", context)
    changes: dict[str, Any] = {}
    values = context.store.values(include_archived=True)
    said: list[str] = []
    for kind, text_opt, value_opt, label in (
        ("new_thing", "new", "new_value", "a new thing"),
        ("kindness", "kindness", "kindness_value", "a secret kindness"),
    ):
        text = getattr(ns, text_opt)
        name = getattr(ns, value_opt)
        if text is not None:
            where = f"--{text_opt}"
            check_text(where, text, LINE_MAX)
            if not text.strip():
                raise ValidationError(where, "needs a few words")
            changes[f"{kind}.text"] = text
        if name is not None:
            changes[f"{kind}.value_id"] = find_value(
                f"--{value_opt.replace('_', '-')}", name, values
            ).id
        if text is not None or name is not None:
            changes[f"{kind}.done"] = not ns.plan
            said.append(f"{label}, {'planned' if ns.plan else 'done'}")
    if ns.self_kindness is not None:
        changes["self_kindness"] = check_text("--self", ns.self_kindness, LINE_MAX)
        said.append("kindness to yourself")
    if ns.mood is not None:
        changes["mood"] = mood_option(ns.mood)
        said.append(f"mood {changes['mood']}")
    if ns.note is not None:
        changes["note"] = check_text("--note", ns.note, LONG_MAX)
        said.append("a note")
    if not changes:
        what = "--plan needs --new or --kindness" if ns.plan else "nothing to log"
        raise UsageError(f"{what}: give --new, --kindness, --self, --mood or --note")
    context.store.update_checkin(day, changes)
    dash = "-" if context.ascii_only else "\u2014"
    out.say(f"Noted for {date_in_words(day)}: {', '.join(said)} {dash} thank you for showing up.")
    return 0
