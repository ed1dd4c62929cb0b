"""Errors about the user's files, always reported as `path:line: message`.

Every problem with input (site.yaml, an entry, a seed) becomes a `SiteError` carrying the file
and line, so the CLI can print it the way compilers do and exit 1 instead of showing a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in one file, at a 1-based line (0 when the whole file is at fault).

    Printed always as `path:line: message`, the form editors and CI annotations parse; a
    whole-file problem points at line 1."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{max(self.line, 1)}: {self.message}"


class SiteError(Exception):
    """One or more problems in the user's files; the build stops and publishes nothing."""

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = sorted(problems) if isinstance(problems, list) else [problems]
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self) -> tuple[type, tuple[list[Problem]]]:
        """Picklable, so that an error in a render worker reaches the command intact."""
        return (SiteError, (self.problems,))

    @classmethod
    def at(cls, path: Path | str, line: int, message: str) -> SiteError:
        return cls(Problem(display_path(path), line, message))


def display_path(path: Path | str) -> str:
    """A path as the user would type it: relative to the working folder when inside it.
    The file itself is named, not what it links to (a refused link names the link)."""
    p = Path(path).absolute()
    p = p.parent.resolve() / p.name if p.name not in ("", "..") else p.resolve()
    try:
        return str(p.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(p)


class SearchIndexError(SiteError):
    """Pagefind could not index the pages, which are published by then."""
