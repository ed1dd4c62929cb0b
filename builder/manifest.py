"""What public/ holds, as the last build left it: the manifest (`.cache/manifest-*.pickle`,
one per output folder) records each file's fingerprint, content hash, size and mtime, and the
inputs of the build that made it (`LastInputs`). It is committed with the files it describes.

Kept apart from the saved state (`state.py`) and the model: a build that finds nothing
changed reads only this, and imports none of what renders.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from builder import cache
from builder.workers import Ahead


class ManifestItem(NamedTuple):
    """What the manifest knows of one file of public/."""

    fingerprint: str
    sha: str
    size: int
    mtime_ns: int


class LastInputs(NamedTuple):
    """The inputs of the build that public/ holds: what a build compares its own with to
    find that nothing changed. Empty after a `serve` rebuild (which does not work them out):
    the next `digest build` then finds out what changed the long way."""

    world: str = ""  # `keys.world_key`: settings, theme, the published entries' versions
    stats: str = ""  # `input_keys.inputs_key`: the same known from file stats alone
    next_release_us: int = 0  # when the next future-dated entry comes out (µs), 0: none


@dataclass
class Manifest:
    """What public/ holds, file by file, and the inputs of the build that made it."""

    files: dict[str, ManifestItem] = field(default_factory=dict)
    last: LastInputs = LastInputs()


def content_hash(data: bytes) -> str:
    """What the manifest compares a published file by. SHA-256, as CPUs with SHA extensions
    hash it faster than BLAKE2: it runs over every page rendered."""
    return hashlib.sha256(data).hexdigest()


def manifest_name(out: Path) -> str:
    return "manifest-" + hashlib.blake2b(str(out).encode(), digest_size=8).hexdigest()


def read_manifest(root: Path, out: Path) -> Manifest:
    """The last build's record of `out`, or an empty one when `out` is gone."""
    if not out.is_dir():
        return Manifest()
    with cache.collector_paused():
        stored = cache.load(root, manifest_name(out))
        paths, items = stored.get("paths", []), stored.get("items", [])
        last = stored.get("last", ())
        if len(paths) != len(items) or not isinstance(last, tuple) or len(last) != 3:
            return Manifest()
        return Manifest(dict(zip(paths, map(ManifestItem._make, items), strict=True)),
                        LastInputs._make(last))


def manifest_data(manifest: Manifest) -> dict[str, Any]:
    """The manifest as plain data, to write with `cache.write(..., plain=True)`: pickling
    thousands of named tuples costs more than the rebuild of an edit (each goes through
    Python code; plain tuples do not)."""
    return {"paths": list(manifest.files), "items": list(map(tuple, manifest.files.values())),
            "last": tuple(manifest.last)}


def save_manifest(root: Path, out: Path, manifest: Manifest) -> None:
    cache.save(root, manifest_name(out), manifest_data(manifest), plain=True)


class Published:
    """What public/ holds, as far as this process can trust: the manifest the last build left
    (read at most once per build), and, in `serve`, what this process's own commits made."""

    def __init__(self, root: Path, out: Path):
        self.root, self.out = root, out
        self.current: Manifest | None = None  # set by a commit, or by a build that trusts it
        self._recorded: Manifest | None = None
        self._check: DiskCheck | None = None  # started by `check_ahead`
        self._checked: tuple[dict[str, ManifestItem], dict[str, ManifestItem]] | None = None

    def new_build(self) -> None:
        """Forget the manifest read by the last build: another command may have built since."""
        self._recorded = self._checked = None
        self.end_check()

    def check_ahead(self) -> None:
        """Start checking public/'s files against the manifest in a forked process, while
        this one reads the settings, the entries and the saved state: a one-shot build asks
        for the result (`holds_build_of`, `reusable`) once those are done."""
        self.end_check()
        files = self.recorded().files
        if files and hasattr(os, "fork"):
            self._check = DiskCheck(self.out, files)

    def end_check(self) -> None:
        """Stop waiting for a check started by `check_ahead` (a failed build's)."""
        if self._check is not None:
            self._check.close()
            self._check = None

    def _unchanged(self, files: dict[str, ManifestItem], *,
                   stop_at_change: bool = False) -> dict[str, ManifestItem]:
        """`unchanged_on_disk` of the manifest's files, from the check started ahead if any."""
        if self._check is not None and self._check.files is files:
            self._checked, self._check = (files, self._check.result()), None
        if self._checked is not None and self._checked[0] is files:
            return self._checked[1]
        return unchanged_on_disk(self.out, files, stop_at_change=stop_at_change)

    def recorded(self) -> Manifest:
        """The last build's record of public/, read once per build."""
        if self._recorded is None:
            self._recorded = read_manifest(self.root, self.out)
        return self._recorded

    def holds_build_of(self, world: str) -> bool:
        """True when public/ holds the build of exactly these inputs (`keys.world_key`),
        untouched since: then the site model and the plan need not even be worked out."""
        recorded = self.recorded()
        if not recorded.last.world or recorded.last.world != world:
            return False
        if len(self._unchanged(recorded.files, stop_at_change=True)) != len(recorded.files):
            return False
        self.current = recorded
        return True

    def holds_build_of_files(self, stats: str, moment: datetime) -> bool:
        """True when the last build read these very files (`input_keys.inputs_key`) and no
        future-dated entry has come out since: public/ is up to date without loading a
        single entry (`digest build` on an unchanged digest)."""
        last = self.recorded().last
        if not stats or last.stats != stats:
            return False
        if last.next_release_us and microseconds(moment) >= last.next_release_us:
            return False
        return self.holds_build_of(last.world)

    def remember_files(self, stats: str, release: int) -> None:
        """Record the file stats of an unchanged build (a `git checkout` touches files without
        changing them), so that the next build can tell from stats alone."""
        manifest = self.current
        assert manifest is not None
        if not stats or manifest.last.stats == stats:
            return
        manifest.last = manifest.last._replace(stats=stats, next_release_us=release)
        save_manifest(self.root, self.out, manifest)

    def reusable(self, full: bool) -> tuple[dict[str, ManifestItem], Manifest]:
        """(every file the manifest records, the record of those public/ still holds as it
        was written). A full build checks every file's stat against the last build's record;
        serve trusts what its own commits made."""
        if self.current is None or full or not self.out.is_dir():
            recorded = self.recorded()
            self.current = Manifest(self._unchanged(recorded.files), recorded.last)
            return recorded.files, self.current
        return self.current.files, self.current


def unchanged_on_disk(out: Path, files: dict[str, ManifestItem], *,
                      stop_at_change: bool = False) -> dict[str, ManifestItem]:
    """The `files` that `out` still holds with the size and time recorded, in order; with
    `stop_at_change`, only those before the first that it does not. One stat per file, of
    a path relative to the open folder: a build checks a big digest's ten thousand."""
    held: dict[str, ManifestItem] = {}
    try:
        folder = os.open(out, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return held
    try:
        for rel, item in files.items():
            try:
                stat = os.stat(rel, dir_fd=folder)
            except OSError:
                stat = None
            if stat is not None and stat.st_size == item.size and \
                    stat.st_mtime_ns == item.mtime_ns:
                held[rel] = item
            elif stop_at_change:
                break
    finally:
        os.close(folder)
    return held


class DiskCheck:
    """`unchanged_on_disk` in a forked process (`workers.Ahead`), one bit a file in the
    manifest's order sent back, set when the file changed: the ten thousand stats of a big
    digest leave the build's way when a core is free."""

    def __init__(self, out: Path, files: dict[str, ManifestItem]):
        self.out, self.files = out, files
        self._ahead = Ahead(self._changed)

    def _changed(self) -> bytes:
        held = unchanged_on_disk(self.out, self.files)
        changed = bytearray((len(self.files) + 7) // 8)
        for index, rel in enumerate(self.files):
            if rel not in held:
                changed[index >> 3] |= 1 << (index & 7)
        return bytes(changed)

    def result(self) -> dict[str, ManifestItem]:
        """The files public/ holds as the manifest says (checked here should the child have
        failed)."""
        changed = self._ahead.result()
        if changed is None or len(changed) != (len(self.files) + 7) // 8:
            return unchanged_on_disk(self.out, self.files)
        if not any(changed):
            return dict(self.files)
        return {rel: item for index, (rel, item) in enumerate(self.files.items())
                if not changed[index >> 3] >> (index & 7) & 1}

    def close(self) -> None:
        self._ahead.close()


def microseconds(moment: datetime) -> int:
    return round(moment.timestamp() * 1_000_000)
