"""Full-text search: the rendered pages → a Pagefind index, in memory, nothing read from disk.

`build_index` hands every searchable page's HTML to Pagefind's Python API (its binary runs
as a service behind it) and returns the bundle as {path under public/: bytes}, so the build
can publish it atomically with the pages and delete files a new index no longer has.

Result URLs carry base_url's path (`/reversal-digest/entries/x/`), so the search page sets
Pagefind UI's `baseUrl` to "/" to keep it from prefixing the path a second time.

Two details of the stock client are worked around here, without leaving its API:
- it polls the service's answers at most one every 0.1 s, which makes indexing 4,000 pages
  take minutes; `_Service` reads them as they arrive;
- it reads each answer into a 2 MiB buffer, and the answer to `get_files` (the whole bundle,
  base64) outgrows it on a big site; `_Service` allows 1 GiB.

Pagefind's output is deterministic except for the order of entries inside its filter and
metadata files (Pagefind/pagefind#638): those files (and the content hashes in their names,
which appear in pagefind-entry.json) may differ between two builds of the same site.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import os
import threading
from concurrent.futures import Future
from typing import Any

from pagefind.index import IndexConfig, PagefindIndex
from pagefind.service import PagefindService

from builder.outputs import search_order

INDEX_DIR = "pagefind"
# What the search page loads; the rest of Pagefind's bundle (modular and component UIs, the
# highlighter, the playground) stays out of public/.
_UNUSED = ("pagefind-modular-ui.", "pagefind-component-ui.", "pagefind-highlight.js",
           "playground/")
_READ_LIMIT = 2**30


class _Service(PagefindService):
    """PagefindService that reads answers as they come, with room for a big bundle."""

    async def launch(self) -> _Service:
        self._backend = await asyncio.create_subprocess_exec(
            self._bin, "--service", cwd=os.getcwd(), stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
            limit=_READ_LIMIT)
        self._poll_task = self._loop.create_task(self._wait_for_responses())
        return self

    async def _wait_for_responses(self) -> None:
        assert self._backend.stdout is not None
        while True:
            try:
                output = await self._backend.stdout.readuntil(b",")
            except asyncio.IncompleteReadError as error:
                self._fail_all(RuntimeError(f"pagefind stopped: {error.partial[-200:]!r}"))
                return
            response = json.loads(base64.b64decode(output[:-1]))
            if response is None:
                continue
            message_id = response.get("message_id")
            payload = response.get("payload") or {}
            if message_id is None and payload.get("original_message"):
                message_id = json.loads(payload["original_message"]).get("message_id")
            future = self._responses.get(message_id) if message_id is not None else None
            if future is None or future.done():
                if message_id is None:
                    self._fail_all(RuntimeError(f"pagefind: {payload.get('message')}"))
                continue
            if payload.get("type") == "Error":
                future.set_exception(RuntimeError(f"pagefind: {payload.get('message')}"))
            else:
                future.set_result(payload)

    def _fail_all(self, error: Exception) -> None:
        for future in self._responses.values():
            if not future.done():
                future.set_exception(error)


def order_may_vary(path: str) -> bool:
    """True for the bundle files whose bytes (and so names) may differ between two builds of
    the same pages: Pagefind writes its filter and metadata files in arbitrary order
    (Pagefind/pagefind#638), and pagefind-entry.json names the metadata file by hash."""
    name = path.removeprefix(f"{INDEX_DIR}/")
    return (name.startswith("filter/") or name == "pagefind-entry.json"
            or (name.startswith("pagefind.") and name.endswith(".pf_meta")))


def page_url(path: str, base_path: str) -> str:
    """`entries/x/index.html` → `/base/entries/x/`: the address a result links to."""
    if path == "index.html" or path.endswith("/index.html"):
        path = path[: -len("index.html")]
    return base_path + path


def build_index(pages: list[tuple[str, str]], base_path: str) -> dict[str, bytes]:
    """Index `pages` ((path under public/, HTML)) → the Pagefind bundle under `pagefind/`.

    Pure: the result depends only on the arguments (pages are indexed in `search_order`:
    the index files depend on the order). The HTML marks what is searchable with
    `data-pagefind-body` and the company and tag filters with `data-pagefind-filter`.
    """
    indexer = Indexer(base_path)
    for path, html in sorted(dict(pages).items(), key=lambda page: search_order(page[0])):
        indexer.add(path, html)
    return indexer.finish()


class Indexer:
    """A Pagefind index fed one page at a time, from any thread, while the caller goes on
    (a build renders the next pages meanwhile); `finish` returns the bundle. Pages must be
    added in `search_order` for the output to be the same as `build_index`'s."""

    def __init__(self, base_path: str):
        if not base_path.startswith("/") or not base_path.endswith("/"):
            raise ValueError(f"base_path must start and end with '/': {base_path!r}")
        self._base_path = base_path
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True,
                                        name="pagefind")
        self._thread.start()
        self._sent: list[Future[Any]] = []
        self._service: _Service | None = None
        try:
            self._index: PagefindIndex = self._call(self._open())
        except BaseException:
            self.close()
            raise

    def _call(self, coroutine: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result()

    async def _open(self) -> PagefindIndex:
        self._service = await _Service().launch()
        config: IndexConfig = {"keep_index_url": False, "write_playground": False}
        return await self._service.create_index(config)

    def add(self, path: str, html: str) -> None:
        """Queue one page; sent in the order added, answered in order."""
        self._sent.append(asyncio.run_coroutine_threadsafe(
            self._index.add_html_file(url=page_url(path, self._base_path), content=html),
            self._loop))

    def finish(self) -> dict[str, bytes]:
        try:
            for sent in self._sent:
                sent.result()
            files: list[dict[str, Any]] = self._call(self._index.get_files())
            self._call(self._index.delete_index())
        finally:
            self.close()
        return {f"{INDEX_DIR}/{f['path']}": f["content"] for f in sorted(files, key=_path)
                if not str(f["path"]).startswith(_UNUSED)}

    def close(self) -> None:
        """Stop the service and the thread (after `finish`, or to give up)."""
        if self._loop.is_running():
            if self._service is not None:
                with contextlib.suppress(Exception):
                    self._call(self._service.close())
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)


def _path(file: dict[str, Any]) -> str:
    return str(file["path"])
