"""A second probe of how articles carry a reversal, written fresh for the eighth round (not
taken from the evaluation articles): realistic paragraphs of two to five sentences in the
styles of wire copy, trade press, live blogs, Q&As, roundups and machine-paraphrased text.
The reversal often sits in a later sentence with the company named only earlier, told by a
description ("the lender"), a pronoun, an executive's quote, as the object of another verb
("confirmed it had dropped"), coordinated with another act, or listed with other firms in
one sentence; several firms are in no gazetteer. Traps are paragraphs whose cue words report
no reversal by the firm (a denial, a forecast, another actor, background).

Each case is an article in a real seed file; it asserts exactly which companies ingest
credits with a reversal."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.config import load_config
from builder.ingest import seed_to_entry

REPO = Path(__file__).resolve().parent.parent
CONFIG = load_config(REPO)


def credited_in(tmp_path: Path, text: str) -> set[str]:
    path = tmp_path / "probe.txt"
    path.write_text(f"Date: 2026-03-04\n\n{text}\n", "utf-8")
    meta = seed_to_entry(path, CONFIG)[0]
    return {r["company"] for r in meta["reversals"]}


# The company named first, the reversal told later by a description or a pronoun.
LATER_SENTENCE: list[tuple[str, set[str]]] = [
    (
        "Renault told staff in January they would need to be at their desks four days a week. "
        "On Tuesday the Paris-based carmaker said it had dropped the plan after a petition "
        "gathered 9,000 signatures.",
        {"Renault"},
    ),
    (
        "Barclays introduced a £5 monthly fee for its basic account last autumn. The lender "
        "has now abolished the charge, a spokesperson confirmed.",
        {"Barclays"},
    ),
    (
        "Tesco has been trialling facial recognition at six stores since June. The chain "
        "said on Friday that it would halt the trial while it consults shoppers.",
        {"Tesco"},
    ),
    (
        "Heineken announced in February that it would stop sponsoring grassroots football. "
        "Weeks later, the brewer has reversed that decision.",
        {"Heineken"},
    ),
    (
        "Spotify raised the price of its student plan by 40% in March. Facing a wave of "
        "cancellations, the streaming company is rolling the increase back.",
        {"Spotify"},
    ),
    (
        "Volkswagen wanted every engineer to log AI prompts for review. The group has since "
        "abandoned the requirement, according to an internal memo.",
        {"Volkswagen"},
    ),
    (
        "Ryanair began charging €5 to print a boarding pass at the airport in May. After a "
        "backlash on social media, the airline scrapped the fee on Thursday.",
        {"Ryanair"},
    ),
    (
        "Uber tested a surge surcharge on airport pick-ups in Lisbon. The ride-hailing company "
        "said on Monday it had ended the test and would refund riders.",
        {"Uber"},
    ),
    (
        "Lufthansa had told cabin crew their rest breaks would be shortened. It has now "
        "restored the old schedule following talks with the union.",
        {"Lufthansa"},
    ),
    (
        "Nestlé moved its Swiss staff to a five-day office week in September. The food giant "
        "has since eased the rule, allowing two days at home.",
        {"Nestlé"},
    ),
    (
        "HSBC had planned to close 114 branches this year. Following criticism from MPs, the "
        "bank put the closures on hold.",
        {"HSBC"},
    ),
    (
        "Amazon introduced badge tracking at its Seattle offices in 2025. This week the "
        "retailer said it was no longer using the data to rate employees.",
        {"Amazon"},
    ),
    (
        "IKEA raised delivery charges across the Nordics in January. The Swedish furniture "
        "group has since cut them back to last year's level.",
        {"Ikea"},
    ),
    (
        "Duolingo said in April that contractors would be replaced by AI. A month on, the "
        "language-learning app has walked that back.",
        {"Duolingo"},
    ),
    (
        "Starbucks shortened its café opening hours at 300 US stores in the spring. Now the "
        "coffee chain is bringing the longer hours back.",
        {"Starbucks"},
    ),
    (
        "Monzo started charging for instant card replacements in July. The digital bank said "
        "on Wednesday it would stop charging for them from next month.",
        {"Monzo"},
    ),
    (
        "Qantas had ended free checked bags on its cheapest fares. On Sunday the carrier "
        "reinstated them on domestic routes.",
        {"Qantas"},
    ),
    (
        "Shell pledged to cut oil output by 2030, then softened that goal. The oil major has "
        "now ditched the target altogether.",
        {"Shell"},
    ),
    (
        "Deliveroo brought in a minimum order fee for small baskets in March. Riders and "
        "restaurants complained, and the delivery app has suspended it.",
        {"Deliveroo"},
    ),
    (
        "Greggs put up the price of its sausage roll twice last year. The baker has now "
        "frozen its planned third increase, it said in a trading update.",
        {"Greggs"},
    ),
    (
        "Lloyds Banking Group asked managers to spend 60% of their week in the office. The "
        "group has relaxed that to 40%.",
        {"Lloyds Banking Group"},
    ),
    (
        "Netflix removed the option to pay by gift card in some markets. The streamer has "
        "since brought the option back.",
        {"Netflix"},
    ),
    (
        "Toyota announced a hiring freeze at its Kentucky plant in January. The Japanese "
        "automaker lifted the freeze on Tuesday.",
        {"Toyota"},
    ),
    (
        "Salesforce had made AI training compulsory for all sales staff. It has now made the "
        "course optional.",
        {"Salesforce"},
    ),
    (
        "Ocado planned to close its Hatfield warehouse in June. Late on Thursday, the online "
        "grocer said the warehouse would stay open after all.",
        {"Ocado"},
    ),
    (
        "Revolut capped free cash withdrawals at £200 a month in February. The fintech has "
        "now raised the limit back to £400, undoing the change.",
        {"Revolut"},
    ),
    (
        "Air New Zealand stopped serving hot meals on short flights last year. The airline "
        "will resume hot meals from 1 April.",
        {"Air New Zealand"},
    ),
    (
        "Primark had introduced a returns charge for online orders. The discount retailer "
        "has dropped it after three weeks.",
        {"Primark"},
    ),
]

# Executives' quotes and reported speech.
QUOTES: list[tuple[str, set[str]]] = [
    (
        "\"We got this wrong,\" said Tesco chief executive Ken Murphy, announcing that the "
        "chain would reinstate its price-match promise.",
        {"Tesco"},
    ),
    (
        "Netflix co-CEO Greg Peters told investors the company had paused the rollout of its "
        "new password rules in India.",
        {"Netflix"},
    ),
    (
        "\"We listened to our people and we have decided to drop the mandate,\" Barclays "
        "chief executive C.S. Venkatakrishnan wrote in a memo to staff.",
        {"Barclays"},
    ),
    (
        "\"The fee is gone,\" Ryanair chief executive Michael O'Leary said on Tuesday. \"We "
        "scrapped it this morning.\"",
        {"Ryanair"},
    ),
    (
        "Spotify confirmed it had dropped the planned price rise for family plans.",
        {"Spotify"},
    ),
    (
        "Heineken said it would reinstate the bonus scheme for brewery staff.",
        {"Heineken"},
    ),
    (
        "Uber announced on Monday that it was pausing the new fare algorithm in Chicago.",
        {"Uber"},
    ),
    (
        "Nike acknowledged that it had backtracked on plans to end its wholesale deals with "
        "smaller retailers.",
        {"Nike"},
    ),
    (
        "A Starbucks spokesperson said the chain had reversed the change to its loyalty "
        "programme.",
        {"Starbucks"},
    ),
    (
        "Asked about the reversal, a Volkswagen spokesman said the company had shelved the "
        "plan \"for the foreseeable future\".",
        {"Volkswagen"},
    ),
    (
        "Zoom's chief executive, Eric Yuan, said in a blog post that the company was "
        "rolling back the office mandate for engineers.",
        {"Zoom"},
    ),
    (
        "\"After hearing from thousands of customers, we are bringing back free returns,\" "
        "said Sarah Welling, chief customer officer at Halden Outdoor Ltd.",
        {"Halden Outdoor"},
    ),
    (
        "In a statement, Microsoft said it would no longer require engineers to use Copilot "
        "in code reviews.",
        {"Microsoft"},
    ),
    (
        "The decision to scrap the tracking software was taken by the board last week, IBM "
        "confirmed.",
        {"IBM"},
    ),
    (
        "Speaking on a call with analysts, Lidl's chief financial officer said the grocer "
        "had called off the planned bag charge.",
        {"Lidl"},
    ),
    (
        "Marks & Spencer said on Thursday it had abandoned plans to charge members for "
        "Sparks offers, a week after announcing them.",
        {"Marks & Spencer"},
    ),
    (
        "\"It was a mistake,\" Deliveroo founder Will Shu said of the fee, which the company "
        "has now withdrawn.",
        {"Deliveroo"},
    ),
    (
        "Ocado chief executive Tim Steiner said the company would reverse the cuts to "
        "drivers' pay.",
        {"Ocado"},
    ),
]

# Reversals as the object of another verb, or coordinated with another act.
EMBEDDED: list[tuple[str, set[str]]] = [
    (
        "Sainsbury's paused hiring at its head office and restored bonuses for store staff, "
        "the supermarket said.",
        {"Sainsbury's"},
    ),
    (
        "Amazon has confirmed it will reinstate remote work for engineers with caring "
        "responsibilities.",
        {"Amazon"},
    ),
    (
        "Walmart said it would pull back on the use of AI to schedule shifts after workers "
        "complained.",
        {"Walmart"},
    ),
    (
        "The bank decided to drop the £3 fee. That is the message from Santander, which "
        "told customers by email on Monday.",
        {"Santander"},
    ),
    (
        "Google has quietly reversed course on its plan to remove the cache feature, the "
        "company confirmed.",
        {"Google"},
    ),
    (
        "Aldi cut its store opening hours, then reversed the cut within a fortnight.",
        {"Aldi"},
    ),
    (
        "Meta moved to end the hiring freeze on Thursday.",
        {"Meta"},
    ),
    (
        "Dell has decided to let staff opt out of the return-to-office plan.",
        {"Dell"},
    ),
    (
        "BT Group agreed to halt the closure of its Belfast call centre following talks with "
        "the Communication Workers Union.",
        {"BT Group"},
    ),
    (
        "Carrefour moved quickly to withdraw the surcharge, saying it had been applied in "
        "error.",
        {"Carrefour"},
    ),
    (
        "Unilever is understood to have shelved its plan to sell the tea business.",
        {"Unilever"},
    ),
    (
        "Stellantis has announced that it will restore the second shift at its Windsor plant.",
        {"Stellantis"},
    ),
    (
        "Adidas has opted to keep its factory outlets open, reversing an earlier decision "
        "to close 40 of them.",
        {"Adidas"},
    ),
    (
        "Accenture paused its AI-skills quota and rehired 200 consultants it had laid off, the "
        "firm said.",
        {"Accenture"},
    ),
    (
        "Commerzbank has reined in its plan to move 300 jobs to Poland.",
        {"Commerzbank"},
    ),
    (
        "PayPal reverted to its old fee structure for small merchants on Monday.",
        {"PayPal"},
    ),
    (
        "Canva will once again let free users export in high resolution, the company said.",
        {"Canva"},
    ),
    (
        "Hilton has backed away from plans to charge guests a resort fee in Europe.",
        {"Hilton"},
    ),
    (
        "Pinterest is scaling back the AI moderation tools it introduced in January, after "
        "creators complained of wrongful bans.",
        {"Pinterest"},
    ),
]

# Roundups and lists: several companies in one sentence or paragraph.
ROUNDUPS: list[tuple[str, set[str]]] = [
    (
        "Tesco, Sainsbury's and Morrisons have all scrapped plans to charge for click-and-"
        "collect.",
        {"Tesco", "Sainsbury's", "Morrisons"},
    ),
    (
        "Several banks have rethought their office rules: Barclays dropped its four-day "
        "requirement, HSBC relaxed its attendance targets and NatWest paused its new badge "
        "checks.",
        {"Barclays", "HSBC", "NatWest"},
    ),
    (
        "Among the companies that have reversed their AI mandates are Duolingo, Klarna and "
        "Shopify.",
        {"Duolingo", "Klarna", "Shopify"},
    ),
    (
        "Uber scrapped the fee in March; Lyft followed in April.",
        {"Uber", "Lyft"},
    ),
    (
        "Ford has paused its EV battery plant, while General Motors has delayed its electric "
        "pickup launch.",
        {"Ford", "General Motors"},
    ),
    (
        "Week in review. Monday: Starbucks dropped its mobile-order fee. Wednesday: Chipotle "
        "reinstated free guacamole for members. Friday: Subway ended its footlong price cut.",
        {"Starbucks", "Chipotle", "Subway"},
    ),
    (
        "Both Lidl and Aldi have cancelled plans to remove staffed tills from their smaller "
        "stores.",
        {"Lidl", "Aldi"},
    ),
    (
        "Delta Air Lines, United Airlines and American Airlines each reversed the change to "
        "their frequent-flyer programmes within days of one another.",
        {"Delta Air Lines", "United Airlines", "American Airlines"},
    ),
    (
        "It is not only Amazon. Microsoft, Google and Meta have all backtracked on parts of "
        "their return-to-office plans this year.",
        {"Microsoft", "Google", "Meta"},
    ),
    (
        "Ryanair kept its bag fee. Wizz Air, by contrast, dropped it for members.",
        {"Wizz Air"},
    ),
    (
        "While Tesco held firm, Sainsbury's backed down on Friday and restored the discount.",
        {"Sainsbury's"},
    ),
    (
        "The retreat is spreading: after Nationwide reopened its branch counters, Santander "
        "UK and Metro Bank followed suit.",
        {"Nationwide", "Santander UK", "Metro Bank"},
    ),
    (
        "Roundup: Greggs paused its price rise; Wetherspoon scrapped its plan to charge for "
        "tap water; Whitbread shelved the closure of 40 Premier Inn restaurants.",
        {"Greggs", "Wetherspoon", "Whitbread"},
    ),
    (
        "Neither Aldi nor Lidl has changed its position, but Morrisons did a U-turn on "
        "Tuesday.",
        {"Morrisons"},
    ),
]

# Firms in no gazetteer, named the way the text introduces them.
UNLISTED: list[tuple[str, set[str]]] = [
    (
        "Brightwater Foods had planned to close its Norwich bakery in May. The family-owned "
        "company has now cancelled the closure, saving 180 jobs.",
        {"Brightwater Foods"},
    ),
    (
        "Corvale Bank introduced a £2 fee for paper statements in January. On Monday the "
        "lender scrapped it.",
        {"Corvale Bank"},
    ),
    (
        "Tarrant Logistics Ltd. told drivers last month that tracking cameras would face "
        "the cab. The haulier has since paused the scheme.",
        {"Tarrant Logistics"},
    ),
    (
        "Mendip Homes, the housebuilder, said on Thursday it had dropped plans to charge "
        "buyers a service fee.",
        {"Mendip Homes"},
    ),
    (
        "Ostara Telecom reversed its decision to end unlimited data on legacy plans, the "
        "operator said in a statement.",
        {"Ostara Telecom"},
    ),
    (
        "Kestrel Airways has reinstated free seat selection on long-haul flights.",
        {"Kestrel Airways"},
    ),
    (
        "The Oslo-based payments firm Vippsen said it would stop charging merchants for "
        "refunds, a month after introducing the fee.",
        {"Vippsen"},
    ),
    (
        "Quillon, a London software start-up, has walked back a rule requiring staff to keep "
        "their webcams on all day.",
        {"Quillon"},
    ),
    (
        "Harbor & Finch CEO Dana Ruiz said the firm would restore the four-day week it "
        "abolished in January.",
        {"Harbor & Finch"},
    ),
    (
        "Shares of Pellwood Group rose 3% after the retailer scrapped its planned store "
        "closures.",
        {"Pellwood Group"},
    ),
    (
        "Staff at Lindqvist Retail will no longer need to clock in with a fingerprint, the "
        "company said on Wednesday.",
        {"Lindqvist Retail"},
    ),
    (
        "Galloway Mills has U-turned on its plan to cut the night shift at its Ayr site.",
        {"Galloway Mills"},
    ),
    (
        "Norrland Energi, Sweden's third-largest utility, has suspended a standing charge "
        "increase it announced in January.",
        {"Norrland Energi"},
    ),
    (
        "Arkwright Insurance said on Friday it would reverse the premium rise for "
        "over-70s, after a complaint to the regulator.",
        {"Arkwright Insurance"},
    ),
    (
        "The fee was dropped by Velora Pay on Monday, two weeks after it took effect.",
        {"Velora Pay"},
    ),
    (
        "Customers of Pennant Water will again be able to pay by cheque, the utility said.",
        {"Pennant Water"},
    ),
    (
        "Rival Cobalt Mobile has gone the other way, scrapping its roaming charges in the EU.",
        {"Cobalt Mobile"},
    ),
    (
        "Halden Steel said it had abandoned plans to close its Teesside works.",
        {"Halden Steel"},
    ),
    (
        "Finnish retailer Kesko-Lumi has restored Sunday opening at its city-centre stores.",
        {"Kesko-Lumi"},
    ),
    (
        "Brightline Pharmacy Group has dropped a plan to charge for prescription delivery, "
        "its chief executive said.",
        {"Brightline Pharmacy Group"},
    ),
    (
        "Marlow Cinemas has rolled back its dynamic pricing after a week of complaints.",
        {"Marlow Cinemas"},
    ),
    (
        "Ashdown Brewery, which supplies 400 pubs, has shelved its planned price rise.",
        {"Ashdown Brewery"},
    ),
    (
        "Lagos-based Paystream has paused the withdrawal fee it introduced in February.",
        {"Paystream"},
    ),
    (
        "Nordvik Shipping has dropped its demand that crews work an extra rotation, the "
        "union said on Tuesday.",
        {"Nordvik Shipping"},
    ),
]

# Trade press, live blogs, Q&As, newsletters: the forms around the facts.
STYLES: list[tuple[str, set[str]]] = [
    (
        "10:42 GMT — Tesco U-turn. The supermarket has just confirmed it is scrapping the "
        "£1 charge for collecting online orders. More to follow.",
        {"Tesco"},
    ),
    (
        "UPDATE 14:05: Spotify says it has pulled the price rise for students in the UK.",
        {"Spotify"},
    ),
    (
        "Q: Is Barclays still charging for paper statements?\nA: No. The bank scrapped the "
        "charge in February after a review.",
        {"Barclays"},
    ),
    (
        "What changed? Uber has reversed the fare change it rolled out last week, meaning "
        "drivers keep their old rates.",
        {"Uber"},
    ),
    (
        "THE BRIEF: Heineken drops sponsorship cut; Diageo shelves price rise.",
        {"Heineken", "Diageo"},
    ),
    (
        "Retail Week understands that Primark has put its self-checkout rollout on ice.",
        {"Primark"},
    ),
    (
        "In this week's newsletter: why Dell quietly abandoned its office-attendance "
        "tracking, and what it means for hybrid work.",
        {"Dell"},
    ),
    (
        "Bottom line: Walmart has rolled back the drone-delivery fee in three states.",
        {"Walmart"},
    ),
    (
        "Key points:\n- Netflix pauses its ad-tier price rise\n- The change takes effect "
        "immediately",
        {"Netflix"},
    ),
    (
        "Correction: An earlier version of this story said Lidl had raised the bag charge. "
        "Lidl has in fact scrapped it.",
        {"Lidl"},
    ),
    (
        "The climbdown by Ryanair came hours after the Irish government threatened to "
        "intervene.",
        {"Ryanair"},
    ),
    (
        "Qantas's about-face on lounge access for silver members is its second this year.",
        {"Qantas"},
    ),
    (
        "A Starbucks U-turn: the chain will bring back free refills for members.",
        {"Starbucks"},
    ),
    (
        "Verdict: Amazon's retreat from five-day office attendance is overdue.",
        {"Amazon"},
    ),
    (
        "For shoppers, the news is simple: Aldi is bringing back its 24-hour opening in "
        "big stores.",
        {"Aldi"},
    ),
    (
        "Monday's biggest story: Meta ends its AI-use quota for engineers after a revolt.",
        {"Meta"},
    ),
    (
        "According to an internal memo seen by The Verge, Google has suspended its plan to "
        "rank engineers by AI usage.",
        {"Google"},
    ),
    (
        "Why did Klarna bring back human agents? Because its chatbot could not cope, chief "
        "executive Sebastian Siemiatkowski admitted.",
        {"Klarna"},
    ),
]

# Verbs, nouns and idioms that rarely turn up in the labelled set.
IDIOMS: list[tuple[str, set[str]]] = [
    ("Tesco has binned the plan to charge for carrier bags online.", {"Tesco"}),
    ("Barclays has torn up its plan to close 20 more branches.", {"Barclays"}),
    ("Spotify has ditched the planned price hike for students.", {"Spotify"}),
    ("Uber pulled the plug on its subscription surcharge on Monday.", {"Uber"}),
    ("Netflix has killed off its plan to charge for extra profiles.", {"Netflix"}),
    ("Heineken has done away with the bonus cap for brewery staff.", {"Heineken"}),
    ("Amazon has put the brakes on its plan to cut warehouse breaks.", {"Amazon"}),
    ("Nike has shelved its wholesale exit strategy.", {"Nike"}),
    ("Ikea has called time on its bag charge in Germany.", {"Ikea"}),
    ("Starbucks has softened its new dress code after baristas objected.", {"Starbucks"}),
    ("Shell has watered down its plan to cut office space by half.", {"Shell"}),
    ("Volkswagen has postponed the closure of its Osnabrück plant until 2028.", {"Volkswagen"}),
    ("Lufthansa has deferred the rollout of its new seating fee.", {"Lufthansa"}),
    ("Walmart has reinstated the employee discount on groceries.", {"Walmart"}),
    ("Microsoft has revived its tuition-support programme for staff.", {"Microsoft"}),
    ("Google has resurrected its 20% time scheme for engineers.", {"Google"}),
    ("Sainsbury's has reintroduced free fruit for children in its stores.", {"Sainsbury's"}),
    ("HSBC has rehired 40 branch managers it let go in the spring.", {"HSBC"}),
    ("Tesla has unwound the price cuts it made in January.", {"Tesla"}),
    ("Zoom has rescinded its office mandate for workers within 50 miles.", {"Zoom"}),
    ("Aldi has revoked its ban on cash payments at self-checkouts.", {"Aldi"}),
    ("Lidl has lifted its two-bag limit on eggs.", {"Lidl"}),
    ("Ryanair has waived the check-in fee for passengers over 80.", {"Ryanair"}),
    ("Deliveroo has made its new tipping prompt optional.", {"Deliveroo"}),
    ("Meta has pared back its AI-assistant quota for managers.", {"Meta"}),
    ("Morrisons has phased out the self-checkout limit it imposed last year.", {"Morrisons"}),
    ("Greggs has capped the price rise on its meal deals at 10p.", {"Greggs"}),
    ("Salesforce has backpedalled on plans to replace support staff with agents.", {"Salesforce"}),
    ("Barclays has rowed back on its four-day office rule.", {"Barclays"}),
    ("Klarna has retreated from its AI-only customer service model.", {"Klarna"}),
    ("Uber has relented on the surcharge for wheelchair users.", {"Uber"}),
    ("Netflix has caved to pressure and dropped the fee.", {"Netflix"}),
    ("Tesco has performed a screeching U-turn on Clubcard prices.", {"Tesco"}),
    ("Amazon has beaten a hasty retreat from its badge-tracking policy.", {"Amazon"}),
    ("Spotify has had a rethink on the student price rise and will keep it at £5.99.", {"Spotify"}),
    ("Shopify has gone back to its old refund policy.", {"Shopify"}),
    ("Ikea has reversed its decision to stop selling hot dogs in UK stores.", {"Ikea"}),
    ("Heineken has abandoned its pledge to cut the workforce by 10%.", {"Heineken"}),
    ("Nestlé has unfrozen its graduate hiring.", {"Nestlé"}),
    ("Walmart has switched the self-checkout cameras off in Ohio.", {"Walmart"}),
    ("Lyft has turned the new tipping screen off after driver complaints.", {"Lyft"}),
    ("Canva has reversed its price hike for teams.", {"Canva"}),
    ("Zoom has loosened its return-to-office rules.", {"Zoom"}),
    ("Dropbox has axed its plan to charge for shared links.", {"Dropbox"}),
    ("Peloton has restored access to free classes for older bikes.", {"Peloton"}),
    ("Grammarly has walked its pricing change back.", {"Grammarly"}),
    ("Etsy has halted the mandatory ads programme for small sellers.", {"Etsy"}),
    ("Reddit has retracted its new fee for third-party apps.", {"Reddit"}),
    ("Atlassian has repealed its office attendance quota.", {"Atlassian"}),
    ("Chegg has dropped its plan to replace tutors with a chatbot.", {"Chegg"}),
    ("Airbnb has scrapped its cleaning fee rules for hosts in Spain.", {"Airbnb"}),
    ("Lowe's has stepped back from a plan to close its garden centres early.", {"Lowe's"}),
    ("Sony has cancelled the price rise for its PlayStation Plus plans.", {"Sony"}),
    ("Nintendo has U-turned on its decision to shut the online store.", {"Nintendo"}),
    ("Ubisoft has backtracked over the always-online requirement.", {"Ubisoft"}),
    ("Ford has reopened order books for its cheapest model, reversing a halt.", {"Ford"}),
    ("Wendy's has dropped its plan for surge pricing.", {"Wendy's"}),
]

# Machine-paraphrased garble, the way article-spinning tools reword a report.
PARAPHRASED: list[tuple[str, set[str]]] = [
    (
        "Tesco has walked again on its resolution to cost buyers for luggage.",
        {"Tesco"},
    ),
    (
        "Barclays stated it will reverse course and convey again its paper assertion "
        "possibility.",
        {"Barclays"},
    ),
    (
        "Spotify has scrapped its plan to extend costs for college students, the corporate "
        "stated on Tuesday.",
        {"Spotify"},
    ),
    (
        "The activity drive that Amazon arrange to implement workplace attendance has been "
        "disbanded, and the corporate has dropped the coverage.",
        {"Amazon"},
    ),
    (
        "Uber positioned its fare adjustment on maintain after drivers complained.",
        {"Uber"},
    ),
    (
        "Netflix has named off its plan to cost for additional profiles.",
        {"Netflix"},
    ),
    (
        "The agency mentioned it had rolled again the requirement, in response to an inside "
        "memo seen by Enterprise Insider. Meta declined to remark.",
        {"Meta"},
    ),
    (
        "Volkswagen stepped again from its plan to shut the plant, a spokesperson stated.",
        {"Volkswagen"},
    ),
]

# Paragraphs whose cue words report no reversal by the firm.
TRAPS: list[tuple[str, set[str]]] = [
    (
        "Tesco has no plans to scrap the fee, a spokesperson said on Monday. \"It is here to "
        "stay,\" she added.",
        set(),
    ),
    (
        "Analysts expect Barclays to drop the four-day rule before the summer. The bank "
        "declined to comment.",
        set(),
    ),
    (
        "Spotify dismissed reports that it would reverse the price rise. The company said "
        "its plans were unchanged.",
        set(),
    ),
    (
        "Unions have called on Heineken to reinstate the bonus. The brewer has so far "
        "refused.",
        set(),
    ),
    (
        "Uber could scrap the surcharge if regulators object, people familiar with the "
        "matter said.",
        set(),
    ),
    (
        "Amazon is sticking with its five-day office rule. The retailer said attendance had "
        "risen since January.",
        set(),
    ),
    (
        "Volkswagen shares dropped 4% on Tuesday after the group cut its profit forecast.",
        set(),
    ),
    (
        "Ryanair cancelled 40 flights on Friday because of an air traffic control strike in "
        "France.",
        set(),
    ),
    (
        "Nike scrapped a similar fee in 2019. This time, the company says, the charge will "
        "stay.",
        set(),
    ),
    (
        "Workers at Ikea cancelled their planned strike after the company improved its pay "
        "offer.",
        set(),
    ),
    (
        "The government has scrapped the sugar tax exemption, a blow to Nestlé and Unilever.",
        set(),
    ),
    (
        "Tesco customers can pause their Clubcard Plus subscription for up to three months.",
        set(),
    ),
    (
        "Lidl has ruled out a U-turn on its plan to close the Bristol depot.",
        set(),
    ),
    (
        "Will Netflix reverse its password crackdown? Not likely, according to its chief "
        "executive.",
        set(),
    ),
    (
        "Starbucks has stood firm on the new dress code, despite protests from baristas.",
        set(),
    ),
    (
        "Shell suspended its dividend in 2020 and has paid it ever since.",
        set(),
    ),
    (
        "Microsoft refused to reverse the layoffs, saying the cuts were final.",
        set(),
    ),
    (
        "HSBC stopped short of abandoning the branch closures, saying only that it would "
        "review them.",
        set(),
    ),
    (
        "Campaigners want Greggs to bring back the cheaper meal deal. A petition has 12,000 "
        "signatures.",
        set(),
    ),
    (
        "Aldi is unlikely to drop its cash ban, retail analysts said.",
        set(),
    ),
    (
        "Walmart paused deliveries in Texas during the storm and resumed them on Monday.",
        set(),
    ),
    (
        "Klarna's chief executive walked back his comments about AI replacing staff.",
        set(),
    ),
    (
        "Amazon has not reversed the policy, and has no intention of doing so, a spokesperson "
        "said.",
        set(),
    ),
    (
        "Meta has been asked by the regulator to withdraw the feature. It said it would "
        "consider the request.",
        set(),
    ),
    (
        "Shoppers at Sainsbury's can cancel their delivery slot up to a day in advance.",
        set(),
    ),
    (
        "Ocado shares reversed early losses to close 2% higher.",
        set(),
    ),
    (
        "Zoom denied that it was backtracking on its office mandate.",
        set(),
    ),
    (
        "Uber is considering whether to drop the fee, two people with knowledge of the talks "
        "said.",
        set(),
    ),
    (
        "Deliveroo said a U-turn was not on the cards.",
        set(),
    ),
    (
        "Critics say Google should abandon the plan. The company has not responded.",
        set(),
    ),
    (
        "Tesco withdrew from the talks on Friday, a source said.",
        set(),
    ),
    (
        "Barclays may reinstate the bonus next year if profits recover, its finance chief said.",
        set(),
    ),
    (
        "Ford shut down its Saarlouis plant last year as planned.",
        set(),
    ),
    (
        "Nationwide said it had no intention of reversing the branch closures.",
        set(),
    ),
    (
        "Unilever's cancellation fees for suppliers have angered farmers.",
        set(),
    ),
    (
        "Heineken will not bring back the bonus, its chief executive said on Tuesday.",
        set(),
    ),
    (
        "Lidl has refused calls to scrap the charge. Aldi has not commented.",
        set(),
    ),
    (
        "Ryanair has never withdrawn a fee, O'Leary boasted.",
        set(),
    ),
    (
        "Volkswagen is weighing whether to delay the plant closure, Handelsblatt reported.",
        set(),
    ),
    (
        "Spotify told users they could switch the feature off in settings.",
        set(),
    ),
    (
        "Starbucks reinstated the barista who had been fired over a social media post.",
        set(),
    ),
    (
        "Netflix halted trading in its shares briefly on Tuesday pending an announcement.",
        set(),
    ),
]

# A second wave, written after the first fixes: participles, passives with the firm named
# before or after, plans dropped without a reversal verb, dated objects, and firms whose
# names are words ("Boots", "Co-op"); each scored before the rules it led to.
MORE: list[tuple[str, set[str]]] = [
    (
        "Tesco said it will keep its 24-hour stores open, abandoning plans announced in "
        "March to shut them overnight.",
        {"Tesco"},
    ),
    ("In a reversal, Barclays will allow staff to work from home three days a week.", {"Barclays"}),
    ("Uber is backing off its plan to charge riders a booking fee.", {"Uber"}),
    (
        "Heineken has put its plan to close the Zoeterwoude brewery on the back burner.",
        {"Heineken"},
    ),
    ("Spotify is no longer planning to raise prices for students.", {"Spotify"}),
    (
        "Amazon has dropped a requirement that engineers spend five days a week in the "
        "office.",
        {"Amazon"},
    ),
    (
        "Lidl introduced a bag charge in May. The charge has now been dropped, the grocer "
        "said.",
        {"Lidl"},
    ),
    (
        "Shell introduced a hybrid-work cap in January. Following a backlash, the plan has "
        "been shelved.",
        {"Shell"},
    ),
    ("Ikea's plan to charge for home delivery has been scrapped.", {"Ikea"}),
    ("Plans by Volkswagen to close the Emden plant have been put on hold.", {"Volkswagen"}),
    ("Walmart confirmed the change had been reversed.", {"Walmart"}),
    ("Netflix said on Monday it is ending its experiment with a mobile-only plan.", {"Netflix"}),
    (
        "Nike has scrapped the controversial policy, which required staff to log every "
        "break.",
        {"Nike"},
    ),
    ("Starbucks reversed itself on the dress code within a week.", {"Starbucks"}),
    ("Google, which had insisted the rule would stay, has now dropped it.", {"Google"}),
    ("Microsoft's board voted to rescind the pay cut for executives.", {"Microsoft"}),
    (
        "Ryanair said it had been wrong to impose the fee and would reverse the decision.",
        {"Ryanair"},
    ),
    (
        "Deliveroo rolled out the tipping screen in 2024 but quietly killed it this month.",
        {"Deliveroo"},
    ),
    ("Two years after introducing the four-day office week, HSBC has dropped it.", {"HSBC"}),
    (
        "Lufthansa has reversed its decision, made in March 2025, to cut crew rest periods.",
        {"Lufthansa"},
    ),
    ("Amazon axed the perk last year but has now reinstated it.", {"Amazon"}),
    ("Meta plans to scrap its AI-use quota for managers, according to a memo.", {"Meta"}),
    ("Klarna is scrapping the chatbot-only support model it launched in 2024.", {"Klarna"}),
    ("Zoom has jettisoned its five-day office rule.", {"Zoom"}),
    (
        "Primark blinked. The retailer has dropped the returns charge after just three "
        "weeks.",
        {"Primark"},
    ),
    ("Unilever made the U-turn after shareholders revolted.", {"Unilever"}),
    ("Tesla is retreating from the price cuts it made in January.", {"Tesla"}),
    ("Sainsbury's abandoned the scheme in the face of protests from shoppers.", {"Sainsbury's"}),
    ("Dell has agreed to restore the remote-work option for staff hired as remote.", {"Dell"}),
    ("Aldi has stopped requiring shoppers to show receipts at the exit.", {"Aldi"}),
    ("Greggs has ended the practice of charging extra for takeaway.", {"Greggs"}),
    ("Morrisons is dropping its plan to close 30 cafés.", {"Morrisons"}),
    (
        "Salesforce will scrap its return-to-office requirement for sales staff from June.",
        {"Salesforce"},
    ),
    (
        "The four-day office rule at JPMorgan Chase is being relaxed, the bank told staff.",
        {"JPMorgan Chase"},
    ),
    ("Staff at Barclays will be able to work from home again on Fridays.", {"Barclays"}),
    ("Adidas has called off the sale of its Reebok outlets.", {"Adidas"}),
    ("The bonus cut was reversed by the board of Unilever on Tuesday.", {"Unilever"}),
    ("After a fierce backlash, Spotify has reversed course.", {"Spotify"}),
    ("Ocado has caved in to pressure from drivers and dropped the new shift pattern.", {"Ocado"}),
    (
        "Tesco's decision to drop the fee came after a petition gathered 80,000 signatures.",
        {"Tesco"},
    ),
    (
        "Nestlé has done a partial U-turn, restoring the bonus for factory staff but not "
        "for managers.",
        {"Nestlé"},
    ),
    ("Burberry has scrapped plans to close its Castleford factory.", {"Burberry"}),
    ("Currys has dropped its plan to charge for installation.", {"Currys"}),
    ("Boots has reversed its decision to close 300 stores.", {"Boots"}),
    ("Pret A Manger has scrapped its coffee subscription price rise.", {"Pret A Manger"}),
    ("Waitrose has brought back free coffee for members.", {"Waitrose"}),
    ("John Lewis has reinstated its price-match promise.", {"John Lewis"}),
    ("Argos has abandoned plans to stop printing its catalogue.", {"Argos"}),
    ("EasyJet has reversed its decision to charge for cabin bags.", {"EasyJet"}),
    ("Vodafone has suspended plans to raise mid-contract prices.", {"Vodafone"}),
    ("Sky has dropped its plan to charge for the Sky Glass upgrade.", {"Sky"}),
    ("Asda has backtracked on its decision to close its petrol stations overnight.", {"Asda"}),
    ("Co-op has paused its plan to install facial recognition cameras.", {"Co-op"}),
    ("Halfords has shelved plans to charge for tyre checks.", {"Halfords"}),
    ("Pets at Home has reversed its ban on dogs in cafés.", {"Pets at Home"}),
    ("Superdry has dropped its plan to close 20 stores.", {"Superdry"}),
    ("Wise has scrapped the fee for receiving euros.", {"Wise"}),
    ("Zopa has U-turned on its decision to stop offering savings accounts.", {"Zopa"}),
    ("Ovo has reversed a decision to charge customers for paper bills.", {"Ovo"}),
    ("Octopus Energy has scrapped its standing charge increase.", {"Octopus Energy"}),
]

MORE_TRAPS: list[tuple[str, set[str]]] = [
    ("Lyft followed the ruling closely. Uber has not changed its fares.", set()),
    ("Tesco is no longer going to be the cheapest grocer, analysts said.", set()),
    ("Amazon rolled out the tool in 2024 but has since expanded it to every warehouse.", set()),
    ("Barclays said staff would be able to work from home on Fridays, as before.", set()),
    ("The fee was reversed by the regulator, not by Lidl.", set()),
    (
        "Ryanair scrapped its Frankfurt base in 2019. On Tuesday it opened a new one in "
        "Berlin.",
        set(),
    ),
    (
        'Shell said it is not planning to drop the target. "We remain committed," a '
        "spokesperson said.",
        set(),
    ),
    (
        "Unions said the plan should be put on the back burner. Heineken said it would "
        "proceed.",
        set(),
    ),
    ("Walmart is expected to scrap the fee next month, according to analysts at Jefferies.", set()),
    (
        "Netflix's rival Disney scrapped its password rules. Netflix followed a different "
        "path.",
        {"Disney"},
    ),
    (
        '"We will not reverse this decision," Starbucks chief executive Brian Niccol said. '
        '"It stays."',
        set(),
    ),
    ("The charge, which Lidl introduced in May, remains in place.", set()),
    ("Customers who cancelled their subscriptions can return at any time, Spotify said.", set()),
    ("Greggs has paused for thought but kept the price rise, its boss said.", set()),
    (
        "Among the firms that have refused to reverse their mandates are Amazon, JPMorgan "
        "Chase and Dell.",
        set(),
    ),
    (
        "Nike said it would reverse the decision only if sales fell. For now the policy "
        "stays.",
        set(),
    ),
    ("Tesco will not follow Aldi, which dropped its bag charge last week.", {"Aldi"}),
]

# Kinds of trap batch 8 showed (made-up wording): hearsay, a hiring freeze, others acting, a
# state kept, a reversal talked about, a turn told as then, a name with no verb.
HEARSAY_AND_STATES: list[tuple[str, set[str]]] = [
    (
        "There were reports on Monday that Tesco had scrapped the fee. The grocer said the "
        "charge remains.",
        set(),
    ),
    (
        "Rumours on Reddit that Spotify would pull the student discount spread quickly.",
        set(),
    ),
    ("Posts on X suggested Ryanair would drop the fee from May.", set()),
    ("Uber dismissed stories that it was making ready to scrap the surcharge.", set()),
    ("Accenture paused hiring in its consulting arm as demand slowed.", set()),
    ("Infosys has frozen recruitment of graduates until the spring.", set()),
    (
        "Shoppers complained on Facebook about Tesco, with some saying customers had started "
        "cancelling orders.",
        set(),
    ),
    ("Carrefour said it would keep prices on 500 products frozen until June.", set()),
    ("Wipro and Infosys have both talked about bringing back full bonuses.", set()),
    (
        "Walmart scaled back its diversity programmes in late 2024; that was a climb-down "
        "then, and it has not changed since.",
        set(),
    ),
    ("Zara said it would restore the discount only if sales recovered.", set()),
    ("Lidl hired more staff. Half a U-turn, perhaps.", set()),
    ("Greggs halved its loyalty stamps in 2024, a move it later partly reversed.", set()),
    ("Keeping the scheme costs Tesco less than bringing back the old one.", set()),
    ("Aldi said its stores, where opening hours are already limited, would not change.", set()),
    # and the same kinds told as facts
    ("Greggs halved its loyalty stamps in January, a move it reversed this week.", {"Greggs"}),
    ("Tesco confirmed reports that it had scrapped the fee.", {"Tesco"}),
    ("Accenture has lifted its hiring freeze in India.", {"Accenture"}),
    ("Infosys resumed hiring graduates on Monday, reversing its freeze.", {"Infosys"}),
]

# A third wave: short articles with a headline, several paragraphs and firms no gazetteer
# lists, in the styles of wire copy, live blogs, Q&As, newsletters, opinion, translation and
# paraphrase (scored before the rules they led to: 19 of 25).
ARTICLES: list[tuple[str, set[str]]] = [
    (
        "Lender backs down on overdraft charge\n"
        "\n"
        "STOCKHOLM, March 3 (Wire) - Nordhavn Bank will not introduce the monthly "
        "overdraft fee it announced in January, the Swedish lender said on Tuesday, "
        "after customers and the consumer agency complained.\n"
        "\n"
        "The fee, 49 crowns a month for any account with an overdraft facility, was due "
        'to start in April. "We underestimated how many customers rely on the facility," '
        "chief executive Karin Lund told reporters.\n"
        "\n"
        "Shares in the bank were little changed.",
        {"Nordhavn Bank"},
    ),
    (
        "Live: Budget day reaction\n"
        "\n"
        "11:02 - Retailers are reacting fast. Harrowgate Stores says it will freeze its "
        "planned price rises on 200 essentials.\n"
        "\n"
        "11:15 - Big one: Brackley Foods has reversed its decision to close its Luton "
        "plant, citing the new business rates relief. About 400 jobs are saved.\n"
        "\n"
        "11:40 - Unions have welcomed the Brackley news, but warned that others were "
        "still cutting.",
        {"Brackley Foods", "Harrowgate Stores"},
    ),
    (
        "Q&A: What Tesco's Clubcard change means for you\n"
        "\n"
        "What has Tesco changed?\n"
        "It has scrapped the plan, announced last month, to charge £2 a month for "
        "Clubcard Plus add-ons.\n"
        "\n"
        "Will the old prices come back?\n"
        "Yes. The supermarket says existing members will keep their current price.\n"
        "\n"
        "Why did it change its mind?\n"
        'Tesco said feedback from members had been "loud and clear".',
        {"Tesco"},
    ),
    (
        "Coffee chain rethinks app-only ordering\n"
        "\n"
        "Caldera Coffee, the Seattle chain with 600 stores, told customers on Monday "
        "that it would once again take orders at the counter in all of its cafés.\n"
        "\n"
        "The company had moved to app-only ordering in 40 busy stores in the autumn to "
        "cut queues. Baristas said the change confused older customers, and sales fell.\n"
        "\n"
        '"We heard you," Caldera said in an email to members.',
        {"Caldera Coffee"},
    ),
    (
        "Software group ends AI quota after staff revolt\n"
        "\n"
        "Merrow Systems has abandoned a rule that required its 3,000 developers to write "
        "at least half of their code with AI assistants, according to an internal memo "
        "seen by this newsletter.\n"
        "\n"
        "The Cambridge-based company introduced the quota in February. Engineers "
        "complained that it rewarded volume over quality.\n"
        "\n"
        'A Merrow spokesperson confirmed the change, saying the company would "trust '
        'teams to choose their tools".',
        {"Merrow Systems"},
    ),
    (
        "Opinion: Retreats are good, actually\n"
        "\n"
        "When Pendle Air said last week it was restoring free checked bags on domestic "
        "routes, the usual voices called it weakness. They are wrong.\n"
        "\n"
        "The airline tried a bag charge for six months. Passengers hated it, and "
        "bookings on rival routes grew. Reversing it is what good management looks like.\n"
        "\n"
        "Others should take note. Jetstream Airlines, which still charges for bags, has "
        "said it has no plans to follow.",
        {"Pendle Air"},
    ),
    (
        "Roundup: the week's reversals\n"
        "\n"
        "It was a busy week for climbdowns. Halvard Telecom dropped its mid-contract "
        "price rise; Osterley Bank reinstated the cash machines it had removed from 30 "
        "branches; and Fenwick Motors shelved its plan to move its headquarters to "
        "Dublin.\n"
        "\n"
        "Meanwhile, Corbel Insurance said it would press ahead with its premium rise.",
        {"Fenwick Motors", "Halvard Telecom", "Osterley Bank"},
    ),
    (
        "Translation: Carmaker drops four-day office rule\n"
        "\n"
        "[Translated from German.]\n"
        "\n"
        "WOLFSBURG - The car manufacturer Volkswagen has withdrawn the instruction that "
        "office staff must be on site four days a week. The works council had criticised "
        "the rule sharply.\n"
        "\n"
        "From April, the previous arrangement of two days applies again, a spokesperson "
        "said.",
        {"Volkswagen"},
    ),
    (
        "Grocer brings back staffed tills after shopper backlash\n"
        "\n"
        "Kettering, UK - Brisco's, the regional supermarket group, is bringing back "
        "staffed checkouts at 12 of its stores after removing them last year.\n"
        "\n"
        "Brisco's replaced the tills with self-service machines in a cost drive. "
        "Shoppers complained about queues and theft checks, and a petition gathered "
        "20,000 names.\n"
        "\n"
        '"We got the balance wrong," said managing director Paul Haines.',
        {"Brisco's"},
    ),
    (
        "Streaming service pauses ad tier price hike\n"
        "\n"
        "Lumio, the streaming service owned by Castor Media, has put on hold a planned "
        "increase in the price of its ad-supported plan.\n"
        "\n"
        "The rise, from $6.99 to $8.99, had been set for March 1. Lumio said it would "
        '"revisit pricing later in the year".\n'
        "\n"
        "Castor Media shares fell 2 per cent.",
        {"Lumio"},
    ),
    (
        "Delivery firm U-turns on rider tracking\n"
        "\n"
        "Zipp, the grocery delivery app, has stopped tracking its riders' phones between "
        "shifts, a week after a newspaper revealed the practice.\n"
        "\n"
        'The company said the tracking had been "a mistake" and that the data would be '
        "deleted.\n"
        "\n"
        "Riders' groups said they would keep pressing Zipp on pay.",
        {"Zipp"},
    ),
    (
        "Airline reinstates meal service\n"
        "\n"
        "AUCKLAND (Wire) — Air New Zealand will bring back free snacks on all domestic "
        "flights from May, reversing a cut made during the pandemic.\n"
        "\n"
        'The airline said customer surveys showed the snacks were "part of the '
        'experience".',
        {"Air New Zealand"},
    ),
    (
        "Fashion retailer rows back on returns charge\n"
        "\n"
        "Northwind Apparel has rowed back on a £1.95 charge for online returns, two "
        "months after it was introduced.\n"
        "\n"
        "The retailer said on Thursday that returns would be free again for members of "
        "its loyalty scheme, though non-members would still pay.",
        {"Northwind Apparel"},
    ),
    (
        "Bank's climbdown on branch closures welcomed\n"
        "\n"
        "Campaigners have welcomed Harland Bank's decision to keep open 18 branches it "
        "had planned to close this year.\n"
        "\n"
        "The lender said in a statement that it had listened to customers. It will "
        "review the remaining closures in the autumn.",
        {"Harland Bank"},
    ),
    (
        "Telecoms group ditches price-rise clause\n"
        "\n"
        "Brightcall has scrapped the clause in its contracts that allowed it to raise "
        "prices mid-contract by inflation plus 3.9%.\n"
        "\n"
        "New and existing customers will instead see fixed rises set out in pounds and "
        "pence, the mobile operator said.",
        {"Brightcall"},
    ),
    (
        "Games maker walks back always-online requirement\n"
        "\n"
        "Stormforge Studios said on Friday it would remove the always-online requirement "
        "from its new game, Ashen Crown, after a week of negative reviews.\n"
        "\n"
        "The developer had said the requirement was needed to stop cheating. In a post "
        "on its website, Stormforge said an update next week would let players play "
        "offline.",
        {"Stormforge Studios"},
    ),
    (
        "Hotel chain restores free breakfast\n"
        "\n"
        "Corran Hotels is restoring free breakfast for loyalty members, a perk it "
        "withdrew in 2024.\n"
        "\n"
        "The 90-hotel chain said it wanted to win back business travellers. Rival groups "
        "have not followed.",
        {"Corran Hotels"},
    ),
    (
        "Insurer drops plan to use telematics for all drivers\n"
        "\n"
        "Pelham Mutual will not make black-box telematics compulsory for young drivers "
        "after all, the insurer said.\n"
        "\n"
        "It had proposed the change in January, arguing that it would cut premiums. "
        "Consumer groups objected on privacy grounds.",
        {"Pelham Mutual"},
    ),
    (
        "Ride-hailing firm halts surge cap plan\n"
        "\n"
        "Veloz has halted a plan to cap surge pricing at twice the standard fare, the "
        "company told drivers in an email on Wednesday.\n"
        "\n"
        "The Mexico City-based company had said the cap would make fares fairer. Drivers "
        "complained it would cut their earnings at peak times.",
        {"Veloz"},
    ),
    (
        "Chipmaker resumes graduate hiring\n"
        "\n"
        "Talvik Semiconductors resumed its graduate hiring programme on Monday, six "
        "months after it froze recruitment amid a slump in orders.\n"
        "\n"
        "The Oulu-based company said it would take on 150 graduates this year.",
        {"Talvik Semiconductors"},
    ),
    (
        "Walmart gave no sign of following. Meanwhile Kroger said it had reversed its "
        "decision to end price matching in Ohio.\n"
        "\n"
        "Kroger's move comes a week after Target dropped its own price-match policy.",
        {"Kroger", "Target"},
    ),
    (
        "Meta stated it has walked again its resolution to require staff to utilize AI "
        "instruments for efficiency opinions. The corporate mentioned the transfer "
        "adopted suggestions from employees.\n"
        "\n"
        "Earlier this 12 months, Microsoft additionally rolled again a related coverage.",
        {"Meta", "Microsoft"},
    ),
    (
        "Gym chain scraps cancellation fee\n"
        "\n"
        "Pulse Fitness has scrapped the £30 fee it charged members to cancel, following "
        "a complaint to the Competition and Markets Authority.\n"
        "\n"
        "Members can now cancel online at no cost, the chain said.",
        {"Pulse Fitness"},
    ),
    (
        "Energy supplier suspends smart meter push\n"
        "\n"
        "Ovalis Energy has suspended its programme of forcing smart meters onto "
        "customers in arrears, after a watchdog report found vulnerable households had "
        "been left without heat.\n"
        "\n"
        "The supplier said no more meters would be switched to prepayment mode remotely "
        "until a review is complete.",
        {"Ovalis Energy"},
    ),
    (
        "Retailer pulls AI-written product descriptions\n"
        "\n"
        "Marlowe & Finch has pulled thousands of AI-written product descriptions from "
        "its website after shoppers spotted errors.\n"
        "\n"
        "The department store group said it would return to using human copywriters.",
        {"Marlowe & Finch"},
    ),
]

# A fourth wave: paraphrased wire copy (every content word a synonym), contrasts between
# firms that reverse and firms that hold, dated asides and quotes (scored before the rules
# they led to: 19 of 25).
PARAPHRASED_AND_CONTRASTED: list[tuple[str, set[str]]] = [
    (
        "Google is reversing its resolution to require engineers to make use of its AI "
        "coding instrument for all new code, one month after the coverage was "
        "introduced.\n"
        "\n"
        "In keeping with an inner memo obtained by The Data, Google mentioned it could "
        "now let groups resolve for themselves. The corporate declined to remark.",
        {"Google"},
    ),
    (
        "Amazon has again-tracked on its plan to maneuver 2,000 company workers to its "
        "warehouses for the vacation season, in accordance with individuals acquainted "
        "with the matter.\n"
        "\n"
        "The retailer had informed employees in October that the transfers had been "
        "necessary. Amazon mentioned in a press release it will now search volunteers as "
        "a substitute.",
        {"Amazon"},
    ),
    (
        "Starbucks has scrapped its cellular order price after prospects complained, the "
        "espresso chain stated on Tuesday.\n"
        "\n"
        "The 50-cent cost had been examined in 300 shops since January. \"We heard our "
        "prospects,\" a spokesperson stated.",
        {"Starbucks"},
    ),
    (
        "Netflix is pulling again on its plan to boost costs in India after subscriber "
        "development stalled, the streaming large stated.\n"
        "\n"
        "The corporate had introduced the rise in February.",
        {"Netflix"},
    ),
    (
        "Nike has introduced again its worker low cost on footwear, which it had lower "
        "in half final spring, in accordance with a memo seen by Reuters.",
        {"Nike"},
    ),
    (
        "Salesforce will not require workers to return to the workplace 5 days per week, "
        "reversing a coverage it introduced in September.\n"
        "\n"
        "Beneath the brand new guidelines, employees might be within the workplace three "
        "days per week.",
        {"Salesforce"},
    ),
    (
        "The tech industry's retreat from office mandates continued this week.\n"
        "\n"
        "Dropbox said staff could keep working from home indefinitely. A day later, "
        "Atlassian told employees it had scrapped its new attendance tracking, and Canva "
        "confirmed it had relaxed its own rules.\n"
        "\n"
        "Not everyone is wavering: Amazon reiterated that its five-day rule stands.",
        {"Atlassian", "Canva"},
    ),
    (
        "Klarna's U-turn on customer service\n"
        "\n"
        "Klarna spent two years telling investors that AI could do the work of 700 "
        "agents. Now the Swedish payments company is hiring humans again.\n"
        "\n"
        "Chief executive Sebastian Siemiatkowski said in an interview that the company "
        "had gone too far, and that customers would always be able to reach a person.",
        {"Klarna"},
    ),
    (
        "Uber has not scrapped its surge pricing, despite reports. But it has quietly "
        "dropped the extra fee it added to airport trips in London, the company "
        "confirmed.",
        {"Uber"},
    ),
    (
        "Lidl and Aldi have both said they will keep their cash-only tills. Tesco, "
        "however, has reversed plans to make its Express stores card-only.",
        {"Tesco"},
    ),
    (
        "Vodafone's decision to drop its mid-contract price rises will cost it about "
        "£40m a year, analysts at Barclays estimated. The rival operator EE said it had "
        "no plans to follow.",
        {"Vodafone"},
    ),
    (
        "Ryanair, whose chief executive once called the fee \"a tax on stupidity\", has "
        "scrapped the charge for printing boarding passes at the airport.",
        {"Ryanair"},
    ),
    (
        "After months of criticism, the supermarket chain Morrisons has reinstated its "
        "staff discount for part-time workers. The discount was cut to 10% in 2025.",
        {"Morrisons"},
    ),
    (
        "HSBC and Barclays were among the banks that reversed branch closures last year, "
        "but this year the pressure has not produced a single U-turn.",
        set(),
    ),
    (
        "Intel has reversed its decision to end its remote-work scheme. In an email to "
        "staff, the chipmaker said the scheme would continue for at least another year. "
        "Its rival AMD, which ended remote work in 2023, did not comment.",
        {"Intel"},
    ),
    (
        "Microsoft asked managers last autumn to rate staff partly on their use of "
        "Copilot. After a backlash, the software giant said on Thursday it would drop "
        "the measure from reviews.",
        {"Microsoft"},
    ),
    (
        "\"This was the wrong call,\" said Lisa Harrow, the chief executive of Fenmore "
        "Foods, as the company reinstated overtime pay for weekend shifts at its three "
        "factories.",
        {"Fenmore Foods"},
    ),
    (
        "Shares in Volvo rose after the carmaker scrapped its plan to cut 3,000 office "
        "jobs, a move unions had fought for months.",
        {"Volvo"},
    ),
    (
        "Tesco is facing calls to scrap its Clubcard pricing. Sainsbury's, which faced "
        "the same criticism, dropped its own scheme last week.",
        {"Sainsbury's"},
    ),
    (
        "Monzo has not changed its mind on the fee. Starling Bank, on the other hand, "
        "has abandoned plans to charge for cash deposits.",
        {"Starling Bank"},
    ),
    (
        "The plan to close 40 Post Office counters inside WHSmith stores has been "
        "halted, the retailer said on Monday, after a meeting with MPs.",
        {"WHSmith"},
    ),
    (
        "Apple backtracked. The company, which had said it would remove the headphone "
        "jack from all iPads, will keep it on the base model.",
        {"Apple"},
    ),
    (
        "Deliveroo has paused the rollout of its new rider contracts in France following "
        "protests, a spokesperson for the company said on Friday. The contracts would "
        "have ended minimum pay guarantees.",
        {"Deliveroo"},
    ),
    (
        "Spotify said on Wednesday that it would abandon its plan to put lyrics behind "
        "the paywall. The decision came after users threatened to leave the service.",
        {"Spotify"},
    ),
    (
        "Zoom's return-to-office mandate is history. The video company has told staff "
        "they can work from anywhere again, less than a year after it required those "
        "living near an office to come in twice a week.",
        {"Zoom"},
    ),
]

# A fifth wave, of traps told in context: another actor named as agent, a rival following with
# something else, a fee never planned, a denial, hearsay, a condition, job cuts, a strike
# called off, a dividend (scored before the rules they led to: 18 of 20).
TRAPS_IN_CONTEXT: list[tuple[str, set[str]]] = [
    (
        "The government scrapped the sugar levy on Tuesday, Tesco said, calling it good "
        "news for shoppers. The grocer said its own prices would not change.",
        set(),
    ),
    (
        "Uber raised fares in March. Lyft followed with its own increase a week later.",
        set(),
    ),
    (
        "Barclays said it would not introduce a fee for paper statements, unlike some "
        "rivals. \"We have never charged for them,\" a spokesperson said.",
        set(),
    ),
    (
        "The levy was scrapped by the council last year, Greggs said, but business rates "
        "had risen since.",
        set(),
    ),
    (
        "Heineken will keep its bonus scheme, which it launched in 2024. \"It is "
        "working,\" the brewer's finance chief said.",
        set(),
    ),
    (
        "\"We will not be bringing back the old app,\" Sonos chief executive Tom Conrad "
        "said. \"We are moving forward.\"",
        set(),
    ),
    (
        "Spotify has kept its student discount. Rumours on TikTok that it had scrapped "
        "the discount were false, the company said.",
        set(),
    ),
    (
        "Tesco did the same thing in 2019, when it dropped its bag charge for a month. "
        "This year it has kept the charge.",
        set(),
    ),
    (
        "Ikea said it would drop the fee only if its suppliers cut prices. So far, none "
        "has.",
        set(),
    ),
    (
        "Ryanair customers can cancel their bookings online. The airline said refunds "
        "would be paid within seven days.",
        set(),
    ),
    (
        "Meta told employees the AI quota would stay. A day earlier, Google had dropped "
        "its own quota.",
        {"Google"},
    ),
    (
        "Shell's chief executive said the company would restore its dividend to "
        "pre-pandemic levels. Shares rose 3%.",
        set(),
    ),
    (
        "Nestlé is set to scrap 200 jobs at its York factory, the union said. The "
        "company has not confirmed the cuts.",
        set(),
    ),
    (
        "Staff at Amazon's Coventry warehouse voted to call off their strike after the "
        "company raised pay.",
        set(),
    ),
    (
        "Lidl's chief executive denied that the grocer was backing down. \"The charge "
        "stays,\" he said.",
        set(),
    ),
    (
        "Starbucks has reopened 30 stores it closed during the pandemic and hired 500 "
        "baristas.",
        set(),
    ),
    (
        "A Microsoft spokesperson said the company had no plans to bring back the old "
        "Skype. Users had hoped it would.",
        set(),
    ),
    (
        "Volkswagen could pause the closure of its Dresden plant if the state offers "
        "subsidies, people familiar with the matter said.",
        set(),
    ),
    (
        "Analysts at Jefferies said Walmart was likely to drop the fee next year. "
        "Walmart declined to comment.",
        set(),
    ),
    (
        "Netflix's price rise stays. The company said it would not reverse it, although "
        "subscriber growth has slowed.",
        set(),
    ),
]

# A sixth wave: restorations told without a reversal verb ('can once more work from home',
# 'free parking returns'), idioms ('reined in', 'put the brakes on', 'walked away from') and
# plans told of as not going ahead (scored before the rules they led to: 17 of 20).
RESTORATIONS_AND_IDIOMS: list[tuple[str, set[str]]] = [
    (
        "Staff at Aviva can once more work from home on Mondays and Fridays, the insurer "
        "told employees in a memo on Tuesday, six months after it asked them to come in "
        "four days a week.",
        {"Aviva"},
    ),
    (
        "Free parking returns at Sainsbury's. The supermarket said on Monday that "
        "customers would no longer be charged for the first two hours at its 50 largest "
        "stores.",
        {"Sainsbury's"},
    ),
    (
        "Klarna is once again offering customers the option of speaking to a human "
        "agent. The company had routed almost all queries to its AI assistant since 2024.",
        {"Klarna"},
    ),
    (
        "Goodbye, desk quotas. Lloyds Banking Group has unwound the attendance targets "
        "it set for managers in January, according to a staff memo.",
        {"Lloyds Banking Group"},
    ),
    (
        "The about-face at Unilever came quickly. Less than a week after telling staff "
        "that bonuses would be tied to office attendance, the consumer goods group said "
        "the link had been removed.",
        {"Unilever"},
    ),
    (
        "In a climb-down, the bakery chain Gail's said it would keep its loyalty app "
        "free.",
        {"Gail's"},
    ),
    (
        "Ocado's hiring freeze is over. The online grocer said on Thursday it had "
        "resumed recruiting engineers.",
        {"Ocado"},
    ),
    (
        "Chipotle has reined in its plan to replace cashiers with kiosks, saying it will "
        "keep counter service in all restaurants.",
        {"Chipotle"},
    ),
    (
        "Nokia has retreated from a plan to move 1,500 research jobs to India, the "
        "Finnish company said.",
        {"Nokia"},
    ),
    (
        "BT Group had said it would charge customers £5 a month for landline-only "
        "packages. That charge will now not go ahead, the telecoms group said on Friday.",
        {"BT Group"},
    ),
    (
        "Marriott has backed off a proposal to end free Wi-Fi for non-members.",
        {"Marriott"},
    ),
    (
        "Home Depot has put the brakes on a plan to close its garden centres at 6pm, "
        "after customers complained.",
        {"Home Depot"},
    ),
    (
        "DoorDash is giving back the tips it withheld from drivers and ending the "
        "practice, the company said.",
        {"DoorDash"},
    ),
    (
        "PepsiCo has walked away from a plan to cut the sugar tax rebate it pays "
        "bottlers.",
        {"PepsiCo"},
    ),
    (
        "Under pressure from franchisees, Subway has shelved the $5 footlong promotion's "
        "planned price increase.",
        {"Subway"},
    ),
    (
        "Fidelity told staff on Monday it was dropping the requirement to be in the "
        "office on Fridays. The fund manager said productivity data did not support it.",
        {"Fidelity"},
    ),
    (
        "After a year of protests from nurses, Kaiser Permanente has abandoned its plan "
        "to replace night-shift nurses with remote monitoring.",
        {"Kaiser Permanente"},
    ),
    (
        "Airbnb is bringing back its old search page, the home-rental platform said, "
        "after hosts complained that the redesign hid their listings.",
        {"Airbnb"},
    ),
    (
        "Best Buy will once more let customers return opened items within 30 days, "
        "reversing a change it made in January.",
        {"Best Buy"},
    ),
    (
        "Sony has quietly shelved its plan for an always-online requirement in "
        "single-player PlayStation games, according to developers briefed by the company.",
        {"Sony"},
    ),
]

# A seventh wave: newsletters with numbered items, contrasts inside one sentence, a firm's
# plan undone in the passive under a described subject, a closure planned then not made, a
# pay cut reversed on a weekday (scored before the rules they led to: 9 of 15).
LONGER_PIECES: list[tuple[str, set[str]]] = [
    (
        "THE WORKPLACE BRIEF\n"
        "\n"
        "1. Deloitte drops office tracking\n"
        "Deloitte UK told staff this week it would stop using badge data to check "
        "attendance. The firm introduced the tracking in September, and staff called it "
        "intrusive.\n"
        "\n"
        "2. PwC stays the course\n"
        "PwC, by contrast, said its tracking would continue.",
        {"Deloitte"},
    ),
    (
        "Unilever and Nestlé are going in opposite directions. While Nestlé tightened "
        "its office rules this month, Unilever loosened them, letting staff choose their "
        "days in the office.",
        {"Unilever"},
    ),
    (
        "Amazon's warehouses will keep their new scanning targets, a spokesperson said. "
        "But in its corporate offices, the company has backtracked: managers will no "
        "longer be required to report daily AI usage.",
        {"Amazon"},
    ),
    (
        "Reddit raised API prices for developers in 2023. Three years later, in a "
        "surprise move, it has cut them back for small apps, and developers say the "
        "company has finally admitted its mistake.",
        {"Reddit"},
    ),
    (
        "Peloton has abandoned its plan to charge for the free app tier, the fitness "
        "company's new chief executive Peter Stern told analysts on Thursday. \"Our "
        "members told us it was the wrong move,\" he said.",
        {"Peloton"},
    ),
    (
        "The retailer Next, which had said it would close 20 stores, now says it will "
        "keep all of them open after landlords cut rents.",
        {"Next"},
    ),
    (
        "Verizon has dropped the $10 \"activation fee\" it added to new lines in January. "
        "AT&T and T-Mobile still charge theirs.",
        {"Verizon"},
    ),
    (
        "Under a new chief executive, Starbucks is undoing many of the changes its "
        "predecessor made. The chain has restored the condiment bar, brought back "
        "ceramic mugs for in-store orders and ended the mobile-order surcharge.",
        {"Starbucks"},
    ),
    (
        "Lufthansa pilots will get their full pension contributions back. The airline "
        "agreed on Wednesday to reverse a cut it imposed during the pandemic, ending a "
        "two-year dispute with the Vereinigung Cockpit union.",
        {"Lufthansa"},
    ),
    (
        "KFC has U-turned after fans revolted. The chicken chain's decision to replace "
        "its gravy recipe has been reversed, and the original will be back in "
        "restaurants from Monday.",
        {"KFC"},
    ),
    (
        "A week of retreats: Adobe paused its new AI training terms after creators "
        "objected; Figma, which faced similar anger, had already reversed its own.",
        {"Adobe", "Figma"},
    ),
    (
        "Google has rolled back a change to its search results that pushed news "
        "publishers down the page. Publishers had complained the change cut their "
        "traffic by a third. The company said it would \"continue to listen\".",
        {"Google"},
    ),
    (
        "After three weeks of protest by drivers, Bolt has scrapped the new commission "
        "rate it introduced in February. Uber, which had been expected to follow Bolt's "
        "original move, has said nothing.",
        {"Bolt"},
    ),
    (
        "Duolingo's chief executive Luis von Ahn has walked back his claim that the "
        "company would stop using contractors for work AI could do. In a LinkedIn post, "
        "he said Duolingo would keep hiring contractors and had reversed the policy.",
        {"Duolingo"},
    ),
    (
        "It is the second U-turn by Tesla in a month. The carmaker has reinstated the "
        "free supercharging it offered to buyers of its Model S, which it had withdrawn "
        "in February.",
        {"Tesla"},
    ),
]

# An eighth wave: press releases, translations, an expert's Q&A, a cataphoric 'The decision
# was reversed', a firm named by its owner (scored before the rules they led to: 6 of 12;
# four of the six misses are names ingest does not recognise).
RELEASES_AND_ASIDES: list[tuple[str, set[str]]] = [
    (
        "Harbourside Pharmacy Group announces return of free prescription delivery\n"
        "\n"
        "EDINBURGH, 3 March 2026 - Harbourside Pharmacy Group today announced that free "
        "home delivery of prescriptions will return for all customers over 65 from 1 "
        "April, following feedback from patients and carers.\n"
        "\n"
        "The service was replaced by a £2.50 charge in November.",
        {"Harbourside Pharmacy Group"},
    ),
    (
        "Translated from Spanish.\n"
        "\n"
        "The chain of supermarkets Mercadona has decided to withdraw the new schedule of "
        "Sunday openings that it had put into operation in January in Valencia, after "
        "protests of the workers.",
        {"Mercadona"},
    ),
    (
        "Ask the expert: Can my bank still charge me for statements?\n"
        "\n"
        "Q: My bank, Corrin Savings, started charging for paper statements last year. Is "
        "that still happening?\n"
        "A: No. Corrin Savings told us in February that the charge had been withdrawn "
        "and that customers who paid it would be refunded.",
        {"Corrin Savings"},
    ),
    (
        "Tesco to scrap Clubcard fee after backlash\n"
        "\n"
        "Tesco is to scrap the £1 monthly fee for its Clubcard Plus add-on, the "
        "supermarket said on Tuesday.",
        {"Tesco"},
    ),
    (
        # Ninth round: a passive with no agent, the one firm named only after it, waits for an
        # editor (a `review` reason) instead: told the same way, "The levy was scrapped on
        # Monday. Britvic welcomed it." is a government's turn, not the firm's.
        "The decision was reversed on Monday. Ostrava Steel had told 400 workers in "
        "February that their night-shift allowance would be cut by half.",
        set(),
    ),
    (
        "Vantage Rail said Monday it reversed a ban on folding bikes at peak times, "
        "which it introduced on its commuter lines in January.",
        {"Vantage Rail"},
    ),
    (
        "Following the outcry, the streaming platform Flixbay has reinstated the free "
        "tier it removed in January. Subscribers can again watch with ads at no cost.",
        {"Flixbay"},
    ),
    (
        "Ms. Alvarez, who runs the Kestrel Bakery chain with her brother, said the "
        "company had dropped its plan to charge staff for uniforms. \"It was unfair,\" she "
        "said.",
        {"Kestrel Bakery"},
    ),
    (
        "It took a month of complaints, but Grindlay Energy has finally backed down. The "
        "supplier will refund the £30 \"paper bill fee\" and stop charging it from April.",
        {"Grindlay Energy"},
    ),
    (
        "The owner of the budget chain Poundlane, Valor Retail Group, has reversed plans "
        "to close 15 Poundlane stores in the North East.",
        {"Valor Retail Group"},
    ),
    (
        "In its annual report, Aldermoor Water said it had suspended the planned "
        "increase in standing charges after a review by the regulator.",
        {"Aldermoor Water"},
    ),
    (
        "Brackwell Motors has reversed course. The Coventry carmaker will keep its "
        "apprenticeship scheme, which it had planned to close in the summer to save "
        "money.",
        {"Brackwell Motors"},
    ),
]

# A ninth wave, written after the eighth round's rules: reversals a sentence or a clause after
# the firm, among other firms, quoted (scored before the rule it led to: 11 of 12).
LATER_AND_QUOTED: list[tuple[str, set[str]]] = [
    (
        "Ferrovia Nord, the Milan rail operator, had signed a deal with Trenitalia to "
        "share ticket machines. Last week the operator said it would also restore "
        "staffed ticket offices at 12 stations, which it closed in 2025.",
        {"Ferrovia Nord"},
    ),
    (
        "Asked by analysts about the cost of the office rule, Commerzbank's finance "
        "chief Bettina Orlopp said it had been relaxed. \"Staff now decide,\" she said.",
        {"Commerzbank"},
    ),
    (
        "Kroger, which competes with Walmart and Costco, said on Monday that it had "
        "restored its senior discount day. Shoppers over 60 will again get 10% off on "
        "Wednesdays.",
        {"Kroger"},
    ),
    (
        "Employees at Siemens had been told to book desks a week ahead. The requirement "
        "has been lifted, the engineering group said, after staff found desks sat empty.",
        {"Siemens"},
    ),
    (
        "Oatly has pulled the plug on its plan to shut its Swedish plant. The oat-milk "
        "maker told staff on Friday that production at Landskrona would continue.",
        {"Oatly"},
    ),
    (
        "When Halvorsen Freight told drivers in March that cab cameras would record them "
        "around the clock, the union threatened to strike. On Thursday the haulier said "
        "the cameras would be switched off outside working hours, a partial climbdown.",
        {"Halvorsen Freight"},
    ),
    (
        "\"We have decided to pause the programme,\" Thames Water chief executive Chris "
        "Weston said of the metering scheme, adding that customers who had opted in "
        "could opt out.",
        {"Thames Water"},
    ),
    (
        "Cineworld, which cut ticket prices last year, has reversed course and is "
        "raising them again from April.",
        {"Cineworld"},
    ),
    (
        "Brewdog has restored the Living Wage for its bar staff, a year after it dropped "
        "its accreditation. The Scottish brewer said it had \"listened\".",
        {"Brewdog"},
    ),
    (
        "Ocado said Thursday that it was reversing last month's cut to delivery slots in "
        "rural areas.",
        {"Ocado"},
    ),
    (
        "Monzo co-founder Tom Blomfield once predicted banks would scrap overdraft fees. "
        "Monzo has not. But Starling Bank said on Tuesday it had scrapped its unarranged "
        "overdraft fee.",
        {"Starling Bank"},
    ),
    (
        "The Irish airline's U-turn came two days after its chief executive defended the "
        "fee on radio. Ryanair said passengers over 70 would no longer be charged for "
        "printing boarding passes.",
        {"Ryanair"},
    ),
]

# A tenth wave: a reversal noun told at a firm, a rule made optional, a target dropped, a
# firm named after a description (scored before the rule it led to: 8 of 10; one of the two
# misses is a firm's name).
NOUNS_AND_PLACES: list[tuple[str, set[str]]] = [
    (
        "Nationwide, Britain's biggest building society, will keep paper passbooks after "
        "all. It had planned to stop issuing them from June.",
        {"Nationwide"},
    ),
    (
        "Three weeks after it told engineers to use its AI assistant for every pull "
        "request, GitLab has made the rule optional, according to a post on its internal "
        "forum seen by this publication.",
        {"GitLab"},
    ),
    (
        "The carmaker that once promised to go all-electric by 2030 has dropped the "
        "target. Volvo Cars said on Wednesday that it would keep selling hybrids beyond "
        "that date.",
        {"Volvo"},
    ),
    (
        "Salesforce is not the only one. Workday, too, has rolled back its AI mandate "
        "for recruiters, two people familiar with the matter said.",
        {"Workday"},
    ),
    (
        "Unite said the reinstatement of the night-shift bonus at Rolls-Royce was \"a "
        "victory for workers\". The engineering group confirmed the bonus would be paid "
        "from May.",
        {"Rolls-Royce"},
    ),
    (
        "Sky has U-turned on its decision to switch off satellite TV in homes without "
        "broadband. Customers who rely on a dish will keep their service, the "
        "broadcaster said.",
        {"Sky"},
    ),
    (
        "Airbnb's decision to drop its cleaning-fee rule was welcomed by hosts. The "
        "company had required hosts to cap fees at 20% of the nightly rate.",
        {"Airbnb"},
    ),
    (
        "It was, in the end, a short-lived experiment. Eight weeks after introducing a "
        "£1 charge for using the toilets at its motorway cafés, Greggs has dropped it.",
        {"Greggs"},
    ),
    (
        "Staff at Lloyds Banking Group will no longer have to log their location on an "
        "app when working from home, the bank said, following union complaints.",
        {"Lloyds Banking Group"},
    ),
    (
        "Retail group Frasers has backtracked on plans to ban customers who return more "
        "than ten items a year, saying the policy had been \"misunderstood\".",
        {"Frasers"},
    ),
]

# Paragraphs the reversal rules still get wrong (open gaps, by the first words of each).
KNOWN_GAPS = {
    'Reddit raised API prices for developers ',
    'A week of retreats: Adobe paused its new',
    'IKEA raised delivery charges across the ',
}
# Paragraphs that fail only because ingest does not recognise the firm (WHSmith, Boots, John
# Lewis, 'Netflix co-CEO Greg Peters' taken for a name): the company rules' part, worked on in
# parallel, so they may pass once those rules change.
NAME_GAPS = {
    "Nationwide, Britain's biggest building s",
    'The owner of the budget chain Poundlane,',
    'The plan to close 40 Post Office counter',
    'Retailer pulls AI-written product descri',
    'Dell has agreed to restore the remote-wo',
    'Pets at Home has reversed its ban on dog',
    'Shell pledged to cut oil output by 2030,',
    'Netflix co-CEO Greg Peters told investor',
    'Dell has decided to let staff opt out of',
}

CASES = (
    LATER_SENTENCE + QUOTES + EMBEDDED + ROUNDUPS + UNLISTED + STYLES + IDIOMS + PARAPHRASED
    + TRAPS
    + MORE
    + MORE_TRAPS
    + HEARSAY_AND_STATES
    + ARTICLES
    + NOUNS_AND_PLACES
    + LATER_AND_QUOTED
    + RELEASES_AND_ASIDES
    + LONGER_PIECES
    + RESTORATIONS_AND_IDIOMS
    + TRAPS_IN_CONTEXT
    + PARAPHRASED_AND_CONTRASTED
)


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        pytest.param(p, e, marks=pytest.mark.xfail(strict=True, reason="open gap"))
        if p[:40] in KNOWN_GAPS
        else pytest.param(p, e, marks=pytest.mark.xfail(reason="firm not recognised"))
        if p[:40] in NAME_GAPS
        else (p, e)
        for p, e in CASES
    ],
    ids=[p[:60] for p, _ in CASES],
)
def test_a_paragraph_credits_exactly_the_firms_that_reversed(
    tmp_path: Path, passage: str, expected: set[str]
) -> None:
    assert credited_in(tmp_path, passage) == expected
