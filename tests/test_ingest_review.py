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
    assert body.startswith("GENEVA, March 3, 2026 (Reuters) – Nestlé has paused")


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
        "Nestlé pauses remote-work cut\nBy Anna Keller, Reuters\nPublished 4th Mar 2026, 09:15 GMT"
        "\n\n" + STORY + " Bloomberg first reported the plan.\n",
    )
    assert meta["date"] == dt.date(2026, 3, 4)
    assert meta["source"] == "Reuters"  # the byline's outlet
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
        "Date: 2026-03-04\nSource: Harbor Ledger\n\n"
        "Nestlé opened a new office in Vevey, the company said.\n",
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
    built = run_digest(site, "build", "--no-search", check=True)
    assert "review: 1 entry awaits an editor's look; `digest review` lists them" in built.stdout

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
    built = run_digest(site, "build", "--no-search", check=True)
    assert any("nestle" in p.name for p in (site / "public" / "entries").iterdir())
    assert "awaits" not in built.stdout


def test_html_printed_byline_date_but_never_a_comments_date(tmp_path: Path) -> None:
    story = f"<article><p>{STORY}</p></article>"
    comments = '<section class="comments"><p class="comment-date">May 5, 2026</p></section>'
    meta, body = entry(
        tmp_path,
        "a.html",
        '<html><head><meta property="og:site_name" content="Harbor Ledger"></head>'
        f'<body><p class="byline">By A. Writer · Published March 3, 2026</p>{story}'
        f"{comments}</body></html>",
    )
    assert meta["date"] == dt.date(2026, 3, 3) and "review" not in meta
    assert "A. Writer" not in body
    meta, _ = entry(tmp_path, "b.html", f"<html><body>{story}{comments}</body></html>",
                    today=dt.date(2026, 1, 2))
    assert meta["review"][0].startswith("no date in the article")


def test_translated_dateline_keeps_its_month_name(tmp_path: Path) -> None:
    meta, _ = entry(
        tmp_path,
        "a.md",
        "# Nestlé suspend la réduction du télétravail\n\n"
        "*Genève, 3 mars 2026. Traduit du français.*\n\n" + STORY
        + "\n\n*Originally published by Harbor Ledger.*\n",
    )
    assert meta["date"] == dt.date(2026, 3, 3) and "review" not in meta


REPORT = (
    "Nestlé has paused its plan to cut remote work for office staff in Switzerland. "
    "The food group said it would consult employees before deciding anything further. "
    "About 3,000 people work at its headquarters in Vevey, on the shore of Lake Geneva. "
    "Unions had asked the company to wait until the end of the year before any change. "
    "A spokesperson said the consultation would start next month and last six weeks.\n"
)


def _entries(site: Path) -> dict[str, dict]:
    return {p.name: front_matter(p) for p in (site / "content" / "entries").glob("*.md")}


def test_a_near_copy_of_an_entry_waits_for_review_naming_it(site: Path) -> None:
    seeds = site / "seeds"
    (seeds / "first.txt").write_text(
        "Title: Nestlé pauses remote-work cut\nDate: 2026-03-04\n"
        "Source: Harbor Ledger\n\n" + REPORT,
        "utf-8",
    )
    run_digest(site, "ingest", check=True)
    [first] = [name for name, meta in _entries(site).items() if meta["seed"] == "first.txt"]
    assert "review" not in _entries(site)[first]
    # The same story saved from another page: another headline, one sentence corrected,
    # rewrapped, curly quotes. And a different story under almost the same headline.
    copy = REPORT.replace("3,000", "3,100").replace(". ", ".\n").replace("'", "’")
    (seeds / "copy.txt").write_text(
        "Title: Nestlé halts its remote-work cut\nDate: 2026-03-05\n"
        "Source: Harbor Ledger\n\n" + copy,
        "utf-8",
    )
    (seeds / "headline.txt").write_text(
        "Title: Nestlé pauses remote-work cuts\nDate: 2026-03-06\nSource: Harbor Ledger\n\n"
        "Nestlé has paused a second plan, for its factory staff in France. Unions welcomed "
        "the decision on Monday and said they would meet managers again in the spring.\n",
        "utf-8",
    )
    (seeds / "other.txt").write_text(
        "Title: Unilever drops its office quota\nDate: 2026-03-06\nSource: Harbor Ledger\n\n"
        "Unilever has dropped its plan to require four office days a week. The consumer goods "
        "group said staff would keep two days at home, after a survey of managers.\n",
        "utf-8",
    )
    result = run_digest(site, "ingest", check=True)
    entries = {meta["seed"]: meta for meta in _entries(site).values()}
    twin = f"possible duplicate of content/entries/{first}"
    for seed, why in (("copy.txt", "% of the text is the same"),
                      ("headline.txt", "a headline almost the same")):
        meta = entries[seed]
        assert meta["draft"] is True, seed
        [reason] = [r for r in meta["review"] if r.startswith(twin)]
        assert why in reason, reason
    assert entries["other.txt"]["draft"] is False and "review" not in entries["other.txt"]
    assert result.stdout.count("possible duplicate") == 2
    listing = run_digest(site, "review", check=True).stdout
    assert listing.count(f"  - {twin}") == 2


def test_summary_does_not_repeat_the_reversal_it_sits_above(site: Path) -> None:
    (site / "seeds" / "nestle.txt").write_text(
        "Title: Nestlé pauses remote-work cut\nDate: 2026-03-04\n"
        "Source: Harbor Ledger\n\n" + REPORT,
        "utf-8",
    )
    run_digest(site, "build", "--no-search", check=True)
    [meta] = [m for m in _entries(site).values() if m["seed"] == "nestle.txt"]
    quoted = meta["reversals"][0]["text"]
    assert quoted.startswith("Nestlé has paused")
    assert meta["summary"].startswith("The food group said")
    slug = next(p.name for p in (site / "public" / "entries").iterdir() if "nestle" in p.name)
    page = (site / "public" / "entries" / slug / "index.html").read_text("utf-8")
    lede = page.split('<p class="lede">', 1)[1].split("</p>", 1)[0]
    assert "Nestlé has paused" not in lede and "The food group said" in lede
    # Once quoted as the reversal, once in the article's body: not a third time on top.
    assert page.count("Nestlé has paused its plan") == 2


def test_where_the_article_says_it_ran_is_its_source(tmp_path: Path) -> None:
    """The article's own word on where it first ran beats an outlet it only cites."""
    cases = {
        "closing.md": (
            "# Acme pauses its badge plan\n\n*March 9, 2026*\n\n" + STORY
            + " Bloomberg reported the plan first.\n\n*Originally published by Harbor Ledger.*\n",
            "Harbor Ledger",
        ),
        "note.txt": (
            "[Translated from German. This is an English translation of an article originally "
            "published by Rheinische Post. The German original prevails.]\n\n"
            "Nestlé pauses remote-work cut\n\nGeneva, 12.05.2026\n\n" + STORY + "\n",
            "Rheinische Post",
        ),
        "language.txt": (
            "[This article was first published in Dutch by Het Financieele Dagblad.]\n\n"
            "Nestlé pauses remote-work cut\n\nAmsterdam, 03.06.2026\n\n" + STORY + "\n",
            "Het Financieele Dagblad",
        ),
        "copyright.txt": (
            "Nestlé pauses remote-work cut\n\nDate: 2026-03-04\n\n" + STORY
            + "\n\n© Lakeside Gazette, all rights reserved\n",
            "Lakeside Gazette",
        ),
        "masthead.txt": (
            "NESTLÉ IN REMOTE-WORK U-TURN\nStaff cheer as office plan is paused\n\n"
            "By Kim Lowe\nPublished 4th Mar 2026\n\nTHE MORNING CLARION\n\n" + STORY + "\n",
            "The Morning Clarion",
        ),
        "asked.txt": (
            "Nestlé pauses remote-work cut\n\nMarch 4, 2026\n\n" + STORY
            + " Nestlé did not respond to Harbor Ledger's request for comment, Reuters said.\n",
            "Harbor Ledger",
        ),
        "email.txt": (
            "From: Freight Notes <news@freightnotes.example>\nTo: reader@example.com\n"
            "Date: Tue, 03 Mar 2026 06:02:11 -0500\nSubject: Nestlé pauses its remote-work cut\n\n"
            + STORY + "\n",
            "Freight Notes",
        ),
    }
    for name, (text, source) in cases.items():
        meta, _ = entry(tmp_path, name, text)
        assert meta["source"] == source, (name, meta["source"])
        assert "review" not in meta or not any("no date" in r for r in meta["review"]), name
    assert entry(tmp_path, "email.txt", cases["email.txt"][0])[0]["title"] == (
        "Nestlé pauses its remote-work cut"
    )
    shouted = entry(tmp_path, "masthead.txt", cases["masthead.txt"][0])[0]
    assert shouted["title"] == "NESTLÉ IN REMOTE-WORK U-TURN"


def test_an_outlet_that_first_reported_a_story_is_cited_not_the_source(tmp_path: Path) -> None:
    meta, _ = entry(
        tmp_path,
        "a.txt",
        "Nestlé pauses remote-work cut\n\nMarch 4, 2026\n\n" + STORY
        + " The plan was first published by Harbor Ledger and picked up by others.\n",
    )
    assert meta.get("source") != "Harbor Ledger"


def test_press_release_wire_and_issuer(tmp_path: Path) -> None:
    wire, _ = entry(
        tmp_path,
        "wire.txt",
        "FOR IMMEDIATE RELEASE\n\nNestlé to restore remote work\n\n"
        "VEVEY, Switzerland--(BUSINESS WIRE)--March 4, 2026--" + STORY + "\n",
    )
    assert (wire["date"], wire["source"], wire["title"]) == (
        dt.date(2026, 3, 4), "Business Wire", "Nestlé to restore remote work"
    )
    own, _ = entry(
        tmp_path,
        "own.txt",
        "FOR IMMEDIATE RELEASE\n\nLakeside Pharmacy restores free delivery\n\n"
        "Delivery for over-65s is back from April\n\n"
        "LEEDS, UK - 22 January 2026 - Lakeside Pharmacy Group today announced that it has "
        "reversed its decision to charge for home delivery.\n\n"
        "About Lakeside Pharmacy Group: Founded in 1990, it runs 40 pharmacies.\n",
    )
    assert (own["date"], own["source"]) == (dt.date(2026, 1, 22), "Lakeside Pharmacy Group")


def test_wire_slug_and_compact_html_date(tmp_path: Path) -> None:
    meta, _ = entry(
        tmp_path,
        "a.txt",
        "CORRECTED-UPDATE 2-Nestlé pauses remote-work cut\n\nMarch 4, 2026\n\n" + STORY + "\n",
    )
    assert meta["title"] == "Nestlé pauses remote-work cut"
    page, _ = entry(
        tmp_path,
        "a.html",
        '<html><head><title>Nestlé pauses remote-work cut</title></head><body><main>'
        '<h1>Nestlé pauses remote-work cut</h1><p class="meta">By Kim Lowe · Published: '
        f"12 March 2026</p><p>{STORY}</p></main></body></html>",
    )
    assert page["date"] == dt.date(2026, 3, 12)
