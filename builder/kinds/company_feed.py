"""A company's Atom feed: its newest entries, whole."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from builder.kinds.base import FEED, Kind, Output, Planner
from builder.site import company_path

if TYPE_CHECKING:
    from builder.content import Entry
    from builder.render import Renderer
    from builder.site import Site


class CompanyFeed(Kind):
    name = "company_feed"
    render_order = FEED

    def keys(self, planner: Planner) -> Iterable[str]:
        return planner.site.companies

    def output(self, planner: Planner, key: str) -> Output:
        company = planner.site.companies[key]
        recent = company.entries[:planner.site.config.feed_size]
        return Output(company_path(company) + "feed.xml", self.name, key,
                      planner.fingerprint(planner.slugs_of, company.name, planner.shown(recent)))

    def showing(self, site: Site, index: int, entry: Entry) -> Iterable[str]:
        return site.listed_on(entry)[0]

    def render(self, renderer: Renderer, key: str) -> str:
        company = renderer.site.companies[key]
        return renderer.atom(f"{company.name} — {renderer.site.config.title}",
                             company_path(company), company.entries)


KIND = CompanyFeed()
