"""End to end in headless Chromium: a page served by `digest serve` reloads by itself after an
edit, shows the error overlay for a broken entry, and clears it when the entry is fixed.

Debian's `chromium` driven by Playwright for Python (no browser download); skipped when either
is missing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_serve import Serve, entry_files, make_site, set_title, slug_of

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]

sync_api = pytest.importorskip("playwright.sync_api")
if not Path(CHROMIUM).exists():
    pytest.skip("no chromium (apt-get install chromium)", allow_module_level=True)


def test_page_reloads_itself_shows_and_clears_the_error_overlay_swaps_css(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", entries=10)
    entry = entry_files(site)[2]
    original = entry.read_text(encoding="utf-8")
    serve = Serve(site, "--no-search")
    try:
        with sync_api.sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS,
                                                 headless=True)
            try:
                page = browser.new_page()
                page.set_default_timeout(15_000)
                page.goto(f"{serve.url}entries/{slug_of(entry)}/")
                page.evaluate("window.__notReloaded = true")
                # The page's event stream is connected (its first message arrived).
                page.wait_for_function("window.digestServe && window.digestServe.connected")

                set_title(entry, "Reloaded by itself")
                page.wait_for_function("document.title.includes('Reloaded by itself')")
                assert page.evaluate("window.__notReloaded") is None  # a real reload

                entry.write_text(original.replace("title: ", "title: [broken ", 1),
                                 encoding="utf-8")
                overlay = page.locator("#digest-error-overlay")
                overlay.wait_for(state="visible")
                assert f"{entry.name}:" in overlay.inner_text()
                assert "Reloaded by itself" in page.title()  # the last good page underneath

                entry.write_text(original.replace("title: ", "title: Fixed and ", 1),
                                 encoding="utf-8")
                page.wait_for_function("document.title.includes('Fixed and')")
                assert page.locator("#digest-error-overlay").count() == 0

                # A stylesheet-only change is swapped in place, without a reload.
                page.wait_for_function("window.digestServe && window.digestServe.connected")
                page.evaluate("window.__sameDocument = true")
                style = site / "templates" / "static" / "style.css"
                style.write_text(style.read_text(encoding="utf-8")
                                 + "\nbody { outline: 7px solid rgb(1, 2, 3) }\n",
                                 encoding="utf-8")
                page.wait_for_function(
                    "getComputedStyle(document.body).outlineColor === 'rgb(1, 2, 3)'")
                assert page.evaluate("window.__sameDocument") is True
            finally:
                browser.close()
        assert serve.stop()[0] == 0
    finally:
        serve.kill()
