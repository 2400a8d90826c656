VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: venv check test lint types imports bench bench-quick snapshots-update

venv:
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -e '.[test]'

test:
	$(VENV)/bin/pytest

lint:
	$(VENV)/bin/ruff check .

types:
	$(VENV)/bin/mypy kindness_tui

imports:
	$(VENV)/bin/lint-imports

check: lint imports types test

bench:
	$(PY) benchmarks/run.py

bench-quick:
	$(PY) benchmarks/run.py --quick

snapshots-update:
	$(VENV)/bin/pytest tests/tui --snapshot-update
