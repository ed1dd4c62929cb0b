"""What the analysis of an article works on: its sentences, the names found in each, and
what the page says of its outlet outside its sentences. Shared by `extract` (who the article
is about and what they reversed) and `publisher` (which outlet published it)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Mention:
    start: int
    end: int
    name: str
    kind: str  # company, outlet, person, anaphor
    listed: bool = True  # False: a company no gazetteer lists, found by how the text speaks


@dataclass
class Sentence:
    text: str
    is_title: bool = False
    mentions: list[Mention] = field(default_factory=list)


@dataclass(frozen=True)
class PageClues:
    """What the seed says of its outlet outside its sentences: its masthead lines, editor's
    notes about where it first ran, and its address."""

    mastheads: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()
    url: str | None = None
