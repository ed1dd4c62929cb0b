"""The site model: entries plus the companies, tags and timelines derived from them, with URLs.

Pure data, built in one pass from validated entries and the config; rendering only reads it.
Everything is sorted so that iteration order (and so the output) never depends on file order.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo
from functools import cached_property

from builder.archive import by_month
from builder.config import SiteConfig
from builder.content import Entry, Reversal, per_version
from builder.errors import Problem, SiteError
from builder.events import Event, event_version, group_events
from builder.fields import spell_shape, tag_slug
from builder.slugs import free_slug, slugify

RELATED_LIMIT = 5


@dataclass
class Company:
    name: str
    slug: str
    url: str  # the company's own website, from the gazetteer
    entries: list[Entry] = field(default_factory=list)  # newest first
    reversals: list[tuple[Entry, Reversal]] = field(default_factory=list)  # newest first
    events: list[Event] = field(default_factory=list)  # newest first: what its timeline lists

    @property
    def latest(self) -> datetime | None:
        return self.reversals[0][0].published if self.reversals else None


@dataclass
class Tag:
    """One tag however it is spelled: `name` is how pages show it (see `_tag_name`)."""

    name: str
    slug: str
    entries: list[Entry] = field(default_factory=list)


@dataclass(frozen=True)
class Showing:
    """Which entries a model shows holds from `since` (when it was made) until `until`, the
    date of the first entry hidden for being dated later (None: none is), for builds with
    drafts shown or not as `drafts` says."""

    since: datetime
    until: datetime | None
    drafts: bool

    def holds(self, now: datetime, drafts: bool) -> bool:
        return drafts == self.drafts and self.since <= now and \
            (self.until is None or now < self.until)


@dataclass
class Site:
    config: SiteConfig
    entries: list[Entry]  # published entries, newest first
    companies: dict[str, Company]  # by slug, sorted by name
    tags: dict[str, Tag]  # by slug, sorted
    company_of: dict[str, Company]  # canonical company name → Company
    tag_of: dict[str, Tag]  # each spelling of a tag in the entries → Tag
    related: dict[str, list[Entry]]  # entry slug → related entries
    events: list[Event] = field(default_factory=list)  # every reversal event, newest first
    structure: str = ""  # hash of all that shapes the model (see `entry_shape`)
    showing: Showing | None = None  # how long its entries are those to show (builds only)
    # Worked out when serve first asks, then shared by every model of the same structure.
    _shown_by: dict[str, list[str]] | None = field(default=None, repr=False, compare=False)
    # What the plan works out from the structure alone (`Planner.per_structure`), shared by
    # every model of the same structure as `_shown_by` is.
    per_structure: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def url(self, path: str) -> str:
        """A site-relative path (`entries/x/`) as a link carrying base_url's path."""
        return self.config.base_path + path.lstrip("/")

    def absolute(self, path: str) -> str:
        return self.config.site_origin + self.url(path)

    @cached_property
    def by_slug(self) -> dict[str, Entry]:
        return {entry.slug: entry for entry in self.entries}

    @cached_property
    def position(self) -> dict[str, int]:
        """Entry slug → its place in `entries`: the same for every model of one structure."""
        return {entry.slug: index for index, entry in enumerate(self.entries)}

    @cached_property
    def event_position(self) -> dict[str, int]:
        """Event slug → its place in `events`: the same for every model of one structure."""
        return {event.slug: index for index, event in enumerate(self.events)}

    @cached_property
    def event_by_slug(self) -> dict[str, Event]:
        return {event.slug: event for event in self.events}

    @cached_property
    def event_versions(self) -> dict[str, str]:
        """Event slug → `event_version`, asked for by the plan and the render alike."""
        return {event.slug: event_version(event) for event in self.events}

    @cached_property
    def entries_by_month(self) -> dict[str, list[Entry]]:
        """`archive.by_month` of the entries, which the archive's kinds each ask for: one
        pass for all the months an edit replans, rather than one over all entries for each."""
        return by_month(self.entries)

    @cached_property
    def events_of(self) -> dict[str, list[str]]:
        """Entry slug → the slugs of the events it reports, in its reversals' order."""
        found: dict[str, list[str]] = {}
        for event in self.events:
            for entry, _ in event.reports:
                slugs = found.setdefault(entry.slug, [])
                if event.slug not in slugs:
                    slugs.append(event.slug)
        return found

    def event_of(self, entry: Entry, reversal: Reversal) -> Event | None:
        """The event a reversal item of `entry` was grouped into."""
        for slug in self.events_of.get(entry.slug, ()):
            event = self.event_by_slug[slug]
            if any(e.slug == entry.slug and r == reversal for e, r in event.reports):
                return event
        return None

    @cached_property
    def company_links(self) -> dict[str, str]:
        """Company name, or a gazetteer alias of one, → the link to its page."""
        links = {name: self.url(company_path(c)) for name, c in self.company_of.items()}
        for known in self.config.companies:
            if known.name in self.company_of:
                for alias in known.aliases:
                    links.setdefault(alias, links[known.name])
        return links

    def shown_by(self) -> dict[str, list[str]]:
        """Entry slug → the slugs of the entries whose related list shows it: the entry
        pages an edit of it touches besides its own."""
        if self._shown_by is None:
            self._shown_by = {}
            for slug, group in self.related.items():
                for entry in group:
                    self._shown_by.setdefault(entry.slug, []).append(slug)
        return self._shown_by

    def listed_on(self, entry: Entry) -> tuple[set[str], set[str]]:
        """The slugs of the companies and of the tags whose pages list `entry` (the company
        timelines list reversals too, whether or not the entry names the company)."""
        canonical = _canonical_names(self.config)
        names = {canonical.get(n, n) for n in entry.companies}
        names |= {canonical.get(r.company, r.company) for r in entry.reversals}
        return {self.company_of[name].slug for name in names}, self.tag_slugs(entry)

    def tag_slugs(self, entry: Entry) -> set[str]:
        return {self.tag_of[tag].slug for tag in entry.tags}

    def tag_names(self, entry: Entry) -> str:
        """How the entry's tags are shown (`Tag.name`), which other entries' spellings
        decide: part of the key of every output that shows them."""
        return "\x1f".join(self.tag_of[tag].name for tag in entry.tags)


def entry_path(entry: Entry) -> str:
    return f"entries/{entry.slug}/"


def company_path(company: Company) -> str:
    return f"companies/{company.slug}/"


def tag_path(tag: Tag) -> str:
    return f"tags/{tag.slug}/"


def build_site(config: SiteConfig, entries: list[Entry], *, include_drafts: bool,
               now: datetime, previous: Site | None = None, rebuilding: bool = False,
               edits: list[tuple[Entry, Entry]] | None = None) -> Site:
    """Assemble the model; duplicate slugs are errors naming both files.

    With `previous` (serve's last model, or the one the last full build saved): when no
    entry changed shape — only titles, summaries or bodies were edited — its companies, tags
    and related lists are reused with the new entries in place, instead of being worked out
    again for the whole digest. `edits` (old version, new version), when the caller knows
    that these are all that changed since `previous` was made from `entries`, spares even a
    look at the others. `rebuilding` (every build; `digest check` does without) works out
    the structure the next rebuild compares with."""
    if previous is not None and edits is not None:
        new = _shown_edits(previous, config, edits, now, include_drafts)
        if new is not None:
            return _with_new_entries(previous, config, new, previous.showing)
    published = shown_entries(entries, now, config.tz, include_drafts)
    structure = ""  # only builds that may be followed by a rebuild compare structures
    showing = None
    if previous is not None or rebuilding:
        showing = Showing(now, first_release(entries, now, include_drafts), include_drafts)
        # When it matches, the order, the slugs and every list are the previous model's,
        # so neither sorting nor checking is needed again.
        if previous is not None and _same_structure(previous, config, published):
            old = previous.by_slug
            return _with_new_entries(previous, config,
                                     {e.slug: e for e in published if old[e.slug] is not e},
                                     showing)
        structure = hashlib.blake2b("\0".join([config.fingerprint, *map(entry_shape, published)])
                                    .encode(), digest_size=16).hexdigest()
    published.sort(key=lambda e: (e.published, e.slug), reverse=True)
    _refuse_duplicate_slugs(published)

    canonical = _canonical_names(config)
    companies_by_name: dict[str, Company] = {}
    gazetteer = {c.name: c for c in config.companies}
    names = sorted({canonical.get(n, n) for e in published for n in e.companies})
    slugs = _company_slugs(names, config)
    for name in names:
        known = gazetteer.get(name)
        companies_by_name[name] = Company(name, slugs[name], known.url if known else "")
    tags: dict[str, Tag] = {}
    tag_of: dict[str, Tag] = {}
    spellings: dict[str, Counter[str]] = {}  # tag slug → how often each spelling is written
    for entry in published:
        for name in dict.fromkeys(canonical.get(n, n) for n in entry.companies):
            companies_by_name[name].entries.append(entry)
        for reversal in entry.reversals:
            company = companies_by_name[canonical.get(reversal.company, reversal.company)]
            company.reversals.append((entry, reversal))
        for spelling in entry.tags:  # one spelling per slug in an entry (`fields._tags`)
            tag = tag_of.get(spelling)
            if tag is None:
                slug = tag_slug(spelling)
                tag = tag_of[spelling] = tags.setdefault(slug, Tag(spelling, slug))
            tag.entries.append(entry)
            spellings.setdefault(tag.slug, Counter())[spelling] += 1
    tags = dict(sorted(tags.items()))
    for slug, tag in tags.items():
        tag.name = config.topic_labels.get(slug) or _tag_name(spellings[slug])
    companies = {c.slug: c for c in sorted(companies_by_name.values(),
                                           key=lambda c: (c.name.casefold(), c.slug))}
    events = group_events([item for c in companies.values() for item in c.reversals],
                          canonical, slugs)
    for event in events:
        companies_by_name[event.company].events.append(event)
    return Site(
        config=config, entries=published, companies=companies,
        tags=tags, company_of=companies_by_name, tag_of=tag_of,
        related=_related(published, companies_by_name, tag_of, canonical), events=events,
        structure=structure, showing=showing,
    )


def _tag_name(spellings: Counter[str]) -> str:
    """How a tag is shown (unless site.yaml gives its topic a label): its most common
    spelling, ties going to the first in sort order."""
    return min(spellings.items(), key=lambda item: (-item[1], item[0]))[0]


@per_version
def entry_shape(entry: Entry) -> str:
    """What decides where an entry appears: its `Shows.SHAPE` fields (date, companies, tags,
    reversals, draft, slug; not its title, summary or body). A listing's card shows all of
    it too (`keys.card_digest`)."""
    return spell_shape(entry)


def _same_structure(previous: Site, config: SiteConfig, published: list[Entry]) -> bool:
    """Whether `published` has exactly `previous`'s slugs, each in the same shape: what
    comparing the structure hashes would say, at the cost of looking at edited entries only
    (an unchanged file's entry is the very object the previous model holds)."""
    if not previous.structure or previous.config.fingerprint != config.fingerprint:
        return False
    old = previous.by_slug
    if len(published) != len(old) or {e.slug for e in published} != old.keys():
        return False
    return all(old[e.slug] is e or entry_shape(old[e.slug]) == entry_shape(e) for e in published)


def _shown_edits(previous: Site, config: SiteConfig, edits: list[tuple[Entry, Entry]],
                 now: datetime, include_drafts: bool) -> dict[str, Entry] | None:
    """Slug → new version of each edited entry `previous` shows, when no edit changes which
    entries are shown or the shape of one (`entry_shape`) and no entry's date has come since
    `previous` was made; else None (the model is made the long way)."""
    showing = previous.showing
    if showing is None or not showing.holds(now, include_drafts) or \
            previous.config.fingerprint != config.fingerprint:
        return None
    tomorrow = _tomorrow(now, config.tz)
    new: dict[str, Entry] = {}
    for old, entry in edits:
        shown = _is_shown(entry, now, tomorrow, include_drafts)
        if shown != _is_shown(old, now, tomorrow, include_drafts):
            return None
        if not shown:  # hidden still: only its coming out, which its date decides, matters
            if (old.draft, old.published) != (entry.draft, entry.published):
                return None
        elif old.slug not in previous.by_slug or entry_shape(old) != entry_shape(entry):
            return None
        else:
            new[entry.slug] = entry
    return new


def _with_new_entries(previous: Site, config: SiteConfig, new: dict[str, Entry],
                      showing: Showing | None) -> Site:
    """`previous`'s model with the entries of `new` (slug → new version, same shape) in
    place of their old versions, showing the same entries as long as `showing` says. Only
    the lists that hold one of them are made anew; the others, and their companies and
    tags, are the previous model's own."""
    if not new:
        site = replace(previous, config=config, showing=showing)
        _carry_lookups(site, previous, [])
        return site
    entries = list(previous.entries)
    position = previous.position
    for slug, entry in new.items():
        entries[position[slug]] = entry
    changed = list(new.values())
    touched_companies: set[str] = set()
    touched_tags: set[str] = set()
    for entry in changed:
        companies, tags = previous.listed_on(entry)  # the same lists as before: same shape
        touched_companies |= companies
        touched_tags |= tags

    def fresh(group: list[Entry]) -> list[Entry]:
        return [new.get(e.slug, e) for e in group]

    def fresh_reports(reports: list[tuple[Entry, Reversal]]) -> list[tuple[Entry, Reversal]]:
        return [(new.get(e.slug, e), r) for e, r in reports]

    event_of = previous.event_by_slug
    reported = {slug for e in changed for slug in previous.events_of.get(e.slug, ())}
    events = list(previous.events)
    if reported:
        event_of = dict(event_of)
        for slug in reported:
            v = event_of[slug] = Event(slug, event_of[slug].company, event_of[slug].kind,
                                       fresh_reports(event_of[slug].reports))
            events[previous.event_position[slug]] = v
    company_of = {
        name: Company(c.name, c.slug, c.url, fresh(c.entries), fresh_reports(c.reversals),
                      [event_of[v.slug] for v in c.events])
        if c.slug in touched_companies else c
        for name, c in previous.company_of.items()}
    by_slug = {c.slug: c for c in company_of.values()}
    related = dict(previous.related)
    shown_by = previous.shown_by()
    for slug in {s for e in changed for s in shown_by.get(e.slug, ())}:
        related[slug] = fresh(related[slug])
    tags = {slug: Tag(t.name, t.slug, fresh(t.entries)) if slug in touched_tags else t
            for slug, t in previous.tags.items()}
    site = Site(
        config=config, entries=entries,
        companies={slug: by_slug[slug] for slug in previous.companies},
        tags=tags, company_of=company_of,
        tag_of={spelling: tags[t.slug] for spelling, t in previous.tag_of.items()},
        related=related, events=events,
        structure=previous.structure, showing=showing,
        _shown_by=shown_by, per_structure=previous.per_structure,
    )
    site.by_slug = previous.by_slug | new  # what the cached properties would work out again
    site.event_by_slug = event_of
    site.position, site.event_position = position, previous.event_position
    _carry_lookups(site, previous, changed)
    return site


def _carry_lookups(site: Site, previous: Site, changed: list[Entry]) -> None:
    """Give `site` the lookups `previous` had worked out (its cached properties), with only
    what the `changed` entries touch worked out again: each is a pass over the whole digest,
    and serve's rebuild, or a build after an edit, would otherwise make every one of them
    again for one entry. Same structure, so the same events, months and slugs."""
    known = previous.__dict__
    if not changed:  # the very same entries and events: every lookup holds
        site.__dict__.update({name: value for name, value in known.items() if name in _LOOKUPS})
        return
    for name in ("events_of", "company_links"):  # slugs, names and links: structure
        if name in known:
            site.__dict__[name] = known[name]
    if "event_versions" in known:
        versions = dict(previous.event_versions)
        for slug in {s for entry in changed for s in site.events_of.get(entry.slug, ())}:
            versions[slug] = event_version(site.event_by_slug[slug])
        site.event_versions = versions
    months = {f"{entry.day:%Y-%m}" for entry in changed}
    if "entries_by_month" in known:
        groups = dict(known["entries_by_month"])
        for month in months & groups.keys():
            groups[month] = [site.by_slug[e.slug] for e in groups[month]]
        site.entries_by_month = groups


_LOOKUPS = frozenset(name for name, value in vars(Site).items()
                     if isinstance(value, cached_property))


def shown_entries(entries: list[Entry], now: datetime, tz: tzinfo,
                  include_drafts: bool) -> list[Entry]:
    """The entries readers see at `now` (`_is_shown`): neither drafts nor dated later, unless
    `include_drafts`."""
    tomorrow = _tomorrow(now, tz)
    return [e for e in entries if _is_shown(e, now, tomorrow, include_drafts)]


def _tomorrow(now: datetime, tz: tzinfo) -> datetime:
    return datetime.combine(now.astimezone(tz).date() + timedelta(days=1), time(), tz)


def _is_shown(entry: Entry, now: datetime, tomorrow: datetime, include_drafts: bool) -> bool:
    """Whether readers see `entry` at `now` (`tomorrow`: the start of the next day in the
    site's timezone, until which an entry dated by day only is today's). One comparison for
    the usual entry, dated before now."""
    return include_drafts or not entry.draft and (
        entry.published <= now or (not entry.has_time and entry.published < tomorrow))


def first_release(entries: list[Entry], now: datetime, include_drafts: bool) -> datetime | None:
    """When the first entry hidden for being dated later than `now` comes out (None:
    never). An entry dated by day only comes out at the start of its day in the site's
    timezone, which its `published` is."""
    if include_drafts:
        return None
    return min((e.published for e in entries if not e.draft and e.published > now),
               default=None)


def is_future(entry: Entry, now: datetime, today: date) -> bool:
    """A bare date counts as the whole day in the site's timezone, never 'tomorrow in UTC'."""
    return entry.published > now if entry.has_time else entry.day > today


def _refuse_duplicate_slugs(entries: list[Entry]) -> None:
    first: dict[str, Entry] = {}
    problems = []
    for entry in sorted(entries, key=lambda e: e.rel_path):
        if entry.slug in first:
            problems.append(Problem(entry.rel_path, entry.slug_line,
                                    f"slug '{entry.slug}' is also used by "
                                    f"{first[entry.slug].rel_path}; give one a 'slug:'"))
        else:
            first[entry.slug] = entry
    if problems:
        raise SiteError(problems)


def _canonical_names(config: SiteConfig) -> dict[str, str]:
    """Alias → canonical name, so an editor who writes 'Facebook' still lands on Meta's page."""
    return {alias: c.name for c in config.companies for alias in c.aliases}


def _company_slugs(names: list[str], config: SiteConfig) -> dict[str, str]:
    """Explicit gazetteer slugs first, then derived ones: companies listed in site.yaml pick
    before unlisted ones (so an unlisted "NESTLE!" never takes Nestlé's URL), each group in
    name order; a collision gets -2, -3."""
    chosen = {c.name: c.slug for c in config.companies if c.slug}
    taken = set(chosen.values())
    result = {name: chosen[name] for name in names if name in chosen}
    listed = {c.name for c in config.companies}
    for name in sorted((n for n in names if n not in chosen), key=lambda n: (n not in listed, n)):
        result[name] = free_slug(slugify(name), taken)
    return result


def _related(entries: list[Entry], companies: dict[str, Company], tag_of: dict[str, Tag],
             canonical: dict[str, str]) -> dict[str, list[Entry]]:
    """Each entry's neighbours in time on its companies' and tags' timelines.

    Nearest neighbours rather than a similarity score: O(1) per entry on a big digest, and a
    reader of an entry about Meta most wants the Meta stories just before and after it.
    """
    timelines: dict[str, list[Entry]] = {}
    position: dict[str, dict[str, int]] = {}
    for key, group in [*((f"c:{n}", c.entries) for n, c in companies.items()),
                       *((f"t:{t.slug}", t.entries) for t in tag_of.values())]:
        timelines[key] = group
        position[key] = {entry.slug: index for index, entry in enumerate(group)}
    rank = {entry.slug: index for index, entry in enumerate(entries)}  # newest first
    related: dict[str, list[Entry]] = {}
    for entry in entries:
        keys = [f"c:{canonical.get(n, n)}" for n in entry.companies]
        keys += [f"t:{tag_of[t].slug}" for t in entry.tags]
        picked: dict[str, Entry] = {}
        for distance in (1, 2, 3):
            for key in keys:
                group = timelines[key]
                here = position[key][entry.slug]
                for index in (here - distance, here + distance):
                    if 0 <= index < len(group):
                        picked.setdefault(group[index].slug, group[index])
            if len(picked) >= RELATED_LIMIT:
                break
        related[entry.slug] = sorted(picked.values(), key=lambda e: rank[e.slug])[:RELATED_LIMIT]
    return related
