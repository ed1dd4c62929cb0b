"""The registry of output kinds: every kind of file the build publishes, one module each.

`plan`, `replan`, the render order, the search globs and the renderer are generic over
`KINDS`. To add a kind of output: write a module here with a `Kind` subclass (see `base.py`
and docs/ARCHITECTURE.md), and add it to `KINDS`. The list's order is the plan's order.
"""

from __future__ import annotations

from builder.kinds import (
    archive,
    archive_month,
    companies,
    companies_json,
    company,
    company_feed,
    entry,
    event,
    feed,
    fixed,
    home,
    reversals_csv,
    reversals_json,
    reversals_table,
    sitemap,
    static,
    tag,
    tag_feed,
    tags,
)
from builder.kinds.base import Kind, Output, Planner

KINDS: tuple[Kind, ...] = (
    home.KIND, entry.KIND, companies.KIND, company.KIND, company_feed.KIND, tags.KIND,
    tag.KIND, tag_feed.KIND, event.KIND, reversals_table.KIND, archive.KIND,
    archive_month.KIND, feed.KIND, sitemap.KIND,
    fixed.ROBOTS, fixed.NOTFOUND, fixed.SEARCH, fixed.NOJEKYLL, fixed.CNAME,
    reversals_json.KIND, reversals_csv.KIND, companies_json.KIND, static.KIND,
)

KIND_NAMED: dict[str, Kind] = {kind.name: kind for kind in KINDS}
assert len(KIND_NAMED) == len(KINDS), "two kinds share a name"

__all__ = ["KINDS", "KIND_NAMED", "Kind", "Output", "Planner"]
