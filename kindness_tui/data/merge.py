"""Merging validated export records into the journal (`kindness import`).

Kept apart from `store` (which it uses, never the other way round) so that
opening a journal does not build what only an import uses. The plan is made
here from what the journal holds (value names and ids, assessment ids, dates)
and handed to `Store.add_or_replace`, which puts it all in one write: cost
linear in the export's size.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from kindness_tui.core.checkin import CheckIn, Item
from kindness_tui.core.models import MAX_ACTIVE_VALUES, Assessment, ValidationError, Value, name_key

if TYPE_CHECKING:
    from kindness_tui.data.store import Store

_Dated = TypeVar("_Dated", Assessment, CheckIn)


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
    backup: Path | None = None
    """The copy of the journal kept before --overwrite replaced anything."""


def merge(
    store: Store,
    values: list[Value],
    assessments: list[Assessment],
    checkins: list[CheckIn],
    *,
    overwrite: bool = False,
) -> MergeReport:
    """Merge validated export records in one all-or-nothing write (see `importing`).

    Values are matched by id, then by name ignoring case, and the journal's
    own copy is kept; references are mapped to it. An assessment id or a
    date already in the journal is kept unless `overwrite`; when it replaces
    any, the journal as it was is copied into its backups first.
    """
    with store.transaction():
        return _merge_records(store, values, assessments, checkins, overwrite=overwrite)


def _merge_records(
    store: Store,
    values: list[Value],
    assessments: list[Assessment],
    checkins: list[CheckIn],
    *,
    overwrite: bool,
) -> MergeReport:
    """Merge validated records into the journal; called inside one transaction."""
    report = MergeReport()
    existing = store.value_keys()
    by_id = {value_id: name for value_id, name, _ in existing}
    by_name = {name_key(name): value_id for value_id, name, _ in existing}
    renamed: dict[str, str] = {}  # the file's ids of values matched by name to another id
    claimed: dict[str, int] = {}
    active = sum(1 for _, _, archived in existing if not archived)
    new_values = []
    for i, value in enumerate(values):
        match = value.id if value.id in by_id else by_name.get(name_key(value.name))
        if match is not None:
            if match in claimed:
                raise ValidationError(
                    f"values[{i}].name",
                    f"{value.name!r} matches the same journal value as values[{claimed[match]}]",
                )
            claimed[match] = i
            if match != value.id:
                renamed[value.id] = match
            report.values_matched.append(by_id[match])
            continue
        if not value.archived:
            active += 1
            if active > MAX_ACTIVE_VALUES:
                raise ValidationError(
                    "values",
                    f"importing would put {active} values on the wheel; it holds "
                    f"{MAX_ACTIVE_VALUES} at most, so archive some first",
                )
        new_values.append(value)
        by_id[value.id] = value.name
        by_name[name_key(value.name)] = value.id
        claimed[value.id] = i
        report.values_added += 1

    def mapped_item(item: Item | None) -> Item | None:
        if item is None or item.value_id not in renamed:
            return item
        return replace(item, value_id=renamed[item.value_id])

    def mapped_checkin(checkin: CheckIn) -> CheckIn:
        new_thing, kindness = mapped_item(checkin.new_thing), mapped_item(checkin.kindness)
        if new_thing is checkin.new_thing and kindness is checkin.kindness:
            return checkin
        return replace(checkin, new_thing=new_thing, kindness=kindness)

    def mapped_assessment(assessment: Assessment) -> Assessment:
        if not any(r.value_id in renamed for r in assessment.ratings):
            return assessment
        ratings = tuple(
            replace(r, value_id=renamed[r.value_id]) if r.value_id in renamed else r
            for r in assessment.ratings
        )
        return replace(assessment, ratings=ratings)

    known = store.assessment_ids()
    to_write, report.assessments_added, report.assessments_replaced = _sorted_out(
        assessments, [a.id in known for a in assessments], report.assessments_kept, overwrite
    )
    new_assessments = [mapped_assessment(assessment) for assessment in to_write]
    days = set(store.checkin_dates())
    days_to_write, report.checkins_added, report.checkins_replaced = _sorted_out(
        checkins, [c.date in days for c in checkins], report.days_kept, overwrite
    )
    new_checkins = [mapped_checkin(checkin) for checkin in days_to_write]

    if report.assessments_replaced or report.checkins_replaced:
        report.backup = store.keep_copy_before_import()
    store.add_or_replace(values=new_values, assessments=new_assessments, checkins=new_checkins)
    return report


def _sorted_out(
    records: list[_Dated], in_journal: list[bool], kept: list[str], overwrite: bool
) -> tuple[list[_Dated], int, int]:
    """The records to write, how many of them are new and how many replace one.

    A record already in the journal (`in_journal`, one flag per record) is
    replaced only with `overwrite`; otherwise its date goes into `kept`.
    """
    to_write, added, replaced = [], 0, 0
    for record, known in zip(records, in_journal, strict=True):
        if known:
            if not overwrite:
                kept.append(record.date)
                continue
            replaced += 1
        else:
            added += 1
        to_write.append(record)
    return to_write, added, replaced
