"""What a day's prompt shows, for Today and `kindness today`: value, ideas, the month so far."""

from __future__ import annotations

import datetime as dt

from kindness_tui.core.checkin import CheckIn, Item
from kindness_tui.core.models import Assessment, Idea, Rating, Value
from kindness_tui.core.suggestions import suggestion_for
from kindness_tui.core.today_view import (
    day_ideas,
    month_so_far,
    pick_value,
    tally,
    today_view,
)

DAY = dt.date(2026, 11, 26)
CURIOSITY = Value(id="v-curious", name="Curiosity", area="education", created="2026-11-01")
ASSESSMENT = Assessment(id="a-1", date="2026-11-20", ratings=(Rating("v-curious", now=4, want=8),))


def test_the_value_of_the_day_comes_with_its_rating_and_why() -> None:
    pick = pick_value([CURIOSITY], ASSESSMENT, DAY)
    assert pick is not None
    assert pick.value == CURIOSITY and pick.rating == Rating("v-curious", now=4, want=8)
    assert pick.why() == "Now 4, hoping for 8 \u2014 a small step counts."
    assert pick.why(ascii_only=True) == "Now 4, hoping for 8 - a small step counts."


def test_a_value_not_yet_rated_has_no_rating() -> None:
    pick = pick_value([CURIOSITY], None, DAY)
    assert pick is not None and pick.rating is None
    assert pick.why().startswith("No numbers yet")


def test_no_active_values_means_no_value_of_the_day() -> None:
    archived = Value(id="v-old", name="Old", archived=True, created="2026-01-01")
    assert pick_value([], ASSESSMENT, DAY) is None
    assert pick_value([archived], ASSESSMENT, DAY) is None


def test_the_ideas_lean_to_the_value_of_the_days_area() -> None:
    pick = pick_value([CURIOSITY], ASSESSMENT, DAY)
    ideas = day_ideas(DAY, pick)
    assert list(ideas) == ["new_thing", "kindness"]
    for kind, idea in ideas.items():
        assert idea == suggestion_for(kind, DAY, area="education")
    assert day_ideas(DAY, None) == {
        kind: suggestion_for(kind, DAY) for kind in ("new_thing", "kindness")
    }


def test_another_idea_changes_only_its_own_card() -> None:
    own = [Idea("kindness", "water the neighbour's plants", id="i-1")]
    first = day_ideas(DAY, None, own)
    again = day_ideas(DAY, None, own, {"kindness": 1})
    assert again["new_thing"] == first["new_thing"]
    assert again["kindness"] == suggestion_for("kindness", DAY, own=own, offset=1)
    assert again["kindness"] != first["kindness"]


def test_the_month_so_far_counts_only_this_month_up_to_the_day() -> None:
    assert month_so_far(DAY) == (dt.date(2026, 11, 1), DAY)
    checkins = [
        CheckIn("2026-10-31", kindness=Item("october", done=True)),
        CheckIn("2026-11-02", kindness=Item("a kindness", done=True)),
        CheckIn("2026-11-03", new_thing=Item("planned only")),
    ]
    assert tally(DAY, checkins) == "You showed up on 2 days this month \u00b7 1 secret kindness"
    assert tally(DAY, checkins, ascii_only=True) == (
        "You showed up on 2 days this month - 1 secret kindness"
    )


def test_the_whole_view() -> None:
    logged = CheckIn("2026-11-26", mood=2)
    view = today_view(
        DAY,
        values=[CURIOSITY],
        assessment=ASSESSMENT,
        checkin=logged,
        month_checkins=[logged],
        idea_offsets={"new_thing": 3},
    )
    assert view.title == "Thursday, 26 November"
    assert view.pick is not None and view.pick.value == CURIOSITY
    assert view.checkin == logged
    assert view.ideas["new_thing"] == suggestion_for("new_thing", DAY, area="education", offset=3)
    assert view.month.days_shown_up == 1
    assert view.tally() == "You showed up on 1 day this month"
    empty = today_view(DAY, values=[], assessment=None)
    assert empty.pick is None and empty.checkin is None
    assert empty.tally(ascii_only=True) == "A fresh month - nothing to count yet, and that's fine."


def test_an_idea_added_today_leaves_the_cards_as_they_were() -> None:
    """Adding one's own idea mid-day changes neither card, whatever "another idea" reached."""
    pick = pick_value([CURIOSITY], ASSESSMENT, DAY)
    own = [Idea("kindness", f"old idea {i}", "education", id=f"i-{i}") for i in range(3)]
    dates = {"i-0": "2026-10-02", "i-1": "2026-11-25"}  # i-2 has no date: from before dates
    fresh = Idea("kindness", "hide a thank-you note in a library book", "education", id="i-9")
    for presses in range(0, 80, 7):
        offsets = {"kindness": presses, "new_thing": presses}
        before = day_ideas(DAY, pick, own, offsets, added=dates)
        after = day_ideas(DAY, pick, [*own, fresh], offsets, added={**dates, "i-9": "2026-11-26"})
        assert after == before
    tomorrow = DAY + dt.timedelta(days=1)
    seen = {
        day_ideas(tomorrow, pick, [*own, fresh], {"kindness": i}, added={"i-9": "2026-11-26"})[
            "kindness"
        ]
        for i in range(120)
    }
    assert fresh in seen


def test_the_whole_view_knows_when_ideas_were_added() -> None:
    fresh = Idea("new_thing", "learn one word of sign language", id="i-1")
    view = today_view(
        DAY, values=[], assessment=None, own_ideas=[fresh], ideas_added={"i-1": "2026-11-26"}
    )
    assert view.ideas == today_view(DAY, values=[], assessment=None).ideas
