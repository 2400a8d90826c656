"""Run every SPEC §6 benchmark and print one markdown table (`make bench`).

    python benchmarks/run.py [--quick] [--pairs N] [--db PATH] [--verbose]
                             [--only start,calendar,save,cli,echo,echo-autosave,switch,
                                     import,today30]

Each figure alternates the measured program and its baseline (A B A B …) and
reports the median of the pairwise ratios; see benchmarks/README.md. Exits 1 if
a figure is over its bar; figures without a bar are shown, never judged.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_autosave  # noqa: E402
import bench_calendar  # noqa: E402
import bench_cli  # noqa: E402
import bench_echo  # noqa: E402
import bench_import  # noqa: E402
import bench_save  # noqa: E402
import bench_start  # noqa: E402
import bench_switch  # noqa: E402
import bench_today30  # noqa: E402
from common import HEADER, Row, progress  # noqa: E402
from generate import DEFAULT_DB, generate  # noqa: E402

RUNNERS = {
    "start": bench_start.run,
    "calendar": bench_calendar.run,
    "save": bench_save.run,
    "cli": bench_cli.run,
    "echo": bench_echo.run,
    "echo-autosave": bench_autosave.run,
    "switch": bench_switch.run,
    "import": bench_import.run,
    "today30": bench_today30.run,
}


def compile_package() -> None:
    """Compile the package's bytecode, as installing a wheel does: with PYTHONDONTWRITEBYTECODE
    set (as on these machines) a checkout would otherwise compile every changed module
    again at every start it measures."""
    import compileall

    import kindness_tui

    compileall.compile_dir(Path(kindness_tui.__file__).parent, quiet=1)


def main() -> int:
    parser = argparse.ArgumentParser(description="Kindness benchmarks (SPEC §6)")
    parser.add_argument("--quick", action="store_true", help="3 pairs per figure, not 10")
    parser.add_argument("--pairs", type=int, help="recorded pairs per figure")
    parser.add_argument(
        "--only", default=",".join(RUNNERS), help=f"comma-separated subset of {', '.join(RUNNERS)}"
    )
    parser.add_argument(
        "--db",
        type=Path,
        default=DEFAULT_DB,
        help="the 10-year journal (generated if missing; the 30-year and near-empty "
        "journals are generated next to it)",
    )
    parser.add_argument("--verbose", action="store_true", help="print every pair too")
    ns = parser.parse_args()
    n = ns.pairs or (3 if ns.quick else 10)
    names = [name.strip() for name in ns.only.split(",") if name.strip()]
    unknown = [name for name in names if name not in RUNNERS]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; pick from {', '.join(RUNNERS)}")

    compile_package()
    progress(f"journal: {generate(ns.db)}")
    began = time.perf_counter()
    rows: list[Row] = []
    for name in names:
        rows += RUNNERS[name](ns.db, n)
    print(
        f"\n{n} pairs per figure · Python {platform.python_version()} · "
        f"{time.perf_counter() - began:.0f} s\n"
    )
    print(HEADER)
    for row in rows:
        print(row.line())
    if ns.verbose:
        for row in rows:
            print(f"\n{row.figure}: ratios " + " ".join(f"{r:.2f}" for r in row.ratios))
    return 0 if all(row.ok for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
