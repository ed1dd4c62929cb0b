"""`digest build`: seeds → entries → site model → only the changed outputs → public/.

The build is a pure function of its inputs. Each output carries a fingerprint of what it
depends on; the manifest of the last build says what public/ holds, so only outputs whose
fingerprint changed are rendered, and only files whose bytes changed are written.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from builder import __version__, cache
from builder.config import SiteConfig, load_config
from builder.content import Entry, entry_files, load_entry
from builder.errors import Problem, SiteError
from builder.markdown import make_markdown
from builder.outputs import STATIC_DIR, Output, Renderer, plan
from builder.publish import Stage, recover, site_lock
from builder.render import make_environment, templates_dir, templates_fingerprint
from builder.site import Site, build_site

Log = Callable[[str], None]
PARALLEL_THRESHOLD = 200  # below this many jobs a process pool costs more than it saves


@dataclass
class BuildResult:
    site: Site
    rendered: int  # outputs whose fingerprint changed
    written: int  # files whose bytes changed
    deleted: int
    total: int
    seconds: float
    ingest_failures: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class ManifestItem:
    fingerprint: str
    sha: str
    size: int
    mtime_ns: int


def build(root: Path, *, base_url: str | None = None, out: Path | None = None,
          drafts: bool = False, workers: int | None = None, ingest_seeds: bool = True,
          log: Log = print, now: datetime | None = None) -> BuildResult:
    """Build the site at `root`. Raises SiteError (nothing published) on bad input."""
    started = time.perf_counter()
    out = (out or root / "public").resolve()
    with site_lock(root):
        note = recover(out)
        if note:
            log(f"publish: {note}")
        config = load_config(root)
        if base_url is not None:
            config = config.with_base_url(base_url)
        failures: list[Problem] = []
        if ingest_seeds:
            failures = _ingest(root, config, log)
        entries = load_entries(root, config)
        site = build_site(config, entries, include_drafts=drafts,
                          now=now or datetime.now(UTC))
        log(f"content: {len(site.entries)} entries, {len(site.companies)} companies, "
            f"{len(site.tags)} tags")
        result = render_site(root, site, out, drafts=drafts, workers=workers)
    result.ingest_failures = failures
    result.seconds = time.perf_counter() - started
    return result


def _ingest(root: Path, config: SiteConfig, log: Log) -> list[Problem]:
    from builder.ingest import ingest

    return ingest(root, config, log=log).failed


def load_entries(root: Path, config: SiteConfig) -> list[Entry]:
    """Every entry, parsed once per file version (the cache is keyed by mtime and size)."""
    cached: dict[str, tuple[int, int, Entry]] = cache.load(root, "entries")
    fresh: dict[str, tuple[int, int, Entry]] = {}
    problems: list[Problem] = []
    entries: list[Entry] = []
    tz = config.tz
    for path in entry_files(root):
        rel = path.relative_to(root).as_posix()
        stat = path.stat()
        hit = cached.get(rel)
        if hit and hit[0] == stat.st_mtime_ns and hit[1] == stat.st_size \
                and hit[2].published.tzinfo == tz:
            entry = hit[2]
        else:
            try:
                entry = load_entry(root, path, path.read_bytes(), tz)
            except SiteError as error:
                problems.extend(error.problems)
                continue
            except OSError as error:
                problems.append(Problem(rel, 0, f"cannot read: {error.strerror}"))
                continue
        fresh[rel] = (stat.st_mtime_ns, stat.st_size, entry)
        entries.append(entry)
    if problems:
        raise SiteError(problems)
    if fresh != cached:
        cache.save(root, "entries", fresh)
    return entries


def _manifest_name(out: Path) -> str:
    return "manifest-" + hashlib.blake2b(str(out).encode(), digest_size=8).hexdigest()


def _trusted_manifest(root: Path, out: Path) -> dict[str, ManifestItem]:
    """The last build's record of public/, or {} when public/ is gone or the record is stale."""
    if not out.is_dir():
        return {}
    return cache.load(root, _manifest_name(out))


def _unchanged_on_disk(out: Path, rel: str, item: ManifestItem) -> bool:
    try:
        stat = os.stat(out / rel)
    except OSError:
        return False
    return stat.st_size == item.size and stat.st_mtime_ns == item.mtime_ns


def render_site(root: Path, site: Site, out: Path, *, drafts: bool,
                workers: int | None) -> BuildResult:
    theme = templates_dir(root)
    static = {p.relative_to(theme / STATIC_DIR).as_posix(): _file_hash(p)
              for p in sorted((theme / STATIC_DIR).rglob("*")) if p.is_file()}
    theme_key = hashlib.sha256(
        f"{__version__}|{templates_fingerprint(theme)}|{site.config.fingerprint}|{drafts}".encode()
    ).hexdigest()
    outputs = plan(site, theme_key, static)
    # What public/ holds that we can trust: recorded by the last build and untouched since.
    known = _trusted_manifest(root, out)
    reusable = {path: item for path, item in known.items()
                if _unchanged_on_disk(out, path, item)}
    todo = [o for o in outputs
            if (item := reusable.get(o.path)) is None or item.fingerprint != o.fingerprint]
    current = {o.path for o in outputs}
    deletes = sorted(p for p in known if p not in current)
    if not todo and not deletes:
        return BuildResult(site, 0, 0, 0, len(outputs), 0.0)

    bodies = _entry_bodies(root, site, todo, workers)
    stage = Stage(out, swap=not reusable)
    rendered = _render_outputs(site, theme, bodies, todo, reusable, stage.files, workers)
    new_manifest = {path: item for path, item in reusable.items() if path in current}
    new_manifest.update({path: item for path, (item, _) in rendered.items()})
    puts = [path for path, (_, wrote) in rendered.items() if wrote]
    extra = stage.root / "extra"
    extra.mkdir()
    manifest_name = _manifest_name(out)
    _save_pickle_to(extra / manifest_name, new_manifest)
    stage.commit(puts, deletes, {manifest_name: cache.cache_dir(root) / f"{manifest_name}.pickle"})
    return BuildResult(site, len(todo), len(puts), len(deletes), len(outputs), 0.0)


def _save_pickle_to(path: Path, data: dict[str, ManifestItem]) -> None:
    import pickle

    with open(path, "wb") as handle:
        pickle.dump((cache._FORMAT, data), handle, protocol=pickle.HIGHEST_PROTOCOL)


def _file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- parallel work ---------------------------------------------------------------------------
# Workers are forked after the site model exists, so they inherit it (and the Markdown parser)
# instead of receiving pickled copies; each job names outputs by index.

_WORK: dict[str, Any] = {}


def _chunks(count: int, workers: int) -> list[range]:
    size = max(1, -(-count // (workers * 4)))
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


def _pool_map(func: Callable[[range], Any], count: int, workers: int | None) -> list[Any]:
    workers = workers or os.cpu_count() or 1
    if workers == 1 or count < PARALLEL_THRESHOLD:
        return [func(range(count))]
    with ProcessPoolExecutor(workers, mp_context=get_context("fork")) as pool:
        return list(pool.map(func, _chunks(count, workers)))


def _entry_bodies(root: Path, site: Site, todo: list[Output], workers: int | None) -> dict:
    """Body HTML of every entry a pending output shows, from cache or rendered in parallel."""
    needed: dict[str, Entry] = {}
    by_slug = {e.slug: e for e in site.entries}
    feed_size = site.config.feed_size
    for output in todo:
        if output.kind == "entry":
            entry = by_slug[output.key]
            needed[entry.digest] = entry
        elif output.kind == "feed":
            needed.update((e.digest, e) for e in site.entries[:feed_size])
        elif output.kind == "company_feed":
            needed.update((e.digest, e) for e in site.companies[output.key].entries[:feed_size])
    if not needed:
        return {}
    base = site.config.base_path
    stored: dict[str, str] = cache.load(root, "bodies")
    bodies = {d: stored[f"{base}|{d}"] for d in needed if f"{base}|{d}" in stored}
    missing = [needed[d] for d in sorted(needed) if d not in bodies]
    if missing:
        _WORK.update(missing=missing, markdown=make_markdown(base))
        for part in _pool_map(_render_bodies, len(missing), 1 if len(missing) < 400 else workers):
            bodies.update(part)
        live = {f"{base}|{e.digest}" for e in site.entries}
        stored = {k: v for k, v in stored.items() if k in live}
        stored.update({f"{base}|{d}": html for d, html in bodies.items()})
        cache.save(root, "bodies", stored)
    return bodies


def _render_bodies(indices: range) -> dict[str, str]:
    markdown = _WORK["markdown"]
    return {(e := _WORK["missing"][i]).digest: markdown.render(e.body) for i in indices}


def _render_outputs(site: Site, theme: Path, bodies: dict[str, str], todo: list[Output],
                    manifest: dict[str, ManifestItem], folder: Path,
                    workers: int | None) -> dict[str, tuple[ManifestItem, bool]]:
    """Render `todo` into `folder`; a file whose bytes match the manifest is not written."""
    if not todo:
        return {}
    _WORK.update(renderer=Renderer(site, make_environment(theme), bodies, theme), todo=todo,
                 manifest=manifest, folder=folder)
    results: dict[str, tuple[ManifestItem, bool]] = {}
    for part in _pool_map(_render_chunk, len(todo), workers):
        results.update(part)
    return results


def _render_chunk(indices: range) -> dict[str, tuple[ManifestItem, bool]]:
    renderer: Renderer = _WORK["renderer"]
    folder: Path = _WORK["folder"]
    manifest: dict[str, ManifestItem] = _WORK["manifest"]
    made: set[Path] = set()
    results = {}
    for index in indices:
        output: Output = _WORK["todo"][index]
        data = renderer.render(output)
        sha = hashlib.blake2b(data, digest_size=16).hexdigest()
        old = manifest.get(output.path)
        if old is not None and old.sha == sha:
            results[output.path] = (ManifestItem(output.fingerprint, sha, old.size,
                                                 old.mtime_ns), False)
            continue
        target = folder / output.path
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        target.write_bytes(data)
        stat = target.stat()
        results[output.path] = (ManifestItem(output.fingerprint, sha, stat.st_size,
                                             stat.st_mtime_ns), True)
    return results
