"""The day's check-in: its two items, its fields by path, and changes made one field at a time.

A check-in is stored and exported with exactly the keys of `CheckIn.to_dict`
(SPEC §4.2). The form, the drafts and the store name a single field by its
path ("new_thing.text", "mood", …): `CHECKIN_FIELDS` is the one list of those
paths, and `CHECKIN_TEXT_FIELDS` the ones that hold words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from kindness_tui.core.models import (
    LINE_MAX,
    LONG_MAX,
    MOOD_RANGE,
    ValidationError,
    check_bool,
    check_date,
    check_id,
    check_mapping,
    check_optional_int,
    check_optional_text,
    check_text,
    within,
)

REFLECTIONS: tuple[str, ...] = ("how", "says")
"""An item's reflection answers, by attribute: "How did you do that?", "What does that say
about you?"."""


@dataclass(frozen=True)
class Item:
    """One of the day's two acts: what it is, the value it serves, whether it is done.

    `how` and `says` answer "How did you do that?" and "What does that say about
    you?" once it is done (SPEC §2.1); None when unanswered.
    """

    text: str = ""
    value_id: str | None = None
    done: bool = False
    how: str | None = None
    says: str | None = None

    @property
    def is_empty(self) -> bool:
        return (
            not self.text.strip()
            and not self.done
            and self.value_id is None
            and not (self.how or "").strip()
            and not (self.says or "").strip()
        )

    def to_dict(self, *, full: bool = False) -> dict[str, Any]:
        """The record; the journal leaves unanswered reflections out (`full` keeps them as
        null, as the export does), so a journal without any keeps its shape and size."""
        record: dict[str, Any] = {"text": self.text, "value_id": self.value_id, "done": self.done}
        for key in REFLECTIONS:
            answer = getattr(self, key)
            if full or answer is not None:
                record[key] = answer
        return record

    @classmethod
    def parse(cls, data: object, where: str = "") -> Item | None:
        if data is None:
            return None
        d = check_mapping(where, data)
        value_id = d.get("value_id")
        return cls(
            text=check_text(within(where, "text"), d.get("text", ""), LINE_MAX),
            value_id=None if value_id is None else check_id(within(where, "value_id"), value_id),
            done=check_bool(within(where, "done"), d.get("done", False)),
            how=check_optional_text(within(where, "how"), d.get("how"), LINE_MAX),
            says=check_optional_text(within(where, "says"), d.get("says"), LINE_MAX),
        )


@dataclass(frozen=True)
class CheckIn:
    """Everything logged for one logical day. Items never filled in are None."""

    date: str
    new_thing: Item | None = None
    kindness: Item | None = None
    self_kindness: str | None = None
    mood: int | None = None
    note: str | None = None
    replaced: tuple[Mapping[str, Any], ...] = field(default=(), compare=False)
    """Texts overwritten by a later save from another session, kept so nothing vanishes."""

    def item(self, kind: str) -> Item | None:
        if kind == "new_thing":
            return self.new_thing
        if kind == "kindness":
            return self.kindness
        raise KeyError(kind)

    @property
    def showed_up(self) -> bool:
        """True when anything at all was done or written that day."""
        return bool(
            (self.new_thing and not self.new_thing.is_empty)
            or (self.kindness and not self.kindness.is_empty)
            or (self.self_kindness or "").strip()
            or self.mood is not None
            or (self.note or "").strip()
        )

    @property
    def new_thing_done(self) -> bool:
        return bool(self.new_thing and self.new_thing.done)

    @property
    def kindness_done(self) -> bool:
        return bool(self.kindness and self.kindness.done)

    @property
    def self_kind(self) -> bool:
        return bool((self.self_kindness or "").strip())

    def value_ids(self) -> list[str]:
        """Values served by what was done this day, in order, once each."""
        ids: list[str] = []
        for item in (self.new_thing, self.kindness):
            if item and item.done and item.value_id and item.value_id not in ids:
                ids.append(item.value_id)
        return ids

    def to_dict(self, *, full: bool = False) -> dict[str, Any]:
        """The record; `full` writes every item's reflections, null ones too (the export)."""
        return {
            "date": self.date,
            "new_thing": self.new_thing.to_dict(full=full) if self.new_thing else None,
            "kindness": self.kindness.to_dict(full=full) if self.kindness else None,
            "self_kindness": self.self_kindness,
            "mood": self.mood,
            "note": self.note,
        }

    @classmethod
    def parse(cls, data: object, where: str = "") -> CheckIn:
        d = check_mapping(where, data)
        return cls(
            date=check_date(within(where, "date"), d.get("date")),
            new_thing=Item.parse(d.get("new_thing"), within(where, "new_thing")),
            kindness=Item.parse(d.get("kindness"), within(where, "kindness")),
            self_kindness=check_optional_text(
                within(where, "self_kindness"), d.get("self_kindness"), LINE_MAX
            ),
            mood=check_optional_int(within(where, "mood"), d.get("mood"), *MOOD_RANGE),
            note=check_optional_text(within(where, "note"), d.get("note"), LONG_MAX),
            replaced=tuple(d.get("replaced") or ()),
        )


# ---------------------------------------------------------------- fields by path


CHECKIN_FIELDS: dict[str, tuple[str, int]] = {
    "new_thing.text": ("text", LINE_MAX),
    "new_thing.value_id": ("id", 0),
    "new_thing.done": ("bool", 0),
    "new_thing.how": ("text", LINE_MAX),
    "new_thing.says": ("text", LINE_MAX),
    "kindness.text": ("text", LINE_MAX),
    "kindness.value_id": ("id", 0),
    "kindness.done": ("bool", 0),
    "kindness.how": ("text", LINE_MAX),
    "kindness.says": ("text", LINE_MAX),
    "self_kindness": ("text", LINE_MAX),
    "mood": ("mood", 0),
    "note": ("text", LONG_MAX),
}
"""The fields of a check-in that can be changed one at a time, in the form's order, and their
kind."""

CHECKIN_TEXT_FIELDS: tuple[str, ...] = tuple(
    path for path, (kind, _limit) in CHECKIN_FIELDS.items() if kind == "text"
)
"""The fields that hold words, in order: "new_thing.text", "new_thing.how", "new_thing.says",
"kindness.text", "kindness.how", "kindness.says", "self_kindness", "note"."""


def check_checkin_change(key: str, value: object) -> object:
    """Validate one field-level change to a check-in; returns the value to store."""
    try:
        kind, limit = CHECKIN_FIELDS[key]
    except KeyError:
        raise ValidationError(key, "is not a field of a check-in") from None
    if kind == "text":
        return check_optional_text(key, value, limit)
    if kind == "id":
        return None if value is None else check_id(key, value)
    if kind == "bool":
        return check_bool(key, value)
    return check_optional_int(key, value, *MOOD_RANGE)


def apply_checkin_changes(checkin: CheckIn, changes: Mapping[str, object]) -> CheckIn:
    """A copy of `checkin` with the field-level changes applied (already validated)."""
    result = checkin
    for key, value in changes.items():
        if "." in key:
            kind, attr = key.split(".", 1)
            item = result.item(kind) or Item()
            if attr == "text":
                value = value or ""
            elif attr in REFLECTIONS:
                value = value or None  # an answer cleared is no answer
            item_change: dict[str, Any] = {attr: value}
            item = replace(item, **item_change)
            item_field: dict[str, Any] = {kind: item}
            result = replace(result, **item_field)
        else:
            change: dict[str, Any] = {key: value}
            result = replace(result, **change)
    return result


def overwritten_texts(
    base: CheckIn, current: CheckIn, updated: CheckIn, changes: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """Texts another session wrote since `base` that this change is about to replace.

    `current` is the day as the journal holds it now and `updated` the day once
    `changes` are applied; each text lost is kept as {"field": path, "text": …}.
    """
    lost = []
    for key in changes:
        if key not in CHECKIN_TEXT_FIELDS:
            continue
        theirs, seen, ours = (_text_at(c, key) for c in (current, base, updated))
        if theirs and theirs != seen and theirs != ours:
            lost.append({"field": key, "text": theirs})
    return lost


def _text_at(checkin: CheckIn, key: str) -> str:
    if "." in key:
        kind, attr = key.split(".", 1)
        item = checkin.item(kind)
        return "" if item is None else str(getattr(item, attr) or "")
    return str(getattr(checkin, key) or "")
