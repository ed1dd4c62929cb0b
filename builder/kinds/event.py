"""A reversal event's page (`/reversals/<slug>/`): what was reversed, when it was first
reported, and every source (outlet, date, title, the original's link, the quoted sentence)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from builder import jsonld
from builder.kinds.base import Kind, Output, Planner
from builder.reversal_outputs import event_fingerprint, event_path

if TYPE_CHECKING:
    from builder.content import Entry
    from builder.render import Renderer
    from builder.site import Site


class EventPage(Kind):
    name = "event"
    template = "event.html"
    globs = ("reversals/*/index.html",)

    def keys(self, planner: Planner) -> Iterable[str]:
        return (event.slug for event in planner.site.events)

    def output(self, planner: Planner, key: str) -> Output:
        event = planner.site.event_by_slug[key]
        return Output(event_path(event) + "index.html", self.name, key,
                      planner.fingerprint(planner.slugs_of,
                                          event_fingerprint(planner.site, event)))

    def showing(self, site: Site, index: int, entry: Entry) -> Iterable[str]:
        return site.events_of.get(entry.slug, ())

    def render(self, renderer: Renderer, key: str) -> str:
        site = renderer.site
        event = site.event_by_slug[key]
        path = event_path(event)
        return renderer.page(self.template, path, event=event,
                             company=site.company_of[event.company],
                             json_ld=jsonld.event_ld(site, event, site.absolute(path)))


KIND = EventPage()
