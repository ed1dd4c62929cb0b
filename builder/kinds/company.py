"""A company's pages: the timeline of its reversal events, its charts and counts on the first,
and the entries naming it, `per_page` a page (`/companies/<slug>/page/N/`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from builder import charts
from builder.input_keys import digest_of
from builder.kinds.groups import COMPANIES, GroupPages

if TYPE_CHECKING:
    from builder.content import Entry
    from builder.kinds.base import Planner
    from builder.site import Company, Site


class CompanyPage(GroupPages):
    name = "company"
    template = "company.html"
    globs = ("companies/*/index.html", "companies/*/page/*/index.html")
    grouping = COMPANIES

    def also_shown(self, planner: Planner, group: Company, page: int) -> Iterable[str]:
        """Every page counts its events; the first shows the timeline of events, whose
        entries need not name the company in `companies`, and charts of them all."""
        yield str(len(group.events))
        if page == 1:
            yield planner.listing([e for e, _ in group.reversals])
            yield planner.per_structure(f"company:events:{group.slug}", lambda: digest_of(
                *(f"{v.slug}:{len(v.reports)}:{v.kind}:{v.first_reported}"
                  for v in group.events)))

    def showing(self, site: Site, index: int, entry: Entry) -> Iterable[str]:
        """The first page of each of its companies (the timeline), and the page listing it."""
        listing = list(super().showing(site, index, entry))
        return [*site.listed_on(entry)[0], *listing]

    def also_given(self, group: Company, page: int) -> dict[str, Any]:
        return {"charts": charts.page_charts(group.name, group.events) if page == 1 else []}


KIND = CompanyPage()
