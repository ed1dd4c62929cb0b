"""Turning outputs into files: the `Renderer` hands each output to its kind (`builder.kinds`)
with what pages share (the Jinja environment, the entry bodies, the listing fragments
already rendered, `fragments.py`); a `RenderJob` renders a list of them into a stage, on all
cores."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from builder.archive import month_name, month_path
from builder.cache import StoredTexts
from builder.content import Entry
from builder.errors import SiteError
from builder.events import KIND_LABELS, action_kind
from builder.failures import RenderTimeout, deadline
from builder.keys import (
    TIMELINE_ITEM,
    CardDigests,
    event_fragment_keys,
    fragment_key,
)
from builder.kinds import KIND_NAMED, Output
from builder.manifest import ManifestItem, content_hash
from builder.templating import template_failure, template_problem

if TYPE_CHECKING:
    from jinja2 import Environment

    from builder.bodies import Bodies
    from builder.events import Event
    from builder.publish import Stage
    from builder.site import Site
    from builder.theme_layers import Theme


class Renderer:
    """Turns one Output into bytes. Built once per process; holds the site and entry HTML."""

    def __init__(self, site: Site, env: Environment, bodies: Bodies, theme: Theme,
                 cards: CardDigests, fragments: dict[str, str] | None = None,
                 stored: StoredTexts | None = None):
        self.site = site
        self.card_digests = cards  # the versions of the entries' cards
        # Listing fragments already rendered (see `keys.fragment_scope`): those at hand, those
        # earlier builds stored (read a listing's worth at a time), and those this one adds.
        self.fragments = fragments if fragments is not None else {}
        self.stored = stored
        self.new_fragments: dict[str, str] = {}
        self.env = env
        self.bodies = bodies
        self.theme = theme
        env.filters.update(action_kind=action_kind, month_name=month_name, month_path=month_path)
        env.globals.update(
            site=site, config=site.config, body_html=bodies.html, feed_reversals=feed_reversals,
            feed_links=feed_links, cards=self.cards, feed_entries=self.feed_entries,
            timeline=self.timeline,
            entry_id=entry_id, kind_labels=KIND_LABELS,
        )

    def render(self, output: Output) -> bytes:
        result = KIND_NAMED[output.kind].render(self, output.key)
        return result if isinstance(result, bytes) else result.encode("utf-8")

    def prefetch(self, outputs: list[Output]) -> None:
        """Ready what a run of `render` calls over `outputs` will ask the store for."""
        self.bodies.prefetch([entry for o in outputs
                              for entry in KIND_NAMED[o.kind].bodies(self.site, o.key)])

    def page(self, template: str, path: str, **context: Any) -> str:
        """An HTML page published at `path` (relative to the site), from `template`."""
        context.setdefault("canonical", self.site.absolute(path))
        context.setdefault("page_path", path)
        context.setdefault("json_ld", "")
        return self.env.get_template(template).render(**context)

    def atom(self, title: str, html_path: str, entries: list[Entry]) -> str:
        """The Atom feed of the page at `html_path`, published beside it: its newest entries."""
        recent = entries[: self.site.config.feed_size]
        return self.env.get_template("feed.xml").render(
            feed_title=title, html_url=self.site.absolute(html_path),
            feed_url=self.site.absolute(html_path + "feed.xml"),
            feed_id=stable_id("feed", html_path), entries=recent,
            updated=recent[0].published if recent else None,
        )

    def cards(self, entries: list[Entry], heading: str = "h3") -> Markup:
        """The entries' cards, each rendered once and reused by every page that lists it
        (company and tag pages list hundreds: re-rendering each card was most of their cost).
        One call per listing: a call from Jinja costs more than a cached card."""
        return self._listing([(fragment_key("entry_card", e, self.card_digests, heading),
                               "_macros.html", "entry_card", (e, heading)) for e in entries])

    def feed_entries(self, entries: list[Entry]) -> Markup:
        """Atom `<entry>` elements, each rendered once per version of its entry."""
        return self._listing([(fragment_key("feed_entry", e, self.card_digests,
                                            self.site.tag_names(e)),
                               "_feed.xml", "feed_entry", (e, "")) for e in entries])

    def timeline(self, events: list[Event]) -> Markup:
        """A company's timeline: each event's item rendered once per version of the event
        (`keys.event_fragment_keys`), as cards are per version of their entry: the biggest
        companies' timelines list hundreds of events."""
        keys = event_fragment_keys(TIMELINE_ITEM, self.site, events)
        return self._listing([(key, "_macros.html", TIMELINE_ITEM, (event,))
                              for key, event in zip(keys, events, strict=True)])

    def texts(self, keys: list[str], make: Callable[[int], str], bundle: str) -> list[str]:
        """Fragments other than listings' (`keys.fragment_key`'s forms), the one of
        `keys[index]` made by `make(index)` once per key: those at hand, else stored, else
        made now and stored after the build. All of them make one file, so the build keeps
        them whole too, as the store's `bundle`: the next build's file reads them at once
        rather than row by row, and asks the store only for what the bundle lacks. The
        bundle is written again once it lacks more than `BUNDLE_SLACK` of them."""
        found: list[str | None] = list(map(self.fragments.get, keys))
        if None in found and self.stored is not None:  # else (serve) all stored are at hand
            kept = self.stored.bundle(bundle)
            found = [kept.get(key) if text is None else text
                     for key, text in zip(keys, found, strict=True)]
            unkept = [key for key, text in zip(keys, found, strict=True) if text is None]
            if unkept:
                stored = self.stored.get_many(unkept)
                found = [stored.get(key) if text is None else text
                         for key, text in zip(keys, found, strict=True)]
            if len(unkept) > len(keys) * BUNDLE_SLACK:
                found = self._made(keys, found, make)
                self.stored.keep_bundle(bundle, dict(zip(keys, found, strict=True)))
                return found
        return self._made(keys, found, make)

    def _made(self, keys: list[str], found: list[str | None],
              make: Callable[[int], str]) -> list[str]:
        """`found` with each None made, and noted as new (stored after the build)."""
        made = []
        for index, text in enumerate(found):
            if text is None:
                text = self.fragments[keys[index]] = self.new_fragments[keys[index]] = \
                    make(index)
            made.append(text)
        return made

    def _listing(self, items: list[tuple[str, str, str, tuple[Any, ...]]]) -> Markup:
        """The fragments of one listing, joined as the safe HTML they already are. Each is
        `macro(*arguments)` from `template` (autoescaped), rendered once per key (what it
        shows: an entry's card, the whole entry for a feed, an event for a timeline); the ones
        not at hand are looked for in the store first, all in one query."""
        if self.stored is not None:
            wanted = [key for key, *_ in items if key not in self.fragments]
            if wanted:
                self.fragments.update(self.stored.get_many(wanted))
        return Markup("".join([self._fragment(*item) for item in items]))

    def _fragment(self, key: str, template: str, macro: str, arguments: tuple[Any, ...]) -> str:
        html = self.fragments.get(key)
        if html is None:
            module = self.env.get_template(template).module
            html = self.fragments[key] = self.new_fragments[key] = \
                str(getattr(module, macro)(*arguments))
        return html


# The share of a bundle's texts (`Renderer.texts`) it may lack before it is written again: an
# edit changes a few, and rewriting megabytes for each would cost more than reading those few.
BUNDLE_SLACK = 0.02

Rendered = dict[str, tuple[ManifestItem, bool]]  # path → (its record, whether it was written)


class RenderJob:
    """Rendering a list of outputs into a stage, a chunk at a time, in whichever process
    `pool_map` gives each chunk to: forked workers inherit the job (the renderer, the site
    model, the compiled templates) instead of receiving pickled copies. A file whose bytes
    match the manifest is not written."""

    def __init__(self, renderer: Renderer, todo: list[Output], manifest: dict[str, ManifestItem],
                 stage: Stage, fragments: StoredTexts):
        self.renderer, self.todo, self.manifest = renderer, todo, manifest
        self.stage, self.fragments = stage, fragments

    def run(self, indices: range) -> Rendered:
        """Render the chunk's outputs, and store the listing fragments and entry bodies it
        rendered first from the process that rendered them: sent back to the build instead,
        a big digest's tens of megabytes of them would be pickled, unpickled and held by
        both ends at once."""
        from jinja2 import TemplateError

        renderer, manifest = self.renderer, self.manifest
        timeout = renderer.site.config.timeout
        made: set[str] = set()
        results = {}
        renderer.new_fragments = {}
        renderer.prefetch([self.todo[index] for index in indices])
        for index in indices:
            output = self.todo[index]
            try:
                with deadline(timeout):
                    data = renderer.render(output)
            except TemplateError as error:  # the theme is the user's input too
                raise SiteError(template_problem(error, output.path)) from None
            except (RenderTimeout, ArithmeticError, RecursionError, MemoryError, LookupError,
                    TypeError, ValueError) as error:
                # A template that divides by zero, recurses, runs away or asks for too much
                # memory; the same errors outside any template are the digest's own bugs.
                problem = template_failure(error, output.path, timeout)
                if problem is None:
                    raise
                raise SiteError(problem) from None
            sha = content_hash(data)
            old = manifest.get(output.path)
            if old is not None and old.sha == sha:
                results[output.path] = (ManifestItem(output.fingerprint, sha, old.size,
                                                     old.mtime_ns), False)
                continue
            target = self.stage.path_for(output.path)
            folder = os.path.dirname(target)
            if folder not in made:
                os.makedirs(folder, exist_ok=True)
                made.add(folder)
            with open(target, "wb") as handle:
                handle.write(data)
                handle.flush()  # the mtime the manifest records is the last write's
                stat = os.fstat(handle.fileno())
            results[output.path] = (ManifestItem(output.fingerprint, sha, stat.st_size,
                                                 stat.st_mtime_ns), True)
        self.fragments.put_many(renderer.new_fragments)
        renderer.bodies.store_new()
        return results


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


def stable_id(kind: str, key: str) -> str:
    """An Atom id that survives a change of domain or base path."""
    import uuid  # only feeds need it: a build with nothing to render does not import it

    return uuid.uuid5(uuid.NAMESPACE_URL, f"reversal-digest:{kind}:{key}").urn


def entry_id(entry: Entry) -> str:
    return stable_id("entry", entry.slug)
