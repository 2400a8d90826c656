"""The parts of the check-in form: its cards, idea lines, the note's stand-in, and how a
field's value appears in its widget (see `checkin_form`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Static

from kindness_tui.core.checkin import REFLECTIONS
from kindness_tui.core.checkin_words import CARD_TITLES, REFLECTION_LABELS, REFLECTION_QUESTIONS
from kindness_tui.core.models import ITEM_KINDS, LINE_MAX, LONG_MAX, Value
from kindness_tui.core.safe_text import one_line, visible
from kindness_tui.widgets.field_stub import AnswerStub, FieldStub, NoteStub, ValueStub
from kindness_tui.widgets.shown import line

if TYPE_CHECKING:
    from kindness_tui.widgets.long_text import LongTextArea

PLACEHOLDERS = {
    "new_thing": "Something new you will do, or did",
    "kindness": "A kindness nobody will know was you",
}


VALUE_PROMPT = "Which value? (optional)"


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
    if key.endswith((".text", ".how", ".says")) or key == "self_kindness":
        return one_line(value)
    return value


class IdeaLine(Static):
    """The day's suggestion for a card."""


class Card(Vertical):
    """One of the day's two acts: idea, text, and (mounted just after the first frame) done
    and value."""

    def __init__(self, kind: str, *children: Widget) -> None:
        super().__init__(*children, id=f"card-{kind}", classes="card")
        self.kind = kind
        self.border_title = CARD_TITLES[kind]


def card_row(
    kind: str,
    values: Mapping[str, Any],
    choices: Sequence[Value],
    *,
    ascii_only: bool,
    editable: bool,
) -> tuple[Widget, Widget, Widget]:
    """A card's row (built just after the first frame), its done box and its value picker's
    stand-in."""
    from kindness_tui.widgets.done_box import DoneBox

    linked = values[f"{kind}.value_id"]
    options = value_options(choices, linked)
    done = DoneBox(
        ascii_only=ascii_only,
        value=bool(values[f"{kind}.done"]),
        id=f"{kind}-done",
        disabled=not editable,
    )
    stub = ValueStub(
        names(options), linked, prompt=VALUE_PROMPT, id=f"{kind}-value-stub", disabled=not editable
    )
    return Horizontal(done, stub, classes="card-row"), done, stub


def value_picker(kind: str, values: Mapping[str, Any], choices: Sequence[Value]) -> Widget:
    """A card's value picker, built when the cursor first goes to it (a `ValueStub` before)."""
    from textual.widgets import Select

    linked = values[f"{kind}.value_id"]
    options = value_options(choices, linked)
    return Select[str](
        options,
        prompt=VALUE_PROMPT,
        value=linked if any(o[1] == linked for o in options) else Select.NULL,
        id=f"{kind}-value",
        compact=True,
    )


def names(options: Sequence[tuple[Text, str]]) -> dict[str, Text]:
    """Each option's name, by its value's id."""
    return {value_id: name for name, value_id in options}


def reflecting(values: Mapping[str, Any], kind: str) -> bool:
    """Whether a card shows its reflection rows: once done, or while an answer is kept."""
    return bool(values[f"{kind}.done"]) or any(values[f"{kind}.{answer}"] for answer in REFLECTIONS)


def asks(key: str) -> bool:
    """Whether a field is one of a done act's questions ("new_thing.how", …)."""
    return key.rpartition(".")[2] in REFLECTIONS


def reflection_rows(
    kind: str, values: Mapping[str, Any], *, editable: bool
) -> tuple[Widget, dict[str, Widget]]:
    """A card's two questions for a done act (SPEC §2.1), shown only while `reflecting`: the
    box and their stand-ins by key (each becomes its row once the cursor goes there)."""
    fields: dict[str, Widget] = {}
    for answer in REFLECTIONS:
        key = f"{kind}.{answer}"
        fields[key] = AnswerStub(
            REFLECTION_LABELS[answer],
            REFLECTION_QUESTIONS[answer],
            shown(key, values[key]) or "",
            id=f"{kind}-{answer}-stub",
            classes="reflection-row",
            disabled=not editable,
        )
        fields[key].tooltip = REFLECTION_QUESTIONS[answer]
    box = Vertical(*fields.values(), classes="reflections")
    box.display = reflecting(values, kind)
    return box, fields


def answer_row(key: str, answer: str) -> tuple[Widget, Widget]:
    """One question's row (its label and one-line field), built when the cursor first goes
    to it, and the field."""
    from textual.widgets import Label

    from kindness_tui.widgets.text_fields import LineInput

    which = key.rpartition(".")[2]
    question = REFLECTION_QUESTIONS[which]
    field = LineInput(
        answer,
        placeholder=question,
        max_length=LINE_MAX,
        id=key.replace(".", "-"),
        compact=True,
        select_on_focus=False,
    )
    label = Label(REFLECTION_LABELS[which], classes="reflection-label")
    row = Horizontal(label, field, classes="reflection-row")
    row.tooltip = question
    return row, field


def lower_rows(
    values: Mapping[str, Any],
    *,
    low_mood: Widget,
    replaced: Widget,
    ascii_only: bool,
    editable: bool,
) -> tuple[Widget, dict[str, Widget]]:
    """Kindness to yourself, mood and the note (built just after the first frame), and
    their fields by key."""
    from textual.widgets import Label

    from kindness_tui.widgets.mood_scale import MoodScale
    from kindness_tui.widgets.text_fields import LineInput

    off = not editable
    self_kindness = LineInput(
        shown("self_kindness", values["self_kindness"]),
        placeholder="A gentle thing you allow yourself (optional)",
        max_length=LINE_MAX,
        id="self_kindness",
        compact=True,
        select_on_focus=False,
        disabled=off,
    )
    mood = MoodScale(ascii_only=ascii_only, mood=values["mood"], id="mood", disabled=off)
    note = NoteStub(visible(values["note"]), id="note-stub", markup=False, disabled=off)
    note.border_title = "Note"
    rows = Vertical(
        Horizontal(
            Label("Kindness to yourself", classes="row-label"),
            self_kindness,
            id="self-row",
            classes="row",
        ),
        Horizontal(Label("Mood", classes="row-label"), mood, id="mood-row", classes="row"),
        low_mood,
        note,
        replaced,
        classes="form-rest",
    )
    return rows, {"self_kindness": self_kindness, "mood": mood, "note": note}


def show_reflections(
    fields: Mapping[str, Widget],
    values: Mapping[str, Any],
    rests: Mapping[str, Widget],
    build: Callable[[str], Widget],
) -> None:
    """Show each card's reflection rows while it is `reflecting`, hide them otherwise; a card
    asking for the first time gets them built (`build(kind)`) just after, in `rests[kind]`
    (keys wait for a `Later`, so what is typed next lands in them)."""
    from kindness_tui.widgets.later import Later

    for kind in ITEM_KINDS:
        on = reflecting(values, kind)
        for answer in REFLECTIONS:
            field = fields.get(f"{kind}.{answer}")
            if field is not None and isinstance(field.parent, Widget):
                field.parent.display = on
        rest = rests.get(kind)
        missing = on and f"{kind}.how" not in fields
        if missing and rest is not None and rest.is_mounted and not rest.query(Later):
            rest.mount(Later(partial(build, kind)))


def shows(field: Widget, form: Widget) -> bool:
    """Whether `field` is on screen: neither it nor a parent up to `form` is hidden."""
    node: Any = field
    while node is not None and node is not form:
        if not node.display:
            return False
        node = node.parent
    return True


def set_options(select: Any, options: list[tuple[Text, str]]) -> None:
    """Give a value picker new options; it keeps its choice if that is still offered."""
    from textual.widgets import Select

    with select.prevent(Select.Changed):
        keep = select.value
        select.set_options(options)
        if isinstance(keep, str) and any(o[1] == keep for o in options):
            select.value = keep


def note_area(text: str) -> LongTextArea:
    """The note's field, built when the cursor first goes to the note."""
    from kindness_tui.widgets.long_text import LongTextArea

    area = LongTextArea(
        text, limit=LONG_MAX, id="note", soft_wrap=True, show_line_numbers=False, compact=True
    )
    area.border_title = "Note"
    return area


async def in_place_of(
    stub: FieldStub, key: str, values: Mapping[str, Any], choices: Sequence[Value]
) -> Widget:
    """Build the field `key` where its stand-in was (with the focus, if the stand-in had it)
    from the form's `values` and `choices`; return the field."""
    value = shown(key, values[key])
    built: Widget
    field: Widget
    if isinstance(stub, NoteStub):
        built = field = note_area(value)
    elif isinstance(stub, ValueStub):
        built = field = value_picker(key.partition(".")[0], values, choices)
    else:
        built, field = answer_row(key, value or "")
    with stub.app.batch_update():
        await stub.parent.mount(built, after=stub)  # type: ignore[union-attr]
        if stub.screen.focused is stub:
            stub.screen.set_focus(field)
        await stub.remove()
    if isinstance(stub, NoteStub):
        to_the_end(field)
    return field


def to_the_end(note: Any) -> None:
    """Put the note's cursor after its text, so what is typed adds to it, never before it."""
    if note.text and note.cursor_location == (0, 0):
        note.move_cursor(note.document.end)


def put(widget: Widget, value: Any) -> None:
    """Show `value` (as `shown` gives it) in a field's widget, without a Changed message."""
    # Imported here, and the TextArea only when there is one: the first frame needs none.
    from textual.widgets import Checkbox, Input, Select

    from kindness_tui.widgets.mood_scale import MoodScale

    if isinstance(widget, ValueStub):
        widget.show(value or None)
    elif isinstance(widget, AnswerStub):
        widget.show(value or "")
    elif isinstance(widget, Input):
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
