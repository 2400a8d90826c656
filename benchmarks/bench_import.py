"""`kindness import` of a 10-year export into an empty journal, vs `json.load` plus one
atomic `json.dump` of the same export.

The export is made once from the generated journal with
`kindness export --format json -o FILE --db JOURNAL` (kept next to the journal
as journal-10y-export.json, made again when the journal is newer). Measured:
`kindness import FILE --db NEW`, spawn to exit, where NEW is a journal that
does not exist yet (removed, with its lock and backups, before each run).
Baseline: `python bare_load_dump.py FILE TARGET`, a process that `json.load`s
the export and writes it once with the atomic dump of `bench_save.py`.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from bench_cli import timed
from common import Row, bare_argv, child_env, kindness, main, pairs, progress


def export_of(db: Path) -> Path:
    """The journal as a SPEC 4.2 export file, made with the app's own export."""
    export = db.with_name(f"{db.stem}-export.json")
    if not export.exists() or export.stat().st_mtime < db.stat().st_mtime:
        subprocess.run(
            kindness("export", "--format", "json", "-o", str(export), "--db", str(db)),
            env=child_env(),
            stdout=subprocess.DEVNULL,
            check=True,
        )
    return export


def remove_journal(path: Path) -> Path:
    """No journal at `path`: not the file, its lock or its backups."""
    for old in path.parent.glob(f"{path.name}*"):
        if old.is_dir():
            shutil.rmtree(old)
        else:
            old.unlink()
    return path


def run(db: Path, n: int = 10) -> list[Row]:
    export = export_of(db)
    size = export.stat().st_size / 1e6
    progress(f"kindness import into an empty journal ({size:.1f} MB export): {n} pairs")
    with tempfile.TemporaryDirectory(prefix="kindness-import-", dir=db.parent) as folder:
        journal = Path(folder) / "journal.json"
        plain = Path(folder) / "plain.json"

        def imported() -> float:
            return timed(kindness("import", str(export), "--db", str(remove_journal(journal))))

        def load_dump() -> float:
            return timed([*bare_argv("bare_load_dump.py"), str(export), str(remove_journal(plain))])

        a, b = pairs(n, imported, load_dump)
    return [Row("`kindness import` of a 10-year export into an empty journal", "s", a, b, 3.0)]


if __name__ == "__main__":
    main(run)
