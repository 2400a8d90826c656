"""Showing stored text: control sequences become visible symbols, never reach the terminal."""

from __future__ import annotations

import unicodedata

import pytest

from kindness_tui.core.safe_text import (
    cell_width,
    fit_cells,
    graphemes,
    in_ascii,
    one_line,
    visible,
)

ALL_CONTROLS = "".join(chr(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)])


def assert_inert(text: str) -> None:
    assert not any(ch in text for ch in ALL_CONTROLS if ch not in "\n\t"), repr(text)


@pytest.mark.parametrize("ascii_only", [False, True])
def test_no_control_character_gets_through(ascii_only: bool) -> None:
    shown = visible(ALL_CONTROLS, ascii_only=ascii_only)
    assert_inert(shown)
    assert "\n" in shown and "\t" in shown


def test_escape_becomes_a_symbol() -> None:
    assert visible("\x1b[2J") == "␛[2J"
    assert visible("\x1b[2J", ascii_only=True) == "^[[2J"


def test_bell_and_delete() -> None:
    assert visible("ding\x07") == "ding␇"
    assert visible("ding\x07", ascii_only=True) == "ding^G"
    assert visible("x\x7f") == "x␡"
    assert visible("x\x7f", ascii_only=True) == "x^?"


def test_c1_csi_is_shown() -> None:
    assert visible("\x9b31mred") == "<9B>31mred"
    assert visible("\x9d0;title\x9c") == "<9D>0;title<9C>"


def test_osc_52_clipboard_write_is_defused() -> None:
    attack = "\x1b]52;c;ZWNobyBoaQ==\x07"
    shown = visible(attack)
    assert_inert(shown)
    assert shown == "␛]52;c;ZWNobyBoaQ==␇"
    assert_inert(visible("\x1b]52;c;ZWNobyBoaQ==\x1b\\"))


def test_osc_8_hyperlink_is_defused() -> None:
    link = "\x1b]8;;https://example.invalid\x1b\\click\x1b]8;;\x1b\\"
    shown = visible(link)
    assert_inert(shown)
    assert "click" in shown and "https://example.invalid" in shown


def test_newline_and_tab_are_kept() -> None:
    assert visible("one\ntwo\tthree") == "one\ntwo\tthree"


def test_carriage_return_is_shown_not_obeyed() -> None:
    """A bare CR would let text overwrite the start of its own line."""
    assert visible("safe\rEVIL") == "safe␍EVIL"


def test_bidi_overrides_and_line_separators_are_shown() -> None:
    shown = visible("abc\u202edcba\u2028next")
    assert "\u202e" not in shown and "\u2028" not in shown
    assert "<U+202E>" in shown and "<U+2028>" in shown


def test_ordinary_text_is_untouched() -> None:
    for text in ["Curiosity", "Ærlighed — gentle", "思いやり", "emoji 🌱", "markup [b]x[/b]"]:
        assert visible(text) == text
        assert one_line(text) == text


def test_none_and_empty() -> None:
    assert visible(None) == ""
    assert visible("") == ""
    assert one_line(None) == ""


def test_one_line_flattens_newlines_and_tabs() -> None:
    assert one_line("a\nb\tc") == "a b c"
    assert one_line("a\r\nb") == "a␍ b"
    assert_inert(one_line("x\x1b]8;;u\x07y\n", ascii_only=True))


def test_invisible_and_direction_characters_are_shown_but_joiners_stay() -> None:
    text = "a\u200bb\u2060c\ufeffd\u200ee\u061cf"
    assert visible(text) == "a<U+200B>b<U+2060>c<U+FEFF>d<U+200E>e<U+061C>f"
    family = "👩\u200d👩\u200d👧 \u0645\u200c\u06cc"  # emoji and Persian need their joiners
    assert visible(family) == family


# ------------------------------------------------------------ widths in terminal cells

CREME_NFD = unicodedata.normalize("NFD", "Crème brûlée café talks")


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        ("Family", 6),
        ("Family 家族", 11),
        ("Growth 🌱", 9),
        (CREME_NFD, 23),
        ("Crème brûlée café talks", 23),
        ("👩\u200d💻", 2),
        ("", 0),
    ],
)
def test_cell_width_counts_what_the_terminal_draws(text: str, cells: int) -> None:
    assert cell_width(text) == cells


def test_graphemes_keep_a_letter_with_its_accents() -> None:
    assert [g for g, _ in graphemes("Cre\u0300me")] == ["C", "r", "e\u0300", "m", "e"]
    assert graphemes("家🌱a") == [("家", 2), ("🌱", 2), ("a", 1)]


def test_text_that_fits_is_left_alone() -> None:
    assert fit_cells("Family 家族", 11) == "Family 家族"
    assert fit_cells(CREME_NFD, 23) == CREME_NFD


@pytest.mark.parametrize("width", range(1, 23))
def test_a_cut_keeps_whole_characters_and_shows_it_was_cut(width: int) -> None:
    for text in (CREME_NFD, "Family 家族 and friends", "Growth 🌱🌱🌱 in the garden"):
        cut = fit_cells(text, width)
        assert cell_width(cut) <= width
        # Only a wide character left out, or a space before the mark, leaves cells over.
        assert cell_width(cut) >= width - 2
        assert cut.endswith("…")
        kept = cut[:-1]
        assert text.startswith(kept)
        assert not unicodedata.combining(text[len(kept)])  # no accent left without its letter


def test_a_wide_character_is_never_split() -> None:
    assert fit_cells("Family 家族", 10) == "Family 家…"
    assert fit_cells("Family 家族", 9) == "Family…"
    assert fit_cells("家族家族", 4) == "家…"


def test_the_ascii_mark_is_a_full_stop() -> None:
    assert fit_cells("Curiosity", 5, ascii_only=True) == "Curi."


def test_nothing_fits_in_no_room() -> None:
    assert fit_cells("Curiosity", 0) == ""
    assert fit_cells("Curiosity", 1) == "…"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (CREME_NFD, "Creme brulee cafe talks"),
        ("Crème brûlée café talks", "Creme brulee cafe talks"),
        ("Family 家族", "Family ??"),
        ("Growth 🌱", "Growth ?"),
        ("Nature 🌲🌊", "Nature ??"),
        ("👩\u200d💻 work", "? work"),
        ("Curiosity", "Curiosity"),
    ],
)
def test_in_ascii_every_character_is_one_ascii_cell(text: str, shown: str) -> None:
    assert in_ascii(text) == shown
    assert in_ascii(text).isascii()
