"""A company's Atom feed: its newest entries (as much of each as `feed_body` says)."""

from __future__ import annotations

from builder.kinds.groups import COMPANIES, GroupFeed


class CompanyFeed(GroupFeed):
    name = "company_feed"
    grouping = COMPANIES


KIND = CompanyFeed()
