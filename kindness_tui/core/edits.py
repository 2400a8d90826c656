"""Edits made in a session and not yet in the journal: what a draft holds and a save applies.

Every place a person types (Today's form, a day from the calendar, each dialog)
describes what it would write as one of these. The same object is written to
the session's draft file within about a second, and is what the save applies
to the journal; a draft left behind by a killed session is read back into
these and applied at the next start. So there is one path from typing to the
journal, and the draft is exactly what that path has not finished yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kindness_tui.core.checkin import (
    CHECKIN_FIELDS,
    CheckIn,
    apply_checkin_changes,
    check_checkin_change,
)
from kindness_tui.core.logical_day import date_in_words
from kindness_tui.core.models import (
    ITEM_KINDS,
    LINE_MAX,
    LONG_MAX,
    ValidationError,
    check_area,
    check_date,
    check_id,
    check_list,
    check_mapping,
    check_optional_text,
    check_text,
)


def _day_words(date: str) -> str:
    return date_in_words(dt.date.fromisoformat(date))


@dataclass(frozen=True)
class CheckInEdit:
    """Fields of one day's check-in changed here, with what they were when last seen.

    `changes` and `base` use the store's field paths (CHECKIN_FIELDS) and stored
    values (None for an empty day-level text). `base` lets the journal keep
    another session's text for the same field instead of silently replacing it.
    """

    date: str
    changes: Mapping[str, Any]
    base: Mapping[str, Any]
    origin: str = "today"
    """Which form holds it ("today", or "calendar" for a day opened there): both may hold
    the same day at once, each its own edit."""

    @property
    def key(self) -> str:
        return f"checkin:{self.origin}:{self.date}"

    def describe(self) -> str:
        return f"your words for {_day_words(self.date)}"

    def base_checkin(self) -> CheckIn:
        """The day as this session last saw it (only the changed fields matter)."""
        return apply_checkin_changes(CheckIn(self.date), self.base)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "checkin",
            "date": self.date,
            "changes": dict(self.changes),
            "base": dict(self.base),
            "origin": self.origin,
        }

    @classmethod
    def parse(cls, d: Mapping[str, Any], where: str) -> CheckInEdit:
        date = check_date(f"{where}.date", d.get("date"))
        changes = _fields(check_mapping(f"{where}.changes", d.get("changes")), f"{where}.changes")
        base = _fields(check_mapping(f"{where}.base", d.get("base", {})), f"{where}.base")
        origin = check_text(f"{where}.origin", d.get("origin", "today"), 20)
        return cls(date, changes, {k: v for k, v in base.items() if k in changes}, origin)


def _fields(raw: Mapping[str, Any], where: str) -> dict[str, Any]:
    result = {}
    for key, value in raw.items():
        if key not in CHECKIN_FIELDS:
            raise ValidationError(f"{where}.{key}", "is not a field of a check-in")
        result[key] = check_checkin_change(key, value)
    return result


@dataclass(frozen=True)
class ValueEdit:
    """Everything the edit dialog holds for one value: name, meaning, area, plans."""

    value_id: str
    name: str
    about: str | None = None
    area: str | None = None
    steps: str | None = None
    challenges: str | None = None

    @property
    def key(self) -> str:
        return f"value:{self.value_id}"

    def describe(self) -> str:
        return f"your changes to {self.name.strip() or 'a value'}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "value",
            "value_id": self.value_id,
            "name": self.name,
            "about": self.about,
            "area": self.area,
            "steps": self.steps,
            "challenges": self.challenges,
        }

    @classmethod
    def parse(cls, d: Mapping[str, Any], where: str) -> ValueEdit:
        return cls(
            value_id=check_id(f"{where}.value_id", d.get("value_id")),
            name=check_text(f"{where}.name", d.get("name", ""), LINE_MAX),
            about=check_optional_text(f"{where}.about", d.get("about"), LINE_MAX),
            area=check_area(f"{where}.area", d.get("area")),
            steps=check_optional_text(f"{where}.steps", d.get("steps"), LONG_MAX),
            challenges=check_optional_text(f"{where}.challenges", d.get("challenges"), LONG_MAX),
        )


@dataclass(frozen=True)
class NewValue:
    """A value being added: its name and, if given, what it means."""

    name: str
    about: str | None = None
    area: str | None = None

    @property
    def key(self) -> str:
        return "new-value"

    def describe(self) -> str:
        return f"the value {self.name.strip()}"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "new-value", "name": self.name, "about": self.about, "area": self.area}

    @classmethod
    def parse(cls, d: Mapping[str, Any], where: str) -> NewValue:
        return cls(
            name=check_text(f"{where}.name", d.get("name", ""), LINE_MAX),
            about=check_optional_text(f"{where}.about", d.get("about"), LINE_MAX),
            area=check_area(f"{where}.area", d.get("area")),
        )


@dataclass(frozen=True)
class NewIdea:
    """An idea of the person's own for the suggestion library."""

    kind: str
    text: str
    area: str | None = None

    @property
    def key(self) -> str:
        return "new-idea"

    def describe(self) -> str:
        return "your idea"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "new-idea", "item": self.kind, "text": self.text, "area": self.area}

    @classmethod
    def parse(cls, d: Mapping[str, Any], where: str) -> NewIdea:
        kind = d.get("item")
        if kind not in ITEM_KINDS:
            raise ValidationError(f"{where}.item", "is not new_thing or kindness")
        return cls(
            kind=str(kind),
            text=check_text(f"{where}.text", d.get("text", ""), LINE_MAX),
            area=check_area(f"{where}.area", d.get("area")),
        )


@dataclass(frozen=True)
class FoundValues:
    """Values ticked in "find your values", waiting to be added to the wheel."""

    values: tuple[NewValue, ...]

    @property
    def key(self) -> str:
        return "found-values"

    def describe(self) -> str:
        names = ", ".join(v.name for v in self.values[:3])
        more = "…" if len(self.values) > 3 else ""
        return f"the values you found ({names}{more})"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "found-values", "values": [v.to_dict() for v in self.values]}

    @classmethod
    def parse(cls, d: Mapping[str, Any], where: str) -> FoundValues:
        raw = check_list(f"{where}.values", d.get("values"))
        return cls(
            tuple(
                NewValue.parse(check_mapping(f"{where}.values[{i}]", v), f"{where}.values[{i}]")
                for i, v in enumerate(raw)
            )
        )


@dataclass(frozen=True)
class AssessmentAnswers:
    """What worked and what got in the way, per value, since the assessment before this one.

    `answers` holds (value id, worked, in the way) for every value the dialog asked about;
    None is an unanswered question (and clears an answer given before).
    """

    assessment_id: str
    answers: tuple[tuple[str, str | None, str | None], ...]

    @property
    def key(self) -> str:
        return f"answers:{self.assessment_id}"

    def describe(self) -> str:
        return "your words on what worked and what got in the way"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "answers",
            "assessment_id": self.assessment_id,
            "answers": [list(answer) for answer in self.answers],
        }

    @classmethod
    def parse(cls, d: Mapping[str, Any], where: str) -> AssessmentAnswers:
        answers = []
        for i, raw in enumerate(check_list(f"{where}.answers", d.get("answers"))):
            at = f"{where}.answers[{i}]"
            triple = check_list(at, raw)
            if len(triple) != 3:
                raise ValidationError(at, "is not a value id and two answers")
            answers.append(
                (
                    check_id(f"{at}[0]", triple[0]),
                    check_optional_text(f"{at}[1]", triple[1], LONG_MAX),
                    check_optional_text(f"{at}[2]", triple[2], LONG_MAX),
                )
            )
        return cls(check_id(f"{where}.assessment_id", d.get("assessment_id")), tuple(answers))


Edit = CheckInEdit | ValueEdit | NewValue | NewIdea | FoundValues | AssessmentAnswers
"""Anything a session can have typed and not yet saved."""

_KINDS: dict[str, Any] = {
    "checkin": CheckInEdit,
    "value": ValueEdit,
    "new-value": NewValue,
    "new-idea": NewIdea,
    "found-values": FoundValues,
    "answers": AssessmentAnswers,
}


def parse_edit(data: object, where: str) -> Edit:
    """One edit read back from a draft file."""
    d = check_mapping(where, data)
    kind = _KINDS.get(str(d.get("kind")))
    if kind is None:
        raise ValidationError(f"{where}.kind", f"{d.get('kind')!r} is not a kind of edit")
    edit: Edit = kind.parse(d, where)
    return edit
