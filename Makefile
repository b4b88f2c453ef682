# visavis: `make site` builds the edition, `make test` runs the test suite.
# Both create .venv and install pinned dependencies on first use.

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
# torch comes in through argostranslate -> stanza. Pin it and install it first: an
# unpinned torch resolves to a multi-GB CUDA build. Set TORCH_PIP_ARGS to point pip at a
# CPU-only wheel index on machines whose default index has no CPU build.
TORCH_VERSION  ?= 2.13.0
TORCH_PIP_ARGS ?=

.PHONY: site test lint install install-dev bench clean help

help:
	@echo "make site   build the edition into public/ (sets up .venv on first use)"
	@echo "make test   run the test suite (browser tests skip without Chromium, except in CI)"
	@echo "make lint   ruff check and format check"
	@echo "make bench  run the benchmarks in bench/"

site: $(VENV)/.installed
	$(PY) build.py

test: $(VENV)/.installed-dev
	$(PY) -m pytest

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

bench: $(VENV)/.installed-dev
	$(PY) bench/run_all.py

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt requirements-render.txt | $(VENV)/bin/python
	$(PIP) install --quiet $(TORCH_PIP_ARGS) torch==$(TORCH_VERSION)
	$(PIP) install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(PIP) install --quiet -r requirements-dev.txt
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --silent; \
	else echo "npm not found: the accessibility scan (axe-core) will be skipped"; fi
	touch $@

clean:
	rm -rf public .cache/visavis test-artifacts
