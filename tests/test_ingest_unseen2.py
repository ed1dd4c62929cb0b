"""A second, fresh probe of what ingest makes of articles it has never seen.

Written in one sitting before the rules it led to, and scored once before any of them (the
pass count is in the commit that added it). Every passage is made up: the firms are in no
gazetteer and are named the ways wire copy, trade press, press releases, live blogs, Q&As and
machine paraphrase name them: legal suffixes from many countries, "Tokyo-based X", "X, the
Danish brewer,", tickers, possessives, "shares in X", "at X, staff", firms named like common
words or places, names only in the headline, ampersands, hyphens and capitals. Beside them are
the traps that are no firm: people and their surnames, places, ministries, regulators, unions,
products, cited outlets and analyst houses, job titles, sentence-initial words, headline case.
Each seed is a real file read by `seed_to_entry`, as `digest ingest` reads it.
"""

# ruff: noqa: E501 (the short articles below are prose, one paragraph a line)
from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from tests.probe_support import ingest_page, ingest_seed, known_failures

# Every probe seed's `Date:` line, unless a case asks for none.
ingest = partial(ingest_seed, date="2026-05-12")


# What this probe still finds wrong (ids into the lists below).
FAILING_COMPANIES: set[int] = {45}
FAILING_TRAPS: set[int] = set()
FAILING_SOURCES: set[int] = {7}
FAILING_DATES: set[int] = set()
FAILING_TITLES: set[int] = set()

# (article, the companies it reports on)
COMPANIES = [
# -- legal suffixes from many countries
("""Brewer Falkenstein halts price rise

Brauerei Falkenstein AG has halted a planned 8% rise in the price of its beer after Bavarian publicans threatened a boycott. The family-owned brewer said it would review costs in the autumn.""", {"Brauerei Falkenstein"}),
("""Swedish utility drops standing charge

Norrsken Energi AB has dropped a monthly standing charge it introduced for small customers in January. The Umeå-based utility said complaints to the Swedish Energy Markets Inspectorate had risen sharply.""", {"Norrsken Energi"}),
("""Kivijärvi Oyj reinstates remote work

Finnish forestry group Kivijärvi Oyj will again let office staff work from home two days a week, reversing a return-to-office order issued in February. Stora Enso and UPM have hybrid policies.""", {"Kivijärvi", "Stora Enso", "UPM"}),
("""Fratelli Orsini shelves plant closure

Fratelli Orsini S.p.A. has shelved a plan to close its pasta plant near Parma, the company said on Monday, after talks with regional officials. About 230 workers had faced redundancy.""", {"Fratelli Orsini"}),
("""Hoshimura pauses overseas transfer plan

Hoshimura KK has paused a plan to move its design team from Osaka to Singapore. The Japanese appliance maker said several senior engineers had threatened to resign.""", {"Hoshimura"}),
("""Bluegum Logistics reverses fuel levy

Bluegum Logistics Pty Ltd has reversed a fuel levy it added to parcel deliveries in March. The Melbourne courier said diesel prices had fallen. Australia Post and Toll did not add levies.""", {"Bluegum Logistics", "Australia Post", "Toll"}),
("""Dutch insurer Vandermeer scraps claims fee

Vandermeer Verzekeringen NV has scrapped an administration fee on small claims, the Rotterdam insurer said. The Dutch consumer association had called the fee unfair.""", {"Vandermeer Verzekeringen"}),
("""Ashcombe U-turns on dividend cut for staff shareholders

Ashcombe plc has reversed a decision to stop paying dividends on shares held in its employee trust. The Leeds engineering group said the trust's trustees had challenged the change.""", {"Ashcombe"}),
("""Norwegian salmon farmer drops sea-lice plan

Fjellstrand Havbruk ASA has dropped a plan to move its pens to deeper water off Tromsø after local fishermen objected. Mowi and SalMar have made similar moves elsewhere.""", {"Fjellstrand Havbruk", "Mowi", "SalMar"}),
("""Kessler Antriebe GmbH restores Christmas bonus

Kessler Antriebe GmbH will pay its Christmas bonus in full after all, the Stuttgart gearbox maker told workers on Thursday. IG Metall had threatened strikes over a planned halving of the payment.""", {"Kessler Antriebe"}),
("""Frenchtech firm Lumiane drops hiring freeze

Lumiane SAS has lifted a hiring freeze imposed in the spring, the Lyon software company said, citing new contracts. Its chief executive, Claire Dubreuil, said 60 engineers would be hired this year.""", {"Lumiane"}),
("""Danish shipping firm retreats on crew rota

Havbryn A/S has retreated from a rota change that would have kept crews at sea for eight weeks at a time. The Esbjerg-based operator said it would return to six-week rotations.""", {"Havbryn"}),
("""Oakridge Dynamics Inc. walks back badge tracking

Oakridge Dynamics Inc. has walked back a policy of tracking employees' office badge swipes. The Austin-based defense contractor said the data would be deleted.""", {"Oakridge Dynamics"}),
("""Castellan Corp. reverses price hike

Castellan Corp. (NYSE: CSTL) reversed a 12% price hike on its pool chemicals on Tuesday, sending its shares down 3%. Rival Pentair said it had no plans to raise prices.""", {"Castellan", "Pentair"}),
("""Grupo Serrano restores free shipping

Mexico City-based Grupo Serrano, S.A.B. de C.V., has restored free shipping on online orders above 499 pesos. The retailer had scrapped it in February.""", {"Grupo Serrano"}),
# -- descriptions, places, appositions
("""Tokyo-based Sakuragi scraps office quota

Sakuragi, the Tokyo-based maker of mobile games, has scrapped a rule that staff be in the office four days a week. Square Enix and Bandai Namco have looser rules.""", {"Sakuragi", "Square Enix", "Bandai Namco"}),
("""Skovgaard drops bottle deposit increase

Skovgaard, the Danish brewer, has dropped a plan to raise its bottle deposit. Carlsberg and Royal Unibrew, its larger rivals, have kept theirs unchanged.""", {"Skovgaard", "Carlsberg", "Royal Unibrew"}),
("""Korean retailer Haneul Mart restores 24-hour opening

SEOUL — Haneul Mart has restored 24-hour opening at 40 stores, a year after shortening their hours. The discount chain said night-time sales had recovered. Emart and Lotte Mart close at midnight.""", {"Haneul Mart", "Emart", "Lotte Mart"}),
("""Pinecrest Group backs down on pension change

Pinecrest Group has backed down on a change to its staff pension scheme. The Belfast-based hospitality business had planned to cut employer contributions from 8% to 5%.""", {"Pinecrest Group"}),
("""Okafor Holdings drops plan to delist

Okafor Holdings has dropped its plan to delist from the Nigerian Exchange. The Lagos conglomerate said minority shareholders had objected.""", {"Okafor Holdings"}),
("""Parent company pauses sale of Brisk

Tallow Brands, the parent company of energy-drink maker Brisk, has paused the sale of the unit. Tallow said offers had fallen short.""", {"Tallow Brands", "Brisk"}),
("""Helix Dynamics reinstates guidance

Helix Dynamics (NASDAQ: HLXD) has reinstated its full-year guidance, which it withdrew in April. The Boston-based maker of lab robots said orders had recovered.""", {"Helix Dynamics"}),
("""Ravenna scraps bonus clawback

Ravenna's chief executive, Paolo Greco, told staff on Monday that the bonus clawback introduced last year had been scrapped. The Milan fashion house had faced a legal challenge from its designers.""", {"Ravenna"}),
("""Shares in Corvid jump after fee reversal

Shares in Corvid rose 6% after the payments company reversed a fee on small merchants. Corvid had introduced the 0.5% fee in March.""", {"Corvid"}),
("""Bramble drops monitoring software

At Bramble, staff will no longer have their keystrokes logged. The London marketing agency dropped the monitoring software after a staff survey.""", {"Bramble"}),
("""Anchor restores staff discount

Anchor has restored a 25% staff discount it cut in January, the furniture retailer said. Anchor employs 4,000 people in 90 stores.""", {"Anchor"}),
("""Summit reverses cut to trainee pay

Summit, the Glasgow recruitment firm, has reversed a cut to trainee pay. Summit said the cut had made hiring harder.""", {"Summit"}),
("""Western Ridge Resources shelves mine expansion

Western Ridge Resources has shelved plans to expand its Kalgoorlie gold mine, citing opposition from traditional owners. Northern Star Resources and Evolution Mining operate nearby.""", {"Western Ridge Resources", "Northern Star Resources", "Evolution Mining"}),
("""Fairweather & Moss reverses office closure

Fairweather & Moss has reversed a decision to close its Bristol office. The accountancy firm said clients in the south-west had asked it to stay.""", {"Fairweather & Moss"}),
("""Baltic-Nordic Shipping pauses surcharge

Baltic-Nordic Shipping has paused a winter surcharge on freight between Gdynia and Helsinki. The Riga-based line said demand had weakened.""", {"Baltic-Nordic Shipping"}),
("""KORVA drops subscription for heated seats

KORVA, the Swedish electric-car brand, has dropped a monthly subscription for heated seats after buyers complained. KORVA said the feature would now be included free.""", {"KORVA"}),
("""Hewitt-Lang restores overtime rates

Hewitt-Lang, a Birmingham construction firm, has restored overtime rates it cut in February. The Unite union had balloted members for strikes.""", {"Hewitt-Lang"}),
("""Sunday trading plan dropped by Calloway's

Calloway's has dropped a plan to open its 30 department stores on Sunday mornings. The Irish retailer said staff had objected.""", {"Calloway's"}),
("""Energy-drink maker retreats on can size

Energy-drink maker Voltaro has retreated from a plan to shrink its cans. Voltaro's marketing chief said the company had "listened to fans".""", {"Voltaro"}),
# -- statements, reversals as subject, possessive, "shares of"
("""Wren Analytics drops four-day week trial

Wren Analytics said on Wednesday it was ending its four-day week trial early and would return to five days. The Cambridge data firm said productivity had slipped.""", {"Wren Analytics"}),
("""Granite Peak Insurance restores flood cover

Granite Peak Insurance has restored flood cover for 2,000 homes in Cumbria, reversing a decision to withdraw it. The insurer said new defences had lowered the risk.""", {"Granite Peak Insurance"}),
("""Sorrel pauses menu price rises

Sorrel, which runs 45 cafés across Ireland, has paused menu price rises planned for June. Its founder, Niamh Brady, said customers were stretched.""", {"Sorrel"}),
("""Marisco reverses ban on remote work

Marisco has reversed its ban on remote work. The Portuguese seafood exporter said it had lost too many staff to rivals.""", {"Marisco"}),
("""Delmont Foods scraps shrinkflation pack

Delmont Foods has scrapped a smaller pack of its tinned tomatoes. Delmont's customers had noticed the pack shrink from 400g to 360g.""", {"Delmont Foods"}),
("""Customers of Tideway Bank regain free transfers

Customers of Tideway Bank can once again make free international transfers, after the lender dropped a £3 fee it introduced in April.""", {"Tideway Bank"}),
("""Employees at Quarry Lane Software told mandate is off

Employees at Quarry Lane Software were told on Friday that the five-day office mandate had been withdrawn. The Dublin company had announced the mandate in March.""", {"Quarry Lane Software"}),
("""Arden Water drops meter fee

Arden Water has dropped a £35 fee for fitting water meters. The utility said Ofwat had asked it to explain the fee.""", {"Arden Water"}),
("""Velora Airways reinstates free snacks

Velora Airways will again serve free snacks on short flights, the Lisbon-based carrier said. TAP Air Portugal never stopped.""", {"Velora Airways", "TAP Air Portugal"}),
("""Calder Homes halts price cuts

Calder Homes has halted price cuts on new-build homes in Yorkshire, the housebuilder said. Persimmon and Barratt have cut prices too.""", {"Calder Homes", "Persimmon", "Barratt"}),
# -- roundups, lists, rivals
("""Three lenders scrap overdraft fees

Lenders including Tideway Bank, Morrow Savings and Caledon Mutual have scrapped overdraft fees for students. Barclays and Lloyds charge none.""", {"Tideway Bank", "Morrow Savings", "Caledon Mutual", "Barclays", "Lloyds Banking Group"}),
("""Retailers retreat on self-checkout

Grocers Penfold and Harlow Fresh have both retreated from plans to replace staffed tills with self-checkouts, after shoppers complained. Tesco has kept staffed tills in every store.""", {"Penfold", "Harlow Fresh", "Tesco"}),
("""Rivals follow Vireo in scrapping fees

Vireo scrapped its card fee last month; now rivals Paxton Pay and Ledgerline have followed. All three are based in Leeds.""", {"Vireo", "Paxton Pay", "Ledgerline"}),
("""Airlines drop seat-selection charges

Low-cost carriers Azura and Coriolis Air have dropped charges for families to sit together. Ryanair and easyJet still charge.""", {"Azura", "Coriolis Air", "Ryanair", "easyJet"}),
("""Week in reversals: Tamsin, Oriel, Pagoda

It was a busy week. Tamsin, the Cardiff bakery chain, restored its loyalty card. Oriel Telecom dropped a plan to charge for paper bills. And Pagoda Foods, a Singapore noodle maker, shelved a price rise.""", {"Tamsin", "Oriel Telecom", "Pagoda Foods"}),
# -- firms named like people, places or words
("""Morgan Fielding reverses associate pay cut

Morgan Fielding, the London law firm, has reversed a 5% pay cut for associates. The firm's managing partner, Jane Oduya, said the cut had been "a mistake".""", {"Morgan Fielding"}),
("""Geneva drops late fee

Geneva, the Toronto-based buy-now-pay-later app, has dropped its late-payment fee. Affirm and Klarna still charge late fees in Canada.""", {"Geneva", "Affirm", "Klarna"}),
("""Harbour scraps delivery charge

Harbour, the online grocer, has scrapped a £1.50 delivery charge on orders over £40. Harbour said the charge had cost it customers to Ocado.""", {"Harbour", "Ocado"}),
("""Orchard pauses store closures

Orchard has paused the closure of 12 garden centres. The chain, based in Kent, said spring sales had been strong.""", {"Orchard"}),
("""Kingfisher Marine restores apprenticeships

Kingfisher Marine has restored its apprenticeship scheme, which it suspended in 2025. The Falmouth boatbuilder will take on 20 apprentices this year.""", {"Kingfisher Marine"}),
# -- Q&A, live blog, press release, paraphrase styles
("""Q&A: why Tessel changed its mind on office days

Q: Tessel told staff in January to come in four days a week. What changed?
A: Attrition. The Oslo software company lost 11% of its engineers in three months, so it has dropped the rule.
Q: What do rivals do?
A: Visma lets teams decide.""", {"Tessel", "Visma"}),
("""Live: company news

10:42 — Pellham Retail has reversed its decision to close its Swindon store, a spokesperson said.
10:15 — Shares in Corbel Mining fell 4% in early trading.
09:58 — Dunmore Brewing says it will bring back its founder's ale.""", {"Pellham Retail", "Corbel Mining", "Dunmore Brewing"}),
("""Larkspur Health Restores Weekend Clinics

LEEDS, UK – Larkspur Health, a private healthcare provider, today announced that it has restored weekend opening at its 14 clinics. "Patients told us they missed Saturdays," said Dr. Amir Shah, Medical Director at Larkspur Health.

About Larkspur Health
Larkspur Health operates 14 clinics in Yorkshire.""", {"Larkspur Health"}),
("""Cindervale walks again on its workplace coverage

Cindervale, the Nordic attire agency, has walked again on a coverage that required staff to be within the workplace 5 days per week. The agency mentioned worker suggestions had been clear.""", {"Cindervale"}),
("""Brennan Haulage U-turn

Brennan Haulage's U-turn on driver pay came after a two-week strike. The Cork haulier will restore the old rates in June.""", {"Brennan Haulage"}),
("""Interview: Kasia Nowak on reversing Wisla's fee

Kasia Nowak became chief executive of Wisla Pay in January. Her first act was to scrap the monthly fee her predecessor introduced. "It was driving people away," she said.""", {"Wisla Pay"}),
# -- headline-only firm
("""Marwick Motors restores dealer bonuses

The carmaker said on Monday that the bonuses would be paid from July, reversing a cut made in January. Dealers had threatened to stop taking new orders.""", {"Marwick Motors"}),
("""Tolland Bank abandons branch closures

The Welsh lender said all 18 branches would stay open. It had planned to close six of them this summer.""", {"Tolland Bank"}),
# -- firms with a country unit, known firms beside unknown
("""Siemens-backed Voltaic pauses layoffs

Voltaic, a Siemens-backed battery startup, has paused plans to cut 200 jobs at its Dresden plant. Voltaic said a new contract had come in.""", {"Voltaic", "Siemens"}),
("""Heineken-owned Brouwerij Maas drops price rise

Brouwerij Maas, which is owned by Heineken, has dropped a price rise on its kegs. Dutch bar owners had complained.""", {"Brouwerij Maas", "Heineken"}),
("""Cardigan Bay Seafoods cancels price cut

Cardigan Bay Seafoods has cancelled a cut to the price it pays fishermen. Waitrose, its largest customer, had asked about the change.""", {"Cardigan Bay Seafoods", "Waitrose"}),
("""Alder & Finch walks back store audit

Alder & Finch has walked back a plan to audit store managers' expenses weekly. The home-goods chain said the audits took too long. Dunelm and The Range have similar chains.""", {"Alder & Finch", "Dunelm", "The Range"}),
("""Pacifica Telecom drops roaming charges

Pacifica Telecom has dropped roaming charges in 12 Pacific island states. The Fiji-based operator said Digicel and Vodafone Fiji had cut prices too.""", {"Pacifica Telecom", "Digicel", "Vodafone"}),
("""Bayside Pharmacy restores late opening

Bayside Pharmacy Group has restored late opening at its 60 pharmacies. Boots and Superdrug close earlier.""", {"Bayside Pharmacy Group", "Boots", "Superdrug"}),
("""Tarrant Cables reinstates night shift

Tarrant Cables has reinstated its night shift at its Hartlepool factory. The manufacturer said orders from Nexans and Prysmian had picked up.""", {"Tarrant Cables", "Nexans", "Prysmian"}),
("""Mirelle pauses cosmetics price rise

Mirelle, a French cosmetics brand owned by L'Oréal, has paused a 6% price rise. Mirelle's general manager said retailers had pushed back.""", {"Mirelle", "L'Oréal"}),
("""Kaito Rail drops fare rise

Kaito Rail has dropped a planned fare rise on its commuter lines in Nagoya. JR Central runs the competing line.""", {"Kaito Rail", "JR Central"}),
("""Ironbark reverses drought levy

Ironbark has reversed a drought levy on its bottled water. The Queensland firm said the levy had been poorly explained. Coca-Cola Europacific Partners and Asahi dominate the market.""", {"Ironbark", "Coca-Cola Europacific Partners", "Asahi"}),
("""Solenne Paris restores repair service

Solenne Paris has restored a free repair service for its handbags. The luxury house cut the service in 2025. Hermès and Chanel offer repairs.""", {"Solenne Paris", "Hermès", "Chanel"}),
("""Quayside Cinemas scraps booking fee

Quayside Cinemas has scrapped its online booking fee. The chain's chief executive, Tom Ellery, said Odeon and Vue charged similar fees.""", {"Quayside Cinemas", "Odeon", "Vue"}),
("""Tenby Tools restores lifetime warranty

Tenby Tools has restored the lifetime warranty on its hand tools, the Welsh toolmaker said. Stanley Black & Decker offers a similar warranty.""", {"Tenby Tools", "Stanley Black & Decker"}),
("""Nakamura Steel rehires contract workers

Nakamura Steel has rehired 300 contract workers it let go in February. Nippon Steel and JFE Steel did not cut contract staff.""", {"Nakamura Steel", "Nippon Steel", "JFE Steel"}),
("""Corran Energy walks back exit fees

Corran Energy has walked back exit fees on fixed tariffs. Octopus Energy and EDF have no exit fees.""", {"Corran Energy", "Octopus Energy", "EDF"}),
("""Bexley Cars retreats from online-only sales

Bexley Cars has retreated from a plan to sell only online. The dealer group will keep its 11 showrooms. Arnold Clark, the UK's largest dealer group, never cut showrooms.""", {"Bexley Cars", "Arnold Clark"}),
("""Estrella Foods drops palm oil switch

Estrella Foods has dropped a switch back to palm oil in its biscuits, after campaigners threatened a boycott. The Madrid-based company said it would keep sunflower oil. Nestlé and Mondelez made similar pledges.""", {"Estrella Foods", "Nestlé", "Mondelez"}),
("""Pelican Post suspends Saturday cut

Pelican Post has suspended plans to stop Saturday deliveries, the Auckland courier said, after businesses complained. NZ Post delivers on Saturdays in cities.""", {"Pelican Post", "NZ Post"}),
("""Larchmont Capital reverses fee hike for small investors

Larchmont Capital has reversed a fee increase for investors with less than $10,000. Vanguard and Fidelity charge less.""", {"Larchmont Capital", "Vanguard", "Fidelity"}),
("""Gallant Games drops always-online rule

Gallant Games has dropped an always-online requirement from its racing game after players protested. The Montreal studio said offline play would return next week. Ubisoft faced similar complaints.""", {"Gallant Games", "Ubisoft"}),
("""Sable Telecom restores unlimited plan

Sable Telecom has restored its unlimited data plan, which it withdrew in March. Sable's chief executive, Moses Otieno, said Safaricom had forced the issue.""", {"Sable Telecom", "Safaricom"}),
("""Whitby & Lowe reinstates sabbaticals

Whitby & Lowe, a Manchester architecture practice, has reinstated paid sabbaticals. Foster + Partners offers none.""", {"Whitby & Lowe", "Foster + Partners"}),
("""Driftwood Hotels scraps resort fee

Driftwood Hotels has scrapped a $25 resort fee at its Florida properties. Marriott and Hilton charge resort fees at some hotels.""", {"Driftwood Hotels", "Marriott", "Hilton"}),
("""Crestline Bus restores rural routes

Crestline Bus has restored six rural routes it cut in January. The operator said a council grant made them viable. Stagecoach and Arriva cut similar routes.""", {"Crestline Bus", "Stagecoach", "Arriva"}),
("""Perrault Automobiles pauses EV-only pledge

Perrault Automobiles has paused its pledge to sell only electric cars by 2030. The French carmaker said demand had slowed. Renault and Stellantis have softened similar targets.""", {"Perrault Automobiles", "Renault", "Stellantis"}),
("""Lowland Dairy halts milk price cut

Lowland Dairy has halted a cut to the price it pays farmers, the Dutch dairy cooperative said. FrieslandCampina has not cut prices.""", {"Lowland Dairy", "FrieslandCampina"}),
("""Meridian Freight drops weekend surcharge

Meridian Freight has dropped its weekend surcharge. DHL and UPS do not charge extra for weekend pickups.""", {"Meridian Freight", "DHL", "UPS"}),
("""Asterion Bio shelves price increase

Asterion Bio has shelved a 20% price increase on its diabetes test strips. The Copenhagen biotech said Novo Nordisk's price cut had changed the market.""", {"Asterion Bio", "Novo Nordisk"}),
("""Tamworth Building Society drops branch closures

Tamworth Building Society has dropped plans to close four branches. Nationwide Building Society has pledged to keep all its branches open.""", {"Tamworth Building Society", "Nationwide Building Society"}),
("""Polar Grid cancels smart meter charge

Polar Grid has cancelled a charge for replacing smart meters. The Reykjavik utility said the charge was unfair to older customers.""", {"Polar Grid"}),
("""Sparrow Hawk Security reverses shift change

Sparrow Hawk Security has reversed a change to guards' shifts. The GMB union said members were relieved. G4S and Mitie employ more guards.""", {"Sparrow Hawk Security", "G4S", "Mitie"}),
("""Verity Bank drops minimum balance

Verity Bank has dropped a minimum balance of 5,000 rand on its current accounts. The Johannesburg lender said Capitec and FNB had no such minimum.""", {"Verity Bank", "Capitec", "FNB"}),
("""Lantern Health reverses telehealth fee

Lantern Health has reversed a $15 fee for telehealth visits. The Chicago provider said patients had switched to Teladoc.""", {"Lantern Health", "Teladoc"}),
("""Rook & Raven drops cocktail price rise

Rook & Raven, a chain of 20 bars, has dropped a cocktail price rise. BrewDog and Revolution Bars have raised prices.""", {"Rook & Raven", "BrewDog", "Revolution Bars"}),
("""Oberon Software restores stock grants

Oberon Software has restored stock grants for junior engineers. Oberon's chief people officer said the cut had hurt hiring against Atlassian and Canva.""", {"Oberon Software", "Atlassian", "Canva"}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    known_failures(COMPANIES, FAILING_COMPANIES, "not yet read right"),
    ids=range(len(COMPANIES)),
)
def test_companies_of_fresh_articles(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert set(ingest(tmp_path, text)["companies"]) == expected


# (article, the companies it reports on): traps that are no firm, beside one that is. A firm
# goes by the name the article uses most from its first mention on, the headline's included
# ("Fenwick" for a story that says "Fenwick Logistics" once), as the labelled set names them.
TRAPS = [
("""Finance minister backs Tolvik's U-turn

Finance Minister Ana Ruiz said she welcomed Tolvik's decision to drop the fee. The Ministry of Finance had asked banks to review charges. Ms Ruiz spoke in Madrid.""", {"Tolvik"}),
("""Regulator praises Brightwater reversal

The Financial Conduct Authority welcomed Brightwater Savings' decision to restore interest on old accounts. Brightwater said it had listened.""", {"Brightwater"}),
("""Unions claim win as Mossgiel restores sick pay

Mossgiel Foods has restored full sick pay. Unite and the GMB union said members had won. General secretary Sharon Graham called it a victory.""", {"Mossgiel Foods"}),
("""Hallberg drops office rule

Tessin Data has dropped its office rule, chief executive Erik Hallberg said. Hallberg told staff in an email that the rule had failed. Mr Hallberg founded the company in 2011.""", {"Tessin Data"}),
("""Analysts question Carrow's reversal

Carrow Retail has reversed its price rise. Analysts at Jefferies said the move would cost the company £20 million. Morningstar analyst Ellen Price called it sensible.""", {"Jefferies", "Carrow Retail"}),
("""Ember drops Model Q price rise

Ember Motors has dropped a price rise on its Model Q scooter. The Model Q had been due to cost €1,999 from June.""", {"Ember Motors"}),
("""Pemberton restores library funding

Pemberton Council has restored funding for six libraries, reversing cuts made in February. Councillor Mark Evans said residents had campaigned.""", set()),
("""Hospital trust reverses parking charges

The Royal Northern Hospital has reversed parking charges for staff, the NHS trust said. Health Secretary Wes Streeting had criticised the charges.""", set()),
("""University scraps fee for resits

Kingsbridge University has scrapped a £250 fee for students resitting exams. The Students' Union had campaigned against it.""", set()),
("""Festival organisers reverse cashless rule

Organisers of the Green Valley Festival have reversed a rule making the site cashless. Festival director Amy Cole said older visitors had complained.""", set()),
("""Carrick drops bonus cut

Carrick Engineering has dropped a cut to bonuses, Reuters reported, citing an internal memo. Carrick did not respond to Bloomberg's request for comment.""", {"Carrick Engineering"}),
("""Chief Operating Officer leaves after Fenwick reversal

Fenwick Logistics has reversed its decision to close its Doncaster depot. Chief Operating Officer Ian Marsh will leave the company. Meanwhile, Fenwick said hiring would resume.""", {"Fenwick"}),
("""However Kelso restores perks

Kelso Brands has restored staff perks. However, Kelso said bonuses would stay frozen. Nevertheless staff welcomed the news.""", {"Kelso"}),
("""Competition watchdog probes Dray's fees

Dray Haulage has dropped its fuel surcharge after the Competition and Markets Authority opened a probe. CMA chief Sarah Cardell said the surcharge had been unclear.""", {"Dray Haulage"}),
("""Paris court blocks Lirae rule

Lirae has dropped a rule after the Paris Commercial Court ruled against it. The French start-up said it would appeal. Lirae makes accounting software.""", {"Lirae"}),
("""Brisbane, Perth staff win as Tallis drops relocation

Tallis Mining has dropped a plan to relocate staff from Brisbane and Perth to Darwin. Western Australia Premier Roger Cook welcomed the decision.""", {"Tallis Mining"}),
("""Ocean Crest drops fee after Which? complaint

Ocean Crest Cruises has dropped a fee for cabin upgrades after the consumer group Which? complained. Which? said the fee had been hidden.""", {"Ocean Crest Cruises"}),
("""Sir Alan Marsh: Harlan reversal is overdue

Harlan Group has reversed its ban on pets in offices. Sir Alan Marsh, the firm's former chairman, said it was overdue. Lady Marsh agreed.""", {"Harlan Group"}),
("""Labour MP welcomes Wexley U-turn

Wexley Foods has reversed a plan to close its Bradford factory. Labour MP Naz Shah welcomed the decision. The Department for Business and Trade said it had not intervened.""", {"Wexley Foods"}),
("""Monday's markets: Harwood rises after U-turn

Harwood Electric rose 3% on Monday after it dropped a plan to sell its grid unit. The FTSE 100 closed flat. On Tuesday, Harwood will report results.""", {"Harwood Electric"}),
("""iPhone app fee dropped by Juniper

Juniper Apps has dropped a fee on its iPhone app. The App Store had listed the fee since March. Android users were not charged.""", {"Juniper Apps"}),
("""Kent County Council and Medway drop bin charge

Kent County Council and Medway Council have dropped a charge for garden-waste bins. Residents in Maidstone had complained.""", set()),
("""Teachers' union welcomes Scholastica reversal

Scholastica Learning has reversed a plan to charge schools for its reading app. The National Education Union welcomed the reversal. Education Secretary Bridget Phillipson declined to comment.""", {"Scholastica Learning"}),
("""CEO Maria Lopez restores Ardent bonus

Ardent Labs has restored its annual bonus. CEO Maria Lopez told staff the bonus would be paid in December. Lopez joined from Google.""", {"Ardent Labs", "Google"}),
("""European Commission clears Thalassa deal as it drops fee

Thalassa Ferries has dropped a booking fee. The European Commission said it had closed its inquiry. EU competition chief Teresa Ribera welcomed the move.""", {"Thalassa Ferries"}),
("""Stockholm's Vinterbro drops fee

Vinterbro has dropped a card fee at its 30 Stockholm cafés. The Swedish coffee chain said customers in Gothenburg and Malmö would also benefit.""", {"Vinterbro"}),
("""Black Friday reversal at Penwith

Penwith Outdoor has reversed a ban on Black Friday discounts. The Cornish retailer said Christmas sales had suffered. Cyber Monday deals will follow.""", {"Penwith Outdoor"}),
("""Treasury, Bank of England react to Lyle reversal

Lyle Mortgages has reversed a rate rise. The Treasury and the Bank of England declined to comment. Lyle is a specialist lender.""", {"Lyle Mortgages"}),
("""Warriors fans cheer as Dunmore Arena drops bag ban

Dunmore Arena has dropped a ban on bags at matches. Warriors fans had protested. Arena manager Phil Reid said safety would be kept under review.""", set()),
("""Prime Minister praises Castell U-turn

Castell Water has dropped a price rise. Prime Minister Keir Starmer praised the decision. Castell said bills would stay the same.""", {"Castell Water"}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    known_failures(TRAPS, FAILING_TRAPS, "not yet read right"),
    ids=range(len(TRAPS)),
)
def test_no_company_invented_in_fresh_articles(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert set(ingest(tmp_path, text)["companies"]) == expected


# (seed text without header lines, the outlet that published it)
SOURCES = [
("Kestrel drops fee\n\nBy Maya Lind | Nordic Business Daily\n\nKestrel has dropped the fee, Bloomberg reported.", "Nordic Business Daily"),
("NORDIC BUSINESS DAILY\n\nKestrel drops fee\n\nKestrel has dropped the fee, according to Reuters.", "Nordic Business Daily"),
("Kestrel drops fee\n\nKestrel has dropped the fee.\n\n© 2026 Nordic Business Daily. All rights reserved.", "Nordic Business Daily"),
("Kestrel drops fee\n\nKestrel has dropped the fee, the Financial Times reported.\n\nReporting by Maya Lind for Nordic Business Daily", "Nordic Business Daily"),
("Kestrel drops fee\n\nSTOCKHOLM, May 12 (Reuters) - Kestrel has dropped the fee, Dagens Industri reported.", "Reuters"),
("Kestrel drops fee\n\nKestrel has dropped the fee, Bloomberg News reported. A Kestrel spokesperson confirmed the change to Nordic Business Daily.", "Nordic Business Daily"),
("Kestrel drops fee\n\nKestrel has dropped the fee.\n\nThis article was originally published in Swedish by Svensk Handelstidning.", "Svensk Handelstidning"),
("Kestrel drops fee\n\nKestrel has dropped the fee.\n\nhttps://www.nordicbusinessdaily.com/2026/05/12/kestrel-fee", "Nordic Business Daily"),
("Kestrel drops fee\n\nKestrel has dropped the fee, The Wall Street Journal reported earlier. Kestrel did not respond to a request for comment from Retail Week.", "Retail Week"),
("Kestrel drops fee\n\nKestrel has dropped the fee.\n\nThis story first appeared in The Morning Ledger, Nordic Business Daily's daily newsletter.", "Nordic Business Daily"),
("Kestrel Announces Removal of Card Fee\n\nSTOCKHOLM, May 12, 2026 /PRNewswire/ -- Kestrel AB today announced it has removed its card fee.\n\nAbout Kestrel\nKestrel is a Swedish payments company.", "PR Newswire"),
("Kestrel Announces Removal of Card Fee\n\nSTOCKHOLM, 12 May 2026 – Kestrel AB today announced it has removed its card fee.\n\nAbout Kestrel AB\nKestrel is a Swedish payments company.\n\nMedia contact: press@kestrel.example", "Kestrel"),
("Kestrel drops fee\n\nKestrel has dropped the fee, Kestrel told Nordic Business Daily on Monday.", "Nordic Business Daily"),
("Kestrel drops fee\n\nKestrel has dropped the fee. Analysts at Morgan Stanley said the move was expected. Bloomberg first reported the plan in April.\n\nNordic Business Daily", "Nordic Business Daily"),
("Kestrel drops fee - Nordic Business Daily\n\nKestrel has dropped the fee, Reuters reported.", "Nordic Business Daily"),
("Kestrel drops fee\n\nBy Maya Lind, Nordic Business Daily\n\nKestrel has dropped the fee, the Financial Times reported.", "Nordic Business Daily"),
("Kestrel drops fee\n\nKestrel has dropped the fee, according to a memo seen by Nordic Business Daily.", "Nordic Business Daily"),
("Kestrel drops fee\n\nMaya Lind\nSenior reporter, Nordic Business Daily\n\nKestrel has dropped the fee, Reuters reported.", "Nordic Business Daily"),
("Kestrel drops fee\n\nKestrel has dropped the fee, Reuters reported.\n\nCopyright 2026 Nordic Business Daily", "Nordic Business Daily"),
("Kestrel drops fee\n\nKestrel has dropped the fee. The company told CNBC it had listened to merchants.\n\nMaya Lind is a reporter at Nordic Business Daily.", "Nordic Business Daily"),
("Kestrel drops fee\n\nKestrel has dropped the fee, a spokesperson told Nordic Business Daily. The Financial Times had reported the fee in March.", "Nordic Business Daily"),
("Kestrel drops fee\n\n(Bloomberg) -- Kestrel has dropped the fee, according to people familiar with the matter.", "Bloomberg"),
("Kestrel drops fee\n\nKestrel has dropped the fee.\n\n[This article is a translation of a story originally published by Svensk Handelstidning.]", "Svensk Handelstidning"),
("Kestrel drops fee\n\nKestrel has dropped the fee, Reuters reported.\n\nSign up for Nordic Business Daily's free morning briefing.", "Nordic Business Daily"),
("Kestrel drops fee\n\nKestrel has dropped the fee.\n\nAdditional reporting by Tom Reyes. Edited by Nordic Business Daily's markets desk.", "Nordic Business Daily"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    known_failures(SOURCES, FAILING_SOURCES, "not yet read right"),
    ids=range(len(SOURCES)),
)
def test_sources_of_fresh_articles(tmp_path: Path, text: str, expected: str) -> None:
    assert ingest(tmp_path, text)["source"] == expected


# (seed text without a date header, the date the publisher printed)
DATES = [
("Kestrel drops fee\n\nBy Maya Lind | 12 May 2026, 08:30 CET\n\nKestrel has dropped the fee.", "2026-05-12"),
("Kestrel drops fee\n\nSTOCKHOLM, May 12 (Reuters) - Kestrel has dropped the fee it brought in on 3 February 2026.", "2026-05-12"),
("Kestrel drops fee\n\nUpdated: 14 May 2026 | Published: 12 May 2026\n\nKestrel has dropped the fee.", "2026-05-12"),
("Kestrel drops fee\n\nKestrel has dropped the fee.\n\nFirst published on 13/05/2026 at 08:30.", "2026-05-13"),
("Kestrel drops fee\n\nTue 12 May 2026 08.30 BST\n\nKestrel has dropped the fee.", "2026-05-12"),
("Kestrel drops fee\n\nMay 12, 2026 | Maya Lind\n\nKestrel has dropped the fee.", "2026-05-12"),
("Kestrel drops fee\n\n12.05.2026\n\nKestrel has dropped the fee.", "2026-05-12"),
("Kestrel drops fee\n\nSTOCKHOLM, 12 May 2026 /PRNewswire/ -- Kestrel AB today announced it has removed its card fee.", "2026-05-12"),
("Kestrel drops fee\n\nPosted May 12, 2026 8:30 AM EDT\n\nKestrel has dropped the fee.", "2026-05-12"),
("Kestrel drops fee\n\nTuesday 12 May 2026 / Maya Lind\n\nKestrel has dropped the fee it introduced in January.", "2026-05-12"),
("Kestrel drops fee\n\n2026-05-12T08:30:00+02:00\n\nKestrel has dropped the fee.", "2026-05-12"),
("Kestrel drops fee\n\nKestrel has dropped the fee, which had been due to rise on 1 June 2026.\n\nPublished: 12 May 2026", "2026-05-12"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    known_failures(DATES, FAILING_DATES, "not yet read right"),
    ids=range(len(DATES)),
)
def test_dates_of_fresh_articles(tmp_path: Path, text: str, expected: str) -> None:
    assert str(ingest(tmp_path, text, dated=False)["date"]) == expected


# (seed text, the headline)
TITLES = [
("Kestrel drops card fee | Nordic Business Daily\n\nKestrel has dropped the fee.", "Kestrel drops card fee"),
("NEWS RELEASE\n\nKestrel Removes Card Fee for Small Merchants\n\nSTOCKHOLM, 12 May 2026 – Kestrel AB today announced it has removed its card fee.", "Kestrel Removes Card Fee for Small Merchants"),
("UPDATE 1-Kestrel drops card fee after merchant backlash\n\nKestrel has dropped the fee.", "Kestrel drops card fee after merchant backlash"),
("LIVE UPDATES: Kestrel drops card fee\n\nKestrel has dropped the fee.", "Kestrel drops card fee"),
("Analysis: Why Kestrel dropped its card fee\n\nKestrel has dropped the fee.", "Why Kestrel dropped its card fee"),
("Kestrel drops card fee :: Nordic Business Daily\n\nKestrel has dropped the fee.", "Kestrel drops card fee"),
("Business\n\nKestrel drops card fee\n\nKestrel has dropped the fee, it said on Tuesday.", "Kestrel drops card fee"),
("KESTREL DROPS CARD FEE AFTER BACKLASH\n\nKestrel has dropped the fee.", "KESTREL DROPS CARD FEE AFTER BACKLASH"),
("Kestrel drops card fee\nThe Swedish payments firm bowed to pressure from merchants\n\nKestrel has dropped the fee.", "Kestrel drops card fee"),
("Exclusive: Kestrel drops card fee\n\nKestrel has dropped the fee.", "Kestrel drops card fee"),
("Kestrel drops card fee - Nordic Business Daily - Markets\n\nKestrel has dropped the fee.", "Kestrel drops card fee"),
("Watch: Kestrel drops card fee\n\nKestrel has dropped the fee.", "Kestrel drops card fee"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    known_failures(TITLES, FAILING_TITLES, "not yet read right"),
    ids=range(len(TITLES)),
)
def test_titles_of_fresh_articles(tmp_path: Path, text: str, expected: str) -> None:
    assert ingest(tmp_path, text)["title"] == expected


# A second wave, written after the first was fixed and scored once before any rule for it
# (17 of 30 right then): longer articles in which firms, people, places, outlets and bodies
# mix. A known firm's country unit or card arm goes by the firm's name ("Thai AirAsia" is
# AirAsia), as the labelled set names them.
FAILING_LONGER: set[int] = set()
LONGER = [
("""Chilean miner Cordillera Norte halts four-shift rota

SANTIAGO, May 11 (Reuters) - Cordillera Norte, Chile's fourth-largest copper producer, has halted the rollout of a four-shift rota at its Antofagasta mines after a strike vote, the company said on Monday. The union at the Esperanza pit had said the rota would cut overtime pay. Codelco and Antofagasta Minerals run similar rotas. Shares in Cordillera Norte rose 2.1% in Santiago.""", {"Cordillera Norte", "Codelco", "Antofagasta Minerals"}),
("""Q&A: What Harrow & Finch's U-turn means for tenants

Q: What has happened?
A: Harrow & Finch, the London letting agency, has dropped the £250 "renewal admin fee" it began charging in January.
Q: Why?
A: Trading Standards in Camden opened an inquiry, and Foxtons and Savills do not charge such fees.
Q: Will tenants get money back?
A: The agency says refunds will be made by July, according to its managing director, Priya Raman.""", {"Harrow & Finch", "Foxtons", "Savills"}),
("""Newsletter: The Week in Work

Hello from Lisbon. Three things caught my eye this week. First, Farol Seguros, a Portuguese insurer, scrapped its plan to make staff clock in with a facial-recognition app. Second, Montebravo, the Spanish furniture maker, walked back a ban on working from home on Fridays. Third, a reader wrote in about Accenture's new policy, which I will cover next week.

See you next Thursday,
Rita""", {"Farol Seguros", "Montebravo", "Accenture"}),
("""Opinion: Dunmore Bank's climb-down is not enough

Dunmore Bank has reversed its decision to close 30 branches, and its chief executive, Fiona Gallagher, deserves some credit for that. But the bank's rivals have not followed. Bank of Ireland and AIB closed branches last year, and neither has reopened one. The Central Bank should ask why.""", {"Dunmore Bank", "Bank of Ireland", "AIB"}),
("""Japanese retailer Mizuki restores price promise

TOKYO — Mizuki Department Stores will again match competitors' prices on electronics, reversing a decision made in February, the Osaka-based chain said. Mizuki's president, Hiroshi Tanaka, told the Nikkei that margins had recovered. Bic Camera and Yodobashi Camera match prices too.""", {"Mizuki", "Bic Camera", "Yodobashi Camera"}),
("""Live: markets and companies

14:05 Ørestad Foods shares jump 5% after it scrapped a planned price rise for supermarkets.
13:40 Dutch payments firm Paywise says it will pause its fee for small merchants.
13:12 Analysts at Jefferies cut their target for Ocado.""", {"Ørestad Foods", "Paywise", "Ocado", "Jefferies"}),
("""Press release: Tidewater Ferries restores winter timetable

PORTSMOUTH, UK, 12 May 2026 – Tidewater Ferries Ltd today announced the return of its full winter timetable between Portsmouth and the Isle of Wight. "We listened," said Managing Director Alan Pike. Red Funnel and Wightlink operate competing services.

About Tidewater Ferries
Tidewater Ferries operates four vessels.""", {"Tidewater Ferries", "Red Funnel", "Wightlink"}),
("""[Translated from German] Heller Logistik nimmt Kürzung zurück

Heller Logistik has reversed a cut to drivers' night bonuses, the Hamburg haulier announced. Verdi, the services union, had threatened strikes at its depots in Bremen and Hanover. DB Schenker and Dachser pay similar bonuses.""", {"Heller Logistik", "DB Schenker", "Dachser"}),
("""Pivoting back: Kestrel Software and the return of remote work

Kestrel Software's decision to restore remote work came after it lost a third of its engineers. The Manchester company, founded by Tom Kestrel in 2009, had ordered staff back in January. Mr Kestrel told staff that the order was a mistake.""", {"Kestrel Software"}),
("""Thai airline Siam Sky scraps seat fee

BANGKOK — Siam Sky Airways has scrapped a fee for choosing seats on domestic flights, the low-cost carrier said, after a complaint to the Civil Aviation Authority of Thailand. Thai AirAsia and Nok Air charge similar fees.""", {"Siam Sky Airways", "AirAsia", "Nok Air"}),
("""Bakery chain Fournil pauses expansion

Fournil, a French bakery chain with 200 shops, has paused its expansion into Belgium, chief executive Marc Lefèvre said in an interview with Les Echos. Paul and Brioche Dorée, its rivals, have opened shops in Brussels.""", {"Fournil", "Paul", "Brioche Dorée"}),
("""Why did Halvorsen drop the four-day week?

Halvorsen ASA, the Bergen-based shipbuilder, dropped its four-day week trial on Friday. Union leader Kari Nilsen said members were disappointed. "We tried," said Halvorsen's chief executive, Ole Berg. Ulstein and Vard, which build similar ships, never tried it.""", {"Halvorsen", "Ulstein", "Vard"}),
("""South African insurer Umoya backs down on funeral cover change

JOHANNESBURG — Umoya Life has backed down on a change to its funeral cover after policyholders complained to the Financial Sector Conduct Authority. Old Mutual and Sanlam, the country's largest insurers, did not make such changes. Umoya's chief executive, Thandi Mokoena, apologised.""", {"Umoya Life", "Old Mutual", "Sanlam"}),
("""Columbia Sportswear-style returns ended at Trailhead

Trailhead Outfitters has ended a rule that let customers return worn gear for a full refund, the Denver retailer said. REI changed its policy in 2016.""", {"Trailhead Outfitters", "REI"}),
("""Paraphrased: Brightmoor walked again on its workplace coverage

Brightmoor, the Scottish utility agency, has walked again on a coverage requiring employees to be within the workplace 4 days per week. The agency mentioned it had listened to worker suggestions. Rival agency Eastburn mentioned it might preserve its personal coverage.""", {"Brightmoor", "Eastburn"}),
("""Memo shows Orla Retail scrapped bonus cap

A memo seen by this newspaper shows Orla Retail scrapped a cap on store managers' bonuses last week. The Cork-based chain, which owns the Brennans and Corrib brands, declined to comment. Dunnes Stores has no cap.""", {"Orla Retail", "Dunnes Stores"}),
("""Singapore's Merlion Bank reinstates fee waiver

SINGAPORE — Merlion Bank has reinstated a fee waiver for customers over 65, two months after scrapping it. DBS, OCBC and UOB waive similar fees. The Monetary Authority of Singapore said it had not been consulted.""", {"Merlion Bank", "DBS", "OCBC", "UOB"}),
("""Airline's U-turn: Albatross Air restores free bags

Albatross Air has restored free checked bags on transatlantic flights, a week after introducing a $35 fee. The Reykjavik-based airline's chief commercial officer, Gunnar Helgason, said bookings had fallen. Icelandair includes a bag in most fares.""", {"Albatross Air", "Icelandair"}),
("""Copper Kettle cafés drop tipping screens

The Copper Kettle, a chain of 60 cafés in the Midlands, has dropped tipping prompts from its card readers. Owner Sarah Whitcombe said customers had found them "pushy". Costa Coffee and Starbucks do not use tipping screens in the UK.""", {"Copper Kettle", "Costa Coffee", "Starbucks"}),
("""Nairobi lender Jamii Credit cuts loan fee U-turn

Jamii Credit has reversed a cut in loan fees, saying the cut was "unsustainable". The Nairobi-based microlender said it would restore the old fees next month. Tala and Branch, rival mobile lenders, charge less.""", {"Jamii Credit", "Tala", "Branch"}),
("""Stockholm's Ljusa Bygg puts office move on ice

Ljusa Bygg has put its move to a new headquarters on ice, the Swedish builder said. Skanska and NCC, its larger rivals, moved offices last year. Chief financial officer Anna Lindqvist told Dagens Industri the company wanted to save cash.""", {"Ljusa Bygg", "Skanska", "NCC"}),
("""Rotterdam port operator Maasgate pauses automation

Maasgate Terminals has paused plans to automate cranes at its Rotterdam terminal after dockworkers' union FNV threatened strikes. The terminal handles containers for Maersk and MSC. Hutchison Ports, which runs a rival terminal, automated in 2019.""", {"Maasgate Terminals", "Maersk", "MSC", "Hutchison Ports"}),
("""Green Valley Foods reverses pay cut — employees react

Employees at Green Valley Foods said they were relieved after the Iowa meatpacker reversed a 6% pay cut. "It was the right thing," said line worker Maria Gonzales. Tyson Foods and JBS did not cut pay.""", {"Green Valley Foods", "Tyson Foods", "JBS"}),
("""New Delhi: Saffron Mobility drops surge cap

Saffron Mobility has dropped a cap on surge pricing, a month after introducing it, the New Delhi-based ride-hailing company said. Uber and Ola compete in the city. The transport ministry had asked for the cap.""", {"Saffron Mobility", "Uber", "Ola"}),
("""Buenos Aires retailer Casa Pampa drops dollar pricing

Casa Pampa has dropped dollar pricing at its 80 stores, the Argentine retailer said. Mercado Libre and Falabella price in pesos.""", {"Casa Pampa", "Mercado Libre", "Falabella"}),
("""Hospital caterer Medifeast reverses menu cut

Medifeast, which supplies meals to 40 NHS hospitals, has reversed a cut to patients' menus. The NHS Confederation had raised concerns. Sodexo and ISS hold similar contracts.""", {"Medifeast", "Sodexo", "ISS"}),
("""Insurer Aldgate Re walks back climate exclusion

Aldgate Re has walked back a plan to exclude wildfire cover from its reinsurance contracts in California, the Bermuda-based reinsurer said. Swiss Re and Munich Re still offer the cover. California Insurance Commissioner Ricardo Lara welcomed the decision.""", {"Aldgate Re", "Swiss Re", "Munich Re"}),
("""Estate agent Pickering & Doyle drops viewing fee

Pickering & Doyle has dropped a £20 fee for property viewings, the Leeds estate agent said. Rightmove had flagged listings that mentioned the fee.""", {"Pickering & Doyle", "Rightmove"}),
("""Video-game maker Ninebark pauses always-online plan

Ninebark Studios has paused plans to make its racing game online-only, the Helsinki studio said after fans protested on Steam. Valve, which runs Steam, declined to comment. Remedy, another Finnish studio, said it had no such plans.""", {"Ninebark Studios", "Valve", "Remedy"}),
("""Korea's Hanbit Card scraps annual fee hike

SEOUL — Hanbit Card has scrapped a rise in annual fees for its premium cards, the credit card company said, after the Financial Supervisory Service asked questions. Shinhan Card and Samsung Card did not raise fees.""", {"Hanbit Card", "Shinhan", "Samsung"}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    known_failures(LONGER, FAILING_LONGER, "not yet read right"),
    ids=range(len(LONGER)),
)
def test_companies_of_longer_fresh_articles(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert set(ingest(tmp_path, text)["companies"]) == expected


# Saved pages (scored before the rule they led to: 3 of 4 right, the byline's date in a
# "meta" block was missed): (page, date, source, companies)
PAGES = [
("""<html><head><title>Kestrel drops card fee - Nordic Business Daily</title>
<meta name="description" content="Kestrel has dropped the fee.">
<link rel="canonical" href="https://www.nordicbusinessdaily.com/markets/kestrel-fee">
</head><body><header><a href="/">Nordic Business Daily</a><nav><a href="/m">Markets</a></nav></header>
<main><article><h1>Kestrel drops card fee</h1><p class="byline">By Maya Lind · 12 May 2026</p>
<p>Kestrel, the Swedish payments company, has dropped a card fee for small merchants, Reuters reported on Monday. A spokesperson for Kestrel confirmed the change.</p>
<p>Klarna and Adyen do not charge such a fee.</p></article></main>
<footer><p>© 2026 Nordic Business Daily AB. All rights reserved.</p></footer></body></html>""", "2026-05-12", "Nordic Business Daily", ['Adyen', 'Kestrel', 'Klarna']),
("""<html><head><meta property="og:title" content="Kestrel drops card fee">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Kestrel drops card fee","datePublished":"2026-05-12T08:30:00+02:00","author":{"@type":"Person","name":"Maya Lind"},"publisher":{"@type":"Organization","name":"Svensk Handelstidning"}}</script>
</head><body><article><h1>Kestrel drops card fee</h1>
<p>STOCKHOLM — Kestrel has dropped a card fee for small merchants, the company told Bloomberg News. The Financial Times first reported the plan.</p></article></body></html>""", "2026-05-12", "Svensk Handelstidning", ['Kestrel']),
("""<html><head><title>Kestrel drops card fee | Markets | The Baltic Times</title><meta name="author" content="Maya Lind"><meta name="article:published_time" content="2026-05-12"></head>
<body><div class="story"><h1>Kestrel drops card fee</h1><p>Kestrel has dropped a card fee for small merchants, according to Bloomberg.</p><p>The change takes effect on June 1.</p></div>
<div class="footer">The Baltic Times is published by Baltic News Media.</div></body></html>""", "2026-05-12", "The Baltic Times", ['Kestrel']),
("""<html><head><title>Kestrel drops card fee</title><meta property="og:url" content="https://fintechwire.example.com/2026/05/12/kestrel"></head>
<body><article><h1>Kestrel drops card fee</h1><div class="meta">FinTech Wire Staff | May 12, 2026</div>
<p>Kestrel has dropped a card fee for small merchants. "We listened," chief executive Anna Berg told FinTech Wire.</p></article></body></html>""", "2026-05-12", "FinTech Wire", ['Kestrel']),
]


@pytest.mark.parametrize(("page", "date", "source", "companies"), PAGES, ids=range(len(PAGES)))
def test_fresh_saved_pages(
    tmp_path: Path, page: str, date: str, source: str, companies: list[str]
) -> None:
    meta = ingest_page(tmp_path, page)
    assert (str(meta["date"]), meta["source"], sorted(meta["companies"])) == (
        date, source, companies
    )


# A third wave, scored once before any rule for it (11 of 16 right then): news words that
# are no firm (seasons, programmes, markets, streets, laws, events) beside firms named in
# passing. A platform used only as a venue ("welcomed the move on LinkedIn") is no company of
# the story, as the labelled set has it.
FAILING_THIRD: set[int] = {7, 12}
THIRD = [
("""Retailers brace for Black Friday as Fernway drops price-match

Fernway Electrical has dropped its price-match promise ahead of Black Friday and Cyber Monday. Wall Street analysts expect a weak Christmas. The Consumer Price Index rose 0.3% in April.""", {"Fernway Electrical"}),
("""Brexit paperwork: Calloway Foods drops EU delivery charge

Calloway Foods has dropped a £9 charge on deliveries to the EU that it introduced after Brexit. The charge had been criticised by the Federation of Small Businesses. Universal Credit claimants had been exempt.""", {"Calloway Foods"}),
("""Silicon Valley startup Plinth restores stock options

Plinth, a Palo Alto software startup, has restored stock options for new hires after a recruiting slump. Silicon Valley rivals such as Notion and Figma offer options.""", {"Plinth", "Notion", "Figma"}),
("""Covid-era perk returns at Halloran

Halloran Group has brought back free lunches, a Covid-era perk it ended in 2024. The Dublin-based group employs 1,200 people. Employees at Halloran welcomed the move on LinkedIn.""", {"Halloran"}),
("""Main Street retailer Bluebell restores Sunday hours

Bluebell Hardware has restored Sunday opening at its Main Street store in Kilkenny. The Chamber of Commerce had lobbied for the change. Bluebell said footfall had recovered since Easter.""", {"Bluebell Hardware"}),
("""Paris Olympics sponsor Lumen Sport drops ticket surcharge

Lumen Sport, an official supplier of the Paris Olympics, has dropped a surcharge on tickets sold through its app. The International Olympic Committee said it had not been consulted.""", {"Lumen Sport"}),
("""Kestrel Bank drops fee after Consumer Duty review

Kestrel Bank has dropped a £5 fee for paper statements after a review under the Consumer Duty rules. The Financial Ombudsman Service had received complaints. Monzo and Starling never charged the fee.""", {"Kestrel Bank", "Monzo", "Starling Bank"}),
("""Mid-Atlantic grocer Holloway's scraps bag fee

Holloway's has scrapped a 10-cent fee on paper bags at its 48 supermarkets in Maryland and Virginia. The Maryland General Assembly had debated a ban. Giant Food and Safeway charge for bags.""", {"Holloway's", "Giant Food", "Safeway"}),
("""Tokyo Stock Exchange-listed Aozora Games reverses loot-box change

Aozora Games, which is listed on the Tokyo Stock Exchange, has reversed a change to loot-box odds in its mobile game. The Japan Fair Trade Commission had asked questions. Capcom and Sega did not change their odds.""", {"Aozora Games", "Capcom", "Sega"}),
("""Northern Lights Festival drops cashless rule after Tromsø complaints

The Northern Lights Festival has dropped its cashless rule after complaints from older visitors. Festival director Ingrid Moe said cash would be accepted at every bar. Vipps, the Norwegian payments app, had been the only way to pay.""", {"Vipps"}),
("""Premier League club Ashford United scraps ticket price rise

Ashford United has scrapped a 10% rise in season ticket prices after protests by supporters. The Premier League club said it had listened to its fans. The Football Supporters' Association welcomed the move.""", {"Ashford United"}),
("""After Apple, Orrin Audio drops repair restrictions

Orrin Audio has dropped restrictions on third-party repairs of its headphones, following a similar move by Apple last month. The Right to Repair Coalition welcomed the change.""", {"Orrin Audio", "Apple"}),
("""Hurricane season: Gulfstream Insurance restores coverage

Gulfstream Insurance has restored windstorm coverage for 3,000 homes along the Gulf Coast, reversing a decision made after Hurricane Milton. Florida's Office of Insurance Regulation had asked it to reconsider. Citizens Property Insurance covers many of the homes.""", {"Gulfstream Insurance", "Citizens Property Insurance"}),
("""Marchmont drops AI note-taker after staff revolt

Marchmont Legal has dropped an AI note-taking tool after staff objected to recordings of meetings. The firm had used Otter and Microsoft Copilot. The Solicitors Regulation Authority had issued guidance on AI.""", {"Marchmont Legal", "Otter", "Microsoft"}),
("""Why Graniteview scrapped its Easter bonus cut

Graniteview Homes has scrapped a planned cut to its Easter bonus for site staff. Managing director Paul Reilly said the cut had been "a misjudgement". The Construction Industry Federation declined to comment.""", {"Graniteview Homes"}),
("""Sunset Airways drops fuel surcharge on Canary Islands routes

Sunset Airways has dropped a fuel surcharge on flights to the Canary Islands, the Manchester-based carrier said. Jet2 and TUI do not add surcharges. Spain's tourism ministry had raised concerns.""", {"Sunset Airways", "Jet2", "TUI"}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    known_failures(THIRD, FAILING_THIRD, "not yet read right"),
    ids=range(len(THIRD)),
)
def test_companies_among_news_words(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert set(ingest(tmp_path, text)["companies"]) == expected
