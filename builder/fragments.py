"""The listing fragments (entry cards, feed entries, timeline items) that one site's builds
share: rendered once per version of what they show, kept in `.cache/fragments.sqlite` and, in
`serve`, in memory."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from builder.cache import StoredTexts, TextStore
from builder.keys import fragment_scope, is_current_fragment

if TYPE_CHECKING:
    from builder.keys import CardDigests
    from builder.site import Site


class Fragments:
    """The listing fragments (cards, feed entries) one site's builds reuse:
    a company page lists hundreds, and re-rendering each is most of its cost. Those of the
    current scope (`keys.fragment_scope`) are kept in `.cache/fragments.sqlite`, and those at
    hand in memory (`serve`'s); the fragments of other scopes (another theme or base URL)
    are forgotten."""

    def __init__(self, root: Path):
        self.root = root
        self.scope = ""
        self.at_hand: dict[str, str] = {}
        # Whether `at_hand` holds every fragment the store has of this scope (after `preload`,
        # while renders run in this process): then a fragment not at hand is not stored.
        self.all_at_hand = False
        self._store: TextStore | None = None

    def store(self) -> TextStore:
        if self._store is None:
            self._store = TextStore(self.root, "fragments")
        return self._store

    def stored(self, site: Site, theme_key: str) -> StoredTexts:
        """The store of this site's scope, for a build's renderers."""
        scope = fragment_scope(site, theme_key)
        if scope != self.scope:
            self.scope, self.at_hand, self.all_at_hand = scope, {}, False
            self.store().keep_scope(scope)
        return StoredTexts(self.store(), scope)

    def forget_at_hand(self) -> None:
        """After a render on workers, which rendered the fragments in their own memory: the
        store has them, and the next build that needs them reads them from there."""
        self.at_hand, self.all_at_hand = {}, False

    def preload(self, site: Site, theme_key: str, cards: CardDigests) -> None:
        """serve, before anyone saves: the stored fragments of the current entries into
        memory. An edit re-renders the pages of its companies and tags, each listing hundreds
        of entries; without this, the first edit would read their fragments from SQLite, a
        good part of that rebuild. Fragments of versions no entry has any more are left out,
        and the store forgets them once they pile up."""
        self.stored(site, theme_key)
        store = self.store()
        current = {key: html for key, html in store.get_scope(self.scope).items()
                   if is_current_fragment(key, site, cards)}
        store.retain(self.scope, set(current))
        for key, html in current.items():
            self.at_hand.setdefault(key, html)
        self.all_at_hand = True
