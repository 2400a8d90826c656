"""Names that look the same are one value, also from the shell: `kindness log --kindness-value`
finds a value however its accents were typed (NFC or NFD), in any case."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from kindness_tui.data.store import Store
from tests.unit.cli_run import kindness

CREME = unicodedata.normalize("NFC", "Crème brûlée café talks")
CREME_APART = unicodedata.normalize("NFD", CREME)

@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        pytest.param(CREME_APART, CREME, id="stored apart, typed composed"),
        pytest.param(CREME, CREME.upper(), id="typed in capitals"),
        pytest.param(CREME, CREME_APART, id="stored composed, typed apart"),
        pytest.param(CREME_APART, CREME_APART.upper(), id="typed apart, capitals"),
    ],
)
def test_log_finds_the_value_however_its_name_is_spelled(
    journal: Path, stored: str, typed: str
) -> None:
    store = Store(journal)
    value = store.add_value(stored, today=dt.date(2026, 11, 1))
    result = kindness(
        "log", "--db", journal, "--kindness", "left a note", "--kindness-value", typed
    )
    assert result.returncode == 0, result.stderr
    day = Store(journal).checkin("2026-11-26")
    assert day is not None and day.kindness is not None
    assert day.kindness.value_id == value.id
