"""The keys of the moment on one line, drawn by one widget.

It shows what Textual's compact Footer shows (each shown binding of the focused place once
per action, the command palette's key on the right where asked), but as a single widget
that redraws its line when the bindings change. Textual's Footer builds a widget per key
and rebuilds them all on every focus change: about 1 MB more at start, and a remount on
every Tab.
"""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import ActiveBinding
from textual.screen import Screen
from textual.widget import Widget


class KeyBar(Widget):
    """`^s Save  ^r Another idea  …` at the bottom of a screen; a click runs the key's action."""

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
    }
    KeyBar > .key-bar--key {
        color: $text;  /* calm in 16 colours, where $accent turns red */
        text-style: bold;
    }
    KeyBar > .key-bar--description {
        color: $footer-description-foreground;
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-bar--key", "key-bar--description"}

    def __init__(
        self, *, palette: bool = False, ascii_only: bool = False, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.palette = palette
        self.ascii_only = ascii_only
        """Draw with ASCII only (the separator before the palette's key)."""
        """Whether to show the command palette's key on the right."""
        self._keys: list[ActiveBinding] = []
        self._spans: list[tuple[int, int, ActiveBinding]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        seen: set[str] = set()
        keys: list[ActiveBinding] = []
        for active in screen.active_bindings.values():
            binding = active.binding
            if binding.show and binding.action not in seen:
                seen.add(binding.action)
                keys.append(active)
        if keys != self._keys:
            self._keys = keys
            self.refresh()

    def _palette_key(self) -> ActiveBinding | None:
        if not (self.palette and self.app.ENABLE_COMMAND_PALETTE):
            return None
        return self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-bar--key")
        about_style = self.get_component_rich_style("key-bar--description")
        width = self.size.width
        palette = self._palette_key()
        tail = Text(no_wrap=True)
        if palette is not None:
            tail.append("|" if self.ascii_only else "▏", about_style)
            self._append(tail, palette, key_style, about_style)
        room = width - tail.cell_len - (1 if tail else 0)
        line = Text(no_wrap=True, overflow="crop")
        spans: list[tuple[int, int, ActiveBinding]] = []
        for active in self._keys:
            item = Text(no_wrap=True)
            self._append(item, active, key_style, about_style)
            gap = 2 if line else 0
            if line.cell_len + gap + item.cell_len > room:
                break  # whole keys only: a key cut in half helps nobody
            line.append(" " * gap)
            spans.append((line.cell_len, line.cell_len + item.cell_len, active))
            line.append_text(item)
        if palette is not None and width >= tail.cell_len:
            line.append(" " * max(0, width - line.cell_len - tail.cell_len))
            spans.append((line.cell_len + 1, line.cell_len + tail.cell_len, palette))
            line.append_text(tail)
        self._spans = spans
        return line

    def _append(self, line: Text, active: ActiveBinding, key: Style, about: Style) -> None:
        # As Textual's compact footer: the key in bold, its description right after it.
        start = len(line)
        line.append(self.app.get_key_display(active.binding), key)
        line.append(active.binding.description, about)
        if not active.enabled:
            line.stylize("dim", start)

    async def on_click(self, event: events.Click) -> None:
        for start, end, active in self._spans:
            if start <= event.x < end and active.enabled:
                event.stop()
                await self.app.run_action(active.binding.action, active.node)
                return
