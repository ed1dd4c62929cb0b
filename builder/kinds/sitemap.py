"""sitemap.xml: the address of every page, with the entries' dates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from builder.kinds.base import Kind, Output, Planner
from builder.kinds.home import home_pages, home_path
from builder.site import company_path, entry_path, tag_path

if TYPE_CHECKING:
    from builder.render import Renderer


class Sitemap(Kind):
    name = "sitemap"
    structural = True

    def output(self, planner: Planner, key: str) -> Output:
        site = planner.site
        return Output("sitemap.xml", self.name, key, planner.fingerprint(
            str(home_pages(site)), *site.companies, *site.tags,
            *(f"{e.slug}@{e.day}" for e in site.entries)))

    def render(self, renderer: Renderer, key: str) -> str:
        site = renderer.site
        paths = [home_path(p) for p in range(1, home_pages(site) + 1)]
        paths += [entry_path(e) for e in sorted(site.entries, key=lambda e: e.slug)]
        paths += ["companies/"] + [company_path(c) for c in site.companies.values()]
        paths += ["tags/"] + [tag_path(t) for t in site.tags.values()] + ["search/"]
        lastmod = {entry_path(e): e.published for e in site.entries}
        return renderer.env.get_template("sitemap.xml").render(paths=paths, lastmod=lastmod)


KIND = Sitemap()
