"""The check-in's field paths: one list, and it names every field a person can change."""

from __future__ import annotations

from dataclasses import fields

from kindness_tui.core.checkin import CHECKIN_FIELDS, CHECKIN_TEXT_FIELDS, CheckIn, Item
from kindness_tui.core.models import ITEM_KINDS


def test_the_field_paths_are_exactly_the_fields_of_a_day() -> None:
    item_fields = [f.name for f in fields(Item)]
    day_fields = [f.name for f in fields(CheckIn) if f.name not in ("date", "replaced")]
    expected = []
    for name in day_fields:
        if name in ITEM_KINDS:
            expected += [f"{name}.{field}" for field in item_fields]
        else:
            expected.append(name)
    assert list(CHECKIN_FIELDS) == expected


def test_the_text_fields_are_the_ones_that_hold_words_in_order() -> None:
    assert CHECKIN_TEXT_FIELDS == ("new_thing.text", "kindness.text", "self_kindness", "note")
