"""A known company or outlet under the name the article gives it, not the gazetteer's.

The gazetteer knows "LG", "Vodafone" and "Nationwide"; an article that introduces "LG
Electronics", "Vodafone Ireland" or "Nationwide Building Society" is about that firm, and its
readers (and labels) name it so. Only a group word, a country or a partnership's "& Company"
running on from the first use of the name extends it: "Apple Watch" or "Tesco Clubcard" are
products, not firms, and a headline's "Santander" before the body's "Santander UK" keeps the
name the article opens with. An outlet the gazetteer knows by a longer or other name the
article never prints goes by the form of it the article prints most ("(AP)" is AP; "City AM"
is not rewritten "City A.M."), and so does a firm printed only by its address
("Booking.com"), unless the name is site.yaml's own; a paraphrasing tool's synonym
("Related Press") is no form of the name.
"""

from __future__ import annotations

import re

from builder.ingest import entities as ent
from builder.ingest.gazetteer import Gazetteer
from builder.ingest.text import unprefixed

COUNTRY_NAMES = frozenset(
    ent.COUNTRIES
    | {"New Zealand", "South Africa", "Hong Kong", "Saudi Arabia", "Kenya",
       "Ghana", "Uganda", "Tanzania", "Nigeria", "Egypt", "Ireland", "Canada", "Australia",
       # as the country's own language names it: "Vodafone Italia", "Santander España"
       "Italia", "España", "Deutschland", "Nederland", "Polska", "México", "Brasil", "Perú",
       "Türkiye", "Schweiz", "Suisse", "Österreich", "Sverige", "Norge", "Danmark", "Suomi",
       "Magyarország", "România", "Hellas", "Nippon", "Philippines", "Portugal"}
)
_PLACES = sorted(COUNTRY_NAMES, key=len, reverse=True)
_GROUP_WORDS = ("Group", "Gruppen", "Groupe", "Holdings", "Electronics", "Building Society")
# What may run on from a known name to make the firm's own: "LG Electronics", "Vodafone
# Ireland", "Co-operative Bank of Kenya", "Deere & Company", "Sibanye-Stillwater", "Empire Co."
_RUN_ON = re.compile(
    rf"(?:\s+(?:{'|'.join(_GROUP_WORDS)})|\s+(?:of\s+)?(?:{'|'.join(map(re.escape, _PLACES))})"
    rf"|\s*&\s*(?:Company|Co\.)|\s+Co\.|-[A-Z][a-z]+)"
    # …and nothing capitalised after it: "Vodafone Ireland Foundation" is another body
    rf"(?=['’]s\b|[^\w&'’-]|$)(?!\s+[A-Z&])"
)
_LEGAL_END = re.compile(rf",?\s+(?:{ent.LEGAL})$")


_DOMAIN = re.compile(r"(?P<w>[\w-]+)\.(?:com|co\.uk|net|org|io|ae|in)", re.I)
_JOINERS = ("of", "and", "&", "de", "du", "la", "le")


def _words(name: str) -> list[str]:
    """A name's words, for comparing forms: no "The", no dots ("City A.M." is "City AM"),
    case kept ("IKEA" is no form of "Ikea" to print)."""
    plain = re.sub(r"^[Tt]he\s+", "", name.replace("’", "'")).replace(".", "")
    return [w for w in re.split(r"[\s-]+", plain) if w]


def name_form(alias: str, canonical: str, shorter: bool) -> bool:
    """Whether `alias` is `canonical` itself printed otherwise: its web address ("Booking.com"
    of Booking Holdings), other dots ("City AM") and, when `shorter`, fewer of its words
    ("Lloyds" of Lloyds Banking Group) or its initials ("AFP" of Agence France-Presse). A
    longer name ("BBC News", "Expedia Group") is not: the labelled articles name the firm or
    outlet without it. A synonym a paraphrasing tool put in ("Related Press" for Associated
    Press) is none of these."""
    words, whole = _words(alias), _words(canonical)
    if not words or not whole:
        return False
    if words == whole:
        return True
    domain = _DOMAIN.fullmatch(alias)
    if domain:
        return domain.group("w").lower() == whole[0].lower()
    if not shorter:
        return False
    if alias.isupper() and 2 <= len(alias) <= 5 and alias.isalpha():
        return "".join(w[0] for w in whole if w not in _JOINERS).upper() == alias
    return len(words) < len(whole) and any(
        whole[i : i + len(words)] == words for i in range(len(whole))
    )


def _printed(form: str) -> re.Pattern[str]:
    words = re.sub(r"^[Tt]he\s+", "", form).split()
    body = r"\s+".join(re.escape(w) for w in words).replace("'", "['’]")
    return re.compile(rf"(?<![\w&@/.\-])(?:[Tt]he\s+)?{body}(?![\w]|-\w|\.\w)")


def printed_form(canonical: str, aliases: list[str], text: str, shorter: bool) -> str:
    """The canonical name if `text` prints it; else the other form of it that `text` prints
    most (the first printed on a tie), and the canonical name if it prints none. A longer
    form's uses are not also counted as the shorter's."""
    forms = [a for a in aliases if a != canonical and name_form(a, canonical, shorter)]
    if not forms or _printed(canonical).search(text):
        return canonical
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    taken: list[tuple[int, int]] = []
    for form in sorted(forms, key=len, reverse=True):
        for use in _printed(form).finditer(text):
            if any(use.start() < end and start < use.end() for start, end in taken):
                continue
            taken.append(use.span())
            counts[form] = counts.get(form, 0) + 1
            first.setdefault(form, use.start())
    if not counts:
        return canonical
    return max(counts, key=lambda form: (counts[form], -first[form]))


def printed_outlet(outlet: str | None, text: str, gazetteer: Gazetteer) -> str | None:
    """The outlet that published the article under the name the article prints for it."""
    aliases = gazetteer.outlet_aliases.get(outlet or "")
    if not outlet or not aliases or outlet in gazetteer.site_names:
        return outlet
    return printed_form(outlet, aliases, text, shorter=True)


def printed_names(companies: list[str], text: str, gazetteer: Gazetteer) -> dict[str, str]:
    """Known company → the name the article gives it, where that is not the gazetteer's: its
    address or other dots when it never prints the gazetteer's, or the longer name it
    introduces it by. (A shorter name or initials printed alone are left to the gazetteer: the
    labelled articles name JPMorgan Chase, Pret A Manger and Electronic Arts so where the
    text prints "JPMorgan", "Pret" and "EA".)"""
    renamed: dict[str, str] = {}
    for company in companies:
        aliases = gazetteer.company_aliases.get(company)
        if not aliases:
            continue
        if company not in gazetteer.site_names:
            form = printed_form(company, aliases, text, shorter=False)
            if form != company and form not in companies:
                renamed[company] = form
                continue
        first = min(
            (use for alias in aliases
             for use in [re.search(rf"{unprefixed(alias)}(?![\w])", text)] if use),
            key=lambda use: use.start(),
            default=None,
        )
        if first is None:
            continue
        run_on = _RUN_ON.match(text, first.end())
        name = re.sub(r"\s+", " ", first.group() + (run_on.group() if run_on else "")).strip()
        name = _LEGAL_END.sub("", name)  # "Gap Inc." is Gap
        if (
            name.startswith(company)
            and _RUN_ON.fullmatch(name, len(company))
            and name not in companies
            and gazetteer.canonical(name) in (None, (company, "company"))
        ):
            renamed[company] = name
    return renamed
