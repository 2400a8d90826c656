"""Typed domain objects and the one place that checks SPEC §4.2's rules.

Every object here has the exact shape of the export format, so `to_dict`
gives the export record and `parse` reads one back, refusing anything out
of range with a `ValidationError` that names the bad place. The day's
check-in, its items and its field paths are in `core.checkin`.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import datetime as dt

AREAS: tuple[str, ...] = (
    "family",
    "couple",
    "parenting",
    "friends",
    "work",
    "education",
    "recreation",
    "spirituality",
    "community",
    "self-care",
)
"""The ten life areas of the Valued Living Questionnaire, as stored."""

AREA_LABELS: dict[str, str] = {
    "family": "Family",
    "couple": "Couple / intimate relations",
    "parenting": "Parenting",
    "friends": "Friends / social life",
    "work": "Work",
    "education": "Education / learning",
    "recreation": "Recreation / fun",
    "spirituality": "Spirituality",
    "community": "Citizenship / community",
    "self-care": "Physical self-care",
}

NOW_RANGE = (1, 10)
WANT_RANGE = (1, 9)
MOOD_RANGE = (0, 10)
LINE_MAX = 500
"""The longest one-line field (item texts, self-kindness, a value's meaning)."""
LONG_MAX = 5000
"""The longest multi-line field (steps, challenges, note)."""
NAME_MAX = 40
MAX_ACTIVE_VALUES = 15
SUGGESTED_VALUES = 8

# [0-9] and \Z: \d takes any script's digits and $ lets a trailing newline through.
DATE_RE = re.compile(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
EARLIEST_DAY = "1900-01-01"
"""The first day a journal (or an import) may hold."""
# Half of a UTF-16 pair on its own (JSON "\ud800", a mis-decoded argument): no UTF-8
# file can hold it, so it is refused where it comes in instead of failing the write.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
ITEM_KINDS = ("new_thing", "kindness")
ASSESSMENT_ANSWERS: tuple[str, ...] = ("worked", "in_the_way")
"""A rating's answers to "What worked?" and "What got in the way?" (see `Rating`)."""


class ValidationError(ValueError):
    """Input that breaks a rule; `str()` is one line naming the place and the value."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}" if where else problem)


# ---------------------------------------------------------------- checks


def _show(value: object) -> str:
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 40 else text[:37] + "..."


def check_int(where: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and not math.isfinite(value):
            raise ValidationError(where, f"{value} is not a number")
        raise ValidationError(where, f"{_show(value)} is not a whole number")
    if not low <= value <= high:
        raise ValidationError(where, f"{value} is not between {low} and {high}")
    return value


def check_optional_int(where: str, value: object, low: int, high: int) -> int | None:
    return None if value is None else check_int(where, value, low, high)


def check_characters(where: str, value: str) -> str:
    """Refuse text holding a lone surrogate, which no UTF-8 file can keep."""
    if not value.isascii():
        found = _LONE_SURROGATE.search(value)
        if found is not None:
            raise ValidationError(
                where,
                f"holds a broken character (\\u{ord(found.group()):04x}, half of a pair) "
                "that cannot be saved",
            )
    return value


def check_text(where: str, value: object, limit: int) -> str:
    if not isinstance(value, str):
        raise ValidationError(where, f"{_show(value)} is not text")
    if len(value) > limit:
        raise ValidationError(where, f"is {len(value)} characters long; at most {limit} fit")
    return check_characters(where, value)


def check_optional_text(where: str, value: object, limit: int) -> str | None:
    return None if value is None else check_text(where, value, limit)


def check_bool(where: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(where, f"{_show(value)} is not true or false")
    return value


def check_date(where: str, value: object) -> str:
    """A calendar date written YYYY-MM-DD (the range of days is checked elsewhere)."""
    import datetime as _dt

    if not isinstance(value, str) or not DATE_RE.match(value):
        raise ValidationError(where, f"{_show(value)} is not a date like 2026-11-26")
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError(where, f"{_show(value)} is not a real date") from None
    return value


def check_day_in_range(where: str, value: str, today: dt.date | None) -> str:
    """A date (already checked by `check_date`) from 1900-01-01 to `today`, when given."""
    if value < EARLIEST_DAY:
        raise ValidationError(where, f"{value} is before {EARLIEST_DAY}")
    if today is not None and value > today.isoformat():
        raise ValidationError(where, f"{value} is after today ({today.isoformat()})")
    return value


def check_name(where: str, value: object) -> str:
    """A value's name as stored: stripped, in Unicode's composed form (NFC), 1 to 40
    characters on one line (spaces around it do not count).

    Composed, so "Crème" typed with a separate accent (NFD, as some keyboards and macOS
    file names send it) is stored, shown and counted like the same word typed whole.
    """
    if isinstance(value, str):
        value = unicodedata.normalize("NFC", value.strip())
    name = check_text(where, value, NAME_MAX)
    if not name:
        raise ValidationError(where, "a value needs a name (1 to 40 characters)")
    if any(ch in name for ch in "\n\r\t"):
        raise ValidationError(where, "a value's name fits on one line")
    return name


def name_key(name: str) -> str:
    """What two value names are compared by: the same key means the same value.

    Unicode's canonical caseless match (NFD, case folding, NFD again), so "crème",
    "CRÈME" and "Crème" with its accent typed apart are one name. Spaces around
    the name do not count, as in `check_name`.
    """
    folded = unicodedata.normalize("NFD", name.strip()).casefold()
    return unicodedata.normalize("NFD", folded)


def check_area(where: str, value: object) -> str | None:
    if value is None:
        return None
    if value not in AREAS:
        raise ValidationError(where, f"{_show(value)} is not one of the ten life areas")
    return str(value)


def check_id(where: str, value: object) -> str:
    if not isinstance(value, str) or not value or len(value) > 64:
        raise ValidationError(where, f"{_show(value)} is not an id")
    return check_characters(where, value)


def check_mapping(where: str, value: object) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ValidationError(where, f"{_show(value)} is not an object")
    return value


def check_list(where: str, value: object) -> list[Any]:
    if not isinstance(value, list):
        raise ValidationError(where, f"{_show(value)} is not a list")
    return value


def within(where: str, key: str) -> str:
    """`key` inside the record at `where`: ("checkins[3]", "mood") gives "checkins[3].mood"."""
    return f"{where}.{key}" if where else key


# ---------------------------------------------------------------- models


@dataclass(frozen=True)
class Value:
    """Something the person cares about, in their own words."""

    id: str
    name: str
    about: str | None = None
    area: str | None = None
    archived: bool = False
    created: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "about": self.about,
            "area": self.area,
            "archived": self.archived,
            "created": self.created,
        }

    @classmethod
    def parse(cls, data: object, where: str = "") -> Value:
        d = check_mapping(where, data)
        return cls(
            id=check_id(within(where, "id"), d.get("id")),
            name=check_name(within(where, "name"), d.get("name")),
            about=check_optional_text(within(where, "about"), d.get("about"), LINE_MAX),
            area=check_area(within(where, "area"), d.get("area")),
            archived=check_bool(within(where, "archived"), d.get("archived", False)),
            created=check_date(within(where, "created"), d.get("created")),
        )


@dataclass(frozen=True)
class Rating:
    """Where one value stands in one assessment: now 1–10, want 1–9, and what worked and
    what got in the way since the assessment before (asked when it was started)."""

    value_id: str
    now: int = 5
    want: int = 8
    steps: str | None = None
    challenges: str | None = None
    worked: str | None = None
    in_the_way: str | None = None

    @property
    def gap(self) -> int:
        return self.want - self.now

    def to_dict(self, *, full: bool = False) -> dict[str, Any]:
        """The record; unanswered questions are left out unless `full` (the export)."""
        record: dict[str, Any] = {
            "value_id": self.value_id,
            "now": self.now,
            "want": self.want,
            "steps": self.steps,
            "challenges": self.challenges,
        }
        for key in ASSESSMENT_ANSWERS:
            answer = getattr(self, key)
            if full or answer is not None:
                record[key] = answer
        return record

    @classmethod
    def parse(cls, data: object, where: str = "") -> Rating:
        d = check_mapping(where, data)
        return cls(
            value_id=check_id(within(where, "value_id"), d.get("value_id")),
            now=check_int(within(where, "now"), d.get("now"), *NOW_RANGE),
            want=check_int(within(where, "want"), d.get("want"), *WANT_RANGE),
            steps=check_optional_text(within(where, "steps"), d.get("steps"), LONG_MAX),
            challenges=check_optional_text(
                within(where, "challenges"), d.get("challenges"), LONG_MAX
            ),
            worked=check_optional_text(within(where, "worked"), d.get("worked"), LONG_MAX),
            in_the_way=check_optional_text(
                within(where, "in_the_way"), d.get("in_the_way"), LONG_MAX
            ),
        )


@dataclass(frozen=True)
class Assessment:
    """A dated set of ratings: one drawing of the wheel."""

    id: str
    date: str
    ratings: tuple[Rating, ...] = ()

    def rating(self, value_id: str) -> Rating | None:
        for rating in self.ratings:
            if rating.value_id == value_id:
                return rating
        return None

    def to_dict(self, *, full: bool = False) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.date,
            "ratings": [r.to_dict(full=full) for r in self.ratings],
        }

    @classmethod
    def parse(cls, data: object, where: str = "") -> Assessment:
        d = check_mapping(where, data)
        ratings_where = within(where, "ratings")
        raw = check_list(ratings_where, d.get("ratings", []))
        ratings = tuple(Rating.parse(r, f"{ratings_where}[{i}]") for i, r in enumerate(raw))
        seen: set[str] = set()
        for i, rating in enumerate(ratings):
            if rating.value_id in seen:
                raise ValidationError(
                    f"{ratings_where}[{i}].value_id", f"{rating.value_id!r} is rated twice"
                )
            seen.add(rating.value_id)
        return cls(
            id=check_id(within(where, "id"), d.get("id")),
            date=check_date(within(where, "date"), d.get("date")),
            ratings=ratings,
        )


@dataclass(frozen=True)
class Idea:
    """A suggestion for a new thing or a secret kindness, tagged with a life area."""

    kind: str
    text: str
    area: str | None = None
    id: str | None = None
    """Set for ideas the person added; built-in ideas have none."""
