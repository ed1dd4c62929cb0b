"""Reversal events: one company's reversal of one policy, grouped from every entry reporting it.

An entry is an article; each of its reversal items is one report. Three articles about one
Starbucks change are one event with three sources, not three reversals: timelines, counts,
the `/reversals/` table and the open data are made of events (the AI Incident Database's
"one incident, many reports").

Reports are grouped when they name the same company, the same kind of action (`KINDS`; the
generic "undo" goes with any kind), share enough of the words of their sentence
(`_similarity`) and are at most `WINDOW_DAYS` apart. In one entry, a sentence too vague to
name a policy ("Reddit backs off.") joins the entry's other report about the company
(docs/events.md, from the development articles of tests/eval). An
editor overrides this with `event: <slug>` on a reversal item: items with the same key form
one event whatever their words (that forces a grouping), and a keyed item never joins an
unkeyed one (that splits it off). Pure functions of the entries, so the same content always
gives the same events, in the same order, with the same slugs.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from builder.content import Entry, Reversal
from builder.errors import Problem, SiteError
from builder.fields import tag_slug
from builder.slugs import free_slug, slugify

WINDOW_DAYS = 45  # reports further apart than this are different events
SLUG_WORDS = 4  # policy words in a generated slug
# A sentence with fewer policy words than this names no policy of its own ("Reddit backs off.")
VAGUE_WORDS = 4

# Kind of action → the actions (as ingest normalises them, and as editors write them) it holds.
KINDS: dict[str, tuple[str, ...]] = {
    "undo": ("reversed", "walked back", "backtracked", "rolled back", "rescinded", "revoked",
             "retracted", "overturned", "undid", "u-turned"),
    "abandon": ("scrapped", "abandoned", "dropped", "cancelled", "canceled", "shut down",
                "discontinued", "ended", "axed", "ditched", "killed", "shelved"),
    "pause": ("paused", "suspended", "halted", "froze", "delayed", "postponed"),
    "restore": ("reinstated", "restored", "rehired", "brought back", "resumed"),
    "loosen": ("relaxed", "softened", "loosened", "eased", "watered down", "exempted"),
    "cap": ("capped", "limited", "scaled back", "cut back", "reduced"),
}
KIND_LABELS = {"undo": "Reversed", "abandon": "Abandoned", "pause": "Paused",
               "restore": "Restored", "loosen": "Loosened", "cap": "Capped", "other": "Other"}
_KIND_OF = {action: kind for kind, actions in KINDS.items() for action in actions}
# The first letters of an action's verb, for actions written in another tense ("pauses").
_STEMS = sorted(((action[:5], kind) for action, kind in _KIND_OF.items()), reverse=True)

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_STOPWORD_TEXT = """
a about after again against all also an and any are as at be been before being but by can
company could decision did do does for from had has have he her his how i in into is it its
it's last later may more most new no not now of on once one only or other our out over plan
plans policy said says she so some such than that the their them then there these they this
those to under up us was we were what when which while who will with would year years
week weeks month months announced announcement move reversing reversed reverse reversal
scrapping scrapped scrap pausing paused pause dropping dropped drop ending ended end
walking walked back rolling rolled restoring restored reinstating reinstated cancelling
cancelled canceled relaxing relaxed softening softened capping capped abandoning abandoned
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
# Words that are not the policy but how a report tells of its reversal: the actions' own words
# ("shut down", "brought back") in their forms, and the circumstances news adds to any of them
# ("amid regulator pressure", "after losing key engineers"). Two reports sharing them are not
# reports of one policy (left out of `policy_words`; slugs keep them, so ids do not move).
_TELLING_TEXT = """
shuts shutting walks walking rolls rolling backs backing brings bringing scales scaling cuts
cutting waters watering u-turns u-turn amid pressure backlash outcry complaints complaint
complained criticism following investor investors regulator regulators lawsuit losing
announcing failed public uproar protests
"""
_TELLING = frozenset({word for action in _KIND_OF for word in action.split()}
                     | set(_TELLING_TEXT.split()))


def action_kind(action: str) -> str:
    """The kind of an action: `KINDS`' name for it, else by its verb's first letters, else
    'other' (an editor's free wording still lands somewhere sensible)."""
    normal = action.strip().casefold()
    if normal in _KIND_OF:
        return _KIND_OF[normal]
    for stem, kind in _STEMS:
        if normal.startswith(stem):
            return kind
    return "other"


@dataclass
class Event:
    """One company's reversal of one policy with every report of it, oldest first."""

    slug: str
    company: str  # canonical name
    kind: str
    reports: list[tuple[Entry, Reversal]] = field(default_factory=list)

    @property
    def first(self) -> tuple[Entry, Reversal]:
        return self.reports[0]

    @property
    def action(self) -> str:
        """The action as the first report words it."""
        return self.first[1].action

    @property
    def summary(self) -> str:
        """What was reversed, in the first report's sentence."""
        return self.first[1].text

    @property
    def first_reported(self) -> date:
        return self.first[0].day

    @property
    def latest(self) -> date:
        return max(entry.day for entry, _ in self.reports)

    @property
    def entries(self) -> list[Entry]:
        """The entries reporting it, each once, oldest first."""
        return list({entry.slug: entry for entry, _ in self.reports}.values())

    @property
    def topics(self) -> list[str]:
        """The slugs of its entries' tags, sorted."""
        return sorted({tag_slug(tag) for entry, _ in self.reports for tag in entry.tags})


def event_version(event: Event) -> str:
    """What an event's record in reversals.json is a function of, besides the settings:
    its company, kind and reports, each report by the version of its entry's file and its
    place among the entry's reversals. Cheaper than the record itself, so the record's JSON
    is kept as a fragment under it and an edit re-encodes only the events it changed."""
    return hashlib.blake2b("\0".join([event.slug, event.company, event.kind, *(
        f"{entry.rel_path}\x1e{entry.slug}\x1e{entry.digest}\x1e{entry.reversals.index(reversal)}"
        for entry, reversal in event.reports)]).encode(), digest_size=16).hexdigest()


@dataclass
class _Grouping:
    """An unkeyed event while reports are grouped: the policy words of its reports, and the
    day of its latest (reports come oldest first, so that is the last one's)."""

    event: Event
    words: list[frozenset[str]]
    last: date


def group_events(reports: list[tuple[Entry, Reversal]], canonical: dict[str, str],
                 company_slugs: dict[str, str]) -> list[Event]:
    """Every report of `reports` in exactly one event; events newest first (by first report,
    then slug). `canonical` maps aliases to company names, `company_slugs` names to slugs.
    Raises SiteError when an `event:` key is given to reports of two companies: an event is
    one company's reversal, and its page, timeline item and counts belong to that company."""
    ordered = sorted(reports, key=lambda item: (item[0].published, item[0].slug,
                                                item[0].reversals.index(item[1])))
    keyed: dict[str, Event] = {}
    # company → its events still open to reports (the latest at most WINDOW_DAYS ago), oldest
    # first: the days only move on, so an event left out is never open again.
    open_events: dict[str, list[_Grouping]] = {}
    # (entry, company) → the event of that entry's first unkeyed item about the company, and
    # that item's policy words.
    in_entry: dict[tuple[str, str], tuple[_Grouping, frozenset[str]]] = {}
    events: list[Event] = []
    problems: list[Problem] = []
    for entry, reversal in ordered:
        company = canonical.get(reversal.company, reversal.company)
        kind = action_kind(reversal.action)
        if reversal.event:
            event = keyed.get(reversal.event)
            if event is None:
                event = keyed[reversal.event] = Event(reversal.event, company, kind)
                events.append(event)
            elif event.company != company:
                problems.append(Problem(entry.rel_path, 0, (
                    f"event '{reversal.event}' is {event.company}'s (in "
                    f"{event.reports[0][0].rel_path}): an event is one company's reversal, so "
                    f"this report of {company} needs an event key of its own")))
                continue
            event.reports.append((entry, reversal))
            continue
        words = policy_words(reversal.text, company)
        still_open = open_events[company] = [
            group for group in open_events.get(company, ())
            if (entry.day - group.last).days <= WINDOW_DAYS]
        group = _same_article(in_entry.get((entry.slug, company)), words) or _best_match(
            [group for group in still_open if _comparable(group.event.kind, kind)], words)
        if group is None:
            group = _Grouping(Event("", company, kind), [], entry.day)
            still_open.append(group)
            events.append(group.event)
        in_entry.setdefault((entry.slug, company), (group, words))
        group.event.reports.append((entry, reversal))
        group.words.append(words)
        group.last = entry.day
    if problems:
        raise SiteError(problems)
    _name(events, keyed, company_slugs)
    return sorted(events, key=lambda e: (e.first_reported, e.slug), reverse=True)


def _same_article(earlier: tuple[_Grouping, frozenset[str]] | None,
                  words: frozenset[str]) -> _Grouping | None:
    """The event of the article's first item about the same company, when that item or this
    one is too vague to name a policy of its own ("Reddit backs off."): then the two tell of
    one reversal. Two sentences that each name a policy are grouped like any reports (the
    article may report two reversals: Meta's reassignment and its keystroke tracking)."""
    if earlier is None:
        return None
    group, first_words = earlier
    return group if min(len(words), len(first_words)) < VAGUE_WORDS else None


def _comparable(event_kind: str, kind: str) -> bool:
    """Whether a report of `kind` may join an event of `event_kind`: the same kind, and
    "undo" goes with every kind, since "reversed" is how one report words what another calls
    "reinstated" or "scrapped"; the other kinds differ (a pause is not a relaxation)."""
    return kind == event_kind or "undo" in (kind, event_kind)


def _best_match(candidates: list[_Grouping], words: frozenset[str]) -> _Grouping | None:
    """The candidate event whose first report is closest in words to `words` (ties: the
    newest). The first report, not any: matched against every report, an event drifts from
    policy to policy, each new report sharing a few words with the last."""
    best, best_score = None, 0.0
    for candidate in candidates:
        score = _similarity(words, candidate.words[0])
        if score >= best_score and score > 0:
            best, best_score = candidate, score
    return best


def _similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of the shorter sentence's policy words the other has too, or 0 when they
    share fewer than two (one common word, "AI", says little about the policy)."""
    shared = len(a & b)
    if shared < 2:
        return 0.0
    score = shared / min(len(a), len(b))
    return score if score >= 0.3 else 0.0


def policy_words(text: str, company: str = "") -> frozenset[str]:
    """The words of a sentence that name the policy (`_full_words`, less `_TELLING`), cut to
    their first six letters so "mandate" and "mandates" meet."""
    return frozenset(word[:6] for word in _full_words(text, company) if word not in _TELLING)


def _first_report(event: Event) -> tuple[datetime, str, int]:
    """Where an event's first report comes in the order reports are grouped in."""
    entry, reversal = event.first
    return entry.published, entry.slug, entry.reversals.index(reversal)


def _name(events: list[Event], keyed: dict[str, Event], company_slugs: dict[str, str]) -> None:
    """Give each unkeyed event its slug, `<company>-<policy words>-<yyyy-mm>` from its first
    report: it depends on that report alone, so it stays put when unrelated entries change.
    The rare collision gets -2, -3 in the order of first reports."""
    taken = set(keyed)
    for event in sorted((e for e in events if not e.slug), key=_first_report):
        entry, reversal = event.first
        words = " ".join(_full_words(reversal.text, event.company)[:SLUG_WORDS])
        company = company_slugs.get(event.company) or slugify(event.company)
        base = f"{slugify(f'{company} {words}', max_length=80)}-{entry.day:%Y-%m}"
        event.slug = free_slug(base, taken)


def _full_words(text: str, company: str) -> list[str]:
    """The words of a sentence that name the policy, in order: not stopwords, not the
    company's name (whole words, so a slug made of them reads well)."""
    skip = {word.casefold() for word in _WORD.findall(company)}
    seen: dict[str, None] = {}
    for word in _WORD.findall(text):
        folded = word.casefold().strip("'’-")
        if len(folded) >= 3 and folded not in _STOPWORDS and folded not in skip:
            seen.setdefault(folded)
    return list(seen)
