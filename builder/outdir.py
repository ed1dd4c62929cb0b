"""Which folder a build may publish into: one it made itself, or an empty one.

A build replaces its output folder whole (or patches it to match its manifest), so pointing
`--out` at a folder of the user's (`docs/` with notes in it, `content/`, the site itself)
would delete what the digest never wrote. Before anything is touched, the output folder must
be empty, or hold the marker every build leaves in it, or be the folder the site's last build
recorded, or hold the files every build has always published (a site published before the
marker existed); and it may never be the site folder, one of its inputs, or a folder that
contains them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from builder.errors import SiteError

# Left in every output folder, so that a later build knows the folder is its own to replace.
MARKER = ".reversal-digest"
MARKER_TEXT = b"This folder is written by `digest build`, which replaces everything in it.\n"
# What a build reads: the output folder may be none of these, inside one, or around one.
INPUTS = ("site.yaml", "content", "seeds", "templates", ".cache", ".git")
_SHOWN = 5  # how many of a refused folder's files the message names


def check_output_folder(root: Path, out: Path, recorded: Callable[[], bool]) -> None:
    """Raise SiteError (nothing touched) unless the build may replace `out`.

    `recorded()`: whether the site's cache holds a manifest of `out`, made by an earlier
    build; asked only when the marker is missing. Costs a stat or two on the usual build."""
    root, out = root.resolve(), out.resolve()
    site, folder = str(root), str(out)
    for name in INPUTS:
        used = os.path.join(site, name)
        if folder == used or _within(folder, used):
            where = "is" if folder == used else "is inside"
            _refuse(out, f"{where} the site's input {name}: a build would delete it; "
                         "choose a folder of its own, like public/")
    if folder == site or _within(site, folder):
        _refuse(out, "holds the site folder itself: a build would delete the site; "
                     "choose a folder of its own, like public/")
    if os.path.lexists(out / MARKER) or recorded() or _published_before_markers(out):
        return
    try:
        names = sorted(os.listdir(out))
    except FileNotFoundError:
        return
    except NotADirectoryError:
        _refuse(out, "is a file, not a folder")
    except OSError as error:
        _refuse(out, f"cannot be read: {error.strerror}")
    if names:
        shown = ", ".join(names[:_SHOWN]) + (f" and {len(names) - _SHOWN} more"
                                             if len(names) > _SHOWN else "")
        _refuse(out, f"is not empty and was not made by `digest build` (it holds {shown}); "
                     "a build replaces its output folder whole, so choose an empty or new "
                     "folder, or empty this one first")


def _within(path: str, folder: str) -> bool:
    """Whether `path` is inside `folder` (both resolved), by their names alone."""
    return path.startswith(folder.rstrip(os.sep) + os.sep)


def _published_before_markers(out: Path) -> bool:
    """Whether `out` holds what every digest build has published since the first, for a
    site built before builds left the marker (and whose cache an upgrade has voided)."""
    return all(os.path.isfile(out / name) for name in _ALWAYS_PUBLISHED)


_ALWAYS_PUBLISHED = ("index.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt",
                     ".nojekyll")


def mark(folder: Path) -> None:
    """Leave the marker in a folder about to become the output folder."""
    marker = folder / MARKER
    if not marker.is_file():
        marker.write_bytes(MARKER_TEXT)


def _refuse(out: Path, why: str) -> None:
    raise SiteError.at(out, 0, f"output folder {why}; nothing was changed")
