"""Strict JSON for the journal, its backups and drafts: no NaN or Infinity, either way.

Reading refuses `NaN`, `Infinity` and a number too large for a float (1e999);
writing refuses them too, and writes compactly with the text as it is (not
ASCII-escaped). A large journal is written in pieces so other threads run.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from typing import Any

from kindness_tui.data.journal_shape import Tables


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in a journal")


def _finite_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"{text} is too large a number for a journal")
    return number


def loads_strict(
    text: str, object_pairs_hook: Callable[[list[tuple[str, Any]]], Any] | None = None
) -> Any:
    """json.loads that refuses NaN and Infinity, written out or as an overflowing 1e999.

    `object_pairs_hook` is json's: it is given each object's (key, value) pairs in
    order, and what it returns takes the object's place.
    """
    return json.loads(
        text,
        parse_constant=_refuse_constant,
        parse_float=_finite_float,
        object_pairs_hook=object_pairs_hook,
    )


def dumps_strict(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


PIECE = 50
"""Documents written per piece of a journal (a fraction of a millisecond of JSON each)."""


def dumps_in_pieces(data: Tables) -> str:
    """The same text as `dumps_strict(data)`, made a few hundred documents at a time.

    `json.dumps` holds the interpreter's lock for the whole call: 35 ms for ten
    years of days, during which the interface could not echo a key. Between the
    pieces other threads run (the interface's), so typing never waits for a save.
    """
    parts = ["{"]
    for t, (name, table) in enumerate(data.items()):
        parts.append(("," if t else "") + dumps_strict(name) + ":{")
        items = list(table.items())
        for start in range(0, len(items), PIECE):
            piece = dumps_strict(dict(items[start : start + PIECE]))
            parts.append(("," if start else "") + piece[1:-1])
            time.sleep(0)  # let a waiting thread take the lock
        parts.append("}")
    parts.append("}")
    return "".join(parts)
