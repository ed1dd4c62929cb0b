"""Bar charts drawn at build time as inline SVG: no JavaScript, no image files.

Each chart is a `<figure>`: the SVG (a `<title>` and a `<desc>` for assistive technology) and
the same numbers as a visually hidden table. The bars are `currentColor`, so the theme's CSS
colours them (`.chart` in style.css), light and dark alike. Pure functions of their numbers,
so the same events always draw the same bytes.

Every bar is labelled, and no label overlaps another or a bar: the layout reserves room for
each label from a generous estimate of its width (`text_width`), since the SVG is drawn
before any browser measures its text. tests/test_charts.py checks the result in Chromium.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from functools import lru_cache

from markupsafe import Markup, escape

from builder.events import KIND_LABELS, Event

MAX_MONTHS = 36  # a monthly chart shows at most the last three years
WIDTH = 640  # every chart's viewBox width
FONT = 13  # label size in viewBox units (style.css sets the same on `.chart .label`)
_LINE = FONT + 4  # one line of labels
_GAP = 4  # the least space between a label and whatever is next to it


def text_width(text: str) -> float:
    """An upper bound of `text`'s width at FONT in a sans-serif font: wide letters counted
    wide, so a label laid out with it fits wherever the browser's font is narrower."""
    ems = sum(0.98 if ch in "mwMW@%" else 0.86 if ch.isupper() else 0.34 if ch in " .,:;|!il"
              else 0.66 for ch in text)
    return round(ems * FONT, 1)


def months(events: list[Event]) -> list[tuple[str, int]]:
    """Events per month of first report, oldest month first, months with none included,
    the last `MAX_MONTHS` at most."""
    if not events:
        return []
    days = [e.first_reported for e in events]  # a property: worked out once each
    counts = Counter((day.year, day.month) for day in days)
    first, last = min(days), max(days)
    series: list[tuple[str, int]] = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        series.append((f"{year:04d}-{month:02d}", counts.get((year, month), 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return series[-MAX_MONTHS:]


def kinds(events: list[Event]) -> list[tuple[str, int]]:
    """Events per kind of action, in `KIND_LABELS` order, kinds with none left out."""
    counts = Counter(e.kind for e in events)
    return [(label, counts[kind]) for kind, label in KIND_LABELS.items() if counts[kind]]


def _text(x: float, y: float, text: str, anchor: str = "start") -> str:
    return (f'<text class="label" x="{round(x, 1)}" y="{round(y, 1)}" '
            f'text-anchor="{anchor}">{escape(text)}</text>')


def _svg(chart_id: str, title: str, description: str, height: float, parts: list[str]) -> str:
    return (f'<svg class="chart-svg" viewBox="0 0 {WIDTH} {round(height)}" role="img" '
            f'aria-labelledby="{chart_id}-title {chart_id}-desc" focusable="false">'
            f'<title id="{chart_id}-title">{escape(title)}</title>'
            f'<desc id="{chart_id}-desc">{escape(description)}</desc>' + "".join(parts)
            + "</svg>")


def month_bars(chart_id: str, title: str, description: str,
               series: list[tuple[str, int]]) -> str:
    """Vertical bars, one per month (`YYYY-MM`, count). Under each bar its month: "Mar 2026"
    when every such label fits its bar's width, else the month's initial, with the year on a
    second line under each January (and under the first bar when its year's label fits before
    the next). Above each bar its count when every count fits; else the scale's top and 0 at
    the left, beside the bars rather than over them."""
    top = max(count for _, count in series) or 1
    counted = all(text_width(str(n)) + _GAP <= WIDTH / len(series) for _, n in series)
    gutter = 0.0 if counted else text_width(str(top)) + 2 * _GAP
    slot = (WIDTH - gutter) / len(series)
    full = all(text_width(month_label(key)) + _GAP <= slot for key, _ in series)
    plot_top = _LINE + _GAP if counted else FONT / 2 + 2
    base = plot_top + 110
    height = base + _GAP + _LINE * (1 if full else 2)
    bar = min(max(slot * 0.7, 1.0), 64)
    parts = [f'<line class="axis" x1="{round(gutter, 1)}" y1="{base}" x2="{WIDTH}" '
             f'y2="{base}"/>']
    if not counted:
        parts += [_text(gutter - _GAP, plot_top + FONT * 0.35, str(top), "end"),
                  _text(gutter - _GAP, base, "0", "end")]
    year_ends: list[tuple[float, float, str]] = []  # (start x, end x, year) of year labels
    for index, (key, count) in enumerate(series):
        height_px = round(count / top * (base - plot_top), 1)
        left = gutter + index * slot
        middle = left + slot / 2
        parts.append(f'<rect class="bar" x="{round(left + (slot - bar) / 2, 1)}" '
                     f'y="{round(base - height_px, 1)}" width="{round(bar, 1)}" '
                     f'height="{height_px}"/>')
        if counted:
            parts.append(_text(middle, base - height_px - _GAP, str(count), "middle"))
        below = base + _GAP + FONT
        if full:
            parts.append(_text(middle, below, month_label(key), "middle"))
            continue
        year, month = key.split("-")
        parts.append(_text(middle, below, month_label(key)[0], "middle"))
        if month == "01" or index == 0:
            year_ends.append((left + (slot - bar) / 2, left + (slot - bar) / 2
                              + text_width(year), year))
    for index, (start, end, year) in enumerate(year_ends):
        following = year_ends[index + 1][0] if index + 1 < len(year_ends) else WIDTH + _GAP
        if end + _GAP <= following:
            parts.append(_text(start, base + _GAP + FONT + _LINE, year))
    return _svg(chart_id, title, description, height, parts)


def kind_bars(chart_id: str, title: str, description: str, rows: list[tuple[str, int]]) -> str:
    """Horizontal bars, one per kind of action: its name on the left, its count at the
    bar's end; the longest bar leaves room for the largest count."""
    top = max(count for _, count in rows) or 1
    names = max(text_width(label) for label, _ in rows) + 2 * _GAP
    longest = WIDTH - names - text_width(str(top)) - 2 * _GAP
    row = FONT + 13
    parts = [f'<line class="axis" x1="{round(names, 1)}" y1="0" x2="{round(names, 1)}" '
             f'y2="{len(rows) * row}"/>']
    for index, (label, count) in enumerate(rows):
        y = index * row
        length = round(count / top * longest, 1)
        middle = y + row / 2 + FONT * 0.35
        parts += [_text(names - _GAP, middle, label, "end"),
                  f'<rect class="bar" x="{round(names, 1)}" y="{y + 4}" width="{length}" '
                  f'height="{row - 8}"/>',
                  _text(names + length + _GAP, middle, str(count))]
    return _svg(chart_id, title, description, len(rows) * row, parts)


def figure(chart_id: str, title: str, svg: str, rows: list[tuple[str, int]],
           label_heading: str) -> Markup:
    """The chart with its numbers as a table for screen readers, and a caption. The chart
    keeps a width at which its labels are readable (style.css): on a narrower screen its
    box scrolls sideways, and so takes the keyboard focus to be scrolled with the keys."""
    table = "".join(f"<tr><th scope=\"row\">{escape(label)}</th><td>{count}</td></tr>"
                    for label, count in rows)
    return Markup(
        f'<figure class="chart" id="{chart_id}"><div class="chart-scroll" tabindex="0" '
        f'role="group" aria-labelledby="{chart_id}-title">{svg}</div>'
        + f'<table class="visually-hidden"><caption>{escape(title)}</caption><thead><tr>'
        + f'<th scope="col">{escape(label_heading)}</th><th scope="col">Reversal events</th>'
        + f"</tr></thead><tbody>{table}</tbody></table>"
        + f"<figcaption>{escape(title)}</figcaption></figure>")


def month_label(key: str) -> str:
    """`2026-03` → `Mar 2026`."""
    year, month = key.split("-")
    return date(int(year), int(month), 1).strftime("%b %Y")


def page_charts(whose: str, events: list[Event]) -> list[Markup]:
    """The charts of the front page (`whose` "") or a company's page: events per month, and
    by kind of action."""
    if not events:
        return []
    return list(_drawn(whose, tuple(months(events)), tuple(kinds(events))))


@lru_cache(maxsize=1024)
def _drawn(whose: str, series: tuple[tuple[str, int], ...],
           by_kind: tuple[tuple[str, int], ...]) -> tuple[Markup, ...]:
    """`page_charts` from the numbers: kept by them, since an edit of one entry re-renders
    its companies' first pages, whose numbers it seldom changes."""
    per_month = [(month_label(key), count) for key, count in series]
    scope = whose or "all companies"
    month_title = f"Reversal events per month, {scope}"
    kind_title = f"Reversal events by kind of action, {scope}"
    month_text = (f"{per_month[0][0]} to {per_month[-1][0]}: most in one month "
                  f"{max(n for _, n in per_month)}.")
    kind_text = ", ".join(f"{label}: {n}" for label, n in by_kind) + "."
    return (
        figure("chart-months", month_title,
               month_bars("chart-months", month_title, month_text, list(series)), per_month,
               "Month"),
        figure("chart-kinds", kind_title,
               kind_bars("chart-kinds", kind_title, kind_text, list(by_kind)), list(by_kind),
               "Kind of action"),
    )
