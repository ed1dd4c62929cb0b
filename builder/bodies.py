"""Entry bodies as HTML: each rendered from Markdown once per version of its entry.

There is no separate Markdown pass before the pages: a page asks for the bodies it shows, and
gets them from the store (`.cache/bodies.sqlite`, what earlier builds rendered) or renders
them on the spot, in whichever render worker needs them. So an entry's page is out as soon as
its own body is, and the search index gets its first pages while most are still to come.
The bodies a worker rendered are stored by that worker (`store_new`), not sent back.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from builder.cache import StoredTexts, TextStore
from builder.content import Entry
from builder.errors import SiteError
from builder.frontmatter import split
from builder.safety import InputRefused, read_input

if TYPE_CHECKING:
    from markdown_it import MarkdownIt


class Bodies:
    def __init__(self, store: TextStore, base_path: str, root: Path,
                 markdown: MarkdownIt | None = None):
        self._stored = StoredTexts(store, base_path)
        self._base_path = base_path
        self._root = root
        # The parser for base_path; made (and markdown_it imported) when needed if not given.
        self._markdown = markdown
        self._new: dict[str, str] = {}
        # What `prefetch` found in the store for the pages at hand, and what it did not.
        self._fetched: dict[str, str] = {}
        self._absent: set[str] = set()

    def prefetch(self, entries: list[Entry]) -> None:
        """Look up the stored bodies of a chunk's entry pages in one query: a cold build would
        otherwise make one query a page, only to find nothing."""
        wanted = [e.digest for e in entries if e.digest not in self._new]
        self._fetched.update(self._stored.get_many(wanted))
        self._absent.update(digest for digest in wanted if digest not in self._fetched)

    def html(self, entry: Entry) -> str:
        found = self._new.get(entry.digest)
        if found is None:
            found = self._fetched.get(entry.digest)
        if found is None and entry.digest not in self._absent:
            found = self._stored.get(entry.digest)
        if found is None:
            if self._markdown is None:
                from builder.markdown import make_markdown

                self._markdown = make_markdown(self._base_path)
            found = self._new[entry.digest] = self._markdown.render(
                entry.body or body_of(self._root, entry))
        return found

    def store_new(self) -> None:
        """Store the bodies rendered since the last call, from this process, and forget them
        here: sent back to the build instead, each chunk's (megabytes of HTML) would be
        pickled, queued and unpickled there, and the build's heap would stay that big."""
        self._stored.put_many(self._new)
        self._new, self._fetched, self._absent = {}, {}, set()


def body_of(root: Path, entry: Entry) -> str:
    """The Markdown body of an entry that came from the cache (which keeps no bodies)."""
    try:
        text = read_input(root, root / entry.rel_path).decode("utf-8-sig")
        return split(text, entry.rel_path).body
    except (OSError, UnicodeDecodeError, SiteError, InputRefused):
        return ""
