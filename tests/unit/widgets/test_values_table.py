"""`ValuesTable`: draws the cells it is given, keeps the selected row in view under its
header, and says which row was clicked."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult

from kindness_tui.widgets.values_table import Column, ValuesTable
from tests.tui.helpers import wait_for

COLUMNS = [Column(Text("Value"), 12), Column(Text(" now", justify="right"), 4)]
NAMES = ["Care", "Family 家族", "Courage", "Nature", "Play", "Rest"]


def rows(names: list[str]) -> list[list[Text]]:
    return [[Text(name), Text(f"{index:>4}")] for index, name in enumerate(names, 1)]


class OneTable(App[None]):
    CSS = "ValuesTable { max-height: 4; }"

    def __init__(self) -> None:
        super().__init__()
        self.clicked: list[int] = []

    def compose(self) -> ComposeResult:
        yield ValuesTable()

    def on_values_table_clicked(self, event: ValuesTable.Clicked) -> None:
        self.clicked.append(event.index)


def lines(table: ValuesTable) -> list[str]:
    return [table.render_line(y).text for y in range(table.size.height)]


async def test_it_shows_the_cells_as_given_with_the_header_kept_on_top() -> None:
    app = OneTable()
    async with app.run_test(size=(20, 8)) as pilot:
        table = app.query_one(ValuesTable)
        table.show(COLUMNS, rows(NAMES[:2]), cursor=0)
        await pilot.pause()
        assert table.headers == ["Value", "now"]
        assert table.column_widths == [12, 4]
        assert table.rows == [["Care", "   1"], ["Family 家族", "   2"]]
        assert table.size.height == 3  # as tall as its rows
        assert [line.rstrip() for line in lines(table)] == [
            "Value        now",
            "Care           1",
            "Family 家族    2",  # the wide name counted in cells: eleven of its twelve
        ]

        table.show(COLUMNS, rows(NAMES), cursor=5)  # more rows than the four lines hold
        await wait_for(pilot, lambda: table.scroll_y == table.max_scroll_y > 0, "scrolled")
        assert table.cursor == 5
        shown = lines(table)
        assert shown[0].startswith("Value") and shown[-1].startswith("Rest")


async def test_a_click_on_a_row_says_which_and_the_header_says_nothing() -> None:
    app = OneTable()
    async with app.run_test(size=(20, 8)) as pilot:
        table = app.query_one(ValuesTable)
        table.show(COLUMNS, rows(NAMES[:3]), cursor=0)
        await pilot.pause()
        await pilot.click(ValuesTable, offset=(1, 2))
        await pilot.click(ValuesTable, offset=(1, 0))
        await pilot.pause()
        assert app.clicked == [1]
        assert table.cursor == 0  # the table moves its cursor only when told
