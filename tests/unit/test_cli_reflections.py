"""`kindness log --how/--says/--kindness-how/--kindness-says` and `kindness today` show them."""

from __future__ import annotations

import json
from pathlib import Path

from kindness_tui.data.store import Store
from tests.unit.cli_run import TODAY, kindness, one_line_error


def test_log_keeps_both_cards_reflections(tmp_path: Path) -> None:
    db = tmp_path / "k.json"
    result = kindness(
        "log", "--db", db, "--new", "a new route", "--how", "took the left turn",
        "--says", "I can be curious", "--kindness", "paid for a coffee",
        "--kindness-how", "quietly", "--kindness-says", "I notice people",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "a new thing, done (how you did it and what it says about you)" in result.stdout
    day = Store(db).checkin(TODAY)
    assert day is not None and day.new_thing is not None and day.kindness is not None
    assert (day.new_thing.how, day.new_thing.says) == ("took the left turn", "I can be curious")
    assert (day.kindness.how, day.kindness.says) == ("quietly", "I notice people")
    assert day.new_thing.done and day.kindness.done


def test_a_reflection_alone_goes_to_the_act_already_written(tmp_path: Path) -> None:
    db = tmp_path / "k.json"
    assert kindness("log", "--db", db, "--new", "a walk").returncode == 0
    assert kindness("log", "--db", db, "--new-says", "I keep promises").returncode == 0
    day = Store(db).checkin(TODAY)
    assert day is not None and day.new_thing is not None
    assert (day.new_thing.text, day.new_thing.says) == ("a walk", "I keep promises")
    refused = kindness("log", "--db", db, "--kindness-how", "secretly")
    assert refused.returncode == 2
    assert "--kindness-how" in one_line_error(refused) and "--kindness TEXT" in refused.stderr
    assert Store(db).checkin(TODAY).kindness is None  # type: ignore[union-attr]


def test_a_blank_reflection_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "k.json"
    refused = kindness("log", "--db", db, "--new", "a walk", "--how", "  ")
    assert refused.returncode == 2 and "--how: needs a few words" in one_line_error(refused)
    assert not db.exists()


def test_today_shows_the_reflections_as_text_and_json(tmp_path: Path) -> None:
    db = tmp_path / "k.json"
    kindness("log", "--db", db, "--new", "a walk", "--how", "one foot", "--says", "\x1b[31mbrave")
    shown = kindness("today", "--db", db)
    assert shown.returncode == 0, shown.stderr
    assert "  How did you do that? one foot" in shown.stdout
    assert "  What does that say about you? ␛[31mbrave" in shown.stdout
    assert "\x1b" not in shown.stdout
    data = json.loads(kindness("today", "--db", db, "--json").stdout)
    item = data["checkin"]["new_thing"]
    assert (item["how"], item["says"]) == ("one foot", "\x1b[31mbrave")
    assert data["checkin"]["kindness"] is None


def test_the_text_card_holds_recent_says_answers_and_values_lived(tmp_path: Path) -> None:
    import datetime as dt

    db = tmp_path / "k.json"
    store = Store(db)
    value = store.add_value("Curiosity", today=dt.date(2026, 11, 1))
    store.update_checkin(
        "2026-11-25",
        {"new_thing.text": "a class", "new_thing.value_id": value.id, "new_thing.done": True,
         "new_thing.says": "I like to learn"},
    )  # fmt: skip
    card = kindness("card", "--db", db)
    assert card.returncode == 0, card.stderr
    assert "Lived lately: Curiosity ×1" in card.stdout
    assert "• I like to learn" in card.stdout
