"""The app's, `today`'s and `log`'s plain arguments, read without argparse.

Building the argparse parser costs more than a tenth of `kindness today`, so
the app and the two commands a shell runs at login or from cron are parsed by
hand when their arguments are plain: known long options, each value a separate
word not starting with "-". Anything else (help, abbreviations, `--opt=value`,
unknown or misplaced words) goes to argparse (`parser`), which also words the
errors. tests/unit/test_cli_quick_args.py checks both give the same namespace.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import argparse

_QUICK_OPTIONS: dict[str, dict[str, tuple[str, bool]]] = {
    # command: {option: (destination, takes a value)}
    "today": {"--json": ("json", False)},
    "log": {
        "--date": ("date", True),
        "--new": ("new", True),
        "--new-value": ("new_value", True),
        "--kindness": ("kindness", True),
        "--kindness-value": ("kindness_value", True),
        "--how": ("how", True),
        "--new-how": ("how", True),
        "--says": ("says", True),
        "--new-says": ("says", True),
        "--kindness-how": ("kindness_how", True),
        "--kindness-says": ("kindness_says", True),
        "--self": ("self_kindness", True),
        "--mood": ("mood", True),
        "--note": ("note", True),
        "--plan": ("plan", False),
    },
}
_QUICK_DEFAULTS: dict[str, dict[str, Any]] = {"log": {"date": "today"}}
_COMMON_OPTIONS = {"--db": ("db", True), "--debug": ("debug", False)}
_APP_OPTIONS = {**_COMMON_OPTIONS, "--no-mouse": ("no_mouse", False)}


def quick_args(args: Sequence[str]) -> argparse.Namespace | None:
    """The app's, `today`'s and `log`'s arguments as argparse would parse them; None when unsure."""
    command = None
    options = _APP_OPTIONS
    found: dict[str, Any] = {"db": None, "debug": False, "no_mouse": False}
    words = iter(args)
    for word in words:
        if word in options:
            dest, takes_value = options[word]
            if not takes_value:
                found[dest] = True
                continue
            value = next(words, None)
            if value is None or value.startswith("-"):
                return None
            found[dest] = value
        elif command is None and word in _QUICK_OPTIONS:
            command = word
            options = {**_COMMON_OPTIONS, **_QUICK_OPTIONS[word]}
        else:
            return None
    if command is None:
        from kindness_tui.cli.commands import cmd_app

        return cast("argparse.Namespace", SimpleNamespace(**found, run=cmd_app))
    defaults = {dest: None if takes else False for dest, takes in _QUICK_OPTIONS[command].values()}
    defaults.update(_QUICK_DEFAULTS.get(command, {}))
    if command == "today":
        from kindness_tui.cli.today import cmd_today as run
    else:
        from kindness_tui.cli.log import cmd_log as run
    return cast("argparse.Namespace", SimpleNamespace(**{**defaults, **found, "run": run}))
