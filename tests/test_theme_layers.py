"""Themes by file: a site's `templates/x.html` replaces the built-in `x.html` alone, its
`static/` is laid over the built-in static files, and a change to either layer shows."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, run_digest, tree_bytes

THEME = REPO / "templates"
NOT_FOUND = ('{% extends "base.html" %}{% block main %}<p class="lost">Nothing here, '
             'sorry.</p>{% endblock %}\n')


def plain_site(tmp_path: Path) -> Path:
    """A digest with the built-in theme only (no templates/ of its own) and one entry."""
    subprocess.run([sys.executable, "-m", "builder", "new", "site"], cwd=tmp_path, check=True,
                   capture_output=True)
    site = tmp_path / "site"
    (site / "content" / "entries" / "2026-01-05-acme.md").write_text(
        "---\ntitle: Acme drops its mandate\ndate: 2026-01-05\ncompanies: [Acme]\n---\nBody.\n",
        encoding="utf-8")
    return site


def test_a_site_template_overrides_that_template_alone(tmp_path: Path) -> None:
    site = plain_site(tmp_path)
    run_digest(site, "build", "--no-search", check=True)
    builtin = tree_bytes(site / "public")
    (site / "templates").mkdir()
    (site / "templates" / "404.html").write_text(NOT_FOUND, encoding="utf-8")
    run_digest(site, "build", "--no-search", check=True)
    overridden = tree_bytes(site / "public")
    assert b"Nothing here, sorry." in overridden["404.html"]
    assert {p: d for p, d in overridden.items() if p != "404.html"} == \
        {p: d for p, d in builtin.items() if p != "404.html"}

    # The site's layer is part of the theme's fingerprint: an edit to it shows, and taking
    # it away gives back the built-in page, byte for byte.
    (site / "templates" / "404.html").write_text(NOT_FOUND.replace("sorry", "alas"),
                                                 encoding="utf-8")
    run_digest(site, "build", "--no-search", check=True)
    assert b"Nothing here, alas." in (site / "public" / "404.html").read_bytes()
    (site / "templates" / "404.html").unlink()
    run_digest(site, "build", "--no-search", check=True)
    assert tree_bytes(site / "public") == builtin


def test_a_sites_static_files_are_laid_over_the_themes(tmp_path: Path) -> None:
    site = plain_site(tmp_path)
    (site / "static").mkdir()
    (site / "static" / "favicon.ico").write_bytes(b"\x00\x00\x01\x00icon")
    (site / "static" / "style.css").write_text("body { color: teal; }\n", encoding="utf-8")
    run_digest(site, "build", "--no-search", check=True)
    static = site / "public" / "static"
    assert (static / "favicon.ico").read_bytes() == b"\x00\x00\x01\x00icon"
    assert (static / "style.css").read_text() == "body { color: teal; }\n"
    assert (static / "search.js").read_bytes() == (THEME / "static" / "search.js").read_bytes()

    (site / "static" / "style.css").unlink()  # back to the theme's stylesheet
    run_digest(site, "build", "--no-search", check=True)
    assert (static / "style.css").read_bytes() == (THEME / "static" / "style.css").read_bytes()


def test_a_broken_override_is_reported_at_the_sites_file(tmp_path: Path) -> None:
    site = plain_site(tmp_path)
    (site / "templates").mkdir()
    (site / "templates" / "entry.html").write_text(
        '{% extends "base.html" %}{% block main %}{{ entry.no_such_field.x }}{% endblock %}\n',
        encoding="utf-8")
    result = run_digest(site, "build", "--no-search")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "templates/entry.html:1: template:" in result.stderr
    assert not (site / "public").exists()


def test_a_static_folder_that_leads_out_of_the_site_is_refused(tmp_path: Path) -> None:
    site = plain_site(tmp_path)
    secret = tmp_path / "elsewhere"
    secret.mkdir()
    (secret / "key.txt").write_text("not for publishing", encoding="utf-8")
    (site / "static").symlink_to(secret, target_is_directory=True)
    result = run_digest(site, "build", "--no-search")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "static:1: is a link to" in result.stderr and "outside the site folder" in result.stderr
    assert not (site / "public").exists()

    (site / "static").unlink()
    (site / "static").mkdir()
    (site / "static" / "key.txt").symlink_to(secret / "key.txt")
    result = run_digest(site, "build", "--no-search")
    assert result.returncode == 1 and "static/key.txt:1: is a link to" in result.stderr
    assert not (site / "public").exists()
