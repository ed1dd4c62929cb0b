"""Bad input never gives a traceback: through the real CLI, `check` and `build` exit 1 and name
every bad file as `path:line: message`; a failed build leaves public/ exactly as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_digest, tree_bytes
from tests.test_reliability_support import (
    GOOD_ENTRY,
    SITE_YAML,
    assert_clean_failure,
    entry,
    make_site,
    reported_lines,
)

DEEP = "---\ntitle: deep\ndate: 2026-01-01\nx: " + "[" * 5000 + "]" * 5000 + "\n---\n"
DEEP_BLOCK = "---\ntitle: deep\ndate: 2026-01-01\n" + "".join(
    " " * i + f"k{i}:\n" for i in range(300)) + "---\n"

# file name → (content, the line the problem must be reported at, or None: any line)
BAD_ENTRIES: dict[str, tuple[str | bytes, int | None]] = {
    "2026-01-01-bad-date.md": (entry(date="2026-13-45"), 3),
    "2026-01-02-empty.md": ("", 1),
    "2026-01-03-blank.md": ("\n \n\t\n", 1),
    "2026-01-04-binary.md": (bytes(range(256)) * 20, 1),
    "2026-01-05-latin1.md": (b"---\ntitle: Caf\xe9\ndate: 2026-01-01\n---\n", 2),
    "2026-01-06-never-closes.md": ("---\ntitle: x\ndate: 2026-01-01\nbody text\n", 1),
    "2026-01-07-python-tag.md": (entry(title='!!python/object/apply:os.system ["touch PWNED"]'),
                                 2),
    "2026-01-08-deep-flow.md": (DEEP, 4),
    "2026-01-09-deep-block.md": (DEEP_BLOCK, None),
    "2026-01-10-syntax.md": (entry(title="[unclosed"), None),
    "2026-01-11-types.md": (entry(companies="{a: 1}", draft="maybe", tags="[Not A Slug]"), None),
    "2026-01-12-unknown-key.md": (entry(colour="red"), 13),
    "2026-01-13-list.md": ("---\n- just\n- a list\n---\nbody\n", 2),
    "2026-01-14-alias-loop.md": (entry(people="&a [*a]"), 13),
    "2026-01-15-js-source.md": (entry(source_url="javascript:alert(1)"), 13),
    "2026-01-16-no-fence.md": ("title: x\ndate: 2026-01-01\n", 1),
    "2026-01-17-bad-int.md": (entry(date="!!int 0xZZ"), 3),
    "2026-01-18-reversal.md": (GOOD_ENTRY.replace("company: Meta", "company: Nobody"), 9),
    "2026-01-19-control.md": (entry(title='"a\\x1bb"'), 2),
    "2026-01-20-nul-late.md": (GOOD_ENTRY + "x" * 9000 + "\0", 15),
    # A key given twice: YAML libraries keep the last value, which would publish a draft.
    "2026-01-21-twice.md": ("---\ndraft: true\ntitle: x\ndate: 2026-01-01\ndraft: false\n---\n",
                            5),
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    """A site built once while good, then given every bad entry at once."""
    root = make_site(tmp_path_factory.mktemp("hostile") / "site")
    run_digest(root, "build", "--no-search", check=True)
    before = tree_bytes(root / "public")
    folder = root / "content" / "entries"
    for name, (data, _) in BAD_ENTRIES.items():
        if isinstance(data, bytes):
            (folder / name).write_bytes(data)
        else:
            (folder / name).write_text(data, encoding="utf-8")
    return root, before


@pytest.mark.parametrize("command", ["check", "build"])
def test_every_bad_entry_is_reported_at_its_line_at_once(hostile: tuple[Path, dict[str, bytes]],
                                                         command: str) -> None:
    root, before = hostile
    result = run_digest(root, command, *(["--no-search"] if command == "build" else []))
    paths = [f"content/entries/{name}" for name in BAD_ENTRIES]
    assert_clean_failure(result, *paths)
    for name, (_, line) in BAD_ENTRIES.items():
        if line is not None:
            assert line in reported_lines(result.stderr, f"content/entries/{name}"), \
                (name, result.stderr)
    assert "problems; nothing was published" in result.stderr
    assert "content/entries/2026-11-20-good.md" not in result.stderr
    assert tree_bytes(root / "public") == before
    assert not list(root.glob(".digest-stage*"))
    assert not (root / "PWNED").exists()


BAD_SITE_YAML: dict[str, tuple[str | bytes, int | None]] = {
    "syntax": (SITE_YAML + "title: [oops\n", None),
    "python tag": (SITE_YAML + "author: !!python/object/new:os.system [touch PWNED]\n", 10),
    "deep": (SITE_YAML + "topics: " + "{a: " * 3000 + "b" + "}" * 3000 + "\n", 10),
    "binary": (b"\x00\x01\x02" * 100, 1),
    "latin-1": (SITE_YAML.encode() + b"author: Andr\xe9\n", 10),
    "wrong types": (SITE_YAML + "per_page: many\nfeed_size: 0\n", 10),
    "unknown key": (SITE_YAML + "colour: blue\n", 10),
    "timezone": (SITE_YAML.replace("timezone: UTC", "timezone: ../../etc/passwd"), 3),
    "escaping slug": (SITE_YAML.replace("  - name: Nestlé", "  - name: Evil\n    slug: ../../etc"),
                      8),
    "script url": (SITE_YAML.replace("aliases: [Facebook]", "url: javascript:alert(1)"), 6),
    "list": ("- a\n- b\n", 1),
    "alias loop": (SITE_YAML + "topics: &t {a: *t}\n", 10),
    "key twice": (SITE_YAML + "title: Another title\n", 10),
}


@pytest.mark.parametrize("case", sorted(BAD_SITE_YAML))
def test_bad_site_yaml_is_reported_not_raised(tmp_path: Path, case: str) -> None:
    data, line = BAD_SITE_YAML[case]
    root = make_site(tmp_path / "site", site_yaml=data, theme=False)
    result = run_digest(root, "check")
    assert_clean_failure(result, "site.yaml")
    if line is not None:
        assert line in reported_lines(result.stderr, "site.yaml"), result.stderr
    assert not (root / "PWNED").exists()


def test_bad_site_yaml_and_bad_entries_are_reported_together(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", site_yaml=SITE_YAML + "colour: blue\n", entries={
        "2026-11-20-good.md": GOOD_ENTRY.replace("Meta said", "See [x](/entries/gone/). Meta"),
        "2026-11-21-bad.md": entry(date="2026-02-30"),
        "2026-11-22-same.md": entry(slug="good"),
    })
    result = run_digest(root, "check")
    assert_clean_failure(result, "site.yaml", "content/entries/2026-11-21-bad.md",
                         "content/entries/2026-11-22-same.md", "content/entries/2026-11-20-good.md")
    assert "'colour'" in result.stderr and "'2026-02-30' is not a valid date" in result.stderr
    assert "link to /entries/gone/: no such entry" in result.stderr
    assert 13 in reported_lines(result.stderr, "content/entries/2026-11-22-same.md")  # slug:
    assert "error: 5 problems" in result.stderr


def test_build_with_a_bad_site_yaml_publishes_nothing(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", site_yaml=BAD_SITE_YAML["python tag"][0])
    result = run_digest(root, "build", "--no-search")
    assert_clean_failure(result, "site.yaml")
    assert not (root / "public").exists()
    assert not (root / "PWNED").exists()


def test_hostile_seeds_are_reported_and_the_rest_is_published(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    seeds = root / "seeds"
    (seeds / "big.txt").write_bytes(b"Acme Corp reversed its policy. " * 700_000)  # ~21 MB
    (seeds / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "deep.md").write_text(DEEP + "Acme Corp reversed its plan.\n", encoding="utf-8")
    (seeds / "tag.md").write_text("---\ntitle: !!python/object/apply:os.system [touch PWNED]\n"
                                  "---\nAcme Corp reversed its plan.\n", encoding="utf-8")
    (seeds / "open.md").write_text("---\ntitle: never closed\nAcme Corp reversed.\n",
                                   encoding="utf-8")
    (seeds / "cp1252.txt").write_bytes("Acme Corp \u201creversed\u201d its plan, said "
                                       "Jos\xe9.\n".encode("cp1252"))
    result = run_digest(root, "build", "--no-search")
    assert_clean_failure(result, "seeds/big.txt", "seeds/binary.txt")
    assert not (root / "PWNED").exists()
    assert (root / "public" / "entries" / "good" / "index.html").is_file()
    again = run_digest(root, "check")
    assert "Traceback" not in again.stderr


def test_odd_file_names_are_problems_not_crashes(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    folder = root / "content" / "entries"
    with open(bytes(folder) + b"/2026-01-01-\xff\xfe.md", "wb") as handle:
        handle.write(GOOD_ENTRY.encode())
    (folder / "2026-01-02-new\nline.md").write_text(GOOD_ENTRY, encoding="utf-8")
    (folder / "2026-01-03-株式会社.md").write_text(entry(title="Unicode name"), encoding="utf-8")
    for command in ("check", "build"):
        result = run_digest(root, command)
        assert_clean_failure(result, "content/entries/2026-01-01-\\xff\\xfe.md",
                             "content/entries/2026-01-02-new\\x0aline.md")
        assert "株式会社" not in result.stderr  # a Unicode name is fine


def test_a_broken_template_is_a_problem_at_its_line(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    run_digest(root, "build", "--no-search", check=True)
    before = tree_bytes(root / "public")
    base = root / "templates" / "base.html"
    base.write_text(base.read_text("utf-8") + "\n{% block never_closed %}\n", "utf-8")
    line = len(base.read_text("utf-8").splitlines())
    result = run_digest(root, "build", "--no-search")
    assert_clean_failure(result, "templates/base.html")
    assert reported_lines(result.stderr, "templates/base.html")[0] in (line, line + 1)
    assert tree_bytes(root / "public") == before
