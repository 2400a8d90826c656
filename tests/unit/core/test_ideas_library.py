"""The built-in library: enough ideas of each kind, in every area, short enough for a card."""

from __future__ import annotations

import re
from collections import Counter

from kindness_tui.core.ideas_library import BUILTIN_IDEAS
from kindness_tui.core.models import AREAS, ITEM_KINDS


def test_at_least_seventy_of_each_kind() -> None:
    kinds = Counter(idea.kind for idea in BUILTIN_IDEAS)
    assert set(kinds) == set(ITEM_KINDS)
    assert kinds["new_thing"] >= 70
    assert kinds["kindness"] >= 70


def test_every_area_has_at_least_four_of_each_kind() -> None:
    counts = Counter((idea.kind, idea.area) for idea in BUILTIN_IDEAS)
    for kind in ITEM_KINDS:
        for area in AREAS:
            assert counts[(kind, area)] >= 4, (kind, area)


def test_areas_are_real_and_builtins_have_no_id() -> None:
    for idea in BUILTIN_IDEAS:
        assert idea.area in AREAS
        assert idea.id is None


def test_ideas_fit_on_an_eighty_column_card() -> None:
    too_long = [idea.text for idea in BUILTIN_IDEAS if len(idea.text) > 70]
    assert too_long == []


def test_ideas_are_tidy_single_lines() -> None:
    for idea in BUILTIN_IDEAS:
        assert idea.text == idea.text.strip()
        assert "\n" not in idea.text and "\t" not in idea.text
        assert idea.text[0].isupper(), idea.text
        assert not idea.text.endswith("."), idea.text


def test_no_idea_appears_twice() -> None:
    texts = Counter(idea.text.casefold() for idea in BUILTIN_IDEAS)
    assert [text for text, n in texts.items() if n > 1] == []


def test_no_streak_or_shaming_words() -> None:
    banned = ("streak", "should", "must", "failure", "lazy")
    for idea in BUILTIN_IDEAS:
        lowered = idea.text.casefold()
        assert not any(word in lowered for word in banned), idea.text


VISIBLE = re.compile(
    r"\b(tell|thank|praise|recommend|sign|signed|introduce|announce|publicly|compliment|"
    r"in person|face to face|hand (it|them)|say|name it|credit)\b",
    re.IGNORECASE,
)
"""Words that make an act seen by someone: the person helped, or someone who could applaud."""
HIDDEN = re.compile(
    r"\b(anonymous(ly)?|unsigned|no name|without (leaving )?your name|yourself|your body|"
    r"never mention|say nothing|unseen|unannounced)\b",
    re.IGNORECASE,
)
"""What keeps such a word secret: no name on it, or the act is for the person alone."""


def test_secret_kindnesses_stay_secret() -> None:
    """SPEC §2.1: a secret kindness is doable without being found out; nobody can applaud
    what nobody knows about. Reviewed by hand on 30 Nov 2026; six ideas were rewritten
    (praise to a third party, telling a friend's family, thanking an answer publicly)."""
    seen = [
        idea.text
        for idea in BUILTIN_IDEAS
        if idea.kind == "kindness" and VISIBLE.search(idea.text) and not HIDDEN.search(idea.text)
    ]
    assert seen == []


def test_the_secrecy_check_can_see_a_visible_act() -> None:
    for text in ("Tell a friend's family something lovely", "Praise a colleague to their boss"):
        assert VISIBLE.search(text) and not HIDDEN.search(text)
