"""The check-in form for one day: two cards, kindness to yourself, mood and a note.

Today shows it for the logical date; the calendar opens it for any past day.
Nothing typed is ever lost: the form compares each field with what it last
loaded or saved, writes only the fields that differ (so another session's
changes to other fields survive), and saves on leaving a field, after a short
pause in typing, on switching screens, on quit, and on ctrl+s.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Checkbox, Input, Label, Select, Static, TextArea

from kindness_tui.core.models import (
    ITEM_KINDS,
    LINE_MAX,
    CheckIn,
    Idea,
    Value,
    apply_checkin_changes,
)
from kindness_tui.core.safe_text import one_line, visible
from kindness_tui.widgets.done_box import DoneBox
from kindness_tui.widgets.mood_scale import MoodScale

CARD_TITLES = {"new_thing": "One new thing", "kindness": "One secret kindness"}
PLACEHOLDERS = {
    "new_thing": "Something new you will do, or did",
    "kindness": "A kindness nobody will know was you",
}
LOW_MOOD_LINE = "Heavy days happen. Something small and kind counts today."
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
    """One of the day's two acts: idea, text, value and done."""

    def __init__(self, kind: str, *, ascii_only: bool = False) -> None:
        super().__init__(id=f"card-{kind}", classes="card")
        self.kind = kind
        self.ascii_only = ascii_only
        self.border_title = CARD_TITLES[kind]

    def compose(self) -> ComposeResult:
        yield IdeaLine("", id=f"{self.kind}-idea", classes="idea", markup=False)
        yield Input(
            placeholder=PLACEHOLDERS[self.kind],
            max_length=LINE_MAX,
            id=f"{self.kind}-text",
            compact=True,
            select_on_focus=False,
        )
        with Horizontal(classes="card-row"):
            yield DoneBox(ascii_only=self.ascii_only, id=f"{self.kind}-done")
            yield Select[str](
                [],
                prompt="Which value? (optional)",
                id=f"{self.kind}-value",
                compact=True,
            )


class CheckInForm(Widget):
    """Everything logged for one day, saved as the person goes."""

    class Saved(Message):
        """The form wrote its changes to the journal."""

        def __init__(self, checkin: CheckIn) -> None:
            super().__init__()
            self.checkin = checkin
            """The day as it now stands in the journal."""

    def __init__(self, day: dt.date, *, editable: bool = True, id: str | None = None) -> None:
        super().__init__(id=id)
        self.day = day
        self.editable = editable
        self._synced: dict[str, Any] = field_values(None)
        self._replaced: tuple[Any, ...] = ()
        self._pause_timer: Timer | None = None
        self.idea_offsets = {kind: 0 for kind in ITEM_KINDS}

    # ------------------------------------------------------------------ building

    def compose(self) -> ComposeResult:
        with Horizontal(id="cards"):
            for kind in ITEM_KINDS:
                yield Card(kind, ascii_only=self._ascii_only)
        with Horizontal(id="self-row", classes="row"):
            yield Label("Kindness to yourself", classes="row-label")
            yield Input(
                placeholder="A gentle thing you allow yourself (optional)",
                max_length=LINE_MAX,
                id="self_kindness",
                compact=True,
                select_on_focus=False,
            )
        with Horizontal(id="mood-row", classes="row"):
            yield Label("Mood", classes="row-label")
            yield MoodScale(ascii_only=self._ascii_only, id="mood")
        yield Static(LOW_MOOD_LINE, id="low-mood", markup=False)
        yield TextArea(id="note", soft_wrap=True, show_line_numbers=False, compact=True)
        yield Static("", id="replaced", markup=False)

    @property
    def _ascii_only(self) -> bool:
        context = getattr(self.app, "context", None)
        return bool(getattr(context, "ascii_only", False))

    @property
    def store(self) -> Any:
        return self.app.context.store

    def on_mount(self) -> None:
        self.query_one("#note", TextArea).border_title = "Note"
        self.load(force=True)
        for widget in self.query("Input, TextArea, Checkbox, Select, MoodScale"):
            widget.disabled = not self.editable

    # ------------------------------------------------------------------ reading

    def _widget_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for kind in ITEM_KINDS:
            values[f"{kind}.text"] = self.query_one(f"#{kind}-text", Input).value
            selected = self.query_one(f"#{kind}-value", Select).value
            values[f"{kind}.value_id"] = selected if isinstance(selected, str) else None
            values[f"{kind}.done"] = self.query_one(f"#{kind}-done", Checkbox).value
        values["self_kindness"] = self.query_one("#self_kindness", Input).value
        values["mood"] = self.query_one("#mood", MoodScale).mood
        values["note"] = self.query_one("#note", TextArea).text
        return values

    def _set_widget(self, key: str, value: Any, values: list[Value]) -> None:
        value = shown(key, value)
        if key.endswith(".text") or key == "self_kindness":
            self.query_one(f"#{key.replace('.', '-')}", Input).value = value or ""
        elif key.endswith(".done"):
            box = self.query_one(f"#{key.replace('.', '-')}", Checkbox)
            with box.prevent(Checkbox.Changed):
                box.value = bool(value)
        elif key.endswith(".value_id"):
            select = self.query_one(f"#{key.split('.')[0]}-value", Select)
            with select.prevent(Select.Changed):
                if value and any(v.id == value for v in values):
                    select.value = value
                else:
                    select.clear()
        elif key == "mood":
            self.query_one("#mood", MoodScale).set_mood(value, announce=False)
        elif key == "note":
            area = self.query_one("#note", TextArea)
            if area.text != (value or ""):
                area.load_text(value or "")

    def load(self, *, force: bool = False) -> None:
        """Show the day from the journal, keeping whatever is being edited here."""
        store = self.store
        checkin = store.checkin(self.day)
        stored = field_values(checkin)
        values = store.values(include_archived=True)
        active = [v for v in values if not v.archived]
        names = {v.id: v for v in values}
        current = self._widget_values() if not force else None
        for kind in ITEM_KINDS:
            select = self.query_one(f"#{kind}-value", Select)
            linked = stored[f"{kind}.value_id"]
            options = [(one_line(v.name), v.id) for v in active]
            if linked and linked in names and names[linked].archived:
                options.append((one_line(names[linked].name) + " (archived)", linked))
            with select.prevent(Select.Changed):
                keep = select.value
                select.set_options(options)
                if isinstance(keep, str) and any(o[1] == keep for o in options):
                    select.value = keep
        for key in FIELDS:
            edited_here = current is not None and current[key] != shown(key, self._synced[key])
            if not edited_here:
                self._set_widget(key, stored[key], values)
                self._synced[key] = stored[key]
        self._replaced = checkin.replaced if checkin else ()
        self._show_extras()
        self.refresh_ideas()

    def _show_extras(self) -> None:
        mood = self.query_one("#mood", MoodScale).mood
        self.query_one("#low-mood").display = mood is not None and mood <= 2
        replaced = self.query_one("#replaced", Static)
        if self._replaced:
            kept = " · ".join(one_line(str(r.get("text", ""))) for r in self._replaced[-3:])
            replaced.update(Text(f"Also written for this day in another session: {kept}"))
            replaced.display = True
        else:
            replaced.display = False

    # ------------------------------------------------------------------ ideas

    def refresh_ideas(self) -> None:
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
            line = self.query_one(f"#{kind}-idea", IdeaLine)
            line.update(Text("Idea: ", style="italic") + Text(visible(idea.text)))
            self.query_one(f"#{kind}-text", Input).placeholder = PLACEHOLDERS[kind]

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
        box = self.query_one(f"#{kind}-done", Checkbox)
        if self.editable:
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
        stored = self.store.update_checkin(self.day, self._stored_form(changes), base=base)
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

    @on(Input.Changed)
    @on(TextArea.Changed)
    def _typed(self) -> None:
        self._save_soon()

    @on(Checkbox.Changed)
    @on(Select.Changed)
    def _chosen(self) -> None:
        self._save_quietly()

    @on(MoodScale.Changed)
    def _mood(self) -> None:
        self._show_extras()
        self._save_quietly()

    @on(Input.Submitted)
    def _next_field(self, event: Input.Submitted) -> None:
        event.stop()
        self.app.action_focus_next()

    def on_descendant_blur(self) -> None:
        self._save_quietly()

    def focus_first_empty(self) -> None:
        """Put the cursor in "One new thing" when it is still empty, else in an empty kindness."""
        if not self.editable:
            return
        for kind in ITEM_KINDS:
            field = self.query_one(f"#{kind}-text", Input)
            if not field.value:
                field.focus()
                return
