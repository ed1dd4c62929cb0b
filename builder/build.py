"""`digest build`: seeds → entries → site model → only the changed outputs → public/.

The build is a pure function of its inputs. Each output carries a fingerprint of what it
shows; the manifest of the last build says what public/ holds, so only outputs whose
fingerprint changed are rendered, and only files whose bytes changed are written.
`Builder.build` runs the phases of docs/ARCHITECTURE.md in order, each timed; a phase that
finds nothing left to do ends the build there. The modules that plan and render are imported
by the phases that use them: a build that finds nothing changed imports none of them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING

from builder import cache
from builder.config import CONFIG_NAME, SiteConfig, image_problem, load_config
from builder.content_files import CONTENT_DIR, LEDGER_NAME
from builder.entries import Entries, ParseAhead, edits_between, entry_stats, relative_to
from builder.errors import Problem, SearchIndexError, SiteError
from builder.failures import machine_failures_as_problems
from builder.input_keys import inputs_key, theme_key
from builder.manifest import (
    LastInputs,
    Manifest,
    ManifestItem,
    Published,
    content_hash,
    manifest_data,
    manifest_name,
    save_manifest,
)
from builder.outdir import check_output_folder, mark
from builder.publish import Stage, recover, site_lock, tidy
from builder.search import (
    count_pages_and_data,
    index_current,
    index_into,
    is_search_file,
    staged_pages,
)
from builder.seeds import SEEDS_DIR, seed_files
from builder.state import STALE_ENTRIES, EntryFiles, Planned, SavedState, next_release
from builder.theme_layers import Theme, site_theme
from builder.toolkit import RenderToolkit
from builder.workers import pool_map, pool_size

if TYPE_CHECKING:
    from builder.content import Entry
    from builder.fragments import Fragments
    from builder.ingest import IngestReport
    from builder.keys import CardDigests
    from builder.kinds import Output
    from builder.site import Site

Log = Callable[[str], None]


@dataclass
class BuildResult:
    site: Site | None  # None when nothing changed and no model was needed
    rendered: int  # outputs whose fingerprint changed
    written: int  # files whose bytes changed
    deleted: int
    total: int
    seconds: float
    ingest_failures: list[Problem] = field(default_factory=list)
    # Entries a full build left out, and why: {"drafts": n, "future-dated": n} (`_skipped`).
    skipped: dict[str, int] = field(default_factory=dict)
    phases: dict[str, float] = field(default_factory=dict)  # phase → seconds, in build order
    review: int = 0  # entries with a `review:` list, drafts or not: what awaits an editor

    def awaiting_review(self) -> str:
        """What `build` and `serve` say after a build when entries wait for an editor (here,
        not in `builder.ingest`, so that saying it does not import ingest's rules)."""
        entries = "1 entry awaits" if self.review == 1 else f"{self.review} entries await"
        return f"review: {entries} an editor's look; `digest review` lists them and why"


def build(root: Path, *, base_url: str | None = None, out: Path | None = None,
          drafts: bool = False, workers: int | None = None, ingest_seeds: bool = True,
          search: bool = False, log: Log = print, now: datetime | None = None) -> BuildResult:
    """Build the site at `root` once, and its search index when `search`.
    Raises SiteError (nothing published) on bad input."""
    builder = Builder(root, base_url=base_url, out=out, drafts=drafts, workers=workers,
                      ingest_seeds=ingest_seeds, log=log)
    builder.index_in_commit = search
    result = builder.build(now=now)
    if search:  # an index out of date with pages that are not (an earlier --no-search)
        with machine_failures_as_problems(root), site_lock(root):
            started = time.perf_counter()
            written = builder.index_search()
            seconds = time.perf_counter() - started
            if written is not None:
                log(f"search: index rebuilt, {written} files written in {seconds * 1000:.0f} ms")
        result.seconds += seconds
        result.phases["search"] = result.phases.get("search", 0.0) + seconds
    return result


@dataclass
class _Run:
    """What one build works out, phase by phase."""

    full: bool  # a `digest build`: every input is looked at (serve says what changed)
    changed: set[Path]
    moment: datetime
    pages_first: bool = False  # leave the `serve_later` kinds' outputs for `publish_later`
    # The plan public/ held every output of when this build began (`Builder._in_public`).
    in_public: list[Output] | None = None
    failures: list[Problem] = field(default_factory=list)  # seeds ingest could not read
    inputs: str = ""  # `input_keys.inputs_key`, for a full build
    entries: list[Entry] = field(default_factory=list)
    world: str = ""  # `keys.world_key`, for a full build
    site: Site | None = None
    outputs: list[Output] = field(default_factory=list)
    reusable: Manifest = field(default_factory=Manifest)  # what public/ holds and may keep
    known: dict[str, ManifestItem] = field(default_factory=dict)  # all the manifest said
    todo: list[Output] = field(default_factory=list)
    later: list[Output] = field(default_factory=list)  # left out of `todo` (`pages_first`)
    deletes: list[str] = field(default_factory=list)
    stage: Stage | None = None
    rendered: dict[str, tuple[ManifestItem, bool]] = field(default_factory=dict)
    manifest: Manifest | None = None  # what the commit will record
    puts: list[str] = field(default_factory=list)  # the staged files the commit puts in place
    search_failure: SearchIndexError | None = None  # reported once the pages are published
    result: BuildResult | None = None  # set by the phase that ends the build


class Builder:
    """One site's build state. `digest build` uses it once; `serve` keeps it alive, so that a
    rebuild re-reads only the files that changed and trusts what it published itself."""

    def __init__(self, root: Path, *, base_url: str | None = None, out: Path | None = None,
                 drafts: bool = False, workers: int | None = None, ingest_seeds: bool = True,
                 log: Log = print, serving: bool = False):
        self.root = root
        # serve: what a commit replaced is deleted by `tidy()`, after the reload event, and
        # commits are not fsynced (see `Stage.durable`)
        self.serving = serving
        self.out = (out or root / "public").resolve()
        self.base_url = base_url
        self.drafts = drafts
        self.workers = workers
        self.ingest_seeds = ingest_seeds
        self.log = log
        self.config: SiteConfig | None = None
        self.site: Site | None = None
        self.entries = Entries(root)
        self.state = SavedState(root)
        self.published = Published(root, self.out)
        self._planned: Planned | None = None
        self._model_files: EntryFiles | None = None  # the entry files `site` was made from
        self._theme: tuple[Theme, str] | None = None  # the theme and its fingerprint
        self._static: dict[str, str] = {}  # the theme's static files: path → content hash
        self.toolkit = RenderToolkit(root)
        # The pages' commit carries their search index (`digest build`; serve indexes later).
        self.index_in_commit = False
        self._later: list[Output] = []  # what the last build left for `publish_later`
        # The plan whose every output public/ holds as planned, when this process published
        # it all: the next replan need only compare the outputs it planned anew.
        self._in_public: list[Output] | None = None
        self._manifest_owed: Manifest | None = None  # serve: committed, written by `tidy`

    # Made when a build first needs them: one that finds nothing changed imports neither the
    # keys nor the site model they need.
    @cached_property
    def cards(self) -> CardDigests:
        """The entries' card digests, for plans and renders."""
        from builder.keys import CardDigests

        return CardDigests()

    @cached_property
    def fragments(self) -> Fragments:
        from builder.fragments import Fragments

        return Fragments(self.root)

    def build(self, changed: set[Path] | None = None, now: datetime | None = None, *,
              pages_first: bool = False) -> BuildResult:
        """Build; `changed` (absolute paths) limits re-reading to those files, None rereads all.
        `pages_first` (serve): publish the pages now and leave the files no browser reloads
        (feeds, the sitemap, open data) for `publish_later`, so the reload comes sooner.

        Raises SiteError and publishes nothing when any input is bad, or the disk is full or
        read-only; the state stays usable, so the next call (after the user's fix) picks up
        where this one stopped."""
        with machine_failures_as_problems(self.root):
            return self._build(changed, now, pages_first)

    def _build(self, changed: set[Path] | None, now: datetime | None,
               pages_first: bool) -> BuildResult:
        started = time.perf_counter()
        run = _Run(full=changed is None, changed=set(changed or ()),
                   moment=now or datetime.now(UTC), pages_first=pages_first,
                   in_public=self._in_public)
        self._in_public = None  # until this build has published all it planned
        self._later = []
        self.toolkit.forget()
        self.published.new_build()
        timings: dict[str, float] = {}
        with site_lock(self.root):
            try:
                for phase in (self._inputs, self._ingest, self._load, self._model, self._plan,
                              self._render, self._search, self._publish):
                    began = time.perf_counter()
                    phase(run)
                    timings[phase.__name__.lstrip("_")] = time.perf_counter() - began
                    if run.result is not None:
                        break
            finally:
                self.published.end_check()  # a failed or finished build's, unasked for
        result = run.result
        assert result is not None, "the publish phase always ends the build"
        self._later = run.later
        if run.outputs and not run.later:
            self._in_public = run.outputs
        result.ingest_failures = run.failures
        result.skipped, result.review = self._left_for_later(run, result)
        result.phases = timings
        result.seconds = time.perf_counter() - started
        if run.search_failure is not None:  # the pages are published, with their old index
            raise run.search_failure
        return result

    # --- the phases --------------------------------------------------------------------------

    def _inputs(self, run: _Run) -> None:
        """Check the output folder is the digest's to replace, finish an interrupted publish,
        then read the settings and the theme (again only when they changed)."""
        check_output_folder(self.root, self.out, lambda: bool(self.published.recorded().files))
        note = recover(self.out)
        if note:
            self.log(f"publish: {note}")
        if run.full and not self.serving:
            self.published.check_ahead()
        cache.sweep(self.root)
        if run.full or self.config is None or self.root / CONFIG_NAME in run.changed:
            self.config = load_config(self.root, remember=True)
            if self.base_url is not None:
                try:
                    self.config = self.config.with_base_url(self.base_url)
                except ValueError as error:
                    raise SiteError.at("--base-url", 0, str(error)) from None
        theme = site_theme(self.root)
        if run.full or self._theme is None or any(theme.holds(p) for p in run.changed):
            self._theme = (theme, theme.fingerprint())
            self._static = _static_files(theme)
        problem = image_problem(self.config, self._static)
        if problem is not None:
            raise SiteError([problem])

    def _ingest(self, run: _Run) -> None:
        """New seeds → entry files, when `seeds/` or the ledger changed."""
        assert self.config is not None
        seeds = self.root / SEEDS_DIR
        if self.ingest_seeds and (run.full or any(seeds in p.parents for p in run.changed)):
            report = _ingest(self.root, self.config, self.log)
            if report is not None:
                run.failures = report.failed
                run.changed |= {path.resolve() for path in report.written}

    def _load(self, run: _Run) -> None:
        """The entries, parsed again only where their files changed. A full build stops here
        when public/ holds the build of these very inputs: first from file stats alone,
        then from the entries' contents (files touched but not changed)."""
        assert self.config is not None
        stats = None
        if run.full:
            stats = entry_stats(self.root)
            run.inputs = inputs_key(self._settings(), stats) if stats is not None else ""
            if self.published.holds_build_of_files(run.inputs, run.moment):
                return self._nothing_changed(run)
        ahead = None
        if self.entries.files is None:  # the first build of this process
            ahead = self._parse_ahead(stats)
            known, self._planned = self.state.load(self.cards)
            if self._planned is not None:
                self.site, self._model_files = self._planned.site, known
            if ahead is not None and not ahead.done():
                _import_for_render()  # while the edited entries are parsed
        else:
            known = self.entries.files
        try:
            run.entries, parsed = self.entries.load(
                known, None if run.full else run.changed, self.config.tz, stats, self.workers,
                meanwhile=partial(self.toolkit.ready, self.config), ahead=ahead)
        finally:
            if ahead is not None:
                ahead.close()
        self.state.stale |= run.full and parsed > STALE_ENTRIES
        if run.full:
            from builder.keys import world_key

            run.world = world_key(self._settings(), run.entries, self.config, run.moment,
                                  self.drafts)
            if self.published.holds_build_of(run.world):
                # Files touched, not changed: record their stats for the next build.
                self.published.remember_files(run.inputs, next_release(run.entries, run.moment,
                                                                       self.drafts))
                assert self.entries.files is not None
                self.state.keep_entries(self.entries.files)
                return self._nothing_changed(run)
        return None

    def _parse_ahead(self, stats: dict[str, os.stat_result] | None) -> ParseAhead | None:
        """A one-shot build that found entries changed: those that changed since the saved
        state (by its stats), parsed in a fork while the state loads, when they are too few
        for the parsing pool."""
        assert self.config is not None
        if stats is None or self.serving or not hasattr(os, "fork"):
            return None
        saved = self.state.saved_stats()
        changed = [(path, rel) for path, stat in stats.items()
                   if saved.get(rel := relative_to(self.root, path))
                   != (stat.st_mtime_ns, stat.st_size)]
        if not changed or pool_size(len(changed), self.workers) > 1:
            return None
        return ParseAhead(self.root, changed, self.config.tz, self.config.base_path)

    def _model(self, run: _Run) -> None:
        """The site model. The previous one (serve's, or the one the last full build saved)
        is reused when the entries kept their shape: a one-edit build works out the edit."""
        from builder.check import broken_internal_links
        from builder.site import build_site

        assert self.config is not None
        files = self.entries.files
        assert files is not None
        site = build_site(self.config, run.entries, include_drafts=self.drafts, now=run.moment,
                          previous=self.site, rebuilding=True,
                          edits=edits_between(self._model_files, files))
        dead_links = broken_internal_links(run.entries, self.config.base_path, site.entries)
        if dead_links:
            raise SiteError(dead_links)
        run.site = self.site = site
        self._model_files = files
        if run.full:
            self.log(f"content: {len(run.site.entries)} entries, {len(run.site.companies)} "
                     f"companies, {len(run.site.tags)} tags")

    def _plan(self, run: _Run) -> None:
        """Every output with its fingerprint (only the touched ones worked out again when the
        site kept its structure), and which of them public/ does not already hold. Ends the
        build when there is nothing to render or delete."""
        from builder.kinds import KIND_NAMED
        from builder.plan import plan, replan

        site = run.site
        assert site is not None
        key = self._theme_key(site.config)
        last = self._planned
        if last and last.theme_key == key and site.structure == last.site.structure:
            places = last.positions()
            replanned = replan(last.outputs, places, last.site, site, key, self._static,
                               self.cards)
            run.outputs = replanned.outputs
            self._planned = Planned(key, run.outputs, site, places)
        else:
            replanned = None
            run.outputs = plan(site, key, self._static, self.cards)
            self.state.stale = True
            self._planned = Planned(key, run.outputs, site)
        if run.full and self.state.stale:
            assert self.entries.files is not None
            self.state.keep(self.entries.files, self._planned, self.cards)
        run.known, run.reusable = self.published.reusable(run.full)
        if replanned is not None and last is not None and run.in_public is last.outputs:
            # public/ holds the last plan's outputs (and the search index) and nothing else:
            # only what was planned anew can be out of date, only what was dropped is gone.
            candidates, gone = replanned.redone, replanned.dropped & run.known.keys()
        else:
            candidates = run.outputs
            gone = run.known.keys() - {o.path for o in run.outputs}  # set operations: in C
        reusable = run.reusable.files
        run.todo = [o for o in candidates
                    if (item := reusable.get(o.path)) is None or item.fingerprint != o.fingerprint]
        if run.pages_first:
            run.later = [o for o in run.todo if KIND_NAMED[o.kind].serve_later]
            run.todo = [o for o in run.todo if not KIND_NAMED[o.kind].serve_later]
        run.deletes = sorted(p for p in gone if not is_search_file(p))
        if not run.todo and not run.deletes and \
                (not run.full or run.reusable.last.world == run.world):
            self.state.save()
            run.result = BuildResult(site, 0, 0, 0, len(run.outputs), 0.0)

    def _render(self, run: _Run) -> None:
        """Render the outputs to do into a stage folder, on all cores when there are many."""
        from builder.bodies import Bodies
        from builder.plan import render_order
        from builder.render import Renderer, RenderJob

        site = run.site
        assert site is not None and self._theme is not None
        run.todo.sort(key=render_order)
        base = site.config.base_path
        env, markdown = self.toolkit.take(*self._theme)
        bodies = Bodies(self.toolkit.bodies, base, self.root, markdown)
        run.stage = Stage(self.out, swap=not run.reusable.files, durable=not self.serving)
        stored = self.fragments.stored(site, self._theme_key(site.config))
        renderer = Renderer(site, env, bodies, self._theme[0], self.cards, self.fragments.at_hand,
                            None if self.fragments.all_at_hand else stored)
        job = RenderJob(renderer, run.todo, run.reusable.files, run.stage, stored)
        with self._abandoning(run.stage):
            if run.todo:  # else only deletes are to publish
                for part in pool_map(job.run, len(run.todo), self.workers,
                                     meanwhile=self.state.save):
                    run.rendered.update(part)
            if run.full:  # forget the bodies of versions no entry has any more
                self.toolkit.bodies.keep_scope(base)
                self.toolkit.bodies.retain(base, {e.digest for e in site.entries})
        if pool_size(len(run.todo), self.workers) > 1:
            self.fragments.forget_at_hand()
        # What public/ keeps (the reusable files are among the known ones, so all that is not
        # an output any more is among the deletes), then what this build rendered.
        files = dict(run.reusable.files)
        for path in run.deletes:
            files.pop(path, None)
        files.update({path: item for path, (item, _) in run.rendered.items()})
        last = LastInputs(run.world, run.inputs,
                          next_release(run.entries, run.moment, self.drafts)) \
            if run.full else LastInputs()
        run.manifest = Manifest(files, last)
        run.puts = [path for path, (_, wrote) in run.rendered.items() if wrote]

    def _search(self, run: _Run) -> None:
        """`digest build` (`index_in_commit`): the search index of the staged site joins the
        pages' commit, so that no moment shows pages newer than their index (serve indexes
        after publishing, `index_search`). Pagefind reads a folder of the new site's pages:
        the stage itself after a full render, else a folder of links to the staged and the
        published pages. A failing indexer is reported once the pages are published, with
        the index they had."""
        stage, manifest = run.stage, run.manifest
        assert stage is not None and manifest is not None
        assert self.config is not None and self._theme is not None
        base = self.config.base_path
        if not self.index_in_commit or index_current(base, manifest.files):
            return
        started = time.perf_counter()
        with self._abandoning(stage):
            view = stage.files if stage.swap else staged_pages(stage, self.out, manifest.files,
                                                               run.puts)
            try:
                puts, deletes = index_into(stage, view, manifest.files, base, self._theme[0])
            except SearchIndexError as error:
                run.search_failure = error
                return
            finally:
                if view != stage.files:
                    shutil.rmtree(view, ignore_errors=True)
        run.puts += puts
        run.deletes += deletes
        self.log(f"search: index rebuilt, {len(puts)} files written in "
                 f"{(time.perf_counter() - started) * 1000:.0f} ms")

    def _publish(self, run: _Run) -> None:
        """Commit the staged files and the new manifest, atomically."""
        assert run.site is not None and run.stage is not None and run.manifest is not None
        assert self.config is not None
        with self._abandoning(run.stage):
            self._commit(run.stage, run.puts, run.deletes, run.manifest)
        self.state.save()  # if the render had no workers to wait for
        run.result = BuildResult(run.site, len(run.todo), len(run.puts), len(run.deletes),
                                 len(run.outputs), 0.0)

    # --- what the phases share -----------------------------------------------------------------

    def _left_for_later(self, run: _Run, result: BuildResult) -> tuple[dict[str, int], int]:
        """What a full build left out, by reason (`_skipped`), and how many entries have a
        `review:` list, for its last lines to say. A full build that found public/ up to date
        from file stats alone loaded no entry: it says what the last full build counted,
        which every full build that loads the entries keeps in the cache."""
        if not run.full:
            return {}, sum(1 for entry in run.entries if entry.review)
        if not run.entries and result.site is None:
            kept = cache.load(self.root, LEFT_FOR_LATER)
            return kept.get("skipped", {}), int(kept.get("review", 0))
        assert self.config is not None
        counts = {"skipped": _skipped(run.entries, run.moment, self.config, self.drafts),
                  "review": sum(1 for entry in run.entries if entry.review)}
        if cache.load(self.root, LEFT_FOR_LATER) != counts:
            cache.save(self.root, LEFT_FOR_LATER, counts)
        return counts["skipped"], counts["review"]

    def _nothing_changed(self, run: _Run) -> None:
        count = f" {len(run.entries)} entries," if run.entries else ""
        self.log(f"content:{count} unchanged since the last build")
        manifest = self.published.current or Manifest()
        outputs = count_pages_and_data(manifest.files)
        run.result = BuildResult(None, 0, 0, 0, outputs, 0.0)

    @staticmethod
    @contextlib.contextmanager
    def _abandoning(stage: Stage) -> Iterator[None]:
        """A template error, a full disk, an interrupt: leave nothing half-made behind (a
        committed stage is kept, for `recover` to finish)."""
        try:
            yield
        except BaseException:
            stage.abandon()
            raise

    def _theme_key(self, config: SiteConfig) -> str:
        assert self._theme is not None
        return theme_key(self._theme[1], config, self.drafts)

    def _settings(self) -> list[str]:
        """What the whole output depends on besides the entries: the theme key and the
        theme's static files."""
        assert self.config is not None
        return [self._theme_key(self.config), *self._static.values()]

    def _commit(self, stage: Stage, puts: list[str], deletes: list[str],
                manifest: Manifest) -> None:
        """Publish the staged files and the manifest that describes the result, atomically.

        serve leaves the manifest of a commit that only rewrote files for `tidy`, after the
        reload event: should it never be written, the manifest on disk still lists every
        file, and those rewritten no longer match its sizes and times, so the next build
        renders them again rather than trust them (a file it had never heard of, though,
        would stay in public/ forever: a commit that adds or deletes one writes it)."""
        mark(stage.files if stage.swap else self.out)
        current = self.published.current
        if self.serving and not deletes and current is not None and \
                all(path in current.files for path in puts):
            stage.commit(puts, deletes, {})
            self._manifest_owed = manifest
        else:
            extra = stage.root / "extra"
            extra.mkdir()
            name = manifest_name(self.out)
            cache.write(extra / name, manifest_data(manifest), plain=True)
            stage.commit(puts, deletes, {name: cache.cache_dir(self.root) / f"{name}.pickle"})
            self._manifest_owed = None
        self.published.current = manifest
        if not self.serving:
            tidy(self.out)

    # --- what serve and the search step ask for ------------------------------------------------

    def index_search(self) -> int | None:
        """Rebuild the Pagefind index of the published pages when any page's bytes changed;
        None when up to date. Its own commit: `serve` runs it in the background so the index
        never delays a reload; `digest build` indexes in the pages' own commit
        (`index_in_commit`) and comes here only for an index left out of date before."""
        manifest = self.published.current
        assert manifest is not None and self.config is not None and self._theme is not None
        if index_current(self.config.base_path, manifest.files):
            return None
        stage = Stage(self.out, swap=False, durable=not self.serving)
        with self._abandoning(stage):
            files = dict(manifest.files)
            puts, deletes = index_into(stage, self.out, files, self.config.base_path,
                                       self._theme[0])
        self._commit(stage, puts, deletes, Manifest(files, manifest.last))
        return len(puts)

    def publish_later(self) -> int | None:
        """Render and publish what the last build left for later (`pages_first`), from the
        model and plan it published; None when it left nothing. The next build's plan would
        find those outputs out of date anyway: this only does it before anyone asks."""
        later, self._later = self._later, []
        if not later:
            return None
        assert self._planned is not None
        with machine_failures_as_problems(self.root), site_lock(self.root):
            run = _Run(full=False, changed=set(), moment=datetime.now(UTC),
                       site=self._planned.site, outputs=self._planned.outputs, todo=later)
            run.known, run.reusable = self.published.reusable(False)
            self._render(run)
            self._publish(run)
        self._in_public = self._planned.outputs
        return len(run.puts)

    def tidy(self) -> None:
        """Delete what the last commit replaced, and write the manifest it left for later
        (for a Builder made with `serving`). While another command builds the site, both wait
        for it: that build has read the manifest on disk, checked every file against it and
        written its own, which ours must not then replace."""
        owed, self._manifest_owed = self._manifest_owed, None
        with contextlib.suppress(SiteError), site_lock(self.root):
            if owed is not None:
                save_manifest(self.root, self.out, owed)
            tidy(self.out)

    def preload_fragments(self) -> None:
        """serve, before anyone saves: the stored listing fragments of the current entries
        into memory (`Fragments.preload`)."""
        if self.site is not None and self._theme is not None:
            self.fragments.preload(self.site, self._theme_key(self.site.config), self.cards)


def _static_files(theme: Theme) -> dict[str, str]:
    """The theme's static files (each an output of its own): path → hash of the content."""
    return {rel: content_hash(theme.read_static(rel)) for rel in theme.static_files}


# The cache that keeps what the last full build left out and its count of entries to review.
LEFT_FOR_LATER = "left-for-later"


def _skipped(entries: list[Entry], moment: datetime, config: SiteConfig,
             drafts: bool) -> dict[str, int]:
    """How many entries the build left out, by reason, for its last line to say."""
    if drafts:
        return {}
    from builder.site import is_future

    today = moment.astimezone(config.tz).date()
    future = sum(1 for e in entries if not e.draft and is_future(e, moment, today))
    counts = {"drafts": sum(1 for e in entries if e.draft), "future-dated": future}
    return {reason: count for reason, count in counts.items() if count}


def _import_for_render() -> None:
    """The modules a build that renders imports (Jinja, the planner, the renderer), imported
    by a build after an edit while it waits for the entries parsed ahead, rather than later
    on its way."""
    import jinja2  # noqa: F401

    import builder.plan  # noqa: F401
    import builder.render  # noqa: F401


def _ingest(root: Path, config: SiteConfig, log: Log) -> IngestReport | None:
    """Ingest new seeds; None when there cannot be any: the seeds and the ledger are as the
    last ingest that had nothing to report left them. Then ingest (its readers, the YAML
    ledger, the gazetteer) is not even imported, which is most of a build with nothing to do.
    """
    before = _seeds_state(root)
    if not before[0] or cache.load(root, "ingested").get("state") == before:
        return None
    from builder.ingest import ingest_locked

    report = ingest_locked(root, config, log=log)
    if not report.failed:  # a bad seed is reported again by every build, until it is fixed
        cache.save(root, "ingested", {"state": _seeds_state(root)})
    return report


def _seeds_state(root: Path) -> tuple[tuple[tuple[str, int, int], ...], tuple[int, int]]:
    """The seeds (name, size, mtime) and the ingest ledger (size, mtime), as ingest sees them."""
    seeds = []
    with contextlib.suppress(OSError):
        for path in seed_files(root):
            try:
                stat = path.stat()
            except OSError:  # a broken link or a loop: ingest says so
                stat = path.lstat()
            seeds.append((path.name, stat.st_size, stat.st_mtime_ns))
    try:
        stat = os.stat(root / CONTENT_DIR / LEDGER_NAME)
        ledger = (stat.st_size, stat.st_mtime_ns)
    except OSError:
        ledger = (-1, -1)
    return tuple(sorted(seeds)), ledger
