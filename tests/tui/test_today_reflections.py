"""A done act's two questions on Today (SPEC §2.1): reached by keyboard, saved like every field."""

from __future__ import annotations

from pathlib import Path

from textual.widget import Widget
from textual.widgets import Input

from kindness_tui.app import make_app
from kindness_tui.context import Context
from kindness_tui.data.store import Store
from kindness_tui.widgets.checkin_form import CheckInForm
from kindness_tui.widgets.checkin_parts import shows
from tests.conftest import TODAY
from tests.tui.helpers import burst, settled, wait_for

SIZE = (80, 24)


def fresh(journal: Path) -> Store:
    return Store(journal)


def answers(journal: Path, kind: str = "new_thing") -> tuple[str | None, str | None]:
    day = fresh(journal).checkin(TODAY)
    item = day.item(kind) if day else None
    return (item.how, item.says) if item else (None, None)


def question(app, kind: str, answer: str) -> Input:
    """A question's field, once the cursor has been there (until then a stand-in shows it)."""
    return app.screen.query_one(f"#{kind}-{answer}", Input)


def field(app, kind: str, answer: str) -> Widget | None:
    """What shows a question: its field, or its stand-in until the cursor goes there."""
    found = app.screen.query(f"#{kind}-{answer}, #{kind}-{answer}-stub")
    return found.first() if found else None


def answer_shown(app, kind: str, answer: str) -> str:
    shown = field(app, kind, answer)
    return shown.value if isinstance(shown, Input) else shown.answer  # type: ignore[union-attr]


def asked(app, kind: str) -> bool:
    """Whether the card shows its two questions (built only once they are first wanted)."""
    form = app.screen.query_one(CheckInForm)
    fields = [field(app, kind, a) for a in ("how", "says")]
    return all(found is not None and shows(found, form) for found in fields)


async def test_the_questions_wait_until_the_act_is_done(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert not asked(app, "new_thing") and not asked(app, "kindness")
        assert field(app, "new_thing", "how") is None  # not even built, on most days
        await pilot.press(*"walked", "enter")  # enter skips the hidden questions
        await settled(pilot)
        assert app.focused is app.screen.query_one("#kindness-text", Input)
        await pilot.press("shift+tab", "shift+tab", "space")  # back to its done box
        await settled(pilot)
        assert asked(app, "new_thing") and not asked(app, "kindness")


async def test_reflections_by_keyboard_reach_the_journal(app, journal: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press(*"walked a new route", "tab", "space")  # done
        await settled(pilot)
        await pilot.press("tab", "tab")  # past the value picker, into "How did you do that?"
        await settled(pilot)  # (each is built as the cursor first arrives)
        assert app.focused is question(app, "new_thing", "how")
        await pilot.press(*"one street at a time", "enter")
        await settled(pilot)
        assert app.focused is question(app, "new_thing", "says")
        await pilot.press(*"I can start small", "tab")
        assert app.focused is app.screen.query_one("#kindness-text", Input)
        await wait_for(pilot, lambda: answers(journal)[1], "the answers were saved")
        assert answers(journal) == ("one street at a time", "I can start small")
        day = fresh(journal).checkin(TODAY)
        assert day is not None and day.new_thing is not None and day.new_thing.done


async def test_reflections_typed_in_one_burst_land_where_slow_typing_would(
    app, journal: Path
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        burst(app, *"a kind note", "tab", "space", "tab", "tab", *"quietly", "enter", *"I care")
        burst(app, "ctrl+q")
        await wait_for(pilot, lambda: not app.is_running, "the app quit")
    day = fresh(journal).checkin(TODAY)
    assert day is not None and day.new_thing is not None
    assert (day.new_thing.text, day.new_thing.how, day.new_thing.says) == (
        "a kind note",
        "quietly",
        "I care",
    )


async def test_an_answer_stays_in_view_when_done_is_unticked(
    context: Context, journal: Path
) -> None:
    context.store.update_checkin(
        TODAY, {"kindness.text": "paid a fare", "kindness.done": True, "kindness.says": "generous"}
    )
    app = make_app(context)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert asked(app, "kindness")
        assert answer_shown(app, "kindness", "says") == "generous"
        field(app, "kindness", "says").focus()  # type: ignore[union-attr]
        await pilot.press("ctrl+t")  # the focus is in the kindness card: untick it
        await wait_for(pilot, lambda: not fresh(journal).checkin(TODAY).kindness.done, "unticked")
        assert asked(app, "kindness")  # the words are not hidden away


async def test_another_session_s_answer_shows_and_opens_the_questions(app, journal: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        Store(journal).update_checkin(
            TODAY, {"kindness.text": "x", "kindness.done": True, "kindness.how": "by bus"}
        )
        await wait_for(pilot, lambda: asked(app, "kindness"), "the questions shown")
        await wait_for(
            pilot, lambda: answer_shown(app, "kindness", "how") == "by bus", "the answer shown"
        )


async def test_a_day_opened_from_the_calendar_asks_too_and_its_panel_shows_them(
    app, journal: Path
) -> None:
    import datetime as dt

    from kindness_tui.screens.today import DayScreen
    from kindness_tui.widgets.month_day import DayPanel

    day = TODAY - dt.timedelta(days=2)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("f4")
        await settled(pilot)
        burst(app, "left", "left", "enter", *"a climbing wall", "tab", "space", "tab", "tab")
        burst(app, *"one hold at a time", "enter", *"I try hard things", "escape", "escape")
        await settled(pilot)
        assert not isinstance(app.screen, DayScreen)

        def kept() -> bool:
            found = fresh(journal).checkin(day)
            return bool(found and found.new_thing and found.new_thing.says == "I try hard things")

        await wait_for(pilot, kept, "the day's answers were saved")
        item = fresh(journal).checkin(day).new_thing  # type: ignore[union-attr]
        assert (item.text, item.how, item.says) == (  # type: ignore[union-attr]
            "a climbing wall",
            "one hold at a time",
            "I try hard things",
        )
        panel = app.screen.query_one(DayPanel)
        # Shown at once: closing the day waited for its save (it once showed the day as it
        # was before the last words, when the save was still on its way).
        assert "What does that say about you? I try hard things" in panel.text
        assert "How did you do that? one hold at a time" in panel.text
