"""What every command starts with: the journal's context, where to write, its warnings.

Nothing here imports Textual, and the journal is opened only by the commands
that read it (`open_journal`).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import argparse
    import datetime as dt

    from kindness_tui.context import Context

PROG = "kindness"


class Output:
    """Where a command writes: stdout for results, stderr for notes; all made safe to show."""

    def __init__(self, ascii_only: bool = False) -> None:
        self.ascii_only = ascii_only

    def say(self, text: str = "") -> None:
        from kindness_tui.core.safe_text import visible

        sys.stdout.write(visible(text, ascii_only=self.ascii_only) + "\n")

    def note(self, text: str) -> None:
        from kindness_tui.core.safe_text import one_line

        sys.stderr.write(f"{PROG}: {one_line(text, ascii_only=self.ascii_only)}\n")


def command_context(ns: argparse.Namespace, env: Mapping[str, str], **options: Any) -> Context:
    """The journal (`--db`, then $KINDNESS_DB, then the data folder) and the clock."""
    from kindness_tui.context import make_context

    return make_context(ns.db, env, **options)


def open_journal(ns: argparse.Namespace, env: Mapping[str, str]) -> tuple[Context, Output]:
    """The command's context and output, with the journal's warnings said first."""
    context = command_context(ns, env)
    out = Output(context.ascii_only)
    for warning in context.store.warnings:
        out.note(warning)
    fold_in_copies(context, out)
    return context, out


def fold_in_copies(context: Context, out: Output) -> None:
    """Merge the sync tools' conflict copies beside the journal, and say so in one line."""
    from kindness_tui.data.conflict_copies import find_copies

    copies = find_copies(context.store.path)  # one listing: most commands end here
    if not copies or context.store.read_only:
        return
    from kindness_tui.data.conflict_folding import fold_in
    from kindness_tui.data.errors import JournalError

    try:
        folded = fold_in(context.store, copies)
    except (JournalError, OSError) as exc:
        waiting = "conflict copies from your sync wait beside the journal"
        out.note(f"{waiting}, to be merged next time ({exc})")
        return
    for line in folded.lines():
        out.note(line)


def output_for(env: Mapping[str, str]) -> Output:
    """Output for a command that does not open the journal."""
    from kindness_tui.context import wants_ascii

    return Output(wants_ascii(env))


def day_option(text: str, where: str, context: Context) -> dt.date:
    """A DATE option (YYYY-MM-DD, today, yesterday; never after today) as a date."""
    from kindness_tui.core.logical_day import parse_day

    return parse_day(text, context.clock.today(), where)
