"""`digest check`: every problem in site.yaml and the entries, without building anything."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from builder.build import load_entries
from builder.config import load_config
from builder.errors import Problem, SiteError
from builder.site import build_site, entry_path


def check(root: Path) -> list[Problem]:
    """All problems at once, sorted by file and line; an empty list means the site is sound."""
    try:
        config = load_config(root)
    except SiteError as error:
        return error.problems
    try:
        entries = load_entries(root, config)
        site = build_site(config, entries, include_drafts=True, now=datetime.now(UTC))
    except SiteError as error:
        return error.problems
    return sorted(_broken_internal_links(site))


def _broken_internal_links(site) -> list[Problem]:  # noqa: ANN001 - Site, kept import-light
    """Links in entry bodies to `/entries/<slug>/` pages that no entry has."""
    known = {"/" + entry_path(e) for e in site.entries}
    problems = []
    for entry in site.entries:
        for line, target in entry.links:
            path = target.split("#", 1)[0].split("?", 1)[0]
            if path.startswith("/entries/") and (path if path.endswith("/") else path + "/") \
                    not in known:
                problems.append(Problem(entry.rel_path, line, f"link to {target}: no such entry"))
    return problems
