"""The archive (`/archive/`): every month with entries, by year, so that a reader can get to
any month without paging through the front page from the start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from builder.archive import ARCHIVE_PATH, by_year
from builder.kinds.base import Kind, Output, Planner

if TYPE_CHECKING:
    from builder.render import Renderer


class Archive(Kind):
    name = "archive"
    template = "archive.html"
    globs = ("archive/index.html",)
    structural = True  # months and counts: dates are structure

    def output(self, planner: Planner, key: str) -> Output:
        months = planner.site.entries_by_month
        return Output(ARCHIVE_PATH + "index.html", self.name, key, planner.fingerprint(
            *(f"{month}:{len(entries)}" for month, entries in months.items())))

    def render(self, renderer: Renderer, key: str) -> str:
        site = renderer.site
        return renderer.page(self.template, ARCHIVE_PATH,
                             years=by_year(site.entries_by_month))


KIND = Archive()
