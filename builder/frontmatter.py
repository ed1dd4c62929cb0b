"""Split and write Markdown files with a YAML front matter block (`---` ... `---`).

One module owns the format so the ingest writer and the content loader always agree on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from builder.errors import SiteError
from builder.fields import KEY_ORDER

FENCE = "---"


@dataclass(frozen=True)
class Split:
    """A file cut in two: the YAML text, and the body with the line where it starts."""

    yaml_text: str
    yaml_line: int  # line of the first YAML line (after the opening fence)
    body: str
    body_line: int


def split(text: str, path: Path | str) -> Split:
    """Cut the front matter off `text`. A file must open with `---` and close the block."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise SiteError.at(path, 1, "empty file: an entry needs a front matter block")
    lines = text.split("\n")
    if lines[0].rstrip() != FENCE:
        raise SiteError.at(path, 1, "no front matter: an entry must start with a '---' line")
    for index in range(1, len(lines)):
        if lines[index].rstrip() in (FENCE, "..."):
            return Split("\n".join(lines[1:index]) + "\n", 2, "\n".join(lines[index + 1:]),
                         index + 2)
    raise SiteError.at(path, 1, "front matter never closes: add a '---' line after it")


def dump(meta: dict[str, Any], body: str) -> str:
    """The text of an entry file: front matter in the contract's key order (`fields.KEY_ORDER`;
    other keys follow alphabetically), then the body."""
    ordered = {k: meta[k] for k in KEY_ORDER if k in meta}
    ordered.update({k: meta[k] for k in sorted(meta) if k not in ordered})
    yaml_text = "".join(_dump_key(key, value) for key, value in ordered.items())
    return f"{FENCE}\n{yaml_text}{FENCE}\n{body.strip()}\n"


def _dump_key(key: str, value: Any) -> str:
    """One top-level key: lists of names on one line, lists of mappings as indented blocks."""
    import yaml  # only ingest writes entries: a build that reads none does not import it

    _Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    if isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value):
        items = yaml.dump(value, Dumper=_Dumper, allow_unicode=True, width=1000,
                          default_flow_style=True).strip()
        return f"{key}: {items}\n"
    return yaml.dump({key: value}, Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                     width=1000, default_flow_style=False, indent=2)
