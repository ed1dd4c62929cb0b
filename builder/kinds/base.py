"""What every output kind is: the `Kind` a module of `builder.kinds` declares, the `Output`
it plans, and the `Planner` that hands a kind what its fingerprints are made of."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, NamedTuple

from builder.keys import CardDigests, digest_of

if TYPE_CHECKING:
    from builder.content import Entry
    from builder.render import Renderer
    from builder.site import Site


class Output(NamedTuple):
    """One file of public/. A named tuple, not a dataclass: a plan has one per file, and the
    saved plan (`state.SavedState.keep`) unpickles as fast as plain tuples."""

    path: str  # relative to public/, forward slashes
    kind: str  # the `Kind.name` that plans and renders it
    key: str  # which one of its kind (a slug, a page number), "" for a kind of one file
    fingerprint: str  # a hash of everything the file shows: it is rendered when this changes


# Render order (`Kind.render_order`): the slowest pages first, so that no worker is left
# alone with one at the end; feeds last, since they show bodies that pages render first.
LISTING, PAGE, FEED = 0, 1, 2


class Kind:
    """One kind of output: its files, what their fingerprints cover, how they render.

    A module of `builder.kinds` subclasses this once and is listed in `builder.kinds.KINDS`;
    plan, replan, render order, search and rendering find everything they need here.
    Each fingerprint must cover everything its file shows: the build renders a file only
    when its fingerprint changed, so a fingerprint that leaves something out is a file left
    stale by an incremental build (tests/test_kinds.py builds after every kind of edit).
    """

    name: ClassVar[str]  # the `Output.kind` of its files; unique
    # The HTML page template ("" for other files) and where its pages are published (globs
    # relative to public/): the search indexer is given the pages of the kinds whose
    # template can carry the searchable marker (`plan.search_globs`).
    template: ClassVar[str] = ""
    globs: ClassVar[tuple[str, ...]] = ()
    render_order: ClassVar[int] = PAGE
    # True when its fingerprints cover only the site's structure (slugs, dates, companies,
    # tags, reversals: `Site.structure`) and the theme key: `replan`, which runs only when
    # those are unchanged, keeps its outputs as they are.
    structural: ClassVar[bool] = False
    # True when the set of its files can change while the structure and theme key do not
    # (the theme's static files): `replan` plans it anew, whole.
    replan_whole: ClassVar[bool] = False
    # True for files no browser tab reloads (feeds, the sitemap, open data): serve publishes
    # them a moment after the pages' reload event (`Builder.build(pages_first=True)`).
    serve_later: ClassVar[bool] = False

    def keys(self, planner: Planner) -> Iterable[str]:
        """The keys of its outputs for this site (one file: just "")."""
        return ("",)

    def output(self, planner: Planner, key: str) -> Output:
        """The output for `key`, with its fingerprint."""
        raise NotImplementedError

    def showing(self, site: Site, index: int, entry: Entry) -> Iterable[str] | None:
        """The keys of its outputs that show `entry` (at `index` in `site.entries`), which an
        edit of its title, summary or body re-plans. None (the default, always right): every
        output of the kind."""
        return None

    def bodies(self, site: Site, key: str) -> list[Entry]:
        """The entries whose body the output shows, looked up in the store before a run of
        renders (`Renderer.prefetch`)."""
        return []

    def render(self, renderer: Renderer, key: str) -> str | bytes:
        raise NotImplementedError


class Planner:
    """What fingerprints are made of, worked out once per plan (or replan) for every kind."""

    def __init__(self, site: Site, theme_key: str, static_files: dict[str, str],
                 cards: CardDigests):
        self.site = site
        self.theme_key = theme_key  # the code, templates, settings and drafts flag
        self.static_files = static_files  # the theme's static files: path → content hash
        self.cards = cards  # the entries' card digests, remembered from plan to plan

    @cached_property
    def slugs_of(self) -> str:
        """Every company's slug: the chips of every page link to them."""
        return digest_of(*(f"{c.name}={c.slug}" for c in self.site.companies.values()))

    def listing(self, entries: list[Entry]) -> str:
        """What a listing of `entries` shows: their cards."""
        return digest_of(*map(self.cards, entries))

    def shown(self, entries: list[Entry]) -> str:
        """What a feed shows of its entries: each whole, with its tags as the site names them."""
        return digest_of(*(f"{e.digest}:{self.site.tag_names(e)}" for e in entries))

    def fingerprint(self, *parts: str) -> str:
        """A fingerprint of `parts` and the theme key (which every output depends on)."""
        return digest_of(self.theme_key, *parts)

    def per_structure(self, name: str, compute: Callable[[], str]) -> str:
        """`compute()`, a part that all outputs of a kind share and that depends on the
        site's structure (`Site.structure`: slugs, dates, companies, tags, reversals) and
        settings alone, worked out once for every model of that structure: serve's rebuilds
        and the builds after an edit share it (`Site.per_structure`)."""
        known = self.site.per_structure
        if name not in known:
            known[name] = compute()
        return known[name]
