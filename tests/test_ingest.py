"""ingest(): seeds become entries; editors' work is never overwritten; bad seeds are reported."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time
from pathlib import Path

import pytest

from builder.config import load_config
from builder.frontmatter import split
from builder.ingest import IngestReport, ingest, seed_to_entry
from builder.yamlsrc import load_located

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_832470f0ba667d5d.txt"
TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / "seeds").mkdir(parents=True)
    shutil.copy(REPO / "site.yaml", site / "site.yaml")
    shutil.copy(SEED, site / "seeds" / SEED.name)
    # The seed prints no date: ingest dates it by its file's day and asks for a review.
    day = dt.datetime(2026, 11, 24, 12, tzinfo=dt.UTC).timestamp()
    os.utime(site / "seeds" / SEED.name, (day, day))
    return site


def run(root: Path, seeds: list[Path] | None = None, **kwargs):
    lines: list[str] = []
    report = ingest(root, load_config(root), seeds, today=TODAY, log=lines.append, **kwargs)
    return report, lines


def entry_meta(path: Path) -> dict:
    parts = split(path.read_text("utf-8"), path)
    return load_located(parts.yaml_text, path).data


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_first_seed_becomes_the_expected_entry(root: Path) -> None:
    report, lines = run(root)
    assert len(report.written) == 1 and not report.failed
    entry = report.written[0]
    assert entry.parent == root / "content" / "entries"
    assert entry.name.startswith("2026-11-24-meta-")
    meta = entry_meta(entry)
    assert meta["companies"] == ["Meta", "Duolingo", "Amazon", "Uber", "Microsoft"]
    assert {(r["company"], r["action"]) for r in meta["reversals"]} == {
        ("Meta", "reversed"),
        ("Meta", "paused"),
        ("Duolingo", "backtracked"),
        ("Amazon", "shut down"),
        ("Uber", "capped"),
        ("Microsoft", "cancelled"),
    }
    assert meta["people"] == ["Andrew Bosworth", "Luis von Ahn"]
    assert meta["source"] == "Fast Company"  # its publisher; Business Insider is only cited
    assert meta["seed"] == SEED.name
    assert str(meta["date"]) == "2026-11-24"  # the seed file's day: the article prints none
    assert meta["draft"] is True  # a guessed date never reaches readers as fact
    assert [reason.split(":")[0] for reason in meta["review"]] == ["no date in the article"]
    assert "ai-policy" in meta["tags"] and meta["tags"] == sorted(meta["tags"])
    assert not meta["title"].endswith((".", "…")) and len(meta["title"]) <= 100
    # The summary is news beside the reversals: never the first one's sentence again.
    assert meta["summary"].startswith("In keeping with an inner memo")
    assert meta["summary"] not in {r["text"] for r in meta["reversals"]}
    for reversal in meta["reversals"]:
        assert reversal["text"] in entry.read_text("utf-8")
    assert len(lines) == 1 and "5 companies, 6 reversals" in lines[0]
    assert lines[0].startswith(f"ingest: seeds/{SEED.name} → content/entries/")


def test_outlets_are_never_companies(root: Path) -> None:
    report, _ = run(root)
    meta = entry_meta(report.written[0])
    outlets = {"Business Insider", "Enterprise Insider", "Fast Company", "Quick Firm", "Insider"}
    assert not outlets & set(meta["companies"])
    (root / "seeds" / "b.txt").write_text(
        "Reuters and Bloomberg reported that Acme Widgets Inc. scrapped its badge-tracking plan. "
        "The Verge said the company declined to comment.\n",
        "utf-8",
    )
    report, _ = run(root)
    meta = entry_meta(report.written[0])
    assert meta["companies"] == ["Acme Widgets"]
    assert meta["source"] in ("Reuters", "Bloomberg")


def test_second_run_writes_nothing(root: Path) -> None:
    run(root)
    before = tree(root / "content")
    report, lines = run(root)
    assert report.written == [] and report.skipped == [root / "seeds" / SEED.name]
    assert lines == []
    assert tree(root / "content") == before


def test_edited_entry_is_never_rewritten_and_force_backs_it_up(root: Path) -> None:
    report, _ = run(root)
    entry = report.written[0]
    # The editor clears the review: publishes the entry and adds a note.
    edited = entry.read_text("utf-8").replace("draft: true", "draft: false") + "\nEditor's note.\n"
    assert edited != entry.read_text("utf-8") + "\nEditor's note.\n"
    entry.write_text(edited, "utf-8")
    report, _ = run(root)
    assert report.written == [] and entry.read_text("utf-8") == edited
    report, _ = run(root, [root / "seeds" / SEED.name])
    assert report.written == [] and entry.read_text("utf-8") == edited
    report, lines = run(root, [root / "seeds" / SEED.name], force=True)
    assert report.written == [entry]
    assert "draft: true" in entry.read_text("utf-8")  # ingest's own entry, held for review
    backups = list((root / "content" / ".backup").glob("*.md"))
    assert len(backups) == 1 and backups[0].read_text("utf-8") == edited
    assert "backed up" in lines[0]


def test_force_keeps_the_date_and_the_path(root: Path) -> None:
    report, _ = run(root)
    entry = report.written[0]

    def force_a_month_later() -> IngestReport:
        return ingest(root, load_config(root), [root / "seeds" / SEED.name], force=True,
                      today=TODAY + dt.timedelta(days=30), log=lambda _: None)

    later = force_a_month_later()
    assert later.written == [] and later.skipped  # same text: nothing rewritten
    (root / "seeds" / SEED.name).write_text(SEED.read_text("utf-8") + "One more line.\n")
    later = force_a_month_later()
    assert later.written == [entry]
    assert str(entry_meta(entry)["date"]) == str(TODAY)


def test_deleted_entry_is_not_recreated_unless_forced(root: Path) -> None:
    report, _ = run(root)
    report.written[0].unlink()
    report, _ = run(root)
    assert report.written == [] and not list((root / "content" / "entries").glob("*.md"))
    report, _ = run(root, [root / "seeds" / SEED.name], force=True)
    assert len(report.written) == 1 and report.written[0].exists()


def test_entry_written_by_hand_for_a_seed_counts_as_ingested(root: Path) -> None:
    entries = root / "content" / "entries"
    entries.mkdir(parents=True)
    hand = entries / "2026-01-01-by-hand.md"
    hand.write_text(f"---\ntitle: By hand\ndate: 2026-01-01\nseed: {SEED.name}\n---\nText.\n")
    report, _ = run(root)
    assert report.written == [] and len(report.skipped) == 1
    assert [p.name for p in entries.iterdir()] == [hand.name]


def test_existing_different_file_is_not_overwritten(root: Path) -> None:
    meta, _ = seed_to_entry(root / "seeds" / SEED.name, load_config(root), today=TODAY)
    from builder.slugs import slugify

    entries = root / "content" / "entries"
    entries.mkdir(parents=True)
    taken = entries / f"2026-11-24-{slugify(meta['title'], max_length=60)}.md"
    taken.write_text("---\ntitle: Someone else's\ndate: 2026-11-24\n---\nMine.\n", "utf-8")
    report, _ = run(root)
    assert report.written[0].name.endswith("-2.md")
    assert taken.read_text("utf-8").endswith("Mine.\n")


def test_bad_seeds_are_reported_and_others_go_through(root: Path) -> None:
    seeds = root / "seeds"
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "blank.txt").write_text(" \n\n \n")
    (seeds / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (seeds / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (seeds / ".hidden.txt").write_text("Acme scrapped its plan.")
    huge = seeds / "huge.txt"
    with huge.open("wb") as handle:
        handle.write(b"Acme Corp. scrapped its plan. " * (20 * 1024 * 1024 // 30))
    started = time.perf_counter()
    report, lines = run(root)
    assert time.perf_counter() - started < 5
    assert [p.name for p in report.written][0].startswith("2026-11-24-meta-")
    failed = {Path(p.path).name: p.message for p in report.failed}
    assert set(failed) == {"empty.txt", "blank.txt", "binary.txt", "image.png", "huge.txt"}
    assert "empty" in failed["empty.txt"] and "empty" in failed["blank.txt"]
    assert "binary" in failed["binary.txt"] and "binary" in failed["image.png"]
    assert "too large" in failed["huge.txt"]
    assert len(lines) == 1  # the written entry; failures go to the caller, reported once
    # Failed seeds are retried next time (they may have been fixed), good ones are not.
    report, _ = run(root)
    assert report.written == [] and len(report.failed) == 5


def test_unreadable_and_missing_seeds_are_problems(root: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    report, _ = run(root, [missing, folder])
    assert [Path(p.path).name for p in report.failed] == ["nope.txt", "folder.txt"]


def test_large_seed_is_analysed_only_up_to_the_cap(root: Path) -> None:
    """A huge seed costs a bounded amount of work: text past MAX_ANALYSED_CHARS is kept in
    the body but not analysed (no timing here: `make bench` measures speed)."""
    from builder.ingest.extract import MAX_ANALYSED_CHARS

    paragraph = (
        "Acme Corp. said on Monday that it had scrapped its plan to track staff, after "
        "Globex Inc. paused a similar programme. Analysts said the move was overdue. "
    )
    copies = MAX_ANALYSED_CHARS // len(paragraph) + 10
    late = "Initech Inc. said it had cancelled its badge plan.\n"
    (root / "seeds" / "big.txt").write_text((paragraph + "\n") * copies + late, "utf-8")
    report, _ = run(root, [root / "seeds" / "big.txt"])
    meta = entry_meta(report.written[0])
    assert {"Acme", "Globex"} <= set(meta["companies"])
    assert "Initech" not in meta["companies"]
    assert "Initech Inc. said" in report.written[0].read_text("utf-8")


def test_script_in_a_seed_stays_text(root: Path) -> None:
    seed = root / "seeds" / "x.txt"
    seed.write_text(
        "Initech drops its badge tracking\n\nInitech Inc. dropped its badge "
        "tracking, a memo said: <script>alert(1)</script> was pasted in it.\n\n"
        "# not a heading\n\n1. not a list\n",
        "utf-8",
    )
    report, _ = run(root, [seed])
    text = report.written[0].read_text("utf-8")
    body = split(text, "x").body
    assert "<script>alert(1)</script>" in body  # kept as text; the renderer escapes it
    assert "\\# not a heading" in body and "1\\. not a list" in body


def test_markdown_front_matter_wins(root: Path) -> None:
    seed = root / "seeds" / "m.md"
    seed.write_text(
        "---\ntitle: Given title\ndate: 2025-05-05\nsource: Reuters\n"
        "companies: [Acme]\ntags: [custom]\n---\n"
        "Globex Corp. scrapped its plan to track staff, Bloomberg reported.\n",
        "utf-8",
    )
    report, _ = run(root, [seed])
    entry = report.written[0]
    assert entry.name == "2025-05-05-given-title.md"
    meta = entry_meta(entry)
    assert (meta["title"], str(meta["date"]), meta["source"]) == (
        "Given title",
        "2025-05-05",
        "Reuters",
    )
    assert meta["companies"] == ["Acme"] and meta["tags"] == ["custom"]
    assert meta["reversals"][0]["company"] == "Globex"


def test_bad_front_matter_is_a_problem_with_a_line(root: Path) -> None:
    seed = root / "seeds" / "bad.md"
    seed.write_text("---\ntitle: ok\ndate: [unclosed\n---\nBody text here.\n", "utf-8")
    report, _ = run(root, [seed])
    assert report.written == [] and "line" in report.failed[0].message


def test_writes_are_atomic_no_temp_files_left(root: Path) -> None:
    run(root)
    leftovers = [p for p in (root / "content").rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []
    ledger = (root / "content" / ".ingest.yaml").read_text("utf-8")
    assert SEED.name in ledger and "sha256:" in ledger


def test_fifo_seed_does_not_hang(root: Path) -> None:
    import os

    fifo = root / "seeds" / "pipe.txt"
    os.mkfifo(fifo)
    report, _ = run(root)  # not a regular file: named, and the other seeds are ingested
    assert len(report.written) == 1 and len(report.failed) == 1
    assert "not a regular file" in report.failed[0].message
    report, _ = run(root, [fifo])
    assert "not a regular file" in report.failed[0].message


def test_corrupt_ledger_does_not_duplicate_entries(root: Path) -> None:
    run(root)
    (root / "content" / ".ingest.yaml").write_text("seeds: [unclosed\n", "utf-8")
    report, lines = run(root)
    assert report.written == [] and len(report.skipped) == 1  # found by the entry's seed: key
    assert "ledger" in lines[0]
    assert len(list((root / "content" / "entries").glob("*.md"))) == 1
    (root / "seeds" / "new.txt").write_text("Acme Corp. paused its badge plan, Reuters said.\n")
    report, _ = run(root)
    assert len(report.written) == 1
    assert (root / "content" / ".ingest.yaml.unreadable").read_text() == "seeds: [unclosed\n"


def test_html_without_paragraph_tags(root: Path) -> None:
    seed = root / "seeds" / "br.html"
    seed.write_text(
        "<html><body><div>Acme Corp. paused its plan, Reuters reported.<br>"
        "Workers had complained for months.</div></body></html>",
        "utf-8",
    )
    report, _ = run(root, [seed])
    body = split(report.written[0].read_text("utf-8"), "x").body
    assert body.strip().split("\n\n") == [
        "Acme Corp. paused its plan, Reuters reported.",
        "Workers had complained for months.",
    ]


def test_entries_are_written_with_ordinary_permissions(tmp_path: Path) -> None:
    """Atomic writes go through mkstemp (mode 0600); the entry must end up as open() makes it."""
    import os
    import stat

    from builder.ingest.ledger import atomic_write

    target = tmp_path / "entry.md"
    atomic_write(target, "text")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
