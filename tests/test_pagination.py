"""Company and topic pages paginated like the front page, and topic labels from site.yaml."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import REPO, run_digest
from tests.test_events import _write


def _digest(root: Path, topics: str = "  dei: {label: Diversity and inclusion, keywords: [DEI]}\n"
            ) -> Path:
    root.mkdir()
    (root / "site.yaml").write_text(f"title: T\nper_page: 2\ntopics:\n{topics}",
                                    encoding="utf-8")
    shutil.copytree(REPO / "templates", root / "templates")
    for day in range(1, 6):
        _write(root, f"e{day}", f"2026-01-0{day}",
               [("Acme", "paused", f"Acme paused plan number {day} for widgets", "")],
               tags=["dei"])
    return root


def test_company_and_topic_pages_paginate_with_the_timeline_on_the_first(
        tmp_path: Path) -> None:
    root = _digest(tmp_path / "site")
    run_digest(root, "build", "--no-search", "--base-url", "/repo/", check=True)
    company = root / "public" / "companies" / "acme"
    first = (company / "index.html").read_text()
    second = (company / "page" / "2" / "index.html").read_text()
    third = (company / "page" / "3" / "index.html").read_text()
    assert not (company / "page" / "4").exists()
    assert 'id="timeline"' in first and 'id="timeline"' not in second
    assert first.count('class="card"') == 2 and third.count('class="card"') == 1
    assert 'href="/repo/entries/e5/"' in first and 'href="/repo/entries/e1/"' in third
    assert 'rel="next" href="/repo/companies/acme/page/2/"' in first
    assert 'rel="prev" href="/repo/companies/acme/"' in second
    assert "Page 2 of 3" in second
    tag = root / "public" / "tags" / "dei"
    assert (tag / "page" / "3" / "index.html").is_file()
    second_tag = (tag / "page" / "2" / "index.html").read_text()
    assert "Topic: Diversity and inclusion, page 2" in second_tag
    sitemap = (root / "public" / "sitemap.xml").read_text()
    assert "/repo/companies/acme/page/3/" in sitemap and "/repo/tags/dei/page/2/" in sitemap


def test_an_edit_that_adds_a_page_adds_it_and_a_deletion_removes_it(tmp_path: Path) -> None:
    root = _digest(tmp_path / "site")
    run_digest(root, "build", "--no-search", check=True)
    _write(root, "e6", "2026-01-06", [("Acme", "paused", "Acme paused widgets again", "")])
    run_digest(root, "build", "--no-search", check=True)
    assert (root / "public" / "companies" / "acme" / "page" / "3" / "index.html").is_file()
    for day in (5, 6):
        (root / "content" / "entries" / f"2026-01-0{day}-e{day}.md").unlink()
    run_digest(root, "build", "--no-search", check=True)
    assert not (root / "public" / "companies" / "acme" / "page" / "3").exists()


def test_a_topic_label_with_markup_or_an_unknown_key_is_refused(tmp_path: Path) -> None:
    root = _digest(tmp_path / "site", topics="  dei: {label: <b>x</b>, keywords: [DEI]}\n"
                                             "  hr: {name: x}\n")
    result = run_digest(root, "check")
    assert result.returncode != 0
    assert "site.yaml:4: topic 'dei': 'label' must be text without <, > or &lt;" in result.stderr
    assert "site.yaml:5: unknown key 'name' in topic 'hr' (known: label, keywords)" \
        in result.stderr


def test_the_archive_lists_every_month_and_each_month_its_entries(tmp_path: Path) -> None:
    root = _digest(tmp_path / "site")
    _write(root, "march", "2026-03-10", [("Acme", "paused", "Acme paused the March plan", "")])
    run_digest(root, "build", "--no-search", "--base-url", "/repo/", check=True)
    public = root / "public" / "archive"
    overview = (public / "index.html").read_text()
    assert 'href="/repo/archive/2026/03/">March 2026 <span class="count">1' in overview
    assert 'href="/repo/archive/2026/01/">January 2026 <span class="count">5' in overview
    assert not (public / "2026" / "02").exists()  # no entries, no page
    january = (public / "2026" / "01" / "index.html").read_text()
    assert january.count('class="card"') == 5
    assert 'rel="prev" href="/repo/archive/2026/03/">← March 2026' in january
    assert "/repo/archive/2026/01/" in (root / "public" / "sitemap.xml").read_text()


def test_an_entry_s_month_is_the_day_it_prints_whatever_the_order_in_time(
        tmp_path: Path) -> None:
    """Entries in time order need not be in month order when their offsets differ: one
    dated 1 March at 00:30 in UTC+5 came out before one dated 29 February at 21:00 UTC. The
    archive files each by the day it prints, and loses none."""
    root = _digest(tmp_path / "site")
    for name, moment in (("late", "2024-02-29T21:00:00Z"), ("east", "2024-03-01T00:30:00+05:00"),
                         ("early", "2024-02-29T10:00:00Z")):
        _write(root, name, moment, [("Acme", "paused", f"Acme paused the {name} plan", "")])
    run_digest(root, "build", "--no-search", check=True)
    archive = root / "public" / "archive"
    overview = (archive / "index.html").read_text()
    assert 'href="/archive/2024/02/">February 2024 <span class="count">2' in overview
    assert 'href="/archive/2024/03/">March 2024 <span class="count">1' in overview
    february = (archive / "2024" / "02" / "index.html").read_text()
    assert february.count('class="card"') == 2
    assert '"late"' in february or ">late<" in february
