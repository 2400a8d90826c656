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


COMMON_VALUES: tuple[CommonValue, ...] = (
    CommonValue("Acceptance", "letting things and people be as they are", None),
    CommonValue("Adventure", "going towards the new and the unknown", "recreation"),
    CommonValue("Authenticity", "being who I really am, not who I should be", None),
    CommonValue("Beauty", "noticing and making lovely things", "recreation"),
    CommonValue("Caring", "looking after people who need it", "family"),
    CommonValue("Connection", "being really present with others", "friends"),
    CommonValue("Contribution", "giving something that helps others", "community"),
    CommonValue("Cooperation", "working well with others", "work"),
    CommonValue("Courage", "doing what matters even when I'm afraid", None),
    CommonValue("Creativity", "making something that wasn't there before", "recreation"),
    CommonValue("Curiosity", "wondering, asking, exploring", "education"),
    CommonValue("Fairness", "treating people evenly, myself included", "community"),
    CommonValue("Faith", "trusting in something larger than me", "spirituality"),
    CommonValue("Fitness", "keeping my body moving and strong", "self-care"),
    CommonValue("Flexibility", "bending with change instead of breaking", None),
    CommonValue("Forgiveness", "letting go of old hurts, mine too", None),
    CommonValue("Freedom", "choosing my own way", None),
    CommonValue("Friendliness", "being warm and open with people", "friends"),
    CommonValue("Fun", "letting myself enjoy things", "recreation"),
    CommonValue("Generosity", "sharing what I have, freely", "community"),
    CommonValue("Gratitude", "noticing what is good and saying thanks", "spirituality"),
    CommonValue("Health", "looking after my body and mind", "self-care"),
    CommonValue("Honesty", "telling the truth, kindly", None),
    CommonValue("Humility", "letting my work speak for itself", None),
    CommonValue("Humour", "seeing the funny side and sharing it", "friends"),
    CommonValue("Independence", "standing on my own two feet", None),
    CommonValue("Intimacy", "letting someone close, and staying close", "couple"),
    CommonValue("Justice", "standing up for what is right", "community"),
    CommonValue("Kindness", "being gentle and good to others and myself", None),
    CommonValue("Learning", "growing what I know and can do", "education"),
    CommonValue("Love", "caring deeply and showing it", "couple"),
    CommonValue("Loyalty", "standing by the people I care about", "friends"),
    CommonValue("Mindfulness", "being here, now, with open eyes", "spirituality"),
    CommonValue("Nature", "spending time outdoors and caring for it", "recreation"),
    CommonValue("Nurturing", "helping someone grow", "parenting"),
    CommonValue("Openness", "meeting ideas and people with an open mind", None),
    CommonValue("Order", "keeping things clear and in their place", "work"),
    CommonValue("Patience", "waiting calmly, giving things time", "parenting"),
    CommonValue("Persistence", "keeping going when it gets hard", "work"),
    CommonValue("Playfulness", "bringing lightness to what I do", "recreation"),
    CommonValue("Presence", "giving my full attention", "couple"),
    CommonValue("Reliability", "being someone others can count on", "work"),
    CommonValue("Respect", "treating people as they deserve", None),
    CommonValue("Responsibility", "owning my part in things", "work"),
    CommonValue("Rest", "letting myself recover without guilt", "self-care"),
    CommonValue("Self-compassion", "being as kind to me as to a friend", "self-care"),
    CommonValue("Simplicity", "keeping life light and uncluttered", None),
    CommonValue("Skill", "doing things well, with care", "work"),
    CommonValue("Supportiveness", "being there when people need me", "family"),
    CommonValue("Trust", "being trustworthy and trusting others", "couple"),
    CommonValue("Wisdom", "learning from life and using it well", "education"),
)
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
