"""content/**/*.md → validated `Entry` objects.

Every problem in an entry is collected with its line, so `digest check` can report all of them
at once and `digest build` can refuse to publish a site built from a broken entry.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from builder.content_files import escaped_name
from builder.errors import Problem, SiteError
from builder.fields import FrontMatter, Person, Reversal, read_fields
from builder.frontmatter import Split, split
from builder.memo import memo_by

if TYPE_CHECKING:
    from builder.yamlsrc import Located



@dataclass(frozen=True)
class Entry:
    """One article, as the front matter contract describes it (../shared/DESIGN.md); each
    key's attribute is declared in `fields.FIELDS`, the rest is the file's."""

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
    review: tuple[str, ...] = ()  # why ingest asks an editor to look (never shown to readers)

    @property
    def day(self) -> date:
        return self.published.date()


# `compute(entry)` remembered per version of the entry's file: `serve` asks again for every
# entry of the digest on every rebuild; several digests' worth are kept.
def version_of(entry: Entry) -> tuple[str, str]:
    """An entry's version: its file's bytes, and the slug it has in the digest."""
    return entry.digest, entry.slug


VERSIONS_KEPT = 200_000  # entry versions a per-version memo keeps: several digests' worth
per_version = memo_by(version_of, limit=VERSIONS_KEPT)
# Site-absolute link targets: inline `[text](/x/)` / `[text](</x/>)` and reference
# definitions `[id]: /x/`. Two patterns: one that starts with a literal is searched for
# quickly, one that starts with a line start is tried at every position of the body.
_INLINE_LINK = re.compile(r"\]\(\s*<?(/[^)\s>]*)")
_REFERENCE_LINK = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(/[^\s>]*)", re.M)
# C0 controls other than tab and newlines (and DEL): invisible, and not allowed in XML (feeds).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]")


def load_entry(root: Path, path: Path, data: bytes, tz: ZoneInfo) -> Entry:
    """Parse one entry file's bytes; raise SiteError listing every problem in it."""
    rel = path.relative_to(root).as_posix()
    if not _printable_name(rel):
        raise SiteError.at(escaped_name(rel), 0,
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
    """The entry, its keys read by their rows in `fields.FIELDS`; every problem at once."""
    body, body_line = parts.body, parts.body_line
    front = FrontMatter(rel, path, meta, located, tz)
    if "\\" in parts.yaml_text or _CONTROL.search(parts.yaml_text):
        # Only a raw control character or a double-quoted escape ("\x1b") can put one in.
        for where in _control_characters(meta):
            front.problem(where, "control character in a value (write it out, or remove it)")
    found = _CONTROL.search(body)
    if found:
        front.problems.append(Problem(rel, body_line + body.count("\n", 0, found.start()),
                                      f"control character U+{ord(found.group()):04X} in the body"))
    values = read_fields(front)
    if front.problems:
        raise SiteError(front.problems)
    return Entry(rel_path=rel, body=body, body_line=body_line,
                 digest=hashlib.sha256(data).hexdigest(), links=_internal_links(body, body_line),
                 **values)


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
