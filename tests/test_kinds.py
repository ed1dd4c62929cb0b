"""The output kinds registry (`builder.kinds`), proved by /data/reversals.json: it lists every
published reversal event, and an incremental build after any kind of edit gives the
same bytes as a cold build, through `digest build` and through serve's in-memory rebuilds."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from builder.build import Builder
from builder.config import load_config
from builder.content import load_entry
from builder.content_files import entry_files
from builder.keys import CardDigests
from builder.kinds import KIND_NAMED, KINDS
from builder.plan import plan, positions, replan
from builder.site import Site, build_site
from tests.conftest import REPO, run_digest, tree_bytes

SETTINGS = """\
title: Kinds test
base_url: https://example.org/digest/
timezone: UTC
per_page: 2
companies:
  - name: Meta
    aliases: [Facebook]
"""

ENTRIES = {
    "2024-03-01-meta.md": """\
---
title: Meta drops its "AI-first" <rule>
date: 2024-03-01
source: Example News
companies: [Facebook, Acme Corp]
tags: [ai-policy]
summary: Meta walked back a rule.
reversals:
- company: Facebook
  action: dropped
  text: Meta dropped the "AI-first" rule </script> this week.
- company: Acme Corp
  action: paused
  text: Acme paused its own version.
---
Body of the Meta entry.
""",
    "2024-02-01-acme.md": """\
---
title: Acme brings staff back
date: 2024-02-01
source: Example News
companies: [Acme Corp]
tags: [return-to-office]
summary: Acme reversed its office rule.
reversals:
- company: Acme Corp
  action: reversed
  text: Acme reversed its office rule.
---
Body of the Acme entry.
""",
    "2024-01-15-plain.md": """\
---
title: An entry without reversals
date: 2024-01-15
source: Example News
companies: [Acme Corp]
tags: [return-to-office]
summary: Nothing walked back.
---
Body.
""",
    "2024-04-01-draft.md": """\
---
title: A draft
date: 2024-04-01
source: Example News
companies: [Acme Corp]
summary: Not yet.
reversals:
- company: Acme Corp
  action: cancelled
  text: A draft reversal no reader may see.
draft: true
---
Body.
""",
}


@pytest.fixture
def digest(tmp_path: Path) -> Path:
    root = tmp_path / "digest"
    (root / "content" / "entries").mkdir(parents=True)
    (root / "site.yaml").write_text(SETTINGS, encoding="utf-8")
    for name, text in ENTRIES.items():
        (root / "content" / "entries" / name).write_text(text, encoding="utf-8")
    shutil.copytree(REPO / "templates", root / "templates")
    return root


def _reversals(root: Path) -> list[dict[str, str]]:
    data = json.loads((root / "public" / "data" / "reversals.json").read_text(encoding="utf-8"))
    return data["reversals"]


def test_reversals_json_lists_every_published_reversal_event(digest: Path) -> None:
    run_digest(digest, "build", "--no-search", check=True)
    site = "https://example.org/digest/"
    meta = {"entry": "meta", "title": 'Meta drops its "AI-first" <rule>',
            "outlet": "Example News", "date": "2024-03-01", "url": f"{site}entries/meta/",
            "source_url": ""}
    assert _reversals(digest) == [
        {"id": "meta-ai-first-rule-script-2024-03", "company": "Meta", "company_slug": "meta",
         "action": "dropped", "kind": "abandon", "topics": ["ai-policy"],
         "first_reported": "2024-03-01",
         "summary": 'Meta dropped the "AI-first" rule </script> this week.', "sources": 1,
         "url": f"{site}reversals/meta-ai-first-rule-script-2024-03/",
         "reports": [{**meta, "quote": 'Meta dropped the "AI-first" rule </script> this week.'}]},
        {"id": "acme-corp-own-version-2024-03", "company": "Acme Corp",
         "company_slug": "acme-corp", "action": "paused", "kind": "pause",
         "topics": ["ai-policy"], "first_reported": "2024-03-01",
         "summary": "Acme paused its own version.", "sources": 1,
         "url": f"{site}reversals/acme-corp-own-version-2024-03/",
         "reports": [{**meta, "quote": "Acme paused its own version."}]},
        {"id": "acme-corp-office-rule-2024-02", "company": "Acme Corp",
         "company_slug": "acme-corp", "action": "reversed", "kind": "undo",
         "topics": ["return-to-office"], "first_reported": "2024-02-01",
         "summary": "Acme reversed its office rule.", "sources": 1,
         "url": f"{site}reversals/acme-corp-office-rule-2024-02/",
         "reports": [{"entry": "acme", "title": "Acme brings staff back",
                      "outlet": "Example News", "date": "2024-02-01",
                      "url": f"{site}entries/acme/", "source_url": "",
                      "quote": "Acme reversed its office rule."}]},
    ]


def _edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / "content" / "entries" / name
    text = path.read_text(encoding="utf-8")
    assert old in text, (name, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


EDITS = {
    "title": lambda root: _edit(root, "2024-02-01-acme.md", "title: Acme", "title: Edited Acme"),
    # The outlet shows in the company's timeline (a fragment per version of the event).
    "outlet": lambda root: _edit(root, "2024-02-01-acme.md", "source: Example News",
                                 "source: Other News"),
    "reversal text": lambda root: _edit(root, "2024-02-01-acme.md", "text: Acme reversed",
                                        "text: Acme quietly reversed"),
    "company": lambda root: _edit(root, "2024-03-01-meta.md", "- company: Acme Corp\n",
                                  "- company: Facebook\n"),
    "date": lambda root: _edit(root, "2024-02-01-acme.md", "date: 2024-02-01",
                               "date: 2024-05-01"),
    "draft published": lambda root: _edit(root, "2024-04-01-draft.md", "draft: true",
                                          "draft: false"),
    "reversal added": lambda root: _edit(root, "2024-01-15-plain.md", "summary: Nothing",
                                         "reversals:\n- company: Acme Corp\n  action: undid\n"
                                         "  text: Acme undid it.\nsummary: Nothing"),
    "delete entry": lambda root: (root / "content" / "entries" / "2024-03-01-meta.md").unlink(),
}


def _cold(root: Path, tmp_path: Path, name: str) -> dict[str, bytes]:
    copy = tmp_path / name
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("public", ".cache", ".digest-*"))
    run_digest(copy, "build", "--no-search", check=True)
    return tree_bytes(copy / "public")


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_build_after_an_edit_equals_a_cold_build(digest: Path, tmp_path: Path,
                                                   edit: str) -> None:
    run_digest(digest, "build", "--no-search", check=True)
    before = _reversals(digest)
    EDITS[edit](digest)
    run_digest(digest, "build", "--no-search", check=True)
    assert _reversals(digest) != before
    assert tree_bytes(digest / "public") == _cold(digest, tmp_path, "cold")


def test_serve_rebuilds_told_only_the_edited_file_equal_cold_builds(digest: Path,
                                                                     tmp_path: Path) -> None:
    """serve's rebuilds of a same-shape edit replan only what shows the edited entry: the
    JSON shows every entry with a reversal, so a title edit must reach it."""
    builder = Builder(digest, ingest_seeds=False, log=lambda _: None)
    builder.build()
    for name in sorted(EDITS):
        before = {p: p.read_bytes() for p in (digest / "content").rglob("*.md")}
        EDITS[name](digest)
        after = {p: p.read_bytes() for p in (digest / "content").rglob("*.md")}
        edited = {p.resolve() for p in before.keys() | after.keys()
                  if before.get(p) != after.get(p)}
        builder.build(edited)
        assert tree_bytes(digest / "public") == _cold(digest, tmp_path, f"cold-{name}"), name


def test_the_registry_names_each_kind_once_and_gives_each_page_its_globs() -> None:
    """The registry is the one list the build works from: each kind has its own name, and
    each page kind a template and the globs its pages are published under."""
    assert len(KIND_NAMED) == len(KINDS)
    for kind in KINDS:
        assert bool(kind.template) == bool(kind.globs), kind.name
        assert not (kind.structural and kind.replan_whole), kind.name


def test_a_replan_after_same_shape_edits_is_the_plan_made_from_scratch(digest: Path) -> None:
    """`replan` re-plans in place only the outputs that show an edited entry (found by their
    positions); every output's fingerprint must be what a whole new plan gives, the theme's
    static files (planned anew, whole) included."""
    config = load_config(digest)
    now = datetime(2026, 1, 1, tzinfo=UTC)

    def model(previous: Site | None) -> Site:
        entries = [load_entry(digest, path, path.read_bytes(), config.tz)
                   for path in entry_files(digest)]
        return build_site(config, entries, include_drafts=False, now=now, previous=previous,
                          rebuilding=True)

    site = model(None)
    static = {"style.css": "a"}
    cards = CardDigests()
    outputs = plan(site, "theme", static, cards)
    body = lambda root: _edit(root, "2024-01-15-plain.md", "Body.", "A new body.")  # noqa: E731
    for edit, static in [(EDITS["title"], {"style.css": "b", "new.css": "c"}),
                         (EDITS["outlet"], {"new.css": "c"}), (body, {"new.css": "c"})]:
        edit(digest)
        edited = model(site)
        assert edited.structure == site.structure
        again, redone, dropped = replan(outputs, positions(outputs), site, edited, "theme",
                                        static, cards)
        assert again == plan(edited, "theme", static, CardDigests())
        assert again != outputs
        # Every output whose fingerprint changed is among those planned anew.
        assert set(again) - set(outputs) <= set(redone) <= set(again)
        assert dropped == {o.path for o in outputs} - {o.path for o in again}
        outputs, site = again, edited
