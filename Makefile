# Developer tasks for jusou-ledger. `make help` lists them.
#
# The virtual environment is made once and reinstalled only when pyproject.toml is
# newer than its stamp, so every target can depend on it cheaply. Serving needs
# the project alone; tests and lint add the dev extras (their own stamp).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SERVE_STAMP := $(VENV)/.installed-serve
DEV_STAMP   := $(VENV)/.installed-dev
# The client generator has its own environment: it pins typer below ours.
CODEGEN       := $(VENV)/codegen
CODEGEN_STAMP := $(CODEGEN)/.installed
CODEGEN_PIN    = $(shell $(PYTHON) -c 'import tomllib; print(*tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["codegen"])')

JUSOU_HOST  ?= 127.0.0.1
JUSOU_PORT  ?= 8000
PYTEST_ARGS ?=
# Readable log lines for a person at a terminal; production's default is JSON.
JUSOU_LOG_FORMAT ?= console
# Exported rather than put on the command line, so make never echoes a password.
export JUSOU_TEST_POSTGRES_URL ?= postgresql://postgres@127.0.0.1:5432/postgres

# The quick loop: SQLite only; no PostgreSQL, no `jusou serve` started (≈ 1 min).
FAST_ARGS := -m "not postgres and not e2e" --ignore=tests/e2e

.PHONY: help venv serve test test-fast test-postgres lint bench browser forms-pictures ui-pictures clean distclean

help:
	@echo "make venv       create $(VENV) and install the project with its dev extras"
	@echo "make serve      run the API on http://$(JUSOU_HOST):$(JUSOU_PORT) (docs at /docs)"
	@echo "make test       run the whole suite, SQLite and PostgreSQL (PYTEST_ARGS='-k ...')"
	@echo "make test-fast  SQLite only: no PostgreSQL, no server started (about 1 min)"
	@echo "make test-postgres  only the tests that need PostgreSQL (JUSOU_TEST_POSTGRES_URL)"
	@echo "make lint       ruff check, ruff format --check, mypy --strict"
	@echo "make bench      run the benchmarks (python -m bench; BENCH_QUICK=1 for a smoke run)"
	@echo "make browser    install Debian's chromium and chromium-driver (root) for the browser tests"
	@echo "make forms-pictures  render each printable form of a demo case to docs/forms/*.png"
	@echo "make ui-pictures    the browser tests, keeping their screenshots of /ui/ in docs/ui/"
	@echo "make clean      remove caches and build output (keeps $(VENV) and var/)"
	@echo "make distclean  clean, and remove $(VENV) too"

venv: $(DEV_STAMP) $(CODEGEN_STAMP)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(SERVE_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e .
	touch $@

# The dev extras include everything serving needs, so both stamps are fresh.
$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e '.[dev]'
	touch $@ $(SERVE_STAMP)

$(CODEGEN_STAMP): pyproject.toml | $(BIN)/python
	$(PYTHON) -m venv $(CODEGEN)
	$(CODEGEN)/bin/python -m pip install -q '$(CODEGEN_PIN)'
	touch $@

# `jusou serve` prints the docs URL itself (once).
serve: $(SERVE_STAMP)
	JUSOU_HOST=$(JUSOU_HOST) JUSOU_PORT=$(JUSOU_PORT) \
		JUSOU_LOG_FORMAT=$(JUSOU_LOG_FORMAT) $(BIN)/jusou serve

# The browser tests need chromium and its driver: installed here when the user
# may (root, as in CI); otherwise they skip outside CI, saying why.
test: venv
	-@$(MAKE) --no-print-directory browser >/dev/null 2>&1
	$(BIN)/pytest $(PYTEST_ARGS)

test-fast: venv
	$(BIN)/pytest -q $(FAST_ARGS) $(PYTEST_ARGS)

test-postgres: venv
	$(BIN)/pytest -q -m postgres $(PYTEST_ARGS)

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy --strict domain application projections interfaces tests bench

bench: venv
	$(BIN)/python -m bench

# The headless-browser tests (/docs, and the /ui/ pages through Selenium) need
# chromium and its driver; a Japanese font makes the screenshots readable.
# Debian's packages, installed as root (CI runs as root).
browser:
	@{ command -v chromium && command -v chromedriver; } >/dev/null 2>&1 || { \
		apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			chromium chromium-driver fonts-ipafont-gothic; }
	chromium --version
	chromedriver --version

# A PNG of each printable form (docs/forms.md), from a fictional case in a
# throwaway ledger: the font is the repository's own, so any machine makes them.
forms-pictures: venv
	$(BIN)/python -m interfaces.forms.pictures docs/forms

# The /ui/ pages as the browser tests see them (docs/ui.md shows them).
ui-pictures: venv browser
	JUSOU_UI_SCREENSHOTS=docs/ui $(BIN)/pytest -q tests/e2e/test_pages_in_a_browser.py

clean:
	rm -rf .pytest_cache .mypy_cache .ruff_cache .hypothesis build *.egg-info .stamp-*
	find . -path ./$(VENV) -prune -o -type d -name __pycache__ -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
