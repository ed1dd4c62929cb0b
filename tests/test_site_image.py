"""The site's picture for social sites (`image:` in site.yaml, og:image on every page)."""

from __future__ import annotations

import re
import shutil
import struct
from pathlib import Path

import pytest

from tests.conftest import run_digest, tree_bytes
from tests.test_reliability_support import assert_clean_failure, reported_lines

ENTRY = """---
title: "Acme scraps the quota"
date: 2026-03-02
source: Example Wire
companies: [Acme]
reversals:
  - company: Acme
    action: scrapped
    text: "Acme scrapped the badge-swipe quota."
---
Body.
"""


def _site(root: Path, settings: str = "") -> Path:
    (root / "content" / "entries").mkdir(parents=True)
    (root / "content" / "entries" / "2026-03-02-acme.md").write_text(ENTRY, encoding="utf-8")
    (root / "site.yaml").write_text(f"title: T\n{settings}", encoding="utf-8")
    return root


def _images(public: Path) -> dict[str, list[str]]:
    """Every page's og:image values, by its path under public/."""
    return {page.relative_to(public).as_posix():
            re.findall(r'<meta property="og:image" content="([^"]*)">', page.read_text())
            for page in sorted(public.rglob("*.html")) if "pagefind" not in page.parts}


def test_every_page_shows_the_theme_s_card_by_default_absolute_under_a_sub_path(
        tmp_path: Path) -> None:
    root = _site(tmp_path / "site")
    run_digest(root, "build", "--no-search", "--base-url", "https://example.org/digest/",
               check=True)
    images = _images(root / "public")
    assert len(images) > 10
    assert {page: found for page, found in images.items()
            if found != ["https://example.org/digest/static/card.png"]} == {}
    card = (root / "public" / "static" / "card.png").read_bytes()
    # A PNG the size social sites ask for (1.91:1), and small.
    assert card[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", card[16:24]) == (1200, 630)
    assert len(card) < 20_000
    # A path-only base_url gives what it can: the path from the site's root.
    run_digest(root, "build", "--no-search", "--base-url", "/digest/", check=True)
    assert set(map(tuple, _images(root / "public").values())) == {("/digest/static/card.png",)}


@pytest.mark.parametrize(("setting", "expected"), [
    ("image: static/social/share.jpg\n", ["https://example.org/static/social/share.jpg"]),
    ("image: /static/social/share.jpg\n", ["https://example.org/static/social/share.jpg"]),
    ("image: https://cdn.example.net/cards/1.png?v=2&s=big\n",
     ["https://cdn.example.net/cards/1.png?v=2&amp;s=big"]),
    ("image: null\n", []),
])
def test_the_setting_names_a_static_file_a_url_or_none(tmp_path: Path, setting: str,
                                                       expected: list[str]) -> None:
    root = _site(tmp_path / "site", "base_url: https://example.org/\n" + setting)
    (root / "static" / "social").mkdir(parents=True)
    (root / "static" / "social" / "share.jpg").write_bytes(b"\xff\xd8\xff\xe0 a picture")
    run_digest(root, "build", "--no-search", check=True)
    assert set(map(tuple, _images(root / "public").values())) == {tuple(expected)}
    cards = {re.search(r'<meta name="twitter:card" content="([^"]*)">', page.read_text())[1]
             for page in (root / "public").rglob("*.html") if "pagefind" not in page.parts}
    assert cards == {"summary_large_image" if expected else "summary"}
    assert (root / "public" / "static" / "social" / "share.jpg").is_file()


BAD_IMAGES = {
    "missing": ("image: static/nowhere.png", "'image': static/nowhere.png is not a file of "
                                             "the theme"),
    "outside": ("image: static/../../secret.png", "must be a file of the theme's static"),
    "not static": ("image: content/entries/x.png", "must be a file of the theme's static"),
    "svg": ("image: static/logo.svg", "must be a PNG, JPEG, GIF or WebP"),
    "svg url": ("image: https://example.org/logo.svg", "must be a PNG, JPEG, GIF or WebP"),
    "script": ("image: javascript:alert(1).png", "must be a file of the theme's static"),
    "number": ("image: 5", "'image' must be str or null"),
}


@pytest.mark.parametrize("case", sorted(BAD_IMAGES))
def test_a_bad_image_is_named_with_its_line_and_the_published_site_stays(
        tmp_path: Path, case: str) -> None:
    setting, message = BAD_IMAGES[case]
    root = _site(tmp_path / "site", "description: D\n")
    (root / "static").mkdir()
    (root / "static" / "logo.svg").write_text("<svg/>", encoding="utf-8")
    run_digest(root, "build", "--no-search", check=True)
    published = tree_bytes(root / "public")
    with open(root / "site.yaml", "a", encoding="utf-8") as handle:
        handle.write(setting + "\n")
    for command in ("check", "build"):
        result = run_digest(root, command, "--no-search") if command == "build" else \
            run_digest(root, command)
        assert_clean_failure(result, "site.yaml")
        assert reported_lines(result.stderr, "site.yaml") == [3], result.stderr
        assert message in result.stderr
    assert tree_bytes(root / "public") == published


def test_removing_the_named_file_is_reported_at_the_next_build(tmp_path: Path) -> None:
    """The setting is checked against the theme whenever either changes."""
    root = _site(tmp_path / "site", "image: static/share.png\n")
    (root / "static").mkdir()
    (root / "static" / "share.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    run_digest(root, "build", "--no-search", check=True)
    (root / "static" / "share.png").unlink()
    result = run_digest(root, "build", "--no-search")
    assert_clean_failure(result, "site.yaml")
    assert reported_lines(result.stderr, "site.yaml") == [2]
    assert (root / "public" / "static" / "share.png").is_file()


def test_changing_the_image_gives_the_bytes_of_a_cold_build(tmp_path: Path) -> None:
    root = _site(tmp_path / "site", "base_url: https://example.org/\n")
    run_digest(root, "build", "--no-search", check=True)
    with open(root / "site.yaml", "a", encoding="utf-8") as handle:
        handle.write("image: https://cdn.example.net/card.png\n")
    run_digest(root, "build", "--no-search", check=True)
    cold = tmp_path / "cold"
    shutil.copytree(root, cold, ignore=shutil.ignore_patterns("public", ".cache", ".digest-*"))
    run_digest(cold, "build", "--no-search", check=True)
    assert tree_bytes(root / "public") == tree_bytes(cold / "public")
    assert set(map(tuple, _images(root / "public").values())) == {
        ("https://cdn.example.net/card.png",)}

