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

from kindness_tui.core.journal_settings import Settings
from kindness_tui.core.logical_day import Clock, parse_frozen_today
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
    sixteen_colours: bool = False
    """The terminal shows 16 colours (TERM=xterm, TERM=linux): warm accents would be red."""

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

    def settings(self) -> Settings:
        """The journal's settings as they are now (another process may have changed them)."""
        return read_settings(self.store)

    def change_setting(self, name: str, value: object) -> None:
        """Store one setting (its stored form, or None for the default)."""
        write_setting(self.store, name, value)


def wants_ascii(env: Mapping[str, str]) -> bool:
    """Draw in ASCII: KINDNESS_ASCII=1, or a locale that is not UTF-8 (LANG=C)."""
    if env.get("KINDNESS_ASCII", "").strip() not in ("", "0"):
        return True
    for var in ("LC_ALL", "LC_CTYPE", "LANG"):
        value = env.get(var)
        if value and not (var == "LC_CTYPE" and _coerced(env)):
            return "utf-8" not in value.lower() and "utf8" not in value.lower()
    return "utf" not in (locale.getpreferredencoding(False) or "").lower()


def _coerced(env: Mapping[str, str]) -> bool:
    """Whether LC_CTYPE is Python's own doing (PEP 538): given LANG=C, or a LANG this
    machine lacks (as an SSH client sends its own), Python runs in the C locale and sets
    LC_CTYPE=C.UTF-8 for itself, but the terminal was still given LANG."""
    lang = env.get("LANG", "").lower()
    return (
        not env.get("LC_ALL")
        and bool(lang)
        and "utf-8" not in lang
        and "utf8" not in lang
        and env.get("LC_CTYPE", "") in ("C.UTF-8", "C.utf8", "UTF-8")
    )


def has_sixteen_colours(env: Mapping[str, str]) -> bool:
    """Whether the terminal `env` describes shows 16 colours, by Rich's rule (the one the
    app's output follows): COLORTERM=truecolor, a `-256color` TERM (or `-kitty`) show more;
    any other TERM, 16. No TERM at all describes no terminal: nothing to adjust for."""
    chosen = env.get("TEXTUAL_COLOR_SYSTEM", "auto")
    if chosen != "auto":
        return chosen == "standard"
    term = env.get("TERM", "").lower()
    if not term or term in ("dumb", "unknown"):
        return False
    if env.get("COLORTERM", "").strip().lower() in ("truecolor", "24bit"):
        return False
    return term.rpartition("-")[2] not in ("256color", "kitty", "truecolor", "direct")


def read_settings(store: Store) -> Settings:
    """The one place settings are read from the journal: each value checked, a bad one
    read as its default (see core.journal_settings)."""
    return Settings.from_stored({name: store.setting(name) for name in Settings.names()})


def write_setting(store: Store, name: str, value: object) -> None:
    """The one place a setting is written: `value` in its stored form (`Settings.stored()`),
    or None to put the default back; ValueError for anything a `Settings` cannot hold."""
    store.set_setting(name, Settings.checked(name, value))


def clock_for(store: Store, env: Mapping[str, str]) -> Clock:
    frozen = env.get("KINDNESS_TODAY")
    settings = read_settings(store)
    return Clock(
        zone=settings.timezone,
        day_start_hour=settings.day_start_hour,
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
    for hours: check-ins are read into key-sharing dicts (see data.key_sharing.sharing_keys)."""
    env = os.environ if env is None else env
    path = journal_path(str(db) if db else None, env)
    store = Store(path, lock_timeout=lock_timeout, share_keys=share_keys)
    return Context(
        store=store,
        clock=clock_for(store, env),
        ascii_only=wants_ascii(env),
        sixteen_colours=has_sixteen_colours(env),
    )
