"""The wheel's names in terminal cells: wide and combining characters take the room they draw."""

from __future__ import annotations

import unicodedata

import pytest

from kindness_tui.core import wheel_geometry as geo
from kindness_tui.core.safe_text import cell_width
from kindness_tui.core.wheel_labels import place_labels

WIDE = [
    "Family 家族",
    "Growth 🌱",
    unicodedata.normalize("NFD", "Crème brûlée café talks"),
    "音楽と踊りと歌の時間",
    "Nature 🌲🌊",
    "Honesty and openness with people I love",
    "Curiosity",
    "Self-care 🧘",
]


@pytest.mark.parametrize("count", range(1, len(WIDE) + 1))
@pytest.mark.parametrize("size", [(37, 21), (46, 18), (57, 37)])
def test_wide_names_never_overlap_or_leave_the_area(count: int, size: tuple[int, int]) -> None:
    width, height = size
    names = WIDE[:count]
    layout = geo.wheel_layout(width, height, max(map(cell_width, names)), names_beside=count > 1)
    taken: set[tuple[int, int]] = set()
    for label in place_labels(names, layout):
        assert label.cells == cell_width(label.text)
        assert label.x >= 0 and label.x + label.cells <= width, label
        cells = {(label.x + k, label.y) for k in range(label.cells)}
        assert not cells & taken
        taken |= cells


def test_a_left_name_ends_next_to_the_wheel_by_its_cells() -> None:
    """A name left of the wheel ends where the wheel begins, counted in cells: "家族" is
    four, not two, so it starts two cells further left than its length says."""
    names = ["Curiosity", "Family 家族"]
    layout = geo.wheel_layout(60, 20, 11)
    left = next(label for label in place_labels(names, layout) if label.side == "left")
    plain = next(
        label
        for label in place_labels(["Curiosity", "Family 1234"], layout)
        if label.side == "left"
    )
    assert left.x + left.cells == plain.x + plain.cells


def test_a_name_cut_beside_the_wheel_keeps_whole_characters() -> None:
    layout = geo.wheel_layout(30, 14, 40)
    for label in place_labels(WIDE[:4], layout):
        assert label.cells <= layout.width
        if label.text not in WIDE:
            assert label.text.endswith("…")
            kept = label.text[:-1]
            original = WIDE[label.slice]
            assert original.startswith(kept)
            assert not unicodedata.combining(original[len(kept)])
