"""Full-text search: a Pagefind index of the published pages, made by Pagefind's own command.

`build_index` runs the Pagefind CLI (the binary the `pagefind[bin]` package ships) over a
complete output folder, the way a Hugo site adds search, writing the bundle into a folder the
build names (inside its stage, so that a killed build leaves nothing behind), and returns
{path under public/: file}. The build then publishes what changed atomically and deletes
files a new index no longer has. The CLI parses pages on all cores and writes natively,
where its Python API's service parses on one core (`make bench` measures the difference).

Result URLs are site-relative (`/entries/x/`): the search page gives Pagefind UI base_url's
path as its `baseUrl`.

Pagefind's output is deterministic except for the order of entries inside its filter and
metadata files (Pagefind/pagefind#638): those files (and the content hashes in their names,
which appear in pagefind-entry.json) may differ between two builds of the same site.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Collection
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING

from builder.errors import SearchIndexError
from builder.input_keys import digest_of
from builder.manifest import ManifestItem, content_hash
from builder.publish import Stage
from builder.workers import kill_with_parent

if TYPE_CHECKING:
    from builder.theme_layers import Theme

INDEX_DIR = "pagefind"
# What the search page loads; the rest of Pagefind's bundle (modular and component UIs, the
# highlighter, the playground) stays out of public/.
_UNUSED = ("pagefind-modular-ui.", "pagefind-component-ui.", "pagefind-highlight.js",
           "playground/")


def order_may_vary(path: str) -> bool:
    """True for the bundle files whose bytes (and so names) may differ between two builds of
    the same pages: Pagefind writes its filter and metadata files in arbitrary order
    (Pagefind/pagefind#638), and pagefind-entry.json names the metadata file by hash."""
    name = path.removeprefix(f"{INDEX_DIR}/")
    return (name.startswith("filter/") or name == "pagefind-entry.json"
            or (name.startswith("pagefind.") and name.endswith(".pf_meta")))


def build_index(site: Path, globs: list[str], into: Path) -> dict[str, Path]:
    """Index the pages of `site` that match `globs` (paths relative to it) → the bundle's
    files, written under `into` and keyed by their path under public/ (`pagefind/...`);
    none when no page matches (a digest with no entry yet has nothing to search).
    Pages marked `data-pagefind-body` are indexed from that element on; once one is, the
    others are left out (Pagefind's rule)."""
    import subprocess  # with pagefind's module, only when there are pages to index

    from pagefind.service import get_executable

    if not any(next(site.glob(glob), None) for glob in globs):
        return {}
    binary = get_executable()
    if binary is None:
        raise SearchIndexError.at(site, 0, "the Pagefind binary is missing: reinstall the "
                                           "digest (it depends on pagefind[bin]), or build "
                                           "with --no-search")
    pattern = globs[0] if len(globs) == 1 else "{" + ",".join(globs) + "}"
    done = subprocess.run([str(binary), "--site", str(site), "--output-path", str(into),
                           "--glob", pattern, "--silent"],
                          capture_output=True, text=True, check=False,
                          preexec_fn=kill_with_parent())
    if done.returncode != 0:
        raise SearchIndexError.at(site, 0, f"Pagefind failed ({done.returncode}): "
                                           f"{(done.stderr or done.stdout).strip()[-500:]}")
    return {f"{INDEX_DIR}/{rel}": path
            for path in sorted(into.rglob("*")) if path.is_file()
            and not (rel := path.relative_to(into).as_posix()).startswith(_UNUSED)}


SEARCHABLE = "data-pagefind-body"  # what marks the searchable part of a page (see search_globs)


def is_search_file(path: str) -> bool:
    """Pagefind's bundle is published by `Builder.index_search`, not by the page render."""
    return path.startswith(f"{INDEX_DIR}/")


def count_pages_and_data(paths: Collection[str]) -> int:
    """How many of `paths` (of public/) are not Pagefind's: the outputs a build plans.
    `str.startswith` mapped from C: a build with nothing to do counts a big digest's files."""
    return len(paths) - sum(map(str.startswith, paths, repeat(f"{INDEX_DIR}/")))


def index_key(base_path: str, manifest: dict[str, ManifestItem]) -> str:
    """What the search index is a function of: every page's bytes, and the base path."""
    pages = sorted(p for p in manifest if p.endswith(".html") and not is_search_file(p))
    return digest_of(base_path, *(f"{p}:{manifest[p].sha}" for p in pages))


def stage_index(stage: Stage, files: dict[str, Path], existing: dict[str, ManifestItem],
                key: str, manifest: dict[str, ManifestItem]) -> list[str]:
    """Stage the index files whose bytes changed (moved, not copied, from where Pagefind
    wrote them); record them all in `manifest`."""
    puts = []
    for path, written in sorted(files.items()):
        assert is_search_file(path), path
        sha = content_hash(written.read_bytes())
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


def index_current(base_path: str, manifest: dict[str, ManifestItem]) -> bool:
    """Whether the index `manifest` records is of the pages it records."""
    key = index_key(base_path, manifest)
    existing = [item for p, item in manifest.items() if is_search_file(p)]
    return bool(existing) and all(item.fingerprint == key for item in existing)


def index_into(stage: Stage, pages: Path, manifest: dict[str, ManifestItem], base_path: str,
               theme: Theme) -> tuple[list[str], list[str]]:
    """Index the pages in the folder `pages` (as `manifest` describes them) into `stage`:
    (the index files to put, those to delete), recorded in `manifest`."""
    from builder.plan import search_globs
    from builder.templating import make_environment

    key = index_key(base_path, manifest)
    existing = {p: item for p, item in manifest.items() if is_search_file(p)}
    files = build_index(pages, search_globs(make_environment(theme), SEARCHABLE),
                        stage.root / "index")
    for path in existing:
        del manifest[path]
    puts = stage_index(stage, files, existing, key, manifest)
    return puts, sorted(p for p in existing if p not in files)


def staged_pages(stage: Stage, out: Path, manifest: dict[str, ManifestItem],
                 puts: list[str]) -> Path:
    """A folder of the new site's pages for Pagefind to read, of hard links (no copies):
    the staged page where the commit puts one, else the published one."""
    view = stage.root / "pages"
    staged = set(puts)
    for path in manifest:
        if path.endswith(".html") and not is_search_file(path):
            source = stage.path_for(path) if path in staged else f"{out}/{path}"
            target = f"{view}/{path}"
            os.makedirs(os.path.dirname(target), exist_ok=True)
            try:
                os.link(source, target)
            except OSError:  # a file system without hard links
                shutil.copyfile(source, target)
    return view
