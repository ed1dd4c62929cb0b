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
from builder.ingest import firms
from builder.ingest.gazetteer import Gazetteer, Match
from builder.ingest.mentions import Mention, PageClues, Sentence
from builder.ingest.printed import COUNTRY_NAMES, printed_names, printed_outlet
from builder.ingest.publisher import publisher
from builder.ingest.reversals import _POLICY_NOUN, VOCABULARY, Cue, _clause, find_cues
from builder.ingest.text import split_sentences, unprefixed, uses_of

MAX_ANALYSED_CHARS = 200_000
T = TypeVar("T")

_ANAPHOR = re.compile(
    r"\b(?:[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:company|corporate|firm|group|retailer|startup|"
    r"start-up|bank|lender|chain|carrier|airline|automaker|carmaker|platform|"
    r"app|maker|insurer|giant|tech\s+giant|conglomerate|business|brand|"
    r"grocer|manufacturer|employer|publisher|studio|developer|operator|club|supermarket|"
    r"broadcaster|utility|telco|streamer|marketplace|consultancy|miner|chipmaker|drugmaker|"
    r"pharmacy|hotelier|mutual|building\s+society|cooperative|co-op|supplier|provider|"
    r"distributor|franchise|fintech|brewer|distiller|social\s+network|streaming\s+service|"
    r"outfit|baker|bakery|haulier|courier|housebuilder|outsourcer|wholesaler|caterer|discounter|"
    r"jeweller|jeweler|chemist|optician|roaster|refiner|shipper|major|multinational|"
    r"heavyweight|telecom|division|subsidiary)|"
    r"[Ii]t)\b(?!['’]s\s)"
)
_AMBIGUOUS_AFTER = re.compile(
    rf"^(?:['’]s?\s+(?:[\w\-]+\s+){{0,2}}?{ent.POSSESSED}\b|\s+(?:(?:has|had|is|was|also|now|"
    rf"quietly)\s+)*{ent.STATEMENT}\b|,?\s+{ent.LEGAL}(?!\w)|\s+(?:CEO|chief executive|"
    rf"spokesperson|spokesman|spokeswoman|employees|workers|staff|executives|stores)\b|,\s+"
    rf"(?:the|a|an)\s+(?:[\w\-’'.]+\s+){{0,4}}?{ent.CORP_NOUNS}\b"
    rf"|\s+(?:and|or)\s+{ent.SEQ},\s+(?:the|its|their|rival|fellow)\s+(?:[\w\-’'.]+\s+){{0,3}}?"
    rf"{ent.CORP_NOUNS}s\b)"
)
_AMBIGUOUS_BEFORE = re.compile(
    rf"(?:\b(?:at|of|for|with)\s+|\b(?:the|a|an|rival)\s+(?:[\w\-’'.]+\s+){{0,3}}?"
    rf"{ent.CORP_NOUNS}\s+|(?:such as|like|including)\s+(?:[^.;]{{0,60}},\s+)?)$"
)


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
    unknown, cues = _unlisted_companies(
        sentences, known, person_spans, people, surnames, gazetteer, text, explicit_source
    )
    _mark_mentions(sentences, known, person_spans, people, surnames, unknown, confirmed)
    reversals, doubts = _reversals(sentences, _affiliations(sentences), year)
    credited = {r["company"] for r in reversals}
    companies = [
        name for name in _companies_in_order(sentences)
        if name not in cues or name in credited or not firms.fragment_of_longer_name(name, text)
    ]
    printed = printed_names(companies, text, gazetteer)
    if printed:
        companies = [printed.get(name, name) for name in companies]
        reversals = [{**r, "company": printed.get(r["company"], r["company"])} for r in reversals]
    page = page or PageClues()
    source, source_doubt = publisher(sentences, gazetteer, explicit_source, bylines, page)
    source = printed_outlet(
        source, "\n".join([explicit_source or "", *bylines, *page.mastheads, *page.credits, text]),
        gazetteer,
    )
    return Analysis(
        companies=companies,
        people=people,
        source=source,
        reversals=reversals,
        tags=tags_for(text, topics),
        doubts=[
            *doubts, *firms.unsure_companies(companies, cues, text), *filter(None, [source_doubt])
        ],
    )


# A paragraph that links to other stories: "Related: …", "Read more: …", "MORE FROM BUSINESS".
_LINK_BOX = re.compile(
    r"\W*(?:related(?:\s+(?:stories|articles|coverage|news))?|read\s+more|read\s+also|"
    r"also\s+read|see\s+also|more\s+from\b[^:\n]{0,40}|more\s+on\s+this\s+story|"
    r"recommended(?:\s+for\s+you)?|most\s+read|most\s+popular|trending|further\s+reading|"
    r"you\s+may\s+also\s+like|watch|listen)\s*(?::|\||\s[—–-]\s|\n)",
    re.I,
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
        if _LINK_BOX.match(paragraph):
            continue  # "Related: Beta scraps its fee": another story's headline, not this one
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
    text = "\n".join(s.text for s in sentences)
    firm_like: dict[str, bool] = {}
    for sentence, matches in zip(sentences, known, strict=True):
        found = ent.find_people(sentence.text, [(m.start, m.end) for m in matches])
        for person in found:
            if person.weak and person.name not in firm_like:
                firm_like[person.name] = firms.described_as_firm(person.name, text)
        found = [p for p in found if not (p.weak and firm_like[p.name])]
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
    return bool(re.search(rf"{unprefixed(name)}\b(?!['’]s){_PRONOUN_AFTER}", text))


def _corporate(name: str, text: str) -> bool:
    return bool(re.search(
        rf"{unprefixed(name)}(?:['’]s\s+(?:[\w-]+\s+){{0,2}}?{ent.POSSESSED}\b|,?\s+"
        rf"{ent.LEGAL}(?!\w)|\s+(?:{ent.ROLE}|Motor|Motors|Group|shares|stock|stores|"
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
                or re.match(r",\s+which\s+(?:also\s+)?(?:said|says|has|had|is|was)\b", after)
                or _AMBIGUOUS_BEFORE.search(before)
                or _FIRM_CLAUSE.match(after)
            ):
                confirmed.add(m.name)
                continue
            if cues is None:
                cues = [cue.start for cue in find_cues(sentence.text)]
            if any(
                cue > m.end and _ACTING.fullmatch(sentence.text[m.end : cue]) for cue in cues
            ):
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
    r"|,\s+(?:owned|backed|controlled|run)\s+by\b"
    r"|\s+(?:shares\s+)?(?:gained|rose|fell|dropped|climbed|slid|jumped|lost|added|sank|surged|"
    r"tumbled|slipped|rallied)\s+[\d.]+\s*(?:%|per\s*cent|percent|p\b)"
)
# Between a company and the reversal it makes: "Next has ", "BT's ", "ING has quietly ".
_ACTING = re.compile(
    r"(?:['’]s\s+|\s+(?:(?:has|have|had|is|was|will|quietly|now|also)\s+)*"
    r"(?:(?:did|does|made|makes|performed|staged)\s+(?:a|an)\s+(?:[\w-]+\s+)?)?)"
)


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
) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Alias → canonical name of companies no gazetteer lists, found by how the text speaks
    of them (see `entities`), the subject of a reversal, or listed beside another company;
    and canonical name → the cues that found it."""
    lowercase_words = set(re.findall(r"(?<![\w’'])[a-zà-ÿ][\w\-]*", text))
    mid_sentence_caps = set()
    for s in sentences:
        for m in re.finditer(r"(?<=[\w,;:)]\s)([^\W\d_][\w’'&.\-]*)", s.text):
            mid_sentence_caps.add(re.sub(r"['’]s$", "", m.group(1)).rstrip(".,;:"))
    person_tokens = {t for p in people for t in p.split()}
    body = "\n".join(s.text for s in sentences if not s.is_title)
    headline = next((s.text for s in sentences if s.is_title), None)
    accepted: dict[str, set[str]] = {}
    cache: dict[tuple[object, str], object] = {}
    shouted: dict[str, str] = {}  # a name as a tabloid's opening prints it → as written

    def acceptable(name: str, cue: str, offset: int, sentence: str) -> bool:
        words = name.split()
        if outlet and re.sub(r"^[Tt]he\s+", "", f"{outlet} ").startswith(f"{name} "):
            return False  # "Alliance" of the publisher Alliance News ("Alliance News Ltd")
        if all(w in ent.CORPORATE_WORDS or w in ent.LEGAL_TOKENS for w in words):
            return False  # "Insurance Company": what a firm is, not its name
        if _OFFICE_AFTER.match(sentence, offset + len(name)):
            return False  # "Education Secretary Bridget Phillipson": a minister's office
        if len(words) == 1 and _cached(cache, _public_body_elsewhere, name, body):
            return False  # "Pemberton restores …" over a story about Pemberton Council
        if sentence == headline and _cached(cache, _place_elsewhere, name, body):
            return False  # "Brisbane, Perth staff win …" over "staff from Brisbane and Perth"
        if _NOT_A_FIRM.search(name) or (
            len(words) > 1 and name.isupper() and any(len(w) > 4 for w in words)
        ):
            return False  # "I'm", "Lindenhof-Arena", a shouted heading ("KESTREL'S DEPOT")
        if _cached(cache, _personal, name, text) or _cached(cache, _personal, words[-1], text):
            return False  # "Dana Whitmore had told reporters … Whitmore said she"
        if any(w in person_tokens or w in surnames for w in words) and not (
            any(w in ent.CORPORATE_WORDS or w == "&" for w in words)  # "Hartwell & Pryce"
            or cue in ("legal", "apposition", "corporate")  # "Marchetti, an Italian roaster,"
        ):
            return False
        if gazetteer.canonical(name):
            return False
        if (
            firms.public_body(name, offset, sentence)
            or firms.cited_or_product(offset, sentence)
            and not _CHAIN_AFTER.match(sentence, offset + len(name))
            or firms.place_like(offset, sentence)
            and cue not in ("legal", "corporate")
            and not any(w in ent.CORPORATE_WORDS for w in words)
        ):
            return False
        if len(words) > 1:
            return True
        if name.lower() == name or firms.GENERIC_NOUN.fullmatch(name.lower()):
            return False  # "Club scraps …", "Broadcaster reverses …": a headline's noun
        if name.lower() in lowercase_words and name not in mid_sentence_caps:
            return False  # "Unity" stays a company beside one "show of unity"
        if offset > 2 or name in mid_sentence_caps:
            return True
        if cue == "statement" and _INTERJECTED.match(sentence[offset + len(name) :]):
            return not _plural_looking(name)  # "Asda, meanwhile, is extending …"
        if cue == "statement" and _REPORTING_VERB.match(sentence[offset + len(name) :]):
            return not _plural_looking(name) or _cached(cache, _named_subject, name, text)
        if cue in ("reversal", "list") and not _plural_looking(name):
            return True  # "Asda did a U-turn", "Continental and Michelin": a firm, named once
        if cue == "role" and re.match(r"['’]s\s", sentence[offset + len(name) :]):
            return True  # "Vantor's chief executive": a firm, even named once
        if cue in ("statement", "possessive", "role", "reversal"):
            return _cached(cache, _named_subject, name, text)
        return True

    for index, sentence in enumerate(sentences):
        if sentence.is_title and _title_case(sentence.text):
            # "Vantor Scraps Office Mandate": every word is capitalised, so only the words
            # before the reversal verb show a name
            for name, cue, offset in firms.title_case_subject(sentence.text):
                if acceptable(name, cue, offset, sentence.text):
                    accepted.setdefault(_cached(cache, _extended, name, text), set()).add(cue)
            continue
        masked = _mask(
            sentence.text,
            [(m.start, m.end) for m in known[index]]
            + [(p.start, p.end) for p in person_spans[index]],
        )
        found = ent.candidate_names(sentence.text, masked) + _reversal_subjects(
            sentence.text, masked
        )
        if sentence.is_title:  # a name only in the headline, when the headline says enough
            found = firms.before_the_verb([
                f for f in found if f[1] in ("legal", "role", "reversal", "owned", "described")
            ], sentence.text)
        found = [_with_lead_word(n, c, o, sentence.text, text) for n, c, o in found]
        for i, (name, cue, offset) in enumerate(found):
            first, _, rest = name.partition(" ")
            if (
                rest and first.isupper() and len(first) > 3 and not rest.isupper()
                and first.capitalize() not in ent.STOPWORDS  # "SOURCE Telstra Corporation"
                # "a subsidiary of BRAC Bank", "the app LINE MAN": capitals the name keeps
                and not re.search(rf"(?<=[a-z,] ){re.escape(first)}\b", text)
            ):
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
    for name in list(accepted):
        numbered = _numbered_name(name, text)
        if numbered:  # "Mitre 10" wherever the text names Mitre: the number is in the name
            accepted.setdefault(numbered, set()).update(accepted.pop(name))
    mapping = _merge_unknown(accepted, gazetteer)
    cues: dict[str, set[str]] = {}
    for alias, found in accepted.items():
        cues.setdefault(mapping.get(_norm(alias), alias), set()).update(found)
    for printed, written in shouted.items():
        if _norm(written) in mapping:
            mapping[_norm(printed)] = mapping[_norm(written)]
    known_names = {m.alias: m.name for matches in known for m in matches if m.kind == "company"}
    for alias, name in known_names.items():
        first = alias.split()[0]
        if len(alias.split()) > 1 and mapping.get(_norm(first)) == first:
            mapping[_norm(first)] = name  # "Novo" after "Novo Nordisk": that company
    commonly = _as_commonly_named(mapping, text)
    renamed = {mapping[alias]: name for alias, name in commonly.items() if alias in mapping}
    return commonly, {renamed.get(name, name): found for name, found in cues.items()}


def _as_commonly_named(mapping: dict[str, str], text: str) -> dict[str, str]:
    """Each unlisted company under the name the article introduces it by and uses: "Jollibee"
    when the story opens with "Jollibee" and prints "Jollibee Foods Corp." only further down,
    but "Zentrix Robotics" when that is its first mention; the short name a release defines
    ("Northwind Mutual Insurance Company ("Northwind Mutual")"); "Nando's" when the name
    never appears without its "'s" and stands as a subject or after a preposition ("Nando's
    said", "at Nando's")."""
    renamed: dict[str, str] = {}
    for canonical in set(mapping.values()):
        words = canonical.split()
        defined = re.search(
            rf"{unprefixed(canonical)},?\s+\(\s*(?:the\s+)?[\"“']([^\"”']+)[\"”']\s*\)",
            text,
        )
        if defined and canonical.startswith(f"{defined.group(1)} "):
            renamed[canonical] = defined.group(1)
            continue
        long = uses_of(canonical, text)
        long_uses, first_long = len(long), (long[0] if long else None)
        cut = len(words)
        while cut > 1 and words[cut - 1].rstrip(".") in _TRAILING_WORDS:
            cut -= 1
            name = " ".join(words[:cut])
            if any(o != canonical and o.startswith(f"{name} ") for o in mapping.values()):
                break  # "Harbourside" alone names neither of two
            if words[cut] in COUNTRY_NAMES and (
                name in ent.CORPORATE_WORDS or name in ent.STOPWORDS
            ):
                break  # "Air Tanzania": "Air" alone names nothing
            bare = rf"{unprefixed(name)}(?![\w-]|\s+{re.escape(words[cut])})"
            first_bare = re.search(bare, text)
            if (
                first_bare
                and (not first_long or first_bare.start() < first_long.start())
                and len(re.findall(bare, text)) >= max(2, long_uses)
            ):
                renamed[canonical] = name
                break
        if canonical in renamed:
            continue
        if len(words) == 1 and not canonical.endswith("s"):
            quoted = re.escape(canonical)
            if not re.search(rf"(?<![\w-]){quoted}(?![\w'’-])", text) and re.search(
                rf"(?:\b(?:at|of|from|by|with|for|to)\s+{quoted}['’]s\b"
                rf"|{quoted}['’]s(?:[,.;:!?)]|\s+(?:has|have|had|is|was|will|would|said|says|"
                rf"did|does|also|now|confirmed|brings|brought)\b))",
                text,
            ):
                printed = re.search(rf"{quoted}['’]s", text)
                renamed[canonical] = printed.group() if printed else canonical
    if not renamed:
        return mapping
    result = {alias: renamed.get(name, name) for alias, name in mapping.items()}
    for name in renamed.values():
        result.setdefault(_norm(name), name)
    return result


# Words that end a company's full name but not the name articles mostly call it by.
# ("Health", "Water" or "Post" stay: "Meridian Health Partners" is not mostly "Meridian".)
_TRAILING_WORDS = (
    (ent.CORPORATE_WORDS - ent.GENERAL_CORPORATE_WORDS) | ent.LEGAL_TOKENS | COUNTRY_NAMES
    | {"UK", "US", "USA"}  # "Coop" for a story that says "Coop Danmark" once, "Coop" after
    | {"Grupp", "Gruppe", "Gruppen", "Groupe"}  # "Tallink Grupp", then "Tallink"
)


# "Education Secretary Bridget Phillipson", "Finance Minister …": an office, not a firm
_OFFICE_AFTER = re.compile(
    r"\s+(?:Secretary|Minister|Commissioner|Chancellor|Governor|Senator|Mayor|Councillor|"
    r"Spokesperson\s+for)\b"
)


def _public_body_elsewhere(name: str, body: str) -> bool:
    """Every use of `name` in the story runs on into a public body's name ("Pemberton
    Council"): the headline's bare "Pemberton" is that body too."""
    uses = uses_of(name, body)

    def public(after: str) -> bool:
        run = re.match(r"(?:\s+[A-Z][\w-]*)+", after)
        words = set(run.group().split()) if run else set()
        return bool(words & firms.PUBLIC_BODY_WORDS) and not words & ent.CORPORATE_WORDS

    return bool(uses) and all(public(body[use.end() :]) for use in uses)


def _place_elsewhere(name: str, body: str) -> bool:
    """A headline's name that the story uses only as a place: after "in", "from", "to" or
    "near", alone or in a list ("relocate staff from Brisbane and Perth")."""
    uses = uses_of(name, body)
    return bool(uses) and all(
        _PLACE_USE.search(body, max(0, use.start() - 80), use.start()) for use in uses
    )


_PLACE_USE = re.compile(
    rf"\b(?:in|from|to|near|across|outside|around|between)\s+(?:the\s+)?"  # "from the Gold Coast"
    rf"(?:(?:the\s+)?{ent.SEQ}(?:,\s+|,?\s+(?:and|or)\s+))*(?:the\s+)?$"
)


# "its Baby City chain", "its Toll unit": a firm the company owns, not one of its products
_CHAIN_AFTER = re.compile(r"\s+(?:chain|subsidiary|unit|division|arm)\b")
# A contraction ("I'm"), or a venue ("Lindenhof-Arena", "Kingsway Stadium"): no firm.
_NOT_A_FIRM = re.compile(
    r"['’](?:m|re|ve|ll|d)$|[\s-](?:Arena|Stadium|Airport|Station|Hospital|Cathedral)$"
    r"|^[A-Z]{2,5}s$"  # a plural acronym: "MPs", "CEOs", "SMEs"
    r"|^Gen\s+(?:[XYZ]|Alpha)$"  # a generation: "Gen Z workers"
)
# Capitalised words that may start a company's name although they are also ordinary words:
# "Old Navy", "New Look", "Dutch Bros", "United Utilities", "Canada Post", "Just Eat".
_NAME_OPENERS = ent.NATIONALITIES | ent.PLACES | {
    "Old", "New", "Just", "Big", "Black", "Main", "First", "General", "Royal", "National",
    "Great", "Southern", "Northern", "Western", "Eastern", "Central", "Standard", "Next",
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
}
_DESCRIPTOR = re.compile(rf"(?i:{ent.CORP_NOUNS}s?|rivals?|shares|fellow|peers?)")


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
    if re.search(r"['’]s$", word):
        return name, cue, offset  # "China's Meituan": a possessive, no part of the name
    if _DESCRIPTOR.fullmatch(word) or word in ent.LEADING_AUX or word.lower() in ("the", "a"):
        return name, cue, offset
    plain = word not in ent.STOPWORDS and word.capitalize() not in ent.STOPWORDS
    if word.isupper() and len(word) > 3 and plain:
        if re.search(rf"(?<=[a-z,] ){re.escape(word)}\b", text):
            return name, cue, offset  # "of BRAC Bank": an acronym, not a shouted word
        word = word.capitalize()  # "ASHBOURNE Rovers" → "Ashbourne Rovers"
    elif not (plain or word in _NAME_OPENERS):
        return name, cue, offset
    else:
        uses = len(uses_of(name, text))
        joined = len(re.findall(rf"{unprefixed(word)}\s+{re.escape(name)}(?![\w-])", text))
        opening = before.start(1) == 0 and word not in _NAME_OPENERS  # "Asked Acme …"
        if not uses or joined < uses or (opening and joined < 2):
            return name, cue, offset
    return f"{word} {name}", cue, before.start(1)


# "Aviva said", "SFR, which is cutting jobs, did not comment": a firm speaking or silent.
_REPORTING_VERB = re.compile(
    r"(?:\s+itself)?(?:,[^,]{3,90},)?\s+(?:(?:has|had|also|now)\s+)?(?:said|says|told|declined|did\s+not|"
    r"mentioned|stated|noted|added|insisted|explained|ruled\s+out|"
    r"didn['’]t|does\s+not|doesn['’]t|confirmed|announced|is\s+sticking|dismissed|denied|would\s+not|will\s+not)\b"
)
# A subject set off by an aside that only a firm's or a person's story has.
_INTERJECTED = re.compile(r",\s+(?:meanwhile|however|for its part|by contrast|in contrast),\s")
# Words between a subject and its reversal cue: "Asda, remember, did a U-turn".
_FILLERS = {
    "has", "have", "had", "is", "are", "was", "were", "will", "also", "now", "quietly",
    "finally", "later", "then", "recently", "last", "this", "week", "did", "made", "makes",
    "performed", "executed", "announced", "a", "an", "performs", "make", "does", "stages",
    "staged",
}


# Words before a person's name: "Mayor Jane Roe", "Cllr Ford", "CEO Jane Roe".
_TITLES = {
    "Mayor", "Minister", "Cllr", "Councillor", "Senator", "Sen", "Rep", "Governor", "Gov",
    "President", "Judge", "Justice", "Dr", "Mr", "Mrs", "Ms", "Sir", "Dame", "Lord", "Lady",
    "Secretary", "Chancellor", "Premier", "Commissioner", "Prof", "King", "Queen", "Prince",
    "Princess", "Chairman", "Chairwoman", "Chair", "CEO", "Chief", "Director", "Officer",
    "Spokesperson", "Spokesman", "Spokeswoman", "Founder", "MP", "MEP",
}


_AGENT_AFTER = re.compile(rf"\s+(?:[a-z]+\s+){{0,2}}?by\s+(?P<n>{ent.SEQ})")
_SITE_AFTER = re.compile(rf"\s+at\s+(?P<n>{ent.SEQ})")
_DECIDED = re.compile(r"(?:decision|move|plan|plans|bid|choice|vote)\s+to")
# An acronym described as a firm right before it: "retailer ASOS", "the lender ING".
_DESCRIBED_ACRONYM = re.compile(rf"\b{ent.CORP_NOUNS}\s+[A-Z]{{2,5}}$")


_IS_TO = re.compile(r"is|are|was|were|set")
_OBJECT_PASSIVE = re.compile(r"\s+(?:at|by)\s+(?!least\b)(?:the\s+)?[A-Z]")


def _reversal_subjects(text: str, masked: str) -> list[tuple[str, str, int]]:
    """(name, "reversal", offset) for the capitalised subject right before a reversal cue.
    A line in capitals ("2) KESTREL'S DEPOT U-TURN") shows no name by its case: none."""
    found: list[tuple[str, str, int]] = []
    letters = re.findall(r"[^\W\d_]", text)
    if len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
        return found
    for cue in find_cues(text):
        base = max(0, cue.start - 160)
        before = masked[base : cue.start]
        agent = _AGENT_AFTER.match(masked, cue.end) or (
            _PASSIVE_BEFORE.search(before) and _SITE_AFTER.match(masked, cue.end)
        )
        if agent:  # "was dropped by Vantor", "the rule was scrapped at Orvalo"
            name, offset = ent.clean_candidate(agent.group("n"), agent.start("n"))
            if name:
                found.append((name, "reversal", offset))
        tokens = list(re.finditer(r"\S+", before))
        if tokens and re.fullmatch(r"[\"“'‘]", tokens[-1].group()):
            tokens.pop()  # Acme was "retiring" the scheme
        if len(tokens) > 1 and tokens[-1].group() == "to" and _IS_TO.fullmatch(tokens[-2].group()):
            tokens.pop()  # "Acme is to scrap", "Acme is set to scrap"
            if tokens[-1].group() == "set":
                tokens.pop()
        while tokens and tokens[-1].group().lower() in _FILLERS:
            tokens.pop()
        if len(tokens) > 2 and _DECIDED.fullmatch(" ".join(t.group() for t in tokens[-2:])):
            tokens = tokens[:-2]  # "Marrow's decision to drop"
        elif len(tokens) > 1 and tokens[-1].group() == "for" and cue.words.endswith("ing"):
            tokens.pop()  # "praised Kopa for reversing"
        if tokens and tokens[-1].group().endswith(","):
            # ", a family-owned machine builder in Stuttgart," between subject and verb
            offset = max(0, len(tokens) - 16)
            commas = [i for i, t in enumerate(tokens[offset:-1]) if t.group().endswith(",")]
            if commas:
                tokens = tokens[: offset + commas[-1] + 1]
            while tokens and tokens[-1].group().lower() in _FILLERS:
                tokens.pop()
        if _OBJECT_PASSIVE.match(text, cue.end):
            continue  # "Fee scrapped at Tesco": what comes before is what was scrapped
        name_tokens = []
        while tokens and (
            tokens[-1].group()[:1].isupper()
            or tokens[-1].group() in ("&", "of")
            or re.match(r"[a-z][A-Z][a-z]", tokens[-1].group())  # "iFood", "eBay"
        ):
            if name_tokens and tokens[-1].group().endswith(","):
                break  # "Unlike Beta Inc., Acme dropped": a comma ends a name
            name_tokens.insert(0, tokens.pop())
        if not name_tokens or name_tokens[0].group().rstrip(".") in _TITLES:
            continue  # "Mayor Jane Roe scrapped": a person acted
        start, end = name_tokens[0].start(), name_tokens[-1].end()
        raw = re.sub(r"['’]s$", "", before[start:end].rstrip(",;:"))  # "Acme Inc.'s U-turn"
        name, offset = ent.clean_candidate(raw, base + start)
        if not name and _DESCRIBED_ACRONYM.search(before[: end]):
            name, offset = raw, base + start  # "fashion retailer ASOS has backed away"
        if name:
            found.append((name, "reversal", offset))
    return found


def _numbered_name(name: str, text: str) -> str | None:
    """ "Mitre 10" when every use of the name carries the same short number after it."""
    numbers = re.findall(
        rf"(?<![\w-]){re.escape(name)}(?:\s(\d{{1,3}}|(?!19|20)\d{{4}}))?(?![\w%]|[.,]\d|\s*%)",
        text,
    )
    if numbers and numbers[0] and all(n == numbers[0] for n in numbers):
        return f"{name} {numbers[0]}"
    return None


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
            "#" in item or ent.clean_candidate(item, 0, acronym=True)[0] in accepted
            for item, _ in items
        )
        if not anchored or any(item.strip() in ent.PLACES for item, _ in items):
            continue  # "sites in Edinburgh, Wythall and Telford": places
        for item, offset in items:
            if "#" in item:
                continue
            # "Avanti West Coast and LNER": an acronym listed beside a firm is one too
            name, start = ent.clean_candidate(item, offset, acronym=True)
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
    # A surname the text also speaks of as a firm ("Marchetti, an Italian coffee roaster")
    # is the firm where it stands alone; the person keeps the full name.
    names = {**{p: p for p in people}, **{k: v for k, v in surnames.items() if k not in unknown}}
    person_pattern = _names_pattern(names, _FIRM_TAIL)
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
                sentence.mentions.append(
                    Mention(match.start(), match.end(), name, "company", listed=False)
                )
        for match in _ANAPHOR.finditer(sentence.text):
            sentence.mentions.append(Mention(match.start(), match.end(), "", "anaphor"))
        sentence.mentions.sort(key=lambda m: m.start)


def _companies_in_order(sentences: list[Sentence]) -> list[str]:
    """The companies the article names, in order, less the platforms it names only as where
    something was said or done ("organised on TikTok", "rumours on Blind and LinkedIn")."""
    companies: list[str] = []
    venue_only: dict[str, bool] = {}
    for sentence in sentences:
        for m in sentence.mentions:
            if m.kind != "company":
                continue
            if m.name not in companies:
                companies.append(m.name)
            venue = bool(
                _VENUE_BEFORE.search(sentence.text, max(0, m.start - 90), m.start)
                and not re.match(r"['’]s\b", sentence.text[m.end :])
            )
            venue_only[m.name] = venue_only.get(m.name, True) and venue
    return [name for name in companies if not venue_only[name]]


# "posted on TikTok", "rumours on Blind and LinkedIn", "a thread on Reddit": a venue
_VENUE_BEFORE = re.compile(
    r"\b(?:posted|posting|posts?|shared|sharing|organi[sz]ed|organi[sz]ing|rumou?rs?|threads?|"
    r"comments?|videos?|reviews?|campaign(?:ed|ing)?|trending|viral|backlash|complain(?:ed|ing|ts?)|"
    r"live-?stream(?:ed|ing)?|streamed|accounts?|followers|pages?|channels?|groups?|forums?|"
    r"messages?|petitions?|outcry|uproar|protests?|anger|fury|criticism|screenshots?|clips?|"
    r"wrote|said|announced|slogan)\b[^.;:]{0,40}?\s(?:on|via|across)\s+"
    rf"(?:{ent.SEQ}(?:,\s+|,?\s+(?:and|or)\s+))*$"
)


def _cached(cache: dict, function: Callable[[str, str], T], name: str, text: str) -> T:
    key = (function, name)
    if key not in cache:
        cache[key] = function(name, text)
    return cache[key]


_NOT_HASHTAG = r"[\w#]"  # before a name's use: a word or hashtag it is part of


def _named_subject(name: str, text: str) -> bool:
    """A sentence-initial word is a name when it recurs in the text: twice, or three times
    when it looks like a plural noun ("Sonos" does, and recurs; "Nurses" seldom does)."""
    count = len(re.findall(rf"{unprefixed(name, _NOT_HASHTAG)}(?![\w-])", text))
    return count >= (3 if _plural_looking(name) else 2)


_CORPORATE_TAIL = "|".join(sorted(ent.CORPORATE_WORDS, key=len, reverse=True))


def _extended(name: str, text: str) -> str:
    """ "Pelican Grove" → "Pelican Grove Hotels" when the text also uses the longer form."""
    for use in re.finditer(rf"{unprefixed(name, _NOT_HASHTAG)}", text):
        match = _CORPORATE_RUN.match(text, use.end())
        if match:
            return name + match.group(1) if "AI" not in match.group(1) else name
    return name


_CORPORATE_RUN = re.compile(rf"((?:\s+(?:{_CORPORATE_TAIL}))+)(?![\w'’-])")


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


# After a surname, a word that makes it a firm's name: "Enthoven Group", "Berg Logistics".
_FIRM_TAIL = rf"\s+(?:{'|'.join(sorted(ent.CORPORATE_WORDS | ent.LEGAL_TOKENS))})\b"


def _names_pattern(mapping: dict[str, str], not_before: str = "") -> re.Pattern[str] | None:
    if not mapping:
        return None
    alternatives = []
    for name in sorted(mapping, key=len, reverse=True):
        alternatives.append(re.escape(name).replace("'", "['’]").replace(r"\ ", r"\s+"))
    # "Vantor-owned Pixly" names Vantor too; "Vantor-like" does not.
    stop = f"|{not_before}" if not_before else ""
    return re.compile(
        rf"(?<![\w#&])(?:{'|'.join(alternatives)})"
        rf"(?![\w#]|-(?!(?:owned|backed|controlled|led|run)\b)\w{stop})"
    )


# "Jane Roe, chief customer officer at Acme", "Jane Roe, a senior vice president of Acme"
_ROLE_AT = re.compile(
    rf",\s+(?:(?:the|a|an|its)\s+)?(?:[\w-]+\s+){{0,3}}?{ent.ROLE}\s+(?:at|of|for)\s+"
    r"(?:the\s+)?"
)


def _affiliations(sentences: list[Sentence]) -> dict[str, str]:
    """Person → company, from "Duolingo CEO Luis von Ahn" or "Bosworth, Meta's CTO"."""
    result: dict[str, str] = {}
    role = (
        rf"(?:,?\s+{ent.LEGAL})?(?:['’]s)?\s+(?:(?:former|new|interim|acting|top)\s+)?"
        rf"{ent.ROLE},?\s+$"
    )
    for sentence in sentences:
        companies = [m for m in sentence.mentions if m.kind == "company"]
        for person in (m for m in sentence.mentions if m.kind == "person"):
            for company in reversed(companies):
                if company.end <= person.start and re.match(
                    role, sentence.text[company.end : person.start]
                ):
                    result.setdefault(person.name, company.name)
                    break
                if company.start >= person.end and _ROLE_AT.fullmatch(
                    sentence.text[person.end : company.start]
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
    fragments = _fragments(sentences)
    unsure: dict[str, str] = {}
    strong: set[str] = set()
    uncredited: dict[str, str] = {}  # cue words → the sentence, where no firm acts
    seen: set[tuple[str, str]] = set()
    cue_words: dict[tuple[str, str], str] = {}  # (company, action) → the words that told it
    last_company: str | None = None
    it_elsewhere = False
    ours = _our_company(sentences)
    speaker: str | None = None  # the firm whose spokesperson the sentence before quoted
    last_act: tuple[Cue, Sentence] | None = None
    ordered = [s for s in sentences if not s.is_title] + [s for s in sentences if s.is_title]
    previous: list[str] = []  # the companies of the sentence before, in order
    latest = max(
        (int(y) for s in sentences for y in re.findall(r"\b((?:19|20)\d\d)\b", s.text)),
        default=None,
    )
    # "Ikea scraps bag charge" / "The Swedish furniture giant has scrapped …": the headline's
    # firm is the one a description opening the story stands for.
    last_company = next((_first_subject(s) for s in sentences if s.is_title), None)
    named = _companies_in_order(sentences)
    # the firm the article is about: its headline's, else the first it names
    main_firm = last_company or (named[0] if named else None)
    # "The decision was reversed on Monday. Acme had told staff …": the one firm the article
    # names may be who decided, or may only be affected by a government's or a union's turn
    # ("The levy was scrapped. Acme welcomed it."): an editor decides.
    only_firm = named[0] if last_company is None and len(named) == 1 else None
    guessed: dict[str, tuple[str, str]] = {}
    for sentence in ordered:
        if sentence.is_title:
            last_company = None
        taken_here: set[str] = set()
        # A strong cue names the action before a weak one ("will again allow ..., reversing")
        for cue in sorted(find_cues(sentence.text), key=lambda c: c.weak):
            if (
                _dated_before(sentence.text[cue.end :], year)
                or _told_as_background(sentence.text, cue.start, year, latest)
                or _relative_dated_last_year(sentence.text, cue.start, cue.end)
            ):
                continue  # "did a U-turn on it in 2022": background to today's news
            if _PERSONAL_TURN.search(cue.words) or _PERSONAL_TURN.match(sentence.text, cue.end):
                continue  # "reversed himself", "changed his mind": a person's turn, no firm's
            credited = _former_or_latter(sentence.text[: cue.start], previous) or _subject(
                sentence, cue.start, cue.end, last_company, affiliation, it_elsewhere, ours,
                len(previous) >= 2,
            ) or _continued_quote(sentence, cue.start, speaker)
            if credited and _claimed_by_another_firm(sentence, cue.start, credited, affiliation):
                uncredited.setdefault(cue.words, sentence.text.strip())
                continue  # "Samsung said rival Apple had backed down": a rival's word for it
            listed = [] if credited else _listed_after(sentence, cue.start, cue.end)
            if not credited and not listed and only_firm and last_company is None:
                opening = _DESCRIBED_OPENING.match(sentence.text)
                opening = opening if opening and opening.end() <= cue.start else None
                # "The bank has dropped the fee. … Santander": the firm described is the one
                # named; "A big US bank has reversed … JPMorgan declined to comment": an
                # indefinite description brings in a firm the writer may never name.
                described = (opening and not opening.group("indefinite")) or any(
                    m.kind == "anaphor" and m.end <= cue.start for m in sentence.mentions
                )
                guess = only_firm if opening else _subject(
                    sentence, cue.start, cue.end, only_firm, affiliation, it_elsewhere, ours
                )
                if guess and described:
                    credited = guess
                elif guess and not cue.weak:
                    guessed.setdefault(guess, (cue.words, sentence.text.strip()))
                    continue
            if not credited and not listed:
                if not cue.weak and not sentence.is_title:
                    uncredited.setdefault(cue.words, sentence.text.strip())
                continue
            if (
                credited
                and _NOUN_OPENS.fullmatch(sentence.text[: cue.start])
                and _NOUN_TOLD_AS_NEWS.match(sentence.text, cue.end)
            ):
                # "The climbdown follows a similar episode at …": the turn already told, else
                # the article's own firm's; not a rival named in passing just before
                credited = found[-1]["company"] if found else (
                    credited if credited == main_firm else None
                )
                if credited is None:
                    uncredited.setdefault(cue.words, sentence.text.strip())
                    continue
            doers = [credited, *_coordinated(sentence, credited, cue.start)] if credited else listed
            last_act = (cue, sentence)
            for company in doers + _followers(sentence, cue.end):
                if company in fragments:
                    unsure.setdefault(company, cue.words)
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
                cue_words[(company, cue.action)] = cue.words
                found.append(
                    {"company": company, "action": cue.action, "text": sentence.text.strip()}
                )
        if last_act and last_act[1] is not sentence and not sentence.is_title:
            # "Uber scrapped the fee. Lyft followed in April.": the act before, repeated
            for company in _followers(sentence, 0):
                if (company, last_act[0].action) not in seen:
                    seen.add((company, last_act[0].action))
                    strong.add(company)
                    found.append({"company": company, "action": last_act[0].action,
                                  "text": sentence.text.strip()})
            last_act = None  # only the sentence right after the act follows it
        speaker = _speaker(sentence, affiliation)
        companies_here = [m.name for m in sentence.mentions if m.kind == "company"]
        previous = list(dict.fromkeys(companies_here))
        # "The union welcomed the move. It had ...": the next "it" is the union, not a firm.
        it_elsewhere = not companies_here and bool(_SINGULAR_OTHER_ACTOR.match(sentence.text))
        if companies_here:
            last_company = companies_here[-1] if not sentence.is_title else last_company
            subject = _first_subject(sentence)
            if subject:
                last_company = subject
    corrections = [s.text for s in sentences if not s.is_title and _CORRECTION.search(s.text)]
    if corrections:
        found = [r for r in found if not _corrected(r, cue_words, corrections)]
    doubts = [
        f"weak cue: only '{words}' says that {company} reversed something"
        for company, words in weak_cues.items()
        if company not in strong
    ]
    doubts += [
        f"unsure who: '{words}' is told of '{company}', which may be part of a longer name "
        f"('{fragments[company]}'); add the reversal if a company made it"
        for company, words in unsure.items()
    ]
    credited_firms = {r["company"] for r in found}
    for company, (words, told) in guessed.items():
        if company not in credited_firms:
            doubts.append(
                f"unsure who: '{words}' in \"{_excerpt(told)}\" names no company that decided; "
                f"it may be {company}'s (the one company the article names): add the "
                "reversal if so"
            )
    if not found and uncredited:
        words, told = next(iter(uncredited.items()))
        doubts.append(
            f"unsure who: '{words}' in \"{_excerpt(told)}\" is told of no company ingest could "
            "name; "
            "add the reversal if a company made it"
        )
    return found, doubts


_FORMER_LATTER = re.compile(
    r"\W*(?:[\w ]{0,30},\s+)?the\s+(former|latter)\s+(?:(?:has|have|had|is|was|also|now|"
    r"since|then|quietly|already)\s+)*$",
    re.I,
)


def _former_or_latter(before: str, previous: list[str]) -> str | None:
    """ "Shell and BP reported profits. The former has scrapped …": the first (or the last)
    of the two firms the sentence before named."""
    match = _FORMER_LATTER.fullmatch(before)
    if not match or len(previous) != 2:
        return None
    return previous[0] if match.group(1).lower() == "former" else previous[1]


# A correction: "A correction to an earlier post: Virgin Atlantic has not reinstated …".
_CORRECTION = re.compile(
    r"\b(?:correction|corrected|in\s+error|wrongly|incorrectly|mistakenly|as\s+we\s+(?:said|"
    r"reported|wrote)|earlier\s+(?:post|version|report)|apologi[sz]e|apologies)\b",
    re.I,
)


def _corrected(reversal: dict[str, str], cue_words: dict[tuple[str, str], str],
               corrections: list[str]) -> bool:
    """Whether a correction in the article (one of `corrections`) says the firm did not do
    it: "A correction: Virgin Atlantic has not reinstated its Mumbai flights, as we said"."""
    company = reversal["company"]
    words = cue_words.get((company, reversal["action"]), "")
    stems = {w[: max(4, len(w) - 3)] for w in (words.split()[:1] + [reversal["action"]]) if w}
    denial = re.compile(
        rf"{re.escape(company)}\s+(?:has|had|have|did|does|is|was)\s*n[o']t\s+(?:\w+\s+)?"
        rf"(?:{'|'.join(re.escape(stem) for stem in stems)})",
        re.I,
    )
    return any(denial.search(text) for text in corrections)


# A turn a person makes about himself: "reversed himself", "changed her mind", "walked back
# his comments", "dropped his appeal".
_PERSONAL_TURN = re.compile(
    r"\s*\b(?:himself|herself|(?:his|her)\s+(?:own\s+)?(?:mind|stance|position|views?|"
    r"comments?|remarks?|words|resignation|appeal|bid|candidacy|opposition|support|"
    r"endorsement|pledge|promise|threat|claim|lawsuit|case))\b",
    re.I,
)


# "A Swedish fashion giant has scrapped …", "One of Britain's biggest supermarkets has …"
_DESCRIBED_OPENING = re.compile(
    rf"\W*(?:(?P<indefinite>an?|one\s+of)|the)\s+"
    rf"(?:(?!(?:of|on|at|for|to|by|in|with|from)\b)[\w'’-]+\s+)"
    rf"{{0,5}}?{ent.CORP_NOUNS}s?\s+(?:(?:has|have|had|is|was|also|now|quietly|then|"
    rf"said|says|confirmed)\s+)*",
    re.I,
)


_SAYS = re.compile(
    r"\b(?:said|says|claimed|claims|insisted|insists|argued|argues|told\s+\w+)\s+(?:that\s+)?"
)
# Between the firm and its verb, quoting the speaker's word for the act: 'Apple had "finally',
# 'Aldi had "'.
_CLAIMED_ACT = re.compile(
    r"\s+(?:(?:had|has|have|was|is|would)\s+)?(?:[\"“](?:\w+ly\s+)?|(?:\w+ly\s+)?[\"“]|"
    # 'Lidl had "caved" by scrapping': the act is what the speaker's word calls it
    r"(?:\w+ly\s+)?[\"“][^\"”]{1,40}[\"”]\s+(?:by|in)\s+)"
)


def _claimed_by_another_firm(
    sentence: Sentence, start: int, credited: str, affiliation: dict[str, str]
) -> bool:
    """Whether the act is only another firm's claim, told in its words: "Tesco's boss said
    Aldi had "backed down"", "Samsung said rival Apple had "finally backed down"". Told plainly
    ("Aldi said Tesco had scrapped the fee") or with a possessive ("said Apple's U-turn was
    overdue"), the turn is reported as fact and stays credited."""
    text = sentence.text
    says = [m for m in _SAYS.finditer(text, 0, start)]
    if not says:
        return False
    verb = says[-1]
    doer = [
        m for m in sentence.mentions
        if m.kind == "company" and m.name == credited and verb.end() <= m.start < start
    ]
    if not doer or not _CLAIMED_ACT.fullmatch(text, doer[-1].end, start):
        return False
    speakers = {
        m.name if m.kind == "company" else affiliation.get(m.name, "")
        for m in sentence.mentions
        if m.end <= verb.start() and m.kind in ("company", "person")
    } - {""}
    return bool(speakers) and credited not in speakers


def _excerpt(told: str) -> str:
    return told if len(told) <= 120 else told[:117].rsplit(" ", 1)[0] + " …"


# Words that may stand before a name without being part of it: "The", "On Monday", "Swedish".
_BEFORE_A_NAME = {
    "The", "A", "An", "In", "On", "At", "By", "For", "From", "To", "With", "And", "But", "Or",
    "So", "Yet", "Now", "Meanwhile", "Also", "Then", "Still", "Today", "Yesterday",
    "Separately", "However", "Instead", "Like", "Unlike", "While", "When", "Whereas", "After",
    "Before", "Since", "As", "If", "Though", "Although", "Because", "Even", "Both", "Rival",
    "Its", "Their", "Our", "His", "Her", "That", "This", "These", "Those", "Why", "How", "What",
    "Where", "Last", "Next", "Earlier", "Later", "Elsewhere", "Including", "Besides", "Under",
    "Over", "Despite", "Amid", "Via", "Per", "Plus", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
    "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb",
    "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "UPDATE", "BREAKING",
    "About", "Will", "Would", "Can", "Could", "Should", "Did", "Does", "Do", "Has", "Have",
    "Had", "Is", "Are", "Was", "Were", "Shall", "Must", "Might",
    # time words opening a sentence: "Weeks later, the brewer ..."
    "Weeks", "Days", "Months", "Years", "Hours", "Minutes", "Moments", "Shortly", "Soon",
}


def _fragments(sentences: list[Sentence]) -> dict[str, str]:
    """Unlisted company names that the text shows as a piece of a longer name ("Navy" of "Old
    Navy", "Express" of "DHL Express"), with that longer form: a reversal told of one is
    not credited to the piece."""
    fragments: dict[str, str] = {}
    uses: dict[str, int] = {}
    pieces: dict[str, int] = {}
    for sentence in sentences:
        if sentence.is_title:
            continue  # "Retail Giant Acme Drops Plan": every word is capitalised
        text = sentence.text
        for m in sentence.mentions:
            if m.kind != "company" or m.listed:
                continue
            uses[m.name] = uses.get(m.name, 0) + 1
            glued = any(
                other is not m
                and other.name != m.name  # "About Acme\nAcme is ...": a heading, then the name
                and other.kind in ("company", "outlet", "person")
                and (
                    re.fullmatch(r"[ -]", text[other.end : m.start])
                    or re.fullmatch(r"[ -]", text[m.end : other.start])
                )
                for other in sentence.mentions
            )
            word = re.search(r"([A-Z][\w&'’.]*)[ -]$", text[max(0, m.start - 40) : m.start])
            opening = bool(word) and not re.search(
                r"[^\W\d_]", text[: max(0, m.start - 40) + word.start(1)]
            )
            if glued or (
                word
                and word.group(1) not in _BEFORE_A_NAME
                and word.group(1) not in ent.NATIONALITIES
                and not (opening and word.group(1) in ent.STOPWORDS)
            ):
                start = word.start(1) + max(0, m.start - 40) if word else m.start
                fragments.setdefault(m.name, text[start : m.end])
                pieces[m.name] = pieces.get(m.name, 0) + 1
    # A piece at least half the times it is named ("About Acme" once is a heading's word).
    return {name: longer for name, longer in fragments.items() if 2 * pieces[name] >= uses[name]}


# "Acme and its rival Beta both scrapped": a list of two firms.
_RIVAL_GLUE = re.compile(
    r",?\s+(?:and|&)\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:rival|peer|competitor|sister|parent|"
    r"owner|subsidiary)\s+"
)


def _coordinated(sentence: Sentence, subject: str, cue_start: int) -> list[str]:
    """Companies listed with the subject right before the verb: "Acme and Beta both scrapped
    their mandates" credits both."""
    text = sentence.text
    companies = [m for m in sentence.mentions if m.kind == "company" and m.end <= cue_start]
    if not companies or companies[-1].name != subject:
        return []
    if not re.fullmatch(
        rf"(?:,?\s+{ent.LEGAL})?\s+(?:(?:both|all|each|also|have|has|had|now|later|then)\s+)*",
        text[companies[-1].end : cue_start],
    ):
        return []  # the verb must follow the list: "Acme and Beta (both) scrapped"
    listed: list[Mention] = []
    current = companies[-1]
    for previous in reversed(companies[:-1]):
        glue = re.sub(rf"^,?\s+{ent.LEGAL}(?=[\s,])", "", text[previous.end : current.start])
        if not (_LIST_GLUE.fullmatch(glue) or _RIVAL_GLUE.fullmatch(glue)):
            break
        listed.insert(0, previous)
        current = previous
    if not listed or " and " not in f" {text[listed[0].start : companies[-1].start]} " and (
        "&" not in text[listed[0].start : companies[-1].start]
    ):
        return []
    if _aside(text, listed[0], cue_start):
        return []  # "unlike Beta and Acme, ..." is no list of subjects
    return [m.name for m in listed if m.name != subject]


# "in 2024", "in August 2024", "in early 2024", "in March of 2024"
_MONTH = (
    r"(?:(?:early|late|mid)[-\s]+|(?:Jan|Febr)uary\s+|March\s+|April\s+|May\s+|June\s+|"
    r"July\s+|August\s+|(?:Septem|Octo|Novem|Decem)ber\s+)?(?:of\s+)?"
)
_PAST_YEAR = re.compile(rf"\b(?:in|since|during)\s+{_MONTH}((?:19|20)\d\d)\b")
_SUBORDINATE_BEFORE = re.compile(
    r"\b(?:when|before|after|until|then|later)\s+(?:\w+\s+){0,2}$", re.I
)
_YEAR_IN_RELATIVE = re.compile(
    rf"^[^,;.]{{0,80}}?\b(?:in|since|during|back\s+in)\s+{_MONTH}(?:19|20)\d\d\b"
)
_YEAR_IN_CLAUSE = re.compile(
    rf"^[^;.]{{0,80}}?\b(?:in|since|during|back\s+in)\s+{_MONTH}((?:19|20)\d\d)\b"
)


# A cue dated by the words right after it to a year or more ago (machine paraphrase renders
# "last year" as "final 12 months").
_LAST_YEAR_AFTER = re.compile(
    r"^(?:\s+(?:it|them|this|that))?\s+((?:last|final)\s+(?:year|yr|12\s+months)(?!['’])|"
    r"(?:a|one|two|three|several|many)\s+years?\s+ago|a\s+decade\s+ago|"
    # "that was a reversal then": told of a time before the article's
    r"then(?=\s*[,.;:]|\s*$)|at\s+the\s+time)",
    re.I,
)


# The same, further on in the cue's clause, years ago ("last year" is news enough to count).
_AGO_IN_CLAUSE = re.compile(
    r"^[^,;.:]{0,80}?\b((?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|"
    r"\d+)\s+years?\s+ago|a\s+decade\s+ago|decades\s+ago)\b",
    re.I,
)


def _told_as_background(
    text: str, start: int, year: int | None, latest: int | None = None
) -> bool:
    """ "It climbed down in 2023, before reversing course again", "Salesforce, which tried
    it in 2023 and abandoned it": a cue in a clause about an earlier year. `latest` is the
    latest year an undated article names: "In 2022, Tallink cancelled …" in one that also
    names 2024 tells an earlier time."""
    before = text[:start]
    clause = before[max(before.rfind(","), before.rfind(";")) + 1 :]
    # "rolled it out in 2024 but quietly killed it this month": a new clause, today's news
    clause = re.split(r"\s(?:but|yet|only\s+to)\s", clause)[-1]
    if not year:
        fronted = _FRONTED_YEAR.match(text)
        if fronted and latest and int(fronted.group(1)) < latest:
            return True
        # Undated article: "Ubisoft, which dropped a similar rule in 2023, declined to comment"
        # still tells an aside dated to its own year.
        return bool(
            _RELATIVE_OPENING.search(before)
            and (_PAST_YEAR.search(clause) or _YEAR_IN_RELATIVE.match(text[start:]))
        ) or bool(_APPOSED_RELATIVE.match(clause) and _PAST_YEAR.search(before))
    if any(int(y) < year for y in _PAST_YEAR.findall(clause)):
        return True
    dated = _FRONTED_YEAR.match(text) or _YEAR_MODIFIER.search(before)
    if dated and int(dated.group(1)) < year:
        return True  # "In 2020, Acme scrapped ...", "Acme's 2021 U-turn"
    fronted = _FRONTED_PAST.match(text)
    if fronted and not _BACK_TO_TODAY.search(text, fronted.end(), start):
        return True  # "Ten years ago, Gap scrapped its new logo"
    if _LAST_YEAR_BEFORE.search(before) and _WHEN_BEFORE.search(before):
        return True  # "BP made a similar move last year, when it abandoned its pledge"
    if _YEARS_AGO.search(clause) and _SUBORDINATE_BEFORE.search(before):
        return True  # "dropped the scheme a decade ago before reviving it": the revival too
    years = [int(y) for y in _PAST_YEAR.findall(before)]
    # "halved its stamps in 2024, a move it later partly reversed": an aside on that act
    return bool(
        years
        and max(years) < year
        and (_SUBORDINATE_BEFORE.search(before) or _APPOSED_RELATIVE.match(clause))
    )


_YEARS_AGO = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+years?"
    r"|a\s+decade|decades)\s+ago\b",
    re.I,
)
_LAST_YEAR_BEFORE = re.compile(
    r"\b(?:last\s+year(?!['’])|(?:a|one|two|three|several|many)\s+years?\s+ago|"
    r"a\s+decade\s+ago)\b[^.;]*$",
    re.I,
)
_WHEN_BEFORE = re.compile(r",\s+(?:when|after|as)\s+(?:\w+\s+){0,2}$", re.I)
_APPOSED_RELATIVE = re.compile(
    r"\s*(?:a|an)\s+(?:[\w-]+\s+)?(?:that|which)?\s*(?:it|they|the\s+[\w-]+)\s+"
    r"(?:(?:later|subsequently|eventually|then|partly|partially|quickly|soon|has|had|would)\s+)*$",
    re.I,
)


_FRONTED_YEAR = re.compile(
    # "Background: In 2024 Blinkit dropped …": a label may open the line
    r"^\W*(?:[A-Z][\w-]*(?:\s+[\w-]+)?\s*:\s+)?(?:back\s+)?(?:in|during|by)\s+(?:(?:early|late|mid)[-\s]+)?(?:[A-Za-z]+\s+)?"
    r"((?:19|20)\d\d)(?:\s*,|\s+(?=(?:the|it|its|they|[A-Z])))",
    re.I,
)
# "Ten years ago, Gap scrapped its new logo", "Last year the bank dropped it": told of a time
# before the article's, up to a turn to today ("but now", "this week").
_FRONTED_PAST = re.compile(
    r"^\W*(?:back\s+)?(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|"
    r"\d+)\s+years?\s+ago|a\s+decade\s+ago|last\s+year|the\s+year\s+before|"
    # "During the pandemic, Marriott suspended …", "Back when it was a start-up, …",
    # "Earlier this decade, Twitter dropped …"
    r"during\s+(?:the\s+)?(?:(?:covid(?:-19)?|coronavirus)\s+)?(?:pandemic|lockdowns?|"
    r"covid(?:-19)?|financial\s+crisis|recession)|back\s+when|earlier\s+(?:this|that|in\s+the)\s+"
    r"decade|in\s+the\s+(?:early\s+|late\s+|mid-?)?(?:19|20)\d0s|years\s+(?:earlier|before)|"
    # "Under his predecessor, who left in 2024, the group dropped …"
    r"under\s+(?:his|her|their|its|the)\s+(?:\w+\s+)?(?:predecessors?|former\s+\w+|"
    r"previous\s+\w+|old\s+\w+))\b",
    re.I,
)
_BACK_TO_TODAY = re.compile(
    r";|\b(?:but|now|today|this\s+(?:week|month|year)|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|"
    r"Sun)day)\b",
    re.I,
)
_YEAR_MODIFIER = re.compile(
    r"(?:['’]s|\bwhose|\bits|\btheir|\bhis|\bher)\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+)?(?:to\s+)?$"
)  # "Acme's 2021 U-turn", "whose 2025 decision to hire humans back"


# "reversed branch closures last year": the clause after the cue dates it.
_LAST_YEAR_IN_CLAUSE = re.compile(
    r"^[^,;.:]{0,60}?\b((?:last|final)\s+(?:year|yr|12\s+months)|(?:a|one|two|three|several|"
    r"many)\s+years?\s+ago|a\s+decade\s+ago)\b",
    re.I,
)


def _relative_dated_last_year(text: str, start: int, end: int) -> bool:
    """ "among the banks that reversed closures last year": a relative clause dated before
    the article tells the firms it lists, not the news."""
    relative = re.search(
        r"\b(?:that|which|who)\s+(?:(?:have|has|had|also|already|itself|themselves|too|"
        r"recently|quietly|then|later)\s+){0,3}$",
        text[max(0, start - 40) : start],
    )
    if not relative and re.search(
        r"\b(?:that|which|who)\s+(?:(?:also|already|itself|too)\s+)?(?:last\s+year|(?:a|one|two|"
        r"three|several|many)\s+years?\s+ago|a\s+decade\s+ago)\s+(?:(?:also|had|has)\s+)?$",
        text[max(0, start - 50) : start],
    ):
        return True  # "Meta, which last year ended its fact-checking scheme, reported …"
    if not relative:
        return False
    dated = _LAST_YEAR_IN_CLAUSE.match(text[end:])
    return bool(dated) and not _OBJECT_DATED.search(text[end : end + dated.start(1)])


def _dated_before(after: str, year: int | None) -> bool:
    """ "did a U-turn on it in 2022": the cue's clause dates it to an earlier year, unless
    the year belongs to a verb describing the object ("scrapped the scheme it launched in
    2025", "dropped the fee introduced in 2024")."""
    last_year = _LAST_YEAR_AFTER.match(after)
    if last_year and not _OBJECT_DATED.search(after[: last_year.start(1)]):
        return True  # "Duolingo's reversal last year", "Dell backtracked on it final 12 months"
    ago = _AGO_IN_CLAUSE.match(after)
    if ago and not _OBJECT_DATED.search(after[: ago.start(1)]):
        return True  # "abandoned dynamic pricing for its annual passes a decade ago"
    match = _YEAR_IN_CLAUSE.match(after)
    if not (year and match and int(match.group(1)) < year):
        return False
    return not _OBJECT_DATED.search(after[: match.start(1)])


# A verb between a cue and a year that the year dates instead of the cue.
_OBJECT_DATED = re.compile(
    r"\b(?:(?:it|they|we|which|that|who)\s+(?!(?:last|final|in|a|one|two|three|several|many|"
    r"back|during|since|this|that)\b)\w+|"
    r"introduced|launched|announced|unveiled|adopted|imposed|brought\s+in|rolled\s+out|"
    r"set\s+up|began|started|created|agreed|signed|opened|built|added|made|taken|passed|"
    r"issued|reached|implemented|enacted|put\s+in\s+place|"
    # "is bringing them back after removing them last year": the year is the other act's
    r"after|before|since|when|until|while)\b",
    re.I,
)


# The writer's own firm, in a first-person piece: "the 1,200 people who work at Fernwood",
# "I founded Acme", "we at Acme", "our company, Acme".
_OURS_BEFORE = re.compile(
    r"(?:\b(?:I|we)\s+(?:\w+\s+)?(?:run|lead|founded|co-founded|started|joined|head)\s+"
    r"|\bpeople\s+who\s+work\s+(?:at|for)\s+|\b[Ww]e\s+at\s+|\bour\s+company,\s+)$"
)


def _our_company(sentences: list[Sentence]) -> str | None:
    """The company a first-person writer speaks for, when the text says so once, unquoted."""
    found = set()
    for sentence in sentences:
        for m in sentence.mentions:
            if m.kind != "company":
                continue
            before = sentence.text[max(0, m.start - 60) : m.start]
            if _OURS_BEFORE.search(before) and before.count("\u201c") == before.count("\u201d"):
                found.add(m.name)
    return found.pop() if len(found) == 1 else None


def _first_subject(sentence: Sentence) -> str | None:
    """The company a sentence is about: its first company mention."""
    for m in sentence.mentions:
        if m.kind == "company":
            return m.name
    return None


_ANALYSTS_OF = re.compile(
    r"\b(?i:analysts?|economists?|strategists?)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:at|from|with|of)\s+"
    r"(?:the\s+)?(?:(?:[A-Z][\w-]*|brokerage|broker|bank|firm|house|consultancy)\s+){0,2}$"
)


def _subject(
    sentence: Sentence,
    start: int,
    end: int,
    last_company: str | None,
    affiliation: dict[str, str],
    it_elsewhere: bool = False,
    ours: str | None = None,
    two_before: bool = False,
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
    if _REACTION_TO.search(text, max(0, start - 60), start) and _is_noun_cue(text[start:end]):
        return None  # "Sainsbury's welcomed the U-turn": it reacts to another's turn
    owner = _POSSESSOR.search(text, max(0, start - 60), start)
    if owner and _is_noun_cue(text[start:end]):
        # "following Free's reversal": the turn is the possessor's, whoever else is named
        return next(
            (m.name for m in sentence.mentions
             if m.kind == "company" and owner.start(1) <= m.start < owner.end(1)),
            None,
        )
    if _FREE_ADJUNCT.search(text[max(0, start - 40) : start]) and re.match(
        r"\w+ing\b", text[start:end]
    ) and not _opened_by_mention(sentence, text.rfind(",", 0, start)):
        return None  # "The court struck down a law that let Petrobras …, reversing": the court
    window = max(0, start - 80)
    relative = _REDUCED_RELATIVE.search(text[window:start])
    if relative and not _TOLD.search(text[: window + relative.start()]):
        return None  # "refunds for flights they cancel": no company acts in the clause
    unit = next(
        (m for m in sentence.mentions if m.kind == "company" and m.end <= start
         and _NAMED_UNIT.fullmatch(text, m.end, start)
         and re.search(r"\b(?:its|their)\s+$", text[max(0, m.start - 8) : m.start])),
        None,
    )
    if unit:
        return unit.name  # "Tata Motors said its Jaguar Land Rover unit had paused …"
    if _other_actor_acts(text[:start], text[start:end]) and not _firm_named_as_doer(
        sentence, start
    ):
        return None  # "Workers at Acme cancelled their strike": not Acme
    general = _PLURAL_ANTECEDENT.search(text, max(0, start - 80), start)
    if general and not _ONE_OF_THEM.search(text, max(0, general.start() - 50), general.start()):
        return None  # "other firms that had dropped remote work": no one firm named acts
    praised = _PRAISED_FOR.search(text, max(0, start - 80), start)
    if praised and not any(
        m.kind == "company" and praised.start(1) <= m.start < praised.end(1)
        for m in sentence.mentions
    ):
        return None  # "Benioff praised Slack for bringing back …": Slack acted, not Benioff's
    antecedent = _relative_antecedent(sentence, start)
    if antecedent:
        return antecedent
    if _unknown_antecedent(sentence, start):
        return None  # "The lender joins Corvid Telecom, which relaxed its rules": not the lender
    if _unknown_name_acts(sentence, start):
        return None  # "adverts state that Harbourside scrapped": a name no one resolved
    if _COORDINATED_VERB.search(text[max(0, start - 30) : start]):
        earlier = [c for c in find_cues(text) if c.end <= start]
        if earlier and _unknown_name_acts(sentence, earlier[-1].start):
            return None  # "... Harbourside scrapped it, then backtracked": the same subject
    before = [m for m in sentence.mentions if m.end <= start and m.kind != "outlet"]
    site = _NOUN_AT.match(text, end) if _is_noun_cue(text[start:end]) else None
    if site:
        for mention in sentence.mentions:
            if mention.kind == "company" and mention.start == site.end():
                return mention.name  # "the reinstatement of the bonus at Rolls-Royce"
    # "Half a climb-down, but a climb-down": a name followed by an article is no subject;
    # "Analysts at Renta 4 said the reversal …": the firm whose analysts speak did not act
    before = [
        m for m in before
        if not re.match(r"\s+(?:a|an)\s", text[m.end :])
        and not _ANALYSTS_OF.search(text, max(0, m.start - 60), m.start)
        and not (m.kind == "company" and _PRODUCT_AFTER.match(text, m.end))
    ]
    if _UNIT_OPENS.match(text) and not any(
        m.kind == "company" and m.start < _UNIT_OPENS.match(text).end() for m in before
    ):
        return None  # "Its YouTube unit said it had reversed …": the unit, which ingest missed
    aside: Mention | None = None
    for mention in reversed(before):
        if mention.kind == "company" and _aside(text, mention, start):
            aside = aside or mention
            continue
        if mention.kind == "anaphor" and _OTHER_FIRM.search(text[mention.start : mention.end]):
            return None  # "Aldi said the rival chain had scrapped it": another firm, unnamed
        if mention.kind == "anaphor" and (
            _aside_anaphor(text, mention, start)
            or _NAMING_VERB.search(text, max(0, mention.start - 20), mention.start)
        ):
            continue  # "Three, the network it merged with, dropped …", "called it the end"
        undergoes = mention.kind == "anaphor" and text[mention.start : mention.end].lower() == (
            "it"
        ) and _IT_UNDERGOES.fullmatch(text, mention.end, start)
        if undergoes and not re.match(r"\w+ing\b", text[start:end]):  # "it is restoring" acts
            if re.match(r"\s+(?:is|['’]s)\s+\w+ed\b", text[mention.end : end]):
                return None  # "The fee is disclosed, it is capped": a state, no act
            continue  # "It was a rare about-face for Acme", "said it had been relaxed"
        if mention.kind == "company" and _UNNAMED_UNIT.match(text, mention.end, start):
            return None  # "Unilever's New Zealand arm scrapped it": an arm the text leaves unnamed
        found = _resolve(
            text, mention, before, last_company, affiliation, it_elsewhere, two_before
        )
        if found:
            return found
        if (
            mention.kind == "person"
            and not _PREPOSITION_BEFORE.search(text[max(0, mention.start - 30) : mention.start])
            and not re.search(r"[,;(]|\b(?:and|said|says|told)\b", text[mention.end : start])
        ):
            return None  # "Mayor Jane Roe scrapped the charge": a person acted, no firm
    if aside and (
        not re.search(r"[,;:]", text[aside.end : start])
        or re.fullmatch(r"\W*(?:At|In|Over\s+at)\s+", text[: aside.start])
    ):
        return aside.name  # "A plan at Acme was paused", "At Acme, the freeze was lifted"
    # "scrapped by Shell" with no "was": a "by" right after the cue ("a U-turn by Shell"), not
    # "dropped its proposal after lobbying by Shell"
    near = _NEAR_AGENT.match(text, end)
    # "The reversal was welcomed by Foot Locker": the agent of a reaction did not reverse
    near_agent = agent if near and not _REACTED_BY.search(near.group()) else None
    return (
        near_agent
        or _subject_after(sentence, end)
        or _quoted_we(sentence, start, affiliation, last_company)
        or _topic_company(sentence, start, end, last_company)
        or (ours if ours and _WE_BEFORE.search(text[max(0, start - 80) : start]) else None)
    )


# A restrictive relative clause on firms in general: "other firms that had dropped it", "the
# companies which have reversed their mandates" (a list naming them may follow).
_PLURAL_ANTECEDENT = re.compile(
    rf"\b(?:{ent.CORP_NOUNS}(?:s|es)|companies|others|those|peers|ones)\s+"
    r"(?:that|which|who)\s+(?:(?:have|has|had|also|already|recently|since|then|later|"
    r"quietly|all|both)\s+)*$",
    re.I,
)


# "it is capped", "it was scrapped", "It is a U-turn": "it" is the policy undone or the act
# itself, not the firm.
_IT_UNDERGOES = re.compile(
    r"\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|['’]s|looks\s+like|seems|"
    r"amounts\s+to)\s+(?:(?:now|also|being|clearly|effectively|in\s+effect|quietly)\s+)*"
    r"(?:(?:a|an)\s+(?:[\w-]+\s+)?)?"
)
# "headlines called it the end of an experiment": "it" is the object named, no subject.
_NAMING_VERB = re.compile(
    r"\b(?:call|dub|label|brand|deem|term|describ|consider|view|judg)\w*\s+$", re.I
)
# "Unilever's New Zealand arm, which tested it in 2020, scrapped": the firm's unit, unnamed,
# is the subject; whether the parent counts for it is an editor's call.
_UNNAMED_UNIT = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:arm|unit|subsidiary|division|affiliate|franchisees?|"
    r"operations|offshoot)\b(?!\s+(?:of|in)\b)[^.;]*$"
)


# "joins a growing list of firms that have scrapped", "one of the banks that dropped": the
# subject is one of them.
_ONE_OF_THEM = re.compile(
    r"\b(?:join\w*|one\s+of|latest|among|list\s+of|ranks\s+of|number\s+of|group\s+of)\b"
    r"[^,;.]*$",
    re.I,
)


# "The Netflix show was cancelled": a firm's name as a product's modifier is no subject.
_PRODUCT_AFTER = re.compile(
    r"\s+(?:show|series|season|film|movie|drama|documentary|game|title|phone|handset|model|"
    r"console|album|podcast|episode)s?\b"
)
# "Its YouTube unit said it had …": a sentence about a unit its parent owns.
_UNIT_OPENS = re.compile(
    r"\W*(?:Its|Their)\s+(?:[\w&'’.-]+\s+){1,3}?(?:unit|arm|subsidiary|division|brand|label|"
    r"chain|business)\b"
)


# "praised Slack for bringing back": the one praised (or blamed) for the act did it.
_PRAISED_FOR = re.compile(
    r"\b(?:prais|thank|applaud|commend|congratulat|criticis|criticiz|slam|blam|fault|attack|"
    r"hail|credit|laud)\w*\s+((?:[A-Z][\w&'’.-]*\s+){1,3})for\s+$"
)


# A unit named by its parent: "its Jaguar Land Rover unit had paused".
_NAMED_UNIT = re.compile(
    r"\s+(?:unit|arm|subsidiary|division|brand|business|chain|label)\s+"
    r"(?:(?:has|have|had|is|was|would|will|also|now|then|quietly)\s+)*"
)


# "Free's reversal", "Nissan's sudden U-turn": whose turn a noun cue names.
_POSSESSOR = re.compile(
    r"(?<![\w'’])([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})['’]s?\s+(?:[\w-]+\s+){0,2}$"
)


# ", reversing a 2022 ruling": an -ing clause after a comma tells what the main clause's
# subject did; not after "which" or a verb of saying.
_FREE_ADJUNCT = re.compile(r"[^\s,]\s*,\s+(?:(?:effectively|in\s+effect|thereby|partly|partially|"
                           r"quietly|also)\s+)?$", re.I)
# What may stand before the subject that opens a main clause: a fronted adverbial ending in a
# comma, a determiner, a few words of description ("US carmaker Ford").
_OPENING_LEAD = re.compile(r"\W*(?:(?:the|its|their|a|an)\s+)?(?:[\w'’.&-]+\s+){0,3}")


def _opened_by_mention(sentence: Sentence, comma: int) -> bool:
    """Whether the main clause before `comma` opens with a company, a pronoun or a person
    (its subject); not where a court, a government or anything else unnamed opens it and a
    firm comes only after its verb ("Brazil's Supreme Court struck down a law that let
    Petrobras …")."""
    text = sentence.text
    first = next((m for m in sentence.mentions if m.start < comma and m.kind != "outlet"), None)
    if first is None:
        return False
    lead = text[: first.start]
    lead = lead[lead.rfind(",") + 1 :]  # "On Monday, Acme said …"
    if re.search(r"\b(?:said|says|told|announced|confirmed)\b", lead):
        return True  # "After talks, the chief executive said Acme would …"
    return bool(_OPENING_LEAD.fullmatch(lead))


# A reaction to a turn named by a noun, no one's: "welcomed the U-turn", "criticised this
# climb-down" ("welcomed Tesco's U-turn" names whose it is).
_REACTION_TO = re.compile(
    r"\b(?:welcom|prais|criticis|criticiz|slam|hail|applaud|condemn|attack|mock|question|"
    r"regret|lament|cheer|decr|denounc|blast|celebrat)\w*\s+(?:the|this|that|a)\s+"
    r"(?:[\w-]+\s+)?$",
    re.I,
)


# "On Monday the decision was reversed", "The U-turn follows ...": a policy undone in the
# passive, or a reversal noun opening the sentence, with no one named before it.
_POLICY_PASSIVE = re.compile(
    rf"\b(?:the|its|this|that|these|their)\s+(?:[\w'’-]+\s+){{0,3}}?{_POLICY_NOUN}\s+"
    # "the chain's decision to replace its recipe has been reversed"
    r"(?:(?:to|of|on|for)\s+[^,;.]{0,50}?\s+)?"
    r"(?:(?:has|have|had|will|would)\s+)?(?:(?:now|since|also|quietly|finally)\s+)?"
    r"(?:was|were|been|is|are|be)\s+(?:now\s+)?$",
    re.I,
)
_OTHER_ACTOR_WORD = re.compile(
    r"\b(?:government|council|state|city|union|regulator|ministry|minister|court|parliament|"
    r"congress|agency|authority|federal|national|public|tax)\w*", re.I
)
_NOUN_OPENS = re.compile(r"\W*(?:The|This|That|Its)\s+(?:[\w-]+\s+)?$")
# "The U-turn comes after ...", "The reversal follows ...": the news itself, not a comment.
_NOUN_TOLD_AS_NEWS = re.compile(
    r"(?:\s+(?:on|over)\s+[^,.;]{1,60}?)?\s+(?:comes?|came|follows?|followed|takes?\s+effect|"
    r"took\s+effect|was\s+announced|is\s+effective)\b"
)


_REACTED_BY = re.compile(
    r"\b(?:welcom|prais|critici[sz]|slam|hail|applaud|condemn|attack|mock|question|regret|"
    r"lament|cheer|denounc|blast|celebrat|greet|oppos|resist|challeng|met|demanded|sought|"
    r"urged)\w*\s+by\s$",
    re.I,
)
# A "by" close to the cue, or after what a cue noun is of: "the roll-back of the fee by X".
_NEAR_AGENT = re.compile(r"\s+(?:(?:of|on|over)\s+(?:\w+\s+){0,3}?|(?:\w+\s+){0,2}?)by\s")


def _topic_company(
    sentence: Sentence, start: int, end: int, last_company: str | None
) -> str | None:
    """The company the text was about, for a cue whose clause names no one: "Acme Bank
    introduced a fee in May. On Monday the decision was reversed." """
    if not last_company or any(
        m.kind in ("company", "anaphor", "person") and m.start < start for m in sentence.mentions
    ):
        return None
    if re.match(r"\s+(?:[\w-]+\s+){0,4}?by\s", sentence.text[end:]):
        return None  # "was scrapped by the government": someone else acted
    before = sentence.text[:start]
    passive = _POLICY_PASSIVE.search(_clause(before))
    if passive and (
        re.search(r"\b[A-Z]", passive.group()[1:]) or _OTHER_ACTOR_WORD.search(passive.group())
    ):
        return None  # "The EU rule was scrapped", "the council's plan was dropped"
    told_of_policy = re.match(
        rf"(?:the|that|this|its|their)\s+(?:[\w-]+\s+){{0,3}}?{_POLICY_NOUN}",
        sentence.text[start:end],
        re.I,
    )  # "That charge will now not go ahead"
    if passive or told_of_policy or (
        _NOUN_OPENS.fullmatch(before) and _NOUN_TOLD_AS_NEWS.match(sentence.text[end:])
    ):
        if told_of_policy and (
            re.search(r"\b[A-Z]", sentence.text[start + 1 : end])
            or _OTHER_ACTOR_WORD.search(sentence.text[start:end])
        ):
            return None  # "The EU levy will not go ahead": not the firm's
        return last_company
    return None


_WE_BEFORE = re.compile(
    r"\b[Ww]e(?:['’](?:ve|ll|re|d))?\s+(?:(?:have|had|will|would|are|were|did|do|also|now|just|finally|'ve|’ve)\s+)*"
    # "We listened to feedback from customers and decided to return to": one clause on
    r"(?:[\w-]+\s+){0,10}?$"
)


_NOT_THE_FIRM_SPEAKING = re.compile(
    r"\b(?:unions?|workers?|employees?|staff|customers?|analysts?|investors?|shareholders?|"
    r"regulators?|ministers?|officials?|councillors?|campaigners?|activists?|residents?|users?|"
    r"fans?|members?|stewards?|organi[sz]ers?|rivals?|competitors?|"
    # "a representative of Bach Hoa Xanh said": the firm speaks, unless a union is named
    r"representatives?(?!\s+(?:of|for|from)\s+(?:the\s+)?[A-Z])|"
    r"lawyers?|critics?|spokesm[ae]n\s+for\s+the\s+union)\b"
    # "chief customer officer", "head of member services": a title, not who speaks
    r"(?!\s+(?:officer|director|manager|experience|service|services|success|relations|"
    r"operations|chief|head|lead)\b)",
    re.I,
)


def _speaker(sentence: Sentence, affiliation: dict[str, str]) -> str | None:
    """The firm that speaks in a sentence's quotation: the one company, or one person's
    company, named after it (" "The fee is gone," Ryanair's chief executive said.")."""
    text = sentence.text
    quotes = [m.end() for m in re.finditer(r"[\"“”]", text)]
    if len(quotes) < 2 or _NOT_THE_FIRM_SPEAKING.search(text[quotes[-1] :]):
        return None
    speakers = {
        m.name if m.kind == "company" else affiliation.get(m.name, "")
        for m in sentence.mentions
        if m.start >= quotes[-1] and m.kind in ("company", "person")
    } - {""}
    return speakers.pop() if len(speakers) == 1 else None


def _continued_quote(sentence: Sentence, start: int, speaker: str | None) -> str | None:
    """ "We scrapped it this morning.", a quotation going on from the sentence before it:
    "we" is the firm whose spokesperson was quoted there."""
    text = sentence.text
    if not speaker or not re.match(r"\s*[\"“]", text) or any(
        m.kind in ("company", "person") for m in sentence.mentions
    ):
        return None
    opened = [m.start() for m in re.finditer(r"[\"“”]", text[:start])]
    if len(opened) % 2 == 0 or not _WE_BEFORE.search(text[opened[-1] : start]):
        return None
    return speaker


# "Among the firms that have reversed their mandates are Acme, Beta and Gamma."
_WHO_CLAUSE_BEFORE = re.compile(
    r"\b(?:compan(?:y|ies)|firms?|employers?|retailers?|banks?|lenders?|brands?|chains?|"
    r"names|groups?|businesses|those|ones)\s+(?:that|which|who|to)\s+(?:(?:have|has|had|"
    r"also|already|now|recently|since|quietly)\s+)*$",
    re.I,
)
_ARE_AFTER = re.compile(r"[^,.;:]{0,80}?\s+(?:are|were|is|was|include|includes|included)\s+")


def _listed_after(sentence: Sentence, start: int, end: int) -> list[str]:
    """The companies listed after "are" when the cue is in a clause describing them."""
    text = sentence.text
    if not _WHO_CLAUSE_BEFORE.search(text[max(0, start - 60) : start]):
        return []
    verb = _ARE_AFTER.match(text, end)
    if not verb:
        return []
    listed: list[str] = []
    position = verb.end()
    for m in sentence.mentions:
        if m.start < position or m.kind not in ("company",):
            continue
        glue = text[position : m.start]
        if listed and not _LIST_GLUE.fullmatch(glue) or not listed and not re.fullmatch(
            r"(?:the\s+)?", glue
        ):
            break
        listed.append(m.name)
        position = m.end
    return listed


# "Lyft followed in April", "Beta and Gamma followed suit", "Delta did the same"
_FOLLOWED = re.compile(
    # "followed suit with a price cut on milk": it followed with another act
    # "Intel, which made a similar move last month, said …": it did the same
    r"(?:,\s+which)?"
    r"\s+(?:(?:has|have|had|quickly|soon|swiftly|later|then|also)\s+)*(?:(?:made|took)\s+(?:a\s+)?"
    r"(?:similar|the\s+same)\s+(?:move|step|decision|U-turn|reversal)\b|followed(?=\s+suit"
    r"(?!\s+(?:with|by)\s+(?:a|an|its\s+own)\s)|"
    r"\s*[,.;]|\s*$|\s+(?:in|on|within|a\s+(?:day|week|month)|days|weeks|hours|shortly|soon|"
    r"later|the\s+next)\b)|did\s+(?:the\s+same|likewise)|(?:has|have)\s+done\s+(?:the\s+"
    r"same|likewise))",
    re.I,
)


_FOLLOWED_LONG_AGO = re.compile(
    r"[^,.;]{0,40}?\b(?:in\s+(?:19|20)\d\d|years?\s+ago|a\s+decade\s+ago)\b", re.I
)


def _followers(sentence: Sentence, start: int) -> list[str]:
    """Companies that "followed suit" after the cue: each did what the firm before did."""
    text = sentence.text
    found: list[str] = []
    companies = [m for m in sentence.mentions if m.kind == "company" and m.start >= start]
    for i, m in enumerate(companies):
        followed = _FOLLOWED.match(text, m.end)
        if followed and _FOLLOWED_LONG_AGO.match(text, followed.end()):
            continue  # "Intel, which made a similar move in 2019": background
        if not followed or re.search(
            r"\b(?:after|before|since|when|as|than|like|unlike|until)\s+$",
            text[max(0, m.start - 12) : m.start],
            re.I,
        ):
            continue  # "a day after Aldi did the same": told as the time of the act
        found.append(m.name)
        current = m
        for previous in reversed(companies[:i]):
            if not _LIST_GLUE.fullmatch(text[previous.end : current.start]):
                break
            found.append(previous.name)
            current = previous
    return found


def _quoted_we(
    sentence: Sentence, start: int, affiliation: dict[str, str], last_company: str | None = None
) -> str | None:
    """ "We have decided to reinstate the bonus," said Jane Roe, chief executive of Acme:
    "we" in a quotation is the firm its speaker speaks for, when the sentence names one
    firm (or one person whose firm is known) after the quotation, or describes the firm the
    text is about ("…," the bank said; "…," said a spokesperson for the retail group)."""
    text = sentence.text
    opened = [m.start() for m in re.finditer(r"[\"“”]", text[:start])]
    if len(opened) % 2 == 0 or not _WE_BEFORE.search(text[opened[-1] : start]):
        return None
    closing = re.search(r"[\"“”]", text[start:])
    if not closing:
        return None
    after = start + closing.end()
    attribution = re.split(r",\s+(?:adding|who|which|as|after|before|while)\b|;", text[after:])[0]
    if _NOT_THE_FIRM_SPEAKING.search(attribution):
        return None  # "said a union official at Acme": the union's "we"
    speakers = {
        m.name if m.kind == "company" else affiliation.get(m.name, "")
        for m in sentence.mentions
        if m.start >= after and m.kind in ("company", "person")
    } - {""}
    if not speakers and last_company:
        described = [
            m for m in sentence.mentions
            if m.kind == "anaphor" and after <= m.start < after + len(attribution)
            and text[m.start : m.end].lower() != "it"
            and not _OTHER_FIRM.search(text[m.start : m.end])
        ]
        return last_company if described else None
    return speakers.pop() if len(speakers) == 1 else None


_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who)\s+[^,;]*$")


def _relative_antecedent(sentence: Sentence, start: int) -> str | None:
    """ "confused with Zentrix Logistics AS, an unrelated haulier, which last week scrapped its
    surcharge": a cue in a relative clause is told of the company the clause hangs on, named
    just before it (an apposition may stand between)."""
    clause = _RELATIVE_CLAUSE.search(sentence.text[:start])
    if not clause:
        return None
    head = sentence.text[: clause.start()]
    for mention in reversed(sentence.mentions):
        if mention.end > clause.start():
            continue
        between = head[mention.end :]
        if mention.kind == "company" and re.fullmatch(
            rf"(?:,?\s+{ent.LEGAL})?(?:,\s+(?:a|an|the)\s+[^,;]{{1,60}})?\s*", between
        ):
            return mention.name
        return None
    return None


def _unknown_antecedent(sentence: Sentence, start: int) -> bool:
    """ "..., which relaxed its rules" hanging on a capitalised name no one recognised."""
    clause = _RELATIVE_CLAUSE.search(sentence.text[:start])
    if not clause or not re.search(r"\b[A-Z][\w&'’.-]*$", sentence.text[: clause.start()]):
        return False
    return not any(0 <= clause.start() - m.end <= 1 for m in sentence.mentions)


# "The fee has been scrapped, according to a memo Acme sent to staff"
_ACCORDING_TO = re.compile(
    r"[\w\s'’-]{0,40},\s+according\s+to\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:memo|statement|email|letter|note|filing|notice|post|announcement)\s+(?:from\s+)?"
)


# "The decision to scrap the software was taken last week, IBM confirmed.": the sentence
# ends in the firm that says it.
_ATTRIBUTION_AFTER = re.compile(
    r"\s+(?:(?:has|had|also)\s+)?(?:said|says|confirmed|confirms|announced|announces|told|"
    r"added|wrote|stated|explained|disclosed|revealed)\b[^,;]{0,60}$"
)


_AGENT_AFTER_ATTRIBUTION = re.compile(r"\s+\w+,\s+by\s+(?:the\s+)?[a-z]")


def _subject_after(sentence: Sentence, end: int) -> str | None:
    """ "In a U-turn, Acme said ...": the company opening the clause after the cue."""
    for mention in sentence.mentions:
        if mention.start >= end and mention.kind == "company":
            between = sentence.text[end : mention.start]
            if re.search(r"\bby\s+(?!(?:the\s+)?(?:board|management|company|firm|directors|"
                         r"executives|leadership|bosses)\b)(?:the\s+)?[a-z]", between):
                return None  # "was scrapped by the council, Greggs said": the council acted
            if _AGENT_AFTER_ATTRIBUTION.match(sentence.text, mention.end):
                return None  # "was reversed, Tesco said, by the local council"
            if (
                re.fullmatch(r"[\w\s'’-]{0,40},\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,3}", between)
                or (
                    re.fullmatch(r"[^,;:\"“”]{0,100},\s+", between)
                    and _ATTRIBUTION_AFTER.match(sentence.text, mention.end)
                )
                or _ACCORDING_TO.fullmatch(between)
                or _NOUN_CUE_ACTOR.fullmatch(between)
                or _INVERTED_SUBJECT.fullmatch(between)
            ):
                return mention.name
            return None
    return None


# "Among the firms to have retreated are Acme and Beta": the subject after the verb.
_INVERTED_SUBJECT = re.compile(r"\s+(?:are|is|were|was|include|includes|included)\s+(?:the\s+)?")
# "a rare about-face for Acme", "the U-turn on pay from Acme": who made a cue noun's turn.
_NOUN_CUE_ACTOR = re.compile(r"(?:\s+on\s+[^,.;]{1,60}?)?\s+(?:by|for|from|at)\s+(?:the\s+)?")


# A noun, then a pronoun acting in a relative clause that describes it ("the flights they
# cancel", "the perk it scrapped in 2024"): the cue tells what the noun is, not news. The
# word before the pronoun is a noun: no verb of saying, conjunction, adverb or time word.
_REDUCED_RELATIVE = re.compile(
    r"(?<![\w'’-])(?!(?:said|says|say|told|tells|that|and|but|or|because|as|if|when|where|"
    r"while|after|before|so|since|until|though|although|unless|now|then|also|why|how|what|"
    r"whether|once|than|think|thinks|believe|believes|hope|hopes|feel|feels|argue|argues|"
    r"insist|insists|wrote|writes|added|adds|noted|notes|year|years|month|months|week|weeks|"
    r"day|days|weekend|morning|afternoon|evening|night|time|quarter|today|yesterday|"
    r"tomorrow|recently|later|earlier|already|finally|here|there|"
    # "a move it later reversed": the firm's act told in apposition, not a noun described
    r"move|moves|step|steps|decision|decisions|change|changes)\b)"
    r"[a-z][\w-]*(?<!ed)(?<!ly)\s+(?:it|they|we|he|she|you)\s+"
    r"(?:(?:had|has|have|would|will|did|does|do|was|were|is|are|then|later|also|just|"
    r"recently|now|once|previously|quietly|eventually|finally)\s+)*$"
)
# "told employees it was dropping": the noun before the pronoun is who is told, not a noun
# the pronoun's clause describes.
_TOLD = re.compile(
    r"\b(?:told|tells|tell|telling|informed|informs|assured|assures|reminded|reminds|warned|"
    r"warns|notified|notifies|emailed|emails|wrote\s+to|writes\s+to)\s+"
    r"(?:(?:the|its|their|all|some|many)\s+)?(?:[\w,-]+\s+){0,3}$",
    re.I,
)
# Who acts when it is not a firm: staff, unions, governments, customers, investors.
_OTHER_ACTOR = (
    r"(?:unions?|workers|staff(?:ers)?|employees|regulators?|governments?|ministers?|ministry|"
    r"courts?|judges?|lawmakers|legislators|parliament|congress|customers|clients|users|"
    r"subscribers|shoppers|passengers|fans|supporters|analysts|investors|shareholders|"
    r"councils?|officials|authorities|police|members|drivers|pilots|nurses|teachers|students|"
    r"parents|residents|campaigners|activists|protesters|critics|rivals|competitors|suppliers|"
    r"partners|landlords|voters|people|buyers|sellers|merchants|riders|guests|tenants|"
    r"borrowers|savers|viewers|readers|players|creators|consumers|motorists|commuters|"
    r"owners|holders|franchisees|dealers|hosts|couriers|crew|doctors|farmers|authors|"
    r"artists|developers)"
)
_AUXILIARIES = (
    r"(?:(?:has|have|had|will|would|can|could|may|might|is|are|was|were|did|do|does|also|now|"
    r"then|later|quietly|finally|already|just|recently|eventually|themselves|started|"
    r"start|starts|began|begun|begin|begins|\w+ly)\s+)*"
)
_ACTOR_OPENS_CLAUSE = re.compile(
    rf"^\s*(?:(?:the|its|their|some|many|several|most|all|about|\d[\d,]*)\s+)*"
    # "Thousands of Peloton owners", "Uber drivers": the firm's name only says whose they are
    rf"(?:(?:thousands|hundreds|millions|dozens|scores|some|many|most|all)\s+of\s+)?"
    rf"(?:(?:(?-i:[A-Z][\w&’'.-]*)\s+){{1,3}}|"
    rf"(?:(?:[\w.&’'-]+\s+){{0,4}}?[\w.&-]+['’]s\s+)?(?:[a-z-]+\s+)?){_OTHER_ACTOR}\b",
    re.I,
)
# A number of others as a clause's subject: "fewer than 400 had", "about 300 of them have".
_QUANTITY_OPENS_CLAUSE = re.compile(
    r"^\s*(?:(?:fewer|more|less)\s+than|about|around|nearly|almost|over|under|some|only|just|"
    r"roughly|at\s+least)?\s*\d[\d,.]*%?\s+(?:of\s+(?:them|those|these|\w+)\s+)?"
    rf"{_AUXILIARIES}$",
    re.I,
)
_ACTOR_BEFORE_VERB = re.compile(rf"\b{_OTHER_ACTOR}\s+(?:who\s+|that\s+)?{_AUXILIARIES}$", re.I)
_CLAUSE_START = re.compile(
    r".*(?:[,;:]|\b(?:that|and|but|said|says|saying|adding|arguing|noting|after|because|while|"
    r"when|as)\b)\s",
    re.S,
)


_NAME_BEFORE_VERB = re.compile(
    r"(?:(?<=\s)|^)([A-Z][\w&'’.-]*)\s+[\"“]?(?:(?:has|have|had|will|would|is|are|was|were|also|now|"
    r"then|later|quietly|finally|already|just|recently)\s+)*$"
)


# Unions of states and public bodies known by initials, which act as governments do.
_PUBLIC_ACTORS = {"EU", "UN", "US", "UK", "NHS", "WHO", "IMF", "ECB", "Fed", "OECD", "NATO", "WTO",
                  "FCA", "SEC", "FTC", "CMA", "Ofcom", "Ofgem", "Ofwat", "FAA", "EPA", "DOJ"}


_COORDINATED_VERB = re.compile(r"(?:,\s*|\s)(?:and\s+)?(?:then|later|and)\s+$")


def _unknown_name_acts(sentence: Sentence, start: int) -> bool:
    """A capitalised word right before the verb that is no known mention (a firm's name the
    text leaves ambiguous, a place, a product) is the subject: no firm named earlier is."""
    # "Germany has scrapped": a name opening the sentence is its subject too
    match = _NAME_BEFORE_VERB.search(sentence.text, max(0, start - 80), start)
    if not match:
        return False
    word_start = match.start(1)
    if word_start == 0 and (sentence.is_title or not sentence.text[match.end(1) : start].strip()):
        return False  # "Fee scrapped at Tesco": a headline's noun, no subject with its verb
    word = match.group(1).rstrip(".,")
    glued = any(
        m.start <= word_start < m.end or 0 <= word_start - m.end <= 2 for m in sentence.mentions
    )  # "Lidl UK has scrapped": a piece of the firm's name
    if word in _PUBLIC_ACTORS:
        return not glued  # "The EU has paused its tariffs, a relief for Diageo": not Diageo
    if word in ent.LEGAL_TOKENS or word in ent.STOPWORDS:
        return False
    return not glued


# "Unions welcomed Acme's decision to scrap it", "Staff praised Acme for scrapping it",
# "Workers applauded the company's U-turn": the firm does what the others speak of.
_DOER_BETWEEN = re.compile(
    r"(?:['’]s?\s+(?:(?:[\w-]+\s+)?(?:decision|move|choice|bid|intention)\s+to\s+)?"
    r"|\s+for\s+)"
)


def _firm_named_as_doer(sentence: Sentence, start: int) -> bool:
    before = [m for m in sentence.mentions if m.end <= start and m.kind in ("company", "anaphor")]
    if not before:
        return False
    between = sentence.text[before[-1].end : start]
    if _DOER_BETWEEN.fullmatch(between):
        return True
    # "Investors forced Acme to scrap the fee": it was forced, and it scrapped it
    forced = _FORCED.search(sentence.text[max(0, before[-1].start - 20) : before[-1].start])
    return bool(forced) and bool(_FORCED_INTO.fullmatch(between))


_FORCED = re.compile(r"\b(?:forced|forces|compelled|obliged)\s+$", re.I)
_FORCED_INTO = re.compile(r"\s+(?:to\s+|into\s+(?:a|an)\s+(?:[\w-]+\s+)?)")


def _other_actor_acts(before: str, words: str) -> bool:
    """Whether the cue's subject is no firm: its clause opens with one ("the government
    scrapped", "Workers at Acme cancelled"), or one stands right before the verb ("Acme lets
    users pause"). A restoration or "no longer" told of staff is still the firm's."""
    if re.search(r"no\s+longer|again|once\s+more", words, re.I):
        return False
    opened = _CLAUSE_START.match(before)
    clause = before[opened.end() :] if opened else before
    if _ACTOR_OPENS_CLAUSE.match(clause) or _ACTOR_BEFORE_VERB.search(before):
        return True
    if _QUANTITY_OPENS_CLAUSE.match(clause):
        return True  # "saying fewer than 400 had paused their listings": many, not the firm
    if _RELATION_SUBJECT.search(before[-80:]):
        return True  # "Tesco's biggest supplier has scrapped its price rise": not Tesco
    if _OTHERS_DECISION.search(before[-120:]):
        return True  # "Acme welcomed the union's decision to call off the strike"
    # "Nestlé said retailers had dropped its products", "Deliveroo said the city had paused
    # the scheme": what the firm reports of another's act
    if _THEY_REPORTED.search(before[-80:]) and _ACTOR_OPENS_CLAUSE.match(before):
        return True  # "Uber drivers said they had called off the protest"
    reported = _REPORTED_CLAUSE.match(before[-200:])
    return bool(reported) and bool(
        _ACTOR_OPENS_CLAUSE.match(reported.group(1))
        or _ITS_OTHER.match(reported.group(1))
        or _SINGULAR_OTHER_ACTOR.match(reported.group(1))
        or _OTHER_FIRMS.match(reported.group(1))
    )


# "Sainsbury's said its rival had scrapped the fee", "… its Argos arm had": another, by the
# firm's word for it (its board or management is the firm itself).
_ITS_OTHER = re.compile(
    r"\s*(?:its|their)\s+(?!(?:board|management|directors|executives|leadership|bosses|"
    r"owners?\s+(?:and|have|has|had))\b)(?:[\w&'’-]+\s+){0,3}?"
    r"(?:rivals?|competitors?|peers?|arm|unit|division|subsidiary|parent|owner|partners?|"
    r"suppliers?|customers?|landlords?|franchisees?)\s+(?:(?:have|has|had|also|now|then|already)\s+)*$",
    re.I,
)
_THEY_REPORTED = re.compile(r"\b(?:said|say|says|told\s+\w+)\s+(?:that\s+)?they\s+(?:\w+\s+){0,2}$")
# Firms no name picks out, in what a firm reports: "Nestlé said retailers had dropped it".
_OTHER_FIRMS = re.compile(
    r"\s*(?:(?:some|many|several|most|all|other|rival|big|smaller|two|three)\s+)*"
    r"(?:retailers|airlines|carriers|supermarkets|grocers|banks|lenders|insurers|brands|chains|"
    r"stores|shops|firms|companies|businesses|employers|manufacturers|makers|platforms)"
    r"(?:,\s+(?:including|such\s+as|like|among\s+them)\s+[^,]+,)?\s+"
    r"(?:(?:have|has|had|also|now|then|already|quietly)\s+)*$",
    re.I,
)


_RELATION_SUBJECT = re.compile(
    rf"['’]s\s+(?:[a-z-]+\s+){{0,2}}(?:supplier|customer|landlord|partner|rival|competitor|"
    rf"investor|shareholder|lender|client|franchisee|distributor|contractor|"
    rf"bottler|licensee|insurer|auditor|adviser|advisor)s?\s+{_AUXILIARIES}$"
    # "Asda's owners, the Issa brothers and TDR Capital, have dropped": named in an aside ("Lidl's
    # owner has scrapped", no one named, speaks for Lidl)
    rf"|['’]s\s+(?:[a-z-]+\s+){{0,2}}(?:owner|parent|backer)s?,\s+[^,;]{{1,60}},\s+"
    rf"{_AUXILIARIES}$"
)
_OTHERS_DECISION = re.compile(
    rf"\b(?:{_OTHER_ACTOR}|union|government|council|regulator|watchdog|court|judge|city|state|"
    rf"ministry|minister|mayor|commission|authority|agency)['’]s?\s+(?:[\w-]+\s+)?"
    rf"(?:decision|move|vote|plan|bid|choice)\s+to\s+$",
    re.I,
)
# The clause after the last verb of saying, when no conjunction or pronoun opens another.
_REPORTED_CLAUSE = re.compile(
    r".*\b(?:said|says|told\s+\w+|added|confirmed|noted)\s+(?:that\s+)?"
    r"((?:(?!\b(?:and|but|so|it|they|we|which|who)\b)[^;:\"“”])*)$",
    re.S,
)


_SINGULAR_OTHER_ACTOR = re.compile(
    r"\W*(?:the|a|its|their)\s+(?:[\w-]+\s+){0,2}?(?:union|regulator|watchdog|government|"
    r"ministry|council|court|judge|city|state|agency|authority|commission|parliament|"
    r"legislature|department|minister|mayor|(?:group|gaggle|band|coalition|collective|"
    r"association|alliance)\s+of\s+(?:[\w-]+\s+)?(?:riders|drivers|workers|staff|employees|"
    r"customers|users|residents|parents|campaigners|activists|shareholders|investors|sellers|"
    r"farmers|members|couriers|pilots|nurses|tenants|fans|players|creators))\b",
    re.I,
)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+\s+)?$")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:with|from|like|including|than|against|at|of|for|versus|vs\.?|over|about|into|by|"
    r"to|as|behind|after|following|unlike|besides|among|such\s+as)\s+"
    r"(?:the\s+|rival\s+|its\s+|[A-Z][\w.-]*['’]s\s+)?$",
    re.I,
)
# ", the South Asian online marketplace owned by China's Alibaba," is an aside
_APPOSITION_BEFORE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'’.-]+\s+){0,8}$")
# An aside that says who owns, backs or runs the firm before it: ", owned since 2023 by the
# Milan-based developer", ", now part of", ", backed by".
_PARTICIPLE_ASIDE = re.compile(
    r",\s+(?:(?:now|once|formerly|still|itself|also|partly|majority|wholly|jointly)[\s-]+)?"
    r"(?:owned|backed|bought|acquired|controlled|run|led|founded|spun\s+off|taken\s+over|"
    r"part|a\s+(?:unit|subsidiary|division|brand)|an\s+arm)\b[^,;]*$",
    re.I,
)
_RELATIVE_OPENING = re.compile(r",\s+(?:which|who|whose|where|that|whom)\b[^,]*$")


_OBJECT_OF_TELLING = re.compile(
    r"\b(?:told|tells|informed|informs|assured|assures|reminded|reminds|warned|warns|"
    r"notified|notifies)\s+$"
)
_APPOSITION_OPENS = re.compile(r"(?:,|\s[—–-])\s+(not\s+)?$")
_POSSESSIVE_APPOSITION = re.compile(r"(['’]s\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s*(?:,|\s[—–-]\s)")
_FOLLOWED_IN = re.compile(r"\b(?:follow|join)(?:s|ed|ing)?\s+$", re.I)
_VERB_FOLLOWS = re.compile(
    r"\s+(?:(?:has|have|had|will|would|also|now|then|later|quietly|finally|already|just|"
    r"recently|itself|\w+ly)\s+)*"
)


def _aside_anaphor(text: str, mention: Mention, cue_start: int) -> bool:
    """Whether a pronoun or "the company" sits in an apposition or relative clause closed
    before the cue ("Three, the network it merged with last year, dropped …"): the aside's
    pronoun is another firm, not the subject of the verb after it."""
    if "," not in text[mention.end : cue_start]:
        return False
    return bool(
        _APPOSITION_BEFORE.search(text[max(0, mention.start - 60) : mention.start])
        or _RELATIVE_OPENING.search(text[: mention.start])
    )


def _aside(text: str, mention: Mention, cue_start: int) -> bool:
    """Whether a company mention is no subject: an object of a preposition, or in a relative
    clause closed before the cue."""
    if _OBJECT_OF_TELLING.search(text[max(0, mention.start - 30) : mention.start]):
        return True  # "Tesco told Aldi it was scrapping the fee": Tesco speaks
    opening = _APPOSITION_OPENS.search(text[max(0, mention.start - 6) : mention.start])
    apposition = _POSSESSIVE_APPOSITION.match(text, mention.end)
    if opening and apposition and (opening.group(1) or apposition.group(1)):
        return True  # "Tesco, Aldi's biggest customer, scrapped", "Aldi, not Tesco, scrapped"
    if _FOLLOWED_IN.search(text[max(0, mention.start - 30) : mention.start]) and re.match(
        r"\s+in\s", text[mention.end :]
    ):
        return True  # "Spotify has followed Uber in scrapping the fee": Spotify acts
    preposition = _PREPOSITION_BEFORE.search(text[max(0, mention.start - 30) : mention.start])
    if preposition:
        # "even as Lidl dropped its own", "after Acme scrapped it": a conjunction, and the
        # company right before the verb is its clause's subject.
        return not (
            re.match(r"(?:as|after)\b", preposition.group(), re.I)
            and _VERB_FOLLOWS.fullmatch(text[mention.end : cue_start])
        )
    if _APPOSITION_BEFORE.search(text[max(0, mention.start - 60) : mention.start]) and (
        "," in text[mention.end : cue_start]
    ):
        return True  # "Brightline, an Acme supplier, scrapped": Brightline acts
    if _PARTICIPLE_ASIDE.search(text[max(0, mention.start - 80) : mention.start]) and (
        "," in text[mention.end : cue_start]
    ):
        return True  # "Evernote, owned since 2023 by Bending Spoons, is bringing back": Evernote
    return bool(
        _RELATIVE_OPENING.search(text[: mention.start]) and "," in text[mention.end : cue_start]
    )


# A sentence opening with a capitalised name and its verb: "Caffè Nero halved ...".
_NAME_OPENS = re.compile(
    r"\W*((?:[A-Z][\w’'&.-]*\s+){1,3}?)(?:has|have|had|is|was|also|then|later|"
    r"[a-z]{3,}(?:ed|s))\b"
)


def _opened_by_unknown_name(text: str, mentions: list[Mention]) -> bool:
    """Whether the sentence's subject is a name no one recognised as a company or a person."""
    match = _NAME_OPENS.match(text)
    if not match:
        return False
    words = match.group(1).split()
    if words[0].rstrip(".,") in _BEFORE_A_NAME or words[0] in ent.STOPWORDS:
        return False
    return not any(m.start < match.end(1) for m in mentions)


_OTHER_FIRM = re.compile(r"\b(?:rival|other|another|competing|competitor)\b", re.I)


# "M&S said it", "Acme told staff that it": the firm that speaks of itself.
_SPEAKER_THEN_IT = re.compile(
    r"\s+(?:(?:has|had)\s+)?(?:said|says|told\s+\w+|added|confirmed|announced|insisted|"
    r"stated)\s+(?:on\s+\w+\s+)?(?:that\s+)?"
)


# "It", "the company": the firm the text is about; a description ("the discounter") may
# switch to another.
_PLAIN_ANAPHOR = re.compile(r"(?:[Ii]t|[Tt]he\s+(?:company|firm|group|business))")


def _resolve(
    text: str,
    mention: Mention,
    before: list[Mention],
    last_company: str | None,
    affiliation: dict[str, str],
    it_elsewhere: bool = False,
    two_before: bool = False,
) -> str | None:
    """The company a mention stands for. "It" and "the company" stand for the last company
    before them that is a subject, not one named after a preposition ("Kakao, the operator of
    South Korea's top app, said it ..." is Kakao), else for the company the text was about
    ("it" not when the sentence before was about a union, a regulator or a government)."""
    if mention.kind == "company":
        return mention.name
    if mention.kind == "person" and mention.name in affiliation:
        return affiliation[mention.name]
    if mention.kind == "anaphor":
        if _OTHER_FIRM.search(text[mention.start : mention.end]):
            return None  # "Aldi said the rival chain had scrapped it": not Aldi
        earlier = [m for m in before if m.kind == "company" and m.end <= mention.start]
        if earlier and _SPEAKER_THEN_IT.fullmatch(text, earlier[-1].end, mention.start):
            return earlier[-1].name  # "Shares in Ocado fell after M&S said it had paused": M&S
        subjects = [m for m in earlier if not _aside(text, m, mention.start)]
        if len({m.name for m in earlier}) >= 2 and not _PLAIN_ANAPHOR.fullmatch(
            text[mention.start : mention.end]
        ) and not (subjects and _SPEAKER_THEN_IT.fullmatch(text, subjects[-1].end, mention.start)):
            # "M&S, which part-owns Ocado, said the online grocer had scrapped …": a
            # description after two firms may stand for either; an editor decides
            return None
        if subjects:
            return subjects[-1].name
        if not earlier and _opened_by_unknown_name(text, before):
            return None  # "Caffè Nero halved its stamps, a move it later reversed"
        if it_elsewhere and text[mention.start : mention.end].lower() in ("it", "the group"):
            return earlier[-1].name if earlier else None
        if not earlier and two_before and not _PLAIN_ANAPHOR.fullmatch(
            text[mention.start : mention.end]
        ):
            # "Tesco's boss said the grocer would not follow Aldi. The discounter scrapped
            # …": a description after a sentence naming two firms may be either; an editor
            # decides
            return None
        return last_company or (earlier[-1].name if earlier else None)
    return None


# "the reinstatement of the bonus at Rolls-Royce", "a U-turn at Acme": where a cue noun's act
# happened.
_NOUN_AT = re.compile(r"[^,.;]{0,60}?\s+at\s+(?:the\s+)?")
_CUE_NOUNS = {noun.lower() for _, _, nouns in VOCABULARY.values() for noun in nouns}


def _is_noun_cue(words: str) -> bool:
    plain = re.sub(r"\s+", " ", words.lower())
    return plain in _CUE_NOUNS or plain.rstrip("s") in _CUE_NOUNS


def _passive_agent(sentence: Sentence, end: int) -> str | None:
    """ "scrapped by Shell": the company right after "by" within a few words of the cue."""
    passive = re.match(
        r"\s+(?:\w+\s+){0,6}?by\s+(?:the\s+)?(?:(?:board|management|directors|bosses|"
        r"executives|owners|leadership)\s+(?:of|at)\s+)?",
        sentence.text[end:],
    )
    if passive:
        for mention in sentence.mentions:
            if mention.kind == "company" and mention.start == end + passive.end():
                return mention.name
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
