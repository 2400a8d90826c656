"""Merging validated export records into the journal (`kindness import`).

Kept apart from `store` so that opening a journal does not build what only an
import uses.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kindness_tui.core.models import (
    ITEM_KINDS,
    MAX_ACTIVE_VALUES,
    Assessment,
    CheckIn,
    ValidationError,
    Value,
)

if TYPE_CHECKING:
    from kindness_tui.data.store import Store


@dataclass
class MergeReport:
    """What an import did: counts of what was added and the days kept as they were."""

    values_added: int = 0
    values_matched: list[str] = field(default_factory=list)
    """Names of imported values that were already in the journal (kept as they are)."""
    assessments_added: int = 0
    assessments_replaced: int = 0
    assessments_kept: list[str] = field(default_factory=list)
    checkins_added: int = 0
    checkins_replaced: int = 0
    days_kept: list[str] = field(default_factory=list)
    """Dates already in the journal that were left as they were (no --overwrite)."""


def merge_records(
    store: Store,
    values: list[Value],
    assessments: list[Assessment],
    checkins: list[CheckIn],
    *,
    overwrite: bool,
) -> MergeReport:
    """Merge validated records into the journal; called inside one transaction."""
    report = MergeReport()
    values_table = store._table("values")
    docs = values_table.all()
    by_id: dict[str, Mapping[str, Any]] = {d["id"]: d for d in docs}
    by_name: dict[str, Mapping[str, Any]] = {d["name"].casefold(): d for d in docs}
    id_map: dict[str, str] = {}
    claimed: dict[str, int] = {}
    active = sum(1 for d in docs if not d.get("archived"))
    for i, value in enumerate(values):
        existing = by_id.get(value.id) or by_name.get(value.name.casefold())
        if existing is not None:
            if existing["id"] in claimed:
                raise ValidationError(
                    f"values[{i}].name",
                    f"{value.name!r} matches the same journal value as "
                    f"values[{claimed[existing['id']]}]",
                )
            claimed[existing["id"]] = i
            id_map[value.id] = existing["id"]
            report.values_matched.append(existing["name"])
            continue
        if not value.archived:
            active += 1
            if active > MAX_ACTIVE_VALUES:
                raise ValidationError(
                    "values",
                    f"importing would put {active} values on the wheel; it holds "
                    f"{MAX_ACTIVE_VALUES} at most, so archive some first",
                )
        values_table.insert(value.to_dict())
        by_id[value.id] = by_name[value.name.casefold()] = value.to_dict()
        claimed[value.id] = i
        id_map[value.id] = value.id
        report.values_added += 1

    def mapped(value_id: str | None) -> str | None:
        return None if value_id is None else id_map.get(value_id, value_id)

    table = store._table("assessments")
    known = {d["id"]: d.doc_id for d in table.all()}
    for assessment in assessments:
        record = assessment.to_dict()
        for rating in record["ratings"]:
            rating["value_id"] = mapped(rating["value_id"])
        if assessment.id in known:
            if not overwrite:
                report.assessments_kept.append(assessment.date)
                continue
            table.update(record, doc_ids=[known[assessment.id]])
            report.assessments_replaced += 1
        else:
            table.insert(record)
            report.assessments_added += 1

    table = store._table("checkins")
    days = {date: int(key) for date, key in store._checkin_index()[1].items()}
    for checkin in checkins:
        record = checkin.to_dict()
        for kind in ITEM_KINDS:
            if record[kind] is not None:
                record[kind]["value_id"] = mapped(record[kind]["value_id"])
        if checkin.date in days:
            if not overwrite:
                report.days_kept.append(checkin.date)
                continue
            table.remove(doc_ids=[days[checkin.date]])
            table.insert(record)
            report.checkins_replaced += 1
        else:
            table.insert(record)
            report.checkins_added += 1
    return report
