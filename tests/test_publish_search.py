"""Search index and Markdown link rewriting, mostly without a whole build."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest
from jinja2 import DictLoader, Environment

from builder.markdown import make_markdown
from builder.plan import kinds_with
from builder.search import build_index, order_may_vary
from tests.conftest import REPO, dated_first_seed, run_digest

PAGE = """<!DOCTYPE html><html lang="en"><head><title>{title}</title></head><body>
<nav><a href="/sub/">Digest</a> navigation words</nav>
<main><article data-pagefind-body><h1>{title}</h1>
<a data-pagefind-filter="Company" href="/sub/companies/meta/">Meta</a>
<a data-pagefind-filter="Topic" href="/sub/tags/ai-policy/">ai-policy</a>
<p>{text}</p></article></main></body></html>"""


def _fragments(files: dict[str, bytes]) -> list[dict]:
    """Pagefind's per-page records: gzip, then a signature, then JSON."""
    records = []
    for path, data in files.items():
        if path.startswith("pagefind/fragment/"):
            raw = gzip.decompress(data)
            records.append(json.loads(raw[raw.index(b"{"):]))
    return records


def _index(tmp_path: Path, pages: dict[str, str], globs: list[str] | None = None,
           name: str = "site") -> dict[str, bytes]:
    """Write `pages` into a site folder and index it as the build does."""
    site = tmp_path / name
    for rel, html in pages.items():
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text(html, encoding="utf-8")
    files = build_index(site, globs or ["**/*.html"], tmp_path / f"{name}-index")
    return {path: written.read_bytes() for path, written in files.items()}


def test_build_index_returns_the_bundle_with_site_relative_urls(tmp_path: Path) -> None:
    pages = {
        "entries/meta-reverses/index.html":
            PAGE.format(title="Meta reverses its AI mandate", text="The mandate is gone."),
        "entries/uber-pauses/index.html":
            PAGE.format(title="Uber pauses office return", text="Hybrid work stays."),
        "companies/index.html": "<html lang=en><body><h1>Companies</h1></body></html>",
    }
    files = _index(tmp_path, pages)
    for name in ("pagefind/pagefind.js", "pagefind/pagefind-ui.js", "pagefind/pagefind-ui.css",
                 "pagefind/pagefind-entry.json"):
        assert name in files, name
    assert not any(path.startswith("pagefind/pagefind-modular-ui.") for path in files)
    records = _fragments(files)
    # Only pages marked data-pagefind-body are indexed once any page has it; the search page
    # puts base_url's path in front of these URLs (Pagefind UI's baseUrl).
    assert sorted(r["url"] for r in records) == ["/entries/meta-reverses/",
                                                 "/entries/uber-pauses/"]
    meta = next(r for r in records if r["url"] == "/entries/meta-reverses/")
    assert meta["meta"]["title"] == "Meta reverses its AI mandate"
    assert meta["filters"] == {"Company": ["Meta"], "Topic": ["ai-policy"]}
    assert "navigation words" not in meta["content"]
    entry = json.loads(files["pagefind/pagefind-entry.json"])
    assert "en" in entry["languages"]


def test_build_index_is_deterministic_and_follows_the_globs(tmp_path: Path) -> None:
    pages = {f"entries/e{i}/index.html": PAGE.format(title=f"Entry {i}", text=f"word{i}")
             for i in range(5)}
    first = _index(tmp_path, pages, ["entries/*/index.html"], "first")
    second = _index(tmp_path, dict(reversed(pages.items())), ["entries/*/index.html"], "second")
    # The one exception to byte-identical output: Pagefind writes its filter and metadata
    # files in arbitrary order (Pagefind/pagefind#638), so their bytes and hashed names may
    # differ, and pagefind-entry.json names them. Every other file is byte-identical.
    stable = {path: data for path, data in first.items() if not order_may_vary(path)}
    assert stable == {path: data for path, data in second.items() if not order_may_vary(path)}
    assert "pagefind/pagefind.js" in stable and any("fragment/" in path for path in stable)
    assert len(first) == len(second)
    only_two = _index(tmp_path, pages, ["entries/e1/index.html", "entries/e3/index.html"],
                      "two")
    assert sorted(r["url"] for r in _fragments(only_two)) == ["/entries/e1/", "/entries/e3/"]


def test_markdown_site_links_get_the_base_path() -> None:
    html = make_markdown("/reversal-digest/").render(
        "[a](/entries/x/) [b](/companies/meta/#timeline) [c](https://example.com/x) "
        "[d](../y/) [e](/reversal-digest/tags/t/) [f](//cdn.example.com/z) ![i](/static/p.png)")
    assert 'href="/reversal-digest/entries/x/"' in html
    assert 'href="/reversal-digest/companies/meta/#timeline"' in html
    assert 'href="https://example.com/x"' in html
    assert 'href="../y/"' in html
    assert 'href="/reversal-digest/tags/t/"' in html  # already carries it: not doubled
    assert 'href="//cdn.example.com/z"' in html
    assert 'src="/reversal-digest/static/p.png"' in html
    assert 'href="/entries/x/"' in make_markdown("/").render("[a](/entries/x/)")


def test_markdown_refuses_script_links_and_raw_html() -> None:
    html = make_markdown("/").render("[x](javascript:alert(1)) <script>alert(2)</script>")
    assert "href" not in html
    assert "<script>" not in html


def test_markdown_headings_nest_under_the_page_title() -> None:
    html = make_markdown("/").render("# One\n\n### Three\n\n#### Four\n")
    assert "<h2>One</h2>" in html and "<h3>Three</h3>" in html and "<h4>Four</h4>" in html
    assert "<h1>" not in html


def test_kinds_with_the_marker_follow_extends_includes_and_imports() -> None:
    """The build waits only for pages whose template can carry data-pagefind-body before it
    lets Pagefind build the index, so the check must see through template inheritance."""
    from builder.kinds import KINDS

    def kinds(**templates: str) -> set[str]:
        plain = {kind.template: "{% block main %}{% endblock %}" for kind in KINDS
                 if kind.template}
        return kinds_with(Environment(loader=DictLoader(plain | templates)),
                          "data-pagefind-body")

    assert kinds() == set()
    assert kinds(**{"entry.html": "<article data-pagefind-body>{{ x }}</article>"}) == {"entry"}
    assert kinds(**{"base.html": "<main data-pagefind-body>{% block main %}{% endblock %}</main>",
                    "tag.html": '{% extends "base.html" %}'}) == {"tag"}
    assert kinds(**{"_m.html": "{% macro m() %}<div data-pagefind-body></div>{% endmacro %}",
                    "company.html": '{% from "_m.html" import m %}{{ m() }}',
                    "tags.html": '{% include "_m.html" %}'}) == {"company", "tags"}
    # A template chosen at render time, or one that is missing, might have it.
    assert kinds(**{"search.html": "{% include name %}",
                    "404.html": '{% extends "gone.html" %}'}) == {"search", "notfound"}


def test_page_globs_match_where_each_kind_of_page_is_published(tmp_path: Path) -> None:
    """The indexer is given the pages of the kinds whose template can be searchable by glob:
    each kind's globs must match its own pages and no other kind's."""
    import subprocess
    import sys
    from datetime import UTC, datetime
    from fnmatch import fnmatch

    from builder.config import load_config
    from builder.content import load_entry
    from builder.content_files import entry_files
    from builder.keys import CardDigests
    from builder.kinds import KINDS
    from builder.plan import plan
    from builder.site import build_site

    root = tmp_path / "site"
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "gen_corpus.py"), "--entries",
                    "120", "--out", str(root)], check=True, capture_output=True)
    config = load_config(root)
    entries = [load_entry(root, path, path.read_bytes(), config.tz) for path in entry_files(root)]
    site = build_site(config, entries, include_drafts=False, now=datetime.now(UTC))
    pages = [o for o in plan(site, "theme", {}, CardDigests()) if o.path.endswith(".html")]
    page_globs = {kind.name: kind.globs for kind in KINDS if kind.template}
    assert {o.kind for o in pages} == set(page_globs)
    for output in pages:
        matching = {kind for kind, globs in page_globs.items()
                    if any(fnmatch(output.path, glob) for glob in globs)}
        assert matching == {output.kind}, output.path


def test_a_digest_with_no_entry_yet_builds_without_an_index(site: Path) -> None:
    """Nothing to search is not an error: the index comes with the first entry, and goes
    when the last one does."""
    shutil.rmtree(site / "seeds")
    result = run_digest(site, "build", check=True)
    assert "content: 0 entries" in result.stdout
    assert (site / "public" / "search" / "index.html").is_file()
    assert not (site / "public" / "pagefind").exists()
    dated_first_seed(site / "seeds")
    run_digest(site, "build", check=True)
    assert (site / "public" / "pagefind" / "pagefind.js").is_file()
    for entry in (site / "content" / "entries").glob("*.md"):
        entry.unlink()
    shutil.rmtree(site / "seeds")
    run_digest(site, "build", check=True)
    assert not any((site / "public" / "pagefind").rglob("*.pf_fragment"))


def test_a_failing_indexer_is_reported_and_the_pages_stay_published(
        site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "pagefind"
    broken.write_text("#!/bin/sh\necho 'disk on fire' >&2\nexit 3\n")
    broken.chmod(0o755)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(broken))  # pagefind's own override
    result = run_digest(site, "build")
    assert result.returncode == 1
    assert "Pagefind failed (3): disk on fire" in result.stderr
    assert "the pages were published, the search index was not" in result.stderr
    assert "Traceback" not in result.stderr
    assert (site / "public" / "index.html").is_file()
    assert not list(site.glob(".digest-stage*"))
