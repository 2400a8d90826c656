"""Daily suggestions: stable for the day, new the next day, and a walk without repeats."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from kindness_tui.core.ideas_library import BUILTIN_IDEAS
from kindness_tui.core.models import AREAS, ITEM_KINDS, Idea
from kindness_tui.core.suggestions import idea_pool, is_area_day, suggestion_for

DAY = dt.date(2026, 11, 26)
YEAR = [DAY + dt.timedelta(days=i) for i in range(366)]


@pytest.mark.parametrize("kind", ITEM_KINDS)
def test_the_pick_has_the_asked_kind(kind: str) -> None:
    for day in YEAR[:40]:
        assert suggestion_for(kind, day).kind == kind


def test_same_day_same_pick() -> None:
    first = suggestion_for("kindness", DAY, area="work")
    assert all(suggestion_for("kindness", DAY, area="work") == first for _ in range(5))


def test_the_pick_does_not_depend_on_the_process() -> None:
    """Python's hash() is salted per process; the pick must not be."""
    code = (
        "import datetime as dt;"
        "from kindness_tui.core.suggestions import suggestion_for;"
        "print(suggestion_for('new_thing', dt.date(2026, 11, 26), area='family').text)"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1
    assert outputs.pop().strip() == suggestion_for("new_thing", DAY, area="family").text


@pytest.mark.parametrize("kind", ITEM_KINDS)
@pytest.mark.parametrize("area", [None, *AREAS])
def test_never_the_same_idea_two_days_running(kind: str, area: str | None) -> None:
    picks = [suggestion_for(kind, day, area=area) for day in YEAR]
    for yesterday, today in zip(picks, picks[1:], strict=False):
        assert yesterday != today


@pytest.mark.parametrize("kind", ITEM_KINDS)
def test_picks_spread_over_the_library(kind: str) -> None:
    picks = {suggestion_for(kind, day).text for day in YEAR[:60]}
    assert len(picks) >= 40


@pytest.mark.parametrize("area", AREAS)
def test_an_area_steers_about_two_days_in_three(area: str) -> None:
    picks = [suggestion_for("new_thing", day, area=area) for day in YEAR]
    share = sum(idea.area == area for idea in picks) / len(picks)
    assert 0.55 <= share <= 0.8, share
    assert any(idea.area != area for idea in picks)


def test_area_days_are_about_two_in_three() -> None:
    share = sum(is_area_day("kindness", day) for day in YEAR) / len(YEAR)
    assert 0.58 <= share <= 0.75


def test_an_unknown_area_still_gives_an_idea() -> None:
    assert suggestion_for("kindness", DAY, area="astronomy").kind == "kindness"


@pytest.mark.parametrize("area", [None, "parenting"])
def test_another_idea_walks_the_whole_pool_without_repeating(area: str | None) -> None:
    pool = idea_pool("kindness")
    walked = [suggestion_for("kindness", DAY, area=area, offset=i) for i in range(len(pool))]
    assert len(set(walked)) == len(pool)
    assert walked[0] == suggestion_for("kindness", DAY, area=area)
    # Past the end it starts over rather than failing.
    assert suggestion_for("kindness", DAY, area=area, offset=len(pool)) == walked[0]


def test_on_an_area_day_another_idea_stays_in_the_area_first() -> None:
    day = next(d for d in YEAR if is_area_day("new_thing", d))
    in_area = sum(1 for idea in BUILTIN_IDEAS if idea.kind == "new_thing" and idea.area == "work")
    walked = [suggestion_for("new_thing", day, area="work", offset=i) for i in range(in_area)]
    assert {idea.area for idea in walked} == {"work"}


def test_own_ideas_join_the_pool() -> None:
    own = [Idea("kindness", f"My own kindness {i}", "friends", id=f"i-{i}") for i in range(5)]
    pool = idea_pool("kindness", own)
    assert all(idea in pool for idea in own)
    picks = [suggestion_for("kindness", day, own=own) for day in YEAR]
    assert any(idea.id is not None for idea in picks)
    walked = {suggestion_for("kindness", DAY, own=own, offset=i) for i in range(len(pool))}
    assert set(own) <= walked


def test_own_ideas_of_the_other_kind_and_duplicates_are_left_out() -> None:
    builtin = next(idea for idea in BUILTIN_IDEAS if idea.kind == "kindness")
    own = [
        Idea("new_thing", "Not a kindness", None, id="i-1"),
        Idea("kindness", "  " + builtin.text.upper() + " ", None, id="i-2"),
    ]
    pool = idea_pool("kindness", own)
    assert len(pool) == sum(1 for idea in BUILTIN_IDEAS if idea.kind == "kindness")
    assert all(idea.kind == "kindness" for idea in pool)


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError):
        suggestion_for("chore", DAY)


@pytest.mark.parametrize("kind", ITEM_KINDS)
@pytest.mark.parametrize("offset", [0, 1, 3])
def test_no_repeat_even_when_the_area_changes_every_day(kind: str, offset: int) -> None:
    """On Today the area comes from the value of the day, which itself rotates."""
    areas = [None, *AREAS, "unknown"]
    own = [Idea(kind, f"Mine {i}", AREAS[i % 3], id=f"i-{i}") for i in range(4)]
    picks = [
        suggestion_for(
            kind, day, area=areas[stable % len(areas)], own=own, offset=offset
        )
        for day, stable in zip(YEAR, (d.toordinal() * 7919 % 101 for d in YEAR), strict=True)
    ]
    for yesterday, today in zip(picks, picks[1:], strict=False):
        assert yesterday != today


def test_a_tiny_pool_of_own_ideas_in_a_new_area_still_alternates() -> None:
    own = [Idea("new_thing", "Only mine", "nowhere-else", id="i-1")]
    picks = [suggestion_for("new_thing", day, area="nowhere-else", own=own) for day in YEAR[:30]]
    assert any(idea.id == "i-1" for idea in picks)
    for yesterday, today in zip(picks, picks[1:], strict=False):
        assert yesterday != today
