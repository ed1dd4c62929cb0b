"""Which crediting rule gave each reversal ingest credits, and how often each rule is right.

A debugging aid for tuning the crediting rules (issue 15): it wraps the helpers of
`builder.ingest.extract` that pick a reversal's company, records which of them named the
credited firm, and scores each rule against the labels of a development set (never a held-out
one) or against the passages of a probe.

    python -m tests.eval.trace_credits --set dev           # a table: rule, right, wrong
    python -m tests.eval.trace_credits --set dev --wrong   # and every wrong credit, with its rule
    python -m tests.eval.trace_credits --probe tests/test_ingest_phrasings5.py
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from builder.config import load_config
from builder.ingest import extract, seed_to_entry
from builder.ingest.gazetteer import build_gazetteer
from tests.eval.evaluate import FOLDERS, NO_DATE, SETS, TEST

# The helpers that may name a reversal's company, outermost first. `_subject` calls the others
# below it; a credit `_subject` made without any of them came from its own inline rules (a
# unit of its parent, a possessor of a cue noun, an aside, a site "at X").
_REPO = Path(__file__).resolve().parents[2]
_PICKERS = (
    "_former_or_latter", "_subject", "_continued_quote", "_coordinated", "_followers",
    "_listed_after", "_passive_agent", "_relative_antecedent", "_resolve", "_subject_after",
    "_quoted_we", "_topic_company",
)


def _tunable(name: str) -> bool:
    """Whether a set holds only articles one may tune on (none under tests/eval/test/)."""
    return all(TEST not in FOLDERS[part][0].parents for part in SETS[name])


@dataclass
class _Call:
    name: str
    sentence: str
    result: Any
    depth: int
    detail: str = ""


@dataclass
class Tracer:
    """Records every call of the picking helpers while one article is ingested."""

    calls: list[_Call] = field(default_factory=list)
    depth: int = 0

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def traced(*args: Any, **kwargs: Any) -> Any:
            self.depth += 1
            try:
                result = function(*args, **kwargs)
            finally:
                self.depth -= 1
            first = args[0] if args else ""
            sentence = getattr(first, "text", first if isinstance(first, str) else "")
            detail = args[1].kind if name == "_resolve" else ""
            self.calls.append(_Call(name, sentence, result, self.depth, detail))
            return result

        return traced

    def rule_for(self, company: str, sentence: str) -> str:
        """The rule that named `company` for the reversal told in `sentence`."""
        named = [c for c in self.calls if sentence.startswith(c.sentence.strip()[:60])
                 and (c.result == company or (isinstance(c.result, list) and company in c.result))]
        if not named:
            return "previous act (noun follows / followed in the next sentence)"
        outer = [c for c in named if c.depth == 0]
        top = outer[0] if outer else named[0]
        if top.name != "_subject":
            return top.name.lstrip("_")
        inner = [c for c in named if c.depth > 0 and c.name != "_subject"]
        if not inner:
            return "subject: inline (possessor / unit / aside / site / ours)"
        pick = inner[0]
        return f"subject: {pick.name.lstrip('_')}" + (f" ({pick.detail})" if pick.detail else "")


@dataclass
class Audit:
    right: Counter = field(default_factory=Counter)
    wrong: Counter = field(default_factory=Counter)
    wrong_cases: list[str] = field(default_factory=list)

    def table(self) -> str:
        rules = sorted(set(self.right) | set(self.wrong),
                       key=lambda rule: -self.right[rule] - self.wrong[rule])
        lines = ["| rule | right | wrong |", "|---|---|---|"]
        lines += [f"| {rule} | {self.right[rule]} | {self.wrong[rule]} |" for rule in rules]
        return "\n".join(lines)


def _traced(tracer: Tracer) -> Iterator[None]:
    """The picking helpers wrapped by `tracer` until the generator is resumed."""
    originals = {name: getattr(extract, name) for name in _PICKERS}
    for name, function in originals.items():
        setattr(extract, name, tracer.wrap(name, function))
    try:
        yield
    finally:
        for name, function in originals.items():
            setattr(extract, name, function)


def _score_one(audit: Audit, label: str, meta: dict[str, Any], expected: set[str],
               tracer: Tracer) -> None:
    weak = {reason.split(" says that ")[1].removesuffix(" reversed something")
            for reason in meta.get("review") or [] if reason.startswith("weak cue:")}
    for reversal in meta["reversals"]:
        rule = tracer.rule_for(reversal["company"], reversal["text"])
        rule += ", weak cue (in review)" if reversal["company"] in weak else ""
        if reversal["company"] in expected:
            audit.right[rule] += 1
        else:
            audit.wrong[rule] += 1
            told = reversal["text"][:160]
            audit.wrong_cases.append(f"{label}: {reversal['company']} [{rule}] {told}")


def audit_set(name: str) -> Audit:
    if not _tunable(name):
        raise SystemExit("trace_credits: held-out sets are never traced")
    config = load_config(_REPO)
    gazetteer = build_gazetteer(config)
    audit = Audit()
    for part in SETS[name]:
        articles, labels_path = FOLDERS[part]
        labels = yaml.safe_load(labels_path.read_text("utf-8")) or {}
        for file, label in labels.items():
            tracer = Tracer()
            generator = _traced(tracer)
            next(generator)
            try:
                meta, _ = seed_to_entry(articles / file, config, gazetteer, today=NO_DATE)
            finally:
                next(generator, None)
            expected = {r["company"] for r in (label or {}).get("reversals") or []}
            _score_one(audit, f"{articles.name}/{file}", meta, expected, tracer)
    return audit


def audit_probe(path: Path) -> Audit:
    spec = importlib.util.spec_from_file_location("probe", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader
    spec.loader.exec_module(module)
    config = load_config(_REPO)
    audit = Audit()
    with tempfile.TemporaryDirectory() as folder:
        seed = Path(folder) / "probe.txt"
        for passage, expected in module.CASES:
            header = "" if passage.startswith("Title:") else "\n"
            seed.write_text(f"Date: {module.DATE}\n{header}{passage}\n", "utf-8")
            tracer = Tracer()
            generator = _traced(tracer)
            next(generator)
            try:
                meta, _ = seed_to_entry(seed, config)
            finally:
                next(generator, None)
            _score_one(audit, passage[:50], meta, expected, tracer)
    return audit


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=sorted(n for n in SETS if _tunable(n)))
    parser.add_argument("--probe", type=Path)
    parser.add_argument("--wrong", action="store_true", help="list every wrong credit")
    args = parser.parse_args(argv)
    audit = audit_probe(args.probe) if args.probe else audit_set(args.set or "dev")
    if args.wrong:
        print("\n".join(audit.wrong_cases))
    print(audit.table())
    return 0


if __name__ == "__main__":
    sys.exit(main())
