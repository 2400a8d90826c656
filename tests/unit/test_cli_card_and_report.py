"""`kindness card --format svg|html` and `kindness export --format html`, as a shell runs them:
exit codes, standard output or `-o FILE` (never the journal), and nothing raw from the data."""

from __future__ import annotations

import datetime as dt
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kindness_tui.data.store import Store
from tests.hostile import RAW, seed_hostile
from tests.markup_checks import parse_html
from tests.unit.cli_run import kindness, one_line_error
from tests.unit.data.helpers import filled_store


def with_reflections(journal: Path) -> None:
    store = filled_store(journal)
    store.update_checkin(
        "2026-11-24", {"new_thing.how": "looked at a map", "new_thing.says": "I can be brave"}
    )


def test_card_svg_goes_to_standard_output_at_wallet_size(journal: Path) -> None:
    with_reflections(journal)
    result = kindness("card", "--db", journal, "--format", "svg")
    assert result.returncode == 0, result.stderr
    root = ET.fromstring(result.stdout.encode("utf-8"))
    assert (root.get("width"), root.get("height"), root.get("viewBox")) == (
        "85.6mm",
        "54mm",
        "0 0 85.6 54",
    )
    shown = " ".join("".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "Curiosity" in shown and "Care" in shown and "\u201cI can be brave\u201d" in shown
    assert kindness("card", "--db", journal).stdout.startswith("╭─ Who I am")  # text by default


def test_card_html_to_a_file_and_never_onto_the_journal(journal: Path, tmp_path: Path) -> None:
    with_reflections(journal)
    target = tmp_path / "card.html"
    result = kindness("card", "--db", journal, "--format", "html", "-o", target)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote the card to {target} (readable by you only).\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    parse_html(target.read_text("utf-8"))
    before = journal.read_bytes()
    refused = kindness("card", "--db", journal, "--format", "svg", "-o", journal)
    assert refused.returncode == 2
    assert f"-o: {journal} is your journal" in one_line_error(refused)
    assert journal.read_bytes() == before
    text = tmp_path / "card.txt"
    assert kindness("card", "--db", journal, "-o", text).returncode == 0
    assert text.read_text("utf-8").startswith("╭─ Who I am")


def test_a_card_format_it_does_not_know_is_refused(journal: Path) -> None:
    filled_store(journal)
    result = kindness("card", "--db", journal, "--format", "png")
    assert result.returncode == 2
    assert "invalid choice: 'png'" in one_line_error(result)


def test_export_html_respects_the_range_and_no_notes(journal: Path, tmp_path: Path) -> None:
    with_reflections(journal)
    Store(journal).update_checkin("2026-11-25", {"note": "a note of the 25th"})
    target = tmp_path / "report.html"
    result = kindness(
        "export", "--db", journal, "--format", "html", "--from", "2026-11-25", "-o", target
    )
    assert result.returncode == 0, result.stderr
    assert "Exported 2 days" in result.stdout
    html = target.read_text("utf-8")
    parse_html(html)
    assert "days 2026-11-25 to 2026-11-26" in html
    assert "I can be brave" not in html and "a note of the 25th" in html
    quiet = kindness("export", "--db", journal, "--format", "html", "--no-notes").stdout
    assert "I can be brave" in quiet and "a note of the 25th" not in quiet
    assert "<b>Note:</b>" not in quiet  # the 24th's note too


def test_no_notes_goes_with_html_only(journal: Path) -> None:
    filled_store(journal)
    result = kindness("export", "--db", journal, "--format", "md", "--no-notes")
    assert result.returncode == 2
    assert "--no-notes: goes with --format html" in one_line_error(result)


@pytest.mark.parametrize(
    "args",
    [("card", "--format", "svg"), ("card", "--format", "html"), ("export", "--format", "html")],
)
def test_hostile_journal_gives_escaped_pages_with_nothing_raw(journal: Path, args) -> None:
    seed_hostile(journal, dt.date(2026, 11, 26))
    result = kindness(*args, "--db", journal)
    assert result.returncode == 0, result.stderr
    raw = result.stdout.encode("utf-8")
    assert [piece for piece in RAW if piece in raw] == []
    if args[1:] == ("--format", "svg"):
        ET.fromstring(raw)
    else:
        assert "script" not in {tag for tag, _ in parse_html(result.stdout).tags}


@pytest.mark.parametrize("args", [("card", "--format", "svg"), ("export", "--format", "html")])
def test_documents_are_utf8_as_they_declare_whatever_the_locale(journal: Path, args) -> None:
    store = Store(journal)
    store.add_value("家族 🌱", today=dt.date(2026, 11, 1))
    store.update_checkin("2026-11-26", {"new_thing.text": "詩を読んだ", "new_thing.done": True})
    result = subprocess.run(
        [sys.executable, "-m", "kindness_tui", *args, "--db", str(journal)],
        capture_output=True,
        env={
            "KINDNESS_TODAY": "2026-11-26",
            "LANG": "C",
            "LC_ALL": "C",
            "PYTHONIOENCODING": "ascii",
            "PYTHONUTF8": "0",
            "PATH": "/usr/bin:/bin",
        },
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "家族 🌱".encode() in result.stdout
