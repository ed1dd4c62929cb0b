"""Where a site's theme comes from: its own files over the built-in theme, file by file.

As Hugo's lookup order and MkDocs' `custom_dir` do, a site's `templates/x.html` replaces the
built-in `x.html` alone, and the site's `static/` (then `templates/static/`) is laid over the
built-in static files. The built-in theme is found from the package, never from the current
folder: installed, it is the package's `theme/` (the wheel maps the repository's top-level
`templates/` there); in a checkout of the repository, it is that `templates/` itself.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from builder.errors import SiteError
from builder.safety import (
    MAX_STATIC_BYTES,
    InputRefused,
    input_files,
    link_problem,
    outside,
    read_input,
)

TEMPLATES_DIR = "templates"
STATIC_DIR = "static"  # the theme's files copied as they are, to public/static/


def builtin_theme() -> Path:
    """The built-in theme's folder: the installed package's `theme/`, or the checkout's
    `templates/` beside the package (an editable install, a test run from the repository)."""
    package = Path(__file__).resolve().parent
    installed = package / "theme"
    return installed if installed.is_dir() else package.parent / TEMPLATES_DIR


DEFAULT_THEME = builtin_theme()


@dataclass(frozen=True)
class Theme:
    """A site's theme as layers, the first that has a file wins: `templates` for the Jinja
    templates, `static` for the files copied to public/static/. Each layer is read as a
    site's input (`builder.safety`): no link out of it, no FIFO or device, no huge file."""

    templates: tuple[Path, ...]
    static: tuple[Path, ...]

    @property
    def folders(self) -> tuple[Path, ...]:
        """Every folder the theme is read from (what serve watches)."""
        return tuple(dict.fromkeys([*self.templates, *self.static]))

    def holds(self, path: Path) -> bool:
        """True when `path` is one of the theme's files (a change to it changes the theme)."""
        return any(folder in path.parents for folder in self.folders)

    @cached_property
    def static_files(self) -> dict[str, tuple[Path, Path]]:
        """Each static file's path under public/static/ → (its layer, the file)."""
        found: dict[str, tuple[Path, Path]] = {}
        for folder in self.static:
            for path in input_files(folder, folder) if folder.is_dir() else []:
                found.setdefault(path.relative_to(folder).as_posix(), (folder, path))
        return dict(sorted(found.items()))

    def read_static(self, rel: str) -> bytes:
        """The bytes of the static file published as `static/<rel>`."""
        layer, path = self.static_files[rel]
        try:
            return read_input(layer, path, MAX_STATIC_BYTES)
        except InputRefused as error:
            raise SiteError.at(path, 0, str(error)) from None

    def fingerprint(self) -> str:
        """One hash of every template in effect: a template change re-renders every page.
        Static files are left out: pages only link to them, and each is an output of its
        own, so a stylesheet edit rewrites the stylesheet alone."""
        effective: dict[str, tuple[Path, Path]] = {}
        for folder in self.templates:
            static = folder / STATIC_DIR
            for path in input_files(folder, folder):
                if static not in path.parents:
                    effective.setdefault(path.relative_to(folder).as_posix(), (folder, path))
        digest = hashlib.sha256()
        for rel, (folder, path) in sorted(effective.items()):
            digest.update(rel.encode() + b"\0" + _template_bytes(folder, path) + b"\0")
        return digest.hexdigest()


def _template_bytes(folder: Path, path: Path) -> bytes:
    try:
        data = read_input(folder, path)
        data.decode("utf-8")  # Jinja would fail on it in the middle of a render
    except InputRefused as error:
        raise SiteError.at(path, 0, str(error)) from None
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise SiteError.at(path, line, f"template: not UTF-8 text ({error.reason})") from None
    return data


def site_theme(root: Path) -> Theme:
    """The theme of the site at `root`: its own `templates/` and `static/` over the built-in
    theme (the repository's own site, whose `templates/` is the built-in theme, has one layer).
    A site's folder that is a link out of the site is refused: a theme is read whole, and
    published in part (static/)."""
    builtin = DEFAULT_THEME.resolve()
    own = _own_folder(root, TEMPLATES_DIR)
    templates = [own] if own.is_dir() and own != builtin else []
    static = [folder for folder in (_own_folder(root, STATIC_DIR), own / STATIC_DIR)
              if folder.is_dir() and folder != builtin / STATIC_DIR]
    return Theme(templates=(*templates, builtin), static=(*static, builtin / STATIC_DIR))


def _own_folder(root: Path, name: str) -> Path:
    folder = root / name
    if folder.is_symlink() and outside(root, folder):
        raise SiteError.at(folder, 0, link_problem(root, folder)
                           or "is a link out of the site folder")
    return folder.resolve()
