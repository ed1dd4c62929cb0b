"""A topic's Atom feed: its newest entries (as much of each as `feed_body` says)."""

from __future__ import annotations

from builder.kinds.groups import TAGS, GroupFeed


class TagFeed(GroupFeed):
    name = "tag_feed"
    grouping = TAGS


KIND = TagFeed()
