"""The index of companies, with how many entries and reversals each has."""

from __future__ import annotations

from typing import TYPE_CHECKING

from builder.kinds.base import Kind, Output, Planner

if TYPE_CHECKING:
    from builder.render import Renderer


class Companies(Kind):
    name = "companies"
    template = "companies.html"
    globs = ("companies/index.html",)
    structural = True

    def output(self, planner: Planner, key: str) -> Output:
        return Output("companies/index.html", self.name, key, planner.fingerprint(
            *(f"{c.slug}:{c.name}:{len(c.entries)}:{len(c.events)}:{c.latest}"
              for c in planner.site.companies.values())))

    def render(self, renderer: Renderer, key: str) -> str:
        return renderer.page(self.template, "companies/",
                             companies=list(renderer.site.companies.values()))


KIND = Companies()
