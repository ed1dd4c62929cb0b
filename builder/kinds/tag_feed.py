"""A topic's Atom feed: its newest entries (as much of each as `feed_body` says)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from builder.kinds.base import FEED, Kind, Output, Planner
from builder.site import tag_path

if TYPE_CHECKING:
    from builder.content import Entry
    from builder.render import Renderer
    from builder.site import Site


class TagFeed(Kind):
    name = "tag_feed"
    render_order = FEED

    def keys(self, planner: Planner) -> Iterable[str]:
        return planner.site.tags

    def output(self, planner: Planner, key: str) -> Output:
        tag = planner.site.tags[key]
        recent = tag.entries[:planner.site.config.feed_size]
        return Output(tag_path(tag) + "feed.xml", self.name, key,
                      planner.fingerprint(planner.slugs_of, tag.slug, tag.name,
                                          planner.shown(recent)))

    def showing(self, site: Site, index: int, entry: Entry) -> Iterable[str]:
        return site.listed_on(entry)[1]

    def render(self, renderer: Renderer, key: str) -> str:
        tag = renderer.site.tags[key]
        return renderer.atom(f"{tag.name} — {renderer.site.config.title}", tag_path(tag),
                             tag.entries)


KIND = TagFeed()
