"""Paginated listings (company and topic pages) like the front page: `<path>`, then
`<path>page/2/`, …, each page `per_page` entries; an output key per page (`slug`, `slug/2`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from builder.content import Entry
    from builder.site import Site


def page_path(page: int) -> str:
    """A listing's page, relative to its first page (the front page's too)."""
    return "" if page == 1 else f"page/{page}/"


def page_count(entries: list[Entry], per_page: int) -> int:
    """How many pages a listing of `entries` takes (at least one)."""
    return max(1, -(-len(entries) // per_page))


def page_keys(slug: str, entries: list[Entry], per_page: int) -> list[str]:
    return [page_key(slug, page) for page in range(1, page_count(entries, per_page) + 1)]


def page_key(slug: str, page: int) -> str:
    """A paginated listing's output key: the slug for its first page, `slug/N` after."""
    return slug if page == 1 else f"{slug}/{page}"


def parse_page_key(key: str) -> tuple[str, int]:
    slug, _, page = key.partition("/")
    return slug, int(page or 1)


def page_of(entries: list[Entry], entry: Entry, per_page: int) -> int:
    """The page of a listing of `entries` that shows `entry` (the first when none does: a
    company's timeline may show an entry that does not name the company)."""
    for index, listed in enumerate(entries):
        if listed.slug == entry.slug:
            return index // per_page + 1
    return 1


def chunk(entries: list[Entry], page: int, per_page: int) -> list[Entry]:
    return entries[(page - 1) * per_page: page * per_page]


def paginated(site: Site, entries: list[Entry], path: str, page: int) -> dict[str, Any]:
    """A listing page's share of `entries` and its links to its neighbours (the template
    variables of `_pagination.html`)."""
    per_page = site.config.per_page
    pages = page_count(entries, per_page)
    return {"page": page, "pages": pages, "listed": chunk(entries, page, per_page),
            "newer": site.url(path + page_path(page - 1)) if page > 1 else "",
            "older": site.url(path + page_path(page + 1)) if page < pages else ""}
