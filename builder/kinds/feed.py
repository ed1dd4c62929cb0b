"""The site's Atom feed: its newest entries, whole."""

from __future__ import annotations

from typing import TYPE_CHECKING

from builder.kinds.base import FEED, Kind, Output, Planner

if TYPE_CHECKING:
    from builder.render import Renderer


class Feed(Kind):
    name = "feed"
    render_order = FEED
    serve_later = True

    def output(self, planner: Planner, key: str) -> Output:
        recent = planner.site.entries[:planner.site.config.feed_size]
        return Output("feed.xml", self.name, key,
                      planner.fingerprint(planner.slugs_of, planner.shown(recent)))

    def render(self, renderer: Renderer, key: str) -> str:
        return renderer.atom(renderer.site.config.title, "", renderer.site.entries)


KIND = Feed()
