# Reversal Digest. `make build` and `make test` work on a fresh machine: they create .venv first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
DIGEST := $(VENV)/bin/digest
# Two stamps: what building needs (the package and its dependencies), and the test tools
# (pytest, ruff, Playwright, ...) that only `make test`, `lint` and `screenshots` install.
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
PIP := $(PY) -m pip install --quiet --disable-pip-version-check

.PHONY: build bytecode test serve check clean eval-ingest bench bench-peers lint test-deps screenshots

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) -e . --config-settings editable_mode=compat
	touch $(STAMP)

$(TEST_STAMP): $(STAMP)
	$(PIP) -e '.[test]' --config-settings editable_mode=compat
	touch $(TEST_STAMP)

# The package's bytecode, as a regular install compiles it: an editable install leaves that
# to the first run, which cannot write it where PYTHONDONTWRITEBYTECODE is set (then every
# `digest` command compiles the package again, a tenth of a no-change build).
bytecode: $(STAMP)
	@PYTHONDONTWRITEBYTECODE= $(PY) -m compileall -q builder

build: bytecode
	$(DIGEST) build

test: $(TEST_STAMP) test-deps
	$(PY) -m pytest -q

# What the publishing tests need beyond pip: Java (Nu HTML Checker), Debian's chromium, and
# npm's axe-core in node_modules/ (git-ignored). Installs only what is missing; without root
# or a network it says so and those tests skip.
APT_GET = DEBIAN_FRONTEND=noninteractive apt-get
test-deps: $(TEST_STAMP)
	@missing=""; command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	  test -x /usr/bin/chromium || missing="$$missing chromium"; \
	  command -v npm >/dev/null || missing="$$missing npm"; \
	  if [ -n "$$missing" ]; then \
	    { $(APT_GET) update -qq && $(APT_GET) install -y -qq $$missing >/dev/null; } \
	      || echo "test-deps: could not install$$missing; the tests needing them will skip"; fi
	@test -f node_modules/axe-core/axe.min.js || npm install --no-save --no-package-lock \
	  --no-audit --no-fund --silent axe-core@4 \
	  || echo "test-deps: could not install axe-core; the accessibility test will skip"

screenshots: $(TEST_STAMP) test-deps
	$(PY) tests/publish_screenshots.py --out screenshots

serve: bytecode
	$(DIGEST) serve

check: $(STAMP)
	$(DIGEST) check

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check builder tests benchmarks

eval-ingest: $(STAMP)
	$(PY) -m tests.eval.evaluate --set dev

bench: bytecode
	$(PY) benchmarks/bench.py

bench-peers: bytecode
	$(PY) benchmarks/peers.py

clean:
	rm -rf public .public.* .digest-* .cache
