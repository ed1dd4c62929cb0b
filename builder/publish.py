"""Atomic publishing of public/: a build killed at any moment leaves a complete site.

Files are rendered into a stage folder beside the output folder (same disk, so renames are
cheap), then committed by a journal: writing `COMMIT` is the one atomic step that decides the
new site wins. Before it, an interrupted build leaves the old output untouched and the stage is
thrown away; after it, the next command replays the (idempotent) journal to the end.

Two ways to commit: `swap` replaces the whole tree (first build, or no trusted manifest) and
`patch` moves only the changed files in and deletes the vanished ones (incremental builds).

What the new site replaced goes to a trash folder that `tidy` empties afterwards: freeing a
file's disk blocks is what makes a rename over it slow on ext4 (0.25 ms against 0.04 ms), and
`serve` wants the reload event sent before that work, not after.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from builder.errors import Problem, SiteError, display_path

COMMIT = "COMMIT"
LOCK_NAME = ".digest-lock"


def stage_dir(out: Path) -> Path:
    return out.parent / f".digest-stage-{out.name}"


def trash_dir(out: Path) -> Path:
    """Where a committed stage goes, with the files the new site replaced, until `tidy`."""
    return out.parent / f".digest-stage-{out.name}.old"


@dataclass
class Stage:
    """A stage for one build: `files` is where outputs are written, mirroring the output tree.

    `durable`: the journal reaches the disk before it counts (fsync), so that even a power
    cut leaves a site that the journal can finish. `serve` commits without: a kill still
    leaves a whole site, and the fsyncs can take tens of milliseconds of each reload while
    the disk writes back a build's worth of pages (after a power cut, `recover` throws an
    incomplete journal away and the next build re-renders what the manifest cannot vouch for).
    """

    out: Path
    swap: bool
    durable: bool = True
    root: Path = field(init=False)

    def __post_init__(self) -> None:
        self.root = stage_dir(self.out)
        if self.root.exists():
            shutil.rmtree(self.root)
        self.files.mkdir(parents=True)

    @property
    def files(self) -> Path:
        return self.root / "files"

    def path_for(self, rel: str) -> str:
        """Where the output `rel` is staged. A swap stages the tree it will become; a patch
        stages its few files flat, sparing a folder made and removed per file (directory
        operations are what is slow on a busy disk). A string: a cold build asks for
        thousands, and making Paths of them was a few percent of its time."""
        return f"{self.files}/{rel if self.swap else _flat(rel)}"

    def commit(self, puts: list[str], deletes: list[str], extras: dict[str, Path]) -> None:
        """Decide atomically for the new site, then apply. `extras` are files (the manifest)
        staged under `extra/` that move to their destinations with the same guarantee."""
        unwritable = _unwritable_folders(self.out, self.swap, puts, deletes, extras.values())
        if unwritable:  # checked first: a commit that stops half way is a half-updated site
            raise SiteError([Problem(display_path(folder), 0, "cannot write this folder "
                                     "(permission denied or read-only): a build must be able "
                                     "to write here") for folder in unwritable])
        journal = {"out": str(self.out), "swap": self.swap, "put": sorted(puts),
                   "delete": sorted(deletes),
                   "extras": {name: str(dest) for name, dest in sorted(extras.items())}}
        tmp = self.root / "journal.tmp"
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(journal, handle)
            if self.durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, self.root / COMMIT)
        if self.durable:
            _fsync_dir(self.root)
        apply_or_roll_back(self.root)

    def abandon(self) -> None:
        """Throw the stage away, unless it is committed: then `recover` finishes it."""
        if not (self.root / COMMIT).exists():
            shutil.rmtree(self.root, ignore_errors=True)


def recover(out: Path) -> str:
    """Finish or discard what a killed build left; returns what was done, for the log."""
    tidy(out)
    root = stage_dir(out)
    if not root.exists():
        return ""
    if _complete_journal(root):
        apply_or_roll_back(root)
        tidy(out)  # the build that recovers may have nothing of its own to commit and tidy
        return "finished publishing an interrupted build"
    shutil.rmtree(root, ignore_errors=True)
    return "discarded the stage of an interrupted build"


def _complete_journal(root: Path) -> bool:
    """Whether the stage has a COMMIT that reads in full. Only a power cut after a commit
    that skipped fsync (`Stage.durable`) leaves one empty or cut short: any prefix of a JSON
    object short of the whole is not JSON."""
    try:
        journal = json.loads((root / COMMIT).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(journal, dict)


def apply_journal(root: Path) -> None:
    """Replay a committed journal. Every step can run twice, so a kill here is harmless."""
    journal = json.loads((root / COMMIT).read_text(encoding="utf-8"))
    out = Path(journal["out"])
    files, old = root / "files", root / "old"
    if journal["swap"]:
        if files.exists():
            if out.exists():
                os.replace(out, old)
            os.replace(files, out)
    else:
        old.mkdir(exist_ok=True)
        for rel in journal["put"]:
            staged = files / _flat(rel)
            if staged.exists():
                dest = out / rel
                dest.parent.mkdir(parents=True, exist_ok=True)
                _keep_aside(dest, old / _flat(rel))
                os.replace(staged, dest)
        for rel in journal["delete"]:
            target = out / rel
            with contextlib.suppress(FileNotFoundError):
                os.replace(target, old / _flat(rel))
            _remove_empty_parents(target.parent, out)
    for name, dest in journal["extras"].items():
        staged = root / "extra" / name
        if staged.exists():
            _move(staged, Path(dest))
    tidy(out)
    try:
        os.replace(root, trash_dir(out))
    except OSError:  # a trash folder came back meanwhile (another build): delete it all now
        shutil.rmtree(root)


def apply_or_roll_back(root: Path) -> None:
    """Apply the committed journal; if the disk refuses a step (full, or a folder made
    read-only since the check), undo the steps taken, so that the output folder is the old
    site again, throw the stage away and raise SiteError: never half of each."""
    try:
        apply_journal(root)
    except OSError as error:
        _roll_back(root)
        where = error.filename2 or error.filename or root  # a rename's destination first
        raise SiteError(Problem(display_path(where), 0,
                                f"could not publish ({error.strerror}); the site was left as "
                                "it was")) from None


def _roll_back(root: Path) -> None:
    """Undo what `apply_journal` did of the journal in `root`, then discard the stage. What
    was replaced or deleted waits in `old/` (a second link, or the file itself); a file
    that is gone from the stage was moved in."""
    journal = json.loads((root / COMMIT).read_text(encoding="utf-8"))
    out = Path(journal["out"])
    files, old = root / "files", root / "old"
    if journal["swap"]:
        if not files.exists() and out.exists():
            os.replace(out, files)
        if old.exists() and not out.exists():
            os.replace(old, out)
    else:
        for rel in journal["delete"]:
            aside, target = old / _flat(rel), out / rel
            if aside.exists() and not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(aside, target)
        for rel in journal["put"]:
            aside, dest = old / _flat(rel), out / rel
            if (files / _flat(rel)).exists():
                continue  # not moved in yet
            if aside.exists():
                os.replace(aside, dest)
            else:
                with contextlib.suppress(FileNotFoundError):
                    dest.unlink()
    (root / COMMIT).unlink()
    shutil.rmtree(root, ignore_errors=True)


def _unwritable_folders(out: Path, swap: bool, puts: list[str], deletes: list[str],
                        extras: Iterable[Path]) -> list[Path]:
    """The folders a commit would have to change but may not (their nearest existing
    ancestor where they do not exist yet). A swap renames the output folder itself; a patch
    renames files in and out of their folders. A few `access` calls: one per folder."""
    folders = {out.parent, *([out] if out.exists() else [])} if swap else set()
    if not swap:
        folders |= {(out / rel).parent for rel in (*puts, *deletes)}
    folders |= {Path(dest).parent for dest in extras}
    unwritable = set()
    for folder in folders:
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        if not os.access(folder, os.W_OK | os.X_OK):
            unwritable.add(folder)
    return sorted(unwritable)


def tidy(out: Path) -> None:
    """Delete what the last commit replaced (see the module's docstring)."""
    shutil.rmtree(trash_dir(out), ignore_errors=True)


def _keep_aside(dest: Path, aside: Path) -> None:
    """A second name for the file about to be replaced, so that the rename over it only
    drops a link and `tidy` frees its blocks later. Best effort: where hard links are not
    supported the rename frees them itself."""
    # OSError: no such file yet, already kept by an interrupted replay, or no hard links.
    with contextlib.suppress(OSError):
        os.link(dest, aside)


def _flat(rel: str) -> str:
    return quote(rel, safe="")


def _move(source: Path, dest: Path) -> None:
    """Rename, or copy-then-rename when `dest` is on another disk (`--out` elsewhere than
    the site's `.cache/`): `dest` is never seen half-written either way."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.replace(source, dest)
    except OSError as error:
        if error.errno != errno.EXDEV:
            raise
        partial = dest.with_name(f".{dest.name}.partial")
        shutil.copyfile(source, partial)
        os.replace(partial, dest)
        source.unlink()


def _remove_empty_parents(folder: Path, stop: Path) -> None:
    """Remove the folders a delete left empty, up to `stop`: best effort, as an empty folder
    harms no one (and a replay finds some removed already)."""
    with contextlib.suppress(OSError):
        while folder != stop and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def site_lock(root: Path) -> Iterator[None]:
    """One build or ingest at a time per site; a second one is told so instead of corrupting
    the first."""
    path = root / LOCK_NAME
    try:
        handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - closed by the with below
    except OSError as error:
        raise SiteError.at(path, 0, f"cannot write the site's lock file ({error.strerror}): "
                                    "the site folder must be writable") from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise SiteError.at(path, 0, f"another build of this site is running, or an ingest "
                                        f"({holder}); wait for it to finish") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)
