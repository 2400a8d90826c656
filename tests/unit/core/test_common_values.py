"""The list of common values offered in the "find your values" flow."""

from __future__ import annotations

import dataclasses

import pytest

from kindness_tui.core.common_values import (
    COMMON_VALUES,
    QUALITY_HINTS,
    CommonValue,
    values_for_quality,
)
from kindness_tui.core.models import AREAS, check_name


def test_about_fifty_unique_values() -> None:
    assert 45 <= len(COMMON_VALUES) <= 60
    names = [v.name.casefold() for v in COMMON_VALUES]
    assert len(set(names)) == len(names)


def test_names_and_meanings_fit() -> None:
    for value in COMMON_VALUES:
        assert check_name("name", value.name) == value.name
        assert 0 < len(value.meaning) <= 60, value.meaning
        assert value.area is None or value.area in AREAS


def test_the_well_known_ones_are_there() -> None:
    names = {v.name for v in COMMON_VALUES}
    assert {"Curiosity", "Kindness", "Courage", "Honesty", "Playfulness"} <= names


def test_common_values_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        COMMON_VALUES[0].name = "Other"  # type: ignore[misc]


def test_every_hint_points_at_listed_values() -> None:
    names = {v.name for v in COMMON_VALUES}
    for quality, hinted in QUALITY_HINTS.items():
        assert quality == quality.casefold()
        assert hinted and set(hinted) <= names, quality


def test_values_for_quality_ignores_case_and_spaces() -> None:
    assert values_for_quality("  Harsh ") == values_for_quality("harsh")
    assert all(isinstance(v, CommonValue) for v in values_for_quality("harsh"))
    assert "Kindness" in {v.name for v in values_for_quality("HARSH")}
    assert values_for_quality("sparkly") == ()
