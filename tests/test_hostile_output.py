"""Nothing injected: hostile titles, names, summaries, bodies and seeds come out of a real build
with nothing executable in any page, feed, sitemap or search index, and no file outside public/.

Every HTML file is parsed (html.parser): no <script> but the theme's own (same src, no inline
code), no on* attribute, no javascript:/data:/vbscript: URL, no element the theme and Markdown do
not make. Atom <content>/<summary> hold HTML as escaped text: unescaped, it passes the same scan.
"""

from __future__ import annotations

import gzip
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import run_digest
from tests.test_reliability_support import SITE_YAML, assert_clean_failure, entry, make_site

XSS = "</script><script>alert(1)</script>\"'><img src=x onerror=alert(1)>"
URL_ATTRS = {"href", "src", "action", "formaction", "srcset", "poster", "data", "background",
             "xlink:href", "cite", "longdesc", "manifest", "ping"}
MARKDOWN_TAGS = {"p", "a", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "h2",
                 "h3", "h4", "h5", "h6", "img", "hr", "br", "table", "thead", "tbody", "tr",
                 "th", "td", "s", "del"}
FORBIDDEN_TAGS = {"iframe", "object", "embed", "base", "frame", "frameset", "applet", "svg",
                  "math", "textarea", "style"}  # (the theme's own search <form> is allowed)
# The theme's own charts are SVG (builder/charts.py): allowed with only these parts in them.
CHART_CLASS = "chart-svg"
CHART_PARTS = {"title", "desc", "line", "rect", "text"}


def _q(text: str) -> str:
    return json.dumps(text)  # a JSON string is a valid YAML double-quoted scalar


HOSTILE_ENTRY = f"""---
title: {_q(XSS)}
date: 2026-11-21
source: {_q("<b onmouseover=alert(1)>Outlet</b>")}
source_url: {_q('https://example.com/"><script>alert(1)</script>')}
companies: [{_q('Evil" onclick="alert(1)')}, "../../etc", {_q("AT&T &amp; Sons")}, "Nestlé",
  "a/b"]
people: [{_q("<svg onload=alert(1)>")},
  {{name: {_q("</title><script>x</script>")}, role: {_q('" autofocus onfocus="alert(1)')}}}]
tags: [ai-policy]
summary: {_q('" onmouseover="alert(1)" x="</textarea><script>alert(1)</script>')}
reversals:
  - company: "../../etc"
    action: {_q("<script>alert(1)</script>")}
    text: {_q("]]></content><script>alert(1)</script>")}
---
Raw <script>alert(1)</script> and <img src=x onerror=alert(1)> and
<a href="javascript:alert(1)">a</a>.

[js](javascript:alert(1)) [JS](JaVaScRiPt:alert(1)) [sp]( javascript:alert(1))
[ent](java&#x09;script:alert(1))
[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [vb](vbscript:msgbox(1))
![img](javascript:alert(1)) ![img2](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)
<javascript:alert(1)> [ref][r] [ok](https://example.com/?q="><script>) [in](/entries/good/)

[r]: javascript:alert(1)

<iframe src="https://evil.example"></iframe> <style>body{{}}</style> <base href="https://evil.example/">
<svg onload=alert(1)></svg> <form action="javascript:alert(1)"><textarea></textarea></form>
"""

SEEDS = {
    "001_script.txt": "Date: 2026-11-20\n\n"
                      "Acme Corp <script>alert('x')</script> reversed its RTO mandate.\n\n"
                      "Acme Corp said staff <img src=x onerror=alert(1)> may work from home.\n",
    "002_front.md": f"---\ntitle: {_q('</script><script>alert(1)</script>')}\n"
                    f"source: \"<b>x</b>\"\nsource_url: \"javascript:alert(1)\"\n"
                    "date: 2026-11-20\n---\n"
                    "Globex Inc reversed its AI mandate <script>alert(1)</script>. "
                    "[x](javascript:alert(1)) <img src=x onerror=alert(1)>\n",
    "003_page.html": '<html><head><title>Initech &lt;script&gt; reverses</title>'
                     '<meta property="article:published_time" content="2026-11-20">'
                     '<link rel="canonical" href="javascript:alert(1)"><script>alert(1)</script>'
                     '</head><body onload="alert(1)"><article><h1 onclick="alert(1)">Initech '
                     "reverses <script>alert(2)</script> its RTO plan</h1><p>Initech Corp reversed "
                     "its return-to-office mandate after staff protests. <a href=\"javascript:"
                     'alert(1)">link</a> <img src=x onerror=alert(1)></p><p>Initech Corp said '
                     "staff may work from home.</p></article></body></html>",
}


@dataclass
class Scan:
    tags: set[str] = field(default_factory=set)
    scripts: set[str] = field(default_factory=set)  # src of each <script>
    inline_scripts: list[str] = field(default_factory=list)
    json_ld: list[str] = field(default_factory=list)  # data, not code: must parse as JSON
    bad: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)


class _Scanner(HTMLParser):
    def __init__(self, scan: Scan, where: str) -> None:
        super().__init__(convert_charrefs=True)
        self.scan, self.where, self.in_script, self.in_data = scan, where, False, False
        self.in_chart = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.scan.tags.add(tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.scan.bad.append(f"{self.where}: <{tag} {name}=...>")
            if name in URL_ATTRS and value and _dangerous_url(value):
                self.scan.bad.append(f"{self.where}: <{tag} {name}={value!r}>")
            if name == "http-equiv" and (value or "").lower() == "refresh":
                self.scan.bad.append(f"{self.where}: <meta http-equiv=refresh>")
        if tag == "script" and dict(attrs).get("type") == "application/ld+json":
            self.in_data = True
        elif tag == "script":
            self.in_script = True
            self.scan.scripts.add(dict(attrs).get("src") or "")
        if tag == "svg" and dict(attrs).get("class") == CHART_CLASS:
            self.in_chart = True
        elif self.in_chart and tag not in CHART_PARTS:
            self.scan.bad.append(f"{self.where}: <{tag}> in a chart")
        elif tag in FORBIDDEN_TAGS:
            self.scan.bad.append(f"{self.where}: <{tag}>")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_script = self.in_data = False
        if tag == "svg":
            self.in_chart = False

    def handle_data(self, data: str) -> None:
        if self.in_data:
            self.scan.json_ld.append(data)
            return
        if self.in_script and data.strip():
            self.scan.inline_scripts.append(f"{self.where}: {data[:80]}")
        self.scan.text.append(data)


def _dangerous_url(value: str) -> bool:
    """What a browser would run: the scheme, ignoring case, whitespace and control chars."""
    squashed = re.sub(r"[\x00-\x20]+", "", value).lower()
    return squashed.startswith(("javascript:", "data:", "vbscript:"))


def scan_html(text: str, where: str, scan: Scan | None = None) -> Scan:
    scan = scan or Scan()
    parser = _Scanner(scan, where)
    parser.feed(text)
    parser.close()
    return scan


def scan_site(public: Path) -> Scan:
    """Every HTML page, and the HTML inside every feed, in one scan."""
    scan = Scan()
    for path in sorted(public.rglob("*.html")):
        scan_html(path.read_text("utf-8"), str(path.relative_to(public)), scan)
    for path in sorted(public.rglob("*.xml")):
        root = ET.parse(path).getroot()  # well-formed, whatever the titles held
        for element in root.iter():
            if element.get("type") == "html" and element.text:
                scan_html(element.text, f"{path.relative_to(public)} <{element.tag}>", scan)
    return scan


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(benign, hostile): the same theme, built with the real CLI (search index included)."""
    base = tmp_path_factory.mktemp("inject")
    benign = make_site(base / "benign", entries={
        "2026-11-20-good.md": entry(),
        "2026-11-21-second.md": entry(title="Meta reverses again", summary="Again."),
    })
    run_digest(benign, "build", check=True)
    hostile = make_site(base / "hostile", site_yaml=SITE_YAML.replace(
        "title: Test Digest", f"title: {_q('</title><script>alert(1)</script>')}"), entries={
        "2026-11-20-good.md": entry(),
        "2026-11-21-hostile.md": HOSTILE_ENTRY,
    })
    for name, text in SEEDS.items():
        (hostile / "seeds" / name).write_text(text, encoding="utf-8")
    run_digest(hostile, "build", check=True)
    return benign, hostile


def test_no_page_or_feed_holds_anything_executable(sites: tuple[Path, Path]) -> None:
    benign, hostile = sites
    theme = scan_site(benign / "public")
    found = scan_site(hostile / "public")
    assert found.bad == []
    assert found.inline_scripts == [] and theme.inline_scripts == []
    # JSON-LD is whole JSON: no text from an article closed its element early.
    assert found.json_ld and all(json.loads(data) for data in found.json_ld)
    assert found.scripts <= theme.scripts, found.scripts - theme.scripts
    assert found.tags <= theme.tags | MARKDOWN_TAGS, found.tags - theme.tags - MARKDOWN_TAGS


def test_hostile_text_is_shown_as_text(sites: tuple[Path, Path]) -> None:
    _, hostile = sites
    page = hostile / "public" / "entries" / "hostile" / "index.html"
    text = "".join(scan_html(page.read_text("utf-8"), "entry").text)
    assert XSS in text  # the title, verbatim, as text
    assert "Raw <script>alert(1)</script> and" in text  # raw HTML in Markdown: shown, not run
    html = page.read_text("utf-8")
    assert 'href="https://example.com/&#34;&gt;&lt;script&gt;' in html \
        or 'href="https://example.com/%22%3E%3Cscript%3E' in html \
        or 'href="https://example.com/&quot;&gt;&lt;script&gt;' in html


def test_seeds_cannot_smuggle_a_script_link(sites: tuple[Path, Path]) -> None:
    _, hostile = sites
    for path in (hostile / "content" / "entries").glob("*.md"):
        assert "javascript:" not in path.read_text("utf-8").split("\n---", 2)[0], path


def test_feeds_and_sitemap_are_well_formed_and_absolute(sites: tuple[Path, Path]) -> None:
    _, hostile = sites
    public = hostile / "public"
    sitemap = ET.parse(public / "sitemap.xml").getroot()
    locs = [e.text or "" for e in sitemap.iter() if e.tag.endswith("loc")]
    assert locs
    for loc in locs:
        assert not _dangerous_url(loc) and ".." not in loc.split("/"), loc
    for feed in public.rglob("feed.xml"):
        for element in ET.parse(feed).getroot().iter():
            for name in ("href", "src"):
                assert not _dangerous_url(element.get(name, "")), (feed, element.attrib)


def test_search_index_is_valid_and_filter_values_carry_no_markup(sites: tuple[Path, Path]
                                                                 ) -> None:
    """Pagefind's UI inserts filter names and values as HTML: none may hold markup."""
    _, hostile = sites
    bundle = hostile / "public" / "pagefind"
    json.loads((bundle / "pagefind-entry.json").read_text("utf-8"))
    fragments = [gzip.decompress(p.read_bytes()) for p in (bundle / "fragment").iterdir()]
    assert fragments
    for data in fragments:
        assert data.startswith(b"pagefind_dcd")
        fragment = json.loads(data[len(b"pagefind_dcd"):])
        for name, values in fragment.get("filters", {}).items():
            for value in [name, *values]:
                assert "<" not in value and ">" not in value, value
        assert not _dangerous_url(fragment["url"]) and fragment["url"].startswith("/")


def test_no_file_escapes_public(sites: tuple[Path, Path]) -> None:
    _, hostile = sites
    public = hostile / "public"
    assert (public / "companies" / "etc" / "index.html").is_file()  # from "../../etc"
    assert (public / "companies" / "a-b" / "index.html").is_file()  # from "a/b"
    for path in public.rglob("*"):
        assert path.resolve().is_relative_to(public.resolve()), path
    assert sorted(p.name for p in hostile.iterdir()) == sorted(
        [".cache", ".digest-lock", "content", "public", "seeds", "site.yaml", "templates"])
    assert not (hostile.parent / "etc").exists()


def test_markup_in_a_company_name_is_refused_with_its_line(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", entries={"2026-11-20-x.md": entry(
        companies='["<img src=x onerror=alert(1)>", Meta]')}, theme=False)
    result = run_digest(root, "check")
    assert_clean_failure(result, "content/entries/2026-11-20-x.md")
    assert "content/entries/2026-11-20-x.md:5: company name" in result.stderr
