"""Baseline of the import figure: `json.load` an export, then one atomic `json.dump` of it.

    python benchmarks/bare_load_dump.py EXPORT TARGET

The dump is the one `bench_save.py` times: a temporary file in the target's folder,
flushed, fsynced, `os.replace`d over the target, and the folder fsynced.
"""

import json
import os
import sys


def main(source: str, target: str) -> None:
    with open(source, encoding="utf-8") as fh:
        data = json.load(fh)
    tmp = os.path.join(os.path.dirname(target) or ".", f".{os.path.basename(target)}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    fd = os.open(os.path.dirname(target) or ".", os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
