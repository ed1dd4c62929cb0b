"""Nothing outside the site is read, published or deleted, through the real CLI (issue 13):
`--out` never replaces a folder the digest did not make, a link out of the site is never
read, pipes and devices never hang a build, and ingest never writes entries the build refuses.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO, run_digest, tree_bytes
from tests.test_reliability_support import (
    GOOD_ENTRY,
    SITE_YAML,
    assert_clean_failure,
    entry,
    make_site,
    reported_lines,
    with_settings,
)

SECRET = "http.extraheader = AUTHORIZATION: basic c2VjcmV0LXRva2Vu"


def _published_text(public: Path) -> str:
    return "".join(data.decode("utf-8", "replace") for data in tree_bytes(public).values())


def _site_snapshot(root: Path) -> dict[str, bytes]:
    """Every file of the site but the build's own lock and cache."""
    return {path: data for path, data in tree_bytes(root).items()
            if not path.startswith((".cache/", ".digest-lock"))}


def test_out_replaces_only_a_folder_the_digest_made(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    docs = root / "docs"
    docs.mkdir()
    (docs / "notes.txt").write_text("mine\n", encoding="utf-8")
    run_digest(root, "ingest", check=True)
    before = _site_snapshot(root)
    for out in ("docs", "content", "content/entries", "templates", ".", "..", "site.yaml"):
        result = run_digest(root, "build", "--no-search", "--out", out)
        assert_clean_failure(result)
        assert "output folder" in result.stderr and "nothing was changed" in result.stderr
        assert _site_snapshot(root) == before, out
    assert "notes.txt" in run_digest(root, "build", "--out", "docs").stderr
    # a new or empty folder is fine, and stays the digest's to replace
    (root / "empty").mkdir()
    for out in ("empty", "new", "new"):
        run_digest(root, "build", "--no-search", "--out", out, check=True)
    (root / "content" / "entries" / "2026-11-20-good.md").write_text(
        entry(title="Meta walks back its AI mandate again"), encoding="utf-8")
    run_digest(root, "build", "--no-search", "--out", "new", check=True)
    assert "again" in (root / "new" / "index.html").read_text("utf-8")


def test_public_from_before_the_marker_is_still_the_digests(tmp_path: Path) -> None:
    """A site built before builds left their marker: its cache vouches for public/."""
    root = make_site(tmp_path / "site")
    run_digest(root, "build", "--no-search", check=True)
    (root / "public" / ".reversal-digest").unlink()
    (root / "content" / "entries" / "2026-11-20-good.md").write_text(
        entry(title="Meta walks back its AI mandate again"), encoding="utf-8")
    run_digest(root, "build", "--no-search", check=True)
    assert (root / "public" / ".reversal-digest").is_file()


def test_a_link_out_of_the_site_is_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "git-config"
    secret.write_text(f"[http]\n\t{SECRET}\n", encoding="utf-8")
    root = make_site(tmp_path / "site")
    (root / "seeds" / "notes.txt").symlink_to(secret)
    (root / "seeds" / "passwd.txt").symlink_to("/etc/passwd")
    result = run_digest(root, "build", "--no-search")
    assert_clean_failure(result, "seeds/notes.txt", "seeds/passwd.txt")
    assert "outside the site folder" in result.stderr
    assert (root / "public" / "index.html").is_file()  # the rest is published
    assert "extraheader" not in _published_text(root / "public")
    assert "root:" not in _published_text(root / "public")
    assert not list((root / "content" / "entries").glob("*notes*"))
    outside_entry = tmp_path / "2026-11-21-leak.md"
    outside_entry.write_text(entry(summary=f"'{SECRET}'"), encoding="utf-8")
    link = root / "content" / "entries" / "2026-11-21-leak.md"
    link.symlink_to(outside_entry)
    before = tree_bytes(root / "public")
    for command in ("build", "check"):
        assert_clean_failure(run_digest(root, command), "content/entries/2026-11-21-leak.md")
    link.unlink()
    (root / "templates" / "static" / "leak.txt").symlink_to(secret)
    assert_clean_failure(run_digest(root, "build"), "templates/static/leak.txt")
    assert tree_bytes(root / "public") == before


def test_a_site_yaml_or_templates_linked_from_outside_are_refused(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", theme=False)
    (tmp_path / "theme").symlink_to(REPO / "templates")
    (root / "templates").symlink_to(tmp_path / "theme")
    assert_clean_failure(run_digest(root, "build", "--no-search"), "templates")
    (root / "templates").unlink()
    (tmp_path / "site.yaml").write_bytes((root / "site.yaml").read_bytes())
    (root / "site.yaml").unlink()
    (root / "site.yaml").symlink_to(tmp_path / "site.yaml")
    for command in ("build", "check"):
        assert_clean_failure(run_digest(root, command), "site.yaml")
    assert not (root / "public").exists()


def test_pipes_devices_and_huge_files_never_hang_or_fill_memory(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    entries = root / "content" / "entries"
    os.mkfifo(entries / "2026-11-21-fifo.md")
    (entries / "2026-11-22-zero.md").symlink_to("/dev/zero")
    (entries / "2026-11-23-huge.md").write_bytes(GOOD_ENTRY.encode() + b"x" * (6 << 20))
    os.mkfifo(root / "seeds" / "pipe.txt")
    (root / "seeds" / "new.txt").write_text(  # a new seed: ingest reads the entries' heads
        "Meta reverses course\n\nMeta is reversing its decision to require AI use.\n", "utf-8")
    for command in ("check", "build", "ingest"):
        result = run_digest(root, command, timeout=60)  # hung, it would time out
        if command == "ingest":
            assert_clean_failure(result, "seeds/pipe.txt")
            continue
        assert_clean_failure(result, "content/entries/2026-11-21-fifo.md",
                             "content/entries/2026-11-22-zero.md",
                             "content/entries/2026-11-23-huge.md")
        assert "too large" in result.stderr and "named pipe" in result.stderr


def test_ingest_makes_unique_slugs_and_skips_a_second_copy(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", entries={})
    seeds = root / "seeds"
    article = "Meta is reversing its decision to require AI use, the company said on Monday.\n"
    for name, date in (("a.md", "2026-11-20"), ("b.md", "2026-11-21")):
        (seeds / name).write_text(f"---\ntitle: Meta reverses course\ndate: {date}\n---\n"
                                  f"{article}{name}\n", encoding="utf-8")
    (seeds / "copy-a.md").write_bytes(
        (seeds / "a.md").read_bytes().replace(b"\n", b"\r\n").replace(b" is ", b"  is "))
    result = run_digest(root, "ingest", check=True)
    assert "seeds/copy-a.md: skipped, the same text as seeds/a.md" in result.stdout
    assert len(list((root / "content" / "entries").glob("*.md"))) == 2
    # b.md is the same story under the same headline: a draft, held for an editor's look
    assert result.stdout.count("possible duplicate of content/entries/") == 1
    run_digest(root, "build", "--no-search", "--drafts", check=True)
    assert len(list((root / "public" / "entries").iterdir())) == 2
    again = run_digest(root, "ingest", "--force", str(seeds / "copy-a.md"), check=True)
    assert "the same text as seeds/a.md" in again.stdout


def test_ingest_never_takes_an_entry_for_a_seed(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    before = _site_snapshot(root)
    path = root / "content" / "entries" / "2026-11-20-good.md"
    result = run_digest(root, "ingest", str(path))
    assert_clean_failure(result, "content/entries/2026-11-20-good.md")
    assert "not a seed" in result.stderr
    assert _site_snapshot(root) == before


def test_ingest_waits_for_no_one_and_corrupts_nothing_while_a_build_runs(tmp_path: Path) -> None:
    """Ingest takes the build's lock: while another command holds it, ingest writes nothing."""
    root = make_site(tmp_path / "site", entries={})
    (root / "seeds" / "a.txt").write_text(
        "Meta reverses course\n\nMeta is reversing its decision to require AI use.\n", "utf-8")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, sys; f = open(sys.argv[1], 'a+'); "
         "fcntl.flock(f, fcntl.LOCK_EX); print('locked', flush=True); sys.stdin.read()",
         str(root / ".digest-lock")], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        result = run_digest(root, "ingest")
        assert_clean_failure(result, ".digest-lock")
        assert "another build of this site is running" in result.stderr
        assert not (root / "content" / ".ingest.yaml").exists()
        assert not list((root / "content" / "entries").glob("*.md"))
    finally:
        holder.communicate("")
    run_digest(root, "ingest", check=True)
    assert len(list((root / "content" / "entries").glob("*.md"))) == 1


# --- failures of the machine, and inputs that would be dropped without a word ----------------

def _as_nobody() -> list[str]:
    """The command prefix that drops root's privileges (CAP_DAC_OVERRIDE with the rest), or
    a skip: a permission test run as root proves nothing."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run the digest as nobody")
    prefix = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups",
              "--inh-caps=-all"]
    probe = subprocess.run([*prefix, sys.executable, "-c", "import builder"],
                           capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"cannot run the digest as nobody here: {probe.stderr.strip()[-200:]}")
    return prefix


@pytest.fixture
def nobody_site(tmp_path: Path) -> Iterator[tuple[Path, list[str]]]:
    """A built site owned by nobody, in a folder nobody can reach, and the command prefix
    to run the digest as nobody."""
    prefix = _as_nobody()
    folder = Path(tempfile.mkdtemp(prefix="digest-nobody-"))
    try:
        folder.chmod(0o755)
        root = make_site(folder / "site")
        for path in [root, *root.rglob("*")]:
            shutil.chown(path, "nobody", "nogroup")
        yield root, prefix
    finally:
        subprocess.run(["chmod", "-R", "u+rwx", str(folder)], check=False)
        shutil.rmtree(folder, ignore_errors=True)


def _digest_as(prefix: list[str], root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*prefix, sys.executable, "-m", "builder", "--site", str(root), *args],
                          capture_output=True, text=True, timeout=120, cwd=root)


def _retitle(root: Path) -> None:
    (root / "content" / "entries" / "2026-11-20-good.md").write_text(
        entry(title="Meta walks back its AI mandate again"), encoding="utf-8")


def test_read_only_folders_are_messages_and_publish_nothing(
        nobody_site: tuple[Path, list[str]]) -> None:
    root, nobody = nobody_site
    assert _digest_as(nobody, root, "build", "--no-search").returncode == 0
    before = tree_bytes(root / "public")
    _retitle(root)
    for folder in ("public/companies/meta", ".cache", "public", "."):
        (root / folder).chmod(0o555)
        try:
            result = _digest_as(nobody, root, "build", "--no-search")
        finally:
            (root / folder).chmod(0o755)
        assert_clean_failure(result)
        assert tree_bytes(root / "public") == before, folder
        assert not list(root.glob(".digest-stage-*")), folder
    assert _digest_as(nobody, root, "build", "--no-search").returncode == 0
    assert "again" in (root / "public" / "index.html").read_text("utf-8")


def test_an_unreadable_folder_of_entries_or_seeds_is_named(
        nobody_site: tuple[Path, list[str]]) -> None:
    root, nobody = nobody_site
    folder = root / "content" / "entries" / "2025"
    folder.mkdir()
    (folder / "2025-01-01-old.md").write_text(entry(title="Old"), encoding="utf-8")
    folder.chmod(0o000)
    for command in ("check", "build"):
        result = _digest_as(nobody, root, command)
        assert_clean_failure(result, "content/entries/2025")
    folder.chmod(0o755)
    (root / "seeds").chmod(0o000)
    for command in ("build", "ingest"):
        assert_clean_failure(_digest_as(nobody, root, command), "seeds")


def test_a_full_disk_is_a_message_and_leaves_no_stage(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.strip()}")
    try:
        root = make_site(disk / "site")
        run_digest(root, "build", "--no-search", check=True)
        before = tree_bytes(root / "public")
        for day in range(1, 10):
            (root / "content" / "entries" / f"2026-11-0{day}-e{day}.md").write_text(
                entry(title=f"Meta walks back mandate {day}", date=f"2026-11-0{day}"), "utf-8")
        free = shutil.disk_usage(disk).free
        (disk / "filler").write_bytes(b"\0" * max(0, free - 24 * 1024))
        result = run_digest(root, "build", "--no-search")
        assert_clean_failure(result)
        assert "disk is full" in result.stderr or "cannot be written" in result.stderr
        assert tree_bytes(root / "public") == before
        assert not list((disk / "site").glob(".digest-stage-*"))
    finally:
        subprocess.run(["umount", str(disk)], check=False)


RUNAWAY = {
    "divide": ("{{ 1 // 0 }}", "ZeroDivisionError"),
    "recurse": ("{% macro r(n) %}{{ r(n) }}{% endmacro %}{{ r(1) }}", "recursion too deep"),
    "forever": ("{% for i in range(10**12) %}{% endfor %}", "took more than 1 s"),
    "memory": ("{{ 'x' * 10**15 }}", "ran out of memory"),
}


@pytest.mark.parametrize("case", sorted(RUNAWAY))
def test_a_failing_template_is_stopped_at_its_line(tmp_path: Path, case: str) -> None:
    root = make_site(tmp_path / "site", site_yaml=SITE_YAML + "timeout: 1\n")
    run_digest(root, "build", "--no-search", check=True)
    before = tree_bytes(root / "public")
    _retitle(root)
    base = root / "templates" / "base.html"
    code, message = RUNAWAY[case]
    base.write_text(f"{code}\n{base.read_text('utf-8')}", encoding="utf-8")
    result = run_digest(root, "build", "--no-search", timeout=60)
    assert_clean_failure(result, "templates/base.html")
    assert reported_lines(result.stderr, "templates/base.html") == [1]
    assert message in result.stderr
    assert tree_bytes(root / "public") == before
    assert not list(root.glob(".digest-stage-*"))


def test_a_template_that_is_not_utf8_is_named_at_its_line(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    base = root / "templates" / "base.html"
    base.write_bytes(b"<!doctype html>\n<p>Caf\xe9</p>\n" + base.read_bytes())
    result = run_digest(root, "build", "--no-search")
    assert_clean_failure(result, "templates/base.html")
    assert reported_lines(result.stderr, "templates/base.html") == [2]


def test_inputs_that_would_be_dropped_are_named(tmp_path: Path) -> None:
    long_name = "2026-11-21-" + "a" * 225 + ".md"
    root = make_site(tmp_path / "site", entries={
        "2026-11-20-good.md": GOOD_ENTRY,
        "2026-11-22-upper.MD": entry(title="Upper"),
        long_name: entry(title="Long"),
    })
    entries = root / "content" / "entries"
    (entries / "2026-11-23-loop.md").symlink_to(entries / "2026-11-23-loop.md")
    (entries / "folder-link").symlink_to(root / "content")
    for command in ("check", "build"):
        result = run_digest(root, command)
        assert_clean_failure(result, "content/entries/2026-11-22-upper.MD",
                             "content/entries/2026-11-23-loop.md",
                             "content/entries/folder-link", f"content/entries/{long_name}")
        assert reported_lines(result.stderr, f"content/entries/{long_name}") == [1]
        assert "the limit is 200" in result.stderr
    assert not (root / "public").exists()


BAD_SETTINGS = {
    "cname": (("cname", '"digest.example.com\\nevil: 1"'), "'cname' must be a domain name"),
    "space": (("base_url", '"https://x/a b/"'), "may not hold spaces"),
    "dots": (("base_url", "/../../"), "'..' segments"),
    "timeout": (("timeout", "0"), "'timeout' must be more than 0"),
}


@pytest.mark.parametrize("case", sorted(BAD_SETTINGS))
def test_bad_settings_are_named(tmp_path: Path, case: str) -> None:
    (key, value), message = BAD_SETTINGS[case]
    root = make_site(tmp_path / "site", site_yaml=with_settings(SITE_YAML, **{key: value}))
    for command in ("check", "build"):
        result = run_digest(root, command)
        assert_clean_failure(result, "site.yaml")
        assert message in result.stderr
    assert not (root / "public").exists()


def test_an_empty_site_yaml_is_missing_its_title(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", site_yaml="# title is required\n")
    for command in ("check", "build"):
        result = run_digest(root, command)
        assert_clean_failure(result, "site.yaml")
        assert "missing 'title'" in result.stderr


def test_pages_and_their_search_index_are_published_in_one_commit(tmp_path: Path) -> None:
    """Pagefind indexes the new pages before any is published: a wrapper around it records
    what public/ showed meanwhile (still the old title), then the two arrive together."""
    from pagefind.service import get_executable

    real = get_executable()
    if real is None:
        pytest.skip("the Pagefind binary is not installed")
    root = make_site(tmp_path / "site")
    run_digest(root, "build", check=True)
    seen = tmp_path / "seen"
    wrapper = tmp_path / "pagefind"
    wrapper.write_text(f"#!/bin/sh\ncat '{root}/public/index.html' > '{seen}'\n"
                       f"exec '{real}' \"$@\"\n", encoding="utf-8")
    wrapper.chmod(0o755)
    _retitle(root)
    result = subprocess.run([sys.executable, "-m", "builder", "--site", str(root), "build"],
                            capture_output=True, text=True, timeout=120, cwd=root,
                            env={**os.environ, "PAGEFIND_BINARY_PATH": str(wrapper)})
    assert result.returncode == 0, result.stderr
    assert "search: index rebuilt" in result.stdout
    assert "again" not in seen.read_text("utf-8")  # indexed while the old site was up
    assert "again" in (root / "public" / "index.html").read_text("utf-8")
    again = run_digest(root, "build", check=True)
    assert "search:" not in again.stdout  # the index already matched the pages


def test_a_journal_that_cannot_complete_is_rolled_back_not_replayed_forever(
        nobody_site: tuple[Path, list[str]]) -> None:
    """A killed build left a committed journal, and a folder of public/ turned read-only
    before the next build: that build undoes what it had applied and says why, instead of
    failing with the same traceback on every build after."""
    import json
    from urllib.parse import quote

    root, nobody = nobody_site
    assert _digest_as(nobody, root, "build", "--no-search").returncode == 0
    public = root / "public"
    before = tree_bytes(public)
    stage = root / ".digest-stage-public"
    puts = ["companies/index.html", "companies/meta/index.html"]
    for rel in puts:
        staged = stage / "files" / quote(rel, safe="")
        staged.parent.mkdir(parents=True, exist_ok=True)
        staged.write_text("<p>half of a new site</p>\n", encoding="utf-8")
    (stage / "COMMIT").write_text(json.dumps({"out": str(public), "swap": False, "put": puts,
                                              "delete": [], "extras": {}}), encoding="utf-8")
    subprocess.run(["chown", "-R", "nobody:nogroup", str(stage)], check=True)
    (public / "companies" / "meta").chmod(0o555)
    try:
        result = _digest_as(nobody, root, "build", "--no-search")
    finally:
        (public / "companies" / "meta").chmod(0o755)
    assert_clean_failure(result, "public/companies/meta/index.html")
    assert "the site was left as it was" in result.stderr
    assert tree_bytes(public) == before
    assert not stage.exists()
    assert _digest_as(nobody, root, "build", "--no-search").returncode == 0


def test_the_timeout_stops_a_runaway_template_in_the_render_workers(tmp_path: Path) -> None:
    """Enough pages for forked render workers: each keeps the timeout itself, and the build
    stops with the template's line instead of waiting for them for ever."""
    root = tmp_path / "site"
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "gen_corpus.py"), "--entries",
                    "250", "--out", str(root)], check=True, capture_output=True, timeout=120)
    with open(root / "site.yaml", "a", encoding="utf-8") as handle:
        handle.write("timeout: 1\n")
    shutil.copytree(REPO / "templates", root / "templates")
    entry_page = root / "templates" / "entry.html"
    entry_page.write_text("{% for i in range(10**12) %}{% endfor %}\n"
                          + entry_page.read_text("utf-8"), encoding="utf-8")
    result = run_digest(root, "build", "--no-search", "--workers", "2", timeout=90)
    assert_clean_failure(result, "templates/entry.html")
    assert "took more than 1 s" in result.stderr
    assert not (root / "public").exists()
    assert not list(root.glob(".digest-stage-*"))
