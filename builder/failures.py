"""Failures of the machine, not of the user's files, as `path:line: message` all the same:
a full disk, a read-only folder, a template that runs away. A traceback only ever means a
bug in the digest; what the user can fix gets a message that says what to fix.
"""

from __future__ import annotations

import contextlib
import errno
import sys
from collections.abc import Iterator
from pathlib import Path

from builder.errors import Problem, SiteError, display_path

DEFAULT_TIMEOUT = 60  # seconds one output may take to render (site.yaml's `timeout`)


class RenderTimeout(Exception):
    """An output took longer than the site's `timeout` to render."""


@contextlib.contextmanager
def machine_failures_as_problems(root: Path) -> Iterator[None]:
    """Turn a full disk, a permission denied, a cache database that cannot be written, or
    memory running out into a SiteError naming the file (or the site's cache)."""
    try:
        yield
    except OSError as error:
        raise SiteError(os_problem(error, root)) from None
    except MemoryError:
        raise SiteError(Problem(display_path(root), 0, "the build ran out of memory")) from None
    except RuntimeError as error:  # the kernel killed a render worker: out of memory, most often
        if type(error).__name__ != "BrokenProcessPool":
            raise
        raise SiteError(Problem(display_path(root), 0, "a render worker was killed (out of "
                                "memory?); nothing was published")) from None
    except Exception as error:
        sqlite3 = sys.modules.get("sqlite3")  # imported by the cache only when it is used
        if sqlite3 is None or not isinstance(error, sqlite3.Error):
            raise
        raise SiteError(Problem(display_path(root / ".cache"), 0,
                                f"the build's cache cannot be written ({error}){_DISK_HINT}")
                        ) from None


_DISK_HINT = "; free some disk space, or delete .cache/ (it is rebuilt)"


def os_problem(error: OSError, root: Path) -> Problem:
    """An OSError as a problem at the file it names (or the site folder)."""
    named = error.filename2 or error.filename  # a rename's destination first
    where = display_path(named) if named else display_path(root)
    reason = error.strerror or str(error)
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        reason = f"the disk is full ({reason}); free some space and build again"
    elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = f"{reason}: the build must be able to write here"
    return Problem(where, 0, reason)


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise RenderTimeout in this thread once `seconds` have passed. Only the main thread of
    a process can take a signal: elsewhere (serve's rebuild thread renders small rebuilds
    itself) no deadline is kept; render workers are forked processes, each its own main."""
    import signal  # only builds that render

    try:
        previous = signal.signal(signal.SIGALRM, _expired)
    except ValueError:  # not the main thread
        yield
        return
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _expired(signum: int, frame: object) -> None:
    raise RenderTimeout
