"""The text stores in `.cache/` (what goes in comes back, and storing costs no memory) and
the per-version memo of entry digests."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from builder.cache import StoredTexts, TextStore
from builder.manifest import LastInputs, Manifest, ManifestItem, read_manifest, save_manifest


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


def test_per_version_memo_recomputes_for_a_new_version_and_stays_bounded(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """serve asks for every entry's card and shape on every rebuild: computed once per
    version of the file, and forgotten wholesale once the memo holds too many versions."""
    import builder.content as content

    calls: list[str] = []

    @content.per_version
    def title_of(entry: SimpleNamespace) -> str:
        calls.append(entry.digest)
        return entry.title

    first = SimpleNamespace(digest="d1", slug="a", title="First")
    assert title_of(first) == title_of(first) == "First"
    edited = SimpleNamespace(digest="d2", slug="a", title="Edited")
    assert title_of(edited) == "Edited"
    assert calls == ["d1", "d2"]
    monkeypatch.setattr(title_of, "limit", 3)
    for number in range(3, 6):
        title_of(SimpleNamespace(digest=f"d{number}", slug="a", title="x"))
    assert title_of(first) == "First"  # forgotten when the memo filled up: computed again
    assert calls.count("d1") == 2


def test_keep_scope_forgets_every_other_scope_and_only_those(tmp_path: Path) -> None:
    """Scopes sorting before and after the kept one both go; the kept one stays whole."""
    store = TextStore(tmp_path, "texts")
    for scope in ("a-before", "m-kept", "z-after"):
        StoredTexts(store, scope).put_many({"k1": f"{scope} 1", "k2": f"{scope} 2"})
    store.keep_scope("m-kept")
    assert store.get_scope("a-before") == {} and store.get_scope("z-after") == {}
    assert store.get_scope("m-kept") == {"k1": "m-kept 1", "k2": "m-kept 2"}
    store.keep_scope("m-kept")  # nothing else left: a no-op
    assert store.get_scope("m-kept") == {"k1": "m-kept 1", "k2": "m-kept 2"}


def test_the_manifest_pickled_without_the_memo_reads_back_as_written(tmp_path: Path) -> None:
    """The manifest is written without pickle's memo (`cache.write(plain=True)`): objects
    met twice are written twice, and it must still read back equal, item for item."""
    out = tmp_path / "public"
    out.mkdir()
    shared = "f" * 64  # one fingerprint object in several items, as the theme key is
    files = {f"p{n}/index.html": ManifestItem(shared, f"{n:064x}", n, 10**18 + n)
             for n in range(300)}
    manifest = Manifest(files, LastInputs("w", "s", 7))
    save_manifest(tmp_path, out, manifest)
    again = read_manifest(tmp_path, out)
    assert again == manifest and list(again.files) == list(files)


def test_a_bundle_is_kept_whole_for_its_scope_only(tmp_path: Path) -> None:
    """A bundle (thousands of rows one file needs, kept as one pickle) is read back as kept,
    by its scope only: another theme's or base URL's bundle is not this one's."""
    store = TextStore(tmp_path, "fragments")
    texts = {f"event_json|e{i}|v": f'{{"id":"e{i}","note":"café"}}' for i in range(300)}
    StoredTexts(store, "scope-a").keep_bundle("event_json", texts)
    assert StoredTexts(store, "scope-a").bundle("event_json") == texts
    assert list(StoredTexts(store, "scope-a").bundle("event_json")) == list(texts)
    assert StoredTexts(store, "scope-b").bundle("event_json") == {}
    assert StoredTexts(store, "scope-a").bundle("timeline_item") == {}
    StoredTexts(store, "scope-b").keep_bundle("event_json", {"k": "v"})
    assert StoredTexts(store, "scope-a").bundle("event_json") == {}
    store.close()
