"""The `kindness` command: the app, and the journal from the shell (SPEC §3).

Exit codes: 0 success; 2 bad usage or invalid input (one line naming the bad
value); 1 anything else (one line, no traceback unless --debug). Textual is
imported only when the app opens, so `kindness today` stays quick at login:
every module here imports what a command needs inside the command, and plain
arguments of the app, `today` and `log` skip argparse (`quick_args`).
Everything printed from the journal goes through `core.safe_text.visible`.

`parser` and `quick_args` read the words; `errors` turns a failure into its one
line; `session` opens the journal and writes; the commands are in `today`, `log`,
`exchange` (export, import) and `commands` (the app, card, settings, backups).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from kindness_tui.cli.errors import UsageError, report
from kindness_tui.cli.quick_args import quick_args

if TYPE_CHECKING:
    import argparse


def main(argv: Sequence[str] | None = None, env: Mapping[str, str] | None = None) -> int:
    """The console script: run the command in `argv` and return its exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    env = os.environ if env is None else env
    debug = "--debug" in args
    for stream in (sys.stdout, sys.stderr):
        reconfigure: Callable[..., None] | None = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    try:
        ns = quick_args(args)
        if ns is None:
            from kindness_tui.cli.parser import build_parser

            ns = build_parser().parse_args(args)
        run: Callable[[argparse.Namespace, Mapping[str, str]], int] = ns.run
        return run(ns, env)
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else 0
    except BaseException as exc:
        if debug and not isinstance(exc, UsageError):
            raise
        return report(exc)


__all__ = ["main"]
