"""What the extractor finds in articles it was not written for: made-up sentences in the styles
issue 15 lists (reversals without a listed verb, negation and prediction, the wrong company
credited, companies missed or invented). Each seed is a real file read by `seed_to_entry`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builder.config import load_config
from builder.ingest import seed_to_entry
from builder.ingest.reversals import find_cues, inflections

REPO = Path(__file__).resolve().parent.parent
CONFIG = load_config(REPO)


def analysed(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "a.txt"
    path.write_text("Date: 2026-03-04\n\n" + text + "\n", "utf-8")
    return seed_to_entry(path, CONFIG)[0]


def reversed_by(meta: dict) -> set[str]:
    return {r["company"] for r in meta["reversals"]}


@pytest.mark.parametrize(
    "sentence",
    [
        "Acme Widgets Inc. has put the plan on ice.",
        "Acme Widgets Inc. retreated from its office mandate.",
        "Acme Widgets Inc. has unwound the fees it charged developers.",
        "Acme Widgets Inc. reined in its AI spending after a review.",
        "Acme Widgets Inc. is bringing the annual bonus back.",
        "Acme Widgets Inc. shelved its plan to move jobs abroad.",
        "In a U-turn, Acme Widgets Inc. said staff may keep working from home.",
        "Acme Widgets Inc. made an about-face on its badge policy.",
        "Acme Widgets Inc. walked it back within a week.",
        "Acme Widgets Inc. has scrapped the rule.",
    ],
)
def test_reversals_without_a_listed_verb(tmp_path: Path, sentence: str) -> None:
    meta = analysed(tmp_path, sentence + " The company said little else.")
    assert reversed_by(meta) == {"Acme Widgets"}, meta["reversals"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Acme Widgets Inc. dismissed reports that it would drop its office mandate.",
        "Acme Widgets Inc. has no plans to revisit the rule.",
        "Acme Widgets Inc. ruled out scrapping the rule.",
        "Analysts expect Acme Widgets Inc. to abandon the plan next year.",
        "Acme Widgets Inc. could scrap the rule, people familiar said.",
        "Acme Widgets Inc. is sticking with the plan despite a petition to reverse it.",
        "Acme Widgets Inc. raised its cancellation fees for gym members.",
        "Acme Widgets Inc. added a rollback button to its app.",
        "Will Acme Widgets Inc. reverse course?",
        "Acme Widgets Inc. scrapped a similar plan in 2019, and now expands it.",
    ],
)
def test_no_reversal_under_negation_prediction_or_as_a_noun(
    tmp_path: Path, sentence: str
) -> None:
    meta = analysed(tmp_path, sentence + " The company said little else.")
    assert "Acme Widgets" in meta["companies"]
    assert reversed_by(meta) == set(), meta["reversals"]


def test_roundup_credits_the_company_that_acted(tmp_path: Path) -> None:
    meta = analysed(
        tmp_path,
        "Zentrix Robotics Inc., which competes with Harbor Freight Systems, scrapped its "
        "keystroke tracking. A plan to cut remote days at Pelican Grove Hotels was paused by "
        "Kølbeck Foods A/S, its owner. Brightline Analytics Inc. said on Monday that the "
        "Oslo-based startup had dropped its AI quota.",
    )
    assert reversed_by(meta) == {"Zentrix Robotics", "Kølbeck Foods", "Brightline Analytics"}


def test_a_description_stands_for_the_firm_named_before(tmp_path: Path) -> None:
    meta = analysed(
        tmp_path,
        "Nordvik Bank ASA told staff on Monday that offices stay open. The Swedish lender "
        "later scrapped its plan to close branches.",
    )
    assert reversed_by(meta) == {"Nordvik Bank"}


def test_owned_names_two_companies_and_subsidiaries_stay_apart(tmp_path: Path) -> None:
    meta = analysed(
        tmp_path,
        "Google-owned Fitbit has reversed its plan to retire its web dashboard. LinkedIn said "
        "its own policy was unchanged, and Microsoft declined to comment.",
    )
    assert {"Google", "Fitbit", "LinkedIn", "Microsoft"} <= set(meta["companies"])
    assert reversed_by(meta) == {"Fitbit"}


def test_a_common_word_company_survives_one_lowercase_use(tmp_path: Path) -> None:
    meta = analysed(
        tmp_path,
        "Notion said on Tuesday that it had scrapped its four-day office rule. Staff had "
        "complained in a notion board. Rivals such as Asana and Notion kept theirs.",
    )
    assert "Notion" in meta["companies"] and reversed_by(meta) == {"Notion"}


def test_companies_listed_beside_a_known_one(tmp_path: Path) -> None:
    meta = analysed(
        tmp_path,
        "Spotify has reversed its cap on audiobook hours. Spotify, Deezer and Tidal compete "
        "for the same listeners.",
    )
    assert {"Spotify", "Deezer", "Tidal"} <= set(meta["companies"])
    assert reversed_by(meta) == {"Spotify"}


def test_weak_cue_counts_and_asks_for_review(tmp_path: Path) -> None:
    meta = analysed(tmp_path, "Sonos will again offer its old app, the speaker maker said.")
    assert reversed_by(meta) == {"Sonos"}
    assert meta["draft"] is True
    assert any(r.startswith("weak cue") and "Sonos" in r for r in meta["review"])


def test_inflections_are_generated() -> None:
    def matches(verb: str, word: str) -> bool:
        import re

        return any(re.fullmatch(form, word, re.I) for form in inflections(verb))

    assert matches("scrap", "scrapped") and matches("scrap", "scrapping")
    assert matches("reverse", "reversing") and matches("reverse", "reversed")
    assert matches("cancel", "canceled") and matches("cancel", "cancelled")
    assert matches("freeze", "froze") and matches("undo", "undid")
    assert not matches("scrap", "scraped")
    assert [c.action for c in find_cues("Acme rolled its RTO rule back.")] == ["rolled back"]


def test_undated_article_is_never_dated_today(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Acme Widgets Inc. scrapped its plan.\n", "utf-8")
    meta, _ = seed_to_entry(path, CONFIG, today=dt.date(2026, 1, 2))
    assert meta["date"] == dt.date(2026, 1, 2) and meta["draft"] is True


def companies(tmp_path: Path, text: str) -> list[str]:
    return analysed(tmp_path, text)["companies"]


def test_a_word_that_opens_every_use_of_a_name_is_part_of_it(tmp_path: Path) -> None:
    found = companies(
        tmp_path,
        "Old Harbor has brought back free returns for shoppers. Old Harbor said it listened. "
        "Shares of Old Harbor rose 2%.",
    )
    assert "Old Harbor" in found and "Harbor" not in found
    shouted = companies(
        tmp_path,
        "Quarry Town title\n\nBRIGHTWATER Rovers have scrapped a ticket rise. Rovers said "
        "fans were right. Rovers boss Ann Lee said the club had listened.",
    )
    assert "Brightwater Rovers" in shouted and "Rovers" not in shouted


def test_a_surname_is_a_person_not_the_company_of_that_name(tmp_path: Path) -> None:
    meta = analysed(
        tmp_path,
        "District councillor Sarah Ford has walked back her remarks about bin collections. "
        "Ford, who chairs the committee, said she had spoken carelessly. "
        "Tom Pryce, Binco's contract manager, said smaller lorries would be used. "
        "Mr Pryce said the change was final.",
    )
    assert "Ford" not in meta["companies"] and "Pryce" not in meta["companies"]
    assert {"Sarah Ford", "Tom Pryce"} <= set(meta["people"])
    # The carmaker stays the carmaker where the text speaks of the firm.
    firm = analysed(tmp_path, "Ford has paused F-150 production. Ford CEO Jim Farley said so.")
    assert "Ford" in firm["companies"]


def test_no_firm_in_places_venues_contractions_or_a_company_running_on(tmp_path: Path) -> None:
    found = companies(
        tmp_path,
        "Acme Widgets Inc. has scrapped its plan to close sites in Leeds, Kelbrook and Tinsley. "
        "Fans of Acme Widgets cheered at the Kelbrook-Arena. \"I'm relieved,\" said Jo Hart. "
        "DHL Express has dropped its surcharge, and Toyota Motor reversed its rule.",
    )
    assert {"Acme Widgets", "DHL", "Toyota"} <= set(found)
    for wrong in ("Kelbrook", "Tinsley", "Kelbrook-Arena", "I'm", "Express", "Motor",
                  "Fans of Acme Widgets"):
        assert wrong not in found, wrong


def test_a_company_named_like_a_word_counts_where_it_acts_as_a_firm(tmp_path: Path) -> None:
    found = companies(
        tmp_path,
        "Next has reined in its plan to charge for online returns. Next week it reports. "
        "Whoop, which sells its band with a membership, is unchanged.",
    )
    assert {"Next", "Whoop"} <= set(found)
    assert companies(tmp_path, "Next week the shops open. The whoop of the crowd.") == []


def test_people_spoken_of_as_people(tmp_path: Path) -> None:
    people = analysed(
        tmp_path,
        "Acme Widgets Inc. has scrapped its parking fee. Pensioner Maud Hale, 82, who "
        "organised the petition, was delighted. The firm, led by Oskar Lind, had defended it. "
        "Acme's chief know-how officer, Ravi Menon, had backed it. \"We listened.\" — Ida Berg, "
        "head of customer care. Tove Sand is the chief executive of Sandworks, a supplier.",
    )["people"]
    assert {"Maud Hale", "Oskar Lind", "Ravi Menon", "Ida Berg", "Tove Sand"} <= set(people)
    assert not any(p.startswith("Pensioner") for p in people)


def test_rival_and_particled_surnames_are_no_part_of_a_firm(tmp_path: Path) -> None:
    meta = analysed(
        tmp_path,
        "Greenfield Foods Ltd has dropped its office rule. Rival Harvest Mart, which runs 300 "
        "stores, said nothing. Mr. de Vries, the works council chairman, said it listened.",
    )
    assert {"Greenfield Foods", "Harvest Mart"} <= set(meta["companies"])
    assert not {"Rival Harvest Mart", "Vries", "de Vries"} & set(meta["companies"])
