"""What the ingest probes (tests/test_ingest_unseen*.py, tests/test_ingest_phrasings*.py)
share."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from builder.config import SiteConfig, load_config
from builder.ingest import seed_to_entry

REPO = Path(__file__).resolve().parent.parent


def known_failures(cases: list, failing: set[int], reason: str) -> list:
    """The cases with the ids in `failing` marked as strict expected failures: what ingest
    still gets wrong is on record, and a fix shows up as an unexpected pass."""
    return [
        pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=reason))
        if index in failing
        else case
        for index, case in enumerate(cases)
    ]


@cache
def repo_config() -> SiteConfig:
    """This repository's settings and gazetteer, as a site built from it would have them."""
    return load_config(REPO)


def ingested(tmp_path: Path, text: str, date: str) -> dict[str, Any]:
    """The front matter ingest writes for `text` as a seed dated `date` (its `Date:` line,
    then the text's own `Title:` line if it opens with one)."""
    path = tmp_path / "probe.txt"
    header = "" if text.startswith("Title:") else "\n"
    path.write_text(f"Date: {date}\n{header}{text}\n", "utf-8")
    return seed_to_entry(path, repo_config())[0]


def ingest_seed(tmp_path: Path, text: str, date: str, *, dated: bool = True,
                name: str = "a.txt") -> dict[str, Any]:
    """The front matter ingest writes for `text` as the seed `name`, after a `Date: {date}`
    line and a blank line when `dated` (the company probes' form: a `Title:` line of the
    text is read as the body's)."""
    path = tmp_path / name
    path.write_text((f"Date: {date}\n\n" if dated else "") + text + "\n", "utf-8")
    return seed_to_entry(path, repo_config())[0]


def ingest_page(tmp_path: Path, page: str) -> dict[str, Any]:
    """The front matter ingest writes for a saved web page, as saved."""
    path = tmp_path / "page.html"
    path.write_text(page, "utf-8")
    return seed_to_entry(path, repo_config())[0]


def credited_in(tmp_path: Path, text: str, date: str) -> set[str]:
    """The companies credited with a reversal when `text` is ingested as a seed of `date`."""
    return {reversal["company"] for reversal in ingested(tmp_path, text, date)["reversals"]}
