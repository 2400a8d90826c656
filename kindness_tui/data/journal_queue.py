"""Journal reads and writes off the interface's event loop, one at a time, in order.

A save rewrites the whole journal (tens of milliseconds for ten years of days)
and may wait seconds for another process's lock; neither may freeze typing.
Every change and re-read of the journal goes through one `JournalQueue`: one
thread runs them in the order they were asked for, so a later save never
overtakes an earlier one. Reads of what is already in memory stay where they are.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


class JournalQueue:
    """One thread for the journal's slow work (writes, re-reads), in order."""

    def __init__(self, name: str = "journal") -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        """Run `fn` after everything asked for before it; its result or error in the future."""
        return self._executor.submit(fn, *args, **kwargs)

    def shutdown(self) -> None:
        """Finish what was asked for, then let the thread go."""
        self._executor.shutdown(wait=True)
