"""Instructions to Today's first paint, counted by valgrind: a start measured without noise.

    python benchmarks/paint_instructions.py [TREE ...]

On a shared machine the pairs of `bench_start` spread from 1.04 to 1.62, so a change of
a few milliseconds cannot be seen in the first-paint ratio. The number of instructions
a start executes before it writes that frame repeats to within 0.2 %, so it can.
Each program runs under `valgrind --tool=callgrind` on a 100x32 pseudo-terminal, and
ends as soon as it has handed Textual's driver the frame with the marker. The count
covers Python's start, the imports, the journal, the CSS and the first frame.

It prints the count of the bare app with one Static (`bare_static.py`) and of each
TREE. A TREE is a checkout, as for `ab_trees.py`; with no TREE, the installed package
runs. Then it prints what each one executes beyond the bare app. That extra is what
to cut: it is the first-paint ratio's numerator less its baseline. It is a guide, not
a SPEC figure: a page fault, a system call or a cache miss costs time that no
instruction count shows. Needs valgrind (`apt-get install valgrind`); about 40 s a
program.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from pathlib import Path

VALGRIND = "/usr/bin/valgrind"
HERE = Path(__file__).resolve().parent
# The child imports only the modules above: the runners' (pyte's) are imported in main.


def _end_at_first_paint(marker: str) -> None:
    """In the child: end the process once Textual's driver is given the marker's frame.

    Textual is imported when the program would import it (`kindness` pauses the garbage
    collector first), so the driver is patched from an audit hook as its module arrives.
    """
    patched: list[bool] = []

    def hook(event: str, args: tuple[object, ...]) -> None:
        if patched or event != "import":
            return
        module = sys.modules.get("textual.drivers.linux_driver")
        driver = getattr(module, "LinuxDriver", None)
        if driver is None:
            return
        patched.append(True)
        write = driver.write

        def write_then_end(self: object, data: str) -> None:
            write(self, data)
            if marker in data:
                os._exit(0)

        driver.write = write_then_end

    sys.addaudithook(hook)


def _child(program: str, db: str, marker: str) -> None:
    _end_at_first_paint(marker)
    if program == "bare":
        import runpy

        sys.argv = ["bare_static.py"]
        runpy.run_path(str(HERE / "bare_static.py"), run_name="__main__")
    else:
        from kindness_tui.cli import main

        sys.argv = ["kindness", "--db", db]  # as the `kindness` console script runs it
        raise SystemExit(main())


def count(program: str, db: Path, tree: str | None = None) -> float:
    """Millions of instructions from the start to the first paint."""
    import subprocess

    from bench_start import MARKER
    from common import PYTHON, Pty, child_env

    if program == "app":  # compiled first, or the first count would include compiling
        package = Path(tree) / "kindness_tui" if tree else HERE.parent / "kindness_tui"
        subprocess.run([PYTHON, "-m", "compileall", "-q", str(package)], check=True)

    with tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "callgrind.log"
        argv = [
            VALGRIND,
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            f"--log-file={log}",
            PYTHON,
            __file__,
            "--child",
            program,
            str(db),
            MARKER,
        ]
        env = child_env(PYTHONPATH=tree) if tree else child_env()
        with Pty(argv, env) as term:
            deadline = time.perf_counter() + 300
            while term.pid and time.perf_counter() < deadline:
                try:
                    term.idle(0.5)
                except OSError:  # the child has gone, and its end of the terminal with it
                    time.sleep(0.1)
                pid, _status = os.waitpid(term.pid, os.WNOHANG)
                if pid:
                    term.pid = 0
        found = re.search(r"Collected : (\d+)", log.read_text() if log.exists() else "")
        if found is None:
            raise RuntimeError(f"valgrind counted nothing for {program} {tree or ''}")
        return int(found.group(1)) / 1e6


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        _child(*sys.argv[2:5])
        return
    from common import progress
    from generate import DEFAULT_DB, generate

    if not Path(VALGRIND).exists():
        raise SystemExit(f"{VALGRIND} is missing: apt-get install valgrind")
    db = generate(DEFAULT_DB)
    trees: list[str | None] = [*sys.argv[1:]] or [None]
    progress("bare app")
    bare = count("bare", db)
    print(f"bare app: {bare:.1f} M instructions")
    for tree in trees:
        progress(f"Kindness {tree or '(installed)'}")
        app = count("app", db, tree)
        print(f"{tree or 'installed'}: {app:.1f} M, {app - bare:.1f} M beyond the bare app")


if __name__ == "__main__":
    main()
