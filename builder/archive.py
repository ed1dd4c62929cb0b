"""The archive: every entry by year and month (`/archive/`, `/archive/YYYY/MM/`), so a reader
can get to any month without paging through the front page from the start."""

from __future__ import annotations

from datetime import date
from itertools import groupby

from builder.content import Entry

ARCHIVE_PATH = "archive/"


def by_month(entries: list[Entry]) -> dict[str, list[Entry]]:
    """`YYYY-MM` → the entries of that month in their order (newest first), months newest
    first. An entry's month is that of the day it prints (`Entry.day`, in its own offset), so
    entries in time order need not come month by month: one dated 1 March at 00:30 in UTC+5
    comes before one dated 29 February at 21:00 UTC."""
    months: dict[str, list[Entry]] = {}
    for entry in entries:
        months.setdefault(f"{entry.day:%Y-%m}", []).append(entry)
    return dict(sorted(months.items(), reverse=True))


def month_path(month: str) -> str:
    year, number = month.split("-")
    return f"{ARCHIVE_PATH}{year}/{number}/"


def month_name(month: str) -> str:
    """`2026-03` → `March 2026`."""
    year, number = month.split("-")
    return date(int(year), int(number), 1).strftime("%B %Y")


def by_year(months: dict[str, list[Entry]]) -> list[tuple[str, list[tuple[str, int]]]]:
    """The archive's overview: each year, newest first, with its months and their counts."""
    return [(year, [(month, len(months[month])) for month in group])
            for year, group in groupby(months, key=lambda m: m[:4])]
