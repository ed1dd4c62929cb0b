"""A probe of how reporters phrase reversals, written fresh (not taken from the evaluation
articles): every meaning of the vocabulary in active, passive, inverted, possessive,
described-subject, pronoun and nominal forms, restorations told without a reversal verb,
multi-clause wire sentences, machine-paraphrased garble, and traps that only look like a
reversal (denial, prediction, request, a noun, a market move, someone else acting).

Each case is a short article in a real seed file: it asserts which companies ingest credits
with a reversal, and that a company it should credit is one of the entry's companies."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.config import load_config
from builder.ingest import seed_to_entry

REPO = Path(__file__).resolve().parent.parent
CONFIG = load_config(REPO)


def reversals_in(tmp_path: Path, text: str) -> tuple[set[str], list[str]]:
    path = tmp_path / "probe.txt"
    path.write_text(f"Date: 2026-03-04\n\n{text}\n", "utf-8")
    meta = seed_to_entry(path, CONFIG)[0]
    return {r["company"] for r in meta["reversals"]}, meta["companies"]


# (passage, the company that reversed something)
REVERSALS: list[tuple[str, str]] = [
    # undo
    ("Spotify reversed its decision to raise prices for students.", "Spotify"),
    ("The price rise for students was reversed by Spotify on Tuesday.", "Spotify"),
    ("Spotify's reversal of the student price rise surprised analysts.", "Spotify"),
    ("In a rare about-face, Tesco said shoppers will keep their loyalty points.", "Tesco"),
    ("Barclays has done a U-turn on branch closures in rural towns.", "Barclays"),
    ("Barclays performed a swift U-turn over its plan to close 30 branches.", "Barclays"),
    ("The U-turn by Barclays on branch closures was welcomed by campaigners.", "Barclays"),
    ("Uber unwound the surge-pricing change it introduced last month.", "Uber"),
    ("Reversing course, Nike said it would restore its employee discount.", "Nike"),
    ("Nike has reverted to its old returns policy after complaints.", "Nike"),
    ("Zoom did an about-turn on its office mandate this week.", "Zoom"),
    ("Zoom has undone the change to its free plan.", "Zoom"),
    ("Heineken went back on its promise to end sponsorship of the league.", "Heineken"),
    ("Heineken changed course on its sponsorship plan after fans protested.", "Heineken"),
    ("Heineken has had a change of heart on the sponsorship deal.", "Heineken"),
    ("Heineken flip-flopped on the sponsorship deal within a week.", "Heineken"),
    # retreat
    ("Starbucks retreated from its plan to charge extra for oat milk.", "Starbucks"),
    ("Starbucks' retreat from the oat milk surcharge came after a boycott.", "Starbucks"),
    ("Amazon backtracked on its return-to-office deadline.", "Amazon"),
    ("Amazon climbed down over the five-day office rule after staff protests.", "Amazon"),
    ("Amazon's climb-down over the office rule is a win for staff.", "Amazon"),
    (
        "Walmart had planned to track staff breaks. Facing a revolt, the retailer backed down "
        "on Monday.",
        "Walmart",
    ),
    ("Walmart backpedalled on its plans to close stores.", "Walmart"),
    ("Netflix rowed back on its password-sharing crackdown in Brazil.", "Netflix"),
    ("Netflix backed away from its plan to raise prices in India.", "Netflix"),
    ("Netflix has stepped back from the advertising tier it announced in May.", "Netflix"),
    # walk back
    ("Microsoft walked back its requirement that engineers use Copilot.", "Microsoft"),
    ("Microsoft has walked the requirement back.", "Microsoft"),
    ("Microsoft is walking back parts of its new performance policy.", "Microsoft"),
    # roll back
    ("Google rolled back the update that hid news links.", "Google"),
    ("The update was rolled back by Google after publishers complained.", "Google"),
    ("Google has scaled back its plan to require AI use in reviews.", "Google"),
    ("Google pulled back its plan to charge for the feature.", "Google"),
    # pause
    ("Ikea paused the rollout of self-checkout tills.", "Ikea"),
    ("The rollout of self-checkout tills has been paused, Ikea said.", "Ikea"),
    ("Ikea has put its plan to charge for bags on hold.", "Ikea"),
    ("Volkswagen suspended its four-day week trial.", "Volkswagen"),
    ("Volkswagen has hit pause on its plan to cut night shifts.", "Volkswagen"),
    ("Volkswagen halted the rollout of its new attendance app.", "Volkswagen"),
    ("Volkswagen has frozen its plan to close the Dresden plant.", "Volkswagen"),
    # delay
    ("BMW delayed its return-to-office mandate until September.", "BMW"),
    ("BMW has pushed back the start of its office mandate by three months.", "BMW"),
    ("The mandate has been postponed, BMW told staff.", "BMW"),
    ("BMW is deferring the new attendance rules until next year.", "BMW"),
    # shelve
    ("Nestlé shelved plans to close its York factory.", "Nestlé"),
    ("Nestlé's plan to close the York factory has been shelved.", "Nestlé"),
    ("Nestlé has mothballed its plan for a new headquarters.", "Nestlé"),
    ("Danone put the plan on ice.", "Danone"),
    ("Danone has parked its plan to sell the yoghurt unit.", "Danone"),
    # abandon
    ("Lidl scrapped its plan to charge for plastic bags.", "Lidl"),
    ("Lidl has axed the controversial fee.", "Lidl"),
    ("Lidl ditched the five-day office rule.", "Lidl"),
    ("Lidl pulled the plug on its home-delivery trial.", "Lidl"),
    ("Lidl did away with its badge-scanning system.", "Lidl"),
    ("Lidl has killed off the loyalty scheme it launched in 2025.", "Lidl"),
    ("Lidl has jettisoned the plan.", "Lidl"),
    ("Aldi has abandoned its plan to close stores on Sundays.", "Aldi"),
    ("Aldi gave up on its plan to close stores on Sundays.", "Aldi"),
    ("Aldi dropped the requirement for managers to work weekends.", "Aldi"),
    ("Aldi is ending its rule that staff must wear name badges.", "Aldi"),
    ("Aldi will phase out its self-checkout fee.", "Aldi"),
    ("Aldi walked away from its plan to open on Boxing Day.", "Aldi"),
    # cancel
    ("Disney cancelled its plan to move 2,000 jobs to Florida.", "Disney"),
    ("Disney called off the relocation of its imagineering unit.", "Disney"),
    ("Disney canceled the move to Florida after employees objected.", "Disney"),
    # close
    ("Meta shut down its AI leaderboard that tracked staff token use.", "Meta"),
    ("Meta is shuttering the internal leaderboard.", "Meta"),
    # withdraw
    ("Deutsche Bank has withdrawn the new dress code.", "Deutsche Bank"),
    ("Deutsche Bank revoked the ban on remote work for traders.", "Deutsche Bank"),
    ("The dress code was withdrawn by Deutsche Bank.", "Deutsche Bank"),
    ("Deutsche Bank rescinded its offer-withdrawal policy for graduates.", "Deutsche Bank"),
    # restore
    ("Costco reinstated its free sample stations.", "Costco"),
    ("Costco is bringing the $1.50 hot-dog combo back.", "Costco"),
    ("Costco brought back the membership perk it cut last year.", "Costco"),
    ("Costco restored the perk.", "Costco"),
    ("Staff at Costco can once more work from home on Fridays.", "Costco"),
    ("Costco will again offer free delivery to members.", "Costco"),
    ("Costco has revived its loyalty scheme.", "Costco"),
    ("Costco resumed its tuition-refund programme.", "Costco"),
    ("Costco is bringing back Sunday opening hours.", "Costco"),
    ("Costco reintroduced the staff discount it had scrapped.", "Costco"),
    # rehire
    ("Klarna rehired some of the customer service agents it replaced with AI.", "Klarna"),
    ("Klarna is hiring back human agents after its AI experiment.", "Klarna"),
    # loosen
    ("Goldman Sachs relaxed its dress code for junior bankers.", "Goldman Sachs"),
    ("Goldman Sachs loosened its rules on remote work.", "Goldman Sachs"),
    ("Goldman Sachs eased its office attendance requirement.", "Goldman Sachs"),
    ("Goldman Sachs lifted its ban on working from abroad.", "Goldman Sachs"),
    ("Goldman Sachs will let staff opt out of the new tracking software.", "Goldman Sachs"),
    # soften
    ("HSBC softened its stance on hybrid working.", "HSBC"),
    ("HSBC watered down its plan to close 100 branches.", "HSBC"),
    ("HSBC toned down the new attendance rules.", "HSBC"),
    # cap
    ("Uber capped its workers' monthly AI spend.", "Uber"),
    ("Uber reined in its AI spending.", "Uber"),
    ("Uber has put a cap on surge prices during storms.", "Uber"),
    # subjects: pronoun, described, possessive, apposition, relative clause, fronted phrases
    ("Tesco said on Monday it had scrapped the charge.", "Tesco"),
    ("The plan was dropped by Tesco last week.", "Tesco"),
    ("Tesco's decision to drop the charge was welcomed by shoppers.", "Tesco"),
    (
        "Tesco faced a backlash over its click-and-collect charge. The supermarket chain has now "
        "scrapped it.",
        "Tesco",
    ),
    ("Sainsbury's, the UK's second-largest grocer, has dropped the fee.", "Sainsbury's"),
    ("Sainsbury's, which had defended the fee for months, has now dropped it.", "Sainsbury's"),
    ("Spotify, under pressure from artists, has reversed the royalty change.", "Spotify"),
    ("Following a backlash, Spotify reversed the royalty change.", "Spotify"),
    ("Spotify on Tuesday reversed its royalty change.", "Spotify"),
    ("Spotify quietly reversed the change this week.", "Spotify"),
    ("Spotify said Tuesday it was reversing the royalty change.", "Spotify"),
    ("Spotify announced it would reverse the royalty change.", "Spotify"),
    ("Spotify says it will scrap the fee from April.", "Spotify"),
    ("Uber has decided to scrap the fee.", "Uber"),
    ("Uber is scrapping the fee, the company said.", "Uber"),
    ("Uber has confirmed it will drop the fee.", "Uber"),
    ("Uber's U-turn on surge pricing came after a week of criticism.", "Uber"),
    ("It marks a climb-down for Uber, which had defended the fee.", "Uber"),
    ("Uber's climbdown over the fee follows pressure from drivers.", "Uber"),
    ("The bag charge at Tesco was dropped on Monday.", "Tesco"),
    ("At Tesco, the bag charge has been dropped.", "Tesco"),
    ("Tesco chief executive Dana Hill scrapped the charge on Monday.", "Tesco"),
    (
        "\u201cWe have decided to reinstate the bonus,\u201d said Dana Hill, chief executive of "
        "Tesco.",
        "Tesco",
    ),
    ("After weeks of protests by drivers, Uber said it would scrap the fee.", "Uber"),
    ("Uber, which introduced the fee in January, scrapped it on Monday.", "Uber"),
    ("Bowing to pressure from regulators, Uber dropped the fee.", "Uber"),
    ("Uber has been forced to scrap the fee after a backlash.", "Uber"),
    ("Uber was forced into a U-turn on the fee.", "Uber"),
    # restorations told without a reversal verb
    ("Ford staff can once more work from home two days a week.", "Ford"),
    ("Ford will again pay overtime on Saturdays.", "Ford"),
    ("Ford is bringing the annual bonus back.", "Ford"),
    ("Ford is reintroducing the company car scheme.", "Ford"),
    ("Ford will once again allow staff to work from home.", "Ford"),
    # multi-clause wire copy
    (
        "Tesco, Britain's biggest retailer, said on Monday it would scrap a planned charge for "
        "click-and-collect orders after customers complained, a month after announcing it.",
        "Tesco",
    ),
    (
        "LONDON, March 3 (Reuters) - Barclays has reversed a decision to close 30 branches, the "
        "bank said on Tuesday, after lawmakers criticised the plan.",
        "Barclays",
    ),
    (
        "Shell has scrapped its plan to cut wind investment, two sources told Reuters, reversing "
        "a decision made by its previous chief executive.",
        "Shell",
    ),
    (
        "Amazon on Thursday told employees it was dropping the five-day office mandate, "
        "according to an internal memo seen by Reuters.",
        "Amazon",
    ),
    (
        "The move by Barclays to reverse the closures, announced on Tuesday, follows months of "
        "pressure from MPs.",
        "Barclays",
    ),
    # machine-paraphrased garble
    ("Meta is reversing its resolution to reassign workers to the activity drive.", "Meta"),
    ("Google walked again on its plan to require AI use.", "Google"),
    ("Amazon has positioned its leaderboard on maintain.", "Amazon"),
    ("Uber is bringing again its cap on AI spend.", "Uber"),
    ("Microsoft elevated its ban on remote work.", "Microsoft"),
    ("Netflix has backtracked on the corporate's password coverage.", "Netflix"),
    ("Meta has stepped again from its resolution to monitor worker keystrokes.", "Meta"),
    ("Amazon named off its return-to-office directive.", "Amazon"),
    ("Google is conveying its free tier again.", "Google"),
    ("Uber reversed direction on its surge pricing coverage.", "Uber"),
    ("Netflix has pulled again its plan to raise prices.", "Netflix"),
    # translated and list styles
    ("Renault announced the suspension of the project on Monday.", "Renault"),
    ("Renault has decided to withdraw the measure.", "Renault"),
    ("Renault has unfrozen hiring.", "Renault"),
    ("\u2022 Renault: ditched the four-day week.", "Renault"),
    ("3. Renault \u2014 scrapped its Friday office rule.", "Renault"),
    ("Renault keeps its free parking after all.", "Renault"),
    ("\u2022 Renault: put its plan on hold.", "Renault"),
    ("Renault has reportedly scrapped the fee.", "Renault"),
    ("Renault is reinstating some of the workers it laid off.", "Renault"),
    ("Renault reinstated the staff discount.", "Renault"),
    ("Renault's walk-back of the policy came quickly.", "Renault"),
    ("The roll-back of the fee by Renault was welcomed.", "Renault"),
    ("Staff at Renault can now work from home again.", "Renault"),
    ("Renault customers will get free delivery again.", "Renault"),
    ("Renault's investors forced it to scrap the fee.", "Renault"),
    ("Investors forced Renault to scrap the fee.", "Renault"),
    ("Renault did a U\u2011turn on the fee.", "Renault"),
    ("Renault made an about\u2010face on fees.", "Renault"),
    ("Netflix raised prices in May. The streamer has now reversed the rise.", "Netflix"),
    ("Nvidia faced a revolt. The chipmaker has now scrapped the badge rule.", "Nvidia"),
    ("Marlow Mutual Ltd closed branches. The mutual has now reversed that.", "Marlow Mutual"),
    ("Renault dropped the fee it introduced last year.", "Renault"),
    ("Renault dropped the fee introduced last year.", "Renault"),
    ("Passengers on Renault's shuttles will once again be offered a free drink.", "Renault"),
    ("Renault confirmed reports that it had scrapped the fee.", "Renault"),
    ("Staff rejected the mandate and Renault scrapped it.", "Renault"),
    ("Renault considered the feedback and scrapped the fee.", "Renault"),
    ("Renault gave in to pressure from unions.", "Renault"),
    ("Renault bowed to demands from unions.", "Renault"),
    ("Renault yielded to pressure from shareholders.", "Renault"),
    ("Renault caved.", "Renault"),
    ("Renault removed the fee for students.", "Renault"),
    ("Renault has decided not to proceed with its plan to close stores.", "Renault"),
    ("Renault opted against introducing the fee.", "Renault"),
    ("Renault turned back the clock on its office rules.", "Renault"),
    # a company no gazetteer lists
    ("Brightwell Foods has scrapped its plan to close the Leeds bakery.", "Brightwell Foods"),
    ("Norvik Bank Ltd. reversed its overdraft fee increase.", "Norvik Bank"),
]

# Headline-like and reported forms, restorations and nominal forms of one retailer's fee.
FEE_REVERSALS: list[tuple[str, str]] = [
    ("Brightwell Foods is to scrap its plastic bag charge from April.", "Brightwell Foods"),
    ("Lidl is set to scrap its plastic bag charge.", "Lidl"),
    ("Staff at Lidl will no longer have to work on Sundays.", "Lidl"),
    ("Lidl is no longer requiring staff to work on Sundays.", "Lidl"),
    ("Lidl said it was “pausing” the program while it listened to feedback.", "Lidl"),
    ("Brightwell Foods has made office attendance optional again.", "Brightwell Foods"),
    ("Lidl will make the Friday office day voluntary.", "Lidl"),
    ("Lidl has put an end to its badge-tracking scheme.", "Lidl"),
    ("Lidl will not go ahead with its plan to close 20 stores.", "Lidl"),
    ("Lidl has torn up its plan to close 20 stores.", "Lidl"),
    ("Brightwell Foods relented on Monday after a week of protests.", "Brightwell Foods"),
    ("Lidl caved to pressure from customers and dropped the fee.", "Lidl"),
    ("Lidl has pared back its office mandate to three days a week.", "Lidl"),
    ("Lidl stopped charging for home delivery.", "Lidl"),
    ("Lidl has stopped requiring staff to badge in.", "Lidl"),
    ("Lidl followed suit, scrapping its own fee.", "Lidl"),
    ("Following Tesco's lead, Lidl scrapped its fee.", "Lidl"),
    ("It was Lidl that scrapped the fee first.", "Lidl"),
    ("The fee, introduced by Tesco in 2024, was scrapped by Lidl on Monday.", "Lidl"),
    ("Lidl has now ditched the controversial fee, which angered customers.", "Lidl"),
    (
        "“We got this wrong,” said Lidl, which has now scrapped the policy.",
        "Lidl",
    ),
    ("Lidl’s controversial fee is no more: the retailer scrapped it on Monday.", "Lidl"),
    ("Lidl has reversed itself on the fee.", "Lidl"),
    ("Lidl reversed course.", "Lidl"),
    ("Lidl has backed off.", "Lidl"),
    ("Brightwell Foods has climbed down.", "Brightwell Foods"),
    ("Lidl has given in to staff demands and restored the bonus.", "Lidl"),
    ("Lidl gave in to pressure and brought back the bonus.", "Lidl"),
    ("In a humiliating climbdown, Lidl said the fee would go.", "Lidl"),
    ("Lidl has agreed to drop the fee.", "Lidl"),
    ("Brightwell Foods scrapped the fee in the face of a consumer backlash.", "Brightwell Foods"),
    ("Lidl has binned the plan, a spokesperson confirmed.", "Lidl"),
    ("A Lidl spokesperson confirmed the fee had been scrapped.", "Lidl"),
    ("A Lidl spokeswoman said the company had dropped the fee.", "Lidl"),
    ("Lidl bosses have scrapped the fee.", "Lidl"),
    ("Brightwell Foods executives reversed the decision on Monday.", "Brightwell Foods"),
    ("Lidl management has shelved the plan.", "Lidl"),
    ("Lidl’s board has reversed the decision.", "Lidl"),
    ("Lidl’s owner has scrapped the fee.", "Lidl"),
    ("Lidl bowed to pressure on Monday.", "Lidl"),
    ("Brightwell Foods is scrapping the fee, it said on Monday.", "Brightwell Foods"),
    ("Lidl will scrap the fee, it announced.", "Lidl"),
    ("The fee will be scrapped, Lidl said.", "Lidl"),
    ("Lidl said the fee would be scrapped from April.", "Lidl"),
    ("Lidl said that the fee had been dropped.", "Lidl"),
    ("Brightwell Foods told customers the fee had been scrapped.", "Brightwell Foods"),
    ("Lidl confirmed the rule had been lifted.", "Lidl"),
    ("Lidl said it would reinstate the free parking it withdrew last year.", "Lidl"),
    ("Lidl will reintroduce Sunday opening next month.", "Lidl"),
    ("Lidl will once again let staff work from home.", "Lidl"),
    ("Brightwell Foods is allowing staff to work from home again.", "Brightwell Foods"),
    ("Lidl staff are once again allowed to work from home.", "Lidl"),
    ("Lidl has re-enabled the feature.", "Lidl"),
    ("Lidl has switched the feature back on.", "Lidl"),
    ("Lidl turned the feature off after complaints.", "Lidl"),
    ("Brightwell Foods pulled the advert after complaints.", "Brightwell Foods"),
    ("Lidl has pulled the feature from its app.", "Lidl"),
    ("Lidl has dropped plans to close 20 stores.", "Lidl"),
    ("Lidl dropped its plan.", "Lidl"),
    ("Lidl abandoned the idea.", "Lidl"),
    ("Brightwell Foods backtracked.", "Brightwell Foods"),
    ("Lidl has walked back the policy.", "Lidl"),
    ("Lidl walked back on the policy.", "Lidl"),
    ("Lidl has U-turned on the fee.", "Lidl"),
    ("Lidl U-turns on fee after backlash.", "Lidl"),
    ("Brightwell Foods performs U-turn on fee.", "Brightwell Foods"),
    ("Lidl makes U-turn over bag charge.", "Lidl"),
    ("Lidl in U-turn over bag charge.", "Lidl"),
    ("Lidl scraps bag charge.", "Lidl"),
    ("Lidl axes self-checkout fee after backlash.", "Lidl"),
    ("Brightwell Foods has scrapped the fee for now.", "Brightwell Foods"),
    ("The scrapping of the fee by Lidl was welcomed.", "Lidl"),
    ("Lidl's scrapping of the fee was welcomed.", "Lidl"),
    ("Lidl's decision to reverse the fee was welcomed.", "Lidl"),
    ("Lidl's move to scrap the fee was welcomed.", "Lidl"),
    ("Brightwell Foods's abandonment of the plan was welcomed.", "Brightwell Foods"),
    ("Lidl's withdrawal of the fee was welcomed.", "Lidl"),
    ("Lidl's reinstatement of the bonus was welcomed.", "Lidl"),
    ("Lidl's cancellation of the plan was welcomed.", "Lidl"),
    ("The cancellation of the plan by Lidl was welcomed.", "Lidl"),
    ("Brightwell Foods canned the plan.", "Brightwell Foods"),
    ("Lidl ditches plan.", "Lidl"),
    ("Lidl's about-turn.", "Lidl"),
    ("Acme Bank introduced a fee in May. On Monday the decision was reversed.", "Acme Bank"),
    # scopes that must not swallow a reversal
    (
        "I founded Brightwell Foods Ltd in 2009. Last month we scrapped the four-day office rule.",
        "Brightwell Foods",
    ),
    ('A spokesperson confirmed Mervale was "retiring" the scheme.', "Mervale"),
    (
        "Halvorsen Logistics ASA today announced that it will discontinue its previously "
        "announced plan to relocate its headquarters.\n\nAbout Halvorsen Logistics\n"
        "Halvorsen Logistics is a freight forwarder.",
        "Halvorsen Logistics",
    ),
    ("Budget retailer KVNT has backed away from charging members for returns.", "KVNT"),
    (
        "eMarkt has backed down from the visibility fee it began charging sellers in January.",
        "eMarkt",
    ),
    ("From Monday, members will no longer be charged for returns, Lidl said.", "Lidl"),
    ("Lidl said its stores would return to 24-hour operations from March.", "Lidl"),
    ("Unions welcomed Lidl's decision to scrap the fee.", "Lidl"),
    ("Why has Lidl scrapped its bag charge?", "Lidl"),
    ("Lidl is trying to repair relations with staff and has dropped the rule.", "Lidl"),
    ("Lidl froze its planned fee increase.", "Lidl"),
    ("Lidl has told store managers to stop enforcing the dress code.", "Lidl"),
    ("Not only has Lidl scrapped the fee, it has also apologised.", "Lidl"),
    ("Lidl did not wait long before scrapping the fee.", "Lidl"),
    ("Lidl has explored several options and decided to scrap the fee.", "Lidl"),
    ("Customers praised Lidl for scrapping the fee.", "Lidl"),
    ("It was not until March that Lidl dropped the fee.", "Lidl"),
    ("Lidl UK has scrapped the fee.", "Lidl"),
    (
        "Pellworth Insurance has told its 4,000 UK employees they no longer need to be in the "
        "office four days a week.",
        "Pellworth Insurance",
    ),
    (
        "Lidl introduced the fee in January. The reversal comes two weeks after a boycott began.",
        "Lidl",
    ),
]

# One streaming firm, many ways of telling that it dropped a fee or restored a free tier.
STREAMING_REVERSALS: list[str] = [
    "Spotify is the latest company to scrap a return-to-office mandate.",
    "Spotify joins a growing list of firms that have scrapped office mandates.",
    "Spotify has followed Uber in scrapping the fee.",
    "Like Uber before it, Spotify has scrapped the fee.",
    "Spotify, like Uber, has scrapped the fee.",
    "While Uber kept its fee, Spotify scrapped its own.",
    "Spotify scrapped the fee; Uber kept it.",
    "Spotify scrapped the fee, whereas Uber kept it.",
    "Spotify's rival Deezer kept the fee, but Spotify scrapped it.",
    "Spotify has scrapped the fee, which Uber introduced in 2024.",
    "Spotify has scrapped the Uber-style fee.",
    "Spotify has scrapped the fee it introduced alongside Uber.",
    "Spotify has scrapped its partnership with Uber.",
    "Spotify, the Swedish streaming company, has scrapped the fee.",
    "Spotify, which has 600 million users, has scrapped the fee.",
    "Spotify (SPOT.N) has scrapped the fee.",
    "Shares in Uber fell after Spotify scrapped the fee.",
    "Spotify said on Tuesday that, following feedback from artists, it would scrap the fee.",
    "Spotify said it had listened to artists and would scrap the fee.",
    "Spotify's chief executive said the company would scrap the fee.",
    "Spotify's boss has scrapped the fee.",
    "Spotify co-founder Daniel Ek said the fee had been scrapped.",
    '"We are scrapping the fee," Spotify said in a statement.',
    '"We\'ve decided to scrap the fee," a Spotify spokesperson said.',
    '"The fee is gone," said a Spotify spokesperson, confirming the company had scrapped it.',
    "Speaking to analysts, Spotify's finance chief confirmed the fee had been dropped.",
    "Spotify has dropped its controversial fee.",
    "Spotify has dropped plans for the fee.",
    "Spotify dropped the idea of a fee.",
    "Spotify has ended the fee.",
    "Spotify ended its fee experiment.",
    "Spotify has ended its practice of charging artists.",
    "Spotify is getting rid of the fee.",
    "Spotify got rid of the fee.",
    "Spotify has removed the fee.",
    "Spotify removed the requirement.",
    "Spotify is removing the cap on skips.",
    "Spotify has waived the fee for students.",
    "Spotify said it would waive the fee.",
    "Spotify has ceased charging artists.",
    "Spotify has reversed the cut.",
    "Spotify has undone the cut.",
    "Spotify restored the free tier it had cut.",
    "Spotify is restoring the free tier.",
    "Spotify is bringing the free tier back.",
    "Spotify has brought back its free tier.",
    "The free tier is back at Spotify.",
    "The free tier is returning, Spotify said.",
    "Spotify said the free tier would return in May.",
    "Spotify has re-instated the free tier.",
    "Spotify has re-introduced its free tier.",
    "Spotify did a 180 on the fee.",
    "Spotify performed a volte face on the fee.",
    "Spotify has had a rethink and scrapped the fee.",
    "Spotify has rethought the fee and dropped it.",
    "Spotify has conceded defeat and scrapped the fee.",
    "Spotify admitted it had got it wrong and scrapped the fee.",
]

# One grocer in passages that only look like reversals: background, a feature, a
# government acting, a deal, a consultation, operations, a plan carried out, idioms.
FOOD_TRAPS: list[str] = [
    "Tesco raised its prices. The company previously scrapped a similar scheme.",
    "Tesco raised its prices. It had earlier scrapped a similar surcharge.",
    "Tesco raised its prices. Tesco once reversed a price rise, in the 1990s.",
    "Tesco launched a feature that lets drivers cancel rides without a fee.",
    "Tesco users can now pause their subscriptions for up to three months.",
    'Tesco added an "undo" button to its app.',
    "The council scrapped the parking charge outside Tesco's depot.",
    "The EU dropped its proposal after lobbying by Tesco.",
    "Ofcom dropped its investigation into Tesco.",
    "Any U-turn would cost Tesco millions.",
    "A reversal now would be embarrassing for Tesco.",
    "Tesco denied a report that it had scrapped the fee.",
    "Tesco withdrew its takeover bid for Beta Retail.",
    "Tesco called off the merger with Beta Retail.",
    "Tesco has pulled its planned stock market listing.",
    "Tesco scrapped its dividend.",
    "Tesco shelved its IPO plans.",
    "Tesco is reviewing its office policy.",
    "Tesco said it was reviewing the fee and would decide in May.",
    "Tesco has launched a consultation on scrapping the fee.",
    "Tesco is consulting staff about relaxing the dress code.",
    "Tesco will decide next month whether to keep the fee.",
    "Tesco refused to back down.",
    "Tesco shows no sign of backing down.",
    "Tesco said a U-turn was not on the cards.",
    "Tesco is under growing pressure to reverse the fee.",
    "Tesco faces a backlash over its refusal to scrap the fee.",
    "Tesco's refusal to scrap the fee angered staff.",
    "Tesco doubled the fee rather than scrapping it.",
    "Tesco kept the fee instead of dropping it.",
    "Tesco introduced the fee after scrapping free delivery in 2023.",
    "Tesco tightened its rules after a year of relaxed enforcement.",
    "Tesco restored service after a four-hour outage.",
    "Tesco resumed trading after a suspension.",
    "Tesco resumed deliveries after the storm.",
    "Tesco halted production at its Leeds plant for maintenance.",
    "Tesco paused deliveries during the storm.",
    "Tesco cancelled 40 flights because of fog.",
    "Tesco suspended three managers pending an inquiry.",
    "Tesco dropped out of the FTSE 100.",
    "Tesco dropped 4% in early trading.",
    "Tesco reversed early losses to close higher.",
    "Tesco lifted its profit forecast.",
    "Tesco eased back from record highs.",
    "Tesco capped off a strong year.",
    "Tesco is cutting back on plastic.",
    "Tesco ended the year with record sales.",
    "Tesco ended talks with the union.",
    "Tesco will end the trial as planned in June.",
    "Tesco ended its pilot as scheduled and will roll the scheme out nationwide.",
    "Tesco is phasing out plastic bags.",
    "Tesco retired its mascot after 40 years.",
    "Tesco withdrew the product after a safety scare.",
    "Tesco recalled 10,000 jars of jam.",
    "Tesco shut down its Leeds plant and cut 200 jobs.",
    "Tesco closed 12 stores.",
    "Tesco delayed its results by a week.",
    "Tesco lifted the lid on its new strategy.",
    "Tesco dropped a hint about a new product.",
    "Tesco took back the top spot in the market.",
    "Tesco brought back memories of the 1990s with its advert.",
    "Tesco returned to profit.",
    "Tesco staff returned to the office on Monday.",
    "Tesco restored its reputation with a new campaign.",
    "Tesco is bringing back jobs to Britain.",
    "Tesco rehired its former finance chief.",
    "Tesco is considering bringing back the bonus.",
    "Tesco may bring back the bonus next year.",
    "Tesco said the bonus could return next year.",
    "Tesco hopes the bonus will be back next year.",
    "Will the bonus be back at Tesco?",
    "Staff want the bonus to return at Tesco.",
    "Tesco will never again offer free delivery.",
    "Tesco said it would not again offer free delivery.",
    "Tesco is again offering free delivery as part of a promotion it runs every year.",
]

# Headlines over a body that names the firm but tells no reversal: (headline, whether the
# firm is credited).
HEADLINES: list[tuple[str, bool]] = [
    ("Will Tesco U-turn on fees?", False),
    ("Tesco refuses to U-turn on fees", False),
    ("Tesco U-turn 'not on the cards'", False),
    ("Tesco: no U-turn on fees", False),
    ("Tesco boss rules out U-turn", False),
    ("Calls grow for Tesco U-turn on fees", False),
    ("MPs demand Tesco reverse fee rise", False),
    ("Tesco urged to scrap fee", False),
    ("Tesco under pressure to drop fee", False),
    ("Tesco could scrap fee, sources say", False),
    ("Tesco set to stick with fee", False),
    ("Tesco stands by fee despite backlash", False),
    ("Tesco doubles down on fee", False),
    ("Tesco fee U-turn? Not yet", False),
    ("Why Tesco won't back down on fees", False),
    ("Tesco U-turns on fees", True),
    ("Tesco scraps fee after backlash", True),
    ("Tesco in fee climbdown", True),
    ("Tesco backs down on fees", True),
    ("Tesco drops controversial fee", True),
    ("Tesco axes fee", True),
    ("Tesco ditches fee for older shoppers", True),
    ("Tesco reverses fee rise", True),
    ("Tesco rows back on fee", True),
    ("Tesco bins fee", True),
    ("Tesco to scrap fee from April", True),
    ("Tesco pauses fee rollout", True),
    ("Tesco brings back free delivery", True),
    ("Tesco restores free delivery", True),
    ("Tesco's fee U-turn", True),
    ("U-turn at Tesco over fees", True),
    ("Fee scrapped at Tesco", True),
    ("Tesco fee scrapped after backlash", True),
]

# How wire copy sequences and attributes one grocer's fee decision, and how it denies one.
MEMO_REVERSALS: list[str] = [
    "Lidl, which last month introduced a £1 fee for paper receipts, has dropped it.",
    "Having introduced the fee in May, Lidl has now dropped it.",
    "Lidl introduced the fee in May but dropped it in June.",
    "Lidl first paused and then scrapped the fee.",
    "Lidl has scrapped the fee, it told staff on Monday, a month after it was introduced.",
    "The fee has been scrapped, according to a memo Lidl sent to staff on Monday.",
    "According to a memo, Lidl has scrapped the fee.",
    "Lidl, in a memo to staff, said the fee had been scrapped.",
    "In a memo to staff seen by the Guardian, Lidl said it was dropping the fee.",
    "Lidl confirmed on Monday that the controversial fee would be withdrawn.",
    "Lidl has confirmed that the fee will be scrapped.",
    "It has been confirmed that Lidl will scrap the fee.",
    "Lidl said the trial would end early.",
    "Lidl's decision to reintroduce the bonus was welcomed by unions.",
    "Lidl reversed itself within 48 hours.",
    "Within 48 hours, Lidl had reversed itself.",
    "By Friday, Lidl had backed down.",
    "Lidl had by then already dropped the fee.",
    "Lidl has since dropped the fee.",
    "Lidl has since reversed that decision.",
]
MEMO_DENIALS: list[str] = [
    "Lidl introduced the fee in 2024 and has kept it since.",
    "Lidl has not dropped the fee, despite reports.",
    "Contrary to reports, Lidl has not dropped the fee.",
    "Reports that Lidl had dropped the fee were wrong, the company said.",
    'Lidl said reports it had scrapped the fee were "inaccurate".',
    "Lidl has no intention of reversing course.",
    "Lidl will not be reversing course.",
    "Lidl is not for turning.",
    "There will be no U-turn, Lidl said.",
    "Lidl insisted there would be no climbdown.",
    '"We will not be scrapping the fee," Lidl said.',
    '"We are not scrapping the fee," said a Lidl spokesperson.',
    'Lidl said it had "no plans" to scrap the fee.',
    'A Lidl spokesperson said the fee was "here to stay".',
]

# (passage, the companies credited: none for a trap, the one that acted in a mixed sentence)
TRAPS: list[tuple[str, set[str]]] = [
    ("Aldi dismissed reports that it would drop the charge.", set()),
    ("Aldi has no plans to revisit the charge.", set()),
    ("Aldi ruled out scrapping the charge.", set()),
    ("Analysts expect Aldi to abandon the plan.", set()),
    ("Aldi could scrap the charge if sales fall.", set()),
    ("Aldi stood firm on the charge.", set()),
    ("Aldi is sticking with the plan.", set()),
    ("Aldi said cancellation fees would rise.", set()),
    ("Aldi added a rollback button to its app.", set()),
    ("Weigh in: should Aldi drop the charge?", set()),
    ("Aldi refused to reverse the decision.", set()),
    ("Unions urged Aldi to scrap the charge.", set()),
    ("Aldi denied it was backtracking.", set()),
    ("Aldi said it had no intention of dropping the charge.", set()),
    ("Aldi shares dropped 5% on Monday.", set()),
    ("The Aldi chief executive walked back her comments about staff.", set()),
    ("Aldi suspended its dividend.", set()),
    ("Aldi cancelled its investor day.", set()),
    ("Aldi is considering whether to drop the charge.", set()),
    ("Aldi may reverse the charge, people familiar with the matter said.", set()),
    ("Will Aldi reverse its decision? Do not count on it.", set()),
    ("Aldi stopped short of scrapping the charge.", set()),
    ("Aldi has never withdrawn a policy under pressure.", set()),
    ("Critics want Aldi to reverse course.", set()),
    ("Aldi, which scrapped a similar charge in 2019, is now raising it.", set()),
    ("A U-turn by Aldi looks unlikely.", set()),
    ("Aldi lets shoppers pause their subscriptions.", set()),
    ("Workers at Aldi cancelled their strike.", set()),
    ("Aldi froze its prices for a year.", set()),
    ("Aldi said it would not be reversing the charge.", set()),
    ("Aldi ended the quarter with record sales.", set()),
    ("Aldi lifted profits by 10%.", set()),
    ("The government scrapped the tax, Aldi said.", set()),
    ("Aldi refunds customers who cancel their orders.", set()),
    ("Aldi is under pressure to drop the charge.", set()),
    ("Aldi would be wise to reverse course.", set()),
    ("Aldi has yet to drop the charge.", set()),
    ("Aldi kept the charge despite calls to scrap it.", set()),
    ("It is too early to say whether Aldi will reverse the charge.", set()),
    ("Aldi doubled down on the charge.", set()),
    ("Aldi has no plans to bring back the bonus.", set()),
    ("Aldi is reportedly weighing a U-turn on the charge.", set()),
    ("Aldi insists there will be no U-turn on the charge.", set()),
    ("Aldi is unlikely to back down.", set()),
    ("Shoppers hope Aldi will restore the discount.", set()),
    ("Aldi said the charge would stay and that it would not back down.", set()),
    ("Aldi has resisted calls to drop the charge.", set()),
    ("Aldi restored power to its stores after the storm.", set()),
    ("Aldi paused for breath after a record year.", set()),
    ("The regulator ordered Aldi to scrap the charge.", set()),
    ("Aldi's delivery drivers will no longer strike, the union said.", set()),
    ("Aldi reversed into profit in the second quarter.", set()),
    ("Aldi has been asked to reverse the charge.", set()),
    ("Aldi faces calls to rein in executive pay.", set()),
    ("Aldi said reports that it was scrapping the charge were untrue.", set()),
    ("In 2021, Aldi scrapped a similar charge.", set()),
    # a reversal and a trap in one passage
    ("Lidl scrapped the bag charge, but Aldi has no plans to follow.", {"Lidl"}),
    ("While Aldi stood firm, Lidl scrapped the charge.", {"Lidl"}),
    ("Lidl dropped the fee; analysts expect Aldi to do the same.", {"Lidl"}),
    ("Aldi refused to reverse its fee, even as Lidl dropped its own.", {"Lidl"}),
    ("Unlike Aldi, which is sticking with the charge, Lidl has scrapped it.", {"Lidl"}),
    ("Lidl has scrapped the charge, a move Aldi has ruled out.", {"Lidl"}),
    ("Lidl scrapped the fee after Aldi refused to reverse its own.", {"Lidl"}),
    ("Aldi could yet follow Lidl, which dropped its charge on Monday.", {"Lidl"}),
    # roundups: the company that acted, not the nearest name
    ("Tesco scrapped the fee Aldi introduced.", {"Tesco"}),
    ("Tesco, owned by Aldi, scrapped the fee.", {"Tesco"}),
    ("Tesco's parent company Aldi scrapped the fee.", {"Aldi"}),
    ("Aldi-owned Tesco scrapped the fee.", {"Tesco"}),
    ("Tesco and its rival Aldi have both dropped their fees.", {"Aldi", "Tesco"}),
    ("Tesco dropped its fee a day after Aldi did the same.", {"Tesco"}),
    ("Tesco, Aldi's biggest customer, scrapped the fee.", {"Tesco"}),
    ("According to Aldi, Tesco has scrapped the fee.", {"Tesco"}),
    ("Aldi said Tesco had scrapped the fee.", {"Tesco"}),
    ("Aldi welcomed Tesco's U-turn.", {"Tesco"}),
    ("Aldi's chief executive praised Tesco's decision to scrap the fee.", {"Tesco"}),
    ("Tesco, which Aldi bought in 2020, scrapped the fee.", {"Tesco"}),
    ("Aldi, not Tesco, scrapped the fee.", {"Aldi"}),
    ("Tesco scrapped the fee, Aldi's boss said on Monday.", {"Tesco"}),
    ("Tesco scrapped the fee after pressure from Aldi.", {"Tesco"}),
    ("Under pressure from Aldi, Tesco scrapped the fee.", {"Tesco"}),
    ("Tesco scrapped the fee, following Aldi's lead.", {"Tesco"}),
    ("Tesco has scrapped the fee, a move welcomed by Aldi.", {"Tesco"}),
    ("Tesco has scrapped the fee, a spokesperson for Aldi confirmed.", {"Tesco"}),
    ("Tesco, in a statement to Aldi's suppliers, said it had scrapped the fee.", {"Tesco"}),
    ("Tesco told Aldi it was scrapping the fee.", {"Tesco"}),
    ("Tesco's scrapping of the fee surprised Aldi.", {"Tesco"}),
    ("In a blow to Aldi, Tesco scrapped the fee.", {"Tesco"}),
    ("Tesco's U-turn left Aldi as the only chain still charging.", {"Tesco"}),
    ("Aldi is now the only chain still charging after Tesco dropped its fee.", {"Tesco"}),
    ("Tesco — Aldi's main rival — has scrapped the fee.", {"Tesco"}),
    ("Tesco (which competes with Aldi) has scrapped the fee.", {"Tesco"}),
    ("Tesco scrapped the fee that Aldi still charges.", {"Tesco"}),
    ("On Monday, Tesco, the UK's biggest grocer, scrapped the fee.", {"Tesco"}),
    ("In January, Tesco, Aldi and Lidl scrapped their fees.", {"Tesco", "Aldi", "Lidl"}),
    (
        "Several retailers reversed course this month. Tesco dropped its click-and-collect fee. "
        "Spotify reinstated its student discount, and Uber capped surge prices.",
        {"Tesco", "Spotify", "Uber"},
    ),
    ("Tesco and Sainsbury's both scrapped their bag charges.", {"Tesco", "Sainsbury's"}),
    (
        "Spotify, Uber and Netflix have all reversed unpopular changes.",
        {"Spotify", "Uber", "Netflix"},
    ),
    ("Tesco is not alone: Spotify reversed its price rise in May.", {"Spotify"}),
    ("Toss Bank continues to exempt all customers from ATM fees.", set()),
    ("Shares in Uber retreated 3% on Monday.", set()),
    ("As customers, we dropped the habit of shopping at Lidl.", set()),
    ("Lidl gave back the money.", set()),
    ("Lidl decided against a dividend.", set()),
    ("Memo to Lidl: scrap the fee.", set()),
    ("Lidl, bring back the bonus.", set()),
    ("Scrap the fee, Lidl.", set()),
    ("Should Lidl scrap the fee, rivals would follow.", set()),
    ("Were Lidl to scrap the fee, rivals would follow.", set()),
    ("Had Lidl scrapped the fee earlier, it would have kept customers.", set()),
    ("Lidl's scrapping of the fee, if it happens, would cost millions.", set()),
    ("Lidl is said to be preparing to scrap the fee.", set()),
    ("Lidl is poised to scrap the fee.", set()),
    ("Lidl reinstated the sacked presenter after an appeal.", set()),
    ("Lidl reinstated the employee.", set()),
    ("Lidl added a roll-back option to its app.", set()),
    ("Lidl said prices will rise again.", set()),
    ("Lidl staff will take the train again this summer.", set()),
    ("Investors want to force Lidl to scrap the fee.", set()),
    ("Investors tried to force Lidl to scrap the fee.", set()),
    ("Protests by customers pushed Lidl to drop the fee.", set()),
    ("Lidl didn't scrap the fee.", set()),
    ("Lidl won't back down.", set()),
    ("Lidl doesn't plan to scrap the fee.", set()),
    ("Neither Lidl nor Tesco has scrapped the fee.", set()),
    ("No company, including Lidl, has scrapped the fee.", set()),
    ("Lidl would rather scrap the fee than raise prices.", set()),
    ("Lidl has been slow to scrap the fee.", set()),
    ("Lidl is the last major retailer yet to scrap the fee.", set()),
    ("Lidl is reluctant to scrap the fee.", set()),
    ("Lidl said it would not scrap the fee and Tesco agreed.", set()),
    ("Analysts predicted a climbdown by Lidl within months.", set()),
    (
        "Lidl will raise its delivery fee in April.\n\nRelated: Spotify scraps student discount "
        "after backlash\n\nRead more: Uber U-turns on surge pricing",
        set(),
    ),
    (
        "Lidl raises delivery fee\n\nMORE FROM BUSINESS\n- Tesco drops click-and-collect "
        "charge\n- Barclays reverses branch closures\n\nLidl will raise its delivery fee.",
        set(),
    ),
    ("Lidl considered scrapping the fee.", set()),
    ("Lidl considered whether to scrap the fee.", set()),
    ("Lidl weighed up scrapping the fee.", set()),
    ("Lidl has never withdrawn, suspended and reversed a policy.", set()),
    ("Lidl refused to give in to pressure from unions.", set()),
    ("Visitors explored the caves near the Lidl depot.", set()),
    ("Lidl raised prices. The EU rule was scrapped last week.", set()),
    ("Lidl raised prices. The council's parking plan was dropped.", set()),
    ("Lidl removed the lyrics feature from its app.", set()),
    ("Lidl is offering free delivery again this Christmas.", set()),
    ("Lidl kept its rules in place after all the complaints.", set()),
    ("Unlike Tesco, Sainsbury's has scrapped its bag charge.", {"Sainsbury's"}),
    ("The plan, announced by Tesco in January, was scrapped by Sainsbury's.", {"Sainsbury's"}),
    ("Spotify, whose rival Deezer kept its price rise, reversed its own.", {"Spotify"}),
    ("Staff at Lidl went on strike in May. On Monday the strike was called off.", set()),
    ("Lidl faces a boycott. The plan was scrapped by the government.", set()),
    ("Lidl will not go ahead with the match on Sunday.", set()),
    ("Lidl stopped the car and reversed it into a bay.", set()),
    ("Lidl pulled out of the talks.", set()),
    ("Lidl made a profit again and is paying a dividend again.", set()),
    ("The reversal of fortune at Lidl was swift.", set()),
    ("If Lidl had listened to customers, it would have scrapped the fee a year ago.", set()),
    ("Nobody at Lidl is having to explain a climb-down this spring.", set()),
    ("A post on a forum claimed the rule would be abandoned at Lidl in April.", set()),
    (
        "Analysts at Lidl's bank said they expect at least one large grocer to scale back its "
        "fees.",
        set(),
    ),
    (
        "Lidl dropped its supplier-diversity goals in August 2024, and now reports record sales.",
        set(),
    ),
    ("Lidl's reversal last year remains the exception, recruiters say.", set()),
    (
        "Lidl cut the price of its stamps in 2024. Caffè Nero halved its stamps, a move it later "
        "partly reversed.",
        set(),
    ),
    ("How likely is Lidl to scrap the fee?", set()),
    ("The union told its members to call off the strike at Lidl.", set()),
    ("Regulators welcomed the decision to scrap the tax, Lidl said.", set()),
    ("It is unclear whether Lidl has scrapped the fee.", set()),
    ("Lidl denied it had paused the plan and has since kept it.", set()),
    ("Lidl will not say when it will drop the fee.", set()),
    ("Lidl could raise the fee and is considering whether to drop the bags.", set()),
    ("Workers at Lidl's stores cancelled their strike.", set()),
]


@pytest.mark.parametrize(
    ("passage", "company"),
    REVERSALS + FEE_REVERSALS,
    ids=[p[:50] for p, _ in REVERSALS + FEE_REVERSALS],
)
def test_a_reversal_is_credited_to_the_company_that_made_it(
    tmp_path: Path, passage: str, company: str
) -> None:
    credited, companies = reversals_in(tmp_path, passage)
    assert company in companies
    assert credited == {company}


@pytest.mark.parametrize("passage", STREAMING_REVERSALS, ids=[p[:50] for p in STREAMING_REVERSALS])
def test_a_streaming_firm_reversal_in_many_phrasings(tmp_path: Path, passage: str) -> None:
    credited, _ = reversals_in(tmp_path, passage)
    assert credited == {"Spotify"}


@pytest.mark.parametrize("passage", FOOD_TRAPS, ids=[p[:50] for p in FOOD_TRAPS])
def test_a_passage_that_only_looks_like_a_reversal(tmp_path: Path, passage: str) -> None:
    credited, companies = reversals_in(tmp_path, passage)
    assert "Tesco" in companies  # the firm is recognised: no reversal, not for want of a name
    assert credited == set()


@pytest.mark.parametrize(("headline", "credited"), HEADLINES, ids=[h for h, _ in HEADLINES])
def test_a_headline_alone(tmp_path: Path, headline: str, credited: bool) -> None:
    """A headline's reversal counts, weakly (the entry asks an editor); its traps do not."""
    path = tmp_path / "probe.txt"
    path.write_text(
        f"Title: {headline}\nDate: 2026-03-04\n\nTesco said little about its fees on Monday.\n",
        "utf-8",
    )
    meta = seed_to_entry(path, CONFIG)[0]
    assert {r["company"] for r in meta["reversals"]} == ({"Tesco"} if credited else set())
    if credited:
        assert any(reason.startswith("weak cue") for reason in meta["review"]), meta["review"]


@pytest.mark.parametrize(
    ("passage", "credited"),
    [(p, True) for p in MEMO_REVERSALS] + [(p, False) for p in MEMO_DENIALS],
    ids=[p[:50] for p in MEMO_REVERSALS + MEMO_DENIALS],
)
def test_a_grocer_fee_decision_told_or_denied(tmp_path: Path, passage: str, credited: bool) -> None:
    found, _ = reversals_in(tmp_path, passage)
    assert found == ({"Lidl"} if credited else set())


@pytest.mark.parametrize(("passage", "expected"), TRAPS, ids=[p[:50] for p, _ in TRAPS])
def test_a_trap_credits_no_one_who_did_not_act(
    tmp_path: Path, passage: str, expected: set[str]
) -> None:
    credited, _ = reversals_in(tmp_path, passage)
    assert credited == expected


def test_a_cue_no_company_is_credited_with_asks_an_editor(tmp_path: Path) -> None:
    """A reversal told of a firm ingest cannot name is not dropped in silence."""
    path = tmp_path / "probe.txt"
    path.write_text(
        "Date: 2026-03-04\n\nVantora. The payments start-up quietly restored its free tier.\n",
        "utf-8",
    )
    meta = seed_to_entry(path, CONFIG)[0]
    assert meta["reversals"] == []
    assert meta["draft"] is True
    assert any(
        reason.startswith("unsure who: 'restored' in \"The payments start-up quietly restored")
        for reason in meta["review"]
    ), meta["review"]


def test_a_description_opening_the_story_stands_for_the_headline_firm(tmp_path: Path) -> None:
    path = tmp_path / "probe.txt"
    path.write_text(
        "Title: Ikea changes course\nDate: 2026-03-04\nSource: Harbor Ledger\n\n"
        "The Swedish furniture giant has "
        "scrapped its plan to charge for bags, it said on Monday.\n",
        "utf-8",
    )
    meta = seed_to_entry(path, CONFIG)[0]
    told = {r["company"]: r["text"] for r in meta["reversals"] if r["action"] == "scrapped"}
    assert told == {
        "Ikea": "The Swedish furniture giant has scrapped its plan to charge for "
        "bags, it said on Monday."
    }
    assert "review" not in meta  # a strong cue in the body: nothing to check


def test_a_relative_clause_on_another_name_is_not_the_described_firm(tmp_path: Path) -> None:
    """ "The lender differs from Corvid Telecom, which relaxed its rules": whether or not
    Corvid Telecom is recognised, the lender did not relax anything."""
    credited, _ = reversals_in(
        tmp_path,
        "Pendleford Bank has kept its five-day rule. The lender differs from Corvid Telecom, "
        "which relaxed its own rules in January.",
    )
    assert "Pendleford Bank" not in credited
