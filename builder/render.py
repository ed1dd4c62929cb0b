"""The Jinja environment: autoescaping everywhere, the site's templates, and a few filters.

Templates come from the site's own `templates/` folder; a site without one (a fresh corpus,
a test) falls back to the theme in this repository's `templates/`.
"""

from __future__ import annotations

import hashlib
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from builder.errors import Problem, SiteError, display_path
from builder.failures import RenderTimeout
from builder.memo import memo_by
from builder.safety import InputRefused, input_files, link_problem, outside, read_input

if TYPE_CHECKING:
    from jinja2 import Environment
    from jinja2.runtime import Context

    from builder.content import Entry
    from builder.events import Event

TEMPLATES_DIR = "templates"
DEFAULT_THEME = Path(__file__).resolve().parent.parent / TEMPLATES_DIR


def templates_dir(root: Path) -> Path:
    """The site's own templates/, or the default theme. A templates/ that is a link out of
    the site folder is refused: a theme is read whole, and published in part (static/)."""
    own = root / TEMPLATES_DIR
    if own.is_symlink() and outside(root, own):
        raise SiteError.at(own, 0, link_problem(root, own) or "is a link out of the site folder")
    return own if own.is_dir() else DEFAULT_THEME


def templates_fingerprint(folder: Path) -> str:
    """One hash of every template: a template change re-renders every page. Files under
    static/ are left out: pages only link to them, and each is an output of its own, so a
    stylesheet edit rewrites the stylesheet alone."""
    digest = hashlib.sha256()
    static = folder / "static"
    for path in input_files(folder, folder):
        if static not in path.parents:
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
            try:
                data = read_input(folder, path)
                data.decode("utf-8")  # Jinja would fail on it in the middle of a render
            except InputRefused as error:
                raise SiteError.at(path, 0, str(error)) from None
            except UnicodeDecodeError as error:
                line = data[:error.start].count(b"\n") + 1
                raise SiteError.at(path, line, f"template: not UTF-8 text ({error.reason})"
                                   ) from None
            digest.update(data + b"\0")
    return digest.hexdigest()


def make_environment(folder: Path) -> Environment:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined  # only builds that render

    # Autoescape every template, XML feeds included: no text from a seed reaches a page raw.
    env = Environment(loader=FileSystemLoader(str(folder)), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True, auto_reload=False)
    env.filters.update(iso_date=iso_date, human_date=human_date, short_date=short_date,
                       rfc3339=rfc3339, **_link_filters())
    return env


def _link_filters() -> dict[str, Callable[..., str]]:
    """Links as filters (`'feed.xml'|url`, `entry|entry_url`, `name|company_url`): a filter
    is called straight from the compiled template, a function goes through `Context.call`
    (5 us a call, and a page makes dozens). They read the site from the render's context:
    a context filter is never folded into the compiled template, which is cached on disk
    and must not keep one build's base URL."""
    from jinja2 import pass_context

    from builder.site import entry_path

    @pass_context
    def url(context: Context, path: str) -> str:
        """A site path (`companies/`) as a link carrying base_url's path."""
        return context["site"].url(path)

    @pass_context
    def absolute(context: Context, path: str) -> str:
        return context["site"].absolute(path)

    @pass_context
    def entry_url(context: Context, entry: Entry) -> str:
        return context["site"].url(entry_path(entry))

    @pass_context
    def entry_link(context: Context, entry: Entry) -> str:
        """The entry's absolute URL (feeds)."""
        return context["site"].absolute(entry_path(entry))

    @pass_context
    def company_url(context: Context, name: str) -> str:
        """The link to a company's page, or "" when the digest has none."""
        return context["site"].company_links.get(name, "")

    @pass_context
    def tag_url(context: Context, tag: str) -> str:
        return context["site"].url(f"tags/{tag}/")

    @pass_context
    def event_url(context: Context, event: Event) -> str:
        return context["site"].url(f"reversals/{event.slug}/")

    @pass_context
    def topic_label(context: Context, tag: str) -> str:
        """What readers see of a topic: its label in site.yaml, else its slug."""
        return context["site"].config.topic_label(tag)

    return {"url": url, "absolute": absolute, "entry_url": entry_url, "entry_link": entry_link,
            "company_url": company_url, "tag_url": tag_url, "event_url": event_url,
            "topic_label": topic_label}


# Date formats, remembered per moment: a page shows a dozen dates, a listing hundreds, and a
# digest has far fewer distinct dates than it shows (strftime on an aware datetime costs
# microseconds, a lookup a tenth of one). Keyed with the UTC offset too, since aware
# datetimes in two zones compare equal when they are the same instant.
_per_moment = memo_by(lambda moment: (moment, moment.utcoffset()), limit=20_000)


@_per_moment
def iso_date(moment: datetime) -> str:
    return moment.date().isoformat()


@_per_moment
def human_date(moment: datetime) -> str:
    return f"{moment.day} {moment:%B %Y}"


@_per_moment
def short_date(moment: datetime) -> str:
    return f"{moment.day} {moment:%b %Y}"


@_per_moment
def rfc3339(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def template_problem(error: Exception, output: str) -> Problem:
    """A Jinja error as `templates/x.html:line: template: message`, found from the error itself
    (syntax errors) or from the template frames Jinja puts in the traceback (runtime errors,
    such as an undefined variable)."""
    filename = getattr(error, "filename", None)
    line = getattr(error, "lineno", None) or 0
    if not filename:
        for frame in reversed(traceback.extract_tb(error.__traceback__)):
            if frame.filename.endswith((".html", ".xml", ".txt")):
                filename, line = frame.filename, frame.lineno or 0
                break
    message = getattr(error, "message", None) or str(error)
    return Problem(display_path(filename or TEMPLATES_DIR), line,
                   f"template: {message} (while rendering {output})")


def template_failure(error: BaseException, output: str, timeout: float) -> Problem | None:
    """A template that failed while it ran (divided by zero, recursed without end, ran past
    the site's `timeout`, asked for more memory than there is) as a problem at the template's
    line; None when no template was running: then it is a bug of the digest's own."""
    frame = _template_frame(error)
    if frame is None:
        return None
    if isinstance(error, RenderTimeout):
        message = (f"took more than {timeout:g} s to render (site.yaml's 'timeout'): "
                   "a loop that never ends, or one far too long")
    elif isinstance(error, RecursionError):
        message = "recursion too deep: a macro or include that calls itself without end"
    elif isinstance(error, MemoryError):
        message = "ran out of memory"
    else:
        message = f"{type(error).__name__}: {error}"
    return Problem(display_path(frame[0]), frame[1],
                   f"template: {message} (while rendering {output})")


def _template_frame(error: BaseException) -> tuple[str, int] | None:
    """The innermost template file and line in the error's traceback."""
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        if frame.filename.endswith((".html", ".xml", ".txt")):
            return frame.filename, frame.lineno or 0
    return None
