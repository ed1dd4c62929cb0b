"""A fifth, fresh probe of what ingest makes of articles it has never seen.

Written in one sitting before the rules it led to, and scored once before any of them (the
pass count is in the commit that added it). Every passage is made up, with firms no gazetteer
knows, from many countries and sectors, named the ways articles name them, beside well-known
firms printed by a shorter or longer name than a gazetteer's (`Lloyds`, `Santander UK`);
beside them are traps that are no firm (people, surnames, places, ministries, regulators,
courts, unions, NGOs, universities, teams, products and apps, brands, cited outlets, analyst
houses, indexes, events, laws, job titles, sentence-initial, headline and shouted capitals).
Sources: the outlet that published the article, named as the article prints it, in the shapes
saved pages, by-lines, wire credits, newsletters, syndication and press releases give it,
against outlets the article only cites. Each seed is a real file read by `seed_to_entry`, as
`digest ingest` reads it.
"""

# ruff: noqa: E501 (the short articles below are prose, one paragraph a line)
from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from tests.probe_support import ingest_page, ingest_seed, known_failures

# Every probe seed's `Date:` line.
ingest = partial(ingest_seed, date="2026-11-30")


# What this probe still finds wrong (ids into the lists below).
FAILING_COMPANIES: set[int] = {2, 3, 15, 23, 35, 38, 40, 44, 47, 52, 54, 55, 67, 69, 70, 78}
FAILING_TRAPS: set[int] = {10, 21, 22, 25, 30, 34, 38, 40, 42, 44, 48, 53, 56, 61, 63, 64, 65, 68, 70}
FAILING_SOURCES: set[int] = {10, 25, 33, 39, 42, 44, 45, 46}
FAILING_ARTICLES: set[int] = {0, 1, 3, 5, 6, 8, 11}
FAILING_PAGES: set[int] = {4, 5}

# (article, the companies it reports on). A firm goes by the name the article prints most,
# without a legal suffix.
COMPANIES = [
# -- legal forms from many countries
("""Finnish bakery chain drops Sunday surcharge

Leipomo Kaarna Oy has dropped a Sunday surcharge at its 40 cafés. Fazer and Vaasan did not add one.""", {"Leipomo Kaarna", "Fazer", "Vaasan"}),
("""Austrian lender reverses account fee

Alpenland Sparkasse AG has reversed a €2 monthly fee on basic accounts. Erste Group and Raiffeisen charge none.""", {"Alpenland Sparkasse", "Erste Group", "Raiffeisen"}),
("""Brazilian grocer restores night shift bonus

Supermercados Serra Verde Ltda. has restored a night-shift bonus it cut in March. Carrefour Brasil and GPA kept theirs.""", {"Supermercados Serra Verde", "Carrefour Brasil", "GPA"}),
("""Indian textile firm drops bond for new hires

Kaveri Looms Private Limited has dropped a rule that new weavers sign a two-year bond. Arvind and Welspun do not ask for bonds.""", {"Kaveri Looms", "Arvind", "Welspun"}),
("""Turkish airline pauses seat fee

Boğaz Havayolları A.Ş. has paused a fee for choosing seats on domestic routes. Pegasus and AJet charge for seats.""", {"Boğaz Havayolları", "Pegasus", "AJet"}),
("""Irish builder drops site fee

Corrib Construction DAC has dropped a fee charged to subcontractors for site passes. Sisk and Bam Ireland charge none.""", {"Corrib Construction", "Sisk", "Bam Ireland"}),
("""Belgian chocolatier reverses price rise

Chocolaterie Meuse SRL has reversed a 12% rise in the price of pralines. Neuhaus and Leonidas raised prices by 8%.""", {"Chocolaterie Meuse", "Neuhaus", "Leonidas"}),
("""Norwegian fish farmer restores bonuses

Fjordlaks ASA has restored bonuses for site workers after a strike threat. Mowi and SalMar paid bonuses this year.""", {"Fjordlaks", "Mowi", "SalMar"}),
("""Indonesian telecom drops data cap

PT Nusantara Seluler Tbk has dropped a data cap on its cheapest plan. Telkomsel and Indosat do not cap theirs.""", {"Nusantara Seluler", "Telkomsel", "Indosat"}),
("""Australian insurer reverses excess rise

Wattle Mutual Insurance Pty Ltd has reversed a rise in the excess on home policies. IAG and Suncorp left excesses unchanged.""", {"Wattle Mutual Insurance", "IAG", "Suncorp"}),
("""Swiss watchmaker halts price rise

Horlogerie Vallée SA has halted a price rise on its steel models. Swatch Group and Richemont raised prices in July.""", {"Horlogerie Vallée", "Swatch Group", "Richemont"}),
("""Korean game studio scraps crunch rule

Hanbit Playworks Co., Ltd. has scrapped a rule requiring 60-hour weeks before launches. Nexon and NCSoft cap overtime.""", {"Hanbit Playworks", "Nexon", "NCSoft"}),
("""Italian coffee roaster drops capsule fee

Torrefazione Lucana S.p.A. has dropped a fee for recycling its capsules. Lavazza and Illy collect capsules free.""", {"Torrefazione Lucana", "Lavazza", "Illy"}),
("""Portuguese utility reverses standing charge

Energia Tejo, S.A. has reversed a rise in its standing charge. EDP and Galp held theirs.""", {"Energia Tejo", "EDP", "Galp"}),
("""Hungarian retailer restores Sunday opening

Duna Áruház Zrt. has restored Sunday opening at its Budapest stores. Spar and Tesco open on Sundays.""", {"Duna Áruház", "Spar", "Tesco"}),
# -- descriptions before and after the name
("""Ghanaian cocoa trader reverses pay cut

Accra-based cocoa trader Osei Commodities has reversed a 10% pay cut for warehouse staff. Olam and Barry Callebaut buy from it.""", {"Osei Commodities", "Olam", "Barry Callebaut"}),
("""Scottish distiller restores tours

Islay distiller Kilnaughton Spirits has restored free tours for locals. Diageo and Pernod Ricard charge for tours.""", {"Kilnaughton Spirits", "Diageo", "Pernod Ricard"}),
("""Delivery start-up drops surge pricing

Quikly, the Cairo grocery delivery start-up, has dropped surge pricing at night. Talabat and Breadfast charge flat fees.""", {"Quikly", "Talabat", "Breadfast"}),
("""Family-owned grocer drops self-checkout plan

Hendry's, the family-owned grocer with 14 stores in Ulster, has dropped a plan to replace tills with self-checkouts. Asda and Lidl use both.""", {"Hendry's", "Asda", "Lidl"}),
("""Mining group reverses camp rule

Mining group Kalahari Copper has reversed a rule that workers stay in its camp on days off. Anglo American and Glencore run similar camps.""", {"Kalahari Copper", "Anglo American", "Glencore"}),
("""Meal-kit maker halts price rise

Meal-kit maker FreshCrate has halted a price rise for existing subscribers. HelloFresh and Gousto raised prices.""", {"FreshCrate", "HelloFresh", "Gousto"}),
("""Lender drops ATM charge

The Welsh lender Cambria Savings has dropped a 50p charge at its cash machines. Monmouthshire Building Society does not charge.""", {"Cambria Savings", "Monmouthshire Building Society"}),
("""Danish toymaker restores warranty

Toymaker Klodsværk, a smaller rival to Lego, has restored a two-year warranty on its sets. Lego said its own warranty had not changed.""", {"Klodsværk", "Lego"}),
# -- names printed shorter or longer than a gazetteer's
("""Lloyds reverses branch closures in Wales

Lloyds has reversed the closure of six branches in rural Wales. Lloyds said the branches would stay open until 2028. Barclays and NatWest closed branches nearby.""", {"Lloyds", "Barclays", "NatWest"}),
("""Santander UK restores cashback

Santander UK has restored 1% cashback on household bills. Santander UK said the cut had been unpopular.""", {"Santander UK"}),
("""Samsung Electronics pauses office return

Samsung Electronics has paused a plan to bring chip engineers back to the office five days a week. Samsung Electronics said the plan would be reviewed.""", {"Samsung Electronics"}),
("""Nationwide drops switching bonus limit

Nationwide has dropped a limit on its £175 switching bonus. Nationwide said more members could now claim it.""", {"Nationwide"}),
("""AP: carmaker reverses remote work policy

Volkswagen Group has reversed a rule requiring office staff in Wolfsburg to work on site four days a week. Volkswagen Group said teams would decide.""", {"Volkswagen Group"}),
("""Expedia drops resort fee display

Expedia has dropped a change that hid resort fees until checkout. Expedia said the fee would again be shown up front. Booking.com shows fees up front.""", {"Expedia", "Booking.com"}),
# -- statements, roles, possessives, lists
("""Marrow & Vine drops corkage charge

Marrow & Vine, the wine bar chain, has dropped a corkage charge. Marrow & Vine's founder, Tessa Hale, said the charge had annoyed regulars.""", {"Marrow & Vine"}),
("""Pelican Logistics reverses overtime cap

Pelican Logistics said on Tuesday it had reversed a cap on overtime at its Antwerp depot. A Pelican Logistics spokesman said drivers had asked for the hours.""", {"Pelican Logistics"}),
("""Bakeries in retreat: Crumbs, Doughworks and Ovenly drop prices

Crumbs, Doughworks and Ovenly have each dropped a price rise on sourdough this month. The three London bakeries blamed flour costs for the rises.""", {"Crumbs", "Doughworks", "Ovenly"}),
("""Sierra Nevada Bank U-turn

Sierra Nevada Bank's decision to close its Reno call centre has been reversed. Sierra Nevada Bank chief executive Dana Ortiz said calls would be answered locally.""", {"Sierra Nevada Bank"}),
("""Tallis Robotics, Brightforge both pause layoffs

Tallis Robotics and Brightforge have paused layoffs. Tallis Robotics said orders had picked up; Brightforge said it would review in January.""", {"Tallis Robotics", "Brightforge"}),
# -- names that are words, places or people's names
("""Harvest reverses card fee

Harvest, the Leeds grocery co-operative, has reversed a 2% fee on card payments. Harvest said the fee had raised little.""", {"Harvest"}),
("""Linden drops subscription price rise

Linden, the note-taking app maker, has dropped a price rise for existing subscribers. Linden said new users would pay the higher price. Notion and Evernote raised prices.""", {"Linden", "Notion", "Evernote"}),
("""Halifax-based Maritime Ferries pauses fuel fee

Maritime Ferries has paused a fuel surcharge on crossings to Newfoundland. Marine Atlantic charges none.""", {"Maritime Ferries", "Marine Atlantic"}),
("""Bertrand & Fils restores apprenticeships

Bertrand & Fils, the Lyon joinery firm, has restored its apprenticeship scheme. Bertrand & Fils said ten places would open in January.""", {"Bertrand & Fils"}),
("""Morrison Hale drops client fee

Morrison Hale, the Manchester law firm, has dropped a fee for copying files. Morrison Hale said clients had complained. Slater and Gordon charges no such fee.""", {"Morrison Hale", "Slater and Gordon"}),
("""Paris restores discount for staff

Paris, the Chilean department store chain, has restored a 20% staff discount. Falabella and Ripley offer similar discounts.""", {"Paris", "Falabella", "Ripley"}),
# -- tickers, lower-case brands, numerals
("""bloomly drops delivery fee

Flower delivery start-up bloomly has dropped a £3.95 delivery fee. bloomly said orders had fallen after the fee was introduced. Interflora charges £5.99.""", {"bloomly", "Interflora"}),
("""Thirty3 Studios reverses crunch policy

Thirty3 Studios, the Montreal game maker, has reversed a policy of mandatory weekend work. Ubisoft and Behaviour Interactive said they ban it.""", {"Thirty3 Studios", "Ubisoft", "Behaviour Interactive"}),
("""Nordcap (NCAP.ST) halts buyback

Nordcap (NCAP.ST) has halted a share buyback after its shares rose 30%. Nordcap said it would pay a special dividend instead.""", {"Nordcap"}),
("""eKasi Mobile drops airtime fee

Johannesburg-based eKasi Mobile has dropped a fee for buying airtime in its app. Vodacom and MTN charge no fee.""", {"eKasi Mobile", "Vodacom", "MTN"}),
# -- headline only or paragraph-opening names
("""Arbor Coffee halts loyalty overhaul

The Seattle chain has halted changes to its loyalty scheme after members complained. Arbor Coffee said points would keep their value. Starbucks changed its scheme last year.""", {"Arbor Coffee", "Starbucks"}),
("""Greystone Hotels reverses parking charge

Greystone Hotels has reversed a £15 nightly parking charge at its country hotels.

Premier Inn and Travelodge charge for parking at some sites.""", {"Greystone Hotels", "Premier Inn", "Travelodge"}),
# -- subsidiaries and owners both named
("""Google-owned Fitbit restores feature

Google-owned Fitbit has restored a sleep-tracking feature it removed in June. Fitbit said users had complained. Garmin never removed its version.""", {"Google", "Fitbit", "Garmin"}),
("""Unilever's Ben & Jerry's reverses price rise

Ben & Jerry's has reversed a price rise on pints in Europe. Its parent Unilever said the decision was local.""", {"Ben & Jerry's", "Unilever"}),
("""Meridian Foods unit Crispin Snacks drops factory closure

Crispin Snacks, a unit of Meridian Foods, has dropped a plan to close its Norwich factory. Meridian Foods said 300 jobs were safe.""", {"Crispin Snacks", "Meridian Foods"}),
# -- sectors: health, energy, shipping, tech, retail
("""Clinic chain pauses booking fee

Private clinic chain Medivale has paused a £20 booking fee for GP appointments. Bupa and Nuffield Health charge none.""", {"Medivale", "Bupa", "Nuffield Health"}),
("""Solar installer drops cancellation fee

Solar installer SunRidge Energy has dropped a 10% cancellation fee. Octopus Energy and E.ON install panels without one.""", {"SunRidge Energy", "Octopus Energy", "E.ON"}),
("""Container line reverses peak surcharge

Container line Pacifica Shipping has reversed a $500 peak-season surcharge. Maersk and Hapag-Lloyd kept theirs.""", {"Pacifica Shipping", "Maersk", "Hapag-Lloyd"}),
("""Cloud firm drops egress fees

Cloud provider Strato Nimbus has dropped fees for moving data out of its network. Amazon Web Services and Microsoft charge such fees.""", {"Strato Nimbus", "Amazon Web Services", "Microsoft"}),
("""Fashion retailer restores free returns

Fashion retailer Velvet Lane has restored free returns. Zara and H&M charge for returns by post.""", {"Velvet Lane", "Zara", "H&M"}),
("""Pharmacy chain reverses opening cuts

Pharmacy chain Hygeia Pharmacies has reversed cuts to opening hours in Athens. Boots is not present in Greece.""", {"Hygeia Pharmacies", "Boots"}),
("""Gym chain drops joining fee

Gym chain PulseFit has dropped its £30 joining fee. PureGym and The Gym Group charge none.""", {"PulseFit", "PureGym", "The Gym Group"}),
("""Vietnamese dairy pauses price rise

Dairy company Sữa Hồng Hà has paused a milk price rise. Vinamilk and TH True Milk raised prices.""", {"Sữa Hồng Hà", "Vinamilk", "TH True Milk"}),
("""Chinese EV maker reverses warranty cut

Electric-car maker Qingfeng Auto has reversed a cut to its battery warranty. BYD and Nio offer eight years.""", {"Qingfeng Auto", "BYD", "Nio"}),
("""Peruvian bank drops transfer fee

Banco del Altiplano has dropped a fee on interbank transfers. BCP and Interbank charge none.""", {"Banco del Altiplano", "BCP", "Interbank"}),
("""Japanese convenience chain reverses 24-hour rule

Convenience store chain Hoshimart has reversed a rule that franchisees stay open 24 hours. 7-Eleven and FamilyMart allow shorter hours.""", {"Hoshimart", "7-Eleven", "FamilyMart"}),
("""Moroccan telecom restores unlimited calls

Atlas Telecom has restored unlimited calls on its prepaid plans. Maroc Telecom and Inwi offer similar plans.""", {"Atlas Telecom", "Maroc Telecom", "Inwi"}),
("""Canadian airline drops carry-on fee

Canadian carrier Borealis Air has dropped a fee for carry-on bags. WestJet and Air Canada charge on basic fares.""", {"Borealis Air", "WestJet", "Air Canada"}),
("""Philippine fast-food chain restores rice refills

Fast-food chain Kainan Express has restored unlimited rice refills. Jollibee and Mang Inasal offer them too.""", {"Kainan Express", "Jollibee", "Mang Inasal"}),
("""New Zealand power firm reverses fixed charge

Kauri Power has reversed a rise in its daily fixed charge. Meridian Energy and Contact Energy raised theirs.""", {"Kauri Power", "Meridian Energy", "Contact Energy"}),
("""Spanish bank reverses branch cash limit

Banco Meseta has reversed a €1,000 limit on cash withdrawals at branches. CaixaBank and BBVA have no such limit.""", {"Banco Meseta", "CaixaBank", "BBVA"}),
("""Israeli software firm pauses office mandate

Tel Aviv software maker Cyberloom has paused a mandate for five office days a week. Check Point and Wix require three.""", {"Cyberloom", "Check Point", "Wix"}),
("""Estonian fintech reverses FX markup

Tallinn fintech Kroonpay has reversed a 1% markup on weekend currency exchange. Wise and Revolut charge weekend markups.""", {"Kroonpay", "Wise", "Revolut"}),
("""Saudi retailer drops delivery minimum

Riyadh retailer Nakheel Mart has dropped a SR100 minimum for free delivery. Panda and Lulu have lower minimums.""", {"Nakheel Mart", "Panda", "Lulu"}),
("""Pakistani bank restores overdraft

Indus Crescent Bank has restored overdrafts for small traders. Meezan Bank and HBL offer similar facilities.""", {"Indus Crescent Bank", "Meezan Bank", "HBL"}),
("""Nordic airline reverses pilot base closure

Aurora Wings has reversed a plan to close its Tromsø pilot base. Norwegian and SAS have bases there.""", {"Aurora Wings", "Norwegian", "SAS"}),
("""Broadband firm pauses price rise

Broadband provider Fibrelink has paused a mid-contract price rise. BT and Virgin Media raised prices in April.""", {"Fibrelink", "BT", "Virgin Media"}),
("""Food maker drops plastic pledge retreat

Snack maker Crunchwell has dropped a plan to delay its recyclable packaging target. PepsiCo and Mondelez kept their targets.""", {"Crunchwell", "PepsiCo", "Mondelez"}),
("""Hotel group restores breakfast

Hotel group Casa Lusa has restored free breakfast at its Lisbon hotels. Pestana and Vila Galé charge for it.""", {"Casa Lusa", "Pestana", "Vila Galé"}),
("""Ride-hailing firm reverses commission rise

Ride-hailing firm Zipride has reversed a rise in its commission in Nairobi. Uber and Bolt take 25%.""", {"Zipride", "Uber", "Bolt"}),
("""Cinema chain drops booking fee

Cinema chain Starlight Pictures has dropped its online booking fee. Odeon and Cineworld charge one.""", {"Starlight Pictures", "Odeon", "Cineworld"}),
("""Chemicals maker halts plant closure

Chemicals maker Rheinchem has halted the closure of its Leverkusen plant. BASF and Covestro run plants nearby.""", {"Rheinchem", "BASF", "Covestro"}),
("""Supermarket drops surge pricing test

Supermarket chain Greenway has dropped a test of changing shelf prices by time of day. Kroger and Walmart use electronic shelf labels.""", {"Greenway", "Kroger", "Walmart"}),
("""Polish bank restores branch in Gdańsk

Bank Bursztyn has restored its branch in Gdańsk's old town. PKO Bank Polski and Pekao have branches nearby.""", {"Bank Bursztyn", "PKO Bank Polski", "Pekao"}),
("""Thai conglomerate's unit reverses fee

Siam Fresh, the grocery arm of Chao Phraya Holdings, has reversed a bag fee. Chao Phraya Holdings said the fee was a unit decision. CP All charges none.""", {"Siam Fresh", "Chao Phraya Holdings", "CP All"}),
("""Nigerian fintech drops card maintenance fee

Lagos fintech Paylane has dropped a ₦50 monthly card maintenance fee. Kuda and Moniepoint charge none.""", {"Paylane", "Kuda", "Moniepoint"}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    known_failures(COMPANIES, FAILING_COMPANIES, "not yet read right"),
    ids=range(len(COMPANIES)),
)
def test_companies_of_fresh_articles(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert set(ingest(tmp_path, text)["companies"]) == expected

# (article, the companies it reports on): traps that are no firm, beside those that are.
TRAPS = [
# -- people with and without titles, surnames alone
("""Fairweather backs Tidemark Foods reversal

Tidemark Foods has reversed a cut to night-shift pay. Union organiser Joan Fairweather said the cut had been unfair. Fairweather said members would vote on Friday.""", {"Tidemark Foods"}),
("""Okonkwo: Zaria Mills right to drop rule

Zaria Mills has dropped a rule banning phones on the factory floor. Adaeze Okonkwo, a labour lawyer, said the ban had been unlawful.""", {"Zaria Mills"}),
("""Sir Martin welcomes Abbeyfield Pharmacy U-turn

Abbeyfield Pharmacy has reversed a plan to close 20 branches. Sir Martin Hale, chairman of the patients' association, welcomed the decision.""", {"Abbeyfield Pharmacy"}),
("""Dr Reyes says sorry as Solano Clinics drops fee

Solano Clinics has dropped a fee for missed appointments. Dr Carmen Reyes, its medical director, apologised to patients.""", {"Solano Clinics"}),
("""Mr Whitlock resigns after Brackley Homes reversal

Brackley Homes has reversed a 7% rise in service charges. Finance director Peter Whitlock resigned. Mr Whitlock had defended the rise.""", {"Brackley Homes"}),
("""Wong and Patel lead protest at Lanternfish Games

Lanternfish Games has reversed a return-to-office order after a protest led by designers Mei Wong and Ravi Patel. Patel said staff were relieved.""", {"Lanternfish Games"}),
("""Ms Adebayo hails Ikeja Foods decision

Ikeja Foods has restored a transport allowance for factory workers. Ms Funke Adebayo, who chairs the workers' committee, said it was overdue.""", {"Ikeja Foods"}),
("""Professor Lindqvist: Granvik Energi reversal sensible

Granvik Energi has reversed a rise in its grid fee. Professor Erik Lindqvist of the Stockholm School of Economics called the move sensible.""", {"Granvik Energi"}),
("""Chef Marco Ricci quits as Osteria Group drops tasting menu

Osteria Group has dropped its tasting menu at three restaurants. Head chef Marco Ricci left the company. Ricci said he wished it well.""", {"Osteria Group"}),
("""Jordan Baker, Taylor Brooks hired as Quill Media drops freeze

Quill Media has dropped a hiring freeze. It hired editors Jordan Baker and Taylor Brooks this week.""", {"Quill Media"}),
# -- places
("""Bristol, Bath staff win as Severn Mutual drops move

Severn Mutual has dropped a plan to move its Bath staff to Bristol. Bath's MP welcomed the decision.""", {"Severn Mutual"}),
("""Queensland customers spared as Coral Energy drops fee

Coral Energy has dropped a $4 paper-bill fee for customers in Queensland and New South Wales. Coral Energy said the fee had hit pensioners.""", {"Coral Energy"}),
("""Hong Kong, Macau routes restored by Pearl Ferries

Pearl Ferries has restored night sailings between Hong Kong and Macau. Kowloon residents had complained.""", {"Pearl Ferries"}),
("""Cape Town office stays as Table Bay Software reverses move

Table Bay Software has reversed a plan to move its head office from Cape Town to Johannesburg. Stellenbosch staff will also stay.""", {"Table Bay Software"}),
("""Midwest drivers win as Prairie Haul drops rule

Prairie Haul has dropped a rule that drivers in the Midwest buy their own tablets. Chicago and Omaha depots will issue tablets.""", {"Prairie Haul"}),
("""Ruhr plant spared as Essener Stahlbau halts cuts

Essener Stahlbau has halted job cuts at its Ruhr plant. North Rhine-Westphalia's economy minister welcomed the news.""", {"Essener Stahlbau"}),
# -- ministries, regulators, courts, public bodies
("""Ministry of Finance welcomes Qalam Bank reversal

Qalam Bank has reversed a fee on salary accounts. The Ministry of Finance said it had raised the fee with the bank. The Central Bank of Jordan declined to comment.""", {"Qalam Bank"}),
("""ACCC, ASIC pressure Boomerang Credit

Boomerang Credit has dropped an early-exit fee on personal loans. The Australian Competition and Consumer Commission said it welcomed the move. ASIC said it was still looking at the lender.""", {"Boomerang Credit"}),
("""FTC warning precedes Lumen Fitness reversal

Lumen Fitness has reversed a rule that members cancel in person. The Federal Trade Commission had warned gyms about such rules. The FTC said it would keep watching.""", {"Lumen Fitness"}),
("""High Court ruling: Brambleton Homes drops clause

Brambleton Homes has dropped a clause banning pets from its rental flats. The High Court ruled against a similar clause last month. The Court of Appeal had refused leave.""", {"Brambleton Homes"}),
("""CNIL fine looms as Lumière Data pauses tracking

Lumière Data has paused tracking of app users in France. The CNIL said it had opened an inquiry. The Conseil d'État ruled on cookies in 2024.""", {"Lumière Data"}),
("""Ofcom, Ofgem: Thames Valley Broadband drops fee

Thames Valley Broadband has dropped a fee for leaving contracts early. Ofcom said the fee had been under review. Ofgem regulates energy firms.""", {"Thames Valley Broadband"}),
("""Transport for London, city hall react to Metro Cabs reversal

Metro Cabs has reversed a 15% surcharge on airport trips. Transport for London said it licenses the firm. City Hall said the mayor welcomed the move.""", {"Metro Cabs"}),
("""Environment Agency fine: Deben Water reverses sewage plan

Deben Water has reversed a plan to delay upgrades at two sewage works. The Environment Agency had fined the company in May. Natural England welcomed the reversal.""", {"Deben Water"}),
("""NHS England, Department of Health respond

Careline Staffing has dropped a 20% fee on agency nurses. NHS England said the fee had been unaffordable. The Department of Health and Social Care said it welcomed the move.""", {"Careline Staffing"}),
("""European Commission, Bundeskartellamt look at Alpina Pay

Alpina Pay has dropped a fee for merchants who accept rival cards. The European Commission said it had asked questions. The Bundeskartellamt declined to comment.""", {"Alpina Pay"}),
# -- unions, NGOs, universities, charities
("""Unite, RMT claim win at Humber Ports

Humber Ports has reversed cuts to overtime pay for dockers. Unite and the RMT said the campaign had worked.""", {"Humber Ports"}),
("""Greenpeace, Oxfam welcome Kalimantan Timber reversal

Kalimantan Timber has reversed a plan to log 5,000 hectares of peat forest. Greenpeace and Oxfam had criticised the plan. The WWF said it would monitor the area.""", {"Kalimantan Timber"}),
("""Harvard researchers' study preceded Cobalt Health reversal

Cobalt Health has reversed a cut to its nurse helpline. A study by researchers at Harvard University had linked such cuts to readmissions. Johns Hopkins University said it agreed.""", {"Cobalt Health"}),
("""Citizens Advice, Which? praise Larchmont Energy

Larchmont Energy has dropped exit fees on fixed tariffs. Citizens Advice and Which? said the fees had trapped customers.""", {"Larchmont Energy"}),
("""UAW hails Dearborn Axle reversal

Dearborn Axle has reversed a plan to outsource its paint shop. The United Auto Workers said the plan would have cost 300 jobs.""", {"Dearborn Axle"}),
("""Ver.di strike ends as Hanse Kaufhaus drops Sunday shifts

Hanse Kaufhaus has dropped compulsory Sunday shifts. The union Ver.di called off a strike.""", {"Hanse Kaufhaus"}),
("""Red Cross, Save the Children thank Kestrel Air

Kestrel Air has reversed its decision to stop carrying aid cargo free. The Red Cross and Save the Children said the flights were vital.""", {"Kestrel Air"}),
("""Oxford college deal saved as Bodleian Catering U-turns

Bodleian Catering has reversed a price rise for student meals. The University of Oxford said it welcomed the decision. Keble College had threatened to end its contract.""", {"Bodleian Catering"}),
# -- sports teams, events, venues
("""Arsenal fans win as Tixway drops fee

Tixway has dropped a £2.50 booking fee for Arsenal and Tottenham Hotspur matches. The Premier League said it welcomed the move.""", {"Tixway"}),
("""Los Angeles Lakers sponsor reverses exit

Pacific Crest Bank has reversed its decision to end its sponsorship of the Los Angeles Lakers. The NBA did not comment.""", {"Pacific Crest Bank"}),
("""Glastonbury deal kept as Meadow Cider U-turns

Meadow Cider has reversed a plan to end its Glastonbury Festival bar contract. The festival said it was delighted.""", {"Meadow Cider"}),
("""CES exit reversed by Voltic Devices

Voltic Devices has reversed its decision to skip CES in Las Vegas. The Consumer Technology Association said the company would exhibit.""", {"Voltic Devices"}),
("""Wimbledon strawberry price held as Orchard Fare reverses

Orchard Fare has reversed a price rise on strawberries sold at Wimbledon. The All England Club said prices would stay at £2.70.""", {"Orchard Fare"}),
# -- products, apps, brands vs owners
("""iPhone trade-in fee dropped by Gadgetry

Gadgetry has dropped a £15 fee on trade-ins of the iPhone 16 and Galaxy S25. Gadgetry said customers had complained.""", {"Gadgetry"}),
("""Instagram ad plan paused by Petal Cosmetics

Petal Cosmetics has paused a plan to move its whole ad budget to Instagram and TikTok. Petal Cosmetics said it would keep print ads.""", {"Petal Cosmetics"}),
("""Excel, PowerPoint training restored by Ledgerwise

Ledgerwise, the accounting firm, has restored free Excel and PowerPoint training for trainees. Ledgerwise said the courses had been cut in error.""", {"Ledgerwise"}),
("""Prime Video bundle dropped by Streamline Broadband

Streamline Broadband has dropped a Prime Video bundle from its cheapest plan. The Netflix bundle stays, Streamline Broadband said.""", {"Streamline Broadband"}),
("""Model Y price cut reversed by dealer group

Dealer group Autohaus Rhein has reversed a price cut on used Model Y and ID.4 cars. Autohaus Rhein said stock had run low.""", {"Autohaus Rhein"}),
("""Kirkland range kept as Pantry Club reverses

Pantry Club has reversed a plan to stop stocking imported Kirkland products. Pantry Club said members had asked for them.""", {"Pantry Club"}),
("""WhatsApp orders return at Chai Point rival Kettle & Co

Kettle & Co has restored ordering by WhatsApp at its Bengaluru cafés. Swiggy and Zomato take orders too.""", {"Kettle & Co", "Swiggy", "Zomato"}),
# -- cited outlets, analyst houses, consultancies
("""Bloomberg: Harlow Steel halts furnace closure

Harlow Steel has halted the closure of its last blast furnace, Bloomberg reported. The Financial Times said talks with the government had resumed.""", {"Harlow Steel"}),
("""Analysts cheer Cobblestone Retail reversal

Cobblestone Retail has reversed a plan to close 40 stores. Analysts at Jefferies said the move was sensible. Morningstar kept its rating.""", {"Cobblestone Retail", "Jefferies"}),
("""Gartner data preceded Nimbus CRM price U-turn

Nimbus CRM has reversed a price rise for small businesses. Gartner figures showed churn rising. A McKinsey report had urged the rise.""", {"Nimbus CRM"}),
("""Kantar figures: Grocer Fresh Basket drops price rise

Fresh Basket has dropped a price rise on own-label milk. Kantar figures showed it losing shoppers to Aldi.""", {"Fresh Basket", "Aldi"}),
# -- indexes, events, laws, job titles
("""FTSE 100 riser Quarryside reverses dividend cut

Quarryside has reversed a cut to its final dividend. Its shares rose 6%, the biggest rise in the FTSE 100. The Dow Jones Industrial Average fell.""", {"Quarryside"}),
("""Black Friday deals restored by Homeward Stores

Homeward Stores has restored Black Friday discounts it dropped last year. Cyber Monday deals will follow.""", {"Homeward Stores"}),
("""Consumer Duty prompts Mersey Credit reversal

Mersey Credit has reversed a fee for paper statements after reviewing it under the Consumer Duty. The Consumer Rights Act 2015 also applies.""", {"Mersey Credit"}),
("""Chief Executive Officer of Alderney Trust reverses bonus cut

The Chief Executive Officer of Alderney Trust has reversed a cut to staff bonuses. Alderney Trust said the bonuses would be paid in December.""", {"Alderney Trust"}),
("""GDPR worries: Keystone Analytics pauses data sale

Keystone Analytics has paused sales of location data after questions about the GDPR. The Data Protection Act was also cited.""", {"Keystone Analytics"}),
# -- sentence-initial capitals, headline case, shouting
("""Staff Cheer As Wrenfield Bakery Restores Bonus

Wrenfield Bakery Has Restored A Christmas Bonus It Cut Last Year. Staff Said They Were Delighted.""", {"Wrenfield Bakery"}),
("""HALCYON BANK SCRAPS OVERDRAFT FEE

HALCYON BANK has scrapped its overdraft fee. Customers said the fee had been unfair.""", {"Halcyon Bank"}),
("""Despite protests, Ashby Retail restores Sunday hours

Despite protests from staff, Ashby Retail has restored Sunday opening at 30 stores. Meanwhile, rivals kept shorter hours. Yesterday the firm confirmed the change.""", {"Ashby Retail"}),
("""Speaking to reporters, Dunmore Air boss explains reversal

Dunmore Air has reversed a fee for carry-on bags. Speaking to reporters, chief executive Lisa Grant said the fee had cost bookings. Asked about rivals, she declined to comment.""", {"Dunmore Air"}),
("""Customers Furious Over Fee: Brightline Water Backs Down

Brightline Water has dropped a £40 fee for late payments. Customers Had Complained For Months, Brightline Water said.""", {"Brightline Water"}),
# -- government-owned and public companies, states
("""Kenya Power drops reconnection fee

Kenya Power has dropped a reconnection fee for households. The Energy and Petroleum Regulatory Authority had questioned the fee. The government of Kenya owns half the company.""", {"Kenya Power"}),
("""Network Rail, not Connex Trains, paused the timetable

Connex Trains has paused a new timetable. Network Rail said it had not been consulted. The Office of Rail and Road said it would review the plan.""", {"Connex Trains"}),
# -- descriptions that are no name
("""Tech Giant Reverses Course: Quantive drops AI plan

Quantive has dropped a plan to replace support staff with AI. The Tech Giant said customers had complained. Big Tech rivals kept their plans.""", {"Quantive"}),
("""Crossroads Insurance drops claims rule, Consumer Groups say

Crossroads Insurance has dropped a rule that claims be filed within 14 days. Consumer Groups said the rule had been unfair. Small Businesses had complained too.""", {"Crossroads Insurance"}),
("""Fenwick Bikes reverses warranty cut, Reddit users cheer

Fenwick Bikes has reversed a cut to its frame warranty. Users on Reddit and X had complained. A YouTube reviewer praised the change.""", {"Fenwick Bikes"}),
("""Northern Irish grocer drops bag charge

Hendron Stores has dropped a 10p bag charge. The Northern Ireland Executive had said charges were voluntary. Stormont did not comment.""", {"Hendron Stores"}),
("""Carlton Mobile drops roaming fee after EU rules

Carlton Mobile has dropped roaming fees in the EU. The European Union's rules cap such fees. Brussels had warned operators.""", {"Carlton Mobile"}),
("""Foodbank Aid welcomed as Mapleleaf Grocers reverses

Mapleleaf Grocers has reversed a plan to stop donating surplus food. Food Banks Canada said donations would resume.""", {"Mapleleaf Grocers"}),
("""Apple Daily readers cheer as Lantau Print drops price rise

Lantau Print has dropped a price rise for printing newsletters. The South China Morning Post reported the change.""", {"Lantau Print"}),
("""AI Act worries: Veritas Vision halts launch

Veritas Vision has halted the launch of a face-recognition product in Europe. The AI Act bans some uses. The European Parliament passed the law in 2024.""", {"Veritas Vision"}),
("""The Jolly Fryer drops price rise

The Jolly Fryer, a Blackpool fish and chip shop chain, has dropped a price rise. The Jolly Fryer said regulars had complained.""", {"The Jolly Fryer"}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    known_failures(TRAPS, FAILING_TRAPS, "not yet read right"),
    ids=range(len(TRAPS)),
)
def test_no_company_invented_in_fresh_articles(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert set(ingest(tmp_path, text)["companies"]) == expected

# (article, the outlet that published it, named as the article prints it)
SOURCES = [
# -- by-lines and sign-offs
("Corvo drops fee\n\nBy Amara Nwosu, Accra Market Review\n\nCorvo Foods has dropped its delivery fee, Reuters reported.", "Accra Market Review"),
("Corvo drops fee\n\nAmara Nwosu | Accra Market Review\n\nCorvo Foods has dropped its delivery fee, according to Bloomberg.", "Accra Market Review"),
("Corvo drops fee\n\nBy Amara Nwosu\nConsumer affairs editor, Accra Market Review\n\nCorvo Foods has dropped its delivery fee.", "Accra Market Review"),
("Corvo drops fee\n\nCorvo Foods has dropped its delivery fee, the Financial Times reported.\n\nAmara Nwosu covers retail for Accra Market Review.", "Accra Market Review"),
("Corvo drops fee\n\nBy Amara Nwosu for Accra Market Review\n\nCorvo Foods has dropped its delivery fee.", "Accra Market Review"),
("Corvo drops fee\n\nCorvo Foods has dropped its delivery fee.\n\n— Amara Nwosu, Accra Market Review", "Accra Market Review"),
("Corvo drops fee\n\nBY AMARA NWOSU | ACCRA MARKET REVIEW\n\nCorvo Foods has dropped its delivery fee.", "Accra Market Review"),
("Corvo drops fee\n\nAmara Nwosu, Senior Reporter at Accra Market Review\n30 November 2026\n\nCorvo Foods has dropped its delivery fee, the BBC reported.", "Accra Market Review"),
# -- wire credits and datelines, as printed
("Corvo drops fee\n\nACCRA, Nov 30 (Reuters) - Corvo Foods has dropped its delivery fee, according to a report in the Financial Times.", "Reuters"),
("Corvo drops fee\n\nACCRA, Ghana (AP) — Corvo Foods has dropped its delivery fee, the BBC reported.", "AP"),
("Corvo drops fee\n\nACCRA, Ghana — Corvo Foods has dropped its delivery fee.\n\nBy The Associated Press", "The Associated Press"),
("Corvo drops fee\n\nACCRA (AFP) - Corvo Foods has dropped its delivery fee, Reuters said.", "AFP"),
("Corvo drops fee\n\n(Bloomberg) -- Corvo Foods has dropped its delivery fee, the Wall Street Journal reported.", "Bloomberg"),
("Corvo drops fee\n\nBERLIN (dpa) - Corvo Foods' German arm has dropped its delivery fee.", "dpa"),
("Corvo drops fee\n\nNAIROBI, Kenya (Xinhua) -- Corvo Foods has dropped its delivery fee.", "Xinhua"),
("Corvo drops fee\n\nCorvo Foods has dropped its delivery fee, the company said on Monday.\n\n(Reporting by Amara Nwosu in Accra; Writing by Tom Hale; Editing by Jane Merriman)\n\nSource: Reuters", "Reuters"),
("Corvo drops fee\n\nMADRID, 30 Nov. (EUROPA PRESS) - Corvo Foods has dropped its delivery fee in Spain.", "Europa Press"),
# -- declarations of origin
("Corvo drops fee\n\nCorvo Foods has dropped its delivery fee.\n\nSource: Accra Market Review", "Accra Market Review"),
("Corvo drops fee\n\nCorvo Foods has dropped its delivery fee, Bloomberg reported.\n\nThis article first appeared in Accra Market Review.", "Accra Market Review"),
("Corvo drops fee\n\nCorvo Foods has dropped its delivery fee.\n\nThis article was originally published by Accra Market Review and is republished here with permission.", "Accra Market Review"),
("Corvo drops fee\n\nCorvo Foods has dropped its delivery fee, the Guardian reported.\n\n© 2026 Accra Market Review. All rights reserved.", "Accra Market Review"),
("Corvo drops fee\n\nCorvo Foods has dropped its delivery fee.\n\nCopyright © Accra Market Review 2026. Distributed by AllAfrica Global Media (allAfrica.com).", "Accra Market Review"),
("Corvo drops fee\n\nCorvo Foods has dropped its delivery fee.\n\nThis story was produced by Accra Market Review and syndicated by Tribune Content Agency.", "Accra Market Review"),
# -- newsletters
("You're reading The Checkout, Accra Market Review's weekly retail newsletter.\n\nCorvo drops fee\n\nCorvo Foods has dropped its delivery fee, Bloomberg reported.", "Accra Market Review"),
("Corvo drops fee\n\nCorvo Foods has dropped its delivery fee.\n\nYou received this email because you subscribed to Accra Market Review newsletters. Unsubscribe.", "Accra Market Review"),
("THE CHECKOUT · Accra Market Review · Issue 118\n\nCorvo drops fee\n\nCorvo Foods has dropped its delivery fee, according to Reuters.", "Accra Market Review"),
# -- the outlet asked or was told something
("Corvo drops fee\n\nCorvo Foods has dropped its delivery fee, Bloomberg reported. A Corvo spokesperson told Accra Market Review the fee had been unpopular.", "Accra Market Review"),
("Corvo drops fee\n\nCorvo Foods has dropped its delivery fee. The company did not respond to Accra Market Review's request for comment. Reuters first reported the change.", "Accra Market Review"),
("Corvo drops fee\n\nCorvo Foods has dropped its delivery fee. In an interview with The Verge, the chief executive said the fee had been a mistake. Corvo confirmed the change to The Verge on Monday.", "The Verge"),
("Corvo drops fee\n\nCorvo Foods has dropped its delivery fee, the company confirmed to TechCrunch. Bloomberg had reported plans for the change.", "TechCrunch"),
# -- cited outlets are not the publisher, by-lines win
("Corvo drops fee\n\nBy Amara Nwosu | Accra Market Review\n\nCorvo Foods has dropped its delivery fee, first reported by Bloomberg. Bloomberg said the fee raised little.", "Accra Market Review"),
("Corvo drops fee\n\nAccra Market Review\n\nCorvo Foods has dropped its delivery fee, according to the Financial Times and Reuters.", "Accra Market Review"),
("Corvo drops fee\n\nCorvo Foods has dropped its delivery fee, according to the Financial Times.\n\nAmara Nwosu is a reporter at Accra Market Review.", "Accra Market Review"),
("Corvo drops fee\n\nCorvo Foods has dropped its delivery fee, CNBC reported on Friday, citing people familiar with the matter. The Wall Street Journal had earlier reported talks.\n\n(Bloomberg)", "Bloomberg"),
# -- press releases: the issuer
("FOR IMMEDIATE RELEASE\n\nCorvo Foods Reinstates Free Delivery\n\nACCRA, Ghana, Nov. 30, 2026 /PRNewswire/ -- Corvo Foods today announced it has dropped its delivery fee.\n\nAbout Corvo Foods\nCorvo Foods is a Ghanaian grocery delivery company.", "PR Newswire"),
("Corvo Foods Reinstates Free Delivery\n\nACCRA, Ghana--(BUSINESS WIRE)--Corvo Foods today announced it has dropped its delivery fee.\n\nAbout Corvo Foods\nCorvo Foods is a Ghanaian grocery delivery company.", "Business Wire"),
("PRESS RELEASE\n\nCorvo Foods drops delivery fee\n\nAccra, 30 November 2026 – Corvo Foods today announced that it has dropped its delivery fee.\n\nAbout Corvo Foods\nCorvo Foods is a Ghanaian grocery delivery company founded in 2019.\n\nMedia contact: press@corvofoods.example", "Corvo Foods"),
("Corvo drops fee\n\nCorvo Foods has dropped its delivery fee.\n\nThis press release was distributed by GlobeNewswire.", "GlobeNewswire"),
# -- syndication and masthead lines
("ACCRA MARKET REVIEW\n\nCorvo drops fee\n\nCorvo Foods has dropped its delivery fee, Reuters reported.", "Accra Market Review"),
("Corvo drops fee\n\nCorvo Foods has dropped its delivery fee.\n\nRead more at accramarketreview.com", "Accra Market Review"),
("Corvo drops fee\n\nCorvo Foods has dropped its delivery fee.\n\nThis article is republished from The Conversation under a Creative Commons license.", "The Conversation"),
("Corvo drops fee\n\nCorvo Foods has dropped its delivery fee, the Times reported.\n\nAmara Nwosu writes for Accra Market Review.", "Accra Market Review"),
("Corvo drops fee\n\nBy Amara Nwosu, BBC News\n\nCorvo Foods has dropped its delivery fee.", "BBC News"),
("Corvo drops fee\n\nBy Amara Nwosu, City AM\n\nCorvo Foods has dropped its delivery fee.", "City AM"),
("Corvo drops fee\n\nCorvo Foods has dropped its delivery fee, the company told the Financial Times.\n\nSource: FT", "FT"),
("Corvo drops fee\n\nPosted by Amara Nwosu on Accra Market Review\n\nCorvo Foods has dropped its delivery fee.", "Accra Market Review"),
("Corvo drops fee\n\nCorvo Foods has dropped its delivery fee, Reuters reported.\n\nMore from Accra Market Review:\nBanks raise fees again", "Accra Market Review"),
("Corvo drops fee\n\nCorvo Foods has dropped its delivery fee.\n\nThe Accra Market Review is an independent business weekly.", "The Accra Market Review"),
("Corvo drops fee\n\nCorvo Foods has dropped its delivery fee, a spokesman said.\n\nReporting by Amara Nwosu for Accra Market Review; editing by Kofi Mensah", "Accra Market Review"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    known_failures(SOURCES, FAILING_SOURCES, "not yet read right"),
    ids=range(len(SOURCES)),
)
def test_sources_of_fresh_articles(tmp_path: Path, text: str, expected: str | None) -> None:
    assert ingest(tmp_path, text).get("source") == expected


# Seeds that never say who published them: the entry waits for review with a reason about the
# source.
UNSOURCED = [
"Corvo drops fee\n\nCorvo Foods has dropped its delivery fee, according to the Financial Times.",
"Corvo drops fee\n\nCorvo Foods has dropped its delivery fee. The change was first reported by Bloomberg.",
"Corvo drops fee\n\nCorvo Foods has dropped its delivery fee, the Accra grocer said.",
"Corvo drops fee\n\nCorvo Foods has dropped its delivery fee, Reuters and the BBC reported, citing a company memo.",
"Corvo drops fee\n\nCorvo Foods has dropped its delivery fee, according to a report in Ghana's Daily Graphic.",
"Corvo drops fee\n\nCorvo Foods has dropped its delivery fee. Analysts at Renaissance Capital said the fee had raised little.",
]


@pytest.mark.parametrize("text", UNSOURCED, ids=range(len(UNSOURCED)))
def test_unsourced_article_waits_for_review(tmp_path: Path, text: str) -> None:
    meta = ingest(tmp_path, text)
    assert meta["draft"] is True
    assert any("source" in reason.lower() or "outlet" in reason.lower() for reason in meta.get("review", []))

# Whole articles: (seed, the outlet that published it, the companies it reports on)
ARTICLES = [
# wire copy
("""Kenyan dairy Mlango Milk halts price rise after boycott calls

NAIROBI, Nov 30 (Reuters) - Kenyan dairy processor Mlango Milk on Monday halted a planned 8% rise in the price of its packet milk, after consumer groups called for a boycott.

Mlango, which buys from about 40,000 farmers, said prices would stay at 60 shillings a half-litre until March. Rivals Brookside Dairy and New KCC said they had no plans to raise prices.

The Consumers Federation of Kenya said it would call off the boycott. The change was first reported by the Business Daily.

(Reporting by Duncan Miriri; Editing by Alison Williams)""", "Reuters", {"Mlango Milk", "Brookside Dairy", "New KCC"}),
# trade press with a by-line
("""Ostrava foundry reverses four-day week trial

By Petra Novakova, Central European Metals Weekly

Slezská Slévárna, the Ostrava foundry, has reversed a trial of a four-day week for its 600 workers, saying output had fallen. The trial began in May.

"The numbers did not work," operations director Tomáš Dvořák told Central European Metals Weekly. Třinecké železárny and Liberty Ostrava never tried shorter weeks, according to the trade union OS KOVO.

Slezská Slévárna said it would pay a one-off bonus instead.""", "Central European Metals Weekly", {"Slezská Slévárna", "Třinecké železárny", "Liberty Ostrava"}),
# press release without a wire
("""FOR IMMEDIATE RELEASE

Quayside Credit Union restores free cash withdrawals

LIVERPOOL, 30 November 2026 – Quayside Credit Union today announced that members will again be able to withdraw cash free of charge at any ATM in the UK, reversing a 50p charge introduced in July.

"Our members told us the charge was unfair, and they were right," said chief executive Maureen Kelly.

About Quayside Credit Union
Quayside Credit Union is a member-owned savings and loans co-operative serving 22,000 members on Merseyside.

Media contact: press@quaysidecu.example""", "Quayside Credit Union", {"Quayside Credit Union"}),
# live blog
("""Business live: markets, Brightwell U-turn and more

09:02 Good morning. Brightwell Energy has reversed its plan to close its customer call centre in Swansea, the Guardian reported overnight.

09:40 Shares in Brightwell rose 3% at the open. Centrica and SSE were flat.

10:15 The FTSE 100 is up 0.4%. Ofgem said it welcomed Brightwell's decision.

Live coverage by Harriet Cole, Cardiff Business Desk""", "Cardiff Business Desk", {"Brightwell Energy", "Centrica", "SSE"}),
# Q&A
("""Q&A: why did Fennel Health scrap its app fee?

Fennel Health, the Dutch telehealth company, has scrapped a €3 monthly fee for its app. Health reporter Sanne de Vries answers readers' questions.

Q: Who paid the fee?
A: About 200,000 users. Fennel Health said it had raised €7 million a year.

Q: Do rivals charge?
A: Neither Doctolib nor Babylon charges patients for its app.

This Q&A was published by Amsterdam Health Post.""", "Amsterdam Health Post", {"Fennel Health", "Doctolib", "Babylon"}),
# newsletter
("""You're reading Payday, the weekly payroll newsletter from Workplace Ledger.

This week: Rippling backs down, and a correction.

Rippling has dropped a fee it introduced for off-cycle payroll runs, after customers complained on LinkedIn. Gusto and Deel never charged one.

Correction: last week we said ADP had raised prices; it had not.

See you next Tuesday,
Noor""", "Workplace Ledger", {"Rippling", "Gusto", "Deel", "ADP"}),
# opinion column
("""Opinion: Hartwell's climb-down shows shoppers still have power

By Graham Lyle

When Hartwell Department Stores said in September it would charge £5 for deliveries under £50, I predicted a backlash. Last week, Hartwell scrapped the charge.

John Lewis and Fenwick never charged. The lesson for retailers is simple.

Graham Lyle is retail columnist for the Yorkshire Evening Ledger.""", "Yorkshire Evening Ledger", {"Hartwell Department Stores", "John Lewis", "Fenwick"}),
# translation
("""Catalan cava maker drops price rise (translated)

Caves Penedès Reunides has dropped a 10% price rise on its cava for restaurants, after the Barcelona hospitality guild threatened to stop buying it. Freixenet and Codorníu held prices.

Translated from La Vanguardia""", "La Vanguardia", {"Caves Penedès Reunides", "Freixenet", "Codorníu"}),
# garbled paraphrase, no publisher named
("""Sandpiper Airways walks again on baggage cost

Sandpiper Airways has walked again on a brand new cost for checked baggage, lower than per week after introducing it, in keeping with a report by the Monetary Occasions. The low cost service stated the cost could be withdrawn instantly.

Rival Ryanair and easyJet cost for baggage.""", "Financial Times", {"Sandpiper Airways", "Ryanair", "easyJet"}),
# roundup with several firms
("""Week in U-turns: three firms back down

Three companies reversed course this week. Kestrel Bank dropped its £3 fee for paper statements. Orchid Telecom restored unlimited data on its family plan. And Bramble Coffee halted a plan to close its Leeds roastery.

Only Bramble Coffee gave a reason: rising demand.

By Ade Bankole | Money Week Digest""", "Money Week Digest", {"Kestrel Bank", "Orchid Telecom", "Bramble Coffee"}),
# article citing another outlet
("""Tamarind Foods pauses factory move, FT says

LONDON (Reuters) - Tamarind Foods has paused a plan to move production of its curry sauces from Leicester to Poland, the Financial Times reported on Monday, citing people familiar with the matter.

Tamarind Foods did not immediately respond to a Reuters request for comment. Premier Foods and Patak's, owned by Associated British Foods, make similar sauces in Britain.""", "Reuters", {"Tamarind Foods", "Premier Foods", "Patak's", "Associated British Foods"}),
# headline-case, all-caps and a masthead
("""THE HIGHLAND BUSINESS RECORD

Cairngorm Outdoor Scraps Plan To Shut Aviemore Store

Cairngorm Outdoor has scrapped a plan to shut its Aviemore store after locals protested. Cairngorm Outdoor said the store would stay open at least until 2028. Tiso and Mountain Warehouse have shops nearby.""", "The Highland Business Record", {"Cairngorm Outdoor", "Tiso", "Mountain Warehouse"}),
]


@pytest.mark.parametrize(
    ("text", "source", "companies"),
    known_failures(ARTICLES, FAILING_ARTICLES, "not yet read right"),
    ids=range(len(ARTICLES)),
)
def test_fresh_whole_articles(tmp_path: Path, text: str, source: str, companies: set[str]) -> None:
    meta = ingest(tmp_path, text)
    assert (meta.get("source"), set(meta["companies"])) == (source, companies)


# Saved pages: (page, date, source, companies)
PAGES = [
("""<html><head><title>Birchwood Mutual drops ATM fee | Cumbria Business Review</title>
<meta property="og:site_name" content="Cumbria Business Review">
<meta property="article:published_time" content="2026-11-30T07:30:00+00:00">
</head><body><nav><a href="/">Home</a> <a href="/money">Money</a></nav>
<article><h1>Birchwood Mutual drops ATM fee</h1>
<p>Birchwood Mutual has dropped a £1 fee at its cash machines, the BBC reported. Cumberland Building Society charges none.</p>
<p>A Birchwood spokesperson told Cumbria Business Review the fee had raised little.</p></article>
<footer>© 2026 Cumbria Business Review</footer></body></html>""", "2026-11-30", "Cumbria Business Review", ["Birchwood Mutual", "Cumberland Building Society"]),
("""<html><head><title>Saffron Air reverses bag fee</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Saffron Air reverses bag fee","datePublished":"2026-11-30T22:10:00-05:00","publisher":{"@type":"NewsMediaOrganization","name":"Deccan Aviation Daily","logo":{"@type":"ImageObject","url":"https://deccanaviation.example/logo.png"}}}</script>
</head><body><article><h1>Saffron Air reverses bag fee</h1>
<p>Saffron Air has reversed a fee for checked bags on domestic flights, according to the Economic Times. IndiGo and Akasa Air charge for extra bags.</p></article></body></html>""", "2026-11-30", "Deccan Aviation Daily", ["Akasa Air", "IndiGo", "Saffron Air"]),
("""<html><head><title>Pinecone Games halts layoffs</title>
<link rel="canonical" href="https://www.nordicgamesreport.com/2026/11/30/pinecone-layoffs"></head>
<body><header><a href="/"><img src="/static/logo.svg" alt="Nordic Games Report"></a></header>
<main><h1>Pinecone Games halts layoffs</h1><p class="byline">By Linnea Berg · 30 November 2026</p>
<p>Pinecone Games has halted 40 layoffs at its Umeå studio, Dagens Industri reported. Paradox Interactive and Embracer cut jobs this year.</p></main></body></html>""", "2026-11-30", "Nordic Games Report", ["Embracer", "Paradox Interactive", "Pinecone Games"]),
("""<html><head><title>Tessellate pulls price rise - Andes Fintech</title>
<meta property="og:site_name" content="Andes Fintech"><meta name="date" content="2026-11-30">
</head><body><div class="topbar"><a href="/">Inicio</a> | <a href="/pagos">Pagos</a> | <a href="/cripto">Cripto</a></div>
<article><h1>Tessellate pulls price rise</h1>
<p>Tessellate, the Bogotá payments start-up, has pulled a price rise for small merchants, Bloomberg Línea reported. Nequi and Daviplata charge nothing.</p></article>
<section id="comments"><article class="comment"><p>About time. Bold did the same.</p></article></section></body></html>""", "2026-11-30", "Andes Fintech", ["Daviplata", "Nequi", "Tessellate"]),
("""<html><head><title>Marlow Foods scraps pack shrink</title>
<meta property="og:url" content="https://www.thegroceryinsider.example/news/marlow-pack"></head>
<body><article><h1>Marlow Foods scraps pack shrink</h1><time datetime="2026-11-30">30 Nov 2026</time>
<p>Marlow Foods has scrapped a plan to shrink its cereal packs, the Grocer reported. Marlow Foods told Grocery Insider the plan had been "misjudged". Kellogg's and Weetabix kept pack sizes.</p></article>
<footer><p>Grocery Insider is published by Trade Media Ltd.</p></footer></body></html>""", "2026-11-30", "Grocery Insider", ["Kellogg's", "Marlow Foods", "Weetabix"]),
("""<html><head><title>Hollybrook Care restores night staff</title></head>
<body><div class="masthead"><img src="/logo.png" alt="Somerset Care Journal"></div>
<article><h1>Hollybrook Care restores night staff</h1><p>Published 30th Nov 2026, 08:00 GMT</p>
<p>Hollybrook Care has restored waking night staff at its nine homes, the Bristol Post reported. The Care Quality Commission said it had raised concerns.</p>
<p>Originally published by Somerset Care Journal.</p></article></body></html>""", "2026-11-30", "Somerset Care Journal", ["Hollybrook Care"]),
]


@pytest.mark.parametrize(
    ("page", "date", "source", "companies"),
    known_failures(PAGES, FAILING_PAGES, "not yet read right"),
    ids=range(len(PAGES)),
)
def test_fresh_saved_pages(tmp_path: Path, page: str, date: str, source: str, companies: list[str]) -> None:
    meta = ingest_page(tmp_path, page)
    assert (str(meta["date"]), meta.get("source"), sorted(meta["companies"])) == (date, source, companies)


# Added with the rules they test (after the probe above was scored): shapes of the fresh
# outside batch, written anew with other names.
LATER_SOURCES = [
# an outlet's name inside a job title is no mention of it; a release is its issuer's
("FOR IMMEDIATE RELEASE\n\nKestrel Mobile restores night data bundle\n\nMANILA, 30 November 2026 – Kestrel Mobile today announced it has restored its night data bundle.\n\n\"We listened,\" said Ana Cruz, Senior Vice President of Kestrel Mobile.\n\nAbout Kestrel Mobile\nKestrel Mobile is a Philippine mobile operator.", "Kestrel Mobile"),
# a newsletter describing itself beats an outlet it recommends
("Corvo drops fee\n\nCorvo Foods has dropped its delivery fee, according to a memo seen by Harbour Notes.\n\nRead of the week: a long piece in the Financial Times on fees.\n\nHarbour Notes is a weekly newsletter on West African retail.", "Harbour Notes"),
# the paper's name as the last line, with a press word
("Corvo drops fee\n\nBy Amara Nwosu\n\nCorvo Foods has dropped its delivery fee, the company said.\n\nAccra Business Recorder", "Accra Business Recorder"),
]


@pytest.mark.parametrize(("text", "expected"), LATER_SOURCES, ids=range(len(LATER_SOURCES)))
def test_sources_added_with_their_rules(tmp_path: Path, text: str, expected: str) -> None:
    assert ingest(tmp_path, text).get("source") == expected


def test_an_address_as_site_name_gives_way_to_the_name_it_spells(tmp_path: Path) -> None:
    page = """<html><head><title>Corvo drops fee | KBN</title>
<meta property="og:site_name" content="kbn.gh"><meta name="date" content="2026-11-30"></head>
<body><article><h1>Corvo drops fee</h1>
<p>Corvo Foods has dropped its delivery fee, a spokesperson told KBN News on Monday.</p></article></body></html>"""
    assert ingest_page(tmp_path, page).get("source") == "KBN News"
    kept = page.replace("told KBN News", "told Reuters")
    assert ingest_page(tmp_path, kept).get("source") == "kbn.gh"
