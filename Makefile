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
# node_modules install, a PyInstaller build, a PostgreSQL cluster) are made once.
WORKERS ?= -n auto --maxprocesses=4 --dist loadfile

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider $(WORKERS)

# The edit loop: everything but the slow tests (npm builds, browsers, PyInstaller)
test-fast: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider $(WORKERS) -m "not slow"

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
