"""What rendering needs besides the model and the outputs: the Jinja environment (compiled
templates kept on disk, so that none is compiled twice), the Markdown parser, and the store
of rendered entry bodies. A full build readies the first two while workers parse the entries,
so that the forked render workers inherit them instead of each making its own."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from builder import cache
from builder.templating import make_environment
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

    def take(self, theme: Theme) -> tuple[Environment, MarkdownIt | None]:
        """The readied environment and parser, once; else a fresh environment (the parser
        is then made when a body needs it)."""
        readied, self._readied = self._readied, None
        return readied or (self.environment(theme), None)

    def environment(self, theme: Theme) -> Environment:
        """A fresh environment per build (its globals point at that build's site)."""
        from jinja2 import FileSystemBytecodeCache  # imported by builds that render only

        folder = cache.cache_dir(self.root) / "jinja"
        folder.mkdir(parents=True, exist_ok=True)
        env = make_environment(theme)
        env.bytecode_cache = FileSystemBytecodeCache(str(folder))
        return env
