"""Bar charts drawn at build time as inline SVG: no JavaScript, no image files.

Each chart is a `<figure>`: the SVG (a `<title>` and a `<desc>` for assistive technology) and
the same numbers as a visually hidden table. The bars are `currentColor`, so the theme's CSS
colours them (`.chart` in style.css), light and dark alike. Pure functions of their numbers,
so the same events always draw the same bytes.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from markupsafe import Markup, escape

from builder.events import KIND_LABELS, Event

MAX_MONTHS = 36  # a monthly chart shows at most the last three years
_WIDTH, _HEIGHT, _BASE = 640, 160, 130  # viewBox, and the y of the bars' baseline


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


def bar_chart(chart_id: str, title: str, description: str, rows: list[tuple[str, int]],
              label_heading: str) -> Markup:
    """A vertical bar chart of `rows` (label, count) as a figure with its data table."""
    if not rows:
        return Markup("")
    top = max(count for _, count in rows) or 1
    slot = _WIDTH / len(rows)
    bar = max(slot * 0.7, 1.0)
    parts = [f'<svg class="chart-svg" viewBox="0 0 {_WIDTH} {_HEIGHT}" role="img" '
             f'aria-labelledby="{chart_id}-title {chart_id}-desc" '
             'focusable="false">',
             f'<title id="{chart_id}-title">{escape(title)}</title>',
             f'<desc id="{chart_id}-desc">{escape(description)}</desc>',
             f'<line class="axis" x1="0" y1="{_BASE}" x2="{_WIDTH}" y2="{_BASE}"/>']
    for index, (_, count) in enumerate(rows):
        height = round(count / top * (_BASE - 10), 1)
        x = round(index * slot + (slot - bar) / 2, 1)
        parts.append(f'<rect class="bar" x="{x}" y="{round(_BASE - height, 1)}" '
                     f'width="{round(bar, 1)}" height="{height}"/>')
    labels = {0: rows[0][0], len(rows) - 1: rows[-1][0]}
    for index, label in labels.items():
        anchor = "start" if index == 0 else "end"
        x = 0 if index == 0 else _WIDTH
        parts.append(f'<text class="label" x="{x}" y="{_HEIGHT - 8}" '
                     f'text-anchor="{anchor}">{escape(label)}</text>')
    parts.append(f'<text class="label" x="0" y="12">{top}</text>')
    parts.append("</svg>")
    table = "".join(f"<tr><th scope=\"row\">{escape(label)}</th><td>{count}</td></tr>"
                    for label, count in rows)
    return Markup(
        f'<figure class="chart" id="{chart_id}">' + "".join(parts)
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
    per_month = [(month_label(key), count) for key, count in months(events)]
    by_kind = kinds(events)
    scope = whose or "all companies"
    return [
        bar_chart("chart-months", f"Reversal events per month, {scope}",
                  f"{per_month[0][0]} to {per_month[-1][0]}: most in one month "
                  f"{max(n for _, n in per_month)}.", per_month, "Month"),
        bar_chart("chart-kinds", f"Reversal events by kind of action, {scope}",
                  ", ".join(f"{label}: {n}" for label, n in by_kind) + ".", by_kind,
                  "Kind of action"),
    ]
