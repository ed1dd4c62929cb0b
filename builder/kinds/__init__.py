"""The registry of output kinds: every kind of file the build publishes, one module each.

`plan`, `replan`, the render order, the search globs and the renderer are generic over
`KINDS`. To add a kind of output: write a module here with a `Kind` subclass (see `base.py`
and docs/ARCHITECTURE.md), and add it to `KINDS`. The list's order is the plan's order.
"""

from __future__ import annotations

from builder.kinds import (
    companies,
    company,
    company_feed,
    entry,
    feed,
    fixed,
    home,
    reversals_json,
    sitemap,
    static,
    tag,
    tags,
)
from builder.kinds.base import Kind, Output, Planner

KINDS: tuple[Kind, ...] = (
    home.KIND, entry.KIND, companies.KIND, company.KIND, company_feed.KIND, tags.KIND,
    tag.KIND, feed.KIND, sitemap.KIND, fixed.ROBOTS, fixed.NOTFOUND, fixed.SEARCH,
    fixed.NOJEKYLL, fixed.CNAME, reversals_json.KIND, static.KIND,
)

KIND_NAMED: dict[str, Kind] = {kind.name: kind for kind in KINDS}
assert len(KIND_NAMED) == len(KINDS), "two kinds share a name"

__all__ = ["KINDS", "KIND_NAMED", "Kind", "Output", "Planner"]
