"""Which outlet published the article, as opposed to the outlets it cites: what the seed
declares (a `Source:` line, front matter), the page's masthead, address and notes, how the
text speaks of the outlet it talked to ("told Fast Company"), and, last, an outlet it names
that it does not merely cite ("according to Reuters")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from builder.ingest import entities as ent
from builder.ingest.gazetteer import Gazetteer
from builder.ingest.mentions import Mention, PageClues, Sentence

# How an article speaks of the outlet that published it: the outlet asked, was told, was sent
# the memo ("told Fast Company", "declined Fast Company's request for comment").
_PUBLISHER_BEFORE = re.compile(
    r"(?:\btold|confirmed\s+to|statement\s+to|interview\s+with|speaking\s+to|spoke\s+to|"
    r"shared\s+with|sent\s+to|provided\s+to|emailed\s+to|responded\s+to|said\s+to|"
    r"wrote\s+to|in\s+response\s+to|declined|did\s+not\s+respond\s+to|didn['’]t\s+respond\s+to|"
    r"declined\s+to\s+(?:tell|inform|say\s+to)|refused\s+to\s+(?:tell|inform)|"
    r"did\s+not\s+return|contacted\s+by|reached\s+by|asked\s+by|(?:confirmed|explained|"
    r"described|detailed|outlined|denied)\s+(?:[\w-]+\s+){1,3}to|(?:comment|remark|respond|"
    r"reply|replied|responded|spoke|talked|speak|talk)\s+to|advised|instructed|"
    r"(?:requests?|inquir(?:y|ies)|enquir(?:y|ies)|questions?)\s+(?:for\s+comment\s+)?from)\s+$",
    re.I,
)
_PUBLISHER_AFTER = re.compile(
    r"^['’]s?\s+(?:\w+\s+){0,2}?(?:requests?|questions?|inquir(?:y|ies)|queries|enquir(?:y|ies)|"
    r"calls?|emails?|messages?)\b|^\s+(?:has\s+)?(?:reached\s+out|contacted|asked)\b",
    re.I,
)
# A listed outlet's name running on into an office or a body is part of a longer name:
# "Senior Vice President", "Fortune 500", "Reuters Institute" ("Bloomberg Opinion" is the
# outlet's own).
_RUN_ON = re.compile(
    r"[ \t]+(?:President|Chair\w*|Chancellor|Director|Officer|Minister|Admiral|Principal|"
    r"Provost|Institute|Foundation|Philanthropies|Global\s+500|500|Index)\b"
)
# How it relays another outlet's earlier story: that outlet did not publish this one.
_RELAYED_BEFORE = re.compile(
    r"(?:reports?\s+(?:by|from|in)|first\s+(?:published|printed|reported)\s+by|picked\s+up\s+by|"
    r"citing|cited\s+by|story\s+(?:by|in))\s+(?:the\s+)?$",
    re.I,
)
_RELAYED_WHICH = re.compile(
    r"^,\s+which\s+(?:first|earlier|previously|originally)\s+(?:reported|revealed|broke)\b", re.I
)
_RELAYED_AFTER = re.compile(r"^\s+had\s+(?:first\s+|earlier\s+|previously\s+)?reported\b", re.I)
# How it cites another outlet's reporting ("Reuters reported", "according to Bloomberg").
_CREDIT_BEFORE = re.compile(
    r"(?:obtained\s+by|according\s+to|reported\s+by|first\s+reported\s+by|seen\s+by|"
    r"reviewed\s+by|viewed\s+by|examined\s+by|inspected\s+by|via|per)\s+$",
    re.I,
)
_CREDIT_AFTER = re.compile(
    r"^(?:['’]s?\s+[\w\s]{0,30}?(?:report|reporting|story|article|"
    r"investigation|analysis))|^,?\s*(?:which\s+)?(?:first\s+|previously\s+|"
    r"earlier\s+)?(?:reported|reports|has\s+reported|wrote|learned|"
    r"obtained|reviewed|revealed|broke|said)",
    re.I,
)


# "By Ana Souza | The Harbour Gazette", "By Ana Souza, Lisbon Ledger Daily": the paper beside
# the author (a date there is no outlet).
_JOB_TITLE = re.compile(
    r"\b(?:reporter|editor|correspondent|writer|columnist|staff|contributor|journalist|"
    r"critic|analyst|producer)s?\b",
    re.I,
)
_BYLINE_OUTLET = re.compile(rf"\s*[|,·–—]\s*(?P<n>(?:The\s+)?{ent.SEQ})\s*$")


_DOMAIN_NAME = re.compile(r"(?:www\.)?[\w-]+(?:\.[a-z]{2,6}){1,2}", re.I)

NO_SOURCE = "no source: the article names no outlet that published it; add `source:`"
GUESSED_SOURCE = (
    "source guessed: the article cites or names this outlet but never says it published the "
    "article; check it"
)


def publisher(
    sentences: list[Sentence],
    gazetteer: Gazetteer,
    explicit: str | None,
    bylines: tuple[str, ...],
    page: PageClues,
) -> tuple[str | None, str | None]:
    """The outlet that published the article, rather than the outlets it cites, and why an
    editor should check it when the article never says who published it.

    The page's own say wins (a header line, og:site_name, a dateline's "(Reuters)"). Else an
    outlet the article asked or was told something ("declined Fast Company's request for
    comment") beats one it credits ("Business Insider reported"), which beats a bare mention;
    the first of the best kind wins.
    """
    if explicit and _DOMAIN_NAME.fullmatch(explicit.strip()):
        # og:site_name "lrt.lt": an address; the name the article gives an outlet that the
        # address spells ("told LRT English") is better, else the address as the page gives it
        address = PageClues(page.mastheads, page.credits, page.url or f"https://{explicit}")
        named, doubt = publisher(sentences, gazetteer, None, bylines, address)
        label = re.sub(r"^www\.", "", explicit.strip().lower()).split(".")[0]
        spelled = bool(named) and re.sub(r"\W", "", named.split()[0].lower()) == label
        return (named, None) if spelled and not doubt else (explicit.strip(), None)
    if explicit:
        hit = gazetteer.canonical(explicit.strip()) or gazetteer.canonical(
            explicit.strip().title()  # "BUSINESS WIRE", "(dpa)"
        )
        return (hit[0] if hit and hit[1] == "outlet" else explicit.strip()), None
    for byline in bylines:  # "By Anna Keller, Reuters", "By Ana Souza | The Harbour Gazette"
        outlet = next((m.name for m in gazetteer.find(byline) if m.kind == "outlet"), None)
        if outlet:
            return outlet, None
        signed = _signed_line(byline, gazetteer) or _declared_publisher(
            [byline], gazetteer, role_lines=False
        )
        if signed:
            return signed, None
        beside = _BYLINE_OUTLET.search(byline)
        if (
            beside
            and (_PRESS_WORD.search(beside.group("n")) or beside.group("n")[:4] == "The ")
            and not _JOB_TITLE.search(beside.group("n"))  # "By Kev Hollins, Chief Sports Reporter"
        ):
            return _outlet_name(beside.group("n"), gazetteer), None
    texts = list(page.credits) + [s.text for s in sentences if not s.is_title]
    declared = (
        _lead_byline(texts[:1], gazetteer)
        or next(filter(None, (_signed_line(t, gazetteer) for t in texts[:3] + texts[-3:])), None)
        or _declared_publisher(texts, gazetteer)
        or _masthead(page.mastheads, gazetteer)
        or _outlet_of_url(page.url, gazetteer)
        or _sign_off(sentences, gazetteer)
    )
    if declared:
        return declared, None
    ranks: dict[str, int] = {}
    relayed: set[str] = set()
    for sentence in sentences:
        if sentence.is_title:
            continue
        for m in sentence.mentions:
            if m.kind != "outlet" or _RUN_ON.match(sentence.text, m.end):
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
        return next(n for r, n in candidates if r == 3), None
    asked = _unlisted_asker(sentences) or _unlisted_told(sentences, page.url)
    if asked:
        return asked, None
    if not candidates:
        issuer = _release_issuer(texts)
        if issuer:
            return issuer, None
        credited = None if ranks else _unlisted_outlet(sentences)
        return credited, GUESSED_SOURCE if credited else NO_SOURCE
    best = max(r for r, _ in candidates)
    return next(n for r, n in candidates if r == best), GUESSED_SOURCE


# Languages an article is translated from ("Translated from Portuguese"): no outlet.
_LANGUAGES = (
    "Portuguese|Polish|Spanish|French|German|Italian|Dutch|Japanese|Korean|Chinese|Mandarin|"
    "Cantonese|Arabic|Hebrew|Turkish|Russian|Ukrainian|Swedish|Norwegian|Danish|Finnish|Greek|"
    "Czech|Slovak|Hungarian|Romanian|Bulgarian|Croatian|Serbian|Vietnamese|Thai|Indonesian|"
    "Malay|Hindi|Bengali|Urdu|Tamil|Swahili|Tagalog|Filipino|Catalan|Basque|Galician|Persian|"
    "Farsi|Estonian|Latvian|Lithuanian|Slovenian|Icelandic|Afrikaans|Amharic|Hausa|Yoruba"
)
# A reporter's beat or rank before the job ("Health reporter Sanne de Vries"): no outlet.
_BEAT = (
    r"(?:Health|Business|Tech|Technology|Retail|Markets?|Money|Sports?|Politics|Political|"
    r"Science|Energy|Consumer|Senior|Staff|Chief|Economics|Economy|Finance|Financial|Travel|"
    r"Property|Transport|Investigative|Local|Foreign|Legal|Education|Environment|Climate|"
    r"Industry|Labour|Labor|Media|Aviation|Motoring|Food|Fashion|Personal\s+finance)"
)
# "Originally published by MacRumors.", "This story first appeared in Business Travel Weekly's
# Monday briefing", "It first appeared in Folha de S.Paulo", "© Maeil Business Newspaper": the
# article saying where it ran. (An outlet "first reported" something is only cited.)
_DECLARED = re.compile(
    r"(?:^\W*|[.\[(]\s*|\s)(?i:(?:this\s+(?:\w+\s+){0,2}?(?:story|article|piece|column|"
    r"interview|post|newsletter|translation|Q&A|report|feature|analysis|explainer|blog|"
    r"live\s+blog|profile|review)\s+(?:[\w,]+\s+){0,8}?|it\s+|an?\s+"
    r"(?:\w+\s+){0,2}?(?:article|story)\s+)(?:was\s+|has\s+)?(?:originally|first)\s+"
    r"(?:published|appeared|ran|printed)\s+(?:in\s+[A-Z][a-z]+\s+)?(?:in|on|by)|^\W*(?:originally|"
    r"original|first)\s+(?:published|appeared)\s+(?:in\s+[A-Z][a-z]+\s+)?(?:in|on|by)"
    r"|original\s+(?:published|appeared)\s+(?:in|on|by)"
    r"|this\s+(?:\w+\s+){0,2}?(?:story|article|report|piece|Q&A|interview|feature|analysis|"
    r"explainer|column|newsletter)\s+was\s+(?:produced|written|"
    r"reported|prepared|published)\s+(?:by|for)"
    r"|\b(?:reports|writes|covers)(?:\s+[^.;]{0,60}?)?\s+for"
    r"|\bis\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?(?:reporter|writer|correspondent|columnist|"
    r"editor)\s+(?:at|for|with)"
    r"|\b(?:subscribe|subscribed|sign\s+up|signed\s+up)\s+(?:to|for)"
    # "This article is republished from The Conversation", "by the business desk at X"
    r"|\b(?:republished|reproduced|syndicated|reprinted)\s+(?:\w+\s+){0,2}?from"
    # "Translated from Le Monde" (a language there names no outlet)
    r"|\btranslated\s+(?:\w+\s+)?from(?!\s+(?:the\s+)?(?:original\s+)?(?:" + _LANGUAGES + r")\b)"
    r"|\b(?:desk|team|newsroom)\s+(?:at|of)"
    # "You're reading The Current, Cork Business Post's energy newsletter"
    r"|\byou(?:['’]re|\s+are)\s+reading"
    r"|^\W*(?:published|printed|posted)\b[^|]{0,40}?\bby"
    r"|(?:\b(?:reporting|reported|written|writing|words)(?:\s+by|:)|^\W*(?i:by))\s+[^;.()]{3,60}?"
    r"\s+for)\s+"
    rf"(?:the\s+)?(?P<a>(?:The\s+)?{ent.SEQ})"
    rf"|^(?:[Tt]he\s+)?(?!{_BEAT}\s)(?P<c>{ent.SEQ})\s+(?:staff\s+)?(?:writer|reporter|correspondent|"
    rf"columnist|editor)\b"
    rf"|(?:^|\s)(?:©|ⓒ|\([cC]\)|[Cc]opyright)\s*(?:(?:19|20)\d\d\s+)?(?P<b>(?:[Tt]he\s+)?{ent.SEQ})"
    # "Edited by Nordic Business Daily's markets desk"
    rf"|\b(?i:edited|produced|compiled|written|reported)\s+by\s+(?:the\s+)?"
    rf"(?P<e>(?:The\s+)?{ent.SEQ})['’]s\s+(?:[\w-]+\s+){{0,2}}?(?i:desk|team|newsroom|staff)\b"
)
# "The Morning Ledger, Nordic Business Daily's daily newsletter", "Money Matters, the weekly
# newsletter of the Echo", "… , a newsletter from Freight Insider": the outlet behind it.
_NEWSLETTER_OF = re.compile(
    rf",\s+(?:the\s+)?(?P<n>(?:The\s+)?{ent.SEQ})['’]s\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?i:newsletter|briefing|bulletin|podcast|digest|supplement|magazine)\b"
    r"|,\s+(?i:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?i:newsletter|briefing|bulletin|podcast|digest|"
    rf"supplement|magazine)\s+(?:of|from|by)\s+(?:the\s+)?(?P<m>(?:The\s+)?{ent.SEQ})"
)
# "Manifest Weekly — a weekly newsletter about freight", "THE PIVOT — a newsletter …"
_SELF_DESCRIBED = re.compile(
    # "Kopi Briefing is a weekly newsletter on …", "The Harbour Gazette is an independent weekly"
    rf"^\W*(?P<n>(?:THE\s+|The\s+)?{ent.SEQ})\s+is\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?i:newsletter|briefing|bulletin|digest|podcast|magazine|newspaper|publication|weekly|"
    r"daily|news\s+site|news\s+website|news\s+outlet|blog)\b"
    rf"|^(?P<o>(?:THE\s+|The\s+)?{ent.SEQ})\s*(?:[—–-]+\s*(?i:a|an|the|your)\s+"
    r"(?:[\w-]+\s+){0,3}?(?i:newsletter|briefing|bulletin|digest|podcast|magazine|blog)\b"
    # "The Payroll Pulse · Issue #212 · Your Friday briefing …"
    r"|\s*[·|•—–-]\s*(?i:issue|no\.|edition|vol\.|volume)\s*#?\d)"
)


# "Maya Lind / Senior reporter, Nordic Business Daily": a byline's second line.
_ROLE_LINE = re.compile(
    rf"\b(?i:reporter|editor|correspondent|writer|columnist)(?:\s*[,|·–—]\s*|\s+(?:at|for)\s+)"
    rf"(?P<n>(?:The\s+)?{ent.SEQ})\s*$"
)


# "Tomás Quinlan, Cork Business Post — Orla Energy has …": a by-line run into the story.
_LEAD_BYLINE = re.compile(rf"^(?P<p>{ent.SEQ}),\s+(?P<n>(?:The\s+)?{ent.SEQ})\s+[—–]\s+\S")


def _lead_byline(texts: list[str], gazetteer: Gazetteer) -> str | None:
    lead = _LEAD_BYLINE.match(texts[0]) if texts else None
    if not lead or lead.group("p").split()[0] not in ent.given_names():
        return None
    name = lead.group("n")
    listed = gazetteer.canonical(name)
    if listed:
        return listed[0] if listed[1] == "outlet" else None
    return _outlet_name(name, gazetteer) if _PRESS_WORD.search(name) else None


def _declared_publisher(
    texts: list[str], gazetteer: Gazetteer, role_lines: bool = True
) -> str | None:
    for text in texts[:8] + texts[-8:]:  # notes at the top, credits at the end
        # (a by-line's "Business reporter, Accra" names a place: its role lines are not read)
        role_line = _ROLE_LINE.search(text) if role_lines and len(text.split()) <= 10 else None
        if role_line and _outlet_name(role_line.group("n"), gazetteer):
            return _outlet_name(role_line.group("n"), gazetteer)
        for match in _DECLARED.finditer(text):
            raw = next(match.group(g) for g in "abce" if match.group(g))
            if raw.split()[0] in ent.given_names():
                continue  # "Published 4 March 2026 by Ana Souza": a person, no outlet
            behind = _NEWSLETTER_OF.match(text, match.end())
            owner = (behind.group("n") or behind.group("m")) if behind else raw
            name = _outlet_name(owner, gazetteer)
            if name:
                return name
        described = _SELF_DESCRIBED.match(text)
        if described:
            name = _outlet_name(described.group("n") or described.group("o"), gazetteer)
            if name:
                return name
    return None


# A line that signs the article: "Funmi Adeyemi | Lagos Business Courier", "By Laia Puig ·
# Catalan Business Review · 23 November 2026", "— Ellen Baird, Scottish Transport Review",
# "Ana Souza, Harbour Gazette staff": a person, then the paper (a date or a job is skipped).
_SIGNED_LEAD = re.compile(r"^\W*(?:(?i:by|written\s+by|words(?:\s+by)?:?)\s+)?")
_SIGNED_PARTS = re.compile(r"\s*(?:[|·•,]|\s[–—-]\s)\s*")
_STAFF_TAIL = re.compile(r"\s+(?:staff(?:\s+(?:writer|reporter))?|reporter|correspondent)$", re.I)


def _signed_line(line: str, gazetteer: Gazetteer) -> str | None:
    if len(line.split()) > 14:
        return None
    parts = [p for p in _SIGNED_PARTS.split(_SIGNED_LEAD.sub("", line.strip()).rstrip(".")) if p]
    person = parts[0].split() if parts else []
    if (
        len(parts) < 2
        or not 2 <= len(person) <= 4
        or not all(word[:1].isupper() for word in person)
        or not _personal(person, gazetteer)
    ):
        return None
    for part in parts[1:]:
        part = _STAFF_TAIL.sub("", part).strip()
        if not part or re.search(r"\d", part) or _JOB_TITLE.search(part):
            continue  # "23 November 2026", "Retail Correspondent"
        hit = gazetteer.canonical(part) or gazetteer.canonical(_unshouted(part))
        if hit:
            if hit[1] == "outlet":
                return hit[0]
            continue
        if re.fullmatch(rf"(?:The\s+)?{ent.SEQ}", part) and (
            _PRESS_WORD.search(part) or part.startswith("The ")
        ):
            return _outlet_name(part, gazetteer)
    return None


_NOT_A_NAME = ent.STOPWORDS | ent.CORPORATE_WORDS | ent.PLACES


def _personal(words: list[str], gazetteer: Gazetteer) -> bool:
    """A by-line's name: a known given name first, or two or three plain capitalised words
    that name no paper, firm or place ("Funmi Adeyemi", not "Lagos Business" or "The Till")."""
    if words[0] in ent.given_names():
        return True
    return (
        len(words) <= 3
        and all(re.fullmatch(r"[^\W\d_][\w'’-]*", word) for word in words)
        and not any(w in _NOT_A_NAME for w in words)
        and not _PRESS_WORD.search(" ".join(words))
        and gazetteer.canonical(" ".join(words)) is None
    )


_SIGN_OFF = re.compile(rf"(?:[Tt]he\s+|THE\s+)?{ent.SEQ}")


def _sign_off(sentences: list[Sentence], gazetteer: Gazetteer) -> str | None:
    """The outlet's name as the article's last line ("Rest of World", "The Midwest Ledger"):
    a listed outlet, or a name that reads as a publication's (a press word, "The …", "… of
    …"), never a person's, a company's or a heading."""
    body = [s for s in sentences if not s.is_title]
    if not body:
        return None
    last = body[-1]
    line = last.text.strip()
    if not _SIGN_OFF.fullmatch(line) or len(line.split()) > 5:
        return None
    hit = gazetteer.canonical(line) or gazetteer.canonical(_unshouted(line))
    if hit:
        return hit[0] if hit[1] == "outlet" else None
    words = line.split()
    if (
        any(m.kind in ("company", "person") for m in last.mentions)
        or words[0] in ent.given_names()
        or all(w in ent.STOPWORDS for w in words)
    ):
        return None
    publication = _PRESS_WORD.search(line) or words[0] in ("The", "THE") or any(
        w in ("of", "and", "&") for w in words
    ) or ("from" in words[1:-1] and not words[0].endswith("ing"))  # "Notes from Poland"
    return _unshouted(line) if publication else None


def _outlet_name(raw: str, gazetteer: Gazetteer) -> str | None:
    """A printed outlet name made canonical: the gazetteer's, else as printed (not shouted),
    without a trailing possessive or a word that is no part of a name."""
    bare = re.sub(rf",?\s+{ent.LEGAL}$", "", raw.strip().rstrip(".,;:"))  # "… Post Ltd"
    words = re.sub(r"['’]s$", "", bare).rstrip(".,;:").split()
    while words and words[-1].lower() in ("the", "and", "of", "in", "on", "by"):
        words.pop()
    name = " ".join(words)
    hit = gazetteer.canonical(name) or gazetteer.canonical(re.sub(r"^[Tt]he\s+", "", name))
    if hit:
        return hit[0] if hit[1] == "outlet" else None  # a company's own words, not an outlet
    if not words or all(w in ent.STOPWORDS for w in words):
        return None
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
    r"review|register|inquirer|reporter|monitor|advertiser|star|sun|globe|informer|week|"
    r"recorder|briefing|digest|wire|today|insider)\b",
    re.I,
)


_COPYRIGHT = re.compile(r"^(?:©|ⓒ|\([cC]\)|[Cc]opyright)\s*(?:(?:19|20)\d\d\s+)?")


def _masthead(lines: tuple[str, ...], gazetteer: Gazetteer) -> str | None:
    """The first masthead line a gazetteer lists as an outlet, or that a newspaper word names
    ("THE DAILY CLARION"); a bare name ("Anna Keller", "Opinion") is neither."""
    for line in lines:
        line = _COPYRIGHT.sub("", line).strip()  # "Copyright 2026 Nordic Business Daily"
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


def _unmentioned(sentences: list[Sentence], pattern: re.Pattern[str],
                 groups: tuple[str, ...]) -> Iterator[str]:
    """The text of the first matched group of `groups`, for each match of `pattern` outside
    the headline whose group overlaps nothing the sentence names (a company, a person, a
    listed outlet): the names an unlisted outlet may go by."""
    for sentence in sentences:
        if sentence.is_title:
            continue
        for match in pattern.finditer(sentence.text):
            key = next(group for group in groups if match.group(group))
            start, end = match.span(key)
            if not any(m.start < end and start < m.end for m in sentence.mentions):
                yield match.group(key)


def _unlisted_asker(sentences: list[Sentence]) -> str | None:
    """The outlet whose request for comment was declined ("declined Acme's request" names a
    company: that is a mention, and left out)."""
    for raw in _unmentioned(sentences, _UNLISTED_ASKER, ("n",)):
        name = _outlet_name(raw, Gazetteer({}, {}, set()))
        if name:
            return name
    return None


# "a spokesperson told Nordic Business Daily", "confirmed the change to Retail Week", "a request
# for comment from Retail Week": an outlet no gazetteer lists, asked or told, when its name
# reads as a publication's.
_UNLISTED_TOLD = re.compile(
    rf"\b(?i:told|(?:confirmed|explained|said)\s+(?:[\w-]+\s+){{0,3}}?to|statement\s+to|"
    rf"speaking\s+to|in\s+an\s+interview\s+with|(?:request|requests|inquiry|inquiries|"
    rf"questions?)\s+(?:for\s+comment\s+)?from|reached\s+by|contacted\s+by)\s+(?:the\s+)?"
    rf"(?P<n>(?:The\s+)?{ent.SEQ})(?![\w'’])"
)


def _unlisted_told(sentences: list[Sentence], url: str | None) -> str | None:
    for raw in _unmentioned(sentences, _UNLISTED_TOLD, ("n",)):
        host = re.match(r"https?://(?:www\.)?([^/:?#]+)", url or "")
        # "told LRT English" on lrt.lt: the address spells the name's first word
        spelled = bool(host) and host.group(1).split(".")[0] == raw.split()[0].lower()
        if (_PRESS_WORD.search(raw) or spelled) and raw.split()[0] not in ent.given_names():
            name = _outlet_name(raw, Gazetteer({}, {}, set()))
            squashed = re.sub(r"[^a-z0-9]", "", (name or "").lower())
            if name and not name.startswith("The ") and host and host.group(1).startswith(
                f"the{squashed}."
            ):
                return "The " + name  # "told the Harbour Gazette", theharbourgazette.co.uk
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
_ABOUT = re.compile(
    rf"(?:^|\s)About\s+(?P<n>{ent.SEQ})\s*(?::|$)"
    # "About Kestrel AB Kestrel is a Swedish …": the heading run into its paragraph
    rf"|^About\s+(?P<r>(?P<f>{ent.CAP})(?:\s+{ent.CAP}){{0,4}}?)\s+(?P=f)\b"
)
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
            return re.sub(rf",?\s+{ent.LEGAL}$", "", about.group("n") or about.group("r"))
    return None


def _outlet_rank(text: str, mention: Mention) -> int:
    """3: asked or told by it; 2: credited; 1: named; 0: its earlier story relayed."""
    before = text[max(0, mention.start - 40) : mention.start]
    after = text[mention.end :]
    if _RELAYED_WHICH.match(after):
        return 0  # "a spokesperson told The Verge, which first reported the change"
    if _PUBLISHER_BEFORE.search(before) or _PUBLISHER_AFTER.match(after):
        return 3
    if _RELAYED_BEFORE.search(before) or _RELAYED_AFTER.match(after):
        return 0
    if _CREDIT_BEFORE.search(before) or _CREDIT_AFTER.match(after):
        return 2
    return 1


_UNLISTED_CREDIT = re.compile(
    rf"\b(?i:according to|reported by|first reported by|told|in an interview with|statement\s+to|"
    rf"seen\s+by|obtained\s+by|reviewed\s+by|examined\s+by|inspected\s+by|"
    rf"confirmed\s+to|reached\s+by|contacted\s+by|speaking\s+to)\s+"
    rf"(?P<a>(?:[Tt]he\s+)?{ent.SEQ})(?![\w'’])"
    rf"|(?P<b>{ent.SEQ}),?\s+(?:first\s+)?reported\b(?!\s+(?:that\s+)?(?:on|in)\b)"
)


def _unlisted_outlet(sentences: list[Sentence]) -> str | None:
    """An outlet missing from every gazetteer, credited as "according to Skift"."""
    for raw in _unmentioned(sentences, _UNLISTED_CREDIT, ("a", "b")):
        words = raw.split()
        while words and (
            words[0] == "the" or words[0] in ent.STOPWORDS and words[0] not in ent.NATIONALITIES
        ):
            words.pop(0)  # "The", "In", "May": not part of the outlet's name
        if re.match(r"The\s+[A-Z]", raw) and words:
            words.insert(0, "The")  # "told The Harbour Gazette": the paper's own "The"
        name = " ".join(words).rstrip(".,;:")
        if len(name) > 2 and not all(w in ent.STOPWORDS for w in words):
            return name
    return None
