# Two entry points: `make run` (install + start the app) and `make test` (install + checks).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test test-fast lint install package bench clean server screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/devora

lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports

# One test process per core (at most 4): the suite waits on npm builds, browsers and servers
# as much as it computes. Whole files go to one worker, so a file's session fixtures (a
# node_modules install, a PyInstaller build, a PostgreSQL cluster) are made once. Files are
# handed out slowest first (tests/ci_order.py), not xdist's most-tests-first, which queued
# the PyInstaller build last: one worker ran it alone for minutes (bench/ci_schedule.py).
WORKERS ?= -n auto --maxprocesses=4 --dist loadfile --no-loadscope-reorder
# Bytecode is written even where PYTHONDONTWRITEBYTECODE is set (as on the machine CI runs
# on): else each worker and each CLI subprocess of the tests compiled the app from source,
# and pytest rewrote every test module again in each worker (tests/test_cli.py from a clean
# clone: 13.4 -> 12.5 s CPU)
PYTEST := QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -q \
	-p no:cacheprovider

test: lint
	$(PYTEST) $(WORKERS)

# The edit loop: everything but the slow tests (npm builds, browsers, PyInstaller)
test-fast: lint
	$(PYTEST) $(WORKERS) -m "not slow"

bench: install
	for b in bench/*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

# The real window and dialogs, offscreen, with the fake model: docs/screens/*.png
screenshots: install
	QT_QPA_PLATFORM=offscreen timeout 300 $(BIN)/python docs/screens/render.py

package: install
	$(BIN)/python packaging/build.py

server: install
	$(BIN)/uvicorn devora_server.main:app --host 127.0.0.1 --port 8080

clean:
	rm -rf build dist .pytest_cache .ruff_cache
