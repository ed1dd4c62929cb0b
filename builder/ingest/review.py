"""What ingest is unsure of, and `digest review`: the entries that wait for an editor.

Ingest never lets a guess reach readers as fact. When it cannot establish something (the
article prints no date, no reversal is found, a reversal rests on a weak cue, the entry may
repeat another: `duplicates.py`),
the entry gets a `review:` list of reasons and `draft: true`, as Hugo's new content starts as a
draft. An editor checks the entry, fixes what is wrong and deletes both keys: an ordinary edit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from builder.errors import SiteError

if TYPE_CHECKING:
    from builder.ingest.extract import Analysis
    from builder.ingest.readers import Article

NO_DATE = "no date in the article"
NO_REVERSAL = "no reversal found"


def review_reasons(article: Article, analysis: Analysis, date: dt.date) -> list[str]:
    """Why this entry needs an editor's look; empty when ingest found all it needs."""
    reasons: list[str] = []
    if article.date is None:
        reasons.append(f"{NO_DATE}: dated {date:%Y-%m-%d}, the day of the seed file; check it")
    reasons.extend(article.notes)
    if not analysis.reversals:
        reasons.append(f"{NO_REVERSAL}: add one, or confirm the article reports none")
    reasons.extend(analysis.doubts)
    return reasons


@dataclass(frozen=True)
class Pending:
    """One entry waiting for an editor."""

    path: Path
    draft: bool
    reasons: tuple[str, ...]


def pending(root: Path) -> tuple[list[Pending], list[SiteError]]:
    """Every entry under content/ with a `review:` list, in path order, and unreadable ones."""
    import yaml

    from builder.content_files import entry_files
    from builder.frontmatter import split

    found: list[Pending] = []
    errors: list[SiteError] = []
    for path in entry_files(root):
        rel = path.relative_to(root).as_posix()
        try:
            text = path.read_text("utf-8")
            meta = yaml.safe_load(split(text, path).yaml_text)
        except SiteError as exc:
            errors.append(exc)
            continue
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            errors.append(SiteError.at(path, 0, f"cannot read: {type(exc).__name__}"))
            continue
        if not isinstance(meta, dict):
            continue
        reasons = meta.get("review") or []
        if isinstance(reasons, str):
            reasons = [reasons]
        if reasons:
            found.append(
                Pending(Path(rel), meta.get("draft") is True, tuple(str(r) for r in reasons))
            )
    return found, errors
