"""The `kindness` command line as argparse reads it: every command, option and help text.

Built only when `quick_args` is unsure: making it costs more than a tenth of
`kindness today` (argparse, its help formatters, gettext looking for translations).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NoReturn

from kindness_tui.cli.errors import UsageError
from kindness_tui.cli.session import PROG

if TYPE_CHECKING:
    import argparse

DB_HELP = "the journal file (default: $KINDNESS_DB, then the user data folder)"
DEBUG_HELP = "show a full traceback when something goes wrong"


def build_parser() -> argparse.ArgumentParser:
    import argparse

    from kindness_tui import __version__
    from kindness_tui.cli.card import CARD_FORMATS, cmd_card
    from kindness_tui.cli.commands import cmd_app, cmd_backups, cmd_settings
    from kindness_tui.cli.exchange import cmd_export, cmd_import
    from kindness_tui.cli.log import cmd_log
    from kindness_tui.cli.today import cmd_today

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            raise UsageError(f"{message} (see `{self.prog} --help`)")

    common = _Parser(add_help=False)
    # On subcommands the defaults are SUPPRESS so `--db` before the command is not reset.
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=DB_HELP)
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=DEBUG_HELP)

    parser = _Parser(
        prog=PROG,
        description="One new thing and one secret kindness a day. "
        "Without a command, opens the app on Today.",
        epilog="KINDNESS_DB=PATH picks the journal, KINDNESS_TODAY=YYYY-MM-DD freezes today. "
        "DATE is YYYY-MM-DD, today or yesterday.",
    )
    parser.add_argument("--db", metavar="PATH", default=None, help=DB_HELP)
    parser.add_argument("--debug", action="store_true", default=False, help=DEBUG_HELP)
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--no-mouse",
        action="store_true",
        default=False,
        help="no mouse tracking (fewer bytes on a slow SSH link)",
    )
    parser.set_defaults(run=cmd_app)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = sub.add_parser(
        "today",
        parents=[common],
        help="today's prompt and what is logged",
        description="Today's date, value of the day, two ideas and what is logged.",
    )
    p.add_argument("--json", action="store_true", help="print it as one JSON object")
    p.set_defaults(run=cmd_today)

    p = sub.add_parser(
        "log",
        parents=[common],
        help="record a check-in from the shell",
        description="Record a check-in. Items are marked done unless --plan.",
    )
    p.add_argument("--date", metavar="DATE", default="today", help="the day (default: today)")
    p.add_argument("--new", metavar="TEXT", help="the new thing")
    p.add_argument("--new-value", metavar="NAME", help="the value the new thing expresses")
    p.add_argument("--kindness", metavar="TEXT", help="the secret kindness")
    p.add_argument("--kindness-value", metavar="NAME", help="the value the kindness expresses")
    p.add_argument("--how", "--new-how", metavar="TEXT", help="how you did the new thing")
    p.add_argument("--says", "--new-says", metavar="TEXT", help="what the new thing says about you")
    p.add_argument("--kindness-how", metavar="TEXT", help="how you did the kindness")
    p.add_argument("--kindness-says", metavar="TEXT", help="what the kindness says about you")
    p.add_argument("--self", metavar="TEXT", dest="self_kindness", help="kindness to yourself")
    p.add_argument("--mood", metavar="0-10", help="how the day felt, 0 to 10")
    p.add_argument("--note", metavar="TEXT", help="a free note")
    p.add_argument("--plan", action="store_true", help="record the items as planned, not done")
    p.set_defaults(run=cmd_log)

    p = sub.add_parser(
        "export",
        parents=[common],
        help="export the journal",
        description="Export the journal as JSON (to import), CSV, Markdown, or one printable "
        "HTML page for a therapist.",
    )
    p.add_argument("--format", choices=("json", "csv", "md", "html"), default="json")
    p.add_argument(
        "--no-notes", action="store_true", help="leave the days' notes out of the HTML page"
    )
    p.add_argument("--from", dest="start", metavar="DATE", help="first day of check-ins")
    p.add_argument("--to", dest="end", metavar="DATE", help="last day of check-ins")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of the screen")
    p.set_defaults(run=cmd_export)

    p = sub.add_parser(
        "import",
        parents=[common],
        help="merge a JSON export into the journal",
        description="Merge a JSON export. The whole file is checked first; "
        "days already in the journal are kept unless --overwrite.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--overwrite",
        action="store_true",
        help="replace days (and assessments) already in the journal",
    )
    p.set_defaults(run=cmd_import)

    # The card's title (core.card.TITLE) written out: importing it costs --help and
    # --version the domain models; test_cli checks the two agree.
    p = sub.add_parser(
        "card",
        parents=[common],
        help='print the "Who I am" card',
        description='The "Who I am" card: text, an SVG at wallet size (85.6 x 54 mm), '
        "or an HTML page to print it at real size with cut marks.",
    )
    p.add_argument("--format", choices=CARD_FORMATS, default="text")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of the screen")
    p.set_defaults(run=cmd_card)

    p = sub.add_parser(
        "settings",
        parents=[common],
        help="show or change a setting (time zone, day start, week start, mouse)",
        description=(
            "Without NAME, list the settings. With NAME, show one. With NAME and VALUE, "
            "change it; the VALUE default puts it back."
        ),
    )
    p.add_argument("name", metavar="NAME", nargs="?")
    p.add_argument("value", metavar="VALUE", nargs="?")
    p.set_defaults(run=cmd_settings)

    p = sub.add_parser(
        "backups",
        parents=[common],
        help="list the backups, or restore one",
        description="List the backups (newest first), or restore one by name.",
    )
    p.set_defaults(run=cmd_backups, action=None, name=None)
    backup_sub = p.add_subparsers(metavar="ACTION")
    r = backup_sub.add_parser("restore", parents=[common], help="put a backup back as the journal")
    r.add_argument("name", metavar="NAME", help="a backup's name, as `kindness backups` lists it")
    r.set_defaults(run=cmd_backups, action="restore")
    return parser
