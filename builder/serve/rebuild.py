"""The rebuild loop: one thread owns the Builder; watchers only add to a pending set.

A change that arrives during a rebuild waits in the set, and everything that gathered there
becomes exactly one more rebuild when the current one ends. After each rebuild the events hub
tells the browsers at once: reload, swap a stylesheet, or show the problems (the last good
site stays published, since a failed build publishes nothing).
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from builder.build import Builder, BuildResult
from builder.config import load_config, split_base_url
from builder.errors import Problem, SearchIndexError, SiteError
from builder.publish import LOCK_NAME
from builder.serve.changes import ChangeKind, change_kinds
from builder.serve.reload import Hub
from builder.theme_layers import STATIC_DIR, site_theme

Say = Callable[[str], None]
LOCK_RETRY = 0.25  # seconds before retrying a rebuild that found the site locked
# The search index waits until the site has been quiet for a while: at least SEARCH_DELAY
# seconds, and twice as long as indexing last took (first guess: SEARCH_GUESS per page), so
# on a big site, where indexing takes many seconds, it does not hold up the next edit's reload.
SEARCH_DELAY = 1.5
SEARCH_GUESS = 0.004


def preview_base_url(root: Path, base_url: str | None) -> str | None:
    """The base_url to build the preview with: base_url's path only, so every link works on
    localhost under the same sub-path Pages uses. None (build exactly as `digest build`) when
    site.yaml's base_url is a path already and no --base-url was given."""
    if base_url is not None:
        return split_base_url(base_url)[1]
    config = load_config(root)
    return None if not config.site_origin else config.base_path


class Rebuilder:
    def __init__(self, root: Path, builder: Builder, hub: Hub, say: Say,
                 base_url: str | None, on_base_path: Callable[[str], None],
                 search: bool = True):
        self.root = root
        self.builder = builder
        self.hub = hub
        self.say = say
        self.base_url = base_url  # --base-url, if given
        self.on_base_path = on_base_path
        self.search = search
        self._search_at: float | None = None  # when the owed search index may be rebuilt
        self._search_seconds: float | None = None  # how long indexing took last time
        self.ready = threading.Event()  # the first build is over (good or not)
        self.busy = False
        self._cond = threading.Condition()
        self._pending: set[Path] = set()
        self._full = False
        self._stop = False
        self._seed_problems: list[Problem] = []
        self._thread = threading.Thread(target=self._run, name="digest-rebuild", daemon=True)

    # --- called from the watcher threads ---

    def changed(self, paths: set[Path], structural: bool) -> None:
        with self._cond:
            self._pending |= paths
            self._full |= structural
            self._cond.notify()

    # --- lifecycle ---

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        with self._cond:
            self._stop = True
            self._cond.notify()

    def join(self, timeout: float) -> bool:
        """Wait for the thread to end; False when a rebuild is still running."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    # --- the loop ---

    def _run(self) -> None:
        self._rebuild(None, "start")
        self.ready.set()
        self._warm_up()
        while True:
            with self._cond:
                while not (self._pending or self._full or self._stop):
                    if self._search_at is None:
                        self._cond.wait()
                    elif (wait := self._search_at - time.monotonic()) > 0:
                        self._cond.wait(wait)
                    else:
                        break
                if self._stop:
                    return
                changed, full = self._pending, self._full
                self._pending, self._full = set(), False
            if changed or full:
                self._rebuild(None if full else changed, _describe(self.root, changed, full))
            else:
                self._index_search()

    def _warm_up(self) -> None:
        """Ready what the first edit's rebuild needs, before anyone saves: the renderers
        imported (a start with nothing to render imported none), the model and plan that
        a start which found public/ up to date did not work out (it loaded no entry; a
        rebuild with no changed file does that and publishes nothing), and the listing
        fragments. Half a second at 4,000 entries, that the first edit's reload no longer
        waits for."""
        try:
            import jinja2  # noqa: F401
            import markdown_it  # noqa: F401

            if self.builder.site is None:
                self.builder.build(set())
            self.builder.preload_fragments()
        except SiteError:
            return  # the next rebuild reports what is wrong with the files
        except Exception as error:  # a bug: say so, keep serving
            self.say(f"start: internal error while getting ready {error!r}")
            traceback.print_exc(file=sys.stdout)

    def _index_search(self) -> None:
        """Pagefind's index of the pages, once the site has been quiet for a moment: it
        takes longer than a page rebuild, and nothing waits for it but the search page.
        (It runs in this thread because the Builder is not thread-safe, so an edit saved
        while it runs waits for it.)"""
        self._search_at = None
        started = time.perf_counter()
        try:
            written = self.builder.index_search()
            self.builder.tidy()
        except SearchIndexError as error:  # Pagefind failed: try again after the next edit
            self.say(f"search: index not rebuilt: {error.problems[0]}")
            return
        except SiteError as error:
            self.say(f"search: index not rebuilt: {error.problems[0]}")
            self._search_at = time.monotonic() + SEARCH_DELAY  # e.g. the site was locked
            return
        except Exception as error:  # a bug: say so, keep serving
            self.say(f"search: index not rebuilt: internal error {error!r}")
            traceback.print_exc(file=sys.stdout)
            return
        if written is not None:
            self._search_seconds = time.perf_counter() - started
            self.say(f"search: index rebuilt, {written} files written in "
                     f"{(time.perf_counter() - started) * 1000:.0f} ms")

    def _rebuild(self, changed: set[Path] | None, label: str) -> None:
        started = time.perf_counter()
        self.busy = True
        kinds: dict[Path, ChangeKind] = {}
        try:
            if changed is not None:
                kinds = change_kinds(self.root, site_theme(self.root), changed)
            result = self._build(changed, kinds)
        except SiteError as error:
            if all(Path(p.path).name == LOCK_NAME for p in error.problems):
                # `digest build` of the same site is running: try again shortly.
                self.say(f"rebuild: {label}: waiting for another build of this site")
                self._retry(changed)
                return
            problems = error.problems + self._seed_problems
            self.hub.failed(problems)
            ms = (time.perf_counter() - started) * 1000
            count = len(error.problems)
            self.say(f"rebuild: {label}: {count} problem{'s' * (count != 1)}, still serving "
                     f"the last good site ({ms:.0f} ms)")
            for problem in error.problems:
                self.say(f"  {problem}")
            return
        except Exception as error:  # a bug in the digest: report it, keep serving
            self.hub.failed([Problem("digest", 0, f"internal error: {error!r}")])
            self.say(f"rebuild: {label}: internal error, still serving the last good site")
            traceback.print_exc(file=sys.stdout)
            return
        finally:
            self.busy = False
        ms = (time.perf_counter() - started) * 1000
        if changed is None or ChangeKind.SEED in kinds.values():
            self._seed_problems = result.ingest_failures
        self._announce(changed, kinds, result, label, ms)
        self._publish_later()
        self.builder.tidy()  # after the reload event: deleting replaced files can wait

    def _publish_later(self) -> None:
        """The feeds, sitemap and open data the rebuild left for after the reload event."""
        try:
            self.builder.publish_later()
        except SiteError as error:  # a broken feed template, a full disk: shown like any
            self.hub.failed(error.problems)  # failed rebuild, and tried again by the next
            self.say("rebuild: feeds and data files not published, still serving the last "
                     "good ones")
            for problem in error.problems:
                self.say(f"  {problem}")
        except Exception as error:  # a bug: say so, keep serving
            self.say(f"rebuild: feeds and data files: internal error {error!r}")
            traceback.print_exc(file=sys.stdout)

    def _retry(self, changed: set[Path] | None) -> None:
        def again() -> None:
            if changed is None:
                self.changed(set(), True)
            else:
                self.changed(changed, False)

        timer = threading.Timer(LOCK_RETRY, again)
        timer.daemon = True
        timer.start()

    def _build(self, changed: set[Path] | None, kinds: dict[Path, ChangeKind]) -> BuildResult:
        if changed is None or ChangeKind.CONFIG in kinds.values():
            # site.yaml's base_url may have changed: follow it (a broken one the build reports)
            with contextlib.suppress(SiteError, ValueError):
                self.builder.base_url = preview_base_url(self.root, self.base_url)
            changed = None  # a settings change touches every page; read it all again
        return self.builder.build(changed, pages_first=True)

    def _announce(self, changed: set[Path] | None, kinds: dict[Path, ChangeKind],
                  result: BuildResult, label: str, ms: float) -> None:
        config = self.builder.config
        assert config is not None
        self.on_base_path(config.base_path)
        touched = result.written + result.deleted
        if self.search and (touched or changed is None):
            took = self._search_seconds
            if took is None:
                took = SEARCH_GUESS * result.total
            self._search_at = time.monotonic() + max(SEARCH_DELAY, 2 * took)
        problems = self._seed_problems
        was_failing = self.hub.failing
        if touched or was_failing or problems or changed is None:
            css = _css_only(self.root, kinds, config.base_path)
            if css and result.written <= len(css) and not result.deleted:
                self.hub.built(css_paths=css, problems=problems)
            else:
                self.hub.built(problems=problems)
        pages = f"{result.rendered} page{'s' * (result.rendered != 1)}"
        self.say(f"rebuild: {label}: {pages} rendered, {result.written} written, "
                 f"{result.deleted} removed of {result.total} in {ms:.0f} ms")
        for problem in problems:
            self.say(f"  {problem}")
        if result.review:
            self.say(result.awaiting_review())


def _describe(root: Path, changed: set[Path], full: bool) -> str:
    if full:
        return "input folders changed, full rebuild"
    # An editor's or sed's temporary file, already gone and never an input, is not news.
    names = sorted(_rel(root, p) for p in changed if p.suffix or p.exists()) or ["nothing"]
    if len(names) > 3:
        return f"{', '.join(names[:2])} and {len(names) - 2} more changed"
    return f"{', '.join(names)} changed"


def _rel(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def _css_only(root: Path, kinds: dict[Path, ChangeKind], base_path: str) -> list[str]:
    """URL paths of the stylesheets, when stylesheets of the theme are all that changed."""
    if not kinds or any(kind is not ChangeKind.STATIC or path.suffix != ".css"
                        for path, kind in kinds.items()):
        return []
    layers = site_theme(root).static
    return [f"{base_path}{STATIC_DIR}/"
            f"{path.relative_to(next(f for f in layers if f in path.parents)).as_posix()}"
            for path in kinds]
