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

The person's own ideas join the day's pool from the day after they were added:
an idea added today comes last in today's walk, so adding one never moves the
idea a card shows (the day's pick, or where "another idea" got to). Each own
idea keeps its half for good (dealt on after the built-ins of its area, oldest
first), so a growing pool never puts yesterday's idea in today's half.
"""

from __future__ import annotations

import datetime as dt
import math
import zlib
from collections.abc import Mapping, Sequence

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


def _key(idea: Idea) -> str:
    """What makes two ideas the same idea: their words, ignoring case and spacing."""
    return " ".join(idea.text.split()).casefold()


def _check_kind(kind: str) -> None:
    if kind not in ITEM_KINDS:
        raise ValueError(f"{kind!r} is not a kind of idea (new_thing or kindness)")


def _own_of_kind(kind: str, own: Sequence[Idea], seen: set[str]) -> list[Idea]:
    """The person's ideas of `kind` not already in `seen` (which they join), each text once."""
    found: list[Idea] = []
    for idea in own:
        key = _key(idea)
        if idea.kind == kind and key and key not in seen:
            seen.add(key)
            found.append(idea)
    return found


def _builtin(kind: str, seen: set[str]) -> list[Idea]:
    return _own_of_kind(kind, BUILTIN_IDEAS, seen)


def idea_pool(kind: str, own: Sequence[Idea] = ()) -> list[Idea]:
    """The built-in ideas of `kind` plus the person's own, each text once."""
    _check_kind(kind)
    seen: set[str] = set()
    mine = _own_of_kind(kind, own, seen)
    return mine + _builtin(kind, seen)


def ideas_known_on(
    day: dt.date, own: Sequence[Idea], added: Mapping[str, str]
) -> tuple[list[Idea], list[Idea]]:
    """The person's ideas the day began with, and those added on the day (or later).

    `added` gives the day each idea was added (YYYY-MM-DD) by its id; an idea with no
    date there counts as known (it was added before ideas were dated).
    """
    begun = day.isoformat()
    known: list[Idea] = []
    newer: list[Idea] = []
    for idea in own:
        when = added.get(idea.id or "")
        (newer if when is not None and when >= begun else known).append(idea)
    return known, newer


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


def _halves(kind: str, own: Sequence[Idea]) -> tuple[list[Idea], list[Idea]]:
    """The pool dealt alternately into two halves, area by area, so each area is in both.

    Built-ins are dealt first; each area's own ideas (oldest first) carry on its
    alternation, so a new idea never moves an older one to the other half.
    """
    seen: set[str] = set()
    mine = _own_of_kind(kind, own, seen)
    builtin = _builtin(kind, seen)
    halves: tuple[list[Idea], list[Idea]] = ([], [])
    dealt: dict[str, int] = {}
    ordered = sorted(builtin, key=lambda idea: (idea.area or "", stable_hash(kind, idea.text)))
    for place, idea in enumerate(ordered):
        halves[place % 2].append(idea)
    for idea in mine:
        area = idea.area or ""
        if area not in dealt:
            dealt[area] = sum(1 for b in builtin if (b.area or "") <= area)
        halves[dealt[area] % 2].append(idea)
        dealt[area] += 1
    return halves


def is_area_day(kind: str, day: dt.date) -> bool:
    """Whether a given area leads this day's ideas (two days in three, by the date's hash)."""
    return stable_hash(day.isoformat(), kind, "area") % 3 != 0


def day_order(
    kind: str,
    day: dt.date,
    *,
    area: str | None = None,
    own: Sequence[Idea] = (),
    newer: Sequence[Idea] = (),
) -> list[Idea]:
    """Every idea of the pool in the order the day offers them (pick first, then "another").

    `own` are the person's ideas the day began with; `newer` ones (added on the day)
    come after all the others, so adding one moves nothing the day already offers.
    """
    _check_kind(kind)
    halves = _halves(kind, own)
    pool = halves[0] + halves[1]
    order = _day_walk(kind, day, area, pool, halves)
    seen = {_key(idea) for idea in pool}
    return order + _own_of_kind(kind, newer, seen)


def _day_walk(
    kind: str,
    day: dt.date,
    area: str | None,
    pool: Sequence[Idea],
    halves: tuple[list[Idea], list[Idea]],
) -> list[Idea]:
    ordinal = day.toordinal()
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
    newer: Sequence[Idea] = (),
    offset: int = 0,
) -> Idea:
    """The day's idea of `kind`; `offset` counts presses of "another idea".

    Offsets walk through the whole pool without repeating, then start over.
    """
    order = day_order(kind, day, area=area, own=own, newer=newer)
    return order[offset % len(order)]


# ---------------------------------------------------------------- "another idea", kept

IDEA_OFFSETS = "idea_offsets"
"""The journal's record of each day's presses of "another idea" (kept with the settings,
but app state, not a setting a person sets): `{"2026-11-26": {"kindness": 2}}`."""
OFFSET_DAYS_KEPT = 7
"""How many days' presses the record keeps (the latest ones): today's, and a few past
days opened from the calendar."""
_MOST_PRESSES = 1 << 31


def _presses(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < _MOST_PRESSES:
        return None
    return value


def _read_offsets(stored: object) -> dict[str, dict[str, int]]:
    """The usable part of a stored record: real days, known kinds, counts of presses."""
    if not isinstance(stored, Mapping):
        return {}
    record: dict[str, dict[str, int]] = {}
    for day, counts in stored.items():
        if not isinstance(day, str) or not isinstance(counts, Mapping):
            continue
        try:
            if dt.date.fromisoformat(day).isoformat() != day:
                continue
        except ValueError:
            continue
        kept = {kind: _presses(counts.get(kind)) for kind in ITEM_KINDS}
        record[day] = {kind: count for kind, count in kept.items() if count}
    return record


def offsets_on(stored: object, day: dt.date) -> dict[str, int]:
    """Each card's presses of "another idea" on `day`, read from the stored record.

    Anything unusable (an older or hand-edited journal) reads as no presses.
    """
    counts = _read_offsets(stored).get(day.isoformat(), {})
    return {kind: counts.get(kind, 0) for kind in ITEM_KINDS}


def after_another_idea(stored: object, day: dt.date, kind: str) -> dict[str, dict[str, int]]:
    """The record to store after one more "another idea" on `kind`'s card on `day`.

    It keeps `day` and the latest other days, `OFFSET_DAYS_KEPT` in all, so it stays small.
    """
    _check_kind(kind)
    record = _read_offsets(stored)
    pressed = day.isoformat()
    counts = record.setdefault(pressed, {})
    counts[kind] = counts.get(kind, 0) + 1
    others = sorted((when for when in record if when != pressed), reverse=True)
    kept = sorted([pressed, *others[: OFFSET_DAYS_KEPT - 1]])
    return {when: record[when] for when in kept}
