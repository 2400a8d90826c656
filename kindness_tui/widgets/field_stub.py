"""Stand-ins for a form's costlier fields, drawn as the field reads until the cursor goes there.

A Textual widget costs about 30 kB however little it draws, and a value picker (`Select`)
is five of them; most days a card's picker and questions are only looked at. So each is
first a `FieldStub`, one widget drawn to look like the field at rest. When the focus
arrives (by key, or by a click, which focuses first) the stub posts `Wanted` and its form
builds the field in its place and gives it the focus (`checkin_parts.in_place_of`); keys
typed meanwhile wait for that (`KeyOrder`: every message a key caused is handled first).
Text shown here is plain (`Content`, never markup).
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

LABEL_WIDTH = 5
"""Columns of a question's short label ("How", "Says"), as `.reflection-label` has them."""


class FieldStub(Static, can_focus=True):
    """A field as it reads, standing in for its widget until the person goes to it."""

    class Wanted(Message):
        """The focus came to the stub: it is time to build the field."""

        def __init__(self, stub: FieldStub) -> None:
            super().__init__()
            self.stub = stub

    def on_focus(self) -> None:
        self.post_message(self.Wanted(self))


class NoteStub(FieldStub):
    """The note as it reads, standing in for its TextArea (which, with the modules it
    brings, costs about 0.2 MB)."""


class ValueStub(FieldStub):
    """A card's value picker at rest: the value's name (or the prompt) and the picker's arrow,
    in the look of Textual's compact `Select`."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"value-stub--prompt", "value-stub--arrow"}

    def __init__(
        self, names: dict[str, Text], value: str | None, *, prompt: str, **kwargs: object
    ) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.names = names
        """Each value the picker offers, by id: the name it shows."""
        self.prompt = prompt
        self.value = value

    def show(self, value: str | None, names: dict[str, Text] | None = None) -> None:
        if names is not None:
            self.names = names
        self.value = value
        self.refresh()

    def render(self) -> Content:
        name = self.names.get(self.value) if self.value else None
        width = max(self.content_size.width - 2, 0)
        if name is None:
            label = Content(self.prompt).stylize(self.get_visual_style("value-stub--prompt"))
        else:
            label = Content.from_rich_text(name)
        # The picker's label wraps in a row of one line: its first line is what shows.
        first = label.wrap(width)[0] if width else Content("")
        arrow = Content("▼").stylize(self.get_visual_style("value-stub--arrow"))
        return Content.assemble(first.truncate(width, pad=True), " ", arrow)


class AnswerStub(FieldStub):
    """One of a done act's questions at rest: its short label and the answer (or the
    question, dimmed), in the look of the row it stands for (a `Label` and a compact
    `Input`)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "answer-stub--label",
        "answer-stub--answer",
        "answer-stub--question",
    }

    def __init__(self, label: str, question: str, answer: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.label = label
        self.question = question
        self.answer = answer

    def show(self, answer: str) -> None:
        self.answer = answer
        self.refresh()

    def render(self) -> Content:
        label = Content(self.label).truncate(LABEL_WIDTH, pad=True)
        width = max(self.content_size.width - LABEL_WIDTH, 0)
        text, part = (self.answer, "answer") if self.answer else (self.question, "question")
        return Content.assemble(
            label.stylize(self.get_visual_style("answer-stub--label")),
            Content(text)
            .truncate(width, pad=True)
            .stylize(self.get_visual_style(f"answer-stub--{part}")),
        )
