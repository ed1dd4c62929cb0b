"""What the extractor finds in articles it was not written for: made-up sentences in the styles
issue 15 lists (reversals without a listed verb, negation and prediction, the wrong company
credited, companies missed or invented). Each seed is a real file read by `seed_to_entry`."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
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
        "Acme Widgets Inc. went back on its decision to close stores on Saturdays.",
        "Acme Widgets Inc. has taken back its decision to close stores on Saturdays.",
        "Acme Widgets Inc. placed the pilot on ice after complaints.",
        "Acme Widgets Inc. reined it in after complaints.",
        "In an about-turn, Acme Widgets Inc. said staff may keep working from home.",
        "Staff at Acme Widgets Inc. will no longer be required to come in on Fridays.",
        "Following pressure from unions, Acme Widgets Inc. paused the rollout.",
        "Acme Widgets Inc. told employees on Monday that it was scrapping the rule.",
        "After staff threatened to quit, Acme Widgets Inc. reversed course.",
        "Acme Widgets Inc. backed down after customers revolted.",
        "Acme Widgets Inc. has changed its mind about the four-day office week.",
        "Acme Widgets Inc. backflipped on its plan to charge for parking.",
        "Acme Widgets Inc. has renounced the plan to close its Lyon site.",
        "Acme Widgets Inc. backed out of its plan to move jobs abroad.",
        "Acme Widgets Inc. stopped the rollout of badge tracking.",
        "It was a rare about-face for Acme Widgets Inc., which had defended the rule.",
        "Acme Widgets Inc. said it was not scrapping the rule but pausing it.",
        "Acme Widgets Inc. chief executive Jane Roe scrapped the office mandate on Monday.",
        "The ban angered staff, so Acme Widgets Inc. lifted it on Monday.",
        "Acme Widgets Inc. in U-turn over office plan after staff revolt.",
        "Climbdown at Acme Widgets Inc. over parking charges.",
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
        "Acme Widgets Inc. took back the lead in the smartphone market.",
        "Will Acme Widgets Inc. reverse its fee cut? Do not count on it.",
        "Shares in Acme Widgets Inc. reversed early losses to close up 3%.",
        "Acme Widgets Inc. reversed a loss in the second quarter.",
        "Acme Widgets Inc. walked back the comments its founder made on Monday.",
        "The union has called on Acme Widgets Inc. to reverse the rule.",
        "Acme Widgets Inc. would be told to restore the service, a minister suggested.",
        "Acme Widgets Inc. has never withdrawn, suspended or reversed the service.",
        "Acme Widgets Inc. froze its prices for another year.",
        "Acme Widgets Inc. blamed the outage on weekend delays at its supplier.",
        "Acme Widgets Inc. has no intention of scrapping the rule.",
        "Acme Widgets Inc. stopped short of reversing the policy.",
        "It is unclear whether Acme Widgets Inc. will reverse the policy.",
        "Acme Widgets Inc. is unlikely to reverse the policy.",
        "Acme Widgets Inc. is reportedly mulling a U-turn on the rule.",
        "Critics of Acme Widgets Inc. demanded a U-turn on the rule.",
        "Staff at Acme Widgets Inc. called for a reversal of the rule.",
        "In 2020, Acme Widgets Inc. scrapped a similar plan.",
        "Acme Widgets Inc.'s 2021 U-turn on remote work still rankles.",
        "Workers at Acme Widgets Inc. cancelled their planned strike.",
        "After lobbying by Acme Widgets Inc., the government scrapped the tax.",
        "Acme Widgets Inc. said unions had dropped their demand.",
        "Acme Widgets Inc. lets users pause their subscriptions.",
        "Acme Widgets Inc. withdrew from the talks.",
        "Acme Widgets Inc. restored power to 10,000 homes after the storm.",
        "Acme Widgets Inc. reversed into a parked car.",
        "Acme Widgets Inc. suspended its dividend.",
        "Acme Widgets Inc. withdrew its profit forecast.",
        "It is time Acme Widgets Inc. scrapped its mandate.",
        "Rival Brightline Analytics Inc. claims that Acme Widgets Inc. scrapped free delivery.",
        "Acme Widgets Inc. pulled out of the race for the contract.",
        "Acme Widgets Inc. stopped production after a fire.",
        "A U-turn by Acme Widgets Inc. looks unlikely.",
        "Acme Widgets Inc. said a reversal was \"not on the table\".",
        "Acme Widgets Inc. has been urged to make a U-turn.",
        "Acme Widgets Inc. is not, as some reported, scrapping the rule.",
        "The regulator scrapped its probe into Acme Widgets Inc.",
        "Acme Widgets Inc. withdrew its appeal against the fine.",
        "Under a deal with Acme Widgets Inc., the city scrapped the fee.",
        "Acme Widgets Inc. said profits rose, and it lifted it to a record.",
        "U-turns are rare in the industry, Acme Widgets Inc. said.",
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


def test_a_passive_policy_subject_makes_lifted_a_reversal(tmp_path: Path) -> None:
    meta = analysed(
        tmp_path,
        "At Acme Widgets Inc., the hiring freeze imposed in January has been lifted for "
        "engineers. Profits were lifted by strong sales at Brightline Analytics Inc.",
    )
    assert reversed_by(meta) == {"Acme Widgets"}


def test_two_firms_sharing_a_first_word_give_the_same_entry_every_run(tmp_path: Path) -> None:
    """Python salts its string hashes per process: no set order may decide an entry."""
    seed = tmp_path / "a.txt"
    seed.write_text(
        "Date: 2026-03-04\n\nHarbourside Pharmacy Group and Harbourside Logistics Ltd both "
        "trade in Leeds. On Monday, Harbourside scrapped its Sunday surcharge.\n",
        "utf-8",
    )
    script = (
        "import sys; from pathlib import Path; from builder.config import load_config; "
        "from builder.ingest import seed_to_entry; "
        f"print(seed_to_entry(Path(sys.argv[1]), load_config(Path({str(REPO)!r})))[0])"
    )
    answers = {
        subprocess.run(
            [sys.executable, "-c", script, str(seed)],
            env={**os.environ, "PYTHONHASHSEED": str(salt)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for salt in range(6)
    }
    assert len(answers) == 1, answers
    # "Harbourside" alone could be either firm: no one is credited, an editor is asked.
    assert "'reversals': []" in answers.pop()


def test_it_stands_for_the_subject_not_a_firm_named_after_a_preposition(tmp_path: Path) -> None:
    meta = analysed(
        tmp_path,
        "Brightline Analytics Inc., the owner of Zentrix Robotics Inc.'s biggest plant, said "
        "on Monday it has withdrawn its plan to end remote work.",
    )
    assert reversed_by(meta) == {"Brightline Analytics"}


def test_a_cue_describing_a_noun_credits_no_one(tmp_path: Path) -> None:
    meta = analysed(
        tmp_path,
        "Brightline Analytics Inc. restored refunds on Monday. Rivals such as Zentrix Robotics "
        "Inc. already refund the fares of flights they cancel.",
    )
    assert reversed_by(meta) == {"Brightline Analytics"}


def test_an_undated_article_keeps_a_dated_aside_as_background(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Brightline Analytics Inc. is reversing its login rule. Zentrix Robotics Inc., which "
        "dropped a similar rule in 2023 after complaints, declined to comment.\n",
        "utf-8",
    )
    meta, _ = seed_to_entry(path, CONFIG, today=dt.date(1990, 1, 1))
    assert reversed_by(meta) == {"Brightline Analytics"}


def test_a_piece_of_a_longer_name_is_not_credited_but_asked_about(tmp_path: Path) -> None:
    meta = analysed(
        tmp_path,
        "09:10 BST: Old Harbor brings back free shipping for all orders. Old Harbor said the "
        "fee had cost it customers. On Monday Brightline Analytics Inc. scrapped its fee.",
    )
    # The whole name is credited, or (when only its piece is known as a company) no one is
    # and an editor is asked; never the piece.
    credited = reversed_by(meta)
    assert "Harbor" not in credited and "Brightline Analytics" in credited
    assert "Old Harbor" in credited or any(
        "'Old Harbor'" in reason for reason in meta.get("review") or []
    ), (credited, meta.get("review"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meta and Google both scrapped their office mandates this week.", {"Meta", "Google"}),
        ("Meta, Google and Amazon have all dropped the rule.", {"Meta", "Google", "Amazon"}),
        ("Unlike Google and Amazon, Meta has dropped the rule.", {"Meta"}),
        ("Unlike Brightline Analytics Inc., Zentrix Robotics Inc. has dropped the fee.",
         {"Zentrix Robotics"}),
        ("The fee, introduced by Brightline Analytics Inc. in 2019, was scrapped by Zentrix "
         "Robotics Inc. on Monday.", {"Zentrix Robotics"}),
        ("Following Zentrix Robotics Inc.'s decision to scrap its mandate, Brightline "
         "Analytics Inc. said it would review its own.", {"Zentrix Robotics"}),
    ],
)
def test_lists_asides_and_headline_less_articles_credit_who_acted(
    tmp_path: Path, text: str, expected: set[str]
) -> None:
    assert reversed_by(analysed(tmp_path, text)) == expected


def test_a_line_in_capitals_names_no_unlisted_company(tmp_path: Path) -> None:
    meta = analysed(
        tmp_path,
        "Freight briefing\n\n2) HARBOR'S DEPOT U-TURN\n\nBrightline Analytics Inc. has reversed "
        "its plan to close the depot.",
    )
    assert reversed_by(meta) == {"Brightline Analytics"}
    assert not any("DEPOT" in company for company in meta["companies"])


def test_a_markets_wrap_full_of_cue_words_reports_no_reversal(tmp_path: Path) -> None:
    meta = analysed(
        tmp_path,
        "European shares ended the week higher on Friday, as retailers rallied and bond yields "
        "eased. Zentrix Robotics Inc. jumped 6% after it lifted its full-year outlook, while "
        "Brightline Analytics Inc. dropped 4% after the firm cut its dividend. Harbor Freight "
        "Systems Inc. reversed early losses to close up 1%.\n\nPelican Grove Hotels Ltd halted "
        "trading in its shares pending an announcement. Shares in Kolbeck Foods A/S were "
        "suspended after the company delayed its annual results. Analysts said the rally "
        "could pause next week. Eastbridge Mutual Ltd cancelled its investor day. Sunmark "
        "Foods plc's chief executive stepped down; the board suspended him pending an inquiry.",
    )
    assert {"Zentrix Robotics", "Kolbeck Foods", "Eastbridge Mutual"} <= set(meta["companies"])
    assert meta["reversals"] == []
    assert any(reason.startswith("no reversal found") for reason in meta["review"])


def test_a_denial_credits_only_the_firm_the_relative_clause_hangs_on(tmp_path: Path) -> None:
    meta = analysed(
        tmp_path,
        "Zentrix Robotics Inc. today responded to media reports claiming it had abandoned its "
        "hybrid work policy. \"There has been no U-turn,\" said Kari Nordmann, its chief "
        "people officer. \"We have not scrapped, paused or softened any part of it.\" Some "
        "outlets confused the company with Zentrix Logistics AS, an unrelated haulier, which "
        "last week scrapped its weekend delivery surcharge.",
    )
    assert reversed_by(meta) == {"Zentrix Logistics"}
    assert not any(r.startswith("weak cue") for r in meta.get("review") or [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\"We have decided to reinstate the bonus,\" said Jane Roe, chief executive of Acme "
         "Widgets Inc., on Monday.", {"Acme Widgets"}),
        ("\"We will not scrap the rule,\" said Jane Roe, chief executive of Acme Widgets Inc., "
         "on Monday.", set()),
        ("\"We scrapped it,\" said a union official at Acme Widgets Inc. on Monday.", set()),
    ],
)
def test_we_in_a_quotation_is_the_firm_its_speaker_speaks_for(
    tmp_path: Path, text: str, expected: set[str]
) -> None:
    assert reversed_by(analysed(tmp_path, text)) == expected


def test_it_after_a_sentence_about_a_union_is_not_the_firm(tmp_path: Path) -> None:
    meta = analysed(
        tmp_path,
        "Acme Widgets Inc. raised prices in May. The union called a strike. It scrapped the "
        "strike on Friday after talks.",
    )
    assert reversed_by(meta) == set()
    meta = analysed(
        tmp_path,
        "Acme Widgets Inc. faced a walkout. Staff were angry. It scrapped the rule on Friday.",
    )
    assert reversed_by(meta) == {"Acme Widgets"}


def test_a_run_of_names_does_not_hang_ingest(tmp_path: Path) -> None:
    """A list of names once made a pattern try every way to split each word: five names took
    minutes, forty never ended. The timeout only guards the suite against a hang."""
    seed = tmp_path / "a.txt"
    seed.write_text("Acme Widgets Inc., " * 40 + "scrapped the rule.\n", "utf-8")
    script = (
        "import sys; from pathlib import Path; from builder.config import load_config; "
        "from builder.ingest import seed_to_entry; "
        f"print(seed_to_entry(Path(sys.argv[1]), load_config(Path({str(REPO)!r})))[0]['companies'])"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(seed)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0 and "Acme Widgets" in done.stdout, done.stderr


def test_a_name_no_one_resolved_acting_leaves_the_firm_before_uncredited(tmp_path: Path) -> None:
    meta = analysed(
        tmp_path,
        "Pillbox Direct Ltd's advertisements state that Harbourside \"scrapped free delivery "
        "for pensioners\". Harbourside Pharmacy Group and Harbourside Logistics Ltd both "
        "deny it.",
    )
    assert reversed_by(meta) == set()


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


def test_a_name_written_literal_first_matches_where_the_look_behind_would() -> None:
    """`text.unprefixed` puts the name before its boundary check (so that the regex engine
    jumps between the name's uses); it must match exactly where the look-behind first does."""
    import re

    from builder.ingest.text import unprefixed

    text = "Acme said. xAcme, -Acme, Acme-Corp and #Acme; (Acme) Acme"
    for before in (r"[\w-]", r"[\w#]"):
        plain = [m.span() for m in re.finditer(rf"(?<!{before}){re.escape('Acme')}", text)]
        assert [m.span() for m in re.finditer(unprefixed("Acme", before), text)] == plain
    assert len(re.findall(unprefixed("Acme"), text)) == 5  # not after "x" or "-"
