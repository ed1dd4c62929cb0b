"""Reading the user's files without reading anything else: every input must be a regular
file inside the site folder, of a sane size.

A symlink `seeds/notes.txt → ../.git/config` would publish a CI token; one to `/dev/zero`
would fill the memory; a FIFO named like an entry would hang the build. So an input that is a
link is followed only to a target inside the site folder, only regular files are read, and
no more than `MAX_INPUT_BYTES` of one. Whatever is refused is named in the message.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from builder.errors import Problem, SiteError, display_path

MAX_INPUT_BYTES = 5 * 1024 * 1024  # the most of one entry, template or seed that is read
MAX_STATIC_BYTES = 64 * 1024 * 1024  # the most of one of the theme's static files (images)


class InputRefused(Exception):
    """An input that is not read; the message says why, in plain words."""


def outside(root: Path | str, path: Path | str) -> bool:
    """Whether `path`, with every link in it followed, leads out of the folder `root`
    (or nowhere: a broken link or a loop counts as outside, as there is nothing to read)."""
    real_root = os.path.realpath(root)
    try:
        target = os.path.realpath(path, strict=True)
    except OSError:
        return True
    return target != real_root and not target.startswith(real_root.rstrip(os.sep) + os.sep)


def link_problem(root: Path | str, path: Path | str) -> str:
    """Why the link `path` may not be read ("" when it may): it is broken, loops, or leads
    out of the site folder `root`."""
    try:
        os.stat(path)
    except OSError as error:
        return ("is a link loop" if error.errno == errno.ELOOP
                else "is a broken link (its target does not exist)")
    if outside(root, path):
        return f"is a link to {os.path.realpath(path)}, outside the site folder: not read"
    return ""


def read_input(root: Path | str, path: Path | str, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of the input file `path` of the site at `root`; InputRefused when it is not a
    regular file inside the site folder, or is larger than `limit`."""
    return read_input_stat(root, path, limit)[0]


def read_input_stat(root: Path | str, path: Path | str, limit: int = MAX_INPUT_BYTES
                    ) -> tuple[bytes, os.stat_result]:
    """`read_input`, with the file's stat as it was read. A plain file costs no more system
    calls than `open`, `fstat` and `read` (the link check runs only for links)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError as error:
        if error.errno != errno.ELOOP:  # ELOOP: `path` itself is a link
            raise
        why = link_problem(root, path)
        if why:
            raise InputRefused(why) from None
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputRefused(f"is not a regular file ({_kind(info.st_mode)}): not read")
        if info.st_size > limit:
            raise InputRefused(_too_large(info.st_size, limit))
        data = handle.read(limit + 1)
    if len(data) > limit:  # it grew while read
        raise InputRefused(_too_large(len(data), limit))
    return data, info


def refused_file(root: Path | str, path: Path | str, *, is_link: bool) -> str:
    """Why the file `path` found in a folder of inputs may not be read ("" when it may),
    from `stat` alone: a listing learns what it needs without opening each file."""
    if is_link:
        why = link_problem(root, path)
        if why:
            return why
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        return f"cannot be read: {error.strerror}"
    return "" if stat.S_ISREG(mode) else f"is not a regular file ({_kind(mode)}): not read"


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"),
                       (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a file"


def _too_large(size: int, limit: int) -> str:
    return f"too large ({size / 1048576:.1f} MB; the limit is {limit / 1048576:.0f} MB)"


def input_files(root: Path, folder: Path) -> list[Path]:
    """Every file under `folder` (sorted, dot-files included), for inputs read whole, like a
    theme's; SiteError naming each one that may not be read (`refused_file`), and each link
    to a folder (not followed)."""
    found: list[Path] = []
    refused: list[Problem] = []
    for current, folders, files in os.walk(folder, onerror=_raise):
        for name in sorted(folders):
            path = os.path.join(current, name)
            if os.path.islink(path):
                why = link_problem(root, path) or "is a link to a folder, which is not followed"
                refused.append(Problem(display_path(path), 0, why))
        for name in files:
            path = os.path.join(current, name)
            why = refused_file(root, path, is_link=os.path.islink(path))
            if why:
                refused.append(Problem(display_path(path), 0, why))
            else:
                found.append(Path(path))
    if refused:
        raise SiteError(refused)
    return sorted(found)


def _raise(error: OSError) -> None:
    raise SiteError.at(error.filename or "?", 0, f"cannot read this folder ({error.strerror})")
