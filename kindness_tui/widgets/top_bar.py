"""The one-line bar at the top of each main screen: where you are, and the F-keys to move."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

PLACES = (("F2", "Today", "today"), ("F3", "Values", "values"), ("F4", "Calendar", "calendar"))


class TopBar(Widget):
    """A title on the left; F1–F4 on the right with the current place marked."""

    DEFAULT_CSS = """
    TopBar {
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $text;
    }
    TopBar > .top-bar--here {
        text-style: bold reverse;
    }
    TopBar > .top-bar--key {
        color: $text-muted;
    }
    """
    COMPONENT_CLASSES = {"top-bar--here", "top-bar--key"}

    title: reactive[str] = reactive("")
    """What this screen shows (already safe to display: no control characters)."""

    def __init__(self, title: str = "", *, here: str = "today", id: str | None = None) -> None:
        super().__init__(id=id)
        self.here = here
        self.set_reactive(TopBar.title, title)

    def render(self) -> Text:
        here_style = self.get_component_rich_style("top-bar--here")
        key_style = self.get_component_rich_style("top-bar--key")
        nav = Text()
        for key, label, mode in PLACES:
            nav.append(f" {key} ", key_style)
            if mode == self.here:
                nav.append(f"[{label}]", here_style)
            else:
                nav.append(f" {label} ")
        nav.append(" F1 ", key_style)
        nav.append("Help")
        width = self.content_size.width
        title = Text(self.title, style="bold")
        room = width - nav.cell_len - 1
        if room < 12:
            return title
        title.truncate(room, overflow="ellipsis")
        title.pad_right(room - title.cell_len + 1)
        return title + nav
