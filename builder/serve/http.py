"""The preview's HTTP side: a threaded server that serves the output folder under base_path.

Only GET and HEAD. A request path is decoded once, then refused when it holds `..`, `.`, a
backslash, a NUL or an empty segment (`//`, an absolute path after the base); what is left is
resolved (symlinks followed) and served only if it is still inside the output folder. Every
response says `Cache-Control: no-store`, so a reload always shows what is on disk now; HTML
responses get the live-reload script, added here and never written to disk.
"""

from __future__ import annotations

import contextlib
import mimetypes
import queue
import shutil
import socket
import sys
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from builder.serve.reload import EVENTS, PING_SECONDS, Hub, inject, snippet

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".map": "application/json",
    ".webmanifest": "application/manifest+json",
    ".xml": "application/xml",
    ".xsl": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
    ".ico": "image/x-icon",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".wasm": "application/wasm",
    ".pdf": "application/pdf",
    # Pagefind's index chunks: binary, fetched by its JS.
    ".pagefind": "application/octet-stream",
    ".pf_meta": "application/octet-stream",
    ".pf_index": "application/octet-stream",
    ".pf_fragment": "application/octet-stream",
    ".pf_filter": "application/octet-stream",
}
HTML = TYPES[".html"]
EXTENSIONLESS = {"CNAME": "text/plain; charset=utf-8", ".nojekyll": "text/plain; charset=utf-8"}


def content_type(path: Path) -> str:
    if path.name in EXTENSIONLESS:
        return EXTENSIONLESS[path.name]
    known = TYPES.get(path.suffix.lower())
    if known:
        return known
    guess, _ = mimetypes.guess_type(path.name)
    return guess or "application/octet-stream"


@dataclass(frozen=True)
class Resolved:
    """What a request path means: `file` (a Path), `redirect` (a Location), `missing` or
    `refused` (the path tries to leave the output folder, or is malformed)."""

    kind: str
    value: Any = None


def resolve(out: Path, base_path: str, raw: str) -> Resolved:
    """Map the path part of a request target onto the output folder, or refuse it."""
    if not raw.startswith("/"):
        return Resolved("refused")  # absolute-form (`http://host/x`) or garbage
    path = unquote(raw, errors="strict") if "%" in raw else raw
    if "\\" in path or "\0" in path:
        return Resolved("refused")
    if path != base_path and path in ("/", base_path.rstrip("/")):
        return Resolved("redirect", base_path)
    if not path.startswith(base_path):
        return Resolved("missing")
    rel = path[len(base_path):]
    parts = rel.split("/")
    if any(part in ("", ".", "..") for part in parts[:-1]) or parts[-1] in (".", ".."):
        return Resolved("refused")
    root = out.resolve()
    found = _inside(root, root.joinpath(*parts))
    if found is None:
        return Resolved("missing")
    if found.is_dir():
        if not path.endswith("/"):
            return Resolved("redirect", raw + "/")
        found = _inside(root, found / "index.html")
        if found is None:
            return Resolved("missing")
    if not found.is_file():
        return Resolved("missing")
    return Resolved("file", found)


def _inside(root: Path, candidate: Path) -> Path | None:
    """`candidate` with symlinks resolved, if it exists and is inside `root`."""
    try:
        real = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    return real if real == root or real.is_relative_to(root) else None


class Preview:
    """What the handlers share: the output folder, the URL prefix and the events hub."""

    def __init__(self, out: Path, base_path: str, hub: Hub):
        self.out = out
        self.base_path = base_path
        self.hub = hub

    @property
    def events_path(self) -> str:
        return self.base_path + EVENTS

    def script(self) -> bytes:
        return snippet(self.base_path, self.hub.generation)


class PreviewServer(ThreadingHTTPServer):
    daemon_threads = True  # a browser's open connections never hold up shutdown
    block_on_close = False

    def __init__(self, host: str, port: int, preview: Preview):
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.preview = preview
        super().__init__((host, port), Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError)):
            return  # the browser went away mid-response: nothing to report
        super().handle_error(request, client_address)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: a page and its assets share a connection
    server_version = "digest-serve"

    def version_string(self) -> str:
        return self.server_version
    timeout = 30  # an idle keep-alive connection lets go of its thread
    server: PreviewServer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        pass  # the terminal is for rebuild lines and problems

    def do_GET(self) -> None:
        self._answer(body=True)

    def do_HEAD(self) -> None:
        self._answer(body=False)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("do_"):  # every other method, known or invented: 405
            return self._not_allowed
        raise AttributeError(name)

    def _not_allowed(self) -> None:
        self._plain(HTTPStatus.METHOD_NOT_ALLOWED, "only GET and HEAD\n", body=True,
                    extra={"Allow": "GET, HEAD"}, close=True)

    def _answer(self, body: bool) -> None:
        preview = self.server.preview
        raw = self.path.split("?", 1)[0].split("#", 1)[0]
        if raw == preview.events_path:
            self._events(body)
            return
        try:
            found = resolve(preview.out, preview.base_path, raw)
        except UnicodeDecodeError:
            found = Resolved("refused")
        if found.kind == "file":
            self._file(HTTPStatus.OK, found.value, body)
        elif found.kind == "redirect":
            query = self.path[len(raw):] if found.value != preview.base_path else ""
            self._plain(HTTPStatus.FOUND, "", body, extra={"Location": found.value + query})
        elif found.kind == "refused":
            self._plain(HTTPStatus.FORBIDDEN, "refused: outside the site\n", body, close=True)
        else:
            self._not_found(body)

    def _not_found(self, body: bool) -> None:
        out = self.server.preview.out
        page = _inside(out.resolve(), out / "404.html") if out.is_dir() else None
        if page is not None and page.is_file():
            self._file(HTTPStatus.NOT_FOUND, page, body)
        elif not (out / "index.html").is_file():
            self._no_site(body)
        else:
            self._plain(HTTPStatus.NOT_FOUND, "not found\n", body)

    def _no_site(self, body: bool) -> None:
        """No site on disk yet (the first build failed): a page that waits for a good one."""
        page = (b"<!doctype html><html><head><meta charset=utf-8><title>digest serve</title>"
                b"</head><body><p>The site has not been built yet; fix the problems and this "
                b"page reloads.</p></body></html>")
        self._send(HTTPStatus.SERVICE_UNAVAILABLE, HTML,
                   inject(page, self.server.preview.script()), body)

    def _file(self, status: HTTPStatus, path: Path, body: bool) -> None:
        kind = content_type(path)
        try:
            if kind == HTML:
                data = inject(path.read_bytes(), self.server.preview.script())
                self._send(status, kind, data, body)
                return
            handle = open(path, "rb")  # noqa: SIM115 - closed below, streamed in between
        except OSError:  # replaced or removed by a rebuild between resolve and read
            self._plain(HTTPStatus.NOT_FOUND, "not found\n", body)
            return
        with handle:
            size = _size(handle)
            self._head(status, kind, size)
            if body:
                shutil.copyfileobj(handle, self.wfile, 1 << 16)

    def _plain(self, status: HTTPStatus, text: str, body: bool, *,
               extra: dict[str, str] | None = None, close: bool = False) -> None:
        self._send(status, "text/plain; charset=utf-8", text.encode(), body, extra, close)

    def _send(self, status: HTTPStatus, kind: str, data: bytes, body: bool,
              extra: dict[str, str] | None = None, close: bool = False) -> None:
        self._head(status, kind, len(data), extra, close)
        if body:
            self.wfile.write(data)

    def _head(self, status: HTTPStatus, kind: str, size: int,
              extra: dict[str, str] | None = None, close: bool = False) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(size))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        if close:  # e.g. a refused request whose body we never read
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()

    def _events(self, body: bool) -> None:
        """A server-sent events stream, open until the client leaves or the server stops."""
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        self.send_header("X-Accel-Buffering", "no")
        self.end_headers()
        self.close_connection = True
        if not body:
            return
        hub = self.server.preview.hub
        client = hub.connect()
        try:
            self.wfile.write(b"retry: 1000\n\n")
            while True:
                try:
                    message = client.get(timeout=PING_SECONDS)
                except queue.Empty:
                    message = b": ping\n\n"  # finds clients that went away
                if message is None:
                    break
                self.wfile.write(message)
        except OSError:
            pass
        finally:
            hub.disconnect(client)
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)


def _size(handle: Any) -> int:
    import os

    return os.fstat(handle.fileno()).st_size
