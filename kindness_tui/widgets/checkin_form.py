"""The check-in form for one day: two cards, kindness to yourself, mood and a note.

A widget that draws what it is given and says what the person changed: it
takes the day's field values (`core.day_edits.form_values`), the values a card
can serve and the day's ideas, and posts `Changed` for every change a person
makes. It never reads or writes the journal: the screen that holds it keeps the
draft, saves, and tells it what to show when the journal changes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any, TypeVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, Static

from kindness_tui.core.checkin import CHECKIN_TEXT_FIELDS as TEXT_FIELDS
from kindness_tui.core.checkin_words import LOW_MOOD_LINE, is_low_mood
from kindness_tui.core.day_edits import FIELDS
from kindness_tui.core.models import ITEM_KINDS, LINE_MAX, Value
from kindness_tui.widgets.checkin_parts import (
    PLACEHOLDERS,
    Card,
    IdeaLine,
    asks,
    card_row,
    in_place_of,
    lower_rows,
    names,
    put,
    reflecting,
    reflection_rows,
    set_options,
    show_reflections,
    shown,
    shows,
    to_the_end,
    value_options,
)
from kindness_tui.widgets.field_stub import FieldStub, NoteStub, ValueStub
from kindness_tui.widgets.later import Later
from kindness_tui.widgets.shown import block, line
from kindness_tui.widgets.text_fields import LineInput

WidgetType = TypeVar("WidgetType", bound=Widget)


class CheckInForm(Widget):
    """Everything logged for one day; every change a person makes is posted as `Changed`."""

    class Changed(Message):
        """The person changed a field."""

        def __init__(self, key: str, value: Any) -> None:
            super().__init__()
            self.key = key
            """The field, by its path ("new_thing.text", "mood", …)."""
            self.value = value
            """Its new value, as the form holds it ("" for an empty text)."""

    class Built(Message):
        """Every field is built and mounted (with deferred text fields, the focus is placed)."""

    def __init__(
        self,
        values: Mapping[str, Any],
        *,
        choices: Sequence[Value] = (),
        ideas: Mapping[str, str] | None = None,
        editable: bool = True,
        defer_text: bool = False,
        ascii_only: bool = False,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id, classes="form")
        self._values: dict[str, Any] = dict(values)
        """What each field shows (or will show once built)."""
        self._choices = list(choices)
        self._ideas = dict(ideas or {})
        self.editable = editable
        self.defer_text = defer_text
        """Build the cards' text fields after the first frame, which then shows their text."""
        self.ascii_only = ascii_only
        self._fields: dict[str, Widget] = {}
        """Each field's widget, by its key in FIELDS."""
        self._idea_lines: dict[str, IdeaLine] = {}
        self._announced_built = False
        self._shown_early: set[str] = set()
        """Fields given new values while their widget was not mounted yet."""
        self._rests: dict[str, Widget] = {}
        """Each card's row of done box and value, with its questions once asked, by kind."""
        self._low_mood = Static(LOW_MOOD_LINE, id="low-mood", markup=False)
        self._replaced_line = Static("", id="replaced", markup=False)

    # ------------------------------------------------------------------ building

    def compose(self) -> ComposeResult:
        # Every widget is built with the day's values, so nothing restyles after mounting.
        # The cards' headings and ideas make the first frame (with the text fields, unless
        # they are deferred: then a preview of their text stands in); the rows below them
        # are built and mounted right after it (Later), which lets Today show at once.
        with Horizontal(id="cards"):
            for kind in ITEM_KINDS:
                idea = IdeaLine("", id=f"{kind}-idea", classes="idea", markup=False)
                self._idea_lines[kind] = idea
                text: Widget
                if self.defer_text:
                    written = shown(f"{kind}.text", self._values[f"{kind}.text"])
                    text = Later(
                        partial(self._text_field, kind),
                        classes="card-text" if written else "card-text -placeholder",
                        preview=written or PLACEHOLDERS[kind],
                        then=self._part_built,
                    )
                else:
                    text = self._text_field(kind)
                rest = "card-row -reflecting" if reflecting(self._values, kind) else "card-row"
                row = Later(partial(self._card_row, kind), classes=rest, then=self._part_built)
                yield Card(kind, idea, text, row)
        self.show_ideas(self._ideas)
        yield Later(self._lower_rows, classes="form-rest", then=self._part_built)
        self._show_low_mood()
        self.show_replaced(())

    def _text_field(self, kind: str) -> Input:
        """A card's line of text."""
        key = f"{kind}.text"
        field = LineInput(
            shown(key, self._values[key]),
            placeholder=PLACEHOLDERS[kind],
            max_length=LINE_MAX,
            id=f"{kind}-text",
            compact=True,
            select_on_focus=False,
            disabled=not self.editable,
        )
        return self._field(key, field)

    def _card_row(self, kind: str) -> Widget:
        """A card's done box and value picker, and the questions shown once it is done."""
        row, done, picker = card_row(
            kind, self._values, self._choices, ascii_only=self.ascii_only, editable=self.editable
        )
        self._field(f"{kind}.done", done)
        self._field(f"{kind}.value_id", picker)
        asked = [self._reflections(kind)] if reflecting(self._values, kind) else []
        self._rests[kind] = Vertical(row, *asked, classes="card-rest")
        return self._rests[kind]

    def _reflections(self, kind: str) -> Widget:
        """A done act's two questions: built once it is done (most cards never need them)."""
        box, fields = reflection_rows(kind, self._values, editable=self.editable)
        self._fields.update(fields)
        return box

    def _lower_rows(self) -> Widget:
        """Kindness to yourself, mood and the note."""
        rows, fields = lower_rows(
            self._values,
            low_mood=self._low_mood,
            replaced=self._replaced_line,
            ascii_only=self.ascii_only,
            editable=self.editable,
        )
        for key, field in fields.items():
            self._field(key, field)
        return rows

    def _part_built(self) -> None:
        if self._announced_built or not self.built:
            return
        self._announced_built = True
        # A value shown while its widget was being built may have missed it: show it again.
        early, self._shown_early = self._shown_early, set()
        self.show({key: self._values[key] for key in early})
        if self.defer_text and self.screen.focused is None:
            self.focus_first_empty()
        self.post_message(self.Built())

    async def on_field_stub_wanted(self, event: FieldStub.Wanted) -> None:
        """Build a field where its stand-in was (`field_stub`), and give it the focus."""
        event.stop()
        key = self._key_of(event.stub)
        if key is not None and event.stub.is_attached:
            self._fields[key] = await in_place_of(event.stub, key, self._values, self._choices)

    def focus_note(self) -> None:
        """Put the cursor in the note (building its field if it is not built yet)."""
        note = self._fields.get("note")
        if note is not None:
            self.screen.set_focus(note)

    @property
    def built(self) -> bool:
        """Whether every field's widget is built and mounted (the questions, once asked)."""
        return all(key in self._fields for key in FIELDS if not asks(key)) and all(
            widget.is_mounted for widget in self._fields.values()
        )

    def _field(self, key: str, widget: WidgetType) -> WidgetType:
        self._fields[key] = widget
        return widget

    def _key_of(self, widget: Widget | None) -> str | None:
        return next((key for key, field in self._fields.items() if field is widget), None)

    # ------------------------------------------------------------------ showing

    def show(self, values: Mapping[str, Any]) -> None:
        """Show these fields' values (without posting `Changed`: the person did not change them)."""
        self._values.update(values)
        for key, value in values.items():
            widget = self._fields.get(key)
            if widget is None or not widget.is_mounted:
                self._shown_early.add(key)  # built from `_values`, or shown once built
                continue
            put(widget, shown(key, value))
        self._show_low_mood()
        self._show_reflections()

    def show_choices(self, values: Sequence[Value]) -> None:
        """The values the cards' pickers offer (a picker keeps its choice if it is still there)."""
        self._choices = list(values)
        for kind in ITEM_KINDS:
            picker = self._fields.get(f"{kind}.value_id")
            if picker is None or not picker.is_mounted:
                continue
            options = value_options(self._choices, self._values[f"{kind}.value_id"])
            if isinstance(picker, ValueStub):
                picker.show(picker.value, names(options))
            else:
                set_options(picker, options)

    def show_ideas(self, ideas: Mapping[str, str]) -> None:
        """Each card's suggestion."""
        self._ideas.update(ideas)
        for kind, text in self._ideas.items():
            idea_line = self._idea_lines.get(kind)
            if idea_line is not None:
                idea_line.update(Text("Idea: ", style="italic") + block(text))

    def show_replaced(self, replaced: Sequence[Mapping[str, Any]]) -> None:
        """Texts another session's save replaced for this day (kept, so nothing vanishes)."""
        shown_here = self._replaced_line
        if replaced:
            kept = " · ".join(str(r.get("text", "")) for r in replaced[-3:])
            shown_here.update(line(f"Also written for this day in another session: {kept}"))
            shown_here.display = True
        else:
            shown_here.display = False

    def _show_reflections(self) -> None:
        """Each card's questions show once its act is done (or while an answer is kept); the
        first time, they are built just after (keys wait for them, as for every `Later`)."""
        show_reflections(self._fields, self._values, self._rests, self._reflections)

    def _show_low_mood(self) -> None:
        mood = self._values.get("mood")
        self._low_mood.display = is_low_mood(mood)

    # ------------------------------------------------------------------ what the person does

    def _changed(self, widget: Widget | None, value: Any) -> None:
        key = self._key_of(widget)
        if key is None:
            return
        self._values[key] = value
        if key == "mood":
            self._show_low_mood()
        elif key.endswith(".done"):
            self._show_reflections()
        self.post_message(self.Changed(key, value))

    # Handlers by name rather than @on(TextArea.Changed): the first frame imports neither.
    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._changed(event.input, event.value)

    def on_text_area_changed(self, event: Any) -> None:
        event.stop()
        self._changed(event.text_area, event.text_area.text)

    def on_checkbox_changed(self, event: Any) -> None:
        event.stop()
        self._changed(event.checkbox, bool(event.value))

    def on_select_changed(self, event: Any) -> None:
        event.stop()
        value = event.value
        self._changed(event.select, value if isinstance(value, str) else None)

    def on_mood_scale_changed(self, event: Any) -> None:
        event.stop()
        self._changed(event.scale, event.mood)

    @on(Input.Submitted)
    def _next_text_field(self, event: Input.Submitted) -> None:
        """Enter in a one-line field moves on to the next text field (never onto a box, where
        letters would be taken as keys)."""
        event.stop()
        key = self._key_of(event.input)
        if key not in TEXT_FIELDS:
            return
        for later in TEXT_FIELDS[TEXT_FIELDS.index(key) + 1 :]:
            field = self._fields.get(later)
            if field is not None and field.is_mounted and field.focusable and shows(field, self):
                self.screen.set_focus(field)
                return

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        # Tab into a note with text puts the cursor at its end, as the one-line fields do.
        note = self._fields.get("note")
        if event.widget is note and note is not None and not isinstance(note, NoteStub):
            to_the_end(note)

    def focus_first_empty(self) -> None:
        """Put the cursor in "One new thing" when it is still empty, else in an empty kindness."""
        if not self.editable:
            return
        for kind in ITEM_KINDS:
            field = self._fields.get(f"{kind}.text")
            if isinstance(field, Input) and not field.value:
                self.screen.set_focus(field)
                return

    def focused_kind(self) -> str | None:
        """The card holding the focus, if one does."""
        focused = self.screen.focused
        for kind in ITEM_KINDS:
            card = self.query_one(f"#card-{kind}")
            if focused is not None and (focused is card or card in focused.ancestors):
                return kind
        return None

    def toggle_done(self, kind: str) -> None:
        """Tick or untick a card's done box, as space on it would."""
        from textual.widgets import Checkbox

        box = self._fields.get(f"{kind}.done")
        if self.editable and isinstance(box, Checkbox) and box.is_mounted:
            box.toggle()
