"""sitemap.xml: the address of every page, with the entries' dates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from builder.archive import ARCHIVE_PATH, month_path
from builder.kinds.base import Kind, Output, Planner
from builder.kinds.home import home_pages
from builder.pagination import page_count, page_path
from builder.reversal_outputs import TABLE_PATH, event_path
from builder.site import company_path, entry_path, tag_path

if TYPE_CHECKING:
    from builder.render import Renderer


class Sitemap(Kind):
    name = "sitemap"
    serve_later = True
    structural = True

    def output(self, planner: Planner, key: str) -> Output:
        site = planner.site
        per_page = site.config.per_page
        return Output("sitemap.xml", self.name, key, planner.fingerprint(
            str(home_pages(site)),
            *(f"{c.slug}:{page_count(c.entries, per_page)}" for c in site.companies.values()),
            *(f"{t.slug}:{page_count(t.entries, per_page)}" for t in site.tags.values()),
            *(f"{e.slug}@{e.day}" for e in site.entries), *(e.slug for e in site.events)))

    def render(self, renderer: Renderer, key: str) -> str:
        site = renderer.site
        paths = [page_path(p) for p in range(1, home_pages(site) + 1)]
        paths += [entry_path(e) for e in sorted(site.entries, key=lambda e: e.slug)]
        per_page = site.config.per_page
        paths += ["companies/"] + [company_path(c) + page_path(p)
                                   for c in site.companies.values()
                                   for p in range(1, page_count(c.entries, per_page) + 1)]
        paths += ["tags/"] + [tag_path(t) + page_path(p) for t in site.tags.values()
                              for p in range(1, page_count(t.entries, per_page) + 1)]
        paths += ["search/", TABLE_PATH, ARCHIVE_PATH]
        paths += [month_path(m) for m in site.entries_by_month]
        paths += [event_path(e) for e in sorted(site.events, key=lambda e: e.slug)]
        lastmod = {entry_path(e): e.published for e in site.entries}
        return renderer.env.get_template("sitemap.xml").render(paths=paths, lastmod=lastmod)


KIND = Sitemap()
