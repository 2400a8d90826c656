"""The questions a new assessment asks (SPEC §2.2): per value, optionally, "What worked?" and
"What got in the way?" about the time since the assessment before.

One dialog the keyboard moves through: tab and shift+tab between the fields,
enter on to the next one (and, on the last, done). Its words are kept like every
dialog's (`EditDialog`): in the draft as they are typed, then in the journal.
Every answer is optional, so closing keeps what is typed, with escape too: a
person who presses escape here has not said "throw my words away".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Input, Label, Static

from kindness_tui.core.checkin_words import ASSESSMENT_QUESTIONS
from kindness_tui.core.edits import AssessmentAnswers
from kindness_tui.core.models import ASSESSMENT_ANSWERS, LONG_MAX, Rating, Value
from kindness_tui.core.safe_text import one_line
from kindness_tui.screens.edit_dialog import EditDialog
from kindness_tui.screens.style_files import style
from kindness_tui.widgets.text_fields import LineInput

if TYPE_CHECKING:
    from kindness_tui.context import Context


def field_id(index: int, answer: str) -> str:
    """A question's field: "answer-3-worked" (by the value's place, ids may hold anything)."""
    return f"answer-{index}-{answer.replace('_', '-')}"


class AssessmentQuestions(EditDialog[bool]):
    """Per value, what worked and what got in the way since the assessment before."""

    CSS_PATH = style("values.tcss")
    NOT_SAVED = False

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "done", "Done"),
        Binding("ctrl+s", "done", "Done"),
    ]

    def __init__(
        self,
        context: Context,
        assessment_id: str,
        rated: Sequence[tuple[Value, Rating]],
        *,
        heading: str,
        since: str | None,
    ) -> None:
        super().__init__(context)
        self.assessment_id = assessment_id
        self.rated = list(rated)
        """The values asked about, with their ratings in this assessment (answers so far)."""
        self.heading = heading
        self.since = since
        """The day of the assessment before, in words (None for the first)."""
        self.DRAFT_KEY = f"answers:{assessment_id}"

    def compose(self) -> ComposeResult:
        period = f"since {self.since}" if self.since else "so far"
        with VerticalScroll(id="assessment-questions", classes="dialog values-dialog"):
            yield Static(self.heading, classes="dialog-title", markup=False)
            yield Static(
                f"The numbers are copied, ready to change; the old wheel stays as it was. "
                f"Looking back {period}, for any value you like (all optional). "
                "Enter moves on; ctrl+s or escape keeps what you wrote.",
                classes="dialog-hint",
                markup=False,
            )
            for index, (value, rating) in enumerate(self.rated):
                yield Static(Text(one_line(value.name), style="bold"), classes="answers-value")
                for answer in ASSESSMENT_ANSWERS:
                    yield Horizontal(
                        Label(ASSESSMENT_QUESTIONS[answer], classes="answer-label"),
                        LineInput(
                            one_line(getattr(rating, answer)),
                            id=field_id(index, answer),
                            max_length=LONG_MAX,
                            compact=True,
                            select_on_focus=False,
                        ),
                        classes="answer-row",
                    )
            yield Static(id="answers-problem", classes="dialog-problem", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Done (ctrl+s)", id="answers-ok", variant="primary", compact=True)

    def on_mount(self) -> None:
        self.query(LineInput).first().focus()

    def _answers(self) -> tuple[tuple[str, str | None, str | None], ...]:
        result = []
        for index, (value, _rating) in enumerate(self.rated):
            worked, in_the_way = (
                self.query_one(f"#{field_id(index, a)}", Input).value.strip() or None
                for a in ASSESSMENT_ANSWERS
            )
            result.append((value.id, worked, in_the_way))
        return tuple(result)

    def _unchanged(self) -> tuple[tuple[str, str | None, str | None], ...]:
        """The answers as the dialog opened on them (as its fields show them)."""
        return tuple(
            (value.id, one_line(rating.worked).strip() or None,
             one_line(rating.in_the_way).strip() or None)
            for value, rating in self.rated
        )  # fmt: skip

    def edit(self) -> AssessmentAnswers | None:
        answers = self._answers()
        if answers == self._unchanged():
            return None
        changed = tuple(a for a, b in zip(answers, self._unchanged(), strict=True) if a != b)
        return AssessmentAnswers(self.assessment_id, changed)

    @on(Input.Submitted)
    async def _next(self, event: Input.Submitted) -> None:
        """Enter moves on to the next question; on the last one, it is done."""
        event.stop()
        fields: list[Input] = list(self.query(LineInput))
        if event.input is fields[-1]:
            await self.action_done()
        else:
            fields[fields.index(event.input) + 1].focus()

    @on(Button.Pressed, "#answers-ok")
    async def _pressed(self) -> None:
        await self.action_done()

    async def action_done(self) -> None:
        """Keep what is written (nothing written: nothing to keep) and close."""
        edit = self.edit()
        if edit is None:
            self.leave_unsaved()
            return
        if await self.save_or_show(edit) is not None:
            self.dismiss(True)
