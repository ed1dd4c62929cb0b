"""Charts drawn at build time: the numbers they show, and the numbers as a table."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from builder.charts import kinds, months
from tests.conftest import REPO, run_digest
from tests.test_events import _site, _write


def _three_months(root: Path) -> None:
    _write(root, "a", "2026-01-05", [("Acme", "paused", "Acme paused badge swipes", "")])
    _write(root, "b", "2026-01-20", [("Acme", "scrapped", "Acme scrapped the quota", "")])
    _write(root, "c", "2026-03-02", [("Zeta", "paused", "Zeta paused the office rule", "")])


def test_months_count_events_with_empty_months_and_kinds_in_order(tmp_path: Path) -> None:
    _three_months(tmp_path)
    events = _site(tmp_path).events
    assert months(events) == [("2026-01", 2), ("2026-02", 0), ("2026-03", 1)]
    assert kinds(events) == [("Abandoned", 1), ("Paused", 2)]


def test_front_and_company_pages_carry_accessible_svg_charts(tmp_path: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    shutil.copytree(REPO / "templates", root / "templates")
    _three_months(root)
    (root / "site.yaml").write_text("title: T\n", encoding="utf-8")
    run_digest(root, "build", "--no-search", check=True)
    front = (root / "public" / "index.html").read_text()
    chart = front.split('<figure class="chart" id="chart-months">')[1].split("</figure>")[0]
    assert re.search(r'<svg [^>]*role="img" aria-labelledby="chart-months-title '
                     r'chart-months-desc"', chart)
    assert "<title id=\"chart-months-title\">Reversal events per month, all companies" in chart
    assert chart.count('<rect class="bar"') == 3
    assert re.findall(r"<tr><th scope=\"row\">([^<]+)</th><td>(\d+)</td></tr>", chart) == [
        ("Jan 2026", "2"), ("Feb 2026", "0"), ("Mar 2026", "1")]
    company = (root / "public" / "companies" / "acme" / "index.html").read_text()
    assert "Reversal events by kind of action, Acme" in company
    assert "Abandoned: 1, Paused: 1." in company


# --- geometry, measured in Chromium ---------------------------------------------------------

# Every text and bar of each chart on the page, as boxes in the SVG's own units, and the
# pairs that overlap: text with text, text with bar, or anything outside the viewBox.
_OVERLAPS = """() => [...document.querySelectorAll('svg.chart-svg')].map(svg => {
  const view = svg.viewBox.baseVal;
  const box = el => { const b = el.getBBox(); return {name: el.tagName + ' ' +
    (el.textContent || el.getAttribute('x')), x: b.x, y: b.y, r: b.x + b.width,
    b: b.y + b.height}; };
  const texts = [...svg.querySelectorAll('text')].map(box);
  const bars = [...svg.querySelectorAll('rect.bar')].map(box);
  const cross = (a, c) => a.x < c.r && c.x < a.r && a.y < c.b && c.y < a.b;
  const found = [];
  texts.forEach((a, i) => {
    if (a.x < view.x || a.y < view.y || a.r > view.x + view.width ||
        a.b > view.y + view.height) found.push(a.name + ' outside the chart');
    texts.slice(i + 1).forEach(c => { if (cross(a, c)) found.push(a.name + ' / ' + c.name); });
    bars.forEach(c => { if (cross(a, c)) found.push(a.name + ' / ' + c.name); });
  });
  const fill = getComputedStyle(svg.querySelector('rect.bar')).fill;
  const text = getComputedStyle(svg.querySelector('text')).fill;
  const background = getComputedStyle(document.body).backgroundColor;
  return {id: svg.closest('figure').id, texts: texts.length, bars: bars.length, found,
          fill, text, background,
          fontPx: parseFloat(getComputedStyle(svg.querySelector('text')).fontSize)
            * svg.getBoundingClientRect().width / view.width};
})"""


def measure_charts(page: object) -> list[dict]:
    """What `_OVERLAPS` finds on the page open in `page` (a Playwright page)."""
    return page.evaluate(_OVERLAPS)  # type: ignore[attr-defined]


def _series(counts: list[int], start: str = "2024-11") -> list[tuple[str, int]]:
    year, month = map(int, start.split("-"))
    keys = []
    for _ in counts:
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return list(zip(keys, counts, strict=True))


CASES = {
    # A "128"-style top: once drawn over the first bar.
    "three": _series([128, 3, 40]),
    "one": _series([1]),
    "twelve": _series([5, 0, 12, 128, 7, 9, 1, 0, 3, 99, 100, 8]),
    "thirty-six": _series([(i * 37) % 130 for i in range(36)], "2023-12"),
    "thousands": _series([1284, 3, 1999, 0, 12, 7, 1000, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
                          16, 17, 18, 19, 20, 21], "2024-01"),
}
KIND_CASES = {
    "every kind": [("Reversed", 128), ("Abandoned", 3), ("Paused", 1), ("Restored", 1284),
                   ("Loosened", 40), ("Capped", 7), ("Other", 2)],
    "one kind": [("Abandoned", 1)],
}


def test_every_bar_has_a_label_and_no_label_overlaps_light_and_dark(tmp_path: Path) -> None:
    """Chromium lays out the charts with the theme's stylesheet: each bar has its count and
    its name, and no text box overlaps another, a bar, or the chart's edge."""
    from publish_support import CHROMIUM, launch_chromium

    if not Path(CHROMIUM).exists():
        pytest.skip("needs Debian's chromium (make test installs it)")
    from playwright.sync_api import sync_playwright

    from builder.charts import figure, kind_bars, month_bars

    figures = [figure(f"m{i}", name, month_bars(f"m{i}", name, name, rows), [], "Month")
               for i, (name, rows) in enumerate(CASES.items())]
    figures += [figure(f"k{i}", name, kind_bars(f"k{i}", name, name, rows), [], "Kind")
                for i, (name, rows) in enumerate(KIND_CASES.items())]
    css = (REPO / "templates" / "static" / "style.css").read_text(encoding="utf-8")
    html = ("<!DOCTYPE html><html lang=en><head><style>" + css + "</style></head><body>"
            "<main class=wrap>" + "".join(figures) + "</main></body>")
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        seen = {}
        for scheme, width in (("light", 1280), ("dark", 1280), ("light", 390)):
            page = browser.new_page(color_scheme=scheme,  # type: ignore[attr-defined]
                                    viewport={"width": width, "height": 900})
            page.set_content(html)
            seen[scheme, width] = measure_charts(page)
            # A phone scrolls the chart's own box, never the page.
            assert page.evaluate("document.scrollingElement.scrollWidth") <= width
            page.close()
        browser.close()  # type: ignore[attr-defined]
    for (scheme, width), charts in seen.items():
        assert len(charts) == len(CASES) + len(KIND_CASES)
        for chart in charts:
            assert chart["found"] == [], (scheme, chart["id"], chart["found"])
            assert chart["fill"] not in (chart["background"], chart["text"])
            assert chart["fontPx"] >= 12, (scheme, width, chart)
        months_drawn = charts[:len(CASES)]
        for chart, rows in zip(months_drawn, CASES.values(), strict=True):
            assert chart["bars"] == len(rows)
            assert chart["texts"] >= len(rows)  # at least a month under each bar
        for chart, rows in zip(charts[len(CASES):], KIND_CASES.values(), strict=True):
            assert chart["bars"] == len(rows) and chart["texts"] == 2 * len(rows)
    assert seen["light", 1280][0]["fill"] != seen["dark", 1280][0]["fill"]


def test_labels_say_each_bar_s_month_and_count() -> None:
    from builder.charts import kind_bars, month_bars

    few = month_bars("m", "t", "d", CASES["three"])
    assert re.findall(r">([^<>]+)</text>", few) == [
        "128", "Nov 2024", "3", "Dec 2024", "40", "Jan 2025"]
    many = month_bars("m", "t", "d", CASES["thirty-six"])
    labels = re.findall(r">([^<>]+)</text>", many)
    # The months' initials, one under each bar, and each January's year beneath.
    assert "".join(label for label in labels if label.isalpha()) == "DJFMAMJJASON" * 3
    assert [label for label in labels if label.isdigit() and len(label) == 4] == [
        "2024", "2025", "2026"]
    kinds_drawn = kind_bars("k", "t", "d", KIND_CASES["every kind"])
    assert re.findall(r">([^<>]+)</text>", kinds_drawn) == [
        value for label, count in KIND_CASES["every kind"] for value in (label, str(count))]
