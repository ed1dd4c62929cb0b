"""Plain-text helpers: paragraphs, sentences, headlines, summaries and Markdown-safe lines."""

from __future__ import annotations

import re


def unprefixed(name: str, before: str = r"[\w-]") -> str:
    """A regex of `name` where no `before` character comes right before it, written with the
    name first and that check behind it: a regex that opens with a look-behind is tried at
    every position of the text, one that opens with a literal jumps from one occurrence of
    the name to the next (a long article, searched for each of its hundreds of names)."""
    escaped = re.escape(name)
    return rf"{escaped}(?<!{before}{escaped})"


def uses_of(name: str, text: str) -> list[re.Match[str]]:
    """Every use of `name` in `text` as a whole name, not part of a longer word or name."""
    return list(re.finditer(rf"{unprefixed(name)}(?![\w-])", text))


# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "inc",
    "corp",
    "co",
    "ltd",
    "llc",
    "plc",
    "bros",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sr",
    "jr",
    "st",
    "no",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "u.s",
    "u.k",
    "u.n",
    "e.u",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "gov",
    "sen",
    "rep",
    "gen",
    "lt",
    "col",
    "capt",
    "ave",
    "fig",
    "approx",
    "dept",
    "est",
    "s.a",
    "n.v",
    "a.g",
    "s.p.a",
    "ag",
    "sa",
    "nv",
}
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[^\W_a-z])|[.!?…]+[\"'”’)\]]*$")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
# Where a long first sentence may be cut into a headline: before a subordinate clause first
# ("... on Tuesday | as it tries to cut costs"), else before a phrase.
_CLAUSE_WORDS = (
    " as ",
    " after ",
    " while ",
    " because ",
    " amid ",
    " following ",
    " despite ",
    " which ",
    " that ",
    " when ",
    " but ",
)
_PHRASE_WORDS = (" to ", " in ", " for ", " with ", " on ", " from ", " by ", " at ")
_CLAUSE_BREAK = re.compile(r",\s(?!\d)|\s[—–]\s|;\s|:\s|\s\(")


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph into sentences, keeping abbreviations like `Inc.` and `U.S.` whole."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        piece = paragraph[start : match.end()]
        word = _WORD_BEFORE.search(paragraph[max(0, match.start() - 40) : match.start() + 1])
        if match.group().startswith(".") and word and _is_abbreviation(word.group(1)):
            number = word.group(1).lower() != "no" or re.match(r"\s*[\d#]", paragraph[match.end():])
            if number:  # "No. 10", but "A: No. Tallyho dropped it" ends an answer
                continue
        if piece.strip():
            sentences.append(piece.strip())
        start = match.end()
    rest = paragraph[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


def _is_abbreviation(word: str) -> bool:
    lower = word.lower()
    if lower in _ABBREVIATIONS:
        return True
    # Initials such as "J." in "John J. Smith" (but not a one-letter sentence-final word).
    return len(word) == 1 and word.isupper()


_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+[^,;:()]{3,70},\s+")
_ATTRIBUTION = re.compile(
    r",?\s+(?:according\s+to\b.*|(?:the\s+)?[\w&'’.\- ]{2,40}\s+(?:reported|said|confirmed)"
    r"(?:\s+on\s+\w+)?)$"
)
_WEAK_ENDINGS = {
    "a",
    "an",
    "the",
    "to",
    "of",
    "and",
    "or",
    "but",
    "that",
    "which",
    "who",
    "it",
    "its",
    "their",
    "his",
    "her",
    "has",
    "have",
    "had",
    "is",
    "was",
    "are",
    "were",
    "be",
    "on",
    "in",
    "at",
    "for",
    "with",
    "by",
    "from",
    "as",
    "after",
    "than",
    "would",
    "will",
    "could",
}


def headline_from_lede(lede: str, limit: int = 80) -> str:
    """A clean short headline from the first sentence: whole clauses, never a cut-off word."""
    sentence = split_sentences(lede[:2000])[0] if lede.strip() else ""
    sentence = sentence.strip().rstrip(".!…").strip()  # a question keeps its mark
    sentence = _APPOSITIVE.sub(" ", sentence)
    sentence = _ATTRIBUTION.sub("", sentence).strip() or sentence
    if len(sentence) <= limit:
        return sentence
    clause = _CLAUSE_BREAK.split(sentence, maxsplit=1)[0].strip()
    if 20 <= len(clause) <= limit:
        return _trim_weak(clause)
    text = clause if len(clause) >= 20 else sentence
    for words in (_CLAUSE_WORDS, _PHRASE_WORDS):
        best = _longest_cut(text, words, limit)
        if len(best) >= 25:
            return _trim_weak(best)
    return _trim_weak(text[: limit + 1].rsplit(" ", 1)[0])


def _longest_cut(text: str, words: tuple[str, ...], limit: int) -> str:
    """The longest start of `text`, up to `limit` characters, that ends before one of `words`."""
    best = ""
    for word in words:
        position = text.find(word, 20)
        while position != -1:
            if position <= limit and position > len(best):
                best = text[:position]
            position = text.find(word, position + 1)
    return best


def _trim_weak(text: str) -> str:
    """Drop dangling function words and punctuation at the end ("... software it")."""
    words = text.rstrip(" ,;:").split(" ")
    while len(words) > 3 and words[-1].lower().strip(",;:") in _WEAK_ENDINGS:
        words.pop()
    return " ".join(words).rstrip(" ,;:")


def summary_from(paragraphs: list[str], limit: int = 320, quoted: tuple[str, ...] = ()) -> str:
    """The lede: one sentence, or two when the first is short; never cut mid-word.

    A sentence in `quoted` (the reversals' own sentences) is left out: the entry page shows
    each reversal's sentence already, and the body repeats it, so a summary of the same words
    would make a reader meet it three times before anything new."""
    seen = {" ".join(q.split()) for q in quoted}
    for paragraph in paragraphs:
        if len(paragraph.split()) < 6:
            continue
        sentences = [
            s for s in split_sentences(paragraph[:2000]) if " ".join(s.split()) not in seen
        ]
        if not sentences:
            continue
        summary = sentences[0]
        if len(summary) < 120 and len(sentences) > 1:
            summary = f"{summary} {sentences[1]}"
        if len(summary) > limit:
            summary = summary[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
        return summary
    return next((p for p in paragraphs if " ".join(p.split()) not in seen), "")


def text_paragraphs(text: str) -> list[str]:
    """Paragraphs of plain text: blank-line separated blocks, or one paragraph per line."""
    lines = text.split("\n")
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    has_blank_separators = len(blocks) > 1 and any(len(b) > 1 for b in blocks)
    if has_blank_separators or len(blocks) > 1:
        # Blank lines separate paragraphs; single newlines inside are hard wraps.
        # A block of long lines that each end a sentence is one paragraph per line.
        result: list[str] = []
        for block in blocks:
            if len(block) > 1 and all(_is_full_paragraph(line) for line in block):
                result.extend(block)
            else:
                result.append(" ".join(block))
        return [_clean_spaces(p) for p in result]
    return [_clean_spaces(line) for line in (blocks[0] if blocks else [])]


def _is_full_paragraph(line: str) -> bool:
    return len(line) > 60 and line.rstrip()[-1:] in '.!?"”’…)'


def _clean_spaces(text: str) -> str:
    return re.sub(r"[ \t\u00a0]+", " ", text).strip()


_MD_LEADING = re.compile(
    r"^(#{1,6}(?:\s|$)|>|[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|[=\-_*]{3,}\s*$"
    r"|`{3,}|~{3,}|\||<)"
)


def markdown_safe(paragraph: str) -> str:
    """Keep a plain-text paragraph a paragraph in Markdown: escape a structure-making start."""
    paragraph = paragraph.strip()
    match = _MD_LEADING.match(paragraph)
    if not match:
        return paragraph
    token = match.group(1)
    if token[0].isdigit():
        digits = re.match(r"\d+", paragraph).group()
        return f"{digits}\\{paragraph[len(digits) :]}"
    return "\\" + paragraph
