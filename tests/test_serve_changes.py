"""serve sorts each changed path into a `ChangeKind`, from which it decides what to rebuild
and whether a stylesheet can be swapped without a reload."""

from __future__ import annotations

from pathlib import Path

from builder.serve.changes import ChangeKind, change_kind
from builder.theme_layers import DEFAULT_THEME, site_theme
from tests.test_reliability_support import make_site


def test_every_input_of_a_site_with_its_own_theme_layer_is_sorted_by_kind(tmp_path: Path
                                                                           ) -> None:
    root = make_site(tmp_path / "site", theme=False)
    (root / "templates" / "static").mkdir(parents=True)
    (root / "static").mkdir()
    root = root.resolve()
    theme = site_theme(root)
    builtin = DEFAULT_THEME.resolve()
    expected = {
        root / "site.yaml": ChangeKind.CONFIG,
        root / "content" / "entries" / "2026-11-20-good.md": ChangeKind.ENTRY,
        root / "content" / "notes" / "deep" / "x.md": ChangeKind.ENTRY,
        root / "content" / "entries" / ".draft.md": ChangeKind.OTHER,  # hidden: not an entry
        root / "content" / "entries" / "notes.txt": ChangeKind.OTHER,
        root / "seeds" / "001.txt": ChangeKind.SEED,
        root / "seeds": ChangeKind.SEED,  # the folder itself, emptied or made
        root / "templates" / "entry.html": ChangeKind.TEMPLATE,
        root / "templates" / "static" / "style.css": ChangeKind.STATIC,
        root / "static" / "favicon.ico": ChangeKind.STATIC,
        builtin / "base.html": ChangeKind.TEMPLATE,
        builtin / "static" / "style.css": ChangeKind.STATIC,
        root / "README.md": ChangeKind.OTHER,
    }
    assert {path: change_kind(root, theme, path) for path in expected} == expected
