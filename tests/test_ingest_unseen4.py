"""A fourth, fresh probe of what ingest makes of articles it has never seen.

Written in one sitting before the rules it led to, and scored once before any of them (the
pass count is in the commit that added it). Every passage is made up, with firms no gazetteer
knows, from many countries and sectors, named the many ways articles name them (legal forms,
descriptions, possessives, tickers, roles, lists, lower-case brands, names that are words or
places); beside them are traps that are no firm (people with and without titles, surnames,
places, ministries, regulators, courts, unions, NGOs, universities, teams, products and apps,
brands and owners, cited outlets, analyst houses, indexes, events, laws, job titles,
sentence-initial and headline capitals, shouted capitals). Sources are the heart of it: the
outlet that published the article, in the shapes saved pages, by-lines, wire credits,
newsletters, syndication and press releases give it, against outlets the article only cites.
Each seed is a real file read by `seed_to_entry`, as `digest ingest` reads it.
"""

# ruff: noqa: E501 (the short articles below are prose, one paragraph a line)
from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from tests.probe_support import ingest_page, ingest_seed, known_failures

# Every probe seed's `Date:` line, unless a case asks for none.
ingest = partial(ingest_seed, date="2026-11-23")


# What this probe still finds wrong (ids into the lists below).
FAILING_COMPANIES: set[int] = {2, 7, 17, 19, 31, 34, 35, 40, 41, 42, 46, 52, 65, 69, 74, 78}
FAILING_TRAPS: set[int] = {14, 18, 22, 23, 25, 30, 36, 37, 38, 39, 40, 46, 48, 49, 50, 51, 57}
FAILING_SOURCES: set[int] = {22}
FAILING_ARTICLES: set[int] = {0, 1, 3, 4, 5, 6, 8, 10, 11}
FAILING_PAGES: set[int] = set()

# (article, the companies it reports on). A firm goes by the name the article uses most from
# its first mention on, the headline's included, without a legal suffix.
COMPANIES = [
# -- legal forms and registrations from many countries
("""Nigerian lender scraps transfer charge

Okonjo Microfinance Bank Ltd has scrapped a N50 charge on transfers below N5,000, the Lagos lender said on Friday. Okonjo Microfinance Bank said the charge had driven customers to Opay and Moniepoint.""", {"Okonjo Microfinance Bank", "Opay", "Moniepoint"}),
("""Chilean miner drops shift change

Minera Cordillera Austral SpA has dropped a plan to move its Atacama crews to 14-day shifts. Codelco and Antofagasta run seven-day rosters.""", {"Minera Cordillera Austral", "Codelco", "Antofagasta"}),
("""Czech carmaker pauses night shift cut

Vltava Automotive a.s. has paused a plan to cut the night shift at its Mladá Boleslav supplier plant. Škoda Auto is its biggest customer.""", {"Vltava Automotive", "Škoda Auto"}),
("""Greek ferry operator reverses fuel surcharge

Aigaion Naftiliaki S.A. has reversed a fuel surcharge on island routes after complaints from hoteliers. The Piraeus-based operator said fares would return to summer levels.""", {"Aigaion Naftiliaki"}),
("""Japanese retailer restores paper receipts

Kaminari Shoten K.K. has restored paper receipts at its 300 stores after older shoppers complained. Aeon and Lawson have kept them.""", {"Kaminari Shoten", "Aeon", "Lawson"}),
("""Dutch insurer drops app-only claims

Duinhoven Verzekeringen N.V. has dropped a rule that claims be filed through its app. Duinhoven Verzekeringen said a phone line would reopen on Monday.""", {"Duinhoven Verzekeringen"}),
("""Swedish builder halts office return

Byggbolaget Norrsken AB has halted a plan to bring engineers back to the office five days a week. Skanska and NCC allow two days at home.""", {"Byggbolaget Norrsken", "Skanska", "NCC"}),
("""Mexican bottler reverses price rise

Embotelladora del Bajío, S.A. de C.V. has reversed a 6% rise in the price of its returnable bottles. Femsa and Arca Continental held prices.""", {"Embotelladora del Bajío", "Femsa", "Arca Continental"}),
("""Danish shipper restores pension top-up

Rederiet Skagerrak A/S has restored a pension top-up for seafarers that it cut last spring. Maersk said it had never cut its own.""", {"Rederiet Skagerrak", "Maersk"}),
("""Canadian grocer pauses loyalty change

Prairie Fields Markets Inc. has paused changes to its loyalty scheme. Loblaw and Sobeys changed theirs this year.""", {"Prairie Fields Markets", "Loblaw", "Sobeys"}),
("""Singapore fintech drops dormancy fee

Lionpay Pte. Ltd. has dropped a fee on dormant wallets. Lionpay said fewer than 2% of users paid it. Grab and Shopee run rival wallets.""", {"Lionpay", "Grab", "Shopee"}),
("""South African insurer reverses claims rule

Ubuntu Life Assurance (Pty) Ltd has reversed a rule that funeral claims be filed within 30 days. Old Mutual and Sanlam allow six months.""", {"Ubuntu Life Assurance", "Old Mutual", "Sanlam"}),
("""German machine maker drops short-time work

Schwabenwerk Maschinenbau GmbH & Co. KG has dropped short-time working at its Ulm plant as orders recovered. Trumpf and DMG Mori also ended it.""", {"Schwabenwerk Maschinenbau", "Trumpf", "DMG Mori"}),
("""Polish courier restores Sunday pickups

Paczkomat Express S.A. has restored Sunday pickups in Warsaw and Kraków. InPost and DPD run seven days a week.""", {"Paczkomat Express", "InPost", "DPD"}),
("""Argentine airline shelves baggage fee

Aerolíneas del Plata S.A. has shelved a checked-baggage fee on domestic flights. Flybondi and JetSMART charge for bags.""", {"Aerolíneas del Plata", "Flybondi", "JetSMART"}),
# -- descriptions: nationality, sector, city
("""Kenyan dairy maker drops price rise

Kenyan dairy processor Mlima Fresh has dropped a plan to raise milk prices by 5 shillings. Brookside Dairy and KCC held prices.""", {"Mlima Fresh", "Brookside Dairy", "KCC"}),
("""Budget airline reverses seat fee

Low-cost carrier SkyWren has reversed a fee for choosing seats next to children. Ryanair and Wizz Air charge for seats.""", {"SkyWren", "Ryanair", "Wizz Air"}),
("""Vietnamese app drops commission hike

Vietnamese ride-hailing app Xeom has dropped a plan to raise its commission to 30%. Grab and Be Group take 25%.""", {"Xeom", "Grab", "Be Group"}),
("""Perth-based miner restores fly-in roster

Perth-based lithium miner Quokka Minerals has restored an eight-days-on, six-off roster. Pilbara Minerals and IGO use similar rosters.""", {"Quokka Minerals", "Pilbara Minerals", "IGO"}),
("""Egyptian telecom pauses tariff rise

Cairo-based mobile operator Nilecom has paused a 20% tariff rise after the regulator objected. Vodafone Egypt and Orange Egypt raised prices in June.""", {"Nilecom", "Vodafone Egypt", "Orange Egypt"}),
("""Colombian bank reverses card fee

Banco Andino, Colombia's fourth-largest lender, has reversed a fee on debit cards. Bancolombia does not charge it.""", {"Banco Andino", "Bancolombia"}),
("""Bangladeshi garment maker drops overtime cap

Dhaka garment exporter Padma Knitwear has dropped a cap on overtime after workers protested. Its buyers include H&M and Primark.""", {"Padma Knitwear", "H&M", "Primark"}),
("""Online furniture seller drops restocking fee

Online furniture seller Roomly has dropped its 15% restocking fee. Wayfair and Made.com charge none.""", {"Roomly", "Wayfair", "Made.com"}),
# -- statements, roles, possessives
("""Fernhill Packaging restores staff canteen

Fernhill Packaging said on Monday it would restore a subsidised canteen at its Telford site. Fernhill Packaging's chief executive, Anita Rao, said staff had made their case.""", {"Fernhill Packaging"}),
("""Corvina Seafoods U-turn on bonus

Corvina Seafoods' decision to scrap its Christmas bonus has been reversed. Corvina Seafoods chief executive Paulo Reis said the bonus would be paid.""", {"Corvina Seafoods"}),
("""Brightwater Homes drops rent rise

Brightwater Homes, which manages 4,000 flats in Glasgow, has dropped a 9% rent rise. A Brightwater Homes spokesperson said the rise was under review.""", {"Brightwater Homes"}),
("""Maplewood Hospitality ends tip pooling

Maplewood Hospitality has ended tip pooling at its 12 hotels. Staff at Maplewood Hospitality had complained that managers took a share.""", {"Maplewood Hospitality"}),
("""Tidewell Energy reinstates volunteer days

Tidewell Energy has reinstated two paid volunteering days. Tidewell Energy, which employs 2,300 people, had cut them in January.""", {"Tidewell Energy"}),
("""Halvorsen Shipping reverses dividend cut

Shares in Halvorsen Shipping rose 8% after the Oslo-listed company reversed a cut to its dividend. Frontline and Hafnia pay quarterly.""", {"Halvorsen Shipping", "Frontline", "Hafnia"}),
("""Helios Grid (NYSE: HGRD) pauses fee

Helios Grid Corp. (NYSE: HGRD) has paused a connection fee for rooftop solar. NextEra Energy charges no such fee.""", {"Helios Grid", "NextEra Energy"}),
("""Kestrel Analytics restores hybrid work

Employees at Kestrel Analytics can once more work from home two days a week. Kestrel Analytics said its office mandate had hurt hiring.""", {"Kestrel Analytics"}),
# -- lower-case and camel-case brands, names that are words
("""kuvo drops subscription price rise

Swedish headphone maker kuvo has dropped a price rise for its audio subscription. kuvo said existing users would keep their price.""", {"kuvo"}),
("""PayNest reverses instant transfer fee

PayNest, the Toronto fintech, has reversed a 1% fee on instant transfers. PayNest had introduced it in October. Wealthsimple and KOHO charge nothing.""", {"PayNest", "Wealthsimple", "KOHO"}),
("""Harvest drops delivery minimum

Harvest, the Dublin meal-kit company, has dropped a €40 minimum order. Harvest said orders had fallen. HelloFresh and Gousto set minimums.""", {"Harvest", "HelloFresh", "Gousto"}),
("""Compass restores free pickups

Compass, the Nairobi courier, has restored free pickups for small sellers. Compass said the fee had cost it customers to Sendy.""", {"Compass", "Sendy"}),
("""Ember pauses gig pay change

Ember, the London food delivery start-up, has paused a change to how it pays riders. Deliveroo and Just Eat changed pay last year.""", {"Ember", "Deliveroo", "Just Eat"}),
("""Loop reverses deposit rule

Loop, the Cape Town cup-sharing service, has reversed a rule that users pay a R20 deposit. Loop said sign-ups had fallen by half.""", {"Loop"}),
# -- names like places
("""Hudson & Vale drops late fee

Hudson & Vale, the New York property manager, has dropped its $75 late fee. Hudson & Vale said tenants had complained to the city.""", {"Hudson & Vale"}),
("""Aberdour Capital reverses platform fee

Aberdour Capital has reversed a platform fee on small pensions. Aberdour said it had listened to advisers.""", {"Aberdour Capital"}),
("""Lagos Street Foods pauses price rise

Lagos Street Foods, the London restaurant chain, has paused a 10% price rise. The chain said it would keep prices until January.""", {"Lagos Street Foods"}),
# -- initials, numbers, symbols
("""J.B. Hartley & Sons restores overtime rate

J.B. Hartley & Sons has restored time-and-a-half for weekend shifts at its Leeds bakery. J.B. Hartley & Sons said it had underestimated the backlash.""", {"J.B. Hartley & Sons"}),
("""Studio 9 Games drops crunch policy

Studio 9 Games has dropped a policy of mandatory overtime before launches. Ubisoft and CD Projekt have faced criticism over crunch.""", {"Studio 9 Games", "Ubisoft", "CD Projekt"}),
("""4Sight Optics reverses clinic closures

4Sight Optics has reversed plans to close 20 clinics in Wales. Specsavers and Vision Express have clinics nearby.""", {"4Sight Optics", "Specsavers", "Vision Express"}),
("""KBT Bank drops overdraft fee

KBT Bank has dropped an overdraft arrangement fee. The Kraków-based bank said fewer customers used overdrafts. PKO Bank Polski charges no fee.""", {"KBT Bank", "PKO Bank Polski"}),
("""Aalto-Nieminen pauses layoffs

Aalto-Nieminen Oy has paused 120 layoffs at its Tampere plant. Aalto-Nieminen said orders had picked up. Wärtsilä and Valmet have also cut staff.""", {"Aalto-Nieminen", "Wärtsilä", "Valmet"}),
# -- lists, rivals, owners
("""Tarn Energy drops fee; rivals follow

Tarn Energy has dropped its exit fee, and rivals Ovo and Octopus Energy said they charge none. Smaller suppliers Fenwick Power and Glowhouse said they would follow.""", {"Tarn Energy", "Ovo", "Octopus Energy", "Fenwick Power", "Glowhouse"}),
("""Three Thai banks reverse app fee

Siam Riverside Bank, Chao Phraya Bank and Lanna Commercial Bank have reversed a fee on app transfers. Kasikornbank never charged it.""", {"Siam Riverside Bank", "Chao Phraya Bank", "Lanna Commercial Bank", "Kasikornbank"}),
("""Brand owner pauses packaging switch

Dunmore Brands, which owns the Kettleby crisps and Pipers Gold cider labels, has paused a switch to paper packaging. Dunmore Brands said suppliers were not ready.""", {"Dunmore Brands"}),
("""Unilever-owned brand drops price rise

Unilever-owned Tarragon Teas has dropped a price rise on its herbal range. Twinings and Clipper kept theirs.""", {"Unilever", "Tarragon Teas", "Twinings", "Clipper"}),
("""Investors back Pelican Health reversal

Pelican Health, backed by investors including Sequoia Capital and Balderton Capital, has reversed a plan to charge for video appointments.""", {"Pelican Health", "Sequoia Capital", "Balderton Capital"}),
("""Marlow Group unit restores bonus

Marlow Group's Brightline Logistics unit has restored a driver safety bonus. Marlow Group said the unit had acted alone.""", {"Marlow Group", "Brightline Logistics"}),
# -- the name only in the headline, and paragraph-opening names
("""Ostrava Steelworks pauses furnace closure

The company said on Tuesday it would keep its second blast furnace running until March. Unions had warned of 900 job losses.""", {"Ostrava Steelworks"}),
("""Quillfeather drops author fee

Quillfeather has dropped a £250 fee it charged authors to list books. The self-publishing platform said it had misjudged the market. Amazon's Kindle Direct Publishing charges nothing.""", {"Quillfeather", "Amazon"}),
("""Software firm reverses Friday office rule

Bellweather has reversed a rule that engineers be in the office on Fridays. The Manchester software firm said productivity had not improved.""", {"Bellweather"}),
# -- paraphrased / garbled styles
("""Solent Ferries walks again on surcharge

Solent Ferries has walked again on a gasoline surcharge it added in September, the operator stated. Pink Funnel and Wightlink didn't add one.""", {"Solent Ferries", "Pink Funnel", "Wightlink"}),
("""Meridian Cable pulls plug on modem fee

In a transfer that shocked clients, Meridian Cable pulled the plug on a month-to-month modem rental price. Meridian had launched the price in spring.""", {"Meridian Cable"}),
# -- Q&A and live blog styles
("""Q&A: why Ashgrove dropped its AI pricing

Q: What has Ashgrove Software done?
A: Ashgrove has dropped per-query pricing for its AI assistant and gone back to a flat fee.
Q: Who else charges per query?
A: Salesforce and ServiceNow both do.""", {"Ashgrove", "Salesforce", "ServiceNow"}),
("""Live: markets and company news

10:02 Linwood Foods has reversed a 4% price rise on bread.
10:15 Tesco shares are flat.
10:31 Redfern Air has paused a plan to close its Cardiff base.""", {"Linwood Foods", "Tesco", "Redfern Air"}),
# -- reversals by description after the name
("""Storr Bank restores branch

Storr Bank has restored a branch in Portree. The Scottish lender had shut it in June. The bank said it had listened to customers.""", {"Storr Bank"}),
("""Ironbark Timber drops four-day week trial

Ironbark Timber said it has dropped its four-day week trial. The Tasmanian timber company said productivity had fallen. Gunns and Forico were not involved.""", {"Ironbark Timber", "Gunns", "Forico"}),
("""Vega Telecom retreats on roaming

Vega Telecom has retreated from a plan to charge for EU roaming. Vega, owned by Telenor, said customers had been clear.""", {"Vega Telecom", "Telenor"}),
("""Tamarind cuts fee after backlash

Tamarind, the Malaysian food delivery app, has cut its small-order fee to zero. Foodpanda and GrabFood charge one.""", {"Tamarind", "Foodpanda", "GrabFood"}),
("""Pemba Air reinstates free bags

Pemba Air has reinstated free checked bags on flights to Zanzibar. Precision Air and Air Tanzania allow 23kg.""", {"Pemba Air", "Precision Air", "Air Tanzania"}),
("""Rasmussen & Lund restores matching

Rasmussen & Lund, the Copenhagen law firm, has restored pension matching for trainees. Rasmussen & Lund had suspended matching in May.""", {"Rasmussen & Lund"}),
("""Orchard Pay backtracks on fee

Orchard Pay backtracked on a card fee on Wednesday. Orchard Pay's founder said on X that the fee had been "a mistake".""", {"Orchard Pay"}),
("""Nordlys pauses app charge

Nordlys Energi has paused a charge for its smart-meter app. Nordlys said it would consult customers. Fjordkraft and Tibber offer free apps.""", {"Nordlys", "Fjordkraft", "Tibber"}),
("""Saffron Air drops pet ban

Saffron Air dropped a ban on pets in the cabin on Thursday. Air India and IndiGo allow small pets.""", {"Saffron Air", "Air India", "IndiGo"}),
("""Cobalt Bay halts price rise at last minute

At the last minute, Cobalt Bay Resorts halted a 12% rise in room rates. Cobalt Bay said bookings had slowed.""", {"Cobalt Bay"}),
("""Why Kettle & Crane dropped its tipping screen

Kettle & Crane, the Seattle coffee chain, has dropped a tipping screen at its tills. Starbucks and Dutch Bros use them.""", {"Kettle & Crane", "Starbucks", "Dutch Bros"}),
("""Greyhound rival Roadlark reverses fare change

Roadlark has reversed a change that made fares non-refundable. The intercity bus operator said complaints had tripled. FlixBus and Greyhound refund within 24 hours.""", {"Roadlark", "FlixBus", "Greyhound"}),
("""Marsden-Pike walks back office rule

Marsden-Pike, the Birmingham engineering consultancy, has walked back a rule requiring four office days. Arup and Atkins allow three.""", {"Marsden-Pike", "Arup", "Atkins"}),
("""Indonesian e-wallet restores cashback

Indonesian e-wallet Dompetku has restored cashback on QR payments. GoPay and OVO offer similar cashback.""", {"Dompetku", "GoPay", "OVO"}),
("""Sable & Finch pauses closure

Luxury retailer Sable & Finch has paused the closure of its Edinburgh store. Harvey Nichols and Jenners have left the city.""", {"Sable & Finch", "Harvey Nichols", "Jenners"}),
("""Turkish bakery chain drops card minimum

Istanbul bakery chain Simitçi Dünyası has dropped a 100-lira card minimum. Simitçi Dünyası said customers had complained online.""", {"Simitçi Dünyası"}),
("""Israeli chipmaker reverses relocation

Tel Aviv chipmaker Galilee Silicon has reversed a plan to move 200 jobs to Austin. Intel and Nvidia employ thousands in Israel.""", {"Galilee Silicon", "Intel", "Nvidia"}),
("""Saudi developer halts service charge

Riyadh developer Najd Residences has halted a service charge on new flats. Najd Residences said the charge would be reviewed. Roshn and Dar Al Arkan charge similar fees.""", {"Najd Residences", "Roshn", "Dar Al Arkan"}),
("""Philippine telco drops load expiry

Manila telco Kalayaan Mobile has dropped a rule that prepaid credit expires after 30 days. Globe Telecom and Smart made similar changes.""", {"Kalayaan Mobile", "Globe Telecom", "Smart"}),
("""Moroccan bank restores branch cash

Casablanca lender Banque Atlas has restored cash services at 40 rural branches. Attijariwafa Bank and BMCE run more branches.""", {"Banque Atlas", "Attijariwafa Bank", "BMCE"}),
("""Peruvian brewer pauses price rise

Cervecería Misti has paused a price rise on its bottled lager. The Arequipa brewer said it wanted to protect sales. Backus dominates the market.""", {"Cervecería Misti", "Backus"}),
("""Taiwanese bubble tea chain restores loyalty stamps

Taipei bubble tea chain Jade Leaf has restored paper loyalty stamps after the app-only scheme drew complaints. Chatime and CoCo kept paper cards.""", {"Jade Leaf", "Chatime", "CoCo"}),
("""Estonian start-up drops equity clawback

Tallinn start-up Kiviloo has dropped a clause letting it claw back staff equity. Bolt and Wise have no such clause.""", {"Kiviloo", "Bolt", "Wise"}),
("""Romanian retailer drops self-checkout

Bucharest grocer Piața Verde has dropped self-checkout at 15 stores. Kaufland and Lidl use it widely.""", {"Piața Verde", "Kaufland", "Lidl"}),
("""Pakistani airline reverses pilot bond

Karachi carrier Indus Wings has reversed a rule that new pilots sign a five-year bond. PIA and Airblue require shorter bonds.""", {"Indus Wings", "PIA", "Airblue"}),
("""Hungarian bank pauses branch closures

Danube Savings Bank has paused branch closures in eastern Hungary. OTP Bank closed 30 branches last year.""", {"Danube Savings Bank", "OTP Bank"}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    known_failures(COMPANIES, FAILING_COMPANIES, "not yet read right"),
    ids=range(len(COMPANIES)),
)
def test_companies_of_fresh_articles(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert set(ingest(tmp_path, text)["companies"]) == expected

# (article, the companies it reports on): traps that are no firm, beside those that are. A
# firm whose analysts the story quotes counts, as the labelled articles of outside writers
# count it (Jefferies, Gartner); one that only advised or wrote a study is left out.
TRAPS = [
# -- people, with and without titles; surnames alone
("""Okafor hails Brightfield Foods reversal

Brightfield Foods has reversed a cut to night-shift pay at its Ibadan plant. Labour leader Chidi Okafor hailed the decision. Okafor said workers would return on Monday.""", {"Brightfield Foods"}),
("""Tanaka: Shirogane Rail was right to drop the fee

Shirogane Rail has dropped a seat-reservation fee on its Hokkaido line. Yuki Tanaka, a transport economist, said the fee had deterred tourists.""", {"Shirogane Rail"}),
("""Dame Helen backs Ravensworth Catering reversal

Ravensworth Catering has reversed a rise in school meal prices. Dame Helen Oakes, who chairs the parents' forum, welcomed it.""", {"Ravensworth Catering"}),
("""Morgan, Stanley and Price at Alder Bank

Alder Bank has reversed a rule limiting cash withdrawals to £500. Branch manager Rhys Morgan said Stanley Price, a customer for 40 years, had complained.""", {"Alder Bank"}),
("""Castillo says sorry as Pampa Foods drops price rise

Pampa Foods has dropped a price rise on dulce de leche. Chief executive Martín Castillo apologised to shoppers. Castillo said the rise had been "badly timed".""", {"Pampa Foods"}),
("""Kowalski quits as Wisła Energia reverses tariff

Wisła Energia has reversed a tariff rise for households. Marketing director Anna Kowalski resigned. Ms Kowalski had defended the rise.""", {"Wisła Energia"}),
("""Ford family shop drops card fee

Hollins Hardware, run by Tom Ford and his sister, has dropped a 50p card fee. Ford said the fee had been "daft".""", {"Hollins Hardware"}),
# -- places
("""Lisbon, Porto staff win as Atlântico Seguros drops relocation

Atlântico Seguros has dropped a plan to move its Porto staff to Lisbon. Porto's mayor welcomed the decision.""", {"Atlântico Seguros"}),
("""Jersey, Guernsey customers keep branches

Channel Mutual has paused branch closures in Jersey and Guernsey. St Helier and St Peter Port branches will stay open.""", {"Channel Mutual"}),
("""Silicon Valley exodus reversed by Arclight Systems

Arclight Systems has reversed a plan to move its headquarters out of Silicon Valley. The Bay Area company said Austin had lost its appeal.""", {"Arclight Systems"}),
("""Victoria customers spared as Kookaburra Energy drops fee

Kookaburra Energy has dropped a $5 paper-bill fee for customers in Victoria and South Australia. Kookaburra Energy said the fee had hit older customers.""", {"Kookaburra Energy"}),
# -- ministries, regulators, courts, public bodies
("""Ministry of Labour welcomes Suvarna Textiles reversal

Suvarna Textiles has reversed a ban on unions at its Tiruppur mills. The Ministry of Labour and Employment said it had been monitoring the dispute. The Madras High Court had been due to hear the case.""", {"Suvarna Textiles"}),
("""CMA and FCA react as Thistle Credit drops fee

Thistle Credit has dropped an early-repayment fee. The Financial Conduct Authority said it welcomed the move. The Competition and Markets Authority declined to comment.""", {"Thistle Credit"}),
("""SEBI probe precedes Rangoli Brokers reversal

Rangoli Brokers has reversed a fee on inactive trading accounts after the Securities and Exchange Board of India asked questions. SEBI said it would publish guidance.""", {"Rangoli Brokers"}),
("""Bundesnetzagentur, Federal Cartel Office pressure Eiche Telekom

Eiche Telekom has dropped a fee for paper bills. The Bundesnetzagentur said the fee breached rules. The Federal Cartel Office said it had received complaints.""", {"Eiche Telekom"}),
("""European Court of Justice ruling: Ventoux Assurances drops clause

Ventoux Assurances has dropped a clause excluding flood damage. The European Court of Justice ruled in a similar case in June. The Cour de cassation had referred the case.""", {"Ventoux Assurances"}),
("""Ofgem, Ofwat and Ofcom: Severnside Water drops charge

Severnside Water has dropped a charge for meter installation. Ofwat said it had raised the charge with the company. Ofgem and Ofcom regulate other utilities.""", {"Severnside Water"}),
("""City council welcomes Mallory Parking reversal

Mallory Parking has reversed a rise in car park charges. Sheffield City Council said the rise had hurt the high street. Councillor Jane Bright said the council would review its own fees.""", {"Mallory Parking"}),
("""Department for Transport, Network Rail react

Lattice Rail has dropped a booking fee on its app. The Department for Transport said it had not been consulted. Network Rail said it was not involved.""", {"Lattice Rail"}),
# -- unions, NGOs, universities, charities
("""Unison, GMB claim win at Thornaby Care

Thornaby Care has reversed cuts to sick pay for care workers. Unison and the GMB said the union campaign had worked.""", {"Thornaby Care"}),
("""Amnesty, Human Rights Watch welcome Sundara Palm Oil reversal

Sundara Palm Oil has reversed a plan to clear 2,000 hectares of forest. Amnesty International and Human Rights Watch had criticised the plan. WWF said it would monitor the site.""", {"Sundara Palm Oil"}),
("""University of Nairobi students win as Savanna Hostels drops fee

Savanna Hostels has dropped a booking fee for students. The University of Nairobi and Kenyatta University had complained.""", {"Savanna Hostels"}),
("""Shelter, Crisis praise Langdon Lettings reversal

Langdon Lettings has reversed a ban on tenants who receive benefits. Shelter and Crisis said such bans were unlawful.""", {"Langdon Lettings"}),
("""Teamsters celebrate as Redline Freight drops rule

Redline Freight has dropped a rule that drivers pay for their own scanners. The Teamsters said the rule had cost drivers $600 a year.""", {"Redline Freight"}),
("""IG Metall deal: Rheinstahl Guss halts cuts

Rheinstahl Guss has halted 400 job cuts after a deal with IG Metall. The union said the deal ran to 2028.""", {"Rheinstahl Guss"}),
# -- sports teams, events, venues
("""Celtic fans win as Glenbrae Ticketing drops ticket fee

Glenbrae Ticketing has dropped a £3 booking fee for Celtic and Rangers matches. The Scottish Premiership said it welcomed the move.""", {"Glenbrae Ticketing"}),
("""Boca Juniors sponsor reverses exit

Yerba Dorada has reversed its decision to end its shirt deal with Boca Juniors. River Plate fans mocked the U-turn.""", {"Yerba Dorada"}),
("""Web Summit exit reversed by Dalkey Software

Dalkey Software has reversed its decision to pull out of Web Summit. The Lisbon conference said the company would have a stand.""", {"Dalkey Software"}),
("""Tour de France deal stays as Velocita Bikes U-turns

Velocita Bikes has reversed a plan to end its Tour de France sponsorship. The Amaury Sport Organisation thanked the company.""", {"Velocita Bikes"}),
("""Olympic Stadium concert fee dropped by Encore Live

Encore Live has dropped a £10 fee on tickets for concerts at the London Stadium. Wembley Stadium and the O2 Arena charge similar fees.""", {"Encore Live"}),
# -- products, apps, brands vs owners
("""WhatsApp support line restored by Ndovu Bank

Ndovu Bank has restored WhatsApp banking for small traders. The Nairobi lender had switched it off in August. M-Pesa users can also pay bills through the app.""", {"Ndovu Bank"}),
("""Galaxy Ultra buyers win as Circuitry Stores drops fee

Circuitry Stores has dropped a £30 setup fee for phones including the Galaxy S26 Ultra and iPhone 17. Circuitry Stores said buyers had complained.""", {"Circuitry Stores"}),
("""Dreamliner order paused by Andes Air

Andes Air has paused an order for ten 787 Dreamliners from Boeing. The Lima carrier said demand had slowed. Two A321neo jets from Airbus will be leased instead.""", {"Andes Air", "Boeing", "Airbus"}),
("""Copilot charge dropped by Fieldstone Legal

Fieldstone Legal has dropped a charge to clients for work done with Copilot and ChatGPT. The firm said the charge had confused clients.""", {"Fieldstone Legal"}),
("""Kindle, Audible prices held as Papyrus Books reverses

Papyrus Books has reversed a price rise on e-books. Its titles sell on Kindle and Audible.""", {"Papyrus Books"}),
("""GreenGo app-only bookings paused

Greenline Taxis has paused a plan to take bookings only through its app, GreenGo. Users of the GreenGo app had complained. The Leeds firm said phone bookings would stay.""", {"Greenline Taxis"}),
("""Excel and Teams training cut reversed

Orion Accounting has reversed cuts to staff training on Excel, Teams and Power BI. Orion Accounting said the cuts had been a mistake.""", {"Orion Accounting"}),
# -- cited outlets, analyst houses, consultancies
("""Analysts at Jefferies cheer Pinecrest Retail reversal

Pinecrest Retail has reversed a plan to close 30 stores. Analysts at Jefferies and Berenberg said the shares were cheap. KPMG had advised on the closures.""", {"Pinecrest Retail", "Jefferies", "Berenberg"}),
("""Morningstar, S&P Global comment on Coral Bay Bank

Coral Bay Bank has reversed a cut to savings rates. A Morningstar analyst said the move was overdue. S&P Global Ratings kept its rating. Fitch Ratings said it saw no change.""", {"Coral Bay Bank", "Morningstar", "S&P Global Ratings", "Fitch Ratings"}),
("""Gartner, Forrester doubt Nimbus Cloud U-turn

Nimbus Cloud has dropped a per-seat price for its AI tools. Gartner analyst Amy Ko called it "a retreat". Forrester said rivals would follow.""", {"Nimbus Cloud", "Gartner", "Forrester"}),
("""Bain study cited as Copperfield Hotels restores perks

Copperfield Hotels has restored staff meals. A Bain & Company study, cited by the firm, found perks cut staff turnover. PwC had recommended the cut.""", {"Copperfield Hotels"}),
("""Le Monde, El País report Solana Viajes reversal

Solana Viajes has reversed a ban on refunds for cancelled tours, El País reported. Le Monde said French customers were affected.""", {"Solana Viajes"}),
# -- indexes, markets, exchanges
("""Nikkei 225 rises as Fujimori Heavy Industries drops buyback pause

Fujimori Heavy Industries has dropped its pause on share buybacks. The Nikkei 225 rose 1.2% and the Topix gained 0.8%. The Tokyo Stock Exchange had urged firms to return cash.""", {"Fujimori Heavy Industries"}),
("""JSE, Nasdaq listings: Karoo Mining drops plan

Karoo Mining has dropped a plan to move its listing from the JSE to Nasdaq. The All Share index fell 0.3%.""", {"Karoo Mining"}),
("""Dow Jones, CAC 40 in focus as Lumen Pharma U-turns

Lumen Pharma has reversed a price rise on its insulin pens. The Dow Jones Industrial Average and the CAC 40 were flat.""", {"Lumen Pharma"}),
# -- laws, schemes, job titles
("""Employment Rights Act prompts Wellbeck Recruitment rethink

Wellbeck Recruitment has dropped zero-hours contracts. The Employment Rights Act, which takes effect next year, bans some such contracts.""", {"Wellbeck Recruitment"}),
("""Chief People Officer leaves as Altamira Hotels reverses

Altamira Hotels has reversed a rule banning visible tattoos. Chief People Officer Sara Ruiz will leave. Head of Legal Tomás Vidal will take over.""", {"Altamira Hotels"}),
("""GDPR, Digital Markets Act cited as Pixelfold drops tracking

Pixelfold has dropped tracking cookies from its photo app. The Digital Markets Act and the GDPR were cited by the Berlin company.""", {"Pixelfold"}),
# -- sentence-initial capitals, headline case, shouting
("""Despite Protests, Rosewood Dental Keeps Then Drops Fee

Despite protests, Rosewood Dental kept a £20 booking fee for a week. Then it dropped it. Meanwhile, Rosewood Dental said new patients would be seen within a month.""", {"Rosewood Dental"}),
("""BREAKING: KALAHARI AIR SCRAPS BAG FEE

Kalahari Air has scrapped a checked-bag fee on domestic flights. Kalahari Air said the fee had pushed travellers to Airlink.""", {"Kalahari Air", "Airlink"}),
("""Update: Following Backlash, Tessellate Design Drops Fee

Following backlash, Tessellate Design has dropped a fee for exporting files. Still, Tessellate Design said prices would rise next year. Nevertheless, users welcomed it.""", {"Tessellate Design"}),
("""Exclusive: Inside Marigold Insurance's Retreat

Marigold Insurance has retreated from a plan to charge for paper statements. Inside the company, staff had warned of complaints.""", {"Marigold Insurance"}),
("""Opinion | Why Halden Bank Was Right To Reverse

Halden Bank was right to reverse its branch closures. Customers In Rural Areas had few alternatives. Regulators Should Take Note.""", {"Halden Bank"}),
# -- government and state-owned, and governments acting
("""Government scraps fee; Pacifica Water follows

The Ministry of Finance has scrapped a levy on water bills. Pacifica Water said it would also drop its own connection fee.""", {"Pacifica Water"}),
("""Workers at Harwood Chemicals cancel strike

Workers at Harwood Chemicals have cancelled a strike after the company restored a pay deal. The Community union said members had voted to accept.""", {"Harwood Chemicals"}),
# -- people named like firms and firms named like people
("""Morgan Reid drops fee

Morgan Reid, the Auckland recruitment agency, has dropped a fee charged to candidates. Morgan Reid said the fee had been unlawful. Director Sam Reid apologised.""", {"Morgan Reid"}),
("""Jasper said it would scrap the rule

Jasper, the Austin-based AI writing company, said it would scrap a rule limiting free users to ten documents. Jasper Kim, a user, welcomed it.""", {"Jasper"}),
# -- an NGO or association named with corporate words
("""British Retail Consortium reacts as Pennine Stores drops fee

Pennine Stores has dropped a 10p fee for paper bags. The British Retail Consortium said other members charged similar fees. The Association of Convenience Stores said the same.""", {"Pennine Stores"}),
("""Consumers' Association and Which? praise Hartwell Broadband

Hartwell Broadband has dropped mid-contract price rises. Which? said the move should be copied. The Consumers' Association had campaigned for it.""", {"Hartwell Broadband"}),
# -- holidays, days, months and weekdays capitalised
("""Boxing Day trading restored at Fenwood Garden Centres

Fenwood Garden Centres has restored Boxing Day opening. Christmas Eve and New Year's Day hours are unchanged.""", {"Fenwood Garden Centres"}),
("""Ramadan hours restored by Souk Digital

Souk Digital has restored shorter working hours during Ramadan for its Dubai staff. Eid al-Fitr holidays are unchanged.""", {"Souk Digital"}),
# -- a publisher or outlet in the story, not as a firm of it
("""Reuters Breakingviews: Montrose Utilities reversal

Montrose Utilities has reversed a price rise. Reuters Breakingviews columnist Liam Proud said the rise had been indefensible. The Economist noted the same.""", {"Montrose Utilities"}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    known_failures(TRAPS, FAILING_TRAPS, "not yet read right"),
    ids=range(len(TRAPS)),
)
def test_no_company_invented_in_fresh_articles(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert set(ingest(tmp_path, text)["companies"]) == expected

# (seed, the outlet that published it)
SOURCES = [
# -- by-lines
("Brannock drops fee\n\nBy Funmi Adeyemi, Lagos Business Courier\n\nBrannock Foods has dropped its delivery fee, Reuters reported.", "Lagos Business Courier"),
("Brannock drops fee\n\nFunmi Adeyemi | Lagos Business Courier\n\nBrannock Foods has dropped its delivery fee, according to Bloomberg.", "Lagos Business Courier"),
("Brannock drops fee\n\nBy Funmi Adeyemi\nRetail Correspondent, Lagos Business Courier\n23 November 2026\n\nBrannock Foods has dropped its delivery fee, the BBC reported.", "Lagos Business Courier"),
("Brannock drops fee\n\nWritten by Funmi Adeyemi for Lagos Business Courier\n\nBrannock Foods has dropped its delivery fee.", "Lagos Business Courier"),
("Brannock drops fee\n\nBrannock Foods has dropped its delivery fee, the Financial Times reported.\n\nFunmi Adeyemi is the retail correspondent at Lagos Business Courier.", "Lagos Business Courier"),
("Brannock drops fee\n\nBrannock Foods has dropped its delivery fee.\n\n— Funmi Adeyemi, Lagos Business Courier", "Lagos Business Courier"),
("Brannock drops fee\n\nBy Funmi Adeyemi · Lagos Business Courier · Nov 23, 2026\n\nBrannock Foods has dropped its delivery fee, Reuters reported.", "Lagos Business Courier"),
("Brannock drops fee\n\nFunmi Adeyemi, Lagos Business Courier staff\n\nBrannock Foods has dropped its delivery fee.", "Lagos Business Courier"),
# -- wire credits and datelines
("Brannock drops fee\n\nLAGOS, Nov 23 (Reuters) - Brannock Foods has dropped its delivery fee, the company said, according to a report in the Financial Times.", "Reuters"),
("Brannock drops fee\n\nLAGOS (AP) — Brannock Foods has dropped its delivery fee, the BBC reported.", "AP"),
("Brannock drops fee\n\n(Bloomberg) -- Brannock Foods has dropped its delivery fee, Reuters reported earlier.", "Bloomberg"),
("Brannock drops fee\n\nLAGOS, Nigeria (AFP) — Brannock Foods has dropped its delivery fee.", "AFP"),
("Brannock drops fee\n\nTOKYO (Kyodo) -- Brannock Foods' Japanese arm has dropped its delivery fee, Nikkei reported.", "Kyodo"),
("Brannock drops fee\n\nSEOUL, Nov. 23 (Yonhap) -- Brannock Foods has dropped its delivery fee.", "Yonhap"),
("Brannock drops fee\n\nBrannock Foods has dropped its delivery fee, according to the Guardian.\n\n(Reporting by Funmi Adeyemi; Editing by Mark Potter)\n\n© Reuters 2026. All rights reserved.", "Reuters"),
# -- declarations of origin
("Brannock drops fee\n\nBrannock Foods has dropped its delivery fee.\n\nSource: Lagos Business Courier", "Lagos Business Courier"),
("Brannock drops fee\n\nBrannock Foods has dropped its delivery fee, Bloomberg reported.\n\nThis article first appeared in Lagos Business Courier.", "Lagos Business Courier"),
("Brannock drops fee\n\nBrannock Foods has dropped its delivery fee.\n\nOriginally published by Lagos Business Courier on 23 November 2026.", "Lagos Business Courier"),
("Brannock drops fee\n\nBrannock Foods has dropped its delivery fee.\n\nRepublished with permission from Lagos Business Courier.", "Lagos Business Courier"),
("Brannock drops fee\n\nBrannock Foods has dropped its delivery fee.\n\n©2026 Lagos Business Courier. Distributed by Tribune Content Agency, LLC.", "Lagos Business Courier"),
("Brannock drops fee\n\nBrannock Foods has dropped its delivery fee, the Financial Times reported.\n\nThis story was syndicated from Lagos Business Courier.", "Lagos Business Courier"),
("Brannock drops fee\n\nBrannock Foods has dropped its delivery fee.\n\nCopyright © 2026 Lagos Business Courier. All rights reserved.", "Lagos Business Courier"),
("Brannock drops fee\n\nBrannock Foods has dropped its delivery fee, Reuters reported.\n\nhttps://www.lagosbusinesscourier.com.ng/retail/brannock-fee", "Lagos Business Courier"),
# -- newsletters
("You're reading The Till, Lagos Business Courier's weekly retail newsletter.\n\nBrannock drops fee\n\nBrannock Foods has dropped its delivery fee, Bloomberg reported.", "Lagos Business Courier"),
("Brannock drops fee\n\nBrannock Foods has dropped its delivery fee, the Financial Times reported.\n\nYou received this email because you subscribed to Lagos Business Courier's Morning Till.", "Lagos Business Courier"),
("THE TILL | Issue 88 | Lagos Business Courier\n\nBrannock drops fee\n\nBrannock Foods has dropped its delivery fee, Reuters reported.", "Lagos Business Courier"),
# -- the outlet the firm spoke to
("Brannock drops fee\n\nBrannock Foods has dropped its delivery fee, Reuters reported. A Brannock spokesperson confirmed the change to Lagos Business Courier.", "Lagos Business Courier"),
("Brannock drops fee\n\nBrannock Foods has dropped its delivery fee, according to Bloomberg. Brannock did not respond to Lagos Business Courier's request for comment.", "Lagos Business Courier"),
("Brannock drops fee\n\n\"We listened,\" Brannock Foods' chief executive told the Lagos Business Courier on Monday. The Financial Times had reported the fee in June.", "Lagos Business Courier"),
# -- mastheads and title lines
("LAGOS BUSINESS COURIER\n\nBrannock drops fee\n\nBrannock Foods has dropped its delivery fee, the Guardian reported.", "Lagos Business Courier"),
("Brannock drops fee | Lagos Business Courier\n\nBrannock Foods has dropped its delivery fee, Bloomberg reported.", "Lagos Business Courier"),
("Brannock drops fee - Lagos Business Courier\n\nBrannock Foods has dropped its delivery fee, Reuters reported.", "Lagos Business Courier"),
# -- press releases
("Brannock Foods Removes Delivery Fee\n\nLAGOS, Nigeria, Nov. 23, 2026 /PRNewswire/ -- Brannock Foods today announced it has removed its delivery fee.\n\nAbout Brannock Foods\nBrannock Foods is a Nigerian grocer.", "PR Newswire"),
("Brannock Foods Removes Delivery Fee\n\nLAGOS, Nigeria--(BUSINESS WIRE)--Brannock Foods today announced it has removed its delivery fee.\n\nAbout Brannock Foods\nBrannock Foods is a Nigerian grocer.", "Business Wire"),
("FOR IMMEDIATE RELEASE\n\nBrannock Foods Removes Delivery Fee\n\nLagos, 23 November 2026 — Brannock Foods today announced it has removed its delivery fee.\n\nAbout Brannock Foods\nBrannock Foods is a Nigerian grocer with 60 stores.\n\nMedia contact: press@brannock.example", "Brannock Foods"),
("NEWS RELEASE\n\nBrannock Foods Removes Delivery Fee\n\nLagos, 23 November 2026 — Brannock Foods today said it has removed its delivery fee, as first reported by Bloomberg.\n\nAbout Brannock Foods\nBrannock Foods is a Nigerian grocer.", "Brannock Foods"),
# -- cited only: the labelled set names the outlet credited (the entry waits for review)
("Brannock drops fee\n\nBrannock Foods has dropped its delivery fee, according to the Financial Times.", "Financial Times"),
("Brannock drops fee\n\nBrannock Foods has dropped its delivery fee, Bloomberg reported on Monday, citing people familiar with the matter.", "Bloomberg"),
("Brannock drops fee\n\nBrannock Foods has dropped its delivery fee. The change was first reported by Reuters.", None),
# -- known outlets by their own words
("Brannock drops fee\n\nBy Funmi Adeyemi, Financial Times\n\nBrannock Foods has dropped its delivery fee, Bloomberg reported.", "Financial Times"),
("Brannock drops fee\n\nBrannock Foods has dropped its delivery fee, the company told the BBC. Reuters first reported the plan.", "BBC"),
("Brannock drops fee\n\nBrannock Foods has dropped its delivery fee.\n\nCopyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.", "Associated Press"),
("Brannock drops fee\n\nBrannock Foods has dropped its delivery fee, Bloomberg reported.\n\nAdditional reporting by Funmi Adeyemi in Lagos.", "Bloomberg"),
("Brannock drops fee\n\nBrannock Foods has dropped its delivery fee, The Guardian understands. Reuters had reported the plan in May.\n\nThe Guardian", "The Guardian"),
("Brannock drops fee\n\nBrannock Foods has dropped its delivery fee, a spokesperson told Reuters. Bloomberg first reported the change.", "Reuters"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    known_failures(SOURCES, FAILING_SOURCES, "not yet read right"),
    ids=range(len(SOURCES)),
)
def test_sources_of_fresh_articles(tmp_path: Path, text: str, expected: str | None) -> None:
    assert ingest(tmp_path, text).get("source") == expected


# Seeds that never say who published them: no source, or the outlet they only cite, and a
# review reason that says so (the entry waits as a draft).
UNSOURCED = [
"Brannock drops fee\n\nBrannock Foods has dropped its delivery fee, according to the Financial Times.",
"Brannock drops fee\n\nBrannock Foods has dropped its delivery fee. The change was first reported by Reuters.",
"Brannock drops fee\n\nBrannock Foods has dropped its delivery fee, the Lagos grocer said.",
"Brannock drops fee\n\nBrannock Foods has dropped its delivery fee, as reported by Bloomberg and the Financial Times.",
]


@pytest.mark.parametrize("text", UNSOURCED, ids=range(len(UNSOURCED)))
def test_unsourced_article_waits_for_review(tmp_path: Path, text: str) -> None:
    meta = ingest(tmp_path, text)
    assert meta["draft"] is True
    assert any("source" in reason.lower() or "outlet" in reason.lower() for reason in meta.get("review", []))

# Whole articles: (seed, the outlet that published it, the companies it reports on)
ARTICLES = [
("""Tavira Telecom halts 'loyalty penalty' after regulator warning

LISBON, Nov 23 (Reuters) - Portuguese mobile operator Tavira Telecom on Monday halted price rises for customers who have stayed more than two years, days after regulator ANACOM warned that such "loyalty penalties" could breach consumer law.

Tavira, which has about 1.2 million subscribers, said existing customers would pay the same as new ones from January. Rivals MEO and NOS said they did not charge loyal customers more.

The change was first reported by Jornal de Negócios. Consumer group DECO said it had received hundreds of complaints.

(Reporting by Catarina Demony; Editing by Alison Williams)""", "Reuters", {"Tavira Telecom", "MEO", "NOS"}),
("""Harbour Freight Systems reverses driver camera rule

By Dana Whitlock, FreightLine Weekly

Harbour Freight Systems, the Oakland trucking company, has reversed a rule requiring inward-facing cameras in its 900 cabs, after drivers threatened to walk out.

"We got the balance wrong," chief operating officer Luis Ortega told FreightLine Weekly. The Teamsters had filed a grievance, and the California Labor Commissioner's office had opened an inquiry, the Los Angeles Times reported.

J.B. Hunt and Schneider National use forward-facing cameras only. Harbour Freight Systems said it would keep those.""", "FreightLine Weekly", {"Harbour Freight Systems", "J.B. Hunt", "Schneider National"}),
("""FOR IMMEDIATE RELEASE

Kestrel Cove Resorts Restores Free Cancellation for Winter Stays

QUEENSTOWN, New Zealand, 23 November 2026 — Kestrel Cove Resorts today announced that guests can once again cancel winter bookings free of charge up to 48 hours before arrival.

"Our guests told us clearly that flexibility matters," said Mere Tawhiri, general manager. The resort group had moved to a 14-day cancellation window in March.

About Kestrel Cove Resorts
Kestrel Cove Resorts operates four alpine lodges in Otago and Southland.

Media contact: media@kestrelcove.example""", "Kestrel Cove Resorts", {"Kestrel Cove Resorts"}),
("""Live: retail results day

08:05 Good morning. Results from Hollowell, Brisco and Pennant today.

08:12 Hollowell Group has reversed its decision to close its Preston store, chief executive Aisha Khan tells us. The shares are up 3%.

08:40 Brisco says it will stick with its plan to charge for returns. Analysts at Peel Hunt say that is brave.

09:15 Pennant Home has paused its loyalty scheme overhaul. The FTSE 250 is up 0.2%.

This live blog is produced by the Retail Desk at The Shopfloor.""", "The Shopfloor", {"Hollowell Group", "Brisco", "Pennant Home"}),
("""Q&A: What Lumo's U-turn means for your bills

Lumo Energia, the Helsinki electricity company, has dropped a plan to add a monthly charge for its app. Our consumer editor answers your questions.

Why did Lumo change its mind?
Lumo says customers complained. The Finnish Energy Authority had also asked questions.

Do other suppliers charge?
Helen and Fortum do not.

Lumo is not the first to reverse: Vattenfall dropped a similar charge in Sweden.

Kauppalehti, Helsinki""", "Kauppalehti", {"Lumo", "Helen", "Fortum", "Vattenfall"}),
("""THE WEEKLY SHIFT — a newsletter about work, from Meridian Media

Hello, shift-workers. Three reversals this week.

1. Cargill Vale, the Brazilian meatpacker, has dropped mandatory Saturday shifts at two plants in Goiás. JBS and Marfrig did not comment.

2. Northpoint Software has restored remote work for engineers, a month after ordering them back. A Northpoint spokesperson told us the mandate "did not work".

3. Wanda Cinemas? No change: it is sticking with its new ticket fee.

See you next week. Forwarded this? Subscribe to The Weekly Shift.""", "Meridian Media", {"Cargill Vale", "JBS", "Marfrig", "Northpoint Software", "Wanda Cinemas"}),
("""Opinion: Brindle Bank's climbdown shows customers still have power

When Brindle Bank said in September that it would close 40 branches in rural Wales, few thought the decision could be reversed. Last week it was.

Brindle, the Cardiff lender, now says the branches will stay open until at least 2028. The Senedd had held hearings; Plaid Cymru and the Welsh Conservatives united against the closures.

Other banks, Lloyds and NatWest among them, should take note.

Gareth Pryce is a former branch manager. This column first appeared in the Western Mail.""", "Western Mail", {"Brindle Bank", "Lloyds", "NatWest"}),
("""Sud Lait renonce à sa hausse de prix (translated)

Sud Lait, the Toulouse dairy cooperative, has given up its planned 8% rise in the price of its yoghurts, according to the newspaper La Dépêche du Midi. Carrefour and Leclerc had refused to accept the rise.

The cooperative said it would "look again in the spring". Lactalis and Danone raised their prices in October.

Translated from La Dépêche du Midi.""", "La Dépêche du Midi", {"Sud Lait", "Carrefour", "Leclerc", "Lactalis", "Danone"}),
("""Pinewood Technologies backpedals on workplace mandate

Pinewood Technologies has backpedalled on a directive that required staff members to be in the workplace 4 days every week, in line with an inner memo considered by Insider. The Bengaluru firm mentioned the directive would now apply two days.

Infosys and TCS require three days. Pinewood didn't reply to Quick Firm's request for remark.""", "Fast Company", {"Pinewood Technologies", "Infosys", "TCS"}),
("""Tarragona port operator drops night fee

By Laia Puig | Catalan Business Review | 23 November 2026

Terminal Mediterrània, which runs the container terminal at the port of Tarragona, has dropped a €90 surcharge on night-time collections, it said on Monday.

The Port Authority of Tarragona said it had not been consulted. Hauliers' association Fenadismer welcomed the decision. Maersk and MSC use the terminal, La Vanguardia reported.""", "Catalan Business Review", {"Terminal Mediterrània", "Maersk", "MSC"}),
("""Ridgeback Outdoor brings back lifetime repairs

Ridgeback Outdoor is bringing back free lifetime repairs on its jackets, two years after limiting them to five years. The Denver outdoor brand said customers had "made it clear" they wanted the old policy.

Patagonia and Arc'teryx offer repairs. Ridgeback Outdoor, which is owned by private equity firm Summit Peak Partners, sells in REI stores.

This story was produced by Gear Patrol Weekly and is republished here with permission.""", "Gear Patrol Weekly", {"Ridgeback Outdoor", "Patagonia", "Arc'teryx", "Summit Peak Partners", "REI"}),
("""Saltire Rail pauses ticket office closures

Saltire Rail has paused plans to close 30 ticket offices across Scotland, the operator said on Monday, after a consultation drew 40,000 responses.

Transport Scotland said it welcomed the pause. The RMT union said it would keep campaigning. ScotRail's parent, Scottish Rail Holdings, was not involved.

Ellen Baird, Scottish Transport Review""", "Scottish Transport Review", {"Saltire Rail"}),
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
("""<html><head><title>Ashdown Mutual restores branch hours | The Kent Courier</title>
<meta property="og:site_name" content="The Kent Courier">
<meta property="article:published_time" content="2026-11-23T08:00:00+00:00">
</head><body><nav><a href="/">Home</a> <a href="/business">Business</a></nav>
<article><h1>Ashdown Mutual restores branch hours</h1>
<p>Ashdown Mutual has restored full opening hours at its 12 Kent branches, the BBC reported. Nationwide and Santander kept their hours.</p>
<p>A spokesperson for Ashdown told The Kent Courier the change was permanent.</p></article>
<footer>© 2026 The Kent Courier</footer></body></html>""", "2026-11-23", "The Kent Courier", ["Ashdown Mutual", "Nationwide", "Santander"]),
("""<html><head><title>Sorrel Health pauses app fee</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Sorrel Health pauses app fee","datePublished":"2026-11-23T21:30:00-05:00","publisher":{"@type":"Organization","name":"Boston Health Ledger"}}</script>
</head><body><article><h1>Sorrel Health pauses app fee</h1>
<p>Sorrel Health has paused a $4.99 monthly fee for its patient app, according to STAT News. Teladoc and Amwell offer free apps.</p></article></body></html>""", "2026-11-23", "Boston Health Ledger", ["Amwell", "Sorrel Health", "Teladoc"]),
("""<html><head><title>Kora Foods reverses pack change</title>
<link rel="canonical" href="https://www.eastafricagrocer.com/2026/11/23/kora-pack"></head>
<body><header><img src="/img/logo.png" alt="East Africa Grocer"></header>
<main><h1>Kora Foods reverses pack change</h1><p class="byline">By Wanjiru Mwangi · 23 November 2026</p>
<p>Kora Foods has reversed a cut in the size of its maize flour packs, Business Daily reported. Unga Group and Pembe kept theirs.</p></main></body></html>""", "2026-11-23", "East Africa Grocer", ["Kora Foods", "Pembe", "Unga Group"]),
("""<html><head><title>Vireo pulls price rise</title>
<meta property="og:site_name" content="Andes Tech Journal"><meta name="date" content="2026-11-23">
</head><body><div class="menu"><a href="/">Inicio</a> | <a href="/startups">Startups</a> | <a href="/fintech">Fintech</a></div>
<article><h1>Vireo pulls price rise</h1>
<p>Vireo, the Santiago payments start-up, has pulled a price rise for small merchants. Mercado Pago and Getnet charge similar rates.</p></article>
<section class="comments"><article class="comment"><p>Typical. Klap did the same.</p></article></section></body></html>""", "2026-11-23", "Andes Tech Journal", ["Getnet", "Mercado Pago", "Vireo"]),
("""<html><head><title>Tern Air drops seat fee</title>
<meta property="og:url" content="https://www.thegulfaviationreview.com/news/tern-air-seat-fee"></head>
<body><article><h1>Tern Air drops seat fee</h1><time datetime="2026-11-23">23 Nov 2026</time>
<p>Tern Air has dropped a fee for choosing seats, Arabian Business reported. Tern Air told the Gulf Aviation Review the fee had been "a mistake". Flydubai and Air Arabia charge for seats.</p></article></body></html>""", "2026-11-23", "The Gulf Aviation Review", ["Air Arabia", "Flydubai", "Tern Air"]),
("""<html><head><title>Moorfield Water scraps meter charge</title></head>
<body><div class="masthead"><img src="/logo.svg" alt="Yorkshire Business Daily"></div>
<article><h1>Moorfield Water scraps meter charge</h1><p>Published 23rd Nov 2026, 09:15 GMT</p>
<p>Moorfield Water has scrapped a £60 charge for installing water meters, the Yorkshire Post reported. Ofwat said it had raised the charge with the company.</p>
<p>Originally published by Yorkshire Business Daily.</p></article></body></html>""", "2026-11-23", "Yorkshire Business Daily", ["Moorfield Water"]),
]


@pytest.mark.parametrize(
    ("page", "date", "source", "companies"),
    known_failures(PAGES, FAILING_PAGES, "not yet read right"),
    ids=range(len(PAGES)),
)
def test_fresh_saved_pages(tmp_path: Path, page: str, date: str, source: str, companies: list[str]) -> None:
    meta = ingest_page(tmp_path, page)
    assert (str(meta["date"]), meta.get("source"), sorted(meta["companies"])) == (date, source, companies)
