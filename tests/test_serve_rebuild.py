"""The rebuild loop of `digest serve`, in-process with a stand-in Builder whose builds we hold
open: changes that arrive during a rebuild become exactly one more rebuild."""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace

from builder.build import BuildResult
from builder.errors import Problem, SiteError
from builder.serve.rebuild import Rebuilder
from builder.serve.reload import Hub


class SlowBuilder:
    def __init__(self) -> None:
        self.calls: list[set[Path] | None] = []
        self.release = threading.Semaphore(0)
        self.started = threading.Semaphore(0)
        self.base_url: str | None = None
        self.config = SimpleNamespace(base_path="/")
        self.fail_next = False
        self.tidied = 0
        self.later = 0

    def tidy(self) -> None:
        """Deleting what the last commit replaced: after each announced rebuild."""
        self.tidied += 1

    def publish_later(self) -> int | None:
        """The feeds and data files a rebuild left: published after each announced one."""
        self.later += 1
        return None

    def build(self, changed: set[Path] | None = None, *, pages_first: bool = False
              ) -> BuildResult:
        assert pages_first  # serve's rebuilds publish the pages first
        self.calls.append(None if changed is None else set(changed))
        self.started.release()
        assert self.release.acquire(timeout=10)
        if self.fail_next:
            self.fail_next = False
            raise SiteError(Problem("content/entries/x.md", 3, "bad"))
        return BuildResult(None, 1, 1, 0, 10, 0.0)  # type: ignore[arg-type]


def started(builder: SlowBuilder) -> None:
    assert builder.started.acquire(timeout=10)


def test_changes_during_a_rebuild_make_exactly_one_more(tmp_path: Path) -> None:
    (tmp_path / "site.yaml").write_text("title: Test\n", encoding="utf-8")
    a, b, c = (tmp_path / "content" / "entries" / f"{n}.md" for n in "abc")
    builder = SlowBuilder()
    hub = Hub()
    events = hub.connect()
    events.get(timeout=1)  # hello
    lines: list[str] = []
    rebuilder = Rebuilder(tmp_path, builder, hub, lines.append, None,  # type: ignore[arg-type]
                          lambda path: None, search=False)
    rebuilder.start()
    started(builder)
    builder.release.release()  # the first, full build
    assert rebuilder.ready.wait(10)

    rebuilder.changed({a}, False)
    started(builder)  # the rebuild for `a` is running...
    rebuilder.changed({b}, False)  # ...while two more changes arrive
    rebuilder.changed({c}, False)
    builder.release.release()
    started(builder)
    builder.release.release()
    assert builder.calls == [None, {a}, {b, c}]

    # ...and nothing after that: the loop waits for the next change.
    assert not builder.started.acquire(timeout=0.3)
    assert [events.get(timeout=1) for _ in range(3)]  # a reload per finished rebuild
    assert builder.tidied == builder.later == 3

    builder.fail_next = True
    rebuilder.changed({a}, False)
    started(builder)
    builder.release.release()
    error = events.get(timeout=5)
    assert b'"type":"error"' in error and b"content/entries/x.md:3: bad" in error
    assert hub.failing
    assert any("1 problem" in line for line in lines)

    rebuilder.changed({a}, False)  # fixed: the next good build reloads and clears it
    started(builder)
    builder.release.release()
    assert b'"type":"reload"' in events.get(timeout=5)
    assert not hub.failing
    rebuilder.stop()
    assert rebuilder.join(5)
