"""One reader per seed format: plain text, Markdown (with front matter) and saved HTML pages.

The reader is picked by the file's content as well as its extension: a `.txt` that holds an
HTML page is read as HTML, and one that opens with a front matter block as Markdown.
Every reader returns an `Article`: what the seed says explicitly, plus its paragraphs.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from builder.errors import SiteError
from builder.fields import KEY_ORDER
from builder.frontmatter import split
from builder.ingest.decode import SeedError
from builder.ingest.text import markdown_safe, text_paragraphs
from builder.yamlsrc import load_located


@dataclass
class Article:
    """A seed as read: explicit metadata when the seed has it, and the article's paragraphs."""

    format: str  # "txt", "md" or "html"
    paragraphs: list[str]  # plain text, for analysis
    body: str  # Markdown
    title: str | None = None
    date: dt.date | None = None
    source: str | None = None  # outlet named by the page itself (og:site_name, front matter)
    source_url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)  # front matter given in a .md seed
    notes: list[str] = field(default_factory=list)  # doubts for an editor (review reasons)
    bylines: list[str] = field(default_factory=list)  # "By Anna Keller, Reuters"
    # What the page says of where the article first ran, outside its paragraphs ("[Translated
    # from Korean … originally published by Maeil Business Newspaper]").
    credits: list[str] = field(default_factory=list)
    # Short name-like lines near the top ("THE DAILY CLARION", "Light Reading"): an outlet's
    # masthead when a gazetteer or a newspaper word says so (`extract._source` decides).
    mastheads: list[str] = field(default_factory=list)


def read_article(path: Path, text: str, tz: dt.tzinfo | None = None) -> Article:
    """Pick the reader by content first, then by extension."""
    kind = sniff(path, text)
    if kind == "html":
        return read_html(text, tz)
    if kind == "md":
        return read_markdown(path, text, tz)
    return read_text(text, tz)


def sniff(path: Path, text: str) -> str:
    head = text.lstrip("\ufeff \t\n")[:1024].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or (
        head.startswith("<") and re.search(r"<(html|head|body|article|p|div)\b", head)
    ):
        return "html"
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if text.lstrip("\ufeff").startswith("---\n") and re.search(r"\n(---|\.\.\.)\s*\n", text):
        return "md"
    if suffix in (".md", ".markdown", ".mdown"):
        return "md"
    return "txt"


# --- dates -------------------------------------------------------------------------------

_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
_MONTHS.update({name[:3]: number for name, number in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTHS["might"] = 5  # machine-paraphrased bylines turn "May" into "Might"
# Datelines of translated articles keep the original's month names (French, Spanish, German,
# Italian, Portuguese, Dutch); "/" joins two spellings of one month.
_FOREIGN_MONTHS = (
    "janvier février/fevrier mars avril mai juin juillet août/aout septembre octobre novembre "
    "décembre/decembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre/setiembre octubre noviembre "
    "diciembre",
    "januar februar märz/maerz april mai juni juli august september oktober november dezember",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "janeiro fevereiro março/marco abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "januari februari maart april mei juni juli augustus september oktober november december",
)
for _names in _FOREIGN_MONTHS:
    for _number, _spellings in enumerate(_names.split(), start=1):
        for _name in _spellings.split("/"):
            _MONTHS.setdefault(_name, _number)
# "20260312", a page's whole `pubdate` (the groups as _ISO_DATE's)
_COMPACT_DATE = re.compile(r"^(\d{4})()(\d{2})(\d{2})$")
_SLASHED_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])")
_DOTTED_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d]|\.\d)")
# "2026-03-04", and "2026.03.04" as Korean and Chinese sites print it
_ISO_DATE = re.compile(r"(?<!\d)(?<!\d\.)(\d{4})([-.])(\d{2})\2(\d{2})(?!\d|\.\d)")
_WORD_DATE = re.compile(
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)\w*,?\s+)?"
    r"([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})",
    re.I,
)
_DAY_FIRST = re.compile(
    r"(\d{1,2})(?:st|nd|rd|th|\.|º)?\s+(?:of\s+|de\s+)?([^\W\d_]{3,10})\.?,?\s+(?:de\s+)?(\d{4})",
    re.I,
)


def parse_date(value: Any, tz: dt.tzinfo | None = None) -> dt.date | None:
    """A date from a date, datetime or text (ISO 8601, "Nov. 24, 2026", "4th Mar 2026").

    The date is the one the publisher printed: "2026-03-04T23:30:00-05:00" is 4 March, not
    moved to another timezone (that would date a late evening story a day later). `tz` only
    says what a naive timestamp means, which is the same day either way.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    match = _ISO_DATE.search(text) or _COMPACT_DATE.match(text)
    try:
        if match:
            return dt.date(int(match.group(1)), int(match.group(3)), int(match.group(4)))
        for match in _WORD_DATE.finditer(text):
            if match.group(1).lower() in _MONTHS:
                return dt.date(
                    int(match.group(3)), _MONTHS[match.group(1).lower()], int(match.group(2))
                )
        slashed = _SLASHED_DATE.search(text)
        if slashed:  # "13/05/2026" or "05/13/2026": only where the day cannot be the month
            first, second, year = (int(g) for g in slashed.groups())
            if first > 12 >= second:
                return dt.date(year, second, first)
            if second > 12 >= first:
                return dt.date(year, first, second)
        dotted = _DOTTED_DATE.search(text)
        if dotted:  # "12.05.2026": day first, as every country that writes dots does
            return dt.date(int(dotted.group(3)), int(dotted.group(2)), int(dotted.group(1)))
        for match in _DAY_FIRST.finditer(text):
            if match.group(2).lower() in _MONTHS:
                return dt.date(
                    int(match.group(3)), _MONTHS[match.group(2).lower()], int(match.group(1))
                )
    except ValueError:
        return None
    return None


# --- plain text --------------------------------------------------------------------------

# "Title: ...", "Date: ...", "Source: ...", "URL: ..." lines at the top of a seed.
_HEADER = re.compile(
    r"^(?P<key>title|headline|subject|date|dated|published|posted|updated|source|publisher|"
    r"outlet|publication|url|link|by|byline|author|authors|from|to|cc|reply-to|list-unsubscribe|"
    r"list-id)\s*:\s*(?P<value>.*)$",
    re.I,
)
_HEADER_KEYS = {
    "title": "title",
    "headline": "title",
    "subject": "title",  # a newsletter saved as an email: its subject line is the headline
    "date": "date",
    "dated": "date",
    "published": "date",
    "posted": "date",
    "updated": "updated",
    "source": "source",
    "publisher": "source",
    "outlet": "source",
    "publication": "source",
    "url": "url",
    "link": "url",
}
_URL_LINE = re.compile(r"^(?:(?:source|url|link|via)\s*:?\s*)?<?(https?://\S+?)>?$", re.I)
_RELEASE_MARK = re.compile(
    r"^(?:for\s+immediate\s+release|(?:press|news|media)\s+release|embargoed\b.*)[.:]?$", re.I
)
_BYLINE = re.compile(r"^(?:by|from|written\s+by|words\s+by)\s+\S", re.I)
# A site's breadcrumb trail over the story: "Home > Business > Retail", "News / World".
_BREADCRUMB = re.compile(r"^[\w&' -]{2,30}(?:\s+[>›»/]\s+[\w&' -]{2,30}){1,5}$")
# A kicker over or in front of the headline: "EXCLUSIVE", "BREAKING: …", "Opinion | …".
_KICKER = re.compile(
    r"(?:BREAKING|EXCLUSIVE|UPDATED?|WATCH|LIVE(?:\s+UPDATES|\s+BLOG)?|OPINION|ANALYSIS|"
    r"EXPLAINER|COMMENT|VIDEO|PODCAST|LISTEN|Breaking|Exclusive|Opinion|Analysis|Explainer|"
    r"Comment|Live(?:\s+updates|\s+blog)?|Watch|Video|Podcast|Listen)(?:\s+NEWS)?"
)
_KICKER_PREFIX = re.compile(rf"^{_KICKER.pattern}\s*(?::|\||[–—-])\s+(?=\S)")
# An email's sender: "Manifest Weekly <briefing@news.manifestweekly.com>" is the newsletter.
_SENDER = re.compile(r"^[\"']?(?P<name>[^<>\"@]{2,60}?)[\"']?\s*<[^<>@\s]+@[^<>\s]+>$")
# An editor's note in brackets at the top ("[Translated from Korean. …]"): never the headline.
_BRACKET_NOTE = re.compile(
    r"^(?:\[[^\[\]]{8,}\]"
    # "(Translated from Polish; original published in Rzeczpospolita, 2 October 2026)"
    r"|\((?=[^()]*\b(?:published|appeared|translated|printed)\b)[^()]{8,}\))$",
    re.I,
)
# "IRISH INDEPENDENT | OPINION": a masthead with its section.
_SECTIONS = (
    "opinion|comment|analysis|news|business|money|markets|finance|tech|technology|sport|"
    "sports|world|politics|economy|features?|lifestyle|travel|culture|columns?|editorial|"
    "investigations?|exclusive|breaking|companies|industry|retail|media|science|health"
)
_MASTHEAD_SECTION = re.compile(
    rf"^(?P<name>[^|·•]{{2,40}}?)\s+[|·•]\s+(?:{_SECTIONS})(?:\s*[|/·•,]\s*[\w ]+)*$", re.I
)
# A line that could be a masthead: up to five capitalised words, nothing after them.
_NAME_LINE = re.compile(
    r"^(?:The\s+|THE\s+)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z0-9][\w.&'’-]*|of|de|the|and|&)){0,4}$"
)
_UPDATED = re.compile(r"^(?:last\s+)?updated\b", re.I)
_PUBLISHED_PART = re.compile(r"[;|,·]\s*(?:first\s+)?published:?\s+(.+)$", re.I)
_PUBLISHED_ON = re.compile(r"\b(?:published|appeared|printed|ran)\b", re.I)
# "LONDON, March 3 (Reuters) – ", "NEW YORK (AP) — ", "OSLO, 4 March 2026 /PRNewswire/ -- "
_LEAD_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3}(?:,\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)?)?"
    r"(?:(?:,?\s+|\s+[-–—]\s+)(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?)"
    r"(?:,?\s+(?P<year>\d{4}))?))?"
    r"(?:\s*\((?P<outlet>[^()]{2,40})\)|\s*/(?P<wire>[^/]{2,40})/)?"
    r"\s*(?:[-–—]{1,2}|:)\s+(?=\S)"
)
_DAY_MONTH = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)"
# "EDINBURGH, Scotland--(BUSINESS WIRE)--January 14, 2026--": Business Wire's dateline
_WIRE_DATELINE = re.compile(
    rf"^(?P<place>[^()\n]{{2,60}}?)\s*--\s*\((?P<wire>[A-Za-z ]{{4,30}})\)\s*--\s*"
    rf"(?:(?P<date>{_DAY_MONTH}),?\s+(?P<year>\d{{4}})\s*--\s*)?(?=\S)"
)
# "Frankfurt (dpa) - ": a place in title case, then the agency in brackets
_PLACE_OUTLET = re.compile(
    r"^(?P<place>[A-Z][a-zà-ÿ]+(?:[\s-][A-Z][a-zà-ÿ]+){0,2})\s*\((?P<outlet>[^()\d]{2,40})\)"
    r"\s*[-–—]{1,2}\s+(?=\S)(?P<date>)"
)
# "São Paulo, July 8, 2026. ": a place and a full date as the story's first sentence
_PLACE_DATE = re.compile(
    rf"^(?P<place>[A-Z][\w'.\-]+(?:\s+[A-Z][\w'.\-]+){{0,3}}),\s+(?P<date>{_DAY_MONTH}),?\s+"
    rf"(?P<year>\d{{4}})\.\s+(?=\S)"
)
# "Karachi, 21 August 2026 (AFP) - ", "Bengaluru, 28 October 2026 -- ", "Dublin, 14 September
# (dpa) -", "Dublin, 14 September 2026 –": a place in title case, a comma, a date, maybe the
# agency, then a dash
_PLACE_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][\w'.\-]+(?:\s+[A-Z][\w'.\-]+){{0,3}}),\s+(?P<date>{_DAY_MONTH})"
    rf"(?:,?\s+(?P<year>\d{{4}}))?(?:\s*\((?P<outlet>[^()]{{2,40}})\)|\s*/(?P<wire>[^/]{{2,40}})/)?"
    rf"\s*(?:[-–—]{{1,2}}|:)\s+(?=\S)"
)
# "…, the company said on Thursday, 17 September 2026": the day a story gives for its news,
# with its weekday or after a verb of saying (not "from 1 January 2027", a date to come)
_ON_DATE = re.compile(
    r"(?:\b(?:said|says|announced|confirmed|declared|stated|told|wrote|reported|revealed|"
    r"communicated|disclosed)\s+on\s+|\bon\s+(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))"
    r"(?P<date>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:{_DAY_MONTH}),?\s+\d{{4}})\b"
)
# Press-release wires as datelines write them ("/PRNewswire/"), by the names they go by.
_WIRES = {
    "PRNewswire": "PR Newswire",
    "PR Newswire": "PR Newswire",
    "Business Wire": "Business Wire",
    "BusinessWire": "Business Wire",
    "GLOBE NEWSWIRE": "GlobeNewswire",
    "BUSINESS WIRE": "Business Wire",
    "GlobeNewswire": "GlobeNewswire",
    "Accesswire": "Accesswire",
    "ACCESSWIRE": "Accesswire",
}
_YEAR = re.compile(r"(?<!\d)(20\d\d|19\d\d)(?!\d)")
# " | Outlet" or " - Outlet" at the end of a title: a site's name, not part of the headline.
_TITLE_SUFFIX = re.compile(
    r"^(?P<title>.{8,}?)\s+(?:\||::|[-–—]\s)\s*(?P<site>[^|–—]{2,40}?)\s*$"
)
# "Nordic Business Daily - Markets": the site's name, then its section.
_SITE_SECTION = re.compile(r"^(?P<site>.+?)\s+(?:\||::|[-–—])\s+[A-Z][\w&]*(?:\s+[\w&]+)?$")


@dataclass
class Headers:
    """What the top of a plain-text seed states about the article."""

    title: str | None = None
    date: dt.date | None = None
    updated: dt.date | None = None
    source: str | None = None
    url: str | None = None
    year_guessed: bool = False
    told_day: str | None = None  # "on Thursday, 17 September 2026": the date, from the story
    bylines: list[str] = field(default_factory=list)
    mastheads: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)  # bracketed editor's notes at the top


def read_text(text: str, tz: dt.tzinfo | None = None) -> Article:
    lines = [line.strip() for line in text.split("\n")]
    headers, kept = _read_headers(lines, tz)
    paragraphs = text_paragraphs("\n".join(kept))
    title = headers.title
    if title is None and paragraphs and len(paragraphs) > 1:
        first = [line for line in kept if line.strip()][:2]
        if len(first) == 2 and paragraphs[0] == f"{first[0]} {first[1]}" and (
            _shouting(first[0]) or _over_standfirst(first[0], first[1])
        ):
            # "ROVERS IN RED-FACED U-TURN" over its standfirst: the headline is the first line
            title, paragraphs[0] = first[0], first[1]
        elif _looks_like_headline(paragraphs[0]):
            title = paragraphs.pop(0)
    # The body keeps a dateline ("LONDON, March 3 (Reuters) –"); analysis reads past it.
    body = "\n\n".join(markdown_safe(p) for p in paragraphs)
    # The dateline opens the story, after a standfirst if there is one.
    for index, paragraph in enumerate(paragraphs[:2]):
        read = _read_lead_dateline(paragraph, "\n".join(paragraphs), headers)
        if read != paragraph or len(paragraph.split()) > 40:
            paragraphs[index] = read
            break
    _date_told_in_lede(paragraphs, headers)
    return _article("txt", paragraphs, headers, title, body=body)


def _date_told_in_lede(paragraphs: list[str], headers: Headers) -> None:
    """An article that prints no date often gives its news a day in the first paragraph
    ("the company said on Thursday, 17 September 2026"): the day it was written, or the
    day before. Taken when nothing better dates it, and said to the editor."""
    if headers.date or headers.updated or not paragraphs:
        return
    told = _ON_DATE.search(paragraphs[0])
    if told:
        headers.date = parse_date(told.group("date"))
        headers.told_day = told.group(0) if headers.date else None


def _over_standfirst(first: str, second: str) -> bool:
    """ "Vantor drops its parking fee" over "Staff had complained for months": a headline in
    sentence case, then a line that starts anew, not one headline wrapped over two lines."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", first) if len(w) > 3]
    while len(words) > 2 and words[0][0].isupper() and words[1][0].isupper():
        words.pop(0)  # "Orla Energy drops standing charge": the firm's name opens it
    sentence_case = sum(w[0].isupper() for w in words) <= max(1, len(words) // 3)
    return (
        sentence_case
        and _looks_like_headline(first)
        and second[:1].isupper()
        and not first.rstrip().endswith((",", ";", ":", "-", "–", "—"))
    )


def _article(
    kind: str, paragraphs: list[str], headers: Headers, title: str | None, **extra: Any
) -> Article:
    title, site = split_site_name(title)
    body = extra.pop("body", None)
    if body is None:
        body = "\n\n".join(markdown_safe(p) for p in paragraphs)
    article = Article(
        kind,
        paragraphs,
        body,
        title=title,
        date=headers.date or headers.updated,
        source=headers.source or site,
        source_url=headers.url,
        bylines=headers.bylines,
        credits=headers.credits,
        mastheads=headers.mastheads,
        **extra,
    )
    article.notes.extend(_date_doubts(headers, article.date))
    return article


def _date_doubts(headers: Headers, date: dt.date | None) -> list[str]:
    """What an editor should check of a date the article does not print whole."""
    if date is None or date not in (headers.date, headers.updated):
        return []  # no date, or the front matter's own
    if headers.told_day:
        return [f'dated by the story\'s "{headers.told_day}" (it prints no date): check it']
    if headers.year_guessed:
        return ["the year of the date is not printed: check it"]
    return []


# Reuters-style slugs before a headline: "UPDATE 2-", "CORRECTED-UPDATE 1-", "EXCLUSIVE-".
_WIRE_SLUG = re.compile(
    r"^(?:(?:CORRECTED|UPDATE(?:\s*\d+)?|REFILE|RPT|EXCLUSIVE|ANALYSIS|FOCUS|INSIGHT|"
    r"WRAPUP(?:\s*\d+)?|BREAKINGVIEWS|FACTBOX|EXPLAINER|BRIEF)-)+(?=\S)"
)


def split_site_name(title: str | None) -> tuple[str | None, str | None]:
    """("Klarna rehires staff | Bloomberg") → ("Klarna rehires staff", "Bloomberg"); a wire's
    slug ("CORRECTED-UPDATE 2-") is no part of the headline either."""
    if not title:
        return title, None
    title = _KICKER_PREFIX.sub("", _WIRE_SLUG.sub("", title))
    match = _TITLE_SUFFIX.match(title.strip())
    if not match:
        return title.strip(), None
    site = match.group("site")
    section = _SITE_SECTION.match(site)
    if section:
        site = section.group("site")
    words = site.split()
    if len(words) <= 4 and all(w[:1].isupper() or w[:1].isdigit() or w in ("of", "the", "&")
                               for w in words):
        # "Headline | Energy | Cork Business Post": the section between them goes too
        return _SECTION_SUFFIX.sub("", match.group("title")).strip(), site
    return title.strip(), None


_SECTION_SUFFIX = re.compile(r"\s+(?:\||::)\s+[A-Z][\w&]*(?:\s+[A-Z&][\w&]*)?$")


def _read_headers(
    lines: list[str], tz: dt.tzinfo | None, plain: Callable[[str], str] = str.strip
) -> tuple[Headers, list[str]]:
    """Take header, date, byline, URL and press-release lines off the top of a seed."""
    headers = Headers()
    kept: list[str] = []
    nonblank_seen = 0
    for index, line in enumerate(lines):
        near_edge = nonblank_seen < 6 or all(
            not rest.strip() for rest in lines[index + 1 : index + 3]
        )
        dated = headers.date
        if (
            line.strip()
            and near_edge
            and _header_line(plain(line), headers, tz, nonblank_seen < 6)
        ):
            if dated is None and headers.date and headers.source is None and kept:
                _outlet_over_date_line(kept, headers, plain)
            continue
        if line.strip():
            if nonblank_seen == 0 and _masthead_above(plain(line), lines[index + 1 : index + 2]):
                headers.mastheads.append(plain(line).strip())  # "THE HARBOUR GAZETTE"
                continue
            if 1 <= nonblank_seen < 4 and _masthead(plain(line), lines[index + 1 : index + 2]):
                headers.mastheads.append(plain(line).strip())
                if _PRESS_WORD.search(line):
                    continue  # "THE DAILY CLARION": the paper's name, not the story
            nonblank_seen += 1
        kept.append(line)
    return headers, kept


def _outlet_over_date_line(
    kept: list[str], headers: Headers, plain: Callable[[str], str]
) -> None:
    """ "BusinessLine" on its own line right over "Bengaluru, January 19, 2026": the outlet
    signing the story, as a print page sets it (a person's name there is a byline)."""
    from builder.ingest.entities import given_names

    line = plain(kept[-1]).strip()
    if (
        any(plain(earlier).strip() for earlier in kept[:-1])  # not the headline itself
        and _NAME_LINE.match(line)
        and len(line.split()) <= 4
        and line.split()[0] not in given_names()
    ):
        headers.source = line
        kept.pop()


# Words newspapers and news sites are named with ("The Daily Clarion", "Kyodo News").
_PRESS_WORD = re.compile(
    r"\b(?:news|daily|times|post|journal|herald|gazette|courier|chronicle|tribune|"
    r"independent|observer|express|mail|mirror|telegraph|weekly|dispatch|clarion|record|"
    r"standard|sentinel|examiner|enquirer|argus|mercury|bulletin|newspaper|magazine|press|"
    r"wire|review|register|inquirer|reporter|monitor|advertiser|star|sun|globe|informer|"
    r"digest|briefing|insider|ledger)\b",
    re.I,
)


def _masthead(line: str, following: list[str]) -> bool:
    """A line after the headline that may be the outlet's name: at most five capitalised
    words with no sentence around them, set apart by a blank line or a byline."""
    line = line.strip()
    if not _NAME_LINE.match(line) or len(line.split()) > 5 or parse_date(line):
        return False
    return not following or not following[0].strip() or bool(_BYLINE.match(following[0]))


def _masthead_above(line: str, following: list[str]) -> bool:
    """The paper's name over the headline: a name line that ends in a press word ("THE
    HARBOUR GAZETTE", "The Lisbon Ledger Daily"), set apart by a blank line; a headline in
    title case ("Gazette Drops Its Paywall") ends otherwise."""
    line = line.strip()
    words = line.split()
    return (
        bool(_NAME_LINE.match(line))
        and len(words) <= 5
        and bool(_PRESS_WORD.fullmatch(words[-1]))
        and (not following or not following[0].strip())
    )


def _header_line(line: str, headers: Headers, tz: dt.tzinfo | None, at_top: bool) -> bool:
    """Record what one line near the top (or the end) states; True when it is no body text."""
    url = _URL_LINE.match(line)
    if url:
        if headers.url is None:
            headers.url = url.group(1)
        return True
    if not at_top:
        return _closing_date_line(line, headers, tz)
    header = _HEADER.match(line)
    if header:
        key = _HEADER_KEYS.get(header.group("key").lower())
        value = header.group("value").strip()
        sender = _SENDER.match(value) if header.group("key").lower() == "from" else None
        if sender and headers.source is None:
            headers.source = sender.group("name").strip()
        if key == "title" and value and headers.title is None:
            headers.title = value
        elif key in ("date", "updated"):
            published = _PUBLISHED_PART.search(value) if key == "updated" else None
            if published:  # "Updated: 14 May 2026 | Published: 12 May 2026"
                headers.date = headers.date or parse_date(published.group(1), tz)
                value = value[: published.start()]
            found = parse_date(value, tz)
            if found and getattr(headers, key) is None:
                setattr(headers, key, found)
        elif key == "source" and value:
            if value.startswith(("http://", "https://")):
                headers.url = headers.url or value
            elif headers.source is None:
                headers.source = value
        elif key == "url" and value.startswith(("http://", "https://")):
            headers.url = headers.url or value
        return True
    if (_BREADCRUMB.match(line) and not parse_date(line, tz)) or _KICKER.fullmatch(line.strip()):
        return True  # "Home > Business > Retail", "EXCLUSIVE": page furniture, no headline
    if _RELEASE_MARK.match(line) or _BRACKET_NOTE.match(line):
        if _BRACKET_NOTE.match(line):
            headers.credits.append(line[1:-1])  # "… originally published by X"
            if headers.date is None and _PUBLISHED_ON.search(line):
                headers.date = parse_date(line, tz)  # "Original published by X on 27 January"
        return True
    masthead = _MASTHEAD_SECTION.match(line)
    if masthead and not parse_date(line, tz) and _NAME_LINE.match(masthead.group("name")):
        headers.mastheads.append(masthead.group("name"))
        return True
    if _BYLINE.match(line):
        headers.bylines.append(line)  # "By Anna Keller, Reuters": may name the outlet
    if _date_line(line, headers, tz):
        return True
    words = len(line.split())
    return bool(_BYLINE.match(line) and words <= 8 and not line.endswith("."))


_DATE_PREFIX = re.compile(
    r"(?:^|[·|•]\s*)(?:(?:originally|first)\s+)?(?:published|posted|updated|revealed|printed)\b",
    re.I,
)
_SEPARATOR = re.compile(r"\s+[·|•–—]\s+|\s+-\s+")


_ANY_DATE_NEAR_START = re.compile(r"^[^.!?]{0,60}?\d")


def _date_line(line: str, headers: Headers, tz: dt.tzinfo | None) -> bool:
    """A short line that dates the article ("Published 4th Mar 2026, 09:15 GMT", "Madrid, 3
    October 2025.", "Insurance Journal · 21 July 2026"), with an outlet beside the date."""
    words = len(line.split())
    if words > 14 and not headers.date:
        # "Maeil Business Newspaper, 2026.02.24 (English translation …)": the date of a line
        # long with a note in brackets; the line stays, as it may name the outlet
        short = re.sub(r"\([^()]*\)", "", line)
        if len(short.split()) <= 8 and _ANY_DATE_NEAR_START.match(short):
            headers.date = parse_date(short, tz)
        return False
    if words > 14 or (line.endswith((".", "?", "!", "”", '"')) and words > 10):
        return False
    found = parse_date(line, tz)
    if not found or not (words <= 10 or _BYLINE.match(line) or "|" in line):
        return False
    published = _PUBLISHED_PART.search(line)
    if published and _UPDATED.match(line):
        # "Last updated 6 March 2026; first published 4 March 2026": both, each its own
        headers.date = headers.date or parse_date(published.group(1), tz)
        headers.updated = headers.updated or parse_date(line[: published.start()], tz)
    elif _UPDATED.match(line):
        headers.updated = headers.updated or found
    else:
        headers.date = headers.date or found
    if _DATE_PREFIX.match(line) and re.search(r"\bby\s+\S", line):
        headers.credits.append(line)  # "Printed 2026-03-24 by The Korea Herald"
    parts = _SEPARATOR.split(line)
    if len(parts) >= 2 and not _BYLINE.match(line) and headers.source is None:
        # "Insurance Journal · 21 July 2026", "KYODO NEWS - Oct 7, 2026 - 14:32 | Business"
        candidates = parts if len(parts) == 2 else parts[:2]
        outlet = next(
            (p for p in candidates if parse_date(p, tz) is None and not _is_person(p)), None
        )
        if outlet and 0 < len(outlet.split()) <= 4 and outlet[:1].isupper() and not re.search(
            r"\d", outlet
        ):
            headers.source = _uncapitalised(outlet.strip())
    return True


def _is_person(part: str) -> bool:
    """ "Tomás Quinlan" beside an outlet and a date: a name that opens with a given name."""
    from builder.ingest.entities import given_names  # the reader needs it only here

    words = part.split()
    return 2 <= len(words) <= 3 and words[0] in given_names()


def _uncapitalised(name: str) -> str:
    """ "KYODO NEWS" → "Kyodo News", "THE DAILY CLARION" → "The Daily Clarion"; short
    capitals ("BBC") and a name in mixed case stay as printed."""
    if not name.isupper() or len(name) <= 4:
        return name
    return " ".join(w.capitalize() if len(w) > 3 or w == "THE" else w for w in name.split())


def _closing_date_line(line: str, headers: Headers, tz: dt.tzinfo | None) -> bool:
    """ "Published 14 May 2026, 18:20 BST" as the article's last line."""
    return bool(_DATE_PREFIX.match(line)) and _date_line(line, headers, tz)


def _read_lead_dateline(paragraph: str, text: str, headers: Headers) -> str:
    """Read "LONDON, March 3 (Reuters) – " off the first paragraph: place, date, outlet."""
    match = (
        _WIRE_DATELINE.match(paragraph)
        or _PLACE_DATE.match(paragraph)
        or _PLACE_DATELINE.match(paragraph)
        or _LEAD_DATELINE.match(paragraph)
        or _PLACE_OUTLET.match(paragraph)
    )
    groups = match.groupdict() if match else {}
    if not match or not (groups.get("date") or groups.get("outlet") or groups.get("wire")):
        return paragraph
    outlet = (groups.get("outlet") or _WIRES.get(groups.get("wire") or "", "")).strip()
    if outlet and headers.source is None and not re.search(r"\d", outlet):
        headers.source = outlet
    if match.group("date") and headers.date is None:
        year = match.group("year")
        if year:
            headers.date = parse_date(f"{match.group('date')} {year}")
        else:
            headers.date = _date_without_year(match.group("date"), text)
            headers.year_guessed = headers.date is not None
    return paragraph[match.end() :]


# "April 2026", "March 1, 2026", "1 March 2026": a month the article names with its year
_MONTH_YEAR = re.compile(
    r"\b([A-Z][a-z]{2,8})\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d\d)\b"
)


def _date_without_year(day_month: str, text: str) -> dt.date | None:
    """ "June 17" in a dateline: the first such day after every month the article names with
    a year ("introduced in April 2026" → 2026, "outlined in November 2025" → Feb 12, 2026);
    with no such month, the year the article names most."""
    months = [
        dt.date(int(y), _MONTHS[m.lower()], 1)
        for m, y in _MONTH_YEAR.findall(text)
        if m.lower() in _MONTHS
    ]
    if months:
        # the latest month's year, or the next when the day would fall a season before it
        # (a month named as what is coming, "from March 1, 2026", is close after the day)
        latest = max(months)
        found = parse_date(f"{day_month} {latest.year}")
        if found and (latest - found).days > 92:
            found = parse_date(f"{day_month} {latest.year + 1}")
        return found
    years = _YEAR.findall(text)
    if not years:
        return None
    year = max(years, key=lambda y: (years.count(y), y))
    found = parse_date(f"{day_month} {year}")
    told = _WEEKDAY_TOLD.search(text[:600])  # "Nov 12 (Reuters) - Sasol on Thursday withdrew"
    if found and told and found.weekday() != _WEEKDAYS.index(told.group(1).lower()):
        # the day the story tells falls on that weekday: the first such year from the latest
        # one the article names (a background year, "in 2023", is not the story's)
        latest = max(int(y) for y in years)
        for candidate in range(latest, latest + 7):
            day = parse_date(f"{day_month} {candidate}")
            if day and day.weekday() == _WEEKDAYS.index(told.group(1).lower()):
                return day
    return found


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_TOLD = re.compile(rf"\b[Oo]n\s+{_WEEKDAY}\b")


def _shouting(line: str) -> bool:
    """A tabloid headline in capitals: "ROVERS IN RED-FACED U-TURN"."""
    letters = [c for c in line if c.isalpha()]
    return len(line.split()) >= 2 and len(letters) >= 8 and all(c.isupper() for c in letters)


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 22 and len(line) <= 160 and not line.rstrip().endswith(".")


# --- Markdown ----------------------------------------------------------------------------

# The front matter a seed may already carry; `seed` (provenance) is for ingest to write.
_CONTRACT_KEYS = set(KEY_ORDER) - {"seed"}
_MD_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARKS = re.compile(r"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`)")
_MD_PREFIX = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,9}[.)]\s+)")


def read_markdown(path: Path, text: str, tz: dt.tzinfo | None = None) -> Article:
    meta: dict[str, Any] = {}
    body = text
    if text.startswith("---\n"):
        try:
            parts = split(text, path)
            located = load_located(parts.yaml_text, path, parts.yaml_line - 1)
        except SiteError as exc:
            problem = exc.problems[0]
            raise SeedError(f"line {problem.line}: {problem.message}") from None
        if located.data is not None and not isinstance(located.data, dict):
            raise SeedError("front matter must be a mapping of keys")
        meta = {k: v for k, v in (located.data or {}).items() if k in _CONTRACT_KEYS}
        body = parts.body
    lines = body.strip("\n").split("\n")
    title = meta.get("title") if isinstance(meta.get("title"), str) else None
    heading = _MD_HEADING.match(lines[0]) if lines else None
    site = None
    if heading:
        if title is None:
            title, site = split_site_name(heading.group(1).strip())
        lines = lines[1:]
    headers, lines = _read_headers(lines, tz, plain=_plain)
    body = "\n".join(lines).strip()
    plain = [_plain(block) for block in re.split(r"\n\s*\n", body) if block.strip()]
    plain = [p for p in plain if p]
    if plain:
        plain[0] = _read_lead_dateline(plain[0], "\n".join(plain), headers)
    if parse_date(meta.get("date"), tz) is None:
        _date_told_in_lede(plain, headers)
    source = meta.get("source") if isinstance(meta.get("source"), str) else None
    url = meta.get("source_url") if isinstance(meta.get("source_url"), str) else None
    date = parse_date(meta.get("date"), tz) or headers.date or headers.updated
    return Article(
        "md",
        plain,
        body,
        title=title or headers.title,
        date=date,
        source=source or headers.source or site,
        source_url=url or headers.url,
        meta=meta,
        bylines=headers.bylines,
        credits=headers.credits,
        mastheads=headers.mastheads,
        notes=_date_doubts(headers, date) if parse_date(meta.get("date"), tz) is None else [],
    )


def _plain(block: str) -> str:
    lines = [_MD_PREFIX.sub("", line) for line in block.split("\n")]
    if all(line.strip().startswith(("```", "~~~")) for line in lines[:1]):
        return ""
    text = " ".join(line.strip() for line in lines if line.strip())
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_MARKS.sub("", text)
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!>])", r"\1", text).strip()


# --- HTML --------------------------------------------------------------------------------

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "nav",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "template",
    "select",
    "input",
    "textarea",
    "figure",
    "video",
    "audio",
    "canvas",
    "object",
    "embed",
    "dialog",
    "menu",
)
_JUNK = re.compile(
    r"(?:^|[\s_-])(?:ads?|advert\w*|adslot|promo\w*|sponsor\w*|newsletter\w*|"
    r"related|social|share|sharing|cookie\w*|subscribe\w*|comments?|paywall|"
    r"outbrain|taboola|breadcrumbs?|byline-share|site-header|site-footer|"
    r"masthead|navigation|navbar|menu|sidebar|popup|modal|banner|byline|author|dateline|"
    r"more|recommended|trending|popular|most-read|read-next)(?:$|[\s_-])",
    re.I,
)
_BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")


def read_html(text: str, tz: dt.tzinfo | None = None) -> Article:
    """A saved page: metadata from its head, the story from its main container."""
    root = _parse_html(text)
    page = _PageMeta(root)
    title, title_site = split_site_name(_html_title(root, page))
    date = _html_date(root, page, tz)  # before the chrome (a byline) is stripped
    source = _html_source(root, page) or title_site
    url = _html_url(root, page)
    container = _main_container(root)
    _strip_chrome(container, title)
    paragraphs, blocks = _html_blocks(container)
    if date is None:  # "By Sophie Grant · Published: 12 March 2026" atop the story
        headers = Headers()
        for line in paragraphs[:3]:
            if (
                _BYLINE.match(line)
                or _DATE_PREFIX.search(line)
                or (len(line.split()) <= 10 and _SEPARATOR.search(line))  # "X Staff | May 12"
            ) and _date_line(line, headers, tz):
                date = headers.date or headers.updated
                break
    return Article(
        "html",
        paragraphs,
        _join_blocks(blocks),
        title=title,
        date=date,
        source=source,
        source_url=url,
    )


def _parse_html(text: str) -> Any:
    from lxml import etree, html  # imported here: only HTML seeds need it

    source_text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    try:
        return html.document_fromstring(source_text)
    except (etree.ParserError, ValueError) as exc:
        raise SeedError(f"not a readable HTML page ({exc})") from None


class _PageMeta:
    """The page's `<meta>` values and its JSON-LD article object."""

    def __init__(self, root: Any) -> None:
        self.root = root
        self.ld = _json_ld(root)

    def content(self, *names: str) -> str | None:
        for name in names:
            for attr in ("property", "name", "itemprop"):
                for element in self.root.xpath(f"//meta[@{attr}=$n]", n=name):
                    content = (element.get("content") or "").strip()
                    if content:
                        return content
        return None


def _html_title(root: Any, page: _PageMeta) -> str | None:
    title = page.content("og:title", "twitter:title")
    h1 = root.xpath("//h1")
    if not title and h1:
        title = _squash(h1[0].text_content())
    if not title and isinstance(page.ld.get("headline"), str):
        title = page.ld["headline"].strip()
    if not title:
        titles = root.xpath("//title")
        if titles:
            title = _squash(titles[0].text_content()) or None
    return title


def _html_date(root: Any, page: _PageMeta, tz: dt.tzinfo | None) -> dt.date | None:
    for candidate in (
        page.content(
            "article:published_time", "datePublished", "date", "pubdate", "publishdate", "dc.date"
        ),
        page.ld.get("datePublished"),
        _first_time(root),
        _printed_date(root),
    ):
        date = parse_date(candidate, tz)
        if date:
            return date
    return None


def _html_source(root: Any, page: _PageMeta) -> str | None:
    source = page.content("og:site_name", "application-name")
    if source:
        return source
    publisher = page.ld.get("publisher")
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        return publisher["name"].strip()
    page_titles = root.xpath("//title")
    site = split_site_name(_squash(page_titles[0].text_content()))[1] if page_titles else None
    return site or _logo_name(root, _html_url(root, page))


_PRESS_NAME = re.compile(
    r"\b(?:News|Daily|Times|Post|Journal|Herald|Gazette|Chronicle|Tribune|Review|Weekly|"
    r"Ledger|Wire|Press|Observer|Courier|Report|Insider|Magazine)\b"
)


def _logo_name(root: Any, url: str | None) -> str | None:
    """The name a page's logo shows (its `alt`), when the page's own address spells it
    (nordictransportnews.com) or it reads as a paper's name; an image of anything else is
    no masthead."""
    host = re.match(r"https?://(?:www\.)?([^/:?#]+)", url or "")
    label = host.group(1).split(".")[0] if host else ""
    logos = root.xpath(
        "//header//img[@alt] | //img[@alt][contains(@class, 'logo') or contains(@src, 'logo')"
        " or contains(@id, 'logo')]"
    )
    for image in logos:
        alt = _squash(image.get("alt") or "")
        if not _NAME_LINE.match(alt) or alt.lower().endswith("logo"):
            continue
        squashed = re.sub(r"[^a-z0-9]", "", alt.lower())
        if (label and label in (squashed, squashed.removeprefix("the"))) or (
            not label and _PRESS_NAME.search(alt)
        ):
            return alt
    return None


def _html_url(root: Any, page: _PageMeta) -> str | None:
    url = None
    for link in root.xpath("//link[@rel='canonical']"):
        url = (link.get("href") or "").strip() or None
    url = url or page.content("og:url")
    return url if url and url.startswith(("http://", "https://")) else None


def _strip_chrome(container: Any, title: str | None) -> None:
    """Drop menus, asides, comments, share bars and the repeated headline from the story."""
    for element in list(container.iter(*_DROP_TAGS, "header")):
        if (
            element.tag == "header"
            and element.getparent() is not None
            and element.xpath(".//p[string-length(normalize-space()) > 120]")
        ):
            continue
        _drop(element)
    for element in list(container.iter()):
        if not isinstance(element.tag, str) or element is container:
            continue
        if element.getparent() is None:
            continue
        if _is_junk(element) or _is_link_list(element):
            _drop(element)
    _drop_more_stories(container)
    for element in list(container.iter("h1")):
        if title and split_site_name(_squash(element.text_content()))[0] == title:
            _drop(element)


# A heading over other stories' headlines: "Most read", "You may also like", "Related".
_MORE_STORIES = re.compile(
    r"(?:most\s+(?:read|popular|viewed|shared)|popular(?:\s+now)?|trending(?:\s+now)?|"
    r"you\s+(?:may|might)\s+also\s+like|more\s+(?:stories|news|to\s+read|on\s+this\s+story)|"
    r"read\s+more|also\s+read|read\s+next|related(?:\s+(?:stories|articles|news|coverage))?|"
    r"recommended(?:\s+for\s+you)?|editor['’]?s\s+picks|top\s+stories|latest(?:\s+news)?|"
    r"see\s+also)\s*:?",
    re.I,
)


def _drop_more_stories(container: Any) -> None:
    """Drop a "Most read" heading and the short headlines after it (no paragraph of story:
    one longer than a headline ends the list)."""
    for heading in list(container.iter("h2", "h3", "h4", "h5", "h6")):
        if heading.getparent() is None or not _MORE_STORIES.fullmatch(
            _squash(heading.text_content())
        ):
            continue
        headlines = []
        for sibling in heading.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            items = sibling.findall("li") if sibling.tag in ("ul", "ol") else [sibling]
            if any(len(_squash(item.text_content()).split()) > 15 for item in items):
                break
            headlines.append(sibling)
        for element in [heading, *headlines]:
            _drop(element)


def _is_junk(element: Any) -> bool:
    marker = f"{element.get('class', '')} {element.get('id', '')} {element.get('role', '')}"
    return bool(marker.strip() and _JUNK.search(marker))


def _is_link_list(element: Any) -> bool:
    """A menu outside `<nav>`: a list whose every item is only a short link."""
    if element.tag not in ("ul", "ol"):
        return False
    items = element.findall("li")
    return len(items) >= 2 and all(
        len(_squash(li.text_content()).split()) <= 4
        and _squash("".join(a.text_content() for a in li.iter("a")))
        == _squash(li.text_content())
        for li in items
    )


def _html_blocks(container: Any) -> tuple[list[str], list[str]]:
    """The story's paragraphs as plain text, and the same as Markdown blocks."""
    paragraphs: list[str] = []
    blocks: list[str] = []
    for element in container.iter(*_BLOCKS):
        if any(parent.tag in _BLOCKS for parent in element.iterancestors()):
            continue
        words = _squash(element.text_content())
        if not words:
            continue
        paragraphs.append(words)
        if element.tag.startswith("h"):
            blocks.append("#" * int(element.tag[1]) + " " + words)
        elif element.tag == "li":
            blocks.append("- " + words)
        elif element.tag == "blockquote":
            blocks.append("> " + words)
        else:
            blocks.append(markdown_safe(words))
    if not paragraphs:
        for element in container.iter("br", "div", "section", "td", "tr"):
            element.tail = (
                "\n\n" + (element.tail or "")
                if element.tag != "br"
                else ("\n" + (element.tail or ""))
            )
        paragraphs = text_paragraphs(container.text_content())
        blocks = [markdown_safe(p) for p in paragraphs]
    return paragraphs, blocks


def _join_blocks(blocks: list[str]) -> str:
    """Consecutive list items belong to one list: single newlines between them."""
    body_parts: list[str] = []
    for block in blocks:
        if (
            body_parts
            and block.startswith("- ")
            and body_parts[-1].split("\n")[-1].startswith("- ")
        ):
            body_parts[-1] += "\n" + block
        else:
            body_parts.append(block)
    return "\n\n".join(body_parts)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _drop(element: Any) -> None:
    """Remove an element but keep the text after it (its tail), as lxml's drop_tree does."""
    element.drop_tree()


def _main_container(root: Any) -> Any:
    """The element holding the story; readers' comments marked up as `<article>` are not it."""
    for query in ("//*[@itemprop='articleBody']", "//article", "//main", "//*[@role='main']"):
        found = [e for e in root.xpath(query) if not _in_junk(e)]
        if found:
            best = max(found, key=lambda e: len(e.text_content()))
            if query != "//article" or len(best.text_content()) * 3 >= _story_length(root):
                return best
    bodies = root.xpath("//body")
    return bodies[0] if bodies else root


def _in_junk(element: Any) -> bool:
    return any(_is_junk(e) for e in (element, *element.iterancestors()) if isinstance(e.tag, str))


def _story_length(root: Any) -> int:
    """Characters of paragraph text on the page outside comments and chrome."""
    return sum(
        len(p.text_content()) for p in root.xpath("//p") if not _in_junk(p)
    )


def _first_time(root: Any) -> str | None:
    for element in root.xpath("//time[@datetime]"):
        value = (element.get("datetime") or "").strip()
        if value:
            return value
    return None


_DATED_ELEMENT = re.compile(
    r"date|byline|dateline|published|timestamp|posted|(?<![\w-])(?:article-|post-|entry-|story-)?"
    r"meta(?![\w-])",
    re.I,
)


def _printed_date(root: Any) -> str | None:
    """A date printed in the page's byline or dateline ("Published March 3, 2026")."""
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        marker = f"{element.get('class', '')} {element.get('id', '')}"
        if _DATED_ELEMENT.search(marker) and not any(
            "comment" in f"{e.get('class', '')} {e.get('id', '')}".lower()
            for e in element.iterancestors()
        ):
            text = _squash(element.text_content())
            if len(text) <= 120 and parse_date(text):
                return text
    return None


def _json_ld(root: Any) -> dict[str, Any]:
    """The first Article-like object in the page's JSON-LD, or {}."""
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text_content() or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.extend(item["@graph"] if isinstance(item["@graph"], list) else [])
                if "datePublished" in item or "headline" in item:
                    return item
    return {}
