"""YAML loading that remembers where every value came from, so errors can name a line.

Always the safe loader (libyaml's when present): tags like `!!python/object` are refused.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from builder.errors import SiteError

_Base: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MERGE = "tag:yaml.org,2002:merge"  # `<<: *defaults`, whose keys the mapping's own override


class _Loader(_Base):  # type: ignore[misc, valid-type]
    """The safe loader, minus implicit timestamps: dates stay text, so a bad one like
    2026-13-45 becomes our own error at its line instead of a ValueError from PyYAML."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in _Base.yaml_implicit_resolvers.items()
    }

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        """A key written twice is an error at its second line: PyYAML would keep the last
        value silently, so a `draft: true` added above a `draft: false` would publish."""
        seen: set[str] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag != _MERGE:
                if key_node.value in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"'{key_node.value}' is given twice", key_node.start_mark)
                seen.add(key_node.value)
        return super().construct_mapping(node, deep)


class _LocatingLoader(_Loader):
    """`_Loader` that turns a bad value under an explicit tag (`!!int 0xZZ`, `!!timestamp
    2026-13-45`) into a YAML error at its line, not a ValueError from deep inside PyYAML.
    Used only to locate such an error: wrapping every node costs a tenth of a parse."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except yaml.YAMLError:
            raise
        except (ValueError, TypeError, OverflowError, ArithmeticError) as exc:
            raise yaml.constructor.ConstructorError(
                None, None, f"bad {node.tag.rsplit(':', 1)[-1]} value ({exc})",
                node.start_mark) from None

KeyPath = tuple[str | int, ...]


class Located:
    """Parsed YAML data plus the 1-based line of every mapping key and sequence item.

    The lines are worked out from the YAML's node tree when first asked for: only an error
    message needs them, and walking the tree of every entry costs a tenth of its parse."""

    def __init__(self, data: Any, node: yaml.Node | None = None, first_line: int = 1):
        self.data = data
        self.first_line = first_line
        self._node = node
        self._lines: dict[KeyPath, int] | None = None

    @property
    def lines(self) -> dict[KeyPath, int]:
        if self._lines is None:
            self._lines = {}
            if self._node is not None:
                _record_lines(self._node, (), self._lines, self.first_line - 1)
            self._node = None
        return self._lines

    def line(self, *path: str | int) -> int:
        """The line of the deepest known prefix of `path` (the document start if none)."""
        lines = self.lines
        while path:
            if path in lines:
                return lines[path]
            path = path[:-1]
        return self.first_line


def decode_utf8(raw: bytes, path: Path | str, what: str) -> str:
    """A user's file as text: binary content and bad UTF-8 are errors at their line."""
    if b"\x00" in raw[:8192]:
        raise SiteError.at(path, 0, f"binary file: {what} must be UTF-8 text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SiteError.at(path, line, f"not UTF-8 text ({exc.reason})") from None


def load_located(text: str, path: Path | str, line_offset: int = 0) -> Located:
    """Parse one YAML document; a syntax error becomes a SiteError at the right line.

    `line_offset` is added to every line, for YAML embedded in a larger file (front matter).
    """
    _refuse_deep_nesting(text, path, line_offset)
    try:
        node, data = _parse(_Loader, text)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, ArithmeticError):
        # ValueError and the like: a bad value under an explicit tag, which the loader that
        # wraps each node finds with its line.
        raise _located_error(text, path, line_offset) from None
    except (RecursionError, MemoryError):
        raise SiteError.at(path, 1 + line_offset, "YAML is nested too deeply") from None
    return Located(data, node, first_line=1 + line_offset)


def _parse(loader_class: type, text: str) -> tuple[yaml.Node | None, Any]:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    finally:
        loader.dispose()


def _located_error(text: str, path: Path | str, line_offset: int) -> SiteError:
    """The SiteError, with its line, for YAML that the fast parse refused."""
    try:
        _parse(_LocatingLoader, text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1 if mark else 1) + line_offset
        return SiteError.at(path, line, f"YAML: {exc.problem or exc.context}")
    except yaml.YAMLError as exc:
        return SiteError.at(path, 1 + line_offset, f"YAML: {exc}")
    except (RecursionError, MemoryError):
        return SiteError.at(path, 1 + line_offset, "YAML is nested too deeply")
    except (ValueError, TypeError, OverflowError, ArithmeticError) as exc:  # pragma: no cover
        return SiteError.at(path, 1 + line_offset, f"YAML: bad value ({exc})")
    return SiteError.at(path, 1 + line_offset, "YAML: cannot be read")  # pragma: no cover


MAX_DEPTH = 64


def _refuse_deep_nesting(text: str, path: Path | str, line_offset: int) -> None:
    """libyaml's composer recurses in C and crashes the process on very deep nesting, so
    walk the (flat) event stream first whenever the text could possibly nest that deep."""
    if text.count("[") + text.count("{") + text.count("-") + text.count(":") < MAX_DEPTH:
        return
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    line = event.start_mark.line + 1 + line_offset
                    raise SiteError.at(path, line, f"YAML is nested deeper than {MAX_DEPTH} levels")
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return  # the real parse reports the syntax error with its line


def _record_lines(node: yaml.Node, prefix: KeyPath, lines: dict[KeyPath, int], offset: int) -> None:
    """Each node once: an alias (`*a`) reuses its anchor's node, so walking every path would
    loop forever on `a: &a [*a]` and take exponential time on a "billion laughs" document."""
    stack: list[tuple[yaml.Node, KeyPath]] = [(node, prefix)]
    seen: set[int] = set()
    while stack:
        current, where = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, yaml.MappingNode):
            for key_node, value_node in current.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node)
                lines[(*where, key)] = key_node.start_mark.line + 1 + offset
                stack.append((value_node, (*where, key)))
        elif isinstance(current, yaml.SequenceNode):
            for index, item in enumerate(current.value):
                lines[(*where, index)] = item.start_mark.line + 1 + offset
                stack.append((item, (*where, index)))
