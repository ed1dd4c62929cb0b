"""What the site consists of: one `Output` per file of public/, each with a fingerprint.

The fingerprint hashes everything the file shows (its entries' contents, the cards of the
entries it lists, the theme and the settings), so the build renders only outputs whose
fingerprint changed since the last build, and `serve` re-renders only what an edit touched.
Every kind of output is a module of `builder.kinds`; nothing here names one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from builder.kinds import KIND_NAMED, KINDS, Output, Planner

if TYPE_CHECKING:
    from jinja2 import Environment

    from builder.keys import CardDigests
    from builder.site import Site


def plan(site: Site, theme_key: str, static_files: dict[str, str],
         cards: CardDigests) -> list[Output]:
    """Every output of the site, in a stable order: the kinds `replan` plans anew come last
    (it keeps every other output in its place). `static_files` maps path → content hash;
    `cards` remembers the entries' card digests from plan to plan."""
    planner = Planner(site, theme_key, static_files, cards)
    return [kind.output(planner, key)
            for kind in sorted(KINDS, key=lambda kind: kind.replan_whole)
            for key in kind.keys(planner)]


Positions = dict[str, dict[str, int]]  # kind → key → where its output is in a plan


def positions(outputs: list[Output]) -> Positions:
    """Where each output of a plan is, by kind and key: `replan` looks up the few it
    replans instead of going through them all."""
    found: Positions = {}
    for index, output in enumerate(outputs):
        found.setdefault(output.kind, {})[output.key] = index
    return found


class Replanned(NamedTuple):
    outputs: list[Output]  # the whole plan, as `plan` would make it
    redone: list[Output]  # those planned anew: every other one is `previous`'s own
    dropped: set[str]  # the paths of `previous` that are not in the plan any more


def replan(previous: list[Output], at: Positions, previous_site: Site, site: Site,
           theme_key: str, static_files: dict[str, str], cards: CardDigests) -> Replanned:
    """`plan` for a site of the same structure as `previous_site` (`Site.structure`: only
    titles, summaries or bodies were edited) and the same theme key: only the outputs that
    show an entry whose file changed (`Kind.showing`) get a new fingerprint, the rest keep
    theirs, in their places (`at` is `positions(previous)`, and stays true of the result).
    This is what keeps serve's rebuild of a big digest to a few dozen outputs' work; the
    outputs planned anew are the only ones whose fingerprints can differ from `previous`."""
    # Same structure: the entries are in the same order as in `previous_site`.
    changed = [(index, entry) for index, (entry, old)
               in enumerate(zip(site.entries, previous_site.entries, strict=True))
               if entry is not old and entry.digest != old.digest]
    redo: dict[str, set[str] | None] = {}  # kind → the keys to re-plan (None: all)
    for kind in KINDS:
        if kind.structural or kind.replan_whole or not changed:
            continue
        keys: set[str] | None = set()
        for index, entry in changed:
            shown = kind.showing(site, index, entry)
            if shown is None:
                keys = None
                break
            keys.update(shown)  # type: ignore[union-attr]
        redo[kind.name] = keys
    planner = Planner(site, theme_key, static_files, cards)
    end = len(previous)
    while end and KIND_NAMED[previous[end - 1].kind].replan_whole:
        end -= 1
    outputs = previous[:end]
    redone = []
    for name, keys in redo.items():
        kind, places = KIND_NAMED[name], at.get(name, {})
        for key in places if keys is None else keys & places.keys():
            output = outputs[places[key]] = kind.output(planner, key)
            redone.append(output)
    whole = [kind.output(planner, key)
             for kind in KINDS if kind.replan_whole for key in kind.keys(planner)]
    dropped = {o.path for o in previous[end:]} - {o.path for o in whole}
    return Replanned(outputs + whole, redone + whole, dropped)


def render_order(output: Output) -> tuple[int, str]:
    """The order outputs are rendered in (`Kind.render_order`, then path)."""
    return KIND_NAMED[output.kind].render_order, output.path


def search_globs(env: Environment, marker: str) -> list[str]:
    """The pages worth giving the search indexer: those whose template can carry `marker`
    (with the built-in theme, the entry pages only; with none, every page)."""
    kinds = kinds_with(env, marker)
    return [glob for kind in sorted(kinds) for glob in KIND_NAMED[kind].globs] or ["**/*.html"]


def kinds_with(env: Environment, marker: str) -> set[str]:
    """The kinds of page whose template has `marker` in its source, or in a template it
    extends, includes or imports. Others may show it only as text from an entry, escaped.
    A template that cannot be read or parsed counts as having it (its render will say why)."""
    from jinja2 import TemplateError, meta

    known: dict[str, bool] = {}

    def has(name: str) -> bool:
        if name not in known:
            known[name] = False  # a template that refers to itself is no evidence
            try:
                source = env.loader.get_source(env, name)[0]  # type: ignore[union-attr]
                found = marker in source or any(
                    ref is None or has(ref)
                    for ref in meta.find_referenced_templates(env.parse(source)))
            except TemplateError:
                found = True
            known[name] = found
        return known[name]

    return {kind.name for kind in KINDS if kind.template and has(kind.template)}
