"""Work on all cores: forked worker processes, for the few steps of a build that are big.

Forked, not spawned: workers inherit the parent's site model, parser and templates instead of
receiving pickled copies. A job is a callable (usually the bound method of an object that
holds what the job needs) over a range of indices into what the parent prepared; each worker
gets it at the fork, not pickled, and is then sent only ranges.
"""

from __future__ import annotations

import functools
import os
import signal
from collections.abc import Callable, Iterator
from typing import Any

PARALLEL_THRESHOLD = 200  # below this many items a process pool costs more than it saves


MIN_CHUNK = 8


def _chunks(count: int, workers: int) -> list[range]:
    """Chunks that shrink as the work runs out (guided scheduling): big ones first, so each
    costs little to hand out, small ones last, so no worker is left with a long chunk while
    the others have nothing to do."""
    chunks = []
    start = 0
    while start < count:
        size = max(MIN_CHUNK, (count - start) // (workers * 4))
        chunks.append(range(start, min(start + size, count)))
        start += size
    return chunks


def pool_size(count: int, workers: int | None) -> int:
    """How many processes a job of `count` items gets: 1 (this one) for small jobs."""
    workers = workers or os.cpu_count() or 1
    return 1 if count < PARALLEL_THRESHOLD else workers


def pool_map(func: Callable[[range], Any], count: int, workers: int | None,
             meanwhile: Callable[[], None] | None = None) -> Iterator[Any]:
    """`func` over chunks of `range(count)`, results yielded as they come (so the caller can
    put each away before the next arrives), on forked workers when the job is big.

    `meanwhile` runs in this process while the workers are busy (only when there are
    workers): work the next step needs, done in time that would otherwise be spent waiting.
    """
    size = pool_size(count, workers)
    if size == 1:
        yield func(range(count))
        return
    import gc
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    # Forked workers share the parent's memory until they write to it; the garbage collector
    # writes to every object it visits, so keep it off what existed before the fork.
    gc.freeze()
    try:
        # A forked process's arguments are inherited, not pickled: `func` may hold anything.
        with ProcessPoolExecutor(size, mp_context=get_context("fork"), initializer=_start,
                                 initargs=(os.getpid(), func)) as pool:
            results = pool.map(_run, _chunks(count, size))  # every chunk is handed out here
            if meanwhile is not None:
                meanwhile()
            yield from results
    finally:
        gc.unfreeze()


# In a worker process: the job it was forked to do (`_start`). Set once, in the worker only.
_job: Callable[[range], Any] | None = None


def _start(parent: int, func: Callable[[range], Any]) -> None:
    global _job
    _job = func
    die_with_parent(parent)


def _run(indices: range) -> Any:
    assert _job is not None
    return _job(indices)


def kill_with_parent() -> Callable[[], object] | None:
    """A `preexec_fn` for a helper program (Pagefind) that asks the kernel to kill it with
    the build (the request outlives `exec`). libc is looked up here, in the parent: the child
    is forked from a process that may run threads (serve), so it must run no import."""
    try:
        import ctypes

        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        return None
    return functools.partial(prctl, 1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def die_with_parent(parent: int) -> None:
    """A forked worker shares the parent's site lock: if the build is killed (SIGKILL, so no
    clean-up runs), orphaned workers would hang on and hold the lock, refusing every later
    build. On Linux, ask the kernel to kill the worker with its parent."""
    ask = kill_with_parent()
    if ask is None:  # pragma: no cover - not Linux
        return
    ask()
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


class Ahead:
    """Work for a forked process to do while this one goes on: a one-shot build's system
    calls and imports that a thread could not overlap with its Python work (the two would
    take turns holding the interpreter). `work` runs in the child, forked now; the bytes it
    returns come back through a pipe when `result` is asked for. None there means the child
    failed, and the caller does the work itself. The child holds the site lock's file too,
    so it ends with its work, which is short."""

    def __init__(self, work: Callable[[], bytes]):
        reading, writing = os.pipe()
        self._pid = os.fork()
        if self._pid == 0:  # the child: work, report, leave without running any clean-up
            try:
                os.close(reading)
                answer = b"\1" + work()
                with os.fdopen(writing, "wb") as pipe:
                    pipe.write(answer)
            finally:
                os._exit(0)
        os.close(writing)
        self._reading: int | None = reading

    def done(self) -> bool:
        """Whether `result` would answer at once (the child has written, or is gone)."""
        if self._reading is None:
            return True
        import select

        return bool(select.select([self._reading], [], [], 0)[0])

    def result(self) -> bytes | None:
        """What `work` returned, once the child is done; None if it failed."""
        if self._reading is None:
            return None
        with os.fdopen(self._reading, "rb") as pipe:
            answer = pipe.read()
        self._reading = None
        self.close()
        return answer[1:] if answer[:1] == b"\1" else None

    def close(self) -> None:
        """Let the child go unheard (a failed build's), and reap it."""
        if self._reading is not None:
            os.close(self._reading)
            self._reading = None
        if self._pid:
            os.waitpid(self._pid, 0)
            self._pid = 0
