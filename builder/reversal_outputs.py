"""What the event-centred outputs show (`builder/kinds/`: event, reversals_table,
reversals_json, reversals_csv, companies_json): the open data's records, the table's filters,
and the fingerprints that cover them. The event pages and the JSON show entries' titles and
links; the table, the CSV and companies.json only the events themselves (structure).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from typing import Any

from builder.events import KIND_LABELS, Event
from builder.site import Site, company_path, entry_path

TABLE_PATH = "reversals/"
JSON_PATH = "data/reversals.json"
CSV_PATH = "data/reversals.csv"
COMPANIES_PATH = "data/companies.json"
CSV_COLUMNS = ["id", "company", "company_slug", "action", "kind", "topics", "first_reported",
               "summary", "sources", "url"]


def event_path(event: Event) -> str:
    return f"reversals/{event.slug}/"


def _hash(*parts: str) -> str:
    return hashlib.blake2b("\0".join(parts).encode(), digest_size=16).hexdigest()


def _row_key(site: Site, event: Event) -> str:
    """All a table row or a CSV line shows of an event (its reports' shapes decide it, and
    the names of its topics: the tags' most common spellings, or their labels)."""
    return "\x1f".join([event.slug, event.company, event.action, event.kind,
                        ",".join(f"{t}={_topic_name(site, t)}" for t in event.topics),
                        event.first_reported.isoformat(), event.summary,
                        str(len(event.entries))])


def _topic_name(site: Site, slug: str) -> str:
    return site.tags[slug].name if slug in site.tags else slug


def _sources_key(event: Event) -> str:
    """What an event's sources show besides its row: each report's entry (title, date,
    outlet, link) and its quoted sentence."""
    return "\x1f".join(f"{e.slug}\x1e{e.title}\x1e{e.published.isoformat()}\x1e{e.source}"
                       f"\x1e{e.source_url}\x1e{reversal.text}" for e, reversal in event.reports)


def event_fingerprint(site: Site, event: Event) -> str:
    """What an event page shows: its row, its sources, and its entries' summaries."""
    return _hash(_row_key(site, event), _sources_key(event),
                 *(entry.summary for entry in event.entries))


def table_fingerprint(site: Site) -> str:
    """What the table and the CSV show: every event's row (their kinds add the companies'
    slugs, `Planner.slugs_of`, which a row's link and company_slug show)."""
    return _hash(*(_row_key(site, e) for e in site.events))


def json_fingerprint(site: Site) -> str:
    """What reversals.json shows: every event's record (`events.event_version`;
    `Site.event_versions` is in the order of `site.events`; its kind adds the companies'
    slugs, which an event keyed by an editor keeps when its company's slug moves)."""
    return _hash(*site.event_versions.values())


def companies_fingerprint(site: Site) -> str:
    return _hash(*(json.dumps(record) for record in _company_records(site)))


def _absolute(site: Site, path: str) -> str:
    """Open data's links: absolute when base_url is, else site-absolute paths."""
    return site.absolute(path)


def event_record(site: Site, event: Event, *, sources: bool) -> dict[str, Any]:
    """One event as open data: a row of the CSV, an item of reversals.json."""
    company = site.company_of[event.company]
    record: dict[str, Any] = {
        "id": event.slug, "company": event.company, "company_slug": company.slug,
        "action": event.action, "kind": event.kind, "topics": event.topics,
        "first_reported": event.first_reported.isoformat(), "summary": event.summary,
        "sources": len(event.entries), "url": _absolute(site, event_path(event)),
    }
    if sources:
        record["reports"] = [
            {"entry": entry.slug, "title": entry.title, "outlet": entry.source,
             "date": entry.day.isoformat(), "url": _absolute(site, entry_path(entry)),
             "source_url": entry.source_url, "quote": reversal.text}
            for entry, reversal in event.reports]
    return record


def render_json(site: Site, records: list[str]) -> str:
    """reversals.json around `records`, each event's record as compact JSON (`event_json`):
    byte for byte what `_json` writes of the whole."""
    head = {"title": site.config.title, "count": len(site.events), "kinds": KIND_LABELS}
    opening, closing = _json(head)[:-2] + ',"reversals":[', "]}\n"
    if not records:
        return opening + closing
    # One join of megabytes, rather than a join and then two more copies to wrap it.
    return ",".join([opening + records[0], *records[1:-1], records[-1] + closing]
                    if len(records) > 1 else [opening + records[0] + closing])


def event_json(site: Site, event: Event) -> str:
    """An event's item of reversals.json, as compact JSON."""
    return _json(event_record(site, event, sources=True))[:-1]


def render_csv(site: Site) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS)
    writer.writeheader()
    for event in site.events:
        row = event_record(site, event, sources=False)
        row["topics"] = ";".join(row["topics"])
        writer.writerow(row)
    return out.getvalue()


def _json(data: dict[str, Any]) -> str:
    """Compact JSON: `json.dumps` with `indent` runs Python's pure encoder, several times
    slower than the C one on thousands of events, and reversals.json is rewritten whenever an
    entry reporting an event is edited."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def _company_records(site: Site) -> list[dict[str, Any]]:
    return [{"slug": c.slug, "name": c.name, "website": c.url,
             "url": _absolute(site, company_path(c)), "events": len(c.events),
             "articles": len(c.entries),
             "latest_event": c.events[0].first_reported.isoformat() if c.events else None}
            for c in site.companies.values()]


def render_companies(site: Site) -> str:
    companies = _company_records(site)
    return _json({"title": site.config.title, "count": len(companies), "companies": companies})


def table_filters(site: Site) -> dict[str, list[tuple[str, str]]]:
    """The choices of the table's filters: (value, label), in a stable order."""
    events = site.events
    return {
        "company": sorted({(site.company_of[e.company].slug, e.company) for e in events},
                          key=lambda c: (c[1].casefold(), c[0])),
        "kind": [(kind, label) for kind, label in KIND_LABELS.items()
                 if any(e.kind == kind for e in events)],
        "topic": sorted({(t, _topic_name(site, t)) for e in events for t in e.topics},
                        key=lambda t: (t[1].casefold(), t[0])),
        "year": sorted({(str(e.first_reported.year),) * 2 for e in events}, reverse=True),
    }
