"""Reversal events: reports of one company's reversal of one policy grouped across entries."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from builder.config import SiteConfig, load_config
from builder.content import load_entry
from builder.content_files import entry_files
from builder.errors import SiteError
from builder.events import action_kind
from builder.site import Site, build_site
from tests.conftest import REPO, run_digest, tree_bytes

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def _write(root: Path, name: str, day: str, reversals: list[tuple[str, str, str, str]],
           companies: list[str] | None = None, tags: list[str] | None = None) -> None:
    """An entry file with `reversals` as (company, action, text, event key) items."""
    names = companies or sorted({company for company, *_ in reversals})
    items = "".join(
        f"  - company: {company}\n    action: {action}\n    text: \"{text}\"\n"
        + (f"    event: {key}\n" if key else "")
        for company, action, text, key in reversals)
    folder = root / "content" / "entries"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{day}-{name}.md").write_text(
        f"---\ntitle: \"{name}\"\ndate: {day}\nsource: Outlet {name}\n"
        f"companies: [{', '.join(names)}]\ntags: [{', '.join(tags or [])}]\n"
        f"reversals:\n{items or '  []'}\n---\nBody.\n", encoding="utf-8")


def _site(root: Path) -> Site:
    config = _config(root)
    entries = [load_entry(root, path, path.read_bytes(), config.tz)
               for path in entry_files(root)]
    return build_site(config, entries, include_drafts=False, now=NOW)


def _config(root: Path) -> SiteConfig:
    if not (root / "site.yaml").exists():
        (root / "site.yaml").write_text(
            "title: T\ncompanies:\n  - name: Meta\n    aliases: [Facebook]\n", encoding="utf-8")
    return load_config(root)


STARBUCKS = "Starbucks is relaxing its return-to-office mandate for corporate staff"


def test_three_articles_about_one_change_are_one_event_with_three_sources(
        tmp_path: Path) -> None:
    _write(tmp_path, "a", "2026-03-02", [("Starbucks", "relaxed", STARBUCKS, "")])
    _write(tmp_path, "b", "2026-03-05", [(
        "Starbucks", "softened", "Starbucks softened the office mandate for corporate staff "
        "after complaints", "")], tags=["return-to-office"])
    _write(tmp_path, "c", "2026-03-20", [(
        "Starbucks", "relaxed", "The return-to-office mandate at Starbucks has been relaxed "
        "for staff with long commutes", "")], tags=["workforce"])
    site = _site(tmp_path)
    assert len(site.events) == 1
    event = site.events[0]
    assert [e.slug for e in event.entries] == ["a", "b", "c"]
    assert event.kind == "loosen"
    assert event.first_reported.isoformat() == "2026-03-02"
    assert event.summary == STARBUCKS
    assert event.topics == ["return-to-office", "workforce"]
    assert event.slug == "starbucks-return-to-office-mandate-corporate-staff-2026-03"
    assert site.company_of["Starbucks"].events == [event]


def test_different_policies_kinds_companies_or_far_apart_dates_are_different_events(
        tmp_path: Path) -> None:
    _write(tmp_path, "a", "2026-01-05", [("Starbucks", "relaxed", STARBUCKS, "")])
    # Another policy of the same company and kind.
    _write(tmp_path, "b", "2026-01-06", [(
        "Starbucks", "relaxed", "Starbucks eased its dress code for baristas in cafes", "")])
    # The same words, another kind of action.
    _write(tmp_path, "c", "2026-01-07", [("Starbucks", "paused", STARBUCKS, "")])
    # The same words, another company.
    _write(tmp_path, "d", "2026-01-08", [(
        "Costa", "relaxed", "Costa is relaxing its return-to-office mandate for corporate staff",
        "")])
    # The same words, months later: the company did it again.
    _write(tmp_path, "e", "2026-06-01", [("Starbucks", "relaxed", STARBUCKS, "")])
    site = _site(tmp_path)
    assert len(site.events) == 5
    assert all(len(event.reports) == 1 for event in site.events)
    assert len({event.slug for event in site.events}) == 5


def test_an_event_key_forces_a_grouping_and_splits_one(tmp_path: Path) -> None:
    _write(tmp_path, "a", "2026-01-05", [("Meta", "reversed", "Meta reversed its plan to "
                                          "reassign 7,000 workers to the AI task force",
                                          "meta-task-force")])
    # Different words and months later, but the editor says it is the same event.
    _write(tmp_path, "b", "2026-05-05", [("Facebook", "walked back", "The opt-out came after "
                                          "an outcry", "meta-task-force")])
    # Same words as a keyless report, split off by its own key.
    _write(tmp_path, "c", "2026-02-01", [("Meta", "scrapped", "Meta scrapped the badge "
                                          "tracking leaderboard for engineers", "")])
    _write(tmp_path, "d", "2026-02-02", [("Meta", "scrapped", "Meta scrapped the badge "
                                          "tracking leaderboard for engineers", "meta-split")])
    site = _site(tmp_path)
    by_slug = site.event_by_slug
    assert [e.slug for e in by_slug["meta-task-force"].entries] == ["a", "b"]
    assert by_slug["meta-task-force"].company == "Meta"  # the alias is the same company
    assert [e.slug for e in by_slug["meta-split"].entries] == ["d"]
    assert len(site.events) == 3
    # Newest first by first report.
    assert [e.slug for e in site.events][0] == "meta-split"


def test_a_vague_sentence_joins_its_article_s_report_about_the_company(tmp_path: Path) -> None:
    """Found in the 118 development articles: an article tells of one reversal in a sentence
    that names the policy and one that does not ("Reddit backs off."); that is one event
    (one source), unless the editor keys one of them apart. Two sentences that each name a
    policy stay two events when they differ, as in the user's first article (Meta)."""
    _write(tmp_path, "a", "2026-03-20", [
        ("Reddit", "reversed", "Today: Reddit unwinds a fee, Discord won't", ""),
        ("Reddit", "backtracked", "Reddit backs off.", ""),
        ("Pinterest", "dropped", "Pinterest dropped its rule that creators label AI pins", "")])
    # A later article about the fee joins the event as it would have joined the first item.
    _write(tmp_path, "b", "2026-03-25", [
        ("Reddit", "reversed", "Reddit unwinds the fee for accessibility apps", "")])
    site = _site(tmp_path)
    reddit = site.company_of["Reddit"].events
    assert len(reddit) == 1 and len(site.events) == 2
    assert [report.text for _, report in reddit[0].reports] == [
        "Today: Reddit unwinds a fee, Discord won't", "Reddit backs off.",
        "Reddit unwinds the fee for accessibility apps"]
    assert [e.slug for e in reddit[0].entries] == ["a", "b"]
    assert reddit[0].kind == "undo"
    _write(tmp_path, "a", "2026-03-20", [
        ("Reddit", "reversed", "Today: Reddit unwinds a fee, Discord won't", ""),
        ("Reddit", "backtracked", "Reddit backs off its ban on third-party apps",
         "reddit-third-party-apps")])
    assert len(_site(tmp_path).company_of["Reddit"].events) == 2
    _write(tmp_path, "c", "2026-04-01", [
        ("Meta", "reversed", "Meta is reversing its decision to reassign 7,000 workers to the "
         "applied AI task force to train the company's models", ""),
        ("Meta", "paused", "This week the company paused tracking employee keystrokes to train "
         "its AI models after an internal leak", "")])
    assert len(_site(tmp_path).company_of["Meta"].events) == 2


def test_a_report_that_says_reversed_joins_an_event_of_any_kind(tmp_path: Path) -> None:
    """Also found in the development articles: one article says Uber "reinstated" a prompt,
    another calls it an "about-face"; "reversed" words any kind of reversal."""
    _write(tmp_path, "a", "2026-10-02", [(
        "Uber", "reinstated", "Uber reinstated the in-app tipping prompt it had removed from "
        "its Eats checkout", "")])
    _write(tmp_path, "b", "2026-10-06", [(
        "Uber", "reversed", "Uber's about-face on the tipping prompt was small", "")])
    # A specific kind still meets only its own kind (and "reversed").
    _write(tmp_path, "c", "2026-10-07", [(
        "Uber", "paused", "Uber paused the in-app tipping prompt at its Eats checkout", "")])
    site = _site(tmp_path)
    uber = site.company_of["Uber"].events
    assert sorted(([e.slug for e in event.entries], event.kind) for event in uber) == [
        (["a", "b"], "restore"), (["c"], "pause")]


def test_words_that_tell_of_any_reversal_do_not_make_one_policy(tmp_path: Path) -> None:
    """Found in the generated 4,000-entry corpus: reports that shared only the action's
    words ("shut down") and the news around them ("amid regulator pressure") were grouped,
    and an event compared with all its reports drifted from policy to policy."""
    _write(tmp_path, "a", "2026-01-05", [(
        "Meta", "reversed", "Meta reversed its mobile app redesign amid regulator pressure", "")])
    _write(tmp_path, "b", "2026-01-06", [(
        "Meta", "shut down", "Meta shut down keystroke monitoring amid regulator pressure", "")])
    _write(tmp_path, "c", "2026-01-07", [(
        "Meta", "shut down", "Meta shut down its office snack budget amid investor pressure", "")])
    # d reports a's policy; e shares two policy words with d, none with a.
    _write(tmp_path, "d", "2026-01-12", [(
        "Meta", "paused", "Meta paused the mobile app redesign for its engineering teams", "")])
    _write(tmp_path, "e", "2026-01-15", [(
        "Meta", "paused", "Meta paused bonuses for its engineering teams", "")])
    site = _site(tmp_path)
    grouped = sorted([e.slug for e in event.entries] for event in site.events)
    assert grouped == [["a", "d"], ["b"], ["c"], ["e"]]


def test_slugs_stay_put_when_unrelated_entries_come_and_go(tmp_path: Path) -> None:
    _write(tmp_path, "a", "2026-01-05", [("Starbucks", "relaxed", STARBUCKS, "")])
    _write(tmp_path, "b", "2026-01-09", [("Meta", "paused", "Meta paused its AI hiring "
                                          "freeze for engineers", "")])
    before = {e.slug for e in _site(tmp_path).events}
    _write(tmp_path, "c", "2026-01-07", [("Uber", "capped", "Uber capped AI spend per "
                                          "engineer", "")])
    (tmp_path / "content" / "entries" / "2026-01-09-b.md").unlink()
    after = {e.slug for e in _site(tmp_path).events}
    assert before & after == {"starbucks-return-to-office-mandate-corporate-staff-2026-01"}


def test_entries_without_reversals_make_no_event(tmp_path: Path) -> None:
    _write(tmp_path, "a", "2026-01-05", [], companies=["Meta"])
    site = _site(tmp_path)
    assert site.events == []
    assert site.company_of["Meta"].events == []


def test_a_bad_event_key_is_an_error_with_its_line(tmp_path: Path) -> None:
    _write(tmp_path, "a", "2026-01-05", [("Meta", "paused", "x y z", "Not A Slug!")])
    with pytest.raises(SiteError) as caught:
        _site(tmp_path)
    assert ("content/entries/2026-01-05-a.md:11: reversal 1: 'event' must be a slug like "
            "'not-a-slug'") in str(caught.value)


def test_an_event_key_given_to_two_companies_is_an_error(tmp_path: Path) -> None:
    """An event is one company's reversal: a key shared by Acme's and Globex's reports would
    show Globex's report on Acme's event page and leave it off Globex's timeline."""
    root = tmp_path / "site"
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "site.yaml").write_text("title: T\n", encoding="utf-8")
    _write(root, "a", "2026-01-05", [("Acme", "paused", "Acme paused its office mandate",
                                      "office-mandate")])
    _write(root, "b", "2026-01-06", [("Globex", "paused", "Globex paused its office mandate",
                                      "office-mandate")])
    result = run_digest(root, "build", "--no-search")
    assert result.returncode == 1
    assert ("content/entries/2026-01-06-b.md:1: event 'office-mandate' is Acme's (in "
            "content/entries/2026-01-05-a.md): an event is one company's reversal, so this "
            "report of Globex needs an event key of its own") in result.stderr
    assert not (root / "public").exists()


@pytest.mark.parametrize(("action", "kind"), [
    ("reversed", "undo"), ("walked back", "undo"), ("scrapped", "abandon"),
    ("dropped", "abandon"), ("paused", "pause"), ("suspends", "pause"),
    ("reinstated", "restore"), ("rehired", "restore"), ("relaxed", "loosen"),
    ("softened", "loosen"), ("capped", "cap"), ("Capped", "cap"), ("renamed", "other"),
])
def test_actions_map_to_kinds(action: str, kind: str) -> None:
    assert action_kind(action) == kind


def _rebuilt(root: Path, previous: Site | None) -> Site:
    config = _config(root)
    entries = [load_entry(root, path, path.read_bytes(), config.tz)
               for path in entry_files(root)]
    return build_site(config, entries, include_drafts=False, now=NOW, previous=previous,
                      rebuilding=True)


def _lookups(site: Site) -> dict[str, object]:
    """The model's lookups, by value (each entry by the version of its file)."""
    return {
        "by_slug": {slug: e.digest for slug, e in site.by_slug.items()},
        "event_by_slug": {slug: [(e.digest, r) for e, r in v.reports]
                          for slug, v in site.event_by_slug.items()},
        "event_versions": site.event_versions, "events_of": site.events_of,
        "company_links": site.company_links,
        "entries_by_month": {m: [e.digest for e in group]
                             for m, group in site.entries_by_month.items()},
    }


def test_a_model_after_an_edit_carries_the_lookups_over_up_to_date(tmp_path: Path) -> None:
    """An edit that keeps every entry's shape reuses the last model's lookups (serve, a build
    after an edit), with those the edited entry is in brought up to date: they must be what a
    model made from scratch works out."""
    _write(tmp_path, "a", "2026-03-02", [("Starbucks", "relaxed", STARBUCKS, "")])
    _write(tmp_path, "b", "2026-03-05", [("Starbucks", "softened", STARBUCKS + " again", "")])
    _write(tmp_path, "c", "2026-01-07", [("Meta", "paused", "Meta paused its AI hiring "
                                          "freeze for engineers", "")])
    _write(tmp_path, "d", "2026-02-01", [], companies=["Uber"])
    before = _rebuilt(tmp_path, None)
    _lookups(before)  # worked out, as a plan and a render would
    before.per_structure["probe"] = "kept"
    edited = tmp_path / "content" / "entries" / "2026-03-05-b.md"
    edited.write_text(edited.read_text(encoding="utf-8").replace('title: "b"', 'title: "B!"')
                      + "More.\n", encoding="utf-8")
    after = _rebuilt(tmp_path, before)
    assert after.structure == before.structure
    assert after.per_structure == {"probe": "kept"}  # shared by models of one structure
    fresh = _rebuilt(tmp_path, None)
    assert _lookups(after) == _lookups(fresh)
    assert _lookups(after) != _lookups(before)
    assert after.by_slug["b"].title == "B!"
    assert after.entries_by_month["2026-03"][0] is after.by_slug["b"]
    assert after.event_by_slug[after.events_of["b"][0]].reports[1][0] is after.by_slug["b"]
    # Nothing changed (the same entries, as for files whose stats did not change): the very
    # same lookups.
    again = build_site(after.config, list(after.entries), include_drafts=False, now=NOW,
                       previous=after, rebuilding=True)
    assert again.event_versions is after.event_versions and again.by_slug is after.by_slug


@pytest.mark.parametrize("edit", ["quote", "date"])
def test_editing_a_later_source_of_an_event_gives_the_bytes_of_a_cold_build(
        tmp_path: Path, edit: str) -> None:
    """An event page shows every report's quote and date, not only the first's."""
    root = tmp_path / "site"
    _write(root, "a", "2026-03-02", [("Starbucks", "relaxed", STARBUCKS, "")])
    _write(root, "b", "2026-03-05", [(
        "Starbucks", "softened", "Starbucks softened the office mandate for corporate staff", "")])
    _site(root)  # writes site.yaml
    run_digest(root, "build", "--no-search", check=True)
    event = root / "public" / "reversals" / (
        "starbucks-return-to-office-mandate-corporate-staff-2026-03") / "index.html"
    assert "softened the office mandate" in event.read_text(encoding="utf-8")
    if edit == "quote":
        _write(root, "b", "2026-03-05", [(
            "Starbucks", "softened", "Starbucks softened the office mandate for all corporate "
            "staff", "")])
    else:
        (root / "content" / "entries" / "2026-03-05-b.md").rename(
            root / "content" / "entries" / "2026-03-09-b.md")
        _write(root, "b", "2026-03-09", [(
            "Starbucks", "softened", "Starbucks softened the office mandate for corporate staff",
            "")])
    run_digest(root, "build", "--no-search", check=True)
    cold = tmp_path / "cold"
    shutil.copytree(root, cold, ignore=shutil.ignore_patterns("public", ".cache", ".digest-*"))
    run_digest(cold, "build", "--no-search", check=True)
    assert tree_bytes(root / "public") == tree_bytes(cold / "public")
