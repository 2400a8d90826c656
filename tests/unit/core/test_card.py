"""The "Who I am" card: a tidy box with 0, 1 or many values, Unicode or ASCII, safe text."""

from __future__ import annotations

import pytest

from kindness_tui.core.card import cell_width, who_i_am_card, wrap
from kindness_tui.core.models import Value


def value(i: int, name: str, about: str | None = None, archived: bool = False) -> Value:
    return Value(id=f"v-{i}", name=name, about=about, archived=archived, created="2026-11-01")


EIGHT = [
    value(0, "Curiosity", "trying what I don't know"),
    value(1, "Kindness", "gentle with others and with me"),
    value(2, "Courage"),
    value(3, "Honesty", "saying what is true, kindly, even when my voice shakes a little"),
    value(4, "Playfulness", "room for silliness"),
    value(5, "Family"),
    value(6, "Health", "moving, sleeping, eating like I matter"),
    value(7, "A name that is exactly forty characters!"),
]


def assert_boxed(card: str, width: int) -> list[str]:
    lines = card.split("\n")
    assert all(cell_width(line) == width for line in lines), card
    return lines


def test_no_values_invites_to_the_wheel() -> None:
    card = who_i_am_card([], None)
    lines = assert_boxed(card, 44)
    assert "Who I am" in lines[0]
    assert "F3" in card and "kindness" in card
    assert lines[0].startswith("╭") and lines[-1].endswith("╯")


def test_only_archived_values_counts_as_none() -> None:
    card = who_i_am_card([value(0, "Old", archived=True)], None)
    assert "Old" not in card
    assert "F3" in card


def test_one_value_with_its_meaning() -> None:
    card = who_i_am_card([value(0, "Curiosity", "trying what I don't know")], None)
    assert_boxed(card, 44)
    assert "• Curiosity — trying what I don't know" in card
    assert "F3" not in card
    assert "label" in card  # the gentle closing line


def test_eight_values_wrap_inside_the_box() -> None:
    card = who_i_am_card(EIGHT, None)
    lines = assert_boxed(card, 44)
    body = "\n".join(lines)
    for v in EIGHT:
        assert v.name.split()[0] in body
    assert sum(line.startswith("│ •") for line in lines) == 8
    assert "even when my voice" in " ".join(line.strip("│ ") for line in lines)


def test_ascii_card_is_pure_ascii() -> None:
    card = who_i_am_card(EIGHT, None, ascii_only=True)
    assert card.isascii()
    lines = assert_boxed(card, 44)
    assert lines[0].startswith("+- Who I am -") and lines[0].endswith("+")
    assert all(line[0] in "+|" and line[-1] in "+|" for line in lines)
    assert "* Curiosity - trying what I don't know" in card
    assert who_i_am_card([], None, ascii_only=True).isascii()


@pytest.mark.parametrize("width", [24, 30, 60, 78])
def test_other_widths(width: int) -> None:
    assert_boxed(who_i_am_card(EIGHT, None, width=width), width)


def test_a_tiny_width_is_widened_to_fit() -> None:
    assert_boxed(who_i_am_card(EIGHT, None, width=5), 24)


def test_control_sequences_are_shown_not_sent() -> None:
    hostile = value(0, "Evil\x1b]52;c;aGk=\x07", "x\x9b31m\nsecond line")
    card = who_i_am_card([hostile], None)
    assert "\x1b" not in card and "\x07" not in card and "\x9b" not in card
    assert "␛" in card
    assert_boxed(card, 44)  # the newline in the meaning did not break the box
    ascii_card = who_i_am_card([hostile], None, ascii_only=True)
    assert "\x1b" not in ascii_card and "^[" in ascii_card


def test_wide_letters_keep_the_box_straight() -> None:
    wide = value(0, "思いやり", "人に優しく、自分にも優しく、毎日少しずつ続けること")
    card = who_i_am_card([wide], None)
    assert_boxed(card, 44)


def test_wrap_breaks_long_words_and_indents() -> None:
    assert wrap("a" * 25, 10) == ["a" * 10, "a" * 10, "a" * 5]
    assert wrap("one two three four", 9, indent="  ") == ["one two", "  three", "  four"]
    assert wrap("", 10) == [""]


def test_the_card_names_values_lived_and_what_acts_say_safely() -> None:
    says = ["I keep going", "\x1b[31mI am [b]brave[/b]", "I notice people", "a fourth"]
    card = who_i_am_card(EIGHT, None, says=says, lived={"v-0": 3, "v-2": 1, "v-5": 0})
    lines = assert_boxed(card, 44)
    text = "\n".join(lines)
    assert "Lived lately: Curiosity ×3, Courage ×1" in text
    assert "Family ×" not in text and "×0" not in text  # only what was done is counted
    assert "What my acts say about me:" in text
    assert "• I keep going" in text and "• ␛[31mI am [b]brave[/b]" in text
    assert "a fourth" not in text  # three at most
    assert "\x1b" not in text
    ascii_card = who_i_am_card(EIGHT, None, says=says, lived={"v-0": 3}, ascii_only=True)
    assert "Curiosity x3" in ascii_card and ascii_card.isascii()


def test_without_says_or_lived_the_card_is_as_it_was() -> None:
    assert who_i_am_card(EIGHT, None, says=[], lived={}) == who_i_am_card(EIGHT, None)


def test_an_empty_wheel_still_shows_what_the_acts_say() -> None:
    card = who_i_am_card([], None, says=["I keep promises"])
    assert "Your values will live here." in card and "• I keep promises" in card
    assert_boxed(card, 44)
