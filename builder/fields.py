"""The entry front matter contract as one table: each key declared once.

A row says how a key's value is read and checked, where ingest writes it, and what an edit of
it changes for the rest of the site:

- `SHAPE`: where the entry appears (which pages list, link or group it). An edit makes the
  model anew and re-plans every output.
- `CARD`: what a listing shows of the entry (its card, its timeline items, related lists).
  An edit re-renders the pages that list the entry, with the model kept as it was.
- `PAGE`: only the entry's own page and its feed entry, which hash the whole file anyway.

`content.load_entry` reads the rows in order, `frontmatter.dump` writes keys in their order,
and `entry_shape`/`card_digest` hash the SHAPE and CARD values: adding a key here is the whole
of adding a field (see docs/fields.md).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, datetime, time
from enum import Enum
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from builder.errors import Problem
from builder.slugs import MAX_SLUG_LENGTH, is_slug, slugify
from builder.untrusted import has_markup, is_safe_url

if TYPE_CHECKING:
    from builder.yamlsrc import Located

Where = tuple[str | int, ...]  # a path into the front matter: ("reversals", 0, "text")
_DATED_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}-")
_MIN_YEAR, _MAX_YEAR = 1000, 9998  # far from datetime's limits, so no conversion overflows


class Shows(Enum):
    """What an edit of a key changes beyond the entry's own page (see the module docstring)."""

    SHAPE = "shape"
    CARD = "card"
    PAGE = "page"


@dataclass(frozen=True)
class Reversal:
    """One policy a company walked back, with the sentence that says so; `event` (optional)
    names the reversal event it reports, to group it with other entries' reports."""

    company: str
    action: str
    text: str
    event: str = ""


@dataclass(frozen=True)
class Person:
    name: str
    role: str = ""


class FrontMatter:
    """One entry's parsed front matter while its keys are read: the values read so far (by
    `Entry` attribute) and every problem found, each at its line."""

    def __init__(self, rel: str, path: Path, meta: dict[str, Any], located: Located,
                 tz: ZoneInfo):
        self.rel = rel
        self.path = path
        self.meta = meta
        self.located = located
        self.tz = tz
        self.values: dict[str, Any] = {}
        self.problems: list[Problem] = []

    def problem(self, where: Where, message: str) -> None:
        self.problems.append(Problem(self.rel, self.located.line(*where), message))

    def text(self, key: str, required: bool = False) -> str:
        """A key's value as stripped text; numbers are taken as written."""
        value = self.meta.get(key)
        if value is None:
            if required:
                self.problem((), f"missing '{key}'")
            return ""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, str):
            self.problem((key,), f"'{key}' must be text, not {type(value).__name__}")
            return ""
        if required and not value.strip():
            self.problem((key,), f"'{key}' is empty")
        return value.strip()

    def names(self, key: str) -> tuple[str, ...]:
        """A list of names (one name alone counts as a list), blanks refused, repeats dropped."""
        value = self.meta.get(key) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.problem((key,), f"'{key}' must be a list of names")
            return ()
        result: list[str] = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.problem((key, index), f"'{key}' item {index + 1} must be a non-empty name")
            elif item.strip() not in result:
                # Interned: a company or tag recurs in thousands of entries, and one string
                # per name instead of one per mention makes the model (all entries, held at
                # once, and copied page by page into the forked render workers) much
                # smaller. So are sources, people and actions.
                result.append(sys.intern(item.strip()))
        return tuple(result)


@dataclass(frozen=True)
class Field:
    """One front matter key. `read` checks the raw value (reporting problems through the
    `FrontMatter`) and returns what the `Entry` holds under `attr`. `written` keys are the
    ones ingest writes, in table order; the others follow alphabetically."""

    key: str
    attr: str
    read: Callable[[FrontMatter, str], Any]
    shows: Shows
    written: bool = True


def _title(front: FrontMatter, key: str) -> str:
    return front.text(key, required=True)


def _plain_text(front: FrontMatter, key: str) -> str:
    return front.text(key)


def _interned_text(front: FrontMatter, key: str) -> str:
    return sys.intern(front.text(key))


def _source_url(front: FrontMatter, key: str) -> str:
    url = front.text(key)
    if url and not is_safe_url(url):
        front.problem((key,), f"'{key}' must be an http(s) URL, not '{url[:80]}'")
        return ""
    return url


def _date(front: FrontMatter, key: str) -> datetime:
    """The moment published, aware: a bare date is midnight in the site's timezone. Also
    records `has_time`, whether the entry gave a time of day."""
    fallback = datetime(1970, 1, 1, tzinfo=front.tz)
    front.values["has_time"] = False
    value = front.meta.get(key)
    if value is None:
        front.problem((), f"missing '{key}' (YYYY-MM-DD or ISO 8601 date and time)")
        return fallback
    if isinstance(value, date):  # date or datetime: only from an explicit `!!timestamp` tag
        value = value.isoformat()
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        front.problem((key,), f"'{key}' must be a date like 2026-11-24, not "
                              f"{type(value).__name__}")
        return fallback
    raw = str(value).strip()
    try:
        if len(raw) <= 10:
            moment, has_time = datetime.combine(date.fromisoformat(raw), time(),
                                                tzinfo=front.tz), False
        else:
            moment, has_time = datetime.fromisoformat(raw.replace(" ", "T", 1)), True
    except ValueError:
        front.problem((key,), f"'{raw[:80]}' is not a valid date (YYYY-MM-DD or ISO 8601)")
        return fallback
    if not _MIN_YEAR <= moment.year <= _MAX_YEAR:
        front.problem((key,), f"date '{raw}': the year must be between {_MIN_YEAR} and "
                              f"{_MAX_YEAR}")
        return fallback
    front.values["has_time"] = has_time
    return moment if moment.tzinfo else moment.replace(tzinfo=front.tz)


def _companies(front: FrontMatter, key: str) -> tuple[str, ...]:
    companies = front.names(key)
    for index, name in enumerate(companies):
        if has_markup(name):
            # Names are escaped everywhere we render them, but Pagefind's search UI shows
            # filter values (companies) as HTML: markup in a name must never get that far.
            front.problem((key, index), f"company name '{name[:80]}' may not contain <, > or &lt;")
    return companies


def _tags(front: FrontMatter, key: str) -> tuple[str, ...]:
    """Tags as people write them (`AI`, `Return to office`); the URL is the slug. Two
    spellings of one slug in one entry are one tag: the first is kept."""
    tags: dict[str, str] = {}
    for index, tag in enumerate(front.names(key)):
        if has_markup(tag):
            # Topics are a Pagefind filter too, whose values its UI shows as HTML.
            front.problem((key, index), f"tag '{tag[:80]}' may not contain <, > or &lt;")
        tags.setdefault(tag_slug(tag), tag)
    return tuple(tags.values())


def tag_slug(tag: str) -> str:
    """The URL slug of a tag as written: a slug already (what ingest writes) is its own."""
    return tag if is_slug(tag) else slugify(tag)


def _people(front: FrontMatter, key: str) -> tuple[Person, ...]:
    value = front.meta.get(key)
    if value is None:
        return ()
    if not isinstance(value, list):
        front.problem((key,), f"'{key}' must be a list of names or {{name, role}} mappings")
        return ()
    people: list[Person] = []
    for index, item in enumerate(value):
        if isinstance(item, str) and item.strip():
            people.append(Person(sys.intern(item.strip())))
        elif (isinstance(item, dict) and isinstance(item.get("name"), str)
              and isinstance(item.get("role", ""), str) and set(item) <= {"name", "role"}):
            people.append(Person(sys.intern(item["name"].strip()),
                                 sys.intern(item.get("role", "").strip())))
        else:
            front.problem((key, index), "each person must be a name or {name, role}")
    return tuple(people)


# The keys of one reversal item: (key, required).
REVERSAL_KEYS = (("company", True), ("action", True), ("text", True), ("event", False))
_REQUIRED_REVERSAL_KEYS = ", ".join(key for key, required in REVERSAL_KEYS if required)


def _reversals(front: FrontMatter, key: str) -> tuple[Reversal, ...]:
    """The reversal items; each names a company of the entry's `companies` (read before)."""
    value = front.meta.get(key)
    if value is None:
        return ()
    if not isinstance(value, list):
        front.problem((key,), f"'{key}' must be a list of {{{_REQUIRED_REVERSAL_KEYS}}}")
        return ()
    companies = front.values.get("companies", ())
    known = dict(REVERSAL_KEYS)
    result: list[Reversal] = []
    for index, item in enumerate(value):
        where = (key, index)
        if not isinstance(item, dict):
            front.problem(where, "each reversal must be a mapping with company, action and text")
            continue
        unknown = set(item) - known.keys()
        if unknown:
            front.problem(where, f"unknown key '{sorted(map(str, unknown))[0]}' in reversal "
                                 f"(known: {', '.join(known)})")
        parts: dict[str, str] = {}
        for part, required in REVERSAL_KEYS:
            raw = item.get(part)
            if raw is None and not required:
                parts[part] = ""
                continue
            if not isinstance(raw, str) or not raw.strip():
                front.problem((*where, part) if part in item else where,
                              f"reversal {index + 1} needs '{part}' as text")
            parts[part] = raw.strip() if isinstance(raw, str) else ""
        if parts["company"] and parts["company"] not in companies:
            front.problem((*where, "company"), f"reversal names '{parts['company']}', which is "
                                               "not in this entry's companies")
        if parts["event"] and not is_slug(parts["event"]):
            # It becomes the event's URL (`/reversals/<event>/`): a folder name under public/.
            front.problem((*where, "event"), f"reversal {index + 1}: 'event' must be a slug "
                                             f"like '{slugify(parts['event'])}'")
            parts["event"] = ""
        result.append(Reversal(sys.intern(parts["company"]), sys.intern(parts["action"]),
                               parts["text"], parts["event"]))
    return tuple(result)


def _draft(front: FrontMatter, key: str) -> bool:
    draft = front.meta.get(key, False)
    if not isinstance(draft, bool):
        front.problem((key,), f"'{key}' must be true or false")
        return False
    return draft


def _slug(front: FrontMatter, key: str) -> str:
    """The entry's URL slug: given, or the file name without its date."""
    own_slug = front.text(key)
    slug = own_slug or slug_from_name(front.path)
    if len(slug) > MAX_SLUG_LENGTH:
        why = f"slug is {len(slug)} characters long; the limit is {MAX_SLUG_LENGTH}"
        if own_slug:
            front.problem((key,), f"{why}: shorten 'slug:'")
        else:  # line 1: the file name is at fault
            front.problems.append(Problem(front.rel, 1, f"{why} (it comes from the file name): "
                                                        "shorten the file name, or set a shorter "
                                                        "'slug:'"))
    elif not is_slug(slug):
        front.problem((key,), f"slug '{slug}' may only hold a-z, 0-9 and '-', like "
                              f"'{slugify(slug)}'")
    front.values["slug_line"] = front.located.line(key) if key in front.meta else 1
    return slug


def slug_from_name(path: Path) -> str:
    """`2026-11-24-meta-opt-out.md` → `meta-opt-out`: the date is shown, not repeated in URLs."""
    stem = _DATED_NAME.sub("", path.stem) or path.stem
    # A name that is a slug already (ingest writes them so) is its own slug: `slugify`
    # would return it unchanged, after normalizing and transliterating it for nothing.
    return stem if is_slug(stem) else slugify(stem, max_length=len(stem))


# The contract (../shared/DESIGN.md), in the order ingest writes it. Read in this order too:
# `reversals` checks its companies against `companies`, read before it.
FIELDS = (
    Field("title", "title", _title, Shows.CARD),
    Field("date", "published", _date, Shows.SHAPE),
    Field("source", "source", _interned_text, Shows.CARD),
    Field("source_url", "source_url", _source_url, Shows.PAGE),
    Field("seed", "seed", _plain_text, Shows.PAGE),
    Field("companies", "companies", _companies, Shows.SHAPE),
    Field("people", "people", _people, Shows.PAGE),
    Field("tags", "tags", _tags, Shows.SHAPE),
    Field("summary", "summary", _plain_text, Shows.CARD),
    Field("reversals", "reversals", _reversals, Shows.SHAPE),
    Field("draft", "draft", _draft, Shows.SHAPE),
    Field("review", "review", lambda front, key: front.names(key), Shows.PAGE),
    Field("slug", "slug", _slug, Shows.SHAPE, written=False),
)
KNOWN_KEYS = frozenset(f.key for f in FIELDS)
KEY_ORDER = tuple(f.key for f in FIELDS if f.written)


def read_fields(front: FrontMatter) -> dict[str, Any]:
    """Every field's value by `Entry` attribute; problems (unknown keys too) go to `front`."""
    for key in front.meta:
        if key not in KNOWN_KEYS:
            front.problem((key,), f"unknown key '{key}' (known: {', '.join(sorted(KNOWN_KEYS))})")
    for row in FIELDS:
        front.values[row.attr] = row.read(front, row.key)
    return front.values


def _spelled(value: Any) -> str:
    """A field's value as text for a hash: joined by control characters, which no front
    matter value may hold, so no two values spell the same."""
    if isinstance(value, str):
        return value
    if isinstance(value, tuple):
        return "\x1f".join(item if isinstance(item, str) else
                           "\x1e".join(getattr(item, f.name) for f in fields(item))
                           for item in value)
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def _spelling(shows: Shows) -> Callable[[Any], str]:
    """What an entry's fields of one kind spell together, for `entry_shape`/`card_digest`."""
    get = attrgetter(*(f.attr for f in FIELDS if f.shows is shows))
    return lambda entry: "\x1d".join(map(_spelled, get(entry)))


spell_shape = _spelling(Shows.SHAPE)
spell_card = _spelling(Shows.CARD)
