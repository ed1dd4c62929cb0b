"""The entry files of a site, parsed once per version: what the `load` phase of a build does.

An entry is parsed again only when its file's mtime or size changed (or a watcher says it
changed); a digest's worth of parsing runs on all cores.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from builder.content_files import is_entry_file, scan_entries
from builder.errors import Problem, SiteError
from builder.safety import InputRefused, read_input_stat
from builder.state import EntryFiles
from builder.workers import Ahead, pool_map

if TYPE_CHECKING:
    from builder.content import Entry

# rel → (mtime, size, entry) or why not. The entries' parser (`content.py`) is imported by the
# builds that parse: one that finds nothing changed only lists the files.
Parsed = tuple[str, "tuple[int, int, Entry] | list[Problem]"]


def entry_stats(root: Path) -> dict[str, os.stat_result] | None:
    """Every entry file's stat, by path; None when one cannot be read or is refused (loading
    says why)."""
    paths, refused = scan_entries(root)
    if refused:
        return None
    stats: dict[str, os.stat_result] = {}
    for path in paths:
        try:
            stats[path] = os.stat(path)
        except OSError:
            return None
    return stats


class Entries:
    """The parsed entries of one site, kept between the builds of one process (`serve`)."""

    def __init__(self, root: Path):
        self.root = root
        self.files: EntryFiles | None = None  # None until the first load
        self._broken: dict[str, list[Problem]] = {}

    def load(self, known: EntryFiles, changed: set[Path] | None, tz: ZoneInfo,
             stats: dict[str, os.stat_result] | None, workers: int | None,
             meanwhile: Callable[[], None] | None = None,
             ahead: ParseAhead | None = None) -> tuple[list[Entry], int]:
        """Every entry, sorted by path, and how many files were parsed. `known` is what an
        earlier build parsed (this object's own, or the saved state's); `changed` (absolute
        paths) limits the look to those files, None looks at all; `stats` are every entry
        file's when the caller has just listed them; `ahead`, the files some of them parsed
        already. Raises SiteError naming every broken entry (the others stay parsed, so the
        next build after a fix parses only it)."""
        stats = stats or {}
        if changed is None or self.files is None:
            paths, refused = (list(stats), []) if stats else scan_entries(self.root)
            fresh: EntryFiles = {}
            self._broken = {problem.path: [problem] for problem in refused}
        else:
            # Pipes and links too, for the parse to refuse by name (`builder.safety`).
            paths = [str(p) for p in changed if is_entry_file(self.root, p)
                     and os.path.lexists(p) and not os.path.isdir(p)]
            changed_rels = {relative_to(self.root, path) for path in changed}
            # Re-read what the watcher reports even if mtime and size look the same: two
            # same-size saves within one clock tick would otherwise show stale text. So no
            # file looked at is known; every other is kept as it is, in its place.
            known = {}
            fresh = dict(self.files)
            for rel in changed_rels:
                self._broken.pop(rel, None)
        misses: list[tuple[str, str]] = []
        for path in paths:  # strings, not Paths: this loop runs for every entry of every build
            rel = relative_to(self.root, path)
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
        count = len(misses)
        if ahead is not None and misses:
            misses = ahead.take(misses, fresh, stats, tz)
        job = _ParseJob(self.root, misses, tz)
        parsed = set()
        for part in pool_map(job.run, len(misses), workers, meanwhile=meanwhile):
            for rel, loaded in part:
                if isinstance(loaded, tuple):
                    fresh[rel] = loaded
                    parsed.add(rel)
                else:
                    self._broken[rel] = loaded
        if changed is not None and self.files is not None:  # gone, or broken now
            for rel in changed_rels - parsed:
                fresh.pop(rel, None)
        if self._broken:
            raise SiteError([p for problems in self._broken.values() for p in problems])
        if changed is None or self.files is None or not self.files.keys() >= fresh.keys():
            fresh = dict(sorted(fresh.items()))  # in path order (a rebuild's edits keep it)
        self.files = fresh
        return [item[2] for item in fresh.values()], count


def edits_between(before: EntryFiles | None, after: EntryFiles) -> list[tuple[Entry, Entry]] | None:
    """(old, new) entry of each file `after` parsed again since `before`, when both hold the
    same files (None when one was added or removed, or `before` is unknown). A file not
    parsed again keeps its very tuple, so this is a pass of identity checks."""
    if before is None or before.keys() != after.keys():
        return None
    return [(before[rel][2], item[2]) for rel, item in after.items() if before[rel] is not item]


class ParseAhead:
    """A one-shot build's edited entries, parsed in a forked process (`workers.Ahead`) while
    this one unpickles the saved state, their bodies rendered into the store there too: the
    YAML and Markdown libraries are imported, and their work done, off the build's way.

    `files` are those whose stats differ from the saved state's as `SavedState.saved_stats`
    has them. Each result is taken only for a file the build finds to be parsed and whose
    stats are still those the child read; any other file the build parses itself (as it does
    all of them should the child fail)."""

    def __init__(self, root: Path, files: list[tuple[str, str]], tz: ZoneInfo, base_path: str):
        self._job, self._base_path = _ParseJob(root, files, tz), base_path
        self._ahead = Ahead(self._parse)

    def _parse(self) -> bytes:
        from builder.bodies import Bodies
        from builder.cache import TextStore

        job = self._job
        parsed = [job.parse(path, rel) for path, rel in job.files]
        entries = [item[2] for _, item in parsed if isinstance(item, tuple)]
        bodies = Bodies(TextStore(job.root, "bodies"), self._base_path, job.root)
        bodies.prefetch(entries)
        for entry in entries:
            bodies.html(entry)
        bodies.store_new()
        return pickle.dumps([(rel, (item[0], item[1], replace(item[2], body="")))
                             for rel, item in parsed if isinstance(item, tuple)])

    def done(self) -> bool:
        return self._ahead.done()

    def take(self, misses: list[tuple[str, str]], fresh: EntryFiles,
             stats: dict[str, os.stat_result], tz: ZoneInfo) -> list[tuple[str, str]]:
        """Put into `fresh` what the child parsed of `misses` (path, rel), as it is now;
        the misses left to parse."""
        answer = self._ahead.result()
        done: dict[str, tuple[int, int, Entry]] = dict(pickle.loads(answer)) if answer else {}
        left = []
        for path, rel in misses:
            item, stat = done.get(rel), stats.get(path)
            if item is not None and stat is not None and item[0] == stat.st_mtime_ns \
                    and item[1] == stat.st_size and item[2].published.tzinfo == tz:
                fresh[rel] = item
            else:
                left.append((path, rel))
        return left

    def close(self) -> None:
        """Reap the child, heard or not (a failed build's)."""
        self._ahead.close()


class _ParseJob:
    """Reading and validating a list of entry files, a chunk at a time, in whichever
    process `pool_map` gives each chunk to (forked workers inherit the job)."""

    def __init__(self, root: Path, files: list[tuple[str, str]], tz: ZoneInfo):
        self.root, self.files, self.tz = root, files, tz

    def run(self, indices: range) -> list[Parsed]:
        results: list[Parsed] = []
        for index in indices:
            rel, item = self.parse(*self.files[index])
            # Without its body: the model does not need it, and a big digest's bodies are
            # a hundred megabytes; the page render reads it again (`bodies.body_of`).
            results.append((rel, (item[0], item[1], replace(item[2], body=""))
                            if isinstance(item, tuple) else item))
        return results

    def parse(self, path: str, rel: str) -> Parsed:
        """One file, with its body."""
        from builder.content import load_entry

        try:
            data, stat = read_input_stat(self.root, path)
            return rel, (stat.st_mtime_ns, stat.st_size,
                         load_entry(self.root, Path(path), data, self.tz))
        except SiteError as error:
            return rel, error.problems
        except InputRefused as error:
            return rel, [Problem(rel, 0, str(error))]
        except OSError as error:
            return rel, [Problem(rel, 0, f"cannot read: {error.strerror}")]


def relative_to(root: Path, path: Path | str) -> str:
    """`path` relative to `root` (string work: this runs for every entry on every build)."""
    prefix, text = f"{root}{os.sep}", str(path)
    return text[len(prefix):].replace(os.sep, "/") if text.startswith(prefix) else text
