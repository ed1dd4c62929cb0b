"""`digest check`: every problem in site.yaml and the entries at once, as `path:line: message`,
without building or writing anything."""

from __future__ import annotations

from pathlib import Path

from builder.check import check
from builder.errors import Problem
from tests.conftest import run_digest, tree_bytes
from tests.test_reliability_support import GOOD_ENTRY, SITE_YAML, entry, make_site


def _messages(problems: list[Problem]) -> list[tuple[str, int, str]]:
    """(path, line, message); site.yaml's path is shown relative to the working folder."""
    return [("site.yaml" if p.path.endswith("site.yaml") else p.path, p.line, p.message)
            for p in problems]


def test_a_sound_site_has_no_problems_and_check_writes_nothing(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", entries={
        "2026-11-20-good.md": GOOD_ENTRY,
        "2026-11-21-other.md": entry(title="Other") + "See [the first](/entries/good/#top).\n",
    })
    before = tree_bytes(root)
    assert check(root) == []
    result = run_digest(root, "check")
    assert result.returncode == 0 and "check: no problems" in result.stdout
    assert tree_bytes(root) == before
    assert sorted(p.name for p in root.iterdir()) == ["content", "seeds", "site.yaml", "templates"]


def test_links_to_missing_entries_in_every_markdown_form(tmp_path: Path) -> None:
    body = ("Inline [a](/entries/missing-a/) and [ok](/entries/good/?x=1#y).\n"
            "Angle [b](</entries/missing-b/>) and no slash [c](/entries/missing-c).\n"
            "Sub-path [d](/repo/entries/missing-d/) and [e](/repo/entries/good/).\n"
            "Draft [f](/entries/draft/) and broken-but-present [g](/entries/broken/).\n"
            "Outside [h](/companies/meta/) [i](https://example.com/entries/x/).\n\n"
            "[ref]: /entries/missing-r/\n")
    site_yaml = SITE_YAML.replace("base_url: /", "base_url: /repo/")
    root = make_site(tmp_path / "site", site_yaml=site_yaml, entries={
        "2026-11-20-good.md": GOOD_ENTRY,
        "2026-11-21-links.md": entry(title="Links") + body,
        "2026-11-22-draft.md": entry(title="Draft", draft="true"),
        "2026-11-23-broken.md": entry(date="2026-02-30"),
    })
    links = [m for m in _messages(check(root)) if "link to" in m[2]]
    rel = "content/entries/2026-11-21-links.md"
    assert links == [
        (rel, 15, "link to /entries/missing-a/: no such entry"),
        (rel, 16, "link to /entries/missing-b/: no such entry"),
        (rel, 16, "link to /entries/missing-c: no such entry"),
        (rel, 17, "link to /repo/entries/missing-d/: no such entry"),
        (rel, 18, "link to /entries/draft/: that entry is a draft "
                  "(content/entries/2026-11-22-draft.md), so its page is not published"),
        (rel, 21, "link to /entries/missing-r/: no such entry"),
    ]


def test_every_stage_reports_at_once(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", site_yaml=SITE_YAML + "per_page: 0\n", entries={
        "2026-11-20-good.md": GOOD_ENTRY + "[x](/entries/nope/)\n",
        "2026-11-21-a.md": entry(slug="shared"),
        "2026-11-22-b.md": entry(slug="shared"),
        "2026-11-23-shared.md": entry(),
        "2026-11-24-bad.md": entry(tags="[\"<i>x</i>\"]", people="7", colour="x"),
        "notes/2026-11-25-nested.md": "---\ntitle: [\n---\n",
    })
    problems = check(root)
    assert problems == sorted(problems)
    found = _messages(problems)
    paths = {path for path, _, _ in found}
    assert paths == {"site.yaml", "content/entries/2026-11-20-good.md",
                     "content/entries/2026-11-21-a.md", "content/entries/2026-11-22-b.md",
                     "content/entries/2026-11-23-shared.md", "content/entries/2026-11-24-bad.md",
                     "content/entries/notes/2026-11-25-nested.md"}
    shared = [m for m in found if "slug 'shared'" in m[2]]
    assert [(p, line) for p, line, _ in shared] == [
        ("content/entries/2026-11-21-a.md", 13), ("content/entries/2026-11-22-b.md", 13),
        ("content/entries/2026-11-23-shared.md", 1)]  # its slug comes from the file name
    assert "2026-11-22-b.md" in shared[0][2] and "2026-11-23-shared.md" in shared[0][2]
    bad = [m for m in found if m[0].endswith("bad.md")]
    assert len(bad) == 3  # tag, people and the unknown key, each at its own line
    assert len({line for _, line, _ in bad}) == 3


def test_gazetteer_problems(tmp_path: Path) -> None:
    yaml_text = SITE_YAML.replace("outlets:", """\
  - name: Acme
    slug: ../../etc
  - name: Globex
    url: "javascript:alert(1)"
  - name: Initech
    slug: initech
  - name: Initrode
    slug: initech
  - name: "<b>Bold</b>"
  - Meta
outlets:""")
    root = make_site(tmp_path / "site", site_yaml=yaml_text, theme=False)
    found = _messages(check(root))
    assert [(line, message.split(" ")[0]) for _, line, message in found] == [
        (9, "slug"), (11, "url"), (15, "slug"), (16, "name"), (17, "'Meta'")]
    assert all(path == "site.yaml" for path, _, _ in found)


def test_a_missing_site_is_one_clear_problem(tmp_path: Path) -> None:
    result = run_digest(tmp_path, "check")
    assert result.returncode == 1
    assert result.stderr.startswith("site.yaml:1: not found")
    assert "Traceback" not in result.stderr


def test_an_alias_names_one_company_only(tmp_path: Path) -> None:
    yaml_text = SITE_YAML.replace("outlets:", """\
  - name: Apple
  - name: Alphabet
    aliases: [Google, Apple]
  - name: Google LLC
    aliases: [Google]
outlets:""")
    root = make_site(tmp_path / "site", site_yaml=yaml_text, theme=False)
    assert [(line, message) for _, line, message in _messages(check(root))] == [
        (10, "alias 'Apple' of 'Alphabet' already names 'Apple'"),
        (12, "alias 'Google' of 'Google LLC' already names 'Alphabet'")]


def test_links_shown_as_code_are_not_checked(tmp_path: Path) -> None:
    body = ("Use `[x](/entries/in-a-span/)` to link.\n\n```md\n[y](/entries/in-a-block/)\n```\n\n"
            "Then [z](/entries/real-missing/).\n")
    root = make_site(tmp_path / "site", entries={"2026-11-20-good.md": GOOD_ENTRY + body},
                     theme=False)
    assert _messages(check(root)) == [
        ("content/entries/2026-11-20-good.md", 21, "link to /entries/real-missing/: no such entry")]


def test_backtick_storms_are_read_in_linear_time(tmp_path: Path) -> None:
    import time

    from builder.content import load_entry

    body = "`" * 500_000 + "\n" + ("` `` " * 60 + "x" * 3000 + "\n") * 500 + "```\n" * 1000
    started = time.perf_counter()
    item = load_entry(tmp_path, tmp_path / "content" / "entries" / "2026-11-20-x.md",
                      (GOOD_ENTRY + body).encode(), __import__("zoneinfo").ZoneInfo("UTC"))
    assert time.perf_counter() - started < 2 and item.links == ()


def test_a_long_bad_url_is_refused_in_linear_time() -> None:
    import time

    from builder.untrusted import is_safe_url

    started = time.perf_counter()
    assert not is_safe_url("https://" + "a" * 200_000 + " ")
    assert is_safe_url("https://example.com/" + "a" * 200_000)
    assert time.perf_counter() - started < 0.5
