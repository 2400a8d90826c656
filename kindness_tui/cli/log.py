"""`kindness log`: record a check-in from the shell (done unless --plan)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from kindness_tui.cli.errors import UsageError
from kindness_tui.cli.session import day_option, open_journal

if TYPE_CHECKING:
    import argparse
    import datetime as dt

    from kindness_tui.core.checkin import CheckIn
    from kindness_tui.core.models import Value


def find_value(where: str, name: str, values: Sequence[Value]) -> Value:
    """The value called `name` however it is spelled (case, accents composed or not; an
    active one before an archived one): the store's own rule, `name_key`."""
    from kindness_tui.core.models import ValidationError, name_key

    wanted = name_key(name)
    for value in sorted(values, key=lambda v: v.archived):
        if name_key(value.name) == wanted:
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


def text_option(where: str, text: str, limit: int) -> str:
    """A text option's words, never blank: one rule for --new, --kindness, --self and --note."""
    from kindness_tui.core.models import ValidationError, check_text

    check_text(where, text, limit)
    if not text.strip():
        raise ValidationError(where, "needs a few words")
    return text


def day_in_words(day: dt.date, today: dt.date) -> str:
    """ "Friday, 1 January 1999": the year is named when it is not this one (as on the screens)."""
    from kindness_tui.core.logical_day import date_in_words

    words = date_in_words(day)
    return words if day.year == today.year else f"{words} {day.year}"


CARDS = (
    # kind, text option, value option, what `log` says it noted, what the card holds
    ("new_thing", "--new", "--new-value", "a new thing", "the new thing"),
    ("kindness", "--kindness", "--kindness-value", "a secret kindness", "the secret kindness"),
)

REFLECTION_OPTIONS = {
    # the answers to "How did you do that?" and "What does that say about you?", per card
    "new_thing": {"how": "--how", "says": "--says"},
    "kindness": {"how": "--kindness-how", "says": "--kindness-says"},
}
"""Each card's reflection options (`--new-how` and `--new-says` are spellings of the first two)."""

REFLECTION_WORDS = {"how": "how you did it", "says": "what it says about you"}
"""How `log` says it noted each answer."""


def _dest(option: str) -> str:
    return option[2:].replace("-", "_")


def check_cards_have_words(ns: argparse.Namespace, checkin: CheckIn | None, day: str) -> None:
    """Refuse a value (and the done mark it brings) for a card without words.

    The words may be given now or be in the journal already for that day: then the
    value and the mark go to the act written there.
    """
    from kindness_tui.core.models import ValidationError

    for kind, text_opt, value_opt, _, the_act in CARDS:
        options = [value_opt, *REFLECTION_OPTIONS[kind].values()]
        given = [opt for opt in options if getattr(ns, _dest(opt), None) is not None]
        if getattr(ns, _dest(text_opt)) is not None or not given:
            continue
        item = checkin.item(kind) if checkin else None
        if item is None or not item.text.strip():
            raise ValidationError(
                given[0], f"add {text_opt} TEXT to say what {the_act} is; {day} has none yet"
            )


def cmd_log(ns: argparse.Namespace, env: Mapping[str, str]) -> int:
    from kindness_tui.core.models import LINE_MAX, LONG_MAX

    context, out = open_journal(ns, env)
    day = day_option(ns.date, "--date", context)
    changes: dict[str, Any] = {}
    values = context.store.values(include_archived=True)
    said: list[str] = []
    for kind, text_opt, value_opt, label, the_act in CARDS:
        text = getattr(ns, _dest(text_opt))
        name = getattr(ns, _dest(value_opt))
        if text is not None:
            changes[f"{kind}.text"] = text_option(text_opt, text, LINE_MAX)
        if name is not None:
            changes[f"{kind}.value_id"] = find_value(value_opt, name, values).id
        if text is not None or name is not None:
            changes[f"{kind}.done"] = not ns.plan
            said.append(f"{label}, {'planned' if ns.plan else 'done'}")
        reflected = []
        for answer, option in REFLECTION_OPTIONS[kind].items():
            reflection = getattr(ns, _dest(option), None)
            if reflection is not None:
                changes[f"{kind}.{answer}"] = text_option(option, reflection, LINE_MAX)
                reflected.append(REFLECTION_WORDS[answer])
        if reflected and (text is not None or name is not None):
            said[-1] += f" ({' and '.join(reflected)})"
        elif reflected:
            said.append(f"{' and '.join(reflected)} for {the_act}")
    if ns.self_kindness is not None:
        changes["self_kindness"] = text_option("--self", ns.self_kindness, LINE_MAX)
        said.append("kindness to yourself")
    if ns.mood is not None:
        changes["mood"] = mood_option(ns.mood)
        said.append(f"mood {changes['mood']}")
    if ns.note is not None:
        changes["note"] = text_option("--note", ns.note, LONG_MAX)
        said.append("a note")
    if not changes and ns.plan:
        raise UsageError("--plan needs something to plan: give --new TEXT or --kindness TEXT")
    if not changes:
        raise UsageError("nothing to log: give --new, --kindness, --self, --mood or --note")
    store = context.store
    words = day_in_words(day, context.clock.today())
    # Once before the lock, so a refusal makes nothing (not even a new journal's folder),
    # and again inside it, on the journal as it is now.
    check_cards_have_words(ns, store.checkin(day), words)
    with store.transaction():
        check_cards_have_words(ns, store.checkin(day), words)
        store.update_checkin(day, changes)
    dash = "-" if context.ascii_only else "\u2014"
    out.say(f"Noted for {words}: {', '.join(said)} {dash} thank you for showing up.")
    return 0
