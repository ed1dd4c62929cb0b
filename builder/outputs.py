"""What the site consists of: one `Output` per file in public/, each with a fingerprint.

The fingerprint hashes everything the file depends on (its entries' contents, the cards of
the entries it lists, the theme and the settings), so the build renders only outputs whose
fingerprint changed since the last build, and `serve` re-renders only what an edit touched.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from itertools import groupby
from typing import TYPE_CHECKING, Any, NamedTuple

from markupsafe import Markup, escape

from builder import charts, jsonld
from builder import reversal_outputs as events_out
from builder.content import Entry, per_version
from builder.events import KIND_LABELS, Event, action_kind
from builder.fields import spell_card
from builder.site import Company, Site, Tag, company_path, entry_path, entry_shape, tag_path

if TYPE_CHECKING:
    from jinja2 import Environment

    from builder.bodies import Bodies
    from builder.cache import StoredTexts
    from builder.theme_layers import Theme

STATIC_DIR = "static"


class Output(NamedTuple):
    """A named tuple, not a dataclass: a plan has one per file of public/, and the saved
    plan (`build._save_state`) unpickles as fast as plain tuples."""

    path: str  # relative to public/, forward slashes
    kind: str
    key: str
    fingerprint: str


def _hash(*parts: str) -> str:
    return hashlib.blake2b("\0".join(parts).encode(), digest_size=16).hexdigest()


@per_version
def card_digest(entry: Entry) -> str:
    """What a listing shows of an entry: its shape and its `Shows.CARD` fields (title,
    source, summary); a body-only edit leaves listings alone."""
    return _hash(entry_shape(entry), spell_card(entry))


def fragment_scope(site: Site, theme_key: str) -> str:
    """What a listing fragment (a card) depends on besides its entry's card:
    the theme and settings, and the company slugs its chips link to."""
    return _hash(theme_key, *(f"{c.name}={c.slug}" for c in site.companies.values()))


# The template of each kind of HTML page.
PAGE_TEMPLATES = {"home": "index.html", "entry": "entry.html", "companies": "companies.html",
                  "company": "company.html", "tags": "tags.html", "tag": "tag.html",
                  "notfound": "404.html", "search": "search.html", "event": "event.html",
                  "events": "reversals.html"}


# Where each kind of HTML page is published (globs relative to public/).
PAGE_GLOBS = {"home": ["index.html", "page/*/index.html"], "entry": ["entries/*/index.html"],
              "companies": ["companies/index.html"],
              "company": ["companies/*/index.html", "companies/*/page/*/index.html"],
              "tags": ["tags/index.html"],
              "tag": ["tags/*/index.html", "tags/*/page/*/index.html"],
              "notfound": ["404.html"], "search": ["search/index.html"],
              "event": ["reversals/*/index.html"], "events": ["reversals/index.html"]}


def search_globs(env: Environment, marker: str) -> list[str]:
    """The pages worth giving the search indexer: those whose template can carry `marker`
    (with the built-in theme, the entry pages only; with none, every page)."""
    kinds = kinds_with(env, marker)
    return [glob for kind in sorted(kinds) for glob in PAGE_GLOBS[kind]] or ["**/*.html"]


def kinds_with(env: Environment, marker: str) -> set[str]:
    """The kinds of page whose template has `marker` in its source, or in a template it
    extends, includes or imports. Others may show it only as text from an entry, escaped.
    A template that cannot be read or parsed counts as having it (its render will say why)."""
    from jinja2 import TemplateError, meta

    known: dict[str, bool] = {}

    def has(name: str) -> bool:
        if name not in known:
            known[name] = False  # a template that refers to itself is no evidence
            try:
                source = env.loader.get_source(env, name)[0]  # type: ignore[union-attr]
                found = marker in source or any(
                    ref is None or has(ref)
                    for ref in meta.find_referenced_templates(env.parse(source)))
            except TemplateError:
                found = True
            known[name] = found
        return known[name]

    return {kind for kind, name in PAGE_TEMPLATES.items() if has(name)}


def home_pages(site: Site) -> int:
    return max(1, -(-len(site.entries) // site.config.per_page))


def home_path(page: int) -> str:
    return "" if page == 1 else f"page/{page}/"


def listing_pages(entries: list[Entry], per_page: int) -> int:
    """How many pages a company's or topic's listing of `entries` takes (at least one)."""
    return max(1, -(-len(entries) // per_page))


def page_key(slug: str, page: int) -> str:
    """A paginated listing's output key: the slug for its first page, `slug/N` after."""
    return slug if page == 1 else f"{slug}/{page}"


def parse_page_key(key: str) -> tuple[str, int]:
    slug, _, page = key.partition("/")
    return slug, int(page or 1)


class _Planner:
    """Fingerprints, one output at a time: `plan` asks for all of them, `replan` for the few
    an edit touched."""

    def __init__(self, site: Site, theme_key: str):
        self.site = site
        self.theme_key = theme_key
        self.slugs_of = _hash(*(f"{c.name}={c.slug}" for c in site.companies.values()))
        self.pages = home_pages(site)
        # The front page's chips and charts: events by company, month and kind.
        self.summary = _hash(*(f"{c.slug}:{len(c.events)}" for c in site.companies.values()),
                             repr(charts.months(site.events)), repr(charts.kinds(site.events)))

    def listing(self, entries: list[Entry]) -> str:
        return _hash(*map(card_digest, entries))

    def shown(self, entries: list[Entry]) -> str:
        """What a feed shows of its entries: each whole, with its tags as the site names them."""
        return _hash(*(f"{e.digest}:{self.site.tag_names(e)}" for e in entries))

    def home(self, page: int) -> Output:
        site, per_page = self.site, self.site.config.per_page
        chunk = site.entries[(page - 1) * per_page: page * per_page]
        return Output(home_path(page) + "index.html", "home", str(page),
                      _hash(self.theme_key, self.slugs_of, self.summary, str(page), str(self.pages),
                            self.listing(chunk)))

    def entry(self, entry: Entry) -> Output:
        return Output(entry_path(entry) + "index.html", "entry", entry.slug,
                      _hash(self.theme_key, self.slugs_of, entry.digest, self.site.tag_names(entry),
                            self.listing(self.site.related[entry.slug]),
                            *self.site.events_of.get(entry.slug, ())))

    def company(self, company: Company, page: int) -> Output:
        per_page = self.site.config.per_page
        pages = listing_pages(company.entries, per_page)
        listed = self.listing(company.entries[(page - 1) * per_page: page * per_page])
        if page == 1:
            # The timeline lists events, whose entries need not name the company in
            # `companies`; the stats count all its entries.
            listed = _hash(listed, str(len(company.entries)),
                           self.listing([e for e, _ in company.reversals]),
                           *(f"{v.slug}:{len(v.reports)}:{v.kind}:{v.first_reported}"
                             for v in company.events))
        return Output(company_path(company) + home_path(page) + "index.html", "company",
                      page_key(company.slug, page),
                      _hash(self.theme_key, self.slugs_of, company.name, str(pages), listed))

    def company_feed(self, company: Company) -> Output:
        recent = company.entries[:self.site.config.feed_size]
        return Output(company_path(company) + "feed.xml", "company_feed", company.slug,
                      _hash(self.theme_key, self.slugs_of, company.name, self.shown(recent)))

    def tag(self, tag: Tag, page: int) -> Output:
        per_page = self.site.config.per_page
        chunk = tag.entries[(page - 1) * per_page: page * per_page]
        return Output(tag_path(tag) + home_path(page) + "index.html", "tag",
                      page_key(tag.slug, page),
                      _hash(self.theme_key, self.slugs_of, tag.slug, tag.name,
                            str(len(tag.entries)), self.listing(chunk)))

    def tag_feed(self, tag: Tag) -> Output:
        recent = tag.entries[:self.site.config.feed_size]
        return Output(tag_path(tag) + "feed.xml", "tag_feed", tag.slug,
                      _hash(self.theme_key, self.slugs_of, tag.slug, tag.name,
                            self.shown(recent)))

    def event(self, slug: str) -> Output:
        return Output(events_out.event_path(self.site.event_by_slug[slug]) + "index.html",
                      "event", slug, events_out.event_fingerprint(
                          self.theme_key, self.slugs_of, self.site,
                          self.site.event_by_slug[slug]))

    def data_json(self) -> Output:
        return Output(events_out.JSON_PATH, "data_json", "",
                      events_out.json_fingerprint(self.theme_key, self.site))

    def feed(self) -> Output:
        recent = self.site.entries[:self.site.config.feed_size]
        return Output("feed.xml", "feed", "",
                      _hash(self.theme_key, self.slugs_of, self.shown(recent)))


def plan(site: Site, theme_key: str, static_files: dict[str, str]) -> list[Output]:
    """Every output of the site, in a stable order. `static_files` maps path → content hash."""
    planner = _Planner(site, theme_key)
    outputs = [planner.home(page) for page in range(1, planner.pages + 1)]
    outputs += [planner.entry(entry) for entry in site.entries]
    add = outputs.append
    add(Output("companies/index.html", "companies", "",
               _hash(theme_key, *(f"{c.slug}:{c.name}:{len(c.entries)}:{len(c.events)}:"
                                  f"{c.latest}" for c in site.companies.values()))))
    per_page = site.config.per_page
    for company in site.companies.values():
        outputs += [planner.company(company, page)
                    for page in range(1, listing_pages(company.entries, per_page) + 1)]
        add(planner.company_feed(company))
    add(Output("tags/index.html", "tags", "", _hash(
        theme_key, *(f"{t.slug}:{t.name}:{len(t.entries)}" for t in site.tags.values()))))
    for tag in site.tags.values():
        outputs += [planner.tag(tag, page)
                    for page in range(1, listing_pages(tag.entries, per_page) + 1)]
        add(planner.tag_feed(tag))
    outputs += [planner.event(event.slug) for event in site.events]
    add(Output(events_out.TABLE_PATH + "index.html", "events", "",
               events_out.table_fingerprint(theme_key, site)))
    add(planner.data_json())
    add(Output(events_out.CSV_PATH, "data_csv", "", events_out.table_fingerprint(theme_key, site)))
    add(Output(events_out.COMPANIES_PATH, "data_companies", "",
               events_out.companies_fingerprint(theme_key, site)))
    add(planner.feed())
    addresses = _hash(theme_key, str(planner.pages),
                      *(f"{c.slug}:{listing_pages(c.entries, per_page)}"
                        for c in site.companies.values()),
                      *(f"{t.slug}:{listing_pages(t.entries, per_page)}"
                        for t in site.tags.values()),
                      *(f"{e.slug}@{e.day}" for e in site.entries),
                      *(e.slug for e in site.events))  # all the sitemap shows
    add(Output("sitemap.xml", "sitemap", "", addresses))
    for path, kind in (("robots.txt", "robots"), ("404.html", "notfound"),
                       ("search/index.html", "search"), (".nojekyll", "nojekyll")):
        add(Output(path, kind, "", theme_key))
    if site.config.cname:
        add(Output("CNAME", "cname", "", theme_key))
    outputs += _static_outputs(theme_key, static_files)
    return outputs


def _page_of(entries: list[Entry], entry: Entry, per_page: int) -> int:
    """The page of a listing of `entries` that shows `entry` (the first, when none does: a
    company's timeline may list an entry that does not name it)."""
    for index, listed in enumerate(entries):
        if listed.slug == entry.slug:
            return index // per_page + 1
    return 1


def _static_outputs(theme_key: str, static_files: dict[str, str]) -> list[Output]:
    return [Output(f"{STATIC_DIR}/{rel}", "static", rel, _hash(digest, theme_key))
            for rel, digest in sorted(static_files.items())]


def replan(previous: list[Output], previous_site: Site, site: Site, theme_key: str,
           static_files: dict[str, str]) -> list[Output]:
    """`plan` for a site of the same structure as `previous_site` (`Site.structure`: only
    titles, summaries or bodies were edited) and the same theme: only outputs that show an
    entry whose file changed get a new fingerprint, the rest keep theirs. This is what keeps
    serve's rebuild of a 4,000-entry digest to a few dozen outputs' work."""
    # Same structure: the entries are in the same order as in `previous_site`.
    per_page = site.config.per_page
    changed = [(index, entry) for index, (entry, old)
               in enumerate(zip(site.entries, previous_site.entries, strict=True))
               if entry.digest != old.digest]
    shown_by = site.shown_by()
    redo: set[tuple[str, str]] = {("feed", "")}
    for index, entry in changed:
        companies, tags = site.listed_on(entry)
        redo.add(("home", str(index // per_page + 1)))
        redo.update(("entry", slug) for slug in [entry.slug, *shown_by.get(entry.slug, ())])
        # The first page of each listing (its stats, its timeline) and the page it is on.
        for slug in companies:
            where = _page_of(site.companies[slug].entries, entry, per_page)
            redo.update({("company", slug), ("company", page_key(slug, where))})
        redo.update(("company_feed", slug) for slug in companies)
        redo.update(("tag", page_key(slug, _page_of(site.tags[slug].entries, entry, per_page)))
                    for slug in tags)
        redo.update(("tag_feed", slug) for slug in tags)
        redo |= events_out.touched_by(site, entry)
    planner = _Planner(site, theme_key)
    again = {
        "home": lambda o: planner.home(int(o.key)),
        "entry": lambda o: planner.entry(site.by_slug[o.key]),
        "company": lambda o: planner.company(site.companies[parse_page_key(o.key)[0]],
                                             parse_page_key(o.key)[1]),
        "company_feed": lambda o: planner.company_feed(site.companies[o.key]),
        "tag": lambda o: planner.tag(site.tags[parse_page_key(o.key)[0]],
                                     parse_page_key(o.key)[1]),
        "feed": lambda o: planner.feed(),
        "tag_feed": lambda o: planner.tag_feed(site.tags[o.key]),
        "event": lambda o: planner.event(o.key),
        "data_json": lambda o: planner.data_json(),
    }
    outputs = [again[o.kind](o) if (o.kind, o.key) in redo else o
               for o in previous if o.kind != "static"]
    return outputs + _static_outputs(theme_key, static_files)


class Renderer:
    """Turns one Output into bytes. Built once per process; holds the site and entry HTML."""

    def __init__(self, site: Site, env: Environment, bodies: Bodies, theme: Theme,
                 fragments: dict[str, str] | None = None, stored: StoredTexts | None = None):
        self.site = site
        # Listing fragments already rendered (see `fragment_scope`): those at hand, those
        # earlier builds stored (read a listing's worth at a time), and those this one adds.
        self.fragments = fragments if fragments is not None else {}
        self.stored = stored
        self.new_fragments: dict[str, str] = {}
        self.env = env
        self.bodies = bodies
        self.theme = theme
        env.filters["action_kind"] = action_kind
        env.globals.update(
            site=site, config=site.config, body_html=bodies.html, feed_reversals=feed_reversals,
            feed_links=feed_links,
            cards=self.cards, feed_entries=self.feed_entries,
            entry_id=entry_id, kind_labels=KIND_LABELS,
        )

    def cards(self, entries: list[Entry], heading: str = "h3") -> Markup:
        """The entries' cards, each rendered once and reused by every page that lists it
        (company and tag pages list hundreds: re-rendering each card was most of their cost).
        One call per listing: a call from Jinja costs more than a cached card."""
        return self._listing([(_fragment_key("entry_card", e, heading),
                                "_macros.html", "entry_card", e, heading) for e in entries])

    def feed_entries(self, entries: list[Entry]) -> Markup:
        """Atom `<entry>` elements, each rendered once per version of its entry."""
        return self._listing([(_fragment_key("feed_entry", e, self.site.tag_names(e)),
                               "_feed.xml", "feed_entry", e, "") for e in entries])

    def _listing(self, items: list[tuple[str, str, str, Entry, Any]]) -> Markup:
        """The fragments of one listing, joined as the safe HTML they already are. Each is
        `macro(entry, argument)` from `template` (autoescaped), rendered once per key (what it
        shows: the entry's card, or the whole entry for a feed); the ones not at hand are
        looked for in the store first, all in one query."""
        if self.stored is not None:
            wanted = [key for key, *_ in items if key not in self.fragments]
            if wanted:
                self.fragments.update(self.stored.get_many(wanted))
        return Markup("".join([self._fragment(*item) for item in items]))

    def _fragment(self, key: str, template: str, macro: str, entry: Entry,
                  argument: Any) -> str:
        html = self.fragments.get(key)
        if html is None:
            module = self.env.get_template(template).module
            html = self.fragments[key] = self.new_fragments[key] = \
                str(getattr(module, macro)(entry, argument))
        return html

    def prefetch(self, outputs: list[Output]) -> None:
        """Ready what a run of `render` calls over `outputs` will ask the store for."""
        self.bodies.prefetch([self.site.by_slug[o.key] for o in outputs if o.kind == "entry"])

    def render(self, output: Output) -> bytes:
        handler = getattr(self, f"_{output.kind}")
        result = handler(output)
        return result if isinstance(result, bytes) else result.encode("utf-8")

    def _page(self, kind: str, path: str, **context: Any) -> str:
        context.setdefault("canonical", self.site.absolute(path))
        context.setdefault("page_path", path)
        context.setdefault("json_ld", "")
        return self.env.get_template(PAGE_TEMPLATES[kind]).render(**context)

    def _home(self, output: Output) -> str:
        page, per_page = int(output.key), self.site.config.per_page
        entries = self.site.entries[(page - 1) * per_page: page * per_page]
        pages = home_pages(self.site)
        top = sorted(self.site.companies.values(), key=lambda c: (-len(c.events), c.name))
        return self._page(
            "home", home_path(page), page=page, pages=pages, weeks=by_week(entries),
            newer=self.site.url(home_path(page - 1)) if page > 1 else "",
            older=self.site.url(home_path(page + 1)) if page < pages else "",
            top_companies=[c for c in top if c.events][:12] if page == 1 else [],
            charts=self._charts("site", self.site.events) if page == 1 else [],
        )

    def _entry(self, output: Output) -> str:
        entry = self.site.by_slug[output.key]
        return self._page("entry", entry_path(entry), entry=entry,
                          related=self.site.related[entry.slug],
                          json_ld=jsonld.entry_ld(self.site, entry))

    def _companies(self, output: Output) -> str:
        return self._page("companies", "companies/",
                          companies=list(self.site.companies.values()))

    def _company(self, output: Output) -> str:
        slug, page = parse_page_key(output.key)
        company = self.site.companies[slug]
        return self._page("company", company_path(company) + home_path(page), company=company,
                          charts=self._charts(company.name, company.events) if page == 1 else [],
                          **self._paginated(company.entries, company_path(company), page))

    def _charts(self, whose: str, events: list[Event]) -> list[Markup]:
        """The charts of a front or company page: events per month, and by kind of action."""
        if not events:
            return []
        per_month = [(charts.month_label(key), count) for key, count in charts.months(events)]
        by_kind = charts.kinds(events)
        scope = "all companies" if whose == "site" else whose
        return [
            charts.bar_chart("chart-months", f"Reversal events per month, {scope}",
                             f"{per_month[0][0]} to {per_month[-1][0]}: most in one month "
                             f"{max(n for _, n in per_month)}.", per_month, "Month"),
            charts.bar_chart("chart-kinds", f"Reversal events by kind of action, {scope}",
                             ", ".join(f"{label}: {n}" for label, n in by_kind) + ".",
                             by_kind, "Kind of action"),
        ]

    def _paginated(self, entries: list[Entry], path: str, page: int) -> dict[str, Any]:
        """A listing page's share of `entries` and its links to its neighbours."""
        per_page = self.site.config.per_page
        pages = listing_pages(entries, per_page)
        return {"page": page, "pages": pages,
                "listed": entries[(page - 1) * per_page: page * per_page],
                "newer": self.site.url(path + home_path(page - 1)) if page > 1 else "",
                "older": self.site.url(path + home_path(page + 1)) if page < pages else ""}

    def _company_feed(self, output: Output) -> str:
        company = self.site.companies[output.key]
        return self._atom(f"{company.name} — {self.site.config.title}", company_path(company),
                          company.entries)

    def _atom(self, title: str, html_path: str, entries: list[Entry]) -> str:
        recent = entries[: self.site.config.feed_size]
        return self.env.get_template("feed.xml").render(
            feed_title=title, html_url=self.site.absolute(html_path),
            feed_url=self.site.absolute(html_path + "feed.xml"),
            feed_id=stable_id("feed", html_path), entries=recent,
            updated=recent[0].published if recent else None,
        )

    def _tags(self, output: Output) -> str:
        return self._page("tags", "tags/", tags=list(self.site.tags.values()))

    def _tag(self, output: Output) -> str:
        slug, page = parse_page_key(output.key)
        tag = self.site.tags[slug]
        return self._page("tag", tag_path(tag) + home_path(page), tag=tag,
                          **self._paginated(tag.entries, tag_path(tag), page))

    def _tag_feed(self, output: Output) -> str:
        tag = self.site.tags[output.key]
        return self._atom(f"{tag.name} — {self.site.config.title}",
                          tag_path(tag), tag.entries)

    def _feed(self, output: Output) -> str:
        return self._atom(self.site.config.title, "", self.site.entries)

    def _event(self, output: Output) -> str:
        event = self.site.event_by_slug[output.key]
        path = events_out.event_path(event)
        return self._page("event", path, event=event, company=self.site.company_of[event.company],
                          json_ld=jsonld.event_ld(self.site, event, self.site.absolute(path)))

    def _events(self, output: Output) -> str:
        return self._page("events", events_out.TABLE_PATH, events=self.site.events,
                          filters=events_out.table_filters(self.site))

    def _data_json(self, output: Output) -> str:
        return events_out.render_json(self.site)

    def _data_csv(self, output: Output) -> str:
        return events_out.render_csv(self.site)

    def _data_companies(self, output: Output) -> str:
        return events_out.render_companies(self.site)

    def _sitemap(self, output: Output) -> str:
        site = self.site
        paths = [home_path(p) for p in range(1, home_pages(site) + 1)]
        paths += [entry_path(e) for e in sorted(site.entries, key=lambda e: e.slug)]
        per_page = site.config.per_page
        paths += ["companies/"] + [company_path(c) + home_path(p) for c in site.companies.values()
                                   for p in range(1, listing_pages(c.entries, per_page) + 1)]
        paths += ["tags/"] + [tag_path(t) + home_path(p) for t in site.tags.values()
                              for p in range(1, listing_pages(t.entries, per_page) + 1)]
        paths += ["search/"]
        paths += [events_out.TABLE_PATH]
        paths += [events_out.event_path(e) for e in sorted(site.events, key=lambda e: e.slug)]
        lastmod = {entry_path(e): e.published for e in site.entries}
        return self.env.get_template("sitemap.xml").render(paths=paths, lastmod=lastmod)

    def _robots(self, output: Output) -> str:
        return self.env.get_template("robots.txt").render()

    def _notfound(self, output: Output) -> str:
        return self._page("notfound", "404.html", canonical="")

    def _search(self, output: Output) -> str:
        return self._page("search", "search/")

    def _nojekyll(self, output: Output) -> bytes:
        return b""

    def _cname(self, output: Output) -> str:
        return f"{self.site.config.cname}\n"

    def _static(self, output: Output) -> bytes:
        return self.theme.read_static(output.key)


def _fragment_key(macro: str, entry: Entry, detail: object = "") -> str:
    """A listing fragment's key: the macro, its entry, the version of the entry it shows
    (`_shown_version`) and what else it depends on (a card's heading level)."""
    return f"{macro}|{entry.slug}|{_shown_version(macro, entry)}|{detail}"


def _shown_version(macro: str, entry: Entry) -> str:
    """A feed entry shows the whole entry; a card only its card."""
    return entry.digest if macro == "feed_entry" else card_digest(entry)


def is_current_fragment(key: str, site: Site) -> bool:
    """Whether a stored fragment's key (`_fragment_key`) names the current version of an
    entry of `site`: the others are left by edits since."""
    macro, slug, version = (key.split("|") + ["", ""])[:3]
    entry = site.by_slug.get(slug)
    return entry is not None and version == _shown_version(macro, entry)


def feed_reversals(entry: Entry) -> str:
    """The reversals as HTML for a feed entry's content (a str: the template escapes it)."""
    items = "".join(f"<li><strong>{escape(r.company)}</strong> {escape(r.action)}: "
                    f"{escape(r.text)}</li>" for r in entry.reversals)
    return f"<ul>{items}</ul>"


def feed_links(entry: Entry, entry_url: str) -> str:
    """A short feed entry's links: the digest's entry, and the original article where known
    (HTML as a str: the template escapes it into the feed)."""
    links = f'<a href="{escape(entry_url)}">Read the digest entry</a>'
    if entry.source_url:
        at = f" at {escape(entry.source)}" if entry.source else ""
        links += f' · <a href="{escape(entry.source_url)}">Read the original article{at}</a>'
    return f"<p>{links}</p>"


def by_week(entries: list[Entry]) -> list[tuple[date, list[Entry]]]:
    """Entries grouped under the Monday of their week, newest week first."""
    def monday(entry: Entry) -> date:
        return entry.day - timedelta(days=entry.day.weekday())
    return [(week, list(group)) for week, group in groupby(entries, key=monday)]


def stable_id(kind: str, key: str) -> str:
    """An Atom id that survives a change of domain or base path."""
    import uuid  # only feeds need it: a build with nothing to render does not import it

    return uuid.uuid5(uuid.NAMESPACE_URL, f"reversal-digest:{kind}:{key}").urn


def entry_id(entry: Entry) -> str:
    return stable_id("entry", entry.slug)
