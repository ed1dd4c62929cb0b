"""Measure ingest's extraction against hand-labelled articles.

Run `python -m tests.eval.evaluate --set dev` (or `make eval-ingest`) from the repository root.
Sets: `dev` (articles/, dev/ and dev/batch1-3: the articles rules may be tuned on; batches 1-3
were held out in an earlier round and joined the development set once scored), `batch4`,
`batch5`, `batch7`, `batch9`, `batch11` and `batch13` (tests/eval/test/, held out: score them with
`--quiet`, never read their failures), `batch6`, `batch8`, `batch10`, `batch12` and
`batch14` (dev/: each written fresh before a round's extractor changes, scored once, then
tuned on and part of `dev`), `test` (every held-out batch), each batch alone, and `all`.

Figures, over the chosen set:
- companies: precision / recall / F1 on canonical names;
- reversals: matched on the company (the action is informative and counted apart), with
  precision, recall and the number of false reversals (a company given a reversal it did not
  make);
- title: right when equal to the label after normalising case, quotes and punctuation, or
  close to it (a similarity ratio of at least `TITLE_CLOSE`). A null label means the article
  has no headline: right when the title's words are the body's opening words in order (some
  may be left out, such as an apposition) and it does not end on a word that needs more. A
  title the labeller wrote for a headline-less article (its line says "no printed headline")
  is scored the same way;
- date: exact; a null label means the article prints none: right when ingest claims none
  (a `review` reason, or the fallback day the evaluation passes as `today`);
- source: the outlet that published the article, exactly; null means none.
Without `--quiet` every miss and false hit is listed, article by article.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import yaml

from builder.config import load_config
from builder.ingest import seed_to_entry
from builder.ingest.gazetteer import build_gazetteer

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
LABELS = HERE / "labels.yaml"
DEV = HERE / "dev"
TEST = HERE / "test"
REPO = HERE.parents[1]
# A day no article is dated: ingest falls back to `today` only when it found no date.
NO_DATE = dt.date(1900, 1, 1)
TITLE_CLOSE = 0.9

# Each set: (folder of articles, its labels file).
FOLDERS: dict[str, tuple[Path, Path]] = {
    "articles": (ARTICLES, LABELS),
    "dev": (DEV, DEV / "labels.yaml"),
    "batch1": (DEV / "batch1", DEV / "batch1" / "labels.yaml"),
    "batch2": (DEV / "batch2", DEV / "batch2" / "labels.yaml"),
    "batch3": (DEV / "batch3", DEV / "batch3" / "labels.yaml"),
    "batch4": (TEST / "batch4", TEST / "batch4" / "labels.yaml"),
    "batch5": (TEST / "batch5", TEST / "batch5" / "labels.yaml"),
    "batch6": (DEV / "batch6", DEV / "batch6" / "labels.yaml"),
    "batch7": (TEST / "batch7", TEST / "batch7" / "labels.yaml"),
    "batch8": (DEV / "batch8", DEV / "batch8" / "labels.yaml"),
    "batch9": (TEST / "batch9", TEST / "batch9" / "labels.yaml"),
    "batch10": (DEV / "batch10", DEV / "batch10" / "labels.yaml"),
    "batch11": (TEST / "batch11", TEST / "batch11" / "labels.yaml"),
    "batch12": (DEV / "batch12", DEV / "batch12" / "labels.yaml"),
    "batch13": (TEST / "batch13", TEST / "batch13" / "labels.yaml"),
    "batch14": (DEV / "batch14", DEV / "batch14" / "labels.yaml"),
    "batch15": (DEV / "batch15", DEV / "batch15" / "labels.yaml"),
    "batch16": (TEST / "batch16", TEST / "batch16" / "labels.yaml"),
}
SETS: dict[str, tuple[str, ...]] = {
    "dev": ("articles", "dev", "batch1", "batch2", "batch3", "batch6", "batch8", "batch10",
            "batch12", "batch14", "batch15"),
    "batch1": ("batch1",),
    "batch2": ("batch2",),
    "batch3": ("batch3",),
    "batch4": ("batch4",),
    "batch5": ("batch5",),
    "batch6": ("batch6",),
    "batch7": ("batch7",),
    "batch8": ("batch8",),
    "batch9": ("batch9",),
    "batch10": ("batch10",),
    "batch11": ("batch11",),
    "batch12": ("batch12",),
    "batch13": ("batch13",),
    "batch14": ("batch14",),
    "batch15": ("batch15",),
    "batch16": ("batch16",),
    "test": ("batch4", "batch5", "batch7", "batch9", "batch11", "batch13", "batch16"),
    "all": ("articles", "dev", "batch1", "batch2", "batch3", "batch4", "batch5", "batch6",
            "batch7", "batch8", "batch9", "batch10", "batch11", "batch12", "batch13", "batch14",
            "batch15", "batch16"),
}


# A label whose title the labeller wrote, the article printing none (said in a comment).
_WRITTEN_TITLE = re.compile(r"^(\S+):\n\s+title:[^\n]*#[^\n]*no printed headline", re.M)


@dataclass
class Score:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positive + self.false_negative
        return self.true_positive / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, expected: set, found: set) -> None:
        self.true_positive += len(expected & found)
        self.false_positive += len(found - expected)
        self.false_negative += len(expected - found)

    def line(self, label: str) -> str:
        return (
            f"{label:<10} P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
            f"(tp={self.true_positive} fp={self.false_positive} fn={self.false_negative})"
        )


@dataclass
class Results:
    articles: int = 0
    companies: Score = field(default_factory=Score)
    reversals: Score = field(default_factory=Score)  # on the company
    actions_right: int = 0  # reversals whose company and action both match
    people: Score = field(default_factory=Score)
    titles_right: int = 0
    dates_right: int = 0
    sources_right: int = 0
    slowest: float = 0.0  # seconds, the slowest article
    errors: list[str] = field(default_factory=list)

    @property
    def false_reversals(self) -> int:
        return self.reversals.false_positive


def evaluate(articles: Path = ARTICLES, labels_path: Path = LABELS) -> Results:
    """Score one folder of articles against its labels."""
    return evaluate_folders([(articles, labels_path)])


def evaluate_set(name: str) -> Results:
    """Score a named set. A folder not there yet is left out with a note (merge `eval`)."""
    folders = []
    for articles, labels in (FOLDERS[part] for part in SETS[name]):
        if labels.is_file():
            folders.append((articles, labels))
        else:
            print(f"evaluate: no labels at {labels.relative_to(REPO)}: left out", file=sys.stderr)
    if not folders:
        raise SystemExit(f"evaluate: set {name} has no labelled articles yet")
    return evaluate_folders(folders)


def evaluate_folders(folders: list[tuple[Path, Path]]) -> Results:
    config = load_config(REPO)
    gazetteer = build_gazetteer(config)
    results = Results()
    for articles, labels_path in folders:
        raw = labels_path.read_text("utf-8")
        labels = yaml.safe_load(raw) or {}
        for name in _WRITTEN_TITLE.findall(raw):
            labels[name]["title"] = None
        for name, label in labels.items():
            started = time.perf_counter()
            meta, body = seed_to_entry(articles / name, config, gazetteer, today=NO_DATE)
            results.slowest = max(results.slowest, time.perf_counter() - started)
            _score(results, f"{articles.name}/{name}", label or {}, meta, body)
    return results


def _score(
    results: Results, name: str, label: dict[str, Any], meta: dict[str, Any], body: str
) -> None:
    results.articles += 1
    errors = results.errors
    expected_companies = set(label.get("companies") or [])
    found_companies = set(meta["companies"])
    results.companies.add(expected_companies, found_companies)
    for company in sorted(expected_companies - found_companies):
        errors.append(f"{name}: missed company {company}")
    for company in sorted(found_companies - expected_companies):
        errors.append(f"{name}: false company {company}")

    expected_pairs = {(r["company"], r["action"]) for r in label.get("reversals") or []}
    found_pairs = {(r["company"], r["action"]) for r in meta["reversals"]}
    expected_reversals = {company for company, _ in expected_pairs}
    found_reversals = {company for company, _ in found_pairs}
    results.reversals.add(expected_reversals, found_reversals)
    results.actions_right += len(
        {c for c, a in expected_pairs & found_pairs} & expected_reversals
    )
    for company in sorted(expected_reversals - found_reversals):
        errors.append(f"{name}: missed reversal by {company}")
    for company in sorted(found_reversals - expected_reversals):
        actions = sorted(a for c, a in found_pairs if c == company)
        errors.append(f"{name}: false reversal by {company} ({', '.join(actions)})")

    expected_people = set(label.get("people") or [])
    found_people = set(meta["people"])
    results.people.add(expected_people, found_people)
    for person in sorted(expected_people ^ found_people):
        kind = "missed" if person in expected_people else "false"
        errors.append(f"{name}: {kind} person {person}")

    reasons = [str(r) for r in meta.get("review") or []]
    if _title_right(label.get("title"), str(meta["title"]), body):
        results.titles_right += 1
    else:
        errors.append(f"{name}: title {meta['title']!r}, expected {label.get('title')!r}")
    found_date = _claimed_date(meta, reasons)
    if found_date == _as_date(label.get("date")):
        results.dates_right += 1
    else:
        errors.append(f"{name}: date {found_date}, expected {label.get('date')}")
    if meta.get("source") == label.get("source"):
        results.sources_right += 1
    else:
        errors.append(f"{name}: source {meta.get('source')!r}, expected {label.get('source')!r}")


def normalise_title(title: str) -> str:
    """Case, quotes, dashes and punctuation do not make a title wrong."""
    text = unicodedata.normalize("NFKC", title).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _title_right(expected: str | None, found: str, body: str) -> bool:
    if expected is None:
        return _from_the_lede(normalise_title(found).split(), normalise_title(body).split())
    a, b = normalise_title(expected), normalise_title(found)
    return a == b or SequenceMatcher(None, a, b).ratio() >= TITLE_CLOSE


_DANGLING = {"a", "an", "the", "to", "of", "and", "or", "but", "that", "which", "its", "their",
             "is", "was", "has", "had", "would", "will", "could", "as", "it", "not"}


def _from_the_lede(title: list[str], body: list[str]) -> bool:
    """The title's words come in order from the body's first 60 words, and end cleanly."""
    if not title or title[-1] in _DANGLING:
        return False
    words = iter(body[:60])
    return all(any(word == candidate for candidate in words) for word in title)


def _claimed_date(meta: dict[str, Any], reasons: list[str]) -> dt.date | None:
    """The date ingest says the article has; None when it says it found none."""
    if any(r.startswith("no date") for r in reasons):
        return None
    found = _as_date(meta.get("date"))
    return None if found == NO_DATE else found


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    return None


def report(name: str, results: Results) -> list[str]:
    n = results.articles
    expected = results.reversals.true_positive + results.reversals.false_negative
    return [
        f"ingest evaluation, set {name}: {n} labelled articles",
        results.companies.line("companies"),
        results.reversals.line("reversals"),
        f"false reversals {results.false_reversals}; "
        f"actions right {results.actions_right}/{expected}",
        results.people.line("people"),
        f"titles {results.titles_right}/{n}  dates {results.dates_right}/{n}  "
        f"sources {results.sources_right}/{n}",
        f"slowest article {results.slowest:.3f} s",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=sorted(SETS), default="dev")
    parser.add_argument(
        "--quiet", action="store_true", help="aggregates only (use it for the test sets)"
    )
    args = parser.parse_args(argv)
    results = evaluate_set(args.set)
    if not args.quiet:
        for error in results.errors:
            print(f"  {error}")
    print("\n".join(report(args.set, results)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
