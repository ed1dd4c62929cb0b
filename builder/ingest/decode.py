"""Seed bytes → text: size and binary checks, BOMs, UTF-8, a declared charset, then a guess.

The guess is charset-normalizer's (a seed in cp1251, Shift-JIS or GBK used to come out as
cp1252 mojibake without a word): it weighs every encoding by how plausible the text it gives
is, which no fixed list of fallbacks can do.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

MAX_SEED_BYTES = 5 * 1024 * 1024
GUESS_BYTES = 256 * 1024  # what the encoding is guessed from: an article's worth and more
_NEVER_GUESSED = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le"]
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
    if declared:
        codec = declared.group(1).decode("ascii", "replace")
        try:
            text = raw.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            _reject_binary(text)
            return text, codec
    return _guessed(raw)


def _guessed(raw: bytes) -> tuple[str, str]:
    """The text in cp1252 when that reads as text (what Western files not in UTF-8 are:
    Windows' and the web's stand-in for latin-1), else in the encoding charset-normalizer
    finds most plausible. cp1252 is asked first because for a short Western text, with a
    few accented letters, the plain guess can be any of a dozen code pages."""
    from charset_normalizer import from_bytes

    sample = raw[:GUESS_BYTES]
    best = (from_bytes(sample, cp_isolation=["cp1252"]).best()
            # UTF-16 and UTF-32 without a BOM (handled above) are not what an article is
            or from_bytes(sample, cp_exclusion=_NEVER_GUESSED).best())
    if best is None:
        _reject_binary(raw.decode("latin-1"))  # binary, if it looks it: the clearer reason
        raise SeedError("undecodable: not UTF-8, and no other encoding gives readable text "
                        "(save it as UTF-8)")
    codec = best.encoding
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as exc:  # the guess came from the first GUESS_BYTES only
        raise SeedError(f"undecodable: looks like {codec} but is not ({exc.reason} at byte "
                        f"{exc.start}); save it as UTF-8") from None
    _reject_binary(text)
    return text, codec


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
