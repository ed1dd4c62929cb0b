"""The foundation, end to end: the user's seed in, a published digest out, via the real CLI."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import yaml

from tests.conftest import REPO, run_digest, tree_bytes
from tests.test_reliability_support import with_settings

SEED_COMPANIES = ["Meta", "Duolingo", "Amazon", "Uber", "Microsoft"]


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append(value)


def links_in(path: Path) -> list[str]:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.links


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def test_build_turns_the_seed_into_entry_and_pages(site: Path) -> None:
    result = run_digest(site, "build", check=True)
    assert re.search(r"build: \d+ outputs, \d+ rendered", result.stdout)

    [entry_file] = sorted((site / "content" / "entries").glob("*.md"))
    meta = front_matter(entry_file)
    for key in ("title", "date", "source", "seed", "companies", "people", "tags", "summary",
                "reversals", "draft"):
        assert key in meta, key
    assert meta["seed"] == "000_832470f0ba667d5d.txt"
    assert meta["source"] == "Fast Company"  # its publisher; Business Insider is only cited
    assert set(SEED_COMPANIES) <= set(meta["companies"])

    public = site / "public"
    entry_pages = list((public / "entries").glob("*/index.html"))
    assert len(entry_pages) == 1
    entry_url = "/" + entry_pages[0].parent.relative_to(public).as_posix() + "/"
    entry_html = entry_pages[0].read_text(encoding="utf-8")
    assert "Meta is reversing" in entry_html
    for name in SEED_COMPANIES:
        company_page = public / "companies" / name.lower() / "index.html"
        assert entry_url in links_in(company_page), f"{name} page does not link to the entry"
        assert f'href="/companies/{name.lower()}/"' in entry_html

    meta_page = (public / "companies" / "meta" / "index.html").read_text(encoding="utf-8")
    timeline = meta_page.split('id="timeline"')[1].split("</section>")[0]
    assert "reversing its resolution to reassign 7,000 workers" in timeline
    assert "paused tracking employee keystrokes" in timeline
    front = (public / "index.html").read_text(encoding="utf-8")
    assert entry_url in links_in(public / "index.html")
    assert "paused" in front and "Duolingo" in front
    index = (public / "companies" / "index.html").read_text(encoding="utf-8")
    for name in SEED_COMPANIES:
        assert f"/companies/{name.lower()}/" in index


def test_every_internal_link_carries_the_sub_path_and_resolves(site: Path) -> None:
    run_digest(site, "build", "--base-url", "https://example.github.io/reversal-digest/",
               check=True)
    public = site / "public"
    checked = 0
    for page in public.rglob("*.html"):
        for link in links_in(page):
            if link.startswith(("http://", "https://", "#", "mailto:")):
                continue
            assert link.startswith("/reversal-digest/"), f"{page}: {link}"
            target = public / link.removeprefix("/reversal-digest/").split("#")[0]
            assert target.exists() or (target / "index.html").exists(), f"{page}: {link}"
            checked += 1
    assert checked > 50
    feed = (public / "feed.xml").read_text(encoding="utf-8")
    assert "https://example.github.io/reversal-digest/entries/" in feed


def test_broken_entry_reports_file_and_line_and_keeps_public(site: Path) -> None:
    run_digest(site, "build", check=True)
    before = tree_bytes(site / "public")
    [entry_file] = (site / "content" / "entries").glob("*.md")
    text = entry_file.read_text(encoding="utf-8")
    entry_file.write_text(text.replace("draft: false", "draft: [oops"), encoding="utf-8")
    line = next(n for n, text in enumerate(entry_file.read_text().splitlines(), 1)
                if "oops" in text)

    result = run_digest(site, "build")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    rel = entry_file.relative_to(site).as_posix()
    assert re.search(rf"^{re.escape(rel)}:(\d+): ", result.stderr, re.M), result.stderr
    reported = int(re.search(rf"{re.escape(rel)}:(\d+):", result.stderr).group(1))
    assert abs(reported - line) <= 1
    assert tree_bytes(site / "public") == before
    assert not list(site.glob(".digest-stage*"))


def test_bad_site_yaml_names_the_key(site: Path) -> None:
    config = site / "site.yaml"
    config.write_text(with_settings(config.read_text(), colour="blue", per_page="many"))
    result = run_digest(site, "build")
    assert result.returncode == 1
    assert "site.yaml:" in result.stderr and "'colour'" in result.stderr
    assert "'per_page' must be int" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (site / "public").exists()


def test_script_in_a_seed_comes_out_escaped(site: Path) -> None:
    (site / "seeds" / "001_hostile.txt").write_text(
        # an undated or unsourced seed would wait as a draft
        "Date: 2026-11-20\nSource: Harbor Ledger\n\n"
        "Acme Corp reversed its RTO mandate <script>alert('x')</script> after protests.\n\n"
        "Acme Corp said staff can work from home. <img src=x onerror=alert(1)>\n",
        encoding="utf-8")
    run_digest(site, "build", check=True)
    for page in (site / "public").rglob("*"):
        if page.suffix in (".html", ".xml") and page.is_file():
            text = page.read_text(encoding="utf-8")
            assert "<script>alert" not in text, page
            assert "<img src=x" not in text, page
    pages = [p.read_text() for p in (site / "public" / "entries").glob("*/index.html")]
    assert any("&lt;script&gt;alert(" in text for text in pages)


def test_build_refuses_a_link_to_an_entry_that_does_not_exist(site: Path) -> None:
    run_digest(site, "build", check=True)
    before = tree_bytes(site / "public")
    [entry_file] = (site / "content" / "entries").glob("*.md")
    entry_file.write_text(entry_file.read_text(encoding="utf-8")
                          + "\nSee [the follow-up](/entries/no-such-story/).\n", encoding="utf-8")
    result = run_digest(site, "build")
    assert result.returncode == 1
    rel = entry_file.relative_to(site).as_posix()
    assert re.search(rf"^{re.escape(rel)}:\d+: link to /entries/no-such-story/: no such entry",
                     result.stderr, re.M), result.stderr
    assert tree_bytes(site / "public") == before


def test_build_refuses_a_link_to_a_draft_and_publishes_it_with_drafts(site: Path) -> None:
    """A draft's page is not published: a link to it from a published entry would lead
    nowhere. With --drafts (a preview) the draft is published, and the link with it; a link
    in the draft itself is no reader's concern until it is published."""
    run_digest(site, "build", check=True)
    before = tree_bytes(site / "public")
    folder = site / "content" / "entries"
    [entry_file] = folder.glob("*.md")
    entry_file.write_text(entry_file.read_text(encoding="utf-8")
                          + "\nSee [the follow-up](/entries/follow-up/).\n", encoding="utf-8")
    (folder / "2026-01-02-follow-up.md").write_text(
        "---\ntitle: Follow-up\ndate: 2026-01-02\ndraft: true\n---\n"
        "Back to [the first](/entries/no-such-story/).\n", encoding="utf-8")
    result = run_digest(site, "build")
    assert result.returncode == 1
    rel = entry_file.relative_to(site).as_posix()
    assert re.search(rf"^{re.escape(rel)}:\d+: link to /entries/follow-up/: that entry is a "
                     r"draft \(content/entries/2026-01-02-follow-up.md\), so its page is not "
                     "published", result.stderr, re.M), result.stderr
    assert "no-such-story" not in result.stderr  # the draft's own link: not published
    assert tree_bytes(site / "public") == before
    previewed = run_digest(site, "build", "--drafts", "--no-search")
    assert "no such entry" in previewed.stderr and previewed.returncode == 1


def test_a_template_error_leaves_public_and_no_stage(site: Path) -> None:
    run_digest(site, "build", check=True)
    before = tree_bytes(site / "public")
    entry_template = site / "templates" / "entry.html"
    text = entry_template.read_text()
    assert "{% block main %}" in text
    entry_template.write_text(text.replace("{% block main %}",
                                           "{% block main %}{{ entry.no_such_field.x }}"))
    result = run_digest(site, "build")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "templates/entry.html" in result.stderr
    assert tree_bytes(site / "public") == before
    assert not list(site.glob(".digest-stage*"))


def test_later_builds_see_a_new_seed_and_an_edited_site_yaml(site: Path) -> None:
    """A build with nothing new skips ingest and reuses the parsed site.yaml (both kept in
    .cache/): a seed dropped in later is still ingested, and a settings edit still shows."""
    run_digest(site, "build", "--no-search", check=True)
    assert run_digest(site, "build", "--no-search", check=True).stdout.count("ingest") == 0
    (site / "seeds" / "001_later.txt").write_text(
        "Acme Corp reverses its return-to-office mandate\nDate: 2026-11-20\n"
        "Source: Harbor Ledger\n\n"
        "Acme Corp reversed its return-to-office mandate after staff protests, the company said.\n",
        encoding="utf-8")
    config = site / "site.yaml"
    config.write_text(re.sub(r"(?m)^title: .*$", "title: A Renamed Digest", config.read_text()),
                      encoding="utf-8")
    run_digest(site, "build", "--no-search", check=True)
    assert len(list((site / "content" / "entries").glob("*.md"))) == 2
    assert "<title>A Renamed Digest</title>" in (site / "public" / "index.html").read_text()
    assert "Acme" in (site / "public" / "index.html").read_text()


def test_an_edited_stylesheet_is_published_by_the_next_build(site: Path) -> None:
    """Static files are outputs of their own: editing one is a change, although no page
    shows it (the shortcut for unchanged builds used to miss it)."""
    run_digest(site, "build", "--no-search", check=True)
    style = site / "templates" / "static" / "style.css"
    style.write_text(style.read_text() + "\n.edited { color: teal; }\n", encoding="utf-8")
    run_digest(site, "build", "--no-search", check=True)
    assert ".edited { color: teal; }" in (site / "public" / "static" / "style.css").read_text()


def test_a_build_with_nothing_changed_stops_at_file_stats(site: Path) -> None:
    """Unchanged files: the build stops before loading an entry. A touched file (a git
    checkout) costs one build that loads them, finds nothing new and records the new stats."""
    run_digest(site, "build", "--no-search", check=True)
    quick = "content: unchanged since the last build"
    assert quick in run_digest(site, "build", "--no-search", check=True).stdout
    [entry_file] = (site / "content" / "entries").glob("*.md")
    stat = entry_file.stat()
    os.utime(entry_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # touched
    stdout = run_digest(site, "build", "--no-search", check=True).stdout
    assert "content: 1 entries, unchanged since the last build" in stdout
    assert quick in run_digest(site, "build", "--no-search", check=True).stdout


def test_a_build_with_nothing_changed_imports_nothing_that_plans_or_renders(site: Path) -> None:
    """Such a build is mostly Python starting: the kinds, the renderer, Jinja and Markdown,
    the entries' parser and the site model are imported by the phases that use them
    (docs/ARCHITECTURE.md), and a module that imports one of them where a no-change build
    reads it would slow every such build."""
    run_digest(site, "build", "--no-search", check=True)
    script = ("import sys\nfrom builder.cli import main\n"
              f"assert main(['--site', {str(site)!r}, 'build', '--no-search']) == 0\n"
              "heavy = ('jinja2', 'markdown_it', 'yaml', 'builder.kinds', 'builder.render', "
              "'builder.plan', 'builder.ingest', 'subprocess', 'builder.site', 'builder.keys', "
              "'builder.content', 'builder.fields', 'builder.templating')\n"
              "print(sorted(name for name in heavy if name in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=REPO, check=True)
    assert "content: unchanged since the last build" in done.stdout
    assert done.stdout.splitlines()[-1] == "[]"
