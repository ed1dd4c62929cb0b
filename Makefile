# Reversal Digest. `make build` and `make test` work on a fresh machine: they create .venv first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
DIGEST := $(VENV)/bin/digest
STAMP := $(VENV)/.installed

.PHONY: build test serve check clean eval-ingest bench bench-peers lint

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

build: $(STAMP)
	$(DIGEST) build

test: $(STAMP)
	$(PY) -m pytest -q

serve: $(STAMP)
	$(DIGEST) serve

check: $(STAMP)
	$(DIGEST) check

lint: $(STAMP)
	$(VENV)/bin/ruff check builder tests benchmarks

eval-ingest: $(STAMP)
	$(PY) -m tests.eval.evaluate

bench: $(STAMP)
	$(PY) benchmarks/bench.py

bench-peers: $(STAMP)
	$(PY) benchmarks/peers.py

clean:
	rm -rf public .public.* .digest-* .cache
