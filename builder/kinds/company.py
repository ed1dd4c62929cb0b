"""A company's page: its entries and the timeline of its reversals."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from builder.kinds.base import LISTING, Kind, Output, Planner
from builder.site import company_path

if TYPE_CHECKING:
    from builder.content import Entry
    from builder.render import Renderer
    from builder.site import Site


class CompanyPage(Kind):
    name = "company"
    template = "company.html"
    globs = ("companies/*/index.html",)
    render_order = LISTING

    def keys(self, planner: Planner) -> Iterable[str]:
        return planner.site.companies

    def output(self, planner: Planner, key: str) -> Output:
        company = planner.site.companies[key]
        # The timeline lists reversals, whose entries need not name the company in `companies`.
        listed = planner.listing(company.entries), \
            planner.listing([e for e, _ in company.reversals])
        return Output(company_path(company) + "index.html", self.name, key,
                      planner.fingerprint(planner.slugs_of, company.name, *listed))

    def showing(self, site: Site, index: int, entry: Entry) -> Iterable[str]:
        return site.listed_on(entry)[0]

    def render(self, renderer: Renderer, key: str) -> str:
        company = renderer.site.companies[key]
        return renderer.page(self.template, company_path(company), company=company)


KIND = CompanyPage()
