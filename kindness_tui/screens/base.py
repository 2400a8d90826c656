"""What every main screen shares: access to the journal and a hook for outside changes."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from textual.app import SystemCommand
from textual.screen import Screen

if TYPE_CHECKING:
    from kindness_tui.app import KindnessApp
    from kindness_tui.core.logical_day import Clock
    from kindness_tui.data.store import Store


def styles_dir() -> Path:
    """The packaged styles in a wheel; the repo's `styles/` in a checkout (live reload)."""
    packaged = Path(__file__).parent.parent / "styles"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent.parent / "styles"


def style(name: str) -> Path:
    """One of the app's style files. The app reads its own and Today's at start; Values,
    Calendar and Help name theirs, which are read on first visit."""
    return styles_dir() / name


class KindnessScreen(Screen[None]):
    """A main screen (Today, Values, Calendar) that shows the journal."""

    @property
    def kindness(self) -> KindnessApp:
        from kindness_tui.app import KindnessApp

        return cast(KindnessApp, self.app)

    @property
    def store(self) -> Store:
        return self.kindness.context.store

    @property
    def clock(self) -> Clock:
        return self.kindness.context.clock

    @property
    def ascii_only(self) -> bool:
        return self.kindness.context.ascii_only

    def journal_changed(self) -> None:
        """Show what another process changed in the journal (called by the app)."""

    def save_now(self) -> bool:
        """Save anything typed but not yet saved; True if something was written."""
        return False

    def palette_commands(self) -> Iterable[SystemCommand]:
        """This screen's own commands for the command palette (ctrl+p)."""
        return ()
