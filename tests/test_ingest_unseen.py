"""A probe of what ingest makes of firms, outlets, dates and titles it has never seen.

Every passage here is made up for this file: the firms are not in any gazetteer, and they are
named the ways articles name them (a legal suffix, a description, an apposition, a possessive,
"shares of", "at X, staff", a headline only), beside the traps that are no firm (people and
their surnames, places, ministries, regulators, unions, products, cited outlets, job titles,
days, sentence-initial words, headline case). Each seed is a real file read by
`seed_to_entry`, as `digest ingest` reads it.
"""

# ruff: noqa: E501 (the short articles below are prose, one paragraph a line)
from __future__ import annotations

from pathlib import Path

import pytest

from builder.config import load_config
from builder.ingest import seed_to_entry

REPO = Path(__file__).resolve().parent.parent
CONFIG = load_config(REPO)


def ingest(tmp_path: Path, text: str, name: str = "a.txt", dated: bool = True) -> dict:
    path = tmp_path / name
    path.write_text(("Date: 2026-03-04\n\n" if dated else "") + text + "\n", "utf-8")
    return seed_to_entry(path, CONFIG)[0]


COMPANIES = [
    # -- how articles name a firm no gazetteer lists
    ("Brightline Ltd has scrapped its plan to charge staff for parking.", {"Brightline"}),
    ("The Oslo-based lender Nordkapp has dropped its plan to close branches on Saturdays.",
     {"Nordkapp"}),
    ("Kestrel, the drone maker, said on Tuesday it would keep its depot open. Shares of Kestrel "
     "fell 2%.", {"Kestrel"}),
    ("Shares of Vantor rose 4% after the company dropped its return-to-office rule.", {"Vantor"}),
    ("Vantor's chief executive, Lena Brandt, told staff the office rule was gone.", {"Vantor"}),
    ("At Halden, staff will no longer have to badge in. The change was announced on Monday.",
     {"Halden"}),
    ("Acme Corp reversed its decision to cut the night shift.", {"Acme"}),
    ("Quillmark Inc. and Tessaro Ltd both paused their hiring freezes.", {"Quillmark", "Tessaro"}),
    ("Orvalo, a Lisbon software firm, has reinstated its four-day week.", {"Orvalo"}),
    ("Marlowe Freight will restore the overtime rates it cut last year, the haulier said.",
     {"Marlowe Freight"}),
    ("Staff at Sundrift Energy can once more work from home on Fridays.", {"Sundrift Energy"}),
    ("Pellucid, which makes contact lenses, has dropped its plan to close its Cork plant.",
     {"Pellucid"}),
    ("Caldera Foods said it was shelving the price rise.", {"Caldera Foods"}),
    ("The Nairobi fintech Kopa has walked back a fee on small transfers.", {"Kopa"}),
    ("Ferrow backtracked on Thursday. The Turin carmaker had told dealers to stop discounts.",
     {"Ferrow"}),
    ("Employees of Lumbra Technologies were told the policy had been withdrawn.",
     {"Lumbra Technologies"}),
    ("Tamarind Pay has suspended the monthly fee it introduced in May, the Chennai-based "
     "payments company said.", {"Tamarind Pay"}),
    ("Grupo Altamira, the Mexican cement maker, reversed its decision to close two plants.",
     {"Grupo Altamira"}),
    ("Takumi Seiki scrapped its plan to end lifetime contracts, a spokesman for the Osaka "
     "toolmaker said.", {"Takumi Seiki"}),
    ("Siam Vantage, Thailand's third-largest telecom operator, has restored unlimited data.",
     {"Siam Vantage"}),
    ("Sahel Telecom has backtracked on its decision to cut rural coverage.", {"Sahel Telecom"}),
    ("A spokesperson for Dunmore Insurance said the firm had abandoned the plan.",
     {"Dunmore Insurance"}),
    ("Bharat Kiran Motors will bring back its night shift in Pune, the company said.",
     {"Bharat Kiran Motors"}),
    ("Nusantara Pay, Indonesia's largest e-wallet, dropped the transfer fee.", {"Nusantara Pay"}),
    ("Wattle Bank CEO Grace Liu said the branch closures were on hold.", {"Wattle Bank"}),
    ("Harvest, the meal-kit company, has paused its price rise.", {"Harvest"}),
    ("Compass has dropped the plan. The estate agency said on Monday that it would keep its "
     "offices open.", {"Compass"}),
    ("Beacon, a Glasgow-based lender, reversed the change.", {"Beacon"}),
    ("Fjordline scrapped the fee. Fjordline's customers had complained for months.",
     {"Fjordline"}),
    ("Quorvik Holdings said it will no longer require staff in the office five days a week.",
     {"Quorvik Holdings"}),
    ("Ambrose & Tate, the London law firm, has reversed a plan to cut trainee pay.",
     {"Ambrose & Tate"}),
    ("Okonkwo Holdings dropped its plan to list in London, its chairman said.",
     {"Okonkwo Holdings"}),
    ("Brisa Telecom said it would reinstate free roaming.", {"Brisa Telecom"}),
    ("Kirra, an Australian buy-now-pay-later provider, scrapped late fees.", {"Kirra"}),
    ("Moana Air cancelled its plan to charge for carry-on bags.", {"Moana Air"}),
    ("Dalmore Brewing has walked back its decision to close the taproom.", {"Dalmore Brewing"}),
    ("Polish retailer Zabka Nova has pulled its plan to open stores on Sundays.", {"Zabka Nova"}),
    ("Stellwerk AG reversed its plan to move production to Hungary.", {"Stellwerk"}),
    ("Verdant Homes, the housebuilder, paused the price cuts.", {"Verdant Homes"}),
    ("Lenders including Nordkapp, Vestra and Salt Bank have scrapped the fee.",
     {"Nordkapp", "Vestra", "Salt Bank"}),
    ("Rivals such as Tessaro and Quillmark kept their mandates.", {"Tessaro", "Quillmark"}),
    ("Caldwell Logistics has dropped Saturday deliveries. Caldwell Logistics did not respond "
     "to a request for comment.", {"Caldwell Logistics"}),
    ("Zorvo said in a statement that the change had been reversed.", {"Zorvo"}),
    ("Kelpie, which runs 40 pubs in Scotland, has scrapped its plan to charge for tap water.",
     {"Kelpie"}),
    ("Marrow's decision to drop the fee surprised analysts.", {"Marrow"}),
    ("Tessaro's U-turn came after weeks of protest.", {"Tessaro"}),
    ("Norwegian lender Nordkapp has reopened two branches.", {"Nordkapp"}),
    ("Tessaro and Vantor dropped their office mandates on the same day.", {"Tessaro", "Vantor"}),
    ("Vantor-owned Pixly has scrapped the fee.", {"Vantor", "Pixly"}),
    ("Tasman, the Auckland-based airline, has reversed its baggage fee.", {"Tasman"}),
    ("Geneva Watch Co. has reversed its pay cut.", {"Geneva Watch"}),
    ("The Seoul-based lender MBK has dropped the charge.", {"MBK"}),
    ("Ostrander & Vail has reversed its decision to close the Leeds office, the consultancy "
     "said.", {"Ostrander & Vail"}),
    ("Yellowpine Outfitters restored its lifetime returns policy.", {"Yellowpine Outfitters"}),
    ("The decision by Pellucid to pause the closure was welcomed.", {"Pellucid"}),
    ("Lumbra, the Dublin-based software company, said it had scrapped the rule.", {"Lumbra"}),
    ("Customers of Wattle Bank can once again open accounts in branches.", {"Wattle Bank"}),
    ("Workers at Halden Steel voted to accept the deal after the company dropped its rota "
     "change.", {"Halden Steel"}),
    ("Kopa, Kenya's biggest mobile lender, has scrapped the fee.", {"Kopa"}),
    ("Stocks of Ferrow and Tasman rose after both dropped their price rises.",
     {"Ferrow", "Tasman"}),
    ("A Ferrow spokeswoman said the discount ban had been lifted.", {"Ferrow"}),
    ("Galloway Mills has put its plan to close the Ayr site on hold.", {"Galloway Mills"}),
    ("Kestrel has paused its plan. Kestrel employs 900 people in Bristol.", {"Kestrel"}),
    ("Lindgren & Sons said it would reverse the pay freeze.", {"Lindgren & Sons"}),
    ("The carmaker Ferrow scrapped the rule.", {"Ferrow"}),
    ("Brightline reversed its parking fee. The firm's 2,000 staff had protested.",
     {"Brightline"}),
    # -- a firm only in the headline
    ("Zelkova drops plan to close its Leeds depot\n\nThe logistics group said the depot would "
     "stay open after talks with staff.", {"Zelkova"}),
    ("Vantor Scraps Office Mandate After Staff Revolt\n\nThe company said it would let staff "
     "work from home again.", {"Vantor"}),
    ("Halden Steel reverses rota change\n\nThe steelmaker said it had listened to staff.",
     {"Halden Steel"}),
    # -- people and their surnames
    ("The plan was scrapped by Vantor, Ms Okafor said. Okafor, who leads the staff council, "
     "welcomed it.", {"Vantor"}),
    ("Chidi Okafor, a welder at Halden Steel, said the change was welcome. Okafor said staff "
     "had feared the worst.", {"Halden Steel"}),
    ("Priya Raman, the chief executive, said Ferrow had reversed course. Raman added that the "
     "decision was final.", {"Ferrow"}),
    ("Mr Lindqvist told reporters the policy was scrapped at Orvalo.", {"Orvalo"}),
    ("Erik Lindqvist chairs the works council. Lindqvist said Orvalo had listened to staff. "
     "Orvalo has reversed the change.", {"Orvalo"}),
    ("Sarah Whitcombe, head of operations at Kelpie, said the fee was gone. Whitcombe added "
     "that staff had pushed for it.", {"Kelpie"}),
    ("Jonas Berg founded Fjordline in 2015. Berg said the company would restore the perk.",
     {"Fjordline"}),
    ("The fee is gone, said Okafor. Kopa confirmed it on Monday.", {"Kopa"}),
    ("\u201cWe listened,\u201d said Jonas Berg, Fjordline's founder. Fjordline has restored the "
     "perk.", {"Fjordline"}),
    ("Prime Minister Aisha Bello praised Kopa for reversing the fee.", {"Kopa"}),
    ("Tessaro dropped the rule. Hartley, a warehouse picker for nine years, said she was "
     "relieved.", {"Tessaro"}),
    ("Vantor scrapped the plan, Lena Brandt told staff. Asked about the reversal, Brandt said "
     "the board had agreed.",
     {"Vantor"}),
    # -- places
    ("In Tromsø, Nordkapp has scrapped the branch closures it planned.", {"Nordkapp"}),
    ("Halden Steel said production in Gdansk and Bilbao would resume.", {"Halden Steel"}),
    ("Across Kenya, customers of Kopa can once more send money free.", {"Kopa"}),
    ("The move by Kestrel followed a similar retreat in Singapore.", {"Kestrel"}),
    ("Lagos-based Kopa has dropped its fee.", {"Kopa"}),
    ("The city of Halden reversed its ban on e-scooters.", set()),
    ("Tromsø Council has scrapped the parking charge.", set()),
    # -- governments, regulators, unions, schools
    ("The Ministry of Labour welcomed Vantor's decision to scrap the rule.", {"Vantor"}),
    ("The Competition Bureau had questioned the fee before Kopa dropped it.", {"Kopa"}),
    ("Unite, the union, said Marlowe Freight had restored overtime pay.", {"Marlowe Freight"}),
    ("The Transport Workers Union said Moana Air had scrapped the bag fee.",
     {"Moana Air"}),
    ("The Financial Conduct Authority said it had spoken to Salt Bank before the lender "
     "reversed the charge.", {"Salt Bank"}),
    ("The Federal Trade Commission opened an inquiry; Quillmark later dropped the fee.",
     {"Quillmark"}),
    ("The Department for Transport reversed its decision on the airport's landing slots.", set()),
    ("Northgate University has scrapped its plan to cut language courses.", set()),
    ("Lagos State Government reversed the tax on ride-hailing.", set()),
    ("The National Union of Journalists said Harbour Logistics had dropped the pay cut.",
     {"Harbour Logistics"}),
    # -- products, programmes, events, laws
    ("Kestrel paused sales of its Falcon X2 drone after complaints.", {"Kestrel"}),
    ("Users of the Pulse app, made by Lumbra, can export data again. Lumbra restored the "
     "feature on Monday.", {"Lumbra"}),
    ("Tessaro has scrapped the Tessaro Plus subscription.", {"Tessaro"}),
    ("Vantor dropped its Return to Office policy.", {"Vantor"}),
    ("At the Paris Motor Show, Ferrow said it had reversed the price rise.", {"Ferrow"}),
    ("Quillmark reversed the pay cut after the Fair Pay Act passed.", {"Quillmark"}),
    ("Caldera Foods had promised to cut plastic under its Net Zero Pledge. It has now scrapped "
     "that pledge.", {"Caldera Foods"}),
    # -- outlets cited
    ("Vantor dropped the rule, the Harbour Gazette reported.", {"Vantor"}),
    ("Speaking to the Lisbon Daily, an Orvalo spokesperson confirmed the reversal.", {"Orvalo"}),
    ("According to Handelsposten, Nordkapp has paused its branch closures.", {"Nordkapp"}),
    ("Vantor confirmed to the Harbour Gazette that it had dropped the rule.", {"Vantor"}),
    # -- job titles, days and months, sentence openings
    ("Head of People Maria Sousa said Orvalo had dropped the policy.", {"Orvalo"}),
    ("Chief Operating Officer Tom Reyes said the plan was scrapped at Caldera Foods.",
     {"Caldera Foods"}),
    ("On Monday, Kestrel scrapped its plan.", {"Kestrel"}),
    ("In March, Zabka Nova paused the rollout.", {"Zabka Nova"}),
    ("Last Friday Ferrow reversed its policy.", {"Ferrow"}),
    ("Employees at Quillmark were told the plan was dropped. Reaction was mixed.",
     {"Quillmark"}),
    ("Frustrated, Halden Steel's managers reversed the rota.", {"Halden Steel"}),
    ("Critics said Kopa had backed down. Supporters disagreed.", {"Kopa"}),
    ("Asked about the reversal, Ferrow declined to comment.", {"Ferrow"}),
    ("Despite the backlash, Tessaro is sticking with the plan. Quillmark has scrapped it.",
     {"Tessaro", "Quillmark"}),
    ("Customers welcomed the news. Nordkapp has scrapped the fee.", {"Nordkapp"}),
    ("Thousands signed a petition. Within days, Kopa backed down.", {"Kopa"}),
    ("Anger grew online. Tessaro dropped the fee two days later.", {"Tessaro"}),
    ("Overtime was cut in May. Marlowe Freight has now restored it.", {"Marlowe Freight"}),
    ("Orvalo has restored remote work. Management said productivity had not suffered.",
     {"Orvalo"}),
    ("Kestrel scrapped the plan. Digital rights groups welcomed the decision.", {"Kestrel"}),
    ("Vantor reversed the change. Human Resources staff were told on Friday.", {"Vantor"}),
    ("Tessaro dropped the fee. Several Tessaro Plus subscribers had complained.", {"Tessaro"}),
    # -- cited firms, plans and the name the article goes by
    ("Analysts at Brockhurst said Kopa would have to follow. Kopa has since dropped the fee.",
     {"Kopa", "Brockhurst"}),
    ("Retail analyst Jane Moss of Kesterton Data said Vantor had little choice. Vantor dropped "
     "the fee.", {"Vantor", "Kesterton Data"}),
    ("Tessaro has scrapped the fee for customers on its Gold and Platinum plans.", {"Tessaro"}),
    ("China's Weilan has scrapped its plan to end weekend deliveries.", {"Weilan"}),
    ("Pemberly has scrapped its parking fee. Pemberly said staff had complained. Pemberly Foods "
     "Ltd runs 40 stores.", {"Pemberly"}),
    ("Pemberly Foods Ltd has scrapped its parking fee. Pemberly said staff had complained.",
     {"Pemberly Foods"}),
    ("Students will once again get 20% off at Gusto's. Gusto's said it had listened to them.",
     {"Gusto's"}),
    ("Tessaro restored Sunday opening. Kilden, meanwhile, is extending its hours.",
     {"Tessaro", "Kilden"}),
    ("The consumer protection agency Vigila said Kopa had scrapped the fee.", {"Kopa"}),
    ("Zappa, the payments company behind Tillpoint and Quickstub, has dropped the fee.",
     {"Zappa"}),
    ("iWatt has scrapped its standing charge.", {"iWatt"}),
    ("Kopa has dropped the fee, as rivals Brisk Pay and Tillcore did last year.",
     {"Kopa", "Brisk Pay", "Tillcore"}),
    ("Customers on Premium plans will no longer pay the fee, Tessaro said.", {"Tessaro"}),
    ("The decision by Ofgem to scrap the cap was welcomed. Kestrel Energy said it would comply.",
     {"Kestrel Energy"}),
    ("Analysts said the IMF and the OECD had warned of the cost. Brightline Ltd dropped the fee.",
     {"Brightline"}),
    # firms named after people, and people who speak of "it"
    ("Kestrel has dropped the fee. Peter Hollis said it had no plans to follow.",
     {"Kestrel", "Peter Hollis"}),
    ("Kestrel has dropped the fee; finance chief Peter Hollis said it would cost $2m.",
     {"Kestrel"}),
    ("Banco do Sertão has dropped the fee, the lender said.", {"Banco do Sertão"}),
    # a press release's "About X" heading runs into its paragraph: one name, not two
    ("Halvorsen Logistics ASA today announced a new depot.\n\nAbout Halvorsen Logistics\n"
     "Halvorsen Logistics is a freight forwarder.", {"Halvorsen Logistics"}),
]


@pytest.mark.parametrize(("text", "expected"), COMPANIES, ids=range(len(COMPANIES)))
def test_companies_of_unseen_articles(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert set(ingest(tmp_path, text)["companies"]) == expected


# Short articles in the styles of the news of many countries, each with the companies it
# reports on: written as a second probe and scored before the rules were changed for it.
ARTICLES = [
("""Grab-rival Lumio ends surge pricing cap

JAKARTA — Lumio, the Indonesian ride-hailing app, will lift the cap on surge fares it introduced in December, the company said on Thursday. Drivers had complained that the cap cut their earnings by a fifth. Gojek, its larger rival, said it had no plans to change its own pricing. Analysts at Mandiri Sekuritas said the move could help Lumio keep drivers.""", {"Lumio", "Gojek", "Mandiri Sekuritas"}),
("""Brewer Okavango restores staff bonus

Namibian brewer Okavango Breweries has reinstated the annual bonus it scrapped last year, chief executive Tumi Hamutenya told staff in a memo seen by The Namibian. The bonus, worth a month's pay, was cut as sales fell. Hamutenya said the company had "listened". Rival Kalahari Beverages said it was reviewing its own pay.""", {"Okavango Breweries", "Kalahari Beverages"}),
("""Polish grocer Mrówka drops Sunday-opening plan

Mrówka, which runs 1,200 convenience stores across Poland, has abandoned a plan to open on Sundays after the Solidarity union threatened strikes. The chain's chief operating officer, Marek Zieliński, said the plan was "on hold indefinitely". Żabka, the market leader, already opens on some Sundays through franchisees.""", {"Mrówka", "Żabka"}),
("""Tokyo's Hoshimura Electric shelves office return

Hoshimura Electric has shelved a plan to require engineers in the office four days a week, a spokeswoman said, after a survey found a third would consider leaving. The Osaka-based maker of industrial sensors employs 14,000 people. Its domestic rival Kanzaki Seiko kept its two-day rule.""", {"Hoshimura Electric", "Kanzaki Seiko"}),
("""Chilean miner Cordillera Cobre reverses pay freeze

SANTIAGO, March 2 (Reuters) - Chilean copper miner Cordillera Cobre said on Monday it would unfreeze wages for its 6,000 workers, reversing a decision taken in January as copper prices slumped. The mine workers' union at its Atacama site had called a strike vote. Shares in Cordillera rose 2.1% in Santiago.""", {"Cordillera Cobre"}),
("""Why Hartwell reversed its four-day week

Hartwell & Pryce, the Leeds accountancy, has ended its four-day-week trial early. Partners at the firm said client complaints had risen. "We tried it and it did not work for our clients," managing partner Gillian Pryce said. Other firms, including Moorcroft Audit, have kept similar trials running.""", {"Hartwell & Pryce", "Moorcroft Audit"}),
("""Startup Fennec pauses AI interviews

Fennec, a Cairo-based recruitment startup, has paused its use of AI video interviews after candidates complained they were rejected within seconds. Founder Yasmin Farouk said the tool would return "only when we can explain its decisions". Fennec is backed by Sawari Ventures.""", {"Fennec", "Sawari Ventures"}),
("""Credit union Teal restores free ATM use

Teal Credit Union has brought back free cash withdrawals at partner ATMs, three months after it introduced a $2 fee. Members had flooded the Vancouver lender's social channels with complaints. The fee applied at machines run by Pacific Rim Bank, which said it was not consulted.""", {"Teal Credit Union", "Pacific Rim Bank"}),
("""Supermarket Vela scraps self-checkout-only stores

Vela has scrapped its plan to turn 40 stores into self-checkout-only shops. The Spanish supermarket chain said staffed tills would stay after older shoppers protested. Mercadona and Dia, its bigger rivals, never removed staffed tills.""", {"Vela", "Mercadona", "Dia"}),
("""Gaming studio Pinewood Forge drops always-online rule

Pinewood Forge will no longer require a permanent internet connection for its racing game Apex Drift, the studio said in a post. The Montreal studio had faced thousands of negative reviews on Steam. Valve, which runs Steam, did not comment.""", {"Pinewood Forge", "Valve"}),
("""Insurer Baltica walks back claims app mandate

Lithuanian insurer Baltica Draudimas has walked back a rule that customers file claims only through its app. Customers over 70 can again phone in claims, the company said. Lithuania's central bank had questioned the rule.""", {"Baltica Draudimas"}),
("""Fashion label Marisol restores returns window

Marisol, the Mexico City fashion label, has restored its 60-day returns window after halving it in January. Co-founder Daniela Ochoa said in an Instagram post that the shorter window had "hurt trust". Marisol sells through its own shops and through Liverpool, the department store chain.""", {"Marisol", "Liverpool"}),
("""Kenyan lender Imara drops loan fee

Imara Bank said on Tuesday it had dropped a 1% processing fee on small-business loans. The Nairobi-based lender had introduced the fee in October. The Central Bank of Kenya had asked lenders to justify such charges. Equity Bank and KCB, the country's largest lenders, do not charge a similar fee.""", {"Imara Bank", "Equity Bank", "KCB"}),
("""Danish shipping group Nordhav backtracks on office closure

COPENHAGEN — Nordhav Shipping has backtracked on plans to close its Aarhus office, after staff representatives objected. The group had wanted to move 120 jobs to Copenhagen. Maersk, the country's biggest shipping company, is not affected.""", {"Nordhav Shipping", "Maersk"}),
("""Opinion: Tallow's U-turn shows the limits of surveillance

When Tallow announced in March that it would track employees' keystrokes, the software company said it was about productivity. Six weeks later, the tracking is gone. Tallow's chief executive, Ben Okoro, now says the tool "sent the wrong message". Other employers should take note. Kappa Systems, which sells the tracking software, said demand was still strong.""", {"Tallow", "Kappa Systems"}),
("""Cafe chain Bramble brings back loyalty stamps

Bramble Coffee is bringing back paper loyalty cards, eight months after switching to an app-only scheme. "Our regulars told us loud and clear," said Ellie Marsh, Bramble's head of marketing. The Bristol-based chain has 85 cafes.""", {"Bramble Coffee"}),
("""Airline Sunvale cancels carry-on fee

Sunvale Airways has cancelled a planned fee for cabin bags, days after announcing it. The South African carrier said it had "got this wrong". FlySafair and Airlink, which compete on domestic routes, said they had no plans to charge for cabin bags.""", {"Sunvale Airways", "FlySafair", "Airlink"}),
("""Indian IT firm Vishwa halts bench policy

Vishwa Infotech has halted a policy of letting go staff who spend more than 35 days without a project, after employees protested outside its Pune campus. The Bengaluru-based outsourcer employs 48,000 people. Nascent Information Technology Employees Senate, a union, called the policy "inhuman".""", {"Vishwa Infotech"}),
("""Telecom operator Andes Movil restores unlimited plan

Andes Movil, Peru's third-largest mobile operator, has restored its unlimited data plan, which it withdrew in February. General manager Ricardo Paredes said demand had been "far higher than we expected". Claro and Movistar offer similar plans.""", {"Andes Movil", "Claro", "Movistar"}),
("""Newsletter: The Workplace Week

Good morning. Three reversals this week. First, Quayside Logistics has dropped its plan to track drivers' eye movements. Second, Corvid Health paused a hiring freeze. Third, Lantern Media has scrapped its office quota. Quayside said it would consult drivers first.""", {"Quayside Logistics", "Corvid Health", "Lantern Media"}),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLES, ids=range(len(ARTICLES)))
def test_companies_of_unseen_short_articles(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert set(ingest(tmp_path, text)["companies"]) == expected


# A third probe, written and scored like the second (companies F1 0.750 before the rules it
# led to). Two lists of firms nothing in the text calls firms ("Loblaw and Sobeys were not
# affected") are still missed: known limits, kept here so that fixing them shows.
MORE_ARTICLES = [
("""Live: Retail results day

09:12 — Thornbury reports first-half sales up 4%. The department store group also confirms it has scrapped its plan to charge for click-and-collect.
09:40 — Shares in Thornbury up 6% in early trading.
10:05 — Over at Greyfield Homes, the housebuilder has kept its dividend unchanged.""", {"Thornbury", "Greyfield Homes"}),
("""Q&A: "We moved too fast"

Anja Koller runs people operations at Steinbach Logistik, the Austrian freight firm that reversed its office rule in May.
Q: Why did Steinbach change course?
A: We lost twelve drivers' dispatchers in a month. That was the signal.""", {"Steinbach Logistik"}),
("""Summit drops price rise after backlash

Summit, the Norwegian outdoor-gear retailer, has dropped a 10% price rise on its own-brand jackets. The chain's customers had threatened a boycott. Summit's boss Kari Nygaard said the company "misjudged the mood".""", {"Summit"}),
("""Dutch bank Vanderlinde rethinks branch closures

Vanderlinde said on Wednesday it would keep 14 branches open that it had planned to close this year. The Utrecht-based bank had faced criticism from elderly customers and from ING, which said banks had a duty to serve cash users. Vanderlinde's chief executive Pieter de Waal said the decision was final.""", {"Vanderlinde", "ING"}),
("""Kettle & Crumb pauses app-only ordering

Kettle & Crumb has paused a move to app-only ordering at its 60 bakeries after regulars complained. A spokesperson for the chain said tills would remain. The bakery chain, owned by private equity group Larchmont Partners, had hoped to cut queues.""", {"Kettle & Crumb", "Larchmont Partners"}),
("""Vietnamese e-commerce firm Sendo scraps seller fee

HANOI — Sendo has scrapped a new fee on sellers after thousands threatened to leave the platform. Shopee and Lazada, the market's largest players, charge similar fees. Sendo did not say whether the fee would return.""", {"Sendo", "Shopee", "Lazada"}),
("""Brazilian fintech Pagora walks back card fee

São Paulo-based Pagora has walked back a monthly fee on its debit card, a week after introducing it. Pagora's founder, Thiago Mendes, apologised in a video. The central bank has been tightening rules on fees.""", {"Pagora"}),
("""Orchard Telecom restores landline support

Orchard Telecom will again offer landline repairs in rural Wales, reversing a decision to end the service. Ofcom, the regulator, had written to Orchard about the change. Orchard competes with BT and Virgin Media O2.""", {"Orchard Telecom", "BT Group", "Virgin Media O2"}),
("""Mining group Kestrel Ridge halts relocation plan

Kestrel Ridge Resources has halted its plan to move its head office from Perth to Singapore. The company said it had listened to shareholders. BHP and Rio Tinto are both headquartered in Melbourne and London.""", {"Kestrel Ridge Resources", "BHP", "Rio Tinto"}),
("""Turkish carrier Anadolu Jet ends seat-selection fee

Anadolu Jet has ended charging passengers for seat selection on domestic flights, the low-cost airline said. Pegasus, its main competitor, still charges for seats. The change takes effect on Monday.""", {"Anadolu Jet", "Pegasus"}),
("""Swiss watchmaker Lindt & Brandt reverses job cuts

Lindt & Brandt Horlogerie will not cut 200 jobs at its Biel workshop after all, the watchmaker said on Friday. The union Unia said workers were relieved. The company had blamed weak demand in China.""", {"Lindt & Brandt Horlogerie"}),
("""Meridian shelves four-day office week

Meridian Health Partners has shelved its requirement that staff work in the office four days a week. Employees at the Atlanta-based hospital operator had signed a petition. Dr Susan Blake, Meridian's chief medical officer, said the decision was welcome.""", {"Meridian Health Partners"}),
("""Saudi retailer Nakheel Mart restores cash payments

Nakheel Mart has restored cash payments at its 90 stores in Riyadh and Jeddah after a two-month card-only trial. The grocer said older customers had struggled. Rival Tamimi Markets never dropped cash.""", {"Nakheel Mart", "Tamimi Markets"}),
("""Bookshop chain Paperleaf drops loyalty expiry

Paperleaf will no longer let loyalty points expire after 12 months, the bookseller said. Members had complained on social media. Waterstones, the UK's largest bookseller, has no expiry on its Plus points.""", {"Paperleaf", "Waterstones"}),
("""Greek ferry operator Aegean Lines cancels fuel surcharge

Aegean Lines has cancelled a fuel surcharge it added in March, after the Greek competition commission opened an inquiry. Blue Star Ferries, which operates on many of the same routes, said its fares were unchanged.""", {"Aegean Lines", "Blue Star Ferries"}),
("""Korean gaming firm Nexora reverses loot-box change

Nexora has reversed a change to loot-box odds in its hit game Starfall Legends after players protested outside its Pangyo headquarters. The Seongnam-based developer apologised. Nexon and NCSoft have faced similar protests in the past.""", {"Nexora", "Nexon", "NCSoft"}),
("""Irish dairy co-op Glenmore restores milk price

Glenmore Co-operative has restored the price it pays farmers for milk to 48 cent a litre, reversing a cut made in April. The Irish Farmers' Association welcomed the move. Lakeland Dairies and Tirlán are expected to announce their prices next week.""", {"Glenmore Co-operative", "Lakeland Dairies", "Tirlán"}),
("""Indian food-delivery app Thali reinstates tips

Thali has reinstated tipping for delivery riders, weeks after removing the option. The Hyderabad startup said riders' earnings had dropped. Swiggy and Zomato both allow tips.""", {"Thali", "Swiggy", "Zomato"}),
("""Canadian grocer Northwind Foods scraps shrinkflation pack

Northwind Foods has scrapped a smaller pack of its own-brand cereal after shoppers noticed the change. The Calgary grocer said the old pack would return. Loblaw and Sobeys were not affected.""", {"Northwind Foods", "Loblaw", "Sobeys"}),
("""Ghanaian telco Volta Mobile drops data tax pass-through

Volta Mobile said it would no longer pass a new data tax on to customers, reversing a decision announced last week. The Accra-based operator said it would absorb the cost. MTN Ghana, the market leader, has not said whether it will do the same.""", {"Volta Mobile", "MTN Ghana"}),
]

# a fourth probe, roundups and wire copy (companies F1 0.743 before the rules it led to)
MORE_ARTICLES += [
("""Three companies reversed course this week

It was a week of climbdowns. Brindle, the Sheffield cutlery maker, restored the final-salary pension it had closed to new staff. In Lagos, Okeke Motors dropped a plan to cut drivers' commission after a two-day strike. And Marchetti, an Italian coffee roaster, put its price rise on hold. "We heard our customers," said Giulia Marchetti, the founder's granddaughter, who now runs the firm.""", {"Brindle", "Okeke Motors", "Marchetti"}),
("""Sutherland Water backs down on meter charge

Sutherland Water will no longer charge customers for replacing faulty meters, the utility said on Tuesday, after the water regulator Ofwat asked questions. About 12,000 households had been billed. Consumer Council for Water chair Emma Clarke said refunds should be automatic.""", {"Sutherland Water"}),
("""Rio retailer Casa Bonita drops 'no returns' rule

RIO DE JANEIRO — Casa Bonita, a Brazilian homeware chain with 140 stores, has dropped a rule barring returns on sale items, after Procon-RJ opened an inquiry. The company's chief executive, Fernanda Lima, said the rule was "a mistake". Tok&Stok and Etna, rival chains, have similar policies under review.""", {"Casa Bonita", "Tok&Stok", "Etna"}),
("""Why Ludlow Bank restored branch opening hours

For most of last year, Ludlow Bank's 40 branches opened only three days a week. From Monday, they will open five. The building society-turned-bank said footfall had recovered. Ludlow's chief executive, Robert Fenwick, declined to be interviewed.""", {"Ludlow Bank"}),
("""Ryokan chain Hanamizuki ends cancellation penalty

Hanamizuki, which runs 28 traditional inns across Japan, has ended a penalty for cancellations made within a week of arrival. The Kyoto-based chain said foreign guests had found the rule confusing. Hoshino Resorts has no such penalty.""", {"Hanamizuki", "Hoshino Resorts"}),
("""Accountants' union wins reversal at Pemberton Lowe

Pemberton Lowe, one of Scotland's largest accountancy firms, has reversed a decision to cut trainee salaries by 8%. The firm's managing partner, Colin Baird, said the cut "sent the wrong signal". ICAS, the professional body, had raised concerns.""", {"Pemberton Lowe"}),
("""Fresh & Easy Mart restores free delivery threshold

Fresh & Easy Mart has restored its £40 free-delivery threshold after raising it to £60 in February. Shoppers on Mumsnet had called for a boycott. The online grocer is owned by Seaview Capital.""", {"Fresh & Easy Mart", "Seaview Capital"}),
("""Shipping line Caspian Star suspends surcharge

DUBAI — Caspian Star Line has suspended a congestion surcharge on Gulf routes, days after it took effect. Customers including Al Futtaim and Lulu Hypermarkets had protested. The line said port delays had eased.""", {"Caspian Star Line", "Al Futtaim", "Lulu Hypermarkets"}),
("""Tyre maker Grenwald walks back dealer rule

Grenwald, the German tyre maker, has walked back a rule that dealers sell only its own brands. Dealers in Bavaria had threatened to sue. Continental and Michelin, its larger competitors, have no such rule.""", {"Grenwald", "Continental", "Michelin"}),
pytest.param("""Sydney startup Koala Pay reinstates interest on savings

Koala Pay has reinstated interest on its savings accounts after cutting it to zero in March. The Sydney-based fintech's co-founder, Liam O'Brien, said rival neobanks had "forced our hand". Up and ING Australia both pay higher rates.""", {"Koala Pay", "Up", "ING Australia"},
 marks=pytest.mark.xfail(strict=True, reason="a firm named 'Up'; a known firm's country unit")),
]

# a fifth probe: features, interviews, title-case headlines (F1 0.895 before its rules)
MORE_ARTICLES += [
("""Fernhill Reverses Course On Weekend Delivery Fees

Fernhill Grocers said on Friday it would drop the £2 weekend delivery charge it introduced in June. The Yorkshire grocer said sales had fallen. Ocado and Tesco do not charge extra at weekends.""", {"Fernhill Grocers", "Ocado", "Tesco"}),
pytest.param("""The reversal nobody expected

When the board of Aurelian Insurance voted in January to cut staff pensions, few expected a retreat. On Thursday the Dublin insurer did just that. Aurelian's chief executive, Siobhan Keane, said the board had "got it wrong". Zurich and Aviva, its larger rivals, have not cut pensions.""", {"Aurelian Insurance", "Zurich", "Aviva"},
 marks=pytest.mark.xfail(strict=True, reason="a firm named like a city, in a list")),
("""Wellington-based Kōwhai Energy drops exit fee

Kōwhai Energy has scrapped the $150 exit fee it charged customers who switched supplier. The New Zealand power retailer said the Electricity Authority had asked questions. Mercury and Genesis Energy do not charge exit fees.""", {"Kōwhai Energy", "Mercury", "Genesis Energy"}),
("""Bakery chain Crumb & Co halts price rise

Crumb & Co has halted a 5% rise in the price of its bread, a week after customers noticed it. The 40-shop chain, based in Cork, said costs had eased. Its owner, Hollybrook Holdings, backed the decision.""", {"Crumb & Co", "Hollybrook Holdings"}),
("""Mexican airline Aerolíneas Sol reinstates free checked bag

Aerolíneas Sol will again include a checked bag in its basic fare from July, the low-cost carrier said, reversing a change made in January. Volaris and Viva Aerobus charge for checked bags.""", {"Aerolíneas Sol", "Volaris", "Viva Aerobus"}),
("""Interview: the man who scrapped Orbison's office mandate

Dev Malhotra joined Orbison Software as chief operating officer in March. Within weeks he had scrapped the firm's five-day office rule. "It was costing us engineers," Malhotra told us.""", {"Orbison Software"}),
("""Cleaning firm Spotless Group restores sick pay

Spotless Group has restored sick pay for its 3,000 contract cleaners after the GMB union threatened legal action. The Manchester firm had cut sick pay to the statutory minimum in March. Mitie and ISS, its competitors, pay more.""", {"Spotless Group", "Mitie", "ISS"}),
("""Taiwanese chipmaker Formosa Micro pauses overseas transfers

Formosa Micro has paused plans to transfer 300 engineers to its new plant in Arizona, the Hsinchu-based chipmaker said. Engineers had complained about the terms. TSMC has faced similar complaints.""", {"Formosa Micro", "TSMC"}),
]

# a sixth probe, scored once before any change for it: companies F1 0.927 (main's rules then
# scored 0.976: 'Thistle Inns U-turns' taken from a headline, 'retailers including John Lewis'
# taken for a person), 1.000 after the two fixes
MORE_ARTICLES += [
("""Hungarian bank Duna Hitel halts branch closures

Duna Hitel has halted the closure of 25 rural branches, the Budapest lender said on Tuesday, after pensioners' groups protested. OTP Bank, the country's biggest lender, said it was not planning closures. Duna Hitel's chief executive, Gábor Kiss, said the branches would stay open "for the foreseeable future".""", {"Duna Hitel", "OTP Bank"}),
("""Pub group Thistle Inns U-turns on card-only bars

Thistle Inns has backed down on plans to make its 120 Scottish pubs card-only. The Edinburgh-based group said regulars had complained. Greene King and Stonegate, which run more pubs, still take cash everywhere.""", {"Thistle Inns", "Greene King", "Stonegate"}),
("""Solar installer Brightfield reinstates price guarantee

Brightfield Solar will again guarantee its quoted prices for 90 days, the installer said, reversing a change made in the spring. Homeowners had complained to Trading Standards. Rival installer Sunbeam Renewables never dropped its guarantee.""", {"Brightfield Solar", "Sunbeam Renewables"}),
("""Philippine conglomerate Magsaysay Holdings drops hiring freeze

MANILA — Magsaysay Holdings has lifted a hiring freeze across its shipping and property units, eight months after imposing it. President Carlo Reyes told analysts the freeze had "done its job". Ayala Corporation and SM Investments did not impose freezes.""", {"Magsaysay Holdings", "Ayala Corporation", "SM Investments"}),
("""Streaming service Flickbox brings back shared accounts

Flickbox is bringing back account sharing for subscribers in the same city, a year after banning it. The Stockholm-based streaming service said churn had risen. Netflix, which cracked down on sharing in 2023, declined to comment.""", {"Flickbox", "Netflix"}),
("""Egyptian ride-hailing firm Swvl-rival Tawsila cancels surge cap

CAIRO — Tawsila has cancelled a cap on surge pricing after drivers threatened to log off. The app, which operates in Cairo and Alexandria, said drivers' earnings had fallen. Uber and Careem compete in both cities.""", {"Tawsila", "Uber", "Careem"}),
("""Law firm Ashdown Pryor reverses associate pay cut

Ashdown Pryor has reversed a 5% pay cut for junior associates, the City law firm said in an internal email. The Law Society had criticised the cut. Clifford Chance and Linklaters raised associate pay last year.""", {"Ashdown Pryor", "Clifford Chance", "Linklaters"}),
("""Toy maker Little Otter pauses price rise

Little Otter Toys has paused a 12% price rise on its wooden toys ahead of Christmas. The Devon company said retailers including John Lewis and Hamleys had pushed back. Founder Clara Hughes said the rise would be reviewed in January.""", {"Little Otter Toys", "John Lewis", "Hamleys"}),
]

# a seventh probe, scored once before any change for it: companies F1 0.897 (main's rules
# 0.714); 'Bolt and Wise, both founded in Estonia, offer' was then read. Reddit, named only as
# where a backlash happened, is no company of the story: the labelled set (batch 8) leaves out
# "platforms used only as a venue".
MORE_ARTICLES += [
("""Estonian startup Veskimets scraps unlimited-leave policy reversal

Veskimets, a Tallinn software company, has restored its unlimited-leave policy, three months after capping holidays at 30 days. Chief executive Mart Tamm said staff had used less leave under the cap, not more. Bolt and Wise, both founded in Estonia, offer fixed allowances.""", {"Veskimets", "Bolt", "Wise"}),
("""Hotel group Alcázar backtracks on resort fee

Alcázar Hoteles has backtracked on a €15 nightly resort fee at its 22 Spanish hotels after travel agents complained. The Seville-based group said the fee would be folded into room rates. Meliá and NH Hotels said they had no plans to add such fees.""", {"Alcázar Hoteles", "Meliá", "NH Hotels"}),
("""Nigerian bank Sterling Harbour restores ATM fee waiver

Sterling Harbour Bank has restored free withdrawals at other banks' ATMs for customers with balances under ₦50,000. The Lagos lender had ended the waiver in January. Access Bank and GTBank charge after three withdrawals a month.""", {"Sterling Harbour Bank", "Access Bank", "GTBank"}),
("""Robot vacuum maker Dustlane pauses subscription plan

Dustlane will not go ahead with a monthly subscription for its app's mapping features, the robot vacuum maker said after a backlash on Reddit. The Shenzhen company's rival Roborock charges nothing for the features.""", {"Dustlane", "Roborock"}),
("""Care home operator Willowmere rehires night staff

Willowmere Care has rehired 40 night-shift carers it made redundant in March, after inspectors from the Care Quality Commission raised concerns. The operator runs 31 homes in the Midlands. Its chairman, Sir Anthony Bray, apologised to families.""", {"Willowmere Care"}),
("""Fintech Lendly walks back 'buy now, pay later' fee

Lendly has walked back a £5 late fee introduced last month, the buy-now-pay-later firm said. Its customers, many of them students, had complained to the Financial Ombudsman Service. Klarna and Clearpay charge late fees too.""", {"Lendly", "Klarna", "Clearpay"}),
]


@pytest.mark.parametrize(("text", "expected"), MORE_ARTICLES, ids=range(len(MORE_ARTICLES)))
def test_companies_of_more_unseen_articles(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert set(ingest(tmp_path, text)["companies"]) == expected


# Precision: stories about councils, festivals, ministers, hospitals, clubs, universities,
# regulators and products, which name no firm or one (companies P 0.400 before the rules this
# probe led to). Sports clubs count as companies, as the labelled set counts them.
NO_FIRM_ARTICLES = [
("""Council reverses parking charge

Harrowby Council has reversed its decision to charge for parking on Sundays. Councillor Meera Osei said residents had made their views clear. The charge would have applied in Market Street and near St Anne's Church.""", set()),
("""Festival drops ticket fee

The Lumen Festival has dropped a booking fee after complaints. Organiser Tomás Reid said the festival, held each August in Galway, would absorb the cost. The Arts Council funds part of the event.""", set()),
("""Minister backtracks on levy

Finance Minister Adaeze Nwosu has backtracked on a proposed levy on mobile transfers. The Treasury said the Finance Bill would be amended. Opposition leader Kwesi Boateng called the climbdown "overdue".""", set()),
("""Hospital restores visiting hours

St Columba's Hospital has restored evening visiting hours, which it cut during the winter. Chief nurse Ruth Okwu said patients had missed their families. The Health Service Executive backed the change.""", set()),
("""Club scraps away-ticket rise

Dunmore Athletic have scrapped a rise in away-ticket prices after fans protested at Saturday's game against Kilbride United. Chairman Alan Reilly said the board had listened. The Supporters' Trust welcomed the U-turn.""", {"Dunmore Athletic"}),
("""Vantor drops plan after Hurricane Elena

Vantor Logistics has dropped its plan to close its Gulfport depot, which was damaged by Hurricane Elena last year. Mayor Denise Carter said the city had lobbied hard. The depot handles freight for the Port of Gulfport.""", {"Vantor Logistics"}),
("""University pauses fee rise

Northfield University has paused a rise in fees for international students. Vice-chancellor Prof Helen Abara said the Office for Students had been informed. The National Union of Students welcomed it.""", set()),
("""App maker reverses dark-mode paywall

Quillfeather has reversed its decision to put dark mode behind a paywall in version 4.2 of its Inkwell notes app. Users of Inkwell Pro were unaffected. The company said Apple's App Store reviewers had not been involved.""", {"Quillfeather", "Apple"}),
("""Broadcaster reverses decision on Sunday Night Live

Pendle Broadcasting has reversed its decision to cancel Sunday Night Live, its long-running comedy show. Presenter Sam Adeyemi thanked viewers. The show will return in September on Pendle One.""", {"Pendle Broadcasting"}),
("""Regulator drops proposed cap

The Energy Regulation Board has dropped a proposed cap on standing charges. Chief executive Ifeanyi Obi said the Board would consult again. Consumer group Fair Energy Now said it was disappointed.""", set()),
("""Tessaro scraps bonus cut after Black Friday sales

Tessaro has scrapped a planned cut to staff bonuses after strong Black Friday and Cyber Monday sales. The retailer told staff in a memo on Thursday. Trade union Usdaw said members were relieved.""", {"Tessaro"}),
("""Kestrel Drones restores warranty

Kestrel Drones has restored its two-year warranty on the Falcon X2 and Osprey Mini models. The Bristol company had cut the warranty to one year in January. The Civil Aviation Authority was not involved.""", {"Kestrel Drones"}),
]


@pytest.mark.parametrize(("text", "expected"), NO_FIRM_ARTICLES, ids=range(len(NO_FIRM_ARTICLES)))
def test_no_company_invented(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert set(ingest(tmp_path, text)["companies"]) == expected


# (seed text without header lines, the outlet that published it)
SOURCES = [
    ("THE HARBOUR GAZETTE\n\nVantor drops its parking fee\n\nVantor has dropped the fee.",
     "The Harbour Gazette"),
    ("Vantor drops its parking fee\n\nBy Ana Souza | The Harbour Gazette\n\nVantor has dropped "
     "the fee, Bloomberg reported.", "The Harbour Gazette"),
    ("Vantor drops its parking fee\n\nOSLO, March 3 (Reuters) - Vantor has dropped the fee, "
     "the Harbour Gazette reported.", "Reuters"),
    ("Vantor drops its parking fee\n\nVantor has dropped the fee.\n\n© 2026 The Harbour Gazette",
     "The Harbour Gazette"),
    ("Vantor drops its parking fee\n\nVantor has dropped the fee.\n\nReporting by Ana Souza "
     "for Lisbon Ledger; editing by Tom Reyes", "Lisbon Ledger"),
    ("Vantor drops its parking fee\n\nVantor has dropped the fee, according to Bloomberg. "
     "Vantor confirmed the change to The Verge.", "The Verge"),
    ("Vantor drops its parking fee\n\nVantor has dropped the fee, as first reported by The "
     "Information. Vantor did not respond to Fast Company's request for comment.",
     "Fast Company"),
    ("Vantor drops its parking fee\n\nVantor has dropped the fee.\n\nThis article originally "
     "appeared in Lisbon Ledger.", "Lisbon Ledger"),
    ("Vantor drops its parking fee\n\n[Translated from Norwegian. Original published by "
     "Handelsposten on 3 March 2026.]\n\nVantor has dropped the fee.", "Handelsposten"),
    ("Vantor drops its parking fee\n\nVantor has dropped the fee, Reuters reported.\n\n"
     "Printed 2026-03-04 by The Harbour Gazette", "The Harbour Gazette"),
    ("Vantor drops its parking fee\n\nVantor has dropped the fee, Bloomberg reported.\n\n"
     "The Harbour Gazette", "The Harbour Gazette"),
    ("Vantor drops its parking fee\n\nVantor has dropped the fee, Reuters reported.\n\n"
     "Voice of Commerce", "Voice of Commerce"),
    ("Vantor drops its parking fee\n\nVantor has dropped the fee, Reuters reported.\n\n"
     "Ana Souza writes about work.\n\nAna Souza", "Reuters"),
    ("Vantor drops its parking fee\n\nVantor has dropped the fee. Vantor did not respond to "
     "Harbour Gazette's request for comment.", "Harbour Gazette"),
    ("Vantor drops its parking fee\n\nNEW YORK (AP) — Vantor has dropped the fee.",
     "AP"),
    # a second probe, scored before the rules it led to (6 of 14 right then)
("Vantor drops fee\n\nVantor has dropped the fee.\n\nThis story was produced by The Lisbon Ledger's business desk.", "The Lisbon Ledger"),
("Vantor drops fee\n\nVantor has dropped the fee, a spokesperson told The Harbour Gazette on Monday.", "The Harbour Gazette"),
("Vantor drops fee\n\nVantor has dropped the fee, Reuters reported on Monday, citing a memo.\n\n(c) 2026 Northgate Media Group. All rights reserved.", "Northgate Media Group"),
("Vantor drops fee\n\nWritten by Ana Souza\nHarbour Gazette staff writer\n\nVantor has dropped the fee.", "Harbour Gazette"),
("Vantor drops fee\n\nVantor has dropped the fee.\n\nSubscribe to the Harbour Gazette's daily newsletter for more business news.", "Harbour Gazette"),
("Vantor drops fee\n\nVantor has dropped the fee, according to a report by Bloomberg.\n\nSource: Harbour Gazette", "Harbour Gazette"),
("Vantor drops fee - Harbour Gazette\n\nVantor has dropped the fee.", "Harbour Gazette"),
("Vantor drops fee\n\nVantor has dropped the fee, Vantor said in a statement to The Lisbon Ledger.", "The Lisbon Ledger"),
("Vantor drops fee\n\nVantor has dropped the fee. The Wall Street Journal first reported the change last week.\n\nAnna Keller reports on retail for the Harbour Gazette.", "Harbour Gazette"),
("Vantor drops fee\n\nVantor has dropped the fee. Reached by the Harbour Gazette, a spokesperson confirmed it.", "Harbour Gazette"),
("Vantor drops fee\n\nVantor has dropped the fee.\n\nhttps://www.theguardian.com/business/2026/mar/04/vantor-fee", "The Guardian"),
("Vantor drops fee\n\nFrankfurt (dpa) - Vantor has dropped the fee.", "dpa"),
("Vantor drops fee\n\nLONDON (Bloomberg) -- Vantor has dropped the fee.", "Bloomberg"),
("Vantor drops fee\n\nVantor has dropped the fee, Vantor told Harbour Gazette.", "Harbour Gazette"),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES, ids=range(len(SOURCES)))
def test_sources_of_unseen_articles(tmp_path: Path, text: str, expected: str) -> None:
    assert ingest(tmp_path, text)["source"] == expected


# (seed text without a date header, the date the publisher printed)
DATES = [
    ("Vantor drops its parking fee\n\nPublished 4th Mar 2026, 09:15 GMT\n\nVantor has dropped "
     "the fee.", "2026-03-04"),
    ("Vantor drops its parking fee\n\nBy Ana Souza | March 3, 2026\n\nVantor has dropped the "
     "fee.", "2026-03-03"),
    ("Vantor drops its parking fee\n\nOSLO, 3 March 2026 – Vantor has dropped the fee.",
     "2026-03-03"),
    ("Vantor drops its parking fee\n\nTuesday 3 March 2026\n\nVantor has dropped the fee.",
     "2026-03-03"),
    ("Vantor drops its parking fee\n\nVantor has dropped the fee.\n\nPublished 5 March 2026",
     "2026-03-05"),
    ("Vantor drops its parking fee\n\n[Translated from Norwegian. Original published by "
     "Handelsposten on 3 March 2026.]\n\nVantor has dropped the fee.", "2026-03-03"),
    ("Vantor drops its parking fee\n\nVantor has dropped the fee, Reuters reported.\n\n"
     "Printed 2026-03-04 by The Harbour Gazette", "2026-03-04"),
    ("Vantor drops its parking fee\n\nMarch 3rd, 2026\n\nVantor has dropped the fee.",
     "2026-03-03"),
    # a second probe, scored before the rule it led to (9 of 10 right then)
("Vantor drops fee\n\nMarch 4, 2026 at 9:15 a.m. ET\n\nVantor has dropped the fee.", "2026-03-04"),
("Vantor drops fee\n\nPosted on 4th March 2026 by Ana Souza\n\nVantor has dropped the fee.", "2026-03-04"),
("Vantor drops fee\n\nBy Ana Souza, 4 March 2026\n\nVantor has dropped the fee.", "2026-03-04"),
("Vantor drops fee\n\nLast updated 6 March 2026; first published 4 March 2026\n\nVantor has dropped the fee.", "2026-03-04"),
("Vantor drops fee\n\nWednesday, March 4, 2026 — Vantor has dropped the fee.", "2026-03-04"),
("Vantor drops fee\n\n4 Mar 2026 | 3 min read\n\nVantor has dropped the fee.", "2026-03-04"),
("Vantor drops fee\n\nOSLO, March 4 (Reuters) - Vantor has dropped the fee it introduced in January 2026.", "2026-03-04"),
("Vantor drops fee\n\nVantor has dropped the fee.\n\nThis article was first published on 4 March 2026.", "2026-03-04"),
("Vantor drops fee\n\nMar. 4, 2026\n\nVantor has dropped the fee.", "2026-03-04"),
("Vantor drops fee\n\n2026-03-04\n\nVantor has dropped the fee.", "2026-03-04"),
]


@pytest.mark.parametrize(("text", "expected"), DATES, ids=range(len(DATES)))
def test_dates_of_unseen_articles(tmp_path: Path, text: str, expected: str) -> None:
    assert str(ingest(tmp_path, text, dated=False)["date"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vantor drops its parking fee\n\nVantor has dropped the fee.",
        "Vantor drops fee\n\nAna Souza | 04/03/2026\n\nVantor has dropped the fee.",  # 4 March or 3 April
        "Vantor drops fee\n\nVantor has dropped the fee it introduced on 12 January 2026.",
    ],
)
def test_an_undated_article_waits_for_an_editor(tmp_path: Path, text: str) -> None:
    meta = ingest(tmp_path, text, dated=False)
    assert meta["draft"] is True
    assert any("no date in the article" in reason for reason in meta["review"])


# (seed text, the headline)
TITLES = [
    ("Vantor drops its parking fee | The Harbour Gazette\n\nVantor has dropped the fee.",
     "Vantor drops its parking fee"),
    ("FOR IMMEDIATE RELEASE\n\nBrightline Restores Overtime Pay\n\nLONDON, 3 March 2026 -- "
     "Brightline Ltd today announced that it would restore overtime pay.",
     "Brightline Restores Overtime Pay"),
    ("UPDATE 2-Vantor drops its parking fee\n\nVantor has dropped the fee.",
     "Vantor drops its parking fee"),
    ("[Translated from Norwegian.]\n\nVantor drops its parking fee\n\nVantor has dropped the "
     "fee.", "Vantor drops its parking fee"),
    # a second probe, scored before the rules it led to (3 of 7 right then)
("EXCLUSIVE\n\nVantor drops its parking fee\n\nVantor has dropped the fee.", "Vantor drops its parking fee"),
("Vantor drops its parking fee — The Harbour Gazette\n\nVantor has dropped the fee.", "Vantor drops its parking fee"),
("BREAKING: Vantor drops its parking fee\n\nVantor has dropped the fee.", "Vantor drops its parking fee"),
("Opinion | Vantor's U-turn is a lesson\n\nVantor has dropped the fee.", "Vantor's U-turn is a lesson"),
("Vantor drops its parking fee\nStaff had complained for months\n\nVantor has dropped the fee.", "Vantor drops its parking fee"),
("PRESS RELEASE\n\nVantor Restores Free Parking for Staff\n\nVantor today announced it has restored free parking.", "Vantor Restores Free Parking for Staff"),
("Home > Business > Retail\n\nVantor drops its parking fee\n\nVantor has dropped the fee.", "Vantor drops its parking fee"),
]


@pytest.mark.parametrize(("text", "expected"), TITLES, ids=range(len(TITLES)))
def test_titles_of_unseen_articles(tmp_path: Path, text: str, expected: str) -> None:
    assert ingest(tmp_path, text)["title"] == expected


def test_a_name_seen_once_as_a_speaker_waits_for_an_editor(tmp_path: Path) -> None:
    """ "Kopa said" alone could be a firm or a person: the entry asks, and stays a draft."""
    meta = ingest(tmp_path, "Vantor drops its fee\n\nVantor has dropped its parking fee. "
                  "Vantor said staff had complained. Kopa said it would follow.")
    assert meta["companies"] == ["Vantor", "Kopa"]
    assert meta["draft"] is True
    unsure = [r for r in meta["review"] if r.startswith("unsure whether")]
    assert unsure == ["unsure whether 'Kopa' is a company: named once, and only as one that "
                      "speaks or acts; delete it from companies if it is not"]


def test_a_firm_the_text_describes_needs_no_review(tmp_path: Path) -> None:
    meta = ingest(tmp_path, "Kopa drops its fee\n\nKopa, the Nairobi lender, has dropped its "
                  "fee on small transfers.")
    assert meta["companies"] == ["Kopa"]
    assert not any(r.startswith("unsure whether") for r in meta.get("review", []))
