"""export -> import into an empty journal -> export, through the real command, is identical."""

from __future__ import annotations

import json
from pathlib import Path

from tests.unit.cli_run import kindness
from tests.unit.data.helpers import FANCY, HOSTILE, answered_store, as_version_1, filled_store

TEXTS = [FANCY, HOSTILE, "🌱" * 500, "line one\nline two\r\n\tindented\u2028sep", "plain"]


def test_round_trip_with_unicode_emoji_and_newlines(tmp_path: Path) -> None:
    for i, text in enumerate(TEXTS):
        first, second = tmp_path / f"a{i}" / "k.json", tmp_path / f"b{i}" / "k.json"
        filled_store(first, text)
        one, two = tmp_path / f"one{i}.json", tmp_path / f"two{i}.json"
        assert kindness("export", "--db", first, "-o", one).returncode == 0
        result = kindness("import", one, "--db", second)
        assert result.returncode == 0, result.stderr
        assert kindness("export", "--db", second, "-o", two).returncode == 0
        a, b = json.loads(one.read_text("utf-8")), json.loads(two.read_text("utf-8"))
        a.pop("exported_at"), b.pop("exported_at")
        assert a == b
        assert a["checkins"][0]["note"] == text
        lines = [ln for ln in one.read_text("utf-8").splitlines() if "exported_at" not in ln]
        again = [ln for ln in two.read_text("utf-8").splitlines() if "exported_at" not in ln]
        assert lines == again  # byte for byte, not only equal after parsing


def test_round_trip_keeps_reflections_and_answers_and_reads_version_1(tmp_path: Path) -> None:
    """Export version 2 through the real command: import then export gives the same file;
    a version 1 file (no answers) imports and comes back as version 2 with nulls."""
    first, second, third = (tmp_path / n / "k.json" for n in ("a", "b", "c"))
    answered_store(first, HOSTILE)
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    assert kindness("export", "--db", first, "-o", one).returncode == 0
    assert kindness("import", one, "--db", second).returncode == 0
    assert kindness("export", "--db", second, "-o", two).returncode == 0
    a, b = json.loads(one.read_text("utf-8")), json.loads(two.read_text("utf-8"))
    assert a["version"] == 2 and a["checkins"][0]["new_thing"]["says"] == f"says {HOSTILE}"
    a.pop("exported_at"), b.pop("exported_at")
    assert a == b

    v1 = as_version_1(json.loads(one.read_text("utf-8")))
    old = tmp_path / "v1.json"
    old.write_text(json.dumps(v1), "utf-8")
    assert kindness("import", old, "--db", third).returncode == 0
    back = json.loads(kindness("export", "--db", third).stdout)
    assert back["version"] == 2
    assert back["checkins"][0]["new_thing"]["how"] is None
    assert back["assessments"][1]["ratings"][0]["worked"] is None
    assert [c["date"] for c in back["checkins"]] == [c["date"] for c in v1["checkins"]]
