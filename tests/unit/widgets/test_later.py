"""`Later`: a widget built after the first frame holds the keys until it is ready for them."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Input

from kindness_tui.widgets.later import Later
from tests.tui.helpers import wait_for


class OneLater(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[bool, bool]] = []
        """At `then`: (the field is mounted, the Later still counts as pending)."""

    def compose(self) -> ComposeResult:
        yield Later(lambda: Input(id="field"), then=self._then)

    def _then(self) -> None:
        field = self.screen.query_one("#field", Input)
        self.seen.append((field.is_mounted, Later.pending_on(self.screen)))
        self.screen.set_focus(field)  # at once, as the form does (focus() is deferred)


async def test_then_runs_once_the_widget_is_mounted_and_before_keys_are_let_through() -> None:
    app = OneLater()
    async with app.run_test() as pilot:
        await wait_for(pilot, lambda: not Later.pending_on(app.screen), "the Later was built")
        # The focus placed by `then` is there the moment the Later stops holding keys.
        assert app.seen == [(True, True)]
        assert isinstance(app.focused, Input)
        assert not app.screen.query(Later)
