"""Today: the daily prompt, and (as DayScreen) the same form for any past day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.widget import Widget
from textual.widgets import Static

from kindness_tui.core.logical_day import date_in_words
from kindness_tui.core.models import ValidationError
from kindness_tui.core.safe_text import one_line
from kindness_tui.data.safe_storage import JournalError
from kindness_tui.screens.base import KindnessScreen
from kindness_tui.widgets.checkin_form import CheckInForm
from kindness_tui.widgets.later import Later
from kindness_tui.widgets.top_bar import TopBar

NO_VALUES_LINE = (
    "No values on your wheel yet. When you feel like it, F3 opens the value wheel "
    "to find a few; today works fine without them."
)


class DayFormScreen(KindnessScreen):
    """A screen built around one day's check-in form."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("ctrl+r", "another_idea", "Another idea", priority=True),
        Binding("ctrl+t", "toggle_done", "Done", priority=True),
        Binding("ctrl+o", "own_idea", "Own idea", priority=True),
    ]
    PLACE = "today"
    DEFER_TEXT = False
    """Build the cards' text fields after the first frame (see CheckInForm)."""
    AUTO_FOCUS = ""  # focus is placed by the form: the first empty card, or nowhere

    def __init__(self, day: dt.date | None = None) -> None:
        super().__init__()
        self._day = day

    @property
    def day(self) -> dt.date:
        return self._day if self._day is not None else self.clock.today()

    @property
    def form(self) -> CheckInForm:
        return self.query_one(CheckInForm)

    def compose(self) -> ComposeResult:
        # Everything is built with its text, so nothing restyles after mounting; the form's
        # lower rows are mounted right after the first frame (see CheckInForm.compose).
        yield TopBar(self.title_text(), id="topbar", here=self.PLACE)
        yield Static(self.value_of_the_day_text(), id="value-of-the-day")
        yield CheckInForm(
            self.day, editable=self.day <= self.clock.today(), defer_text=self.DEFER_TEXT
        )
        yield Static(self.tally_text(), id="tally")
        yield Later(self._key_bar)  # after the first frame, like the form's lower rows

    def _key_bar(self) -> Widget:
        from kindness_tui.widgets.key_bar import KeyBar

        return KeyBar()

    def on_mount(self) -> None:
        self.form.focus_first_empty()

    def show_header(self) -> None:
        self.query_one("#topbar", TopBar).title = self.title_text()
        self.show_value_of_the_day()
        self.show_tally()

    def title_text(self) -> str:
        return date_in_words(self.day)

    def show_value_of_the_day(self) -> None:
        self.query_one("#value-of-the-day", Static).update(self.value_of_the_day_text())

    def value_of_the_day_text(self) -> Text:
        from kindness_tui.core.value_of_the_day import value_of_the_day, why_line

        assessment = self.store.current_assessment()
        pick = value_of_the_day(self.store.values(), assessment, self.day)
        if pick is None:
            return Text(NO_VALUES_LINE)
        rating = assessment.rating(pick.id) if assessment else None
        text = Text("Value of the day: ", style="bold")
        text.append(one_line(pick.name), style="bold italic")
        text.append(f" · {why_line(pick, rating, ascii_only=self.ascii_only)}")
        return text

    def show_tally(self) -> None:
        self.query_one("#tally", Static).update(self.tally_text())

    def tally_text(self) -> Text:
        from kindness_tui.core.month_summary import summarize_month, tally_line

        day = self.day
        start = day.replace(day=1)
        summary = summarize_month(self.store.checkins(start, day), day.year, day.month)
        return Text(tally_line(summary))

    # ------------------------------------------------------------------ journal

    def journal_changed(self) -> None:
        self.form.load()
        self.show_header()

    def save_now(self) -> bool:
        return self.form.save() is not None

    def on_check_in_form_saved(self) -> None:
        self.show_tally()

    # ------------------------------------------------------------------ actions

    def action_save(self) -> None:
        try:
            self.form.save()
        except (JournalError, ValidationError) as exc:
            self.notify(str(exc), severity="warning", timeout=8)
            return
        self.notify("Saved", timeout=2)

    def action_another_idea(self) -> None:
        self.form.another_idea(self.form.focused_kind())

    def action_toggle_done(self) -> None:
        self.form.toggle_done(self.form.focused_kind())

    async def action_own_idea(self) -> None:
        from kindness_tui.screens.own_idea import OwnIdeaDialog

        def added(text: str | None) -> None:
            if text:
                self.form.refresh_ideas()
                self.notify("Added to your ideas", timeout=3)

        await self.app.push_screen(OwnIdeaDialog(self.form.focused_kind()), added)

    def palette_commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand("Save now", "Save this day (ctrl+s)", self.action_save)
        yield SystemCommand(
            "Another idea",
            "A different suggestion for this card (ctrl+r)",
            self.action_another_idea,
        )
        yield SystemCommand(
            "Mark done", "Toggle done for this card (ctrl+t)", self.action_toggle_done
        )
        yield SystemCommand(
            "Add my own idea", "Put an idea of yours in the library (ctrl+o)", self.action_own_idea
        )


class TodayScreen(DayFormScreen):
    """The daily prompt, for the logical date: the app's first screen."""

    DEFER_TEXT = True  # the first frame comes sooner; the app holds keys until they exist

    def on_check_in_form_built(self) -> None:
        self.kindness.started()

    def on_screen_resume(self) -> None:
        if self.is_mounted and self.form.day != self.clock.today():
            self.app.call_later(self.recompose)


class DayScreen(DayFormScreen):
    """The same form for another day, opened from the calendar."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back to calendar"),
    ]

    PLACE = "calendar"

    def __init__(self, day: dt.date) -> None:
        super().__init__(day)

    def title_text(self) -> str:
        words = date_in_words(self.day)
        if self.day.year != self.clock.today().year:
            words += f" {self.day.year}"
        if self.day > self.clock.today():
            return f"{words} · this day hasn't come yet, so it can't be filled in"
        return words  # the footer says how to go back; at 80 columns the bar has no room

    def action_close(self) -> None:
        if self.app.focused is not None:
            self.set_focus(None)
            return
        self.save_now()
        self.dismiss()
