"""One page for a therapist (core.report_html, core.report_parts): self-contained,
well-formed, escaped, and holding the wheels, months, counts and words of its period."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from typing import Any

from kindness_tui.core.checkin import CheckIn, Item
from kindness_tui.core.models import Assessment, Rating, Value
from kindness_tui.core.report_html import report_html
from kindness_tui.core.report_parts import MARKS, WheelSlice, wheel_svg
from tests.hostile import CORPUS, NAMES
from tests.markup_checks import parse_html

TODAY = dt.date(2026, 11, 26)
MADE = dt.datetime(2026, 11, 26, 9, 30, tzinfo=dt.UTC)
TAGS = '<script>alert(1)</script></p></svg> & "q" <!-- x -->'


def journal(text: str = "") -> tuple[list[Value], list[Assessment], list[CheckIn]]:
    """Three values, two assessments, a few days; `text` added to every field."""
    values = [
        Value("v1", f"Curiosity{text[:20]}", about=f"trying {text}", created="2026-09-01"),
        Value("v2", "家族と一緒に", about=f"時間 {text}", created="2026-09-01"),
        Value("v3", "Rest 🌱", created="2026-09-01"),
    ]
    first = Assessment(
        "a1", "2026-10-01", (Rating("v1", 4, 8), Rating("v2", 5, 9), Rating("v3", 3, 7))
    )
    second = Assessment(
        "a2",
        "2026-11-20",
        (
            Rating(
                "v1",
                6,
                8,
                steps=f"steps {text}",
                worked=f"a new route {text}",
                in_the_way=f"rain\n{text}",
            ),
            Rating("v2", 5, 9, challenges=f"long shifts {text}"),
            Rating("v3", 3, 7),
        ),
    )
    days = [
        CheckIn(
            "2026-10-28",
            new_thing=Item(f"an old new thing {text}", "v1", True),
            note=f"october note {text}",
            mood=2,
        ),
        CheckIn(
            "2026-11-24",
            new_thing=Item(
                f"a new route {text}", "v1", True, how=f"map {text}", says=f"I can be brave {text}"
            ),
            kindness=Item(f"a note for the cleaner {text}", "v2", True, says=f"I notice {text}"),
            self_kindness=f"rested {text}",
            mood=8,
            note=f"november note {text}",
        ),
        CheckIn("2026-11-25", kindness=Item("planned", None, False), mood=5),
    ]
    return values, [first, second], days


def page(text: str = "", **options) -> str:
    values, assessments, checkins = journal(text)
    start = options.pop("start", None)
    end = options.pop("end", None)
    chosen = [
        c
        for c in checkins
        if (not start or c.date >= start.isoformat()) and (not end or c.date <= end.isoformat())
    ]
    return report_html(
        values,
        assessments,
        chosen,
        start=start,
        end=end,
        today=TODAY,
        exported_at=MADE,
        **options,
    )


def test_a_self_contained_page_that_prints_on_a4_and_letter() -> None:
    html = page()
    parser = parse_html(html)
    tags = {tag for tag, _ in parser.tags}
    assert "script" not in tags and "link" not in tags and "img" not in tags
    assert not re.search(r"\b(src|href)=", html)
    assert "url(" not in html and "@import" not in html
    assert "http" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert '<meta charset="utf-8">' in html
    assert "@page { size: auto;" in html and "max-width: 170mm" in html
    for part in ("figure.wheel", ".month", ".day"):
        assert re.search(re.escape(part) + r" \{[^}]*break-inside: avoid", html), part
    widths = [float(w) for w in re.findall(r'width="([0-9.]+)mm"', html)]
    assert widths and max(widths) <= 170


def test_each_wheel_of_the_period_with_now_filled_and_want_outlined() -> None:
    html = page()
    parser = parse_html(html)
    wheels = [a for tag, a in parser.tags if tag == "svg" and a.get("class") == "wheel"]
    assert [w["aria-label"] for w in wheels] == [
        "The wheel of 2026-10-01",
        "The wheel of 2026-11-20",
    ]
    paths = [a for tag, a in parser.tags if tag == "path"]
    assert len([p for p in paths if p.get("fill") not in (None, "none")]) == 6  # now, filled
    assert len([p for p in paths if p.get("fill") == "none"]) == 6  # want, outlined
    assert "now 4 &#8594; 6" in html and "the same" in html  # the change between the two
    assert "a new route" in html and "long shifts" in html  # what worked, what was hard


def test_a_period_shows_its_wheels_and_the_one_its_change_is_measured_from() -> None:
    html = page(start=dt.date(2026, 11, 1), end=dt.date(2026, 11, 26))
    assert "The wheel of 2026-10-01" in html and "The wheel of 2026-11-20" in html
    early = page(start=dt.date(2026, 10, 1), end=dt.date(2026, 10, 31))
    assert "The wheel of 2026-11-20" not in early  # after the period's end
    assert "The wheel of 2026-10-01" in early


def test_months_as_small_calendars_with_the_apps_marks() -> None:
    from kindness_tui.widgets.day_column import MARK_SYMBOLS

    assert {kind: symbols[0] for kind, symbols in MARK_SYMBOLS.items()} == MARKS
    html = page()
    assert html.count('<section class="month">') == 2  # October and November
    assert "<h3>October 2026</h3>" in html and "<h3>November 2026</h3>" in html
    cell = re.search(r'<td class="mood-high"><span class="n">24</span>.*?</td>', html)
    assert cell and "\u2726\u2665\u25cb" in cell.group()
    assert '<td class="mood-low"><span class="n">28</span>' in html
    assert '<td class="today"><span class="n">26</span>' in html
    assert '<td class="later"><span class="n">27</span>' in html
    assert "In October you showed up on 1 day" in html


def test_counts_of_what_was_done_and_the_values_lived() -> None:
    html = page()
    assert "Showed up on 3 days &#183; 2 new things &#183; 1 secret kindness" in html
    assert "lived twice" in html or "lived 2 times" in html
    assert "waiting for a turn" in html  # Rest, never "neglected"
    for word in ("missed", "neglected", "streak", "failed"):
        assert word not in html.lower()


def test_reflections_and_notes_and_no_notes_leaves_only_the_notes_out() -> None:
    html = page()
    assert "How did you do that?</i> map" in html
    assert "What does that say about you?</i> I can be brave" in html
    assert "october note" in html and "november note" in html
    quiet = page(notes=False)
    assert "october note" not in quiet and "november note" not in quiet
    assert "I can be brave" in quiet and "rested" in quiet and "notes left out" in quiet


def test_the_date_range_is_respected() -> None:
    html = page(start=dt.date(2026, 11, 1), end=dt.date(2026, 11, 24))
    assert "an old new thing" not in html and "october note" not in html
    assert "<h3>October 2026</h3>" not in html
    assert "days 2026-11-01 to 2026-11-24" in html
    assert "Showed up on 1 day" in html


def test_the_hostile_corpus_in_every_field_comes_out_escaped_and_visible() -> None:
    for text in (CORPUS, TAGS, NAMES[0]):
        html = page(text)
        parser = parse_html(html)
        assert "script" not in {tag for tag, _ in parser.tags}
        assert "<script" not in html and "<!-- x" not in html
        shown = "".join(parser.text)
        assert text[:10].replace("\x1b", "\u241b") in shown
    shown = "".join(parse_html(page(TAGS)).text)
    assert "<script>alert(1)</script></p></svg>" in shown  # the words, exactly, as text
    html = page(CORPUS)
    assert "[/x]" in html and "[@click=app.quit]q[/]" in html and "\u241b" in html


def days_page(days: list[CheckIn], **options: Any) -> str:
    """The page of `days` alone: no values, no wheels, no date range."""
    return report_html([], [], days, start=None, end=None, today=TODAY, exported_at=MADE, **options)


def test_an_empty_journal_is_a_calm_page() -> None:
    html = days_page([])
    parse_html(html)
    assert "Nothing written down in this period" in html and "No wheel drawn yet." in html


def test_texts_another_session_replaced_are_kept_and_no_notes_leaves_theirs_out() -> None:
    day = CheckIn(
        "2026-11-24",
        kindness=Item("mine", None, True),
        replaced=(
            {"field": "kindness.text", "text": f"their kindness {TAGS}"},
            {"field": "note", "text": "their note"},
        ),
    )
    fields = {"kindness.text": "secret kindness", "note": "note"}
    html = days_page([day], replaced_fields=fields)
    shown = "".join(parse_html(html).text)
    assert "Also written in another session (secret kindness): their kindness <script>" in shown
    assert "(note): their note" in shown
    quiet = days_page([day], replaced_fields=fields, notes=False)
    assert "their kindness" in quiet and "their note" not in quiet


def test_a_wheel_of_one_value_is_a_whole_disc() -> None:
    svg = wheel_svg([WheelSlice(1, "#8fc1b5", 10, 9)], label="one")
    paths = ET.fromstring(svg).findall("{http://www.w3.org/2000/svg}path")
    assert len(paths) == 2 and all(p.get("d", "").count("A") == 2 for p in paths)
