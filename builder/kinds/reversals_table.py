"""/reversals/: a table of every reversal event (company, what, kind, topics, first reported,
sources) that works without JavaScript; `static/reversals.js` adds filters kept in the URL
and sortable columns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from builder.kinds.base import Kind, Output, Planner
from builder.reversal_outputs import TABLE_PATH, table_filters, table_fingerprint

if TYPE_CHECKING:
    from builder.render import Renderer


class ReversalsTable(Kind):
    name = "reversals_table"
    template = "reversals.html"
    globs = ("reversals/index.html",)
    structural = True  # rows show only events (shapes) and topic names (spellings)

    def output(self, planner: Planner, key: str) -> Output:
        return Output(TABLE_PATH + "index.html", self.name, key,
                      planner.fingerprint(planner.slugs_of, table_fingerprint(planner.site)))

    def render(self, renderer: Renderer, key: str) -> str:
        return renderer.page(self.template, TABLE_PATH, events=renderer.site.events,
                             filters=table_filters(renderer.site))


KIND = ReversalsTable()
