"""A tag's pages: the entries that carry it, `per_page` a page (`/tags/<slug>/page/N/`)."""

from __future__ import annotations

from builder.kinds.groups import TAGS, GroupPages


class TagPage(GroupPages):
    name = "tag"
    template = "tag.html"
    globs = ("tags/*/index.html", "tags/*/page/*/index.html")
    grouping = TAGS


KIND = TagPage()
