"""Reading check-ins into dicts that share their keys: less memory for a journal held for hours.

A `json` object_hook for the app (`Store(share_keys=True)`), which keeps the
journal in memory all day: ten years hold about 3,000 check-ins and 5,000
items. Each is built as the attribute dict of a fresh instance of a class with
the same fields in the same order, so it is a plain dict that shares one key
table with all the others (CPython's split tables) and holds only its values:
120 and 96 bytes instead of 272 and 184, with one string per value id. Same
keys, values and order, so TinyDB, the store and the file see no difference.

The keys are the ones `CheckIn.to_dict` and `Item.to_dict` write, in their
order, taken from the model itself: a field added there is shared here too.
Only those exact shapes are built this way (the attributes set one by one in
a generated `__init__`: a `__dict__.update` would turn the sharing off for the
class); anything else, a hand-edited key too, stays the decoder's own dict.
"""

from __future__ import annotations

import sys
from dataclasses import make_dataclass
from typing import Any

from kindness_tui.core.checkin import CheckIn, Item

CHECKIN_KEYS: tuple[str, ...] = tuple(CheckIn(date="").to_dict())
"""A check-in's keys in the order this app writes them."""

ITEM_KEYS: tuple[str, ...] = tuple(Item().to_dict())
"""An item's keys in the order this app writes them."""

_CheckinFields = make_dataclass("_CheckinFields", CHECKIN_KEYS, repr=False, eq=False)
_ItemFields = make_dataclass("_ItemFields", ITEM_KEYS, repr=False, eq=False)
_SIZES = frozenset((len(CHECKIN_KEYS), len(ITEM_KEYS)))


def sharing_keys(obj: dict[str, Any]) -> dict[str, Any]:
    """A JSON object as decoded; a check-in or an item as a dict whose keys are shared."""
    if len(obj) in _SIZES:
        keys = tuple(obj)
        shared: dict[str, Any]
        if keys == ITEM_KEYS:
            item = _ItemFields(*obj.values())
            value_id = item.value_id
            if type(value_id) is str:
                item.value_id = sys.intern(value_id)  # one string per value id
            shared = item.__dict__
            return shared
        if keys == CHECKIN_KEYS:
            shared = _CheckinFields(*obj.values()).__dict__
            return shared
    return obj
