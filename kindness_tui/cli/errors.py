"""How a command fails: one line on standard error and an exit code (SPEC §3).

2 for bad usage or invalid input, 130 when stopped, 1 for anything else; never a
traceback (`--debug` shows one, from `main`).
"""

from __future__ import annotations

import contextlib
import os
import sys

from kindness_tui.cli.session import PROG


class UsageError(Exception):
    """Bad usage found by argparse (or a command); exit 2 with its one-line message."""


def report(exc: BaseException) -> int:
    """Turn an exception into one line on stderr and an exit code."""
    from kindness_tui.core.models import ValidationError
    from kindness_tui.core.safe_text import one_line
    from kindness_tui.data.errors import JournalError

    def line(text: str) -> None:
        sys.stderr.write(f"{PROG}: {one_line(text)}\n")

    if isinstance(exc, UsageError | ValidationError):
        line(str(exc))
        return 2
    if isinstance(exc, JournalError):
        line(str(exc))
        return 1
    if isinstance(exc, KeyboardInterrupt):
        line("stopped; nothing half-written was kept")
        return 130
    if isinstance(exc, BrokenPipeError):
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        line(f"{exc.strerror or exc}{where}; nothing was changed")
        return 1
    line(
        f"something went wrong ({type(exc).__name__}: {exc}); nothing was changed. "
        "Run again with --debug to see the details"
    )
    return 1
