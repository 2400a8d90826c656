"""Fifteen values whose names are long, wide (CJK, emoji) or typed with separate accents:
the Values screen's hardest names, for its layout tests and snapshots."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

from kindness_tui.data.store import Store

CREME_APART = unicodedata.normalize("NFD", "Crème brûlée café talks")
"""Each accent a character of its own (NFD), as some keyboards and macOS type it."""

WIDE_NAMES = [
    "Family 家族",
    "Growth 🌱",
    CREME_APART,
    "Curiosity",
    "Kindness",
    "Honesty and openness with people I love",
    "音楽と踊りと歌の時間",
    "Friendship",
    "Spirituality",
    "Playfulness",
    "Self-care 🧘",
    "Gratitude",
    "Nature 🌲🌊",
    "Patience",
    "Courage",
]

LONG_STEPS = "\n".join(f"step {i}: a small thing to try this week" for i in range(1, 7))
LONG_CHALLENGES = "tiredness after work\nthe phone\nfeeling I must be perfect"
LAST_WORDS = "feeling I must be perfect"
"""The last line of the first value's details: readable only if the details are whole."""


def seed_wide(journal: Path, count: int = 15) -> Store:
    """`count` of the wide values over two assessments, the first with long details."""
    store = Store(journal)
    for i, name in enumerate(WIDE_NAMES[:count]):
        value = store.add_value(name, today=dt.date(2026, 10, 1), about=f"what {name} means to me")
        store.rate(value.id, now=1 + i % 9, want=9 - i % 4)
    store.new_assessment(dt.date(2026, 11, 1))
    first = store.values()[0]
    store.rate(first.id, now=6, steps=LONG_STEPS, challenges=LONG_CHALLENGES)
    return store
