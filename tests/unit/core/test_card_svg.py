"""The card to carry: an SVG exactly 85.6 × 54 mm, and a page to print it (core.card_svg)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from kindness_tui.core.card_svg import card_names, card_page, card_svg, recent_says
from kindness_tui.core.checkin import CheckIn, Item
from kindness_tui.core.models import Assessment, Rating, Value
from tests.hostile import CORPUS, LITERAL, NAMES
from tests.markup_checks import RAW_CONTROL, parse_html

SVG = "{http://www.w3.org/2000/svg}"
TAGS = "<script>alert(1)</script></text></svg> & \"q\" 'a' ]]> <!-- x -->"
"""Text that would be markup if it reached the page unescaped."""


def texts(svg: str) -> list[str]:
    root = ET.fromstring(svg.encode("utf-8"))
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


def test_the_card_is_exactly_id1_in_millimetres() -> None:
    svg = card_svg(["Curiosity", "Family"], ["I notice people"])
    assert svg.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    root = ET.fromstring(svg.encode("utf-8"))
    assert root.tag == f"{SVG}svg"
    assert (root.get("width"), root.get("height")) == ("85.6mm", "54mm")
    assert root.get("viewBox") == "0 0 85.6 54"
    assert texts(svg) == [
        "Who I am",
        "\u2022 Curiosity",
        "\u2022 Family",
        "\u201cI notice people\u201d",
    ]
    for text in root.iter(f"{SVG}text"):
        assert 0 < float(text.get("x", "-1")) < 85.6 and 0 < float(text.get("y", "-1")) < 54


@pytest.mark.parametrize("render", [card_svg, card_page])
def test_hostile_names_and_answers_come_out_escaped_and_visible(render) -> None:
    names = [*NAMES, TAGS[:40], "Crème 家族 🌱"]
    out = render(names, [CORPUS, TAGS, "勇気がある 🌱"])
    assert not RAW_CONTROL.search(out)
    assert "<script" not in out and "alert(1)</script>" not in out
    if render is card_svg:
        shown = " ".join(texts(out))
    else:
        parser = parse_html(out)
        assert "script" not in {tag for tag, _ in parser.tags}
        shown = " ".join(parser.text)
    assert "<script>alert(1)" in shown  # the words, as written, not markup
    assert "Crème 家族 🌱" in shown and "勇気がある 🌱" in shown
    assert "\u241b" in shown  # ESC as a visible symbol
    for literal in LITERAL[3:]:  # in the names
        assert literal in shown


def test_the_page_holds_the_card_at_real_size_with_cut_marks() -> None:
    page = card_page(["Curiosity"], [])
    assert '<meta charset="utf-8">' in page and "@page" in page
    parser = parse_html(page)
    sheets = [attrs for tag, attrs in parser.tags if tag == "svg"]
    assert len(sheets) == 1
    assert sheets[0]["width"] == "109.6mm" and sheets[0]["height"] == "78mm"
    assert "translate(12 12)" in page  # the card's corner, 12 mm in from the sheet's
    cuts = [attrs for tag, attrs in parser.tags if tag == "line" and attrs.get("stroke") == "#000"]
    assert len(cuts) == 8
    for mark in cuts:  # every mark stays off the card
        x1, y1, x2, y2 = (float(mark[k] or 0) for k in ("x1", "y1", "x2", "y2"))
        on_card_x = min(x1, x2) > 12 and max(x1, x2) < 12 + 85.6
        on_card_y = min(y1, y2) > 12 and max(y1, y2) < 12 + 54
        assert not (on_card_x and on_card_y)
    assert "<script" not in page and "http" not in page.replace("http://www.w3.org/2000/svg", "")


def test_values_that_matter_most_come_first_and_archived_ones_never() -> None:
    values = [
        Value("a", "Art", created="2026-01-01"),
        Value("b", "Bravery", created="2026-01-01"),
        Value("c", "Care", created="2026-01-01"),
        Value("d", "Dusty", archived=True, created="2026-01-01"),
        Value("e", "Ease", created="2026-01-01"),
    ]
    wheel = Assessment(
        "x",
        "2026-11-01",
        (Rating("a", now=3, want=6), Rating("b", now=4, want=9), Rating("c", now=6, want=9)),
    )
    assert card_names(values, wheel) == ["Care", "Bravery", "Art", "Ease"]
    assert card_names(values, None) == ["Art", "Bravery", "Care", "Ease"]


def test_recent_says_are_the_newest_three_once_each() -> None:
    def day(date: str, new: str | None, kind: str | None) -> CheckIn:
        return CheckIn(date, Item("x", done=True, says=new), Item("y", done=True, says=kind))

    checkins = [
        day("2026-11-20", "oldest", None),
        day("2026-11-24", "I am kind", "  "),
        day("2026-11-25", "i am KIND", "brave"),
        day("2026-11-26", None, "curious"),
    ]
    assert recent_says(checkins) == ["curious", "brave", "i am KIND"]
    assert recent_says(checkins, limit=5) == ["curious", "brave", "i am KIND", "oldest"]
