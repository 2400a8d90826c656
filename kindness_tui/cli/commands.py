"""The short commands: the app itself, `card`, `settings` and `backups`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from kindness_tui.cli.session import command_context, open_journal, output_for

if TYPE_CHECKING:
    import argparse


def cmd_app(ns: argparse.Namespace, env: Mapping[str, str]) -> int:
    from kindness_tui.core.start_collector import pause_for_start, resume_after_start

    pause_for_start()  # until Today is built, or the app ends (see core.start_collector)
    try:
        from kindness_tui.app import LOCK_WAIT, make_app

        context = command_context(ns, env, share_keys=True, lock_timeout=LOCK_WAIT)
        mouse = not getattr(ns, "no_mouse", False) and context.settings().mouse
        app = make_app(context)
        app.run(mouse=mouse)
    finally:
        resume_after_start()
    return app.return_code or 0  # 1 after a crash, 128 + the signal after a hang-up


def cmd_card(ns: argparse.Namespace, env: Mapping[str, str]) -> int:
    from kindness_tui.core.card import who_i_am_card

    context, out = open_journal(ns, env)
    store = context.store
    out.say(
        who_i_am_card(store.values(), store.current_assessment(), ascii_only=context.ascii_only)
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
