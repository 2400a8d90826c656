"""The wheel's geometry: slices, fills, want marks and names, with no terminal in sight."""

from __future__ import annotations

import math

import pytest

from kindness_tui.core import wheel_geometry as geo
from kindness_tui.core import wheel_glyphs as glyphs
from kindness_tui.core.wheel_angles import (
    angle_of,
    mid_angle,
    now_fraction,
    slice_angles,
    slice_at,
    want_fraction,
)
from kindness_tui.core.wheel_labels import place_labels


@pytest.mark.parametrize("count", range(1, 16))
def test_slices_cover_the_circle_evenly_from_the_top(count: int) -> None:
    angles = slice_angles(count)
    assert len(angles) == count
    assert angles[0][0] == 0.0
    assert angles[-1][1] == pytest.approx(math.tau)
    for (_start, end), (next_start, _) in zip(angles, angles[1:], strict=False):
        assert end == pytest.approx(next_start)
    for start, end in angles:
        assert end - start == pytest.approx(math.tau / count)


@pytest.mark.parametrize("count", range(1, 16))
def test_a_point_in_the_middle_of_each_slice_belongs_to_it(count: int) -> None:
    for index in range(count):
        angle = mid_angle(index, count)
        dx, dy = math.sin(angle), -math.cos(angle)
        assert slice_at(dx, dy, count) == index


def test_angles_run_clockwise_from_twelve_o_clock() -> None:
    assert angle_of(0, -1) == pytest.approx(0)
    assert angle_of(1, 0) == pytest.approx(math.pi / 2)
    assert angle_of(0, 1) == pytest.approx(math.pi)
    assert angle_of(-1, 0) == pytest.approx(3 * math.pi / 2)
    # Four slices: right-top, right-bottom, left-bottom, left-top.
    assert [slice_at(x, y, 4) for x, y in ((1, -1), (1, 1), (-1, 1), (-1, -1))] == [0, 1, 2, 3]


def test_ratings_map_to_radius_fractions_within_range() -> None:
    assert now_fraction(10) == 1.0
    assert now_fraction(1) == pytest.approx(0.1)
    assert want_fraction(9) == pytest.approx(0.9)
    assert want_fraction(1) == pytest.approx(0.1)
    # Out-of-range numbers never draw outside the rim.
    assert now_fraction(99) == 1.0
    assert want_fraction(10) == pytest.approx(0.9)


def test_the_layout_keeps_the_wheel_round_on_tall_cells() -> None:
    layout = geo.wheel_layout(60, 20, 10)
    cells = geo.raster([geo.SliceSpec(10, 9)], layout)
    rows_used = [y for y, line in enumerate(cells) if any(c.kind == geo.FILL for c in line)]
    cols_used = [
        x for line in cells for x, c in enumerate(line) if c.kind == geo.FILL
    ]
    height = rows_used[-1] - rows_used[0] + 1
    width = max(cols_used) - min(cols_used) + 1
    # A round wheel is about twice as many columns wide as rows tall.
    assert width / height == pytest.approx(geo.CELL_ASPECT, rel=0.2)


def _fill_dots(now: int, want: int = 9, count: int = 1) -> int:
    layout = geo.wheel_layout(60, 20, 10)
    cells = geo.raster([geo.SliceSpec(now, want)] * count, layout)
    return geo.dots_on(cells, geo.FILL)


def test_fill_grows_with_now_from_1_to_10() -> None:
    dots = [_fill_dots(now) for now in range(1, 11)]
    assert dots == sorted(dots)
    assert dots[0] < dots[-1] / 20
    # Now 10 fills close to the whole disc (area grows with the square of the radius).
    layout = geo.wheel_layout(60, 20, 10)
    disc = math.pi * (layout.radius * 4) ** 2
    assert dots[-1] > 0.75 * disc
    assert dots[0] > 0


def test_fill_of_now_1_stays_near_the_centre_and_10_reaches_the_rim() -> None:
    layout = geo.wheel_layout(60, 20, 10)
    for now, lo, hi in ((1, 0.0, 0.2), (10, 0.9, 1.05)):
        cells = geo.raster([geo.SliceSpec(now, 5)], layout)
        far = max(
            math.hypot((x + 0.5 - layout.cx) / geo.CELL_ASPECT, y + 0.5 - layout.cy)
            for y, line in enumerate(cells)
            for x, cell in enumerate(line)
            if cell.kind == geo.FILL
        )
        assert lo * layout.radius <= far <= hi * layout.radius + 0.7


def test_want_mark_sits_at_its_radius_outside_a_lower_fill() -> None:
    layout = geo.wheel_layout(60, 20, 10)
    for want in (3, 6, 9):
        cells = geo.raster([geo.SliceSpec(1, want)], layout)
        radii = [
            math.hypot((x + 0.5 - layout.cx) / geo.CELL_ASPECT, y + 0.5 - layout.cy)
            for y, line in enumerate(cells)
            for x, cell in enumerate(line)
            if cell.kind == geo.WANT
        ]
        assert radii, f"no want mark for want {want}"
        expected = want_fraction(want) * layout.radius
        assert all(abs(r - expected) < 0.8 for r in radii)


def test_want_inside_the_fill_shows_as_a_gap() -> None:
    layout = geo.wheel_layout(60, 20, 10)
    cells = geo.raster([geo.SliceSpec(10, 5)], layout)
    want_r = want_fraction(5) * layout.radius
    for step in range(16):
        angle = step * math.tau / 16
        x = layout.cx + math.sin(angle) * want_r * geo.CELL_ASPECT
        y = layout.cy - math.cos(angle) * want_r
        cell = cells[int(y)][int(x)]
        assert cell.kind == geo.FILL
        assert cell.char != "\u28ff", "the want circle should leave dots out of the fill"
    # Away from the mark, the fill is solid.
    assert cells[int(layout.cy - 0.8 * layout.radius)][int(layout.cx)].char == "\u28ff"


def test_the_selected_slice_is_outlined_and_only_it() -> None:
    layout = geo.wheel_layout(60, 20, 10)
    specs = [geo.SliceSpec(5, 8)] * 6
    cells = geo.raster(specs, layout, selected=2)
    owners = {c.slice for line in cells for c in line if c.kind == geo.OUTLINE}
    assert owners == {2}
    assert not any(c.kind == geo.OUTLINE for line in geo.raster(specs, layout) for c in line)


def test_an_earlier_rating_is_drawn_when_comparing() -> None:
    layout = geo.wheel_layout(60, 20, 10)
    cells = geo.raster([geo.SliceSpec(3, 8, old_now=6)], layout)
    assert any(c.kind == geo.OLD for line in cells for c in line)


@pytest.mark.parametrize("count", [1, 8, 15])
def test_ascii_drawing_uses_only_ascii(count: int) -> None:
    layout = geo.wheel_layout(46, 18, 10)
    specs = [geo.SliceSpec(1 + i % 10, 1 + i % 9) for i in range(count)]
    cells = geo.raster(specs, layout, selected=0, ascii_only=True)
    text = "".join(c.char for line in cells for c in line)
    assert text.isascii()
    assert glyphs.ASCII_SELECTED in text
    labels = place_labels(["Ünïcode…"] * count, layout, ascii_only=True)
    assert len(labels) == count


@pytest.mark.parametrize("count", range(1, 16))
@pytest.mark.parametrize("size", [(46, 18), (70, 34), (30, 10)])
def test_names_never_overlap_each_other_or_leave_the_area(
    count: int, size: tuple[int, int]
) -> None:
    width, height = size
    names = [f"Value number {i}" for i in range(count)]
    layout = geo.wheel_layout(width, height, max(map(len, names)))
    labels = place_labels(names, layout)
    assert sorted(label.slice for label in labels) == list(range(count))
    taken: set[tuple[int, int]] = set()
    for label in labels:
        assert 0 <= label.y < height
        assert label.x >= 0 and label.x + len(label.text) <= width
        cells = {(label.x + k, label.y) for k in range(len(label.text))}
        assert not cells & taken
        taken |= cells


def test_names_do_not_cover_the_wheel() -> None:
    names = [f"Value {i}" for i in range(15)]
    layout = geo.wheel_layout(48, 19, 8)
    cells = geo.raster([geo.SliceSpec(10, 9)] * 15, layout)
    for label in place_labels(names, layout):
        for k in range(len(label.text)):
            assert cells[label.y][label.x + k].kind in (geo.EMPTY, geo.RIM)


def test_long_names_are_shortened_with_an_ellipsis() -> None:
    layout = geo.wheel_layout(40, 16, 40)
    labels = place_labels(["A" * 40, "B" * 40], layout)
    assert all(label.text.endswith("…") for label in labels)
