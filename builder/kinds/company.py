"""A company's pages: the timeline of its reversal events, its charts and counts on the first,
and the entries naming it, `per_page` a page (`/companies/<slug>/page/N/`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from builder import charts
from builder.kinds.base import LISTING, Kind, Output, Planner
from builder.pagination import (
    chunk,
    page_count,
    page_key,
    page_keys,
    page_of,
    page_path,
    paginated,
    parse_page_key,
)
from builder.site import company_path

if TYPE_CHECKING:
    from builder.content import Entry
    from builder.render import Renderer
    from builder.site import Site


class CompanyPage(Kind):
    name = "company"
    template = "company.html"
    globs = ("companies/*/index.html", "companies/*/page/*/index.html")
    render_order = LISTING

    def keys(self, planner: Planner) -> Iterable[str]:
        per_page = planner.site.config.per_page
        return [key for company in planner.site.companies.values()
                for key in page_keys(company.slug, company.entries, per_page)]

    def output(self, planner: Planner, key: str) -> Output:
        slug, page = parse_page_key(key)
        company = planner.site.companies[slug]
        per_page = planner.site.config.per_page
        # Every page's description counts its events and entries.
        listed = [planner.listing(chunk(company.entries, page, per_page)),
                  f"{len(company.events)}:{len(company.entries)}"]
        if page == 1:
            # The timeline lists events, whose entries need not name the company in
            # `companies`; the charts are of all its events.
            listed += [planner.listing([e for e, _ in company.reversals]),
                       *(f"{v.slug}:{len(v.reports)}:{v.kind}:{v.first_reported}"
                         for v in company.events)]
        return Output(company_path(company) + page_path(page) + "index.html", self.name, key,
                      planner.fingerprint(planner.slugs_of, company.name,
                                          str(page_count(company.entries, per_page)), *listed))

    def showing(self, site: Site, index: int, entry: Entry) -> Iterable[str]:
        """The first page of each of its companies (the timeline), and the page listing it."""
        per_page = site.config.per_page
        keys = []
        for slug in site.listed_on(entry)[0]:
            page = page_of(site.companies[slug].entries, entry, per_page)
            keys += [slug, page_key(slug, page)]
        return keys

    def render(self, renderer: Renderer, key: str) -> str:
        slug, page = parse_page_key(key)
        site = renderer.site
        company = site.companies[slug]
        return renderer.page(
            self.template, company_path(company) + page_path(page), company=company,
            charts=charts.page_charts(company.name, company.events) if page == 1 else [],
            **paginated(site, company.entries, company_path(company), page))


KIND = CompanyPage()
