"""Where the journal lives: `--db`, then KINDNESS_DB, then the user data folder."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

JOURNAL_NAME = "kindness.json"


def default_journal_path() -> Path:
    """`kindness.json` in the platform's user data folder (e.g. ~/.local/share/kindness/)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("kindness", appauthor=False)) / JOURNAL_NAME


def journal_path(db: str | None, env: Mapping[str, str]) -> Path:
    chosen = db or env.get("KINDNESS_DB") or None
    return Path(chosen).expanduser() if chosen else default_journal_path()
