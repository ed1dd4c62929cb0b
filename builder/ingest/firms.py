"""Whether a capitalised name no gazetteer lists is a firm: what rules out a public body, a
place, a product or a firm the article only cites; where a headline's name ends; and which
firms ingest is unsure of, so that the entry asks an editor.

`extract` finds the candidates (`entities.candidate_names`, the subjects of reversals); these
tests decide about each one from the words around it.
"""

from __future__ import annotations

import re

from builder.ingest import entities as ent
from builder.ingest.reversals import find_cues
from builder.ingest.text import uses_of

# How the text speaks of a firm when nothing more says it is one: named once, a single word.
_WEAK_CUES = {
    "statement": "speaks or acts",
    "reversal": "reversed something",
    "list": "is listed beside a company",
    "possessive": "has something a firm has",
    "object": "was founded or joined",
}


def unsure_companies(companies: list[str], cues: dict[str, set[str]], text: str) -> list[str]:
    """Review reasons for the unlisted companies ingest is least sure of: a single word the
    article names once, and only in a way a person or a place could be spoken of too."""
    reasons = []
    for name in companies:
        found = cues.get(name)
        if not found or not found <= set(_WEAK_CUES) or len(name.split()) > 1:
            continue
        if len(uses_of(name, text)) > 1:
            continue
        how = _WEAK_CUES[sorted(found)[0]]
        reasons.append(
            f"unsure whether '{name}' is a company: named once, and only as one that {how}; "
            "delete it from companies if it is not"
        )
    return reasons


def described_as_firm(name: str, text: str) -> bool:
    """ "Volta Mobile said" is a firm's statement where the text also calls it a firm: "the
    telco Volta Mobile", "Volta Mobile, the Accra-based operator,", "Volta Mobile Ltd"."""
    # "Owner Sarah Whitcombe said": a word before a given name does not make her a firm
    personal = name.split()[0] in ent.given_names()
    for use in uses_of(name, text):
        if (
            not personal and ent.DESCRIBED_FIRM.search(text, max(0, use.start() - 40), use.start())
        ) or _FIRM_AFTER.match(text, use.end()):
            return True
    return False


_FIRM_AFTER = re.compile(
    rf",?\s+{ent.LEGAL}(?!\w)|,\s+(?:the|a|an)\s+(?:[\w\-’'.]+\s+){{0,4}}?{ent.CORP_NOUNS}\b"
)


# Words that name a public body, a union or a school, not a firm: "Tromsø Council", "the
# Department for Transport", "Transport Workers Union", "Northgate University".
PUBLIC_BODY_WORDS = {
    "Union", "Unions", "Authority", "Commission", "Council", "Ministry", "Department",
    "University", "Government", "Association", "Federation", "Agency", "Bureau", "Institute",
    "College", "School", "Hospital", "Party", "Court", "Parliament", "Congress", "Senate",
    "Assembly", "Police", "Tribunal", "Regulator", "Administration", "Municipality", "Museum",
    "Committee", "Confederation", "Ombudsman", "Inspectorate", "Directorate", "Cabinet",
    "Treasury", "Board", "Bill", "Act", "Regulation", "Directive", "Treaty", "Festival",
    "Carnival", "Expo", "Awards", "Foundation", "Charity", "Church", "Cathedral",
}
_CAPITALISED_RUN_BEFORE = re.compile(r"(?:(?:[A-Z][\w’'.-]*|of|for|and|the|&)\s+)+$")
_CAPITALISED_RUN_AFTER = re.compile(r"(?:\s+(?:[A-Z][\w’'.-]*|of|for|and|&))+")
# "Unite, the union, said": an apposition that says what the name is.
_PUBLIC_BODY_APPOSITION = re.compile(
    r",\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3}?(?:union|regulator|watchdog|ministry|"
    # "the London letting agency" is a firm, "the environment agency" is not
    r"(?<!letting\s)(?<!lettings\s)(?<!estate\s)(?<!marketing\s)(?<!advertising\s)(?<!travel\s)"
    r"(?<!recruitment\s)(?<!creative\s)(?<!digital\s)(?<!talent\s)(?<!media\s)(?<!design\s)"
    r"(?<!employment\s)(?<!staffing\s)(?<!branding\s)(?<!ad\s)(?<!PR\s)(?<!modelling\s)agency|"
    r"council|charity|university|government|trade body|industry body|lobby group|"
    r"pressure group|campaign group|think tank|authority|department|court)"
    r"(?=[,.;:)]|$|\s+(?:of|for|in|on|said|says|has|had|is|was|which|that|and|representing)\b)"
    # "Retail Ireland, the Ibec group that represents big retailers": a trade body
    r"|,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:group|body|association|organi[sz]ation)\s+"
    r"(?:that|which)\s+represents\b"
)
# "in Gdansk and Bilbao", "the city of Halden": a place; "a stake in Kopa" is a firm.
_PLACE_BEFORE = re.compile(
    r"(?:(?<!stake )(?<!shares )(?<!invested )(?<!investment )(?<!investors )\b(?:in|near|"
    r"across|outside|throughout|around|along(?:\s+the)?)|\b(?:city|town|village|state|province|region|county|"
    r"port|island|municipality|capital|suburb|district|borough)\s+of)\s+$"
)
_LIST_BEFORE = re.compile(rf"(?:{ent.SEQ}(?:,\s+|,?\s+(?:and|or)\s+))+$")


_MEMBER_OWNED = re.compile(r"\b(?:Credit\s+Union|Building\s+Society|Cooperative\s+Bank)\b")
_CENTRAL_BANK = re.compile(
    r"\b(?:Central|Reserve|World)\s+Bank\b|\bFederal\s+Reserve\b|\bBank\s+of\s+(?:England|Japan|"
    r"Canada|Mexico|Korea|Italy|France|Spain|Thailand|Israel|Ghana|Uganda|Tanzania|Russia|Greece|"
    r"Portugal|Finland|Estonia|Latvia|Lithuania|Jamaica|Botswana|Zambia|Namibia|Mauritius)\b"
)
# "the consumer protection agency Procon-SP", "competition regulator Kilden"
_PUBLIC_BODY_BEFORE = re.compile(
    r"(?:\b(?:protection|government|regulatory|federal|state|public|environmental|competition|"
    r"consumer|health|safety|tax|revenue|financial|banking|data|energy|telecoms?|media)\s+"
    r"(?:agency|authority|body|regulator|watchdog|ombudsman)"
    r"|\b(?i:trade\s+union|union|regulator|watchdog|ministry|council)"
    r"|\b(?i:consumer|campaign|pressure|lobby|advocacy|rights|community|residents['’]?|"
    r"environmental|patients['’]?|parents['’]?|civic)\s+(?:group|body|association|"
    r"organi[sz]ation|network|coalition))\s+$"
)


def public_body(name: str, offset: int, sentence: str) -> bool:
    """The name is part of a public body's, a union's or a school's name, or is called one."""
    if _PUBLIC_BODY_BEFORE.search(sentence[max(0, offset - 80) : offset]):
        return True
    before = _CAPITALISED_RUN_BEFORE.search(sentence[max(0, offset - 80) : offset])
    after = _CAPITALISED_RUN_AFTER.match(sentence, offset + len(name))
    run = f"{before.group() if before else ''}{name}{after.group() if after else ''}"
    if _MEMBER_OWNED.search(run):
        return False  # "Teal Credit Union", "Nationwide Building Society": firms
    return bool(
        _CENTRAL_BANK.search(run)
        or set(re.findall(r"[\w’'-]+", run)) & PUBLIC_BODY_WORDS
        or _PUBLIC_BODY_APPOSITION.match(sentence, offset + len(name))
    )


# "its Premium and Ultimate plans", "the new Anno": a product or a plan. (A firm whose
# analysts the article quotes, "Analysts at Peel Hunt", is a company of the story, as the
# labelled articles of outside writers count it.)
_CITED_BEFORE = re.compile(
    r"(?:\b(?:its|their|[Tt]he\s+new|[Tt]he\s+latest|a\s+new|behind)"
    # "the owner of the recipe app Crumble", "which makes the dating app Kindle": a product
    # the firm makes (a firm called an app on its own, "dating app Bumble", stays a firm)
    r"|\b(?:of|makes|made|owns|owned|runs|launched|behind)\s+(?:the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:app|game|hit|phone|handset|console|device|drink|show|series|"
    r"podcast|brand|label))\s+$"
)


def cited_or_product(offset: int, sentence: str) -> bool:
    """What comes before the name (or before the list it is in, or before the capitalised
    words that run into it) says it is a cited firm or a product."""
    before = sentence[max(0, offset - 150) : offset]
    listed = _LIST_BEFORE.search(before)
    if listed:
        before = before[: listed.start()]
    return bool(
        _CITED_BEFORE.search(before)
        or _CITED_BEFORE.search(_CAPITALISED_RUN_BEFORE.sub("", before))
    )


def place_like(offset: int, sentence: str) -> bool:
    """The name follows "in", "across" or "the city of", alone or in a list ("in Gdansk and
    Bilbao"): a place, unless a corporate word or legal suffix says otherwise."""
    before = sentence[max(0, offset - 150) : offset]
    listed = _LIST_BEFORE.search(before)
    if listed:
        before = before[: listed.start()]
    return bool(_PLACE_BEFORE.search(before))


# Nouns a headline opens with that describe, not name: "Club scraps …", "Regulator drops …".
GENERIC_NOUN = re.compile(
    rf"{ent.CORP_NOUNS}s?|club|team|festival|council|government|minister|ministry|regulator|"
    r"hospital|university|school|union|charity|court|police|city|state|town|airport|museum|"
    r"watchdog|mayor|league|party|board|committee|organisers|organizers|bosses|fans|staff|"
    r"workers|unions|regulators|councils|lawmakers|officials|investors|shoppers|customers"
)
def before_the_verb(
    found: list[tuple[str, str, int]], title: str
) -> list[tuple[str, str, int]]:
    """A headline's name ends where its reversal verb starts: "Thistle Inns U-turns on …"
    names Thistle Inns."""
    starts = [cue.start for cue in find_cues(title)]
    kept = []
    for name, cue, offset in found:
        cut = next((s for s in starts if offset < s < offset + len(name)), None)
        if cut is not None:
            name = title[offset:cut].rstrip()
            if not name:
                continue
        kept.append((name, cue, offset))
    return kept


def title_case_subject(title: str) -> list[tuple[str, str, int]]:
    """(name, "reversal", 0) for the words that open a headline in title case before its
    reversal verb ("Halden Steel Reverses Rota Change"), when they are one to three plain
    capitalised words and no function word ("Why Firms Are Scrapping …" names none)."""
    lowered = re.sub(r"(?<=\s)[A-Z][a-z]+\b", lambda m: m.group().lower(), title)
    cues = find_cues(lowered)
    if not cues:
        return []
    words = title[: cues[0].start].split()
    if not 1 <= len(words) <= 3 or any(
        not re.fullmatch(r"[A-Z][\w&’'.-]*", w) or w in ent.STOPWORDS or w in ent.LEADING_AUX
        for w in words
    ):
        return []
    name, offset = ent.clean_candidate(" ".join(words), 0)
    return [(name, "reversal", offset)] if name else []


# A capitalised word running on from a name: "Workers" of "United Auto Workers", "Rights" of
# "Consumer Rights Act" (a corporate word or a legal form ends a firm's own name instead).
_CAPITAL_AFTER = re.compile(r"[ \t]+(?P<w>[A-Z][\w'’.-]*)")
# A capitalised word joined before it: "Save the Children", "The All England Club" (a
# sentence's first word, "Rivals Acme", a possessive or a compound, "Johannesburg-based
# Enthoven Group", is not read as joined).
_CAPITAL_BEFORE = re.compile(
    r"(?:(?<=[a-z,;:)] )|(?<=^The )|(?<=\. The ))(?P<w>[A-Z][\w.]*)[ \t]+$"
    r"|(?P<v>[A-Z][\w.]*)[ \t]+the[ \t]+$"
)


_LEGAL_AFTER = re.compile(rf",?\s+{ent.LEGAL}(?!\w)")


def _plain_word(word: str) -> bool:
    bare = word.rstrip(".,")
    return not (bare in ent.CORPORATE_WORDS or bare in ent.LEGAL_TOKENS or bare in ent.STOPWORDS)


def fragment_of_longer_name(name: str, text: str) -> bool:
    """Every use of `name` is part of a longer capitalised name: "Children" only ever in "Save
    the Children", "England Club" in "The All England Club", "United Auto" in "United Auto Workers".
    Such a piece is no firm of its own (the longer name is a body, a law, or a firm ingest
    could not delimit), so it is left out rather than guessed."""
    uses = uses_of(name, text)
    if not uses:
        return False
    for use in uses:
        after = None if _LEGAL_AFTER.match(text, use.end()) else _CAPITAL_AFTER.match(
            text, use.end()
        )
        before = _CAPITAL_BEFORE.search(text, max(0, use.start() - 40), use.start())
        joined = (after and _plain_word(after.group("w"))) or (
            before and _plain_word(before.group("w") or before.group("v"))
        )
        if not joined:
            return False
    return True
