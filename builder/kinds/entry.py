"""An entry's own page: the article, its reversals, and the related entries."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from builder import jsonld
from builder.kinds.base import Kind, Output, Planner
from builder.site import entry_path

if TYPE_CHECKING:
    from builder.content import Entry
    from builder.render import Renderer
    from builder.site import Site


class EntryPage(Kind):
    name = "entry"
    template = "entry.html"
    globs = ("entries/*/index.html",)

    def keys(self, planner: Planner) -> Iterable[str]:
        return (entry.slug for entry in planner.site.entries)

    def output(self, planner: Planner, key: str) -> Output:
        site = planner.site
        entry = site.by_slug[key]
        return Output(entry_path(entry) + "index.html", self.name, key,
                      planner.fingerprint(planner.slugs_of, entry.digest, site.tag_names(entry),
                                          planner.listing(site.related[key]),
                                          *site.events_of.get(key, ())))

    def showing(self, site: Site, index: int, entry: Entry) -> Iterable[str]:
        """Its own page, and the pages that list it as related."""
        return (entry.slug, *site.shown_by().get(entry.slug, ()))

    def bodies(self, site: Site, key: str) -> list[Entry]:
        return [site.by_slug[key]]

    def render(self, renderer: Renderer, key: str) -> str:
        site = renderer.site
        entry = site.by_slug[key]
        return renderer.page(self.template, entry_path(entry), entry=entry,
                             related=site.related[key], json_ld=jsonld.entry_ld(site, entry))


KIND = EntryPage()
