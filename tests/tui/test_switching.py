"""Going from screen to screen styles each new screen once and never reads the app's CSS
again: Textual parses every rule of the app anew (and restyles every screen) whenever
it takes a screen for one styled under another theme."""

from __future__ import annotations

import pytest
from textual.app import App
from textual.css.stylesheet import Stylesheet

from kindness_tui.screens.calendar import CalendarScreen
from kindness_tui.screens.today import TodayScreen
from kindness_tui.screens.values import ValuesScreen
from tests.tui.helpers import open_screen, settled, wait_for

SIZE = (100, 32)


@pytest.fixture
def reparses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each time the app's CSS is parsed anew or refreshed whole, by whom."""
    seen: list[str] = []
    reparse, refresh_css = Stylesheet.reparse, App.refresh_css

    def counted_reparse(self: Stylesheet) -> None:
        seen.append("reparse")
        reparse(self)

    def counted_refresh(self: App[object], animate: bool = True) -> None:
        seen.append("refresh_css")
        refresh_css(self, animate)

    monkeypatch.setattr(Stylesheet, "reparse", counted_reparse)
    monkeypatch.setattr(App, "refresh_css", counted_refresh)
    return seen


async def test_screens_are_styled_once_going_back_and_forth(app, reparses: list[str]) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await open_screen(pilot, "f3", ValuesScreen)
        await open_screen(pilot, "f2", TodayScreen)
        await open_screen(pilot, "f4", CalendarScreen)
        await open_screen(pilot, "f2", TodayScreen)
        await open_screen(pilot, "f3", ValuesScreen)
        assert reparses == []


async def test_a_new_theme_still_restyles_every_screen(app, reparses: list[str]) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        today = app.screen
        await open_screen(pilot, "f3", ValuesScreen)
        before = today.styles.background
        app.theme = "textual-light" if app.current_theme.dark else "textual-dark"
        await wait_for(pilot, lambda: reparses, "the CSS read again for the new theme")
        await open_screen(pilot, "f2", TodayScreen)
        assert app.screen is today
        assert today.styles.background != before
