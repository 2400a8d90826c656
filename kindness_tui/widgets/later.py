"""A placeholder that builds its widget only after the screen's first frame."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from textual.content import Content
from textual.dom import NoScreen
from textual.widget import Widget

FIRST_FRAME_WAIT = 0.05
"""Seconds between the first layout and building: enough for that frame to be written."""


class Later(Widget):
    """Like Textual's `Lazy`, but the widget itself is built after the first frame too.

    Building a `TextArea` or a `Select` costs as much as mounting it; deferring both is
    what lets Today paint at once. Code that looks for the built widget must allow for it
    not being there yet (for a frame or two).
    """

    DEFAULT_CSS = """
    Later {
        width: 1fr;
        height: 0;
    }
    """

    waiting: weakref.WeakSet[Later] = weakref.WeakSet()
    """Every Later not built yet (the app takes keys once its screen has none)."""

    def __init__(
        self,
        build: Callable[[], Widget],
        *,
        classes: str | None = None,
        preview: str = "",
        then: Callable[[], object] | None = None,
    ) -> None:
        # Give it the built widget's classes (or a class with its size) so it keeps that
        # widget's room in the first frame: nothing below moves when the widget arrives.
        super().__init__(classes=classes)
        self._build = build
        Later.waiting.add(self)
        self._building = False
        self._preview = preview
        self._then = then
        """Called once the widget is mounted, before keys are let through (the focus is
        placed there: a key taken between the two would find it nowhere)."""

    def render(self) -> Content:
        # What the widget will show (plain text, never markup), or blank room until it arrives.
        return Content(self._preview)

    def on_show(self) -> None:
        # Show arrives once the first layout has placed this widget; the frame itself is
        # written a little later (after the mount's batch ends), so give it a moment.
        if self._building:
            return
        self._building = True
        self.set_timer(FIRST_FRAME_WAIT, self._replace)

    async def _replace(self) -> None:
        parent = self.parent
        if not isinstance(parent, Widget) or not self.is_attached:
            return
        # In one update: a frame with both the placeholder and the widget would jump a row.
        with self.app.batch_update():
            await parent.mount(self._build(), after=self)
            await self.remove()
        if self._then is not None:
            self._then()
        Later.waiting.discard(self)

    def on_unmount(self) -> None:
        Later.waiting.discard(self)

    @classmethod
    def pending_on(cls, screen: Widget) -> bool:
        """Whether `screen` still has a Later to build (one not mounted yet counts too: it is
        on its way onto the screen being built)."""
        for later in list(cls.waiting):
            if not later.is_attached:
                return True
            try:
                if later.screen is screen:
                    return True
            except NoScreen:
                continue
        return False
