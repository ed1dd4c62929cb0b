"""Nothing lost in ingest, through the real CLI: an edited entry is never overwritten by a
later build or ingest, and `ingest --force` keeps a byte-exact backup of what it replaces."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_digest

SEED = "000_832470f0ba667d5d.txt"


def _entry_of(site: Path) -> Path:
    [entry] = (site / "content" / "entries").glob("*.md")
    return entry


def test_an_edited_entry_survives_builds_and_ingests(site: Path) -> None:
    run_digest(site, "ingest", check=True)
    entry = _entry_of(site)
    edited = entry.read_bytes().replace(b"draft: false", b"draft: false\n# edited by hand", 1)
    edited = edited.replace(b"\n", b"\r\n") + "Caf\u00e9 note.\r\n".encode()
    entry.write_bytes(edited)
    for args in (("build", "--no-search"), ("ingest",), ("ingest", str(site / "seeds" / SEED))):
        result = run_digest(site, *args)
        assert "Traceback" not in result.stderr
        assert entry.read_bytes() == edited, args
    assert not list((site / "content").glob(".backup/*"))


def test_force_replaces_but_keeps_an_exact_backup(site: Path) -> None:
    run_digest(site, "ingest", check=True)
    entry = _entry_of(site)
    original = entry.read_bytes()
    edited = original.replace(b"\n", b"\r\n", 3) + b"Edited \xff\xfe bytes, not UTF-8.\n"
    entry.write_bytes(edited)
    result = run_digest(site, "ingest", "--force", str(site / "seeds" / SEED), check=True)
    assert "backed up to content/.backup/" in result.stdout
    [backup] = (site / "content" / ".backup").glob("*.md")
    assert backup.read_bytes() == edited  # byte for byte, even what is not text
    assert entry.read_bytes() == original  # the seed's entry again
    assert not [p for p in site.rglob("*") if p.name.endswith(".tmp")]
    # a second force keeps both versions
    entry.write_bytes(b"---\ntitle: second edit\n---\n")
    run_digest(site, "ingest", "--force", str(site / "seeds" / SEED), check=True)
    backups = sorted(p.read_bytes() for p in (site / "content" / ".backup").glob("*.md"))
    assert sorted([edited, b"---\ntitle: second edit\n---\n"]) == backups
    check = run_digest(site, "check")
    assert check.returncode == 0, check.stderr  # backups are not entries
