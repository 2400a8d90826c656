"""A screen built around one day's check-in form (Today and DayScreen, in `today`).

The screen owns what is typed on its way to the journal (SPEC §4.3, §7): the
form posts each change; the screen keeps the day's `DayEdits`, puts the
pending changes in the session's draft at once (on disk within about a
second), and saves them through the journal worker on leaving a field, after
a short pause in typing, on ctrl+s, and when the app switches screens or
quits. A save that cannot be written (a busy lock, a full disk) keeps the
words in the draft, says so in one quiet line and tries again.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Static

from kindness_tui.core.checkin import CHECKIN_TEXT_FIELDS, CheckIn
from kindness_tui.core.checkin_words import CARD_TITLES
from kindness_tui.core.day_edits import DayEdits
from kindness_tui.core.logical_day import date_in_words
from kindness_tui.core.models import ITEM_KINDS
from kindness_tui.data.errors import JournalError
from kindness_tui.screens.base import KindnessScreen
from kindness_tui.screens.day_words import ideas_for, tally_text, value_of_the_day_text
from kindness_tui.widgets.checkin_form import CheckInForm
from kindness_tui.widgets.later import Later
from kindness_tui.widgets.shown import line
from kindness_tui.widgets.text_fields import TooLong
from kindness_tui.widgets.top_bar import TopBar

if TYPE_CHECKING:
    from kindness_tui.context import Context
    from kindness_tui.core.edits import CheckInEdit, Edit
    from kindness_tui.data.store import Store

AUTOSAVE_PAUSE = 1.5
"""Seconds of quiet typing after which the screen saves by itself."""
RETRY_SECONDS = 3.0
"""How soon a save that could not be written is tried again."""


class DayFormScreen(KindnessScreen):
    """A screen built around one day's check-in form; it owns that day's unsaved words."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save"),
        Binding("ctrl+r", "another_idea", "Another idea"),
        Binding("ctrl+t", "toggle_done", "Done"),
        Binding("ctrl+o", "own_idea", "Own idea"),
    ]
    PLACE = "today"
    DEFER_TEXT = False
    """Build the cards' text fields after the first frame (see CheckInForm)."""
    AUTO_FOCUS = ""  # focus is placed by the form: the first empty card, or nowhere

    class Saved(Message):
        """An edit of this day reached the journal (posted from the journal worker)."""

        def __init__(self, edit: CheckInEdit, checkin: CheckIn | None) -> None:
            super().__init__()
            self.edit = edit
            """What was saved."""
            self.checkin = checkin
            """The day as the journal now holds it."""

    class NotSaved(Message):
        """An edit of this day could not be written; it stays in the draft."""

        def __init__(self, problem: str) -> None:
            super().__init__()
            self.problem = problem
            """One line saying why."""

    def __init__(self, context: Context, day: dt.date | None = None) -> None:
        super().__init__(context)
        self._day = day
        self._edits: DayEdits | None = None
        self._idea_offsets = {kind: 0 for kind in ITEM_KINDS}
        self._pause: Timer | None = None
        self._retry: Timer | None = None
        self._saving = False
        self._save_again = False
        self._problem: str | None = None
        self._said_saved = False

    @property
    def day(self) -> dt.date:
        return self._day if self._day is not None else self.clock.today()

    @property
    def form(self) -> CheckInForm:
        return self.query_one(CheckInForm)

    @property
    def editable(self) -> bool:
        """A day that has come can be written (a read-only journal keeps it in the draft)."""
        return self.day <= self.clock.today()

    def compose(self) -> ComposeResult:
        # Everything is built with its text, so nothing restyles after mounting; the form's
        # lower rows are mounted right after the first frame (see CheckInForm.compose).
        self._day = self.day
        self._edits = DayEdits(self.day, self.store.checkin(self.day), self.PLACE)
        self._idea_offsets = self.store.idea_offsets(self.day)  # kept across restarts
        # The header sits in a container of its own: Textual redraws every direct child
        # of the screen with each change anywhere (a typed letter), but a container's
        # children only when the change is inside it.
        with Vertical(id="day-head"):
            yield TopBar(self.title_text(), id="topbar", here=self.PLACE)
            yield Static(self.value_of_the_day_text(), id="value-of-the-day")
        yield CheckInForm(
            self._edits.values(),
            choices=self.store.values(include_archived=True),
            ideas=self.ideas(),
            editable=self.day <= self.clock.today(),
            defer_text=self.DEFER_TEXT,
            ascii_only=self.ascii_only,
        )
        yield Static(self.tally_text(), id="tally", markup=False)
        yield Later(self._key_bar)  # after the first frame, like the form's lower rows

    def _key_bar(self) -> Widget:
        from kindness_tui.widgets.key_bar import KeyBar

        return KeyBar(ascii_only=self.ascii_only)

    def on_mount(self) -> None:
        self.form.focus_first_empty()
        self.form.show_replaced(self.edits.replaced)

    @property
    def edits(self) -> DayEdits:
        assert self._edits is not None, "the form is built in compose"
        return self._edits

    # ------------------------------------------------------------------ what shows

    def show_header(self) -> None:
        self.query_one("#topbar", TopBar).title = self.title_text()
        self.query_one("#value-of-the-day", Static).update(self.value_of_the_day_text())
        self.show_tally()

    def title_text(self) -> str:
        return date_in_words(self.day)

    def value_of_the_day_text(self) -> Text:
        return value_of_the_day_text(self.store, self.day, ascii_only=self.ascii_only)

    def ideas(self) -> dict[str, str]:
        """Each card's suggestion for the day (another one for each ctrl+r)."""
        return ideas_for(self.store, self.day, self._idea_offsets)

    def show_tally(self) -> None:
        if self._problem is None:
            self.query_one("#tally", Static).update(self.tally_text())

    def tally_text(self) -> Text:
        return tally_text(self.store, self.day, ascii_only=self.ascii_only)

    def _show_problem(self, problem: str | None) -> None:
        """One quiet line instead of the tally while the journal cannot take the words."""
        self._problem = problem
        tally = self.query_one("#tally", Static)
        tally.set_class(problem is not None, "-problem")
        if problem is None:
            self.show_tally()
        else:
            tally.update(line(problem))

    # ------------------------------------------------------------------ the journal changed

    def journal_changed(self) -> None:
        """Show what another session wrote; fields being changed here keep their words."""
        form = self.form
        form.show(self.edits.loaded(self.store.checkin(self.day)))
        form.show_replaced(self.edits.replaced)
        form.show_choices(self.store.values(include_archived=True))
        form.show_ideas(self.ideas())
        self.show_header()

    # ------------------------------------------------------------------ saving

    def on_check_in_form_changed(self, event: CheckInForm.Changed) -> None:
        self.edits.edit(event.key, event.value)
        self._keep_draft()
        if event.key in CHECKIN_TEXT_FIELDS:  # words: saved once the typing pauses
            self._save_after_pause()
        else:
            self.save()

    def on_too_long(self, event: TooLong) -> None:
        self.notify(f"That field holds {event.limit} characters; what fit is kept.", timeout=5)

    def on_descendant_blur(self) -> None:
        self.save()

    def _keep_draft(self) -> None:
        """Put what is unsaved in the session's draft (written to disk within a second)."""
        edit = self.edits.as_edit()
        if edit is None:
            self.forget_in_draft(f"checkin:{self.PLACE}:{self.day.isoformat()}")
        else:
            self.drafts.put(edit)

    def edits_unsaved(self) -> Iterable[Edit]:
        edit = self._edits.as_edit() if self._edits is not None else None
        return () if edit is None else (edit,)

    def _save_after_pause(self) -> None:
        if self._pause is not None:
            self._pause.stop()
        self._pause = self.set_timer(AUTOSAVE_PAUSE, self.save, name="autosave")

    def save(self) -> None:
        """Write what is pending, off the event loop; one save at a time, in order."""
        if self._pause is not None:
            self._pause.stop()
            self._pause = None
        if self._edits is None or not self.editable:
            return
        if self._saving:
            self._save_again = True
            return
        edit = self.edits.as_edit()
        if edit is None:
            return
        self._saving = True
        self.write_in_background(edit, self._saved, self._not_saved)

    def _saved(self, edit: Edit, checkin: CheckIn | None) -> None:
        self.post_message(self.Saved(cast("CheckInEdit", edit), checkin))

    def _not_saved(self, problem: str) -> None:
        self.post_message(self.NotSaved(problem))

    def on_day_form_screen_saved(self, event: Saved) -> None:
        self._saving = False
        if event.edit.date != self.day.isoformat():  # the day moved on meanwhile
            self.save()
            return
        form = self.form
        form.show(self.edits.saved(event.edit, event.checkin))
        form.show_replaced(self.edits.replaced)
        self._keep_draft()
        if self._problem is not None:
            self._show_problem(None)
        self.show_tally()
        if self._said_saved:
            self._said_saved = False
            self.notify("Saved", timeout=2)
        if self._save_again:
            self._save_again = False
            self.save()

    def on_day_form_screen_not_saved(self, event: NotSaved) -> None:
        self._saving = False
        self._save_again = False
        self._said_saved = False
        self._show_problem(
            f"Not saved yet: {event.problem}. Your words are kept safe and will be saved "
            "as soon as the journal can take them."
        )
        if self._retry is not None:
            self._retry.stop()
        self._retry = self.set_timer(RETRY_SECONDS, self.save, name="save again")

    async def saved_now(self) -> None:
        """Save and wait until the journal has it (switching screens, quitting)."""
        self.save()
        for _ in range(100):  # a busy journal does not hold the switch for long: the
            if not self._saving:  # save goes on in the worker, the words in the draft
                return
            await asyncio.sleep(0.01)

    # ------------------------------------------------------------------ actions

    def action_save(self) -> None:
        if self.store.read_only:
            self.notify("The journal is open read-only, so nothing can be saved to it.")
            return
        if not self.edits.pending:
            self.notify("Saved", timeout=2)
            return
        self._said_saved = True
        self.save()

    def action_another_idea(self) -> None:
        kind = self.form.focused_kind() or ITEM_KINDS[0]
        self._idea_offsets[kind] += 1
        self.form.show_ideas(self.ideas())
        if not self.store.read_only:  # kept for the day, so a restart shows the same idea
            self.context.journal.submit(_keep_another_idea, self.store, self.day, kind)

    def action_toggle_done(self) -> None:
        kind = self.form.focused_kind()
        target = kind or ITEM_KINDS[0]
        was = bool(self.edits.values().get(f"{target}.done"))
        self.form.toggle_done(target)
        if kind is None and self.editable:  # not on a card: say which card, and how it is now
            self.notify(f"{CARD_TITLES[target]}: {'not done yet' if was else 'done'}", timeout=3)

    async def action_own_idea(self) -> None:
        from kindness_tui.screens.own_idea import OwnIdeaDialog

        def added(text: str | None) -> None:
            if text:
                self.form.show_ideas(self.ideas())
                self.notify("Added to your ideas: it joins the suggestions tomorrow", timeout=3)

        kind = self.form.focused_kind() or ITEM_KINDS[0]
        await self.app.push_screen(OwnIdeaDialog(self.context, kind), added)

    def palette_commands(self) -> Iterable[SystemCommand]:
        for title, words, action in (
            ("Save now", "Save this day (ctrl+s)", self.action_save),
            (
                "Another idea",
                "A different suggestion for this card (ctrl+r)",
                self.action_another_idea,
            ),
            ("Mark done", "Toggle done for this card (ctrl+t)", self.action_toggle_done),
            (
                "Add my own idea",
                "Put an idea of yours in the library (ctrl+o)",
                self.action_own_idea,
            ),
        ):
            yield SystemCommand(title, words, action)


def _keep_another_idea(store: Store, day: dt.date, kind: str) -> None:
    # Not a word typed: a busy journal only means the idea is not kept this time.
    with contextlib.suppress(JournalError):
        store.another_idea(day, kind)
