"""Shared fixtures: a temporary journal, a frozen date, and an app built by the real factory."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from kindness_tui.app import make_app
from kindness_tui.context import Context, make_context

TODAY = dt.date(2026, 11, 26)
TEST_ENV = {"KINDNESS_TODAY": TODAY.isoformat(), "LANG": "C.UTF-8"}


@pytest.fixture(autouse=True, scope="session")
def _private_state_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Drafts that fall back to the user's state folder land in a temporary one, also in
    the processes tests start."""
    os.environ["XDG_STATE_HOME"] = str(tmp_path_factory.mktemp("state"))


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    """Where a test's journal lives (the folder does not exist yet)."""
    return tmp_path / "data" / "kindness.json"


@pytest.fixture
def context(journal: Path) -> Context:
    """The real factory over a temporary journal, with today frozen at 2026-11-26."""
    return make_context(journal, TEST_ENV)


@pytest.fixture
def app(context: Context):
    return make_app(context)
