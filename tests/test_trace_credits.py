"""The crediting trace (tests/eval/trace_credits.py) names the rule behind each credit and
counts it as right or wrong against what a probe expects."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.eval.trace_credits import audit_probe

REPO = Path(__file__).resolve().parent.parent


def _probe(tmp_path: Path) -> Path:
    probe = tmp_path / "probe.py"
    probe.write_text(
        'DATE = "2026-03-04"\n'
        "CASES = [\n"
        '    ("Aldi has scrapped its bag charge.", {"Aldi"}),\n'
        '    ("Lidl said it had scrapped its bag charge.", set()),\n'
        "]\n",
        "utf-8",
    )
    return probe


def test_each_credit_is_counted_under_the_rule_that_made_it(tmp_path: Path) -> None:
    audit = audit_probe(_probe(tmp_path))
    assert sum(audit.right.values()) == 1
    assert sum(audit.wrong.values()) == 1
    assert audit.right["subject: resolve (company)"] == 1
    assert audit.wrong["subject: resolve (anaphor)"] == 1
    assert audit.wrong_cases[0].startswith("Lidl said it had scrapped")


def test_the_command_prints_the_table_and_refuses_held_out_sets(tmp_path: Path) -> None:
    run = [sys.executable, "-m", "tests.eval.trace_credits"]
    table = subprocess.run(
        [*run, "--probe", str(_probe(tmp_path))], cwd=REPO, capture_output=True, text=True,
        check=True,
    )
    assert "| subject: resolve (anaphor) | 0 | 1 |" in table.stdout
    refused = subprocess.run([*run, "--set", "test"], cwd=REPO, capture_output=True, text=True)
    assert refused.returncode != 0
