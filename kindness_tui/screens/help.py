"""Every key, screen by screen, and a plain word about what the app is not."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from kindness_tui.screens.style_files import style

CARE_NOTE = (
    "Kindness is a companion to a practice, not a treatment. If you are struggling, "
    "or thinking of harming yourself, you deserve real help: a person you trust, "
    "your doctor or therapist, or a local crisis line."
)

EVERYWHERE = [
    ("F1", "this help (also ? when no text field has focus)"),
    ("F2 / F3 / F4", "Today / Values / Calendar (also t, v, c outside a text field)"),
    ("ctrl+q", "save and quit (also q outside a text field)"),
    ("ctrl+p", "command palette: every screen and action by name"),
    ("tab / shift+tab", "next / previous field"),
    ("escape", "leave the form or a text field (then the letter keys work)"),
]

TODAY_EXTRA = [
    ("enter", "in a one-line field: on to the next text field"),
    ("space", "on a done box: toggle it (a done act then asks how, and what it says)"),
    ("enter, ↑ ↓", "on 'Which value?': open the list and choose"),
    ("0–9, ← → + -", "on the mood scale: set it (1 then 0 makes 10)"),
    ("backspace", "on the mood scale: clear it"),
    ("", "Everything is saved as you go: on leaving a field, after a short pause,"),
    ("", "on switching screens and on quit; until then it is kept in a draft."),
]


CALENDAR_KEYS = [
    ("← → / h l", "the day before / after (crossing months)"),
    ("↑ ↓ / k j", "the week before / after"),
    ("page up / down", "the month before / after, same day of the month"),
    ("home", "back to today"),
    ("enter", "open the day to fill it in (today and past days)"),
]


def _binding_rows(screen_class: type[Screen[Any]]) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    # The class's own keys only: Textual's Screen has generic ones (ctrl+c copy, …) to skip.
    for entry in screen_class.__dict__.get("BINDINGS", []):
        if isinstance(entry, Binding):
            keys, description = entry.key, entry.description
        elif len(entry) >= 3:
            keys, description = entry[0], entry[2]
        else:
            continue
        if description:
            rows.append((_key_names(keys), description))
    return rows


def _key_names(keys: str) -> str:
    names = {
        "plus": "+",
        "minus": "-",
        "greater_than_sign": ">",
        "less_than_sign": "<",
        "question_mark": "?",
        "full_stop": ".",
        "comma": ",",
        "equals_sign": "=",
        "pageup": "page up",
        "pagedown": "page down",
    }
    return " / ".join(names.get(k.strip(), k.strip()) for k in keys.split(","))


def _section(title: str, rows: list[tuple[str, str]]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True, min_width=16)
    table.add_column()
    table.title = title
    table.title_justify = "left"
    table.title_style = "bold underline"
    for key, what in rows:
        table.add_row(Text(key), Text(what))
    return table


def help_sections() -> list[tuple[str, list[tuple[str, str]]]]:
    from kindness_tui.screens.day_form import DayFormScreen
    from kindness_tui.screens.today import DayScreen
    from kindness_tui.screens.values import ValuesScreen

    return [
        ("Everywhere", EVERYWHERE),
        ("Today (F2)", _binding_rows(DayFormScreen) + TODAY_EXTRA),
        ("Values (F3)", list(getattr(ValuesScreen, "KEYS_HELP", _binding_rows(ValuesScreen)))),
        ("Calendar (F4)", CALENDAR_KEYS),
        ("A day opened from the calendar", _binding_rows(DayScreen)),
    ]


class HelpScreen(ModalScreen[None]):
    """Every key of every screen."""

    CSS_PATH = style("help.tcss")

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q,question_mark", "dismiss", "Close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static("Help · escape or F1 closes", id="help-title")
            yield Static(CARE_NOTE, id="care-note")
            for title, rows in help_sections():
                yield Static(_section(title, rows), classes="help-section")

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
