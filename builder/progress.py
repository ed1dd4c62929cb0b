"""A progress line for long builds, on a terminal only: never in CI logs or redirected output.

After a second, the line under the build's log shows how long it has run and the step it last
logged (`content`, `ingest`, ...), redrawn four times a second. It is drawn from a SIGALRM
handler in the main process with `os.write` on stderr's descriptor, not from a thread: the
build forks its render workers, and a thread holding a lock at a fork can hang the child.
The interval timer is not inherited by the forked workers, so they never draw it.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Callable
from types import FrameType, TracebackType

DELAY_S = 1.0  # a build quicker than this shows no progress line
EVERY_S = 0.25
_CLEAR = "\r\x1b[K"


class Progress:
    """`with Progress(enabled=...) as progress: build(log=progress.wrap(print))`."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.started = time.perf_counter()
        self.step = ""  # the step the build last logged
        self.shown = False
        self._printing = False
        self._previous: object = None

    def __enter__(self) -> Progress:
        if self.enabled:
            self._previous = signal.signal(signal.SIGALRM, self._draw)
            # SA_RESTART: a system call of the build (or of a C library it calls) that the
            # timer interrupts carries on instead of failing with EINTR.
            signal.siginterrupt(signal.SIGALRM, False)
            signal.setitimer(signal.ITIMER_REAL, DELAY_S, EVERY_S)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self.enabled:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)  # type: ignore[arg-type]
            self._clear()

    def wrap(self, log: Callable[[str], None]) -> Callable[[str], None]:
        """`log` that first clears the progress line, and remembers the step it names."""

        def logged(line: str) -> None:
            self._printing = True
            try:
                self._clear()
                log(line)
                self.step = line.split(":", 1)[0]
            finally:
                self._printing = False

        return logged

    def _draw(self, signum: int, frame: FrameType | None) -> None:
        if self._printing:  # the log is writing a line: draw at the next tick
            return
        elapsed = time.perf_counter() - self.started
        after = f", after {self.step}" if self.step else ""
        line = f"{_CLEAR}digest: building for {elapsed:.1f} s{after}"
        os.write(sys.stderr.fileno(), line.encode())
        self.shown = True

    def _clear(self) -> None:
        if self.shown:
            os.write(sys.stderr.fileno(), _CLEAR.encode())
            self.shown = False
