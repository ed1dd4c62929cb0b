"""Helpers for the publishing tests and `make screenshots`: a generated site, built by the real
CLI, served under a sub-path the way GitHub Pages serves a project site, and crawled.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.request import urlopen

REPO = Path(__file__).resolve().parent.parent
SUB_PATH = "/reversal-digest/"
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]

# A hand-written entry whose body links inside the site, site-absolute as an editor writes
# them: the build must give those links the sub-path.
LINKING_ENTRY = """---
title: "Acme Widgets walks back its badge-swipe quota"
date: 2023-06-05
source: Example Wire
source_url: https://example.com/acme-quota
seed: handmade.txt
companies: [Acme Widgets]
people: [Jo Example]
tags: [return-to-office, surveillance]
summary: "Acme drops a quota of office badge swipes <after> staff push back & complain."
reversals:
  - company: Acme Widgets
    action: scrapped
    text: "Acme Widgets scrapped the badge-swipe quota it set in March."
draft: false
---
Acme Widgets told staff the quota is gone. See [the companies](/companies/) and the
[Acme timeline](/companies/acme-widgets/) or [the topic](/tags/surveillance/#main).

## What changed

The rule had been in force since March.
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_cli(site: Path, *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """`digest --site SITE ARGS…` in a fresh process; fails loudly with its output."""
    result = subprocess.run([sys.executable, "-m", "builder", "--site", str(site), *args],
                            capture_output=True, text=True, timeout=timeout, cwd=site)
    if result.returncode != 0:
        raise AssertionError(f"digest {' '.join(args)} failed ({result.returncode}):\n"
                             f"{result.stdout}\n{result.stderr}")
    return result


def make_site(folder: Path, entries: int = 60, cname: str | None = None) -> Path:
    """A generated corpus plus the hand-written linking entry, with the repository's theme."""
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "gen_corpus.py"),
                    "--entries", str(entries), "--out", str(folder)],
                   check=True, capture_output=True, timeout=120)
    (folder / "content" / "entries" / "2023-06-05-acme-quota.md").write_text(
        LINKING_ENTRY, encoding="utf-8")
    if (folder / "templates").exists():
        shutil.rmtree(folder / "templates")
    shutil.copytree(REPO / "templates", folder / "templates")
    if cname:
        with open(folder / "site.yaml", "a", encoding="utf-8") as handle:
            handle.write(f"\ncname: {cname}\n")
    return folder


def build(site: Path, base_url: str, *extra: str) -> Path:
    run_cli(site, "build", "--base-url", base_url, *extra)
    return site / "public"


class _Handler(SimpleHTTPRequestHandler):
    """public/ mounted at SUB_PATH; anything else, or a missing file, gets 404.html with 404."""

    public: Path

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def translate_path(self, path: str) -> str:
        path = urlsplit(path).path
        if not path.startswith(SUB_PATH):
            # A name the digest never writes: opening it fails as for any missing file, and
            # the server answers 404 (a NUL in the name made `open` raise ValueError, which
            # the server does not catch: the browser's /favicon.ico lost its connection).
            return str(self.public / ".not-under-the-sub-path")
        return super().translate_path("/" + path[len(SUB_PATH):])

    def send_error(self, code: int, message: str | None = None,
                   explain: str | None = None) -> None:
        page = self.public / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@contextmanager
def serve(public: Path, port: int) -> Iterator[str]:
    """Serve `public` at http://127.0.0.1:PORT/reversal-digest/ in a thread; yields that URL."""
    handler = type("Handler", (_Handler,), {"public": public})

    def make(*args: object, **kwargs: object) -> _Handler:
        return handler(*args, directory=str(public), **kwargs)  # type: ignore[arg-type]

    # A browser opens several connections at once, one a request (HTTP/1.0): socketserver's
    # backlog of 5 would leave the rest to TCP's retries, seconds apart, on a busy machine.
    server_class = type("Server", (ThreadingHTTPServer,), {"request_queue_size": 64})
    server = server_class(("127.0.0.1", port), make)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}{SUB_PATH}"
    finally:
        server.shutdown()
        server.server_close()


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        for name in ("href", "src"):
            value = values.get(name)
            if value and tag != "form":
                self.links.append(value)
        if tag == "form" and values.get("action"):
            self.links.append(str(values["action"]))


def fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urlopen(url, timeout=10) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


@dataclass
class Crawl:
    pages: dict[str, bytes] = field(default_factory=dict)  # HTML pages by URL
    other: dict[str, bytes] = field(default_factory=dict)  # assets, feeds
    problems: list[str] = field(default_factory=list)


def crawl(start: list[str], origin: str) -> Crawl:
    """Fetch every internal link and asset reachable from `start`; report broken ones.

    A link is internal when it is on `origin` (scheme://host:port). Every internal link must
    carry SUB_PATH, answer 200, and its #fragment must name an id on the target page.
    """
    result = Crawl()
    seen: set[str] = set()
    ids: dict[str, set[str]] = {}
    queue = [(url, "(start)") for url in start]
    fragments: list[tuple[str, str, str]] = []
    while queue:
        url, referrer = queue.pop()
        url, fragment = urldefrag(url)
        if fragment:
            fragments.append((url, fragment, referrer))
        if url in seen:
            continue
        seen.add(url)
        status, kind, body = fetch(url)
        if status != 200:
            result.problems.append(f"{url} answered {status} (linked from {referrer})")
            continue
        if "text/html" not in kind:
            result.other[url] = body
            continue
        result.pages[url] = body
        parser = _Page()
        parser.feed(body.decode("utf-8"))
        ids[url] = parser.ids
        for link in parser.links:
            target = urljoin(url, link)
            if not target.startswith(origin + "/"):
                continue
            if not urlsplit(target).path.startswith(SUB_PATH):
                result.problems.append(f"{url} links to {link}, outside {SUB_PATH}")
                continue
            queue.append((target, url))
    for url, fragment, referrer in fragments:
        if url in ids and fragment not in ids[url]:
            result.problems.append(f"{referrer} links to {url}#{fragment}: no such id")
    return result


def launch_chromium(playwright: object) -> object:
    return playwright.chromium.launch(  # type: ignore[attr-defined]
        executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)


def first_entry_url(root: str, public: Path) -> str:
    """The hand-written entry: it has reversals, people, tags, links and a heading."""
    assert (public / "entries" / "acme-quota" / "index.html").is_file()
    return root + "entries/acme-quota/"


def sample_pages(root: str, public: Path) -> dict[str, str]:
    """The pages every browser check looks at: name → URL."""
    tag = sorted(p.parent.name for p in (public / "tags").glob("*/index.html"))[0]
    event = sorted(p.parent.name for p in (public / "reversals").glob("*/index.html"))[0]
    return {
        "front": root,
        "entry": first_entry_url(root, public),
        "company": root + "companies/acme-widgets/",
        "companies": root + "companies/",
        "tag": root + f"tags/{tag}/",
        "search": root + "search/",
        "search-filters": root + "search/?kind=Abandoned&year=2023",
        "404": root + "404.html",
        "reversals": root + "reversals/",
        "event": root + f"reversals/{event}/",
        "archive": root + "archive/",
    }
