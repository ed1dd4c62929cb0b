"""site.yaml → validated `SiteConfig`.

Every key is declared once in `_SETTINGS` with its type and default, so an unknown key or a
wrong type is reported by name and line instead of surfacing later as a template error.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from builder.errors import Problem, SiteError, display_path
from builder.failures import DEFAULT_TIMEOUT
from builder.safety import InputRefused, read_input
from builder.slugs import is_slug
from builder.untrusted import has_markup, is_safe_url

if TYPE_CHECKING:
    from builder.yamlsrc import Located

CONFIG_NAME = "site.yaml"
# The tag vocabulary of a site.yaml without `topics` (and of `digest new`'s site.yaml).
DEFAULT_TOPICS = Path(__file__).resolve().parent / "data" / "topics.yaml"

MISSING_CONFIG = ("not found: this is not a digest's folder; `digest new DIR` starts one, "
                  "or `--site DIR` names an existing one")

# key: (accepted types, default). Defaults make a minimal site.yaml (just `title`) valid.
_SETTINGS: dict[str, tuple[tuple[type, ...], Any]] = {
    "title": ((str,), "Reversal Digest"),
    "description": ((str,), "Companies walking back their policies, article by article."),
    "base_url": ((str,), "/"),
    "language": ((str,), "en"),
    "timezone": ((str,), "UTC"),
    "per_page": ((int,), 20),
    "feed_size": ((int,), 50),
    "author": ((str,), "Reversal Digest"),
    "cname": ((str, type(None)), None),
    # The picture social sites show for a shared page (og:image): a file of the theme's
    # static/ folder, or an http(s) URL; null for none.
    "image": ((str, type(None)), "static/card.png"),
    "page_body": ((str,), "full"),
    "feed_body": ((str,), "summary"),
    "timeout": ((int, float), DEFAULT_TIMEOUT),
    "topics": ((dict,), {}),  # when absent: the default vocabulary (DEFAULT_TOPICS)
    "companies": ((list,), []),
    "outlets": ((list,), []),
    # A second extractor: a command that reads an article on stdin and answers with the
    # entry's fields as JSON (builder/ingest/command.py). A string is split like a shell's.
    "extract_command": ((str, list, type(None)), None),
}
_MAX_TIMEOUT = 86_400
BODY_FORMS = ("full", "summary")
# What social sites show as a card (Open Graph images: not SVG).
IMAGE_TYPES = (".png", ".jpg", ".jpeg", ".gif", ".webp")
# `static/<path>`: segments that are names, never `..` or hidden (`.x`).
_NAME = r"[A-Za-z0-9_-][A-Za-z0-9._-]*"
_STATIC_PATH = re.compile(rf"/?static/((?:{_NAME}/)*{_NAME})")
_ENTITY_KEYS = {"name": (str,), "aliases": (list,), "url": (str,), "slug": (str,)}


@dataclass(frozen=True)
class Entity:
    """A company or outlet from the gazetteer: its canonical name and the names it goes by."""

    name: str
    aliases: tuple[str, ...] = ()
    url: str = ""
    slug: str = ""


@dataclass(frozen=True)
class SiteConfig:
    """Validated site settings. `base_path` is base_url's path, always with both slashes."""

    root: Path
    title: str
    description: str
    base_url: str
    base_path: str
    site_origin: str
    language: str
    timezone: str
    per_page: int
    feed_size: int
    author: str
    cname: str | None
    timeout: float  # seconds one output may take to render; a runaway template is stopped
    topics: dict[str, tuple[str, ...]]
    companies: tuple[Entity, ...]
    outlets: tuple[Entity, ...]
    fingerprint: str = field(default="", compare=False)
    extract_command: tuple[str, ...] = ()
    topic_labels: dict[str, str] = field(default_factory=dict)  # tag slug → what readers see
    # How much of the article entry pages and feeds carry: `full` (the whole body) or
    # `summary` (summary, reversals and a link to the original).
    page_body: str = "full"
    feed_body: str = "summary"
    # The site's picture for social sites: `static/<file>` (checked against the theme's
    # static files by the build, which reports `image_line` of site.yaml) or an http(s) URL.
    image: str = ""
    image_line: int = 0

    @property
    def image_file(self) -> str:
        """The static file (its path under static/) that `image` names; "" for a URL."""
        return "" if is_safe_url(self.image) else self.image.removeprefix("static/")

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def with_base_url(self, base_url: str) -> SiteConfig:
        """The same settings published at another address (`digest build --base-url`)."""
        origin, path = split_base_url(base_url)
        digest = hashlib.sha256(f"{self.fingerprint}|{base_url}".encode()).hexdigest()
        return _replace(self, base_url=base_url, base_path=path, site_origin=origin,
                        fingerprint=digest)


def _replace(config: SiteConfig, **changes: Any) -> SiteConfig:
    from dataclasses import replace

    return replace(config, **changes)


def split_base_url(base_url: str) -> tuple[str, str]:
    """`https://a.github.io/repo` → (`https://a.github.io`, `/repo/`); `/repo` → (``, `/repo/`).
    ValueError for what no link could carry as it is: spaces, `..`, a query or a fragment."""
    if _URL_CHARACTERS.fullmatch(base_url.strip()) is None:
        raise ValueError("base_url may not hold spaces, quotes, <, > or other characters a "
                         "link must escape (write %20 for a space)")
    parts = urlsplit(base_url.strip())
    if parts.query or parts.fragment or base_url.strip().endswith(("?", "#")):
        raise ValueError("base_url may not have a query (?) or a fragment (#)")
    if any(segment in (".", "..") for segment in parts.path.split("/")):
        raise ValueError("base_url's path may not hold '.' or '..' segments")
    if parts.scheme and parts.scheme not in ("http", "https"):
        raise ValueError("base_url must be an http(s) URL or a path starting with /")
    if parts.scheme and not parts.netloc:
        raise ValueError("base_url has a scheme but no host")
    if not parts.scheme and not base_url.startswith("/"):
        raise ValueError("base_url must be an http(s) URL or a path starting with /")
    origin = f"{parts.scheme}://{parts.netloc}" if parts.scheme else ""
    path = "/" + parts.path.strip("/") + "/" if parts.path.strip("/") else "/"
    return origin, path


# What a URL may hold unescaped (RFC 3986's unreserved, reserved and `%`).
_URL_CHARACTERS = re.compile(r"[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%-]+")
# A host name for GitHub Pages' CNAME file: labels of letters, digits and inner hyphens.
_DOMAIN = re.compile(r"(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
                     r"[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?")


def load_config(root: Path, *, remember: bool = False) -> SiteConfig:
    """Read and validate `root/site.yaml`, reporting every problem at once.

    With `remember` (builds), a valid config is kept in `.cache/` with the bytes it came
    from: a build that finds them unchanged neither parses YAML nor imports the YAML
    library, which is a quarter of a build with nothing to do."""
    path = root / CONFIG_NAME
    try:
        raw = read_input(root, path)
    except FileNotFoundError:
        raise SiteError.at(path, 0, MISSING_CONFIG) from None
    except InputRefused as exc:
        raise SiteError.at(path, 0, str(exc)) from None
    except OSError as exc:
        raise SiteError.at(path, 0, f"cannot read: {exc.strerror or exc}") from None
    if not remember:
        return _parse_config(root, path, raw)
    from builder import cache

    source = hashlib.sha256(f"{root}\0".encode() + raw).hexdigest()
    known = cache.load(root, "config")
    if known.get("source") == source and isinstance(known.get("config"), SiteConfig):
        return known["config"]
    config = _parse_config(root, path, raw)
    cache.save(root, "config", {"source": source, "config": config})
    return config


def _parse_config(root: Path, path: Path, raw: bytes) -> SiteConfig:
    from builder.yamlsrc import decode_utf8, load_located

    text = decode_utf8(raw, path, "site.yaml")
    located = load_located(text, path)
    data = located.data if located.data is not None else {}
    problems: list[Problem] = []

    def problem(line: int, message: str) -> None:
        problems.append(Problem(display_path(path), line, message))

    if not isinstance(data, dict):
        raise SiteError.at(path, located.first_line, "site.yaml must be a mapping of settings")
    values: dict[str, Any] = {}
    if "title" not in data:
        problem(located.first_line, "missing 'title': the site's name, shown on every page")
    for key in data:
        if key not in _SETTINGS:
            problem(located.line(key), f"unknown key '{key}' (known: {', '.join(_SETTINGS)})")
    for key, (types, default) in _SETTINGS.items():
        if key == "topics" and key not in data:
            data = {**data, key: default_topics()}
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, types):
            wanted = " or ".join("null" if t is type(None) else t.__name__ for t in types)
            problem(located.line(key), f"'{key}' must be {wanted}, not {type(value).__name__}")
            value = default
        values[key] = value

    origin, base_path = "", "/"
    try:
        origin, base_path = split_base_url(values["base_url"])
    except ValueError as exc:
        problem(located.line("base_url"), str(exc))
    try:
        ZoneInfo(values["timezone"])
    except (ZoneInfoNotFoundError, ValueError):
        problem(located.line("timezone"), f"unknown timezone '{values['timezone']}'")
    if values["cname"] is not None and _DOMAIN.fullmatch(values["cname"]) is None:
        problem(located.line("cname"), "'cname' must be a domain name like digest.example.com, "
                                       f"not '{values['cname'][:80]}'")
    if not 0 < values["timeout"] <= _MAX_TIMEOUT:
        problem(located.line("timeout"), f"'timeout' must be more than 0 and at most "
                                         f"{_MAX_TIMEOUT} (seconds one page may take)")
    for key in ("per_page", "feed_size"):
        if values[key] < 1:
            problem(located.line(key), f"'{key}' must be at least 1")
    for key in ("page_body", "feed_body"):
        if values[key] not in BODY_FORMS:
            problem(located.line(key), f"'{key}' must be one of: {', '.join(BODY_FORMS)}")

    image = _image(values["image"], located.line("image"), problem)
    topics, topic_labels = _topics(values["topics"], located, problem)
    companies = _entities("companies", values["companies"], located, problem)
    outlets = _entities("outlets", values["outlets"], located, problem)
    for section, entities in (("companies", companies), ("outlets", outlets)):
        _ambiguous_aliases(section, entities, located, problem)
    extract_command = _command(values["extract_command"], located, problem)
    if problems:
        raise SiteError(problems)
    return SiteConfig(
        root=root, title=values["title"], description=values["description"],
        base_url=values["base_url"], base_path=base_path, site_origin=origin,
        language=values["language"], timezone=values["timezone"], per_page=values["per_page"],
        feed_size=values["feed_size"], author=values["author"], cname=values["cname"],
        timeout=values["timeout"],
        topics=topics, companies=companies, outlets=outlets,
        fingerprint=hashlib.sha256(raw).hexdigest(), extract_command=extract_command,
        topic_labels=topic_labels, page_body=values["page_body"], feed_body=values["feed_body"],
        image=image, image_line=located.line("image"),
    )


def image_problem(config: SiteConfig, static_files: Iterable[str]) -> Problem | None:
    """The problem with `image` once the theme is known: a static file that is not there
    would be a broken card on every page shared."""
    if not config.image_file or config.image_file in static_files:
        return None
    return Problem(display_path(config.root / CONFIG_NAME), config.image_line,
                   f"'image': {config.image} is not a file of the theme: put it in the site's "
                   "static/ folder (published as static/...), or give an http(s) URL")


def _image(raw: str | None, line: int, problem: Any) -> str:
    """`image: static/card.png` or `image: https://...` → `static/card.png` or the URL; ""
    for `image: null`. Only a picture social sites show is accepted."""
    if raw is None:
        return ""
    value = raw.strip()
    local = _STATIC_PATH.fullmatch(value)
    if not is_safe_url(value) and local is None:
        problem(line, f"'image' must be a file of the theme's static folder (static/card.png) "
                      f"or an http(s) URL, not '{value[:80]}'")
        return ""
    path = urlsplit(value).path.lower()
    if (local and not path.endswith(IMAGE_TYPES)) or path.endswith((".svg", ".svgz")):
        problem(line, "'image' must be a PNG, JPEG, GIF or WebP picture (social sites do not "
                      f"show others), not '{value[:80]}'")
        return ""
    return f"static/{local.group(1)}" if local else value


def _command(raw: str | list | None, located: Located, problem: Any) -> tuple[str, ...]:
    """`extract_command: "llm -m model"` or a list of arguments → the argument tuple."""
    import shlex

    if raw is None:
        return ()
    try:
        words = shlex.split(raw) if isinstance(raw, str) else raw
    except ValueError as exc:
        problem(located.line("extract_command"), f"'extract_command': {exc}")
        return ()
    if not words or not all(isinstance(w, str) and w for w in words):
        problem(located.line("extract_command"),
                "'extract_command' must be a command line or a list of non-empty arguments")
        return ()
    return tuple(words)


def default_topics() -> dict[str, list[str]]:
    """The vocabulary shipped with the package: a new digest tags its entries from the start."""
    import yaml

    return yaml.safe_load(DEFAULT_TOPICS.read_text(encoding="utf-8"))


def _topics(raw: dict, located: Located,
            problem: Any) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """`topics: {tag-slug: [keyword, ...]}`: the tag vocabulary ingest picks from, and the
    labels readers see. A topic is a list of keywords, or `{label: ..., keywords: [...]}`
    when its slug ("dei") would not say enough."""
    topics: dict[str, tuple[str, ...]] = {}
    labels: dict[str, str] = {}
    for tag, value in raw.items():
        line = located.line("topics", tag)
        if not isinstance(tag, str) or not is_slug(tag):
            problem(line, f"topic '{tag}' must be a slug (lowercase letters, digits, hyphens)")
            continue
        keywords = value
        if isinstance(value, dict):
            unknown = set(value) - {"label", "keywords"}
            label = value.get("label", "")
            keywords = value.get("keywords", [])
            if unknown:
                problem(line, f"unknown key '{sorted(map(str, unknown))[0]}' in topic '{tag}' "
                              "(known: label, keywords)")
                continue
            if not isinstance(label, str) or has_markup(label):
                problem(located.line("topics", tag, "label"),
                        f"topic '{tag}': 'label' must be text without <, > or &lt;")
                continue
            if label.strip():
                labels[tag] = label.strip()
        if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
            problem(line, f"topic '{tag}' must list its keywords as strings")
            continue
        topics[tag] = tuple(keywords)
    return topics, labels


def _ambiguous_aliases(section: str, entities: tuple[Entity, ...], located: Located,
                       problem: Any) -> None:
    """An alias must name one entity: 'Apple' under two companies, or an alias that is another
    company's name, would silently give one company's articles to the other."""
    owner = {e.name: e.name for e in entities}
    for index, entity in enumerate(entities):
        for alias in entity.aliases:
            other = owner.setdefault(alias, entity.name)
            if other != entity.name:
                problem(located.line(section, index, "aliases"),
                        f"alias '{alias}' of '{entity.name}' already names '{other}'")
def _entities(section: str, raw: list, located: Located, problem: Any) -> tuple[Entity, ...]:
    entities: list[Entity] = []
    seen: dict[str, int] = {}
    slugs: dict[str, int] = {}
    for index, item in enumerate(raw):
        line = located.line(section, index)
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, dict):
            problem(line, f"each of '{section}' must be a name or a mapping with 'name'")
            continue
        bad = False
        for key, value in item.items():
            key_line = located.line(section, index, key)
            if key not in _ENTITY_KEYS:
                problem(key_line, f"unknown key '{key}' in {section} (known: "
                        f"{', '.join(_ENTITY_KEYS)})")
                bad = True
            elif not isinstance(value, _ENTITY_KEYS[key]):
                problem(key_line, f"'{key}' must be {_ENTITY_KEYS[key][0].__name__}")
                bad = True
        aliases = item.get("aliases", [])
        if isinstance(aliases, list) and not all(isinstance(a, str) for a in aliases):
            problem(located.line(section, index, "aliases"), "aliases must be strings")
            bad = True
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            problem(line, f"each of '{section}' needs a 'name'")
            continue
        url = item["url"] if isinstance(item.get("url"), str) else ""
        slug = item["slug"] if isinstance(item.get("slug"), str) else ""
        if url and not is_safe_url(url):
            problem(located.line(section, index, "url"), f"url '{url[:80]}' must be an http(s) URL")
            bad = True
        if slug and not is_slug(slug):
            # A slug is a folder name under public/: `../../etc` must never get that far.
            problem(located.line(section, index, "slug"),
                    f"slug '{slug[:80]}' may only hold a-z, 0-9 and '-'")
            bad = True
        elif slug in slugs:
            problem(located.line(section, index, "slug"),
                    f"slug '{slug}' is used twice in {section} (first at line {slugs[slug]})")
            bad = True
        if bad:
            continue
        name = name.strip()
        if has_markup(name):  # shown as HTML by Pagefind's filter list
            problem(line, f"name '{name[:80]}' may not contain <, > or &lt;")
            continue
        if name in seen:
            problem(line, f"'{name}' is listed twice in {section} (first at line {seen[name]})")
            continue
        seen[name] = line
        if slug:
            slugs[slug] = located.line(section, index, "slug")
        entities.append(Entity(name=name, aliases=tuple(aliases), url=url, slug=slug))
    return tuple(entities)
