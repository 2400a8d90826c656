"""The wheel's part of the journal: values, assessments and their ratings.

The second layer of the store (see `journal_tables`): values are added,
renamed and archived here, and rated in the current assessment, each change
one transaction. Reads return the frozen dataclasses of `core.models`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping
from typing import Any, TypedDict, Unpack

from tinydb import Query
from tinydb.table import Document

from kindness_tui.core.models import (
    ASSESSMENT_ANSWERS,
    LINE_MAX,
    LONG_MAX,
    MAX_ACTIVE_VALUES,
    NOW_RANGE,
    WANT_RANGE,
    Assessment,
    Rating,
    ValidationError,
    Value,
    check_area,
    check_int,
    check_name,
    check_optional_text,
    name_key,
)
from kindness_tui.data.change_times import CHANGED, stamped
from kindness_tui.data.journal_tables import JournalTables, Unreadable, new_id, record_name


class ValueFields(TypedDict, total=False):
    """What `update_value` changes: a field not given stays as it is."""

    name: str
    about: str | None
    area: str | None


class RatingFields(TypedDict, total=False):
    """What `rate` changes: a field not given stays as it is (None clears a text)."""

    now: int
    want: int
    steps: str | None
    challenges: str | None
    worked: str | None
    in_the_way: str | None


RATING_KEYS: tuple[str, ...] = tuple(RatingFields.__annotations__)
"""A rating's fields, in the order `rate` takes them (each has its own change time)."""


def restamped(rating: dict[str, Any], was: Mapping[str, Any], when: int) -> dict[str, Any]:
    """`rating` with the change times of the stored one (`was`), its fields that differ
    from it changed at `when`: what a merge decides by (see change_times)."""
    times = stamped(was, [key for key in RATING_KEYS if rating.get(key) != was.get(key)], when)
    return rating | {CHANGED: times} if times else rating


def _line(key: str, text: object) -> str | None:
    return check_optional_text(key, text, LINE_MAX) or None


def _long(key: str, text: object) -> str | None:
    return check_optional_text(key, text, LONG_MAX) or None


_CHECKS: dict[str, Callable[[str, Any], Any]] = {
    "name": check_name,
    "about": _line,
    "area": check_area,
    "now": lambda key, n: check_int(key, n, *NOW_RANGE),
    "want": lambda key, n: check_int(key, n, *WANT_RANGE),
    "steps": _long,
    "challenges": _long,
    **dict.fromkeys(ASSESSMENT_ANSWERS, _long),
}
"""How each field of a value or a rating is checked and stored (an empty text as None),
in the order the fields are checked and written."""


def _checked(given: Mapping[str, Any], allowed: Collection[str] = _CHECKS) -> dict[str, Any]:
    """The fields `given`, each as its check stores it; the first bad one raises.

    A name not `allowed` (the keys of `ValueFields` or `RatingFields`) is a
    TypeError, as an unknown keyword argument is.
    """
    unknown = sorted(given.keys() - set(allowed))
    if unknown:
        raise TypeError(f"got an unexpected keyword argument {unknown[0]!r}")
    return {key: check(key, given[key]) for key, check in _CHECKS.items() if key in given}


class WheelTables(JournalTables):
    """The values and assessments of a journal on disk."""

    def values(
        self, *, include_archived: bool = False, unreadable: list[Unreadable] | None = None
    ) -> list[Value]:
        """Values in the order they were added; archived ones only when asked.

        With `unreadable`, a value that does not parse is added to it and left out
        (the rescue path of `export`); without, it raises ValidationError.
        """
        found = []
        for doc in self.table("values").all():
            if unreadable is None:
                found.append(Value.parse(doc, "values"))
                continue
            try:
                found.append(Value.parse(doc))
            except ValidationError as exc:
                where = record_name("value", doc, str(doc.doc_id), "name")
                unreadable.append(Unreadable(where, str(exc)))
        return [v for v in found if include_archived or not v.archived]

    def value(self, value_id: str) -> Value | None:
        doc = self.table("values").get(Query().id == value_id)
        return None if doc is None else Value.parse(doc, "values")

    def value_names(self) -> dict[str, str]:
        """Every value's id and name, archived ones too (for showing history)."""
        return {d["id"]: d["name"] for d in self.table("values").all()}

    def value_named(self, name: str) -> Value | None:
        """The value called `name` however it is spelled (case, composed or not; see
        `name_key`): an active one before an archived one, None if there is none."""
        wanted = name_key(name)
        found = [v for v in self.values(include_archived=True) if name_key(v.name) == wanted]
        return min(found, key=lambda v: v.archived, default=None)

    def _check_unique(self, name: str, except_id: str | None = None) -> None:
        wanted = name_key(name)
        for doc in self.table("values").all():
            other = doc.get("name")
            if doc["id"] != except_id and isinstance(other, str) and name_key(other) == wanted:
                raise ValidationError("name", f"you already have a value called {other!r}")

    def add_value(
        self,
        name: str,
        *,
        today: dt.date,
        about: str | None = None,
        area: str | None = None,
        now: int = 5,
        want: int = 8,
    ) -> Value:
        """Add a value, rated now 5 / want 8 in the current assessment (made if there is none)."""
        fields = _checked({"name": name, "about": about, "area": area, "now": now, "want": want})
        with self.transaction():
            self._check_unique(fields["name"])
            active = [d for d in self.table("values").all() if not d.get("archived")]
            if len(active) >= MAX_ACTIVE_VALUES:
                raise ValidationError(
                    "values",
                    f"the wheel holds {MAX_ACTIVE_VALUES} values at most; archive one to make room",
                )
            taken = {d["id"] for d in self.table("values").all()}
            value = Value(
                id=new_id("v", taken),
                name=fields["name"],
                about=fields["about"],
                area=fields["area"],
                archived=False,
                created=today.isoformat(),
            )
            self.table("values").insert(value.to_dict())
            assessment = self._current_doc()
            if assessment is None:
                self._insert_assessment(today.isoformat(), [])
                assessment = self._current_doc()
            assert assessment is not None
            ratings = list(assessment["ratings"])
            ratings.append(Rating(value.id, fields["now"], fields["want"]).to_dict())
            self.table("assessments").update({"ratings": ratings}, doc_ids=[assessment.doc_id])
        return value

    def update_value(self, value_id: str, **given: Unpack[ValueFields]) -> Value:
        """Rename a value, or change what it is about or its area."""
        changes = _checked(given, ValueFields.__optional_keys__)
        with self.transaction():
            doc = self.table("values").get(Query().id == value_id)
            if doc is None:
                raise ValidationError("value", "that value is no longer in the journal")
            if "name" in changes:
                self._check_unique(changes["name"], except_id=value_id)
            differ = [key for key, value in changes.items() if doc.get(key) != value]
            if differ:  # when each field changed, for a merge (see change_times)
                changes[CHANGED] = stamped(doc, differ, self.change_time())
            if changes:
                self.table("values").update(changes, doc_ids=[doc.doc_id])
        result = self.value(value_id)
        assert result is not None
        return result

    def archive_value(self, value_id: str, archived: bool = True) -> None:
        """Take a value off the wheel (kept in history and exports), or bring it back."""
        with self.transaction():
            doc = self.table("values").get(Query().id == value_id)
            if doc is None:
                raise ValidationError("value", "that value is no longer in the journal")
            if not archived and doc.get("archived"):
                active = [d for d in self.table("values").all() if not d.get("archived")]
                if len(active) >= MAX_ACTIVE_VALUES:
                    raise ValidationError(
                        "values", f"the wheel holds {MAX_ACTIVE_VALUES} values at most"
                    )
            change: dict[str, Any] = {"archived": archived}
            if bool(doc.get("archived")) != archived:
                change[CHANGED] = stamped(doc, ["archived"], self.change_time())
            self.table("values").update(change, doc_ids=[doc.doc_id])

    # ------------------------------------------------------------------ assessments

    def assessments(self, *, unreadable: list[Unreadable] | None = None) -> list[Assessment]:
        """All assessments, oldest first (`unreadable` as for `values`)."""
        docs = self.table("assessments").all()
        if unreadable is None:
            docs.sort(key=lambda d: (d["date"], d.doc_id))
            return [Assessment.parse(d, "assessments") for d in docs]
        found = []
        for doc in docs:
            try:
                found.append((doc.doc_id, Assessment.parse(doc)))
            except ValidationError as exc:
                where = record_name("assessment", doc, str(doc.doc_id), "date")
                unreadable.append(Unreadable(where, str(exc)))
        found.sort(key=lambda pair: (pair[1].date, pair[0]))
        return [assessment for _, assessment in found]

    def assessment_ids(self) -> set[str]:
        """Ids of every assessment in the journal (what an import matches against)."""
        return {d["id"] for d in self.table("assessments").all() if isinstance(d.get("id"), str)}

    def _current_doc(self) -> Document | None:
        docs = self.table("assessments").all()
        if not docs:
            return None
        return max(docs, key=lambda d: (d["date"], d.doc_id))

    def current_assessment(self) -> Assessment | None:
        """The latest assessment: the one the wheel edits."""
        doc = self._current_doc()
        return None if doc is None else Assessment.parse(doc, "assessments")

    def _insert_assessment(self, date: str, ratings: list[dict[str, Any]]) -> str:
        taken = {d["id"] for d in self.table("assessments").all()}
        assessment_id = new_id("a", taken)
        self.table("assessments").insert({"id": assessment_id, "date": date, "ratings": ratings})
        return assessment_id

    def new_assessment(self, today: dt.date) -> Assessment:
        """Start a new assessment dated today, a copy of the current ratings of active values."""
        with self.transaction():
            current = self._current_doc()
            active = {d["id"] for d in self.table("values").all() if not d.get("archived")}
            ratings = [  # what worked and what got in the way belong to the one they answer
                {k: v for k, v in r.items() if k not in ASSESSMENT_ANSWERS}
                for r in (current["ratings"] if current else [])
                if r["value_id"] in active
            ]
            new_id = self._insert_assessment(today.isoformat(), ratings)
        result = next(a for a in self.assessments() if a.id == new_id)
        return result

    def rate(
        self,
        value_id: str,
        *,
        assessment_id: str | None = None,
        **given: Unpack[RatingFields],
    ) -> Rating:
        """Change one value's rating in the current (or the given) assessment."""
        changes = _checked(given, RatingFields.__optional_keys__)
        with self.transaction():
            if assessment_id is None:
                doc = self._current_doc()
            else:
                doc = self.table("assessments").get(Query().id == assessment_id)
            if doc is None:
                raise ValidationError("assessment", "there is no assessment to change yet")
            ratings = [dict(r) for r in doc["ratings"]]
            when = self.change_time()
            for i, rating in enumerate(ratings):
                if rating["value_id"] == value_id:
                    rating = ratings[i] = restamped(rating | changes, rating, when)
                    break
            else:
                if self.table("values").get(Query().id == value_id) is None:
                    raise ValidationError("value", "that value is no longer in the journal")
                rating = Rating(value_id).to_dict() | changes
                if changes:
                    rating[CHANGED] = stamped(None, changes, when)
                ratings.append(rating)
            self.table("assessments").update({"ratings": ratings}, doc_ids=[doc.doc_id])
        return Rating.parse(rating, "rating")

    # ------------------------------------------------------------------ what an import matches

    def known_value_ids(self) -> set[str]:
        """Ids of every value in the journal, archived ones too."""
        return {d["id"] for d in self.table("values").all()}

    def value_keys(self) -> list[tuple[str, str, bool]]:
        """(id, name, archived) of every value, in order: what an import matches against.

        Read from the raw records, so a value damaged elsewhere still claims its id and name.
        """
        keys = []
        for doc in self.table("values").all():
            name = doc.get("name")
            name = name if isinstance(name, str) else ""
            keys.append((str(doc.get("id")), name, bool(doc.get("archived"))))
        return keys
