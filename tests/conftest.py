"""Shared fixtures: real site folders in a temp dir and the real CLI in a subprocess."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from builder.search import order_may_vary

REPO = Path(__file__).resolve().parent.parent
FIRST_SEED = "000_832470f0ba667d5d.txt"  # the user's first article, as delivered (../shared/seeds/)


def run_digest(site: Path, *args: str, check: bool = False,
               timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`digest --site SITE ARGS…` exactly as a user runs it, in a fresh process."""
    result = subprocess.run([sys.executable, "-m", "builder", "--site", str(site), *args],
                            capture_output=True, text=True, timeout=timeout, cwd=site)
    if check and result.returncode != 0:
        raise AssertionError(f"digest {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


def tree_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` by relative path: equal dicts mean byte-identical trees."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def site_bytes(folder: Path) -> dict[str, bytes]:
    """`tree_bytes` less the one documented exception to byte-identical output: Pagefind
    writes its filter and metadata files in arbitrary order (Pagefind/pagefind#638)."""
    return {path: data for path, data in tree_bytes(folder).items() if not order_may_vary(path)}


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A copy of this repository's site (settings, theme and the user's first seed). The seed
    prints no date, so ingest would hold its entry as a draft for review: the copy is given
    the date an editor would (DESIGN.md's), as a `Date:` header line, so that it publishes."""
    root = tmp_path / "site"
    root.mkdir()
    shutil.copy(REPO / "site.yaml", root / "site.yaml")
    dated_first_seed(root / "seeds")
    shutil.copytree(REPO / "templates", root / "templates")
    return root


def dated_first_seed(seeds: Path) -> Path:
    """The user's first seed copied into `seeds`, with the date an editor would give it as a
    `Date:` header line: the article prints none, so ingest would hold it for review."""
    seeds.mkdir(parents=True, exist_ok=True)
    seed = seeds / FIRST_SEED
    text = (REPO / "seeds" / FIRST_SEED).read_text("utf-8")
    seed.write_text("Date: 2026-11-24\n\n" + text, "utf-8")
    return seed
