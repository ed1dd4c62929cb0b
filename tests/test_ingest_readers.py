"""Seed readers: plain text, Markdown, HTML; encodings; headlines and summaries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builder.config import load_config
from builder.ingest import seed_to_entry
from builder.ingest.decode import SeedError, decode_bytes
from builder.ingest.readers import parse_date, read_article, sniff
from builder.ingest.text import headline_from_lede, markdown_safe, split_sentences, summary_from

REPO = Path(__file__).resolve().parent.parent
CONFIG = load_config(REPO)
TODAY = dt.date(2026, 1, 2)

ARTICLE = (
    "Nestlé has paused its plan to cut remote work for office staff, Reuters reported. "
    "The food group said it would consult employees first."
)


def entry(tmp_path: Path, name: str, data: bytes | str) -> tuple[dict, str]:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return seed_to_entry(path, CONFIG, today=TODAY)


def test_txt_short_first_line_is_the_headline(tmp_path: Path) -> None:
    meta, body = entry(tmp_path, "a.txt", f"Nestlé pauses remote-work cut\n\n{ARTICLE}\n")
    assert meta["title"] == "Nestlé pauses remote-work cut"
    assert body.startswith("Nestlé has paused") and "Nestlé pauses" not in body
    assert meta["companies"] == ["Nestlé"] and meta["source"] == "Reuters"
    assert meta["reversals"] == [
        {"company": "Nestlé", "action": "paused", "text": ARTICLE.split(" The")[0]}
    ]


def test_txt_without_headline_derives_a_clean_one(tmp_path: Path) -> None:
    long_lede = (
        "Goldman Sachs has rolled back a rule that required junior engineers to write at "
        "least half of their code with an AI assistant, according to people familiar "
        "with the decision."
    )
    meta, _ = entry(tmp_path, "a.txt", long_lede + "\nThe bank said little else.\n")
    title = meta["title"]
    assert len(title) <= 80 and not title.endswith((",", ".", "…"))
    assert long_lede.startswith(title)
    assert long_lede[len(title)] == " "  # whole words only


def test_txt_hard_wrapped_paragraphs_are_joined(tmp_path: Path) -> None:
    text = (
        "Acme Corp. scrapped its plan to\ntrack badges at its offices,\nReuters reported.\n\n"
        "Workers had complained\nfor months.\n"
    )
    meta, body = entry(tmp_path, "a.txt", text)
    assert body.split("\n\n") == [
        "Acme Corp. scrapped its plan to track badges at its offices, Reuters reported.",
        "Workers had complained for months.",
    ]


def test_txt_dateline_and_url_become_metadata(tmp_path: Path) -> None:
    text = (
        "Acme drops badge tracking\nPublished: November 3, 2026\n"
        "https://example.com/acme-badges\n\n" + ARTICLE.replace("Nestlé", "Acme Corp.") + "\n"
    )
    meta, body = entry(tmp_path, "a.txt", text)
    assert meta["date"] == dt.date(2026, 11, 3)
    assert meta["source_url"] == "https://example.com/acme-badges"
    assert "https://" not in body and "Published" not in body


@pytest.mark.parametrize(("lede", "date", "source"), [
    ("Lagos, 9 June 2026 (AFP) - Interswitch has dropped a card fee it added in May.",
     dt.date(2026, 6, 9), "AFP"),  # as the dateline prints it, not the gazetteer's name
    ("Porto Alegre, July 14, 2026 -- Grupo Zaffari has restored Sunday opening hours.",
     dt.date(2026, 7, 14), None),
    ("Wellington, 2 Feb 2026: Kiwibank has reversed its branch closure plan.",
     dt.date(2026, 2, 2), None),
])
def test_txt_datelines_with_a_place_in_title_case(tmp_path: Path, lede: str, date: dt.date,
                                                  source: str | None) -> None:
    """A place as the story spells it, then the date and maybe the agency, then a dash: the
    date is the article's (the body keeps the dateline, as the outlet printed it; analysis
    reads past it, so the place is no company)."""
    meta, body = entry(tmp_path, "a.txt", f"A firm changes course\n\n{lede}\n\nMore to come.\n")
    assert meta["date"] == date
    assert meta.get("source") == source
    assert body.startswith(lede)
    assert lede.split(",")[0] not in meta["companies"]
    assert not any(reason.startswith("no date") for reason in meta.get("review", []))


@pytest.mark.parametrize(("lede", "date"), [
    ("Jumbo Stores has dropped its plan to charge for bags, the grocer said on Tuesday, "
     "3 March 2026.", dt.date(2026, 3, 3)),
    ("Harvey Farms announced on May 5, 2026 that it would keep its loyalty points after "
     "all.", dt.date(2026, 5, 5)),
    ("Speaking on Friday 24 April 2026, Tirol Energie's chief executive said the fee was "
     "gone.", dt.date(2026, 4, 24)),
])
def test_an_undated_txt_is_dated_by_the_day_its_lede_gives_and_held_for_review(
        tmp_path: Path, lede: str, date: dt.date) -> None:
    meta, _ = entry(tmp_path, "a.txt", f"A firm changes course\n\n{lede}\n\nMore to come.\n")
    assert meta["date"] == date
    assert any("dated by the story's" in reason for reason in meta["review"])
    assert meta["draft"] is True


@pytest.mark.parametrize("lede", [
    "Jumbo Stores will charge for bags from 1 January 2027, the grocer said.",
    "The fee, set on 3 March 2025, was dropped after complaints from shoppers.",
    "Jumbo Stores has dropped its plan to charge for bags, effective on 1 June 2026.",
])
def test_a_date_to_come_or_from_the_past_in_the_lede_does_not_date_the_article(
        tmp_path: Path, lede: str) -> None:
    meta, _ = entry(tmp_path, "a.txt", f"A firm changes course\n\n{lede}\n\nMore to come.\n")
    assert any(reason.startswith("no date") for reason in meta["review"])


def test_an_undated_markdown_seed_is_dated_by_its_lede_too(tmp_path: Path) -> None:
    text = ("# Oatly drops a price rise\n\nOatly said on Monday, 2 March 2026 that it had "
            "dropped a price rise for cafés.\n")
    meta, _ = entry(tmp_path, "a.md", text)
    assert meta["date"] == dt.date(2026, 3, 2)
    assert any("dated by the story's" in reason for reason in meta["review"])


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252", "latin-1"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    text = "Nestlé pauses plan\r\n\r\n" + ARTICLE.replace(" ", " ", 1) + "\r\n"
    meta, body = entry(tmp_path, "a.txt", text.encode(encoding))
    assert meta["title"] == "Nestlé pauses plan"
    assert meta["companies"] == ["Nestlé"]
    assert "\r" not in body and "Nestlé" in body


def test_cp1252_curly_quotes(tmp_path: Path) -> None:
    text = (
        "McDonald\u2019s scraps its AI drive-thru test\n\n\u201cWe learned a lot,\u201d "
        "McDonald\u2019s said after it scrapped the test with IBM.\n"
    )
    meta, body = entry(tmp_path, "a.txt", text.encode("cp1252"))
    assert "\u201cWe learned a lot,\u201d" in body
    assert meta["companies"] == ["McDonald's", "IBM"]


def test_utf16_with_bom(tmp_path: Path) -> None:
    meta, _ = entry(tmp_path, "a.txt", ("Nestlé pauses plan\n\n" + ARTICLE).encode("utf-16"))
    assert meta["companies"] == ["Nestlé"]


def test_decode_rejects_binary() -> None:
    with pytest.raises(SeedError, match="binary"):
        decode_bytes(b"GIF89a\x00\x01\x02" * 100)
    assert decode_bytes("café".encode("cp1252"))[0] == "café"


def test_markdown_without_front_matter_uses_heading(tmp_path: Path) -> None:
    text = (
        "# Tesco drops facial recognition\n\nTesco dropped a **facial-recognition** trial "
        "at [self-checkouts](https://example.com), The Guardian reported.\n"
    )
    meta, body = entry(tmp_path, "a.md", text)
    assert meta["title"] == "Tesco drops facial recognition"
    assert body.startswith("Tesco dropped a **facial-recognition**")  # Markdown kept as is
    assert meta["reversals"][0]["text"].startswith(
        "Tesco dropped a facial-recognition trial at self-checkouts"
    )
    assert meta["source"] == "The Guardian"


HTML = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Ignored title | Example News</title>
<meta property="og:title" content="Ikea cancels checkout camera plan">
<meta property="og:site_name" content="The Guardian">
<meta property="article:published_time" content="2026-10-14T23:30:00-05:00">
<link rel="canonical" href="https://example.com/ikea">
<script>var tracking = "Walmart scrapped everything";</script>
<style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> Amazon Prime deals</nav>
<article><h1>Ikea cancels checkout camera plan</h1>
<p>Ikea cancelled its plan to time staff at checkouts with cameras, a spokesperson said.</p>
<div class="ad-container"><p>Advertisement: buy Coca-Cola now</p></div>
<p>The retailer said the &lt;script&gt; tag in its memo was a joke &amp; nothing more.</p>
<ul><li>First point</li><li>Second point</li></ul>
<form><input name="q"><button>Search</button></form>
</article><footer><p>Copyright Meta Platforms</p></footer></body></html>"""


def test_html_keeps_article_drops_chrome(tmp_path: Path) -> None:
    meta, body = entry(tmp_path, "a.html", HTML)
    assert meta["title"] == "Ikea cancels checkout camera plan"
    assert meta["date"] == dt.date(2026, 10, 14)  # as printed: 23:30 at -05:00, not moved to UTC
    assert meta["source"] == "The Guardian" and meta["source_url"] == "https://example.com/ikea"
    assert meta["companies"] == ["Ikea"]
    assert meta["reversals"][0]["action"] == "cancelled"
    for junk in ("Home", "Walmart", "color: red", "Advertisement", "Copyright", "Search"):
        assert junk not in body
    assert "The retailer said the <script> tag in its memo was a joke & nothing more." in body
    assert "- First point\n- Second point" in body


def test_html_drops_other_stories_under_a_most_read_heading(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Ikea cancels checkout camera plan</title></head><body>"
        "<div class='wrap'><p>Ikea has cancelled its plan to film shoppers at self-checkouts, "
        "the retailer said on Tuesday, after customers complained about their privacy.</p>"
        "<div class='more'><h4>You may also like</h4><p>Stellantis scraps Ram electric "
        "pickup</p><p>Ford pauses Lightning production</p></div>"
        "<h3>Most read</h3><ol><li>Eskom pauses load-shedding schedule for the long weekend"
        "</li><li>Woolworths drops plan to charge for click-and-collect orders</li></ol>"
        "</div></body></html>"
    )
    meta, body = entry(tmp_path, "a.html", page)
    assert "film shoppers" in body
    for other in ("Stellantis", "Ford", "Eskom", "Woolworths", "Most read"):
        assert other not in body
    assert {r["company"] for r in meta["reversals"]} == {"Ikea"}


def test_html_dates_from_time_and_json_ld(tmp_path: Path) -> None:
    timed = (
        "<html><body><article><time datetime='2026-08-19'>Aug 19</time>"
        "<p>Acme Corp. paused its plan, Reuters reported on Tuesday.</p></article></body></html>"
    )
    assert entry(tmp_path, "t.htm", timed)[0]["date"] == dt.date(2026, 8, 19)
    ld = (
        '<html><head><script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
        '"headline": "H", "datePublished": "2026-09-03T12:00:00Z", "publisher": '
        '{"name": "Axios"}}]}</script></head><body><p>Acme Corp. paused its plan.</p>'
        "</body></html>"
    )
    meta, _ = entry(tmp_path, "l.html", ld)
    assert meta["date"] == dt.date(2026, 9, 3) and meta["source"] == "Axios"


def test_reader_is_picked_by_content(tmp_path: Path) -> None:
    assert sniff(Path("a.txt"), "<!doctype html><html><p>x</p></html>") == "html"
    assert sniff(Path("a.txt"), "---\ntitle: x\n---\nbody\n") == "md"
    assert sniff(Path("a.md"), "Just text") == "md"
    assert sniff(Path("a.html"), "Just text") == "html"
    article = read_article(
        Path("a.txt"), "<html><body><p>Acme Corp. paused its plan.</p></body></html>"
    )
    assert article.format == "html" and article.paragraphs == ["Acme Corp. paused its plan."]


def test_sentences_and_summary() -> None:
    text = "Zentrix Robotics Inc. scrapped it. The U.S. unit agreed, said Dr. Smith. J. Doe left."
    assert split_sentences(text) == [
        "Zentrix Robotics Inc. scrapped it.",
        "The U.S. unit agreed, said Dr. Smith.",
        "J. Doe left.",
    ]
    long = "word " * 100
    summary = summary_from([long.strip() + "."])
    assert len(summary) <= 321 and summary.endswith("…") and " wor…" not in summary
    assert (
        summary_from(["Short one here now.", "Second sentence follows here."])
        == "Short one here now."
    )


def test_headline_never_cuts_words() -> None:
    lede = "Acme " + "extraordinarily " * 10 + "scrapped it."
    title = headline_from_lede(lede)
    assert lede.startswith(title) and lede[len(title)] == " " and len(title) <= 80


def test_markdown_safe() -> None:
    assert markdown_safe("# Not a heading") == "\\# Not a heading"
    assert markdown_safe("1. Not a list") == "1\\. Not a list"
    assert markdown_safe("- dash") == "\\- dash"
    assert markdown_safe("> quote") == "\\> quote"
    assert markdown_safe("Plain text.") == "Plain text."


def test_parse_date_forms() -> None:
    assert parse_date("Nov. 24, 2026") == dt.date(2026, 11, 24)
    assert parse_date("24 November 2026") == dt.date(2026, 11, 24)
    assert parse_date("2026-11-24T10:00:00Z") == dt.date(2026, 11, 24)
    assert parse_date("Tuesday, September 3, 2026") == dt.date(2026, 9, 3)
    assert parse_date("not a date") is None
    assert parse_date("2026-02-30") is None


_WORDS = st.sampled_from(
    [
        "Acme",
        "Corp.",
        "said",
        "scrapped",
        "Meta's",
        "CEO",
        "Nestlé",
        "&",
        "the",
        "company",
        "reversed",
        "\n",
        "\n\n",
        ".",
        ",",
        "<p>",
        "</p>",
        "---",
        "#",
        "1.",
        "Reuters",
        "O'Hara",
        "“",
        "”",
        "no longer",
        "It",
    ]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(st.lists(_WORDS, max_size=60).map(" ".join), st.text(max_size=300)),
    st.sampled_from(["a.txt", "a.md", "a.html"]),
)
def test_any_text_gives_an_entry_or_a_seed_error(tmp_path: Path, text: str, name: str) -> None:
    path = tmp_path / name
    path.write_text(text, "utf-8", errors="surrogatepass")
    try:
        meta, body = seed_to_entry(path, CONFIG, today=TODAY)
    except SeedError:
        return
    assert meta["title"] and isinstance(meta["companies"], list)
    assert all(r["company"] in meta["companies"] for r in meta["reversals"])
