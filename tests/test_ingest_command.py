"""The second extractor: `extract_command` in site.yaml, tried with small fake commands."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from builder.config import load_config
from builder.errors import SiteError
from tests.conftest import run_digest

STORY = (
    "Date: 2026-03-04\n\nNestlé pauses remote-work cut\n\n"
    "GENEVA, March 4 (Reuters) - Nestlé has paused its plan to cut remote work for office "
    "staff.\n"
)
# Answers with what it read: the title line of stdin and the seed's name from the environment.
GOOD = """
import json, os, sys
article = sys.stdin.read()
title = next(line[7:] for line in article.splitlines() if line.startswith("Title: "))
print(json.dumps({
    "title": "LLM: " + title,
    "summary": "seed " + os.environ["DIGEST_SEED"],
    "companies": ["Nestlé", "Swiss Re"],
    "reversals": [{"company": "Swiss Re", "action": "paused", "text": "It paused too."}],
}))
"""
BAD_COMPANY = """
import json, sys
sys.stdin.read()
print(json.dumps({"companies": ["Nestlé"],
                  "reversals": [{"company": "Acme", "action": "paused", "text": "x"}]}))
"""
NOT_JSON = "import sys; sys.stdin.read(); print('I think the company is Nestlé.')"
FAILS = "import sys; sys.stdin.read(); sys.exit('model not found')"
UNKNOWN_KEY = "import json, sys; sys.stdin.read(); print(json.dumps({'headline': 'x'}))"
BAD_DATE = "import json, sys; sys.stdin.read(); print(json.dumps({'date': 'yesterday'}))"


def site_with_command(site: Path, script: str) -> Path:
    (site / "extract.py").write_text(script, "utf-8")
    settings = yaml.safe_load((site / "site.yaml").read_text("utf-8"))
    settings["extract_command"] = [sys.executable, "extract.py"]
    (site / "site.yaml").write_text(yaml.safe_dump(settings, allow_unicode=True), "utf-8")
    for seed in (site / "seeds").iterdir():
        seed.unlink()
    (site / "seeds" / "nestle.txt").write_text(STORY, "utf-8")
    return site


def the_entry(site: Path) -> dict:
    [path] = (site / "content" / "entries").glob("*.md")
    return yaml.safe_load(path.read_text("utf-8").split("---\n")[1])


def test_the_commands_answer_replaces_the_rules_fields(site: Path) -> None:
    site_with_command(site, GOOD)
    result = run_digest(site, "ingest", check=True)
    assert result.stderr == ""
    meta = the_entry(site)
    assert meta["title"] == "LLM: Nestlé pauses remote-work cut"
    assert meta["summary"] == "seed nestle.txt"
    assert meta["companies"] == ["Nestlé", "Swiss Re"]
    assert meta["reversals"] == [
        {"company": "Swiss Re", "action": "paused", "text": "It paused too."}
    ]
    assert meta["source"] == "Reuters"  # not in the answer: the rules' value stays
    assert str(meta["date"]) == "2026-03-04" and meta["draft"] is False


@pytest.mark.parametrize(
    ("script", "message"),
    [
        (BAD_COMPANY, "answer breaks the entry contract"),
        (NOT_JSON, "answer is not JSON"),
        (FAILS, "exited with status 1: model not found"),
        (UNKNOWN_KEY, "unknown key 'headline'"),
        (BAD_DATE, "'date' must be YYYY-MM-DD"),
    ],
)
def test_a_bad_answer_names_the_seed_and_the_rules_take_over(
    site: Path, script: str, message: str
) -> None:
    site_with_command(site, script)
    result = run_digest(site, "ingest")
    assert result.returncode == 0
    assert result.stderr.startswith("seeds/nestle.txt:1: extract command: ")
    assert message in result.stderr and "the rules' entry is used" in result.stderr
    meta = the_entry(site)
    assert meta["title"] == "Nestlé pauses remote-work cut"
    assert meta["reversals"][0]["company"] == "Nestlé"


def test_extract_command_setting_is_checked(site: Path) -> None:
    text = (site / "site.yaml").read_text("utf-8")
    (site / "site.yaml").write_text(text + "extract_command: [llm, 3]\n", "utf-8")
    with pytest.raises(SiteError, match="extract_command"):
        load_config(site)
    (site / "site.yaml").write_text(text + "extract_command: llm -m 'my model'\n", "utf-8")
    assert load_config(site).extract_command == ("llm", "-m", "my model")
