"""Live reload: the events hub (server-sent events) and the script injected into served pages.

Every served HTML page carries the script with the *generation* of the site it shows. The
script listens on `<base_path>__digest__/events`; each message is one `data: <json>` line:

- `hello` (on connect): the current generation and problems. A page whose generation is
  older reloads at once, so a page loaded just before a rebuild (or from a server that has
  since restarted) never stays stale.
- `reload`: a rebuild changed the site; `css`: only stylesheets changed, swapped in place;
- `error`: the last rebuild failed; the overlay names `file:line: message` for each problem
  while the last good site stays on screen. The next good build sends `reload`.

Nothing here touches the build output on disk: the script is added to responses only.
"""

from __future__ import annotations

import json
import queue
import secrets
import threading
from collections.abc import Iterable
from typing import Any

from builder.errors import Problem

EVENTS = "__digest__/events"
PING_SECONDS = 15.0

Message = bytes | None  # None tells a client's stream to end


def problem_json(problem: Problem) -> dict[str, Any]:
    return {"path": problem.path, "line": problem.line, "message": problem.message,
            "text": str(problem)}


def sse(event: dict[str, Any]) -> bytes:
    return b"data: " + json.dumps(event, separators=(",", ":")).encode() + b"\n\n"


class Hub:
    """Connected event streams and the state a newly connected page needs."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._clients: set[queue.SimpleQueue[Message]] = set()
        self._token = secrets.token_hex(4)  # a restarted server is a new generation too
        self._count = 0
        self._problems: list[dict[str, Any]] = []
        self._closed = False

    @property
    def generation(self) -> str:
        return f"{self._token}-{self._count}"

    @property
    def failing(self) -> bool:
        return bool(self._problems)

    def connect(self) -> queue.SimpleQueue[Message]:
        client: queue.SimpleQueue[Message] = queue.SimpleQueue()
        with self._lock:
            client.put(sse({"type": "hello", "generation": self.generation,
                            "problems": self._problems}))
            if self._closed:
                client.put(None)
            else:
                self._clients.add(client)
        return client

    def disconnect(self, client: queue.SimpleQueue[Message]) -> None:
        with self._lock:
            self._clients.discard(client)

    def built(self, css_paths: Iterable[str] = (), problems: Iterable[Problem] = ()) -> None:
        """A rebuild published a new site: reload (or swap `css_paths` when that is all)."""
        with self._lock:
            self._count += 1
            self._problems = [problem_json(p) for p in problems]
            paths = sorted(css_paths)
            if paths:
                event = {"type": "css", "path": paths[0], "paths": paths}
            else:
                event = {"type": "reload"}
            event.update(generation=self.generation, problems=self._problems)
            self._send(sse(event))

    def failed(self, problems: Iterable[Problem]) -> None:
        """A rebuild failed: nothing new was published; show the problems over the old site."""
        with self._lock:
            self._problems = [problem_json(p) for p in problems]
            self._send(sse({"type": "error", "generation": self.generation,
                            "problems": self._problems}))

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._send(None)
            self._clients.clear()

    def _send(self, message: Message) -> None:
        for client in self._clients:
            client.put(message)


_SCRIPT = """(function () {
  var cfg = %(config)s, box = null;
  function hide() { if (box) { box.remove(); box = null; } }
  function show(problems) {
    hide();
    box = document.createElement("div");
    box.id = "digest-error-overlay";
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;" +
      "background:rgba(24,4,4,.92);color:#fff;padding:2rem;text-align:left;" +
      "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap";
    var head = document.createElement("div");
    head.style.cssText = "font-weight:bold;color:#ff8a80;margin-bottom:1rem";
    head.textContent = "digest serve: the last rebuild failed; this is the last good site.";
    box.appendChild(head);
    problems.forEach(function (p) {
      var line = document.createElement("div");
      line.className = "digest-problem";
      line.textContent = p.text;
      box.appendChild(line);
    });
    var close = document.createElement("button");
    close.textContent = "dismiss";
    close.style.cssText = "margin-top:1.5rem;font:inherit;cursor:pointer";
    close.onclick = hide;
    box.appendChild(close);
    (document.body || document.documentElement).appendChild(box);
  }
  function swapCss(paths) {
    document.querySelectorAll('link[rel~="stylesheet"]').forEach(function (link) {
      var url = new URL(link.href, location.href);
      if (paths.indexOf(url.pathname) < 0) { return; }
      url.searchParams.set("digest-reload", String(Date.now()));
      var fresh = link.cloneNode();
      fresh.href = url.href;
      fresh.onload = fresh.onerror = function () { link.remove(); };
      link.after(fresh);
    });
  }
  var events = new EventSource(cfg.events);
  events.onmessage = function (message) {
    var event = JSON.parse(message.data);
    window.digestServe = {connected: true, generation: cfg.generation};
    if (event.type === "hello" && event.generation !== cfg.generation) {
      location.reload();
    } else if (event.type === "reload") {
      location.reload();
    } else if (event.type === "css") {
      cfg.generation = event.generation;
      swapCss(event.paths);
    }
    if (event.type !== "reload" && !(event.type === "hello" &&
        event.generation !== cfg.generation)) {
      if (event.problems && event.problems.length) { show(event.problems); } else { hide(); }
    }
  };
})();
"""


def snippet(base_path: str, generation: str) -> bytes:
    """The `<script>` added before `</body>` of every HTML response."""
    config = json.dumps({"events": base_path + EVENTS, "generation": generation})
    code = _SCRIPT % {"config": config.replace("</", "<\\/")}
    return f'<script data-digest-serve="live-reload">\n{code}</script>\n'.encode()


def inject(html: bytes, script: bytes) -> bytes:
    """`html` with `script` before its last `</body>` (appended when there is none)."""
    at = html.lower().rfind(b"</body")
    if at < 0:
        return html + script
    return html[:at] + script + html[at:]
