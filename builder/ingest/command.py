"""A second extractor: the site's `extract_command` (an LLM CLI, a script) reads the article.

The command gets the article on stdin, as a plain-text seed with header lines (`Title:`,
`Date:`, `Source:`, `URL:`, then the paragraphs), and the seed's file name in the environment
variable `DIGEST_SEED`. It answers on stdout with one JSON object holding any of the entry's
fields (`title`, `date`, `source`, `source_url`, `companies`, `people`, `tags`, `summary`,
`reversals`, `review`). What it gives replaces what the rules found; what it leaves out is
kept from the rules. The answer must pass the same checks as an entry file: a bad answer (no
JSON, an unknown key, a reversal by a company it does not list, a failure, a timeout) is
reported with the seed's name, and the rules' entry is written instead.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING, Any

from builder.errors import SiteError

if TYPE_CHECKING:
    from builder.config import SiteConfig
    from builder.ingest.readers import Article

TIMEOUT_SECONDS = 120
ANSWER_KEYS = (
    "title",
    "date",
    "source",
    "source_url",
    "companies",
    "people",
    "tags",
    "summary",
    "reversals",
    "review",
)
_LISTS = ("companies", "people", "tags", "review")
_TEXTS = ("title", "date", "source", "source_url", "summary")


class ExtractCommandError(Exception):
    """The command failed or gave an answer that breaks the entry contract."""


def article_text(article: Article) -> str:
    """The article as the command reads it: header lines, a blank line, the paragraphs."""
    headers = [
        ("Title", article.title),
        ("Date", article.date.isoformat() if article.date else None),
        ("Source", article.source),
        ("URL", article.source_url),
    ]
    head = "".join(f"{key}: {value}\n" for key, value in headers if value)
    return head + "\n" + "\n\n".join(article.paragraphs) + "\n"


def ask(config: SiteConfig, seed: Path, article: Article) -> dict[str, Any]:
    """Run the command on one article and return its checked answer."""
    try:
        done = subprocess.run(
            config.extract_command,
            input=article_text(article),
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT_SECONDS,
            cwd=config.root,
            env={**os.environ, "DIGEST_SEED": seed.name},
            check=False,
        )
    except FileNotFoundError:
        raise ExtractCommandError(f"{config.extract_command[0]}: command not found") from None
    except subprocess.TimeoutExpired:
        raise ExtractCommandError(f"no answer in {TIMEOUT_SECONDS} s") from None
    except OSError as exc:
        raise ExtractCommandError(f"could not run: {exc.strerror or exc}") from None
    if done.returncode != 0:
        said = done.stderr.strip().splitlines()[-1:] or ["no message"]
        raise ExtractCommandError(f"exited with status {done.returncode}: {said[0][:200]}")
    try:
        answer = json.loads(done.stdout)
    except ValueError as exc:
        raise ExtractCommandError(f"answer is not JSON ({exc})") from None
    return check_answer(answer)


def check_answer(answer: Any) -> dict[str, Any]:
    """The answer's shape: a JSON object of known keys with values of the right type."""
    if not isinstance(answer, dict):
        raise ExtractCommandError("answer must be a JSON object of entry fields")
    for key in answer:
        if key not in ANSWER_KEYS:
            raise ExtractCommandError(f"unknown key '{key}' (known: {', '.join(ANSWER_KEYS)})")
    for key in _TEXTS:
        if key in answer and not isinstance(answer[key], str):
            raise ExtractCommandError(f"'{key}' must be text")
    for key in _LISTS:
        value = answer.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ExtractCommandError(f"'{key}' must be a list of names")
    reversals = answer.get("reversals", [])
    if not isinstance(reversals, list) or not all(
        isinstance(r, dict) and set(r) <= {"company", "action", "text"} for r in reversals
    ):
        raise ExtractCommandError(
            "'reversals' must be a list of objects with 'company', 'action' and 'text'"
        )
    return answer


def validate_entry(seed: Path, text: str, config: SiteConfig) -> None:
    """The merged entry must load as an entry file would: the same contract, the same checks."""
    from builder.content import load_entry

    answer_path = seed.parent / f"{seed.name}.answer.md"
    try:
        load_entry(seed.parent, answer_path, text.encode("utf-8"), config.tz)
    except SiteError as exc:
        first = exc.problems[0]
        raise ExtractCommandError(f"answer breaks the entry contract: {first.message}") from None


def merged_entry(
    seed: Path, config: SiteConfig, article: Article, meta: dict[str, Any], body: str
) -> dict[str, Any]:
    """The rules' entry with the command's answer laid over it; on a bad answer, the rules'
    entry as it was, and the reason on stderr as `seed:0: message`."""
    import datetime as dt
    import sys

    from builder.errors import Problem, display_path
    from builder.frontmatter import dump
    from builder.ingest.review import NO_DATE, NO_REVERSAL

    try:
        answer = ask(config, seed, article)
        merged = {**meta, **answer}
        if "date" in answer:
            try:
                merged["date"] = dt.date.fromisoformat(answer["date"])
            except ValueError:
                raise ExtractCommandError("'date' must be YYYY-MM-DD") from None
        still = [
            reason
            for reason in meta.get("review", [])
            if not (reason.startswith(NO_DATE) and "date" in answer)
            and not (reason.startswith(NO_REVERSAL) and answer.get("reversals"))
        ]
        review = still + [r for r in answer.get("review", []) if r not in still]
        merged.pop("review", None)
        merged["draft"] = bool(review)
        if review:
            merged["review"] = review
        validate_entry(seed, dump(merged, body), config)
        return merged
    except ExtractCommandError as exc:
        reason = f"extract command: {exc}; the rules' entry is used"
        problem = Problem(display_path(seed), 0, reason)
        print(problem, file=sys.stderr)
        return meta
