"""Run the real `kindness` entry point in a subprocess, as a person's shell would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TODAY = "2026-11-26"


def kindness(
    *args: str | Path, env: dict[str, str] | None = None, today: str = TODAY, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("KINDNESS_")}
    full.update({"KINDNESS_TODAY": today, "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"})
    full.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "kindness_tui", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full,
        timeout=timeout,
    )


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    """The single stderr line of a refused command (asserting it is one line, no traceback)."""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert lines[0].startswith("kindness: ")
    return lines[0]
