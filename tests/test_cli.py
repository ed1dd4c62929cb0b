"""The command line as a newcomer meets it: `digest new`, options anywhere, -q, --version, the
last line of a build, a folder that is not a digest, and `--no-ingest` for a site's CI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from builder import __version__
from builder.config import default_topics, load_config
from tests.conftest import run_digest

SEED = """Acme Corp reverses its return-to-office mandate
Date: 2026-11-20
Source: Harbor Ledger

Acme Corp reversed its return-to-office mandate on Tuesday after staff protests, the company
said. Employees had been told to be in the office five days a week.
"""


def digest(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`digest ARGS…` in `cwd`, with no --site added."""
    return subprocess.run([sys.executable, "-m", "builder", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def new_site(tmp_path: Path) -> Path:
    result = digest(tmp_path, "new", "my-digest")
    assert result.returncode == 0, result.stderr
    return tmp_path / "my-digest"


def test_new_writes_a_site_that_builds_as_it_is(tmp_path: Path) -> None:
    site = new_site(tmp_path)
    files = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    assert files == {"site.yaml", ".gitignore", "README.md", "seeds/.gitkeep",
                     "content/entries/.gitkeep", ".github/workflows/pages.yml"}
    config = load_config(site)
    assert config.title == "My Digest"
    assert {tag: list(words) for tag, words in config.topics.items()} == default_topics()
    ignored = (site / ".gitignore").read_text().split()
    assert {"/public/", "/.cache/", "/.digest-*"} <= set(ignored)
    built = run_digest(site, "build", "--no-search", check=True)
    assert (site / "public" / "index.html").is_file(), built.stdout


def test_a_site_yaml_without_topics_gets_the_default_vocabulary(tmp_path: Path) -> None:
    (tmp_path / "site.yaml").write_text("title: Mine\n", encoding="utf-8")
    assert {tag: list(words) for tag, words in load_config(tmp_path).topics.items()} == \
        default_topics()
    (tmp_path / "site.yaml").write_text("title: Mine\ntopics: {}\n", encoding="utf-8")
    assert load_config(tmp_path).topics == {}


def test_the_new_sites_workflow_installs_this_version_and_never_ingests(tmp_path: Path) -> None:
    site = new_site(tmp_path)
    workflow = yaml.safe_load((site / ".github" / "workflows" / "pages.yml").read_text())
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert "pull_request" in triggers and triggers["push"]["branches"] == ["main"]
    build = workflow["jobs"]["build"]["steps"]
    runs = "\n".join(step.get("run", "") for step in build)
    assert f'"reversal-digest=={__version__}"' in runs
    assert "digest build --no-ingest" in runs
    cached = [step["with"] for step in build if step.get("uses", "").startswith("actions/cache")]
    assert cached and cached[0]["path"] == ".cache" and __version__ in cached[0]["key"]
    setup = next(s for s in build if s.get("uses", "").startswith("actions/setup-python"))
    assert setup["with"]["cache"] == "pip"
    deploy = workflow["jobs"]["deploy"]
    assert deploy["if"] == "github.event_name != 'pull_request'"


def test_new_refuses_a_folder_that_holds_anything(tmp_path: Path) -> None:
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "notes.txt").write_text("mine", encoding="utf-8")
    result = digest(tmp_path, "new", "taken")
    assert result.returncode == 1 and "is not empty" in result.stderr
    assert "nothing was written" in result.stderr
    assert [p.name for p in (tmp_path / "taken").iterdir()] == ["notes.txt"]


def test_options_go_before_or_after_the_command(tmp_path: Path) -> None:
    site = new_site(tmp_path)
    after = digest(tmp_path, "build", "--site", "my-digest", "--no-search", "-q")
    assert after.returncode == 0 and after.stdout == "" and after.stderr == ""
    before = digest(tmp_path, "-q", "--site", "my-digest", "build", "--no-search")
    assert before.returncode == 0 and before.stdout == ""
    loud = digest(tmp_path, "--site", "my-digest", "build", "--no-search")
    assert loud.stdout.splitlines()[-1].startswith("build: ")
    assert "→ my-digest/public/" in loud.stdout  # where the site went, as the user named it
    assert "\r" not in loud.stdout + loud.stderr  # no progress line when not on a terminal
    assert digest(site, "--version").stdout.strip() == f"digest {__version__}"


def test_a_folder_without_site_yaml_is_told_how_to_start_and_left_untouched(
        tmp_path: Path) -> None:
    result = digest(tmp_path, "build")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("site.yaml:1: not found")
    assert "digest new" in result.stderr
    assert list(tmp_path.iterdir()) == []  # no .digest-lock, no .cache/


def test_new_entry_starts_a_draft_that_the_build_leaves_out_and_says_so(tmp_path: Path) -> None:
    site = new_site(tmp_path)
    made = digest(site, "new", "entry", "Acme brings back remote Fridays")
    assert made.returncode == 0, made.stderr
    [entry] = (site / "content" / "entries").glob("*.md")
    assert entry.name.endswith("-acme-brings-back-remote-fridays.md")
    assert "draft: true" in entry.read_text(encoding="utf-8")
    assert run_digest(site, "check").returncode == 0
    built = run_digest(site, "build", "--no-search", check=True)
    assert built.stdout.splitlines()[-1].endswith("left out: 1 draft (--drafts shows them)")
    assert not (site / "public" / "entries").exists()
    again = run_digest(site, "build", "--no-search", check=True)  # nothing changed: still said
    assert again.stdout.splitlines()[-1].endswith("left out: 1 draft (--drafts shows them)")

    before = entry.read_bytes()
    twice = digest(site, "new", "entry", "Acme brings back remote Fridays")
    assert twice.returncode == 1 and "already exists" in twice.stderr
    assert entry.read_bytes() == before


def test_the_last_line_counts_future_dated_entries(tmp_path: Path) -> None:
    site = new_site(tmp_path)
    (site / "content" / "entries" / "2999-01-01-later.md").write_text(
        "---\ntitle: Later\ndate: 2999-01-01\n---\nNot yet.\n", encoding="utf-8")
    built = run_digest(site, "build", "--no-search", check=True)
    assert built.stdout.splitlines()[-1].endswith("left out: 1 future-dated (--drafts shows them)")


def test_no_ingest_refuses_seeds_that_have_no_entry_and_publishes_nothing(
        tmp_path: Path) -> None:
    site = new_site(tmp_path)
    (site / "seeds" / "acme.txt").write_text(SEED, encoding="utf-8")
    refused = run_digest(site, "build", "--no-ingest", "--no-search")
    assert refused.returncode == 1
    assert "seeds/acme.txt:1: not ingested: run `digest ingest` locally" in refused.stderr
    assert "commit content/" in refused.stderr
    assert not (site / "public").exists() and not list((site / "content").rglob("*.md"))

    run_digest(site, "ingest", check=True)
    published = run_digest(site, "build", "--no-ingest", "--no-search", check=True)
    assert "ingest" not in published.stdout
    assert list((site / "public" / "entries").iterdir())


def test_a_save_cut_short_by_a_kill_is_cleared_by_the_next_build(tmp_path: Path) -> None:
    """A build killed while it saved its state leaves `.cache/.state.PID.tmp` (the save is
    atomic, so the cache itself is whole): the next build deletes it."""
    site = new_site(tmp_path)
    run_digest(site, "build", "--no-search", check=True)
    leftover = site / ".cache" / ".state.99999.tmp"
    leftover.write_bytes(b"half a pickle")
    run_digest(site, "build", "--no-search", check=True)
    assert not leftover.exists()
