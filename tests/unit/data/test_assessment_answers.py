"""What worked and what got in the way: kept per assessment, through the draft and the store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kindness_tui.core.edits import AssessmentAnswers, parse_edit
from kindness_tui.core.models import ValidationError
from kindness_tui.data.applying_edits import apply_edit
from kindness_tui.data.store import Store

TODAY = dt.date(2026, 11, 26)


def two_wheels(path: Path) -> tuple[Store, list[str]]:
    store = Store(path)
    ids = [store.add_value(n, today=dt.date(2026, 10, 1)).id for n in ("Curiosity", "Care")]
    store.rate(ids[0], now=4, worked="an old answer", in_the_way="old too")
    store.new_assessment(TODAY)
    return store, ids


def test_a_new_assessment_copies_the_numbers_but_not_the_answers(journal: Path) -> None:
    store, ids = two_wheels(journal)
    old, new = store.assessments()
    assert old.rating(ids[0]).worked == "an old answer"  # type: ignore[union-attr]
    fresh = new.rating(ids[0])
    assert fresh is not None and fresh.now == 4
    assert (fresh.worked, fresh.in_the_way) == (None, None)


def test_answers_go_into_their_assessment_and_a_gone_value_is_skipped(journal: Path) -> None:
    store, ids = two_wheels(journal)
    current = store.assessments()[-1]
    edit = AssessmentAnswers(
        current.id, ((ids[0], "walks", None), (ids[1], None, "rain"), ("v-gone", "x", "y"))
    )
    assert parse_edit(edit.to_dict(), "edits[0]") == edit  # as the draft keeps it
    apply_edit(store, edit, TODAY)
    after = Store(journal).assessments()
    assert after[-1].rating(ids[0]).worked == "walks"  # type: ignore[union-attr]
    assert after[-1].rating(ids[1]).in_the_way == "rain"  # type: ignore[union-attr]
    assert after[0].rating(ids[0]).worked == "an old answer"  # type: ignore[union-attr]
    apply_edit(store, AssessmentAnswers(current.id, ((ids[0], None, None),)), TODAY)
    assert Store(journal).assessments()[-1].rating(ids[0]).worked is None  # type: ignore[union-attr]


def test_answers_for_an_assessment_no_longer_there_are_refused(journal: Path) -> None:
    store, ids = two_wheels(journal)
    with pytest.raises(ValidationError, match="no longer in the journal"):
        apply_edit(store, AssessmentAnswers("a-gone", ((ids[0], "x", None),)), TODAY)


def test_a_damaged_answers_edit_names_its_place() -> None:
    bad = {"kind": "answers", "assessment_id": "a-1", "answers": [["v-1", "ok", 5]]}
    with pytest.raises(ValidationError) as caught:
        parse_edit(bad, "edits[2]")
    assert caught.value.where == "edits[2].answers[0][2]"
