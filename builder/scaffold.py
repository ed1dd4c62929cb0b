"""`digest new SITE` and `digest new entry "Title"`: a digest, or an entry, to start from.

A new site is a folder that builds as it is (`digest build` in it gives a site with no
entries yet) and publishes as it is: its Pages workflow installs this very version of the
package from PyPI, so a digest never has to be a fork of the generator.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from builder import __version__
from builder.config import CONFIG_NAME, DEFAULT_TOPICS, load_config
from builder.content_files import CONTENT_DIR
from builder.errors import SiteError, display_path
from builder.frontmatter import dump
from builder.seeds import SEEDS_DIR
from builder.slugs import slugify

PACKAGE = "reversal-digest"
WORKFLOW = Path(".github/workflows/pages.yml")
ENTRIES_DIR = "entries"


@dataclass(frozen=True)
class Created:
    """What `new_site` wrote: the folder and its files, relative to it, in order."""

    folder: Path
    files: tuple[str, ...]


def new_site(folder: Path) -> Created:
    """Write a new digest into `folder`, which must be missing or empty: a site's files are
    never overwritten (nor merged into a folder that holds something else)."""
    if folder.exists() and not folder.is_dir():
        raise SiteError.at(folder, 0, "exists and is not a folder")
    if folder.is_dir() and any(folder.iterdir()):
        raise SiteError.at(folder, 0, "is not empty: `digest new` only writes into a new or "
                                      "empty folder (use --site to build an existing digest)")
    title = folder.resolve().name.replace("-", " ").replace("_", " ").strip().title()
    files = {
        CONFIG_NAME: _site_yaml(title or "My Digest"),
        ".gitignore": _GITIGNORE,
        "README.md": _README.format(title=title or "My Digest", package=PACKAGE,
                                    version=__version__),
        f"{SEEDS_DIR}/.gitkeep": "",
        f"{CONTENT_DIR}/{ENTRIES_DIR}/.gitkeep": "",
        WORKFLOW.as_posix(): pages_workflow(f'"{PACKAGE}=={__version__}"', WORKFLOW.as_posix()),
    }
    for rel, text in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return Created(folder, tuple(files))


def new_entry(root: Path, title: str, today: dt.date | None = None) -> Path:
    """Start a hand-written entry: `content/entries/<today>-<slug>.md`, a draft until an
    editor sets `draft: false`. An existing file is never overwritten."""
    title = title.strip()
    if not title:
        raise SiteError.at(root / CONTENT_DIR, 0, "an entry needs a title: "
                                                 'digest new entry "What the company undid"')
    config = load_config(root)
    today = today or dt.datetime.now(config.tz).date()
    path = root / CONTENT_DIR / ENTRIES_DIR / f"{today.isoformat()}-{slugify(title)}.md"
    meta = {"title": title, "date": today, "source": "", "source_url": "", "companies": [],
            "tags": [], "summary": "", "draft": True}
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8") as handle:
            handle.write(dump(meta, _ENTRY_BODY))
    except FileExistsError:
        raise SiteError.at(path, 0, f"already exists: {display_path(path)} is left as it "
                                    "is; give the entry another title") from None
    return path


def pages_workflow(install: str, pinned_in: str) -> str:
    """The GitHub Pages workflow of a digest. `install` is what pip installs: for a new
    site, this version of the package; for this repository's own digest, the checkout (`.`).
    `pinned_in` is the file that says which version that is, and keys pip's cache."""
    return (_WORKFLOW.replace("{install}", install).replace("{pinned_in}", pinned_in)
            .replace("{version}", __version__))


def _site_yaml(title: str) -> str:
    """The commented settings, with the default topics written out for the editor to change."""
    topics = "".join(f"  {line}\n" if line.strip() else "\n"
                     for line in DEFAULT_TOPICS.read_text(encoding="utf-8").splitlines()
                     if not line.startswith("#"))
    return _SITE_YAML.format(title=_yaml_text(title)) + topics + _GAZETTEER


def _yaml_text(text: str) -> str:
    import json  # a JSON string is a YAML double-quoted scalar

    return json.dumps(text, ensure_ascii=False)


_SITE_YAML = """\
# The digest's settings. Every key is optional; an unknown key is an error.
# `digest check` validates this file and every entry without building anything.
title: {title}
description: Companies walking back their policies, article by article.
# Where the site is published. On GitHub Pages the workflow passes the address itself
# (--base-url), so leave this as / unless you build for another host.
base_url: /
language: en
# A date without a time is that day in this timezone.
timezone: UTC
per_page: 20          # entries per listing page
feed_size: 50         # entries in each Atom feed
author: {title}
# cname: digest.example.com    # writes public/CNAME for a custom domain
# timeout: 60                  # seconds one page may take to render
# image: static/card.png       # social sites' picture: a file of static/, or an https URL

# The tag vocabulary: ingest tags an entry with every topic whose keywords its text mentions.
# Without `topics`, the package's default vocabulary (the one below) is used.
topics:
"""

_GAZETTEER = """
# The gazetteer: ingest maps every alias to the canonical name. Companies not listed still
# get their page; list one to merge its names. Replace [] with items such as:
#   - name: Meta
#     aliases: [Meta Platforms, Facebook]
#     url: https://about.meta.com        # optional, as is `slug`
companies: []

# News outlets are an entry's `source`, never one of its companies. Items such as:
#   - name: Business Insider
#     aliases: [Insider, BI]
outlets: []
"""

_GITIGNORE = """\
# Build output and caches: made again by `digest build`, never committed.
/public/
/.public.*
/.cache/
/.digest-*
"""

_README = """\
# {title}

A digest of companies reversing their policies, built with Reversal Digest:
`pip install "{package}=={version}"` gives the `digest` command.

- Drop articles into `seeds/` (`.txt`, `.md` or saved `.html` pages), then run
  `digest ingest`: each becomes an entry under `content/entries/`. Read it, fix what ingest
  got wrong, and commit `content/`.
- `digest new entry "Title"` starts an entry by hand (a draft until `draft: false`).
- `digest serve` previews the site at http://127.0.0.1:8000/ and rebuilds on every save;
  `digest check` lists every problem in `site.yaml` and the entries.
- Publishing: push to `main`. `.github/workflows/pages.yml` builds and deploys to GitHub
  Pages (Settings → Pages → Source: "GitHub Actions"); on a pull request it only builds.
  It never ingests: a seed committed without its entry fails the build with the list of
  such seeds, so every published entry is one an editor could read first.
"""

_ENTRY_BODY = """\
Write the entry here, in Markdown. Set `draft: false` above to publish it; name the
companies it is about, and under `reversals:` what each one reversed, for example:

    reversals:
      - company: Example Corp
        action: reversed
        text: "Example Corp dropped its return-to-office mandate."
"""

_WORKFLOW = """\
# Builds the digest on every pull request (nothing is deployed) and publishes it to GitHub
# Pages on every push to main, or by hand from the Actions tab.
# Repository settings → Pages → Source must be "GitHub Actions".
#
# It never ingests seeds: run `digest ingest` locally, review the entries and commit
# content/. A seed committed without its entry fails the build, listing such seeds.
name: Pages

on:
  push:
    branches: [main]
  pull_request:
  workflow_dispatch:

permissions:
  contents: read

# One deployment at a time; a newer push does not cancel one already publishing.
concurrency:
  group: pages-${{ github.ref }}
  cancel-in-progress: ${{ github.event_name == 'pull_request' }}

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v7
      - uses: actions/setup-python@v7
        with:
          python-version: "3.11"
          # pip's downloads, keyed by the file that pins the digest's version
          cache: pip
          cache-dependency-path: {pinned_in}
      - name: Install the digest
        run: pip install --disable-pip-version-check {install}
      # The last build's .cache/ (always safe to restore: the build checks every entry and
      # template against it and renders again whatever changed). A new key each run saves
      # this run's cache; the prefix restores the latest one of this version.
      - uses: actions/cache@v5
        with:
          path: .cache
          key: digest-{version}-${{ github.ref_name }}-${{ github.run_id }}
          restore-keys: |
            digest-{version}-${{ github.ref_name }}-
            digest-{version}-main-
      - id: pages
        if: github.event_name != 'pull_request'
        uses: actions/configure-pages@v6
      - name: Build the digest
        run: digest build --no-ingest --base-url "${{ steps.pages.outputs.base_url }}/"
      - if: github.event_name != 'pull_request'
        uses: actions/upload-pages-artifact@v5
        with:
          path: public
          include-hidden-files: true  # public/.nojekyll

  deploy:
    if: github.event_name != 'pull_request'
    needs: build
    runs-on: ubuntu-latest
    permissions:
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: ${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v5
"""
