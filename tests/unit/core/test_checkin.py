"""The check-in's field paths: one list, and it names every field a person can change."""

from __future__ import annotations

from dataclasses import fields

import pytest

from kindness_tui.core.checkin import (
    CHECKIN_FIELDS,
    CHECKIN_TEXT_FIELDS,
    CheckIn,
    Item,
    apply_checkin_changes,
    check_checkin_change,
)
from kindness_tui.core.models import ITEM_KINDS, ValidationError


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
    assert CHECKIN_TEXT_FIELDS == (
        "new_thing.text",
        "new_thing.how",
        "new_thing.says",
        "kindness.text",
        "kindness.how",
        "kindness.says",
        "self_kindness",
        "note",
    )


def test_an_old_item_without_reflections_reads_as_none_and_keeps_its_shape() -> None:
    old = {"text": "walked", "value_id": None, "done": True}
    item = Item.parse(old, "new_thing")
    assert item is not None and item.how is None and item.says is None
    assert item.to_dict() == old
    assert item.to_dict(full=True) == {**old, "how": None, "says": None}


def test_reflections_are_kept_in_order_and_checked() -> None:
    item = Item("walked", None, True, how="slowly", says="I keep going")
    record = item.to_dict()
    assert list(record) == ["text", "value_id", "done", "how", "says"]
    assert Item.parse(record) == item
    with pytest.raises(ValidationError, match=r"checkins\[0\]\.new_thing\.says"):
        Item.parse({**record, "says": "x" * 501}, "checkins[0].new_thing")
    with pytest.raises(ValidationError, match=r"new_thing\.how"):
        Item.parse({**record, "how": 3}, "new_thing")


def test_a_reflection_changes_one_field_and_clearing_it_leaves_none() -> None:
    day = CheckIn("2026-11-26", new_thing=Item("walked", None, True))
    changed = apply_checkin_changes(
        day, {"new_thing.how": check_checkin_change("new_thing.how", "one step")}
    )
    assert changed.new_thing == Item("walked", None, True, how="one step")
    assert changed.to_dict()["new_thing"]["how"] == "one step"
    cleared = apply_checkin_changes(changed, {"new_thing.how": ""})
    assert cleared.new_thing is not None and cleared.new_thing.how is None
    assert "how" not in cleared.to_dict()["new_thing"]
    with pytest.raises(ValidationError, match="kindness.says"):
        check_checkin_change("kindness.says", "x" * 501)


def test_an_item_with_only_a_reflection_is_not_empty() -> None:
    assert not Item(says="I am patient").is_empty
    assert Item().is_empty
