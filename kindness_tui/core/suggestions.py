"""Picking the day's suggestion for a new thing or a secret kindness.

The pick is a pure function of the date, so it stays put all day and in
every process (a stable blake2 hash, never Python's per-run `hash()`).
Ideas sit in a fixed shuffled ring; each day starts a golden-ratio step
further round it, so two days running never show the same idea, and
"another idea" walks on round the ring until every idea has been seen.

When a life area is given, two days in three draw from that area's ring and
the third from the ring of all the other areas. The two rings share no idea,
so switching between them can never repeat yesterday's pick either.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence

from kindness_tui.core.ideas_library import BUILTIN_IDEAS
from kindness_tui.core.models import ITEM_KINDS, Idea

_GOLDEN = 0.6180339887498949


def stable_hash(*parts: str) -> int:
    """A hash that is the same in every process and on every machine."""
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


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


def _walk(ring: Sequence[Idea], day: dt.date, salt: str) -> list[Idea]:
    """The ring turned to where `day` starts: consecutive days start at different ideas."""
    size = len(ring)
    if size == 0:
        return []
    step = min(max(round(size * _GOLDEN), 1), size - 1) if size > 1 else 0
    start = (day.toordinal() * step + stable_hash(salt)) % size
    return [ring[(start + i) % size] for i in range(size)]


def is_area_day(kind: str, day: dt.date) -> bool:
    """Whether a given area steers this day's pick (two days in three, by the date's hash)."""
    return stable_hash(day.isoformat(), kind, "area") % 3 != 0


def day_order(
    kind: str, day: dt.date, *, area: str | None = None, own: Sequence[Idea] = ()
) -> list[Idea]:
    """Every idea of the pool in the order the day offers them (pick first, then "another")."""
    pool = idea_pool(kind, own)
    in_area = [idea for idea in pool if area is not None and idea.area == area]
    others = [idea for idea in pool if area is None or idea.area != area]
    if not in_area:
        return _walk(_ring(pool, kind), day, kind)
    first = _walk(_ring(in_area, kind), day, f"{kind}/{area}")
    rest = _walk(_ring(others, kind), day, f"{kind}/not {area}")
    if not rest or is_area_day(kind, day):
        return first + rest
    return rest + first


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
