"""Build-speed benchmark of the real `digest` command: `make bench`.

    python benchmarks/bench.py [--sizes 1000,4000,16000] [--quick] [--runs 3] [--workdir DIR]

For each size: generate the corpus (gen_corpus.py) in a temporary folder on disk (/var/tmp
unless it is a RAM disk), then run `digest --site DIR build --no-search` in subprocesses:

- cold: no public/ and no .cache/ (median of --runs; a single run above 4,000 entries);
- no-change: build again with nothing changed (median of --runs), once the disk has written
  back the cold build's files (`os.sync`), as it has by the time anyone builds again: timed
  during that writeback, its ten thousand stats wait on the disk;
- one-edit: change one entry's title and body, then build (median of --runs, a new edit each);
- pages: HTML files in public/ after the cold build;
- peak MB (sum of RSS): the largest sum of resident memory (VmRSS) over the whole process
  tree (main process and forked workers), sampled from /proc every 20 ms, across all the builds
  of that size. Pages a worker shares with the process it was forked from count once per
  process, so this overstates what the tree uses;
- peak MB (PSS): the same, summing each process's proportional set size (`Pss:` in
  /proc/PID/smaps_rollup), where a page shared by n processes counts 1/n in each: the memory
  the build really occupies, and the figure the memory goal is checked against;
- serve edit→reload: `digest --site DIR serve --port 0`, listen to `/__digest__/events`, save
  an entry 10 times and time each save until the next `data:` event (median). "n/a" while
  serve or its events endpoint does not exist.

Prints a Markdown table, the anchors measured with Hugo in issue 6, and the issue's goals.
"""

from __future__ import annotations

import argparse
import http.client
import os
import queue
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

import benchlib as bl  # noqa: E402
import yaml  # noqa: E402
from gen_corpus import generate  # noqa: E402

from builder.frontmatter import dump, split  # noqa: E402

SERVE_EDITS = 10
URL_RE = re.compile(r"http://127\.0\.0\.1:\d+[^\s'\"<>]*")
ANCHORS = """\
Anchors from issue 6 (this 2-core machine, 4,000 entries): Hugo 0.168 cold build 2.1 s
(4.6 s writing to this machine's disk), Eleventy 4.5 s, Pelican 16.6 s; Hugo's server ~400 ms
from one edit to reload; Hugo's peak memory at 16,000 entries 1.4 GB. A plain Python script
doing the same work takes 2.9 s on one core, 1.7 s on two. `make bench-peers` measures Hugo
side by side on the same disk."""


# --- editing entries ---------------------------------------------------------------------------

def entry_files(site: Path) -> list[Path]:
    return sorted((site / "content" / "entries").glob("*.md"))


def edit_entry(path: Path, tag: str) -> None:
    """Change an entry's title and add a paragraph to its body, as an editor would."""
    text = path.read_text(encoding="utf-8")
    parts = split(text, path)
    meta = yaml.safe_load(parts.yaml_text)
    meta["title"] = f"{str(meta['title']).split(' [', 1)[0]} [{tag}]"
    body = parts.body.rstrip() + f"\n\nUpdate {tag}: the company clarified its statement.\n"
    path.write_text(dump(meta, body), encoding="utf-8")


# --- builds ------------------------------------------------------------------------------------

class BuildFailed(Exception):
    pass


def build(site: Path, timeout: float) -> bl.Run:
    run = bl.run_timed(bl.digest_build_cmd(site, search=False), timeout=timeout)
    if not run.ok:
        raise BuildFailed(f"`digest build` exited {run.returncode}:\n{bl.fail_tail(run)}")
    return run


# --- serve: edit → reload event ----------------------------------------------------------------

def _reader(stream, lines: queue.Queue) -> None:
    for line in iter(stream.readline, ""):
        lines.put(line)
    lines.put(None)


def _events(response: http.client.HTTPResponse, events: queue.Queue) -> None:
    try:
        while True:
            line = response.fp.readline()
            if not line:
                break
            if line.startswith(b"data:"):
                events.put(time.perf_counter())
    except (OSError, ValueError, AttributeError):
        pass
    events.put(None)


def _drain(events: queue.Queue, quiet: float, limit: float) -> bool:
    """Wait until no event came for `quiet` seconds (at most `limit`); False if the stream ended."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            if events.get(timeout=quiet) is None:
                return False
        except queue.Empty:
            return True
    return True


def serve_latency(site: Path, startup_timeout: float) -> tuple[float | None, str]:
    """Median ms from saving an entry to the next reload event, or (None, why not)."""
    if bl.digest_help("serve") is None:
        return None, "no `digest serve` yet"
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([*bl.digest_command(), "--site", str(site), "serve", "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL, text=True, env=env,
                            start_new_session=True)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=_reader, args=(proc.stdout, lines), daemon=True).start()
    conn = None
    try:
        url, seen = None, []
        deadline = time.monotonic() + startup_timeout
        while url is None and time.monotonic() < deadline:
            try:
                line = lines.get(timeout=0.5)
            except queue.Empty:
                continue
            if line is None:
                return None, "serve exited: " + " | ".join(s.strip() for s in seen[-5:])
            seen.append(line)
            match = URL_RE.search(line)
            if match:
                url = match.group(0)
        if url is None:
            return None, f"serve printed no http://127.0.0.1: URL in {startup_timeout:.0f} s"
        parts = urlsplit(url)
        path = (parts.path.rstrip("/") or "") + "/__digest__/events"
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        conn.request("GET", path, headers={"Accept": "text/event-stream"})
        sock = conn.sock  # the response keeps reading from it; conn may let go of it
        response = conn.getresponse()
        if response.status != 200:
            return None, f"GET {path} answered {response.status}"
        sock.settimeout(None)  # a stream: the reader thread blocks until the next event
        events: queue.Queue = queue.Queue()
        threading.Thread(target=_events, args=(response, events), daemon=True).start()
        if not _drain(events, quiet=1.0, limit=startup_timeout):
            return None, "the events stream closed"
        files = entry_files(site)
        latencies = []
        for number in range(SERVE_EDITS):
            target = files[(number * 7919) % len(files)]
            start = time.perf_counter()
            edit_entry(target, f"serve edit {number}")
            try:
                arrived = events.get(timeout=30)
            except queue.Empty:
                return None, f"no reload event within 30 s of edit {number + 1}"
            if arrived is None:
                return None, "the events stream closed"
            latencies.append((arrived - start) * 1000)
            _drain(events, quiet=0.5, limit=10)  # let a trailing event (search index) pass
        log("  serve latencies ms: " + " ".join(f"{v:.0f}" for v in latencies))
        return bl.median(latencies), ""
    except OSError as exc:
        return None, f"events endpoint: {exc}"
    finally:
        if conn is not None:
            conn.close()
        bl.kill_group(proc)


# --- one size ----------------------------------------------------------------------------------

def bench_size(entries: int, runs: int, seed: int, workdir: Path | None, keep: bool) -> dict:
    timeout = 120 + entries * 0.1
    result: dict = {"entries": entries}
    with bl.work_dir(workdir, keep=keep) as tmp:
        site = tmp / "site"
        start = time.perf_counter()
        generate(site, entries, seed)
        result["where"] = f"{tmp} on {bl.filesystem_of(tmp)}"
        log(f"{entries} entries: corpus in {time.perf_counter() - start:.1f} s")
        peaks: list[float] = []  # summed RSS
        pss_peaks: list[float] = []

        def measured() -> bl.Run:
            """One build, its peak memory kept for the table."""
            run = build(site, timeout)
            peaks.append(run.peak_mb)
            pss_peaks.append(run.peak_pss_mb)
            return run

        try:
            cold_runs = runs if entries <= 4000 else 1
            cold = []
            for number in range(cold_runs):
                bl.clean_digest_outputs(site)
                run = measured()
                cold.append(run.seconds)
                log(f"  cold {number + 1}: {run.seconds:.2f} s, peak {run.peak_pss_mb:.0f} MB "
                    f"PSS, {run.peak_mb:.0f} MB sum of RSS")
            result["cold"] = bl.median(cold)
            result["pages"] = bl.count_html(site / "public")
            os.sync()
            nochange = []
            for number in range(runs):
                nochange.append(measured().seconds)
                log(f"  no-change {number + 1}: {nochange[-1]:.2f} s")
            result["nochange"] = bl.median(nochange)
            files = entry_files(site)
            edits = []
            for number in range(runs):
                edit_entry(files[(len(files) // 2 + number * 31) % len(files)], f"edit {number}")
                edits.append(measured().seconds)
                log(f"  one-edit {number + 1}: {edits[-1]:.2f} s")
            result["edit"] = bl.median(edits)
        except BuildFailed as exc:
            log(f"  build failed: {exc}")
            result["error"] = str(exc).splitlines()[0]
        result["peak"] = max(peaks) if peaks else None
        result["peak_pss"] = max(pss_peaks) if pss_peaks else None
        if "error" not in result:
            latency, why = serve_latency(site, startup_timeout=timeout)
            result["serve"] = latency
            if why:
                log(f"  serve edit→reload: n/a ({why})")
            else:
                log(f"  serve edit→reload: median {latency:.0f} ms of {SERVE_EDITS} edits")
    return result


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _goals(results: list[dict]) -> list[str]:
    by_size = {r["entries"]: r for r in results if "error" not in r}
    lines = []

    def check(ok: bool, text: str) -> None:
        lines.append(f"- [{'x' if ok else ' '}] {text}")

    for r in by_size.values():
        n = f"{r['entries']:,}"
        check(r["nochange"] <= 0.3, f"no-change rebuild ≤ 0.3 s at {n}: {r['nochange']:.2f} s")
        check(r["edit"] <= 0.5, f"one-edit rebuild ≤ 0.5 s at {n}: {r['edit']:.2f} s")
        if r.get("serve") is not None:
            check(r["serve"] <= 100, f"serve edit→reload ≤ 100 ms at {n}: {r['serve']:.0f} ms")
    if 4000 in by_size and 16000 in by_size:
        ratio = by_size[16000]["cold"] / by_size[4000]["cold"]
        check(ratio <= 4.4, f"cold 16,000 ≤ 4.4 × cold 4,000: {ratio:.2f} ×")
    if 16000 in by_size and by_size[16000]["peak_pss"] is not None:
        # PSS, not the RSS sum: forked workers share the parent's pages copy-on-write, and
        # summing RSS counts each shared page once per process, memory that exists once.
        peak = by_size[16000]["peak_pss"]
        check(peak <= 500, f"peak memory (PSS) at 16,000 ≤ 500 MB: {peak:.0f} MB")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,4000,16000",
                        help="comma-separated corpus sizes (default 1000,4000,16000)")
    parser.add_argument("--quick", action="store_true", help="1,000 entries only")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed")
    parser.add_argument("--workdir", type=Path, help="where to make temp folders "
                        "(default /var/tmp, on disk)")
    parser.add_argument("--keep", action="store_true", help="keep the temp folders")
    args = parser.parse_args(argv)
    try:
        sizes = [1000] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        parser.error("--sizes takes numbers separated by commas, like 1000,4000")
    if not sizes or min(sizes) < 1 or args.runs < 1:
        parser.error("sizes and --runs must be at least 1")
    if bl.digest_help() is None:
        log(f"`{' '.join(bl.digest_command())} --help` fails: is the project installed?")
        return 1
    if not bl.has_search_flag():
        log("note: `digest build` has no --no-search yet; timing plain `digest build`")

    load_before = bl.load_average()
    results = [bench_size(n, args.runs, args.seed, args.workdir, args.keep) for n in sizes]

    rows = []
    for r in results:
        if "error" in r:
            rows.append([f"{r['entries']:,}", "failed", "", "", "", "", "", ""])
            continue
        serve = "n/a" if r.get("serve") is None else f"{r['serve']:.0f}"
        peak, pss = (bl.fmt_s(r[key], 0) for key in ("peak", "peak_pss"))
        rows.append([f"{r['entries']:,}", f"{r['cold']:.2f}", f"{r['nochange']:.2f}",
                     f"{r['edit']:.2f}", serve, r["pages"], peak, pss])
    command = " ".join(Path(c).name if i == 0 else c
                       for i, c in enumerate(bl.digest_build_cmd(Path("DIR"), search=False)))
    print()
    print(f"`{command}`, {os.cpu_count()} cores; median of {args.runs} runs (cold: one run "
          f"above 4,000 entries). Cold = no public/ and no .cache/; the OS file cache is warm.")
    print(f"Work folders on {results[0].get('where', '?').split(' on ', 1)[-1]}; load average "
          f"{load_before} before, {bl.load_average()} after (a shared machine).")
    print()
    print(bl.markdown_table(["entries", "cold s", "no-change s", "one-edit s",
                             "serve edit→reload ms (median)", "pages",
                             "peak MB (sum of RSS)", "peak MB (PSS)"], rows))
    print()
    print(ANCHORS)
    goals = _goals(results)
    if goals:
        print()
        print("Goals from issue 6 (checked where this run measured them):")
        print("\n".join(goals))
    return 1 if any("error" in r for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
