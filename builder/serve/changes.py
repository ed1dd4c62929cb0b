"""What kind of input a changed path is, so that serve decides from one classification what
a rebuild must do (like Zola's serve, which sorts every change into a `ChangeKind`)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from builder.config import CONFIG_NAME
from builder.content_files import is_entry_file
from builder.seeds import SEEDS_DIR
from builder.theme_layers import Theme


class ChangeKind(Enum):
    """The kinds of input, by what a change to one makes serve do."""

    ENTRY = "content entry"  # the entry's pages and the lists that show it
    SEED = "seed"  # ingest runs again, and its problems are shown until the seed is fixed
    TEMPLATE = "template"  # every page of that template
    STATIC = "static"  # the file itself; a stylesheet alone is swapped without a reload
    CONFIG = "config"  # site.yaml: the settings, so the base URL too, and every page
    OTHER = "other"  # nothing the build reads (a folder, a note beside the entries)


def change_kind(root: Path, theme: Theme, path: Path) -> ChangeKind:
    """The kind of `path`, a file (or folder) serve's watcher reported under `root`."""
    if path == root / CONFIG_NAME:
        return ChangeKind.CONFIG
    if is_entry_file(root, path):
        return ChangeKind.ENTRY
    seeds = root / SEEDS_DIR
    if path == seeds or seeds in path.parents:
        return ChangeKind.SEED
    # The static layers first: a theme's static/ may lie inside its templates/.
    if any(folder in path.parents for folder in theme.static):
        return ChangeKind.STATIC
    if any(folder in path.parents for folder in theme.templates):
        return ChangeKind.TEMPLATE
    return ChangeKind.OTHER


def change_kinds(root: Path, theme: Theme, paths: set[Path]) -> dict[Path, ChangeKind]:
    return {path: change_kind(root, theme, path) for path in paths}
