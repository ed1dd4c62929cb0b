"""Ingest quality on the labelled evaluation set (tests/eval): F1 must stay at 0.95 or above."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `tests.eval` as a package

from tests.eval.evaluate import evaluate  # noqa: E402


def test_extraction_quality() -> None:
    results = evaluate()
    report = "\n".join(results.errors)
    assert results.articles >= 18
    assert results.companies.f1 >= 0.95, report
    assert results.reversals.f1 >= 0.95, report
    assert results.sources_right >= 0.9 * results.articles, report
