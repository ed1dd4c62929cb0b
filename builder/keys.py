"""What invalidates what: the keys that decide whether something made earlier is still good.

Every cached or published thing is reused only while its key is unchanged, so each key must
cover everything the thing shows. The keys, from the smallest to the widest:

- an entry's `digest` (the hash of its file's bytes, `content.Entry.digest`): its page, its
  body's HTML, a feed's `<entry>` of it;
- `card_digest`: what a listing shows of an entry (a card);
- `site.entry_shape`: what decides where an entry appears (a change of shape re-plans the site);
- `fragment_scope`: what every listing fragment depends on besides its entry's card;
- each output's fingerprint (`kinds`): what one file of public/ shows;
- the theme key (`theme_key`): the code, the templates, the settings, `--drafts`; every
  output's fingerprint includes it;
- the world key (`world_key`) and the inputs key (`inputs_key`): all a full build reads, by
  content and by file stats, to stop early when nothing changed;
- `CODE`: the code that made all of it, every file of the installed package. Every cache
  (`cache.py`) and the theme key (so every fingerprint) include it: an upgrade, or an edit
  of any module, never serves what older code made.

The theme key, the inputs key and `CODE` are known before any entry is parsed, and a build
that finds nothing changed needs no other: they live in `input_keys.py`, which imports neither
the site model nor the entries' fields.
"""

from __future__ import annotations

from datetime import datetime

from builder.config import SiteConfig
from builder.content import VERSIONS_KEPT, Entry, version_of
from builder.events import Event
from builder.fields import spell_card
from builder.input_keys import digest_of
from builder.memo import Memo
from builder.site import Site, entry_shape, shown_entries


def card_digest(entry: Entry) -> str:
    """What a listing shows of an entry: its shape and its `Shows.CARD` fields (title,
    source, summary: `fields.py` says which); a body-only edit leaves listings alone."""
    return digest_of(entry_shape(entry), spell_card(entry))


class CardDigests(Memo[Entry, str]):
    """`card_digest` of each entry version met, remembered by the `Builder` that owns this
    and hands it to its plans (`Planner.listing`), renderers (`fragment_key`) and saved
    state: a listing's fingerprint hashes the cards of hundreds of entries, and serve's
    rebuild, or a build after an edit, would otherwise hash them all again."""

    def __init__(self) -> None:
        super().__init__(card_digest, version_of, VERSIONS_KEPT)


def fragment_scope(site: Site, theme_key: str) -> str:
    """What a listing fragment (a card) depends on besides its entry's card:
    the theme and settings, and the company slugs its chips link to."""
    return digest_of(theme_key, site.company_slugs_key)


def fragment_key(macro: str, entry: Entry, cards: CardDigests, detail: object = "") -> str:
    """A listing fragment's key: the macro, its entry, the version of the entry it shows
    (`shown_version`) and what else it depends on (a card's heading level, a feed entry's
    tag names)."""
    return f"{macro}|{entry.slug}|{shown_version(macro, entry, cards)}|{detail}"


def shown_version(macro: str, entry: Entry, cards: CardDigests) -> str:
    """A feed entry shows the whole entry; a card only its card."""
    return entry.digest if macro == "feed_entry" else cards(entry)


EVENT_JSON = "event_json"  # an event's item of reversals.json, as a fragment
TIMELINE_ITEM = "timeline_item"  # an event's item of its company's timeline, as a fragment
_EVENT_FRAGMENTS = (EVENT_JSON, TIMELINE_ITEM)


def event_fragment_keys(kind: str, site: Site, events: list[Event]) -> list[str]:
    """The key of each event's fragment of `kind` (`EVENT_JSON`, `TIMELINE_ITEM`), in order:
    an event's fragments show its reports, which its version (`events.event_version`) covers."""
    versions = site.event_versions
    return [f"{kind}|{event.slug}|{versions[event.slug]}" for event in events]


def is_current_fragment(key: str, site: Site, cards: CardDigests) -> bool:
    """Whether a stored fragment's key (`fragment_key`) names the current version of an
    entry of `site`: the others are left by edits since."""
    macro, slug, version = (key.split("|") + ["", ""])[:3]
    if macro in _EVENT_FRAGMENTS:
        return version == site.event_versions.get(slug)
    entry = site.by_slug.get(slug)
    return entry is not None and version == shown_version(macro, entry, cards)


def world_key(settings: list[str], entries: list[Entry], config: SiteConfig, moment: datetime,
              drafts: bool) -> str:
    """Everything the whole output is a function of: `settings` (the theme key and the
    theme's static files) and the version of every entry published at `moment` (drafts and
    future dates decide that)."""
    shown = [f"{e.rel_path}:{e.digest}" for e in shown_entries(entries, moment, config.tz, drafts)]
    return digest_of(*settings, *shown)
