"""/data/reversals.json: every reversal event as open data, with all its reports.

One item per event, newest first (the CSV's columns, `docs/events.md`), plus `reports`: each
entry reporting it with its title, outlet, date, addresses and the quoted sentence. Text is as
the entries have it (JSON-escaped, never HTML); ids are event slugs, stable across builds.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from builder.keys import EVENT_JSON, event_fragment_keys
from builder.kinds.base import Kind, Output, Planner
from builder.reversal_outputs import JSON_PATH, event_json, json_fingerprint, render_json

if TYPE_CHECKING:
    from builder.content import Entry
    from builder.render import Renderer
    from builder.site import Site


class ReversalsJson(Kind):
    name = "reversals_json"
    serve_later = True

    def output(self, planner: Planner, key: str) -> Output:
        return Output(JSON_PATH, self.name, key,
                      planner.fingerprint(planner.slugs_of, json_fingerprint(planner.site)))

    def showing(self, site: Site, index: int, entry: Entry) -> Iterable[str]:
        """The reports show titles and outlets: an edit of an entry reporting an event."""
        return ("",) if site.events_of.get(entry.slug) else ()

    def render(self, renderer: Renderer, key: str) -> str:
        """Each event's item is a fragment (`keys.event_fragment_keys`): an edit re-encodes
        only the events its entry reports."""
        site = renderer.site
        events = site.events
        return render_json(site, renderer.texts(event_fragment_keys(EVENT_JSON, site, events),
                                                lambda index: event_json(site, events[index]),
                                                bundle=EVENT_JSON))


KIND = ReversalsJson()
