"""The key bar at the bottom of each screen: the keys of the moment, whole, and clickable."""

from __future__ import annotations

from kindness_tui.app import make_app
from kindness_tui.context import Context
from kindness_tui.widgets.key_bar import KeyBar
from tests.tui.helpers import settled


def shown(app) -> str:
    bar = app.screen.query_one(KeyBar)
    return str(bar.render())


async def test_today_shows_its_keys_and_they_follow_the_focus(context: Context) -> None:
    app = make_app(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        text = shown(app)
        for key in ("^sSave", "^rAnother idea", "^tDone", "^qQuit"):
            assert key in text
        await pilot.press("f3")
        await pilot.pause()
        assert "aAdd" in shown(app) and "^sSave" not in shown(app)


async def test_keys_are_whole_and_the_palette_stays_on_the_right(context: Context) -> None:
    app = make_app(context)
    async with app.run_test(size=(60, 20)) as pilot:
        await settled(pilot)
        await pilot.press("f3")
        await pilot.pause()
        text = shown(app).rstrip()
        assert text.endswith("^ppalette")
        keys = text.rsplit("▏", 1)[0].split()
        assert keys and all(word in "←→Pick +-Now <>Want aAdd ⏎Edit nNew xArchive" for word in keys)


async def test_a_click_on_a_key_runs_it(context: Context) -> None:
    app = make_app(context)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        start = shown(app).index("^qQuit")  # where a person sees it
        await pilot.click(KeyBar, offset=(start + 2, 0))
        await pilot.pause()
    assert app.return_code == 0
