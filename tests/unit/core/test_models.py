"""SPEC §4.2 validation: every rule of the export format, with one-line errors naming the place."""

from __future__ import annotations

import math
import unicodedata
from typing import Any

import pytest

from kindness_tui.core.checkin import CheckIn, Item, apply_checkin_changes, check_checkin_change
from kindness_tui.core.models import (
    AREA_LABELS,
    AREAS,
    Assessment,
    Rating,
    ValidationError,
    Value,
    check_date,
    check_name,
    name_key,
)
from tests.unit.export_records import checkin_record, rating_record, value_record


def refused(parse: Any, record: object, where: str = "") -> ValidationError:
    with pytest.raises(ValidationError) as info:
        parse(record, where)
    message = str(info.value)
    assert "\n" not in message
    return info.value


# ------------------------------------------------------------ round trips


def test_the_spec_example_round_trips() -> None:
    assert Value.parse(value_record()).to_dict() == value_record()
    assessment = {"id": "a-1", "date": "2026-11-01", "ratings": [rating_record()]}
    assert Assessment.parse(assessment).to_dict() == assessment
    assert CheckIn.parse(checkin_record()).to_dict() == checkin_record()


def test_items_never_filled_in_stay_null() -> None:
    record = checkin_record(new_thing=None, kindness=None, self_kindness=None, mood=None, note=None)
    checkin = CheckIn.parse(record)
    assert checkin.new_thing is None and checkin.kindness is None
    assert checkin.to_dict() == record
    assert not checkin.showed_up


# ------------------------------------------------------------ numbers


@pytest.mark.parametrize("now", [1, 5, 10])
def test_now_in_range(now: int) -> None:
    assert Rating.parse(rating_record(now=now)).now == now


@pytest.mark.parametrize("now", [0, 11, -1, 100])
def test_now_out_of_range(now: int) -> None:
    error = refused(Rating.parse, rating_record(now=now), "ratings[0]")
    assert str(error) == f"ratings[0].now: {now} is not between 1 and 10"


@pytest.mark.parametrize("want", [1, 9])
def test_want_in_range(want: int) -> None:
    assert Rating.parse(rating_record(want=want)).want == want


@pytest.mark.parametrize("want", [0, 10])
def test_want_out_of_range_ten_included(want: int) -> None:
    error = refused(Rating.parse, rating_record(want=want))
    assert str(error) == f"want: {want} is not between 1 and 9"


@pytest.mark.parametrize("mood", [0, 10, None])
def test_mood_in_range_or_null(mood: int | None) -> None:
    assert CheckIn.parse(checkin_record(mood=mood)).mood == mood


def test_mood_out_of_range_names_the_place() -> None:
    error = refused(CheckIn.parse, checkin_record(mood=11), "checkins[3]")
    assert str(error) == "checkins[3].mood: 11 is not between 0 and 10"
    assert error.where == "checkins[3].mood"
    assert str(refused(CheckIn.parse, checkin_record(mood=-1))) == (
        "mood: -1 is not between 0 and 10"
    )


@pytest.mark.parametrize("bad", [True, False, 5.0, 5.5, "5", [5]])
@pytest.mark.parametrize("field", ["now", "want"])
def test_ratings_must_be_whole_numbers_not_booleans_or_floats(field: str, bad: object) -> None:
    error = refused(Rating.parse, rating_record(**{field: bad}))
    assert error.where == field
    assert "not a whole number" in error.problem


@pytest.mark.parametrize("bad", [True, 6.0, "6"])
def test_mood_must_be_a_whole_number(bad: object) -> None:
    assert "not a whole number" in refused(CheckIn.parse, checkin_record(mood=bad)).problem


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_nan_and_infinity_are_refused(bad: float) -> None:
    assert refused(CheckIn.parse, checkin_record(mood=bad)).problem.endswith("is not a number")
    assert refused(Rating.parse, rating_record(now=bad)).problem.endswith("is not a number")
    assert refused(Rating.parse, rating_record(want=bad)).problem.endswith("is not a number")


def test_missing_numbers_are_refused() -> None:
    record = rating_record()
    del record["now"]
    assert refused(Rating.parse, record).where == "now"


# ------------------------------------------------------------ texts


@pytest.mark.parametrize(
    ("parse", "make", "field"),
    [
        (Value.parse, value_record, "about"),
        (CheckIn.parse, checkin_record, "self_kindness"),
    ],
)
def test_one_line_fields_hold_500(parse: Any, make: Any, field: str) -> None:
    assert parse(make(**{field: "x" * 500})) is not None
    error = refused(parse, make(**{field: "x" * 501}))
    assert str(error) == f"{field}: is 501 characters long; at most 500 fit"


@pytest.mark.parametrize("kind", ["new_thing", "kindness"])
def test_item_text_holds_500(kind: str) -> None:
    ok = checkin_record(**{kind: {"text": "y" * 500, "value_id": None, "done": False}})
    assert CheckIn.parse(ok).item(kind).text == "y" * 500  # type: ignore[union-attr]
    bad = checkin_record(**{kind: {"text": "y" * 501, "value_id": None, "done": False}})
    assert refused(CheckIn.parse, bad, "checkins[0]").where == f"checkins[0].{kind}.text"


@pytest.mark.parametrize("field", ["steps", "challenges", "worked", "in_the_way"])
def test_steps_and_challenges_hold_5000(field: str) -> None:
    assert Rating.parse(rating_record(**{field: "z" * 5000}))
    assert refused(Rating.parse, rating_record(**{field: "z" * 5001})).where == field


def test_what_worked_and_what_got_in_the_way_are_kept_and_old_ratings_read_none() -> None:
    old = Rating.parse(rating_record())
    assert old.worked is None and old.in_the_way is None
    new = Rating.parse(rating_record(worked="walking at lunch", in_the_way="late nights"))
    assert (new.worked, new.in_the_way) == ("walking at lunch", "late nights")
    assert list(new.to_dict()) == [*rating_record(), "worked", "in_the_way"]
    assert old.to_dict() == rating_record()
    assert old.to_dict(full=True) == {**rating_record(), "worked": None, "in_the_way": None}
    assert Rating.parse(new.to_dict()) == new
    assert refused(Rating.parse, rating_record(worked=5), "r").where == "r.worked"


def test_note_holds_5000() -> None:
    assert CheckIn.parse(checkin_record(note="n\n" * 2500)).note == "n\n" * 2500
    assert refused(CheckIn.parse, checkin_record(note="n" * 5001)).where == "note"


@pytest.mark.parametrize("bad", [5, True, ["text"], {"a": 1}])
def test_texts_must_be_strings(bad: object) -> None:
    assert refused(CheckIn.parse, checkin_record(note=bad)).problem.endswith("is not text")
    assert refused(Value.parse, value_record(about=bad)).problem.endswith("is not text")


def test_item_done_must_be_a_boolean() -> None:
    bad = checkin_record(kindness={"text": "k", "value_id": None, "done": 1})
    assert refused(CheckIn.parse, bad).where == "kindness.done"
    assert refused(Value.parse, value_record(archived="no")).where == "archived"


# ------------------------------------------------------------ names


@pytest.mark.parametrize("name", ["A", "x" * 40, "Ærlighed", "思いやり"])
def test_names_of_one_to_forty_characters(name: str) -> None:
    assert Value.parse(value_record(name=name)).name == name


@pytest.mark.parametrize("name", ["", "   ", "x" * 41, "two\nlines", "tab\there", None, 7])
def test_bad_names_are_refused(name: object) -> None:
    assert refused(Value.parse, value_record(name=name), "values[2]").where == "values[2].name"


def test_names_are_stripped_and_spaces_around_do_not_count() -> None:
    assert check_name("name", "  Curiosity ") == "Curiosity"
    assert check_name("name", " " + "x" * 40 + " ") == "x" * 40


CREME_NFC = unicodedata.normalize("NFC", "Crème brûlée café talks")
CREME_NFD = unicodedata.normalize("NFD", CREME_NFC)


def test_names_are_kept_composed_however_they_were_typed() -> None:
    assert CREME_NFD != CREME_NFC  # the same words, in two spellings
    assert check_name("name", CREME_NFD) == CREME_NFC
    assert Value.parse(value_record(name=CREME_NFD)).name == CREME_NFC
    assert check_name("name", " Cre\u0300me ") == "Crème"


def test_a_name_of_forty_letters_typed_with_separate_accents_fits() -> None:
    """The limit counts characters as stored (composed), not the keystrokes' code points."""
    name = "é" * 40
    typed = unicodedata.normalize("NFD", name)
    assert len(typed) == 80
    assert check_name("name", typed) == name


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (CREME_NFC, CREME_NFD),
        (CREME_NFC, CREME_NFD.upper()),
        ("Curiosity", "  cURIOSITY "),
        ("Straße", "STRASSE"),
        ("Family 家族", "family 家族"),
    ],
)
def test_names_that_look_the_same_have_the_same_key(one: str, other: str) -> None:
    assert name_key(one) == name_key(other)


@pytest.mark.parametrize(("one", "other"), [("Creme", "Crème"), ("家族", "家"), ("Play", "Plays")])
def test_different_names_have_different_keys(one: str, other: str) -> None:
    assert name_key(one) != name_key(other)


def test_names_need_not_be_unique_here_that_is_the_stores_job() -> None:
    first = Value.parse(value_record(id="v-1", name="Play"))
    second = Value.parse(value_record(id="v-2", name="play"))
    assert first.name.casefold() == second.name.casefold()


# ------------------------------------------------------------ areas, ids, dates


@pytest.mark.parametrize("area", [*AREAS, None])
def test_the_ten_areas_and_null(area: str | None) -> None:
    assert Value.parse(value_record(area=area)).area == area


@pytest.mark.parametrize("area", ["Family", "self care", "fun", "", 3])
def test_other_areas_are_refused(area: object) -> None:
    assert refused(Value.parse, value_record(area=area)).where == "area"


def test_area_labels_cover_every_area() -> None:
    assert len(AREAS) == 10
    assert set(AREA_LABELS) == set(AREAS)


@pytest.mark.parametrize("bad", ["", None, 5, "x" * 65])
def test_ids_are_short_nonempty_strings(bad: object) -> None:
    assert refused(Value.parse, value_record(id=bad)).where == "id"
    assert refused(Rating.parse, rating_record(value_id=bad)).where == "value_id"


@pytest.mark.parametrize("date", ["2026-11-26", "2024-02-29", "1999-01-01"])
def test_real_dates(date: str) -> None:
    assert check_date("date", date) == date


@pytest.mark.parametrize(
    "date",
    [
        "2026-11-26\n",
        "2026-1-26",
        "26-11-2026",
        "2026/11/26",
        "20261126",
        "٢٠٢٦-١١-٢٦",
        " 2026-11-26",
        "2026-11-26T10:00",
        None,
        20261126,
    ],
)
def test_dates_must_be_written_yyyy_mm_dd(date: object) -> None:
    with pytest.raises(ValidationError) as info:
        check_date("checkins[0].date", date)
    assert "is not a date like 2026-11-26" in str(info.value)


@pytest.mark.parametrize("date", ["2026-02-29", "2026-13-01", "2026-11-31", "2026-00-10"])
def test_impossible_dates(date: str) -> None:
    with pytest.raises(ValidationError, match="is not a real date"):
        check_date("date", date)


def test_bad_dates_in_records_name_the_place() -> None:
    assert refused(CheckIn.parse, checkin_record(date="2026-02-30")).where == "date"
    bad_assessment = {"id": "a-1", "date": "yesterday", "ratings": []}
    assert refused(Assessment.parse, bad_assessment, "assessments[1]").where == (
        "assessments[1].date"
    )
    assert refused(Value.parse, value_record(created="soon")).where == "created"


# ------------------------------------------------------------ structure


def test_a_value_rated_twice_is_refused() -> None:
    record = {"id": "a-1", "date": "2026-11-01", "ratings": [rating_record(), rating_record()]}
    error = refused(Assessment.parse, record, "assessments[0]")
    assert error.where == "assessments[0].ratings[1].value_id"


def test_bad_rating_inside_an_assessment_names_its_index() -> None:
    record = {
        "id": "a-1",
        "date": "2026-11-01",
        "ratings": [rating_record(), rating_record(value_id="v-2", want=10)],
    }
    assert str(refused(Assessment.parse, record, "assessments[4]")) == (
        "assessments[4].ratings[1].want: 10 is not between 1 and 9"
    )


@pytest.mark.parametrize("bad", [None, [], "text", 5])
def test_records_must_be_objects(bad: object) -> None:
    assert "is not an object" in str(refused(Value.parse, bad, "values[0]"))
    assert "is not an object" in str(refused(CheckIn.parse, bad))


def test_ratings_must_be_a_list() -> None:
    record = {"id": "a-1", "date": "2026-11-01", "ratings": {"v-1": 5}}
    assert refused(Assessment.parse, record).where == "ratings"


def test_gap_is_want_minus_now() -> None:
    assert Rating("v", now=3, want=9).gap == 6
    assert Rating("v", now=9, want=3).gap == -6


# ------------------------------------------------------------ check-in helpers


def test_showed_up_done_and_values() -> None:
    checkin = CheckIn.parse(checkin_record())
    assert checkin.showed_up and checkin.new_thing_done and checkin.kindness_done
    assert checkin.self_kind
    assert checkin.value_ids() == ["v-1"]
    planned = CheckIn("2026-11-26", new_thing=Item("plan", "v-2", False))
    assert planned.showed_up and not planned.new_thing_done and planned.value_ids() == []
    assert not CheckIn("2026-11-26", self_kindness="   ", note="\n").showed_up


def test_field_changes_are_checked() -> None:
    assert check_checkin_change("mood", 3) == 3
    assert check_checkin_change("mood", None) is None
    assert check_checkin_change("kindness.done", True) is True
    for key, bad in [
        ("mood", 11),
        ("mood", True),
        ("mood", math.nan),
        ("kindness.done", "yes"),
        ("note", "x" * 5001),
        ("new_thing.text", "x" * 501),
        ("new_thing.value_id", ""),
    ]:
        with pytest.raises(ValidationError) as info:
            check_checkin_change(key, bad)
        assert info.value.where == key
    with pytest.raises(ValidationError, match="is not a field"):
        check_checkin_change("date", "2026-11-26")


def test_field_changes_apply_to_a_copy() -> None:
    blank = CheckIn("2026-11-26")
    changed = apply_checkin_changes(
        blank, {"kindness.text": "bin back", "kindness.done": True, "mood": 7, "note": "hi"}
    )
    assert blank == CheckIn("2026-11-26")
    assert changed.kindness == Item("bin back", None, True)
    assert changed.mood == 7 and changed.note == "hi"
    cleared = apply_checkin_changes(changed, {"kindness.text": None})
    assert cleared.kindness is not None and cleared.kindness.text == ""
