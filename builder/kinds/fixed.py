"""The files that show no entry, only the theme and settings: robots.txt, the 404 page, the
search page, .nojekyll and CNAME."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from builder.kinds.base import Kind, Output, Planner

if TYPE_CHECKING:
    from builder.render import Renderer


class Fixed(Kind):
    """One file whose fingerprint is the theme key alone."""

    path: str
    structural = True

    def output(self, planner: Planner, key: str) -> Output:
        return Output(self.path, self.name, key, planner.theme_key)


class Robots(Fixed):
    name, path = "robots", "robots.txt"

    def render(self, renderer: Renderer, key: str) -> str:
        return renderer.env.get_template("robots.txt").render()


class NotFound(Fixed):
    name, path = "notfound", "404.html"
    template = "404.html"
    globs = ("404.html",)

    def render(self, renderer: Renderer, key: str) -> str:
        return renderer.page(self.template, "404.html", canonical="")


class Search(Fixed):
    name, path = "search", "search/index.html"
    template = "search.html"
    globs = ("search/index.html",)

    def render(self, renderer: Renderer, key: str) -> str:
        return renderer.page(self.template, "search/")


class NoJekyll(Fixed):
    """Tells GitHub Pages to publish the files as they are."""

    name, path = "nojekyll", ".nojekyll"

    def render(self, renderer: Renderer, key: str) -> bytes:
        return b""


class Cname(Fixed):
    """GitHub Pages' custom domain, when the settings name one."""

    name, path = "cname", "CNAME"

    def keys(self, planner: Planner) -> Iterable[str]:
        return ("",) if planner.site.config.cname else ()

    def render(self, renderer: Renderer, key: str) -> str:
        return f"{renderer.site.config.cname}\n"


ROBOTS, NOTFOUND, SEARCH, NOJEKYLL, CNAME = Robots(), NotFound(), Search(), NoJekyll(), Cname()
