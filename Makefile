# Two commands on a fresh machine: `make demo` and `make test`. Everything lives in .venv.
# `make demo` installs the package alone; `make test` adds the test extras (Playwright and the like).
# `make demo PORT=8002` serves on another port; `make demo CHANGES=1` crawls the demo site's second version.
# `make test-fast`: the offline tier (tests marked fast), to run first after a change; under a minute.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
PORT ?= 8001
SITE_PORT ?= 8765
CHANGES ?=

.PHONY: demo test test-fast install bench-extract bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

$(VENV)/.installed-app: pyproject.toml | $(PY)
	$(PIP) install -q -e .
	touch $@

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PIP) install -q -e '.[test]'
	touch $@ $(VENV)/.installed-app

$(VENV)/.installed-bench: pyproject.toml $(VENV)/.installed
	$(PIP) install -q -e '.[test,bench]'
	touch $@

install: $(VENV)/.installed

demo: $(VENV)/.installed-app
	$(VENV)/bin/health-archive demo --port $(PORT) --site-port $(SITE_PORT) $(if $(CHANGES),--changes)

# pywb replays exported WARCs in a test; it pins redis 2.x, so it lives in a venv of its own.
PYWB_VENV ?= .venv-pywb
$(PYWB_VENV)/bin/pywb:
	$(PYTHON) -m venv $(PYWB_VENV)
	$(PYWB_VENV)/bin/python -m pip install -q 'pywb>=2.8'

test: $(VENV)/.installed $(PYWB_VENV)/bin/pywb
	HEALTH_ARCHIVE_PYWB=$(abspath $(PYWB_VENV))/bin/pywb $(PY) -m pytest -q $(PYTEST_ARGS)

test-fast: $(VENV)/.installed
	$(PY) -m pytest -q -m fast $(PYTEST_ARGS)

bench-extract: $(VENV)/.installed-bench
	$(PY) -m bench.extraction --corpus ../shared/bench/extraction
	$(PY) -m bench.metadata --corpus ../shared/bench/metadata

clean:
	rm -rf $(VENV) $(PYWB_VENV) build *.egg-info .pytest_cache bench/out tests/artifacts

# Longer robustness runs (docs/reliability.md): the extraction fuzz target for FUZZ_SECONDS (atheris,
# coverage-guided, when it installs; hypothesis otherwise), every field of the linear-time test grown
# apart at ten times the size, Datasette under 8 readers for 30 s while a crawl writes, and the 20
# SIGKILLs. A failing fuzz input lands in tests/fixtures/fuzz/.
FUZZ_SECONDS ?= 300
.PHONY: fuzz
fuzz: $(VENV)/.installed
	-$(PIP) install -q -e '.[test,fuzz]'
	$(PY) tests/fuzz_extract.py --seconds $(FUZZ_SECONDS)
	$(PY) tests/growth_pages.py 10 --check
	HEALTH_ARCHIVE_WAL_SECONDS=30 HEALTH_ARCHIVE_WAL_READERS=8 $(PY) -m pytest -q tests/test_faults.py \
		-k "datasette or sigkill"
