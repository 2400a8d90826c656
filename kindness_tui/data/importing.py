"""Reading a JSON export back into the journal (`kindness import`, SPEC §4.2).

Import checks the whole file before it touches the journal and names the
first bad place (`checkins[3].mood: 11 is not between 0 and 10`); then the
merge is one write under one lock (`merge`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from kindness_tui.core.checkin import CheckIn
from kindness_tui.core.models import (
    EARLIEST_DAY,
    ITEM_KINDS,
    MAX_ACTIVE_VALUES,
    Assessment,
    ValidationError,
    Value,
    check_characters,
    check_date,
    check_day_in_range,
    check_list,
    check_mapping,
    name_key,
)
from kindness_tui.data.exchange import FORMAT, READABLE_VERSIONS, VERSION, Journal
from kindness_tui.data.merge import MergeReport, merge
from kindness_tui.data.store import Store
from kindness_tui.data.strict_json import loads_strict


def read_export(path: Path) -> Any:
    """The parsed JSON of an export file; ValidationError naming the file when it is not JSON."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ValidationError(str(path), "there is no such file") from None
    except IsADirectoryError:
        raise ValidationError(str(path), "is a folder, not an export file") from None
    try:
        return loads_strict(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ValidationError(str(path), "is not text (UTF-8)") from None
    except json.JSONDecodeError as exc:
        raise ValidationError(
            str(path), f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except (ValueError, RecursionError) as exc:
        raise ValidationError(str(path), f"is not valid JSON ({exc})") from None


def parse_export(
    data: object, known_value_ids: Iterable[str] = (), *, today: dt.date | None = None
) -> Journal:
    """Check a whole export object; the first problem raises ValidationError naming its place.

    `known_value_ids` are values already in the journal, which check-ins and
    ratings in the file may also point at. Dates before 1900 are refused, and
    so are dates after `today` when it is given (the CLI gives its logical today).
    """
    top = check_mapping("", data)
    if top.get("format") != FORMAT:
        raise ValidationError(
            "format", f"{top.get('format')!r} is not {FORMAT!r}; this is not a Kindness export"
        )
    version = top.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ValidationError("version", f"{version!r} is not a version number")
    if version > VERSION:
        raise ValidationError(
            "version",
            f"{version} is not a version this Kindness knows (it reads "
            f"{' and '.join(map(str, READABLE_VERSIONS))}); a newer Kindness may import it",
        )
    if version not in READABLE_VERSIONS:
        raise ValidationError("version", f"{version} is not a version number")
    if isinstance(top.get("exported_at"), str):
        check_characters("exported_at", top["exported_at"])

    values = []
    for i, raw in enumerate(_list(top, "values")):
        value = Value.parse(raw, f"values[{i}]")
        check_day_in_range(f"values[{i}].created", value.created, today)
        values.append(value)
    ids: dict[str, int] = {}
    names: dict[str, int] = {}
    active = 0
    for i, value in enumerate(values):
        if value.id in ids:
            raise ValidationError(
                f"values[{i}].id", f"{value.id!r} is also values[{ids[value.id]}]"
            )
        key = name_key(value.name)
        if key in names:
            raise ValidationError(
                f"values[{i}].name", f"{value.name!r} is also the name of values[{names[key]}]"
            )
        ids[value.id] = names[key] = i
        active += not value.archived
        if active > MAX_ACTIVE_VALUES:
            raise ValidationError(
                f"values[{i}]",
                f"more than {MAX_ACTIVE_VALUES} values are on the wheel; archive some first",
            )
    known = set(ids) | set(known_value_ids)

    def check_ref(where: str, value_id: str | None) -> None:
        if value_id is not None and value_id not in known:
            raise ValidationError(where, f"{value_id!r} is not a value in the file or the journal")

    assessments = []
    seen_assessments: dict[str, int] = {}
    for i, raw in enumerate(_list(top, "assessments")):
        assessment = Assessment.parse(raw, f"assessments[{i}]")
        check_day_in_range(f"assessments[{i}].date", assessment.date, today)
        if assessment.id in seen_assessments:
            raise ValidationError(
                f"assessments[{i}].id",
                f"{assessment.id!r} is also assessments[{seen_assessments[assessment.id]}]",
            )
        seen_assessments[assessment.id] = i
        for j, rating in enumerate(assessment.ratings):
            check_ref(f"assessments[{i}].ratings[{j}].value_id", rating.value_id)
        assessments.append(assessment)

    checkins = []
    dates: dict[str, int] = {}
    latest = today.isoformat() if today else "9999-12-31"
    for i, raw in enumerate(_list(top, "checkins")):
        day = raw.get("date") if isinstance(raw, Mapping) else None
        if isinstance(day, str) and not EARLIEST_DAY <= day <= latest:
            # The date is a check-in's first field, so a day out of range is named before
            # anything else in it (a day in range but malformed is left to CheckIn.parse).
            where = f"checkins[{i}].date"
            check_day_in_range(where, check_date(where, day), today)
        checkin = CheckIn.parse(raw, f"checkins[{i}]")
        if checkin.date in dates:
            raise ValidationError(
                f"checkins[{i}].date", f"{checkin.date} is also checkins[{dates[checkin.date]}]"
            )
        dates[checkin.date] = i
        for kind in ITEM_KINDS:
            item = checkin.item(kind)
            if item is not None:
                check_ref(f"checkins[{i}].{kind}.value_id", item.value_id)
        checkins.append(checkin)
    assessments.sort(key=lambda a: a.date)
    checkins.sort(key=lambda c: c.date)
    return Journal(values, assessments, checkins)


def _list(top: Mapping[str, Any], key: str) -> list[Any]:
    return check_list(key, top.get(key, []))


def import_file(
    store: Store, path: Path, *, overwrite: bool = False, today: dt.date | None = None
) -> MergeReport:
    """Check the whole file, then merge it in one write; nothing changes unless all is valid.

    Days after `today` (when given) are refused, as `parse_export` says.
    """
    data = read_export(path)
    store.refresh()
    journal = parse_export(data, store.known_value_ids(), today=today)
    return merge(store, journal.values, journal.assessments, journal.checkins, overwrite=overwrite)
