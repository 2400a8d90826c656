"""The Values screen with hard names (wide, emoji, accents typed apart) and full details, at
80×24: every line as wide as the terminal, names given the room there is, every row and
every word of the details reachable by keyboard, and a command for every action."""

from __future__ import annotations

import unicodedata
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.pilot import Pilot
from textual.widgets import Static

from kindness_tui.app import make_app
from kindness_tui.context import make_context
from kindness_tui.data.store import Store
from kindness_tui.screens.values import ValuesScreen
from kindness_tui.screens.values_choices import ConfirmArchive
from kindness_tui.screens.values_parts import ValueDetails
from kindness_tui.widgets.values_table import ValuesTable
from kindness_tui.widgets.wheel import ValueWheel
from tests.conftest import TEST_ENV
from tests.tui.helpers import open_values, run_command, settled, wait_for
from tests.tui.wide_values import CREME_APART, LAST_WORDS, WIDE_NAMES, seed_wide

SIZES = [(80, 24), (120, 40)]


def screen_lines(pilot: Pilot) -> list[str]:
    """What the terminal is sent for each line of the screen, as text."""
    strips = pilot.app.screen._compositor.render_strips()
    return ["".join(segment.text for segment in strip) for strip in strips]


def wide_journal(tmp_path: Path, count: int = 15) -> Path:
    """A journal of wide, emoji and accented names (the first `count`)."""
    journal = tmp_path / "kindness.json"
    seed_wide(journal, count)
    return journal


@asynccontextmanager
async def values_open(
    journal: Path, size: tuple[int, int] = (80, 24), env: dict[str, str] = TEST_ENV
) -> AsyncIterator[tuple[Pilot, ValuesScreen]]:
    """The app over `journal`, run at `size`, with the Values screen open."""
    app = make_app(make_context(journal, env))
    async with app.run_test(size=size) as pilot:
        yield pilot, await open_values(pilot)


def table_names(screen: ValuesScreen) -> list[str]:
    return [row[0] for row in screen.query_one(ValuesTable).rows]


# ---------------------------------------------------------------- widths in cells


@pytest.mark.parametrize("ascii_only", [False, True], ids=["unicode", "ascii"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_every_line_is_exactly_as_wide_as_the_terminal(
    tmp_path: Path, size: tuple[int, int], ascii_only: bool
) -> None:
    """A wide character counted as one cell pushes the rest of its line right (the table's
    gap column off screen); an accent counted as one leaves a stray letter behind."""
    journal = tmp_path / "kindness.json"
    seed_wide(journal)
    env = {**TEST_ENV, "KINDNESS_ASCII": "1"} if ascii_only else TEST_ENV
    async with values_open(journal, size, env) as (pilot, screen):
        for selected in range(3):  # the wide, the emoji and the accented name selected
            lines = screen_lines(pilot)
            for y, line in enumerate(lines):
                assert cell_len(line) == size[0], f"line {y}: {line!r}"
                if ascii_only:
                    assert line.isascii(), f"line {y}: {line!r}"
            await pilot.press("right")
            await settled(pilot)
            assert screen.selected_index == selected + 1


async def test_the_wheel_draws_each_character_in_the_cells_it_takes(tmp_path: Path) -> None:
    async with values_open(wide_journal(tmp_path, 3), (120, 40)) as (pilot, screen):
        wheel = screen.query_one(ValueWheel)
        drawn = []
        for y in range(wheel.size.height):
            strip = wheel.render_line(y)
            text = "".join(segment.text for segment in strip)
            assert cell_len(text) == wheel.size.width, f"line {y}: {text!r}"
            drawn.append(text)
        page = "\n".join(drawn)
        assert "Family 家族" in page and "Growth 🌱" in page
        assert "Crème" in unicodedata.normalize("NFC", page)


# ---------------------------------------------------------------- names get the room there is


async def test_two_values_show_their_whole_names_at_80_columns(tmp_path: Path) -> None:
    async with values_open(wide_journal(tmp_path, 2)) as (pilot, screen):
        assert table_names(screen) == ["Family 家族", "Growth 🌱"]


async def test_fifteen_values_compared_at_80x24_all_show_with_whole_headers(
    tmp_path: Path,
) -> None:
    async with values_open(wide_journal(tmp_path)) as (pilot, screen):
        await pilot.press("p")
        await settled(pilot)
        await pilot.press("enter")  # compare with 1 October
        await settled(pilot)
        assert "comparing with" in str(screen.query_one("#values-status", Static).content)
        table = screen.query_one(ValuesTable)
        assert len(table.rows) == 15
        assert table.max_scroll_y == 0 and table.max_scroll_x == 0  # nothing hidden
        assert table.headers == ["Value", "now", "want", "gap", "lived", "change"]
        screen_text = "\n".join(screen_lines(pilot))
        assert "now want gap lived  change" in screen_text
        names = table_names(screen)
        name_width = table.column_widths[0]
        assert name_width >= 14  # the room there is beside five numbers, not 7 or 8 cells
        for name, shown in zip(WIDE_NAMES, names, strict=True):
            assert cell_len(shown) <= name_width
            if shown != unicodedata.normalize("NFC", name):
                assert shown.endswith("…"), shown  # cut, and it says so
                assert unicodedata.normalize("NFC", name).startswith(shown[:-1].rstrip())
        assert "Family 家族" in names and "Growth 🌱" in names


async def test_a_name_typed_with_separate_accents_is_cut_between_letters(
    tmp_path: Path,
) -> None:
    async with values_open(wide_journal(tmp_path)) as (pilot, screen):
        creme = table_names(screen)[2]
        assert creme.endswith("…")
        kept = creme[:-1]
        full = unicodedata.normalize("NFC", CREME_APART)
        assert full.startswith(kept)
        assert full[len(kept)] not in "\u0300\u0301\u0302"


# ---------------------------------------------------------------- every row, every word


async def test_the_last_row_is_reachable_on_a_short_terminal(tmp_path: Path) -> None:
    async with values_open(wide_journal(tmp_path), (80, 18)) as (pilot, screen):
        table = screen.query_one(ValuesTable)
        assert table.max_scroll_y > 0  # not every row fits here
        await pilot.press("left")  # round to the last value
        await settled(pilot)
        assert screen.selected_index == 14
        await wait_for(
            pilot,
            lambda: "Courage" in "\n".join(screen_lines(pilot)),
            "the last row scrolled into view",
        )


async def test_the_details_are_read_whole_at_80x24_by_keyboard(tmp_path: Path) -> None:
    async with values_open(wide_journal(tmp_path)) as (pilot, screen):
        pane = screen.query_one(ValueDetails)
        table = screen.query_one(ValuesTable)
        assert LAST_WORDS not in "\n".join(screen_lines(pilot))  # more than fits beside the rows
        assert pane.max_scroll_y > 0
        assert "read it all" in str(pane.border_title)
        await pilot.press("d")
        await settled(pilot)
        assert pane.has_focus and not table.display  # the table steps aside
        while LAST_WORDS not in "\n".join(screen_lines(pilot)):
            before = pane.scroll_y
            await pilot.press("down")
            await settled(pilot)
            assert pane.scroll_y > before, "the details stopped scrolling before their end"
        assert screen.selected_index == 0  # down read on; it did not pick another value
        await pilot.press("right")  # picks the next value, still reading
        await settled(pilot)
        assert screen.selected_index == 1 and pane.has_focus
        assert "Growth 🌱" in str(screen.query_one("#values-details", Static).content)
        await pilot.press("escape")
        await settled(pilot)
        assert not pane.has_focus and table.display
        await pilot.press("down")  # the arrows pick values again
        await settled(pilot)
        assert screen.selected_index == 2


async def test_d_goes_in_and_out_of_the_details_and_letters_keep_working(
    tmp_path: Path,
) -> None:
    journal = tmp_path / "kindness.json"
    store = seed_wide(journal, 3)
    value_id = store.values()[0].id
    async with values_open(journal) as (pilot, screen):
        pane = screen.query_one(ValueDetails)
        await pilot.press("d", "plus")
        await settled(pilot)
        assert pane.has_focus
        current = Store(journal).current_assessment()
        assert current is not None and current.rating(value_id).now == 7  # type: ignore[union-attr]
        await pilot.press("d")
        await settled(pilot)
        assert not pane.has_focus


# ---------------------------------------------------------------- the palette


async def test_the_palette_has_a_command_for_every_action(tmp_path: Path) -> None:
    async with values_open(wide_journal(tmp_path, 2)) as (pilot, screen):
        titles = {c.title for c in pilot.app.get_system_commands(screen)}
        for title in (
            "Add a value",
            "Edit the value",
            "Archive the value",
            "Raise now",
            "Lower now",
            "Raise want",
            "Lower want",
            "New assessment",
            "Compare assessments",
            "Find your values",
            "Who I am card",
            "Read the details",
        ):
            assert title in titles, title


@pytest.mark.parametrize(
    ("command", "now", "want"),
    [("Raise now", 7, 7), ("Lower now", 5, 7), ("Raise want", 6, 8), ("Lower want", 6, 6)],
)
async def test_rating_commands_change_the_selected_value(
    tmp_path: Path, command: str, now: int, want: int
) -> None:
    journal = tmp_path / "kindness.json"
    store = seed_wide(journal, 2)
    value_id = store.values()[0].id
    store.rate(value_id, want=7)
    async with values_open(journal) as (pilot, screen):
        await run_command(pilot, command)
        current = Store(journal).current_assessment()
        rating = current.rating(value_id) if current else None
        assert rating is not None and (rating.now, rating.want) == (now, want)


async def test_archive_from_the_palette_asks_first(tmp_path: Path) -> None:
    async with values_open(wide_journal(tmp_path, 2)) as (pilot, screen):
        await run_command(pilot, "Archive the value")
        assert isinstance(pilot.app.screen, ConfirmArchive)
