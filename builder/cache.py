"""The persistent cache in the site's `.cache/` (git-ignored, always safe to delete).

Pickles keyed by content, invalidated as a whole when any file of the package changes. A corrupt
or foreign cache file is ignored, never an error: the build just does the work again.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from builder.input_keys import CODE

if TYPE_CHECKING:
    import sqlite3

CACHE_DIR = ".cache"


_FORMAT = CODE  # a cache made by other code is ignored (`input_keys.CODE`)


def cache_dir(root: Path) -> Path:
    return root / CACHE_DIR


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Without the garbage collector while a cache is loaded and shaped: the thousands of
    objects made would set off collections that look at all of them again and find nothing.
    Then out of its sight (`gc.freeze`): what a cache holds lives as long as the build, and
    left in the young generation, the next two collections would still walk all of it.
    A process pool unfreezes it."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
        gc.freeze()
    finally:
        if collecting:
            gc.enable()


def load(root: Path, name: str) -> dict[Any, Any]:
    """A cache pickle's data, or {} when it is missing, corrupt or made by other code (use
    `collector_paused` around the load and whatever makes objects of what it holds)."""
    try:
        with collector_paused(), open(cache_dir(root) / f"{name}.pickle", "rb") as handle:
            stored = pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError,
            ValueError):
        return {}
    if not isinstance(stored, tuple) or len(stored) != 2 or stored[0] != _FORMAT:
        return {}
    return stored[1] if isinstance(stored[1], dict) else {}


def save(root: Path, name: str, data: dict[Any, Any], *, plain: bool = False) -> None:
    """Write atomically: a build killed mid-save leaves the old cache, not half a pickle
    (and a temporary file that the next build sweeps, `sweep`). `plain`: as for `write`."""
    folder = cache_dir(root)
    folder.mkdir(exist_ok=True)
    tmp = folder / f".{name}.{os.getpid()}.tmp"
    write(tmp, data, plain=plain)
    os.replace(tmp, folder / f"{name}.pickle")


def write(path: Path, data: dict[Any, Any], *, plain: bool = False) -> None:
    """A cache pickle at `path`, for a caller that moves it into place itself (publishing).

    `plain` data is lists, tuples, strings and numbers whose sharing means nothing (the
    manifest: thousands of tuples): it is pickled without the memo (`Pickler.fast`), which
    otherwise records every object written, in case it is met again, and costs more than
    the writing itself. Never for data that contains itself, or whose objects must stay
    one object when loaded (the saved state: the model and the entries share theirs)."""
    with open(path, "wb") as handle:
        pickler = pickle.Pickler(handle, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.fast = plain
        pickler.dump((_FORMAT, data))


def sweep(root: Path) -> None:
    """Delete what saves killed half-way left (`.cache/.NAME.PID.tmp`, see `save`): their
    process is gone, and nothing would ever read or replace them. A file whose process is
    still running (another command saving) is left alone."""
    try:
        names = os.listdir(cache_dir(root))
    except OSError:
        return
    for name in names:
        parts = name.split(".")
        if len(parts) >= 4 and not parts[0] and parts[-1] == "tmp" and parts[-2].isdigit() \
                and not _running(int(parts[-2])):
            with contextlib.suppress(OSError):
                os.unlink(cache_dir(root) / name)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, as another user's
        return True
    return True


class TextStore:
    """A persistent key → text map in `.cache/NAME.sqlite`, for caches too big to load whole
    on every build (rendered Markdown, listing fragments): a build reads only the rows it
    needs. Grouped by `scope` (e.g. the theme), so one scope can be loaded or dropped at once.
    """

    def __init__(self, root: Path, name: str):
        import sqlite3  # a build with nothing to render opens no store

        self.root, self.name = root, name
        self.path = cache_dir(root) / f"{name}.sqlite"
        try:
            self.db = self._open()
        except sqlite3.DatabaseError:  # a corrupt cache is thrown away, never an error
            self.path.unlink(missing_ok=True)
            self.db = self._open()

    def _open(self) -> sqlite3.Connection:
        import sqlite3

        self.path.parent.mkdir(exist_ok=True)
        # Render workers write one store at once: one waits (up to `timeout` seconds) for
        # the other's transaction instead of failing.
        db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                             timeout=60)
        db.execute("PRAGMA synchronous=OFF")  # a cache: losing the last writes costs only time
        # Render workers read bodies while other workers store the ones they rendered.
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT)")
        db.execute("CREATE TABLE IF NOT EXISTS items "
                   "(scope TEXT, k TEXT, v TEXT, PRIMARY KEY (scope, k))")
        row = db.execute("SELECT v FROM meta WHERE k = 'format'").fetchone()
        if row is None or row[0] != _FORMAT:
            db.execute("DELETE FROM items")
            db.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?)", (_FORMAT,))
        return db

    def get_many(self, scope: str, keys: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(self.db.execute(
                f"SELECT k, v FROM items WHERE scope = ? AND k IN ({marks})", (scope, *chunk)))
        return found

    def get_scope(self, scope: str) -> dict[str, str]:
        return dict(self.db.execute("SELECT k, v FROM items WHERE scope = ?", (scope,)))

    def put_many(self, scope: str, items: dict[str, str]) -> None:
        if not items:
            return
        with self.db:
            # IMMEDIATE: take the write lock first, so that writers in other processes queue
            # for it (the timeout) rather than fail on a snapshot that went stale.
            self.db.execute("BEGIN IMMEDIATE")
            # Bound as UTF-8 bytes that SQLite casts back to text: binding a str makes the
            # sqlite3 module keep a UTF-8 copy inside the str (when it is not ASCII), and a
            # renderer keeps the fragments it stores, so that doubled their memory.
            self.db.executemany("INSERT OR REPLACE INTO items "
                                "VALUES (?, CAST(? AS TEXT), CAST(? AS TEXT))",
                                ((scope, k.encode(), v.encode()) for k, v in items.items()))

    def retain(self, scope: str, keys: set[str]) -> None:
        """Forget the scope's rows not in `keys` once they outnumber the live ones."""
        (count,) = self.db.execute("SELECT count(*) FROM items WHERE scope = ?",
                                   (scope,)).fetchone()
        if count <= 2 * len(keys) + 100:
            return
        with self.db:
            self.db.execute("BEGIN")
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS live (k TEXT PRIMARY KEY)")
            self.db.execute("DELETE FROM live")
            self.db.executemany("INSERT OR IGNORE INTO live VALUES (?)", ((k,) for k in keys))
            self.db.execute("DELETE FROM items WHERE scope = ? AND k NOT IN (SELECT k FROM live)",
                            (scope,))

    def keep_scope(self, scope: str) -> None:
        """Forget every other scope (a theme or base URL no longer in use). Looked for first
        through the primary key's index: a DELETE with `!=` reads the whole table (tens of
        megabytes at 4,000 entries) even when, as on almost every build, it finds nothing."""
        if any(self.db.execute(f"SELECT 1 FROM items WHERE scope {op} ? LIMIT 1", (scope,))
               .fetchone() for op in ("<", ">")):
            self.db.execute("DELETE FROM items WHERE scope != ?", (scope,))

    def close(self) -> None:
        self.db.close()


class StoredTexts:
    """One scope of a TextStore for the render workers: read a row at a time when asked for
    (a build hands this to its workers instead of every rendered body), and written by the
    process that made the rows (so they never travel back to the build). A forked worker
    opens its own connection (SQLite's may not cross a fork)."""

    def __init__(self, store: TextStore, scope: str):
        self._store, self._scope, self._pid = store, scope, os.getpid()

    def _here(self) -> TextStore:
        if os.getpid() != self._pid:
            self._store, self._pid = TextStore(self._store.root, self._store.name), os.getpid()
        return self._store

    def get(self, key: str) -> str | None:
        return self._here().get_many(self._scope, [key]).get(key)

    def get_many(self, keys: list[str]) -> dict[str, str]:
        return self._here().get_many(self._scope, keys)

    def put_many(self, items: dict[str, str]) -> None:
        self._here().put_many(self._scope, items)

    def bundle(self, name: str) -> dict[str, str]:
        """The texts `keep_bundle` last kept whole under `name` for this scope; {} if none."""
        texts = load(self._store.root, self._bundle_file(name)).get(self._scope)
        return texts if isinstance(texts, dict) else {}

    def keep_bundle(self, name: str, texts: dict[str, str]) -> None:
        """Keep `texts` whole, as one pickle: what a file made of thousands of this store's
        rows needs every time, read at once instead of row by row."""
        save(self._store.root, self._bundle_file(name), {self._scope: texts}, plain=True)

    def _bundle_file(self, name: str) -> str:
        return f"{self._store.name}-{name}"
