"""Watching the site's inputs with watchfiles: content/, seeds/, templates/, static/, site.yaml.

Two watchers, each in its own thread: one recursive over the input folders (and the built-in
theme, that the site's own templates/ and static/ lie over), one over the site folder itself,
not recursive, for site.yaml and for input folders that appear or vanish (then the recursive one
restarts over the new set). public/, .cache/ and the stage of a build are never watched, so a
rebuild does not wake the watcher. Editor droppings (dot-files, `*~`, `*.swp`, `.#x`, `#x#`,
vim's `4913`) are ignored.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from watchfiles import Change, watch

from builder.config import CONFIG_NAME
from builder.content_files import CONTENT_DIR
from builder.seeds import SEEDS_DIR
from builder.theme_layers import STATIC_DIR, TEMPLATES_DIR, site_theme

INPUT_DIRS = (CONTENT_DIR, SEEDS_DIR, TEMPLATES_DIR, STATIC_DIR)
DEBOUNCE_MS = 100  # at most this long to gather a burst of changes into one rebuild
# A burst ends after this long without a change (an editor's save: < 1 ms). Each watcher also
# wakes this often while idle: 2 ms keeps both under 2.5 % of a core, and a change reaches
# the rebuild about 6 ms sooner than at 5 ms.
STEP_MS = 2
_TEMP_SUFFIXES = (".swp", ".swo", ".swx", ".swpx", ".tmp", ".part", ".crdownload")

# (changed paths, structural): structural means the set of input folders changed.
OnChange = Callable[[set[Path], bool], None]


def ignored_name(name: str) -> bool:
    """Dot-files and the temporary files editors write beside the one being saved."""
    return (name.startswith((".", "#")) or name.endswith("~") or name == "4913"
            or name.lower().endswith(_TEMP_SUFFIXES))


class _Either:
    """Looks like an Event to watchfiles: set when either of two events is."""

    def __init__(self, first: threading.Event, second: threading.Event):
        self.first, self.second = first, second

    def is_set(self) -> bool:
        return self.first.is_set() or self.second.is_set()


class Watcher:
    def __init__(self, root: Path, on_change: OnChange, ignore: list[Path]):
        self.root = root
        self.on_change = on_change
        self.ignore = [p.resolve() for p in ignore]
        self._stop = threading.Event()
        self._restart = threading.Event()
        self._threads = [threading.Thread(target=self._watch_inputs, name="digest-watch",
                                          daemon=True),
                         threading.Thread(target=self._watch_root, name="digest-watch-root",
                                          daemon=True)]

    def folders(self) -> list[Path]:
        found = [self.root / name for name in INPUT_DIRS if (self.root / name).is_dir()]
        for theme in site_theme(self.root).folders:  # the built-in theme's too
            if theme.is_dir() and not any(theme == f or f in theme.parents for f in found):
                found.append(theme)
        return found

    def start(self) -> None:
        for thread in self._threads:
            thread.start()

    def stop(self, timeout: float = 0.5) -> None:
        self._stop.set()
        for thread in self._threads:
            if thread.is_alive():
                thread.join(timeout)

    def _keep(self, change: Change, path: str) -> bool:
        p = Path(path)
        if ignored_name(p.name):
            return False
        try:
            rel = p.relative_to(self.root)
        except ValueError:
            rel = None
        if rel is not None and any(part.startswith(".") for part in rel.parts[:-1]):
            return False
        return not any(p == i or i in p.parents for i in self.ignore)

    def _watch_inputs(self) -> None:
        while not self._stop.is_set():
            self._restart.clear()
            folders = self.folders()
            if not folders:
                _wait_either(self._stop, self._restart)
                continue
            for changes in watch(*folders, watch_filter=self._keep, debounce=DEBOUNCE_MS,
                                 step=STEP_MS, stop_event=_Either(self._stop, self._restart),
                                 rust_timeout=1000, raise_interrupt=False):
                self.on_change({Path(path) for _, path in changes}, False)

    def _watch_root(self) -> None:
        def keep(change: Change, path: str) -> bool:
            p = Path(path)
            return p.parent == self.root and (p.name == CONFIG_NAME or p.name in INPUT_DIRS)

        for changes in watch(self.root, watch_filter=keep, debounce=DEBOUNCE_MS, step=STEP_MS,
                             stop_event=self._stop, rust_timeout=1000, raise_interrupt=False,
                             recursive=False):
            config = {Path(path) for _, path in changes if Path(path).name == CONFIG_NAME}
            # An input folder that appears or goes: watch the new set and rebuild it all.
            structural = any(change != Change.modified and Path(path).name in INPUT_DIRS
                             for change, path in changes)
            if structural:
                self._restart.set()
            if config or structural:
                self.on_change(config, structural)


def _wait_either(first: threading.Event, second: threading.Event) -> None:
    while not (first.is_set() or second.is_set()):
        first.wait(0.1)
