"""One reader per seed format: plain text, Markdown (with front matter) and saved HTML pages.

The reader is picked by the file's content as well as its extension: a `.txt` that holds an
HTML page is read as HTML, and one that opens with a front matter block as Markdown.
Every reader returns an `Article`: what the seed says explicitly, plus its paragraphs.
"""

from __future__ import annotations

import datetime as dt
import json
import re
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
_ISO_DATE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_WORD_DATE = re.compile(
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)\w*,?\s+)?"
    r"([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})",
    re.I,
)
_DAY_FIRST = re.compile(r"(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})", re.I)


def parse_date(value: Any, tz: dt.tzinfo | None = None) -> dt.date | None:
    """A date from a date, datetime or text (ISO 8601, "Nov. 24, 2026", "24 November 2026")."""
    if isinstance(value, dt.datetime):
        if value.tzinfo and tz:
            value = value.astimezone(tz)
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    match = _ISO_DATE.search(text)
    try:
        if match:
            if match.group(4) and match.group(7):
                stamp = dt.datetime.fromisoformat(
                    match.group(0).replace(" ", "T").replace("Z", "+00:00")
                )
                return parse_date(stamp, tz)
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        match = _WORD_DATE.search(text)
        if match and match.group(1).lower() in _MONTHS:
            return dt.date(
                int(match.group(3)), _MONTHS[match.group(1).lower()], int(match.group(2))
            )
        match = _DAY_FIRST.search(text)
        if match and match.group(2).lower() in _MONTHS:
            return dt.date(
                int(match.group(3)), _MONTHS[match.group(2).lower()], int(match.group(1))
            )
    except ValueError:
        return None
    return None


# --- plain text --------------------------------------------------------------------------

_DATELINE = re.compile(r"^(?:(?:published|posted|date|updated|dated)\s*:?\s*)?(.{6,40})$", re.I)
_URL_LINE = re.compile(r"^(?:(?:source|url|link|via)\s*:?\s*)?<?(https?://\S+?)>?$", re.I)


def read_text(text: str, tz: dt.tzinfo | None = None) -> Article:
    lines = [line.strip() for line in text.split("\n")]
    date: dt.date | None = None
    source_url: str | None = None
    kept: list[str] = []
    nonblank_seen = 0
    for index, line in enumerate(lines):
        near_edge = nonblank_seen < 4 or all(not rest for rest in lines[index + 1 : index + 3])
        if line and near_edge:
            url = _URL_LINE.match(line)
            if url and source_url is None:
                source_url = url.group(1)
                continue
            dateline = _DATELINE.match(line)
            if dateline and date is None and nonblank_seen < 4 and len(line.split()) <= 7:
                found = parse_date(dateline.group(1), tz)
                if found:
                    date = found
                    continue
        if line:
            nonblank_seen += 1
        kept.append(line)
    paragraphs = text_paragraphs("\n".join(kept))
    title = None
    if paragraphs and _looks_like_headline(paragraphs[0]) and len(paragraphs) > 1:
        title = paragraphs.pop(0)
    body = "\n\n".join(markdown_safe(p) for p in paragraphs)
    return Article("txt", paragraphs, body, title=title, date=date, source_url=source_url)


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
    if heading:
        title = title or heading.group(1).strip()
        lines = lines[1:]
    body = "\n".join(lines).strip()
    plain = [_plain(block) for block in re.split(r"\n\s*\n", body) if block.strip()]
    plain = [p for p in plain if p]
    return Article(
        "md",
        plain,
        body,
        title=title,
        date=parse_date(meta.get("date"), tz),
        source=meta.get("source") if isinstance(meta.get("source"), str) else None,
        source_url=meta.get("source_url") if isinstance(meta.get("source_url"), str) else None,
        meta=meta,
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
    r"masthead|navigation|navbar|popup|modal|banner|byline|author|dateline)(?:$|[\s_-])",
    re.I,
)
_BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")


def read_html(text: str, tz: dt.tzinfo | None = None) -> Article:
    from lxml import etree, html  # imported here: only HTML seeds need it

    source_text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    try:
        root = html.document_fromstring(source_text)
    except (etree.ParserError, ValueError) as exc:
        raise SeedError(f"not a readable HTML page ({exc})") from None

    def meta_content(*names: str) -> str | None:
        for name in names:
            for attr in ("property", "name", "itemprop"):
                for element in root.xpath(f"//meta[@{attr}=$n]", n=name):
                    content = (element.get("content") or "").strip()
                    if content:
                        return content
        return None

    ld = _json_ld(root)
    title = meta_content("og:title", "twitter:title")
    h1 = root.xpath("//h1")
    if not title and h1:
        title = _squash(h1[0].text_content())
    if not title:
        titles = root.xpath("//title")
        if titles:
            title = re.split(r"\s+[|–—-]\s+", _squash(titles[0].text_content()))[0] or None
    if not title and isinstance(ld.get("headline"), str):
        title = ld["headline"].strip()
    date = None
    for candidate in (
        meta_content(
            "article:published_time", "datePublished", "date", "pubdate", "publishdate", "dc.date"
        ),
        _first_time(root),
        ld.get("datePublished"),
    ):
        date = parse_date(candidate, tz)
        if date:
            break
    source = meta_content("og:site_name", "application-name")
    page_titles = root.xpath("//title")
    if not source and page_titles:
        # "Headline - Outlet" or "Headline | Outlet": the outlet is the short last part.
        parts = re.split(r"\s+[|–—-]\s+", _squash(page_titles[0].text_content()))
        if len(parts) > 1 and 0 < len(parts[-1].split()) <= 4:
            source = parts[-1]
    publisher = ld.get("publisher")
    if not source and isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        source = publisher["name"].strip()
    url = None
    for link in root.xpath("//link[@rel='canonical']"):
        url = (link.get("href") or "").strip() or None
    url = url or meta_content("og:url")
    if url and not url.startswith(("http://", "https://")):
        url = None

    container = _main_container(root)
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
        marker = f"{element.get('class', '')} {element.get('id', '')}"
        if marker.strip() and _JUNK.search(marker) and element.getparent() is not None:
            _drop(element)
    for element in list(container.iter("h1")):
        if title and _squash(element.text_content()) == title:
            _drop(element)

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
        raw_text = container.text_content()
        paragraphs = text_paragraphs(raw_text)
        blocks = [markdown_safe(p) for p in paragraphs]
    # Consecutive list items belong to one list: single newlines between them.
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
    return Article(
        "html",
        paragraphs,
        "\n\n".join(body_parts),
        title=title,
        date=date,
        source=source,
        source_url=url,
    )


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _drop(element: Any) -> None:
    """Remove an element but keep the text after it (its tail), as lxml's drop_tree does."""
    element.drop_tree()


def _main_container(root: Any) -> Any:
    for query in ("//*[@itemprop='articleBody']", "//article", "//main", "//*[@role='main']"):
        found = root.xpath(query)
        if found:
            return max(found, key=lambda e: len(e.text_content()))
    bodies = root.xpath("//body")
    return bodies[0] if bodies else root


def _first_time(root: Any) -> str | None:
    for element in root.xpath("//time[@datetime]"):
        value = (element.get("datetime") or "").strip()
        if value:
            return value
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
