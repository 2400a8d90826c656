"""The Values screen: the value wheel, its table, and the selected value's details."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Static

from kindness_tui.core.logical_day import date_in_words
from kindness_tui.core.models import (
    AREA_LABELS,
    MAX_ACTIVE_VALUES,
    NOW_RANGE,
    SUGGESTED_VALUES,
    WANT_RANGE,
    Assessment,
    Rating,
    ValidationError,
    Value,
)
from kindness_tui.core.safe_text import one_line, visible
from kindness_tui.data.errors import JournalError
from kindness_tui.screens.base import KindnessScreen, problem_words, style
from kindness_tui.widgets.key_bar import KeyBar
from kindness_tui.widgets.top_bar import TopBar
from kindness_tui.widgets.wheel import ValueWheel, WheelSlice

WANT_CEILING_WORD = (
    "Want stops at 9: nobody lives a value perfectly, and nobody has to. 9 is plenty."
)
NOW_CEILING_WORD = "Now is at 10, the top of the wheel. Lovely."
FLOOR_WORD = "1 is the lowest it goes, and a fine place to start from."

SPARK = "▁▂▃▄▅▆▇█"

EMPTY_TEXT = (
    "Your wheel is waiting for its first value.\n\n"
    "A value is something you care about, in your own words: how you want to be, "
    "not a goal to reach.\n\n"
    "Press  a  to add one yourself, or  f  to find your values: pick from a list of "
    "common ones, or think of someone who shaped you."
)


@dataclass(frozen=True)
class Row:
    """One value as the screen shows it: its record and its ratings now and before."""

    value: Value
    rating: Rating
    before: Rating | None
    """The same value in the assessment compared with (the previous one unless chosen)."""


def sparkline(numbers: list[int], *, ascii_only: bool = False) -> str:
    """A little line of a value's now ratings over time ("▂▄▆")."""
    if ascii_only:
        return ""
    low, high = NOW_RANGE
    return "".join(SPARK[round((n - low) * (len(SPARK) - 1) / (high - low))] for n in numbers)


class ValuesScreen(KindnessScreen):
    """The value wheel: rate, add, edit, archive, compare and find values."""

    CSS_PATH = style("values.tcss")

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
    ]
    KEYS_HELP: ClassVar[tuple[tuple[str, str], ...]] = (
        ("left/right, up/down", "pick a value"),
        ("+ / -", "raise or lower now (1-10)"),
        ("> / <", "raise or lower want (1-9)"),
        ("a", "add a value"),
        ("enter", "edit the value: name, meaning, area, steps, challenges"),
        ("n", "start a new assessment, dated today"),
        ("x", "archive the value (kept in history)"),
        ("p", "compare with an earlier assessment"),
        ("f", "find your values"),
        ("w", "the Who I am card"),
    )
    """Every key of this screen, for the help screen."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Row] = []
        self._selected_id: str | None = None
        self._compare_id: str | None = None
        """The assessment chosen to compare with; None means the one before the current."""
        self._current: Assessment | None = None
        self._before: Assessment | None = None
        self._history: dict[str, list[int]] = {}

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield TopBar("Your value wheel", here="values", id="topbar")
        yield Static(id="values-status", markup=False)
        with Horizontal(id="values-main"):
            yield ValueWheel(ascii_only=self.ascii_only, id="values-wheel")
            with Vertical(id="values-side"):
                table: DataTable[Text] = DataTable(
                    id="values-table", cursor_type="row", cell_padding=0, zebra_stripes=False
                )
                table.can_focus = False  # the screen's keys drive it; it only shows the cursor
                yield table
                yield Static(id="values-details", markup=False)
        yield Static(EMPTY_TEXT, id="values-empty", markup=False)
        yield KeyBar(palette=True)

    def on_mount(self) -> None:
        self.set_class(self.ascii_only, "-ascii")
        self.reload()

    def on_resize(self) -> None:
        if self._rows:
            self.call_after_refresh(self._draw_table)

    # ------------------------------------------------------------------ reading

    def journal_changed(self) -> None:
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
        store = self.store
        values = store.values()
        assessments = store.assessments()
        self._current = assessments[-1] if assessments else None
        earlier = assessments[:-1]
        chosen = next((a for a in earlier if a.id == self._compare_id), None)
        if chosen is None:
            self._compare_id = None
        self._before = chosen or (earlier[-1] if earlier else None)
        self._history = {}
        for assessment in assessments:
            for rating in assessment.ratings:
                self._history.setdefault(rating.value_id, []).append(rating.now)
        rows = []
        for value in values:
            rating = (self._current.rating(value.id) if self._current else None) or Rating(value.id)
            before = self._before.rating(value.id) if self._before else None
            rows.append(Row(value, rating, before))
        self._rows = rows
        if self.selected is None:
            self._selected_id = rows[0].value.id if rows else None
        self._redraw()

    # ------------------------------------------------------------------ drawing

    def _arrow(self) -> str:
        return "->" if self.ascii_only else "→"

    def _dot(self) -> str:
        return " - " if self.ascii_only else " · "

    def _redraw(self) -> None:
        has_values = bool(self._rows)
        self.query_one("#values-main").display = has_values
        self.query_one("#values-empty").display = not has_values
        self._draw_status()
        if not has_values:
            return
        comparing = self._compare_id is not None
        wheel = self.query_one(ValueWheel)
        wheel.show(
            [
                WheelSlice(
                    name=row.value.name,
                    now=row.rating.now,
                    want=row.rating.want,
                    old_now=row.before.now if comparing and row.before else None,
                )
                for row in self._rows
            ],
            self.selected_index,
        )
        self._draw_table()
        self._draw_details()

    def _draw_status(self) -> None:
        text = Text()
        if self._current is None:
            text.append("No assessment yet: your first value starts one.")
        else:
            text.append("Assessment of ", style="dim")
            text.append(self._day(self._current.date), style="bold")
            if self._before is not None:
                verb = "comparing with " if self._compare_id else "change since "
                text.append(f"{self._dot()}{verb}", style="dim")
                text.append(self._day(self._before.date), style="bold" if self._compare_id else "")
        count = len(self._rows)
        if 0 < count < SUGGESTED_VALUES:
            text.append("\n")
            text.append(
                f"{count} value{'s' if count != 1 else ''} so far. Many people like "
                f"{SUGGESTED_VALUES} to {MAX_ACTIVE_VALUES}; f helps find more, if you like.",
                style="italic",
            )
        self.query_one("#values-status", Static).update(text)

    def _day(self, iso: str) -> str:
        day = dt.date.fromisoformat(iso)
        words = date_in_words(day)
        return words if day.year == self.clock.today().year else f"{words} {day.year}"

    def _draw_table(self) -> None:
        table = self.query_one("#values-table", DataTable)
        table.clear(columns=True)
        width = max(8, table.size.width or 32)
        # The change column only while there is an earlier assessment to compare with, so
        # names get its room at 80 columns ("Friendship", "Spirituality" in full).
        comparing = self._before is not None
        name_width = max(6, width - 14 - (9 if comparing else 0))
        table.add_column("Value", width=name_width, key="name")
        table.add_column(Text(" now", justify="right"), width=4, key="now")
        table.add_column(Text(" want", justify="right"), width=5, key="want")
        table.add_column(Text(" gap", justify="right"), width=4, key="gap")
        if comparing:
            table.add_column(Text(" change", justify="right"), width=9, key="change")
        for row in self._rows:
            name = one_line(row.value.name, ascii_only=self.ascii_only)
            if len(name) > name_width:
                name = name[: name_width - 1] + ("." if self.ascii_only else "…")
            cells = [
                Text(name),
                Text(f"{row.rating.now:>4}"),
                Text(f"{row.rating.want:>5}"),
                Text(f"{row.rating.gap:>4}"),
            ]
            if comparing:
                cells.append(self._change(row))
            table.add_row(*cells, key=row.value.id)
        index = self.selected_index
        if index is not None:
            table.move_cursor(row=index, animate=False)

    def _change(self, row: Row) -> Text:
        if self._before is None:
            return Text("")
        if row.before is None:
            return Text(f"{'new':>9}", style="italic")
        old, new = row.before.now, row.rating.now
        text = f"{old} {self._arrow()} {new}"
        style = "bold" if new != old else "dim"
        return Text(f"{text:>9}", style=style)

    def _draw_details(self) -> None:
        row = self.selected
        details = self.query_one("#values-details", Static)
        if row is None:
            details.update("")
            return
        a = self.ascii_only
        text = Text()
        text.append(one_line(row.value.name, ascii_only=a), style="bold")
        text.append(
            f"\nnow {row.rating.now}{self._dot()}want {row.rating.want}{self._dot()}"
            f"gap {row.rating.gap}",
            style="dim",
        )
        if row.value.area:
            text.append(f"\n{AREA_LABELS.get(row.value.area, row.value.area)}", style="italic")
        if row.value.about:
            text.append("\n")
            text.append(one_line(row.value.about, ascii_only=a))
        for label, body in (("Steps", row.rating.steps), ("Challenges", row.rating.challenges)):
            text.append(f"\n{label}: ", style="bold")
            if body and body.strip():
                text.append(visible(body.strip(), ascii_only=a))
            else:
                text.append("none written yet (enter)", style="dim")
        history = self._history.get(row.value.id, [])
        if len(history) > 1:
            text.append("\nOver time: ", style="bold")
            spark = sparkline(history, ascii_only=a)
            if spark:
                text.append(spark + "  ")
            text.append(f" {self._arrow()} ".join(str(n) for n in history[-6:]))
        details.update(text)

    # ------------------------------------------------------------------ actions

    async def _write(self, action: str, **kwargs: object) -> bool:
        """Do one store change in the journal worker; a problem becomes a gentle notice."""
        try:
            await self.write(getattr(self.store, action), **kwargs)
        except (ValidationError, JournalError) as exc:
            self.notify(problem_words(exc), severity="warning")
            return False
        return True

    def _need_value(self) -> Row | None:
        row = self.selected
        if row is None:
            self.notify("Your wheel has no values yet: press a to add one, or f to find some.")
        return row

    def action_select(self, step: int) -> None:
        index = self.selected_index
        if index is None or not self._rows:
            return
        self._selected_id = self._rows[(index + step) % len(self._rows)].value.id
        self._redraw()

    async def action_now(self, step: int) -> None:
        row = self._need_value()
        if row is None:
            return
        low, high = NOW_RANGE
        target = row.rating.now + step
        if target > high:
            self.notify(NOW_CEILING_WORD)
            return
        if target < low:
            self.notify(FLOOR_WORD)
            return
        await self._rate(row, now=target)

    async def action_want(self, step: int) -> None:
        row = self._need_value()
        if row is None:
            return
        low, high = WANT_RANGE
        target = row.rating.want + step
        if target > high:
            self.notify(WANT_CEILING_WORD)
            return
        if target < low:
            self.notify(FLOOR_WORD)
            return
        await self._rate(row, want=target)

    async def _rate(self, row: Row, **change: int) -> None:
        if self._current is None and not await self._write(
            "new_assessment", today=self.clock.today()
        ):
            return
        if await self._write("rate", value_id=row.value.id, **change):
            self.reload()

    async def action_add(self) -> None:
        from kindness_tui.screens.values_dialogs import AddValueDialog

        def added(value_id: str | None) -> None:
            if value_id:
                self._selected_id = value_id
            self.reload()

        await self.app.push_screen(AddValueDialog(), added)

    async def action_edit(self) -> None:
        from kindness_tui.screens.values_dialogs import EditValueDialog

        row = self._need_value()
        if row is None:
            return
        await self.app.push_screen(
            EditValueDialog(row.value, row.rating),
            lambda _saved: self.reload(),
        )

    async def action_new_assessment(self) -> None:
        today = self.clock.today()
        if not self._rows:
            self._need_value()
            return
        if self._current is not None and self._current.date == today.isoformat():
            self.notify(
                "You are already editing today's assessment; change the ratings as you like. "
                "A new one can start on another day."
            )
            return
        if await self._write("new_assessment", today=today):
            self._compare_id = None
            self.reload()
            self.notify(
                f"A new assessment for {date_in_words(today)}: a copy of the last one, "
                "ready to change. The old one stays as it was."
            )

    async def action_archive(self) -> None:
        from kindness_tui.screens.values_dialogs import ConfirmArchive

        row = self._need_value()
        if row is None:
            return

        async def answered(yes: bool | None) -> None:
            if yes and await self._write("archive_value", value_id=row.value.id):
                index = self.selected_index or 0
                self._rows = [r for r in self._rows if r.value.id != row.value.id]
                if self._rows:
                    self._selected_id = self._rows[min(index, len(self._rows) - 1)].value.id
                self.reload()
                self.notify(
                    f"{one_line(row.value.name)} is off the wheel, and kept in your history."
                )

        await self.app.push_screen(
            ConfirmArchive(row.value.name, ascii_only=self.ascii_only), answered
        )

    async def action_compare(self) -> None:
        from kindness_tui.screens.values_dialogs import AssessmentPicker

        assessments = self.store.assessments()
        earlier = list(reversed(assessments[:-1]))
        if not earlier:
            self.notify(
                "There is only one assessment so far. On another day, n starts a new one, "
                "and then you can compare the two."
            )
            return

        def picked(choice: str | None) -> None:
            if choice is None:
                return
            self._compare_id = choice or None
            self.reload()

        await self.app.push_screen(
            AssessmentPicker(earlier, self._day, comparing=self._compare_id is not None), picked
        )

    async def action_find(self) -> None:
        from kindness_tui.screens.values_find import FindValuesScreen

        def done(added: list[str] | None) -> None:
            if added:
                self._selected_id = added[0]
            self.reload()

        await self.app.push_screen(
            FindValuesScreen(ascii_only=self.ascii_only), done
        )

    async def action_card(self) -> None:
        from kindness_tui.screens.values_card import CardScreen

        await self.app.push_screen(CardScreen(self.store, ascii_only=self.ascii_only))

    # ------------------------------------------------------------------ palette

    def palette_commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand("Add a value", "A new slice on your wheel (a)", self.action_add)
        yield SystemCommand(
            "New assessment", "Rate your values again, dated today (n)", self.action_new_assessment
        )
        yield SystemCommand(
            "Compare assessments", "See what changed since an earlier one (p)", self.action_compare
        )
        yield SystemCommand(
            "Find your values", "Common values, or someone who shaped you (f)", self.action_find
        )
        yield SystemCommand("Who I am card", "Your values on a small card (w)", self.action_card)
