"""Writing edits to the journal: one a screen saves, or all a killed session left behind.

There is one path from typing to the journal (see `core.edits`): a screen
keeps its edit in the session's draft (`drafts`) and applies it here; the next
start applies, the same way, the drafts of sessions that ended without saving.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from kindness_tui.core.checkin import CheckIn
from kindness_tui.core.edits import (
    AssessmentAnswers,
    CheckInEdit,
    Edit,
    FoundValues,
    NewIdea,
    NewValue,
    ValueEdit,
)
from kindness_tui.core.models import MAX_ACTIVE_VALUES, ValidationError, name_key
from kindness_tui.data.draft_places import dead_session_drafts
from kindness_tui.data.drafts import read_draft, rewrite_draft
from kindness_tui.data.store import Store


@dataclass
class Applied:
    """What applying edits did, for the screen that asked and for the gentle line."""

    saved: list[str] = field(default_factory=list)
    """A few words for each edit now in the journal."""
    value_ids: list[str] = field(default_factory=list)
    """Values added or changed."""
    waiting: list[str] = field(default_factory=list)
    """Names of found values that did not fit on a full wheel."""
    checkin: CheckIn | None = None
    """The day as the journal now holds it, after a check-in edit."""


def apply_edit(store: Store, edit: Edit, today: dt.date, applied: Applied | None = None) -> Applied:
    """Write one edit to the journal, in one change. Refusals raise ValidationError."""
    applied = applied if applied is not None else Applied()
    if isinstance(edit, CheckInEdit):
        store.update_checkin(edit.date, edit.changes, base=edit.base_checkin())
        applied.checkin = store.checkin(edit.date)
    elif isinstance(edit, ValueEdit):
        _apply_value_edit(store, edit, today, applied)
    elif isinstance(edit, NewValue):
        _apply_new_value(store, edit, today, applied)
    elif isinstance(edit, NewIdea):
        store.add_idea(edit.kind, edit.text, edit.area, today=today)
    elif isinstance(edit, FoundValues):
        _apply_found(store, edit, today, applied)
    elif isinstance(edit, AssessmentAnswers):
        _apply_answers(store, edit, applied)
    applied.saved.append(edit.describe())
    return applied


def _apply_value_edit(store: Store, edit: ValueEdit, today: dt.date, applied: Applied) -> None:
    with store.transaction():
        if store.value(edit.value_id) is None:  # gone from the journal: keep the words
            added = store.add_value(edit.name, today=today, about=edit.about, area=edit.area)
            value_id = added.id
        else:
            value_id = edit.value_id
            store.update_value(value_id, name=edit.name, about=edit.about, area=edit.area)
        if store.current_assessment() is None:
            store.new_assessment(today)
        store.rate(value_id, steps=edit.steps, challenges=edit.challenges)
    applied.value_ids.append(value_id)


def _apply_answers(store: Store, edit: AssessmentAnswers, applied: Applied) -> None:
    """Each value's answers into its rating in that assessment (a value gone since is skipped)."""
    with store.transaction():
        if not any(a.id == edit.assessment_id for a in store.assessments()):
            raise ValidationError("assessment", "that assessment is no longer in the journal")
        for value_id, worked, in_the_way in edit.answers:
            if store.value(value_id) is None:
                continue
            store.rate(
                value_id, worked=worked, in_the_way=in_the_way, assessment_id=edit.assessment_id
            )
            applied.value_ids.append(value_id)


def _apply_new_value(store: Store, edit: NewValue, today: dt.date, applied: Applied) -> None:
    with store.transaction():
        wanted = name_key(edit.name)
        if any(name_key(v.name) == wanted for v in store.values(include_archived=True)):
            return  # already on the wheel (added before a kill, or by another session)
        value = store.add_value(edit.name, today=today, about=edit.about, area=edit.area)
    applied.value_ids.append(value.id)


def _apply_found(store: Store, edit: FoundValues, today: dt.date, applied: Applied) -> None:
    with store.transaction():
        have = {name_key(v.name) for v in store.values(include_archived=True)}
        room = MAX_ACTIVE_VALUES - len(store.values())
        for candidate in edit.values:
            if name_key(candidate.name) in have:
                continue
            if room <= 0:
                applied.waiting.append(candidate.name)
                continue
            value = store.add_value(
                candidate.name, today=today, about=candidate.about, area=candidate.area
            )
            have.add(name_key(candidate.name))
            applied.value_ids.append(value.id)
            room -= 1


# ---------------------------------------------------------------------- leftovers


@dataclass
class Recovery:
    """What the start did with drafts left by sessions that ended without saving."""

    saved: list[str] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)
    """Drafts that could not be applied (or read), left where they are."""
    problems: list[str] = field(default_factory=list)


def recover(store: Store, today: dt.date) -> Recovery:
    """Apply the drafts of sessions that ended without saving, removing each edit once applied.

    A draft is rewritten after every edit that reaches the journal, so a start
    that is itself killed halfway never applies an edit twice. An edit the
    journal refuses stays in its draft, which is named in `problems`.
    """
    recovery = Recovery()
    with dead_session_drafts(store.path) as drafts:
        for path in drafts:
            try:
                edits = read_draft(path)
            except (OSError, ValueError, RecursionError):
                recovery.kept.append(path)
                recovery.problems.append(f"{path} could not be read as a draft")
                continue
            left = list(edits)
            for edit in edits:
                try:
                    recovery.saved += apply_edit(store, edit, today).saved
                except ValidationError as exc:
                    recovery.problems.append(f"{edit.describe()} ({exc.problem}), kept in {path}")
                    continue
                left.remove(edit)
                rewrite_draft(path, store.path, left)
            if left:
                recovery.kept.append(path)
    return recovery
