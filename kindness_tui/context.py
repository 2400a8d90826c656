"""The one factory that gives the app and the command line their store and clock.

Tests build a `Context` with a temporary journal and a frozen date; nothing
else reads the environment, the real clock or the real data folder.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from kindness_tui.core.logical_day import DEFAULT_DAY_START, Clock, parse_frozen_today
from kindness_tui.data.paths import journal_path
from kindness_tui.data.store import Store

if TYPE_CHECKING:
    from kindness_tui.data.drafts import DraftBook
    from kindness_tui.data.journal_queue import JournalQueue


@dataclass
class Context:
    """What every command and screen needs: the journal, the clock, and how to draw."""

    store: Store
    clock: Clock
    ascii_only: bool = False
    """Draw with ASCII only (a non-UTF-8 locale or KINDNESS_ASCII=1)."""

    @cached_property
    def journal(self) -> JournalQueue:
        """The app's journal worker: every change and re-read, in order, off the event loop."""
        from kindness_tui.data.journal_queue import JournalQueue

        return JournalQueue()

    @cached_property
    def drafts(self) -> DraftBook:
        """This session's draft: typed words not yet in the journal, kept on disk."""
        from kindness_tui.data.drafts import DraftBook

        return DraftBook(self.store.path)


def wants_ascii(env: Mapping[str, str]) -> bool:
    if env.get("KINDNESS_ASCII", "").strip() not in ("", "0"):
        return True
    for var in ("LC_ALL", "LC_CTYPE", "LANG"):
        value = env.get(var)
        if value:
            return "utf-8" not in value.lower() and "utf8" not in value.lower()
    return "utf" not in (locale.getpreferredencoding(False) or "").lower()


def clock_for(store: Store, env: Mapping[str, str]) -> Clock:
    frozen = env.get("KINDNESS_TODAY")
    zone = store.setting("timezone")
    hour = store.setting("day_start_hour", DEFAULT_DAY_START)
    if not isinstance(hour, int) or not 0 <= hour <= 23:
        hour = DEFAULT_DAY_START
    return Clock(
        zone=zone if isinstance(zone, str) and zone else None,
        day_start_hour=hour,
        frozen=parse_frozen_today(frozen) if frozen else None,
    )


def make_context(
    db: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    *,
    lock_timeout: float = 5.0,
    share_keys: bool = False,
) -> Context:
    """The journal and the clock. `share_keys` is for the app, which holds the journal
    for hours: check-ins are read into key-sharing dicts (see safe_storage.sharing_keys)."""
    env = os.environ if env is None else env
    path = journal_path(str(db) if db else None, env)
    store = Store(path, lock_timeout=lock_timeout, share_keys=share_keys)
    return Context(store=store, clock=clock_for(store, env), ascii_only=wants_ascii(env))
