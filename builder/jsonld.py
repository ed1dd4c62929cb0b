"""schema.org JSON-LD for entry and event pages: what search engines and link previews read.

An entry is a `NewsArticle` of the digest, `isBasedOn` the original article where the entry
names it; an event is an `Event` whose reports are the articles it lists (`subjectOf`).
Serialised so that no text from an article can close the `<script>` element it sits in.
"""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

from builder.content import Entry
from builder.events import Event
from builder.site import Site, entry_path


def script(data: dict[str, Any]) -> Markup:
    """`data` as a JSON-LD script element; `<`, `>` and `&` escaped as JSON escapes."""
    text = (json.dumps(data, ensure_ascii=False, sort_keys=True)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
    return Markup(f'<script type="application/ld+json">{text}</script>')


def _article(site: Site, entry: Entry) -> dict[str, Any]:
    article: dict[str, Any] = {
        "@type": "NewsArticle", "headline": entry.title,
        "datePublished": entry.published.isoformat(), "url": site.absolute(entry_path(entry)),
    }
    if entry.source_url:
        article["isBasedOn"] = entry.source_url
    return article


def entry_ld(site: Site, entry: Entry) -> Markup:
    data = {"@context": "https://schema.org", **_article(site, entry),
            "publisher": {"@type": "Organization", "name": site.config.title},
            "about": [{"@type": "Organization", "name": name} for name in entry.companies]}
    if entry.summary:
        data["description"] = entry.summary
    if entry.source:
        data["sourceOrganization"] = {"@type": "Organization", "name": entry.source}
    return script(data)


def event_ld(site: Site, event: Event, url: str) -> Markup:
    return script({
        "@context": "https://schema.org", "@type": "Event", "name": event.summary,
        "url": url, "startDate": event.first_reported.isoformat(),
        "organizer": {"@type": "Organization", "name": event.company},
        "subjectOf": [_article(site, entry) for entry in event.entries],
    })
