"""Common values to choose from in the "find your values" flow.

A starting list for people who do not know where to begin, each with a
one-line meaning in plain words. They are offered, never prescribed: the
person keeps, renames or rewrites any of them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CommonValue:
    """A value many people hold, with a plain one-line meaning and a life area."""

    name: str
    """How the value is called (at most 40 characters)."""
    meaning: str
    """What it can mean, in one short line (at most 60 characters)."""
    area: str | None
    """The life area it most often lives in, or None when it lives everywhere."""


def _table(rows: str) -> tuple[CommonValue, ...]:
    """Values from lines of "name | area | meaning" ("-": no one area)."""
    values = []
    for row in rows.strip().splitlines():
        name, area, meaning = (cell.strip() for cell in row.split("|"))
        values.append(CommonValue(name, meaning, None if area == "-" else area))
    return tuple(values)


COMMON_VALUES: tuple[CommonValue, ...] = _table("""
Acceptance      | -            | letting things and people be as they are
Adventure       | recreation   | going towards the new and the unknown
Authenticity    | -            | being who I really am, not who I should be
Beauty          | recreation   | noticing and making lovely things
Caring          | family       | looking after people who need it
Connection      | friends      | being really present with others
Contribution    | community    | giving something that helps others
Cooperation     | work         | working well with others
Courage         | -            | doing what matters even when I'm afraid
Creativity      | recreation   | making something that wasn't there before
Curiosity       | education    | wondering, asking, exploring
Fairness        | community    | treating people evenly, myself included
Faith           | spirituality | trusting in something larger than me
Fitness         | self-care    | keeping my body moving and strong
Flexibility     | -            | bending with change instead of breaking
Forgiveness     | -            | letting go of old hurts, mine too
Freedom         | -            | choosing my own way
Friendliness    | friends      | being warm and open with people
Fun             | recreation   | letting myself enjoy things
Generosity      | community    | sharing what I have, freely
Gratitude       | spirituality | noticing what is good and saying thanks
Health          | self-care    | looking after my body and mind
Honesty         | -            | telling the truth, kindly
Humility        | -            | letting my work speak for itself
Humour          | friends      | seeing the funny side and sharing it
Independence    | -            | standing on my own two feet
Intimacy        | couple       | letting someone close, and staying close
Justice         | community    | standing up for what is right
Kindness        | -            | being gentle and good to others and myself
Learning        | education    | growing what I know and can do
Love            | couple       | caring deeply and showing it
Loyalty         | friends      | standing by the people I care about
Mindfulness     | spirituality | being here, now, with open eyes
Nature          | recreation   | spending time outdoors and caring for it
Nurturing       | parenting    | helping someone grow
Openness        | -            | meeting ideas and people with an open mind
Order           | work         | keeping things clear and in their place
Patience        | parenting    | waiting calmly, giving things time
Persistence     | work         | keeping going when it gets hard
Playfulness     | recreation   | bringing lightness to what I do
Presence        | couple       | giving my full attention
Reliability     | work         | being someone others can count on
Respect         | -            | treating people as they deserve
Responsibility  | work         | owning my part in things
Rest            | self-care    | letting myself recover without guilt
Self-compassion | self-care    | being as kind to me as to a friend
Simplicity      | -            | keeping life light and uncluttered
Skill           | work         | doing things well, with care
Supportiveness  | family       | being there when people need me
Trust           | couple       | being trustworthy and trusting others
Wisdom          | education    | learning from life and using it well
""")
"""About fifty values, alphabetical, for the "find your values" list."""


QUALITY_HINTS: dict[str, tuple[str, ...]] = {
    # Good qualities to embody.
    "patient": ("Patience", "Acceptance"),
    "kind": ("Kindness", "Caring"),
    "funny": ("Humour", "Playfulness"),
    "brave": ("Courage",),
    "honest": ("Honesty", "Authenticity"),
    "curious": ("Curiosity", "Learning"),
    "generous": ("Generosity", "Contribution"),
    "calm": ("Patience", "Mindfulness"),
    "fair": ("Fairness", "Justice"),
    "loyal": ("Loyalty", "Reliability"),
    "creative": ("Creativity", "Playfulness"),
    "hard-working": ("Persistence", "Responsibility"),
    "wise": ("Wisdom", "Openness"),
    "warm": ("Friendliness", "Love"),
    "reliable": ("Reliability", "Trust"),
    "gentle": ("Kindness", "Self-compassion"),
    "playful": ("Playfulness", "Fun"),
    "forgiving": ("Forgiveness", "Acceptance"),
    "adventurous": ("Adventure", "Freedom"),
    "present": ("Presence", "Connection"),
    # Hard qualities whose opposite one may value.
    "harsh": ("Kindness", "Patience"),
    "cold": ("Connection", "Friendliness"),
    "dishonest": ("Honesty", "Trust"),
    "impatient": ("Patience",),
    "controlling": ("Freedom", "Respect"),
    "judgemental": ("Acceptance", "Openness"),
    "unfair": ("Fairness", "Justice"),
    "selfish": ("Generosity", "Caring"),
    "absent": ("Presence", "Reliability"),
    "critical": ("Self-compassion", "Kindness"),
    "unreliable": ("Reliability", "Responsibility"),
    "cruel": ("Kindness", "Respect"),
    "closed-minded": ("Openness", "Curiosity"),
    "angry": ("Patience", "Forgiveness"),
}
"""Qualities of an influential person and values they point to (good ones to
embody, hard ones whose opposite may matter). Keys are lower case."""


def values_for_quality(quality: str) -> tuple[CommonValue, ...]:
    """The common values a described quality points to (case and spaces ignored)."""
    names = QUALITY_HINTS.get(" ".join(quality.split()).casefold(), ())
    by_name = {v.name: v for v in COMMON_VALUES}
    return tuple(by_name[name] for name in names if name in by_name)
