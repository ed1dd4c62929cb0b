"""What a build leaves for the next one besides the manifest of public/ (`manifest.py`): the
saved state (`.cache/state.pickle`) holds the parsed entries, the model, the plan and the
entries' card digests, so a build after an edit starts from there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from builder import cache
from builder.manifest import microseconds

if TYPE_CHECKING:
    from builder.content import Entry
    from builder.keys import CardDigests
    from builder.kinds import Output
    from builder.plan import Positions
    from builder.site import Site

STATE = "state"
# The entry files' stats as the saved state has them, apart: a build reads them before the
# state itself, to start parsing what changed since (`entries.ParseAhead`).
STATE_STATS = "state-stats"
STALE_ENTRIES = 20  # entries parsed again since the state was saved that make a build save it

EntryFiles = dict[str, tuple[int, int, "Entry"]]  # rel path → (mtime_ns, size, entry)


def next_release(entries: list[Entry], moment: datetime, drafts: bool) -> int:
    """`site.first_release` in µs, as the manifest keeps it; 0: never."""
    from builder.site import first_release  # a build that finds nothing changed needs no model

    release = first_release(entries, moment, drafts)
    return microseconds(release) if release is not None else 0


@dataclass
class Planned:
    """The last plan, with the theme key and model it was made for (`plan.replan` starts
    from it when the structure and theme key are the same)."""

    theme_key: str
    outputs: list[Output]
    site: Site
    # `plan.positions(outputs)`, worked out when first asked for; a replan keeps them true.
    known_positions: Positions | None = None

    def positions(self) -> Positions:
        if self.known_positions is None:
            from builder.plan import positions

            self.known_positions = positions(self.outputs)
        return self.known_positions


class SavedState:
    """`.cache/state.pickle`: the entries, model and plan of the last build that saved them.

    Saved again only when that saves real work: each entry edited since the state was saved
    costs every later build a little (parsed again, its outputs replanned), rewriting the
    state of a big digest costs more; so after a cold build, a change of shape, theme or
    settings, or once `STALE_ENTRIES` entries changed."""

    def __init__(self, root: Path):
        self.root = root
        self.stale = False  # out of date: rewrite it once this build's plan is known
        self._unsaved: dict[str, Any] | None = None  # what `save` will write

    def load(self, cards: CardDigests) -> tuple[EntryFiles, Planned | None]:
        """The entries (rel → (mtime, size, Entry)) the last full build saved, and its plan
        with its model; the card digests it saved go back into `cards` (a listing's
        fingerprint hashes its entries' cards, and an edit touches listings of hundreds of
        entries)."""
        from builder.kinds import Output  # the kinds of output, imported by builds that plan
        from builder.site import Site

        with cache.collector_paused():
            stored = cache.load(self.root, STATE)
            site, outputs = stored.get("site"), stored.get("outputs")
            planned = None
            if isinstance(site, Site) and isinstance(outputs, list):
                planned = Planned(stored["theme_key"], list(map(Output._make, outputs)), site)
                saved = stored.get("cards")
                if isinstance(saved, dict):
                    cards.remember(saved)
        entries = stored.get("entries")
        return (entries if isinstance(entries, dict) else {}), planned

    def saved_stats(self) -> dict[str, tuple[int, int]]:
        """rel → (mtime_ns, size) of each entry file in the saved state, without loading it
        (a mismatch with the state costs time, never a wrong entry: see `ParseAhead`)."""
        stats = cache.load(self.root, STATE_STATS).get("stats")
        return stats if isinstance(stats, dict) else {}

    def keep_entries(self, entries: EntryFiles) -> None:
        """Save the entries alone (with their new stats) if the state is stale: a build that
        found nothing changed has no new plan to save."""
        if self.stale:
            self._unsaved = {"entries": entries}
            self.save()

    def keep(self, entries: EntryFiles, planned: Planned, cards: CardDigests) -> None:
        """Have the next `save` write these entries, this plan and its model (with which
        entries' related lists show each entry, `Site.shown_by`: the next build's replan
        asks, and worked out there it would be a pass over every related list)."""
        site = planned.site
        site.shown_by()
        self._unsaved = {"entries": entries, "site": site, "theme_key": planned.theme_key,
                         "outputs": list(map(tuple, planned.outputs)),  # unpickled faster
                         "cards": cards.table(site.entries)}

    def save(self) -> None:
        """Write what `keep` was given, if anything; called while the render workers are
        busy, where there are any."""
        state, self._unsaved = self._unsaved, None
        if state is not None:
            cache.save(self.root, STATE, state)
            stats = {rel: (mtime, size) for rel, (mtime, size, _) in state["entries"].items()}
            cache.save(self.root, STATE_STATS, {"stats": stats}, plain=True)
            self.stale = False
