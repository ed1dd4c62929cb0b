"""Helpers for the reliability and safety tests (no tests here): small sites built from
literal files, and the invariants every failing command must keep."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from tests.conftest import REPO

SITE_YAML = """\
title: Test Digest
base_url: /
timezone: UTC
companies:
  - name: Meta
    aliases: [Facebook]
  - name: Nestlé
outlets:
  - name: Fast Company
"""

GOOD_ENTRY = """\
---
title: Meta walks back its AI mandate
date: 2026-11-20
source: Fast Company
companies: [Meta]
tags: [ai-policy]
summary: Meta changed course.
reversals:
  - company: Meta
    action: reversed
    text: Meta reversed its mandate.
draft: false
---
Meta said staff may opt out.
"""


def make_site(root: Path, entries: dict[str, str | bytes] | None = None,
              site_yaml: str | bytes = SITE_YAML, theme: bool = True) -> Path:
    """A site folder with `site_yaml`, the repository's theme and `entries` (file name under
    content/entries/ → text or bytes); no seeds unless a test adds some."""
    root.mkdir(parents=True, exist_ok=True)
    _write(root / "site.yaml", site_yaml)
    if theme:
        shutil.copytree(REPO / "templates", root / "templates")
    folder = root / "content" / "entries"
    folder.mkdir(parents=True, exist_ok=True)
    (root / "seeds").mkdir(exist_ok=True)
    for name, data in (entries if entries is not None else
                       {"2026-11-20-good.md": GOOD_ENTRY}).items():
        _write(folder / name, data)
    return root


def _write(path: Path, data: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")


def entry(**fields: str) -> str:
    """GOOD_ENTRY with some front matter lines replaced or added (`key='value text'`)."""
    lines = GOOD_ENTRY.split("\n")
    end = lines.index("---", 1)
    head, tail = lines[1:end], lines[end:]
    return "\n".join(["---", *_set_keys(head, fields), *tail])


def with_settings(text: str, **settings: str) -> str:
    """site.yaml's `text` with some top-level settings replaced or added (a key written
    twice is an error, so a test cannot just append one)."""
    return "\n".join(_set_keys(text.rstrip("\n").split("\n"), settings)) + "\n"


def _set_keys(lines: list[str], fields: dict[str, str]) -> list[str]:
    """YAML mapping `lines` with each `key: value` of `fields` in place of the key's line
    (and its indented continuation lines), or at the end."""
    lines = list(lines)
    for key, value in fields.items():
        line = f"{key}: {value}"
        index = next((i for i, text in enumerate(lines) if text.startswith(f"{key}:")), None)
        if index is None:
            lines.append(line)
        else:
            end = index + 1
            while end < len(lines) and lines[end].startswith(" "):
                end += 1
            lines[index:end] = [line]
    return lines


def assert_clean_failure(result: subprocess.CompletedProcess[str], *paths: str) -> None:
    """Exit 1, no traceback, and a `path:line: message` line on stderr for each of `paths`."""
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.stderr
    for path in paths:
        assert re.search(rf"^{re.escape(path)}:\d+: \S", result.stderr, re.M), \
            f"no '{path}:LINE: message' in:\n{result.stderr}"


def reported_lines(stderr: str, path: str) -> list[int]:
    return [int(n) for n in re.findall(rf"^{re.escape(path)}:(\d+): ", stderr, re.M)]
