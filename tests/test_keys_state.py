"""What invalidates what (`builder.keys`) and what a build leaves for the next one
(`builder.state`): an upgrade of the code re-renders what it changed, a save killed half-way
leaves nothing behind, and each build reports its phases."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO, run_digest


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "gen_corpus.py"), "--entries",
                    "12", "--out", str(root)], check=True, capture_output=True)
    shutil.copytree(REPO / "templates", root / "templates")
    return root


def _build_with(package: Path, site: Path) -> str:
    """`digest build` run from the copy of the package in `package` (an installed upgrade)."""
    done = subprocess.run([sys.executable, "-m", "builder", "--site", str(site), "build",
                           "--no-search"], capture_output=True, text=True, cwd=site,
                          env={**os.environ, "PYTHONPATH": str(package)}, check=True)
    return done.stdout


# `human_date`'s months, less May, which `short_date` (abbreviated months) writes alike.
HUMAN = r"\d{1,2} (January|February|March|April|June|July|August|September|October|November|" \
        r"December) \d{4}"


def _dates(site: Path) -> set[str]:
    """The human-readable dates of the published pages (`<time ...>text</time>`)."""
    return {date for page in (site / "public").rglob("*.html")
            for date in re.findall(r"<time [^>]*>([^<]+)</time>", page.read_text("utf-8"))}


def test_a_code_change_anywhere_in_the_package_re_renders_what_it_changed(
        corpus: Path, tmp_path: Path) -> None:
    """Issue 13.9: a change to a date filter (in a module no hand-kept list named) left
    every card with the old date, even after public/ was deleted."""
    package = tmp_path / "installed"
    shutil.copytree(REPO / "builder", package / "builder",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "templates", package / "templates")
    _build_with(package, corpus)
    before = _dates(corpus)
    assert any(re.fullmatch(HUMAN, date) for date in before)

    filters = package / "builder" / "templating.py"
    source = filters.read_text(encoding="utf-8")
    old = 'return f"{moment.day} {moment:%B %Y}"'
    assert old in source
    filters.write_text(source.replace(old, 'return f"{moment:%B} {moment.day}, {moment.year}"'),
                     encoding="utf-8")
    output = _build_with(package, corpus)
    assert " 0 rendered" not in output
    after = _dates(corpus)
    assert not any(re.fullmatch(HUMAN, date) for date in after)
    assert any(re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", date) for date in after)

    shutil.rmtree(corpus / "public")  # the case: the caches alone must not bring it back
    _build_with(package, corpus)
    assert _dates(corpus) == after


def test_a_save_killed_half_way_leaves_nothing_after_the_next_build(corpus: Path) -> None:
    """A build killed while it saved its state leaves `.cache/.state.PID.tmp`; the next
    build sweeps it (and leaves a save in progress by a live process alone)."""
    run_digest(corpus, "build", "--no-search", check=True)
    cache = corpus / ".cache"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    left = cache / f".state.{dead}.tmp"
    left.write_bytes(b"half a pickle")
    alive = cache / f".state.{os.getpid()}.tmp"
    alive.write_bytes(b"being written")
    run_digest(corpus, "build", "--no-search", check=True)
    assert not left.exists()
    assert alive.exists()


def test_a_build_reports_its_phases_in_order(corpus: Path) -> None:
    from builder.build import Builder

    builder = Builder(corpus, log=lambda _: None)
    first = builder.build()
    assert list(first.phases) == [
        "inputs", "ingest", "load", "model", "plan", "render", "search", "publish"]
    assert all(seconds >= 0 for seconds in first.phases.values())
    # Nothing changed: the build ends in the load phase, before any model is made.
    again = Builder(corpus, log=lambda _: None).build()
    assert list(again.phases) == ["inputs", "ingest", "load"]
    assert again.site is None and again.rendered == 0


def test_card_digests_belong_to_their_builder_and_come_back_with_its_saved_state(
        corpus: Path) -> None:
    """The card digests a build works out are its `Builder`'s (no module keeps a table that
    others fill), and the state it saves gives them to the next process's `Builder`."""
    from builder.build import Builder
    from builder.keys import card_digest

    first = Builder(corpus, log=lambda _: None)
    site = first.build().site
    assert site is not None and len(first.cards.known) >= len(site.entries)
    later = Builder(corpus, log=lambda _: None)
    assert later.cards.known == {}
    later.state.load(later.cards)
    assert later.cards.known == {(e.digest, e.slug): card_digest(e) for e in site.entries}


def test_the_check_of_public_made_in_a_forked_process_finds_what_changed(tmp_path: Path) -> None:
    """`DiskCheck` answers as `unchanged_on_disk` does, one bit a file across byte
    boundaries: files rewritten with another size, touched, deleted, or left alone."""
    from builder.manifest import DiskCheck, ManifestItem, unchanged_on_disk

    out = tmp_path / "public"
    out.mkdir()
    files = {}
    for number in range(21):
        path = out / f"page{number}.html"
        path.write_text(f"page {number}")
        stat = path.stat()
        files[path.name] = ManifestItem("f", "s", stat.st_size, stat.st_mtime_ns)
    (out / "page0.html").write_text("rewritten, longer")
    os.utime(out / "page7.html", ns=(1, 1))
    (out / "page8.html").unlink()
    (out / "page20.html").write_text("other")
    expected = unchanged_on_disk(out, files)
    assert sorted(files.keys() - expected.keys()) == \
        ["page0.html", "page20.html", "page7.html", "page8.html"]
    assert DiskCheck(out, files).result() == expected
    assert DiskCheck(out, {k: files[k] for k in ("page1.html", "page2.html")}).result() == \
        {k: files[k] for k in ("page1.html", "page2.html")}


def test_work_ahead_says_whether_its_answer_is_in() -> None:
    """`Ahead.done`: False while the child works, True once it has answered (then `result`
    gives the answer at once); a build asks it to decide whether to do other work first."""
    from builder.workers import Ahead

    go_read, go_write = os.pipe()

    def work() -> bytes:
        os.read(go_read, 1)  # waits for the test's go-ahead
        return b"parsed"

    ahead = Ahead(work)
    try:
        assert not ahead.done()
        os.write(go_write, b"x")
        deadline = time.monotonic() + 30
        while not ahead.done() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert ahead.done()
        assert ahead.result() == b"parsed"
        assert ahead.done()
    finally:
        ahead.close()
        os.close(go_read)
        os.close(go_write)
