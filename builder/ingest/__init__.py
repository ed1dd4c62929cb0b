"""Seeds → entries: `ingest(root, config)` turns each new seed into `content/entries/*.md`.

Readers (`readers.py`) turn a .txt, .md or .html seed into an `Article`; `extract.py` finds its
companies, people, source, tags and reversals; this module writes the entry atomically and
records it in the ledger (`ledger.py`) so that editors' changes are never overwritten.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from builder.config import SiteConfig
from builder.content import is_safe_url
from builder.errors import Problem, display_path
from builder.frontmatter import dump
from builder.ingest.decode import SeedError, read_seed
from builder.ingest.ledger import Ledger, Record, atomic_write, backup, sha256_text
from builder.seeds import seed_files
from builder.slugs import slugify

if TYPE_CHECKING:
    from builder.ingest.gazetteer import Gazetteer
    from builder.ingest.readers import Article

__all__ = ["IngestReport", "ingest", "seed_to_entry"]

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
    """
    root = Path(root)
    content_dir = root / "content"
    report = IngestReport()
    if seeds is None:
        seeds = seed_files(root)
    if not seeds:
        return report
    today = today or dt.datetime.now(config.tz).date()
    ledger = Ledger(content_dir)
    if ledger.problem:
        log(f"ingest: {display_path(ledger.path)}: {ledger.problem}")
    by_seed: dict[str, Path] | None = None
    gazetteer: Gazetteer | None = None
    for seed in seeds:
        seed = Path(seed)
        name = seed.name
        record = ledger.records.get(name)
        if not force and record is not None:
            report.skipped.append(seed)
            continue
        if record is None and by_seed is None:
            by_seed = _entries_by_seed(content_dir)
        existing = ledger.entry_path(record) if record else (by_seed or {}).get(name)
        if not force and existing is not None:
            report.skipped.append(seed)
            continue
        if gazetteer is None:
            # Extraction loads its patterns only now: a build with no new seed never pays.
            from builder.ingest.gazetteer import build_gazetteer

            gazetteer = build_gazetteer(config)
        try:
            outcome = _ingest_one(root, config, gazetteer, ledger, seed, existing, record, today)
        except SeedError as exc:
            problem = Problem(display_path(seed), 0, str(exc))
            report.failed.append(problem)  # the caller reports it, once, on stderr
            continue
        except Exception as exc:  # a bug in ingest must not stop the other seeds
            reason = str(exc) if isinstance(exc, OSError) else f"{type(exc).__name__}: {exc}"
            problem = Problem(display_path(seed), 0, f"could not ingest: {reason}")
            report.failed.append(problem)
            continue
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
    today: dt.date,
) -> tuple[Path, dict[str, Any], str] | None:
    if not seed.exists():
        raise SeedError("not found")
    if seed.is_dir():
        raise SeedError("is a folder, not a seed file")
    if not seed.is_file():
        raise SeedError("not a regular file")
    kept_date = record.date if record else None
    if kept_date is None and existing is not None and existing.exists():
        kept_date = _entry_date(existing)
    meta, body = seed_to_entry(seed, config, gazetteer, today=today, date=kept_date)
    text = dump(meta, body)
    content_dir = root / "content"
    note = ""
    if existing is not None and existing.parent.exists():
        target = existing
    else:
        target = _free_path(content_dir / ENTRIES_DIR, meta["date"], meta["title"])
    if target.exists():
        old = target.read_text("utf-8", errors="replace")
        if old == text:
            ledger.records[seed.name] = Record(
                _content_rel(target, content_dir), sha256_text(text), meta["date"]
            )
            ledger.save()
            return None
        saved = backup(content_dir, target, dt.datetime.now(dt.UTC))
        edited = record is None or sha256_text(old) != record.sha256
        note = f"; {'edited ' if edited else ''}entry backed up to {_rel(saved, root)}"
    atomic_write(target, text)
    ledger.records[seed.name] = Record(
        _content_rel(target, content_dir), sha256_text(text), meta["date"]
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
    """Read one seed and return the entry's front matter and Markdown body (nothing written)."""
    from builder.ingest.gazetteer import build_gazetteer
    from builder.ingest.readers import read_article

    gazetteer = gazetteer or build_gazetteer(config)
    article = read_article(seed, read_seed(seed).text, config.tz)
    if not article.paragraphs and not article.body.strip():
        raise SeedError("no article text found")
    meta = entry_meta(
        article,
        seed.name,
        config,
        gazetteer,
        date or article.date or today or dt.datetime.now(config.tz).date(),
    )
    return meta, article.body


def entry_meta(
    article: Article, seed_name: str, config: SiteConfig, gazetteer: Gazetteer, date: dt.date
) -> dict[str, Any]:
    from builder.ingest.extract import analyse
    from builder.ingest.readers import parse_date
    from builder.ingest.text import headline_from_lede, summary_from

    paragraphs = article.paragraphs
    title = article.title or headline_from_lede(
        next((p for p in paragraphs if len(p.split()) >= 4), paragraphs[0] if paragraphs else "")
    )
    title = title or seed_name
    analysis = analyse(title, paragraphs, gazetteer, config.topics, article.source)
    meta: dict[str, Any] = {
        "title": title,
        "date": date,
    }
    if analysis.source:
        meta["source"] = analysis.source
    if article.source_url and is_safe_url(article.source_url):  # never javascript: etc.
        meta["source_url"] = article.source_url
    meta.update(
        {
            "seed": seed_name,
            "companies": analysis.companies,
            "people": analysis.people,
            "tags": analysis.tags,
            "summary": summary_from(paragraphs),
            "reversals": analysis.reversals,
            "draft": False,
        }
    )
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


def _free_path(folder: Path, date: dt.date, title: str) -> Path:
    base = f"{date:%Y-%m-%d}-{slugify(title, max_length=60)}"
    candidate = folder / f"{base}.md"
    n = 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{base}-{n}.md"
    return candidate


def _content_rel(path: Path, content_dir: Path) -> str:
    try:
        return path.relative_to(content_dir).as_posix()
    except ValueError:
        return path.as_posix()


_SEED_LINE = re.compile(r"^seed:\s*['\"]?(.+?)['\"]?\s*$", re.M)
_DATE_LINE = re.compile(r"^date:\s*['\"]?([^'\"\n]+?)['\"]?\s*$", re.M)


def _front(path: Path) -> str:
    try:
        with path.open("r", encoding="utf-8", errors="replace") as handle:
            head = handle.read(8192)
    except OSError:
        return ""
    head = head.removeprefix("\ufeff").replace("\r\n", "\n")
    if not head.startswith("---\n"):
        return ""
    end = re.search(r"\n(?:---|\.\.\.)\s*(?:\n|$)", head[3:])
    return head[4 : end.start() + 3] if end else head


def _entries_by_seed(content_dir: Path) -> dict[str, Path]:
    """Seed name → entry, from the `seed:` key of every entry (covers a lost ledger)."""
    found: dict[str, Path] = {}
    if not content_dir.is_dir():
        return found
    for path in sorted(content_dir.rglob("*.md")):
        if any(part.startswith(".") for part in path.relative_to(content_dir).parts):
            continue
        match = _SEED_LINE.search(_front(path))
        if match:
            found.setdefault(match.group(1).strip(), path)
    return found


def _entry_date(path: Path) -> dt.date | None:
    from builder.ingest.readers import parse_date

    match = _DATE_LINE.search(_front(path))
    return parse_date(match.group(1)) if match else None


def pending_seeds(root: Path) -> list[Path]:
    """The seeds that have no entry yet: neither the ledger nor any entry's `seed:` names
    them. `digest build --no-ingest` (a site's CI) refuses to publish while there are any,
    so that no entry reaches readers before it reached the repository."""
    seeds = seed_files(root)
    if not seeds:
        return []
    content_dir = root / "content"
    known = set(Ledger(content_dir).records) | set(_entries_by_seed(content_dir))
    return [seed for seed in seeds if seed.name not in known]
