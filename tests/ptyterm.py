"""Run the real `kindness` command on a real pseudo-terminal, and read its screen.

The bytes the app writes are kept whole (to check that no control sequence
from the journal gets through) and also fed to pyte, a terminal emulator, so a
test can read the screen as a person would see it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import select
import signal
import struct
import sys
import termios
import time
from collections.abc import Mapping, Sequence

import pyte


class PtyApp:
    """A child process on a pseudo-terminal of a given size."""

    def __init__(
        self,
        args: Sequence[str],
        env: Mapping[str, str],
        size: tuple[int, int] = (80, 24),
        program: Sequence[str] | None = None,
    ) -> None:
        """Run `kindness ARGS` (the package under test), or any `program` (an SSH client)."""
        self.columns, self.lines = size
        self.output = bytearray()
        self.screen = pyte.Screen(self.columns, self.lines)
        self.stream = pyte.ByteStream(self.screen)
        full_env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": os.environ.get("HOME", "/tmp"),
            "TERM": "xterm-256color",
            "LANG": "C.UTF-8",
        }
        for name in ("XDG_STATE_HOME", "PYTHONPATH"):
            if name in os.environ:
                full_env[name] = os.environ[name]
        full_env.update(env)
        command = list(program) if program else [sys.executable, "-m", "kindness_tui", *args]
        pid, fd = pty.fork()
        if pid == 0:  # the child: the pty is its controlling terminal
            try:
                # Sized before the program starts: an SSH client reads it once, to ask for its pty.
                fcntl.ioctl(0, termios.TIOCSWINSZ, self._winsize())
                os.execve(command[0], command, full_env)
            finally:
                os._exit(127)
        self.pid = pid
        self.fd = fd
        self._set_size()
        self.returncode: int | None = None

    def _winsize(self) -> bytes:
        return struct.pack("HHHH", self.lines, self.columns, 0, 0)

    def _set_size(self) -> None:
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, self._winsize())

    def resize(self, columns: int, lines: int) -> None:
        self.columns, self.lines = columns, lines
        self.screen.resize(lines, columns)
        self._set_size()
        os.kill(self.pid, signal.SIGWINCH)

    def pump(self, seconds: float = 0.1) -> None:
        """Read whatever the app writes for up to `seconds`."""
        deadline = time.monotonic() + seconds
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                return
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.output.extend(chunk)
            self.stream.feed(chunk)

    def text(self) -> str:
        return "\n".join(self.screen.display)

    def wait_for(self, needle: str, timeout: float = 20.0) -> str:
        """Pump until `needle` is on the screen; fail with the screen if it never comes."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.pump(0.1)
            if needle in self.text():
                return self.text()
        raise AssertionError(f"{needle!r} never appeared; the screen shows:\n{self.text()}")

    def send(self, data: str | bytes) -> None:
        os.write(self.fd, data.encode() if isinstance(data, str) else data)
        self.pump(0.05)

    def type(self, text: str) -> None:
        for ch in text:
            self.send(ch)

    KEYS = {
        "f1": b"\x1bOP",
        "f2": b"\x1bOQ",
        "f3": b"\x1bOR",
        "f4": b"\x1bOS",
        "tab": b"\t",
        "enter": b"\r",
        "escape": b"\x1b",
        "left": b"\x1b[D",
        "right": b"\x1b[C",
        "up": b"\x1b[A",
        "down": b"\x1b[B",
        "pageup": b"\x1b[5~",
        "pagedown": b"\x1b[6~",
        "home": b"\x1b[H",
        "ctrl+q": b"\x11",
        "ctrl+s": b"\x13",
        "ctrl+o": b"\x0f",
        "ctrl+p": b"\x10",
        "ctrl+r": b"\x12",
        "ctrl+t": b"\x14",
        "shift+tab": b"\x1b[Z",
        "space": b" ",
        "backspace": b"\x7f",
    }

    def quiet(self, seconds: float = 0.1, limit: float = 5.0) -> None:
        """Read until the app has written nothing for `seconds` (at most `limit` in all)."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            before = len(self.output)
            self.pump(seconds)
            if len(self.output) == before:
                return

    @classmethod
    def encode(cls, keys: Sequence[str]) -> list[bytes]:
        """Each key's bytes: a named key (`tab`, `f3`) or, for anything else, its text."""
        return [cls.KEYS.get(key, key.encode()) for key in keys]

    def press(self, *keys: str, settle: float = 0.3) -> None:
        for key in keys:
            self.send(self.KEYS[key])
            # A lone ESC is only a key once the terminal has been quiet for ESCDELAY.
            self.pump(0.25 if key == "escape" else 0.05)
        self.pump(settle)

    def alive(self) -> bool:
        """Whether the app is still running (reaping it if it has ended)."""
        if self.returncode is not None:
            return False
        pid, status = os.waitpid(self.pid, os.WNOHANG)
        if pid:
            self.returncode = os.waitstatus_to_exitcode(status)
            return False
        return True

    def wait_exit(self, timeout: float = 15.0) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.pump(0.05)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
                self.pump(0.05)
                return self.returncode
        raise AssertionError(f"the app did not exit; the screen shows:\n{self.text()}")

    def close(self) -> None:
        if self.returncode is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
        with contextlib.suppress(OSError):
            os.close(self.fd)

    def __enter__(self) -> PtyApp:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
