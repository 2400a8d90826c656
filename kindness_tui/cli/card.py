"""`kindness card`: the "Who I am" card as text, as a wallet-sized SVG, or a page to print."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from kindness_tui.cli.session import open_journal

if TYPE_CHECKING:
    import argparse

CARD_FORMATS = ("text", "svg", "html")


def cmd_card(ns: argparse.Namespace, env: Mapping[str, str]) -> int:
    context, out = open_journal(ns, env)
    fmt = getattr(ns, "format", "text") or "text"
    output: str | None = getattr(ns, "output", None)
    target = None
    if output is not None and output != "-":
        from kindness_tui.cli.exchange import export_target

        target = export_target(output, context)  # checked before anything is made
    if fmt == "text":
        from kindness_tui.cli.commands import cmd_text_card

        if target is None:
            return cmd_text_card(context, out)
        import contextlib
        import io

        # The text card is said line by line (`commands`, its one home): kept for the file.
        with contextlib.redirect_stdout(io.StringIO()) as said:
            cmd_text_card(context, out)
        text = said.getvalue()
    else:
        from kindness_tui.core.card_svg import card_names, card_page, card_svg, recent_says

        store = context.store
        names = card_names(store.values(), store.current_assessment())
        says = recent_says(store.checkins())
        text = (card_svg if fmt == "svg" else card_page)(names, says)
        if target is None:
            from kindness_tui.cli.exchange import write_document

            write_document(text)
            return 0
    from kindness_tui.cli.exchange import write_export

    write_export(target, text)
    out.say(f"Wrote the card to {target} (readable by you only).")
    return 0
