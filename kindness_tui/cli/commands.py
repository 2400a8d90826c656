"""The short commands: the app itself, the text `card`, `settings` and `backups`."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TextIO

from kindness_tui.cli.errors import UsageError
from kindness_tui.cli.session import command_context, open_journal, output_for

if TYPE_CHECKING:
    import argparse

    from kindness_tui.cli.session import Output
    from kindness_tui.context import Context

NO_TERMINAL = (
    "the app needs a terminal to open in; from a script or a pipe, "
    "`kindness today` shows the day and `kindness log` records it"
)
"""Said (exit 2) when the app is started with stdin or stdout not a terminal."""


def _is_terminal(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (OSError, ValueError):  # closed
        return False


def cmd_app(ns: argparse.Namespace, env: Mapping[str, str]) -> int:
    if not (_is_terminal(sys.stdin) and _is_terminal(sys.stdout)):
        # Textual would wait for keys that never come, writing escape codes into a file.
        # The journal is opened all the same: one it cannot use is named as at any start.
        command_context(ns, env)
        raise UsageError(NO_TERMINAL)
    from kindness_tui.core.start_collector import pause_for_start, resume_after_start

    before = _take_flow_keys()
    pause_for_start()  # until Today is built, or the app ends (see core.start_collector)
    try:
        from kindness_tui.app import LOCK_WAIT, make_app

        context = command_context(ns, env, share_keys=True, lock_timeout=LOCK_WAIT)
        mouse = not getattr(ns, "no_mouse", False) and context.settings().mouse
        app = make_app(context)
        app.run(mouse=mouse)
    finally:
        resume_after_start()
        _give_back(before)
    return app.return_code or 0  # 1 after a crash, 128 + the signal after a hang-up


def _take_flow_keys() -> list[Any] | None:
    """Let ctrl+q and ctrl+s typed while the app opens reach it.

    Until Textual puts the terminal in raw mode, the terminal itself takes ctrl+q and
    ctrl+s as flow control (XON/XOFF) and they never arrive: a ctrl+q typed at once was
    lost. Flow control is turned off now, before the slow imports, and the terminal's
    own settings are given back when the app ends (see `_give_back`).
    """
    import termios

    try:
        before = termios.tcgetattr(sys.stdin.fileno())
        now = termios.tcgetattr(sys.stdin.fileno())
        now[0] &= ~termios.IXON
        termios.tcsetattr(sys.stdin.fileno(), termios.TCSANOW, now)
    except (termios.error, OSError, ValueError):
        return None
    return before


def _give_back(before: list[Any] | None) -> None:
    if before is None:
        return
    import termios

    with contextlib.suppress(termios.error, OSError, ValueError):
        termios.tcsetattr(sys.stdin.fileno(), termios.TCSANOW, before)


def cmd_text_card(context: Context, out: Output) -> int:
    """`kindness card` as text (the other formats are in `cli.card`)."""
    from kindness_tui.core.card import who_i_am_card
    from kindness_tui.data.card_extras import card_extras

    store = context.store
    extras = card_extras(store, context.clock.today())
    out.say(
        who_i_am_card(
            store.values(), store.current_assessment(), ascii_only=context.ascii_only, **extras
        )
    )
    return 0


def cmd_settings(ns: argparse.Namespace, env: Mapping[str, str]) -> int:
    from kindness_tui.core import settings

    context, out = open_journal(ns, env)
    store = context.store
    # Shown as stored, even a value the app cannot use (and reads as the default).
    if ns.name is None:
        rows = [
            (s.name, settings.shown(s, store.setting(s.name)), s.about)
            for s in settings.SETTINGS.values()
        ]
        name_width = max(len(name) for name, _, _ in rows)
        value_width = max(len(value) for _, value, _ in rows)
        for name, value, about in rows:
            out.say(f"{name:<{name_width}}  {value:<{value_width}}  {about}")
        return 0
    setting = settings.find(ns.name)
    if ns.value is None:
        out.say(settings.shown(setting, store.setting(setting.name)))
        return 0
    stored = settings.read(setting, ns.value)
    context.change_setting(setting.name, stored)
    out.say(f"{setting.name} is now {settings.shown(setting, stored)}")
    return 0


def cmd_backups(ns: argparse.Namespace, env: Mapping[str, str]) -> int:
    import time

    from kindness_tui.core.models import ValidationError
    from kindness_tui.data import backups
    from kindness_tui.data.paths import journal_path

    out = output_for(env)
    journal = journal_path(ns.db, env)
    if ns.action == "restore":
        try:
            source, kept = backups.restore(journal, ns.name)
        except FileNotFoundError:
            raise ValidationError(
                "backups restore",
                f"{ns.name!r} is not a backup of {journal} (`kindness backups` lists them)",
            ) from None
        except ValueError as exc:
            from kindness_tui.data.errors import JournalError

            raise JournalError(f"{exc}; the journal was left as it was") from None
        out.say(f"Restored {source.name} as {journal}.")
        if kept:
            out.say(f"The journal as it was is kept as {kept.name}.")
        return 0
    found = backups.list_backups(journal)
    if not found:
        out.say(f"No backups of {journal} yet. They appear with the first change of each day.")
        return 0
    out.say(f"Backups of {journal}, newest first (in {backups.folder_for(journal)}):")
    for backup in found:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(backup.modified))
        size = f"{backup.size / 1024:.0f} KB" if backup.size >= 1024 else f"{backup.size} B"
        good = "" if backups.is_good(backup.path) else "  (cannot be read)"
        out.say(f"  {backup.name:<40} {when}  {size:>8}{good}")
    out.say("Restore one with `kindness backups restore NAME`.")
    return 0
