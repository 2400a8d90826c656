"""The `kindness` command: the app, and the journal from the shell (SPEC §3).

Exit codes: 0 success; 2 bad usage or invalid input (one line naming the bad
value); 1 anything else (one line, no traceback unless --debug). Textual is
imported only when the app opens, so `kindness today` stays quick at login.
Everything printed from the journal goes through `core.safe_text.visible`.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, NoReturn, cast

if TYPE_CHECKING:
    import argparse
    import datetime as dt

    from kindness_tui.context import Context
    from kindness_tui.core.models import Value
    from kindness_tui.data.exchange import Journal

PROG = "kindness"


class UsageError(Exception):
    """Bad usage found by argparse; exit 2 with its one-line message."""


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


# ---------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    import argparse

    from kindness_tui import __version__

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            raise UsageError(f"{message} (see `{self.prog} --help`)")

    common = _Parser(add_help=False)
    # On subcommands the defaults are SUPPRESS so `--db` before the command is not reset.
    common.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the journal file (default: $KINDNESS_DB, then the user data folder)",
    )
    common.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show a full traceback when something goes wrong",
    )

    parser = _Parser(
        prog=PROG,
        description="One new thing and one secret kindness a day. "
        "Without a command, opens the app on Today.",
        epilog="KINDNESS_DB=PATH picks the journal, KINDNESS_TODAY=YYYY-MM-DD freezes today. "
        "DATE is YYYY-MM-DD, today or yesterday.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None,
        help="the journal file (default: $KINDNESS_DB, then the user data folder)",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        default=False,
        help="show a full traceback when something goes wrong",
    )
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
    p.add_argument("--self", metavar="TEXT", dest="self_kindness", help="kindness to yourself")
    p.add_argument("--mood", metavar="0-10", help="how the day felt, 0 to 10")
    p.add_argument("--note", metavar="TEXT", help="a free note")
    p.add_argument("--plan", action="store_true", help="record the items as planned, not done")
    p.set_defaults(run=cmd_log)

    p = sub.add_parser(
        "export",
        parents=[common],
        help="export the journal",
        description="Export the journal as JSON (to import), CSV or Markdown.",
    )
    p.add_argument("--format", choices=("json", "csv", "md"), default="json")
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

    p = sub.add_parser("card", parents=[common], help='print the "Who I am" card')
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


# Building the parser above costs more than a tenth of `kindness today`
# (argparse, its help formatters, gettext looking for translations), so the
# app and the two commands a shell runs at login or from cron are parsed by
# hand when their arguments are plain: known long options, each value a
# separate word not starting with "-". Anything else (help, abbreviations,
# `--opt=value`, unknown or misplaced words) goes to argparse, which also
# words the errors. tests/unit/test_cli_quick_args.py checks both give the
# same namespace.
_QUICK_OPTIONS: dict[str, dict[str, tuple[str, bool]]] = {
    # command: {option: (destination, takes a value)}
    "today": {"--json": ("json", False)},
    "log": {
        "--date": ("date", True),
        "--new": ("new", True),
        "--new-value": ("new_value", True),
        "--kindness": ("kindness", True),
        "--kindness-value": ("kindness_value", True),
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
        return cast("argparse.Namespace", SimpleNamespace(**found, run=cmd_app))
    defaults = {dest: None if takes else False for dest, takes in _QUICK_OPTIONS[command].values()}
    defaults.update(_QUICK_DEFAULTS.get(command, {}))
    run = cmd_today if command == "today" else cmd_log
    return cast("argparse.Namespace", SimpleNamespace(**{**defaults, **found, "run": run}))


# ---------------------------------------------------------------- helpers


def _context(ns: argparse.Namespace, env: Mapping[str, str], **options: Any) -> Context:
    from kindness_tui.context import make_context

    context = make_context(ns.db, env, **options)
    return context


def _output(ns: argparse.Namespace, env: Mapping[str, str]) -> Output:
    from kindness_tui.context import wants_ascii

    return Output(wants_ascii(env))


def _warn(out: Output, context: Context) -> None:
    for warning in context.store.warnings:
        out.note(warning)


def _day(text: str, where: str, context: Context) -> dt.date:
    from kindness_tui.core.logical_day import parse_day

    return parse_day(text, context.clock.today(), where)


def _find_value(where: str, name: str, values: Sequence[Value]) -> Value:
    from kindness_tui.core.models import ValidationError

    wanted = name.strip().casefold()
    for value in sorted(values, key=lambda v: v.archived):
        if value.name.casefold() == wanted:
            return value
    known = ", ".join(v.name for v in values if not v.archived)
    hint = f" (yours: {known})" if known else " (there are no values yet; add them in the app)"
    raise ValidationError(where, f"{name!r} is not one of your values{hint}")


def _mood(text: str) -> int:
    from kindness_tui.core.models import MOOD_RANGE, ValidationError, check_int

    try:
        number = int(text.strip())
    except ValueError:
        raise ValidationError("--mood", f"{text!r} is not a whole number from 0 to 10") from None
    return check_int("--mood", number, *MOOD_RANGE)


# ---------------------------------------------------------------- commands


def cmd_app(ns: argparse.Namespace, env: Mapping[str, str]) -> int:
    import gc

    # Opening the app makes a few hundred thousand objects (Textual's modules, the parsed
    # journal, the first screen) that all live on: the collector would only walk them,
    # about 20 ms of the start. It is back on once Today is built (KindnessApp.started).
    gc.disable()
    try:
        from kindness_tui.app import LOCK_WAIT, make_app

        context = _context(ns, env, share_keys=True, lock_timeout=LOCK_WAIT)
        mouse = not getattr(ns, "no_mouse", False)
        mouse = mouse and context.store.setting("mouse", True) is not False
        app = make_app(context)
        app.run(mouse=mouse)
    finally:
        gc.enable()
    return app.return_code or 0  # 1 after a crash, 128 + the signal after a hang-up


def today_data(context: Context) -> dict[str, Any]:
    """What `today` shows, as plain data (stored text exact)."""
    from kindness_tui.core import month_summary
    from kindness_tui.core.logical_day import date_in_words
    from kindness_tui.core.suggestions import suggestion_for
    from kindness_tui.core.value_of_the_day import value_of_the_day

    store = context.store
    day = context.clock.today()
    values = store.values()
    assessment = store.current_assessment()
    chosen = value_of_the_day(values, assessment, day)
    area = chosen.area if chosen else None
    own = store.ideas()
    ideas = {
        kind: suggestion_for(kind, day, area=area, own=own) for kind in ("new_thing", "kindness")
    }
    checkin = store.checkin(day)
    month_start = day.replace(day=1)
    summary = month_summary.summarize_month(store.checkins(month_start, day), day.year, day.month)
    rating = assessment.rating(chosen.id) if assessment and chosen else None
    return {
        "date": day.isoformat(),
        "date_in_words": date_in_words(day),
        "value_of_the_day": chosen.to_dict() if chosen else None,
        "rating": rating.to_dict() if rating else None,
        "suggestions": {
            kind: {"text": idea.text, "area": idea.area} for kind, idea in ideas.items()
        },
        "checkin": checkin.to_dict() if checkin else None,
        "month": {
            "days_shown_up": summary.days_shown_up,
            "kindnesses": summary.kindnesses,
            "new_things": summary.new_things,
            "self_kindnesses": summary.self_kindnesses,
            "tally": month_summary.tally_line(summary, ascii_only=context.ascii_only),
        },
        "value_names": store.value_names(),
    }


def _item_line(item: Mapping[str, Any] | None, names: Mapping[str, str], dot: str) -> str | None:
    if not item or not (item.get("text") or "").strip() and not item.get("value_id"):
        return None
    parts = [item.get("text") or "(no words yet)"]
    if item.get("value_id") in names:
        parts.append(names[item["value_id"]])
    parts.append("done" if item.get("done") else "planned")
    return f"  logged: {f' {dot} '.join(parts)}"


def cmd_today(ns: argparse.Namespace, env: Mapping[str, str]) -> int:
    context = _context(ns, env)
    out = Output(context.ascii_only)
    _warn(out, context)
    data = today_data(context)
    if ns.json:
        from kindness_tui.data.terminal_json import dumps_json

        data.pop("value_names")
        sys.stdout.write(dumps_json(data) + "\n")
        return 0
    from kindness_tui.core.models import Rating
    from kindness_tui.core.value_of_the_day import why_line

    ascii_only = context.ascii_only
    dash, dot = ("-", "-") if ascii_only else ("\u2014", "\u00b7")
    lines = [data["date_in_words"], ""]
    value = data["value_of_the_day"]
    if value:
        about = f" {dash} {value['about']}" if value["about"] else ""
        lines.append(f"Value of the day: {value['name']}{about}")
        rating = Rating.parse(data["rating"]) if data["rating"] else None
        from kindness_tui.core.models import Value

        lines.append("  " + why_line(Value.parse(value), rating, ascii_only=ascii_only))
    else:
        lines.append(
            "No values on your wheel yet. Run `kindness` and press F3 to find a few "
            f"{dash} there is no hurry."
        )
    checkin = data["checkin"] or {}
    names = data["value_names"]
    for kind, title in (("new_thing", "One new thing"), ("kindness", "One secret kindness")):
        lines += ["", title, f"  idea: {data['suggestions'][kind]['text']}"]
        logged = _item_line(checkin.get(kind), names, dot)
        if logged:
            lines.append(logged)
    extra = []
    if (checkin.get("self_kindness") or "").strip():
        extra.append(f"Kindness to yourself: {checkin['self_kindness']}")
    if checkin.get("mood") is not None:
        extra.append(f"Mood: {checkin['mood']}/10")
        if checkin["mood"] <= 2:
            extra.append("  Heavy days happen. Something small and kind counts today.")
    if (checkin.get("note") or "").strip():
        extra.append(f"Note: {checkin['note']}")
    if extra:
        lines += ["", *extra]
    lines += ["", data["month"]["tally"]]
    out.say("\n".join(lines))
    return 0


def cmd_log(ns: argparse.Namespace, env: Mapping[str, str]) -> int:
    from kindness_tui.core.logical_day import date_in_words
    from kindness_tui.core.models import LINE_MAX, LONG_MAX, ValidationError, check_text

    context = _context(ns, env)
    out = Output(context.ascii_only)
    _warn(out, context)
    day = _day(ns.date, "--date", context)
    changes: dict[str, Any] = {}
    values = context.store.values(include_archived=True)
    said: list[str] = []
    for kind, text_opt, value_opt, label in (
        ("new_thing", "new", "new_value", "a new thing"),
        ("kindness", "kindness", "kindness_value", "a secret kindness"),
    ):
        text = getattr(ns, text_opt)
        name = getattr(ns, value_opt)
        if text is not None:
            where = f"--{text_opt}"
            check_text(where, text, LINE_MAX)
            if not text.strip():
                raise ValidationError(where, "needs a few words")
            changes[f"{kind}.text"] = text
        if name is not None:
            changes[f"{kind}.value_id"] = _find_value(
                f"--{value_opt.replace('_', '-')}", name, values
            ).id
        if text is not None or name is not None:
            changes[f"{kind}.done"] = not ns.plan
            said.append(f"{label}, {'planned' if ns.plan else 'done'}")
    if ns.self_kindness is not None:
        changes["self_kindness"] = check_text("--self", ns.self_kindness, LINE_MAX)
        said.append("kindness to yourself")
    if ns.mood is not None:
        changes["mood"] = _mood(ns.mood)
        said.append(f"mood {changes['mood']}")
    if ns.note is not None:
        changes["note"] = check_text("--note", ns.note, LONG_MAX)
        said.append("a note")
    if not changes:
        what = "--plan needs --new or --kindness" if ns.plan else "nothing to log"
        raise UsageError(f"{what}: give --new, --kindness, --self, --mood or --note")
    context.store.update_checkin(day, changes)
    dash = "-" if context.ascii_only else "\u2014"
    out.say(f"Noted for {date_in_words(day)}: {', '.join(said)} {dash} thank you for showing up.")
    return 0


def cmd_export(ns: argparse.Namespace, env: Mapping[str, str]) -> int:
    import datetime as dt

    from kindness_tui.core.models import ValidationError
    from kindness_tui.data import exchange

    context = _context(ns, env)
    out = Output(context.ascii_only)
    _warn(out, context)
    start = _day(ns.start, "--from", context) if ns.start else None
    end = _day(ns.end, "--to", context) if ns.end else None
    if start and end and start > end:
        raise ValidationError("--from", f"{start} comes after --to {end}")
    to_file = ns.output not in (None, "-")
    target = _export_target(ns.output, context) if to_file else None
    journal = exchange.gather(context.store, start, end)
    _say_left_out(out, journal)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    if ns.format == "json":
        text = exchange.to_json(journal, now)
    elif ns.format == "csv":
        # Standard output (a terminal, or a pipe that may end in one) never gets control
        # characters raw; only a file keeps the text exact.
        text = exchange.to_csv(journal, for_terminal=not to_file, ascii_only=context.ascii_only)
    else:
        text = exchange.to_markdown(
            journal, now, start=start, end=end, ascii_only=context.ascii_only
        )
    if target is None:
        sys.stdout.write(text)
        return 0
    from kindness_tui.data.safe_storage import write_atomic

    try:
        write_atomic(target, text.encode("utf-8"))
    except OSError as exc:  # named after the file asked for, not the temporary one beside it
        raise OSError(exc.errno, exc.strerror, str(target)) from None
    days = len(journal.checkins)
    out.say(f"Exported {days} day{'s' if days != 1 else ''} to {target} (readable by you only).")
    return 0


def _export_target(output: str, context: Context) -> Path:
    """The file `export -o` may write: never the journal, in a folder that exists."""
    from kindness_tui.core.models import ValidationError

    target = Path(output).expanduser()
    if target.is_dir():
        raise ValidationError("-o", f"{target} is a folder; give a file name")
    store = context.store
    for journal in {store.path, store.storage.path}:
        same = os.path.realpath(target) == os.path.realpath(journal)
        if not same and target.exists() and journal.exists():
            with contextlib.suppress(OSError):  # a hard link, or another spelling of the path
                same = os.path.samefile(target, journal)
        if same:
            raise ValidationError(
                "-o", f"{target} is your journal; choose another file for the export"
            )
    if not target.parent.is_dir():
        raise ValidationError(
            "-o", f"the folder {target.parent} does not exist; create it or choose another"
        )
    return target


SHOWN_LEFT_OUT = 10
"""Damaged records named one per line by `export`; the rest are counted."""


def _say_left_out(out: Output, journal: Journal) -> None:
    """Name, gently and on standard error, what the export could not read and left out."""
    for record in journal.left_out[:SHOWN_LEFT_OUT]:
        out.note(
            f"left out {record.record}, which cannot be read ({record.problem}); "
            "everything else is exported"
        )
    more = len(journal.left_out) - SHOWN_LEFT_OUT
    if more > 0:
        out.note(f"left out {more} more record{'s' if more != 1 else ''} that cannot be read")
    links = journal.links_left_out
    if links:
        noun = "rating of, or link to," if links == 1 else "ratings of, or links to,"
        out.note(
            f"left out {links} {noun} a value that cannot be read; "
            "the check-ins themselves are exported"
        )


def cmd_import(ns: argparse.Namespace, env: Mapping[str, str]) -> int:
    from kindness_tui.data.exchange import import_file

    context = _context(ns, env)
    out = Output(context.ascii_only)
    _warn(out, context)
    report = import_file(
        context.store,
        Path(ns.file).expanduser(),
        overwrite=ns.overwrite,
        today=context.clock.today(),
    )

    def count(n: int, one: str, many: str) -> str:
        return f"{n} {one if n == 1 else many}"

    added = []
    if report.values_added:
        added.append(count(report.values_added, "value", "values"))
    if report.assessments_added + report.assessments_replaced:
        added.append(
            count(
                report.assessments_added + report.assessments_replaced, "assessment", "assessments"
            )
        )
    if report.checkins_added + report.checkins_replaced:
        added.append(count(report.checkins_added + report.checkins_replaced, "day", "days"))
    if added:
        out.say(f"Imported {', '.join(added)}.")
    else:
        out.say("Nothing new to import; your journal already holds all of it.")
    if report.checkins_replaced:
        out.say(
            f"Replaced {count(report.checkins_replaced, 'day', 'days')} with the file's version."
        )
    if report.backup is not None:
        out.say(f"Your journal as it was before is kept in {report.backup}.")
    if report.days_kept:
        shown = ", ".join(report.days_kept[:5]) + (", ..." if len(report.days_kept) > 5 else "")
        out.say(
            f"Kept {count(len(report.days_kept), 'day', 'days')} already in your journal "
            f"as they were: {shown} (add --overwrite to use the file's version)."
        )
    if report.assessments_kept:
        out.say(
            f"Kept {count(len(report.assessments_kept), 'assessment', 'assessments')} "
            "already in your journal as they were."
        )
    return 0


def cmd_card(ns: argparse.Namespace, env: Mapping[str, str]) -> int:
    from kindness_tui.core.card import who_i_am_card

    context = _context(ns, env)
    out = Output(context.ascii_only)
    _warn(out, context)
    store = context.store
    out.say(
        who_i_am_card(store.values(), store.current_assessment(), ascii_only=context.ascii_only)
    )
    return 0


def cmd_settings(ns: argparse.Namespace, env: Mapping[str, str]) -> int:
    from kindness_tui.core import settings

    context = _context(ns, env)
    out = Output(context.ascii_only)
    _warn(out, context)
    store = context.store
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
    store.set_setting(setting.name, stored)
    out.say(f"{setting.name} is now {settings.shown(setting, stored)}")
    return 0


def cmd_backups(ns: argparse.Namespace, env: Mapping[str, str]) -> int:
    import time

    from kindness_tui.core.models import ValidationError
    from kindness_tui.data import backups
    from kindness_tui.data.paths import journal_path

    out = _output(ns, env)
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
            from kindness_tui.data.safe_storage import JournalError

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


# ---------------------------------------------------------------- entry point


def main(argv: Sequence[str] | None = None, env: Mapping[str, str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    env = os.environ if env is None else env
    debug = "--debug" in args
    for stream in (sys.stdout, sys.stderr):
        reconfigure: Callable[..., None] | None = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    try:
        ns = quick_args(args) or build_parser().parse_args(args)
        run: Callable[[argparse.Namespace, Mapping[str, str]], int] = ns.run
        return run(ns, env)
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else 0
    except BaseException as exc:
        if debug and not isinstance(exc, UsageError):
            raise
        return _report(exc)


def _report(exc: BaseException) -> int:
    """Turn an exception into one line on stderr and an exit code."""
    from kindness_tui.core.models import ValidationError
    from kindness_tui.core.safe_text import one_line
    from kindness_tui.data.safe_storage import JournalError

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
