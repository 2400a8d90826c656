"""What a Kindness journal looks like once parsed: tables of documents and a meta record.

TinyDB keeps each table as an object of documents keyed by their id as text;
this app's journals carry a meta record marked `"app": "kindness"` (with the
schema version, a write counter and a random stamp).
"""

from __future__ import annotations

from typing import Any

APP_MARK = "kindness"
"""The meta record's `app`: what makes a JSON file this app's journal."""

Tables = dict[str, dict[str, Any]]
"""The journal as TinyDB lays it out: table name -> document id (text) -> document."""


def is_journal(data: dict[str, Any]) -> bool:
    """True when a parsed JSON object carries this app's meta record."""
    meta = data.get("meta")
    if not isinstance(meta, dict):
        return False
    return any(isinstance(d, dict) and d.get("app") == APP_MARK for d in meta.values())


def well_formed(data: dict[str, Any]) -> bool:
    """Every table is an object of objects keyed by whole numbers, as TinyDB needs."""
    for table in data.values():
        if not isinstance(table, dict):
            return False
        for key, doc in table.items():
            if not key.isdigit() or not isinstance(doc, dict):
                return False
    return True


def meta_of(data: Tables | None) -> dict[str, Any]:
    """The journal's meta record ({} when there is none)."""
    if not data:
        return {}
    table = data.get("meta") or {}
    for doc in table.values():
        if isinstance(doc, dict):
            return doc
    return {}
