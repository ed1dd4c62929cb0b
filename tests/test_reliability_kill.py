"""Nothing lost: a build killed with SIGKILL at random moments leaves public/ exactly as it was,
or (when it had already committed) the next command completes the new site; nothing temporary
survives the next command. Two builds at once: the second is refused with a clear message."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from builder.publish import COMMIT, LOCK_NAME, stage_dir
from builder.workers import PARALLEL_THRESHOLD
from tests.conftest import REPO, run_digest, site_bytes

KILLS = 8
FOOTER = "</footer>"


def _digest(root: Path, *args: str) -> subprocess.Popen[bytes]:
    """The CLI in its own session (so that anything it leaves running can be found), with its
    output in files: an orphaned child holding a pipe must not hang the test."""
    log = root.parent / "log"
    return subprocess.Popen([sys.executable, "-m", "builder", "--site", str(root), *args],
                            stdout=open(log, "wb"), stderr=subprocess.STDOUT, cwd=root,  # noqa: SIM115
                            start_new_session=True)


def _survivors(group: int, grace: float = 3.0) -> bool:
    """Whether any process of the killed build's group is still alive after `grace` seconds
    (then they are killed: the test started them)."""
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return False
        time.sleep(0.02)
    os.killpg(group, signal.SIGKILL)
    return True


def _theme(root: Path, version: str) -> None:
    """Give the theme a footer note: every page changes, so a build has real work to do."""
    base = root / "templates" / "base.html"
    original = (REPO / "templates" / "base.html").read_text("utf-8")
    assert FOOTER in original
    base.write_text(original.replace(FOOTER, f"<p>theme {version}</p>{FOOTER}", 1), "utf-8")


def _switch_theme(root: Path, expected: dict[str, dict[str, bytes]]) -> str:
    """Give the theme the version public/ does not show yet, so the next build changes every
    page; returns that version."""
    target = "a" if site_bytes(root / "public") != expected["a"] else "b"
    _theme(root, target)
    return target


def _pages(files: dict[str, bytes]) -> dict[str, bytes]:
    """The pages and feeds, less the search index (published by its own, later commit)."""
    return {path: data for path, data in files.items() if not path.startswith("pagefind/")}


def _leftovers(root: Path) -> list[str]:
    """Anything temporary in the site folder: stages, journals, half-written files (among
    them `.cache/.state.PID.tmp`, what a kill while the state is saved leaves: the next
    command must sweep it)."""
    found = [p.name for p in root.iterdir() if p.name.startswith(".digest-stage")]
    found += [str(p.relative_to(root)) for p in root.rglob("*")
              if p.name.endswith((".tmp", ".partial")) or p.name.startswith("journal")]
    return found


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict[str, bytes]]]:
    """A generated digest big enough that its builds render on forked workers, and the
    complete output of each theme version from a cold build: "a" is the digest's own first
    build, "b" that of a copy."""
    base = tmp_path_factory.mktemp("kill")
    root = base / "corpus"
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "gen_corpus.py"), "--entries",
                    str(PARALLEL_THRESHOLD + 40), "--out", str(root)], check=True,
                   capture_output=True)
    shutil.copytree(REPO / "templates", root / "templates")
    copy = base / "cold-b"
    shutil.copytree(root, copy)
    _theme(copy, "b")
    run_digest(copy, "build", check=True)
    expected = {"b": site_bytes(copy / "public")}
    shutil.rmtree(copy)
    _theme(root, "a")
    run_digest(root, "build", check=True)
    expected["a"] = site_bytes(root / "public")
    return root, expected


def test_sigkill_at_random_moments_loses_nothing(corpus: tuple[Path, dict]) -> None:
    root, expected = corpus
    public = root / "public"
    rng = random.Random(20261125)
    # One uninterrupted theme change first, to learn how long such a build takes; the kills
    # are then spread over that time (stratified: each kill in its own slice of it).
    _theme(root, "b")
    started = time.monotonic()
    run_digest(root, "build", check=True)
    duration = time.monotonic() - started
    current = "b"
    outcomes = []
    for kill in range(KILLS):
        target = "b" if current == "a" else "a"
        before = site_bytes(public)
        assert before == expected[current]
        _theme(root, target)
        build = _digest(root, "build")
        time.sleep(duration * (kill + rng.random()) / KILLS)
        build.send_signal(signal.SIGKILL)  # the build process only, not its workers
        build.wait(timeout=60)
        assert not _survivors(build.pid), f"kill {kill}: the build's workers outlived it"
        committed = (stage_dir(public) / COMMIT).exists()
        pages = _pages(site_bytes(public))
        if not committed:  # before the decision: the old site, or the new pages all there
            assert pages in (_pages(before), _pages(expected[target])), \
                f"kill {kill}: public/ is neither the old site nor the new one"
        outcomes.append("finished" if build.returncode == 0 else "committed" if committed
                        else "old" if pages == _pages(before) else "new pages")
        result = run_digest(root, "build")  # the next command finishes or redoes the build
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        assert site_bytes(public) == expected[target], f"kill {kill} ({outcomes[-1]})"
        assert _leftovers(root) == [], f"kill {kill}: {_leftovers(root)}"
        current = target
    assert KILLS - outcomes.count("finished") >= KILLS // 2, outcomes  # most hit a running build


def test_two_builds_at_once_the_second_is_refused_clearly(corpus: tuple[Path, dict]) -> None:
    root, expected = corpus
    target = _switch_theme(root, expected)
    first = _digest(root, "build")
    lock = root / LOCK_NAME
    deadline = time.monotonic() + 30
    while f"pid {first.pid}" not in (lock.read_text() if lock.exists() else ""):
        assert first.poll() is None and time.monotonic() < deadline, "first build never locked"
        time.sleep(0.005)
    second = run_digest(root, "build")
    assert first.wait(timeout=120) == 0, (root.parent / "log").read_text()
    assert second.returncode == 1
    assert "another build of this site is running" in second.stderr
    assert f"pid {first.pid}" in second.stderr
    assert "Traceback" not in second.stderr
    assert site_bytes(root / "public") == expected[target]
    assert _leftovers(root) == []


def test_a_lock_left_by_a_killed_build_does_not_block_the_next(corpus: tuple[Path, dict]
                                                                ) -> None:
    root, expected = corpus
    target = _switch_theme(root, expected)
    build = _digest(root, "build")
    lock = root / LOCK_NAME
    while f"pid {build.pid}" not in (lock.read_text() if lock.exists() else ""):
        time.sleep(0.005)
    os.kill(build.pid, signal.SIGKILL)
    build.wait(timeout=60)
    assert not _survivors(build.pid)
    result = run_digest(root, "build", check=True)  # flock dies with its holder
    assert "Traceback" not in result.stderr
    assert site_bytes(root / "public") == expected[target]
