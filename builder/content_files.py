"""Which files under content/ are entries, and which look like entries but are refused: the
first thing every build looks at. Apart from `content.py` (what an entry is, and parsing
one), so that a build that finds nothing changed lists the files without importing the parser.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from builder.errors import Problem, SiteError
from builder.safety import link_problem, refused_file

CONTENT_DIR = "content"
LEDGER_NAME = ".ingest.yaml"  # ingest's record of the entries it wrote, in CONTENT_DIR


def entry_paths(root: Path) -> list[str]:
    """Every entry file under content/, sorted, as strings (a build walks thousands);
    dotfiles and dot-folders are not entries. Raises SiteError naming each file or folder
    that looks like an entry but cannot be read as one (`scan_entries`)."""
    paths, refused = scan_entries(root)
    if refused:
        raise SiteError(refused)
    return paths


def scan_entries(root: Path) -> tuple[list[str], list[Problem]]:
    """The entry files under content/ (sorted strings), and a problem for each thing there
    that would otherwise be dropped without a word: an unreadable folder, a `.MD` file, a
    link that is broken, loops or leads out of the site, a FIFO or device named `*.md`."""
    refused: list[tuple[str, str]] = []
    found = _markdown_files(str(root / CONTENT_DIR), [], refused, str(root))
    problems = [Problem(_shown_rel(root, path), 0, why) for path, why in refused]
    return sorted(found), problems


def _markdown_files(folder: str, found: list[str], refused: list[tuple[str, str]],
                    root: str) -> list[str]:
    """What `os.walk` would find, at half its cost: no path joined in Python, no lists of
    names built. Links to folders are not followed (they are refused, like everything
    `scan_entries` names); the checks cost a system call only for links, not for files."""
    try:
        items = os.scandir(folder)
    except FileNotFoundError:
        return found
    except OSError as error:
        refused.append((folder, f"cannot read this folder ({error.strerror}): its entries "
                                "would be left out"))
        return found
    with items:
        for item in items:
            name = item.name
            if name.startswith("."):
                continue
            if item.is_symlink():
                why = _refused_link(root, item.path, name)
                if why:
                    refused.append((item.path, why))
                elif name.endswith(".md"):
                    found.append(item.path)
            elif item.is_dir():
                _markdown_files(item.path, found, refused, root)
            elif name.endswith(".md"):
                if item.is_file():
                    found.append(item.path)
                else:
                    refused.append((item.path, refused_file(root, item.path, is_link=False)))
            elif name.lower().endswith(".md"):
                refused.append((item.path, f"entry files end in lowercase .md: rename it to "
                                           f"{name[:-3]}.md, or it is left out"))
    return found


def _refused_link(root: str, path: str, name: str) -> str:
    """Why the link `path` in content/ is refused: an entry's (`*.md`) must lead to a regular
    file inside the site; any other is named only when it leads to a folder or loops (the
    build would skip it without a word)."""
    if name.lower().endswith(".md"):
        return refused_file(root, path, is_link=True) or (
            "" if name.endswith(".md") else f"entry files end in lowercase .md: rename it "
                                            f"to {name[:-3]}.md, or it is left out")
    why = link_problem(root, path)
    if why.startswith("is a link loop"):
        return why
    if not why and os.path.isdir(path):
        return "is a link to a folder, which the build does not follow"
    return ""


def _shown_rel(root: Path, path: str) -> str:
    """`path` relative to the site folder, for a message."""
    return escaped_name(os.path.relpath(path, root).replace(os.sep, "/"))


def escaped_name(name: str) -> str:
    """A file name that can be printed as `path:line:`: undecodable bytes and control
    characters written as escapes."""
    shown = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\x{ord(m.group()):02x}", shown)


def entry_files(root: Path) -> list[Path]:
    """`entry_paths` as Paths."""
    return [Path(name) for name in entry_paths(root)]


def is_entry_file(root: Path, path: Path) -> bool:
    """Whether `path` is (or would be) an entry: a .md file under content/, not hidden."""
    try:
        parts = path.relative_to(root / CONTENT_DIR).parts
    except ValueError:
        return False
    return path.suffix == ".md" and not any(part.startswith(".") for part in parts)
