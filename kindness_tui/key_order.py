"""Keys in the order they arrive, at any speed (SPEC §4.3, "Nothing typed is lost").

Textual resolves a key in two passes: priority bindings at once, when the key
arrives, and everything else later, when the key has travelled through the
focused widget's queue and back (`../shared/notes/key-order.md`). When keys
arrive together (a paste, a laggy SSH link, tmux send-keys) those passes
interleave: a priority key overtakes the letters before it, a key is resolved
against a screen that an earlier key has since closed, a list toggles an item
its cursor has already left.

`KeyOrder` gives the app what a person typing slowly gets: the app takes the
next key (or bracketed paste) only once the previous one has been handled
completely (every widget of the screen has finished the messages it caused)
and the screen has built what it builds just after its first frame. Each key
is then resolved by Textual as usual, against the bindings and the focus as
they stand, so no binding needs to be a priority one to keep its place.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable

from textual import events
from textual.app import App
from textual.dom import DOMNode

SETTLE_LIMIT = 4.0
"""Seconds at most that one key may take before the next is let through anyway, so a
widget that never finishes cannot freeze the keyboard. Longer than the app's wait for a
busy journal (app.LOCK_WAIT), so a dialog that saves keeps the keys typed behind it."""


ECHO_FIRST = 1 / 60
"""Seconds a key handled at once is given to reach the screen (about one frame) before
the app makes sure it has settled; only a key that arrives meanwhile waits for this."""


class KeyOrder:
    """Hands the app its keys one at a time (see the module's docstring)."""

    def __init__(
        self,
        app: App[object],
        ready: Callable[[], bool],
        *,
        settle_limit: float = SETTLE_LIMIT,
    ) -> None:
        self.app = app
        self.ready = ready
        """Whether the screen is built enough to take keys (its deferred parts are there)."""
        self.settle_limit = settle_limit
        self._waiting: deque[events.Key | events.Paste] = deque()
        self._released: set[int] = set()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._busy = False
        self._settle_first = False
        """A key was handled at once (see take) and must settle before the next."""

    @property
    def idle(self) -> bool:
        """No key is waiting or being handled."""
        return not self._waiting and not self._busy

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="key order")

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def take(self, event: events.Key | events.Paste) -> bool:
        """True when the app should handle `event` now; else it waits for its turn.

        With nothing before it, a key is handled at once (no detour, so an echo is as
        quick as Textual's own) and the next one waits until it has settled.
        """
        if id(event) in self._released:
            self._released.discard(id(event))
            return True
        if not self._waiting and not self._busy and self.ready():
            self._busy = True
            self._settle_first = True
            self._wake.set()
            return True
        self._waiting.append(event)
        self._wake.set()
        return False

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await self._wake.wait()
            self._wake.clear()
            if self._settle_first:
                try:
                    # Let the key's echo reach the screen first: settling asks every widget
                    # of the screen, and would otherwise queue ahead of the paint.
                    await asyncio.sleep(ECHO_FIRST)
                    await self._settled(loop.time() + self.settle_limit)
                finally:
                    self._settle_first = False
                    self._busy = False
            while self._waiting:
                self._busy = True
                try:
                    deadline = loop.time() + self.settle_limit
                    while not self.ready() and loop.time() < deadline:
                        await asyncio.sleep(0.01)
                    event = self._waiting.popleft()
                    self._released.add(id(event))
                    if not self.app.post_message(event):
                        self._released.discard(id(event))
                        continue
                    await self._settled(loop.time() + self.settle_limit)
                finally:
                    self._busy = False

    async def _settled(self, deadline: float) -> None:
        """Wait until the app and the screen's widgets have handled what the key caused.

        Textual's message queues do not say when a handler has returned, so this
        asks: a callback queued behind a widget's messages runs once the widget
        has handled them all (Pilot waits for a screen the same way). Asked of the
        app, the screen, the focused widget and its parents, and every widget with
        messages waiting, round after round, until two rounds in a row find none waiting.
        The screen is looked at afresh each round, as the key may have changed it.
        """
        loop = asyncio.get_running_loop()
        quiet = 0
        while quiet < 2 and loop.time() < deadline:
            # Two quiet rounds: a handler still awaiting at the end of one (a dialog saving
            # before it closes) answers the next one only once it has returned.
            quiet = 0 if await self._round(deadline) else quiet + 1

    async def _round(self, deadline: float) -> bool:
        """One round of asking (see `_settled`); False when nothing was waiting after it."""
        app = self.app
        try:
            screen = app.screen
        except Exception:  # no screen yet, or the app is closing
            return False
        # Every screen of the stack: a dialog's result is handled by the screen beneath it.
        nodes: list[DOMNode] = [app, *app.screen_stack]
        focused = screen.focused
        if focused is not None:
            nodes += [focused, *(n for n in focused.ancestors if n is not screen and n is not app)]
        nodes += [n for n in screen.walk_children() if not n._message_queue.empty()]
        waiting: set[DOMNode] = set()
        done = asyncio.Event()
        for node in dict.fromkeys(nodes):
            waiting.add(node)
            if not node.post_message(events.Callback(callback=_Answer(node, waiting, done))):
                waiting.discard(node)
        loop = asyncio.get_running_loop()
        while waiting:
            left = deadline - loop.time()
            if left <= 0:
                return False
            try:
                await asyncio.wait_for(done.wait(), timeout=min(left, 0.05))
            except TimeoutError:
                # A widget removed meanwhile never answers: stop asking it.
                for node in list(waiting):
                    if node._closing or node._closed or not node.is_attached:
                        waiting.discard(node)
        try:
            screen = app.screen
            stack = app.screen_stack
        except Exception:
            return False
        return any(
            not node._message_queue.empty() or node._next_callbacks
            for node in (app, *stack, *screen.walk_children())
        )


class _Answer:
    """A widget has handled everything queued before this (see KeyOrder._round).

    A callable object rather than a partial: Textual counts a callback's parameters
    with `inspect.signature` unless it says how many it takes (`_param_count`).
    """

    _param_count = 0

    def __init__(self, node: DOMNode, waiting: set[DOMNode], done: asyncio.Event) -> None:
        self.node = node
        self.waiting = waiting
        self.done = done

    def __call__(self) -> None:
        self.waiting.discard(self.node)
        if not self.waiting:
            self.done.set()
