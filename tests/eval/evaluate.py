"""Measure ingest's extraction against the hand-labelled articles in this folder.

Run `python -m tests.eval.evaluate` (or `make eval-ingest`) from the repository root. It prints,
over all articles, company precision/recall/F1 (a company matches by canonical name) and
reversal precision/recall/F1 (a reversal matches on company + action), plus source accuracy,
and lists every miss and false hit so a regression is easy to read.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from builder.config import load_config
from builder.ingest import seed_to_entry
from builder.ingest.gazetteer import build_gazetteer

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
LABELS = HERE / "labels.yaml"
REPO = HERE.parents[1]


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
    reversals: Score = field(default_factory=Score)
    people: Score = field(default_factory=Score)
    sources_right: int = 0
    errors: list[str] = field(default_factory=list)


def evaluate(articles: Path = ARTICLES, labels_path: Path = LABELS) -> Results:
    labels = yaml.safe_load(labels_path.read_text("utf-8"))
    config = load_config(REPO)
    gazetteer = build_gazetteer(config)
    results = Results()
    for name, label in labels.items():
        meta, _ = seed_to_entry(articles / name, config, gazetteer, today=dt.date(2026, 1, 1))
        results.articles += 1
        expected_companies = set(label.get("companies") or [])
        found_companies = set(meta["companies"])
        results.companies.add(expected_companies, found_companies)
        expected_reversals = {(r["company"], r["action"]) for r in label.get("reversals") or []}
        found_reversals = {(r["company"], r["action"]) for r in meta["reversals"]}
        results.reversals.add(expected_reversals, found_reversals)
        expected_people = set(label.get("people") or [])
        found_people = set(meta["people"])
        results.people.add(expected_people, found_people)
        for person in sorted(expected_people ^ found_people):
            kind = "missed" if person in expected_people else "false"
            results.errors.append(f"{name}: {kind} person {person}")
        if meta.get("source") == label.get("source"):
            results.sources_right += 1
        else:
            results.errors.append(
                f"{name}: source {meta.get('source')!r}, expected {label.get('source')!r}"
            )
        for company in sorted(expected_companies - found_companies):
            results.errors.append(f"{name}: missed company {company}")
        for company in sorted(found_companies - expected_companies):
            results.errors.append(f"{name}: false company {company}")
        for company, action in sorted(expected_reversals - found_reversals):
            results.errors.append(f"{name}: missed reversal {company} / {action}")
        for company, action in sorted(found_reversals - expected_reversals):
            results.errors.append(f"{name}: false reversal {company} / {action}")
    return results


def main() -> int:
    results = evaluate()
    for error in results.errors:
        print(f"  {error}")
    print(f"ingest evaluation over {results.articles} labelled articles")
    print(results.companies.line("companies"))
    print(results.reversals.line("reversals"))
    print(results.people.line("people"))
    print(f"sources    {results.sources_right}/{results.articles} right")
    return 0


if __name__ == "__main__":
    sys.exit(main())
