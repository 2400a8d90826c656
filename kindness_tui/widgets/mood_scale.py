"""A one-line mood scale, 0–10, set from the keyboard."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from kindness_tui.core.models import MOOD_RANGE

LOW, HIGH = MOOD_RANGE


class MoodScale(Widget, can_focus=True):
    """Mood from 0 to 10, or none: arrows or +/- step, digits jump, backspace clears."""

    DEFAULT_CSS = """
    MoodScale {
        height: 1;
        width: 1fr;
    }
    MoodScale > .mood-scale--chosen {
        text-style: bold reverse;
    }
    MoodScale:focus {
        text-style: underline;  /* seen without colour too (NO_COLOR, 16 colours) */
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {"mood-scale--chosen"}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("right,plus,equals_sign,l", "step(1)", "Mood up", show=False),
        Binding("left,minus,h", "step(-1)", "Mood down", show=False),
        Binding("backspace,delete", "clear", "Clear mood", show=False),
    ]

    mood: reactive[int | None] = reactive(None)
    """The chosen mood, or None when it was not set."""

    class Changed(Message):
        """The person set or cleared their mood."""

        def __init__(self, scale: MoodScale, mood: int | None) -> None:
            super().__init__()
            self.scale = scale
            self.mood = mood
            """The new mood, or None."""

        @property
        def control(self) -> MoodScale:
            return self.scale

    def __init__(
        self,
        *,
        ascii_only: bool = False,
        mood: int | None = None,
        id: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(id=id, disabled=disabled)
        self.ascii_only = ascii_only
        self.set_reactive(MoodScale.mood, mood)
        self._tens = False

    def set_mood(self, mood: int | None, *, announce: bool = True) -> None:
        if mood is not None:
            mood = max(LOW, min(HIGH, mood))
        if mood == self.mood:
            return
        self.mood = mood
        if announce:
            self.post_message(self.Changed(self, mood))

    def action_step(self, delta: int) -> None:
        if self.mood is None:
            self.set_mood(5 if delta > 0 else 4)
        else:
            self.set_mood(self.mood + delta)

    def action_clear(self) -> None:
        self.set_mood(None)

    def on_key(self, event: events.Key) -> None:
        key = event.character
        if key and key.isdigit() and len(key) == 1:
            digit = int(key)
            # "1" then "0" makes ten: nobody has to count arrow presses to get there.
            if self._tens and digit == 0:
                self.set_mood(10)
                self._tens = False
            else:
                self.set_mood(digit)
                self._tens = digit == 1
            event.stop()
        else:
            self._tens = False

    def render(self) -> Text:
        chosen_style = self.get_component_rich_style("mood-scale--chosen")
        text = Text()
        for n in range(LOW, HIGH + 1):
            label = f" {n} "
            if n == self.mood:
                text.append(f"[{n}]" if n < 10 else f"[{n}]", chosen_style)
            else:
                text.append(label)
        if self.mood is None:
            text.append("   (not set)", "dim")
        return text
