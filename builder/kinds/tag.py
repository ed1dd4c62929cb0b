"""A tag's page: the entries that carry it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from builder.kinds.base import LISTING, Kind, Output, Planner
from builder.site import tag_path

if TYPE_CHECKING:
    from builder.content import Entry
    from builder.render import Renderer
    from builder.site import Site


class TagPage(Kind):
    name = "tag"
    template = "tag.html"
    globs = ("tags/*/index.html",)
    render_order = LISTING

    def keys(self, planner: Planner) -> Iterable[str]:
        return planner.site.tags

    def output(self, planner: Planner, key: str) -> Output:
        tag = planner.site.tags[key]
        return Output(tag_path(tag) + "index.html", self.name, key,
                      planner.fingerprint(planner.slugs_of, tag.slug, tag.name,
                                          planner.listing(tag.entries)))

    def showing(self, site: Site, index: int, entry: Entry) -> Iterable[str]:
        return site.listed_on(entry)[1]

    def render(self, renderer: Renderer, key: str) -> str:
        tag = renderer.site.tags[key]
        return renderer.page(self.template, tag_path(tag), tag=tag)


KIND = TagPage()
