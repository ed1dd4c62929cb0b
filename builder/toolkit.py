"""What rendering needs besides the model and the outputs: the Jinja environment (compiled
templates kept on disk, so that none is compiled twice), the Markdown parser, and the store
of rendered entry bodies. A full build readies the first two while workers parse the entries,
so that the forked render workers inherit them instead of each making its own."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from builder import cache
from builder.theme_layers import STATIC_DIR, Theme, site_theme

if TYPE_CHECKING:
    from jinja2 import Environment
    from markdown_it import MarkdownIt

    from builder.config import SiteConfig


class RenderToolkit:
    """One site's rendering tools, kept by the `Builder` from build to build."""

    def __init__(self, root: Path):
        self.root = root
        self._bodies: cache.TextStore | None = None
        self._readied: tuple[Environment, MarkdownIt] | None = None
        # The last build's environment, with the fingerprint of the theme it was made for.
        self._kept: tuple[str, Environment] | None = None

    @property
    def bodies(self) -> cache.TextStore:
        """Entry bodies rendered to HTML, by entry version (opened when first needed)."""
        if self._bodies is None:
            self._bodies = cache.TextStore(self.root, "bodies")
        return self._bodies

    def ready(self, config: SiteConfig) -> None:
        """Make the environment, with every template compiled, and the Markdown parser now,
        before the render workers are forked."""
        from jinja2 import TemplateError

        from builder.markdown import make_markdown

        env = self.environment(site_theme(self.root))
        for name in env.list_templates():
            if not name.startswith(f"{STATIC_DIR}/"):
                # A broken template is left for its render to report, as without this.
                with contextlib.suppress(TemplateError, OSError, UnicodeError):
                    env.get_template(name)
        self._readied = (env, make_markdown(config.base_path))

    def forget(self) -> None:
        """Drop what was readied: a failed build's may be out of date."""
        self._readied = None

    def take(self, theme: Theme, fingerprint: str) -> tuple[Environment, MarkdownIt | None]:
        """The readied environment and parser, once; else the last build's environment when
        the theme (`fingerprint`) is the same, its templates loaded already (serve's rebuilds
        load none again); else a fresh one. The parser is made when a body needs it."""
        readied, self._readied = self._readied, None
        markdown = None
        if readied is not None:
            env, markdown = readied
        elif self._kept is not None and self._kept[0] == fingerprint:
            env = self._kept[1]
            _forget_modules(env)
        else:
            env = self.environment(theme)
        self._kept = (fingerprint, env)
        return env, markdown

    def environment(self, theme: Theme) -> Environment:
        """A fresh environment, for a theme (the `Renderer` points its globals at each build's
        site)."""
        from jinja2 import FileSystemBytecodeCache  # imported by builds that render only

        from builder.templating import make_environment

        folder = cache.cache_dir(self.root) / "jinja"
        folder.mkdir(parents=True, exist_ok=True)
        env = make_environment(theme)
        env.bytecode_cache = FileSystemBytecodeCache(str(folder))
        return env


def _forget_modules(env: Environment) -> None:
    """A template's module (its macros, and what `{% import %}` gives) is made once, bound to
    the globals of the build that made it (the site model): for a kept environment to serve
    another build, each loaded template makes its module again when next asked."""
    for template in env.cache.values() if env.cache is not None else ():
        template._module = None  # Jinja's cache of `Template.module`; no public way to drop it
