"""The keys a build knows before it parses a single entry (`keys.py` has them all): `CODE`,
the theme key and the inputs key. Apart, so that a build that finds nothing changed, the
commonest build of all, imports neither the site model nor the entries' fields.
"""

from __future__ import annotations

import hashlib
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from builder.config import SiteConfig


def code_fingerprint() -> str:
    """A hash of every file of the package (its modules and data), names and bytes."""
    package = os.path.dirname(os.path.abspath(__file__))
    digest = hashlib.sha256()
    for folder, subfolders, files in os.walk(package):
        subfolders[:] = sorted(name for name in subfolders if name != "__pycache__")
        for name in sorted(files):
            path = os.path.join(folder, name)
            digest.update(os.path.relpath(path, package).encode() + b"\0")
            with open(path, "rb") as handle:
                digest.update(handle.read() + b"\0")
    return digest.hexdigest()


CODE = code_fingerprint()


def theme_key(templates: str, config: SiteConfig, drafts: bool) -> str:
    """What every output depends on: the code, the templates (`Theme.fingerprint`),
    the settings, and whether drafts are shown."""
    return hashlib.sha256(f"{CODE}|{templates}|{config.fingerprint}|{drafts}".encode()).hexdigest()


def inputs_key(settings: list[str], stats: dict[str, os.stat_result]) -> str:
    """What a full build reads, known from file stats alone: `settings`, and each entry
    file's name, size and mtime (as the entries cache trusts them)."""
    parts = [*settings, *(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}"
                          for path, stat in stats.items())]
    # A file name need not be UTF-8: its undecodable bytes are hashed as they are.
    return hashlib.blake2b("\0".join(parts).encode("utf-8", "surrogateescape"),
                           digest_size=16).hexdigest()
