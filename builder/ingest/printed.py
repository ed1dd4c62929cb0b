"""A known company under the name the article gives it, not the gazetteer's shorter one.

The gazetteer knows "LG", "Vodafone" and "Nationwide"; an article that introduces "LG
Electronics", "Vodafone Ireland" or "Nationwide Building Society" is about that firm, and its
readers (and labels) name it so. Only a group word, a country or a partnership's "& Company"
running on from the first use of the name extends it: "Apple Watch" or "Tesco Clubcard" are
products, not firms, and a headline's "Santander" before the body's "Santander UK" keeps the
name the article opens with.
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


def printed_names(companies: list[str], text: str, gazetteer: Gazetteer) -> dict[str, str]:
    """Known company → the longer name the article introduces it by, where it does."""
    renamed: dict[str, str] = {}
    for company in companies:
        aliases = gazetteer.company_aliases.get(company)
        if not aliases:
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
