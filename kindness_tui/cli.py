"""The `kindness` command (being built)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from kindness_tui.context import make_app, make_context

    args = sys.argv[1:] if argv is None else argv
    db = None
    if len(args) >= 2 and args[0] == "--db":
        db = args[1]
    make_app(make_context(db)).run()
    return 0
