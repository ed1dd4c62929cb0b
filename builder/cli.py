"""`digest [--site DIR] COMMAND`: ingest, build, serve, check, review.

Errors in the user's files print as `path:line: message` and exit 1; a traceback only ever
means a bug in the digest itself.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import NoReturn

from builder import __version__
from builder.errors import Problem, SearchIndexError, SiteError

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="digest", description="Reversal Digest: articles about policy reversals → a site.")
    parser.add_argument("--site", type=Path, default=Path("."),
                        help="the site folder (with site.yaml); default: the current folder")
    parser.add_argument("--version", action="version", version=f"digest {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ingest = commands.add_parser("ingest", help="turn new seeds into entries under content/")
    ingest.add_argument("seeds", nargs="*", type=Path, help="seed files (default: all new seeds)")
    ingest.add_argument("--force", action="store_true",
                        help="re-ingest the named seeds, backing up the entries they replace")

    build = commands.add_parser("build", help="ingest new seeds, then render public/")
    _add_build_options(build)

    serve = commands.add_parser("serve", help="build, serve on 127.0.0.1, rebuild on change")
    _add_build_options(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    serve.add_argument("--open", action="store_true", help="open the site in a browser")

    commands.add_parser("check", help="validate site.yaml and every entry; build nothing")
    commands.add_parser("review", help="list the entries ingest wants an editor to look at")
    return parser


def _add_build_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--base-url", help="publish under this URL (overrides site.yaml)")
    parser.add_argument("--out", type=Path, help="output folder (default: SITE/public)")
    parser.add_argument("--drafts", action="store_true",
                        help="include drafts and future-dated entries")
    parser.add_argument("--workers", type=int, default=None,
                        help="render processes (default: one per core)")
    parser.add_argument("--no-search", dest="search", action="store_false",
                        help="leave the Pagefind search index out (faster)")


def run() -> NoReturn:
    """The `digest` command: `main`, then exit without tearing the interpreter down.

    Everything a command writes is closed and in place when `main` returns; what is left is
    freeing, one by one, the objects of a whole digest (entries, model, plan), which costs a
    digest build after one edit a tenth of its time. So flush what is printed and leave at
    once with `os._exit`, the way Instagram's web servers skip their final garbage collection."""
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    root = args.site.resolve()
    try:
        return _COMMANDS[args.command](root, args)
    except SearchIndexError as error:
        _report(error.problems, consequence="the pages were published, the search index was "
                                            "not (--no-search leaves it out)")
        return EXIT_PROBLEMS
    except SiteError as error:
        _report(error.problems)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _report(problems: list[Problem], what: str = "problem",
            consequence: str = "nothing was published") -> None:
    """Each problem as `path:line: message` on stderr, then one line that counts them."""
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"error: {len(problems)} {what}{'s' * (len(problems) != 1)}; {consequence}",
          file=sys.stderr)


def _cmd_build(root: Path, args: argparse.Namespace) -> int:
    from builder.build import build

    result = build(root, base_url=args.base_url, out=args.out, drafts=args.drafts,
                   workers=args.workers, search=args.search)
    print(f"build: {result.total} outputs, {result.rendered} rendered, {result.written} written, "
          f"{result.deleted} removed in {result.seconds * 1000:.0f} ms")
    if result.ingest_failures:
        _report_seed_failures(result.ingest_failures)
        return EXIT_PROBLEMS
    return EXIT_OK


def _report_seed_failures(failures: list[Problem]) -> None:
    _report(failures, "seed", "not ingested, the other seeds were")


def _cmd_ingest(root: Path, args: argparse.Namespace) -> int:
    from builder.config import load_config
    from builder.ingest import ingest

    started = time.perf_counter()
    seeds = [seed.resolve() for seed in args.seeds] or None
    report = ingest(root, load_config(root), seeds, force=args.force)
    print(f"ingest: {len(report.written)} written, {len(report.skipped)} already ingested, "
          f"{len(report.failed)} failed in {(time.perf_counter() - started) * 1000:.0f} ms")
    if report.failed:
        _report_seed_failures(report.failed)
        return EXIT_PROBLEMS
    return EXIT_OK


def _cmd_check(root: Path, args: argparse.Namespace) -> int:
    from builder.check import check

    problems = check(root)
    if problems:
        _report(problems)
        return EXIT_PROBLEMS
    print("check: no problems")
    return EXIT_OK


def _cmd_review(root: Path, args: argparse.Namespace) -> int:
    from builder.ingest.review import pending

    waiting, errors = pending(root)
    for item in waiting:
        state = "draft" if item.draft else "published"
        print(f"{item.path} ({state}):")
        for reason in item.reasons:
            print(f"  - {reason}")
    print(f"review: {len(waiting)} entr{'y' if len(waiting) == 1 else 'ies'} to look at; "
          "clear one by fixing it and deleting its 'review' and 'draft' keys")
    if errors:
        _report([p for error in errors for p in error.problems], consequence="not listed")
        return EXIT_PROBLEMS
    return EXIT_OK


def _cmd_serve(root: Path, args: argparse.Namespace) -> int:
    from builder.serve import serve

    return serve(root, args)


_COMMANDS = {"build": _cmd_build, "ingest": _cmd_ingest, "check": _cmd_check,
             "serve": _cmd_serve, "review": _cmd_review}
