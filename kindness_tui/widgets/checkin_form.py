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

from kindness_tui.core.day_edits import FIELDS
from kindness_tui.core.models import ITEM_KINDS, LINE_MAX, LONG_MAX, Value
from kindness_tui.core.safe_text import one_line, visible
from kindness_tui.widgets.later import Later
from kindness_tui.widgets.shown import block, line
from kindness_tui.widgets.text_fields import LineInput

CARD_TITLES = {"new_thing": "One new thing", "kindness": "One secret kindness"}
PLACEHOLDERS = {
    "new_thing": "Something new you will do, or did",
    "kindness": "A kindness nobody will know was you",
}
LOW_MOOD_LINE = "Heavy days happen. Something small and kind counts today."
TEXT_FIELDS = ("new_thing.text", "kindness.text", "self_kindness", "note")
"""The text fields in order: enter in a one-line field moves on to the next."""
WidgetType = TypeVar("WidgetType", bound=Widget)


def value_options(values: Sequence[Value], linked: str | None) -> list[tuple[Text, str]]:
    """The values a card can serve: the active ones, plus the linked one if archived."""
    options = [(line(v.name), v.id) for v in values if not v.archived]
    archived = next((v for v in values if v.id == linked and v.archived), None)
    if archived is not None:
        options.append((line(archived.name) + " (archived)", archived.id))
    return options


def shown(key: str, value: Any) -> Any:
    """How a field's value appears in its widget: never with raw control characters."""
    if key == "note":
        return visible(value)
    if key.endswith(".text") or key == "self_kindness":
        return one_line(value)
    return value


class IdeaLine(Static):
    """The day's suggestion for a card."""


class NoteStub(Static, can_focus=True):
    """The note as it reads, standing in for its TextArea until the person goes to it.

    A TextArea, with the modules it brings, costs about 0.2 MB, and on most days the
    note is only looked at; the field is built when the focus arrives, in its place.
    """

    class Wanted(Message):
        """The focus came to the note: it is time to build the field."""

    def on_focus(self) -> None:
        self.post_message(self.Wanted())


class Card(Vertical):
    """One of the day's two acts: idea, text, and (mounted just after the first frame) done
    and value."""

    def __init__(self, kind: str, *children: Widget) -> None:
        super().__init__(*children, id=f"card-{kind}", classes="card")
        self.kind = kind
        self.border_title = CARD_TITLES[kind]


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
                    )
                else:
                    text = self._text_field(kind)
                yield Card(
                    kind, idea, text, Later(partial(self._card_row, kind), classes="card-row")
                )
        self.show_ideas(self._ideas)
        yield Later(self._lower_rows, classes="form-rest")
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
        if self.defer_text:
            self.call_after_refresh(self._part_built)
        return self._field(key, field)

    def _card_row(self, kind: str) -> Widget:
        """A card's done box and value picker."""
        from textual.widgets import Select

        from kindness_tui.widgets.done_box import DoneBox

        linked = self._values[f"{kind}.value_id"]
        options = value_options(self._choices, linked)
        done = DoneBox(
            ascii_only=self.ascii_only,
            value=bool(self._values[f"{kind}.done"]),
            id=f"{kind}-done",
            disabled=not self.editable,
        )
        picker = Select[str](
            options,
            prompt="Which value? (optional)",
            value=linked if any(o[1] == linked for o in options) else Select.NULL,
            id=f"{kind}-value",
            compact=True,
            disabled=not self.editable,
        )
        self._field(f"{kind}.done", done)
        self._field(f"{kind}.value_id", picker)
        self.call_after_refresh(self._part_built)
        return Horizontal(done, picker, classes="card-row")

    def _lower_rows(self) -> Widget:
        """Kindness to yourself, mood and the note."""
        from textual.widgets import Label

        from kindness_tui.widgets.mood_scale import MoodScale

        off = not self.editable
        self_kindness = LineInput(
            shown("self_kindness", self._values["self_kindness"]),
            placeholder="A gentle thing you allow yourself (optional)",
            max_length=LINE_MAX,
            id="self_kindness",
            compact=True,
            select_on_focus=False,
            disabled=off,
        )
        mood = MoodScale(
            ascii_only=self.ascii_only, mood=self._values["mood"], id="mood", disabled=off
        )
        note = NoteStub(
            visible(self._values["note"]), id="note-stub", markup=False, disabled=off
        )
        note.border_title = "Note"
        self._field("self_kindness", self_kindness)
        self._field("mood", mood)
        self._field("note", note)
        self.call_after_refresh(self._part_built)
        return Vertical(
            Horizontal(
                Label("Kindness to yourself", classes="row-label"),
                self_kindness,
                id="self-row",
                classes="row",
            ),
            Horizontal(Label("Mood", classes="row-label"), mood, id="mood-row", classes="row"),
            self._low_mood,
            note,
            self._replaced_line,
            classes="form-rest",
        )

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

    async def on_note_stub_wanted(self, event: NoteStub.Wanted) -> None:
        """Build the note's field where its stand-in was, and give it the focus."""
        event.stop()
        stub = self._fields.get("note")
        if not isinstance(stub, NoteStub) or not stub.is_attached:
            return
        from kindness_tui.widgets.long_text import LongTextArea

        area = LongTextArea(
            shown("note", self._values["note"]),
            limit=LONG_MAX,
            id="note",
            soft_wrap=True,
            show_line_numbers=False,
            compact=True,
        )
        area.border_title = "Note"
        with self.app.batch_update():
            await stub.parent.mount(area, after=stub)  # type: ignore[union-attr]
            self._fields["note"] = area
            if self.screen.focused is stub:
                self.screen.set_focus(area)
            await stub.remove()
        if area.text:
            area.move_cursor(area.document.end)  # what is typed adds to the note

    def focus_note(self) -> None:
        """Put the cursor in the note (building its field if it is not built yet)."""
        note = self._fields.get("note")
        if note is not None:
            self.screen.set_focus(note)

    @property
    def built(self) -> bool:
        """Whether every field's widget is built and mounted."""
        return len(self._fields) == len(FIELDS) and all(
            widget.is_mounted for widget in self._fields.values()
        )

    def _field(self, key: str, widget: WidgetType) -> WidgetType:
        self._fields[key] = widget
        return widget

    def _key_of(self, widget: Widget | None) -> str | None:
        for key, field in self._fields.items():
            if field is widget:
                return key
        return None

    # ------------------------------------------------------------------ showing

    def show(self, values: Mapping[str, Any]) -> None:
        """Show these fields' values (without posting `Changed`: the person did not change them)."""
        from textual.widgets import Checkbox, Select

        from kindness_tui.widgets.mood_scale import MoodScale

        self._values.update(values)
        for key, value in values.items():
            widget = self._fields.get(key)
            if widget is None or not widget.is_mounted:
                self._shown_early.add(key)  # built from `_values`, or shown once built
                continue
            value = shown(key, value)
            if isinstance(widget, Input):
                if widget.value != (value or ""):
                    with widget.prevent(Input.Changed):
                        widget.value = value or ""
            elif isinstance(widget, Checkbox):
                with widget.prevent(Checkbox.Changed):
                    widget.value = bool(value)
            elif isinstance(widget, Select):
                with widget.prevent(Select.Changed):
                    if value and value in widget._legal_values:
                        widget.value = value
                    else:
                        widget.clear()
            elif isinstance(widget, MoodScale):
                widget.set_mood(value, announce=False)
            elif isinstance(widget, NoteStub):
                widget.update(value or "")
            elif hasattr(widget, "load_text") and widget.text != (value or ""):  # type: ignore[attr-defined]
                from textual.widgets import TextArea

                with widget.prevent(TextArea.Changed):
                    widget.load_text(value or "")
        self._show_low_mood()

    def show_choices(self, values: Sequence[Value]) -> None:
        """The values the cards' pickers offer (a picker keeps its choice if it is still there)."""
        from textual.widgets import Select

        self._choices = list(values)
        for kind in ITEM_KINDS:
            select = self._fields.get(f"{kind}.value_id")
            if not isinstance(select, Select) or not select.is_mounted:
                continue
            options = value_options(self._choices, self._values[f"{kind}.value_id"])
            with select.prevent(Select.Changed):
                keep = select.value
                select.set_options(options)
                if isinstance(keep, str) and any(o[1] == keep for o in options):
                    select.value = keep

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

    def _show_low_mood(self) -> None:
        mood = self._values.get("mood")
        self._low_mood.display = mood is not None and mood <= 2

    # ------------------------------------------------------------------ what the person does

    def _changed(self, widget: Widget | None, value: Any) -> None:
        key = self._key_of(widget)
        if key is None:
            return
        self._values[key] = value
        if key == "mood":
            self._show_low_mood()
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
            if field is not None and field.is_mounted and field.focusable:
                self.screen.set_focus(field)
                return

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        # Tab into a note that has text puts the cursor at its end, as the one-line fields
        # do, so what is typed adds to the note rather than going before it.
        note = self._fields.get("note")
        if event.widget is note and note is not None and not isinstance(note, NoteStub):
            text = note.text  # type: ignore[attr-defined]
            if text and note.cursor_location == (0, 0):  # type: ignore[attr-defined]
                note.move_cursor(note.document.end)  # type: ignore[attr-defined]

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
