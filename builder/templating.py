"""The Jinja environment: autoescaping everywhere, the site's theme, and a few filters.

The theme's templates come in layers (`builder.theme_layers`): the site's own `templates/`
first, then the built-in theme shipped in the package.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from builder.errors import Problem, display_path
from builder.failures import RenderTimeout
from builder.memo import memo_by
from builder.theme_layers import TEMPLATES_DIR, Theme

if TYPE_CHECKING:
    from jinja2 import Environment
    from jinja2.runtime import Context

    from builder.content import Entry
    from builder.events import Event


def make_environment(theme: Theme) -> Environment:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined  # only builds that render

    # Autoescape every template, XML feeds included: no text from a seed reaches a page raw.
    # The loader looks in each layer in turn: a site's template overrides that file alone.
    loader = FileSystemLoader([str(folder) for folder in theme.templates])
    env = Environment(loader=loader, autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True, auto_reload=False)
    env.filters.update(iso_date=iso_date, human_date=human_date, short_date=short_date,
                       rfc3339=rfc3339, **_link_filters())
    return env


def _link_filters() -> dict[str, Callable[..., str]]:
    """Links as filters (`'feed.xml'|url`, `entry|entry_url`, `name|company_url`): a filter
    is called straight from the compiled template, a function goes through `Context.call`
    on every call, and a page makes dozens. They read the site from the render's context:
    a context filter is never folded into the compiled template, which is cached on disk
    and must not keep one build's base URL."""
    from jinja2 import pass_context

    from builder.fields import tag_slug
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
        """The link to a tag's page, from the tag as an entry writes it."""
        known = context["site"].tag_of.get(tag)
        return context["site"].url(f"tags/{known.slug if known else tag_slug(tag)}/")

    @pass_context
    def event_url(context: Context, event: Event) -> str:
        return context["site"].url(f"reversals/{event.slug}/")

    @pass_context
    def topic_label(context: Context, slug: str) -> str:
        """A topic as the site shows it, from its slug (an event's topics are slugs)."""
        known = context["site"].tags.get(slug)
        return known.name if known else slug

    @pass_context
    def tag_name(context: Context, tag: str) -> str:
        """A tag as the site shows it (`Tag.name`), from the tag as an entry writes it."""
        known = context["site"].tag_of.get(tag)
        return known.name if known else tag

    return {"url": url, "absolute": absolute, "entry_url": entry_url, "entry_link": entry_link,
            "company_url": company_url, "tag_url": tag_url, "tag_name": tag_name,
            "event_url": event_url, "topic_label": topic_label}


# Date formats, remembered per moment: a page shows a dozen dates, a listing hundreds, and a
# digest has far fewer distinct dates than it shows (a lookup costs much less than strftime
# on an aware datetime). Keyed with the UTC offset too, since aware
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
