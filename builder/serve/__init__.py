"""`digest serve`: build, serve the output under base_url's path, rebuild on change, reload.

    main thread      signals, start-up, shutdown
    digest-rebuild   owns the Builder: the first build, then one rebuild per batch of changes
    digest-watch*    watchfiles → the rebuild thread's pending set (see watch.py)
    digest-http      ThreadingHTTPServer, a daemon thread per connection (see http.py)

Ctrl-C or SIGTERM ends it all within a second with status 0. A rebuild still running then
is abandoned: publishing is journaled, so the next build finishes or discards its work.
"""

from __future__ import annotations

import argparse
import contextlib
import ipaddress
import multiprocessing
import os
import signal
import sys
import threading
import webbrowser
from pathlib import Path

from builder.build import Builder
from builder.errors import SiteError
from builder.serve.http import Preview, PreviewServer
from builder.serve.rebuild import Rebuilder, preview_base_url
from builder.serve.reload import Hub
from builder.serve.watch import Watcher

SERVE_DIR = ".digest-serve"  # the preview's own output, when it differs from `digest build`'s


def serve(root: Path, args: argparse.Namespace) -> int:
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in _SIGNALS}
    try:
        return _serve(root, args, stop)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def _say(line: str) -> None:
    print(line, flush=True)


def _serve(root: Path, args: argparse.Namespace, stop: threading.Event) -> int:
    say = _say
    try:
        base_url = preview_base_url(root, args.base_url)
        base_path = base_url or _config_base_path(root)
    except (SiteError, ValueError):
        base_url, base_path = None, "/"  # site.yaml is broken: the first build says where
    if args.out is not None:
        out = args.out.resolve()
    elif base_url is None:
        out = (root / "public").resolve()  # the very files `digest build` would write
    else:
        # Path-only links differ from the published site's: keep them out of public/.
        out = (root / SERVE_DIR / "public").resolve()
    host = args.host
    if not _loopback(host):
        print(f"warning: --host {host} makes the preview reachable from other machines; "
              "it is meant for 127.0.0.1", file=sys.stderr, flush=True)
    hub = Hub()
    preview = Preview(out, base_path, hub)
    try:
        server = PreviewServer(host, args.port, preview)
    except OSError as error:
        print(f"error: cannot listen on {host}:{args.port}: {error.strerror or error}"
              f"{'; try --port 0' if args.port else ''}", file=sys.stderr, flush=True)
        return 1
    port = server.server_address[1]
    say(f"output: {out}")

    def base_path_is(path: str) -> None:
        if path != preview.base_path:
            preview.base_path = path
            say(f"serving {_url(host, port, path)}")

    builder = Builder(root, base_url=base_url, out=out, drafts=args.drafts,
                      workers=args.workers, log=say, serving=True)
    rebuilder = Rebuilder(root, builder, hub, say, args.base_url, base_path_is,
                          search=getattr(args, "search", True))
    watcher = Watcher(root, rebuilder.changed,
                      ignore=[out, out.parent / f".digest-stage-{out.name}", root / ".cache"])
    http_thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                                   name="digest-http", daemon=True)
    try:
        watcher.start()  # before the first build: an edit made during it is not lost
        rebuilder.start()
        while not (stop.is_set() or rebuilder.ready.wait(0.1)):
            pass
        if not stop.is_set():
            http_thread.start()
            say(f"serving {_url(host, port, preview.base_path)}")
            say("watching content/, seeds/, templates/ and site.yaml; Ctrl-C stops")
            if args.open:
                threading.Thread(target=webbrowser.open, daemon=True,
                                 args=(_url(host, port, preview.base_path),)).start()
        while not stop.wait(0.2):
            pass
    finally:
        _shutdown(server, http_thread, watcher, rebuilder, hub)
    say("stopped")
    return 0


def _shutdown(server: PreviewServer, http_thread: threading.Thread, watcher: Watcher,
              rebuilder: Rebuilder, hub: Hub) -> None:
    watcher.stop(0.3)
    rebuilder.stop()
    hub.close()  # ends every event stream
    if http_thread.is_alive():
        server.shutdown()
    server.server_close()
    if not rebuilder.join(0.3):
        # A rebuild is mid-way (a big one can take seconds): abandon it. Its render
        # processes go with it; publishing is journaled, so nothing half-written is left.
        _kill_descendants()
        print("stopped (a rebuild was abandoned; the next build completes it)", flush=True)
        sys.stderr.flush()
        os._exit(0)


def _kill_descendants() -> None:
    """Render processes and the Pagefind service of an abandoned rebuild."""
    for child in multiprocessing.active_children():
        child.kill()
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    todo = list(children.get(os.getpid(), []))
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)


def _config_base_path(root: Path) -> str:
    from builder.config import load_config

    return load_config(root).base_path


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _url(host: str, port: int, path: str) -> str:
    if host in ("", "0.0.0.0"):
        host = "127.0.0.1"
    elif host == "::":
        host = "::1"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}{path}"
