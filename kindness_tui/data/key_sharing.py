"""Reading check-ins into dicts that share their keys: less memory for a journal held for hours.

A `json` object_pairs_hook for the app (`Store(share_keys=True)`), which keeps
the journal in memory all day: ten years hold about 3,000 check-ins and 5,000
items. Each is built as the attribute dict of a fresh instance of a class kept
for its shape, its attributes set in the same order, so it is a plain dict that
shares one key table with all the others (CPython's split tables) and holds
only its values: 120 and 96 bytes instead of 272 and 184, with one string per
value id. Same keys, values and order, so TinyDB, the store and the file see no
difference.

The keys are the ones `CheckIn.to_dict` and `Item.to_dict` write, in their
order, taken from the model itself: a field added there is shared here too.
Only those exact shapes are built this way (the attributes set one by one: a
`__dict__.update` would turn the sharing off for the class); anything else, a
hand-edited key too, stays an ordinary dict.

The hook runs for every object of the journal (9,000 in ten years), so its code
is written from those keys when this module loads, as `dataclasses` writes an
`__init__`: Python takes a known number of pairs apart fastest in code written
for that number. The generic code it replaced cost the start about 22 million
instructions more (benchmarks/paint_instructions.py).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from kindness_tui.core.checkin import CheckIn, Item

CHECKIN_KEYS: tuple[str, ...] = tuple(CheckIn(date="").to_dict())
"""A check-in's keys in the order this app writes them."""

ITEM_KEYS: tuple[str, ...] = tuple(Item().to_dict())
"""An item's keys in the order this app writes them."""

Pairs = list[tuple[str, Any]]


class _CheckinFields:
    """Its instances lend their attribute dicts to check-ins."""


class _ItemFields:
    """The same for a check-in's two items."""


def _one_shape(kind: str, keys: tuple[str, ...]) -> list[str]:
    """The hook's lines for one shape: its pairs taken apart, its keys checked, and the
    values set on a fresh instance of `kind` in the keys' order (value ids interned)."""
    if not all(key.isidentifier() for key in keys):
        raise ValueError(f"a stored key that is no attribute name: {keys}")
    pairs = ", ".join(f"(k{n}, v{n})" for n in range(len(keys)))
    same = " and ".join(f"k{n} == {key!r}" for n, key in enumerate(keys))
    sets = [
        f"            shared.{key} = intern(v{n}) if type(v{n}) is str else v{n}"
        if key == "value_id"
        else f"            shared.{key} = v{n}"
        for n, key in enumerate(keys)
    ]
    return [
        f"    if size == {len(keys)}:",
        f"        {pairs} = pairs",
        f"        if {same}:",
        f"            shared = {kind}()",
        *sets,
        "            return shared.__dict__",
    ]


def _written_hook() -> Callable[[Pairs], dict[str, Any]]:
    lines = [
        "def sharing_keys(pairs):",
        "    size = len(pairs)",
        *_one_shape("_ItemFields", ITEM_KEYS),
        *_one_shape("_CheckinFields", CHECKIN_KEYS),
        "    return dict(pairs)",
    ]
    scope: dict[str, Any] = {
        "_ItemFields": _ItemFields,
        "_CheckinFields": _CheckinFields,
        "intern": sys.intern,
    }
    exec("\n".join(lines), scope)
    hook: Callable[[Pairs], dict[str, Any]] = scope["sharing_keys"]
    hook.__doc__ = "A JSON object's pairs as a dict; a check-in or an item, one sharing its keys."
    return hook


sharing_keys = _written_hook()
