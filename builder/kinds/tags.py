"""The index of tags, with how many entries each has."""

from __future__ import annotations

from typing import TYPE_CHECKING

from builder.kinds.base import Kind, Output, Planner

if TYPE_CHECKING:
    from builder.render import Renderer


class Tags(Kind):
    name = "tags"
    template = "tags.html"
    globs = ("tags/index.html",)
    structural = True

    def output(self, planner: Planner, key: str) -> Output:
        return Output("tags/index.html", self.name, key, planner.fingerprint(
            *(f"{t.slug}:{t.name}:{len(t.entries)}" for t in planner.site.tags.values())))

    def render(self, renderer: Renderer, key: str) -> str:
        return renderer.page(self.template, "tags/", tags=list(renderer.site.tags.values()))


KIND = Tags()
