"""A/B of two (or more) source trees in one sitting: first paint, peak memory, first F3 / F4.

    python benchmarks/ab_trees.py RUNS TREE [TREE ...]

Each TREE is a checkout of this repository (`git worktree add /tmp/a <commit>`); the
installed `kindness` runs with `PYTHONPATH=TREE`, so it imports that tree's package.
The trees (and the bare app, for F3 / F4) take turns, RUNS times; medians are printed.
Compile each tree first (`python -m compileall -q TREE/kindness_tui`), as an install
would. First paint and memory are read as `bench_start` reads them (the fork until
Today's marker; Today settled, then quit), the switches as `bench_switch` times
them. For a change too small for `make bench` to see against its noise.
"""

from __future__ import annotations

import statistics
import sys

from bench_start import MARKER, SETTLED
from bench_switch import QUIET, SCREENS, back, switch
from common import Pty, app_argv, bare_argv, child_env, progress
from generate import DEFAULT_DB, generate


def one_run(argv: list[str], env: dict[str, str], ready: str) -> dict[str, float]:
    """ms to the first paint and peak memory (MB) of a start to Today and quit; ms of the
    first F3 and F4 of another."""
    result: dict[str, float] = {}
    with Pty(argv, env) as term:
        result["paint"] = 1000 * term.wait_for(MARKER)
        if ready != MARKER:
            term.wait_for(SETTLED)
        term.quit()
        if ready != MARKER:
            result["MB"] = (term.maxrss_kb or 0) / 1024
    with Pty(argv, env) as term:
        term.wait_for(ready)
        term.drain(quiet=QUIET)
        for key, marker in SCREENS.items():
            result[key] = 1000 * switch(term, key, marker)
            back(term, marker)
        term.quit()
    return result


def main() -> None:
    runs, trees = int(sys.argv[1]), sys.argv[2:]
    db = generate(DEFAULT_DB)
    found: dict[str, list[dict[str, float]]] = {tree: [] for tree in [*trees, "bare"]}
    for n in range(runs):
        progress(f"run {n + 1} of {runs}")
        for tree in trees:
            found[tree].append(one_run(app_argv(db), child_env(PYTHONPATH=tree), SETTLED))
        found["bare"].append(one_run(bare_argv("bare_switch.py"), child_env(), MARKER))
    for tree, results in found.items():
        medians = {k: round(statistics.median(r[k] for r in results), 2) for k in results[0]}
        print(tree, medians)


if __name__ == "__main__":
    main()
