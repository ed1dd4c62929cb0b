"""The index of tags, with how many entries each has."""

from __future__ import annotations

from builder.kinds.groups import TAGS, GroupIndex


class Tags(GroupIndex):
    name = "tags"
    template = "tags.html"
    globs = ("tags/index.html",)
    grouping = TAGS
    folder = "tags"


KIND = Tags()
