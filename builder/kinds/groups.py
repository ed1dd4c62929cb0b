"""What company and topic outputs share. A company and a tag are both a group of entries with
a slug and a name: each gets paginated pages, a feed, and a line in an index page. The kinds
here are written once over a `Grouping` (where the groups are in the model, where their pages
live); `company.py`, `tag.py` and friends say only what differs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from builder.kinds.base import FEED, LISTING, Kind, Output, Planner
from builder.pagination import (
    chunk,
    page_key,
    page_keys,
    page_of,
    page_path,
    paginated,
    parse_page_key,
)
from builder.site import company_path, tag_path

if TYPE_CHECKING:
    from builder.content import Entry
    from builder.render import Renderer
    from builder.site import Site


class Group(Protocol):
    """A company or a tag, as its outputs see it."""

    name: str
    slug: str
    entries: list[Entry]  # newest first


@dataclass(frozen=True)
class Grouping:
    """One way the model groups entries: companies or tags."""

    variable: str  # the name templates know one group by ("company", "tag")
    groups_of: Callable[[Site], Mapping[str, Group]]  # the groups of a site, by slug
    path_of: Callable[[Any], str]  # a group's folder, relative to public/ ("companies/x/")
    listed: int  # which half of `Site.listed_on(entry)` names the groups listing an entry


COMPANIES = Grouping("company", lambda site: site.companies, company_path, listed=0)
TAGS = Grouping("tag", lambda site: site.tags, tag_path, listed=1)


class GroupPages(Kind):
    """A group's pages: its entries, `per_page` a page (`<path>`, `<path>page/N/`)."""

    grouping: ClassVar[Grouping]
    render_order = LISTING

    def keys(self, planner: Planner) -> Iterable[str]:
        per_page = planner.site.config.per_page
        return [key for group in self.grouping.groups_of(planner.site).values()
                for key in page_keys(group.slug, group.entries, per_page)]

    def output(self, planner: Planner, key: str) -> Output:
        slug, page = parse_page_key(key)
        group = self.grouping.groups_of(planner.site)[slug]
        shown = chunk(group.entries, page, planner.site.config.per_page)
        return Output(self.grouping.path_of(group) + page_path(page) + "index.html", self.name,
                      key, planner.fingerprint(
                          planner.slugs_of, group.slug, group.name, str(len(group.entries)),
                          planner.listing(shown), *self.also_shown(planner, group, page)))

    def also_shown(self, planner: Planner, group: Any, page: int) -> Iterable[str]:
        """What a page shows besides its entries' cards, for its fingerprint."""
        return ()

    def showing(self, site: Site, index: int, entry: Entry) -> Iterable[str]:
        """The page of each of its groups that lists the entry."""
        per_page = site.config.per_page
        groups = self.grouping.groups_of(site)
        return [page_key(slug, page_of(groups[slug].entries, entry, per_page))
                for slug in site.listed_on(entry)[self.grouping.listed]]

    def render(self, renderer: Renderer, key: str) -> str:
        slug, page = parse_page_key(key)
        site = renderer.site
        group = self.grouping.groups_of(site)[slug]
        path = self.grouping.path_of(group)
        return renderer.page(self.template, path + page_path(page),
                             **{self.grouping.variable: group},
                             **self.also_given(group, page),
                             **paginated(site, group.entries, path, page))

    def also_given(self, group: Any, page: int) -> dict[str, Any]:
        """Template variables a page has besides its group and its share of entries."""
        return {}


class GroupFeed(Kind):
    """A group's Atom feed: its newest entries (as much of each as `feed_body` says)."""

    grouping: ClassVar[Grouping]
    render_order = FEED
    serve_later = True

    def keys(self, planner: Planner) -> Iterable[str]:
        return self.grouping.groups_of(planner.site)

    def output(self, planner: Planner, key: str) -> Output:
        group = self.grouping.groups_of(planner.site)[key]
        recent = group.entries[:planner.site.config.feed_size]
        return Output(self.grouping.path_of(group) + "feed.xml", self.name, key,
                      planner.fingerprint(planner.slugs_of, group.slug, group.name,
                                          planner.shown(recent)))

    def showing(self, site: Site, index: int, entry: Entry) -> Iterable[str]:
        return site.listed_on(entry)[self.grouping.listed]

    def render(self, renderer: Renderer, key: str) -> str:
        group = self.grouping.groups_of(renderer.site)[key]
        return renderer.atom(f"{group.name} — {renderer.site.config.title}",
                             self.grouping.path_of(group), group.entries)


class GroupIndex(Kind):
    """The index of every group of a grouping, a line each (`<folder>/index.html`)."""

    grouping: ClassVar[Grouping]
    folder: ClassVar[str]  # "companies", "tags"
    structural = True

    def row(self, group: Any) -> str:
        """What the index shows of one group, for the fingerprint."""
        return f"{group.slug}:{group.name}:{len(group.entries)}"

    def output(self, planner: Planner, key: str) -> Output:
        groups = self.grouping.groups_of(planner.site).values()
        return Output(f"{self.folder}/index.html", self.name, key,
                      planner.fingerprint(*map(self.row, groups)))

    def render(self, renderer: Renderer, key: str) -> str:
        groups = list(self.grouping.groups_of(renderer.site).values())
        return renderer.page(self.template, f"{self.folder}/", **{self.folder: groups})
