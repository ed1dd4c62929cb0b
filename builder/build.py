"""`digest build`: seeds → entries → site model → only the changed outputs → public/.

The build is a pure function of its inputs. Each output carries a fingerprint of what it
depends on; the manifest of the last build says what public/ holds, so only outputs whose
fingerprint changed are rendered, and only files whose bytes changed are written.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from builder import __version__, cache
from builder.bodies import Bodies
from builder.check import broken_internal_links
from builder.config import CONFIG_NAME, SiteConfig, load_config
from builder.content import (
    CONTENT_DIR,
    LEDGER_NAME,
    Entry,
    is_entry_file,
    load_entry,
    scan_entries,
)
from builder.errors import Problem, SearchIndexError, SiteError
from builder.failures import RenderTimeout, deadline, machine_failures_as_problems
from builder.outdir import check_output_folder, mark
from builder.outputs import (
    STATIC_DIR,
    Output,
    Renderer,
    card_digest,
    fragment_scope,
    is_current_fragment,
    plan,
    replan,
    search_globs,
)
from builder.publish import Stage, recover, site_lock, tidy
from builder.render import make_environment, template_failure, template_problem
from builder.safety import InputRefused, read_input_stat
from builder.seeds import SEEDS_DIR, seed_files
from builder.site import Site, build_site, is_future
from builder.theme_layers import Theme, site_theme
from builder.workers import pool_map, pool_size

if TYPE_CHECKING:
    from jinja2 import Environment
    from markdown_it import MarkdownIt

    from builder.ingest import IngestReport

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


class ManifestItem(NamedTuple):
    """What the manifest knows of one file of public/."""

    fingerprint: str
    sha: str
    size: int
    mtime_ns: int


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
            if written is not None:
                log(f"search: index rebuilt, {written} files written in "
                    f"{(time.perf_counter() - started) * 1000:.0f} ms")
        result.seconds += time.perf_counter() - started
    return result


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
        self._entries: dict[str, tuple[int, int, Entry]] | None = None
        self._broken: dict[str, list[Problem]] = {}
        self._manifest: dict[str, ManifestItem] | None = None
        self._stores: dict[str, cache.TextStore] = {}
        self._fragments: tuple[str, dict[str, str]] = ("", {})  # (scope, fragments)
        self._planned: tuple[str, list[Output], Site] | None = None  # theme key, plan, model
        # The saved state is out of date: rewrite it once this build's plan is known.
        self._state_stale = False
        self._unsaved_state: dict[str, Any] | None = None  # what `_save_state` will write
        self._theme: tuple[Theme, str] | None = None  # the theme and its fingerprint
        self._static: dict[str, str] = {}  # the theme's static files: path → content hash
        # The manifest as the last build left it, read at most once per build.
        self._recorded: dict[str, ManifestItem] | None = None
        # The environment and Markdown parser readied while entries were parsed, if they were.
        self._prepared: tuple[Environment, MarkdownIt] | None = None
        # The pages' commit carries their search index (`digest build`; serve indexes later).
        self.index_in_commit = False

    def build(self, changed: set[Path] | None = None, now: datetime | None = None) -> BuildResult:
        """Build; `changed` (absolute paths) limits re-reading to those files, None rereads all.

        Raises SiteError and publishes nothing when any input is bad, or the disk is full or
        read-only; the state stays usable, so the next call (after the user's fix) picks up
        where this one stopped."""
        with machine_failures_as_problems(self.root):
            return self._build(changed, now)

    def _build(self, changed: set[Path] | None, now: datetime | None) -> BuildResult:
        started = time.perf_counter()
        full = changed is None
        changed = changed or set()
        self._prepared = None  # what a failed build readied may be out of date
        self._recorded = None
        with site_lock(self.root):
            check_output_folder(self.root, self.out, lambda: bool(self._recorded_manifest()))
            note = recover(self.out)
            if note:
                self.log(f"publish: {note}")
            cache.drop_unfinished(self.root)
            if full or self.config is None or self.root / CONFIG_NAME in changed:
                self.config = load_config(self.root, remember=True)
                if self.base_url is not None:
                    try:
                        self.config = self.config.with_base_url(self.base_url)
                    except ValueError as error:
                        raise SiteError.at("--base-url", 0, str(error)) from None
            config = self.config
            failures: list[Problem] = []
            seeds = self.root / SEEDS_DIR
            if self.ingest_seeds and (full or any(seeds in p.parents for p in changed)):
                report = _ingest(self.root, config, self.log)
                if report is not None:
                    failures = report.failed
                    changed |= {path.resolve() for path in report.written}
            moment = now or datetime.now(UTC)
            theme = site_theme(self.root)
            if full or self._theme is None or any(theme.holds(p) for p in changed):
                self._theme = (theme, theme.fingerprint())
                self._static = _static_files(theme)
            # Only a full build records (and so only it can trust) the world key: serve's
            # rebuilds leave it empty, and the next `digest build` works out what changed.
            inputs, stats = self._inputs_key(config) if full else ("", {})
            unchanged = full and self._unchanged_inputs(inputs, moment)
            entries: list[Entry] = []
            world = ""
            if not unchanged:
                entries = self._load_entries(None if full else changed, stats)
                world = self._world_key(config, entries, moment) if full else ""
                unchanged = full and self._unchanged_since_last_build(world)
                if unchanged:  # files touched, not changed: the next build can tell by stats
                    self._remember_inputs(inputs, _next_release(entries, moment, self.drafts))
                    if self._state_stale:  # the entries at least, with their new stats
                        self._unsaved_state = {"entries": self._entries}
                        self._save_state()
            if unchanged:
                count = f" {len(entries)} entries," if entries else ""
                self.log(f"content:{count} unchanged since the last build")
                outputs = sum(1 for path in self._manifest or {}
                              if path != _WORLD and not _is_search_file(path))
                result = BuildResult(None, 0, 0, 0, outputs, 0.0)
                result.ingest_failures = failures
                result.skipped = cache.load(self.root, SKIPPED).get("counts", {})
                result.seconds = time.perf_counter() - started
                return result
            dead_links = broken_internal_links(entries, config.base_path)
            if dead_links:
                raise SiteError(dead_links)
            # The previous model (serve's, or the one the last full build saved) is reused
            # when the entries kept their shape: a one-edit build works out only the edit.
            site = build_site(config, entries, include_drafts=self.drafts, now=moment,
                              previous=self.site, rebuilding=True)
            self.site = site
            if full:
                self.log(f"content: {len(site.entries)} entries, {len(site.companies)} "
                         f"companies, {len(site.tags)} tags")
            record = _NO_WORLD._replace(fingerprint=world, sha=inputs,
                                        size=_next_release(entries, moment, self.drafts)
                                        if full else 0)
            result = self._render(site, full=full, world=world, record=record)
            if full:  # kept for the builds that find nothing changed and load no entry
                result.skipped = _skipped(entries, moment, config, self.drafts)
                cache.save(self.root, SKIPPED, {"counts": result.skipped})
        result.ingest_failures = failures
        result.seconds = time.perf_counter() - started
        return result

    def _load_entries(self, changed: set[Path] | None,
                      stats: dict[str, os.stat_result] | None = None) -> list[Entry]:
        """Parse each entry once per file version (keyed by mtime and size); `stats` are
        every entry file's, when `_inputs_key` has just listed and stated them."""
        stats = stats or {}
        assert self.config is not None
        tz = self.config.tz
        if changed is None or self._entries is None:
            known = self._entries if self._entries is not None else self._load_state()
            paths, refused = (list(stats), []) if stats else scan_entries(self.root)
            fresh: dict[str, tuple[int, int, Entry]] = {}
            self._broken = {problem.path: [problem] for problem in refused}
        else:
            # Pipes and links too, for the parse to refuse by name (`builder.safety`).
            paths = [str(p) for p in changed if is_entry_file(self.root, p)
                     and os.path.lexists(p) and not os.path.isdir(p)]
            changed_rels = {_rel(self.root, path) for path in changed}
            # Re-read what the watcher reports even if mtime and size look the same: two
            # same-size saves within one clock tick would otherwise show stale text.
            known = {rel: item for rel, item in self._entries.items() if rel not in changed_rels}
            fresh = dict(known)
            for rel in changed_rels:
                self._broken.pop(rel, None)
        misses: list[tuple[str, str]] = []
        for path in paths:  # strings, not Paths: this loop runs for every entry of every build
            rel = _rel(self.root, path)
            try:
                stat = stats.get(path) or os.stat(path)
            except OSError as error:
                self._broken[rel] = [Problem(rel, 0, f"cannot read: {error.strerror}")]
                continue
            hit = known.get(rel)
            if hit and hit[0] == stat.st_mtime_ns and hit[1] == stat.st_size \
                    and hit[2].published.tzinfo == tz:
                fresh[rel] = hit
            else:
                misses.append((path, rel))
        # Parsing is the one slow step of a cold start: on all cores when there is a lot.
        _WORK.update(parse=misses, root=self.root, tz=tz)
        for part in pool_map(_parse_entries, len(misses), self.workers,
                             meanwhile=self._prepare_render):
            for rel, loaded in part:
                if isinstance(loaded, tuple):
                    fresh[rel] = loaded
                else:
                    self._broken[rel] = loaded
        parsed = len(misses)
        if self._broken:
            raise SiteError([p for problems in self._broken.values() for p in problems])
        # Saved again only when that saves real work: each entry edited since the state was
        # saved costs every later build a millisecond or two (parsed again, its outputs
        # replanned), rewriting the state for 4,000 entries costs a hundred.
        self._state_stale |= changed is None and parsed > STALE_ENTRIES
        self._entries = fresh
        return [item[2] for _, item in sorted(fresh.items())]

    def _load_state(self) -> dict[str, tuple[int, int, Entry]]:
        """The entries (rel → (mtime, size, Entry)) that the last full build saved, and its
        model and plan as the previous ones: `build_site` and `replan` redo only what the
        entries changed since then touch (unless their shape changed), so a `digest build`
        after one edit does not work out the model and plan of the whole digest again."""
        stored = cache.load(self.root, STATE)
        site, outputs = stored.get("site"), stored.get("outputs")
        if isinstance(site, Site) and isinstance(outputs, list):
            self.site = site
            self._planned = (stored["theme_key"], list(map(Output._make, outputs)), site)
            # A listing's fingerprint hashes its entries' cards: an edit touches listings
            # of hundreds of entries, whose cards would otherwise all be worked out again.
            card_digest.known.update(stored.get("cards", {}))  # type: ignore[attr-defined]
        entries = stored.get("entries")
        return entries if isinstance(entries, dict) else {}

    def _save_state(self) -> None:
        """Save the entries, model and plan for the next build (`_load_state`), if this one
        made them anew: after a cold build, a change of shape or settings, or many edits.
        Called while the render workers are busy, where there are any."""
        state, self._unsaved_state = self._unsaved_state, None
        if state is not None:
            if "outputs" in state:  # as fast to load as plain tuples
                state["outputs"] = list(map(tuple, state["outputs"]))
            cache.save(self.root, STATE, state)
            self._state_stale = False

    def _world_key(self, config: SiteConfig, entries: list[Entry], moment: datetime) -> str:
        """Everything the whole output is a function of: settings, theme, and the version of
        every entry that is published at `moment` (drafts and future dates decide that)."""
        today = moment.astimezone(config.tz).date()
        shown = [f"{e.rel_path}:{e.digest}" for e in entries
                 if self.drafts or not (e.draft or is_future(e, moment, today))]
        return hashlib.blake2b("\0".join([*self._settings(config), *shown]).encode(),
                               digest_size=16).hexdigest()

    def _inputs_key(self, config: SiteConfig) -> tuple[str, dict[str, os.stat_result]]:
        """What a full build reads, known from file stats alone: the settings, the theme
        (static files too), and each entry file's name, size and mtime (as the entries
        cache trusts them); with the stats, for `_load_entries`. ("", {}) when an entry
        cannot be read: the build will say why."""
        stats: dict[str, os.stat_result] = {}
        parts = self._settings(config)
        paths, refused = scan_entries(self.root)
        if refused:
            return "", {}
        for path in paths:
            try:
                stat = stats[path] = os.stat(path)
            except OSError:
                return "", {}
            parts.append(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}")
        # A file name need not be UTF-8: its undecodable bytes are hashed as they are.
        return hashlib.blake2b("\0".join(parts).encode("utf-8", "surrogateescape"),
                               digest_size=16).hexdigest(), stats

    def _settings(self, config: SiteConfig) -> list[str]:
        """What the whole output depends on besides the entries: the theme key and the
        theme's static files."""
        return [self._theme_key(config), *self._static.values()]

    def _unchanged_inputs(self, inputs: str, moment: datetime) -> bool:
        """True when the last build read these very files and no future-dated entry has come
        out since: public/ is up to date without loading a single entry (`digest build` on
        an unchanged digest)."""
        known = self._recorded_manifest()
        recorded = known.get(_WORLD)
        if not inputs or recorded is None or recorded.sha != inputs:
            return False
        if recorded.size and _microseconds(moment) >= recorded.size:
            return False
        return self._unchanged_since_last_build(recorded.fingerprint)

    def _recorded_manifest(self) -> dict[str, ManifestItem]:
        """The last build's record of public/ (`_trusted_manifest`), read once per build."""
        if self._recorded is None:
            self._recorded = _trusted_manifest(self.root, self.out)
        return self._recorded

    def _remember_inputs(self, inputs: str, next_release: int) -> None:
        """Record the inputs of an unchanged build in the manifest (a `git checkout` touches
        files without changing them), so that the next build can tell from stats alone."""
        assert self._manifest is not None
        if not inputs or self._manifest[_WORLD].sha == inputs:
            return
        self._manifest[_WORLD] = self._manifest[_WORLD]._replace(sha=inputs, size=next_release)
        cache.save(self.root, _manifest_name(self.out), _manifest_data(self._manifest))

    def _unchanged_since_last_build(self, world: str) -> bool:
        """True when public/ holds the build of exactly these inputs, untouched since: then
        the site model and the plan need not even be worked out (`digest build` twice)."""
        known = self._recorded_manifest()
        recorded = known.get(_WORLD)
        if recorded is None or recorded.fingerprint != world:
            return False
        if not all(_unchanged_on_disk(self.out, path, item)
                   for path, item in known.items() if path != _WORLD):
            return False
        self._manifest = known
        return True

    def _render(self, site: Site, *, full: bool, world: str, record: ManifestItem
                ) -> BuildResult:
        """Render the outputs whose fingerprint changed and publish them atomically;
        `record` is what the manifest will say of this build's inputs (its `_WORLD` item)."""
        assert self._theme is not None
        theme = self._theme[0]
        static = self._static
        theme_key = self._theme_key(site.config)
        last = self._planned
        if last and last[0] == theme_key and site.structure == last[2].structure:
            outputs = replan(last[1], last[2], site, theme_key, static)
        else:
            outputs = plan(site, theme_key, static)
            self._state_stale = True
        self._planned = (theme_key, outputs, site)
        if full and self._state_stale:
            assert self._entries is not None
            self._unsaved_state = {"entries": self._entries, "site": site,
                                   "theme_key": theme_key, "outputs": outputs,
                                   "cards": {(e.digest, e.slug): card_digest(e)
                                             for e in site.entries}}
        out = self.out
        if self._manifest is None or full or not out.is_dir():
            # What public/ holds that we can trust: recorded by the last build, untouched since.
            known = self._recorded_manifest()
            self._manifest = {path: item for path, item in known.items()
                              if path == _WORLD or _unchanged_on_disk(out, path, item)}
        else:
            known = self._manifest
        reusable = self._manifest
        todo = [o for o in outputs
                if (item := reusable.get(o.path)) is None or item.fingerprint != o.fingerprint]
        current = {o.path for o in outputs}
        deletes = sorted(p for p in known
                         if p not in current and p != _WORLD and not _is_search_file(p))
        if not todo and not deletes and \
                (not full or reusable.get(_WORLD, _NO_WORLD).fingerprint == world):
            self._save_state()
            return BuildResult(site, 0, 0, 0, len(outputs), 0.0)

        todo.sort(key=_render_order)
        base = site.config.base_path
        env, markdown = self._prepared or (self._environment(theme), None)
        self._prepared = None
        bodies = Bodies(self._store("bodies"), base, self.root, markdown)
        stage = Stage(out, swap=not any(path != _WORLD for path in reusable),
                      durable=not self.serving)
        fragments = cache.StoredTexts(self._store("fragments"),
                                      self._listing_fragments(site, theme_key))
        renderer = Renderer(site, env, bodies, theme, self._fragments[1], fragments)
        try:
            rendered = _render_outputs(renderer, todo, reusable, stage, fragments,
                                       self.workers, meanwhile=self._save_state)
            if full:  # forget the bodies of versions no entry has any more
                self._store("bodies").keep_scope(base)
                self._store("bodies").retain(base, {e.digest for e in site.entries})
            if pool_size(len(todo), self.workers) > 1:
                # Workers rendered the fragments in their own memory: the store has them, and
                # the next build that needs them reads them from there.
                self._fragments = (self._fragments[0], {})
            new_manifest = {path: item for path, item in reusable.items()
                            if path in current or _is_search_file(path)}
            new_manifest.update({path: item for path, (item, _) in rendered.items()})
            new_manifest[_WORLD] = record
            puts = [path for path, (_, wrote) in rendered.items() if wrote]
            search_failure = (self._index_in_commit(stage, new_manifest, puts, deletes)
                              if self.index_in_commit else None)
            self._commit(stage, puts, deletes, new_manifest)
        except BaseException:
            # A template error, a full disk, an interrupt: leave nothing half-made behind
            # (a committed stage is kept, for `recover` to finish).
            stage.abandon()
            raise
        self._save_state()  # if the render had no workers to wait for
        if search_failure is not None:
            raise search_failure
        return BuildResult(site, len(todo), len(puts), len(deletes), len(outputs), 0.0)

    def _environment(self, theme: Theme) -> Environment:
        """A fresh environment per build (its globals point at this build's site), with
        compiled templates kept on disk so that none is compiled twice."""
        from jinja2 import FileSystemBytecodeCache  # imported by builds that render only

        env = make_environment(theme)
        env.bytecode_cache = FileSystemBytecodeCache(str(_jinja_cache(self.root)))
        return env

    def _prepare_render(self) -> None:
        """While the workers parse a digest's entries, ready what rendering it will need:
        the templates compiled and the Markdown parser made here, once, are inherited by
        the render workers; each would otherwise spend a quarter of a second on them."""
        assert self.config is not None
        from jinja2 import TemplateError

        from builder.markdown import make_markdown

        env = self._environment(site_theme(self.root))
        for name in env.list_templates():
            if not name.startswith(f"{STATIC_DIR}/"):
                # A broken template is left for its render to report, as without this.
                with contextlib.suppress(TemplateError, OSError, UnicodeError):
                    env.get_template(name)
        self._prepared = (env, make_markdown(self.config.base_path))

    def _commit(self, stage: Stage, puts: list[str], deletes: list[str],
                manifest: dict[str, ManifestItem]) -> None:
        """Publish the staged files and the manifest that describes the result, atomically."""
        mark(stage.files if stage.swap else self.out)
        extra = stage.root / "extra"
        extra.mkdir()
        name = _manifest_name(self.out)
        cache.write(extra / name, _manifest_data(manifest))
        stage.commit(puts, deletes, {name: cache.cache_dir(self.root) / f"{name}.pickle"})
        self._manifest = manifest
        if not self.serving:
            tidy(self.out)

    def index_search(self) -> int | None:
        """Rebuild the Pagefind index of the published pages when any page's bytes changed;
        None when up to date. Its own commit: `serve` runs it in the background so the index
        never delays a reload; `digest build` indexes in the pages' own commit
        (`index_in_commit`) and comes here only for an index left out of date before."""
        assert self._manifest is not None
        if self._index_current(self._manifest):
            return None
        stage = Stage(self.out, swap=False, durable=not self.serving)
        try:
            new_manifest = dict(self._manifest)
            puts, deletes = self._index_pages(stage, self.out, new_manifest)
        except BaseException:
            stage.abandon()
            raise
        self._commit(stage, puts, deletes, new_manifest)
        return len(puts)

    def _index_current(self, manifest: dict[str, ManifestItem]) -> bool:
        """Whether the index `manifest` records is of the pages it records."""
        assert self.config is not None
        key = _index_key(self.config.base_path, manifest)
        existing = [item for p, item in manifest.items() if _is_search_file(p)]
        return bool(existing) and all(item.fingerprint == key for item in existing)

    def _index_pages(self, stage: Stage, pages: Path, manifest: dict[str, ManifestItem]
                     ) -> tuple[list[str], list[str]]:
        """Index the pages in the folder `pages` (as `manifest` describes them) into `stage`:
        (the index files to put, those to delete), recorded in `manifest`."""
        from builder.search import build_index

        assert self.config is not None and self._theme is not None
        key = _index_key(self.config.base_path, manifest)
        existing = {p: item for p, item in manifest.items() if _is_search_file(p)}
        globs = search_globs(make_environment(self._theme[0]), SEARCHABLE)
        files = build_index(pages, globs, stage.root / "index")
        for path in existing:
            del manifest[path]
        puts = _stage_index(stage, files, existing, key, manifest)
        return puts, sorted(p for p in existing if p not in files)

    def _index_in_commit(self, stage: Stage, manifest: dict[str, ManifestItem],
                         puts: list[str], deletes: list[str]) -> SearchIndexError | None:
        """Add the search index of the staged site to the stage's commit (`index_in_commit`),
        so that no moment shows pages newer than their index. Pagefind reads a folder of the
        new site's pages: the stage itself after a full render, else a folder of links to
        the staged and the published pages. A failing indexer is returned, for the caller
        to report once the pages are published, with the index they had."""
        if self._index_current(manifest):
            return None
        started = time.perf_counter()
        view = stage.files if stage.swap else _page_links(stage, self.out, manifest, puts)
        try:
            index_puts, index_deletes = self._index_pages(stage, view, manifest)
        except SearchIndexError as error:
            return error
        finally:
            if view != stage.files:
                shutil.rmtree(view, ignore_errors=True)
        puts += index_puts
        deletes += index_deletes
        self.log(f"search: index rebuilt, {len(index_puts)} files written in "
                 f"{(time.perf_counter() - started) * 1000:.0f} ms")
        return None

    def tidy(self) -> None:
        """Delete what the last commit replaced (for a Builder made with `serving`)."""
        with contextlib.suppress(SiteError), site_lock(self.root):  # else the other build will
            tidy(self.out)

    def _store(self, name: str) -> cache.TextStore:
        if name not in self._stores:
            self._stores[name] = cache.TextStore(self.root, name)
        return self._stores[name]

    def _theme_key(self, config: SiteConfig) -> str:
        """What every output depends on: the code, the templates, the settings, drafts."""
        assert self._theme is not None
        return hashlib.sha256(f"{__version__}|{self._theme[1]}|{config.fingerprint}|"
                              f"{self.drafts}".encode()).hexdigest()

    def preload_fragments(self) -> None:
        """serve, before anyone saves: the stored listing fragments of the current entries
        into memory. An edit re-renders the pages of its companies and tags, each listing
        hundreds of entries; the first time, their fragments came from SQLite, a fifth of
        that rebuild (tens of megabytes of memory at 4,000 entries). Fragments of versions
        no entry has any more are left out, and the store forgets them once they pile up."""
        site = self.site
        if site is None or self._theme is None:
            return
        scope = self._listing_fragments(site, self._theme_key(site.config))
        store = self._store("fragments")
        current = {key: html for key, html in store.get_scope(scope).items()
                   if is_current_fragment(key, site)}
        store.retain(scope, set(current))
        at_hand = self._fragments[1]
        for key, html in current.items():
            at_hand.setdefault(key, html)

    def _listing_fragments(self, site: Site, theme_key: str) -> str:
        """The scope of the listing fragments (cards, timeline items) this build can reuse
        from earlier ones: a company page lists hundreds, and re-rendering each is most of
        its cost. Fragments of other scopes (another theme or base URL) are forgotten."""
        scope = fragment_scope(site, theme_key)
        if self._fragments[0] != scope:
            self._fragments = (scope, {})
            self._store("fragments").keep_scope(scope)
        return scope


SEARCHABLE = "data-pagefind-body"  # what marks the searchable part of a page (see search_globs)


def _render_order(output: Output) -> tuple[int, str]:
    """The listing pages first: they are the slowest to render, and left for the end one
    worker would still be at them while the others wait. Feeds last: each shows the bodies
    of its twenty newest entries, rendered by then (in a worker of their own pages) and
    stored; rendered first, they would be rendered twice."""
    if output.kind in ("feed", "company_feed"):
        return 2, output.path
    return (0 if output.kind in _LISTINGS else 1), output.path


_LISTINGS = frozenset({"home", "company", "tag"})


def _index_key(base_path: str, manifest: dict[str, ManifestItem]) -> str:
    """What the search index is a function of: every page's bytes, and the base path."""
    pages = sorted(p for p in manifest if p.endswith(".html") and not _is_search_file(p))
    return hashlib.blake2b("\0".join([base_path, *(f"{p}:{manifest[p].sha}" for p in pages)])
                           .encode(), digest_size=16).hexdigest()


def _page_links(stage: Stage, out: Path, manifest: dict[str, ManifestItem],
                puts: list[str]) -> Path:
    """A folder of the new site's pages for Pagefind to read, of hard links (no copies):
    the staged page where the commit puts one, else the published one."""
    view = stage.root / "pages"
    staged = set(puts)
    for path in manifest:
        if path.endswith(".html") and not _is_search_file(path):
            source = stage.path_for(path) if path in staged else f"{out}/{path}"
            target = f"{view}/{path}"
            os.makedirs(os.path.dirname(target), exist_ok=True)
            try:
                os.link(source, target)
            except OSError:  # a file system without hard links
                shutil.copyfile(source, target)
    return view


def _stage_index(stage: Stage, files: dict[str, Path], existing: dict[str, ManifestItem],
                 key: str, manifest: dict[str, ManifestItem]) -> list[str]:
    """Stage the index files whose bytes changed (moved, not copied, from where Pagefind
    wrote them); record them all in `manifest`."""
    puts = []
    for path, written in sorted(files.items()):
        assert _is_search_file(path), path
        sha = _content_hash(written.read_bytes())
        old = existing.get(path)
        if old is not None and old.sha == sha:
            manifest[path] = old._replace(fingerprint=key)
            continue
        target = stage.path_for(path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        os.replace(written, target)
        stat = os.stat(target)
        manifest[path] = ManifestItem(key, sha, stat.st_size, stat.st_mtime_ns)
        puts.append(path)
    return puts


STATE = "state"  # the cache of entries, model and plan (`Builder._load_state`)
STALE_ENTRIES = 20  # entries edited since the state was saved that make a build save it again

# The manifest's record of the inputs of the build that public/ holds, under a key no file
# can have: `fingerprint` is the world key (`_world_key`), `sha` the inputs key from file stats
# (`_inputs_key`), `size` when the next future-dated entry comes out (µs since the epoch, 0
# for none), so that a build after that moment publishes it.
_WORLD = "\0world"
_NO_WORLD = ManifestItem("", "", 0, 0)


def _next_release(entries: list[Entry], moment: datetime, drafts: bool) -> int:
    """When the first entry hidden for its future date comes out (µs), or 0: never."""
    if drafts:  # future-dated entries are shown already
        return 0
    later = [e.published for e in entries if not e.draft and e.published > moment]
    return _microseconds(min(later)) if later else 0


SKIPPED = "skipped"  # the cache that keeps `_skipped` of the last full build


def _skipped(entries: list[Entry], moment: datetime, config: SiteConfig,
             drafts: bool) -> dict[str, int]:
    """How many entries the build left out, by reason, for its last line to say."""
    if drafts:
        return {}
    today = moment.astimezone(config.tz).date()
    future = sum(1 for e in entries if not e.draft and is_future(e, moment, today))
    counts = {"drafts": sum(1 for e in entries if e.draft), "future-dated": future}
    return {reason: count for reason, count in counts.items() if count}


def _microseconds(moment: datetime) -> int:
    return round(moment.timestamp() * 1_000_000)


def _static_files(theme: Theme) -> dict[str, str]:
    """The theme's static files (each an output of its own): path → hash of the content."""
    return {rel: _content_hash(theme.read_static(rel)) for rel in theme.static_files}


def _manifest_data(manifest: dict[str, ManifestItem]) -> dict[str, list[Any]]:
    # Kept as plain tuples: pickling thousands of named tuples costs more than the rebuild
    # of an edit (each goes through Python code; plain tuples do not).
    return {"paths": list(manifest), "items": list(map(tuple, manifest.values()))}


def _is_search_file(path: str) -> bool:
    """Pagefind's bundle is published by `index_search`, not by the page render."""
    return path.startswith("pagefind/")


def _jinja_cache(root: Path) -> Path:
    folder = cache.cache_dir(root) / "jinja"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _rel(root: Path, path: Path | str) -> str:
    """`path` relative to `root` (string work: this runs for every entry on every build)."""
    prefix, text = f"{root}{os.sep}", str(path)
    return text[len(prefix):].replace(os.sep, "/") if text.startswith(prefix) else text


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


def _content_hash(data: bytes) -> str:
    """What the manifest compares a published file by. SHA-256, as CPUs with SHA extensions
    (this machine's) hash it twice as fast as BLAKE2: it runs over every page rendered."""
    return hashlib.sha256(data).hexdigest()


def _manifest_name(out: Path) -> str:
    return "manifest-" + hashlib.blake2b(str(out).encode(), digest_size=8).hexdigest()


def _trusted_manifest(root: Path, out: Path) -> dict[str, ManifestItem]:
    """The last build's record of public/, or {} when public/ is gone."""
    if not out.is_dir():
        return {}
    stored = cache.load(root, _manifest_name(out))
    paths, items = stored.get("paths", []), stored.get("items", [])
    return dict(zip(paths, map(ManifestItem._make, items), strict=True)) \
        if len(paths) == len(items) else {}


def _unchanged_on_disk(out: Path, rel: str, item: ManifestItem) -> bool:
    try:
        stat = os.stat(f"{out}/{rel}")
    except OSError:
        return False
    return stat.st_size == item.size and stat.st_mtime_ns == item.mtime_ns


# --- work for the pool (builder.workers) ------------------------------------------------------
# Workers are forked after the site model exists, so they inherit it (and the Markdown parser)
# instead of receiving pickled copies; each job names its items by index into _WORK.

_WORK: dict[str, Any] = {}


def _parse_entries(indices: range) -> list[tuple[str, tuple[int, int, Entry] | list[Problem]]]:
    """Read and validate entries: (rel, (mtime, size, entry)) or (rel, its problems)."""
    root: Path = _WORK["root"]
    results: list[tuple[str, tuple[int, int, Entry] | list[Problem]]] = []
    for index in indices:
        path, rel = _WORK["parse"][index]
        try:
            data, stat = read_input_stat(root, path)
            entry = load_entry(root, Path(path), data, _WORK["tz"])
            # Without its body: the model does not need it, and at 16,000 entries bodies are
            # a hundred megabytes; the page render reads it again (`bodies.body_of`).
            results.append((rel, (stat.st_mtime_ns, stat.st_size, replace(entry, body=""))))
        except SiteError as error:
            results.append((rel, error.problems))
        except InputRefused as error:
            results.append((rel, [Problem(rel, 0, str(error))]))
        except OSError as error:
            results.append((rel, [Problem(rel, 0, f"cannot read: {error.strerror}")]))
    return results


Rendered = dict[str, tuple[ManifestItem, bool]]  # path → (its record, whether it was written)


def _render_outputs(renderer: Renderer, todo: list[Output], manifest: dict[str, ManifestItem],
                    stage: Stage, fragments: cache.StoredTexts, workers: int | None,
                    meanwhile: Callable[[], None] | None = None) -> Rendered:
    """Render `todo` into `stage`; a file whose bytes match the manifest is not written.
    The listing fragments rendered for the first time go into `fragments`. `meanwhile` runs
    here while workers render (see `pool_map`)."""
    if not todo:
        return {}
    _WORK.update(renderer=renderer, todo=todo, manifest=manifest, stage=stage,
                 fragments=fragments)
    results: Rendered = {}
    for part in pool_map(_render_chunk, len(todo), workers, meanwhile=meanwhile):
        results.update(part)
    return results


def _render_chunk(indices: range) -> Rendered:
    """Render the chunk's outputs, and store the listing fragments and entry bodies it
    rendered first from the process that rendered them: sent back to the build instead,
    tens of megabytes of them at 16,000 entries would be pickled, unpickled and held by both
    ends at once."""
    from jinja2 import TemplateError

    renderer: Renderer = _WORK["renderer"]
    stage: Stage = _WORK["stage"]
    manifest: dict[str, ManifestItem] = _WORK["manifest"]
    made: set[str] = set()
    results = {}
    renderer.new_fragments = {}
    todo: list[Output] = _WORK["todo"]
    renderer.prefetch([todo[index] for index in indices])
    timeout = renderer.site.config.timeout
    for index in indices:
        output = todo[index]
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
        sha = _content_hash(data)
        old = manifest.get(output.path)
        if old is not None and old.sha == sha:
            results[output.path] = (ManifestItem(output.fingerprint, sha, old.size,
                                                 old.mtime_ns), False)
            continue
        target = stage.path_for(output.path)
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
    _WORK["fragments"].put_many(renderer.new_fragments)
    renderer.bodies.store_new()
    return results
