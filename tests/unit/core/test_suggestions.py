"""Daily suggestions: stable for the day, new the next day, and a walk without repeats."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from kindness_tui.core.ideas_library import BUILTIN_IDEAS
from kindness_tui.core.models import AREAS, ITEM_KINDS, Idea
from kindness_tui.core.suggestions import (
    OFFSET_DAYS_KEPT,
    after_another_idea,
    day_order,
    idea_pool,
    ideas_known_on,
    is_area_day,
    offsets_on,
    suggestion_for,
)

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
        suggestion_for(kind, day, area=areas[stable % len(areas)], own=own, offset=offset)
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


# ---------------------------------------------------------------- stable all day


def mine(kind: str, i: int, area: str | None = "friends") -> Idea:
    return Idea(kind, f"My own idea {i}", area, id=f"i-{i}")


@pytest.mark.parametrize("kind", ITEM_KINDS)
@pytest.mark.parametrize("area", [None, "friends", "work"])
def test_an_idea_added_today_moves_nothing_the_day_offers(kind: str, area: str | None) -> None:
    known = [mine(kind, i) for i in range(3)]
    before = day_order(kind, DAY, area=area, own=known)
    added = mine(kind, 9, area or "friends")
    after = day_order(kind, DAY, area=area, own=known, newer=[added])
    assert after[: len(before)] == before  # the pick and every "another idea" so far
    assert after[len(before) :] == [added]  # reachable today, last
    tomorrow = DAY + dt.timedelta(days=1)
    assert added in day_order(kind, tomorrow, area=area, own=[*known, added])


def test_known_and_newer_ideas_are_told_apart_by_the_day_they_were_added() -> None:
    ideas = [mine("kindness", i) for i in range(4)]
    added = {"i-0": "2026-11-01", "i-1": "2026-11-25", "i-2": "2026-11-26", "i-3": "2026-11-27"}
    known, newer = ideas_known_on(DAY, [*ideas, mine("kindness", 5)], added)
    assert [i.id for i in known] == ["i-0", "i-1", "i-5"]  # no date: from before dates
    assert [i.id for i in newer] == ["i-2", "i-3"]


def test_a_newer_idea_that_repeats_a_known_one_is_not_offered_twice() -> None:
    builtin = next(idea for idea in BUILTIN_IDEAS if idea.kind == "kindness")
    twin = Idea("kindness", builtin.text.lower(), None, id="i-1")
    other_kind = Idea("new_thing", "Not a kindness", None, id="i-2")
    order = day_order("kindness", DAY, newer=[twin, other_kind])
    assert order == day_order("kindness", DAY)


@pytest.mark.parametrize("kind", ITEM_KINDS)
@pytest.mark.parametrize("area", [None, "friends"])
def test_never_the_same_idea_two_days_running_while_the_pool_grows(
    kind: str, area: str | None
) -> None:
    """One new idea a day, each joining the pool the day after it was added."""
    own = [mine(kind, i, AREAS[i % 3]) for i in range(len(YEAR))]
    picks = [suggestion_for(kind, day, area=area, own=own[:i]) for i, day in enumerate(YEAR)]
    for yesterday, today in zip(picks, picks[1:], strict=False):
        assert yesterday != today


# ---------------------------------------------------------------- "another idea", kept


def test_presses_of_another_idea_are_kept_for_their_day() -> None:
    record = after_another_idea(None, DAY, "kindness")
    record = after_another_idea(json.loads(json.dumps(record)), DAY, "kindness")
    record = after_another_idea(record, DAY, "new_thing")
    assert offsets_on(record, DAY) == {"new_thing": 1, "kindness": 2}
    assert offsets_on(record, DAY + dt.timedelta(days=1)) == {"new_thing": 0, "kindness": 0}
    assert record == {DAY.isoformat(): {"kindness": 2, "new_thing": 1}}


def test_the_record_keeps_only_the_latest_days() -> None:
    record: object = None
    for day in YEAR[:20]:
        record = after_another_idea(record, day, "new_thing")
    assert isinstance(record, dict)
    assert list(record) == [day.isoformat() for day in YEAR[20 - OFFSET_DAYS_KEPT : 20]]
    old = after_another_idea(record, DAY - dt.timedelta(days=30), "kindness")
    assert (
        len(old) == OFFSET_DAYS_KEPT
        and offsets_on(old, DAY - dt.timedelta(days=30))["kindness"] == 1
    )
    assert offsets_on(old, YEAR[19]) == {"new_thing": 1, "kindness": 0}


@pytest.mark.parametrize(
    "stored",
    [
        None,
        "2",
        [1, 2],
        {"2026-11-26": 3},
        {"2026-11-26": {"kindness": -1, "new_thing": True}},
        {"2026-11-26": {"kindness": "2", "new_thing": 2.0}},
        {"2026-11-26": {"kindness": 1 << 40}},
        {"26/11/2026": {"kindness": 2}, "2026-02-30": {"kindness": 2}},
    ],
)
def test_an_unusable_record_reads_as_no_presses(stored: object) -> None:
    assert offsets_on(stored, DAY) == {"new_thing": 0, "kindness": 0}
    assert offsets_on(after_another_idea(stored, DAY, "kindness"), DAY)["kindness"] == 1


def test_another_idea_on_an_unknown_card_is_refused() -> None:
    with pytest.raises(ValueError):
        after_another_idea(None, DAY, "chore")
