"""Slugs: good transliteration, a stable fallback for names with no Latin letters, nothing that
can leave the output folder, and collisions resolved the same way whatever the input order."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.config import load_config
from builder.content import load_entry
from builder.site import build_site
from builder.slugs import free_slug, is_slug, slugify
from tests.test_reliability_support import SITE_YAML, entry, make_site


@pytest.mark.parametrize(("name", "slug"), [
    ("Nestlé", "nestle"), ("Lütke", "lutke"), ("Société Générale", "societe-generale"),
    ("Ørsted", "orsted"), ("Straße", "strasse"), ("Łódź", "lodz"), ("Æon Øre", "aeon-ore"),
    ("AT&T", "at-and-t"), ("McDonald's", "mcdonalds"), ("Macy’s", "macys"),
    ("../../etc", "etc"), ("a/b\\c", "a-b-c"), ("  --Meta--  ", "meta"), ("Ｍｅｔａ", "meta"),
    ("Ⅻ Corp", "xii-corp"), ("ﬁnance", "finance"),
])
def test_names_transliterate(name: str, slug: str) -> None:
    assert slugify(name) == slug


@pytest.mark.parametrize("name", ["株式会社", "Газпром", "😀", "...", "/", "", "../..", "---",
                                  "\u200b", "\U0001F1FA\U0001F1F8"])
def test_names_that_slugify_to_nothing_get_a_stable_fallback(name: str) -> None:
    slug = slugify(name)
    assert is_slug(slug) and slug.startswith("n-") and slug == slugify(name)
    assert slugify(name) != slugify(name + "x") or not name


def test_fallbacks_differ_between_names() -> None:
    assert len({slugify(n) for n in ["株式会社", "Газпром", "😀", "..."]}) == 4


def test_long_names_are_cut_at_a_word() -> None:
    slug = slugify("word " * 100)
    assert len(slug) <= 80 and not slug.endswith("-") and slug.startswith("word-word")


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(max_size=120))
def test_any_name_gives_a_safe_slug(name: str) -> None:
    slug = slugify(name)
    assert is_slug(slug)
    assert "/" not in slug and "\\" not in slug and ".." not in slug and slug not in (".", "")
    assert len(slug) <= 80
    assert slugify(name) == slug


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["Nestlé", "Nestle", "NESTLE", "nestle!", "株式会社", "Газпром",
                                 "a-2", "A", "a", "A.", "Meta", "../../etc", "etc"]) | st.text(
    max_size=10), max_size=8))
def test_free_slugs_are_distinct_slugs(names: list[str]) -> None:
    taken: set[str] = set()
    slugs = [free_slug(slugify(name), taken) for name in names]
    assert len(set(slugs)) == len(slugs) and taken == set(slugs)
    assert all(is_slug(s) for s in slugs)
    assert all(s == slugify(name) or s.startswith(slugify(name) + "-")
               for name, s in zip(names, slugs, strict=True))


def _site(tmp_path: Path, order: tuple[int, ...]):  # noqa: ANN202
    """A site model whose entries name companies that slugify alike, loaded in `order`."""
    root = make_site(tmp_path, theme=False, site_yaml=SITE_YAML.replace(
        "  - name: Nestlé\n", "  - name: Nestlé\n  - name: Acme\n    slug: nestle-2\n"))
    config = load_config(root)
    texts = [
        entry(companies='[Nestle, "Nestlé"]', reversals="[]"),
        entry(companies='["NESTLE!", Meta]', reversals="[]", date="2026-11-19"),
        entry(companies='["株式会社", "Газпром", "../../etc", etc, Acme]', reversals="[]",
              date="2026-11-18"),
    ]
    entries = []
    for index in order:
        path = root / "content" / "entries" / f"2026-11-2{index}-e{index}.md"
        entries.append(load_entry(root, path, texts[index].encode(), config.tz))
    return build_site(config, entries, include_drafts=False, now=datetime(2026, 12, 1, tzinfo=UTC))


def test_companies_that_slugify_alike_get_distinct_stable_slugs(tmp_path: Path) -> None:
    results = []
    for number, order in enumerate(itertools.permutations(range(3))):
        site = _site(tmp_path / f"s{number}", order)
        results.append({name: company.slug for name, company in site.company_of.items()})
    first = results[0]
    assert all(result == first for result in results)
    slugs = list(first.values())
    assert len(slugs) == len(set(slugs)) and all(is_slug(s) for s in slugs)
    assert first["Acme"] == "nestle-2"  # a gazetteer slug is kept as written...
    # ...derived ones step around it, listed companies first (Nestlé is in site.yaml), then
    # the others in name order: "NESTLE!" < "Nestle"
    assert [first[n] for n in ("Nestlé", "NESTLE!", "Nestle")] == ["nestle", "nestle-3",
                                                                   "nestle-4"]
    assert first["../../etc"] != first["etc"]
    assert first["株式会社"].startswith("n-") and first["Газпром"].startswith("n-")


def test_a_listed_company_keeps_its_slug_against_an_unlisted_lookalike() -> None:
    from datetime import UTC, datetime
    from pathlib import Path

    from builder.config import Entity, load_config
    from builder.content import Entry
    from builder.site import build_site

    root = Path(__file__).resolve().parent.parent
    config = load_config(root)
    config = config.__class__(**{**config.__dict__,
                                 "companies": (Entity("Nestlé"),)})
    entry = Entry(rel_path="content/entries/a.md", slug="a", title="A",
                  published=datetime(2026, 1, 1, tzinfo=UTC), has_time=False, source="",
                  source_url="", seed="", companies=("NESTLE!", "Nestlé"), people=(), tags=(),
                  summary="", reversals=(), draft=False, body="", body_line=1, digest="d")
    site = build_site(config, [entry], include_drafts=False, now=datetime(2026, 2, 1, tzinfo=UTC))
    assert site.company_of["Nestlé"].slug == "nestle"
    assert site.company_of["NESTLE!"].slug == "nestle-2"
