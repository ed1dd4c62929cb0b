"""The persistent cache in the site's `.cache/` (git-ignored, always safe to delete).

Pickles keyed by content, invalidated as a whole when the package version changes. A corrupt
or foreign cache file is ignored, never an error: the build just does the work again.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import Any

from builder import __version__

CACHE_DIR = ".cache"


def _code_fingerprint() -> str:
    """What cached values were computed by: a change to the parsing code voids the cache,
    so a developer (or a user upgrading in place) never sees results of old code."""
    digest = hashlib.sha256(__version__.encode())
    for name in ("content.py", "markdown.py", "yamlsrc.py", "frontmatter.py", "build.py"):
        digest.update((Path(__file__).parent / name).read_bytes())
    return digest.hexdigest()


_FORMAT = _code_fingerprint()


def cache_dir(root: Path) -> Path:
    return root / CACHE_DIR


def load(root: Path, name: str) -> dict[Any, Any]:
    try:
        with open(cache_dir(root) / f"{name}.pickle", "rb") as handle:
            stored = pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError,
            ValueError):
        return {}
    if not isinstance(stored, tuple) or len(stored) != 2 or stored[0] != _FORMAT:
        return {}
    return stored[1] if isinstance(stored[1], dict) else {}


def save(root: Path, name: str, data: dict[Any, Any]) -> None:
    """Write atomically: a build killed mid-save leaves the old cache, not half a pickle."""
    folder = cache_dir(root)
    folder.mkdir(exist_ok=True)
    tmp = folder / f".{name}.{os.getpid()}.tmp"
    with open(tmp, "wb") as handle:
        pickle.dump((_FORMAT, data), handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, folder / f"{name}.pickle")
