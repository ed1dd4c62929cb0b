"""Which files are seeds: one rule for `ingest`, which turns them into entries, and for the
build, which skips ingest (without importing it) while they are as its last run left them."""

from __future__ import annotations

from pathlib import Path

SEEDS_DIR = "seeds"


def seed_files(root: Path) -> list[Path]:
    """The seeds in `root/seeds/`, sorted: everything there but dot-files and folders. Links,
    pipes and devices are listed too, for ingest to refuse by name (`builder.safety`)."""
    folder = root / SEEDS_DIR
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir()
                  if not p.name.startswith(".") and (p.is_symlink() or not p.is_dir()))
