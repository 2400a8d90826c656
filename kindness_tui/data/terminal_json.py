"""JSON with the stored text exact that is still harmless to print on a terminal.

Its own module so `kindness today --json` need not import the whole of `exchange`.
"""

from __future__ import annotations

import json
from typing import Any

# Characters JSON may carry raw but a terminal could act on (DEL, C1, line
# separators, bidi controls). Writing them as \u escapes keeps the text exact
# for a JSON reader and harmless on a screen; JSON itself escapes C0.
_JSON_ESCAPES = {
    code: f"\\u{code:04x}"
    for code in (
        0x7F,
        *range(0x80, 0xA0),
        0x2028,
        0x2029,
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
    )
}


def dumps_json(data: Any, *, indent: int | None = 2) -> str:
    """Strict JSON with the stored text exact, safe to print on a terminal."""
    text = json.dumps(data, ensure_ascii=False, allow_nan=False, indent=indent)
    return text.translate(_JSON_ESCAPES)
