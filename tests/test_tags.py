"""Tags as people write them: `tags: [AI, Return to office]` builds, each tag's URL is its
slug, two spellings of one slug are one tag shown by one name, and an incremental build after
spellings change gives the bytes of a cold build."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from builder.check import check
from tests.conftest import run_digest, site_bytes
from tests.test_reliability_support import entry, make_site

ENTRIES = {
    "2026-11-20-a.md": entry(title="A", tags="[AI, Return to office]"),
    "2026-11-21-b.md": entry(title="B", tags="[ai, return-to-office]"),
    "2026-11-22-c.md": entry(title="C", tags="[AI, Übernahme]"),
    "2026-11-23-d.md": entry(title="D", tags="[AI, ai]"),  # one tag, written twice
}


def _build(root: Path) -> dict[str, bytes]:
    run_digest(root, "build", "--no-search", check=True)
    return site_bytes(root / "public")


def _topics(html: str) -> list[tuple[str, str]]:
    """(href, text) of an entry page's topic links."""
    footer = html.split('<p class="tags">', 1)[1].split("</p>", 1)[0]
    return re.findall(r'<a href="([^"]+)" data-pagefind-filter="Topic">([^<]+)</a>', footer)


def test_tags_as_written_get_slug_urls_and_one_name_per_tag(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", entries=ENTRIES)
    public = _build(root)
    pages = sorted(p.split("/")[1] for p in public if re.fullmatch(r"tags/[^/]+/index\.html", p))
    assert pages == ["ai", "return-to-office", "ubernahme"]

    ai = public["tags/ai/index.html"].decode()
    assert "<h1>Topic: AI</h1>" in ai and "4 articles" in ai  # AI 3 times, ai twice: "AI"
    office = public["tags/return-to-office/index.html"].decode()
    assert "<h1>Topic: Return to office</h1>" in office  # 1:1, the first in sort order
    assert "<h1>Topic: Übernahme</h1>" in public["tags/ubernahme/index.html"].decode()
    # Every entry shows the tag by its one name, whatever it wrote.
    assert _topics(public["entries/b/index.html"].decode()) == [
        ("/tags/ai/", "AI"), ("/tags/return-to-office/", "Return to office")]
    assert _topics(public["entries/d/index.html"].decode()) == [("/tags/ai/", "AI")]
    index = public["tags/index.html"].decode()
    assert [name.strip() for name in re.findall(r'class="chip" href="[^"]+">([^<]+)<', index)] \
        == ["AI", "Return to office", "Übernahme"]
    feed = public["feed.xml"].decode()
    assert '<category term="AI"' in feed and '<category term="ai"' not in feed


def test_markup_in_a_tag_is_refused_at_its_line(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", entries={
        "2026-11-20-a.md": entry(tags='[fine, "<b>bold</b>"]')})
    assert [(p.line, p.message) for p in check(root)] == [
        (6, "tag '<b>bold</b>' may not contain <, > or &lt;")]


def _on_meta(day: int, tag: str, title: str = "") -> str:
    return entry(title=title or f"Meta {day}", date=f"2026-11-{day}", tags=f"[{tag}]")


def test_incremental_builds_after_spelling_edits_equal_cold_builds(tmp_path: Path) -> None:
    """An edit of an old entry's spelling renames the tag on the page of an entry that was
    neither edited nor lists the old one (d: the newest, about Nestlé; its related entries
    are its three nearest on the tag's timeline). A title edit after it takes the shortcut
    for edits that move nothing. Each incremental build gives the bytes of a cold build."""
    folder_entries = {f"2026-11-{day}-meta-{day}.md": _on_meta(day, tag) for day, tag in [
        (10, "Remote work"), (11, "Remote work"), (12, "Remote work"), (13, "remote work"),
        (14, "remote work"), (15, "Remote work")]}
    folder_entries["2026-11-20-d.md"] = entry(
        title="D", date="2026-11-20", companies="[Nestlé]", reversals="[]", tags="[remote work]")
    root = make_site(tmp_path / "site", entries=folder_entries)
    public = _build(root)
    assert _topics(public["entries/d/index.html"].decode()) == [
        ("/tags/remote-work/", "Remote work")]  # 4 to 3
    folder = root / "content" / "entries"
    edits = [{"2026-11-10-meta-10.md": _on_meta(10, "remote work")},  # now 3 to 4
             {"2026-11-11-meta-11.md": _on_meta(11, "Remote work", title="Retitled")}]
    for step, files in enumerate(edits):
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
        incremental = _build(root)
        cold = tmp_path / f"cold-{step}"
        cold.mkdir()
        for name in ("site.yaml", "templates", "content", "seeds"):
            copy = shutil.copytree if (root / name).is_dir() else shutil.copy
            copy(root / name, cold / name)
        assert incremental == _build(cold), step
        assert _topics(incremental["entries/d/index.html"].decode()) == [
            ("/tags/remote-work/", "remote work")]
