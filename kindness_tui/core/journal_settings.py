"""The journal's settings as one typed object: each one's default, and how it is stored.

Every part of the app and the command line reads settings as a `Settings` (made in
`context.read_settings`) and writes them through `context.write_setting`, never as raw
stored values. A stored value that makes no sense (a hand-edited journal, an older
version) reads as the default, so a bad setting never stops the app or a command.
What a person types at `kindness settings NAME VALUE` is checked by `core.settings`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields

from kindness_tui.core.logical_day import DEFAULT_DAY_START

WEEK_STARTS = ("monday", "sunday")
"""The days a week may start on in the calendar (the setting "week_start")."""


@dataclass(frozen=True)
class Settings:
    """What a person may set, each with its default; the stored form is `stored()`."""

    timezone: str | None = None
    """The IANA zone the logical day follows; None for the machine's own."""
    day_start_hour: int = DEFAULT_DAY_START
    """The hour (0–23) a new day begins, so late nights count for the evening before."""
    week_start: str = WEEK_STARTS[0]
    """The calendar's first weekday: one of `WEEK_STARTS`."""
    mouse: bool = True
    """Mouse tracking in the app (off sends less over a slow link)."""
    theme: str | None = None
    """The Textual theme last chosen; None for Textual's default."""

    @classmethod
    def names(cls) -> tuple[str, ...]:
        """The settings' names, as they are stored."""
        return tuple(f.name for f in fields(cls))

    @classmethod
    def from_stored(cls, stored: Mapping[str, object]) -> Settings:
        """The settings from their stored values; a missing or unusable one is its default."""
        default = cls()
        zone = stored.get("timezone")
        hour = stored.get("day_start_hour")
        week = stored.get("week_start")
        week = week.strip().lower() if isinstance(week, str) else None
        theme = stored.get("theme")
        return cls(
            timezone=zone if isinstance(zone, str) and zone else default.timezone,
            day_start_hour=(
                hour
                if isinstance(hour, int) and not isinstance(hour, bool) and 0 <= hour <= 23
                else default.day_start_hour
            ),
            week_start=week if week in WEEK_STARTS else default.week_start,
            # Only a stored "off" turns the mouse off: anything else keeps the default on.
            mouse=stored.get("mouse") is not False,
            theme=theme if isinstance(theme, str) and theme else default.theme,
        )

    def stored(self) -> dict[str, object]:
        """Each setting as the journal keeps it (`from_stored` reads it back the same)."""
        return {name: getattr(self, name) for name in self.names()}

    @classmethod
    def checked(cls, name: str, value: object) -> object:
        """`value` if it is a stored form of the setting `name` (None puts the default back).

        ValueError for an unknown name or a value that would not read back as itself:
        only values a `Settings` can hold are ever written.
        """
        if name not in cls.names():
            raise ValueError(f"{name!r} is not a setting")
        if value is None:
            return None
        read = cls.from_stored({name: value}).stored()[name]
        if type(read) is not type(value) or read != value:
            raise ValueError(f"{value!r} is not a stored value of the setting {name!r}")
        return value
