"""Honest uncertainty: what ingest cannot establish makes a draft with a `review:` list, and
`digest review` lists those entries; header lines, datelines and bylines give dates and sources."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import yaml

from builder.config import load_config
from builder.ingest import seed_to_entry
from tests.conftest import run_digest

REPO = Path(__file__).resolve().parent.parent
CONFIG = load_config(REPO)
STORY = (
    "Nestlé has paused its plan to cut remote work for office staff in Switzerland. "
    "The food group said it would consult employees first."
)


def entry(tmp_path: Path, name: str, text: str, **kwargs) -> tuple[dict, str]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return seed_to_entry(path, CONFIG, **kwargs)


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text("utf-8").split("---\n")[1])


def test_header_lines_give_title_date_source_and_url(tmp_path: Path) -> None:
    meta, body = entry(
        tmp_path,
        "a.txt",
        "Title: Nestlé pauses remote-work cut\nDate: 2026-03-04\nSource: Swissinfo\n"
        "URL: https://example.com/nestle\n\n" + STORY + "\n",
    )
    assert meta["title"] == "Nestlé pauses remote-work cut"
    assert meta["date"] == dt.date(2026, 3, 4)
    assert meta["source"] == "Swissinfo"
    assert meta["source_url"] == "https://example.com/nestle"
    assert body.startswith("Nestlé has paused") and "Title:" not in body
    assert meta["draft"] is False and "review" not in meta


def test_dateline_gives_date_and_outlet_and_leaves_the_body(tmp_path: Path) -> None:
    meta, body = entry(
        tmp_path,
        "a.txt",
        "Nestlé pauses remote-work cut\n\nGENEVA, March 3, 2026 (Reuters) – " + STORY + "\n",
    )
    assert meta["date"] == dt.date(2026, 3, 3)
    assert meta["source"] == "Reuters"
    assert "Geneva" not in meta["companies"] and "GENEVA" not in meta["companies"]


def test_dateline_without_a_year_takes_it_from_the_text_and_asks_for_a_check(
    tmp_path: Path,
) -> None:
    meta, _ = entry(
        tmp_path,
        "a.txt",
        "Nestlé pauses remote-work cut\n\nGENEVA, March 3 (Reuters) – " + STORY
        + " The plan was announced in 2026.\n",
    )
    assert meta["date"] == dt.date(2026, 3, 3)
    assert meta["draft"] is True
    assert any("year" in reason for reason in meta["review"])


def test_byline_with_an_ordinal_date(tmp_path: Path) -> None:
    meta, body = entry(
        tmp_path,
        "a.txt",
        "Nestlé pauses remote-work cut\nBy Anna Keller\nPublished 4th Mar 2026, 09:15 GMT\n\n"
        + STORY + "\n",
    )
    assert meta["date"] == dt.date(2026, 3, 4)
    assert "Anna Keller" not in body and "Published" not in body


def test_press_release_is_titled_by_its_headline(tmp_path: Path) -> None:
    meta, body = entry(
        tmp_path,
        "a.txt",
        "FOR IMMEDIATE RELEASE\n\nNestlé pauses remote-work cut\n\n" + STORY + "\n",
        today=dt.date(2026, 1, 2),
    )
    assert meta["title"] == "Nestlé pauses remote-work cut"
    assert "IMMEDIATE" not in body


def test_outlet_suffix_leaves_the_title_and_names_the_source(tmp_path: Path) -> None:
    meta, _ = entry(tmp_path, "a.txt", f"Nestlé pauses remote-work cut | Swissinfo\n\n{STORY}\n")
    assert meta["title"] == "Nestlé pauses remote-work cut"
    assert meta["source"] == "Swissinfo"


def test_publisher_beats_the_outlet_it_cites(tmp_path: Path) -> None:
    meta, _ = entry(
        tmp_path,
        "a.txt",
        f"{STORY} The change was first reported by Bloomberg. "
        "Nestlé did not respond to Reuters' request for comment.\n",
    )
    assert meta["source"] == "Reuters"


def test_undated_article_is_a_draft_dated_by_its_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Nestlé pauses remote-work cut\n\n{STORY}\n", "utf-8")
    stamp = dt.datetime(2026, 5, 6, 12, 0, tzinfo=dt.UTC).timestamp()
    os.utime(path, (stamp, stamp))
    meta, _ = seed_to_entry(path, CONFIG)
    assert meta["date"] == dt.date(2026, 5, 6)
    assert meta["draft"] is True
    assert meta["review"][0].startswith("no date in the article")


def test_article_without_a_reversal_is_a_draft(tmp_path: Path) -> None:
    meta, _ = entry(
        tmp_path,
        "a.txt",
        "Date: 2026-03-04\n\nNestlé opened a new office in Vevey, the company said.\n",
    )
    assert meta["reversals"] == [] and meta["draft"] is True
    assert [r.split(":")[0] for r in meta["review"]] == ["no reversal found"]


def test_html_date_is_the_printed_day_and_comments_are_not_the_story(tmp_path: Path) -> None:
    comments = "".join(
        f'<article class="comment"><p>Reader {i}: I disagree with this decision entirely, '
        "and I think the company will regret it before long.</p></article>"
        for i in range(3)
    )
    page = (
        "<html><head><title>Nestlé pauses remote-work cut | Swissinfo</title>"
        '<meta property="article:published_time" content="2026-03-04T23:30:00-05:00">'
        "</head><body>"
        '<ul class="topics"><li><a href="/a">World</a></li><li><a href="/b">Business</a></li></ul>'
        f'<div class="story"><p>{STORY}</p></div>'
        f'<section id="comments">{comments}</section></body></html>'
    )
    meta, body = entry(tmp_path, "a.html", page)
    assert meta["title"] == "Nestlé pauses remote-work cut"
    assert meta["source"] == "Swissinfo"
    assert meta["date"] == dt.date(2026, 3, 4)
    assert body.startswith("Nestlé has paused") and "Reader" not in body
    assert "Business" not in body


def test_digest_review_lists_what_awaits_an_editor(site: Path) -> None:
    (site / "seeds" / "undated.txt").write_text(
        f"Nestlé pauses remote-work cut\n\n{STORY}\n", "utf-8"
    )
    run_digest(site, "ingest", check=True)
    result = run_digest(site, "review", check=True)
    [draft] = [
        p for p in (site / "content" / "entries").glob("*.md") if "nestle" in p.name
    ]
    assert front_matter(draft)["draft"] is True
    assert f"{draft.relative_to(site).as_posix()} (draft):" in result.stdout
    assert "  - no date in the article" in result.stdout
    assert "review: 1 entry to look at" in result.stdout

    # Clearing it is an ordinary edit: the build then publishes it.
    text = draft.read_text("utf-8")
    head, body = text.split("\n---\n", 1)
    head = "\n".join(
        line for line in head.split("\n")
        if not line.startswith(("draft:", "review:", "- no date"))
    )
    draft.write_text(f"{head}\n---\n{body}", "utf-8")
    result = run_digest(site, "review", check=True)
    assert "review: 0 entries to look at" in result.stdout
    run_digest(site, "build", "--no-search", check=True)
    assert any("nestle" in p.name for p in (site / "public" / "entries").iterdir())
