"""The journal's settings that a person may change: what each means and how it is read.

`kindness settings NAME VALUE` checks a value here before it is stored; the app and the
commands read the stored value with their own defaults, so a setting left out (or put back
with "default") simply means the default.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kindness_tui.core.models import ValidationError

RESET_WORDS = ("default", "reset")
"""Values that put a setting back to its default."""


@dataclass(frozen=True)
class Setting:
    name: str
    about: str
    """One line on what it changes."""
    default: str
    """How the default reads."""
    parse: Callable[[str], object]
    """The stored value for what a person typed; ValidationError when it makes no sense."""


def _timezone(text: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = text.strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            "timezone", f"{text!r} is not a time zone name like Europe/Berlin"
        ) from None
    return name


def _hour(text: str) -> int:
    word = text.strip()
    if not word.isdigit() or not 0 <= int(word) <= 23:
        raise ValidationError("day_start_hour", f"{text!r} is not an hour from 0 to 23")
    return int(word)


def _week_start(text: str) -> str:
    word = text.strip().lower()
    if word not in ("monday", "sunday"):
        raise ValidationError("week_start", f"{text!r} is not monday or sunday")
    return word


def _mouse(text: str) -> bool:
    word = text.strip().lower()
    if word in ("on", "yes", "true", "1"):
        return True
    if word in ("off", "no", "false", "0"):
        return False
    raise ValidationError("mouse", f"{text!r} is not on or off")


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting(
            "timezone",
            "the zone your days follow, for a server far from you",
            "the machine's own",
            _timezone,
        ),
        Setting(
            "day_start_hour",
            "the hour a new day begins, so late nights count for the evening before",
            "4",
            _hour,
        ),
        Setting("week_start", "the first day of the week in the calendar", "monday", _week_start),
        Setting(
            "mouse", "mouse tracking in the app; off sends less over a slow link", "on", _mouse
        ),
    )
}


def find(name: str) -> Setting:
    """The setting called `name`; ValidationError naming the known ones otherwise."""
    setting = SETTINGS.get(name.strip().lower())
    if setting is None:
        known = ", ".join(SETTINGS)
        raise ValidationError("settings", f"{name!r} is not a setting (the settings: {known})")
    return setting


def read(setting: Setting, text: str) -> object:
    """What to store for `text`: None (the default) for "default", else the checked value."""
    if text.strip().lower() in RESET_WORDS:
        return None
    return setting.parse(text)


def shown(setting: Setting, value: object) -> str:
    """A stored value as a person reads it."""
    if value is None:
        return f"{setting.default} (the default)"
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value)
