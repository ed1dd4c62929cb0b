"""Possible duplicates: a new entry whose headline or text is very close to an existing one's.

A seed with exactly the text of one already ingested is skipped (`text_fingerprint`). The same
story saved from another page, with a changed headline, a corrected paragraph or an outlet's
own opening, is not the same text, and would make a second entry for one report. Ingest cannot
tell an update from a copy, so such an entry is written as a draft whose `review:` names the
other entry: an editor keeps one, merges them, or clears the reason when they differ.
"""

from __future__ import annotations

import re
import zlib
from array import array
from dataclasses import dataclass, field
from difflib import SequenceMatcher

DUPLICATE = "possible duplicate"
# How much of a body is compared: copies of one story share their opening paragraphs.
BODY_CHARS = 2500
# Headlines this alike (difflib's ratio on lower-case words) name one report: "Meta drops
# its AI task force" and "Meta drops its AI task-force plan"; "Acme drops X" and "Apex drops X"
# are further apart than this once the company names differ by more than a letter or two.
TITLE_CLOSE = 0.9
# Texts sharing this share of the shorter one's sentences are one story, give or take edits.
TEXT_CLOSE = 0.6
MIN_WORDS = 6  # a shorter sentence ("Advertisement", "Read more") is no sign of a copy
MIN_SENTENCES = 3  # bodies with fewer say too little to call two of them the same story
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s+|\n\n")
_PUNCTUATION = re.compile(r"[^\w\s\x00]+")


@dataclass(frozen=True)
class Known:
    """One existing entry, as far as comparing needs it."""

    path: str  # relative to the site folder, as the review reason names it
    title: str  # lower-case words
    sentences: array[int]  # hashes of its sentences, unsigned 32-bit: 4 bytes each


@dataclass
class Entries:
    """The existing entries; `closest` finds the one a new entry may duplicate."""

    known: list[Known] = field(default_factory=list)

    def add(self, path: str, title: str, body: str) -> None:
        hashes = array("I", sorted(sentence_hashes(body)))
        self.known.append(Known(path, title_words(title), hashes))

    def closest(self, title: str, body: str, exclude: set[str]) -> tuple[str, str] | None:
        """(path, why) of the entry this one most likely repeats, else None. The first in
        the order entries were added wins a tie, so the answer is the same on every run."""
        words = title_words(title)
        runs = sentence_hashes(body)
        best: tuple[float, str, str] | None = None
        for other in self.known:
            if other.path in exclude:
                continue
            found = _likeness(words, runs, other)
            if found and (best is None or found[0] > best[0]):
                best = (found[0], other.path, found[1])
        return (best[1], best[2]) if best else None


def _likeness(words: str, runs: frozenset[int], other: Known) -> tuple[float, str] | None:
    if len(runs) >= MIN_SENTENCES and len(other.sentences) >= MIN_SENTENCES:
        common = sum(1 for run in other.sentences if run in runs)
        shared = common / min(len(runs), len(other.sentences))
        if shared >= TEXT_CLOSE:
            return 1 + shared, f"{round(shared * 100)}% of the text is the same"
    if not words or not other.title:
        return None
    if words == other.title:
        return 1.0, "the same headline"
    matcher = SequenceMatcher(None, words, other.title, autojunk=False)
    if matcher.real_quick_ratio() < TITLE_CLOSE or matcher.quick_ratio() < TITLE_CLOSE:
        return None
    ratio = matcher.ratio()
    return (ratio, "a headline almost the same") if ratio >= TITLE_CLOSE else None


def title_words(title: str) -> str:
    return " ".join(re.findall(r"\w+", title.lower()))


def sentence_hashes(body: str) -> frozenset[int]:
    """Hashes of the sentences at the top of `body`, case, spacing and punctuation set aside
    (a copy rewrapped, or saved from another page with other quotes, hashes the same). CRC-32,
    not `hash()`: the same values on every run."""
    text = _PUNCTUATION.sub("", _SENTENCE_END.sub("\x00", body[:BODY_CHARS].lower()))
    found = set()
    for sentence in text.split("\x00"):
        words = sentence.split()
        if len(words) >= MIN_WORDS:
            found.add(zlib.crc32(" ".join(words).encode()))
    return frozenset(found)


def reason(path: str, why: str) -> str:
    """The review reason for an entry that may repeat the entry at `path`."""
    return (f"{DUPLICATE} of {path} ({why}): keep one of them, or delete this reason if they "
            "report different things")
