"""Markdown → HTML for entry bodies: CommonMark with tables, no raw HTML, safe links.

Seeds are untrusted text, so raw HTML is off (it shows as text), and links are refused unless
they are http(s), mailto, relative or in-page. Site-absolute links (`/entries/x/`) get
base_url's path, so they still work when the site is published under `/<repo>/`.
Headings in a body sit under the page's own `<h1>`: the body's levels become h2, h3, ... in
order, so a page never skips a heading level whatever the article used.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

_SAFE_SCHEMES = ("http:", "https:", "mailto:")


def _is_safe_link(url: str) -> bool:
    """Allow-list, not block-list: `javascript:`, `data:`, `vbscript:` and friends all fail."""
    href = "".join(url.split()).lower()  # browsers ignore whitespace inside a scheme
    if ":" not in href.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]:
        return True  # relative, site-absolute, or an anchor
    return href.startswith(_SAFE_SCHEMES)


def make_markdown(base_path: str) -> MarkdownIt:
    """One parser per process, reused for every body (creating it is the slow part)."""
    md = MarkdownIt("commonmark", {"html": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.validateLink = _is_safe_link  # type: ignore[method-assign]

    def prefix_site_links(state: StateCore) -> None:
        if base_path == "/":
            return
        for block in state.tokens:
            for token in block.children or ():
                attr = {"link_open": "href", "image": "src"}.get(token.type)
                if not attr:
                    continue
                value = str(token.attrs.get(attr, ""))
                if value.startswith("/") and not value.startswith("//") \
                        and not value.startswith(base_path):
                    token.attrs[attr] = base_path + value[1:]

    md.core.ruler.push("prefix_site_links", prefix_site_links)
    md.core.ruler.push("nest_headings", nest_headings)
    return md


def nest_headings(state: StateCore) -> None:
    """Map the body's heading levels, in rank order, onto h2..h6."""
    headings = [t for t in state.tokens if t.type in ("heading_open", "heading_close")]
    levels = sorted({t.tag for t in headings})
    rank = {tag: f"h{min(6, 2 + index)}" for index, tag in enumerate(levels)}
    for token in headings:
        token.tag = rank[token.tag]
