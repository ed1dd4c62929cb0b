"""What ingest wrote, so editors' work is never overwritten: `content/.ingest.yaml`.

For each seed (by file name) the ledger keeps the entry it became, relative to `content/`, the
sha256 of the text ingest wrote, the entry's date, and the fingerprint of the seed's text (a
second copy of an article is skipped). Only one ingest or build runs at a time (the site
lock), and the ledger is replaced atomically, so no record is ever lost to a race. An entry
whose text no longer has that hash was edited by someone and is never rewritten (`--force`
backs it up first); a seed whose entry was deleted stays deleted unless forced.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from builder.content_files import LEDGER_NAME

BACKUP_DIR = ".backup"
_HEADER = (
    "# Written by `digest ingest`: the entry each seed became and the sha256 of the text\n"
    "# ingest wrote. Entries whose text changed since are never rewritten. Edit entries,\n"
    "# not this file; delete a seed's record here to let ingest create its entry again.\n"
)


@dataclass
class Record:
    entry: str  # path relative to content/, with forward slashes
    sha256: str
    date: dt.date | None = None
    text: str = ""  # the seed's text fingerprint (`text_fingerprint`): one article, one entry


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Ledger:
    def __init__(self, content_dir: Path):
        self.content_dir = content_dir
        self.path = content_dir / LEDGER_NAME
        self.records: dict[str, Record] = {}
        self.problem: str | None = None
        self._original = ""
        if self.path.exists():
            try:
                self._original = self.path.read_text("utf-8")
                data = yaml.safe_load(self._original) or {}
                seeds = data.get("seeds") or {} if isinstance(data, dict) else {}
                for name, item in seeds.items():
                    if isinstance(item, dict) and isinstance(item.get("entry"), str):
                        date = item.get("date")
                        self.records[str(name)] = Record(
                            item["entry"],
                            str(item.get("sha256", "")),
                            date if isinstance(date, dt.date) else None,
                            str(item.get("text", "")),
                        )
            except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
                self.problem = f"unreadable ingest ledger, treated as empty: {exc}"

    def entry_path(self, record: Record) -> Path:
        return self.content_dir / record.entry

    def render(self) -> str:
        seeds = {}
        for name in sorted(self.records):
            record = self.records[name]
            item: dict[str, object] = {"entry": record.entry, "sha256": record.sha256}
            if record.date:
                item["date"] = record.date
            if record.text:
                item["text"] = record.text
            seeds[name] = item
        return _HEADER + yaml.safe_dump(
            {"version": 1, "seeds": seeds}, sort_keys=False, allow_unicode=True, width=1000
        )

    def save(self) -> bool:
        text = self.render()
        if text == self._original:
            return False
        if self.problem and self.path.exists():
            # Keep the unreadable ledger for a person to look at instead of overwriting it.
            self.path.replace(self.path.with_name(self.path.name + ".unreadable"))
            self.problem = None
        atomic_write(self.path, text)
        self._original = text
        return True


def _create_mode() -> int:
    """0666 less the process umask: the mode `open()` would have given a new file."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


_CREATE_MODE = _create_mode()


def atomic_write(path: Path, text: str | bytes) -> None:
    """Write via a temporary file in the same folder and os.replace: never a half-written file.
    Bytes are written as they are (backups must keep an edited file exactly)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        binary = isinstance(text, bytes)
        with (os.fdopen(fd, "wb") if binary else
              os.fdopen(fd, "w", encoding="utf-8", newline="\n")) as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, _CREATE_MODE)  # mkstemp makes 0600; entries are ordinary files
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def backup(content_dir: Path, entry: Path, now: dt.datetime) -> Path:
    """Copy an entry to `content/.backup/<stem>.<UTC timestamp>.md` before it is replaced."""
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    target = content_dir / BACKUP_DIR / f"{entry.stem}.{stamp}.md"
    n = 1
    while target.exists():
        n += 1
        target = content_dir / BACKUP_DIR / f"{entry.stem}.{stamp}-{n}.md"
    atomic_write(target, entry.read_bytes())
    return target
