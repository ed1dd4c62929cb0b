"""Dates: a bare date is that whole day in site.yaml's timezone, never "in the future" because
UTC has not reached it yet; future-dated and draft entries stay out unless --drafts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from builder.config import load_config
from builder.content import Entry, load_entry
from builder.errors import SiteError
from builder.site import build_site
from tests.conftest import run_digest
from tests.test_reliability_support import SITE_YAML, entry, make_site


def _load(root: Path, name: str, text: str, tz: ZoneInfo) -> Entry:
    path = root / "content" / "entries" / name
    return load_entry(root, path, text.encode(), tz)


def _published(timezone: str, date: str, now: datetime, tmp_path: Path, *,
               drafts: bool = False, draft: bool = False) -> bool:
    root = make_site(tmp_path / "site", theme=False, entries={},
                     site_yaml=SITE_YAML.replace("timezone: UTC", f"timezone: {timezone}"))
    config = load_config(root)
    item = _load(root, "2026-11-25-x.md", entry(date=date, draft=str(draft).lower()), config.tz)
    site = build_site(config, [item], include_drafts=drafts, now=now)
    return bool(site.entries)


# 2026-11-24 12:00 UTC is already 2026-11-25 01:00 in Auckland (NZDT, UTC+13)
NOON_UTC = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("timezone", "date", "now", "expected"), [
    ("Pacific/Auckland", "2026-11-25", NOON_UTC, True),  # today in Auckland, tomorrow in UTC
    ("UTC", "2026-11-25", NOON_UTC, False),  # the same date on a UTC site: tomorrow
    ("Pacific/Auckland", "2026-11-26", NOON_UTC, False),
    ("Pacific/Honolulu", "2026-11-24", datetime(2026, 11, 24, 5, 0, tzinfo=UTC), False),
    ("Pacific/Honolulu", "2026-11-24", datetime(2026, 11, 24, 10, 0, tzinfo=UTC), True),
    ("Pacific/Auckland", "2026-11-25T09:00", NOON_UTC, False),  # 20:00 UTC: hours away
    ("Pacific/Auckland", "2026-11-25T00:30", NOON_UTC, True),  # 11:30 UTC: just passed
    ("Pacific/Auckland", "2026-11-24T13:00:00Z", NOON_UTC, False),  # explicit offset wins
    ("Pacific/Auckland", "2026-11-24T11:59:00+00:00", NOON_UTC, True),
    ("Pacific/Kiritimati", "2026-11-25", datetime(2026, 11, 24, 10, 0, tzinfo=UTC), True),
    ("Etc/GMT+12", "2026-11-24", datetime(2026, 11, 24, 11, 59, tzinfo=UTC), False),
])
def test_a_date_is_judged_in_the_site_timezone(tmp_path: Path, timezone: str, date: str,
                                               now: datetime, expected: bool) -> None:
    assert _published(timezone, date, now, tmp_path) is expected


def test_drafts_and_future_entries_only_with_drafts(tmp_path: Path) -> None:
    assert not _published("UTC", "2026-11-20", NOON_UTC, tmp_path / "a", draft=True)
    assert _published("UTC", "2026-11-20", NOON_UTC, tmp_path / "b", draft=True, drafts=True)
    assert _published("UTC", "2099-01-01", NOON_UTC, tmp_path / "c", drafts=True)


def test_a_bare_date_is_midnight_in_the_site_timezone(tmp_path: Path) -> None:
    tz = ZoneInfo("Pacific/Auckland")
    item = _load(tmp_path, "2026-11-25-x.md", entry(date="2026-11-25"), tz)
    assert item.published == datetime(2026, 11, 25, tzinfo=tz) and not item.has_time
    assert item.published.astimezone(UTC) == datetime(2026, 11, 24, 11, tzinfo=UTC)
    timed = _load(tmp_path, "2026-11-25-y.md", entry(date="2026-11-25 10:30"), tz)
    assert timed.has_time and timed.published == datetime(2026, 11, 25, 10, 30, tzinfo=tz)


@pytest.mark.parametrize("bad", ["2026-13-45", "2026-02-30", "2026-11-24T25:00", "yesterday",
                                 "0001-01-01", "9999-12-31", "2026-11-24T10:00+25:00", "''",
                                 "[2026, 11, 24]", "true", "2026-11-24 10:00 PST"])
def test_bad_dates_are_reported_at_their_line(tmp_path: Path, bad: str) -> None:
    with pytest.raises(SiteError) as caught:
        _load(tmp_path, "2026-11-25-x.md", entry(date=bad), ZoneInfo("UTC"))
    [problem] = caught.value.problems
    assert problem.line == 3 and "date" in problem.message


def test_today_in_the_site_timezone_is_published_by_the_cli(tmp_path: Path) -> None:
    """With the real clock: an entry dated today in the zone furthest ahead of UTC (+14) is
    published, one dated tomorrow there is not (unless --drafts), nor is a draft."""
    zone = "Pacific/Kiritimati"
    today = datetime.now(ZoneInfo(zone)).date()
    root = make_site(tmp_path / "site", site_yaml=SITE_YAML.replace("timezone: UTC",
                                                                    f"timezone: {zone}"),
                     entries={
        "today.md": entry(date=today.isoformat(), title="Today"),
        "tomorrow.md": entry(date=(today + timedelta(days=1)).isoformat(), title="Tomorrow"),
        "draft.md": entry(date="2026-01-01", draft="true", title="Draft"),
    })
    run_digest(root, "build", "--no-search", check=True)
    pages = {p.parent.name for p in (root / "public" / "entries").glob("*/index.html")}
    assert pages == {"today"}
    run_digest(root, "build", "--no-search", "--drafts", check=True)
    pages = {p.parent.name for p in (root / "public" / "entries").glob("*/index.html")}
    assert pages == {"today", "tomorrow", "draft"}


def test_a_future_entry_comes_out_on_its_day_with_nothing_else_changed(tmp_path: Path) -> None:
    """A build with nothing changed stops at file stats; the day a future-dated entry comes
    out is recorded with them, so the first build from that day on publishes it."""
    from builder.build import Builder

    root = make_site(tmp_path / "site", entries={
        "2026-11-20-now.md": entry(date="2026-11-20", title="Now"),
        "2026-11-27-later.md": entry(date="2026-11-27", title="Later"),
    })

    def published(day: int) -> set[str]:
        Builder(root, log=lambda line: None, ingest_seeds=False, workers=1).build(
            now=datetime(2026, 11, day, 12, 0, tzinfo=UTC))
        return {p.parent.name for p in (root / "public" / "entries").glob("*/index.html")}

    assert published(25) == {"now"}
    assert published(26) == {"now"}  # unchanged: no entry is loaded
    assert published(27) == {"now", "later"}


@pytest.mark.parametrize("serving", [False, True])
def test_an_edit_made_after_a_future_entry_came_out_publishes_it(tmp_path: Path,
                                                                 serving: bool) -> None:
    """A build after an edit starts from the last model and works out the edit alone, but
    not past the day an entry hidden in that model comes out: `digest build` (a new Builder,
    the saved model) and serve (one Builder, told the edited file) both publish it."""
    from builder.build import Builder

    root = make_site(tmp_path / "site", entries={
        "2026-11-20-now.md": entry(date="2026-11-20", title="Now"),
        "2026-11-27-later.md": entry(date="2026-11-27", title="Later"),
    })
    edited = root / "content" / "entries" / "2026-11-20-now.md"
    kept = Builder(root, log=lambda line: None, ingest_seeds=False, workers=1)

    def published(day: int, title: str) -> set[str]:
        edited.write_text(entry(date="2026-11-20", title=title), encoding="utf-8")
        builder = kept if serving else Builder(root, log=lambda line: None,
                                               ingest_seeds=False, workers=1)
        builder.build({edited.resolve()} if serving and kept.site else None,
                      now=datetime(2026, 11, day, 12, 0, tzinfo=UTC))
        return {p.parent.name for p in (root / "public" / "entries").glob("*/index.html")}

    assert published(25, "Now") == {"now"}
    assert published(26, "Now, edited") == {"now"}
    assert published(28, "Now, edited again") == {"now", "later"}
