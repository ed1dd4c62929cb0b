"""`digest serve` as a user runs it: a real subprocess on a temporary site, a real HTTP client.

The site is published under a sub-path (site.yaml's base_url is a GitHub Pages project URL),
so every test also checks that the preview serves what Pages will serve, where Pages serves it.
"""

from __future__ import annotations

import fcntl
import http.client
import json
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from builder.serve.http import resolve
from builder.serve.reload import inject
from tests.conftest import dated_first_seed

REPO = Path(__file__).resolve().parent.parent
BASE = "/digest-test/"
URL_RE = re.compile(r"serving (http://127\.0\.0\.1:\d+/\S*)")
TIMEOUT = 30.0  # seconds for anything that should take well under one (a loaded CI box)


# --- a site, a server, an events stream -------------------------------------------------------

def make_site(folder: Path, entries: int = 24) -> Path:
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "gen_corpus.py"), "--entries",
                    str(entries), "--out", str(folder)], check=True, capture_output=True,
                   timeout=60)
    shutil.copytree(REPO / "templates", folder / "templates")  # its own theme, to edit
    config = folder / "site.yaml"
    text = re.sub(r"(?m)^base_url:.*$", "base_url: https://example.github.io/digest-test/",
                  config.read_text(encoding="utf-8"))
    config.write_text(text, encoding="utf-8")
    return folder


def entry_files(site: Path) -> list[Path]:
    return sorted((site / "content" / "entries").glob("*.md"))


def set_title(path: Path, title: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^title: .*$", f"title: {json.dumps(title)}", text, count=1),
                    encoding="utf-8")


def slug_of(path: Path) -> str:
    return path.stem[len("YYYY-MM-DD-"):]


class Serve:
    """`digest --site SITE serve --port 0` in its own session, its output read as it comes."""

    def __init__(self, site: Path, *args: str):
        self.site = site
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "builder", "--site", str(site), "serve", "--port", "0",
             *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            text=True, env=env, cwd=site, start_new_session=True)
        threading.Thread(target=self._read, daemon=True).start()
        self.url = self.wait_line(URL_RE).group(1)
        parts = urlsplit(self.url)
        self.host, self.port, self.base = parts.hostname, parts.port, parts.path

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line)
            self._queue.put(line)
        self._queue.put(None)

    def wait_line(self, pattern: re.Pattern[str], timeout: float = 60) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self._queue.get(timeout=0.2)
            except queue.Empty:
                continue
            if line is None:
                break
            if match := pattern.search(line):
                return match
        raise AssertionError(f"no line matching {pattern.pattern!r}; output:\n{self.output}")

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def request(self, path: str, method: str = "GET",
                headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=TIMEOUT)
        try:
            conn.request(method, path, headers=headers or {})
            response = conn.getresponse()
            body = response.read()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, body
        finally:
            conn.close()

    def page(self, path: str) -> str:
        status, _, body = self.request(self.base + path)
        assert status == 200, (path, status)
        return body.decode("utf-8")

    def events(self) -> Events:
        return Events(self.host, self.port, self.base + "__digest__/events")

    def stop(self, sig: int = signal.SIGINT) -> tuple[int, float]:
        """Send `sig`; (exit status, seconds to exit)."""
        started = time.monotonic()
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            code = self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.kill()
            raise
        return code, time.monotonic() - started

    def kill(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)


class Events:
    """A server-sent events stream; each `data:` line parsed into a dict, in order."""

    def __init__(self, host: str, port: int, path: str):
        self.queue: queue.Queue[dict | None] = queue.Queue()
        self.conn = http.client.HTTPConnection(host, port, timeout=TIMEOUT)
        self.conn.request("GET", path, headers={"Accept": "text/event-stream"})
        sock = self.conn.sock
        self.response = self.conn.getresponse()
        assert self.response.status == 200
        assert self.response.getheader("Content-Type", "").startswith("text/event-stream")
        assert sock is not None
        sock.settimeout(None)
        threading.Thread(target=self._read, daemon=True).start()
        hello = self.next()
        assert hello["type"] == "hello", hello
        self.hello = hello

    def _read(self) -> None:
        try:
            while line := self.response.fp.readline():
                if line.startswith(b"data:"):
                    self.queue.put(json.loads(line[5:]))
        except (OSError, ValueError, AttributeError):
            pass
        self.queue.put(None)

    def next(self, timeout: float = TIMEOUT) -> dict:
        event = self.queue.get(timeout=timeout)
        assert event is not None, "the events stream closed"
        return event

    def wait_for(self, kind: str, timeout: float = TIMEOUT) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            event = self.next(max(0.01, deadline - time.monotonic()))
            if event["type"] == kind:
                return event

    def quiet(self, seconds: float = 0.4) -> list[dict]:
        """The events until none came for `seconds`."""
        seen = []
        while True:
            try:
                event = self.queue.get(timeout=seconds)
            except queue.Empty:
                return seen
            assert event is not None, "the events stream closed"
            seen.append(event)

    def close(self) -> None:
        self.conn.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_site(tmp_path_factory.mktemp("serve") / "site")


@pytest.fixture(scope="module")
def server(site: Path):
    serve = Serve(site, "--no-search")
    yield serve
    code, _ = serve.stop()
    assert code == 0, serve.output


# --- serving ----------------------------------------------------------------------------------

def test_prints_url_with_sub_path_and_redirects_root_there(server: Serve) -> None:
    assert server.base == BASE
    for path in ("/", "/digest-test"):
        status, headers, _ = server.request(path)
        assert status == 302 and headers["location"] == BASE
    status, headers, body = server.request(BASE)
    assert status == 200
    assert headers["content-type"] == "text/html; charset=utf-8"
    assert headers["cache-control"] == "no-store"
    assert f'href="{BASE}static/style.css"' in body.decode()


def test_live_reload_script_is_injected_into_html_only(server: Serve, site: Path) -> None:
    page = server.page("")
    assert page.count('data-digest-serve="live-reload"') == 1
    assert page.index("data-digest-serve") < page.rindex("</body>")
    assert f"{BASE}__digest__/events" in page
    _, _, css = server.request(BASE + "static/style.css")
    _, _, feed = server.request(BASE + "feed.xml")
    assert b"__digest__" not in css and b"__digest__" not in feed
    # nothing on disk: the script exists only in responses
    out = site / ".digest-serve" / "public"
    assert (out / "index.html").is_file()
    assert not [p for p in out.rglob("*.html") if b"__digest__" in p.read_bytes()]


def test_content_types_and_head(server: Serve) -> None:
    expected = {"": "text/html; charset=utf-8", "static/style.css": "text/css; charset=utf-8",
                "feed.xml": "application/xml", "sitemap.xml": "application/xml",
                "robots.txt": "text/plain; charset=utf-8"}
    for path, kind in expected.items():
        status, headers, body = server.request(BASE + path)
        assert (status, headers["content-type"]) == (200, kind), path
        assert headers["cache-control"] == "no-store"
        status, head, nothing = server.request(BASE + path, "HEAD")
        assert status == 200 and nothing == b""
        assert head["content-length"] == str(len(body))


def test_missing_page_is_404_html_with_status_404(server: Serve) -> None:
    status, headers, body = server.request(BASE + "no/such/page/")
    assert status == 404
    assert headers["content-type"].startswith("text/html")
    assert b"data-digest-serve" in body
    status, _, _ = server.request("/elsewhere/")
    assert status == 404


def test_directory_without_slash_redirects(server: Serve, site: Path) -> None:
    slug = slug_of(entry_files(site)[0])
    status, headers, _ = server.request(f"{BASE}entries/{slug}")
    assert status == 302 and headers["location"] == f"{BASE}entries/{slug}/"


def test_only_get_and_head(server: Serve) -> None:
    for method in ("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "BREW"):
        status, headers, _ = server.request(BASE, method)
        assert status == 405, method
        assert headers["allow"] == "GET, HEAD"


def test_paths_outside_the_output_are_refused(server: Serve, site: Path,
                                              tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    out = site / ".digest-serve" / "public"
    (out / "escape").symlink_to(tmp_path, target_is_directory=True)
    (out / "escape.txt").symlink_to(secret)
    try:
        attempts = [
            f"{BASE}../../../../../../{secret}",
            f"{BASE}%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e{secret}",
            f"{BASE}%2E%2E%2F%2E%2E%2F%2E%2E%2F%2E%2E%2F%2E%2E%2F%2E%2E{secret}",
            f"{BASE}..%2f..%2f..%2f..%2f..%2f..%2f..{secret}",
            f"{BASE}/{secret}",
            f"{BASE}%2f{secret.as_posix().lstrip('/')}",
            f"{BASE}..\\..\\..\\..\\..\\..{secret}",
            f"{BASE}%5c..%5c..%5c..%5c..%5c..{secret}",
            f"{BASE}escape/secret.txt",
            f"{BASE}escape.txt",
            f"{BASE}%00../secret.txt",
            str(secret),
            f"http://127.0.0.1{secret}",
        ]
        for path in attempts:
            status, _, body = server.request(path)
            assert status in (403, 404), (path, status)
            assert b"TOP-SECRET" not in body, path
        assert server.request(f"{BASE}robots.txt")[0] == 200  # still serving
    finally:
        (out / "escape").unlink()
        (out / "escape.txt").unlink()


# --- rebuilding ---------------------------------------------------------------------------------

def test_edit_reloads_break_shows_error_fix_recovers(server: Serve, site: Path) -> None:
    events = server.events()
    entry = entry_files(site)[3]
    original = entry.read_text(encoding="utf-8")
    try:
        url = f"entries/{slug_of(entry)}/"

        set_title(entry, "Edited in the preview")
        assert events.wait_for("reload")["problems"] == []
        assert "Edited in the preview" in server.page(url)

        # Break it: bad YAML in the front matter.
        entry.write_text(original.replace("title: ", "title: [unclosed ", 1), encoding="utf-8")
        error = events.wait_for("error")
        title_line = 1 + next(n for n, x in enumerate(original.splitlines())
                              if x.startswith("title: "))
        [problem] = error["problems"]
        assert problem["path"].endswith(entry.name)
        assert problem["line"] in (title_line, title_line + 1)  # where YAML notices it
        assert problem["text"].startswith(f"{problem['path']}:{problem['line']}: ")
        page = server.page(url)  # the last good site, still served
        assert "Edited in the preview" in page
        assert f"{entry.name}:{problem['line']}: " in server.output
        # A page loaded now learns about the problem as soon as it connects.
        late = server.events()
        assert late.hello["problems"] == error["problems"]
        late.close()

        # Fix it: the page reloads, the overlay goes, the new title shows.
        fixed = original.replace("title: ", "title: Fixed ", 1)
        entry.write_text(fixed, encoding="utf-8")
        reload = events.wait_for("reload")
        assert reload["problems"] == []
        assert "Fixed " in server.page(url)
    finally:
        events.close()
        if "title: [unclosed" in entry.read_text(encoding="utf-8"):
            entry.write_text(original, encoding="utf-8")  # never leave the shared site broken


def test_css_change_swaps_the_stylesheet(server: Serve, site: Path) -> None:
    events = server.events()
    try:
        style = site / "templates" / "static" / "style.css"
        style.write_text(style.read_text(encoding="utf-8") + "\n.serve-test { color: red }\n",
                         encoding="utf-8")
        event = events.next()
        while event["type"] == "reload" and not event.get("paths"):  # a stray earlier edit
            event = events.next()
        assert event["type"] == "css", event
        assert event["path"] == f"{BASE}static/style.css"
        _, _, css = server.request(event["path"])
        assert b".serve-test" in css
    finally:
        events.close()


def test_burst_of_edits_is_one_rebuild(server: Serve, site: Path) -> None:
    events = server.events()
    try:
        events.quiet(0.3)
        before = len(server.lines)
        files = entry_files(site)[5:10]
        for number, path in enumerate(files):
            set_title(path, f"Burst edit {number}")
        seen = [events.next()] + events.quiet(1.0)
        assert {e["type"] for e in seen} == {"reload"}, seen
        rebuilds = [line for line in server.lines[before:] if line.startswith("rebuild:")]
        # One batch, or a few when a slow machine splits the burst: never one per file.
        assert 1 <= len(rebuilds) < len(files), rebuilds
        for number, path in enumerate(files):
            assert f"Burst edit {number}" in server.page(f"entries/{slug_of(path)}/")
    finally:
        events.close()


def test_new_entry_and_deleted_entry(server: Serve, site: Path) -> None:
    events = server.events()
    try:
        source = entry_files(site)[0]
        fresh = source.with_name("2031-01-01-a-brand-new-entry.md")
        text = source.read_text(encoding="utf-8")
        text = re.sub(r"(?m)^date: .*$", "date: 2025-01-01", text, count=1)
        fresh.write_text(text.replace("title: ", "title: Brand new ", 1), encoding="utf-8")
        events.wait_for("reload")
        status, _, body = server.request(f"{BASE}entries/a-brand-new-entry/")
        assert status == 200 and b"Brand new" in body
        fresh.unlink()
        events.wait_for("reload")
        assert server.request(f"{BASE}entries/a-brand-new-entry/")[0] == 404
    finally:
        events.close()


def test_new_seed_is_ingested_and_appears(server: Serve, site: Path) -> None:
    events = server.events()
    try:
        before = set(entry_files(site))
        seed = dated_first_seed(site / "seeds")
        events.wait_for("reload", timeout=60)
        [new] = set(entry_files(site)) - before
        assert new.read_text(encoding="utf-8").count(f"seed: {seed.name}") == 1
        status, _, body = server.request(f"{BASE}entries/{slug_of(new)}/")
        assert status == 200 and b"data-digest-serve" in body
        assert f"seeds/{seed.name} changed" in server.output
    finally:
        events.close()


# --- the build, the process ---------------------------------------------------------------------

def test_rebuild_waits_for_a_concurrent_build(server: Serve, site: Path) -> None:
    events = server.events()
    entry = entry_files(site)[11]
    try:
        with open(site / ".digest-lock", "a+") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # as `digest build` holds it
            try:
                set_title(entry, "Edited while locked")
                server.wait_line(re.compile(r"waiting for another build"), timeout=TIMEOUT)
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)
        assert events.wait_for("reload")["problems"] == []
        assert "Edited while locked" in server.page(f"entries/{slug_of(entry)}/")
    finally:
        events.close()


def test_digest_build_output_has_no_reload_script(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", entries=6)
    result = subprocess.run([sys.executable, "-m", "builder", "--site", str(site), "build",
                             "--no-search"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    pages = list((site / "public").rglob("*.html"))
    assert pages
    assert not [p for p in pages if b"__digest__" in p.read_bytes()
                or b"data-digest-serve" in p.read_bytes()]


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_signal_stops_everything_quickly(tmp_path: Path, sig: int) -> None:
    site = make_site(tmp_path / "site", entries=8)
    serve = Serve(site, "--no-search")
    try:
        events = serve.events()  # an open stream must not hold up the exit
        assert serve.request(BASE)[0] == 200
        code, seconds = serve.stop(sig)
        assert code == 0, serve.output
        assert seconds < 1.0, seconds
        assert "Traceback" not in serve.output
        assert events.queue.get(timeout=5) is None  # the stream was closed
        with pytest.raises(ProcessLookupError):
            os.killpg(serve.proc.pid, 0)  # nothing left in its session
    finally:
        serve.kill()


def test_search_index_follows_and_is_served(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", entries=8)
    serve = Serve(site)  # search on, as by default
    try:
        serve.wait_line(re.compile(r"^search: index rebuilt"), timeout=90)
        out = site / ".digest-serve" / "public" / "pagefind"
        kinds = {".js": "text/javascript; charset=utf-8", ".wasm": "application/wasm",
                 ".json": "application/json", ".css": "text/css; charset=utf-8",
                 ".pf_meta": "application/octet-stream"}
        seen = set()
        for path in sorted(out.rglob("*")):
            if path.is_file() and path.suffix in kinds:
                rel = path.relative_to(site / ".digest-serve" / "public").as_posix()
                status, headers, _ = serve.request(BASE + rel, "HEAD")
                assert (status, headers["content-type"]) == (200, kinds[path.suffix]), rel
                seen.add(path.suffix)
        assert {".js", ".pf_meta"} <= seen, seen
        code, seconds = serve.stop()
        assert code == 0 and seconds < 1.0
        with pytest.raises(ProcessLookupError):
            os.killpg(serve.proc.pid, 0)  # Pagefind's service is gone too
    finally:
        serve.kill()


def test_broken_site_at_start_still_serves_and_recovers(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", entries=6)
    entry = entry_files(site)[0]
    original = entry.read_text(encoding="utf-8")
    entry.write_text(original.replace("date: ", "date: not-a-date ", 1), encoding="utf-8")
    serve = Serve(site, "--no-search")
    try:
        assert re.search(rf"{re.escape(entry.name)}:\d+: ", serve.output)
        status, _, body = serve.request(BASE)
        assert status == 503 and b"data-digest-serve" in body
        events = serve.events()
        assert events.hello["problems"]
        entry.write_text(original, encoding="utf-8")
        assert events.wait_for("reload")["problems"] == []
        assert serve.request(BASE)[0] == 200
        assert serve.stop()[0] == 0
    finally:
        serve.kill()


def test_port_in_use_is_an_error_not_a_traceback(server: Serve, site: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "builder", "--site", str(site), "serve",
                             "--port", str(server.port)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 1
    assert "cannot listen" in result.stderr and "Traceback" not in result.stderr


# --- pure parts ---------------------------------------------------------------------------------

def test_resolve(tmp_path: Path) -> None:
    out = tmp_path / "public"
    (out / "entries" / "x").mkdir(parents=True)
    (out / "entries" / "x" / "index.html").write_text("x")
    (out / "index.html").write_text("home")
    assert resolve(out, "/", "/").kind == "file"
    assert resolve(out, "/", "/entries/x/").value == (out / "entries/x/index.html").resolve()
    assert resolve(out, "/", "/entries/x").value == "/entries/x/"
    assert resolve(out, "/sub/", "/").value == "/sub/"
    assert resolve(out, "/sub/", "/sub").value == "/sub/"
    assert resolve(out, "/sub/", "/sub/entries/x/").kind == "file"
    assert resolve(out, "/sub/", "/entries/x/").kind == "missing"
    for bad in ("/sub/../x", "/sub/%2e%2e/x", "/sub/a/./b", "/sub//etc/passwd",
                "/sub/a%5cb", "/sub/%00", "http://h/sub/", "/sub/%2fetc"):
        assert resolve(out, "/sub/", bad).kind == "refused", bad


def test_inject() -> None:
    script = b"<script>x</script>"
    assert inject(b"<html><body>a</body></html>", script) == \
        b"<html><body>a<script>x</script></body></html>"
    assert inject(b"<p>a</BODY>", script) == b"<p>a<script>x</script></BODY>"
    assert inject(b"no body", script) == b"no body<script>x</script>"


def test_serve_says_what_awaits_review_and_marks_drafts(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", entries=6)
    undated = "Acme scraps its badge quota\n\nAcme Corp. has scrapped its badge quota for staff.\n"
    serve = Serve(site, "--no-search", "--drafts")
    try:
        assert "review:" not in serve.output
        events = serve.events()
        (site / "seeds" / "acme.txt").write_text(undated, encoding="utf-8")
        events.wait_for("reload", timeout=60)
        serve.wait_line(re.compile(r"review: 1 entry awaits an editor's look; `digest review`"))
        [draft] = [p for p in entry_files(site) if "acme" in p.name]
        page = serve.page(f"entries/{slug_of(draft)}/")
        note = page.split('class="draft-note"', 1)[1].split("</p>", 1)[0]
        assert "<strong>Draft</strong>" in note and "<code>digest review</code> lists why" in note
        assert "no date in the article" not in page  # the reasons are for editors only
        # Cleared by an ordinary edit: the page is no longer marked.
        head, body = draft.read_text(encoding="utf-8").split("\n---\n", 1)
        head = re.sub(r"(?m)^(?:draft: true|review: \[.*\])\n?", "", head)
        draft.write_text(f"{head}\n---\n{body}", encoding="utf-8")
        events.wait_for("reload")
        assert "draft-note" not in serve.page(f"entries/{slug_of(draft)}/")
        (site / "seeds" / "zeta.txt").write_text(undated.replace("Acme", "Zeta"),
                                                 encoding="utf-8")
        events.wait_for("reload", timeout=60)
        serve.wait_line(re.compile(r"review: 1 entry awaits"))
        events.close()
        assert serve.stop()[0] == 0
        # Started again on a site whose preview is up to date, it still says so.
        serve = Serve(site, "--no-search", "--drafts")
        assert "review: 1 entry awaits" in serve.output
        assert serve.stop()[0] == 0
    finally:
        serve.kill()
