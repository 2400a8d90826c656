"""Where a point of the value wheel falls: its angle, its slice, how far out a rating reaches.

Angles run clockwise from twelve o'clock, like a clock face, and the first
value's slice starts at the top. Distances are in rows from the centre (see
`wheel_geometry` for why rows); a rating is a fraction of the rim's radius.
"""

from __future__ import annotations

import math

from kindness_tui.core.models import NOW_RANGE, WANT_RANGE

TAU = 2 * math.pi

SCALE_TOP = NOW_RANGE[1]
"""The outer rim of the wheel stands for this rating (10: now's highest)."""


def slice_angles(count: int) -> list[tuple[float, float]]:
    """(start, end) of each of `count` equal slices, radians clockwise from the top."""
    if count < 1:
        return []
    step = TAU / count
    return [(i * step, (i + 1) * step) for i in range(count)]


def mid_angle(index: int, count: int) -> float:
    """The angle through the middle of slice `index`."""
    return (index + 0.5) * TAU / count


def angle_of(dx: float, dy: float) -> float:
    """Clockwise angle from the top of a point `dx` right and `dy` down from the centre."""
    return math.atan2(dx, -dy) % TAU


def slice_at(dx: float, dy: float, count: int) -> int:
    """Which slice a point (in rows from the centre, `dy` downwards) falls in."""
    if count < 1:
        raise ValueError("a wheel needs at least one slice")
    return min(int(angle_of(dx, dy) / (TAU / count)), count - 1)


def distance_to_edge(dx: float, dy: float, count: int) -> float:
    """How far (in rows) a point is from the nearest line between two slices."""
    if count < 2:
        return math.inf
    step = TAU / count
    angle = angle_of(dx, dy)
    r = math.hypot(dx, dy)
    offset = angle % step
    nearest = min(offset, step - offset)
    if nearest >= math.pi / 2:
        return r
    return r * math.sin(nearest)


def now_fraction(now: int) -> float:
    """How far out a slice is filled for a `now` rating (1–10): 10 reaches the rim."""
    low, high = NOW_RANGE
    return max(low, min(high, now)) / SCALE_TOP


def want_fraction(want: int) -> float:
    """Where the want mark sits for a `want` rating (1–9): never on the rim itself."""
    low, high = WANT_RANGE
    return max(low, min(high, want)) / SCALE_TOP
