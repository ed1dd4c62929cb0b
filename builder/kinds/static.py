"""The theme's static files (stylesheet, scripts, images), copied as they are."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from builder.input_keys import digest_of
from builder.kinds.base import Kind, Output, Planner
from builder.theme_layers import STATIC_DIR

if TYPE_CHECKING:
    from builder.render import Renderer


class Static(Kind):
    name = "static"
    # The templates' key leaves static files out (a stylesheet edit rewrites only the
    # stylesheet), so the files can change while the theme key stays.
    replan_whole = True

    def keys(self, planner: Planner) -> Iterable[str]:
        return sorted(planner.static_files)

    def output(self, planner: Planner, key: str) -> Output:
        return Output(f"{STATIC_DIR}/{key}", self.name, key,
                      digest_of(planner.static_files[key], planner.theme_key))

    def render(self, renderer: Renderer, key: str) -> bytes:
        return renderer.theme.read_static(key)


KIND = Static()
