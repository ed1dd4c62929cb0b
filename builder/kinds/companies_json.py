"""/data/companies.json: every company with its counts of reversal events and articles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from builder.kinds.base import Kind, Output, Planner
from builder.reversal_outputs import COMPANIES_PATH, companies_fingerprint, render_companies

if TYPE_CHECKING:
    from builder.render import Renderer


class CompaniesJson(Kind):
    name = "companies_json"
    serve_later = True
    structural = True  # names, slugs, counts and dates: all structure

    def output(self, planner: Planner, key: str) -> Output:
        return Output(COMPANIES_PATH, self.name, key,
                      planner.fingerprint(companies_fingerprint(planner.site)))

    def render(self, renderer: Renderer, key: str) -> str:
        return render_companies(renderer.site)


KIND = CompaniesJson()
