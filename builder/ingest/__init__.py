"""Seeds → entries: `ingest(root, config)` turns each new seed into `content/entries/*.md`.

Readers (`readers.py`) turn a .txt, .md or .html seed into an `Article`; `extract.py` finds its
companies, people, source, tags and reversals; this module writes the entry atomically and
records it in the ledger (`ledger.py`) so that editors' changes are never overwritten.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from builder.config import SiteConfig
from builder.errors import Problem, display_path
from builder.frontmatter import dump
from builder.ingest import duplicates
from builder.ingest.decode import SeedError, read_seed
from builder.ingest.ledger import Ledger, Record, atomic_write, backup, sha256_text
from builder.safety import InputRefused, outside, read_input, refused_file
from builder.seeds import SEEDS_DIR, seed_files
from builder.slugs import slugify
from builder.untrusted import is_safe_url

if TYPE_CHECKING:
    from builder.ingest.gazetteer import Gazetteer
    from builder.ingest.readers import Article

__all__ = ["IngestReport", "ingest", "ingest_locked", "seed_to_entry", "text_fingerprint"]

ENTRIES_DIR = "entries"


@dataclass
class IngestReport:
    written: list[Path] = field(default_factory=list)  # entry files created or replaced
    skipped: list[Path] = field(default_factory=list)  # seeds already ingested
    failed: list[Problem] = field(default_factory=list)  # bad seeds, with the reason


def ingest(
    root: Path,
    config: SiteConfig,
    seeds: list[Path] | None = None,
    *,
    force: bool = False,
    today: dt.date | None = None,
    log: Callable[[str], None] = print,
) -> IngestReport:
    """Turn new seeds into entries; leave existing (and edited or deleted) entries alone.

    `seeds=None` means every file in `root/seeds/`. With `force`, the given seeds are ingested
    again and an entry that would be replaced is first copied to `content/.backup/`.
    Holds the site lock, as a build does: two ingests at once would both take a new seed,
    or each save the ledger without the other's record. SiteError if another holds it.
    """
    from builder.publish import site_lock

    with site_lock(Path(root)):
        return ingest_locked(root, config, seeds, force=force, today=today, log=log)


def ingest_locked(
    root: Path,
    config: SiteConfig,
    seeds: list[Path] | None = None,
    *,
    force: bool = False,
    today: dt.date | None = None,
    log: Callable[[str], None] = print,
) -> IngestReport:
    """`ingest`, for a caller that holds the site lock already (a build)."""
    root = Path(root)
    content_dir = root / "content"
    report = IngestReport()
    if seeds is None:
        seeds = seed_files(root)
    if not seeds:
        return report
    ledger = Ledger(content_dir)
    if ledger.problem:
        log(f"ingest: {display_path(ledger.path)}: {ledger.problem}")
    known: _KnownEntries | None = None
    texts: dict[str, str] | None = None  # seed text fingerprint → the seed ingested with it
    gazetteer: Gazetteer | None = None
    for seed in seeds:
        seed = Path(seed)
        name = seed.name
        refused = _refused_seed(root, seed)
        if refused:
            report.failed.append(Problem(display_path(seed), 0, refused))
            continue
        record = ledger.records.get(name)
        if not force and record is not None:
            report.skipped.append(seed)
            continue
        if known is None:
            known = _known_entries(content_dir)
        existing = ledger.entry_path(record) if record else known.by_seed.get(name)
        if not force and existing is not None:
            report.skipped.append(seed)
            continue
        try:
            fingerprint = text_fingerprint(seed)
        except SeedError as exc:
            report.failed.append(Problem(display_path(seed), 0, str(exc)))
            continue
        if texts is None:
            texts = _ingested_texts(root, ledger)
        original = texts.get(fingerprint)
        if original is not None and original != name:
            report.skipped.append(seed)
            log(f"ingest: {_rel(seed, root)}: skipped, the same text as {SEEDS_DIR}/{original}, "
                "ingested already")
            continue
        if gazetteer is None:
            # Extraction loads its patterns only now: a build with no new seed never pays.
            from builder.ingest.gazetteer import build_gazetteer

            gazetteer = build_gazetteer(config)
        try:
            outcome = _ingest_one(root, config, gazetteer, ledger, seed, existing, record, today,
                                  known, fingerprint)
        except SeedError as exc:
            problem = Problem(display_path(seed), 0, str(exc))
            report.failed.append(problem)  # the caller reports it, once, on stderr
            continue
        except Exception as exc:  # a bug in ingest must not stop the other seeds
            reason = str(exc) if isinstance(exc, OSError) else f"{type(exc).__name__}: {exc}"
            problem = Problem(display_path(seed), 0, f"could not ingest: {reason}")
            report.failed.append(problem)
            continue
        texts[fingerprint] = name
        if outcome is None:
            report.skipped.append(seed)
            log(f"ingest: {_rel(seed, root)}: entry unchanged")
        else:
            path, meta, note = outcome
            report.written.append(path)
            log(
                f"ingest: {_rel(seed, root)} → {_rel(path, root)} "
                f"({_count(len(meta['companies']), 'company', 'companies')}, "
                f"{_count(len(meta['reversals']), 'reversal', 'reversals')}){note}"
                + (f"; draft, to review: {'; '.join(meta['review'])}" if meta.get("review") else "")
            )
    return report


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _rel(path: Path, root: Path) -> str:
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def _ingest_one(
    root: Path,
    config: SiteConfig,
    gazetteer: Gazetteer,
    ledger: Ledger,
    seed: Path,
    existing: Path | None,
    record: Record | None,
    today: dt.date | None,
    known: _KnownEntries,
    fingerprint: str,
) -> tuple[Path, dict[str, Any], str] | None:
    if not seed.exists():
        raise SeedError("not found")
    if seed.is_dir():
        raise SeedError("is a folder, not a seed file")
    if not seed.is_file():
        raise SeedError("not a regular file")
    kept_date = record.date if record else None
    if kept_date is None and existing is not None and existing.exists():
        kept_date = _entry_date(root, existing)
    meta, body = seed_to_entry(seed, config, gazetteer, today=today, date=kept_date)
    own = {_rel(existing, root)} if existing is not None else set()
    twin = known.similar.closest(str(meta["title"]), body, own)
    if twin:
        reasons = meta.get("review") or []
        meta["review"] = [*([reasons] if isinstance(reasons, str) else reasons),
                          duplicates.reason(*twin)]
        meta["draft"] = True
    text = dump(meta, body)
    content_dir = root / "content"
    note = ""
    if existing is not None and existing.parent.exists():
        target = existing
    else:
        if isinstance(meta.get("slug"), str):  # a Markdown seed's own `slug:`, made unique
            meta["slug"] = _unique_slug(slugify(meta["slug"], max_length=60), known.slugs)
            text = dump(meta, body)
        target = _free_path(
            content_dir / ENTRIES_DIR, meta["date"], meta["title"], known.slugs
        )
    if _rel(target, root) not in own:
        known.similar.add(_rel(target, root), str(meta["title"]), body)
    if target.exists():
        old = target.read_text("utf-8", errors="replace")
        if old == text:
            ledger.records[seed.name] = Record(
                _content_rel(target, content_dir), sha256_text(text), meta["date"], fingerprint
            )
            ledger.save()
            return None
        saved = backup(content_dir, target, dt.datetime.now(dt.UTC))
        edited = record is None or sha256_text(old) != record.sha256
        note = f"; {'edited ' if edited else ''}entry backed up to {_rel(saved, root)}"
    atomic_write(target, text)
    ledger.records[seed.name] = Record(
        _content_rel(target, content_dir), sha256_text(text), meta["date"], fingerprint
    )
    ledger.save()
    return target, meta, note


def seed_to_entry(
    seed: Path,
    config: SiteConfig,
    gazetteer: Gazetteer | None = None,
    *,
    today: dt.date | None = None,
    date: dt.date | None = None,
) -> tuple[dict[str, Any], str]:
    """Read one seed and return the entry's front matter and Markdown body (nothing written).

    `date` is the date an earlier ingest gave the entry. An article that prints no date is
    dated `today` when given, else by the day the seed file was last modified, and the entry
    says so in `review` (so it stays a draft until an editor has looked).
    """
    from builder.ingest.gazetteer import build_gazetteer
    from builder.ingest.readers import read_article

    gazetteer = gazetteer or build_gazetteer(config)
    article = read_article(seed, read_seed(seed).text, config.tz)
    if not article.paragraphs and not article.body.strip():
        raise SeedError("no article text found")
    fallback = today or _file_day(seed, config.tz)
    meta = entry_meta(article, seed.name, config, gazetteer, date or article.date or fallback)
    if config.extract_command:
        from builder.ingest.command import merged_entry

        meta = merged_entry(seed, config, article, meta, article.body)
    return meta, article.body


def _file_day(seed: Path, tz: dt.tzinfo) -> dt.date:
    """The day the seed file was last modified: the best guess for an undated article."""
    return dt.datetime.fromtimestamp(seed.stat().st_mtime, tz).date()


def entry_meta(
    article: Article, seed_name: str, config: SiteConfig, gazetteer: Gazetteer, date: dt.date
) -> dict[str, Any]:
    from builder.ingest.extract import PageClues, analyse
    from builder.ingest.readers import parse_date
    from builder.ingest.review import review_reasons
    from builder.ingest.text import headline_from_lede, summary_from

    paragraphs = article.paragraphs
    title = article.title or headline_from_lede(
        next((p for p in paragraphs if len(p.split()) >= 4), paragraphs[0] if paragraphs else "")
    )
    title = title or seed_name
    analysis = analyse(
        title, paragraphs, gazetteer, config.topics, article.source, date.year,
        tuple(article.bylines),
        PageClues(tuple(article.mastheads), tuple(article.credits), article.source_url),
    )
    meta: dict[str, Any] = {
        "title": title,
        "date": date,
    }
    if analysis.source:
        meta["source"] = analysis.source
    if article.source_url and is_safe_url(article.source_url):  # never javascript: etc.
        meta["source_url"] = article.source_url
    reasons = review_reasons(article, analysis, date)
    meta.update(
        {
            "seed": seed_name,
            "companies": analysis.companies,
            "people": analysis.people,
            "tags": analysis.tags,
            "summary": summary_from(
                paragraphs, quoted=tuple(r["text"] for r in analysis.reversals)
            ),
            "reversals": analysis.reversals,
            "draft": bool(reasons),
        }
    )
    if reasons:
        meta["review"] = reasons
    # Front matter given in a Markdown seed wins over anything derived.
    for key, value in article.meta.items():
        if key == "date":
            parsed = parse_date(value, config.tz)
            if parsed and not date:
                meta["date"] = parsed
            continue
        if key == "source_url" and not (isinstance(value, str) and is_safe_url(value)):
            continue  # a seed's javascript: or data: link never reaches an href
        if key in ("companies", "people", "tags") and isinstance(value, str):
            value = [value]
        if value is not None:
            meta[key] = value
    return meta


def _free_path(folder: Path, date: dt.date, title: str, slugs: set[str]) -> Path:
    """A new entry's file: its name's slug (the name less the date) is used by no entry in
    `slugs`, to which it is added, and no file has the name. Entries of two seeds with one
    headline, even on other days, would otherwise share a page, and the build would refuse
    both until someone renamed one."""
    base = slugify(title, max_length=60)
    while True:
        slug = _unique_slug(base, slugs)
        candidate = folder / f"{date:%Y-%m-%d}-{slug}.md"
        if not candidate.exists():
            return candidate


def _unique_slug(base: str, slugs: set[str]) -> str:
    """`base`, or `base-2`, `base-3`, …: the first not in `slugs`, to which it is added."""
    slug, n = base, 1
    while slug in slugs:
        n += 1
        slug = f"{base}-{n}"
    slugs.add(slug)
    return slug


def _content_rel(path: Path, content_dir: Path) -> str:
    try:
        return path.relative_to(content_dir).as_posix()
    except ValueError:
        return path.as_posix()


_SEED_LINE = re.compile(r"^seed:\s*['\"]?(.+?)['\"]?\s*$", re.M)
_SLUG_LINE = re.compile(r"^slug:\s*['\"]?(.+?)['\"]?\s*$", re.M)
_TITLE_LINE = re.compile(r"^title:\s*(.*)$", re.M)
_DATE_LINE = re.compile(r"^date:\s*['\"]?([^'\"\n]+?)['\"]?\s*$", re.M)


def _head(root: Path, path: Path) -> str:
    """The top of the entry `path` of the site at `root` (its front matter and the opening of
    its body), as text; "" for what is no entry to read (a pipe would hang ingest, a link could
    lead out of the site)."""
    try:
        head = read_input(root, path)[:_HEAD_BYTES].decode("utf-8", errors="replace")
    except (OSError, InputRefused):
        return ""
    return head.removeprefix("\ufeff").replace("\r\n", "\n")


_HEAD_BYTES = 8192 + duplicates.BODY_CHARS * 2


def _split_head(head: str) -> tuple[str, str]:
    """(front matter, body) of an entry's top; ("", "") when it has no front matter."""
    if not head.startswith("---\n"):
        return "", ""
    end = re.search(r"\n(?:---|\.\.\.)\s*(?:\n|$)", head[3:8192])
    if not end:
        return head[4:8192], ""
    return head[4 : end.start() + 3], head[end.end() + 3 :]


def _front(root: Path, path: Path) -> str:
    """The front matter of the entry `path` of the site at `root`, as text ("" for none)."""
    return _split_head(_head(root, path))[0]


@dataclass
class _KnownEntries:
    by_seed: dict[str, Path]  # seed name → its entry, from the entries' `seed:` keys
    slugs: set[str]  # every entry's slug: new entries get others
    similar: duplicates.Entries  # headlines and texts, for `possible duplicate` reasons


def _known_entries(content_dir: Path) -> _KnownEntries:
    """What the entries say of themselves: the seed each came from (which covers a lost
    ledger), the slug each is published under (its `slug:`, else its file name's), and its
    headline and opening text."""
    from builder.fields import slug_from_name

    known = _KnownEntries({}, set(), duplicates.Entries())
    if not content_dir.is_dir():
        return known
    root = content_dir.parent
    for path in sorted(content_dir.rglob("*.md")):
        if any(part.startswith(".") for part in path.relative_to(content_dir).parts):
            continue
        front, body = _split_head(_head(root, path))
        match = _SEED_LINE.search(front)
        if match:
            known.by_seed.setdefault(match.group(1).strip(), path)
        slug = _SLUG_LINE.search(front)
        known.slugs.add(slug.group(1).strip() if slug else slug_from_name(path))
        title = _TITLE_LINE.search(front)
        known.similar.add(path.relative_to(root).as_posix(), title.group(1) if title else "", body)
    return known


def text_fingerprint(seed: Path) -> str:
    """What makes two seeds the same article: their text, whatever the line endings, spacing
    or encoding (the same article saved twice under two names)."""
    return sha256_text(" ".join(read_seed(seed).text.split()))


def _ingested_texts(root: Path, ledger: Ledger) -> dict[str, str]:
    """Text fingerprint → seed name, for every seed the ledger has a record of. Records from
    before fingerprints were kept get theirs from the seed, where it is still there."""
    texts: dict[str, str] = {}
    for name, record in sorted(ledger.records.items()):
        fingerprint = record.text
        if not fingerprint:
            seed = root / SEEDS_DIR / name
            if _refused_seed(root, seed):
                continue
            try:
                fingerprint = record.text = text_fingerprint(seed)  # saved with the ledger
            except SeedError:
                continue
        texts.setdefault(fingerprint, name)
    return texts


def _refused_seed(root: Path, seed: Path) -> str:
    """Why `seed` is not read ("" when it may be): it is an entry (under content/), it is
    outside the site folder or a link out of it, or it is not a regular file."""
    if not os.path.lexists(seed):
        return "not found"
    content = root / "content"
    if not outside(content, seed):
        return "is an entry under content/, not a seed: seeds go in seeds/"
    if not seed.is_symlink() and outside(root, seed):
        return "is outside the site folder: copy it into seeds/ to ingest it"
    return refused_file(root, seed, is_link=seed.is_symlink())


def _entry_date(root: Path, path: Path) -> dt.date | None:
    from builder.ingest.readers import parse_date

    match = _DATE_LINE.search(_front(root, path))
    return parse_date(match.group(1)) if match else None


def pending_seeds(root: Path) -> list[Path]:
    """The seeds that have no entry yet: neither the ledger nor any entry's `seed:` names
    them, and they are not the text of a seed that has one (ingest skips such a copy).
    `digest build --no-ingest` (a site's CI) refuses to publish while there are any, so that
    no entry reaches readers before it reached the repository."""
    seeds = seed_files(root)
    if not seeds:
        return []
    content_dir = root / "content"
    ledger = Ledger(content_dir)
    known = set(ledger.records) | set(_known_entries(content_dir).by_seed)
    pending = [seed for seed in seeds if seed.name not in known]
    if pending:
        texts = _ingested_texts(root, ledger)
        pending = [seed for seed in pending if not _copy_of_ingested(seed, texts)]
    return pending


def _copy_of_ingested(seed: Path, texts: dict[str, str]) -> bool:
    try:
        return text_fingerprint(seed) in texts
    except SeedError:  # not ingested, and `digest ingest` will say why
        return False
