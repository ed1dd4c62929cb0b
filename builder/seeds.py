"""Which files are seeds: one rule for `ingest`, which turns them into entries, and for the
build, which skips ingest (without importing it) while they are as its last run left them."""

from __future__ import annotations

import os
from pathlib import Path

from builder.errors import SiteError

SEEDS_DIR = "seeds"


def seed_files(root: Path) -> list[Path]:
    """The seeds in `root/seeds/`, sorted: everything there but dot-files and folders. Links,
    pipes and devices are listed too, for ingest to refuse by name (`builder.safety`);
    SiteError when the folder cannot be read."""
    folder = root / SEEDS_DIR
    try:
        with os.scandir(folder) as items:  # the file types come with the names: no stat each
            return sorted(folder / item.name for item in items if not item.name.startswith(".")
                          and not item.is_dir(follow_symlinks=False))
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as error:
        raise SiteError.at(folder, 0, f"cannot read this folder ({error.strerror}): its seeds "
                                      "would be left out") from None
