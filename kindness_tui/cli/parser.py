"""The `kindness` command line as argparse reads it: every command, option and help text.

Built only when `quick_args` is unsure: making it costs more than a tenth of
`kindness today` (argparse, its help formatters, gettext looking for translations).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NoReturn

from kindness_tui import __version__
from kindness_tui.cli.card import CARD_FORMATS, cmd_card
from kindness_tui.cli.commands import cmd_app, cmd_backups, cmd_settings
from kindness_tui.cli.errors import UsageError
from kindness_tui.cli.exchange import cmd_export, cmd_import
from kindness_tui.cli.log import cmd_log
from kindness_tui.cli.session import PROG
from kindness_tui.cli.today import cmd_today

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Mapping

    Run = Callable[[argparse.Namespace, Mapping[str, str]], int]

DB_HELP = "the journal file (default: $KINDNESS_DB, then the user data folder)"
DEBUG_HELP = "show a full traceback when something goes wrong"

Option = tuple[tuple[str, ...], dict[str, Any]]


def option(*flags: str, **settings: Any) -> Option:
    """One `add_argument` call, written down to be made when the parser is built."""
    return flags, settings


OUTPUT = option("-o", "--output", metavar="FILE", help="write to FILE instead of the screen")

# Each command: its name, what runs it, its one-line help, its description and its own
# options (after --db and --debug, which every command takes).
COMMANDS: dict[str, tuple[Run, str, str, tuple[Option, ...]]] = {
    "today": (
        cmd_today,
        "today's prompt and what is logged",
        "Today's date, value of the day, two ideas and what is logged.",
        (option("--json", action="store_true", help="print it as one JSON object"),),
    ),
    "log": (
        cmd_log,
        "record a check-in from the shell",
        "Record a check-in. Items are marked done unless --plan.",
        (
            option("--date", metavar="DATE", default="today", help="the day (default: today)"),
            option("--new", metavar="TEXT", help="the new thing"),
            option("--new-value", metavar="NAME", help="the value the new thing expresses"),
            option("--kindness", metavar="TEXT", help="the secret kindness"),
            option("--kindness-value", metavar="NAME", help="the value the kindness expresses"),
            option("--how", "--new-how", metavar="TEXT", help="how you did the new thing"),
            option(
                "--says", "--new-says", metavar="TEXT", help="what the new thing says about you"
            ),
            option("--kindness-how", metavar="TEXT", help="how you did the kindness"),
            option("--kindness-says", metavar="TEXT", help="what the kindness says about you"),
            option("--self", metavar="TEXT", dest="self_kindness", help="kindness to yourself"),
            option("--mood", metavar="0-10", help="how the day felt, 0 to 10"),
            option("--note", metavar="TEXT", help="a free note"),
            option("--plan", action="store_true", help="record the items as planned, not done"),
        ),
    ),
    "export": (
        cmd_export,
        "export the journal",
        "Export the journal as JSON (to import), CSV, Markdown, or one printable "
        "HTML page for a therapist.",
        (
            option("--format", choices=("json", "csv", "md", "html"), default="json"),
            option(
                "--no-notes", action="store_true", help="leave the days' notes out of the HTML page"
            ),
            option("--from", dest="start", metavar="DATE", help="first day of check-ins"),
            option("--to", dest="end", metavar="DATE", help="last day of check-ins"),
            OUTPUT,
        ),
    ),
    "import": (
        cmd_import,
        "merge a JSON export into the journal",
        "Merge a JSON export. The whole file is checked first; "
        "days already in the journal are kept unless --overwrite.",
        (
            option("file", metavar="FILE"),
            option(
                "--overwrite",
                action="store_true",
                help="replace days (and assessments) already in the journal",
            ),
        ),
    ),
    # The card's title (core.card.TITLE) written out: importing it costs --help and
    # --version the domain models; test_cli checks the two agree.
    "card": (
        cmd_card,
        'print the "Who I am" card',
        'The "Who I am" card: text, an SVG at wallet size (85.6 x 54 mm), '
        "or an HTML page to print it at real size with cut marks.",
        (option("--format", choices=CARD_FORMATS, default="text"), OUTPUT),
    ),
    "settings": (
        cmd_settings,
        "show or change a setting (time zone, day start, week start, mouse)",
        "Without NAME, list the settings. With NAME, show one. With NAME and VALUE, "
        "change it; the VALUE default puts it back.",
        (option("name", metavar="NAME", nargs="?"), option("value", metavar="VALUE", nargs="?")),
    ),
    "backups": (
        cmd_backups,
        "list the backups, or restore one",
        "List the backups (newest first), or restore one by name.",
        (),
    ),
}


def build_parser() -> argparse.ArgumentParser:
    import argparse

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
    for name, (run, summary, description, options) in COMMANDS.items():
        p = sub.add_parser(name, parents=[common], help=summary, description=description)
        for flags, settings in options:
            p.add_argument(*flags, **settings)
        p.set_defaults(run=run)
    backups = sub.choices["backups"]
    backups.set_defaults(action=None, name=None)
    restore = backups.add_subparsers(metavar="ACTION").add_parser(
        "restore", parents=[common], help="put a backup back as the journal"
    )
    restore.add_argument(
        "name", metavar="NAME", help="a backup's name, as `kindness backups` lists it"
    )
    restore.set_defaults(run=cmd_backups, action="restore")
    return parser
