"""/data/reversals.json: every reversal of the digest as data, for readers' own tools.

One item per reversal, newest entry first and in the entry's order: the company (its name
on the site), the action, the entry's date, the sentence that says so, and the entry's title
and address. Text is as the entries have it (JSON-escaped, never HTML).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from builder.keys import card_digest
from builder.kinds.base import Kind, Output, Planner
from builder.site import company_path, entry_path

if TYPE_CHECKING:
    from builder.content import Entry
    from builder.render import Renderer
    from builder.site import Site


class ReversalsJson(Kind):
    name = "reversals_json"

    def output(self, planner: Planner, key: str) -> Output:
        # A card covers all an item shows of its entry (date, reversals, title); the company
        # links come from the slugs, the addresses from the settings (in the theme key).
        return Output("data/reversals.json", self.name, key, planner.fingerprint(
            planner.slugs_of, *(card_digest(e) for e in planner.site.entries if e.reversals)))

    def showing(self, site: Site, index: int, entry: Entry) -> Iterable[str]:
        return ("",) if entry.reversals else ()

    def render(self, renderer: Renderer, key: str) -> str:
        site = renderer.site
        items = []
        for entry in site.entries:
            for reversal in entry.reversals:
                company = site.company_named(reversal.company)
                items.append({
                    "company": company.name,
                    "company_url": site.absolute(company_path(company)),
                    "action": reversal.action,
                    "date": entry.day.isoformat(),
                    "text": reversal.text,
                    "entry_title": entry.title,
                    "entry_url": site.absolute(entry_path(entry)),
                })
        return json.dumps({"reversals": items}, ensure_ascii=False, indent=1) + "\n"


KIND = ReversalsJson()
