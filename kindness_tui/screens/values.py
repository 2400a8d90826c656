"""The Values screen: the value wheel, its table, and the selected value's details."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Static

from kindness_tui.core.logical_day import date_in_words
from kindness_tui.core.models import (
    NOW_RANGE,
    WANT_RANGE,
    Assessment,
)
from kindness_tui.core.values_lived import LIVED_DAYS, lived_counts
from kindness_tui.screens.base import KindnessScreen
from kindness_tui.screens.style_files import style
from kindness_tui.screens.values_actions import OpensValueDialogs
from kindness_tui.screens.values_parts import (
    SIDE_MAX,
    SIDE_MIN,
    VALUES_COMMANDS,
    WHEEL_MIN,
    ValueDetails,
    ValuesSide,
)
from kindness_tui.screens.values_view import (
    EMPTY_TEXT,
    FLOOR_WORD,
    NOW_CEILING_WORD,
    WANT_CEILING_WORD,
    Row,
    details_text,
    names_cells,
    numbers_cells,
    read_wheel,
    status_text,
    table_cells,
    wheel_slices,
)
from kindness_tui.widgets.key_bar import KeyBar
from kindness_tui.widgets.top_bar import TopBar
from kindness_tui.widgets.values_table import ValuesTable
from kindness_tui.widgets.wheel import ValueWheel

if TYPE_CHECKING:
    from kindness_tui.context import Context


class ValuesScreen(OpensValueDialogs, KindnessScreen):
    """The value wheel: rate, add, edit, archive, compare and find values."""

    CSS_PATH = style("values.tcss")
    AUTO_FOCUS = ""
    """Nothing has the focus at first: the screen's keys pick and rate; `d` reads the details."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left,up", "select(-1)", "Pick", key_display="←→"),
        Binding("right,down", "select(1)", "Pick", show=False),
        Binding("plus,equals_sign", "now(1)", "Now", key_display="+-"),
        Binding("minus", "now(-1)", "Now -", show=False),
        Binding("greater_than_sign,full_stop", "want(1)", "Want", key_display="<>"),
        Binding("less_than_sign,comma", "want(-1)", "Want <", show=False),
        Binding("a", "add", "Add"),
        Binding("enter", "edit", "Edit", key_display="⏎"),
        Binding("n", "new_assessment", "New"),
        Binding("x", "archive", "Archive"),
        Binding("p", "compare", "Compare"),
        Binding("f", "find", "Find"),
        Binding("w", "card", "Card", show=False),
        Binding("d", "details", "Details"),
    ]
    KEYS_HELP: ClassVar[tuple[tuple[str, str], ...]] = (
        ("left/right, up/down", "pick a value"),
        ("+ / -", "raise or lower now (1-10)"),
        ("> / <", "raise or lower want (1-9)"),
        ("a", "add a value"),
        ("enter", "edit the value: name, meaning, area, steps, challenges"),
        ("n", "start a new assessment, dated today: what worked, what got in the way"),
        ("x", "archive the value (kept in history)"),
        ("p", "compare with an earlier assessment"),
        ("f", "find your values"),
        ("w", "the Who I am card"),
        ("d or tab", "read all of the value's details (up/down scroll, d or escape: back)"),
    )
    """Every key of this screen, for the help screen."""

    def __init__(self, context: Context) -> None:
        super().__init__(context)
        self._rows: list[Row] = []
        self._selected_id: str | None = None
        self._compare_id: str | None = None
        """The assessment chosen to compare with; None means the one before the current."""
        self._current: Assessment | None = None
        self._before: Assessment | None = None
        self._history: dict[str, list[int]] = {}
        self._table_width = -1
        """The screen's width the table was last filled for."""

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield TopBar("Your value wheel", here="values", id="topbar")
        yield Static(id="values-status", markup=False)
        with Horizontal(id="values-main"):
            yield ValueWheel(ascii_only=self.ascii_only, id="values-wheel")
            with ValuesSide(id="values-side"):
                yield ValuesTable(id="values-table")  # the screen's keys drive its cursor
                with ValueDetails(id="values-details-pane"):
                    yield Static(id="values-details", markup=False)
        yield Static(EMPTY_TEXT, id="values-empty", markup=False)
        yield KeyBar(palette=True, ascii_only=self.ascii_only)

    def on_mount(self) -> None:
        self.set_class(self.ascii_only, "-ascii")
        self.journal_changed()

    def on_resize(self) -> None:
        if self._rows:
            if self.size.width != self._table_width:  # the first layout is no change
                self._draw_table()
            self.call_after_refresh(self._hint_details)

    # ------------------------------------------------------------------ reading

    def show_journal(self) -> None:
        self.reload()

    @property
    def selected(self) -> Row | None:
        for row in self._rows:
            if row.value.id == self._selected_id:
                return row
        return None

    @property
    def selected_index(self) -> int | None:
        for index, row in enumerate(self._rows):
            if row.value.id == self._selected_id:
                return index
        return None

    def reload(self) -> None:
        """Read the journal again and redraw everything."""
        today = self.clock.today()
        recent = self.store.checkins(today - dt.timedelta(days=LIVED_DAYS - 1), today)
        lived = lived_counts(recent, today)
        wheel = read_wheel(self.store.values(), self.store.assessments(), self._compare_id, lived)
        self._rows, self._current, self._before = wheel.rows, wheel.current, wheel.before
        self._compare_id, self._history = wheel.compare_id, wheel.history
        if self.selected is None:
            self._selected_id = self._rows[0].value.id if self._rows else None
        self._redraw()

    # ------------------------------------------------------------------ drawing

    def _redraw(self) -> None:
        has_values = bool(self._rows)
        self.query_one("#values-main").display = has_values
        self.query_one("#values-empty").display = not has_values
        self._draw_status()
        if not has_values:
            return
        comparing = self._compare_id is not None
        self.query_one(ValueWheel).show(wheel_slices(self._rows, comparing), self.selected_index)
        self._draw_table()
        self._draw_details()

    def _draw_status(self) -> None:
        self.query_one("#values-status", Static).update(
            status_text(
                self._current,
                self._before,
                comparing=self._compare_id is not None,
                count=len(self._rows),
                day=self._day,
                ascii_only=self.ascii_only,
            )
        )

    def _day(self, iso: str) -> str:
        day = dt.date.fromisoformat(iso)
        words = date_in_words(day)
        return words if day.year == self.clock.today().year else f"{words} {day.year}"

    def _draw_table(self) -> None:
        """The table, and the side as wide as its names want within what the wheel leaves.

        Widths are terminal cells (a wide character two, an accent none), so the columns
        line up whatever the names are written in.
        """
        comparing = self._before is not None
        numbers = numbers_cells(comparing=comparing, ascii_only=self.ascii_only)
        wanted = names_cells(self._rows, ascii_only=self.ascii_only) + numbers + 1
        width = self._table_width = self.size.width
        low = max(SIDE_MIN, width * 2 // 5)
        high = max(low, min(SIDE_MAX, width - WHEEL_MIN))
        side = max(low, min(wanted, high))
        self.query_one("#values-side").styles.width = side
        columns, cells = table_cells(
            self._rows,
            name_width=side - 1 - numbers,  # the last cell is the table's scrollbar
            comparing=comparing,
            ascii_only=self.ascii_only,
        )
        self.query_one(ValuesTable).show(columns, cells, self.selected_index)

    def _draw_details(self) -> None:
        row = self.selected
        details = self.query_one("#values-details", Static)
        if row is None:
            details.update("")
            return
        history = self._history.get(row.value.id, [])
        since = self._day(self._before.date) if self._compare_id and self._before else None
        details.update(details_text(row, history, ascii_only=self.ascii_only, since=since))
        self.call_after_refresh(self._hint_details)

    def _hint_details(self) -> None:
        """Say on the details' rule how to read the rest, when there is more than shows."""
        pane = self.query_one(ValueDetails)
        if pane.has_focus:
            hint = "up/down read, d back" if self.ascii_only else "↑↓ read · d back"
        elif pane.max_scroll_y > 0:
            hint = "d: read it all" if self.ascii_only else "d read it all ↓"
        else:
            hint = ""
        pane.border_title = hint

    # ------------------------------------------------------------------ actions

    def _need_value(self) -> Row | None:
        row = self.selected
        if row is None:
            self.notify("Your wheel has no values yet: press a to add one, or f to find some.")
        return row

    def action_select(self, step: int) -> None:
        index = self.selected_index
        if index is None or not self._rows:
            return
        self._select((index + step) % len(self._rows))

    @on(ValuesTable.Clicked)
    def _clicked(self, event: ValuesTable.Clicked) -> None:
        """A click on a row picks its value, as the arrows would."""
        if 0 <= event.index < len(self._rows) and event.index != self.selected_index:
            self._select(event.index)

    def _select(self, index: int) -> None:
        self._selected_id = self._rows[index].value.id
        self.query_one(ValueDetails).scroll_home(animate=False)
        self._redraw()

    def action_details(self) -> None:
        """Go into the details to read them whole (the table steps aside), or back out."""
        pane = self.query_one(ValueDetails)
        if pane.has_focus:
            self.set_focus(None)
        elif self._rows:
            pane.focus()

    def on_descendant_focus(self) -> None:
        self._reading_changed()

    def on_descendant_blur(self) -> None:
        self._reading_changed()

    def _reading_changed(self) -> None:
        self.set_class(self.query_one(ValueDetails).has_focus, "-reading")
        self._hint_details()

    async def action_now(self, step: int) -> None:
        await self._step("now", step)

    async def action_want(self, step: int) -> None:
        await self._step("want", step)

    async def _step(self, which: str, step: int) -> None:
        """Raise or lower a rating by one, staying in its range with a kind word at the ends."""
        row = self._need_value()
        if row is None:
            return
        low, high = NOW_RANGE if which == "now" else WANT_RANGE
        target = getattr(row.rating, which) + step
        if target > high:
            self.notify(NOW_CEILING_WORD if which == "now" else WANT_CEILING_WORD)
        elif target < low:
            self.notify(FLOOR_WORD)
        else:
            await self._rate(row, **{which: target})

    async def _rate(self, row: Row, **change: int) -> None:
        if self._current is None and not await self.change(
            self.store.new_assessment, today=self.clock.today()
        ):
            return
        if await self.change(self.store.rate, value_id=row.value.id, **change):
            self.reload()

    # ------------------------------------------------------------------ palette

    def palette_commands(self) -> Iterable[SystemCommand]:
        """A command for each of the screen's actions (SPEC §2.4), its key in brackets."""
        for title, words, action, *args in VALUES_COMMANDS:
            yield SystemCommand(title, words, partial(getattr(self, f"action_{action}"), *args))
