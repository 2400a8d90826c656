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
    SelectionList,
    Static,
    TabbedContent,
    TabPane,
)
from textual.widgets.selection_list import Selection

from kindness_tui.core.common_values import COMMON_VALUES, values_for_quality
from kindness_tui.core.edits import FoundValues, NewValue
from kindness_tui.core.models import LINE_MAX, MAX_ACTIVE_VALUES, NAME_MAX, name_key
from kindness_tui.core.safe_text import one_line
from kindness_tui.screens.edit_dialog import EditDialog
from kindness_tui.screens.style_files import style
from kindness_tui.screens.values_choices import LeaveFinding
from kindness_tui.widgets.text_fields import labelled_line

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
    """What the value means, saved with it: the person's own words, never how it was found."""
    area: str | None = None
    why: str | None = None
    """Where it came from ("instead of cold"), shown while choosing and not saved."""


def split_qualities(text: str) -> list[str]:
    """ "patient, funny;  brave" -> ["patient", "funny", "brave"] (empty ones dropped)."""
    parts = re.split(r"[,;\n]", text)
    return [" ".join(p.split()) for p in parts if p.strip()]


def person_candidates(person: str, good: str, hard: str) -> tuple[list[Candidate], list[str]]:
    """Values suggested by someone's qualities, and the hard ones that need an opposite.

    A good quality points to the values it embodies (or becomes a value itself),
    meaning "patient, like Grandma". A hard one points to its opposite: known ones
    from the hints, others when written as "grumpy -> cheerfulness". What a value
    learned from a hard quality means is the value's own meaning, never "the
    opposite of cold": that reads like a label on the "Who I am" card.
    """
    who = " ".join(person.split()) or "them"
    found: dict[str, Candidate] = {}
    unknown: list[str] = []

    def add(name: str, about: str | None, area: str | None = None, why: str | None = None) -> None:
        name = " ".join(name.split())[:NAME_MAX]
        if name and name_key(name) not in found:
            found[name_key(name)] = Candidate(
                name, about[:LINE_MAX] if about else None, area, why[:LINE_MAX] if why else None
            )

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
            add(opposite[:1].upper() + opposite[1:], None, why=f"instead of {hard_one}")
            continue
        hinted = values_for_quality(quality)
        if hinted:
            for value in hinted:
                add(value.name, value.meaning, value.area, why=f"instead of {quality}")
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
        return {name_key(v.name) for v in self.store.values(include_archived=True)}

    def compose(self) -> ComposeResult:
        have = self._have()
        dash = "-" if self.ascii_only else "—"
        common = [
            Selection(
                Text.assemble(
                    (value.name, "bold"),
                    f" {dash} {value.meaning}",
                    (" (on your wheel)" if name_key(value.name) in have else "", "italic"),
                ),
                value.name,
                False,
                disabled=name_key(value.name) in have,
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
                    yield from labelled_line(
                        "Their name (or what you called them)",
                        id="person-name",
                        max_length=NAME_MAX,
                    )
                    yield from labelled_line(
                        "Qualities of theirs you would like to embody",
                        placeholder="patient, funny, brave",
                        id="person-good",
                        max_length=LINE_MAX,
                    )
                    yield from labelled_line(
                        "Hard qualities, whose opposite you value (cold -> warmth)",
                        placeholder="impatient, harsh",
                        id="person-hard",
                        max_length=LINE_MAX,
                    )
                    yield Static(id="person-note", classes="find-note", markup=False)
                    yield SelectionList[str](id="person-list")
            yield Static(id="find-status", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Add chosen (ctrl+s)", id="find-add", variant="primary", compact=True)
                yield Button("Close (esc)", id="find-close", classes="cancel", compact=True)

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
        # New values are ticked only while the wheel has room for them: what is ticked
        # on either tab must fit, and the person decides which of the rest to swap in.
        ticked = {name_key(name) for name in self._common_ticked()}
        ticked |= {name_key(name) for name in kept if name in {c.name for c in candidates}}
        room = self._room()
        unticked = 0
        listing.clear_options()
        for candidate in candidates:
            on_wheel = name_key(candidate.name) in have
            chosen = not on_wheel and candidate.name in kept
            if not on_wheel and candidate.name in fresh:
                chosen = name_key(candidate.name) in ticked or len(ticked) < room
                if chosen:
                    ticked.add(name_key(candidate.name))
            unticked += not on_wheel and not chosen
            listing.add_option(
                Selection(
                    self._person_prompt(candidate, on_wheel),
                    candidate.name,
                    chosen,
                    disabled=on_wheel,
                )
            )
        notes: list[str] = []
        if unknown:
            shown = ", ".join(one_line(q, ascii_only=self.ascii_only) for q in unknown)
            notes.append(
                f"What would you value instead of {shown}? Write it with an arrow, "
                "like grumpy -> cheerfulness."
            )
        if unticked and len(ticked) >= room:
            notes.append(self._room_note(room))
        elif candidates and not unknown:
            notes.append("These values came from them. Untick any that do not fit.")
        self.query_one("#person-note", Static).update(" ".join(notes))
        self._show_status()

    def _person_prompt(self, candidate: Candidate, on_wheel: bool) -> Text:
        """A suggested value as the list shows it: name, meaning, and where it came from."""
        dot = "-" if self.ascii_only else "·"
        return Text.assemble(
            (one_line(candidate.name, ascii_only=self.ascii_only), "bold"),
            "  ",
            (one_line(candidate.about, ascii_only=self.ascii_only), "italic"),
            (f" {dot} " if candidate.about and candidate.why else "", "dim"),
            (one_line(candidate.why, ascii_only=self.ascii_only), "dim"),
            (" (on your wheel)" if on_wheel else "", "dim"),
        )

    @staticmethod
    def _room_note(room: int) -> str:
        """Why some values came unticked: the wheel holds 15, gently."""
        if room <= 0:
            return (
                f"Your wheel already holds {MAX_ACTIVE_VALUES} values, so none of these "
                "are ticked. They can stay ideas for now, or take the place of one you archive."
            )
        return (
            f"Your wheel has room for {room} more, so not all of these are ticked. "
            "Swap the ticks to keep the ones that fit you best."
        )

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
            picked.setdefault(name_key(name), by_name[name])
        person = {c.name: c for c in self._person}
        for name in self.query_one("#person-list", SelectionList).selected:
            if name in person:
                picked.setdefault(name_key(name), person[name])
        return list(picked.values())

    def _common_ticked(self) -> list[str]:
        return list(self.query_one("#common-list", SelectionList).selected)

    def _room(self) -> int:
        """How many more values the wheel holds."""
        return max(MAX_ACTIVE_VALUES - len(self.store.values()), 0)

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

    def action_cancel(self) -> None:
        """Close; with values ticked, ask first, so one escape never throws them away."""
        picked = self.chosen()
        if not picked:
            self.leave_unsaved()
            return
        self.app.push_screen(
            LeaveFinding(len(picked), self._room(), ascii_only=self.ascii_only),
            self._leave_answered,
        )

    async def _leave_answered(self, answer: str | None) -> None:
        if answer == LeaveFinding.ADD:
            await self.action_add_chosen()
        elif answer == LeaveFinding.LEAVE:
            self.leave_unsaved()
