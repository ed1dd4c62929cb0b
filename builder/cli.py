"""`digest [--site DIR] [-q|-v] COMMAND`: new, ingest, build, serve, check, review.

Errors in the user's files print as `path:line: message` and exit 1; a traceback only ever
means a bug in the digest itself.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from builder import __version__
from builder.config import CONFIG_NAME, MISSING_CONFIG
from builder.errors import Problem, SearchIndexError, SiteError, display_path
from builder.progress import Progress

if TYPE_CHECKING:
    from builder.build import BuildResult, Log

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
QUIET, NORMAL, VERBOSE = -1, 0, 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="digest", parents=[_common_options(argparse.SUPPRESS)],
        description="Reversal Digest: articles about policy reversals → a static site.",
        epilog="--site, -q and -v go before or after the command. "
               "Start a digest with `digest new mysite`.")
    parser.set_defaults(site=Path("."), verbosity=NORMAL)
    parser.add_argument("--version", action="version", version=f"digest {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    common = [_common_options(argparse.SUPPRESS)]

    new = commands.add_parser(
        "new", parents=common, help="start a digest (new SITE) or an entry (new entry TITLE)",
        description='`digest new SITE` writes a new digest into the folder SITE (missing or '
                    'empty); `digest new entry "Title"` starts a hand-written entry, a draft, '
                    'in the digest of --site.')
    new.add_argument("target", metavar="SITE|entry", help="a new digest's folder, or `entry`")
    new.add_argument("title", nargs="?", help="the new entry's title (after `entry`)")

    ingest = commands.add_parser("ingest", parents=common,
                                 help="turn new seeds into entries under content/")
    ingest.add_argument("seeds", nargs="*", type=Path, help="seed files (default: all new seeds)")
    ingest.add_argument("--force", action="store_true",
                        help="re-ingest the named seeds, backing up the entries they replace")

    build = commands.add_parser("build", parents=common,
                                help="ingest new seeds, then render public/")
    _add_build_options(build)
    build.add_argument("--no-ingest", dest="ingest", action="store_false",
                       help="build from content/ alone; fail, listing them, when seeds have "
                            "no entry yet (CI: publish only entries that were committed)")

    serve = commands.add_parser("serve", parents=common,
                                help="build, serve on 127.0.0.1, rebuild on change")
    _add_build_options(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    serve.add_argument("--open", action="store_true", help="open the site in a browser")

    commands.add_parser("check", parents=common,
                        help="validate site.yaml and every entry; build nothing")
    commands.add_parser("review", parents=common,
                        help="list the entries ingest wants an editor to look at")
    return parser


def _common_options(default: object) -> argparse.ArgumentParser:
    """The options every command takes, before or after its name (`digest --site X build`,
    `digest build --site X`). Both copies default to SUPPRESS and the real defaults are set
    once on the main parser: a command's copy must not undo what was given before it."""
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--site", type=Path, default=default,
                         help="the site folder (with site.yaml); default: the current folder")
    loudness = options.add_mutually_exclusive_group()
    loudness.add_argument("-q", "--quiet", dest="verbosity", action="store_const", const=QUIET,
                          default=default, help="print problems only")
    loudness.add_argument("-v", "--verbose", dest="verbosity", action="store_const",
                          const=VERBOSE, default=default,
                          help="say more: a build's time by phase, where it is known")
    return options


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
        if args.command != "new":
            _require_site(root)
        return _COMMANDS[args.command](root, args)
    except SearchIndexError as error:
        _report(error.problems, consequence="the pages were published, the search index was "
                                            "not (--no-search leaves it out)")
        return EXIT_PROBLEMS
    except SiteError as error:
        _report(error.problems, consequence="nothing was written" if args.command == "new"
                else "nothing was published")
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _require_site(root: Path) -> None:
    """A folder without site.yaml is not a digest: say so (and how to start one) before a
    command writes anything there, not even the build lock."""
    if not (root / CONFIG_NAME).is_file():
        raise SiteError.at(root / CONFIG_NAME, 0, MISSING_CONFIG)


def _report(problems: list[Problem], what: str = "problem",
            consequence: str = "nothing was published") -> None:
    """Each problem as `path:line: message` on stderr, then one line that counts them."""
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"error: {len(problems)} {what}{'s' * (len(problems) != 1)}; {consequence}",
          file=sys.stderr)


def _cmd_new(root: Path, args: argparse.Namespace) -> int:
    from builder.scaffold import new_entry, new_site

    if args.target == "entry" and args.title is not None:
        _require_site(root)
        path = new_entry(root, args.title)
        _say(args, f"new entry: {display_path(path)} (a draft: set `draft: false` to publish)")
        return EXIT_OK
    if args.title is not None:
        print(f'usage: digest new SITE, or digest new entry "Title" (got {args.target!r} '
              f'and {args.title!r})', file=sys.stderr)
        return EXIT_USAGE
    created = new_site(Path(args.target))
    where = display_path(created.folder)
    _say(args, f"new digest: {where}/ with {', '.join(created.files)}")
    _say(args, f"next: cd {where}, drop articles into seeds/, run `digest ingest`, review "
               "content/, then `digest serve` to preview or push to GitHub to publish")
    return EXIT_OK


def _cmd_build(root: Path, args: argparse.Namespace) -> int:
    from builder.build import build

    if not args.ingest:
        _refuse_pending_seeds(root)
    out = (args.out or root / "public").resolve()
    with Progress(enabled=args.verbosity > QUIET and sys.stderr.isatty()) as progress:
        result = build(root, base_url=args.base_url, out=out, drafts=args.drafts,
                       workers=args.workers, search=args.search, ingest_seeds=args.ingest,
                       log=progress.wrap(_logger(args)))
    if args.verbosity >= VERBOSE:
        for phase, seconds in result.phases.items():
            print(f"  {phase}: {seconds * 1000:.0f} ms")
    _say(args, _summary(out, result))
    if result.review:
        _say(args, result.awaiting_review())
    if result.ingest_failures:
        _report_seed_failures(result.ingest_failures)
        return EXIT_PROBLEMS
    return EXIT_OK


def _summary(out: Path, result: BuildResult) -> str:
    """The build's last line: how many files, where the site went, what was left out."""
    done = (f"{result.total} outputs, {result.rendered} rendered, {result.written} written, "
            f"{result.deleted} removed in {result.seconds * 1000:.0f} ms")
    left_out = ", ".join(f"{count} {reason.removesuffix('s') if count == 1 else reason}"
                         for reason, count in result.skipped.items())
    if left_out:
        left_out = f"; left out: {left_out} (--drafts shows them)"
    return f"build: {done} → {display_path(out)}/{left_out}"


def _refuse_pending_seeds(root: Path) -> None:
    """`--no-ingest`: seeds without an entry are an error, each named, with what to do."""
    from builder.ingest import pending_seeds

    pending = pending_seeds(root)
    if pending:
        raise SiteError([Problem(display_path(seed), 1, "not ingested: run `digest ingest` "
                                 "locally, review the new entries and commit content/")
                         for seed in pending])


def _logger(args: argparse.Namespace) -> Log:
    def log(line: str) -> None:
        if args.verbosity > QUIET:
            print(line, flush=True)

    return log


def _say(args: argparse.Namespace, line: str) -> None:
    if args.verbosity > QUIET:
        print(line)


def _report_seed_failures(failures: list[Problem]) -> None:
    _report(failures, "seed", "not ingested, the other seeds were")


def _cmd_ingest(root: Path, args: argparse.Namespace) -> int:
    from builder.config import load_config
    from builder.ingest import ingest

    started = time.perf_counter()
    seeds = [seed.resolve() for seed in args.seeds] or None
    report = ingest(root, load_config(root), seeds, force=args.force, log=_logger(args))
    _say(args, f"ingest: {len(report.written)} written, {len(report.skipped)} already ingested, "
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
    _say(args, "check: no problems")
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


_COMMANDS = {"new": _cmd_new, "build": _cmd_build, "ingest": _cmd_ingest, "check": _cmd_check,
             "serve": _cmd_serve, "review": _cmd_review}
