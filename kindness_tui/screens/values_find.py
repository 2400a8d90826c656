"""Find your values: pick from common values, or think of someone who shaped you."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import (
    Button,
    Input,
    Label,
    SelectionList,
    Static,
    TabbedContent,
    TabPane,
)
from textual.widgets.selection_list import Selection

from kindness_tui.core.common_values import COMMON_VALUES, values_for_quality
from kindness_tui.core.edits import FoundValues, NewValue
from kindness_tui.core.models import LINE_MAX, MAX_ACTIVE_VALUES, NAME_MAX
from kindness_tui.core.safe_text import one_line
from kindness_tui.screens.edit_dialog import EditDialog
from kindness_tui.screens.style_files import style
from kindness_tui.widgets.text_fields import LineInput

if TYPE_CHECKING:
    from kindness_tui.context import Context

INTRO = (
    "Pick any that feel like yours (space or enter). Nothing is fixed: "
    "you can rename, rewrite or archive them later."
)
PERSON_INTRO = (
    "Think of someone who shaped you: a grandparent, a teacher, a friend, even someone "
    "who was hard to be around. Separate qualities with commas."
)
ARROW_RE = re.compile(r"\s*(?:->|→|=>|>)\s*")


@dataclass(frozen=True)
class Candidate:
    """A value the person might add: its name, what it means, and its life area."""

    name: str
    about: str | None
    area: str | None = None


def split_qualities(text: str) -> list[str]:
    """ "patient, funny;  brave" -> ["patient", "funny", "brave"] (empty ones dropped)."""
    parts = re.split(r"[,;\n]", text)
    return [" ".join(p.split()) for p in parts if p.strip()]


def person_candidates(person: str, good: str, hard: str) -> tuple[list[Candidate], list[str]]:
    """Values suggested by someone's qualities, and the hard ones that need an opposite.

    A good quality points to the values it embodies (or becomes a value itself);
    a hard one points to its opposite: known ones from the hints, others when
    written as "grumpy -> cheerfulness".
    """
    who = " ".join(person.split()) or "them"
    found: dict[str, Candidate] = {}
    unknown: list[str] = []

    def add(name: str, about: str, area: str | None = None) -> None:
        name = " ".join(name.split())[:NAME_MAX]
        if name and name.casefold() not in found:
            found[name.casefold()] = Candidate(name, about[:LINE_MAX], area)

    for quality in split_qualities(good):
        hinted = values_for_quality(quality)
        if hinted:
            for value in hinted:
                add(value.name, f"{quality}, like {who}", value.area)
        else:
            add(quality[:1].upper() + quality[1:], f"{quality}, like {who}")
    for quality in split_qualities(hard):
        parts = ARROW_RE.split(quality, maxsplit=1)
        if len(parts) == 2 and parts[1].strip():
            hard_one, opposite = parts[0].strip(), parts[1].strip()
            add(
                opposite[:1].upper() + opposite[1:],
                f"the opposite of {hard_one}, learned from {who}",
            )
            continue
        hinted = values_for_quality(quality)
        if hinted:
            for value in hinted:
                add(value.name, f"the opposite of {quality}, learned from {who}", value.area)
        else:
            unknown.append(quality)
    return list(found.values()), unknown


class FindValuesScreen(EditDialog[list[str] | None]):
    """A guided way to a first wheel; returns the ids of the values added."""

    CSS_PATH = style("values.tcss")
    DRAFT_KEY = "found-values"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Close"),
        Binding("ctrl+s", "add_chosen", "Add chosen"),
    ]

    def __init__(self, context: Context) -> None:
        super().__init__(context)
        self._person: list[Candidate] = []

    def _have(self) -> set[str]:
        return {v.name.casefold() for v in self.store.values(include_archived=True)}

    def compose(self) -> ComposeResult:
        have = self._have()
        dash = "-" if self.ascii_only else "—"
        common = [
            Selection(
                Text.assemble(
                    (value.name, "bold"),
                    f" {dash} {value.meaning}",
                    (" (on your wheel)" if value.name.casefold() in have else "", "italic"),
                ),
                value.name,
                False,
                disabled=value.name.casefold() in have,
            )
            for value in COMMON_VALUES
        ]
        with Vertical(id="find-values"):
            yield Static("Find your values", classes="dialog-title")
            with TabbedContent(id="find-tabs"):
                with TabPane("Common values", id="find-common"):
                    yield Static(INTRO, classes="find-intro", markup=False)
                    yield SelectionList[str](*common, id="common-list")
                with TabPane("Someone who shaped you", id="find-person"):
                    yield Static(PERSON_INTRO, classes="find-intro", markup=False)
                    yield Label("Their name (or what you called them)")
                    yield LineInput(id="person-name", max_length=NAME_MAX, compact=True)
                    yield Label("Qualities of theirs you would like to embody")
                    yield LineInput(
                        placeholder="patient, funny, brave",
                        id="person-good",
                        max_length=LINE_MAX,
                        compact=True,
                    )
                    yield Label("Hard qualities, whose opposite you value (cold -> warmth)")
                    yield LineInput(
                        placeholder="impatient, harsh",
                        id="person-hard",
                        max_length=LINE_MAX,
                        compact=True,
                    )
                    yield Static(id="person-note", classes="find-note", markup=False)
                    yield SelectionList[str](id="person-list")
            yield Static(id="find-status", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Add chosen (ctrl+s)", id="find-add", variant="primary", compact=True)
                yield Button("Close (esc)", id="find-close", compact=True)

    def on_mount(self) -> None:
        self.query_one("#common-list", SelectionList).focus()
        self._show_status()

    # ------------------------------------------------------------------ the person exercise

    @on(Input.Changed, "#person-name, #person-good, #person-hard")
    def _qualities_changed(self) -> None:
        person = self.query_one("#person-name", Input).value
        good = self.query_one("#person-good", Input).value
        hard = self.query_one("#person-hard", Input).value
        candidates, unknown = person_candidates(person, good, hard)
        listing = self.query_one("#person-list", SelectionList)
        kept = set(listing.selected)
        fresh = {c.name for c in candidates} - {c.name for c in self._person}
        have = self._have()
        self._person = candidates
        listing.clear_options()
        for candidate in candidates:
            on_wheel = candidate.name.casefold() in have
            prompt = Text.assemble(
                (one_line(candidate.name, ascii_only=self.ascii_only), "bold"),
                "  ",
                (one_line(candidate.about, ascii_only=self.ascii_only), "italic"),
                (" (on your wheel)" if on_wheel else "", "dim"),
            )
            chosen = not on_wheel and (candidate.name in kept or candidate.name in fresh)
            listing.add_option(Selection(prompt, candidate.name, chosen, disabled=on_wheel))
        note = ""
        if unknown:
            shown = ", ".join(one_line(q, ascii_only=self.ascii_only) for q in unknown)
            note = (
                f"What would you value instead of {shown}? Write it with an arrow, "
                "like grumpy -> cheerfulness."
            )
        elif candidates:
            note = "These values came from them. Untick any that do not fit."
        self.query_one("#person-note", Static).update(note)
        self._show_status()

    @on(Input.Submitted)
    def _next_field(self, event: Input.Submitted) -> None:
        self.focus_next()

    @on(SelectionList.SelectedChanged)
    def _selection_changed(self) -> None:
        self._show_status()

    # ------------------------------------------------------------------ adding

    def chosen(self) -> list[Candidate]:
        """Everything ticked on both tabs, common values first, each name once."""
        by_name = {v.name: Candidate(v.name, v.meaning, v.area) for v in COMMON_VALUES}
        picked: dict[str, Candidate] = {}
        for name in self.query_one("#common-list", SelectionList).selected:
            picked.setdefault(name.casefold(), by_name[name])
        person = {c.name: c for c in self._person}
        for name in self.query_one("#person-list", SelectionList).selected:
            if name in person:
                picked.setdefault(name.casefold(), person[name])
        return list(picked.values())

    def _show_status(self) -> None:
        count = len(self.store.values())
        picked = len(self.chosen())
        room = MAX_ACTIVE_VALUES - count
        text = f"{picked} chosen · your wheel has {count} of {MAX_ACTIVE_VALUES}"
        if picked > room:
            text += f" · room for {room} more" if room else " · it is full"
        self.query_one("#find-status", Static).update(text)

    def edit(self) -> FoundValues | None:
        chosen = self.chosen()
        if not chosen:
            return None
        return FoundValues(tuple(NewValue(c.name, c.about, c.area) for c in chosen))

    @on(Button.Pressed, "#find-add")
    async def action_add_chosen(self) -> None:
        edit = self.edit()
        if edit is None:
            self.notify("Tick a value or two first (space), then add them.")
            return
        result = await self.save_edit(edit)
        if isinstance(result, str):
            self.notify(result, severity="warning")
            return
        added = result.value_ids
        if added:
            self.notify(
                f"Added {len(added)} value{'s' if len(added) != 1 else ''} to your wheel, "
                "each at now 5 and want 8. Rate them with + - and > <."
            )
        if result.waiting:
            self.notify(
                f"The wheel holds {MAX_ACTIVE_VALUES}, so these wait for now: "
                + ", ".join(result.waiting),
                timeout=10,
            )
        self.dismiss(added)

    @on(Button.Pressed, "#find-close")
    def action_cancel(self) -> None:
        self.forget()
        self.dismiss(None)
