"""The check-in form for one day: two cards, kindness to yourself, mood and a note.

Today shows it for the logical date; the calendar opens it for any past day.
Nothing typed is ever lost: the form compares each field with what it last
loaded or saved, writes only the fields that differ (so another session's
changes to other fields survive), and saves on leaving a field, after a short
pause in typing, on switching screens, on quit, and on ctrl+s.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar, cast

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input, Static

from kindness_tui.core.models import (
    ITEM_KINDS,
    LINE_MAX,
    CheckIn,
    Idea,
    Value,
    apply_checkin_changes,
)
from kindness_tui.core.safe_text import one_line, visible
from kindness_tui.widgets.later import Later

if TYPE_CHECKING:
    from kindness_tui.app import KindnessApp
    from kindness_tui.data.store import Store

CARD_TITLES = {"new_thing": "One new thing", "kindness": "One secret kindness"}
PLACEHOLDERS = {
    "new_thing": "Something new you will do, or did",
    "kindness": "A kindness nobody will know was you",
}
LOW_MOOD_LINE = "Heavy days happen. Something small and kind counts today."
WidgetType = TypeVar("WidgetType", bound=Widget)
AUTOSAVE_PAUSE = 1.5
"""Seconds of quiet typing after which the form saves by itself."""

FIELDS = (
    "new_thing.text",
    "new_thing.value_id",
    "new_thing.done",
    "kindness.text",
    "kindness.value_id",
    "kindness.done",
    "self_kindness",
    "mood",
    "note",
)


def field_values(checkin: CheckIn | None) -> dict[str, Any]:
    """A check-in as the form's flat field values ("" and False for what is empty)."""
    result: dict[str, Any] = {}
    for kind in ITEM_KINDS:
        item = checkin.item(kind) if checkin else None
        result[f"{kind}.text"] = item.text if item else ""
        result[f"{kind}.value_id"] = item.value_id if item else None
        result[f"{kind}.done"] = item.done if item else False
    result["self_kindness"] = (checkin.self_kindness if checkin else None) or ""
    result["mood"] = checkin.mood if checkin else None
    result["note"] = (checkin.note if checkin else None) or ""
    return result


def value_options(values: list[Value], linked: str | None) -> list[tuple[str, str]]:
    """The values a card can serve: the active ones, plus the linked one if archived."""
    options = [(one_line(v.name), v.id) for v in values if not v.archived]
    archived = next((v for v in values if v.id == linked and v.archived), None)
    if archived is not None:
        options.append((one_line(archived.name) + " (archived)", archived.id))
    return options


def shown(key: str, value: Any) -> Any:
    """How a stored field appears in its widget: never with raw control characters."""
    if key == "note":
        return visible(value)
    if key.endswith(".text") or key == "self_kindness":
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


class CheckInForm(Widget):
    """Everything logged for one day, saved as the person goes."""

    class Saved(Message):
        """The form wrote its changes to the journal."""

        def __init__(self, checkin: CheckIn) -> None:
            super().__init__()
            self.checkin = checkin
            """The day as it now stands in the journal."""

    class Built(Message):
        """Every field is built and mounted (with deferred text fields, the focus is placed)."""

    def __init__(
        self,
        day: dt.date,
        *,
        editable: bool = True,
        defer_text: bool = False,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.day = day
        self.editable = editable
        self.defer_text = defer_text
        """Build the cards' text fields after the first frame, which then shows their text."""
        self._synced: dict[str, Any] = field_values(None)
        self._replaced: tuple[Any, ...] = ()
        self._pause_timer: Timer | None = None
        self.idea_offsets = {kind: 0 for kind in ITEM_KINDS}
        self._fields: dict[str, Widget] = {}
        """Each field's widget, by its key in FIELDS."""
        self._idea_lines: dict[str, IdeaLine] = {}
        self._load_when_built = False
        self._announced_built = False
        self._low_mood = Static(LOW_MOOD_LINE, id="low-mood", markup=False)
        self._replaced_line = Static("", id="replaced", markup=False)

    # ------------------------------------------------------------------ building

    def compose(self) -> ComposeResult:
        # Every widget is built with the day's values, so nothing restyles after mounting.
        # The cards' headings and ideas make the first frame (with the text fields, unless
        # they are deferred: then a preview of their text stands in); the rows below them
        # are built and mounted right after it (Later), which lets Today show at once.
        checkin = self.store.checkin(self.day)
        self._synced = field_values(checkin)
        self._replaced = checkin.replaced if checkin else ()
        with Horizontal(id="cards"):
            for kind in ITEM_KINDS:
                idea = IdeaLine("", id=f"{kind}-idea", classes="idea", markup=False)
                self._idea_lines[kind] = idea
                text: Widget
                if self.defer_text:
                    written = shown(f"{kind}.text", self._synced[f"{kind}.text"])
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
        self._show_ideas()
        yield Later(self._lower_rows, classes="form-rest")
        self._show_extras()

    def _text_field(self, kind: str) -> Input:
        """A card's line of text, with what was last loaded or saved."""
        key = f"{kind}.text"
        field = Input(
            shown(key, self._synced[key]),
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
        """A card's done box and value picker, with what was last loaded or saved."""
        from textual.widgets import Select

        from kindness_tui.widgets.done_box import DoneBox

        linked = self._synced[f"{kind}.value_id"]
        options = value_options(self.store.values(include_archived=True), linked)
        done = DoneBox(
            ascii_only=self._ascii_only,
            value=bool(self._synced[f"{kind}.done"]),
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
        """Kindness to yourself, mood and the note, with what was last loaded or saved."""
        from textual.widgets import Label, TextArea

        from kindness_tui.widgets.mood_scale import MoodScale

        off = not self.editable
        self_kindness = Input(
            shown("self_kindness", self._synced["self_kindness"]),
            placeholder="A gentle thing you allow yourself (optional)",
            max_length=LINE_MAX,
            id="self_kindness",
            compact=True,
            select_on_focus=False,
            disabled=off,
        )
        mood = MoodScale(
            ascii_only=self._ascii_only, mood=self._synced["mood"], id="mood", disabled=off
        )
        note = TextArea(
            shown("note", self._synced["note"]),
            id="note",
            soft_wrap=True,
            show_line_numbers=False,
            compact=True,
            disabled=off,
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
        if self.defer_text and self.screen.focused is None:
            self.focus_first_empty()
        if self._load_when_built:
            self._load_when_built = False
            self.load()
        self.post_message(self.Built())

    @property
    def built(self) -> bool:
        """Whether every field's widget is built and mounted."""
        return len(self._fields) == len(FIELDS) and all(
            widget.is_mounted for widget in self._fields.values()
        )

    def _field(self, key: str, widget: WidgetType) -> WidgetType:
        self._fields[key] = widget
        return widget

    @property
    def _ascii_only(self) -> bool:
        context = getattr(self.app, "context", None)
        return bool(getattr(context, "ascii_only", False))

    @property
    def store(self) -> Store:
        return cast("KindnessApp", self.app).context.store

    # ------------------------------------------------------------------ reading

    def _widget_values(self) -> dict[str, Any]:
        """What each field shows; a field not mounted yet shows what was last synced."""
        values: dict[str, Any] = {}
        for key in FIELDS:
            widget: Any = self._fields.get(key)
            if widget is None or not widget.is_mounted:
                values[key] = shown(key, self._synced[key])
            elif key.endswith(".value_id"):  # a Select; its blank value is not a str
                values[key] = widget.value if isinstance(widget.value, str) else None
            elif key == "mood":
                values[key] = widget.mood
            elif key == "note":  # the TextArea
                values[key] = widget.text
            else:  # an Input or the done box
                values[key] = widget.value
        return values

    def _set_widget(self, key: str, value: Any) -> None:
        # Imported where used, as the widgets are built after Today's first frame.
        from textual.widgets import Checkbox, Select, TextArea

        from kindness_tui.widgets.mood_scale import MoodScale

        value = shown(key, value)
        widget = self._fields[key]
        if isinstance(widget, Input):
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
        elif isinstance(widget, TextArea) and widget.text != (value or ""):
            widget.load_text(value or "")

    def load(self) -> None:
        """Show the day from the journal, keeping whatever is being edited here."""
        if not self.built:
            self._load_when_built = True  # the last built part loads (see _part_built)
            return
        from textual.widgets import Select

        store = self.store
        checkin = store.checkin(self.day)
        stored = field_values(checkin)
        values = store.values(include_archived=True)
        current = self._widget_values()
        for kind in ITEM_KINDS:
            select = self._fields[f"{kind}.value_id"]
            assert isinstance(select, Select)
            options = value_options(values, stored[f"{kind}.value_id"])
            with select.prevent(Select.Changed):
                keep = select.value
                select.set_options(options)
                if isinstance(keep, str) and any(o[1] == keep for o in options):
                    select.value = keep
        for key in FIELDS:
            if current[key] == shown(key, self._synced[key]):
                self._set_widget(key, stored[key])
                self._synced[key] = stored[key]
        self._replaced = checkin.replaced if checkin else ()
        self._show_extras()
        self.refresh_ideas()

    def _show_extras(self) -> None:
        mood = self._widget_values()["mood"]
        self._low_mood.display = mood is not None and mood <= 2
        replaced = self._replaced_line
        if self._replaced:
            kept = " · ".join(one_line(str(r.get("text", ""))) for r in self._replaced[-3:])
            replaced.update(Text(f"Also written for this day in another session: {kept}"))
            replaced.display = True
        else:
            replaced.display = False

    # ------------------------------------------------------------------ ideas

    def refresh_ideas(self) -> None:
        self._show_ideas()

    def _show_ideas(self) -> None:
        from kindness_tui.core.suggestions import suggestion_for
        from kindness_tui.core.value_of_the_day import value_of_the_day

        store = self.store
        values = store.values()
        pick = value_of_the_day(values, store.current_assessment(), self.day)
        own = store.ideas()
        for kind in ITEM_KINDS:
            idea: Idea = suggestion_for(
                kind,
                self.day,
                area=pick.area if pick else None,
                own=own,
                offset=self.idea_offsets[kind],
            )
            line = self._idea_lines[kind]
            line.update(Text("Idea: ", style="italic") + Text(visible(idea.text)))

    def another_idea(self, kind: str) -> None:
        self.idea_offsets[kind] += 1
        self.refresh_ideas()

    def focused_kind(self) -> str:
        """The card holding the focus, or the first card."""
        focused = self.app.focused
        for kind in ITEM_KINDS:
            card = self.query_one(f"#card-{kind}")
            if focused is not None and (focused is card or card in focused.ancestors):
                return kind
        return ITEM_KINDS[0]

    def toggle_done(self, kind: str) -> None:
        box = self._fields.get(f"{kind}.done")
        from textual.widgets import Checkbox

        if self.editable and isinstance(box, Checkbox) and box.is_mounted:
            box.toggle()

    # ------------------------------------------------------------------ saving

    def pending(self) -> dict[str, Any]:
        """The fields whose widgets differ from what was last loaded or saved."""
        now = self._widget_values()
        return {key: now[key] for key in FIELDS if now[key] != shown(key, self._synced[key])}

    def save(self) -> CheckIn | None:
        """Write what changed; returns the day as stored, or None if nothing changed."""
        if self._pause_timer is not None:
            self._pause_timer.stop()
            self._pause_timer = None
        if not self.editable:
            return None
        changes = self.pending()
        if not changes:
            return None
        base = CheckIn(date=self.day.isoformat())

        base = apply_checkin_changes(base, self._stored_form(self._synced))
        stored: CheckIn = self.store.update_checkin(self.day, self._stored_form(changes), base=base)
        self._synced.update(changes)
        fresh = self.store.checkin(self.day)
        self._replaced = fresh.replaced if fresh else ()
        self._show_extras()
        self.post_message(self.Saved(stored))
        return stored

    @staticmethod
    def _stored_form(values: dict[str, Any]) -> dict[str, Any]:
        """Empty texts are stored as None for the day-level texts, "" for item texts."""
        result = dict(values)
        for key in ("self_kindness", "note"):
            if key in result and not result[key]:
                result[key] = None
        return result

    def _save_soon(self) -> None:
        if self._pause_timer is not None:
            self._pause_timer.stop()
        self._pause_timer = self.set_timer(AUTOSAVE_PAUSE, self._save_quietly)

    def _save_quietly(self) -> None:
        self._pause_timer = None
        try:
            self.save()
        except Exception as exc:  # a full disk or a busy journal must not crash the form
            self.app.notify(str(exc), severity="warning", timeout=8)

    # Handlers by name rather than @on(TextArea.Changed): the first frame imports neither.
    def on_input_changed(self) -> None:
        self._save_soon()

    def on_text_area_changed(self) -> None:
        self._save_soon()

    def on_checkbox_changed(self) -> None:
        self._save_quietly()

    def on_select_changed(self) -> None:
        self._save_quietly()

    def on_mood_scale_changed(self) -> None:
        self._show_extras()
        self._save_quietly()

    @on(Input.Submitted)
    def _next_field(self, event: Input.Submitted) -> None:
        event.stop()
        self.app.action_focus_next()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        # Tab into a note that has text puts the cursor at its end, as the one-line fields
        # do, so what is typed adds to the note rather than going before it.
        note = self._fields.get("note")
        if event.widget is note and note is not None:
            text = note.text  # type: ignore[attr-defined]
            if text and note.cursor_location == (0, 0):  # type: ignore[attr-defined]
                note.move_cursor(note.document.end)  # type: ignore[attr-defined]

    def on_descendant_blur(self) -> None:
        self._save_quietly()

    def focus_first_empty(self) -> None:
        """Put the cursor in "One new thing" when it is still empty, else in an empty kindness."""
        if not self.editable:
            return
        for kind in ITEM_KINDS:
            field = self._fields.get(f"{kind}.text")
            if isinstance(field, Input) and not field.value:
                self.screen.set_focus(field)  # at once: see KindnessApp.BINDINGS
                return
