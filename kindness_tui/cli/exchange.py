"""`kindness export` and `kindness import`: the journal to a file and back (SPEC §4.2)."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from kindness_tui.cli.session import Output, day_option, open_journal

if TYPE_CHECKING:
    import argparse
    import datetime as dt

    from kindness_tui.context import Context
    from kindness_tui.core.models import ValidationError
    from kindness_tui.data.exchange import Journal

SHOWN_LEFT_OUT = 10
"""Damaged records named one per line by `export`; the rest are counted."""


def cmd_export(ns: argparse.Namespace, env: Mapping[str, str]) -> int:
    import datetime as dt

    from kindness_tui.core.models import ValidationError
    from kindness_tui.data import exchange

    context, out = open_journal(ns, env)
    start = day_option(ns.start, "--from", context) if ns.start else None
    end = day_option(ns.end, "--to", context) if ns.end else None
    if start and end and start > end:
        raise ValidationError("--from", f"{start} comes after --to {end}")
    if getattr(ns, "no_notes", False) and ns.format != "html":
        raise ValidationError("--no-notes", "goes with --format html (the page for a therapist)")
    to_file = ns.output not in (None, "-")
    target = export_target(ns.output, context) if to_file else None
    journal = exchange.gather(context.store, start, end)
    _say_left_out(out, journal)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    if ns.format == "json":
        text = exchange.to_json(journal, now)
    elif ns.format == "csv":
        # Standard output (a terminal, or a pipe that may end in one) never gets control
        # characters raw; only a file keeps the text exact.
        text = exchange.to_csv(journal, for_terminal=not to_file, ascii_only=context.ascii_only)
    elif ns.format == "html":
        text = _html_report(journal, context, start, end, now, notes=not ns.no_notes)
    else:
        text = exchange.to_markdown(
            journal, now, start=start, end=end, ascii_only=context.ascii_only
        )
    if target is None:
        if ns.format == "html":
            write_document(text)
        else:
            sys.stdout.write(text)
        return 0
    write_export(target, text)
    days = len(journal.checkins)
    out.say(f"Exported {days} day{'s' if days != 1 else ''} to {target} (readable by you only).")
    return 0


def write_document(text: str) -> None:
    """An SVG or HTML document to standard output as the UTF-8 it says it is, whatever the
    locale (escaped and made visible already by core.xml_text)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a replaced stdout (tests) takes text
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def write_export(target: Path, text: str) -> None:
    """Write `text` to `target` (checked by `export_target`) in one step, private to you."""
    from kindness_tui.data.atomic_write import write_atomic

    try:
        write_atomic(target, text.encode("utf-8"))
    except OSError as exc:  # named after the file asked for, not the temporary one beside it
        # (its folder may have gone since `export_target` looked)
        problem = _folder_problem(target) if exc.errno in (errno.ENOENT, errno.ENOTDIR) else None
        raise problem or OSError(exc.errno, exc.strerror, str(target)) from None


def _html_report(
    journal: Journal,
    context: Context,
    start: dt.date | None,
    end: dt.date | None,
    now: dt.datetime,
    *,
    notes: bool,
) -> str:
    """`export --format html`: the period as one printable page (core.report_html)."""
    from kindness_tui.core.month_grid import week_start
    from kindness_tui.core.report_html import report_html
    from kindness_tui.data import exchange

    return report_html(
        journal.values,
        journal.assessments,
        journal.checkins,
        start=start,
        end=end,
        today=context.clock.today(),
        exported_at=now,
        first_weekday=week_start(context.settings().week_start),
        notes=notes,
        replaced_fields=exchange.REPLACED_FIELDS,
    )


def export_target(output: str, context: Context) -> Path:
    """The file `export -o` (and `card -o`) may write: never the journal, in a folder that
    exists."""
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
    if output.endswith(("/", os.sep)):  # a folder was meant, and there is none
        raise _no_folder(target, "give a file name in a folder that exists")
    problem = _folder_problem(target)
    if problem is not None:
        raise problem
    return target


def _folder_problem(target: Path) -> ValidationError | None:
    """What keeps `export -o` from writing in `target`'s folder (where a symlink leads)."""
    from kindness_tui.data.file_safety import replaceable_target

    try:
        real = replaceable_target(target)
    except NotADirectoryError as exc:  # a file stands where a folder should be
        real = Path(exc.filename) if exc.filename else target
    if real.parent.is_dir():
        return None
    leads = f"{target} leads to {real}, and " if real != target else ""
    return _no_folder(real.parent, "create it or choose another", leads)


def _no_folder(folder: Path, what_to_do: str, leads: str = "") -> ValidationError:
    """`folder` is missing, or a file stands in its path: name which (never a temporary)."""
    from kindness_tui.core.models import ValidationError

    existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if existing is not None and not existing.is_dir():
        return ValidationError("-o", f"{leads}{existing} is not a folder; choose another place")
    return ValidationError("-o", f"{leads}the folder {folder} does not exist; {what_to_do}")


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


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def cmd_import(ns: argparse.Namespace, env: Mapping[str, str]) -> int:
    from kindness_tui.data.importing import import_file

    context, out = open_journal(ns, env)
    report = import_file(
        context.store,
        Path(ns.file).expanduser(),
        overwrite=ns.overwrite,
        today=context.clock.today(),
    )
    added = []
    if report.values_added:
        added.append(_count(report.values_added, "value", "values"))
    assessments = report.assessments_added + report.assessments_replaced
    if assessments:
        added.append(_count(assessments, "assessment", "assessments"))
    days = report.checkins_added + report.checkins_replaced
    if days:
        added.append(_count(days, "day", "days"))
    if added:
        out.say(f"Imported {', '.join(added)}.")
    else:
        out.say("Nothing new to import; your journal already holds all of it.")
    if report.checkins_replaced:
        out.say(
            f"Replaced {_count(report.checkins_replaced, 'day', 'days')} with the file's version."
        )
    if report.backup is not None:
        out.say(f"Your journal as it was before is kept in {report.backup}.")
    if report.days_kept:
        shown = ", ".join(report.days_kept[:5]) + (", ..." if len(report.days_kept) > 5 else "")
        out.say(
            f"Kept {_count(len(report.days_kept), 'day', 'days')} already in your journal "
            f"as they were: {shown} (add --overwrite to use the file's version)."
        )
    if report.assessments_kept:
        out.say(
            f"Kept {_count(len(report.assessments_kept), 'assessment', 'assessments')} "
            "already in your journal as they were."
        )
    return 0
