"""The front matter table (`builder/fields.py`): every key of the contract is read, checked
and written by its one row."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import yaml

from builder.check import check
from builder.content import Entry
from builder.fields import FIELDS, KEY_ORDER, Shows
from builder.frontmatter import dump
from tests.conftest import run_digest, tree_bytes
from tests.test_reliability_support import GOOD_ENTRY, make_site

# What an Entry holds that is not a front matter value: the file's own facts, and what a
# row works out besides its value (`date` → has_time, `slug` → slug_line).
_NOT_FROM_A_ROW = {"rel_path", "body", "body_line", "digest", "links", "has_time", "slug_line"}

REVIEWED = GOOD_ENTRY.replace("draft: false\n", """\
    event: meta-ai-mandate-reversal
draft: true
review: [no date in the seed, "company guessed from 'Facebook'"]
""")


def test_every_entry_value_from_front_matter_has_exactly_one_row() -> None:
    attrs = [row.attr for row in FIELDS]
    assert len(set(attrs)) == len(attrs) and len({row.key for row in FIELDS}) == len(FIELDS)
    assert {f.name for f in dataclasses.fields(Entry)} - _NOT_FROM_A_ROW == set(attrs)
    assert {row.key for row in FIELDS if row.shows is Shows.SHAPE} >= {
        "date", "companies", "tags", "reversals"}


def test_review_draft_and_event_from_ingest_pass_check_and_never_reach_readers(
        tmp_path: Path) -> None:
    """What ingest writes for an editor (review reasons, draft: true, an event id) is valid
    front matter; a build with drafts shows the entry, and none of the review reasons."""
    root = make_site(tmp_path / "site", entries={"2026-11-20-reviewed.md": REVIEWED})
    assert check(root) == []
    run_digest(root, "build", "--drafts", "--no-search", check=True)
    public = tree_bytes(root / "public")
    assert "entries/reviewed/index.html" in public
    assert not [path for path, data in public.items() if b"no date in the seed" in data]


def test_values_of_the_wrong_type_are_each_reported_at_their_line(tmp_path: Path) -> None:
    text = GOOD_ENTRY.replace("source: Fast Company\n", "source: [Fast, Company]\nseed: {a: 1}\n")
    text = text.replace("summary: Meta changed course.\n", "summary: [x]\nreview: 7\n")
    text = text.replace("    text: Meta reversed its mandate.\n",
                        "    text: Meta reversed its mandate.\n    colour: red\n")
    root = make_site(tmp_path / "site", entries={"2026-11-20-bad.md": text})
    found = [(p.line, p.message) for p in check(root)]
    assert found == [
        (4, "'source' must be text, not list"),
        (5, "'seed' must be text, not dict"),
        (8, "'summary' must be text, not list"),
        (9, "'review' must be a list of names"),
        (11, "unknown key 'colour' in reversal (known: company, action, text, event)"),
    ]


def test_written_entries_follow_the_table_order_then_other_keys_alphabetically() -> None:
    meta = {key: "x" for key in [*KEY_ORDER, "slug", "zeta", "alpha"]}
    shuffled = list(meta.items())
    random.Random(7).shuffle(shuffled)
    text = dump(dict(shuffled), "Body.")
    written = list(yaml.safe_load(text.split("---\n")[1]))
    assert written == [*KEY_ORDER, "alpha", "slug", "zeta"]
    assert "review" in KEY_ORDER and "slug" not in KEY_ORDER  # slug is for editors to add
