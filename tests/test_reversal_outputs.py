"""What readers get of reversal events: event pages, the /reversals/ table, open data, built
with the real CLI."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO, run_digest, site_bytes
from tests.test_events import STARBUCKS, _write
from tests.test_reliability_support import with_settings


@pytest.fixture
def digest(tmp_path: Path) -> Path:
    """Three articles on one Starbucks change (one with a link to the original), an unrelated
    Meta reversal, and an article with no reversal."""
    root = tmp_path / "site"
    root.mkdir()
    (root / "site.yaml").write_text(
        "title: T\ntopics:\n  dei: {label: Diversity and inclusion, keywords: [DEI]}\n"
        "  workforce: [staff]\ncompanies:\n  - name: Meta\n    aliases: [Facebook]\n",
        encoding="utf-8")
    shutil.copytree(REPO / "templates", root / "templates")
    _write(root, "a", "2026-03-02", [("Starbucks", "relaxed", STARBUCKS, "")], tags=["dei"])
    _write(root, "b", "2026-03-05", [("Starbucks", "softened", "Starbucks softened the office "
                                      "mandate for corporate staff after complaints", "")],
           tags=["workforce"])
    _write(root, "c", "2026-03-20", [("Starbucks", "relaxed", "The return-to-office mandate at "
                                      "Starbucks has been relaxed for corporate staff", "")])
    entry = root / "content" / "entries" / "2026-03-05-b.md"
    entry.write_text(entry.read_text().replace(
        "source: Outlet b\n", "source: Outlet b\nsource_url: https://news.example/b\n"))
    _write(root, "d", "2026-04-01", [("Meta", "paused", "Meta paused its badge tracking of "
                                      "office attendance", "")])
    _write(root, "e", "2026-04-02", [], companies=["Meta"])
    return root


EVENT = "starbucks-return-to-office-mandate-corporate-staff-2026-03"


def test_an_event_page_lists_every_source(digest: Path) -> None:
    run_digest(digest, "build", check=True)
    page = (digest / "public" / "reversals" / EVENT / "index.html").read_text()
    assert page.count('class="source-title"') == 3
    for slug in "abc":
        assert f'href="/entries/{slug}/"' in page
    assert 'href="https://news.example/b"' in page
    assert "Starbucks softened the office mandate" in page
    assert "Loosened" in page  # the kind of action
    assert "Diversity and inclusion" in page  # a topic's label, not its slug
    assert '<time datetime="2026-03-02">' in page
    # The entry page links to its event; the company's timeline lists the event once.
    entry = (digest / "public" / "entries" / "b" / "index.html").read_text()
    assert f'href="/reversals/{EVENT}/"' in entry
    assert 'href="https://news.example/b"' in entry
    company = (digest / "public" / "companies" / "starbucks" / "index.html").read_text()
    timeline = company.split('id="timeline"')[1].split("</section>")[0]
    assert timeline.count("<li>") == 1 and "3 sources" in timeline
    assert "<dt>Reversal events</dt><dd>1</dd>" in company


def test_the_table_and_open_data_have_one_row_per_event(digest: Path) -> None:
    run_digest(digest, "build", "--base-url", "https://x.example/repo/", check=True)
    public = digest / "public"
    table = (public / "reversals" / "index.html").read_text()
    assert table.count("<tr data-company=") == 2
    assert '<option value="loosen">Loosened</option>' in table
    assert '<option value="dei">Diversity and inclusion</option>' in table
    assert 'src="/repo/static/reversals.js"' in table
    assert (public / "static" / "reversals.js").is_file()

    data = json.loads((public / "data" / "reversals.json").read_text())
    assert [r["id"] for r in data["reversals"]] == [
        "meta-badge-tracking-office-attendance-2026-04", EVENT]
    starbucks = data["reversals"][1]
    assert starbucks["sources"] == 3 and starbucks["kind"] == "loosen"
    assert starbucks["url"] == f"https://x.example/repo/reversals/{EVENT}/"
    assert [r["entry"] for r in starbucks["reports"]] == ["a", "b", "c"]
    assert starbucks["reports"][1]["source_url"] == "https://news.example/b"

    rows = list(csv.DictReader(io.StringIO((public / "data" / "reversals.csv").read_text())))
    assert [r["id"] for r in rows] == [r["id"] for r in data["reversals"]]
    assert rows[1]["topics"] == "dei;workforce" and rows[1]["sources"] == "3"

    companies = json.loads((public / "data" / "companies.json").read_text())["companies"]
    meta = next(c for c in companies if c["slug"] == "meta")
    assert (meta["events"], meta["articles"]) == (1, 2)  # the article with no reversal counts
    assert meta["url"] == "https://x.example/repo/companies/meta/"


def test_a_title_edit_reaches_the_event_page_and_json_like_a_cold_build(
        digest: Path, tmp_path: Path) -> None:
    run_digest(digest, "build", check=True)
    entry = digest / "content" / "entries" / "2026-03-20-c.md"
    entry.write_text(entry.read_text().replace('title: "c"', 'title: "Edited c"'))
    run_digest(digest, "build", check=True)
    page = (digest / "public" / "reversals" / EVENT / "index.html").read_text()
    assert "Edited c" in page
    assert "Edited c" in (digest / "public" / "data" / "reversals.json").read_text()
    cold = tmp_path / "cold"
    shutil.copytree(digest, cold, ignore=shutil.ignore_patterns("public", ".cache", ".digest-*"))
    run_digest(cold, "build", check=True)
    assert site_bytes(digest / "public") == site_bytes(cold / "public")


def test_feeds_carry_the_short_form_by_default_and_each_topic_has_one(digest: Path) -> None:
    body = digest / "content" / "entries" / "2026-03-05-b.md"
    body.write_text(body.read_text() + "\nA long paragraph of the article.\n")
    run_digest(digest, "build", "--no-search", check=True)
    public = digest / "public"
    feed = (public / "feed.xml").read_text()
    assert "A long paragraph" not in feed
    assert "Read the original article at Outlet b" in feed and "news.example/b" in feed
    topic = (public / "tags" / "workforce" / "feed.xml").read_text()
    assert "<title>workforce — T</title>" in topic and topic.count("<entry>") == 1
    assert "Diversity and inclusion — T" in (public / "tags" / "dei" / "feed.xml").read_text()
    assert 'href="/tags/dei/feed.xml"' in (public / "tags" / "dei" / "index.html").read_text()
    assert "A long paragraph" in (public / "entries" / "b" / "index.html").read_text()

    settings = digest / "site.yaml"
    settings.write_text(with_settings(settings.read_text(), page_body="summary", feed_body="full"))
    run_digest(digest, "build", "--no-search", check=True)
    assert "A long paragraph" in (public / "feed.xml").read_text()
    page = (public / "entries" / "b" / "index.html").read_text()
    assert "A long paragraph" not in page and "Read the original article" in page

    settings.write_text(with_settings(settings.read_text(), feed_body="everything"))
    result = run_digest(digest, "build", "--no-search")
    assert result.returncode != 0 and "'feed_body' must be one of: full, summary" in result.stderr


def test_entry_and_event_pages_carry_json_ld(digest: Path) -> None:
    run_digest(digest, "build", "--no-search", "--base-url", "https://x.example/", check=True)

    def ld(path: Path) -> dict:
        html = path.read_text()
        return json.loads(html.split('<script type="application/ld+json">')[1]
                          .split("</script>")[0])

    entry = ld(digest / "public" / "entries" / "b" / "index.html")
    assert entry["@type"] == "NewsArticle" and entry["isBasedOn"] == "https://news.example/b"
    assert entry["url"] == "https://x.example/entries/b/"
    event = ld(digest / "public" / "reversals" / EVENT / "index.html")
    assert event["@type"] == "Event" and event["startDate"] == "2026-03-02"
    assert [a["url"] for a in event["subjectOf"]] == [
        f"https://x.example/entries/{slug}/" for slug in "abc"]
