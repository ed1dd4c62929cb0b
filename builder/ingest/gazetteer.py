"""Known names: site.yaml's companies and outlets first, then the package's default gazetteer.

`data/gazetteer.yaml` lists well-known companies and news outlets with their aliases. The
site's own entries win: a name that site.yaml lists as an outlet is never a company, and an
alias the site maps to a company is never remapped by the package list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

import yaml

from builder.config import SiteConfig

_APOSTROPHES = "['’]"


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    name: str  # canonical
    kind: str  # "company" or "outlet"
    alias: str
    ambiguous: bool


def _by_name(aliases: dict[str, str]) -> dict[str, list[str]]:
    """alias → canonical name, turned round: canonical name → its aliases, in their order."""
    names: dict[str, list[str]] = {}
    for alias, name in aliases.items():
        names.setdefault(name, []).append(alias)
    return names


@dataclass
class Gazetteer:
    companies: dict[str, str]  # alias → canonical company
    outlets: dict[str, str]  # alias → canonical outlet
    ambiguous: set[str]  # aliases that are also common words ("Target", "Gap")
    pattern: re.Pattern[str] | None = None
    # Canonical names site.yaml gives: the site's own naming, never swapped for a printed one
    site_names: frozenset[str] = frozenset()

    def compile(self) -> Gazetteer:
        aliases = sorted(set(self.companies) | set(self.outlets), key=lambda a: (-len(a), a))
        if aliases:
            body = "|".join(_alias_pattern(a) for a in aliases)
            # Only a word opening with an alias's first character is tried against the
            # aliases (most words of prose open with none of them).
            firsts = {a[0] for a in aliases} | {"t" for a in aliases if a.startswith("The ")}
            opening = "".join(sorted(re.escape(c) for c in firsts))
            # "Google-owned Fitbit" names Google; "Google-like" or "Meta-verse" do not.
            self.pattern = re.compile(
                rf"(?<![\w&@/.\-])(?=[{opening}])(?:{body})"
                rf"(?![\w]|-(?!(?:owned|backed|controlled|led|run)\b)\w|\.\w)"
            )
        return self

    def canonical(self, text: str) -> tuple[str, str] | None:
        key = _key(text)
        if key in self._keys:
            return self._keys[key]
        return None

    @cached_property
    def _keys(self) -> dict[str, tuple[str, str]]:
        keys = {_key(a): (n, "company") for a, n in self.companies.items()}
        keys.update({_key(a): (n, "outlet") for a, n in self.outlets.items()})
        return keys

    @cached_property
    def outlet_aliases(self) -> dict[str, list[str]]:
        """Canonical outlet → every name the gazetteer knows it by."""
        return _by_name(self.outlets)

    @cached_property
    def company_aliases(self) -> dict[str, list[str]]:
        """Canonical company → every name the gazetteer knows it by (longest first)."""
        aliases = _by_name(self.companies)
        for names in aliases.values():
            names.sort(key=len, reverse=True)
        return aliases

    def find(self, text: str) -> list[Match]:
        if self.pattern is None:
            return []
        found: list[Match] = []
        for match in self.pattern.finditer(text):
            if _PARTNER_AFTER.match(text, match.end()) or _PARTNER_BEFORE.search(
                text, max(0, match.start() - 40), match.start()
            ):
                continue  # "Lindt & Brandt Horlogerie": a partnership's name, not Lindt's
            hit = self.canonical(match.group())
            if hit is None:  # pragma: no cover - every alternative is a known alias
                continue
            name, kind = hit
            found.append(
                Match(
                    match.start(),
                    match.end(),
                    name,
                    kind,
                    match.group(),
                    _key(match.group()) in self._ambiguous_keys,
                )
            )
        return found

    @property
    def _ambiguous_keys(self) -> set[str]:
        cached = getattr(self, "_amb_cache", None)
        if cached is None:
            cached = {_key(a) for a in self.ambiguous}
            self._amb_cache = cached
        return cached


# A known name joined to another by "&" or "+" is part of a longer firm's name.
_PARTNER_AFTER = re.compile(r"\s*[&+]\s*[A-Z]")
_PARTNER_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s*[&+]\s*$")


def _key(text: str) -> str:
    text = re.sub(r"\s+", " ", text.replace("’", "'")).strip()
    if text.lower().startswith("the "):
        text = "The " + text[4:]
    return text


def _alias_pattern(alias: str) -> str:
    parts = []
    for char in alias:
        if char in "'’":
            parts.append(_APOSTROPHES)
        elif char == " ":
            parts.append(r"\s+")
        else:
            parts.append(re.escape(char))
    pattern = "".join(parts)
    if alias.startswith("The "):
        pattern = "[Tt]" + pattern[1:]
    return pattern


@lru_cache(maxsize=1)
def default_data() -> dict:
    text = resources.files("builder.ingest").joinpath("data/gazetteer.yaml").read_text("utf-8")
    return yaml.safe_load(text) or {}


_CACHE: dict[tuple[str, bool], Gazetteer] = {}


def build_gazetteer(config: SiteConfig, use_default: bool = True) -> Gazetteer:
    """The gazetteer for these settings (cached by site.yaml's fingerprint)."""
    key = (config.fingerprint, use_default)
    if config.fingerprint and key in _CACHE:
        return _CACHE[key]
    gazetteer = _build(config, use_default)
    if config.fingerprint:
        _CACHE.clear()
        _CACHE[key] = gazetteer
    return gazetteer


def _build(config: SiteConfig, use_default: bool) -> Gazetteer:
    companies: dict[str, str] = {}
    outlets: dict[str, str] = {}
    site_outlet_keys: set[str] = set()
    for entity in config.outlets:
        for alias in (entity.name, *entity.aliases):
            outlets.setdefault(alias, entity.name)
            site_outlet_keys.add(_key(alias))
    for entity in config.companies:
        for alias in (entity.name, *entity.aliases):
            if _key(alias) not in site_outlet_keys:
                companies.setdefault(alias, entity.name)
    ambiguous: set[str] = set()
    if use_default:
        data = default_data()
        keys = {
            "companies": {_key(a): n for a, n in companies.items()},
            "outlets": {_key(a): n for a, n in outlets.items()},
        }
        for section, target, other in (
            ("outlets", outlets, "companies"),
            ("companies", companies, "outlets"),
        ):
            target_keys = keys[section]
            for name, aliases in (data.get(section) or {}).items():
                names = [name, *(aliases or [])]
                if any(_key(n) in keys[other] for n in names):
                    continue  # the site (or the other list) says this name is the other kind
                canonical = next(
                    (target_keys[_key(n)] for n in names if _key(n) in target_keys), name
                )
                for alias in names:
                    if _key(alias) not in target_keys:
                        target[alias] = canonical
                        target_keys[_key(alias)] = canonical
        ambiguous = set(data.get("ambiguous") or [])
    site_names = frozenset(e.name for e in (*config.companies, *config.outlets))
    return Gazetteer(companies, outlets, ambiguous, site_names=site_names).compile()
