"""Incremental builds must give the same bytes as a cold build of the same inputs, and
publishing must survive being interrupted at any step."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

import builder.render
from builder.build import Builder, build
from builder.cache import TextStore, load
from builder.config import load_config
from builder.entries import ParseAhead, Parsed, _ParseJob
from builder.keys import EVENT_JSON, event_fragment_keys
from builder.manifest import manifest_name
from builder.publish import COMMIT, stage_dir
from tests.conftest import REPO, run_digest, site_bytes


@pytest.fixture(scope="module")
def _corpora(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A small generated digest (60 entries) with the repository's theme, made once for the
    module: as generated, and after a cold `digest build`. Each test gets a copy of one at
    the same place, `site`, where the built one was built (the caches know entries by path;
    copies keep every file's mtime, so a build sees what it would in the original)."""
    base = tmp_path_factory.mktemp("incremental")
    site = base / "site"
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "gen_corpus.py"), "--entries",
                    "60", "--out", str(site)], check=True, capture_output=True)
    shutil.copytree(REPO / "templates", site / "templates")
    shutil.copytree(site, base / "unbuilt")
    run_digest(site, "build", check=True)
    shutil.copytree(site, base / "built")
    return {"site": site, "unbuilt": base / "unbuilt", "built": base / "built"}


def _copy_of(corpora: dict[str, Path], which: str) -> Path:
    site = corpora["site"]
    shutil.rmtree(site)
    shutil.copytree(corpora[which], site)
    return site


@pytest.fixture
def corpus(_corpora: dict[str, Path]) -> Path:
    """The digest after a cold `digest build` (search included)."""
    return _copy_of(_corpora, "built")


@pytest.fixture
def unbuilt(_corpora: dict[str, Path]) -> Path:
    """The digest never built: for tests whose first build is the point, or is made in
    another way than `digest build`."""
    return _copy_of(_corpora, "unbuilt")


def _cold(root: Path, tmp_path: Path, name: str, *flags: str) -> dict[str, bytes]:
    """A from-scratch build of the same inputs into a separate folder, with no cache."""
    copy = tmp_path / name
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("public", ".cache", ".digest-*"))
    run_digest(copy, "build", *flags, check=True)
    return site_bytes(copy / "public")


def _entry(root: Path, index: int) -> Path:
    return sorted((root / "content" / "entries").glob("*.md"))[index]


EDITS = {
    "body": lambda root: _replace(_entry(root, 3), "\n\n", "\n\nAn added paragraph.\n\n", 1),
    "title": lambda root: _replace(_entry(root, 5), "title: ", "title: Edited ", 1),
    "new company": lambda root: _replace(_entry(root, 7), "companies: [",
                                         "companies: [Zebra Widgets Ltd, ", 1),
    "remove tags": lambda root: _drop_tags(_entry(root, 9)),
    "date": lambda root: _replace_date(_entry(root, 11)),
    "template": lambda root: _replace(root / "templates" / "base.html", "</footer>",
                                      "<p>Edited footer</p></footer>", 1),
    "delete entry": lambda root: _entry(root, 13).unlink(),
    "make draft": lambda root: _replace(_entry(root, 15), "draft: false", "draft: true", 1),
    "edit draft": lambda root: _replace(_entry(root, 15), "title: ", "title: Drafted ", 1),
}


def _replace(path: Path, old: str, new: str, count: int) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _drop_tags(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join("tags: []\n" if line.startswith("tags:") else line for line in lines),
                    encoding="utf-8")


def _replace_date(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    dated = ("date: 2019-01-02\n" if line.startswith("date:") else line for line in lines)
    path.write_text("".join(dated), encoding="utf-8")


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_incremental_build_equals_cold_build(corpus: Path, tmp_path: Path, edit: str) -> None:
    EDITS[edit](corpus)
    result = run_digest(corpus, "build", check=True)
    assert " 0 rendered" not in result.stdout
    assert site_bytes(corpus / "public") == _cold(corpus, tmp_path, "cold")


def test_successive_builds_after_edits_equal_cold_builds(unbuilt: Path, tmp_path: Path) -> None:
    """`digest build` after each edit in turn: every build starts from the entries, model and
    plan the last full one saved, edits of any shape pile up on it, and none may show."""
    corpus = unbuilt
    run_digest(corpus, "build", "--no-search", check=True)
    for name in ("title", "body", "new company", "date", "remove tags", "delete entry"):
        EDITS[name](corpus)
        run_digest(corpus, "build", "--no-search", check=True)
        assert site_bytes(corpus / "public") == \
            _cold(corpus, tmp_path, f"cold-{name}", "--no-search"), name


def test_a_company_whose_slug_moves_shows_it_everywhere(unbuilt: Path, tmp_path: Path) -> None:
    """An unlisted firm's slug can move when another firm sorts before it for the same slug
    ("Zebra Widgets LTD" takes zebra-widgets-ltd, and "Zebra Widgets Ltd" becomes -2), while
    its event keeps the slug an editor gave it: the reversals table, reversals.json and
    reversals.csv show company slugs, so the build after that edit must show the new one, as
    a cold build does."""
    corpus = unbuilt
    run_digest(corpus, "build", "--no-search", check=True)
    maker = _entry(corpus, 7)
    _replace(maker, "companies: [", "companies: [Zebra Widgets Ltd, ", 1)
    text = maker.read_text(encoding="utf-8")
    made = "- company: Zebra Widgets Ltd\n  event: zebra-office"
    maker.write_text(re.sub(r"^- company: .*$", made, text, count=1, flags=re.M), "utf-8")
    run_digest(corpus, "build", "--no-search", check=True)
    data = corpus / "public" / "data"
    assert '"company_slug":"zebra-widgets-ltd"' in (data / "reversals.json").read_text()
    _replace(_entry(corpus, 9), "companies: [", "companies: [Zebra Widgets LTD, ", 1)
    run_digest(corpus, "build", "--no-search", check=True)
    built = site_bytes(corpus / "public")
    assert b"zebra-widgets-ltd-2" in built["data/reversals.csv"]
    assert built == _cold(corpus, tmp_path, "cold", "--no-search")


def test_a_build_after_an_edit_replans_from_the_saved_plan(unbuilt: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    """A fresh Builder (a new `digest build`) after a title edit works out neither the whole
    model nor the whole plan: it starts from what the last full build saved."""
    import builder.plan as plan_module
    import builder.site as site_module

    corpus = unbuilt

    Builder(corpus, log=lambda line: None).build()
    EDITS["title"](corpus)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("worked out the whole model or plan again")

    monkeypatch.setattr(plan_module, "plan", refuse)  # imported by the plan phase
    monkeypatch.setattr(site_module, "_company_slugs", refuse)  # a model made from scratch
    result = Builder(corpus, log=lambda line: None).build()
    assert 0 < result.rendered < result.total / 4
    assert site_bytes(corpus / "public") == _cold(corpus, tmp_path, "cold", "--no-search")


def test_serve_preloads_current_fragments_and_forgets_stale_ones(unbuilt: Path) -> None:
    """serve's warm-up reads the listing fragments of the current entries into memory; those
    of versions no entry has any more are left out, and dropped from the store once they
    outnumber the current ones (every title edit leaves a few behind)."""
    from builder.cache import StoredTexts, TextStore

    builder = Builder(unbuilt, ingest_seeds=False, log=lambda _: None, serving=True)
    builder.build()
    scope = builder.fragments.scope
    store = TextStore(unbuilt, "fragments")
    current = store.get_scope(scope)
    assert current
    slug = next(iter(current)).split("|")[1]
    stale = {f"entry_card|{slug}|{number:032x}|h3": "<li>an old title</li>"
             for number in range(2 * len(current) + 200)}
    StoredTexts(store, scope).put_many(stale)
    builder.fragments.at_hand = {}  # as a new serve would start
    builder.preload_fragments()
    assert builder.fragments.at_hand == current
    assert store.get_scope(scope) == current


def test_in_memory_rebuilds_equal_cold_builds(unbuilt: Path, tmp_path: Path) -> None:
    """What `serve` does: one Builder, told which files changed."""
    corpus = unbuilt
    builder = Builder(corpus, log=lambda line: None)
    builder.build()
    for name in sorted(EDITS):
        before = {p.resolve() for p in corpus.rglob("*") if p.is_file()}
        EDITS[name](corpus)
        # As the watcher reports them: every file, including one the edit deleted.
        builder.build(before | {p.resolve() for p in corpus.rglob("*") if p.is_file()})
        assert builder.index_search() is not None, name  # serve runs this after the reload
        assert site_bytes(corpus / "public") == _cold(corpus, tmp_path, f"cold-{name}"), name


def _snapshot(root: Path) -> dict[Path, bytes]:
    return {p.resolve(): p.read_bytes() for p in (root / "content").rglob("*") if p.is_file()}


def test_in_memory_rebuilds_told_only_the_edited_file_equal_cold_builds(unbuilt: Path,
                                                                        tmp_path: Path) -> None:
    """The watcher's usual report: the one file saved. Its entry is the only new object, so
    the model reuses every other list and replans only what shows that entry (its own page,
    the pages listing it as related, its companies, tags and home page)."""
    corpus = unbuilt
    builder = Builder(corpus, log=lambda line: None)
    builder.build()
    for name in ("body", "title", "new company", "remove tags", "date", "delete entry",
                 "make draft", "edit draft"):
        before = _snapshot(corpus)
        EDITS[name](corpus)
        after = _snapshot(corpus)
        edited = {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
        assert len(edited) == 1, name
        builder.build(edited)
        builder.index_search()
        assert site_bytes(corpus / "public") == _cold(corpus, tmp_path, f"cold-{name}"), name


def test_serve_publishes_feeds_and_data_files_just_after_the_pages(unbuilt: Path,
                                                                  tmp_path: Path) -> None:
    """serve's rebuild (`pages_first`) publishes the edited pages and leaves the files no
    browser reloads (feeds, sitemap, open data) for `publish_later`: in between, those still
    hold the last build's bytes; after it, the site is byte for byte a cold build."""
    corpus = unbuilt
    builder = Builder(corpus, ingest_seeds=False, log=lambda line: None, serving=True)
    builder.build(pages_first=True)
    assert builder.publish_later()
    before = site_bytes(corpus / "public")
    snapshot = _snapshot(corpus)
    EDITS["title"](corpus)
    edited = {p for p, data in _snapshot(corpus).items() if snapshot.get(p) != data}
    cold = _cold(corpus, tmp_path, "cold", "--no-search")
    later = {path for path in cold if path.endswith((".xml", ".json", ".csv"))
             and cold[path] != before.get(path)}
    assert any(path.endswith("feed.xml") for path in later)
    assert any(path.startswith("data/") for path in later)

    builder.build(edited, pages_first=True)
    now = site_bytes(corpus / "public")
    assert all(now[path] == before[path] for path in later)
    assert any(path.endswith(".html") and now[path] != before[path] for path in now)
    assert builder.publish_later()
    assert builder.publish_later() is None  # nothing left for later
    builder.index_search()
    assert site_bytes(corpus / "public") == _cold(corpus, tmp_path, "cold-search")


def test_a_rebuild_before_publish_later_publishes_what_was_left_for_it(unbuilt: Path,
                                                                      tmp_path: Path) -> None:
    """A save during serve's rebuild starts the next rebuild before `publish_later` runs:
    what the first left for later (its feeds, open data) is then the next one's to publish,
    even when the next save changed nothing that those files show. (With the fragments
    preloaded, as serve has them: the store is not looked in again.)"""
    corpus = unbuilt
    builder = Builder(corpus, ingest_seeds=False, log=lambda line: None, serving=True)
    builder.build(pages_first=True)
    assert builder.publish_later()
    builder.preload_fragments()
    assert builder.fragments.all_at_hand
    edited = _edited_files(corpus, "title")
    builder.build(edited, pages_first=True)  # its feeds are never published by this build
    for path in edited:
        path.write_bytes(path.read_bytes())  # saved again, unchanged
    builder.build(edited, pages_first=True)
    assert builder.publish_later()
    builder.index_search()
    assert site_bytes(corpus / "public") == _cold(corpus, tmp_path, "cold")


def _edited_files(root: Path, edit: str) -> set[Path]:
    before = _snapshot(root)
    EDITS[edit](root)
    after = _snapshot(root)
    return {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}


def test_serve_writes_the_manifest_of_a_rewrite_after_the_reload(unbuilt: Path,
                                                                 tmp_path: Path) -> None:
    """A serve commit that only rewrote files leaves its manifest for `tidy` (after the reload
    event). Killed before that, the manifest on disk is the older one, whose sizes and times
    the rewritten files no longer match: the next build renders them again and ends as a
    cold build. A commit that deletes a file (or adds one) writes its manifest at once."""
    corpus = unbuilt
    manifest = corpus / ".cache" / f"{manifest_name((corpus / 'public').resolve())}.pickle"
    builder = Builder(corpus, ingest_seeds=False, log=lambda line: None, serving=True)
    builder.build()
    builder.tidy()
    written = manifest.read_bytes()
    builder.build(_edited_files(corpus, "title"))
    assert manifest.read_bytes() == written
    builder.tidy()
    assert manifest.read_bytes() != written

    written = manifest.read_bytes()
    builder.build(_edited_files(corpus, "body"))
    assert manifest.read_bytes() == written  # and serve is killed here
    run_digest(corpus, "build", "--no-search", check=True)
    assert site_bytes(corpus / "public") == _cold(corpus, tmp_path, "cold-body", "--no-search")

    builder = Builder(corpus, ingest_seeds=False, log=lambda line: None, serving=True)
    builder.build()
    written = manifest.read_bytes()
    builder.build(_edited_files(corpus, "delete entry"))
    assert manifest.read_bytes() != written


def test_each_body_is_rendered_from_markdown_once_per_version(unbuilt: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    """Pages render the bodies they show on first use (no separate Markdown pass), and the
    store keeps them: a cold build renders each body once although the feeds show some bodies
    again, a rebuild none, an edit one (in the process that parses it ahead, `ParseAhead`:
    so each render is noted in a file)."""
    import builder.markdown

    corpus = unbuilt
    log = tmp_path / "rendered.jsonl"
    log.touch()
    make = builder.markdown.make_markdown

    def note(text: str) -> None:
        with log.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(text) + "\n")

    def counting(base_path: str):  # type: ignore[no-untyped-def]
        markdown = make(base_path)
        render = markdown.render
        markdown.render = lambda text: note(text) or render(text)  # type: ignore
        return markdown

    def rendered() -> list[str]:
        return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]

    monkeypatch.setattr(builder.markdown, "make_markdown", counting)
    builder_ = Builder(corpus, ingest_seeds=False, workers=1, log=lambda line: None)
    builder_.build()
    entries = len(builder_.site.entries)  # type: ignore[union-attr]
    assert len(rendered()) == entries and len(set(rendered())) == entries
    Builder(corpus, ingest_seeds=False, workers=1, log=lambda line: None).build()
    assert len(rendered()) == entries
    _replace(_entry(corpus, 5), "\n\n", "\n\nA new paragraph.\n\n", 1)
    Builder(corpus, ingest_seeds=False, workers=1, log=lambda line: None).build()
    assert len(rendered()) == entries + 1 and "A new paragraph." in rendered()[-1]


def test_forked_workers_build_what_one_process_builds(unbuilt: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Entries are parsed and pages rendered on forked workers, which store the bodies and
    listing fragments they render themselves: a cold build on two of them, and an edit
    rebuilt from what they stored, equal one process's cold builds (`--workers 1`). The
    pool's threshold is lowered so that this small digest is shared out; counting the forks
    proves it was."""
    import builder.workers

    forks: list[int] = []
    fork = os.fork

    def counted_fork() -> int:
        forks.append(1)
        return fork()

    monkeypatch.setattr(builder.workers, "PARALLEL_THRESHOLD", 2)
    monkeypatch.setattr(os, "fork", counted_fork)
    Builder(unbuilt, workers=2, log=lambda line: None).build()
    assert len(forks) >= 2 * 2  # two workers for the parse, two for the render
    alone = _cold(unbuilt, tmp_path, "alone", "--no-search", "--workers", "1")
    assert site_bytes(unbuilt / "public") == alone
    forks.clear()
    EDITS["title"](unbuilt)
    result = Builder(unbuilt, workers=2, log=lambda line: None).build()
    assert result.rendered >= 2 and forks  # the pages showing the title, on workers too
    assert site_bytes(unbuilt / "public") == \
        _cold(unbuilt, tmp_path, "cold", "--no-search", "--workers", "1")


def test_nothing_changed_writes_nothing(corpus: Path) -> None:
    stamps = {p: p.stat().st_mtime_ns for p in (corpus / "public").rglob("*") if p.is_file()}
    result = run_digest(corpus, "build", check=True)
    assert " 0 rendered, 0 written" in result.stdout
    public = corpus / "public"  # the outputs it counts: every file but the index and marker
    outputs = [p for p in public.rglob("*") if p.is_file() and p.name != ".reversal-digest"
               and p.relative_to(public).parts[0] != "pagefind"]
    assert f"build: {len(outputs)} outputs, 0 rendered" in result.stdout
    assert stamps == {p: p.stat().st_mtime_ns for p in (corpus / "public").rglob("*")
                      if p.is_file()}


def test_a_file_changed_by_hand_in_public_is_put_back(corpus: Path) -> None:
    page = corpus / "public" / "companies" / "index.html"
    original = page.read_bytes()
    page.write_text("tampered")
    run_digest(corpus, "build", check=True)
    assert page.read_bytes() == original


def _build_killed_by(corpus: Path, patch: str) -> None:
    """A `digest build` of `corpus` in a subprocess where `patch` (Python run first, with
    `builder.publish` imported as `p`) makes it exit 9 part-way through publishing."""
    script = (f"import os\nfrom pathlib import Path\nimport builder.publish as p\n{patch}\n"
              f"from builder.build import build\nbuild(Path({str(corpus)!r}))\n")
    killed = subprocess.run([sys.executable, "-c", script], capture_output=True, cwd=REPO)
    assert killed.returncode == 9, killed.stderr


def _without_index(files: dict[str, bytes]) -> dict[str, bytes]:
    return {path: data for path, data in files.items() if not path.startswith("pagefind/")}


def test_an_interrupted_commit_is_finished_by_the_next_command(corpus: Path,
                                                               tmp_path: Path) -> None:
    _replace(_entry(corpus, 2), "title: ", "title: Changed ", 1)
    expected = _cold(corpus, tmp_path, "cold")
    # Stop the build right after it decided (COMMIT written), before it moved files in.
    _build_killed_by(corpus, "p.apply_journal = lambda root: os._exit(9)")
    stage = stage_dir(corpus / "public")
    assert (stage / COMMIT).exists()
    assert json.loads((stage / COMMIT).read_text())["put"]
    # (--no-search: the killed build made no index, and rebuilding it would be a commit)
    result = run_digest(corpus, "build", "--no-search", check=True)
    assert "finished publishing an interrupted build" in result.stdout
    assert " 0 rendered" in result.stdout  # what it finished was all there was to do...
    assert _without_index(site_bytes(corpus / "public")) == _without_index(expected)
    assert not list(corpus.glob(".digest-stage*"))  # ...and what it replaced is gone


def test_a_commit_killed_halfway_through_its_files_is_finished(unbuilt: Path,
                                                                  tmp_path: Path) -> None:
    corpus = unbuilt
    run_digest(corpus, "build", "--no-search", check=True)
    _replace(_entry(corpus, 2), "title: ", "title: Changed ", 1)
    expected = _cold(corpus, tmp_path, "cold")
    # Killed after the second replaced page got its second name, before it was replaced.
    _build_killed_by(corpus, "keep, calls = p._keep_aside, []\n"
                             "def dying(dest, aside):\n"
                             "    keep(dest, aside)\n"
                             "    calls.append(dest)\n"
                             "    if len(calls) == 2:\n"
                             "        os._exit(9)\n"
                             "p._keep_aside = dying")
    result = run_digest(corpus, "build", check=True)
    assert "finished publishing an interrupted build" in result.stdout
    assert site_bytes(corpus / "public") == expected
    assert not list(corpus.glob(".digest-stage*"))


def test_replaced_files_wait_for_tidy_when_it_is_deferred(unbuilt: Path) -> None:
    """serve deletes what a commit replaced after its reload event: until then the old bytes
    sit in the trash, never in public/; the next build of any kind clears them."""
    corpus = unbuilt
    builder = Builder(corpus, ingest_seeds=False, log=lambda _: None, serving=True)
    builder.build()
    entry = _entry(corpus, 4)
    _replace(entry, "title: ", "title: Deferred ", 1)
    builder.build({entry.resolve()})
    trash = corpus / ".digest-stage-public.old"
    kept = [p.read_text(encoding="utf-8") for p in (trash / "old").iterdir()]
    pages = [p.read_text(encoding="utf-8") for p in (corpus / "public").rglob("*.html")]
    assert kept and not any("Deferred " in text for text in kept)
    assert any("Deferred " in text for text in pages)
    builder.tidy()
    assert not trash.exists()
    _replace(entry, "title: ", "title: Again ", 1)
    builder.build({entry.resolve()})
    assert trash.exists()
    run_digest(corpus, "build", "--no-search", check=True)
    assert not list(corpus.glob(".digest-stage*"))


def test_an_uncommitted_stage_is_thrown_away(corpus: Path) -> None:
    before = site_bytes(corpus / "public")
    stage = stage_dir(corpus / "public")
    (stage / "files" / "entries").mkdir(parents=True)
    (stage / "files" / "index.html").write_text("half a build")
    result = run_digest(corpus, "build", check=True)
    assert "discarded the stage" in result.stdout
    assert site_bytes(corpus / "public") == before
    assert not stage.exists()


def test_a_journal_cut_short_by_a_power_failure_is_thrown_away(unbuilt: Path) -> None:
    """serve commits without fsync: after a power cut its COMMIT may be there but empty or
    cut short. The next build discards that stage and re-renders whatever public/ holds
    that the manifest does not vouch for (here a page the interrupted commit had replaced)."""
    corpus = unbuilt
    run_digest(corpus, "build", "--no-search", check=True)
    expected = site_bytes(corpus / "public")
    page = next((corpus / "public" / "entries").glob("*/index.html"))
    page.write_text("a page replaced by the commit the power cut interrupted")
    for journal in ("", '{"out": "'):
        stage = stage_dir(corpus / "public")
        (stage / "files").mkdir(parents=True)
        (stage / COMMIT).write_text(journal)
        result = run_digest(corpus, "build", "--no-search", check=True)
        assert "discarded the stage" in result.stdout
        assert site_bytes(corpus / "public") == expected
        assert not stage.exists()


def test_output_folder_on_another_disk(unbuilt: Path) -> None:
    """`--out` on another filesystem than the site (its `.cache/`): publishing still works,
    first build and incremental one alike."""
    corpus = unbuilt
    shm = Path("/dev/shm")
    if not shm.is_dir() or shm.stat().st_dev == corpus.stat().st_dev:
        pytest.skip("no second filesystem to publish to")
    out = shm / f"digest-test-{os.getpid()}"
    try:
        run_digest(corpus, "build", "--no-search", "--out", str(out), check=True)
        _replace(_entry(corpus, 4), "title: ", "title: Moved ", 1)
        result = run_digest(corpus, "build", "--no-search", "--out", str(out), check=True)
        assert " 0 rendered" not in result.stdout
        page = next(p for p in (out / "entries").glob("*/index.html")
                    if "Moved " in p.read_text(encoding="utf-8"))
        assert page.exists()
        assert not list(shm.glob(f".digest-stage-digest-test-{os.getpid()}"))
    finally:
        shutil.rmtree(out, ignore_errors=True)


def test_files_changed_by_hand_in_public_are_put_back_by_a_build_after_an_edit(
        corpus: Path) -> None:
    """The build after an edit checks public/ too (in a forked process, while it loads the
    entries): a page deleted and a page rewritten by hand come back as they were."""
    public = corpus / "public"
    deleted, rewritten = public / "companies" / "index.html", public / "tags" / "index.html"
    originals = deleted.read_bytes(), rewritten.read_bytes()
    deleted.unlink()
    rewritten.write_text("tampered")
    _replace(_entry(corpus, 2), "title: ", "title: Changed ", 1)
    result = run_digest(corpus, "build", "--no-search", check=True)
    assert " 0 rendered" not in result.stdout
    assert (deleted.read_bytes(), rewritten.read_bytes()) == originals


def test_the_build_after_an_edit_leaves_parsing_it_to_a_fork(corpus: Path,
                                                              tmp_path: Path) -> None:
    """`digest build` after an edit: the edited entry is parsed, and its body rendered into
    the store, by a process forked before the saved state loads (`entries.ParseAhead`), so
    the build itself imports neither the YAML nor the Markdown library; it publishes the
    bytes a cold build does."""
    _replace(_entry(corpus, 4), "\n\n", "\n\nAn *added* paragraph.\n\n", 1)
    script = ("import sys\nfrom builder.cli import main\n"
              f"assert main(['--site', {str(corpus)!r}, 'build']) == 0\n"
              "print(sorted(name for name in ('yaml', 'markdown_it') if name in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=REPO, check=True)
    assert " 0 rendered" not in done.stdout
    assert done.stdout.splitlines()[-1] == "[]"
    pages = site_bytes(corpus / "public")
    assert any(b"An <em>added</em> paragraph." in data for data in pages.values())
    assert pages == _cold(corpus, tmp_path, "cold")


def test_an_edit_the_fork_did_not_parse_is_parsed_by_the_build(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Should the forked parse fail, the build parses the edited entries itself."""
    def fail(self: ParseAhead) -> bytes:
        raise OSError("no answer")

    parsed_here: list[str] = []
    parse = _ParseJob.parse

    def parse_noted(self: _ParseJob, path: str, rel: str) -> Parsed:
        parsed_here.append(rel)
        return parse(self, path, rel)

    monkeypatch.setattr(ParseAhead, "_parse", fail)
    monkeypatch.setattr(_ParseJob, "parse", parse_noted)
    edited = _entry(corpus, 6), _entry(corpus, 8)
    _replace(edited[0], "title: ", "title: Edited ", 1)
    _replace(edited[1], "\n\n", "\n\nAnother paragraph.\n\n", 1)
    build(corpus, search=True, log=lambda _: None)
    assert parsed_here == [path.relative_to(corpus).as_posix() for path in edited]
    assert site_bytes(corpus / "public") == _cold(corpus, tmp_path, "cold")


def test_what_the_fork_parsed_is_taken_only_while_the_file_is_as_it_read_it(
        corpus: Path) -> None:
    """A file saved again after the fork read it (another size or time now) is left for
    the build to parse; one still as read is taken as the fork parsed it."""
    edited, kept = _entry(corpus, 10), _entry(corpus, 11)
    for path in (edited, kept):
        _replace(path, "title: ", "title: Edited ", 1)
    files = [(str(path), path.relative_to(corpus).as_posix()) for path in (edited, kept)]
    tz = load_config(corpus).tz
    ahead = ParseAhead(corpus, files, tz, "/")
    stats = {str(path): path.stat() for path in (edited, kept)}
    later = stats[str(edited)]  # saved again since the fork read it:
    stats[str(edited)] = SimpleNamespace(st_mtime_ns=later.st_mtime_ns + 1,
                                         st_size=later.st_size)
    fresh: dict = {}
    try:
        left = ahead.take(files, fresh, stats, tz)
    finally:
        ahead.close()
    assert left == files[:1]
    assert list(fresh) == [files[1][1]]
    assert fresh[files[1][1]][2].title.startswith("Edited ")
    assert fresh[files[1][1]][2].body == ""  # the model keeps no bodies


@pytest.mark.parametrize("slack", [0.0, 1.0])
def test_reversals_json_reads_its_event_items_at_once_from_the_bundle(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, slack: float) -> None:
    """reversals.json is made of every event's item: the build after an edit reads them
    whole from the bundle the last build kept (`Renderer.texts`) and asks the store only for
    the items the bundle lacks (the edited entry's events); it writes the bundle again only
    once it lacks more than `BUNDLE_SLACK` of them."""
    monkeypatch.setattr(builder.render, "BUNDLE_SLACK", slack)
    asked: list[str] = []
    get_many = TextStore.get_many

    def noting(self: TextStore, scope: str, keys: list[str]) -> dict[str, str]:
        asked.extend(keys)
        return get_many(self, scope, keys)

    monkeypatch.setattr(TextStore, "get_many", noting)
    [(scope, before)] = load(corpus, f"fragments-{EVENT_JSON}").items()
    edited = _entry(corpus, 5)
    _replace(edited, "title: ", "title: Edited ", 1)
    site = Builder(corpus, log=lambda _: None).build().site
    assert site is not None
    [entry] = [e for e in site.entries if e.rel_path == edited.relative_to(corpus).as_posix()]
    events = [site.event_by_slug[slug] for slug in site.events_of[entry.slug]]
    assert len(site.events) > len(events) >= 1
    items = [key for key in asked if key.startswith(f"{EVENT_JSON}|")]
    assert sorted(items) == sorted(event_fragment_keys(EVENT_JSON, site, events))
    [(_, after)] = load(corpus, f"fragments-{EVENT_JSON}").items()
    current = event_fragment_keys(EVENT_JSON, site, site.events)
    assert list(after) == (current if slack == 0.0 else list(before))
    build(corpus, search=True, log=lambda _: None)  # the search index, for the comparison
    assert site_bytes(corpus / "public") == _cold(corpus, tmp_path, "cold")
