"""A month of the archive (`/archive/YYYY/MM/`): the cards of that month's entries, with
links to the months before and after."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from builder.archive import month_path
from builder.kinds.base import LISTING, Kind, Output, Planner

if TYPE_CHECKING:
    from builder.content import Entry
    from builder.render import Renderer
    from builder.site import Site


class ArchiveMonth(Kind):
    name = "archive_month"
    template = "archive_month.html"
    globs = ("archive/*/*/index.html",)
    render_order = LISTING

    def keys(self, planner: Planner) -> Iterable[str]:
        return list(planner.site.entries_by_month)

    def output(self, planner: Planner, key: str) -> Output:
        months = planner.per_structure("archive:months", lambda: "\0".join(
            planner.site.entries_by_month))  # the neighbours' links
        entries = planner.site.entries_by_month.get(key, [])
        return Output(month_path(key) + "index.html", self.name, key,
                      planner.fingerprint(planner.slugs_of, months, planner.listing(entries)))

    def showing(self, site: Site, index: int, entry: Entry) -> Iterable[str]:
        return (f"{entry.day:%Y-%m}",)

    def render(self, renderer: Renderer, key: str) -> str:
        site = renderer.site
        months = list(site.entries_by_month)
        at = months.index(key)
        newer = months[at - 1] if at > 0 else ""
        older = months[at + 1] if at + 1 < len(months) else ""
        return renderer.page(
            self.template, month_path(key), month=key, entries=site.entries_by_month[key],
            newer=(newer, site.url(month_path(newer))) if newer else None,
            older=(older, site.url(month_path(older))) if older else None)


KIND = ArchiveMonth()
