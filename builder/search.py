"""Full-text search: a Pagefind index of the published pages, made by Pagefind's own command.

`build_index` runs the Pagefind CLI (the binary the `pagefind[bin]` package ships) over a
complete output folder, the way a Hugo site adds search, writing the bundle into a folder the
build names (inside its stage, so that a killed build leaves nothing behind), and returns
{path under public/: file}. The build then publishes what changed atomically and deletes
files a new index no longer has. The CLI parses pages on all cores and writes natively: on
4,000 entry pages it takes 6.5 s, where feeding its Python API's service (which parses on one
core) while rendering took 9–10 s of the build.

Result URLs are site-relative (`/entries/x/`): the search page gives Pagefind UI base_url's
path as its `baseUrl`.

Pagefind's output is deterministic except for the order of entries inside its filter and
metadata files (Pagefind/pagefind#638): those files (and the content hashes in their names,
which appear in pagefind-entry.json) may differ between two builds of the same site.
"""

from __future__ import annotations

import functools
import os
import subprocess
from pathlib import Path

from builder.errors import SearchIndexError
from builder.workers import die_with_parent

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
                          preexec_fn=functools.partial(die_with_parent, os.getpid()))
    if done.returncode != 0:
        raise SearchIndexError.at(site, 0, f"Pagefind failed ({done.returncode}): "
                                           f"{(done.stderr or done.stdout).strip()[-500:]}")
    return {f"{INDEX_DIR}/{rel}": path
            for path in sorted(into.rglob("*")) if path.is_file()
            and not (rel := path.relative_to(into).as_posix()).startswith(_UNUSED)}
