"""`make screenshots`: PNGs of the front, entry, company, search (by words, and by filters
alone), reversals-table and event pages at 390 and 1280 px.

Builds a generated site (plus the hand-written linking entry) for a sub-path with the real CLI,
serves it like GitHub Pages would, and photographs it in headless Chromium, light and dark:
screenshots/<page>-<width>[-dark].png. `--url` photographs a site already being served.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from publish_support import (  # noqa: E402
    REPO,
    build,
    free_port,
    launch_chromium,
    make_site,
    sample_pages,
    serve,
)

WIDTHS = (390, 1280)
PAGES = ("front", "entry", "company", "search", "search-filters", "reversals", "event")


def photograph(root: str, public: Path, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    urls = sample_pages(root, public)
    written = []
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        for scheme in ("light", "dark"):
            for width in WIDTHS:
                page = browser.new_page(  # type: ignore[attr-defined]
                    viewport={"width": width, "height": 900}, color_scheme=scheme)
                for name in PAGES:
                    page.goto(urls[name])
                    if name == "search" and (public / "pagefind").is_dir():
                        page.fill(".pagefind-ui__search-input", "reversed office")
                        page.wait_for_selector(".pagefind-ui__result-link", timeout=15000)
                        page.wait_for_timeout(500)
                    if name == "search-filters" and (public / "pagefind").is_dir():
                        page.wait_for_selector(".filtered-list a", timeout=15000)
                    suffix = "" if scheme == "light" else "-dark"
                    target = out / f"{name}-{width}{suffix}.png"
                    page.screenshot(path=str(target), full_page=name != "front")
                    written.append(target)
                page.close()
        browser.close()  # type: ignore[attr-defined]
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO / "screenshots")
    parser.add_argument("--url", help="root URL of a site already served (with --public)")
    parser.add_argument("--public", type=Path, help="the public/ folder that --url serves")
    args = parser.parse_args()
    if args.url:
        written = photograph(args.url, args.public, args.out)
    else:
        with tempfile.TemporaryDirectory() as scratch:
            site = make_site(Path(scratch) / "site", entries=120)
            port = free_port()
            public = build(site, f"http://127.0.0.1:{port}/reversal-digest/")
            with serve(public, port) as root:
                written = photograph(root, public, args.out)
    for path in written:
        print(path.relative_to(args.out.parent) if args.out.parent in path.parents else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
