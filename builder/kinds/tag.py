"""A tag's pages: the entries that carry it, `per_page` a page (`/tags/<slug>/page/N/`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from builder.kinds.base import LISTING, Kind, Output, Planner
from builder.pagination import (
    chunk,
    page_key,
    page_keys,
    page_of,
    page_path,
    paginated,
    parse_page_key,
)
from builder.site import tag_path

if TYPE_CHECKING:
    from builder.content import Entry
    from builder.render import Renderer
    from builder.site import Site


class TagPage(Kind):
    name = "tag"
    template = "tag.html"
    globs = ("tags/*/index.html", "tags/*/page/*/index.html")
    render_order = LISTING

    def keys(self, planner: Planner) -> Iterable[str]:
        per_page = planner.site.config.per_page
        return [key for tag in planner.site.tags.values()
                for key in page_keys(tag.slug, tag.entries, per_page)]

    def output(self, planner: Planner, key: str) -> Output:
        slug, page = parse_page_key(key)
        tag = planner.site.tags[slug]
        return Output(tag_path(tag) + page_path(page) + "index.html", self.name, key,
                      planner.fingerprint(planner.slugs_of, tag.slug, tag.name,
                                          str(len(tag.entries)), planner.listing(
                                              chunk(tag.entries, page,
                                                    planner.site.config.per_page))))

    def showing(self, site: Site, index: int, entry: Entry) -> Iterable[str]:
        per_page = site.config.per_page
        return [page_key(slug, page_of(site.tags[slug].entries, entry, per_page))
                for slug in site.listed_on(entry)[1]]

    def render(self, renderer: Renderer, key: str) -> str:
        slug, page = parse_page_key(key)
        tag = renderer.site.tags[slug]
        return renderer.page(self.template, tag_path(tag) + page_path(page), tag=tag,
                             **paginated(renderer.site, tag.entries, tag_path(tag), page))


KIND = TagPage()
