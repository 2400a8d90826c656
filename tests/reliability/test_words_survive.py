"""Nothing typed is lost through any fault (SPEC §4.3): kill -9, a journal that cannot be
written, a hang-up with a dialog open, a crash. The real app, on a real pseudo-terminal."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import random
import signal
import subprocess
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kindness_tui.core.edits import CheckInEdit
from kindness_tui.data.draft_places import fallback_folder_for, folder_for
from kindness_tui.data.drafts import read_draft
from kindness_tui.data.store import Store
from tests.ptyterm import PtyApp

TODAY = dt.date(2026, 11, 26)
KILLS = 20
DURABLE_WITHIN = 1.0
"""Seconds: anything typed this long before a kill must come back (SPEC: "about a second")."""
WORDS = "a slow walk along the river to see the herons come home before dark "


def env_for(journal: Path, day: dt.date = TODAY, **extra: str) -> dict[str, str]:
    return {"KINDNESS_DB": str(journal), "KINDNESS_TODAY": day.isoformat(), **extra}


def ready(app: PtyApp) -> None:
    """Today is built: the key bar is drawn just after the form's last part."""
    app.wait_for("Note")
    app.wait_for("^q")
    app.quiet(0.2)


def new_thing(journal: Path, day: dt.date = TODAY) -> str:
    checkin = Store(journal).checkin(day)
    return checkin.new_thing.text if checkin and checkin.new_thing else ""


def test_kill_9_while_typing_loses_nothing_typed_a_second_before(tmp_path: Path) -> None:
    journal = tmp_path / "data" / "kindness.json"
    Store(journal).set_setting("theme", "textual-dark")
    rng = random.Random(2026)
    typed: dict[dt.date, list[tuple[float, str]]] = {}
    kills: dict[dt.date, float] = {}
    welcomed = 0
    for i in range(KILLS + 1):
        day = TODAY - dt.timedelta(days=KILLS - i)
        with PtyApp([], env_for(journal, day), size=(100, 32)) as app:
            ready(app)
            if i > 0:  # the start brings back what the last kill left in the draft
                with contextlib.suppress(AssertionError):
                    app.wait_for("Welcome back", timeout=5)
                    welcomed += 1
            if i == KILLS:
                app.send(PtyApp.KEYS["ctrl+q"])
                assert app.wait_exit() == 0
                break
            stop = time.monotonic() + rng.uniform(0.4, 3.0)
            sent: list[tuple[float, str]] = []
            text = ""
            while time.monotonic() < stop:
                ch = WORDS[len(text) % len(WORDS)]
                os.write(app.fd, ch.encode())
                text += ch
                sent.append((time.monotonic(), text))
                app.pump(rng.uniform(0.01, 0.08))
            os.kill(app.pid, signal.SIGKILL)
            kills[day] = time.monotonic()
            os.waitpid(app.pid, 0)
            app.returncode = -9
            typed[day] = sent
    lost = []
    for day, sent in typed.items():
        stored = new_thing(journal, day)
        safe = [t for when, t in sent if when <= kills[day] - DURABLE_WITHIN]
        must = safe[-1] if safe else ""
        everything = sent[-1][1]
        assert everything.startswith(stored), f"{day}: {stored!r} was never typed"
        if not stored.startswith(must):
            lost.append((day, must, stored))
    print(f"{KILLS} kills; welcomed back {welcomed} times; lost {len(lost)}")
    assert not lost, f"words typed over {DURABLE_WITHIN} s before a kill were lost: {lost}"
    assert welcomed >= KILLS // 2


# ---------------------------------------------------------------- journals that cannot be written


@contextlib.contextmanager
def lock_held(journal: Path) -> Iterator[None]:
    """Another process holds the journal's lock (as an import of a huge file would)."""
    holder = subprocess.Popen(
        [
            "python3",
            "-c",
            textwrap.dedent(
                """
                import fcntl, os, sys, time
                fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)
                fcntl.flock(fd, fcntl.LOCK_EX)
                os.write(fd, b"process 4242 on the-phone (kindness import)")
                print("held", flush=True)
                time.sleep(600)
                """
            ),
            str(journal.with_name(journal.name + ".lock")),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        yield
    finally:
        holder.kill()
        holder.wait()


def type_and_quit(journal: Path, words: str, **extra: str) -> PtyApp:
    """Type `words` into Today, quit, and return the finished app (its output kept)."""
    app = PtyApp([], env_for(journal, **extra), size=(100, 32))
    try:
        ready(app)
        app.send(words)
        app.quiet(0.3)
        app.send(PtyApp.KEYS["ctrl+q"])
        assert app.wait_exit(timeout=30) == 0
    finally:
        app.close()
    return app


def comes_back(journal: Path, words: str, **extra: str) -> None:
    """The next start brings the words back into the journal and says so."""
    with PtyApp([], env_for(journal, **extra), size=(100, 32)) as app:
        ready(app)
        app.wait_for("Welcome back", timeout=15)
        app.send(PtyApp.KEYS["ctrl+q"])
        assert app.wait_exit() == 0
    assert new_thing(journal) == words


def kept_words_said(app: PtyApp) -> str:
    said = app.output.decode(errors="replace")
    assert "kept safe in" in said, f"the app did not say where the words are:\n{app.text()}"
    return said


def test_words_typed_while_the_journal_is_locked_are_kept_and_come_back(tmp_path: Path) -> None:
    journal = tmp_path / "data" / "kindness.json"
    Store(journal).set_setting("theme", "textual-dark")
    with lock_held(journal):
        app = type_and_quit(journal, "while it was busy")
        kept_words_said(app)
        assert new_thing(journal) == ""
        drafts = list(folder_for(journal).glob("*.json"))
        assert [e for d in drafts for e in read_draft(d) if isinstance(e, CheckInEdit)]
    comes_back(journal, "while it was busy")


def test_words_typed_into_a_newer_versions_journal_are_kept(tmp_path: Path) -> None:
    journal = tmp_path / "data" / "kindness.json"
    store = Store(journal)
    store.set_setting("theme", "textual-dark")
    raw = journal.read_text(encoding="utf-8")
    journal.write_text(raw.replace('"schema":1', '"schema":99'), encoding="utf-8")
    assert '"schema":99' in journal.read_text(encoding="utf-8")
    app = type_and_quit(journal, "written in read-only")
    kept_words_said(app)
    assert new_thing(journal) == ""
    journal.write_text(raw, encoding="utf-8")  # the newer app's journal was moved back
    comes_back(journal, "written in read-only")


def mounts_work() -> bool:
    probe = Path("/tmp") / f"kindness-mount-probe-{os.getpid()}"
    probe.mkdir(exist_ok=True)
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)], capture_output=True
        )
        if done.returncode:
            return False
        subprocess.run(["umount", str(probe)], check=True)
        return True
    except OSError:
        return False
    finally:
        probe.rmdir()


@contextlib.contextmanager
def a_disk(folder: Path) -> Iterator[None]:
    """A small disk of its own at `folder` where the tests may mount one, else a folder."""
    folder.mkdir(parents=True)
    if not CAN_MOUNT:
        yield
        return
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(folder)], check=True)
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


CAN_MOUNT = mounts_work()


@contextlib.contextmanager
def refusing(folder: Path, error: str, hook: Path) -> Iterator[dict[str, str]]:
    """The disk at `folder` refuses new files with `error` (ENOSPC: full, EROFS: read-only)
    while inside; yields what the app's environment needs for it.

    Where the tests may mount, the disk is really filled or remounted read-only. Elsewhere
    a `sitecustomize` in the app's process makes every file made in the folder fail so.
    """
    if not CAN_MOUNT:
        yield {"PYTHONPATH": str(refusing_sitecustomize(hook, folder, error))}
        return
    if error == "EROFS":
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        try:
            yield {}
        finally:
            subprocess.run(["mount", "-o", "remount,rw", str(folder)], check=True)
        return
    filler = folder / "filler"
    with contextlib.suppress(OSError), open(filler, "wb") as fh:
        fh.write(b"x" * 10_000_000)
    try:
        yield {}
    finally:
        filler.unlink()


def refusing_sitecustomize(where: Path, journal_folder: Path, error: str) -> Path:
    """Every file made in the journal's folder fails with `error`, in the app's process."""
    where.mkdir()
    (where / "sitecustomize.py").write_text(
        textwrap.dedent(
            f"""
            import errno, os
            _open = os.open
            def refusing_open(path, flags, *args, **kwargs):
                if (flags & os.O_CREAT) and str(path).startswith({str(journal_folder)!r}):
                    code = errno.{error}
                    raise OSError(code, os.strerror(code), str(path))
                return _open(path, flags, *args, **kwargs)
            os.open = refusing_open
            """
        ),
        encoding="utf-8",
    )
    return where


@pytest.mark.parametrize(
    ("error", "words"), [("ENOSPC", "on a full disk"), ("EROFS", "read-only words")]
)
def test_words_typed_where_the_journal_cannot_be_written_are_kept_and_come_back(
    tmp_path: Path, error: str, words: str
) -> None:
    """A full disk and a read-only one: the words are kept, said so, and come back."""
    folder = tmp_path / "disk"
    journal = folder / "kindness.json"
    with a_disk(folder):
        Store(journal).set_setting("theme", "textual-dark")
        with refusing(folder, error, tmp_path / "hook") as env:
            app = type_and_quit(journal, words, **env)
        kept_words_said(app)
        assert new_thing(journal) == ""
        comes_back(journal, words)
    assert list(fallback_folder_for(journal).glob("*.json")) == []  # applied, then removed


# ---------------------------------------------------------------- hang-ups and crashes


def seeded(journal: Path) -> str:
    store = Store(journal)
    store.set_setting("theme", "textual-dark")
    care = store.add_value("Care", today=TODAY)
    return care.id


HANG_UPS = [
    ("today", ["words when the line dropped"]),
    ("add value", ["f3", "a", "Hope"]),
    ("edit value", ["f3", "enter", "tab", "tab", "tab", "call mum on sunday"]),
    ("own idea", ["ctrl+o", "leave a flower at the door"]),
    ("find values", ["f3", "f", "space", "down", "space"]),
    ("calendar day", ["f4", "left", "enter", "yesterday's walk"]),
]


@pytest.mark.parametrize(("name", "keys"), HANG_UPS, ids=[h[0] for h in HANG_UPS])
def test_a_hang_up_with_words_typed_keeps_them(tmp_path: Path, name: str, keys: list[str]) -> None:
    journal = tmp_path / "data" / "kindness.json"
    care = seeded(journal)
    with PtyApp([], env_for(journal), size=(100, 32)) as app:
        ready(app)
        for key in keys:
            app.send(PtyApp.KEYS.get(key, key.encode()))
            app.quiet(0.15)
        app.quiet(0.5)
        os.kill(app.pid, signal.SIGHUP)
        assert app.wait_exit(timeout=20) == 128 + signal.SIGHUP
    store = Store(journal)
    if name == "today":
        assert new_thing(journal) == "words when the line dropped"
    elif name == "add value":
        assert [v.name for v in store.values()] == ["Care", "Hope"]
    elif name == "edit value":
        rating = store.current_assessment().rating(care)  # type: ignore[union-attr]
        assert rating is not None and rating.steps == "call mum on sunday"
    elif name == "own idea":
        assert [i.text for i in store.ideas()] == ["leave a flower at the door"]
    elif name == "find values":
        assert len(store.values()) == 3
    else:
        assert new_thing(journal, TODAY - dt.timedelta(days=1)) == "yesterday's walk"
    assert not list(folder_for(journal).glob("*.json")), "the draft stayed after the save"


def test_a_crash_exits_non_zero_and_the_next_start_brings_the_words_back(tmp_path: Path) -> None:
    journal = tmp_path / "data" / "kindness.json"
    seeded(journal)
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(
        textwrap.dedent(
            """
            from kindness_tui.screens import today
            def broken(self):
                raise RuntimeError("an injected failure")
            today.DayFormScreen.action_another_idea = broken
            """
        ),
        encoding="utf-8",
    )
    with PtyApp([], env_for(journal, PYTHONPATH=str(hook)), size=(100, 32)) as app:
        ready(app)
        app.send("before the crash")
        app.quiet(0.2)
        app.send(PtyApp.KEYS["ctrl+r"])
        assert app.wait_exit(timeout=20) == 1
    assert new_thing(journal) == ""
    comes_back(journal, "before the crash")
