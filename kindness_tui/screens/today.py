"""Today: the daily prompt, and (as DayScreen) the same form for any past day.

Both are `DayFormScreen`s (`day_form`): the screen owns the day's unsaved words,
keeps them in the session's draft and saves them through the journal worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message

from kindness_tui.core.day_edits import DayEdits
from kindness_tui.core.logical_day import date_in_words
from kindness_tui.screens.day_form import DayFormScreen

if TYPE_CHECKING:
    import datetime as dt

    from kindness_tui.context import Context


class TodayScreen(DayFormScreen):
    """The daily prompt, for the logical date: the app's first screen."""

    DEFER_TEXT = True  # the first frame comes sooner; the app takes keys once the form is built

    def on_check_in_form_built(self) -> None:
        self.app.post_message(TodayBuilt())

    def on_mount(self) -> None:
        super().on_mount()
        self.set_interval(1.0, self.follow_the_day, name="day change")

    def follow_the_day(self) -> None:
        """At the day-start hour the open Today moves to the new day.

        What was typed before is saved to the day it was typed on; the form then
        shows the new day, empty or as another session left it.
        """
        today = self.clock.today()
        if today == self._day or self._edits is None or self._saving:
            return  # (while a save is under way, the next tick moves on)
        self.save()
        self._day = today
        self._idea_offsets = self.store.idea_offsets(today)
        old = self.edits
        self._edits = DayEdits(today, self.store.checkin(today), self.PLACE)
        form = self.form
        form.show(self.edits.values())
        form.show_replaced(self.edits.replaced)
        form.show_ideas(self.ideas())
        self.show_header()
        if old.pending:  # saving continues for the old day; keep its words in the draft
            edit = old.as_edit()
            if edit is not None:
                self.drafts.put(edit)
        if self.app.focused is None:
            form.focus_first_empty()

    def on_screen_resume(self) -> None:
        if self.is_mounted:
            self.follow_the_day()


class TodayBuilt(Message):
    """Today's form is built: the app may let its garbage collector run again."""


class DayScreen(DayFormScreen):
    """The same form for another day, opened from the calendar."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back to calendar"),
    ]

    PLACE = "calendar"

    def __init__(self, context: Context, day: dt.date) -> None:
        super().__init__(context, day)

    def title_text(self) -> str:
        words = date_in_words(self.day)
        if self.day.year != self.clock.today().year:
            words += f" {self.day.year}"
        if self.day > self.clock.today():
            return f"{words} · this day hasn't come yet, so it can't be filled in"
        return words  # the footer says how to go back; at 80 columns the bar has no room

    async def action_close(self) -> None:
        if self.app.focused is not None:
            self.set_focus(None)
            return
        # Wait for the save, so the calendar shown again reads the day with these words.
        await self.saved_now()
        self.dismiss()
