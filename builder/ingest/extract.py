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
    r"\b(?:[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:company|corporate|firm|group|retailer|startup|"
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
    r"did\s+not\s+return|contacted\s+by|reached\s+by|asked\s+by|(?:comment|remark|respond|"
    r"reply|replied|responded|spoke|talked|speak|talk)\s+to|advised|instructed)\s+$",
    re.I,
)
_PUBLISHER_AFTER = re.compile(
    r"^['’]s?\s+(?:\w+\s+){0,2}?(?:requests?|questions?|inquir(?:y|ies)|queries|enquir(?:y|ies)|"
    r"calls?|emails?|messages?)\b|^\s+(?:has\s+)?(?:reached\s+out|contacted|asked)\b",
    re.I,
)
# How it relays another outlet's earlier story: that outlet did not publish this one.
_RELAYED_BEFORE = re.compile(
    r"(?:reports?\s+(?:by|from|in)|first\s+(?:published|printed|reported)\s+by|picked\s+up\s+by|"
    r"citing|cited\s+by|story\s+(?:by|in))\s+(?:the\s+)?$",
    re.I,
)
_RELAYED_AFTER = re.compile(r"^\s+had\s+(?:first\s+|earlier\s+|previously\s+)?reported\b", re.I)
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


@dataclass(frozen=True)
class PageClues:
    """What the seed says of its outlet outside its sentences: its masthead lines, editor's
    notes about where it first ran, and its address."""

    mastheads: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()
    url: str | None = None


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
    year: int | None = None,
    bylines: tuple[str, ...] = (),
    page: PageClues | None = None,
) -> Analysis:
    """Who the article is about and what they reversed, in named steps.

    `year` is the article's year: a reversal the article dates to an earlier year is
    background, not news.
    """
    sentences = _sentences(title, paragraphs)
    text = "\n".join(s.text for s in sentences)
    known = [gazetteer.find(s.text) for s in sentences]
    people, person_spans = _people(sentences, known)
    surnames = _surnames(people)
    for match in ent.HONORIFIC_SURNAME.finditer(text):  # "Ms. Morales", "Cllr Ford"
        surnames.setdefault(_norm(match.group("n")), match.group("n"))
    known = _persons_not_firms(known, surnames, text)
    confirmed = _confirmed_ambiguous(sentences, known)
    unknown = _unlisted_companies(
        sentences, known, person_spans, people, surnames, gazetteer, text, explicit_source
    )
    _mark_mentions(sentences, known, person_spans, people, surnames, unknown, confirmed)
    reversals, doubts = _reversals(sentences, _affiliations(sentences), year)
    return Analysis(
        companies=_companies_in_order(sentences),
        people=people,
        source=_source(sentences, gazetteer, explicit_source, bylines, page or PageClues()),
        reversals=reversals,
        tags=tags_for(text, topics),
        doubts=doubts,
    )


def _sentences(title: str | None, paragraphs: list[str]) -> list[Sentence]:
    """The title, then the body's sentences, up to `MAX_ANALYSED_CHARS`."""
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
    return sentences


def _people(
    sentences: list[Sentence], known: list[list[Match]]
) -> tuple[list[str], list[list[ent.Person]]]:
    """People in order of appearance, never inside a known name, and their spans."""
    order: list[str] = []
    spans: list[list[ent.Person]] = []
    for sentence, matches in zip(sentences, known, strict=True):
        found = ent.find_people(sentence.text, [(m.start, m.end) for m in matches])
        spans.append(found)
        for person in found:
            if person.name not in order:
                order.append(person.name)
    return _dedupe_people(order), spans


def _persons_not_firms(
    known: list[list[Match]], surnames: dict[str, str], text: str
) -> list[list[Match]]:
    """Known companies less the names that are a person's here: a councillor Sarah Ford's
    "Ford said she …" is not the carmaker, unless the text also speaks of the firm ("Ford
    Motor", "Ford's chief executive", "Ford Inc.")."""
    names = {m.alias for matches in known for m in matches if m.kind == "company"}
    personal = {
        alias for alias in names
        if (_norm(alias) in surnames or _personal(alias, text)) and not _corporate(alias, text)
    }
    if not personal:
        return known
    for alias in personal:
        surnames.setdefault(_norm(alias), surnames.get(_norm(alias), alias))
    return [[m for m in matches if m.alias not in personal] for matches in known]


_PRONOUN_AFTER = (
    r"(?:[^.;!?]{0,100}?\b(?:said|says|told|added|wrote|insisted|admitted)\s+(?:that\s+)?"
    r"|,\s+(?:who|whose)\b[^.;!?]{0,100}?\b)(?:she|he|her|his)\b"
)


def _personal(name: str, text: str) -> bool:
    """The text speaks of `name` as a person: "Whitmore said she", "Ford, who chairs the
    committee, said she"."""
    return bool(re.search(rf"(?<![\w-]){re.escape(name)}\b(?!['’]s){_PRONOUN_AFTER}", text))


def _corporate(name: str, text: str) -> bool:
    return bool(re.search(
        rf"(?<![\w-]){re.escape(name)}(?:['’]s\s+(?:[\w-]+\s+){{0,2}}?{ent._POSSESSED}\b|,?\s+"
        rf"{ent._LEGAL}(?!\w)|\s+(?:{ent.ROLE}|Motor|Motors|Group|shares|stock|stores|"
        rf"employees|workers|staff)\b)",
        text,
    ))


def _confirmed_ambiguous(sentences: list[Sentence], known: list[list[Match]]) -> set[str]:
    """Known names that are also words ("Target", "Unity") count where the text treats one as
    a company somewhere, is listed with other companies, or another alias names it."""
    confirmed: set[str] = set()
    for sentence, matches in zip(sentences, known, strict=True):
        cues: list[int] | None = None
        for m in matches:
            if m.kind != "company":
                continue
            before = sentence.text[max(0, m.start - 80) : m.start]
            after = sentence.text[m.end :]
            if (
                not m.ambiguous
                or _AMBIGUOUS_AFTER.match(after)
                or _AMBIGUOUS_BEFORE.search(before)
                or _FIRM_CLAUSE.match(after)
            ):
                confirmed.add(m.name)
                continue
            if cues is None:
                cues = [cue.start for cue in find_cues(sentence.text)]
            acting = _ACTING.match(after)
            if acting and m.end + acting.end() in cues:
                confirmed.add(m.name)  # "Next has reined in its plan", "BT's climb-down"
    for sentence, matches in zip(sentences, known, strict=True):
        listed = _listed_together(sentence.text, matches)
        if any(m.name in confirmed for m in listed):
            confirmed.update(m.name for m in listed)
    return confirmed


# What only a firm does: "Whoop, which sells its band …", "GitHub, which Microsoft owns",
# "Next gained 1.2%".
_FIRM_CLAUSE = re.compile(
    r",\s+which\s+(?:[\w-]+\s+){0,2}?(?:sells|owns|makes|runs|operates|employs|offers|charges|"
    r"builds|is\s+owned|is\s+listed|competes|trades|lends|insures|flies)\b"
    r"|\s+(?:shares\s+)?(?:gained|rose|fell|dropped|climbed|slid|jumped|lost|added|sank|surged|"
    r"tumbled|slipped|rallied)\s+[\d.]+\s*(?:%|per\s*cent|percent|p\b)"
)
# Between a company and the reversal it makes: "Next has ", "BT's ", "ING has quietly ".
_ACTING = re.compile(r"(?:['’]s\s+|\s+(?:(?:has|have|had|is|was|will|quietly|now|also)\s+)*)")


def _listed_together(text: str, matches: list[Match]) -> list[Match]:
    """Known companies named in one list ("Unity, Zoom and Snap")."""
    companies = [m for m in matches if m.kind == "company"]
    group: list[Match] = []
    for previous, current in zip(companies, companies[1:], strict=False):
        if _LIST_GLUE.fullmatch(text[previous.end : current.start]):
            group.extend(m for m in (previous, current) if m not in group)
    return group


_LIST_GLUE = re.compile(r",\s+|,?\s+(?:and|or|&)\s+|\s+and\s+")


def _unlisted_companies(
    sentences: list[Sentence],
    known: list[list[Match]],
    person_spans: list[list[ent.Person]],
    people: list[str],
    surnames: dict[str, str],
    gazetteer: Gazetteer,
    text: str,
    outlet: str | None = None,
) -> dict[str, str]:
    """Alias → canonical name of companies no gazetteer lists, found by how the text speaks
    of them (see `entities`), the subject of a reversal, or listed beside another company."""
    lowercase_words = set(re.findall(r"(?<![\w’'])[a-zà-ÿ][\w\-]*", text))
    mid_sentence_caps = set()
    for s in sentences:
        for m in re.finditer(r"(?<=[\w,;:)]\s)([^\W\d_][\w’'&.\-]*)", s.text):
            mid_sentence_caps.add(re.sub(r"['’]s$", "", m.group(1)).rstrip(".,;:"))
    person_tokens = {t for p in people for t in p.split()}
    accepted: dict[str, set[str]] = {}
    cache: dict[tuple[object, str], object] = {}
    shouted: dict[str, str] = {}  # a name as a tabloid's opening prints it → as written

    def acceptable(name: str, cue: str, offset: int, sentence: str) -> bool:
        words = name.split()
        if outlet and f"{outlet} ".startswith(f"{name} "):
            return False  # "Alliance" of the publisher Alliance News ("Alliance News Ltd")
        if _NOT_A_FIRM.search(name) or (
            len(words) > 1 and name.isupper() and any(len(w) > 4 for w in words)
        ):
            return False  # "I'm", "Lindenhof-Arena", a shouted heading ("KESTREL'S DEPOT")
        if _cached(cache, _personal, name, text) or _cached(cache, _personal, words[-1], text):
            return False  # "Dana Whitmore had told reporters … Whitmore said she"
        if any(w in person_tokens or w in surnames for w in words) and not any(
            w in ent.CORPORATE_WORDS for w in words
        ):
            return False
        if gazetteer.canonical(name):
            return False
        if len(words) > 1:
            return True
        if name.lower() == name:
            return False
        if name.lower() in lowercase_words and name not in mid_sentence_caps:
            return False  # "Unity" stays a company beside one "show of unity"
        if offset > 2 or name in mid_sentence_caps:
            return True
        if cue == "statement" and _REPORTING_VERB.match(sentence[offset + len(name) :]):
            return not _plural_looking(name) or _cached(cache, _named_subject, name, text)
        if cue == "reversal" and not _plural_looking(name):
            return True  # "Asda did a U-turn": a firm acting, even named once
        if cue in ("statement", "possessive", "role", "reversal"):
            return _cached(cache, _named_subject, name, text)
        return True

    for index, sentence in enumerate(sentences):
        if sentence.is_title and _title_case(sentence.text):
            continue  # "Acme Scraps Office Rule": every word is capitalised
        masked = _mask(
            sentence.text,
            [(m.start, m.end) for m in known[index]]
            + [(p.start, p.end) for p in person_spans[index]],
        )
        found = ent.candidate_names(sentence.text, masked) + _reversal_subjects(
            sentence.text, masked
        )
        if sentence.is_title:  # a name only in the headline, when the headline says enough
            found = [f for f in found if f[1] in ("legal", "role", "reversal", "owned")]
        found = [_with_lead_word(n, c, o, sentence.text, text) for n, c, o in found]
        for i, (name, cue, offset) in enumerate(found):
            first, _, rest = name.partition(" ")
            if rest and first.isupper() and len(first) > 3 and not rest.isupper():
                shouted[name] = f"{first.capitalize()} {rest}"  # "BRIGHTWATER Rovers"
                found[i] = (shouted[name], cue, offset)
        # "DHL Express", "Toyota Motor": a known company's name running on is that company
        ends = {m.end for m in known[index] if m.kind == "company"}
        found = [f for f in found if f[2] - 1 not in ends or sentence.text[f[2] - 1] != " "]
        for name, cue, offset in found:
            if acceptable(name, cue, offset, sentence.text):
                accepted.setdefault(_cached(cache, _extended, name, text), set()).add(cue)
        for name, offset in _list_partners(masked, known[index], accepted):
            if acceptable(name, "list", offset, sentence.text):
                accepted.setdefault(name, set()).add("list")
    for name in [n for n in accepted if len(n.split()) == 1]:
        # A tabloid shouts a story's first word: "ASHBOURNE Rovers have been forced …"
        opening = re.search(rf"(?:^|\n)([A-Z]{{4,}})\s+{re.escape(name)}\b", text)
        if opening and opening.group(1).capitalize() not in ent.STOPWORDS:
            full = f"{opening.group(1).capitalize()} {name}"
            shouted[f"{opening.group(1)} {name}"] = full
            accepted.setdefault(full, set()).update(accepted[name])
    mapping = _merge_unknown(accepted, gazetteer)
    for printed, written in shouted.items():
        if _norm(written) in mapping:
            mapping[_norm(printed)] = mapping[_norm(written)]
    known_names = {m.alias: m.name for matches in known for m in matches if m.kind == "company"}
    for alias, name in known_names.items():
        first = alias.split()[0]
        if len(alias.split()) > 1 and mapping.get(_norm(first)) == first:
            mapping[_norm(first)] = name  # "Novo" after "Novo Nordisk": that company
    return mapping


# A contraction ("I'm"), or a venue ("Lindenhof-Arena", "Kingsway Stadium"): no firm.
_NOT_A_FIRM = re.compile(
    r"['’](?:m|re|ve|ll|d)$|[\s-](?:Arena|Stadium|Airport|Station|Hospital|Cathedral)$"
)
# Capitalised words that may start a company's name although they are also ordinary words:
# "Old Navy", "New Look", "Dutch Bros", "United Utilities", "Canada Post", "Just Eat".
_NAME_OPENERS = ent.NATIONALITIES | ent.PLACES | {
    "Old", "New", "Just", "Big", "Black", "Main", "First", "General", "Royal", "National",
    "Great", "Southern", "Northern", "Western", "Eastern", "Central", "Standard", "Next",
}
_DESCRIPTOR = re.compile(rf"(?i:{ent._CORP_NOUNS}s?|rivals?|shares|fellow|peers?)")


def _with_lead_word(
    name: str, cue: str, offset: int, sentence: str, text: str
) -> tuple[str, str, int]:
    """(name, cue, offset) with the capitalised word before the name when it is part of it:
    every use of the name in the text has that word before it ("Old Navy", "Canada Post"),
    or the word is a plain one shouted in a tabloid's opening ("ASHBOURNE Rovers")."""
    before = re.search(r"(?:^|(?<=\s))([A-Z][\w'’&.]*(?:-[A-Z][\w'’&.]*)*)\s$", sentence[:offset])
    if not before:
        return name, cue, offset
    word = before.group(1)
    if _DESCRIPTOR.fullmatch(word) or word in ent._LEADING_AUX or word.lower() in ("the", "a"):
        return name, cue, offset
    plain = word not in ent.STOPWORDS and word.capitalize() not in ent.STOPWORDS
    if word.isupper() and len(word) > 3 and plain:
        word = word.capitalize()  # "ASHBOURNE Rovers" → "Ashbourne Rovers"
    elif not (plain or word in _NAME_OPENERS):
        return name, cue, offset
    else:
        uses = len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
        joined = len(re.findall(rf"(?<![\w-]){re.escape(word)}\s+{re.escape(name)}(?![\w-])", text))
        opening = before.start(1) == 0 and word not in _NAME_OPENERS  # "Asked Acme …"
        if not uses or joined < uses or (opening and joined < 2):
            return name, cue, offset
    return f"{word} {name}", cue, before.start(1)


# "Aviva said", "SFR, which is cutting jobs, did not comment": a firm speaking or silent.
_REPORTING_VERB = re.compile(
    r"(?:,[^,]{3,90},)?\s+(?:(?:has|had|also|now)\s+)?(?:said|says|told|declined|did\s+not|"
    r"didn['’]t|does\s+not|doesn['’]t|confirmed|announced|is\s+sticking|dismissed|denied|would\s+not|will\s+not)\b"
)
# Words between a subject and its reversal cue: "Asda, remember, did a U-turn".
_FILLERS = {
    "has", "have", "had", "is", "are", "was", "were", "will", "also", "now", "quietly",
    "finally", "later", "then", "recently", "last", "this", "week", "did", "made", "makes",
    "performed", "executed", "announced", "a", "an",
}


def _reversal_subjects(text: str, masked: str) -> list[tuple[str, str, int]]:
    """(name, "reversal", offset) for the capitalised subject right before a reversal cue."""
    found = []
    for cue in find_cues(text):
        base = max(0, cue.start - 160)
        before = masked[base : cue.start]
        tokens = list(re.finditer(r"\S+", before))
        while tokens and tokens[-1].group().lower() in _FILLERS:
            tokens.pop()
        if tokens and tokens[-1].group().endswith(","):
            # ", a family-owned machine builder in Stuttgart," between subject and verb
            offset = max(0, len(tokens) - 16)
            commas = [i for i, t in enumerate(tokens[offset:-1]) if t.group().endswith(",")]
            if commas:
                tokens = tokens[: offset + commas[-1] + 1]
            while tokens and tokens[-1].group().lower() in _FILLERS:
                tokens.pop()
        name_tokens = []
        while tokens and (tokens[-1].group()[:1].isupper() or tokens[-1].group() in ("&", "of")):
            name_tokens.insert(0, tokens.pop())
        if not name_tokens:
            continue
        start, end = name_tokens[0].start(), name_tokens[-1].end()
        name, offset = ent.clean_candidate(before[start:end].rstrip(",;:"), base + start)
        if name:
            found.append((name, "reversal", offset))
    return found


def _list_partners(
    masked: str, matches: list[Match], accepted: dict[str, set[str]]
) -> list[tuple[str, int]]:
    """Capitalised names listed beside a known or accepted company ("Vestas and Equinor")."""
    partners = []
    for match in _NAME_LIST.finditer(masked):
        items = [(m.group(), match.start() + m.start()) for m in _LIST_ITEM.finditer(match.group())]
        if len(items) < 2:
            continue
        anchored = any(
            "#" in item or ent.clean_candidate(item, 0)[0] in accepted for item, _ in items
        )
        if not anchored or any(item.strip() in ent.PLACES for item, _ in items):
            continue  # "sites in Edinburgh, Wythall and Telford": places
        for item, offset in items:
            if "#" in item:
                continue
            name, start = ent.clean_candidate(item, offset)
            if name and name == item.strip():
                partners.append((name, start))
    return partners


_LIST_ITEM = re.compile(rf"(?:#[#\s]*#|{ent.SEQ})")
_NAME_LIST = re.compile(
    rf"(?:#[#\s]*#|{ent.SEQ})(?:,\s+(?:#[#\s]*#|{ent.SEQ}))*,?\s+(?:and|or)\s+"
    rf"(?:#[#\s]*#|{ent.SEQ})"
)


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _plural_looking(name: str) -> bool:
    return bool(re.search(r"[^aeiouy]s$", name)) and not name.endswith("ss")


def _mark_mentions(
    sentences: list[Sentence],
    known: list[list[Match]],
    person_spans: list[list[ent.Person]],
    people: list[str],
    surnames: dict[str, str],
    unknown: dict[str, str],
    confirmed: set[str],
) -> None:
    """Each sentence's mentions in order: known names, people, unlisted companies, anaphors."""
    person_pattern = _names_pattern({**{p: p for p in people}, **surnames})
    unknown_pattern = _names_pattern(unknown)
    for index, sentence in enumerate(sentences):
        spans: list[tuple[int, int]] = []
        for m in known[index]:
            if m.kind == "company" and m.ambiguous and m.name not in confirmed:
                continue
            if any(p.start <= m.start and m.end <= p.end for p in person_spans[index]):
                continue
            sentence.mentions.append(Mention(m.start, m.end, m.name, m.kind))
            spans.append((m.start, m.end))
        if person_pattern:
            for match in person_pattern.finditer(_mask(sentence.text, spans)):
                name = _lookup(_norm(match.group()), people, surnames)
                sentence.mentions.append(Mention(match.start(), match.end(), name, "person"))
                spans.append((match.start(), match.end()))
        if unknown_pattern:
            for match in unknown_pattern.finditer(_mask(sentence.text, spans)):
                name = unknown[_norm(match.group())]
                sentence.mentions.append(Mention(match.start(), match.end(), name, "company"))
        for match in _ANAPHOR.finditer(sentence.text):
            sentence.mentions.append(Mention(match.start(), match.end(), "", "anaphor"))
        sentence.mentions.sort(key=lambda m: m.start)


def _companies_in_order(sentences: list[Sentence]) -> list[str]:
    companies: list[str] = []
    for sentence in sentences:
        for m in sentence.mentions:
            if m.kind == "company" and m.name not in companies:
                companies.append(m.name)
    return companies


def _cached(cache: dict, function: Callable[[str, str], T], name: str, text: str) -> T:
    key = (function, name)
    if key not in cache:
        cache[key] = function(name, text)
    return cache[key]


def _named_subject(name: str, text: str) -> bool:
    """A sentence-initial word is a name when it recurs in the text: twice, or three times
    when it looks like a plural noun ("Sonos" does, and recurs; "Nurses" seldom does)."""
    count = len(re.findall(rf"(?<![\w#]){re.escape(name)}(?![\w-])", text))
    return count >= (3 if _plural_looking(name) else 2)


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
    canonicals = sorted(set(mapping.values()))
    firsts = [c.split()[0] for c in canonicals if len(c.split()) > 1]
    for canonical in canonicals:
        last = canonical.split()[-1]
        if (
            len(canonical.split()) > 1
            and mapping.get(_norm(last)) == last
            and last not in ent.CORPORATE_WORDS
            and sum(c.split()[-1] == last for c in canonicals) == 2  # itself and the longer
        ):
            mapping[_norm(last)] = canonical  # "Rovers" after "Ashbourne Rovers"
        first = canonical.split()[0]
        if (
            firsts.count(first) == 1  # "Harbourside" alone names neither of two Harbourside firms
            and len(canonical.split()) > 1
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


def _reversals(
    sentences: list[Sentence], affiliation: dict[str, str], year: int | None
) -> tuple[list[dict[str, str]], list[str]]:
    """Each (company, action) once, with the sentence that says it; and a doubt for each
    company whose only cue is weak ("will again offer") or only in the headline."""
    found: list[dict[str, str]] = []
    weak_cues: dict[str, str] = {}
    strong: set[str] = set()
    seen: set[tuple[str, str]] = set()
    last_company: str | None = None
    ordered = [s for s in sentences if not s.is_title] + [s for s in sentences if s.is_title]
    for sentence in ordered:
        if sentence.is_title:
            last_company = None
        taken_here: set[str] = set()
        for cue in find_cues(sentence.text):
            if _dated_before(sentence.text[cue.end :], year) or _told_as_background(
                sentence.text, cue.start, year
            ):
                continue  # "did a U-turn on it in 2022": background to today's news
            company = _subject(sentence, cue.start, cue.end, last_company, affiliation)
            if not company:
                continue
            if cue.weak or sentence.is_title:
                weak_cues.setdefault(company, cue.words)
            else:
                strong.add(company)
            if company in taken_here:
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
    doubts = [
        f"weak cue: only '{words}' says that {company} reversed something"
        for company, words in weak_cues.items()
        if company not in strong
    ]
    return found, doubts


_PAST_YEAR = re.compile(r"\b(?:in|since|during)\s+((?:19|20)\d\d)\b")
_SUBORDINATE_BEFORE = re.compile(r"\b(?:when|before|after|until|then)\s+(?:\w+\s+){0,2}$", re.I)
_YEAR_IN_CLAUSE = re.compile(r"^[^;.]{0,80}?\b(?:in|since|during|back\s+in)\s+((?:19|20)\d\d)\b")


def _told_as_background(text: str, start: int, year: int | None) -> bool:
    """ "It climbed down in 2023, before reversing course again", "Salesforce, which tried
    it in 2023 and abandoned it": a cue in a clause about an earlier year."""
    if not year:
        return False
    before = text[:start]
    clause = before[max(before.rfind(","), before.rfind(";")) + 1 :]
    if any(int(y) < year for y in _PAST_YEAR.findall(clause)):
        return True
    years = [int(y) for y in _PAST_YEAR.findall(before)]
    return bool(years and max(years) < year and _SUBORDINATE_BEFORE.search(before))


def _dated_before(after: str, year: int | None) -> bool:
    match = _YEAR_IN_CLAUSE.match(after)
    return bool(year and match and int(match.group(1)) < year)


def _first_subject(sentence: Sentence) -> str | None:
    """The company a sentence is about: its first company mention."""
    for m in sentence.mentions:
        if m.kind == "company":
            return m.name
    return None


def _subject(
    sentence: Sentence, start: int, end: int, last_company: str | None, affiliation: dict[str, str]
) -> str | None:
    """The company that acts in the cue's clause: the agent of a passive ("was scrapped by
    X"), else the nearest subject before the cue; a company named as the object of a
    preposition ("with IBM") or inside a relative clause (", which competes with Lyft,") is
    taken only when no other is there. "It", "the company", "the Swedish lender" and a
    company's executive stand for their company."""
    text = sentence.text
    agent = _passive_agent(sentence, end)
    if agent and _PASSIVE_BEFORE.search(text[:start]):
        return agent
    before = [m for m in sentence.mentions if m.end <= start and m.kind != "outlet"]
    aside: Mention | None = None
    for mention in reversed(before):
        if mention.kind == "company" and _aside(text, mention, start):
            aside = aside or mention
            continue
        found = _resolve(mention, before, last_company, affiliation)
        if found:
            return found
    if aside:
        return aside.name
    return agent or _subject_after(sentence, end)


def _subject_after(sentence: Sentence, end: int) -> str | None:
    """ "In a U-turn, Acme said ...": the company opening the clause after the cue."""
    for mention in sentence.mentions:
        if mention.start >= end and mention.kind == "company":
            if re.fullmatch(r"[\w\s'’-]{0,40},\s+(?:the\s+)?", sentence.text[end : mention.start]):
                return mention.name
            return None
    return None


_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+\s+)?$")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:with|from|like|including|than|against|at|of|for|versus|vs\.?|over|about|into|by|"
    r"to|as|behind|after|following|unlike|besides|among|such\s+as)\s+(?:the\s+|rival\s+|its\s+)?$",
    re.I,
)
_RELATIVE_OPENING = re.compile(r",\s+(?:which|who|whose|where|that|whom)\b[^,]*$")


def _aside(text: str, mention: Mention, cue_start: int) -> bool:
    """Whether a company mention is no subject: an object of a preposition, or in a relative
    clause closed before the cue."""
    if _PREPOSITION_BEFORE.search(text[max(0, mention.start - 30) : mention.start]):
        return True
    return bool(
        _RELATIVE_OPENING.search(text[: mention.start]) and "," in text[mention.end : cue_start]
    )


def _resolve(
    mention: Mention, before: list[Mention], last_company: str | None, affiliation: dict[str, str]
) -> str | None:
    if mention.kind == "company":
        return mention.name
    if mention.kind == "person" and mention.name in affiliation:
        return affiliation[mention.name]
    if mention.kind == "anaphor":
        earlier = [m for m in before if m.kind == "company" and m.end <= mention.start]
        return earlier[-1].name if earlier else last_company
    return None


def _passive_agent(sentence: Sentence, end: int) -> str | None:
    """ "scrapped by Shell": the company right after "by" within a few words of the cue."""
    passive = re.match(r"\s+(?:\w+\s+){0,6}?by\s+(?:the\s+)?", sentence.text[end:])
    if passive:
        for mention in sentence.mentions:
            if mention.kind == "company" and mention.start == end + passive.end():
                return mention.name
    return None


def _source(
    sentences: list[Sentence],
    gazetteer: Gazetteer,
    explicit: str | None,
    bylines: tuple[str, ...] = (),
    page: PageClues = PageClues(),
) -> str | None:
    """The outlet that published the article, rather than the outlets it cites.

    The page's own say wins (a header line, og:site_name, a dateline's "(Reuters)"). Else an
    outlet the article asked or was told something ("declined Fast Company's request for
    comment") beats one it credits ("Business Insider reported"), which beats a bare mention;
    the first of the best kind wins.
    """
    if explicit:
        hit = gazetteer.canonical(explicit.strip())
        return hit[0] if hit and hit[1] == "outlet" else explicit.strip()
    for byline in bylines:  # "By Anna Keller, Reuters"
        outlet = next((m.name for m in gazetteer.find(byline) if m.kind == "outlet"), None)
        if outlet:
            return outlet
    texts = list(page.credits) + [s.text for s in sentences if not s.is_title]
    declared = (
        _declared_publisher(texts, gazetteer)
        or _masthead(page.mastheads, gazetteer)
        or _outlet_of_url(page.url, gazetteer)
    )
    if declared:
        return declared
    ranks: dict[str, int] = {}
    relayed: set[str] = set()
    for sentence in sentences:
        if sentence.is_title:
            continue
        for m in sentence.mentions:
            if m.kind != "outlet":
                continue
            rank = _outlet_rank(sentence.text, m)
            if rank == 0:
                relayed.add(m.name)
            ranks.setdefault(m.name, rank)
            ranks[m.name] = max(ranks[m.name], rank)
    for short in [n for n in ranks if n.startswith("The ")]:
        # "the Times" after The New York Times is that paper, not London's
        longer = [n for n in ranks if n != short and n.endswith(short[4:]) and len(n) > len(short)]
        if longer:
            ranks[longer[0]] = max(ranks[longer[0]], ranks.pop(short))
            if short in relayed:
                relayed.add(longer[0])
    # An outlet whose story this one relays is its publisher only if asked or credited too.
    candidates = [(r, n) for n, r in ranks.items() if r >= (2 if n in relayed else 1)]
    if candidates and max(r for r, _ in candidates) == 3:
        return next(n for r, n in candidates if r == 3)
    asked = _unlisted_asker(sentences)
    if asked:
        return asked
    if not candidates:
        return (None if ranks else _unlisted_outlet(sentences)) or _release_issuer(texts)
    best = max(r for r, _ in candidates)
    return next(n for r, n in candidates if r == best)


# "Originally published by MacRumors.", "This story first appeared in Business Travel Weekly's
# Monday briefing", "It first appeared in Folha de S.Paulo", "© Maeil Business Newspaper": the
# article saying where it ran. (An outlet "first reported" something is only cited.)
_DECLARED = re.compile(
    r"(?:^\W*|[.\[(]\s*|\s)(?i:(?:this\s+(?:\w+\s+){0,2}?(?:story|article|piece|column|"
    r"interview|post|newsletter|translation)\s+(?:[\w,]+\s+){0,8}?|it\s+|an?\s+"
    r"(?:\w+\s+){0,2}?(?:article|story)\s+)(?:was\s+|has\s+)?(?:originally|first)\s+"
    r"(?:published|appeared|ran|printed)\s+(?:in\s+[A-Z][a-z]+\s+)?(?:in|on|by)|^\W*(?:originally|"
    r"first)\s+(?:published|appeared)\s+(?:in\s+[A-Z][a-z]+\s+)?(?:in|on|by))\s+(?:[Tt]he\s+)?"
    rf"(?P<a>{ent.SEQ})"
    rf"|(?:^|\s)(?:©|ⓒ|\([cC]\)|[Cc]opyright)\s*(?:(?:19|20)\d\d\s+)?(?:[Tt]he\s+)?(?P<b>{ent.SEQ})"
)
# "Manifest Weekly — a weekly newsletter about freight", "THE PIVOT — a newsletter …"
_SELF_DESCRIBED = re.compile(
    rf"^(?P<n>(?:THE\s+|The\s+)?{ent.SEQ})\s*[—–-]+\s*(?i:a|an|the|your)\s+"
    r"(?:[\w-]+\s+){0,3}?(?i:newsletter|briefing|bulletin|digest|podcast|magazine|blog)\b"
)


def _declared_publisher(texts: list[str], gazetteer: Gazetteer) -> str | None:
    for text in texts[:8] + texts[-8:]:  # notes at the top, credits at the end
        for match in _DECLARED.finditer(text):
            name = _outlet_name(match.group("a") or match.group("b"), gazetteer)
            if name:
                return name
        described = _SELF_DESCRIBED.match(text)
        if described:
            name = _outlet_name(described.group("n"), gazetteer)
            if name:
                return name
    return None


def _outlet_name(raw: str, gazetteer: Gazetteer) -> str | None:
    """A printed outlet name made canonical: the gazetteer's, else as printed (not shouted),
    without a trailing possessive or a word that is no part of a name."""
    words = re.sub(r"['’]s$", "", raw.strip()).rstrip(".,;:").split()
    while words and words[-1].lower() in ("the", "and", "of", "in", "on", "by"):
        words.pop()
    if not words or all(w in ent.STOPWORDS for w in words):
        return None
    name = " ".join(words)
    hit = gazetteer.canonical(name)
    if hit:
        return hit[0] if hit[1] == "outlet" else None  # a company's own words, not an outlet
    return _unshouted(name)


def _unshouted(name: str) -> str:
    """ "IRISH INDEPENDENT" → "Irish Independent"; short capitals ("BBC") stay."""
    if not name.isupper() or len(name) <= 4:
        return name
    return " ".join(w.capitalize() if len(w) > 3 or w == "THE" else w for w in name.split())


_PRESS_WORD = re.compile(
    r"\b(?:news|daily|times|post|journal|herald|gazette|courier|chronicle|tribune|"
    r"independent|observer|express|mail|mirror|telegraph|weekly|dispatch|clarion|record|"
    r"standard|sentinel|examiner|enquirer|argus|mercury|bulletin|newspaper|magazine|press|"
    r"review|register|inquirer|reporter|monitor|advertiser|star|sun|globe|informer)\b",
    re.I,
)


def _masthead(lines: tuple[str, ...], gazetteer: Gazetteer) -> str | None:
    """The first masthead line a gazetteer lists as an outlet, or that a newspaper word names
    ("THE DAILY CLARION"); a bare name ("Anna Keller", "Opinion") is neither."""
    for line in lines:
        hit = gazetteer.canonical(line) or gazetteer.canonical(_unshouted(line))
        if hit:
            if hit[1] == "outlet":
                return hit[0]
            continue
        if _PRESS_WORD.search(line):
            return _unshouted(line)
    return None


# "did not respond to Stuff's request for comment": the outlet that asked published it, listed
# or not.
_UNLISTED_ASKER = re.compile(
    rf"\b(?:declined|ignored|did\s+not\s+(?:immediately\s+)?(?:respond|reply)\s+to|didn['’]t\s+"
    rf"(?:immediately\s+)?(?:respond|reply)\s+to|did\s+not\s+return|didn['’]t\s+return)\s+"
    rf"(?:the\s+)?(?P<n>{ent.SEQ})['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:requests?|questions?|"
    r"inquir(?:y|ies)|quer(?:y|ies)|enquir(?:y|ies)|calls?|emails?|messages?)\b"
)


def _unlisted_asker(sentences: list[Sentence]) -> str | None:
    for sentence in sentences:
        if sentence.is_title:
            continue
        for match in _UNLISTED_ASKER.finditer(sentence.text):
            start, end = match.span("n")
            if any(m.start < end and start < m.end for m in sentence.mentions):
                continue  # a company or person ("declined Acme's request"), or a listed outlet
            name = _outlet_name(match.group("n"), Gazetteer({}, {}, set()))
            if name:
                return name
    return None


def _outlet_of_url(url: str | None, gazetteer: Gazetteer) -> str | None:
    """The listed outlet whose name is the address's domain: theverge.com → The Verge."""
    host = re.match(r"https?://(?:www\.|m\.|amp\.)?([^/:?#]+)", url or "")
    if not host:
        return None
    labels = host.group(1).lower().split(".")
    for label in labels[:-1]:
        for alias, name in gazetteer.outlets.items():
            squashed = re.sub(r"[^a-z0-9]", "", alias.lower())
            if len(squashed) >= 4 and label in (squashed, squashed.removeprefix("the")):
                return name
    return None


# A press release's boilerplate: "About Harbourside Pharmacy Group" names who issued it.
_ABOUT = re.compile(rf"(?:^|\s)About\s+(?P<n>{ent.SEQ})\s*(?::|$)")
_RELEASE_SIGN = re.compile(
    r"\b(?:today\s+(?:announced|responded|said|confirmed)|media\s+contact|notes\s+to\s+"
    r"editors|for\s+immediate\s+release|press\s+release)\b",
    re.I,
)


def _release_issuer(texts: list[str]) -> str | None:
    if not any(_RELEASE_SIGN.search(t) for t in texts[:3] + texts[-6:]):
        return None
    for text in texts:
        about = _ABOUT.search(text)
        if about:
            return about.group("n")
    return None


def _outlet_rank(text: str, mention: Mention) -> int:
    """3: asked or told by it; 2: credited; 1: named; 0: its earlier story relayed."""
    before = text[max(0, mention.start - 40) : mention.start]
    after = text[mention.end :]
    if _PUBLISHER_BEFORE.search(before) or _PUBLISHER_AFTER.match(after):
        return 3
    if _RELAYED_BEFORE.search(before) or _RELAYED_AFTER.match(after):
        return 0
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
