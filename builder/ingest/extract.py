"""Article → entry metadata: companies, people, source, reversals, tags.

Works sentence by sentence on at most `MAX_ANALYSED_CHARS` of text, so a huge seed costs a
bounded amount of time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from builder.ingest import entities as ent
from builder.ingest.gazetteer import Gazetteer, Match
from builder.ingest.reversals import find_cues
from builder.ingest.text import split_sentences

MAX_ANALYSED_CHARS = 200_000
T = TypeVar("T")

_ANAPHOR = re.compile(
    r"\b(?:[Tt]he\s+(?:company|corporate|firm|group|retailer|startup|"
    r"start-up|bank|lender|chain|carrier|airline|automaker|carmaker|platform|"
    r"app|maker|insurer|giant|tech\s+giant|conglomerate|business|brand|"
    r"grocer|manufacturer|employer|publisher|studio|developer|operator)|"
    r"[Ii]t)\b(?!['’]s\s)"
)
# How an article speaks of the outlet that published it: the outlet asked, was told, was sent
# the memo ("told Fast Company", "declined Fast Company's request for comment").
_PUBLISHER_BEFORE = re.compile(
    r"(?:\btold|confirmed\s+to|statement\s+to|interview\s+with|speaking\s+to|spoke\s+to|"
    r"shared\s+with|sent\s+to|provided\s+to|emailed\s+to|responded\s+to|said\s+to|"
    r"wrote\s+to|in\s+response\s+to|declined|did\s+not\s+respond\s+to|didn['’]t\s+respond\s+to|"
    r"did\s+not\s+return|contacted\s+by|reached\s+by|asked\s+by)\s+$",
    re.I,
)
_PUBLISHER_AFTER = re.compile(
    r"^['’]s?\s+(?:\w+\s+){0,2}?(?:requests?|questions?|inquir(?:y|ies)|queries|enquir(?:y|ies)|"
    r"calls?|emails?|messages?)\b|^\s+(?:has\s+)?(?:reached\s+out|contacted|asked)\b",
    re.I,
)
# How it cites another outlet's reporting ("Reuters reported", "according to Bloomberg").
_CREDIT_BEFORE = re.compile(
    r"(?:obtained\s+by|according\s+to|reported\s+by|first\s+reported\s+by|seen\s+by|"
    r"reviewed\s+by|viewed\s+by|via|per)\s+$",
    re.I,
)
_CREDIT_AFTER = re.compile(
    r"^(?:['’]s?\s+[\w\s]{0,30}?(?:report|reporting|story|article|"
    r"investigation|analysis))|^,?\s*(?:which\s+)?(?:first\s+|previously\s+|"
    r"earlier\s+)?(?:reported|reports|has\s+reported|wrote|learned|"
    r"obtained|reviewed|revealed|broke|said)",
    re.I,
)
_AMBIGUOUS_AFTER = re.compile(
    rf"^(?:['’]s?\s+(?:[\w\-]+\s+){{0,2}}?{ent._POSSESSED}\b|\s+(?:(?:has|had|is|was|also|now|"
    rf"quietly)\s+)*{ent._STATEMENT}\b|,?\s+{ent._LEGAL}(?!\w)|\s+(?:CEO|chief executive|"
    rf"spokesperson|spokesman|spokeswoman|employees|workers|staff|executives|stores)\b|,\s+"
    rf"(?:the|a|an)\s+(?:[\w\-’'.]+\s+){{0,4}}?{ent._CORP_NOUNS}\b)"
)
_AMBIGUOUS_BEFORE = re.compile(
    rf"(?:\b(?:at|of|for|with)\s+|\b(?:the|a|an|rival)\s+(?:[\w\-’'.]+\s+){{0,3}}?"
    rf"{ent._CORP_NOUNS}\s+|(?:such as|like|including)\s+(?:[^.;]{{0,60}},\s+)?)$"
)


@dataclass
class Mention:
    start: int
    end: int
    name: str
    kind: str  # company, outlet, person, anaphor


@dataclass
class Sentence:
    text: str
    is_title: bool = False
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Analysis:
    companies: list[str]
    people: list[str]
    source: str | None
    reversals: list[dict[str, str]]
    tags: list[str]
    doubts: list[str] = field(default_factory=list)  # what an editor should check


def analyse(
    title: str | None,
    paragraphs: list[str],
    gazetteer: Gazetteer,
    topics: dict[str, tuple[str, ...]],
    explicit_source: str | None = None,
) -> Analysis:
    sentences: list[Sentence] = []
    budget = MAX_ANALYSED_CHARS
    if title:
        sentences.append(Sentence(title[:1000], is_title=True))
    for paragraph in paragraphs:
        if budget <= 0:
            break
        chunk = paragraph[:budget]
        budget -= len(chunk)
        sentences.extend(Sentence(s[:5000]) for s in split_sentences(chunk))
    analysed_text = "\n".join(s.text for s in sentences)

    # 1. Known names.
    known: list[list[Match]] = [gazetteer.find(s.text) for s in sentences]
    # 2. People, never inside a known name.
    people_order: list[str] = []
    person_spans: list[list[ent.Person]] = []
    for sentence, matches in zip(sentences, known, strict=True):
        blocked = [(m.start, m.end) for m in matches]
        found = ent.find_people(sentence.text, blocked)
        person_spans.append(found)
        for person in found:
            if person.name not in people_order:
                people_order.append(person.name)
    people_order = _dedupe_people(people_order)
    surnames = _surnames(people_order)
    # 3. Ambiguous known names need company-like context somewhere.
    confirmed_ambiguous: set[str] = set()
    for sentence, matches in zip(sentences, known, strict=True):
        for m in matches:
            if (
                m.ambiguous
                and m.kind == "company"
                and (
                    _AMBIGUOUS_AFTER.match(sentence.text[m.end :])
                    or _AMBIGUOUS_BEFORE.search(sentence.text[max(0, m.start - 80) : m.start])
                )
            ):
                confirmed_ambiguous.add(m.name)
    for matches in known:
        for m in matches:
            if m.kind == "company" and not m.ambiguous:
                confirmed_ambiguous.add(m.name)  # another, unambiguous alias confirms it
    # 4. Unlisted companies from how the text speaks of them.
    lowercase_words = set(re.findall(r"(?<![\w’'])[a-zà-ÿ][\w\-]*", analysed_text))
    mid_sentence_caps = set()
    for s in sentences:
        for m in re.finditer(r"(?<=[\w,;:)]\s)([^\W\d_][\w’'&.\-]*)", s.text):
            mid_sentence_caps.add(re.sub(r"['’]s$", "", m.group(1)).rstrip(".,;:"))
    person_tokens = {t for p in people_order for t in p.split()}
    accepted: dict[str, set[str]] = {}
    cache: dict[tuple[object, str], object] = {}
    for index, sentence in enumerate(sentences):
        if sentence.is_title:
            continue
        masked = _mask(
            sentence.text,
            [(m.start, m.end) for m in known[index]]
            + [(p.start, p.end) for p in person_spans[index]],
        )
        for name, cue, offset in ent.candidate_names(sentence.text, masked):
            words = name.split()
            if any(w in person_tokens or w in surnames for w in words) and not any(
                w in ent.CORPORATE_WORDS for w in words
            ):
                continue
            if gazetteer.canonical(name):
                continue
            if len(words) == 1:
                if name.lower() in lowercase_words or name.lower() == name:
                    continue
                at_start = offset <= 2
                if (
                    at_start
                    and cue in ("statement", "possessive", "role")
                    and name not in mid_sentence_caps
                    and not _cached(cache, _named_subject, name, analysed_text)
                ):
                    continue
            accepted.setdefault(_cached(cache, _extended, name, analysed_text), set()).add(cue)
    canonical_unknown = _merge_unknown(accepted, gazetteer)
    unknown_pattern = _names_pattern(canonical_unknown)

    # 5. Mentions per sentence, in order.
    person_pattern = _names_pattern(
        {**{p: p for p in people_order}, **{s: p for s, p in surnames.items()}}
    )
    for index, sentence in enumerate(sentences):
        spans: list[tuple[int, int]] = []
        for m in known[index]:
            if m.kind == "company" and m.ambiguous and m.name not in confirmed_ambiguous:
                continue
            if any(p.start <= m.start and m.end <= p.end for p in person_spans[index]):
                continue
            sentence.mentions.append(Mention(m.start, m.end, m.name, m.kind))
            spans.append((m.start, m.end))
        masked = _mask(sentence.text, spans)
        if person_pattern:
            for match in person_pattern.finditer(masked):
                key = _norm(match.group())
                sentence.mentions.append(
                    Mention(
                        match.start(), match.end(), _lookup(key, people_order, surnames), "person"
                    )
                )
                spans.append((match.start(), match.end()))
        masked = _mask(sentence.text, spans)
        if unknown_pattern:
            for match in unknown_pattern.finditer(masked):
                sentence.mentions.append(
                    Mention(
                        match.start(),
                        match.end(),
                        canonical_unknown[_norm(match.group())],
                        "company",
                    )
                )
        for match in _ANAPHOR.finditer(sentence.text):
            sentence.mentions.append(Mention(match.start(), match.end(), "", "anaphor"))
        sentence.mentions.sort(key=lambda m: m.start)

    companies: list[str] = []
    for sentence in sentences:
        for m in sentence.mentions:
            if m.kind == "company" and m.name not in companies:
                companies.append(m.name)
    affiliation = _affiliations(sentences)
    reversals = _reversals(sentences, affiliation)
    return Analysis(
        companies=companies,
        people=people_order,
        source=_source(sentences, gazetteer, explicit_source),
        reversals=reversals,
        tags=tags_for(analysed_text, topics),
    )


def _cached(cache: dict, function: Callable[[str, str], T], name: str, text: str) -> T:
    key = (function, name)
    if key not in cache:
        cache[key] = function(name, text)
    return cache[key]


def _named_subject(name: str, text: str) -> bool:
    """A sentence-initial word is a name when it is no plural noun and recurs in the text."""
    if re.search(r"[a-z]s$", name):
        return False
    return len(re.findall(rf"(?<![\w#]){re.escape(name)}(?![\w-])", text)) >= 2


_CORPORATE_TAIL = "|".join(sorted(ent.CORPORATE_WORDS, key=len, reverse=True))


def _extended(name: str, text: str) -> str:
    """ "Pelican Grove" → "Pelican Grove Hotels" when the text also uses the longer form."""
    match = re.search(
        rf"(?<![\w#]){re.escape(name)}((?:\s+(?:{_CORPORATE_TAIL}))+)(?![\w'’-])", text
    )
    return name + match.group(1) if match and "AI" not in match.group(1) else name


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip()


def _lookup(key: str, people: list[str], surnames: dict[str, str]) -> str:
    for person in people:
        if _norm(person) == key:
            return person
    return surnames.get(key, key)


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if not chars[i].isspace():
                chars[i] = "#"
    return "".join(chars)


def _dedupe_people(names: list[str]) -> list[str]:
    """Drop a name that is part of a longer one ("Luis von" vs "Luis von Ahn")."""
    result = []
    for name in names:
        if any(name != other and f" {name} " in f" {other} " for other in names):
            continue
        result.append(name)
    return result


def _surnames(people: list[str]) -> dict[str, str]:
    surnames: dict[str, str] = {}
    for person in people:
        tokens = person.split()
        for i in range(1, len(tokens)):
            tail = " ".join(tokens[i:])
            if tail[0].isupper() or i < len(tokens) - 1:
                surnames.setdefault(_norm(tail), person)
                surnames.setdefault(_norm(tail[0].upper() + tail[1:]), person)
    return surnames


def _merge_unknown(accepted: dict[str, set[str]], gazetteer: Gazetteer) -> dict[str, str]:
    """Alias → canonical for unlisted companies; "Zentrix" joins "Zentrix Robotics"."""
    names = sorted(accepted, key=lambda n: (-len(n.split()), n))
    mapping: dict[str, str] = {}
    for name in names:
        if _norm(name) in mapping:
            continue
        longer = [
            n
            for n in mapping.values()
            if n.split()[0] == name.split()[0]
            and len(n.split()) > len(name.split())
            and n.startswith(name)
        ]
        canonical = longer[0] if longer else name
        mapping[_norm(name)] = canonical
    for canonical in set(mapping.values()):
        first = canonical.split()[0]
        if (
            len(canonical.split()) > 1
            and len(first) >= 4
            and first not in ent.STOPWORDS
            and _norm(first) not in mapping
            and not gazetteer.canonical(first)
        ):
            mapping[_norm(first)] = canonical
    return mapping


def _names_pattern(mapping: dict[str, str]) -> re.Pattern[str] | None:
    if not mapping:
        return None
    alternatives = []
    for name in sorted(mapping, key=len, reverse=True):
        alternatives.append(re.escape(name).replace("'", "['’]").replace(r"\ ", r"\s+"))
    return re.compile(rf"(?<![\w#&])(?:{'|'.join(alternatives)})(?![\w#]|-\w)")


def _affiliations(sentences: list[Sentence]) -> dict[str, str]:
    """Person → company, from "Duolingo CEO Luis von Ahn" or "Bosworth, Meta's CTO"."""
    result: dict[str, str] = {}
    role = rf"(?:['’]s)?\s+(?:(?:former|new|interim|acting|top)\s+)?{ent.ROLE},?\s+$"
    for sentence in sentences:
        companies = [m for m in sentence.mentions if m.kind == "company"]
        for person in (m for m in sentence.mentions if m.kind == "person"):
            for company in reversed(companies):
                if company.end <= person.start and re.match(
                    role, sentence.text[company.end : person.start]
                ):
                    result.setdefault(person.name, company.name)
                    break
                if (
                    company.start >= person.end
                    and re.match(r"^,\s+(?:the\s+)?$", sentence.text[person.end : company.start])
                    and re.match(
                        rf"['’]s\s+(?:\w+\s+){{0,2}}?{ent.ROLE}", sentence.text[company.end :]
                    )
                ):
                    result.setdefault(person.name, company.name)
                    break
    return result


def _reversals(sentences: list[Sentence], affiliation: dict[str, str]) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    last_company: str | None = None
    ordered = [s for s in sentences if not s.is_title] + [s for s in sentences if s.is_title]
    for sentence in ordered:
        if sentence.is_title:
            last_company = None
        taken_here: set[str] = set()
        for cue in find_cues(sentence.text):
            company = _subject(sentence, cue.start, cue.end, last_company, affiliation)
            if not company or company in taken_here:
                continue
            taken_here.add(company)
            if (company, cue.action) in seen:
                continue
            seen.add((company, cue.action))
            found.append({"company": company, "action": cue.action, "text": sentence.text.strip()})
        companies_here = [m.name for m in sentence.mentions if m.kind == "company"]
        if companies_here:
            last_company = companies_here[-1] if not sentence.is_title else last_company
            subject = _first_subject(sentence)
            if subject:
                last_company = subject
    return found


def _first_subject(sentence: Sentence) -> str | None:
    """The company a sentence is about: its first company mention."""
    for m in sentence.mentions:
        if m.kind == "company":
            return m.name
    return None


def _subject(
    sentence: Sentence, start: int, end: int, last_company: str | None, affiliation: dict[str, str]
) -> str | None:
    before = [m for m in sentence.mentions if m.end <= start and m.kind != "outlet"]
    for mention in reversed(before):
        if mention.kind == "company":
            return mention.name
        if mention.kind == "person" and mention.name in affiliation:
            return affiliation[mention.name]
        if mention.kind == "anaphor":
            earlier = [m for m in before if m.kind == "company" and m.end <= mention.start]
            return earlier[-1].name if earlier else last_company
    after = sentence.text[end:]
    passive = re.match(r"\s+(?:\w+\s+){0,6}?by\s+", after)
    if passive:
        for mention in sentence.mentions:
            if mention.kind == "company" and mention.start == end + passive.end():
                return mention.name
    return None


def _source(sentences: list[Sentence], gazetteer: Gazetteer, explicit: str | None) -> str | None:
    """The outlet that published the article, rather than the outlets it cites.

    The page's own say wins (a header line, og:site_name, a dateline's "(Reuters)"). Else an
    outlet the article asked or was told something ("declined Fast Company's request for
    comment") beats one it credits ("Business Insider reported"), which beats a bare mention;
    the first of the best kind wins.
    """
    if explicit:
        hit = gazetteer.canonical(explicit.strip())
        return hit[0] if hit and hit[1] == "outlet" else explicit.strip()
    best: tuple[int, str] | None = None
    for sentence in sentences:
        if sentence.is_title:
            continue
        for m in sentence.mentions:
            if m.kind != "outlet":
                continue
            rank = _outlet_rank(sentence.text, m)
            if best is None or rank > best[0]:
                best = (rank, m.name)
    return best[1] if best else _unlisted_outlet(sentences)


def _outlet_rank(text: str, mention: Mention) -> int:
    before = text[max(0, mention.start - 40) : mention.start]
    after = text[mention.end :]
    if _PUBLISHER_BEFORE.search(before) or _PUBLISHER_AFTER.match(after):
        return 3
    if _CREDIT_BEFORE.search(before) or _CREDIT_AFTER.match(after):
        return 2
    return 1


_UNLISTED_CREDIT = re.compile(
    rf"\b(?:according to|reported by|first reported by|told|in an interview with)\s+"
    rf"(?P<a>{ent.SEQ})(?![\w'’])"
    rf"|(?P<b>{ent.SEQ}),?\s+(?:first\s+)?reported\b(?!\s+(?:that\s+)?(?:on|in)\b)"
)


def _unlisted_outlet(sentences: list[Sentence]) -> str | None:
    """An outlet missing from every gazetteer, credited as "according to Skift"."""
    for sentence in sentences:
        if sentence.is_title:
            continue
        for match in _UNLISTED_CREDIT.finditer(sentence.text):
            key = "a" if match.group("a") else "b"
            start, end = match.span(key)
            if any(m.start < end and start < m.end for m in sentence.mentions):
                continue  # a company or person, not an outlet
            words = match.group(key).split()
            while words and words[0] in ent.STOPWORDS and words[0] not in ent.NATIONALITIES:
                words.pop(0)  # "The", "In", "May": not part of the outlet's name
            name = " ".join(words).rstrip(".,;:")
            if len(name) > 2 and not all(w in ent.STOPWORDS for w in words):
                return name
    return None


def tags_for(text: str, topics: dict[str, tuple[str, ...]]) -> list[str]:
    tags = []
    for tag, keywords in topics.items():
        for keyword in keywords:
            pattern = re.escape(keyword).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]")
            flags = 0 if keyword.isupper() else re.I
            if re.search(rf"(?<![\w-]){pattern}(?![\w-])", text, flags):
                tags.append(tag)
                break
    return sorted(tags)
