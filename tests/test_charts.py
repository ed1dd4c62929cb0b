"""Charts drawn at build time: the numbers they show, and the numbers as a table."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

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
