"""One day's form, as data: what was last loaded or saved, and what the person changed since.

The form widget shows fields and reports each change; the screen keeps a
`DayEdits`, turns its pending changes into a `CheckInEdit` for the draft and
the journal, and asks it which fields to show again when the journal changes
(another session's save, or what its own save folded in). Only fields the
person has not changed since are ever replaced on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from kindness_tui.core.checkin import CHECKIN_FIELDS, REFLECTIONS, CheckIn
from kindness_tui.core.models import ITEM_KINDS

if TYPE_CHECKING:
    from kindness_tui.core.edits import CheckInEdit

FIELDS: tuple[str, ...] = tuple(CHECKIN_FIELDS)
"""The form's fields, by the store's field paths, in the order they are shown."""

DAY_TEXTS = ("self_kindness", "note")
"""Day-level texts, stored as None when empty (item texts are stored as "")."""

NONE_WHEN_EMPTY: tuple[str, ...] = DAY_TEXTS + tuple(
    f"{kind}.{answer}" for kind in ITEM_KINDS for answer in REFLECTIONS
)
"""Texts stored as None when empty: the day's own and the items' reflections."""


def form_values(checkin: CheckIn | None) -> dict[str, Any]:
    """A check-in as the form's field values ("" and False for what is empty)."""
    result: dict[str, Any] = {}
    for kind in ITEM_KINDS:
        item = checkin.item(kind) if checkin else None
        result[f"{kind}.text"] = item.text if item else ""
        result[f"{kind}.value_id"] = item.value_id if item else None
        result[f"{kind}.done"] = item.done if item else False
        for answer in REFLECTIONS:
            result[f"{kind}.{answer}"] = (getattr(item, answer) if item else None) or ""
    result["self_kindness"] = (checkin.self_kindness if checkin else None) or ""
    result["mood"] = checkin.mood if checkin else None
    result["note"] = (checkin.note if checkin else None) or ""
    return result


def stored_value(key: str, value: Any) -> Any:
    """A form value as the journal stores it."""
    return (value or None) if key in NONE_WHEN_EMPTY else value


def form_value(key: str, value: Any) -> Any:
    """A stored value as the form shows it."""
    return (value or "") if key in NONE_WHEN_EMPTY else value


class DayEdits:
    """The fields of one day: synced with the journal, and changed here since."""

    def __init__(self, day: dt.date, checkin: CheckIn | None, origin: str = "today") -> None:
        self.day = day
        self.origin = origin
        """Which form this is (see CheckInEdit.origin)."""
        self.synced: dict[str, Any] = form_values(checkin)
        """Each field as it was last loaded from or saved to the journal."""
        self.pending: dict[str, Any] = {}
        """Fields the person changed since, with their new values."""
        self.replaced: tuple[Mapping[str, Any], ...] = checkin.replaced if checkin else ()
        """Texts of this day that a save from another session replaced."""

    def values(self) -> dict[str, Any]:
        """What the form should show: the journal's values, with this session's changes."""
        return {**self.synced, **self.pending}

    def edit(self, key: str, value: Any) -> None:
        """The person changed a field."""
        if value == self.synced[key]:
            self.pending.pop(key, None)
        else:
            self.pending[key] = value

    def as_edit(self) -> CheckInEdit | None:
        """The pending changes as one edit for the draft and the journal; None if none."""
        if not self.pending:
            return None
        from kindness_tui.core.edits import CheckInEdit  # loaded with the first change

        return CheckInEdit(
            self.day.isoformat(),
            {key: stored_value(key, value) for key, value in self.pending.items()},
            {key: stored_value(key, self.synced[key]) for key in self.pending},
            self.origin,
        )

    def saved(self, edit: CheckInEdit, stored: CheckIn | None) -> dict[str, Any]:
        """`edit` reached the journal, which now holds `stored`; the fields to show anew."""
        for key, value in edit.changes.items():
            shown = form_value(key, value)
            self.synced[key] = shown
            if self.pending.get(key) == shown:
                del self.pending[key]
        return self.loaded(stored)

    def loaded(self, stored: CheckIn | None) -> dict[str, Any]:
        """The journal now holds `stored` for this day; the fields to show anew.

        A field the person is changing keeps their words; any other field takes
        the journal's value, so what another session wrote (or what this
        session's own save folded in) shows, and a later edit starts from it.
        """
        fresh = form_values(stored)
        changed: dict[str, Any] = {}
        for key in FIELDS:
            if key in self.pending:
                if self.pending[key] == fresh[key]:
                    del self.pending[key]
                    self.synced[key] = fresh[key]
                continue
            if self.synced[key] != fresh[key]:
                self.synced[key] = fresh[key]
                changed[key] = fresh[key]
        self.replaced = stored.replaced if stored else ()
        return changed
