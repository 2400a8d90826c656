"""Where the app's style files are: packaged in a wheel, the repo's `styles/` in a checkout."""

from __future__ import annotations

from pathlib import Path


def styles_dir() -> Path:
    """The packaged styles in a wheel; the repo's `styles/` in a checkout (live reload)."""
    packaged = Path(__file__).parent.parent / "styles"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent.parent / "styles"


def style(name: str) -> Path:
    """One of the app's style files. The app reads its own and Today's at start; Values,
    Calendar and Help name theirs, which are read on first visit."""
    return styles_dir() / name
