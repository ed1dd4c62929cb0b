"""Shared helpers for bench.py and peers.py: on-disk temp folders, timed subprocesses with the
peak memory of their whole process tree, the `digest` command and Markdown tables.

Only the standard library: the benchmarks run with whatever Python has the project installed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FALLBACK_WORK = HERE / "out"  # git-ignored; used when /var/tmp is a RAM disk
RAM_FILESYSTEMS = {"tmpfs", "ramfs", "devtmpfs"}


# --- where to work -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Filesystem:
    device: str
    fstype: str
    mountpoint: str

    def __str__(self) -> str:
        kind = "RAM, not disk" if self.fstype in RAM_FILESYSTEMS else "disk"
        return f"{self.device} ({self.fstype}, {kind}) mounted on {self.mountpoint}"


def filesystem_of(path: Path) -> Filesystem:
    """The mount that holds `path`: the longest mount point that is a prefix of it."""
    path = Path(path).resolve()
    best = Filesystem("?", "?", "/")
    try:
        lines = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return best
    best_len = -1
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        device, mountpoint, fstype = parts[0], parts[1].replace("\\040", " "), parts[2]
        mp = Path(mountpoint)
        if (path == mp or mp in path.parents) and len(mountpoint) > best_len:
            best, best_len = Filesystem(device, fstype, mountpoint), len(mountpoint)
    return best


@contextlib.contextmanager
def work_dir(base: Path | None, keep: bool = False) -> Iterator[Path]:
    """A fresh temporary folder on disk (not tmpfs), removed afterwards unless `keep`."""
    candidates = [base] if base else [Path("/var/tmp"), FALLBACK_WORK]
    chosen = None
    for candidate in candidates:
        candidate.mkdir(parents=True, exist_ok=True)
        if base or filesystem_of(candidate).fstype not in RAM_FILESYSTEMS:
            chosen = candidate
            break
    chosen = chosen or FALLBACK_WORK
    path = Path(tempfile.mkdtemp(prefix="digest-bench-", dir=chosen))
    try:
        yield path
    finally:
        if keep:
            print(f"kept {path}", file=sys.stderr)
        else:
            shutil.rmtree(path, ignore_errors=True)


# --- memory of a process tree ------------------------------------------------------------------

def _children_map() -> dict[int, list[int]]:
    """ppid → pids, from /proc/<pid>/stat (the kernel here has no /proc/.../children)."""
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as handle:
                data = handle.read()
        except OSError:
            continue
        fields = data.rsplit(b")", 1)[-1].split()
        if len(fields) > 1:
            children.setdefault(int(fields[1]), []).append(int(name))
    return children


@dataclass(frozen=True)
class Memory:
    """A process tree's memory in KiB, two ways.

    `rss`: the sum of each process's resident set (VmRSS). A page that forked workers share
    with their parent (copy-on-write, never written) counts once per process, so this
    overstates a pool's real use. `pss`: the sum of each process's proportional set size
    (Pss in smaps_rollup), where a page shared by n processes counts 1/n in each: the memory
    the tree really occupies."""

    rss: int = 0
    pss: int = 0

    def __add__(self, other: Memory) -> Memory:
        return Memory(self.rss + other.rss, self.pss + other.pss)

    def peak(self, other: Memory) -> Memory:
        """Each measure's maximum (the two need not peak at the same moment)."""
        return Memory(max(self.rss, other.rss), max(self.pss, other.pss))


def _field_kib(path: str, name: bytes) -> int:
    """The `name:` line of a /proc file such as status or smaps_rollup, in KiB (0 if gone)."""
    try:
        with open(path, "rb") as handle:
            for line in handle:
                if line.startswith(name):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def process_memory(pid: int) -> Memory:
    return Memory(_field_kib(f"/proc/{pid}/status", b"VmRSS:"),
                  _field_kib(f"/proc/{pid}/smaps_rollup", b"Pss:"))


def tree_memory(root: int) -> Memory:
    """The summed memory of `root` and all its descendants."""
    children = _children_map()
    total, stack, seen = Memory(), [root], set()
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        total += process_memory(pid)
        stack.extend(children.get(pid, ()))
    return total


class TreeSampler(threading.Thread):
    """Samples a process tree's summed RSS and PSS every `interval` seconds and keeps the
    maximum of each."""

    def __init__(self, root: int, interval: float = 0.02):
        super().__init__(daemon=True)
        self.root, self.interval = root, interval
        self.peak = Memory()
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.peak = self.peak.peak(tree_memory(self.root))
            self._stop_event.wait(self.interval)

    def stop(self) -> Memory:
        self._stop_event.set()
        self.join(timeout=2)
        return self.peak


# --- running commands --------------------------------------------------------------------------

@dataclass
class Run:
    seconds: float
    peak_mb: float  # summed RSS of the process tree (see Memory)
    peak_pss_mb: float  # summed PSS of the process tree: shared pages counted once
    returncode: int
    output: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def kill_group(proc: subprocess.Popen, grace: float = 5.0) -> None:
    """End a process we started in its own session, and everything it started."""
    if proc.poll() is not None:
        return
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=grace)
            return
        except subprocess.TimeoutExpired:
            continue


def run_timed(cmd: Sequence[str | os.PathLike], cwd: Path | None = None,
              timeout: float = 600.0, sample: bool = True) -> Run:
    """Run `cmd` to completion: wall seconds, peak RSS and PSS sums of its process tree, exit
    code, output."""
    with tempfile.TemporaryFile() as log:
        start = time.perf_counter()
        proc = subprocess.Popen([str(c) for c in cmd], cwd=cwd, stdout=log,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True)
        sampler = TreeSampler(proc.pid) if sample else None
        if sampler:
            sampler.start()
        # `proc.wait(timeout=...)` polls, sleeping up to 50 ms between looks, which rounded
        # a sub-second build up by as much; a plain wait returns when the process ends, and a
        # timer ends it when it runs too long.
        expired = threading.Event()

        def expire() -> None:
            expired.set()
            kill_group(proc, grace=2)

        timer = threading.Timer(timeout, expire)
        timer.start()
        returncode = proc.wait()
        seconds = time.perf_counter() - start
        timer.cancel()
        if expired.is_set():
            returncode = -999
        peak = sampler.stop() if sampler else Memory()
        # Workers that outlive the main process (they should not) are ended too.
        kill_group(proc, grace=1)
        log.seek(0)
        output = log.read().decode("utf-8", "replace")
    if returncode == -999:
        output += f"\n[timed out after {timeout:.0f} s]"
    return Run(seconds, peak.rss / 1024, peak.pss / 1024, returncode, output)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def fail_tail(run: Run, lines: int = 15) -> str:
    return "\n".join(run.output.strip().splitlines()[-lines:])


# --- the digest command ------------------------------------------------------------------------

@cache
def digest_command() -> tuple[str, ...]:
    """`digest` next to this Python (the venv's console script), else on PATH, else -m."""
    beside = Path(sys.executable).parent / "digest"
    if beside.exists():
        return (str(beside),)
    found = shutil.which("digest")
    if found:
        return (found,)
    return (sys.executable, "-m", "builder")


@cache
def digest_help(*args: str) -> str | None:
    """The help text of `digest ARGS --help`, or None when that command does not exist."""
    try:
        done = subprocess.run([*digest_command(), *args, "--help"], capture_output=True,
                              text=True, timeout=60, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None


def digest_build_cmd(site: Path, search: bool) -> list[str]:
    """`digest --site SITE build [--no-search]`; without the flag until the CLI has it."""
    cmd = [*digest_command(), "--site", str(site), "build"]
    if not search and "--no-search" in (digest_help("build") or ""):
        cmd.append("--no-search")
    return cmd


def has_search_flag() -> bool:
    return "--no-search" in (digest_help("build") or "")


def clean_digest_outputs(site: Path) -> None:
    """What a cold build must not find: the output, its staging folders and the cache."""
    for pattern in ("public", ".public.*", ".digest-*", ".cache"):
        for path in site.glob(pattern):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)


def count_html(folder: Path) -> int:
    return sum(1 for _ in folder.rglob("*.html")) if folder.is_dir() else 0


# --- output ------------------------------------------------------------------------------------

def markdown_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [[str(c) for c in header]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
             for row in cells]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def fmt_s(value: float | None, digits: int = 2) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"
