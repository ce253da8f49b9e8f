# ClaimDesk: `make run` opens the window on the sample article, `make test` runs the suite.
# Both create .venv and install the project (editable, with its test extras) when needed;
# `make lint` adds the dev extra (ruff, mypy, import-linter).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: run test lint check check-core-without-qt bench eval translations examples clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

$(DEV_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e '.[test,dev]'
	touch $(DEV_STAMP)

run: $(STAMP)
	$(BIN)/claimdesk

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(DEV_STAMP)
	$(BIN)/ruff check claims gui tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

# The core must run with Qt absent: run its tests with PySide6 imports blocked.
check-core-without-qt: $(STAMP)
	CLAIMDESK_BLOCK_QT=1 $(BIN)/python -m pytest -p no:pytest-qt -W ignore::pytest.PytestConfigWarning tests/claims

check: test lint check-core-without-qt

# Refresh the French translation source from gui/ and compile it (commit both).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete gui/*.py -ts gui/translations/claimdesk_fr.ts
	$(BIN)/pyside6-lrelease gui/translations/claimdesk_fr.ts -qm gui/translations/claimdesk_fr.qm

# Score the extractor on the gold corpus, the held-out articles, the reported
# passages and the sample.
eval: $(STAMP)
	$(BIN)/claimdesk eval tests/data/corpus
	$(BIN)/claimdesk eval tests/data/corpus-heldout
	$(BIN)/claimdesk eval tests/data/reported
	$(BIN)/claimdesk eval data

# Speed, scaling and the quantulum3 comparison (installs the bench extra).
examples: $(STAMP)  # the committed example exports of the sample (data/examples/)
	$(BIN)/python -m claims.export.examples data/examples

bench: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	$(BIN)/python benchmarks/bench_core.py
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_reanchor.py
	$(BIN)/python benchmarks/bench_import.py
	$(BIN)/python benchmarks/bench_safety.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_document.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
