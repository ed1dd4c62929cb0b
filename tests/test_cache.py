"""The text stores in `.cache/`: what goes in comes back, and storing costs no memory."""

from __future__ import annotations

import sys
from pathlib import Path

from builder.cache import StoredTexts, TextStore


def test_texts_come_back_as_stored_and_keep_their_size(tmp_path: Path) -> None:
    """Renderers keep the fragments they store: storing must not grow them (the sqlite3
    module would cache a UTF-8 copy inside every non-ASCII str bound as a parameter)."""
    texts = {"ascii": "plain", "clé": "Nestlé · café", "wide": "“quoted” — ✓ 😀", "empty": ""}
    sizes = {key: sys.getsizeof(key) + sys.getsizeof(text) for key, text in texts.items()}
    store = TextStore(tmp_path, "texts")
    StoredTexts(store, "scope").put_many(texts)
    assert {key: sys.getsizeof(key) + sys.getsizeof(text) for key, text in texts.items()} == sizes
    stored = store.get_scope("scope")
    assert stored == texts and all(type(text) is str for text in stored.values())
    assert StoredTexts(TextStore(tmp_path, "texts"), "scope").get("clé") == "Nestlé · café"
