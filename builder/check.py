"""`digest check`: every problem in site.yaml and the entries, without building anything.

Each stage reports as much as it can even when an earlier one failed: a broken site.yaml does
not hide the entries' problems (they are read in its timezone when that is valid, else UTC),
and a broken entry does not hide duplicate slugs or dead links among the others.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from builder.config import CONFIG_NAME, SiteConfig, image_problem, load_config, split_base_url
from builder.content import Entry, load_entry
from builder.content_files import scan_entries
from builder.errors import Problem, SiteError
from builder.fields import slug_from_name
from builder.safety import InputRefused, read_input
from builder.site import build_site, entry_path, shown_entries
from builder.theme_layers import site_theme


def check(root: Path) -> list[Problem]:
    """All problems at once, sorted by file and line; an empty list means the site is sound."""
    problems: list[Problem] = []
    config: SiteConfig | None = None
    try:
        config = load_config(root)
    except SiteError as error:
        problems += error.problems
    tz, base_path = (config.tz, config.base_path) if config else _fallback_settings(root)
    if config is not None:
        with suppress(SiteError):  # a theme folder that is refused is the build's to report
            image = image_problem(config, site_theme(root).static_files)
            problems += [image] if image else []

    entries: list[Entry] = []
    broken_slugs: set[str] = set()
    paths, refused = scan_entries(root)
    problems += refused
    for path in map(Path, paths):
        rel = path.relative_to(root).as_posix()
        try:
            entries.append(load_entry(root, path, read_input(root, path), tz))
        except SiteError as error:
            problems += error.problems
            broken_slugs.add(slug_from_name(path))
        except InputRefused as error:
            problems.append(Problem(rel, 0, str(error)))
            broken_slugs.add(slug_from_name(path))
        except OSError as error:
            problems.append(Problem(rel, 0, f"cannot read: {error.strerror or error}"))
            broken_slugs.add(slug_from_name(path))

    problems += _duplicate_slugs(entries)
    if config is not None:
        unique = list({e.slug: e for e in sorted(entries, key=lambda e: e.rel_path,
                                                 reverse=True)}.values())
        try:  # the model's own checks, on every entry (drafts and future ones included)
            build_site(config, unique, include_drafts=True, now=datetime.now(UTC))
        except SiteError as error:
            problems += error.problems
    shown = shown_entries(entries, datetime.now(UTC), tz, include_drafts=False)  # as a build
    problems += broken_internal_links(entries, base_path, shown, broken_slugs)
    return sorted(set(problems))


def _fallback_settings(root: Path) -> tuple[ZoneInfo, str]:
    """The timezone and base path from a site.yaml that failed validation, where they are
    themselves valid, so that entry dates are still judged the way the build would."""
    tz, base_path = ZoneInfo("UTC"), "/"
    try:
        from builder.yamlsrc import load_located

        text = read_input(root, root / CONFIG_NAME).decode("utf-8-sig")
        data = load_located(text, CONFIG_NAME).data
    except (OSError, UnicodeDecodeError, SiteError, InputRefused):
        return tz, base_path
    if isinstance(data, dict):
        with suppress(ZoneInfoNotFoundError, ValueError, TypeError):
            tz = ZoneInfo(data.get("timezone", "UTC"))
        with suppress(ValueError, TypeError, AttributeError):
            base_path = split_base_url(data.get("base_url", "/"))[1]
    return tz, base_path


def _duplicate_slugs(entries: list[Entry]) -> list[Problem]:
    """Two entries with one slug would publish to one page: each is named, at its `slug:`
    line (line 1 when the slug comes from the file name), with the files it collides with."""
    by_slug: dict[str, list[Entry]] = {}
    for entry in entries:
        by_slug.setdefault(entry.slug, []).append(entry)
    problems = []
    for slug, group in by_slug.items():
        for entry in group if len(group) > 1 else ():
            others = ", ".join(sorted(e.rel_path for e in group if e is not entry))
            problems.append(Problem(entry.rel_path, entry.slug_line,
                                    f"slug '{slug}' is also used by {others}; "
                                    "give one a different 'slug:'"))
    return problems


def broken_internal_links(entries: list[Entry], base_path: str, shown: list[Entry],
                           broken_slugs: set[str] = frozenset()) -> list[Problem]:
    """Links in the bodies of the `shown` entries (those a build publishes) to
    `/entries/<slug>/` pages that no entry has, or that a build leaves out (a draft, an entry
    dated later), with or without base_url's path in front. Entries that failed to load are
    given the benefit of the doubt under the slug their file name implies."""
    linking = [entry for entry in shown if entry.links]
    if not linking:  # the usual case, and serve asks on every rebuild
        return []
    pages = {"/" + entry_path(e): e for e in entries}
    published = {id(e) for e in shown}
    problems = []
    for entry in linking:
        for line, target in entry.links:
            path = target.split("#", 1)[0].split("?", 1)[0]
            if base_path != "/" and path.startswith(base_path):
                path = "/" + path[len(base_path):]
            if not path.startswith("/entries/"):
                continue
            page = path if path.endswith("/") else path + "/"
            linked = pages.get(page)
            if linked is None and page[len("/entries/"):-1] not in broken_slugs:
                problems.append(Problem(entry.rel_path, line, f"link to {target}: no such entry"))
            elif linked is not None and id(linked) not in published:
                why = "a draft" if linked.draft else "dated later"
                problems.append(Problem(entry.rel_path, line, f"link to {target}: that entry "
                                        f"is {why} ({linked.rel_path}), so its page is not "
                                        "published"))
    return problems
