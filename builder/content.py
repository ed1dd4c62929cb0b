"""content/**/*.md → validated `Entry` objects.

Every problem in an entry is collected with its line, so `digest check` can report all of them
at once and `digest build` can refuse to publish a site built from a broken entry.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from builder.errors import Problem, SiteError
from builder.frontmatter import Split, split
from builder.memo import memo_by
from builder.safety import link_problem, refused_file
from builder.slugs import MAX_SLUG_LENGTH, is_slug, slugify

if TYPE_CHECKING:
    from builder.yamlsrc import Located

CONTENT_DIR = "content"
LEDGER_NAME = ".ingest.yaml"  # ingest's record of the entries it wrote, in CONTENT_DIR
_DATED_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}-")


@dataclass(frozen=True)
class Reversal:
    """One policy a company walked back, with the sentence that says so."""

    company: str
    action: str
    text: str
    event: str = ""  # an editor's event slug: groups this report with others (builder/events.py)


@dataclass(frozen=True)
class Person:
    name: str
    role: str = ""


@dataclass(frozen=True)
class Entry:
    """One article, as the front matter contract describes it (../shared/DESIGN.md)."""

    rel_path: str  # relative to the site root, with forward slashes
    slug: str
    title: str
    published: datetime  # aware; a bare date is midnight in the site's timezone
    has_time: bool
    source: str
    source_url: str
    seed: str
    companies: tuple[str, ...]
    people: tuple[Person, ...]
    tags: tuple[str, ...]
    summary: str
    reversals: tuple[Reversal, ...]
    draft: bool
    body: str
    body_line: int
    digest: str  # sha256 of the file's bytes: the cache key of everything derived from it
    links: tuple[tuple[int, str], ...] = field(default=())  # (line, target) of internal links
    slug_line: int = 1  # the line of `slug:` when set, so a duplicate slug names it

    @property
    def day(self) -> date:
        return self.published.date()


# `compute(entry)` remembered per version of the entry's file: `serve` asks again for every
# entry of the digest on every rebuild; several digests' worth are kept.
per_version = memo_by(lambda entry: (entry.digest, entry.slug), limit=200_000)
_KNOWN_KEYS = {"title", "date", "source", "source_url", "seed", "companies", "people", "tags",
               "summary", "reversals", "draft", "slug"}
_REVERSAL_KEYS = {"company", "action", "text", "event"}
# Site-absolute link targets: inline `[text](/x/)` / `[text](</x/>)` and reference
# definitions `[id]: /x/`. Two patterns: one that starts with a literal is searched for
# quickly, one that starts with a line start is tried at every position of the body.
_INLINE_LINK = re.compile(r"\]\(\s*<?(/[^)\s>]*)")
_REFERENCE_LINK = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(/[^\s>]*)", re.M)
_SAFE_URL = re.compile(r"https?://[^\s/?#]+(?:[/?#]\S*)?", re.I)
# C0 controls other than tab and newlines (and DEL): invisible, and not allowed in XML (feeds).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]")
# `<`, `>` and character references that make them (`&lt`, `&#60;`: browsers need no `;`)
_MARKUP = re.compile(r"[<>]|&(?:#|lt|gt)", re.I)
_MIN_YEAR, _MAX_YEAR = 1000, 9998  # far from datetime's limits, so no conversion overflows


def entry_paths(root: Path) -> list[str]:
    """Every entry file under content/, sorted, as strings (a build walks thousands);
    dotfiles and dot-folders are not entries. Raises SiteError naming each file or folder
    that looks like an entry but cannot be read as one (`scan_entries`)."""
    paths, refused = scan_entries(root)
    if refused:
        raise SiteError(refused)
    return paths


def scan_entries(root: Path) -> tuple[list[str], list[Problem]]:
    """The entry files under content/ (sorted strings), and a problem for each thing there
    that would otherwise be dropped without a word: an unreadable folder, a `.MD` file, a
    link that is broken, loops or leads out of the site, a FIFO or device named `*.md`."""
    refused: list[tuple[str, str]] = []
    found = _markdown_files(str(root / CONTENT_DIR), [], refused, str(root))
    problems = [Problem(_shown_rel(root, path), 0, why) for path, why in refused]
    return sorted(found), problems


def _markdown_files(folder: str, found: list[str], refused: list[tuple[str, str]],
                    root: str) -> list[str]:
    """What `os.walk` would find, at half its cost: no path joined in Python, no lists of
    names built. Links to folders are not followed (they are refused, like everything
    `scan_entries` names); the checks cost a system call only for links, not for files."""
    try:
        items = os.scandir(folder)
    except FileNotFoundError:
        return found
    except OSError as error:
        refused.append((folder, f"cannot read this folder ({error.strerror}): its entries "
                                "would be left out"))
        return found
    with items:
        for item in items:
            name = item.name
            if name.startswith("."):
                continue
            if item.is_symlink():
                why = _refused_link(root, item.path, name)
                if why:
                    refused.append((item.path, why))
                elif name.endswith(".md"):
                    found.append(item.path)
            elif item.is_dir():
                _markdown_files(item.path, found, refused, root)
            elif name.endswith(".md"):
                if item.is_file():
                    found.append(item.path)
                else:
                    refused.append((item.path, refused_file(root, item.path, is_link=False)))
            elif name.lower().endswith(".md"):
                refused.append((item.path, f"entry files end in lowercase .md: rename it to "
                                           f"{name[:-3]}.md, or it is left out"))
    return found


def _refused_link(root: str, path: str, name: str) -> str:
    """Why the link `path` in content/ is refused: an entry's (`*.md`) must lead to a regular
    file inside the site; any other is named only when it leads to a folder or loops (the
    build would skip it without a word)."""
    if name.lower().endswith(".md"):
        return refused_file(root, path, is_link=True) or (
            "" if name.endswith(".md") else f"entry files end in lowercase .md: rename it "
                                            f"to {name[:-3]}.md, or it is left out")
    why = link_problem(root, path)
    if why.startswith("is a link loop"):
        return why
    if not why and os.path.isdir(path):
        return "is a link to a folder, which the build does not follow"
    return ""


def _shown_rel(root: Path, path: str) -> str:
    """`path` relative to the site folder, for a message."""
    return _escaped(os.path.relpath(path, root).replace(os.sep, "/"))


def _escaped(name: str) -> str:
    """A file name that can be printed as `path:line:`: undecodable bytes and control
    characters written as escapes."""
    shown = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\x{ord(m.group()):02x}", shown)


def entry_files(root: Path) -> list[Path]:
    """`entry_paths` as Paths."""
    return [Path(name) for name in entry_paths(root)]


def is_entry_file(root: Path, path: Path) -> bool:
    """Whether `path` is (or would be) an entry: a .md file under content/, not hidden."""
    try:
        parts = path.relative_to(root / CONTENT_DIR).parts
    except ValueError:
        return False
    return path.suffix == ".md" and not any(part.startswith(".") for part in parts)


def load_entry(root: Path, path: Path, data: bytes, tz: ZoneInfo) -> Entry:
    """Parse one entry file's bytes; raise SiteError listing every problem in it."""
    rel = path.relative_to(root).as_posix()
    if not _printable_name(rel):
        raise SiteError.at(_escaped(rel), 0,
                           "file name must be UTF-8 text without control characters")
    # Imported here: a build whose entries all come from the cache never loads the YAML
    # library (compiling its patterns is a quarter of such a build).
    from builder.yamlsrc import decode_utf8, load_located

    text = decode_utf8(data, rel, "an entry")
    parts = split(text, rel)
    located = load_located(parts.yaml_text, rel, line_offset=parts.yaml_line - 1)
    meta = located.data if located.data is not None else {}
    if not isinstance(meta, dict):
        raise SiteError.at(rel, parts.yaml_line, "front matter must be a mapping of keys")
    return _validate(rel, path, meta, located, parts, data, tz)


def _validate(rel: str, path: Path, meta: dict[str, Any], located: Located, parts: Split,
              data: bytes, tz: ZoneInfo) -> Entry:
    body, body_line = parts.body, parts.body_line
    problems: list[Problem] = []

    def problem(where: tuple[str | int, ...], message: str) -> None:
        problems.append(Problem(rel, located.line(*where), message))

    for key in meta:
        if key not in _KNOWN_KEYS:
            problem((key,), f"unknown key '{key}' (known: {', '.join(sorted(_KNOWN_KEYS))})")
    if "\\" in parts.yaml_text or _CONTROL.search(parts.yaml_text):
        # Only a raw control character or a double-quoted escape ("\x1b") can put one in.
        for where in _control_characters(meta):
            problem(where, "control character in a value (write it out, or remove it)")
    found = _CONTROL.search(body)
    if found:
        problems.append(Problem(rel, body_line + body.count("\n", 0, found.start()),
                                f"control character U+{ord(found.group()):04X} in the body"))

    def text(key: str, required: bool = False) -> str:
        value = meta.get(key)
        if value is None:
            if required:
                problem((), f"missing '{key}'")
            return ""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, str):
            problem((key,), f"'{key}' must be text, not {type(value).__name__}")
            return ""
        if required and not value.strip():
            problem((key,), f"'{key}' is empty")
        return value.strip()

    def names(key: str) -> tuple[str, ...]:
        value = meta.get(key) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            problem((key,), f"'{key}' must be a list of names")
            return ()
        result: list[str] = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                problem((key, index), f"'{key}' item {index + 1} must be a non-empty name")
            elif item.strip() not in result:
                # Interned: a company or tag recurs in thousands of entries, and one string
                # per name instead of one per mention makes the model (all entries, held at
                # once, and copied page by page into the forked render workers) 8 MB
                # smaller at 16,000 entries. So are sources, people and actions below.
                result.append(sys.intern(item.strip()))
        return tuple(result)

    title = text("title", required=True)
    source_url = text("source_url")
    if source_url and not is_safe_url(source_url):
        problem(("source_url",), f"'source_url' must be an http(s) URL, not '{source_url[:80]}'")
        source_url = ""
    published, has_time = _parse_date(meta.get("date"), located, problem, tz)
    companies = names("companies")
    for index, name in enumerate(companies):
        if has_markup(name):
            # Names are escaped everywhere we render them, but Pagefind's search UI shows
            # filter values (companies) as HTML: markup in a name must never get that far.
            problem(("companies", index),
                    f"company name '{name[:80]}' may not contain <, > or &lt;")
    tags = names("tags")
    for index, tag in enumerate(tags):
        if not is_slug(tag):
            problem(("tags", index), f"tag '{tag}' must be a slug like '{slugify(tag)}'")
    people = _people(meta.get("people"), problem)
    reversals = _reversals(meta.get("reversals"), companies, problem)
    draft = meta.get("draft", False)
    if not isinstance(draft, bool):
        problem(("draft",), "'draft' must be true or false")
        draft = False
    own_slug = text("slug")
    slug = own_slug or _slug_from_name(path)
    if len(slug) > MAX_SLUG_LENGTH:
        why = (f"slug is {len(slug)} characters long; the limit is {MAX_SLUG_LENGTH}")
        if own_slug:
            problem(("slug",), f"{why}: shorten 'slug:'")
        else:  # line 1: the file name is at fault
            problems.append(Problem(rel, 1, f"{why} (it comes from the file name): shorten "
                                            "the file name, or set a shorter 'slug:'"))
    elif not is_slug(slug):
        problem(("slug",), f"slug '{slug}' may only hold a-z, 0-9 and '-', like '{slugify(slug)}'")
    if problems:
        raise SiteError(problems)
    links = _internal_links(body, body_line)
    return Entry(
        rel_path=rel, slug=slug, title=title, published=published, has_time=has_time,
        source=sys.intern(text("source")), source_url=source_url, seed=text("seed"),
        companies=companies, people=people, tags=tags, summary=text("summary"),
        reversals=reversals, draft=draft, body=body, body_line=body_line,
        digest=hashlib.sha256(data).hexdigest(), links=links,
        slug_line=located.line("slug") if "slug" in meta else 1,
    )


def _internal_links(body: str, body_line: int) -> tuple[tuple[int, str], ...]:
    """(line, target) of each site-absolute link in the body, outside code, in order."""
    if "](" not in body and "]:" not in body:
        return ()
    prose = _without_code(body) if "`" in body or "~~~" in body else body
    found = list(_INLINE_LINK.finditer(prose))
    if "]:" in prose:
        found = sorted([*found, *_REFERENCE_LINK.finditer(prose)], key=lambda m: m.start())
    return tuple((body_line + prose.count("\n", 0, m.start()), m.group(1)) for m in found)


_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_MAX_TICKS = 64  # code spans are looked for in lines with at most this many backticks


def _without_code(body: str) -> str:
    """The body with code spans and fenced blocks blanked (newlines kept, so lines still
    count): a link written as an example in code is not a link."""
    out: list[str] = []
    fence = ""
    for line in body.split("\n"):
        opening = _FENCE.match(line)
        if fence:
            if opening and opening.group(1).startswith(fence) and not line.strip(" `~"):
                fence = ""
            out.append("")
        elif opening and not (opening.group(1)[0] == "`" and "`" in line[opening.end():]):
            fence = opening.group(1)
            out.append("")
        elif 0 < line.count("`") <= _MAX_TICKS:
            out.append(_CODE_SPAN.sub(lambda m: " " * len(m.group()), line))
        else:
            out.append(line)
    return "\n".join(out)


def _printable_name(name: str) -> bool:
    """Whether a file name can be shown as `path:line:` (UTF-8, no line breaks or controls)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return not re.search(r"[\x00-\x1f\x7f]", name)


def has_markup(name: str) -> bool:
    """Whether a name holds `<`, `>` or a character reference that becomes one."""
    return _MARKUP.search(name) is not None


def is_safe_url(url: str) -> bool:
    """Whether `url` may be a link target taken from input: an absolute http(s) URL only."""
    return _SAFE_URL.fullmatch(url) is not None


def _control_characters(data: Any) -> list[tuple[str | int, ...]]:
    """Where in the front matter a string holds a control character (a YAML escape like
    "\\0" or "\\x1b" makes one); each container is visited once, alias loops included."""
    found: list[tuple[str | int, ...]] = []
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, ())]
    seen: set[int] = set()
    while stack:
        value, where = stack.pop()
        if isinstance(value, str):
            if _CONTROL.search(value):
                found.append(where)
        elif isinstance(value, (dict, list)) and id(value) not in seen:
            seen.add(id(value))
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, item in items:
                if isinstance(key, str) and _CONTROL.search(key):
                    found.append((*where, key))
                stack.append((item, (*where, key)))
    return sorted(found, key=str)


def _slug_from_name(path: Path) -> str:
    """`2026-11-24-meta-opt-out.md` → `meta-opt-out`: the date is shown, not repeated in URLs."""
    stem = _DATED_NAME.sub("", path.stem) or path.stem
    # A name that is a slug already (ingest writes them so) is its own slug: `slugify`
    # would return it unchanged, after normalizing and transliterating it for nothing.
    return stem if is_slug(stem) else slugify(stem, max_length=len(stem))


def _parse_date(value: Any, located: Located, problem: Any, tz: ZoneInfo) -> tuple[datetime, bool]:
    fallback = datetime(1970, 1, 1, tzinfo=tz)
    if value is None:
        problem((), "missing 'date' (YYYY-MM-DD or ISO 8601 date and time)")
        return fallback, False
    if isinstance(value, date):  # date or datetime: only from an explicit `!!timestamp` tag
        value = value.isoformat()
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        problem(("date",), f"'date' must be a date like 2026-11-24, not {type(value).__name__}")
        return fallback, False
    raw = str(value).strip()
    try:
        if len(raw) <= 10:
            moment, has_time = datetime.combine(date.fromisoformat(raw), time(), tzinfo=tz), False
        else:
            moment, has_time = datetime.fromisoformat(raw.replace(" ", "T", 1)), True
    except ValueError:
        problem(("date",), f"'{raw[:80]}' is not a valid date (YYYY-MM-DD or ISO 8601)")
        return fallback, False
    if not _MIN_YEAR <= moment.year <= _MAX_YEAR:
        problem(("date",), f"date '{raw}': the year must be between {_MIN_YEAR} and {_MAX_YEAR}")
        return fallback, False
    return (moment if moment.tzinfo else moment.replace(tzinfo=tz)), has_time


def _people(value: Any, problem: Any) -> tuple[Person, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        problem(("people",), "'people' must be a list of names or {name, role} mappings")
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
            problem(("people", index), "each person must be a name or {name, role}")
    return tuple(people)


def _reversals(value: Any, companies: tuple[str, ...], problem: Any) -> tuple[Reversal, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        problem(("reversals",), "'reversals' must be a list of {company, action, text}")
        return ()
    result: list[Reversal] = []
    for index, item in enumerate(value):
        where = ("reversals", index)
        if not isinstance(item, dict):
            problem(where, "each reversal must be a mapping with company, action and text")
            continue
        unknown = set(item) - _REVERSAL_KEYS
        if unknown:
            problem(where, f"unknown key '{sorted(map(str, unknown))[0]}' in reversal "
                           "(known: company, action, text, event)")
        fields = {}
        for key in ("company", "action", "text"):
            raw = item.get(key)
            if not isinstance(raw, str) or not raw.strip():
                problem((*where, key) if key in item else where,
                        f"reversal {index + 1} needs '{key}' as text")
            fields[key] = raw.strip() if isinstance(raw, str) else ""
        if fields["company"] and fields["company"] not in companies:
            problem((*where, "company"), f"reversal names '{fields['company']}', which is not "
                                         "in this entry's companies")
        event = item.get("event", "")
        if not isinstance(event, str) or (event and not is_slug(event)):
            problem((*where, "event"), f"reversal {index + 1}: 'event' must be a slug like "
                                       f"'{slugify(str(event))}'")
            event = ""
        result.append(Reversal(sys.intern(fields["company"]), sys.intern(fields["action"]),
                               fields["text"], sys.intern(event)))
    return tuple(result)
