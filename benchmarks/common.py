"""What the runners share: a pseudo-terminal harness, A/B pairs, and a table row."""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import sys
import termios
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyte

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
TODAY = "2026-11-26"
EMPTY_DAY = "2026-11-27"
"""The day after the generated journal's last day: Today opens on it empty, with the cursor
in "One new thing" (the journal's days must not be after KINDNESS_TODAY)."""

KEYS = {
    "f2": b"\x1bOQ",
    "f3": b"\x1bOR",
    "f4": b"\x1bOS",
    "left": b"\x1b[D",
    "right": b"\x1b[C",
    "up": b"\x1b[A",
    "down": b"\x1b[B",
    "ctrl+q": b"\x11",
}


def child_env(**extra: str) -> dict[str, str]:
    """The same small environment for every child, measured or baseline."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "KINDNESS_TODAY": TODAY,
    }
    env.update(extra)
    return env


class Pty:
    """A child on a pseudo-terminal; every byte it writes is counted and fed to pyte.

    pyte is slow (about 2 ms per kB written), so with `live=False` the bytes are only
    collected while a runner times something, and fed to the screen when it is read
    (`text`, `sync`). `read_at` is when the last chunk was read, before pyte saw it.
    """

    def __init__(
        self,
        argv: Sequence[str],
        env: Mapping[str, str],
        size: tuple[int, int] = (100, 32),
        *,
        live: bool = True,
    ) -> None:
        self.columns, self.lines = size
        self.output = bytearray()
        self.screen = pyte.Screen(self.columns, self.lines)
        self.stream = pyte.ByteStream(self.screen)
        self.live = live
        self.fed = 0
        self.read_at = 0.0
        self.started = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:
            try:
                os.execve(argv[0], list(argv), dict(env))
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", self.lines, self.columns, 0, 0))
        self.maxrss_kb: int | None = None

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:
            return False
        if not chunk:
            return False
        self.read_at = time.perf_counter()
        self.output.extend(chunk)
        if self.live:
            self.sync()
        return True

    def sync(self) -> None:
        """Feed pyte what was read and not fed yet."""
        if self.fed < len(self.output):
            self.stream.feed(bytes(self.output[self.fed :]))
            self.fed = len(self.output)

    def text(self) -> str:
        self.sync()
        return "\n".join(self.screen.display)

    def find(self, text: str) -> tuple[int, int] | None:
        """(row, column) where `text` starts on the screen, or None."""
        for row, line in enumerate(self.text().split("\n")):
            column = line.find(text)
            if column >= 0:
                return row, column
        return None

    def wait_until(self, check: Callable[[], bool], what: str, timeout: float = 10.0) -> float:
        """Read until `check()` holds; returns `read_at` of the chunk that made it hold
        (so the time pyte then spends on the chunk is not counted). Call it only when
        `check()` does not hold yet."""
        deadline = time.perf_counter() + timeout
        while not check():
            if time.perf_counter() > deadline:
                raise RuntimeError(f"{what} never happened; the screen shows:\n{self.text()}")
            self._read(0.05)
        return self.read_at

    def idle(self, seconds: float) -> None:
        """Keep reading (and showing) what the child writes for `seconds`."""
        deadline = time.perf_counter() + seconds
        while (left := deadline - time.perf_counter()) > 0:
            self._read(left)

    def wait_for(self, marker: str, timeout: float = 30.0) -> float:
        """Seconds from the fork until `marker` is on the screen."""
        deadline = time.perf_counter() + timeout
        needle = marker.encode()
        while time.perf_counter() < deadline:
            if self._read(0.05) and (needle in self.output or marker in self.text()):
                return time.perf_counter() - self.started
        raise RuntimeError(f"{marker!r} never appeared; the screen shows:\n{self.text()}")

    def drain(self, quiet: float = 0.25, limit: float = 10.0) -> None:
        """Read until the child has written nothing for `quiet` seconds."""
        deadline = time.perf_counter() + limit
        while time.perf_counter() < deadline and self._read(quiet):
            pass

    def press(self, key: str) -> None:
        os.write(self.fd, KEYS.get(key, key.encode()))

    def quit(self, timeout: float = 15.0) -> int:
        """Send ctrl+q and reap the child; its peak resident memory lands in maxrss_kb."""
        self.press("ctrl+q")
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            self._read(0.02)
            pid, status, usage = os.wait4(self.pid, os.WNOHANG)
            if pid:
                self.maxrss_kb = usage.ru_maxrss
                self.pid = 0
                return os.waitstatus_to_exitcode(status)
        raise RuntimeError(f"the child did not quit; the screen shows:\n{self.text()}")

    def close(self) -> None:
        if self.pid:
            with contextlib.suppress(ProcessLookupError, ChildProcessError):
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            self.pid = 0
        with contextlib.suppress(OSError):
            os.close(self.fd)

    def __enter__(self) -> Pty:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def kindness(*args: str) -> list[str]:
    """The `kindness` command as people run it: the console script installed next to this
    Python (`pip install -e .` puts it there); `python -m kindness_tui` without one."""
    script = Path(PYTHON).with_name("kindness")
    command = [str(script)] if script.is_file() else [PYTHON, "-m", "kindness_tui"]
    return [*command, *args]


def app_argv(db: Path) -> list[str]:
    return kindness("--db", str(db))


def bare_argv(name: str) -> list[str]:
    return [PYTHON, str(HERE / name)]


@dataclass
class Row:
    figure: str
    unit: str
    measured: list[float]
    baseline: list[float]
    bar: float | None
    """The SPEC §6 bar for the ratio; None for a figure that is shown, not judged."""

    @property
    def ratios(self) -> list[float]:
        return [a / b for a, b in zip(self.measured, self.baseline, strict=True)]

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios)

    @property
    def ok(self) -> bool:
        return self.bar is None or self.ratio <= self.bar

    def line(self) -> str:
        if self.bar is None:
            bar, within = "none", "shown only"
        else:
            bar, within = f"≤ {self.bar:g}", "yes" if self.ok else "NO"
        return (
            f"| {self.figure} | {fmt(statistics.median(self.measured), self.unit)} "
            f"| {fmt(statistics.median(self.baseline), self.unit)} "
            f"| {self.ratio:.2f} | {bar} | {within} |"
        )


HEADER = (
    "| figure | measured (median) | baseline (median) | median ratio | bar | within bar |\n"
    "| --- | ---: | ---: | ---: | ---: | --- |"
)


def fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value >= 0.01 else f"{value * 1000:.2f} ms"
    if unit == "kB":
        return f"{value / 1024:.1f} MB"
    return f"{value:.0f} {unit}"


def pairs(
    n: int, measured: Callable[[], float], baseline: Callable[[], float], warmup: int = 1
) -> tuple[list[float], list[float]]:
    """A B A B …: `warmup` unrecorded pairs, then `n` recorded ones."""
    a: list[float] = []
    b: list[float] = []
    for i in range(warmup + n):
        x = measured()
        y = baseline()
        if i >= warmup:
            a.append(x)
            b.append(y)
    return a, b


def progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def main(run: Callable[[Path, int], list[Row]]) -> None:
    """`python bench_….py [pairs]`: one benchmark over the 10-year journal, as a table."""
    from generate import DEFAULT_DB, generate

    rows = run(generate(DEFAULT_DB), int(sys.argv[1]) if len(sys.argv) > 1 else 10)
    print(HEADER)
    for row in rows:
        print(row.line())
