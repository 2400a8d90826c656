"""The app through a real SSH connection (SPEC §5): a key that opens straight into Kindness.

OpenSSH's own `sshd` runs on loopback with a host key made for the test and an
`authorized_keys` holding the README's line (only the paths and the key changed).
The machine's `ssh` client connects with `-tt` from inside a real pseudo-terminal,
and the screen it shows is read with pyte, as a person on a phone would see it.
Through that connection the test checks in, resizes the window, types a burst of
keys, drops the connection mid-sentence (the client's end, then the server's), and
watches a second connection follow; it also tries what the key must not allow.
"""

from __future__ import annotations

import datetime as dt
import grp
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from kindness_tui.core.checkin import CheckIn, Item
from kindness_tui.data.store import Store
from tests.ptyterm import PtyApp

SSHD = Path("/usr/sbin/sshd")
SSH = shutil.which("ssh") or "/usr/bin/ssh"
KINDNESS = Path(sys.executable).parent / "kindness"
"""The `kindness` installed in the environment running the tests."""
README = Path(__file__).resolve().parents[2] / "README.md"
README_KINDNESS = "/home/ana/.venv/bin/kindness"
README_JOURNAL = "/home/ana/.local/share/kindness/kindness.json"
"""The paths the README's `authorized_keys` line names, replaced by the test's own."""
TODAY = dt.date(2026, 11, 26)
PHONE = (80, 24)


def readme_key_line() -> str:
    """The `authorized_keys` line exactly as the README gives it."""
    for line in README.read_text(encoding="utf-8").splitlines():
        if line.startswith("restrict,") and "command=" in line:
            return line
    raise AssertionError("the README shows no `restrict,pty,command=…` line")


def key_line(public_key: str, journal: Path) -> str:
    """The README's line with the test's `kindness`, journal and key in it."""
    line = readme_key_line()
    found = re.fullmatch(r'(restrict,pty,command="[^"]+") ssh-ed25519 \S+ \S+', line)
    assert found, f"the README's line is not `restrict,pty,command=… ssh-ed25519 KEY`: {line}"
    options = found.group(1)
    assert README_KINDNESS in options and README_JOURNAL in options, line
    options = options.replace(README_KINDNESS, str(KINDNESS)).replace(README_JOURNAL, str(journal))
    return f"{options} {public_key.strip()}"


def wait_until(
    condition: Callable[[], object], description: str, *watching: PtyApp, timeout: float = 30.0
) -> None:
    """Wait for `condition`, reading the connections `watching` meanwhile (their screens
    are shown if it never comes).

    A terminal that is not read stops its ssh client: once the pty is full, ssh blocks
    writing the app's output to it and no longer sends the keys typed, as no real
    terminal would make it do."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            screens = "\n---\n".join(app.text() for app in watching)
            raise AssertionError(f"never: {description}\n{screens}")
        for app in watching:
            app.pump(0.02)
        if not watching:
            time.sleep(0.02)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Server:
    """An sshd on loopback that lets one test key in, straight into Kindness."""

    folder: Path
    port: int
    user: str
    journal: Path
    log: Path

    @property
    def login(self) -> str:
        return f"{self.user}@127.0.0.1"

    def client_options(self) -> list[str]:
        """The OpenSSH client's options for the test key, shared by ssh and scp."""
        options = {
            "UserKnownHostsFile": self.folder / "known_hosts",
            "GlobalKnownHostsFile": "/dev/null",
            "StrictHostKeyChecking": "no",
            "IdentitiesOnly": "yes",
            "BatchMode": "yes",
            "LogLevel": "ERROR",
            "SendEnv": "LANG",  # as Debian's ssh_config does; sshd's AcceptEnv takes it
            # Only for the test: the frozen day, and drafts kept away from the real home.
            "SetEnv": f"KINDNESS_TODAY={TODAY} XDG_STATE_HOME={os.environ['XDG_STATE_HOME']}",
        }
        found = ["-F", "/dev/null", "-i", str(self.folder / "phone")]
        for name, value in options.items():
            found += ["-o", f"{name}={value}"]
        return found

    def connect(
        self, size: tuple[int, int] = PHONE, command: Sequence[str] = (), lang: str = "C.UTF-8"
    ) -> PtyApp:
        """`ssh -tt` on a pseudo-terminal of `size`, as a phone's SSH app connects."""
        program = [SSH, "-tt", *self.client_options(), "-p", str(self.port), self.login]
        env = {"TERM": "xterm", "LANG": lang}
        return PtyApp([], env, size=size, program=[*program, *command])

    def apps(self) -> set[int]:
        """The processes on this machine running Kindness on the test's journal."""
        found = set()
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    cmdline = (entry / "cmdline").read_bytes()
                except OSError:
                    continue
                if str(self.journal).encode() in cmdline:
                    found.add(int(entry.name))
        return found


def start_sshd(folder: Path, port: int, user: str) -> tuple[subprocess.Popen[bytes], Path]:
    config = folder / "sshd_config"
    config.write_text(
        "\n".join(
            [
                "ListenAddress 127.0.0.1",
                f"Port {port}",
                f"HostKey {folder / 'host_key'}",
                f"AuthorizedKeysFile {folder / 'authorized_keys'}",
                f"AllowUsers {user}",
                "PidFile none",
                "StrictModes no",  # the test's folders live in /tmp
                "UsePAM no",  # PAM needs a root sshd and a full login stack
                "PermitRootLogin prohibit-password",  # CI runs as root
                "PubkeyAuthentication yes",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "PrintMotd no",
                "PrintLastLog no",
                "LogLevel VERBOSE",
                "AcceptEnv LANG LC_* KINDNESS_TODAY XDG_STATE_HOME",
                "Subsystem sftp internal-sftp",  # as a server offers it; the key's command wins
                "",
            ]
        ),
        encoding="utf-8",
    )
    log = folder / f"sshd-{port}.log"
    with open(log, "wb") as sink:
        process = subprocess.Popen(
            [str(SSHD), "-D", "-e", "-f", str(config)], stdout=sink, stderr=sink
        )
    return process, log


def pty_group_problem() -> str | None:
    """Why an sshd run by a normal user cannot hand out a terminal here, if it cannot.

    sshd gives each pty to the `tty` group and stops when it may not; only a /dev/pts
    mounted with `gid=` that group (as systemd mounts it) spares it the chown."""
    try:
        tty = grp.getgrnam("tty").gr_gid
    except KeyError:
        return None
    for line in Path("/proc/mounts").read_text(encoding="utf-8").splitlines():
        _, where, kind, options, *_ = line.split()
        if where == "/dev/pts" and kind == "devpts" and f"gid={tty}" not in options.split(","):
            return (
                f"/dev/pts is mounted without gid={tty} (the tty group), so an sshd run by "
                "a normal user cannot hand out a terminal: run the SSH test as root (as CI "
                "does), or on a machine whose /dev/pts has gid=" + str(tty)
            )
    return None


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    if not SSHD.exists():
        pytest.fail(
            f"{SSHD} is missing: the SSH test needs OpenSSH's server "
            "(`apt-get install openssh-server`; .ci/run installs it)"
        )
    if os.geteuid() == 0:  # a root sshd separates privileges into this folder
        Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)
    elif problem := pty_group_problem():
        pytest.fail(problem)
    folder = tmp_path / "ssh"
    folder.mkdir(mode=0o700)
    for name in ("host_key", "phone"):
        subprocess.run(
            ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", str(folder / name)],
            check=True,
        )
    journal = tmp_path / "data" / "kindness.json"
    public = (folder / "phone.pub").read_text(encoding="utf-8")
    (folder / "authorized_keys").write_text(key_line(public, journal) + "\n", encoding="utf-8")
    user = pwd.getpwuid(os.getuid()).pw_name
    for _attempt in range(3):  # another process may take the free port first
        port = free_port()
        process, log = start_sshd(folder, port, user)
        while process.poll() is None and b"Server listening" not in log.read_bytes():
            time.sleep(0.02)
        if process.poll() is None:
            break
    else:
        pytest.fail(f"sshd did not start:\n{log.read_text(errors='replace')}")
    try:
        yield Server(folder, port, user, journal, log)
    finally:
        process.terminate()
        process.wait(timeout=10)
        print(log.read_text(errors="replace"))  # pytest shows it when the test fails


def parent_of(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[1])


def today(journal: Path) -> CheckIn:
    """Today's check-in as the journal file holds it now."""
    return Store(journal).checkin(TODAY) or CheckIn(date=TODAY.isoformat())


def fits(app: PtyApp) -> bool:
    """Today is drawn at the window's size: its header reaches the last column and its
    key bar sits on the last line."""
    header, keys = app.screen.display[0].rstrip(), app.screen.display[app.lines - 1]
    return header.endswith("F1 Help") and len(header) == app.columns - 1 and "^q" in keys


def shows(app: PtyApp, condition: Callable[[PtyApp], bool], description: str) -> None:
    """Read the connection until its screen meets `condition`."""
    deadline = time.monotonic() + 30
    while not condition(app):
        assert time.monotonic() < deadline, f"never: {description}; the screen:\n{app.text()}"
        app.pump(0.05)


def test_a_phone_checks_in_over_ssh_loses_its_line_and_finds_its_words(server: Server) -> None:
    """Keys that do not depend on the form's layout: the first field has the cursor, ctrl+t
    marks its card done, ctrl+o opens the own-idea dialog, and enter in it saves the idea."""
    with server.connect() as phone:
        shows(phone, fits, "Today at 80×24")
        assert "╭─ One new thing" in phone.text()  # the UTF-8 locale came along
        phones_app = server.apps()
        assert phones_app, "no Kindness process on the server"

        # Check in: the day's new thing, typed and marked done.
        phone.type("took the ferry")
        phone.press("ctrl+t", "ctrl+s")
        wait_until(
            lambda: today(server.journal).new_thing == Item("took the ferry", done=True),
            "the new thing, done, in the journal",
            phone,
        )
        phone.wait_for("took the ferry")

        # A window change: ssh passes it on, and the app redraws at the new size.
        phone.resize(100, 30)
        shows(phone, fits, "Today redrawn at 100×30")

        with server.connect() as laptop:  # a second connection, at the same time
            shows(laptop, fits, "Today on the laptop")
            laptops_app = server.apps() - phones_app
            laptop.wait_for("took the ferry")

            # A burst of keys in one write, as a laggy link delivers them: a dialog opens,
            # takes its words and closes, and the rest goes back into the card.
            os.write(phone.fd, b"\x0fleave a flower at the door\r home\x13")
            wait_until(
                lambda: (
                    today(server.journal).new_thing == Item("took the ferry home", done=True)
                    and [i.text for i in Store(server.journal).ideas()]
                    == ["leave a flower at the door"]
                ),
                "the burst's idea and words in the journal",
                phone,
                laptop,
            )
            laptop.wait_for("took the ferry home")

            # The line drops mid-sentence: sshd hangs up the app, which saves the words.
            os.write(phone.fd, b" by the riv")
            phone.wait_for("took the ferry home by the riv")
            os.kill(phone.pid, signal.SIGKILL)  # the phone's client is gone
            phone.returncode = -signal.SIGKILL
            os.waitpid(phone.pid, 0)
            wait_until(lambda: not phones_app & server.apps(), "the phone's app ended", laptop)
            assert today(server.journal).new_thing == Item(
                "took the ferry home by the riv", done=True
            )
            laptop.wait_for("took the ferry home by the riv")

            # Back again, asking for a command: the key opens Kindness, with the words.
            with server.connect(command=["echo", "not-kindness"]) as again:
                shows(again, fits, "Today on coming back")
                again.wait_for("took the ferry home by the riv")
                assert b"not-kindness" not in again.output
                # This time the server's end goes: its sshd process dies mid-sentence.
                (agains_app,) = server.apps() - laptops_app
                again.send("a warm fire")  # into whichever field has the cursor
                again.wait_for("a warm fire")
                os.kill(parent_of(agains_app), signal.SIGKILL)
                wait_until(lambda: agains_app not in server.apps(), "its app ended", again, laptop)
                assert "a warm fire" in server.journal.read_text(encoding="utf-8")
                assert again.wait_exit(timeout=30) == 255  # ssh: the connection was lost
                laptop.wait_for("a warm fire")
            laptop.press("ctrl+q")
            assert laptop.wait_exit(timeout=30) == 0
    wait_until(lambda: not server.apps(), "every app on the server ended")
    assert today(server.journal).new_thing == Item("took the ferry home by the riv", done=True)
    # TERM=xterm is a 16-colour terminal: nothing richer came through the connection.
    assert not re.search(rb"\x1b\[[0-9;]*[34]8;[25];", phone.output)


def test_the_key_opens_kindness_and_nothing_else(server: Server, tmp_path: Path) -> None:
    ssh = [SSH, *server.client_options(), "-p", str(server.port)]

    def run(program: list[str]) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            program, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60
        )

    # No terminal asked for: Kindness says it needs one, and the command sent is not run.
    done = run([*ssh, "-T", server.login, "ls", "/"])
    assert done.returncode == 2 and "needs a terminal" in done.stderr, done
    assert "bin" not in done.stdout
    # No port forwarding.
    done = run([*ssh, "-N", "-o", "ExitOnForwardFailure=yes", "-R", "0:127.0.0.1:9", server.login])
    assert done.returncode == 255 and "forwarding failed" in done.stderr, done
    # No copying: scp (sftp underneath) gets Kindness too.
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the phone", encoding="utf-8")
    copy = tmp_path / "copy.txt"
    done = run(["scp", *server.client_options(), "-P", str(server.port),
                f"{server.login}:{secret}", str(copy)])  # fmt: skip
    assert done.returncode != 0 and not copy.exists(), done
    assert "forced-command (key-option)" in server.log.read_text(errors="replace")


def test_a_client_without_a_utf8_locale_gets_nothing_but_ascii(server: Server) -> None:
    """The client's LANG names a Latin-1 locale the server may not have: Python then runs
    in C.UTF-8, but the terminal at the other end still expects Latin-1."""
    with server.connect(lang="de_DE.ISO-8859-1") as phone:
        shows(phone, fits, "Today at 80×24")
        assert "+- One new thing" in phone.text()
        phone.press("ctrl+q")
        assert phone.wait_exit(timeout=30) == 0
    assert max(phone.output) < 0x80, "a byte that is not ASCII came through"
