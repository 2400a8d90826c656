"""The wallet card's layout: every line inside the card, whatever the names (core.card_layout)."""

from __future__ import annotations

import itertools

import pytest

from kindness_tui.core.card_layout import (
    CARD_HEIGHT,
    CARD_WIDTH,
    INNER_BOTTOM,
    INNER_LEFT,
    INNER_RIGHT,
    INNER_TOP,
    VALUE_SIZES,
    CardLayout,
    TextBox,
    ellipsize,
    lay_out_card,
    text_width,
    wrap,
)
from kindness_tui.core.safe_text import ELLIPSIS
from tests.hostile import CORPUS, NAMES

LONG_NAMES = {
    "capitals": [f"{i:02d} " + "W" * 37 for i in range(15)],
    "words": [f"{i:02d} taking care of the people around me ok"[:40] for i in range(15)],
    "one long word": [f"{i:02d}" + "m" * 38 for i in range(15)],
    "cjk": [(f"{i:02d}" + "家族と一緒に過ごす時間を大切にする" * 3)[:40] for i in range(15)],
    "emoji": [(f"{i:02d} " + "🌱🎨" * 20)[:40] for i in range(15)],
}
LONG_SAYS = ["I keep going " * 40, "勇気がある" * 100, "🌱" * 400]


def inside(box: TextBox) -> bool:
    return (
        box.x >= INNER_LEFT - 1e-9
        and box.x + box.width <= INNER_RIGHT + 1e-9
        and box.y >= INNER_TOP - 1e-9
        and box.y + box.height <= INNER_BOTTOM + 1e-9
    )


def overlap(a: TextBox, b: TextBox) -> bool:
    return (
        a.x < b.x + b.width - 1e-9
        and b.x < a.x + a.width - 1e-9
        and a.y < b.y + b.height - 1e-9
        and b.y < a.y + a.height - 1e-9
    )


def assert_fits(layout: CardLayout) -> None:
    assert 0 < INNER_LEFT < INNER_RIGHT < CARD_WIDTH and 0 < INNER_TOP < INNER_BOTTOM < CARD_HEIGHT
    outside = [box for box in layout.boxes if not inside(box)]
    assert outside == []
    crossing = [
        (a.text, b.text) for a, b in itertools.combinations(layout.boxes, 2) if overlap(a, b)
    ]
    assert crossing == []
    for box in layout.boxes:
        assert text_width(box.text, box.size, bold=box.role == "title") == pytest.approx(box.width)


@pytest.mark.parametrize("kind", sorted(LONG_NAMES))
def test_fifteen_forty_character_names_stay_inside_the_card(kind: str) -> None:
    names = LONG_NAMES[kind]
    assert all(len(name) <= 40 for name in names)
    layout = lay_out_card(names, LONG_SAYS)
    assert_fits(layout)
    assert layout.shown == 15
    shown = [b.text for b in layout.boxes if b.role == "value" and b.text.startswith("\u2022")]
    assert len(shown) == 15  # every value has its line, each beginning with its own number
    assert [s[2:4] for s in shown] == [f"{i:02d}" for i in range(15)]
    assert layout.value_size >= VALUE_SIZES[-1]
    assert len([b for b in layout.boxes if b.role == "says"]) >= 3


def test_the_hostile_corpus_stays_inside_and_is_made_visible() -> None:
    layout = lay_out_card(list(NAMES) * 3, [CORPUS] * 3)
    assert_fits(layout)
    assert layout.shown == 15
    joined = "".join(b.text for b in layout.boxes)
    assert "\x1b" not in joined and "\u202e" not in joined and "\x00" not in joined
    assert "\u241b" in joined  # ESC shown as a symbol


def test_a_few_short_names_get_the_largest_type_on_one_column() -> None:
    layout = lay_out_card(["Curiosity", "Family", "Health"], ["I notice people"])
    assert_fits(layout)
    assert (layout.value_size, layout.columns, layout.cut) == (VALUE_SIZES[0], 1, False)
    assert [b.text for b in layout.boxes if b.role == "says"] == ["\u201cI notice people\u201d"]


def test_more_names_shrink_the_type_before_anything_is_cut() -> None:
    eight = [f"Value number {i}" for i in range(8)]
    fifteen = [f"Being someone who shows up {i}" for i in range(15)]
    few, many = lay_out_card(eight), lay_out_card(fifteen)
    assert not few.cut and not many.cut
    assert many.value_size < few.value_size
    assert_fits(few), assert_fits(many)


def test_names_cut_only_at_the_smallest_size_with_an_ellipsis() -> None:
    layout = lay_out_card(LONG_NAMES["capitals"], LONG_SAYS)
    assert layout.cut and layout.value_size == VALUE_SIZES[-1]
    cut = [b.text for b in layout.boxes if b.text.endswith(ELLIPSIS)]
    assert cut


def test_without_says_the_card_closes_gently_and_without_values_it_invites() -> None:
    layout = lay_out_card(["Curiosity"])
    assert [b.role for b in layout.boxes][-1] == "closing"
    empty = lay_out_card([], ["a says answer is not shown without values"])
    assert empty.shown == 0 and "Your values will live here." in [b.text for b in empty.boxes]
    assert_fits(empty)


def test_widths_count_wide_letters_twice_and_cuts_keep_whole_characters() -> None:
    assert text_width("家", 1.0) == pytest.approx(2 * text_width("a", 1.0))
    assert text_width("W", 1.0) > text_width("a", 1.0) > text_width("i", 1.0)
    for text in ("家族と一緒に過ごす時間", "👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧", "a very long sentence indeed"):
        for room in (3.0, 7.5, 12.0):
            assert text_width(ellipsize(text, room, 2.5), 2.5) <= room + 1e-9
            for line in wrap(text, room, 2.5):
                assert text_width(line, 2.5) <= room + 1e-9 or len(line) <= 8
    assert "\u200d" in ellipsize("👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧", 5.0, 2.5)  # a family is never split
    assert ellipsize("👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧", 5.0, 2.5).count("👩‍👩‍👧") >= 1
