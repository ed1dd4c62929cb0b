"""The home page and its older pages (`page/2/`…): the entries by week, newest first."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from itertools import groupby
from typing import TYPE_CHECKING

from builder import charts
from builder.keys import digest_of
from builder.kinds.base import LISTING, Kind, Output, Planner
from builder.pagination import chunk, page_count, page_path

if TYPE_CHECKING:
    from builder.content import Entry
    from builder.render import Renderer
    from builder.site import Site


def home_pages(site: Site) -> int:
    return page_count(site.entries, site.config.per_page)


def _chunk(site: Site, page: int) -> list[Entry]:
    return chunk(site.entries, page, site.config.per_page)


class Home(Kind):
    name = "home"
    template = "index.html"
    globs = ("index.html", "page/*/index.html")
    render_order = LISTING

    def keys(self, planner: Planner) -> Iterable[str]:
        return map(str, range(1, home_pages(planner.site) + 1))

    def output(self, planner: Planner, key: str) -> Output:
        site, page = planner.site, int(key)
        # The first page shows the companies with the most reversal events, and the charts.
        top = planner.per_structure("home:top", lambda: digest_of(
            *(f"{c.slug}:{len(c.events)}" for c in site.companies.values()),
            repr(charts.months(site.events)), repr(charts.kinds(site.events))))
        return Output(page_path(page) + "index.html", self.name, key,
                      planner.fingerprint(planner.slugs_of, top, key, str(home_pages(site)),
                                          planner.listing(_chunk(site, page))))

    def showing(self, site: Site, index: int, entry: Entry) -> Iterable[str]:
        return (str(index // site.config.per_page + 1),)

    def render(self, renderer: Renderer, key: str) -> str:
        site, page = renderer.site, int(key)
        pages = home_pages(site)
        top = sorted(site.companies.values(), key=lambda c: (-len(c.events), c.name))
        return renderer.page(
            self.template, page_path(page), page=page, pages=pages,
            weeks=by_week(_chunk(site, page)),
            newer=site.url(page_path(page - 1)) if page > 1 else "",
            older=site.url(page_path(page + 1)) if page < pages else "",
            top_companies=[c for c in top if c.events][:12] if page == 1 else [],
            charts=charts.page_charts("", site.events) if page == 1 else [],
        )


def by_week(entries: list[Entry]) -> list[tuple[date, list[Entry]]]:
    """Entries grouped under the Monday of their week, newest week first."""
    def monday(entry: Entry) -> date:
        return entry.day - timedelta(days=entry.day.weekday())
    return [(week, list(group)) for week, group in groupby(entries, key=monday)]


KIND = Home()
