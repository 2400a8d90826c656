"""Schema versions of the journal and the steps that bring an old journal up to date.

The journal's meta record carries `schema`. Opening a journal with an older
schema migrates it in memory (so everything reads it in today's shape); the
first change writes it, after a copy of the old file was kept in the backups
folder. A journal with a newer schema is never migrated: it opens read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kindness_tui.data.journal_shape import Tables

SCHEMA_VERSION = 1
"""The journal layout this version of the app writes."""


def _v0_to_v1(data: Tables) -> None:
    """Journals from before the schema number: add the tables the app expects."""
    for table in ("values", "assessments", "checkins", "settings", "ideas"):
        data.setdefault(table, {})


MIGRATIONS: dict[int, Callable[[Tables], None]] = {0: _v0_to_v1}
"""`MIGRATIONS[n]` turns a schema-n journal into a schema-(n+1) one, in place."""


class MigrationMissing(Exception):
    """No step is known from one schema to the next (a bug, never a user's fault)."""


def migrate(data: Tables, meta: dict[str, Any], target: int | None = None) -> int:
    """Bring `data` from `meta["schema"]` up to `target`; returns the schema it started at."""
    target = SCHEMA_VERSION if target is None else target
    start = schema_of(meta)
    version = start
    while version < target:
        step = MIGRATIONS.get(version)
        if step is None:
            raise MigrationMissing(f"no migration from schema {version} to {version + 1}")
        step(data)
        version += 1
        meta["schema"] = version
    return start


def schema_of(meta: dict[str, Any]) -> int:
    """The schema a meta record declares (0 for journals from before the number)."""
    schema = meta.get("schema", 0)
    if isinstance(schema, bool) or not isinstance(schema, int) or schema < 0:
        raise ValueError(f"schema {schema!r} is not a version number")
    return schema
