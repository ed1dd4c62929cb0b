"""URL slugs that are safe as folder names and stable across builds.

A slug only ever holds `[a-z0-9-]`, so no name from a seed (`../../etc`, `a/b`) can escape the
output folder. Accented letters transliterate (Nestlé → nestle); a name with no Latin letters
gets a short stable hash instead of an empty slug.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "œ": "oe",
                          "Œ": "OE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "þ": "th",
                          "&": " and ", "+": " plus ", "@": " at "})
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, max_length: int = 80) -> str:
    """Lowercase ASCII words joined by hyphens; a hash-based fallback when nothing is left."""
    ascii_text = (unicodedata.normalize("NFKD", text.translate(_SPECIAL))
                  .encode("ascii", "ignore").decode("ascii").lower())
    ascii_text = ascii_text.replace("'", "").replace("\u2019", "")
    slug = _NOT_SLUG.sub("-", ascii_text).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    if not slug:
        slug = "n-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return slug


def free_slug(base: str, taken: set[str]) -> str:
    """`base`, or the first of `base-2`, `base-3`… not in `taken`; it joins `taken`. The
    callers decide who picks first (companies by name, events by first report)."""
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug)
    return slug


_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_SLUG_LENGTH = 200  # a folder name in public/, with room to spare under the usual 255


def is_slug(text: str) -> bool:
    """True for text that is already a safe slug (what `slugify` produces) of at most
    MAX_SLUG_LENGTH characters."""
    return len(text) <= MAX_SLUG_LENGTH and _SLUG.fullmatch(text) is not None
