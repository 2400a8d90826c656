"""The Values screen's actions that open a dialog or a screen: add, edit, archive, compare,
find your values, the card (a mixin of `ValuesScreen`, which holds the rows and the
selection these read and change)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kindness_tui.core.logical_day import date_in_words

if TYPE_CHECKING:
    from kindness_tui.screens.values_view import Row


class OpensValueDialogs:
    """Each action pushes its dialog and, when it closes, reloads the screen."""

    _rows: list[Row]
    _selected_id: str | None
    _compare_id: str | None
    store: Any
    context: Any
    app: Any
    ascii_only: bool
    clock: Any
    _current: Any
    _day: Any

    if TYPE_CHECKING:  # what `ValuesScreen` (and the screen under it) gives these actions

        @property
        def selected_index(self) -> int | None: ...

        def reload(self) -> None: ...

        def _need_value(self) -> Row | None: ...

        async def change(self, fn: Callable[..., object], /, *args: Any, **kwargs: Any) -> bool: ...

        def notify(self, message: str, **kwargs: Any) -> None: ...

    async def action_add(self) -> None:
        from kindness_tui.screens.values_dialogs import AddValueDialog

        def added(value_id: str | None) -> None:
            if value_id:
                self._selected_id = value_id
            self.reload()

        await self.app.push_screen(AddValueDialog(self.context), added)

    async def action_edit(self) -> None:
        from kindness_tui.screens.values_dialogs import EditValueDialog

        row = self._need_value()
        if row is None:
            return
        await self.app.push_screen(
            EditValueDialog(self.context, row.value, row.rating),
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
            await self._ask_since_last()  # its questions again, to add to the answers
            return
        if await self.change(self.store.new_assessment, today=today):
            self._compare_id = None
            self.reload()
            if not await self._ask_since_last():  # the questions say it all, when asked
                self.notify(
                    f"A new assessment for {date_in_words(today)}: a copy of the last one, "
                    "ready to change. The old one stays as it was."
                )

    async def _ask_since_last(self) -> bool:
        """The new assessment's questions, per value: what worked, what got in the way.

        False when there is nothing to ask: a first wheel has no time since the last one.
        """
        from kindness_tui.screens.values_answers import AssessmentQuestions

        assessments = self.store.assessments()
        if len(assessments) < 2 or not self._rows:
            return False
        current, before = assessments[-1], assessments[-2]
        dialog = AssessmentQuestions(
            self.context,
            current.id,
            [(row.value, row.rating) for row in self._rows],
            heading=f"A new assessment for {self._day(current.date)}",
            since=self._day(before.date),
        )
        await self.app.push_screen(dialog, lambda _kept: self.reload())
        return True

    async def action_archive(self) -> None:
        from kindness_tui.screens.values_choices import ConfirmArchive

        row = self._need_value()
        if row is None:
            return

        async def answered(yes: bool | None) -> None:
            if yes and await self.change(self.store.archive_value, value_id=row.value.id):
                index = self.selected_index or 0
                self._rows = [r for r in self._rows if r.value.id != row.value.id]
                if self._rows:
                    self._selected_id = self._rows[min(index, len(self._rows) - 1)].value.id
                self.reload()
                self.notify(f"{row.value.name} is off the wheel, and kept in your history.")

        await self.app.push_screen(
            ConfirmArchive(row.value.name, ascii_only=self.ascii_only), answered
        )

    async def action_compare(self) -> None:
        from kindness_tui.screens.values_choices import AssessmentPicker

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

        await self.app.push_screen(FindValuesScreen(self.context), done)

    async def action_card(self) -> None:
        from kindness_tui.screens.values_card import CardScreen

        await self.app.push_screen(CardScreen(self.context))
