"""/data/reversals.csv: one row per reversal event, for spreadsheets (columns in
`reversal_outputs.CSV_COLUMNS`, documented in docs/events.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from builder.kinds.base import Kind, Output, Planner
from builder.reversal_outputs import CSV_PATH, render_csv, table_fingerprint

if TYPE_CHECKING:
    from builder.render import Renderer


class ReversalsCsv(Kind):
    name = "reversals_csv"
    serve_later = True
    structural = True  # the table's rows, as data

    def output(self, planner: Planner, key: str) -> Output:
        return Output(CSV_PATH, self.name, key,
                      planner.fingerprint(planner.slugs_of, table_fingerprint(planner.site)))

    def render(self, renderer: Renderer, key: str) -> str:
        return render_csv(renderer.site)


KIND = ReversalsCsv()
