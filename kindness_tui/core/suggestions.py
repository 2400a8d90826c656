"""Picking the day's suggestion for a new thing or a secret kindness.

The pick is a pure function of the date, so it stays put all day and in
every process (a stable blake2 hash, never Python's per-run `hash()`).

Two days running never show the same idea, whatever area steers each of
them: the pool is dealt into two halves (alternately within each life area,
so every area has ideas in both), and even and odd days draw from different
halves. Within a half, each day of its parity starts a golden-ratio step
further round a fixed shuffled ring, and "another idea" walks on through
the whole pool, the area's ideas first, until every idea has been seen.

When a life area is given, two days in three start with that area's ideas;
the third starts with the other areas', so the area steers but never rules.
"""

from __future__ import annotations

import datetime as dt
import math
import zlib
from collections.abc import Sequence

from kindness_tui.core.ideas_library import BUILTIN_IDEAS
from kindness_tui.core.models import ITEM_KINDS, Idea

_GOLDEN = 0.6180339887498949
_MASK64 = (1 << 64) - 1


def stable_hash(*parts: str) -> int:
    """A hash that is the same in every process and on every machine (64 bits).

    Two CRC-32s (zlib, which Textual loads anyway) rather than hashlib: hashlib brings
    OpenSSL, about 0.65 MB on every start, for what only has to spread ideas over days.
    """
    data = "\x1f".join(parts).encode("utf-8")
    x = zlib.crc32(data) << 32 | zlib.crc32(data[::-1], 0x9E3779B9)
    # CRC is linear, so neighbouring days would land close together: mix (splitmix64).
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _MASK64
    return x ^ (x >> 31)


def idea_pool(kind: str, own: Sequence[Idea] = ()) -> list[Idea]:
    """The built-in ideas of `kind` plus the person's own, each text once."""
    if kind not in ITEM_KINDS:
        raise ValueError(f"{kind!r} is not a kind of idea (new_thing or kindness)")
    pool: list[Idea] = []
    seen: set[str] = set()
    for idea in (*own, *BUILTIN_IDEAS):
        key = " ".join(idea.text.split()).casefold()
        if idea.kind != kind or not key or key in seen:
            continue
        seen.add(key)
        pool.append(idea)
    return pool


def _ring(ideas: Sequence[Idea], kind: str) -> list[Idea]:
    """The ideas in a fixed shuffled order that does not depend on the day."""
    return sorted(ideas, key=lambda idea: (stable_hash(kind, idea.text), idea.text))


def _walk(ideas: Sequence[Idea], kind: str, turn: int, salt: str) -> list[Idea]:
    """The ring of `ideas` turned to where turn number `turn` starts.

    Consecutive turns start at different ideas whenever there are two or more.
    """
    ring = _ring(ideas, kind)
    size = len(ring)
    if size == 0:
        return []
    start = (turn * _step(size) + stable_hash(salt)) % size
    return [ring[(start + i) % size] for i in range(size)]


def _step(size: int) -> int:
    """A step near the golden ratio of `size` and coprime with it, so turns visit every idea."""
    if size < 2:
        return 0
    base = round(size * _GOLDEN)
    for delta in range(size):
        for step in (base + delta, base - delta):
            if 0 < step < size and math.gcd(step, size) == 1:
                return step
    return 1


def _halves(pool: Sequence[Idea], kind: str) -> tuple[list[Idea], list[Idea]]:
    """The pool dealt alternately into two halves, area by area, so each area is in both."""
    dealt = sorted(pool, key=lambda idea: (idea.area or "", stable_hash(kind, idea.text)))
    return dealt[0::2], dealt[1::2]


def is_area_day(kind: str, day: dt.date) -> bool:
    """Whether a given area leads this day's ideas (two days in three, by the date's hash)."""
    return stable_hash(day.isoformat(), kind, "area") % 3 != 0


def day_order(
    kind: str, day: dt.date, *, area: str | None = None, own: Sequence[Idea] = ()
) -> list[Idea]:
    """Every idea of the pool in the order the day offers them (pick first, then "another")."""
    pool = idea_pool(kind, own)
    ordinal = day.toordinal()
    halves = _halves(pool, kind)
    today, other = halves[ordinal % 2], halves[1 - ordinal % 2]
    if not today:  # a pool of one idea
        today, other = other, today
    turn = ordinal // 2

    def part(ideas: Sequence[Idea], in_area: bool, label: str) -> list[Idea]:
        chosen = [i for i in ideas if area is not None and (i.area == area) == in_area]
        return _walk(chosen, kind, turn, f"{kind}/{label}/{in_area}")

    if area is None or not any(idea.area == area for idea in pool):
        return _walk(today, kind, turn, f"{kind}/today") + _walk(other, kind, turn, kind)
    if is_area_day(kind, day):
        sections = [(today, True), (other, True), (today, False), (other, False)]
    else:
        sections = [(today, False), (other, False), (today, True), (other, True)]
    order: list[Idea] = []
    for ideas, in_area in sections:
        order += part(ideas, in_area, "today" if ideas is today else "other")
    # The first pick must come from today's half, which yesterday's never did.
    first = next(i for i, idea in enumerate(order) if idea in today)
    return [order[first], *order[:first], *order[first + 1 :]]


def suggestion_for(
    kind: str,
    day: dt.date,
    *,
    area: str | None = None,
    own: Sequence[Idea] = (),
    offset: int = 0,
) -> Idea:
    """The day's idea of `kind`; `offset` counts presses of "another idea".

    Offsets walk through the whole pool without repeating, then start over.
    """
    order = day_order(kind, day, area=area, own=own)
    return order[offset % len(order)]
