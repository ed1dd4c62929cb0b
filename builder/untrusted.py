"""Checks on text taken from input (entries, site.yaml, seeds) before it can reach a page
(`safety` is about which files may be read at all).

Shared by `content`, `config` and `ingest`, so a name or a link is held to one rule wherever
it was written.
"""

from __future__ import annotations

import re

_SAFE_URL = re.compile(r"https?://[^\s/?#]+(?:[/?#]\S*)?", re.I)
# `<`, `>` and character references that make them (`&lt`, `&#60;`: browsers need no `;`)
_MARKUP = re.compile(r"[<>]|&(?:#|lt|gt)", re.I)


def has_markup(name: str) -> bool:
    """Whether a name holds `<`, `>` or a character reference that becomes one."""
    return _MARKUP.search(name) is not None


def is_safe_url(url: str) -> bool:
    """Whether `url` may be a link target taken from input: an absolute http(s) URL only."""
    return _SAFE_URL.fullmatch(url) is not None
