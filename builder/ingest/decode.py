"""Seed bytes → text: size and binary checks, BOMs, UTF-8 with cp1252/latin-1 fallbacks."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

MAX_SEED_BYTES = 5 * 1024 * 1024
_STRAY_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class SeedError(Exception):
    """A seed that cannot be ingested; the message says why, in plain words."""


@dataclass(frozen=True)
class SeedText:
    text: str  # newlines normalised to \n, BOM removed
    encoding: str
    raw: bytes


def read_seed(path: Path, max_bytes: int = MAX_SEED_BYTES) -> SeedText:
    """Read and decode one seed file, or raise SeedError with the reason."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SeedError(f"cannot read: {exc.strerror or exc}") from None
    if size > max_bytes:
        raise SeedError(
            f"too large ({size / 1048576:.1f} MB; the limit is {max_bytes / 1048576:.0f} MB)"
        )
    try:
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise SeedError(f"cannot read: {exc.strerror or exc}") from None
    if len(raw) > max_bytes:
        raise SeedError(f"too large (over {max_bytes / 1048576:.0f} MB)")
    text, encoding = decode_bytes(raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # The odd stray control character (ESC, BEL, ...) is not text: entries refuse them and
    # XML feeds cannot hold them.
    text = _STRAY_CONTROL.sub(" ", text)
    if not text.strip():
        raise SeedError("empty seed: no text in it")
    return SeedText(text, encoding, raw)


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Decode seed bytes; raise SeedError for binary or undecodable data."""
    if raw.startswith(codecs.BOM_UTF8):
        return _checked(raw[3:], "utf-8"), "utf-8-sig"
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            return _checked(raw, codec), codec
    if b"\x00" in raw[:8192]:
        raise SeedError("binary file, not text (it contains NUL bytes)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _reject_binary(text)
        return text, "utf-8"
    declared = _META_CHARSET.search(raw[:4096])
    candidates = [declared.group(1).decode("ascii", "replace")] if declared else []
    for codec in [*candidates, "cp1252", "latin-1"]:
        try:
            text = raw.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        _reject_binary(text)
        return text, codec
    raise SeedError("undecodable: not UTF-8, cp1252 or latin-1 text")  # pragma: no cover


def _checked(raw: bytes, codec: str) -> str:
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise SeedError(f"undecodable: declares {codec} but is not ({exc.reason})") from None
    _reject_binary(text)
    return text


def _reject_binary(text: str) -> None:
    sample = text[:8192]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise SeedError("binary file, not text (too many control characters)")
