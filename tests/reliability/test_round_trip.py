"""export -> import into an empty journal -> export, through the real command, is identical."""

from __future__ import annotations

import json
from pathlib import Path

from tests.unit.cli_run import kindness
from tests.unit.data.helpers import FANCY, HOSTILE, filled_store

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
