"""Property-based attacks (hypothesis): whatever bytes an entry file or a seed holds, the result
is a valid Entry or a SiteError whose problems each name the file and a line, never any other
exception. A few of the same inputs go through the real CLI."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builder.config import load_config
from builder.content import Entry, load_entry
from builder.errors import SiteError
from builder.frontmatter import dump
from builder.ingest import seed_to_entry
from builder.ingest.decode import SeedError
from tests.conftest import run_digest
from tests.test_reliability_support import GOOD_ENTRY, SITE_YAML, assert_clean_failure, make_site

ROOT = Path("/nonexistent-site")  # load_entry reads nothing from disk: the bytes are given
PATH = ROOT / "content" / "entries" / "2026-11-20-x.md"
REL = "content/entries/2026-11-20-x.md"
TZ = ZoneInfo("Pacific/Auckland")
FAST = settings(max_examples=150, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

KEYS = ["title", "date", "source", "source_url", "seed", "companies", "people", "tags",
        "summary", "reversals", "draft", "slug", "company", "action", "text", "name", "role",
        "<<", "? x", "1", "~", "colour", "title ", "'title'", "!!python/object:os.system"]
SCALARS = ["x", "", "~", "null", "true", "no", "0x1F", "1e400", ".nan", "-.inf", "2026-11-20",
           "2026-13-45", "2026-02-29", "2024-02-29", "0000-01-01", "9999-12-31T23:59:59-14:00",
           "2026-11-20T25:00", "2026-11-20 10:00:00+13:00", "20261120", "2026-W48",
           "&a x", "*a", "*undefined", "!!python/object/apply:os.system ['true']",
           "!!timestamp 2026-13-45", "!!binary AAAA", "!!binary zz", "!!int 0xZZ", "!!set {a}",
           "!!omap [a: 1]", "!!float abc", "!!str", "\"unterminated", "'it''s'", "[a, b",
           "{a: b", "[Meta, Meta]", "[\"../../etc\", \"\"]", "{name: x, role: 1}", "|", ">-",
           "\"\\x00\"", "\"\\e[31m\"", "\"\\uD800\"", "<script>alert(1)</script>",
           "javascript:alert(1)", "https://example.com/", "Nestlé", "日本語", "\U0001F600",
           "- a", ": :", "- company: Meta\n    action: x\n    text: y", "\t", "%YAML 1.1",
           "--- x", "... ", "x # comment", "[" * 70 + "]" * 70, "&b [*b]"]


@st.composite
def front_matter(draw: st.DrawFn) -> str:
    """YAML-looking front matter: known and odd keys, hostile scalars, odd indentation."""
    lines = []
    for _ in range(draw(st.integers(0, 12))):
        indent = draw(st.sampled_from(["", "", "", "  ", "    ", "\t", " - "]))
        key = draw(st.sampled_from(KEYS) | st.text(max_size=8))
        value = draw(st.sampled_from(SCALARS) | st.text(max_size=20))
        lines.append(f"{indent}{key}: {value}")
    return "\n".join(lines)


def _assert_entry_or_located_error(data: bytes) -> Entry | None:
    try:
        return load_entry(ROOT, PATH, data, TZ)
    except SiteError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.path == REL
            assert isinstance(problem.line, int) and problem.line >= 0
            assert problem.message and "\n" not in str(problem).rstrip("\n")[:1]
        return None


@FAST
@given(st.binary(max_size=2000))
def test_any_bytes_as_an_entry(data: bytes) -> None:
    _assert_entry_or_located_error(data)


@FAST
@given(st.text(max_size=2000))
def test_any_text_as_an_entry(text: str) -> None:
    _assert_entry_or_located_error(text.encode("utf-8", "surrogatepass"))


@FAST
@given(front_matter(), st.text(max_size=300), st.sampled_from(["---", "...", "", "--- "]))
def test_hostile_front_matter(yaml_text: str, body: str, fence: str) -> None:
    data = f"---\n{yaml_text}\n{fence}\n{body}".encode("utf-8", "surrogatepass")
    entry = _assert_entry_or_located_error(data)
    if entry is not None:
        assert entry.slug and "/" not in entry.slug and ".." not in entry.slug
        assert entry.published.tzinfo is not None
        assert all("<" not in name and ">" not in name for name in entry.companies)


@FAST
@given(st.dictionaries(st.sampled_from(KEYS[:12]), st.sampled_from(SCALARS), max_size=12))
def test_one_value_per_known_key(values: dict[str, str]) -> None:
    lines = GOOD_ENTRY.split("\n")
    head = [line for line in lines[1:lines.index("---", 1)]
            if line.split(":")[0] not in values and not line.startswith(" ")]
    yaml_text = "\n".join([*head, *(f"{key}: {value}" for key, value in values.items())])
    _assert_entry_or_located_error(f"---\n{yaml_text}\n---\nbody\n".encode())


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    root = make_site(tmp_path_factory.mktemp("cfg") / "site", theme=False)
    return load_config(root)


SEED_TEXT = st.text(max_size=1500) | st.lists(
    st.sampled_from(["Meta reversed its AI mandate.", "Acme Corp said staff may work from home.",
                     "<script>alert(1)</script>", "javascript:alert(1)", "https://x.example/a",
                     "NEW YORK, Nov. 24, 2026 —", "", "\n", "---", "title: x", "# Heading",
                     "Nestlé backtracked on RTO.", "\x00", "\ufeff", "\r\n", "Lütke said no."]),
    max_size=30).map(" ".join)


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(SEED_TEXT, st.sampled_from([".txt", ".md", ".html"]))
def test_any_seed_gives_a_valid_entry_or_a_seed_problem(config, tmp_path: Path,  # noqa: ANN001
                                                        text: str, suffix: str) -> None:
    """What ingest writes must load: a seed either fails as a seed, or its entry is valid
    (Markdown seeds may carry their own front matter, whose problems are the entry's)."""
    seed = tmp_path / f"seed{suffix}"
    seed.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        meta, body = seed_to_entry(seed, config, today=dt.date(2026, 11, 24))
    except SeedError:
        return
    data = dump(meta, body).encode("utf-8")
    if suffix == ".md":
        _assert_entry_or_located_error(data)
    else:
        entry = load_entry(ROOT, PATH, data, config.tz)  # any SiteError here is a bug
        assert entry.title


CLI_CASES = {
    "2026-01-01-a.md": b"---\ntitle: [\n---\n",
    "2026-01-02-b.md": b"---\n\xff\xfe\x00\x01\n---\n",
    "2026-01-03-c.md": ("---\ntitle: " + "{" * 200 + "\n---\n").encode(),
    "2026-01-04-d.md": b"---\ndate: !!timestamp 2026-13-45\ntitle: x\n---\n",
    "2026-01-05-e.md": b"---\n? [a, b]\n: c\n---\n",
}


def test_a_few_through_the_cli(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", site_yaml=SITE_YAML, entries=CLI_CASES)
    for command in ("check", "build"):
        result = run_digest(root, command, "--no-search") if command == "build" \
            else run_digest(root, command)
        assert_clean_failure(result, *(f"content/entries/{name}" for name in CLI_CASES))
    assert not (root / "public").exists()
