"""A third, fresh probe of what ingest makes of articles it has never seen.

Written in one sitting before the rules it led to, and scored once before any of them (the
pass count is in the commit that added it). Every passage is made up, with firms no
gazetteer knows, from many countries and sectors, named the ways articles name them; beside
them are the traps that are no firm (people with and without titles, surnames, places,
ministries, regulators, courts, unions, NGOs, universities, teams, products, brands, cited
outlets, analyst houses, indexes, events, laws, job titles, sentence-initial and headline
capitals, capitals shouted). The sources are the heart of it: the outlet that published the
article, in the shapes saved pages, by-lines, wire credits, newsletters and syndication give
it, against the outlets the article only cites. Each seed is a real file read by
`seed_to_entry`, as `digest ingest` reads it.
"""

# ruff: noqa: E501 (the short articles below are prose, one paragraph a line)
from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from tests.probe_support import ingest_page, ingest_seed, known_failures

# Every probe seed's `Date:` line, unless a case asks for none.
ingest = partial(ingest_seed, date="2026-09-14")


# What this probe still finds wrong (ids into the lists below).
FAILING_COMPANIES: set[int] = {6, 8, 9, 17, 25, 27, 33, 34, 38, 47, 53, 54, 55, 56, 58, 64, 70, 71, 78, 84, 86, 90, 92, 93, 99, 101, 102, 103, 112, 113, 114}
FAILING_TRAPS: set[int] = {5, 6, 8, 14, 21, 22, 24, 27, 31, 34, 43, 46, 47}
FAILING_SOURCES: set[int] = {29}
FAILING_UNSOURCED: set[int] = set()
FAILING_DATES: set[int] = set()
FAILING_TITLES: set[int] = set()
FAILING_ARTICLES: set[int] = set()
FAILING_PAGES: set[int] = {3, 4}

# (article, the companies it reports on). A firm goes by the name the article uses most from
# its first mention on, the headline's included, as the labelled set names them ("Quillon" for
# a story that says "Quillon Pharma" once and "Quillon" twice).
COMPANIES = [
# -- legal forms from many countries
("""Polish dairy Mleczarnia Zorza drops bottle deposit

Mleczarnia Zorza Sp. z o.o. has dropped a 50-grosz deposit on its glass milk bottles after shops in Poznań refused to handle returns. The cooperative-owned dairy said it would look again next year.""", {"Mleczarnia Zorza"}),
("""Brazilian lender pauses account fee

Banco Ipanema S.A. has paused a monthly fee on basic current accounts, the Rio de Janeiro lender said on Tuesday. Nubank and Itaú Unibanco charge no such fee.""", {"Banco Ipanema", "Nubank", "Itaú Unibanco"}),
("""Turkish airline reverses bag charge

Anadolu Hava Yolları A.Ş. has reversed a charge on cabin bags on domestic routes, a week after bringing it in. The Ankara-based carrier said passengers had been confused at the gate.""", {"Anadolu Hava Yolları"}),
("""Wexford Mutual restores branch hours

Wexford Mutual DAC has restored full opening hours at 14 branches in the south-east. The Irish insurer had cut them to three days a week in March.""", {"Wexford Mutual"}),
("""Indian IT firm drops bond for freshers

Sundaram Infotech Ltd has dropped a rule that graduate hires sign a two-year service bond. The Chennai-based company said it had struggled to recruit. Infosys and Wipro scrapped bonds years ago.""", {"Sundaram Infotech", "Infosys", "Wipro"}),
("""Swiss watchmaker reverses price rise

Horlogerie Valtière SA has reversed a 9% price rise on its steel models, the Geneva watchmaker said. Swatch Group has held prices.""", {"Horlogerie Valtière", "Swatch Group"}),
("""Korean battery maker pauses plant

Daesan Energy Co., Ltd. has paused construction of a battery plant in Hungary, citing weak demand. The Seoul-based company said the site would be kept. LG Energy Solution and SK On have delayed similar plants.""", {"Daesan Energy", "LG Energy Solution", "SK On"}),
("""Austrian builder drops four-day week

Baumeister Kranzl GesmbH has dropped a four-day week trial after a year. The Graz construction firm said site schedules had slipped.""", {"Baumeister Kranzl"}),
("""Kiwi retailer scraps surcharge

Tūī Hardware Limited has scrapped a 2% surcharge on card payments at its 40 stores. The Auckland-based chain said it would absorb the cost. Mitre 10 and Bunnings do not surcharge.""", {"Tūī Hardware", "Mitre 10", "Bunnings"}),
("""Belgian brewer halts layoffs

Brouwerij Verhaeghe-Dumon BV has halted 60 planned layoffs at its Roeselare brewery after a deal with unions. AB InBev and Duvel Moortgat have also cut jobs this year.""", {"Brouwerij Verhaeghe-Dumon", "AB InBev", "Duvel Moortgat"}),
("""Spanish telecom reinstates unlimited plan

Telefónica rival Ondanet S.L. has reinstated its unlimited data plan, six months after withdrawing it. The Valencia operator said network upgrades made the plan affordable again.""", {"Telefónica", "Ondanet"}),
("""Singapore's Lionhead Capital reverses fee

Lionhead Capital Pte. Ltd. has reversed a platform fee on its robo-advisory accounts. The Singapore fund manager said clients with under S$10,000 would pay nothing. StashAway and Syfe did not change fees.""", {"Lionhead Capital", "StashAway", "Syfe"}),
("""US grocer Pell & Marsh drops self-checkout plan

Pell & Marsh Inc. has dropped plans to make its Ohio stores self-checkout only. The Columbus grocer said older shoppers had complained. Kroger and Walmart have cut back self-checkout lanes.""", {"Pell & Marsh", "Kroger", "Walmart"}),
("""Canadian telecom reverses roaming charge

Laurentide Telecom Inc. has reversed a new daily roaming charge for customers travelling in the United States. The Quebec carrier said it would refund charges. Rogers and Bell Canada charge $16 a day.""", {"Laurentide Telecom", "Rogers", "Bell Canada"}),
("""South African insurer restores cover

Ubuntu Life Assurance (Pty) Ltd has restored funeral cover for members over 75, which it had cut in June. The Johannesburg insurer said the Financial Sector Conduct Authority had raised questions.""", {"Ubuntu Life Assurance"}),
("""Japanese carmaker drops subscription for heated seats

Akimoto Motor Co. has dropped a monthly subscription for heated seats in its hatchbacks. The Nagoya carmaker said the feature would be free. Toyota and Honda charge nothing.""", {"Akimoto Motor", "Toyota", "Honda"}),
("""Estonian fintech walks back crypto ban

Tallinn-based Rahakott OÜ has walked back a ban on crypto purchases with its cards. The fintech said customers had moved money to Revolut and Wise.""", {"Rahakott", "Revolut", "Wise"}),
("""Czech retailer drops Sunday opening

Obchody Hruška a.s. has dropped Sunday opening at its 120 stores, reversing a trial. The Brno chain said staff had asked for weekends back. Albert and Billa stay open.""", {"Obchody Hruška", "Albert", "Billa"}),
# -- descriptions, appositions and places
("""Arvika restores free returns

Arvika, the Swedish outdoor clothing brand, has restored free returns for online orders. Fjällräven and Haglöfs never charged for returns.""", {"Arvika", "Fjällräven", "Haglöfs"}),
("""Lagos fintech Paystride drops transfer fee

Lagos-based Paystride has dropped a 50-naira fee on transfers under 5,000 naira. The payments start-up said volumes had fallen after the fee. Opay and Moniepoint charge no fee.""", {"Paystride", "Opay", "Moniepoint"}),
("""Melbourne's Corella Coffee reverses cup charge

Corella Coffee, the Melbourne chain of 60 cafés, has reversed a 20-cent charge on takeaway cups. The chain said customers had been bringing their own cups anyway.""", {"Corella Coffee"}),
("""Greek ferry operator cuts fuel surcharge

Piraeus-based ferry operator Aegean Link has cut a fuel surcharge it added in July. The company said fuel prices had eased. Blue Star Ferries kept its surcharge.""", {"Aegean Link", "Blue Star Ferries"}),
("""Texas chain Mesquite Burger brings back dollar menu

Mesquite Burger, the Texas fast-food chain, is bringing back its dollar menu, which it dropped two years ago. The San Antonio company said diners had cut visits.""", {"Mesquite Burger"}),
("""Mumbai's Kesari Foods shelves price hike

Kesari Foods, the Mumbai snack maker, has shelved a price hike on its 10-rupee packs. Rival Haldiram's said it would hold prices.""", {"Kesari Foods", "Haldiram's"}),
("""Finnish game studio Revontuli restores remote work

Helsinki game studio Revontuli Games will let staff work remotely again, reversing a return-to-office order. The developer of the mobile hit Reindeer Rush said it had lost a dozen programmers.""", {"Revontuli Games"}),
("""Chilean winery drops export plan

Viña Santa Brígida, one of Chile's oldest wineries, has dropped a plan to stop selling in the UK. Concha y Toro and Santa Rita remain major exporters.""", {"Viña Santa Brígida", "Concha y Toro", "Santa Rita"}),
("""Maker of Frostline freezers reverses warranty cut

Kyllä Appliances, the maker of Frostline freezers, has reversed a cut in its warranty from five years to two. The Finnish company said dealers had complained.""", {"Kyllä Appliances"}),
("""Vietnamese airline drops meal charge

Hanoi-based budget carrier SkyLotus has dropped charges for in-flight meals on flights over three hours. VietJet Air and Bamboo Airways still charge.""", {"SkyLotus", "VietJet Air", "Bamboo Airways"}),
("""Private equity-owned Granary Bakeries restores overtime rates

Granary Bakeries, owned by private equity firm Hollins Partners, has restored time-and-a-half overtime for night shifts. The Midlands bakery said it had struggled to fill shifts.""", {"Granary Bakeries", "Hollins Partners"}),
("""Parent Oakvale cuts price of Crumble app

Oakvale Media, the owner of the recipe app Crumble, has cut the subscription price back to £2.99 a month after a backlash against a rise to £5.99.""", {"Oakvale Media"}),
("""Gulf airline drops wifi fee

Dubai's Falcon Air has dropped its in-flight wifi fee for economy passengers. Emirates and Etihad already offer free messaging.""", {"Falcon Air", "Emirates", "Etihad"}),
# -- possessives, "shares in", subjects after verbs, passives
("""Fee scrapped by Harrowgate Water

A £30 meter-reading fee has been scrapped by Harrowgate Water after Ofwat questioned it. The Yorkshire supplier said it had meant to cover costs.""", {"Harrowgate Water"}),
("""Investors cheer Quillon's U-turn

Shares in Quillon Pharma jumped 11% after the company reversed its decision to stop funding a heart drug trial. Quillon's chief executive said the data had improved.""", {"Quillon"}),
("""Trellis drops fee

Dropping the fee was the right call, said Trellis Home's chief financial officer, after the Dublin furniture retailer scrapped a €40 delivery charge.""", {"Trellis Home"}),
("""Back comes the bonus at Ravensworth

Back comes the Christmas bonus at Ravensworth Engineering: the Sheffield firm said on Friday it would pay £500 to every worker after cancelling the bonus in October.""", {"Ravensworth Engineering"}),
("""Amberlight's reversal on pensions

Amberlight Energy's decision to restore final-salary pensions for long-serving staff surprised analysts. The Aberdeen oil services firm closed the scheme in 2024.""", {"Amberlight Energy"}),
("""Halcyon Hotels backtracks

Halcyon Hotels has backtracked on a plan to charge guests for late checkout. Its rival Fernleigh Inns dropped a similar charge in May.""", {"Halcyon Hotels", "Fernleigh Inns"}),
("""Stock in Ondura slides after reversal

Stock in Ondura Semiconductor fell 6% after the chipmaker dropped plans to build a second fab in Dresden. GlobalFoundries and Infineon operate plants in the city.""", {"Ondura Semiconductor", "GlobalFoundries", "Infineon"}),
("""Out goes the fee at Pipistrelle

Out goes the £3 paper-bill fee at Pipistrelle Broadband, which said it had heard from older customers.""", {"Pipistrelle Broadband"}),
# -- firms named like people, places and common words
("""Harper Lowe reverses bonus cut

Harper Lowe, the Boston asset manager, has reversed a cut to junior staff bonuses. The firm manages $40 billion.""", {"Harper Lowe"}),
("""Cornwall Capital drops fee

Cornwall Capital has dropped an exit fee on its funds. The London-based investment firm said the fee had deterred savers.""", {"Cornwall Capital"}),
("""Meadow restores free tier

Meadow, the meditation app maker, has restored its free tier after subscribers complained. The San Francisco start-up said 30% of users had left. Headspace and Calm offer free trials.""", {"Meadow", "Headspace", "Calm"}),
("""Summit drops loyalty changes

Summit, the Canadian grocery chain, has dropped changes to its loyalty scheme. Summit said points would keep their value. Loblaw and Sobeys run rival schemes.""", {"Summit", "Loblaw", "Sobeys"}),
("""Lincoln Shaw restores dress-down Fridays

Lincoln Shaw, the accountancy firm, has restored dress-down Fridays. Partners at Lincoln Shaw had voted to end them in June.""", {"Lincoln Shaw"}),
("""Granite reverses job cuts

Granite, the Minneapolis software company, has reversed 40 job cuts after winning a government contract.""", {"Granite"}),
("""Jordan Street Capital halts fund closure

Jordan Street Capital has halted the closure of its smaller-companies fund. The Edinburgh investment house said investors had objected.""", {"Jordan Street Capital"}),
("""Florence Homes pauses price rise

Florence Homes, the Manchester housebuilder, has paused a price rise on its new-build flats. Persimmon and Barratt have cut prices.""", {"Florence Homes", "Persimmon", "Barratt"}),
# -- tickers, exchanges, numbers and symbols in names
("""3Sixty Logistics drops surcharge

3Sixty Logistics (ASX: TSL) has dropped a peak-season surcharge. The Perth freight company said volumes were lower than forecast.""", {"3Sixty Logistics"}),
("""K&W Foods reverses pack shrink

K&W Foods has reversed a cut in the size of its crisp packets. The Derby snack maker said it would restore the 40g bag.""", {"K&W Foods"}),
("""Nordlys drops plan

Nordlys ASA (OSE: NORD) has dropped a plan to move its headquarters from Bergen to Oslo, the shipping group said.""", {"Nordlys"}),
("""Eight Bells Brewing restores happy hour

Eight Bells Brewing has restored happy hour at its 12 taprooms. The Portland brewer dropped it in March.""", {"Eight Bells Brewing"}),
("""O'Rourke & Sons walks back delivery charge

O'Rourke & Sons has walked back a delivery charge for rural customers. The Galway builders' merchant said it had misjudged demand.""", {"O'Rourke & Sons"}),
("""Petrova-Lind lifts hiring freeze

Petrova-Lind, the Bulgarian software outsourcer, has lifted a hiring freeze. The Sofia firm said new clients had signed.""", {"Petrova-Lind"}),
("""hyperlane drops data cap

hyperlane, the lowercase-branded broadband provider, has dropped data caps on its cheapest plan. The Bristol firm had introduced caps in April.""", {"hyperlane"}),
("""NEXA Robotics reverses layoffs

NEXA Robotics has reversed 80 layoffs at its Eindhoven site. The Dutch company said orders had recovered.""", {"NEXA Robotics"}),
# -- roundups
("""Three grocers drop shrinkflation packs

Valemart, Brightbasket and Coop Nordvik have all dropped smaller pack sizes this month. Valemart went first; Brightbasket followed a week later, and Coop Nordvik said on Friday it would return to the old sizes.""", {"Valemart", "Brightbasket", "Coop Nordvik"}),
("""Lenders retreat on fees

Ashdown Bank, Kelmscott Building Society and Tamar Credit Union have each dropped account fees introduced this year. Ashdown was the first to retreat, in August.""", {"Ashdown Bank", "Kelmscott Building Society", "Tamar Credit Union"}),
("""Roundup: airlines and perks

Meridian Air restored free snacks. Coastal Wings reversed a seat-selection fee. And Polaris Airways brought back its student discount.""", {"Meridian Air", "Coastal Wings", "Polaris Airways"}),
("""Which employers have reversed return-to-office rules?

- Brackwell Insurance: back to three days, from five
- Stonechat Digital: fully remote again
- Ferncliff Legal: office mandate paused""", {"Brackwell Insurance", "Stonechat Digital", "Ferncliff Legal"}),
("""Streaming services drop password rules

Loop TV and Kinora have both dropped rules against sharing passwords. Netflix, which started the crackdown, has not changed course.""", {"Loop TV", "Kinora", "Netflix"}),
# -- live blog, Q&A, newsletter, release, paraphrase styles
("""LIVE: Budget day reaction

11:02 Carradine Foods says it will scrap the price rise announced last week.
11:15 Shares in Carradine up 4%.
11:40 Wickmere Dairy says it too will hold prices.""", {"Carradine Foods", "Wickmere Dairy"}),
("""Your questions answered: the Tallyho fee

Q: Is Tallyho still charging the fee?
A: No. Tallyho Travel dropped it on Monday.
Q: Will I get a refund?
A: Tallyho says refunds will be made automatically.""", {"Tallyho Travel"}),
("""The Morning Brief

Good morning. Kestle Cosmetics has dropped its plan to close 30 counters in department stores. Boots and Superdrug, which stock the brand, had lobbied against it. That's all for today.""", {"Kestle Cosmetics", "Boots", "Superdrug"}),
("""Fernhill Foods Announces Restoration of Staff Discount

LEEDS, England, Sept. 14, 2026 -- Fernhill Foods Ltd., a leading maker of chilled ready meals, today announced that it has restored the 20% staff discount at its factory shops.

"Our people asked, and we listened," said Joanne Reilly, Chief People Officer of Fernhill Foods.

About Fernhill Foods
Fernhill Foods Ltd. is a family-owned food manufacturer based in Leeds.""", {"Fernhill Foods"}),
("""Cobaltia walks again on far-off work ban

Software agency Cobaltia has walked again on its ban on far-off work, the agency's chief govt informed workers. Rival Indigo Code stated it had no plans to change.""", {"Cobaltia", "Indigo Code"}),
("""Opinion: Draycott's climb-down is a warning

Draycott Retail's climb-down over staff lockers is a warning to every employer. When Draycott told shop-floor workers to leave their phones in lockers, it forgot who serves the customers.""", {"Draycott"}),
# -- headline-only and lede-only firms
("""Vireo Pharma drops price increase

The drugmaker said it would keep the list price of its asthma inhaler unchanged after patient groups complained. The company had planned a 15% rise.""", {"Vireo Pharma"}),
("""Bellhaven, Corrick drop contactless limit cut

Two regional banks have reversed a cut to contactless limits. Bellhaven said the change had confused customers; Corrick said it would follow.""", {"Bellhaven", "Corrick"}),
# -- known firms beside unknown ones, units and subsidiaries
("""Amazon's Zoox unit pauses robotaxi rides

Zoox, the robotaxi company owned by Amazon, has paused rides in Las Vegas after a collision. Waymo continues to operate in the city.""", {"Zoox", "Amazon", "Waymo"}),
("""Unilever-owned Kettlebrook drops price rise

Kettlebrook, the ice-cream maker owned by Unilever, has dropped a price rise on its tubs. The Vermont brand said shoppers had pushed back.""", {"Kettlebrook", "Unilever"}),
("""Sony drops PlayStation fee in Japan

Sony Interactive Entertainment has dropped a fee increase for PlayStation Plus in Japan. Nintendo and Microsoft did not raise fees.""", {"Sony Interactive Entertainment", "Nintendo", "Microsoft"}),
("""Tesco Bank reverses card change

Tesco Bank has reversed a change that cut Clubcard points earned on its credit cards. Barclays, which is buying the bank, declined to comment.""", {"Tesco Bank", "Barclays"}),
("""Carrefour Belgium halts store sales

Carrefour Belgium has halted the sale of 20 stores to franchisees after unions went on strike. Delhaize and Colruyt have faced similar protests.""", {"Carrefour Belgium", "Delhaize", "Colruyt"}),
("""IKEA franchisee Ingka Group reverses wage freeze

Ingka Group, the biggest IKEA franchisee, has reversed a wage freeze for store staff in Germany. Verdi had called strikes.""", {"Ingka Group", "Ikea"}),
# -- people and firms in the same sentence
("""Chief executive Mara Olsen reverses Tennfjord policy

Tennfjord Seafood's chief executive, Mara Olsen, has reversed a policy requiring managers to live within an hour of its Ålesund plant. Olsen said the rule had cost the company recruits.""", {"Tennfjord Seafood"}),
("""Dr Kwame Asante: Obuasi Gold was right to reverse

Obuasi Gold Ltd has reversed a cut to miners' allowances. Dr Kwame Asante, an economist at the University of Ghana, said the reversal was right. Asante said gold prices could absorb the cost.""", {"Obuasi Gold"}),
("""Former Fennick boss welcomes U-turn

Fennick Travel has dropped a booking fee. Its former chief executive, Sir Robert Hale, welcomed the move. Hale left Fennick in 2023.""", {"Fennick Travel"}),
("""Marlow Chen drops cap

Bluefin Securities has dropped a cap on withdrawals, founder Marlow Chen said. Chen told customers the cap had been a mistake.""", {"Bluefin Securities"}),
# -- all-caps and headline case
("""PRIMROSE BANK REVERSES OVERDRAFT HIKE

PRIMROSE BANK has reversed an overdraft rate hike to 39.9%. The Cardiff lender said customers would pay 29.9% again.""", {"Primrose Bank"}),
("""Ridgeway Outdoor Drops Plan To Close Stores In Wales

Ridgeway Outdoor has dropped a plan to close five stores in Wales. The Shropshire retailer said leases had been renegotiated.""", {"Ridgeway Outdoor"}),
("""MOSSGROVE U-TURN: free parking is back

Mossgrove Garden Centres has brought back free parking at its 18 sites. Mossgrove said the charge had cost it visitors.""", {"Mossgrove Garden Centres"}),
# -- translated and garbled paraphrase
("""Düsseldorfer Stahlwerke nimmt Kurzarbeit zurück (translated)

The steelmaker Düsseldorfer Stahlwerke has taken back short-time work for 1,200 employees, the company announced on Monday. Thyssenkrupp and Salzgitter have extended short-time work.""", {"Düsseldorfer Stahlwerke", "Thyssenkrupp", "Salzgitter"}),
("""Marisol Telecom rolls again its worth hike

Marisol Telecom has rolled again the worth hike it introduced for pay as you go clients in June, the Lisbon-based service provider mentioned. Rival Vodafone Portugal stated it will maintain costs.""", {"Marisol Telecom", "Vodafone Portugal"}),
("""Le groupe Vallon renonce à la fermeture (translated)

The Vallon group has renounced the closure of its Lyon factory, according to a statement. Vallon employs 400 people there. Michelin and Renault also have plants in the region.""", {"Vallon", "Michelin", "Renault"}),
# -- names with the, of, and
("""The Kitchen Collective drops booking fee

The Kitchen Collective, the London restaurant group, has dropped a £5 booking fee. The group runs 11 restaurants.""", {"The Kitchen Collective"}),
("""Bank of Tavira restores mortgage offer

Bank of Tavira has restored a 95% mortgage it withdrew in March. The Portuguese lender said house prices had stabilised.""", {"Bank of Tavira"}),
("""Stationer reverses notebook price change

Stationer Smith and Keane has reversed a price change on its notebooks. The Glasgow firm said loyal customers had objected.""", {"Smith and Keane"}),
("""Harbour & Pine drops rule

Harbour & Pine, the furniture brand, has dropped a rule that customers book showroom visits. Harbour & Pine said walk-ins were welcome again.""", {"Harbour & Pine"}),
# -- sectors: energy, health, tech, transport, food, media, sport business
("""Solara Energia halts solar tariff cut

Solara Energia has halted a cut to the export tariff it pays households with rooftop panels. The Madrid utility said the cut would be reviewed. Iberdrola and Endesa pay less.""", {"Solara Energia", "Iberdrola", "Endesa"}),
("""Clinic chain Medwell drops cancellation charge

Medwell Clinics has dropped a £40 charge for missed GP appointments at its private clinics. The company said the charge had deterred patients from booking.""", {"Medwell Clinics"}),
("""Cloud firm Stratovault reverses price rise

Stratovault has reversed a 20% price rise for its storage tiers, the Amsterdam cloud provider said. Customers had threatened to move to AWS and Google Cloud.""", {"Stratovault", "AWS", "Google Cloud"}),
("""Railway operator Northlink reinstates off-peak fares

Northlink Trains has reinstated off-peak fares on its Leeds to York route after a trial of peak pricing all day. Avanti West Coast and LNER have also trialled fare changes.""", {"Northlink Trains", "Avanti West Coast", "LNER"}),
("""Publisher Quarto Press drops AI audiobooks

Quarto Press has dropped plans to produce audiobooks with AI voices after authors objected. The Oxford publisher said it would use human narrators.""", {"Quarto Press"}),
("""Gym chain Pulse Fitness reverses joining fee

Pulse Fitness has reversed a £30 joining fee. PureGym and The Gym Group charge no joining fee.""", {"Pulse Fitness", "PureGym", "The Gym Group"}),
("""Kitmaker Arroyo drops shirt price rise

Sportswear maker Arroyo Athletic has dropped a £10 rise in the price of replica shirts it makes for Premier League clubs. Nike and Adidas make most clubs' kits.""", {"Arroyo Athletic", "Nike", "Adidas"}),
("""Drinks group Caskwell pauses distillery sale

Caskwell Spirits has paused the sale of its Islay distillery. The Glasgow drinks group said bids had been too low. Diageo and Pernod Ricard had been expected to bid.""", {"Caskwell Spirits", "Diageo", "Pernod Ricard"}),
("""Toymaker Brickhouse restores free spare parts

Brickhouse Toys has restored free replacement parts for its building sets. Lego offers the same service.""", {"Brickhouse Toys", "Lego"}),
("""Shipping line Tidewater reverses surcharge

Tidewater Lines has reversed a congestion surcharge on cargo to Felixstowe. Maersk and MSC had already dropped theirs.""", {"Tidewater Lines", "Maersk", "MSC"}),
("""Staffing agency drops fee for workers

Brightpath Recruitment has dropped a £25 fee it charged temporary workers for background checks. Hays and Adecco do not charge workers.""", {"Brightpath Recruitment", "Hays", "Adecco"}),
("""Property firm Stonegate Living halts rent rise

Stonegate Living has halted a 7% rent rise for tenants at its build-to-rent blocks in Birmingham. Grainger said its rents would rise 4%.""", {"Stonegate Living", "Grainger"}),
("""Cinema chain Lumen reverses ticket price change

Lumen Cinemas has reversed a switch to dynamic ticket pricing. Odeon and Vue trialled similar schemes.""", {"Lumen Cinemas", "Odeon", "Vue"}),
("""Agritech firm Tillwise drops data fee

Tillwise has dropped a fee farmers paid to export their field data. The Iowa agritech firm said John Deere's own platform charges nothing.""", {"Tillwise", "John Deere"}),
("""Battery swap firm Voltera pulls out of exit

Voltera has pulled back from its plan to exit the Indonesian market. The Singapore-based battery-swap company said Gojek riders relied on it.""", {"Voltera", "Gojek"}),
("""Logistics firm Kestrel Freight cancels depot closure

Kestrel Freight has cancelled the closure of its Doncaster depot, saving 140 jobs. DHL and XPO Logistics run depots nearby.""", {"Kestrel Freight", "DHL", "XPO Logistics"}),
("""Hotel group Alpenrose restores breakfast

Alpenrose Hotels has restored free breakfast at its 25 hotels in Austria. The Innsbruck group said reviews had suffered.""", {"Alpenrose Hotels"}),
("""Fashion house Maison Orly drops return charge

Maison Orly has dropped a €5 charge on online returns. The Paris fashion house said customers had complained. Zara charges €1.95 for some returns.""", {"Maison Orly", "Zara"}),
("""Bike maker Veloria halts price rise

Veloria Cycles has halted a price rise on its e-bikes. The Dutch bike maker said demand had slowed. VanMoof and Cowboy cut prices this year.""", {"Veloria Cycles", "VanMoof", "Cowboy"}),
("""Pet food maker Pawfect walks back recipe change

Pawfect Pet Foods has walked back a change to its dry-food recipe after owners said their dogs refused it. The company will restore the old recipe in October.""", {"Pawfect Pet Foods"}),
("""Mobile network Tellus drops roaming cap

Tellus Mobile has dropped a 5GB cap on EU roaming. Vodafone and EE have kept daily charges.""", {"Tellus Mobile", "Vodafone", "EE"}),
("""Nursery chain Little Acorns reverses fee rise

Little Acorns Nurseries has reversed a 12% fee rise for parents. The Surrey chain said government funding had risen.""", {"Little Acorns Nurseries"}),
("""Energy supplier Kinetic Power restores fixed deal

Kinetic Power has restored a one-year fixed tariff it pulled in August. Octopus Energy and British Gas also offer fixes.""", {"Kinetic Power", "Octopus Energy", "British Gas"}),
("""Dating app maker Spark Labs reverses ban

Spark Labs, which makes the dating app Kindle, has reversed a ban on users under 21. The Austin company said the ban had cost it subscribers.""", {"Spark Labs"}),
("""Fintech Ledgerly restores interest

Ledgerly has restored 4% interest on balances up to £5,000. Monzo and Starling pay less.""", {"Ledgerly", "Monzo", "Starling"}),
("""Telecoms group Atlantica drops merger plan

Atlantica Telecom has dropped its plan to merge with Serra Communications, the two companies said. Serra's shares fell 9%.""", {"Atlantica Telecom", "Serra Communications"}),
("""Airport operator Heathfield drops drop-off charge

Heathfield Airport Ltd has dropped a £6 drop-off charge for cars. The operator said it would review the charge after complaints.""", {"Heathfield Airport"}),
("""Courier Swiftbox reinstates Sunday delivery

Swiftbox has reinstated Sunday delivery in Scotland. Evri and Royal Mail do not deliver on Sundays in the Highlands.""", {"Swiftbox", "Evri", "Royal Mail"}),
("""Supermarket Valdora halts loyalty pricing

Valdora Supermercados has halted loyalty-only pricing in its Lisbon stores after the consumer group DECO complained. Pingo Doce and Continente run similar schemes.""", {"Valdora Supermercados", "Pingo Doce", "Continente"}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    known_failures(COMPANIES, FAILING_COMPANIES, "not yet read right"),
    ids=range(len(COMPANIES)),
)
def test_companies_of_fresh_articles(tmp_path: Path, text: str, expected: set[str]) -> None:
    assert set(ingest(tmp_path, text)["companies"]) == expected


# (article, the companies it reports on): traps that are no firm, beside one that is.
TRAPS = [
("""Minister hails Brantwood climb-down

Economy Minister Luis Ferreira hailed Brantwood Foods' decision to drop its price rise. The Ministry of Economy said it had not been consulted. Ferreira spoke in Lisbon.""", {"Brantwood Foods"}),
("""Watchdog welcomes Caldera reversal

The Australian Competition and Consumer Commission welcomed Caldera Energy's decision to refund customers. ACCC chair Gina Cass-Gottlieb said other retailers should follow.""", {"Caldera Energy"}),
("""High Court ruling prompts Tavener U-turn

Tavener Homes has dropped a ground-rent clause after a High Court ruling in a similar case. Mr Justice Leggatt said the clause was unfair. Tavener said it would comply.""", {"Tavener"}),
("""Unite claims victory at Ellery

Ellery Logistics has restored overtime rates for drivers. Unite regional officer Dave Moss said the union had won. The GMB said it would ballot members elsewhere.""", {"Ellery Logistics"}),
("""Greenpeace welcomes Saltmarsh halt

Saltmarsh Chemicals has halted plans for a waste incinerator in Essex. Greenpeace and Friends of the Earth had campaigned against it.""", {"Saltmarsh Chemicals"}),
("""Students celebrate as Quayside drops guarantor rule

Quayside Student Living has dropped a rule that international students provide a UK guarantor. The University of Leeds and Leeds Beckett University had raised concerns.""", {"Quayside Student Living"}),
("""Rovers fans win as Kingfield drops price rise

Kingfield Brewery, the sponsor of Bristol Rovers, has dropped a price rise on pints at the Memorial Stadium. Rovers supporters had planned a boycott. Manchester United and Arsenal charge more.""", {"Kingfield Brewery"}),
("""Harbourne pulls Skyline 5 price rise

Harbourne Electronics has pulled a price rise on its Skyline 5 phone. The Skyline 5 went on sale in March. Users of the Skyline app will not be affected.""", {"Harbourne Electronics"}),
("""Analysts split on Wrenfield reversal

Wrenfield Retail has reversed a plan to close 40 stores. Analysts at Peel Hunt called it brave; Shore Capital said it was a mistake. Deloitte had advised on the closures.""", {"Wrenfield Retail"}),
("""FTSE 100 rises as Calloway drops rights issue

Calloway Group has dropped a planned rights issue. The FTSE 100 rose 0.4% and the FTSE 250 was flat. The S&P 500 opened higher.""", {"Calloway Group"}),
("""Glastonbury deal scrapped by Brookhurst

Brookhurst Cider has scrapped a plan to end its sponsorship of Glastonbury Festival. Michael Eavis thanked the company.""", {"Brookhurst Cider"}),
("""Consumer Rights Act forces Corvus rethink

Corvus Travel has dropped its no-refund policy. The Consumer Rights Act 2015 gives buyers a right to a refund. The Advertising Standards Authority had received complaints.""", {"Corvus Travel"}),
("""Chief Financial Officer exits as Hawthorne U-turns

Hawthorne Pharma has reversed a plan to move production to Ireland. Chief Financial Officer Ruth Adair will step down. Senior Vice President for Operations Tom Kerr will take over.""", {"Hawthorne Pharma"}),
("""Yesterday Marchmont said it would restore perks

Yesterday Marchmont Bank said it would restore perks for staff. Meanwhile Marchmont shares fell. Nonetheless the union welcomed it.""", {"Marchmont"}),
("""McKinsey report prompts Thornbury rethink

Thornbury Stores has dropped self-checkout-only tills. A McKinsey study, cited by the company, found shoppers disliked them. Gartner analyst Priya Nair agreed.""", {"Thornbury Stores"}),
("""EU Commission and Bundeskartellamt react as Strelitz drops fee

Strelitz Bahn has dropped a booking fee. The European Commission said it had noted the change. The Bundeskartellamt, Germany's cartel office, had opened an inquiry.""", {"Strelitz Bahn"}),
("""World Cup ticket fee dropped by Pitchside

Pitchside Tickets has dropped a £15 fee for World Cup ticket transfers. FIFA said it had not been involved. England fans had complained.""", {"Pitchside Tickets"}),
("""Mayor of London hails Thameslink deal as Ludgate drops charge

Ludgate Parking has dropped a charge for disabled drivers. Mayor of London Sadiq Khan hailed the decision. Transport for London said it would review its own charges.""", {"Ludgate Parking"}),
("""Sources: Brixham to restore remote work

Brixham Digital will restore remote work, sources told the paper. Sources said the board had met on Friday.""", {"Brixham Digital"}),
("""Nobel laureate urges Cardew rethink

Cardew Energy has paused a fracking plan in Lancashire. Nobel laureate Sir Andre Geim urged a rethink. Lancashire County Council welcomed the pause.""", {"Cardew Energy"}),
("""NHS England and BMA react to Medica drop

Medica Staffing has dropped a fee it charged hospitals for nurses. NHS England said it welcomed the change. The British Medical Association said agencies charged too much.""", {"Medica Staffing"}),
("""Apple Watch ban dropped by Ridley Gyms

Ridley Gyms has dropped a ban on smartwatches in its changing rooms. Apple Watch and Fitbit users had complained.""", {"Ridley Gyms"}),
("""TikTok video sparks Bramble reversal

Bramble Bakery has reversed a ban on staff tips after a TikTok video went viral. The clip was viewed two million times on Instagram and X.""", {"Bramble Bakery"}),
("""Fed decision, Calder reversal move markets

Calder Mortgages has reversed a rate rise. The Federal Reserve held rates. Fed chair Jerome Powell said inflation was easing.""", {"Calder Mortgages"}),
("""Wimbledon sponsor Ashby reverses exit

Ashby Water has reversed its decision to end its sponsorship of Wimbledon. The All England Club said it was delighted.""", {"Ashby Water"}),
("""Kennet reverses fee; Ofcom and Citizens Advice react

Kennet Broadband has reversed a mid-contract price rise. Ofcom said it was reviewing such rises. Citizens Advice said the rise had been unfair.""", {"Kennet Broadband"}),
("""Gen Z workers win as Orwell Bank drops mandate

Orwell Bank has dropped an office mandate for graduates. Gen Z workers had complained on LinkedIn. The Chartered Institute of Personnel and Development said mandates were falling.""", {"Orwell Bank"}),
("""Black Friday ban reversed by Lantern Books

Lantern Books has reversed a ban on Black Friday discounts. Christmas trading starts in November. Waterstones also cut prices.""", {"Lantern Books", "Waterstones"}),
("""Prof Jane Whitlow: Hartmoor's reversal was inevitable

Hartmoor Insurance has reversed a rule denying claims for storm damage. Professor Jane Whitlow of the London School of Economics said the reversal was inevitable. Whitlow advised the Treasury.""", {"Hartmoor Insurance"}),
("""Scottish Government welcomes Glenmuir U-turn

Glenmuir Distillers has dropped a plan to close its Speyside bottling hall. The Scottish Government said it welcomed the decision. Holyrood's economy committee had asked questions.""", {"Glenmuir Distillers"}),
("""Gold Coast, Sunshine Coast staff win as Mangrove drops move

Mangrove Travel has dropped a plan to move staff from the Gold Coast and Sunshine Coast to Brisbane. Queensland Premier David Crisafulli welcomed the decision.""", {"Mangrove Travel"}),
("""Red Cross, Oxfam praise Fairhaven reversal

Fairhaven Supermarkets has reversed a ban on charity collections outside its stores. The British Red Cross and Oxfam said the ban had cost them donations.""", {"Fairhaven Supermarkets"}),
("""Uber drivers protest as Cabwise drops bonus

Cabwise has dropped a weekend bonus for drivers. Drivers who also work for Uber and Bolt staged a protest in Manchester.""", {"Cabwise", "Uber", "Bolt"}),
("""Paris Olympics deal paused by Lumière Eaux

Lumière Eaux has paused a sponsorship deal linked to the Paris 2024 Olympics legacy fund. The International Olympic Committee declined to comment.""", {"Lumière Eaux"}),
("""Pope and Kingsley? No, Kingsley Pope drops fee

Kingsley Pope, the estate agent, has dropped its £300 tenant referencing fee. A spokesperson for Kingsley Pope said the fee broke the Tenant Fees Act.""", {"Kingsley Pope"}),
("""Washington, Brussels react as Vantor drops chip plan

Vantor Semiconductor has dropped a plan to ship chips to China. Washington and Brussels had pressed for the change. The Commerce Department declined to comment.""", {"Vantor Semiconductor"}),
("""Supreme Court case ends as Ellis & Crane drops clause

Ellis & Crane has dropped a non-compete clause from staff contracts. The Supreme Court had been due to hear the case in October.""", {"Ellis & Crane"}),
("""Harvard study cited as Cresswell restores four-day week

Cresswell Accountants has restored a four-day week. A Harvard Business School study found productivity held up. Stanford University economist Nick Bloom has found similar results.""", {"Cresswell Accountants"}),
("""Premier League, EFL react as Goalline drops fee

Goalline Streaming has dropped a £4.99 fee for highlights. The Premier League and the EFL said they had not been consulted.""", {"Goalline Streaming"}),
("""Windows 11 charge dropped by Pixelcraft

Pixelcraft has dropped a £20 charge for installing Windows 11 on its laptops. Microsoft said it had not asked for the change.""", {"Pixelcraft", "Microsoft"}),
("""Labour, Tories clash over Westbury reversal

Westbury Water has reversed a bill rise. Labour and the Conservatives clashed over the decision in the Commons. Reform UK said bills were too high.""", {"Westbury Water"}),
("""Davos speech precedes Kaito reversal

Kaito Robotics has reversed a hiring freeze. Its chief executive spoke at the World Economic Forum in Davos last week.""", {"Kaito Robotics"}),
("""Sterling falls as Harcourt drops deal

Harcourt Mining has dropped a takeover bid. Sterling fell against the dollar. The Bank of England meets on Thursday.""", {"Harcourt Mining"}),
("""Morningstar, Moody's comment on Selwood reversal

Selwood Bank has reversed a dividend cut. Moody's said the move was credit negative; Morningstar analyst Tom Ives called it sensible.""", {"Selwood Bank"}),
("""Christmas comes early as Plumtree restores bonus

Plumtree Logistics has restored its Christmas bonus. Easter bonuses will also return. Santa Claus was unavailable for comment.""", {"Plumtree Logistics"}),
("""Trustpilot reviews prompt Velvet Box U-turn

Velvet Box has dropped a subscription auto-renewal. Hundreds of one-star reviews on Trustpilot had criticised the renewal.""", {"Velvet Box"}),
("""Gartner, Forrester see trend as Nimbus drops mandate

Nimbus Software has dropped an office mandate. Gartner and Forrester said more firms would follow.""", {"Nimbus Software"}),
("""Which? and MoneySavingExpert praise Holloway move

Holloway Bank has restored a 5% regular saver. Which? and MoneySavingExpert said the rate was the best on the market.""", {"Holloway Bank"}),
("""Local council backs down too

Fernbrook Parking has dropped a charge at Westfield car park. Shropshire Council dropped its own charge the same week.""", {"Fernbrook Parking"}),
("""Interpol, Europol praise Cipherline reversal

Cipherline has reversed a decision to withdraw end-to-end encryption from its app. Europol and Interpol had not asked for the change.""", {"Cipherline"}),
("""Ramadan hours restored at Noor Markets

Noor Markets has restored extended opening hours during Ramadan. Eid sales were strong last year, the Dubai grocer said.""", {"Noor Markets"}),
("""Grammy winner hails Soundhaus U-turn

Soundhaus has reversed a cut to artists' royalties. Grammy winner Kacey Musgraves hailed the reversal. Spotify pays less per stream.""", {"Soundhaus", "Spotify"}),
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
# -- by-lines
("Orla drops fee\n\nBy Tomás Quinlan, Cork Business Post\n\nOrla Energy has dropped the fee, the Irish Times reported.", "Cork Business Post"),
("Orla drops fee\n\nTomás Quinlan | Cork Business Post | 14 September 2026\n\nOrla Energy has dropped the fee, RTÉ reported.", "Cork Business Post"),
("Orla drops fee\n\nBy Tomás Quinlan\nSenior Business Correspondent, Cork Business Post\n\nOrla Energy has dropped the fee, according to Bloomberg.", "Cork Business Post"),
("Orla drops fee\n\nTomás Quinlan, Cork Business Post — Orla Energy has dropped the fee.", "Cork Business Post"),
("Orla drops fee\n\nWords: Tomás Quinlan for Cork Business Post\n\nOrla Energy has dropped the fee, Reuters reported.", "Cork Business Post"),
# -- wire credits and datelines
("Orla drops fee\n\nDUBLIN (AP) — Orla Energy has dropped the fee, the Irish Independent reported.", "AP"),
("Orla drops fee\n\nDUBLIN, Sept 14 (Reuters) - Orla Energy has dropped the fee, according to the Financial Times.", "Reuters"),
("Orla drops fee\n\nDUBLIN, Sept 14 (AFP) - Orla Energy has dropped the fee, Bloomberg News reported.", "AFP"),
("Orla drops fee\n\nDublin, 14 September (dpa) - Orla Energy has dropped the fee.", "dpa"),
("Orla drops fee\n\nOrla Energy has dropped the fee.\n\nReporting by Tomás Quinlan; Editing by Sharon Singleton", None),
("Orla drops fee\n\nOrla Energy has dropped the fee, the Irish Times reported.\n\n(Reporting by Tomás Quinlan; editing by Jane Merriman)\n\n© Reuters 2026", "Reuters"),
# -- source and origin lines
("Orla drops fee\n\nOrla Energy has dropped the fee.\n\nSource: Cork Business Post", "Cork Business Post"),
("Orla drops fee\n\nOrla Energy has dropped the fee, according to the Financial Times.\n\nThis article first appeared in Cork Business Post.", "Cork Business Post"),
("Orla drops fee\n\nOrla Energy has dropped the fee.\n\nOriginally published by Cork Business Post. Republished with permission.", "Cork Business Post"),
("Orla drops fee\n\nOrla Energy has dropped the fee.\n\n©2026 Cork Business Post. Distributed by Tribune Content Agency, LLC.", "Cork Business Post"),
("Orla drops fee\n\nOrla Energy has dropped the fee, the BBC reported.\n\nThis article is republished from Cork Business Post under a Creative Commons licence.", "Cork Business Post"),
# -- newsletters
("You're reading The Current, Cork Business Post's energy newsletter.\n\nOrla drops fee\n\nOrla Energy has dropped the fee, Bloomberg reported.", "Cork Business Post"),
("Orla drops fee\n\nOrla Energy has dropped the fee, the Financial Times reported.\n\nYou are receiving this because you subscribed to Cork Business Post's Morning Brief.", "Cork Business Post"),
# -- cited outlets only: the labelled set names the outlet credited, and the entry waits for
# review (UNSOURCED below)
("Orla drops fee\n\nOrla Energy has dropped the fee, according to the Financial Times.", "Financial Times"),
("Orla drops fee\n\nOrla Energy has dropped the fee, Bloomberg first reported on Monday.", "Bloomberg"),
("Orla drops fee\n\nOrla Energy has dropped the fee, the Irish Times reported, citing a memo. The Wall Street Journal had reported the plan in May.", "The Irish Times"),
("Orla drops fee\n\nOrla Energy has dropped the fee. The change was first reported by Bloomberg.", None),
("Orla drops fee\n\nOrla Energy has dropped the fee, as reported by RTÉ and the Irish Independent.", "RTÉ"),
# -- the outlet the firm spoke to
("Orla drops fee\n\nOrla Energy has dropped the fee, Reuters reported. A spokesperson for Orla confirmed the change to Cork Business Post.", "Cork Business Post"),
("Orla drops fee\n\nOrla Energy has dropped the fee, according to the Financial Times. Orla did not respond to Cork Business Post's request for comment.", "Cork Business Post"),
("Orla drops fee\n\n\"We got it wrong,\" Orla Energy's chief executive told Cork Business Post. Bloomberg had reported the fee in June.", "Cork Business Post"),
# -- mastheads, copyright lines
("CORK BUSINESS POST\n\nOrla drops fee\n\nOrla Energy has dropped the fee, the Irish Times reported.", "Cork Business Post"),
("Orla drops fee\n\nOrla Energy has dropped the fee, the Financial Times reported.\n\n© Cork Business Post Ltd 2026", "Cork Business Post"),
("Orla drops fee\n\nOrla Energy has dropped the fee.\n\nAll content copyright 2026 Cork Business Post. All rights reserved.", "Cork Business Post"),
("Orla drops fee\n\nOrla Energy has dropped the fee, Reuters reported.\n\nhttps://www.corkbusinesspost.ie/energy/orla-fee-2026", "Cork Business Post"),
# -- press releases
("Orla Energy Removes Standing Charge\n\nDUBLIN, Sept. 14, 2026 /PRNewswire/ -- Orla Energy today announced it has removed its standing charge.\n\nAbout Orla Energy\nOrla Energy is an Irish electricity supplier.", "PR Newswire"),
("Orla Energy Removes Standing Charge\n\nDUBLIN, Sept. 14, 2026 (BUSINESS WIRE) -- Orla Energy today announced it has removed its standing charge.\n\nAbout Orla Energy\nOrla Energy is an Irish electricity supplier.", "Business Wire"),
("Orla Energy Removes Standing Charge\n\nDUBLIN, Sept. 14, 2026 (GLOBE NEWSWIRE) -- Orla Energy today announced it has removed its standing charge.\n\nAbout Orla Energy\nOrla Energy is an Irish electricity supplier.", "GlobeNewswire"),
("PRESS RELEASE\n\nOrla Energy Removes Standing Charge\n\nDublin, 14 September 2026 – Orla Energy today announced it has removed its standing charge, as first reported by the Irish Times.\n\nAbout Orla Energy\nOrla Energy is an Irish electricity supplier.\n\nMedia contact: press@orla.example", "Orla Energy"),
# -- outlet in the title line
("Orla drops fee | Cork Business Post\n\nOrla Energy has dropped the fee, Bloomberg reported.", "Cork Business Post"),
("Orla drops fee — Cork Business Post\n\nOrla Energy has dropped the fee, the Financial Times reported.", "Cork Business Post"),
# -- known outlets by name, alone
("Orla drops fee\n\nBy Tomás Quinlan, Financial Times\n\nOrla Energy has dropped the fee, the Irish Times reported.", "Financial Times"),
("Orla drops fee\n\nOrla Energy has dropped the fee, the company told the BBC. The Irish Times first reported the plan.", "BBC"),
("Orla drops fee\n\nOrla Energy has dropped the fee.\n\nCopyright 2026 The Associated Press. All rights reserved.", "Associated Press"),
("Orla drops fee\n\nOrla Energy has dropped the fee, Bloomberg reported.\n\nAdditional reporting by Tomás Quinlan in Dublin.", "Bloomberg"),
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
"Orla drops fee\n\nOrla Energy has dropped the fee, according to the Financial Times.",
"Orla drops fee\n\nOrla Energy has dropped the fee, Bloomberg first reported on Monday.",
"Orla drops fee\n\nOrla Energy has dropped the fee.",
]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(text, marks=pytest.mark.xfail(strict=True, reason="not yet read right"))
        if index in FAILING_UNSOURCED
        else text
        for index, text in enumerate(UNSOURCED)
    ],
    ids=range(len(UNSOURCED)),
)
def test_unsourced_article_waits_for_review(tmp_path: Path, text: str) -> None:
    meta = ingest(tmp_path, text)
    assert meta["draft"] is True
    assert any("source" in reason.lower() or "outlet" in reason.lower() for reason in meta.get("review", []))


DATES = [
("Orla drops fee\n\nBy Tomás Quinlan | Mon 14 Sep 2026 07.45 IST\n\nOrla Energy has dropped the fee it introduced on 1 March 2026.", "2026-09-14"),
("Orla drops fee\n\nDUBLIN, Sept 14 (Reuters) - Orla Energy has dropped the fee it introduced on March 1, 2026.", "2026-09-14"),
("Orla drops fee\n\nLast updated: 16 September 2026\nFirst published: 14 September 2026\n\nOrla Energy has dropped the fee.", "2026-09-14"),
("Orla drops fee\n\n14/09/2026 - 07:45\n\nOrla Energy has dropped the fee.", "2026-09-14"),
("Orla drops fee\n\nSeptember 14th, 2026\n\nOrla Energy has dropped the fee.", "2026-09-14"),
("Orla drops fee\n\nOrla Energy has dropped the fee, which was due to start on 1 October 2026.\n\nThis article was published on 14 September 2026.", "2026-09-14"),
("Orla drops fee\n\n14 Sep 2026 · 3 min read\n\nOrla Energy has dropped the fee.", "2026-09-14"),
("Orla drops fee\n\nDublin, 14 September 2026 – Orla Energy today announced that it has removed its standing charge from 1 November 2026.", "2026-09-14"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    known_failures(DATES, FAILING_DATES, "not yet read right"),
    ids=range(len(DATES)),
)
def test_dates_of_fresh_articles(tmp_path: Path, text: str, expected: str) -> None:
    assert str(ingest(tmp_path, text, dated=False)["date"]) == expected


TITLES = [
("BREAKING: Orla Energy drops standing charge\n\nOrla Energy has dropped the fee.", "Orla Energy drops standing charge"),
("Orla Energy drops standing charge | Energy | Cork Business Post\n\nOrla Energy has dropped the fee.", "Orla Energy drops standing charge"),
("FOR IMMEDIATE RELEASE\n\nOrla Energy Removes Standing Charge for All Customers\n\nDublin, 14 September 2026 – Orla Energy today announced it has removed its standing charge.", "Orla Energy Removes Standing Charge for All Customers"),
("UPDATE 2-Orla Energy drops standing charge after regulator probe\n\nOrla Energy has dropped the fee.", "Orla Energy drops standing charge after regulator probe"),
("Energy\n\nOrla Energy drops standing charge\n\nBy Tomás Quinlan\n\nOrla Energy has dropped the fee.", "Orla Energy drops standing charge"),
("Orla Energy drops standing charge\nThe supplier had faced a regulator's inquiry\n\nOrla Energy has dropped the fee.", "Orla Energy drops standing charge"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    known_failures(TITLES, FAILING_TITLES, "not yet read right"),
    ids=range(len(TITLES)),
)
def test_titles_of_fresh_articles(tmp_path: Path, text: str, expected: str) -> None:
    assert ingest(tmp_path, text)["title"] == expected


# Whole articles in plain text: (seed, source, companies)
ARTICLES = [
("""Harlow & Quinn scraps office mandate after staff revolt

By Aoife Brennan, Irish Business Review

DUBLIN — Harlow & Quinn, the Dublin accountancy firm, has scrapped a rule requiring staff to work in the office four days a week, a month after it was announced.

Managing partner Ciarán Duffy told staff in an email, seen by Irish Business Review, that the firm had "heard the concerns loud and clear". The Irish Times first reported the email on Tuesday.

The firm, which employs 900 people, had said in August that the rule would start in October. Rivals Grant Thornton and Mazars require three days. Duffy said the firm would review attendance in the new year.

Trade union Fórsa said the reversal was welcome. "Workers in professional services value flexibility," said Fórsa official Nora Kelleher.""", "Irish Business Review", {"Harlow & Quinn", "Grant Thornton", "Mazars"}),
("""Copperleaf halts price rise on rural broadband

WELLINGTON, Sept 14 (Reuters) - New Zealand internet provider Copperleaf Networks on Monday halted a planned 15% price rise for rural customers, after the Commerce Commission said it would examine the increase.

Copperleaf, which serves about 200,000 households, said it would keep prices unchanged until at least March. Chorus, which owns most of the country's fibre network, said it had not changed its wholesale prices.

The rise had been criticised by Federated Farmers and by Communications Minister Paul Goldsmith, the New Zealand Herald reported.

(Reporting by Lucy Craymer; Editing by Kim Coghill)""", "Reuters", {"Copperleaf", "Chorus"}),
("""Q&A: Why did Brightmoor bring back paper statements?

Brightmoor Savings last week reversed its decision to stop posting paper statements to customers. Here, our personal finance editor answers readers' questions.

Q: What did Brightmoor do?
A: In June the building society said statements would be online-only from October. On Thursday it said customers who want paper can keep it.

Q: Why the change of heart?
A: Age UK and the Financial Conduct Authority had both raised concerns. Nationwide and Coventry Building Society still post statements on request.

Q: Will other banks follow?
A: Analysts at Shore Capital think so.

This article first appeared in Money Matters, the weekly newsletter of the Yorkshire Evening Echo.""", "Yorkshire Evening Echo", {"Brightmoor", "Nationwide", "Coventry Building Society", "Shore Capital"}),
("""Live: Retail results day

08:05 Welcome to our live coverage. We'll be following results from Dunmore Group and Hartwell's.

08:12 Dunmore Group says it will reverse the closure of 12 stores announced in March, after sales rose 6%.

08:30 Hartwell's, the department store chain, reports a loss but says it will keep its staff discount, having considered cutting it.

09:10 Shares in Dunmore up 8%. Analysts at Peel Hunt call the reversal "a vote of confidence".

This live blog is by the Northern Business Desk at The Lancashire Chronicle.""", "The Lancashire Chronicle", {"Dunmore Group", "Hartwell's", "Peel Hunt"}),
("""FOR IMMEDIATE RELEASE

Sakura Rail Restores Free Seat Reservations

OSAKA, Japan, September 14, 2026 – Sakura Rail Co., Ltd. today announced that it will restore free seat reservations on all limited express services from October 1, reversing a change introduced in April.

"We have listened to our passengers," said Hiroshi Tanaka, President of Sakura Rail.

About Sakura Rail
Sakura Rail Co., Ltd. operates passenger rail services in the Kansai region.

Media contact: press@sakurarail.example""", "Sakura Rail", {"Sakura Rail"}),
("""The Supply Chain Letter

You're reading The Supply Chain Letter, a weekly newsletter from Freight Insider. Forwarded this? Sign up here.

This week: Portmaris Shipping has dropped the congestion surcharge it added at Rotterdam, two weeks after introducing it. Portmaris told Freight Insider that port delays had eased. Rival Hapag-Lloyd kept its surcharge, according to Lloyd's List.

Also: Drayco Trucking reversed its decision to close its Antwerp yard.""", "Freight Insider", {"Portmaris Shipping", "Hapag-Lloyd", "Drayco Trucking"}),
("""Velmont walks again on far-off work ban after workers' backlash

Velmont Programs has walked again on its ban on far-off work, weeks after telling workers to return to the workplace 5 days per week, in accordance with an inner memo seen by Enterprise Insider.

The Austin-based software program agency's chief govt, Dana Whitfield, informed workers the corporate would "pause" the mandate. Velmont didn't reply to Quick Firm's request for remark.

Rival Corvane Techniques mentioned it had no plans to change its hybrid coverage.""", "Fast Company", {"Velmont Programs", "Corvane Techniques"}),
("""Opinion | Elderberry's U-turn shows the power of a boycott

By Marcus Webb

Elderberry Cosmetics's decision to restore its cruelty-free pledge is a victory for shoppers. When the brand dropped the pledge in May, the backlash was swift: Boots pulled it from 200 stores, and thousands signed a petition organised by the charity Cruelty Free International.

Now Elderberry says it will recommit. L'Oréal and Estée Lauder, which own several cruelty-free brands, have watched closely.

Marcus Webb is a columnist for The Beauty Ledger.""", "The Beauty Ledger", {"Elderberry", "Boots", "L'Oréal", "Estée Lauder"}),
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
("""<html><head><title>Tamsin Foods drops pack shrink - The Midland Grocer</title>
<meta property="og:site_name" content="The Midland Grocer">
<meta property="article:published_time" content="2026-09-14T07:30:00+01:00">
</head><body><nav><a href="/">Home</a></nav><article><h1>Tamsin Foods drops pack shrink</h1>
<p>Tamsin Foods has reversed a cut in the size of its biscuit packs, the Financial Times reported on Monday. Tesco and Sainsbury's had complained about the change.</p>
<p>A spokesperson for Tamsin told The Midland Grocer the old packs would return in October.</p></article>
<footer>© 2026 The Midland Grocer</footer></body></html>""", "2026-09-14", "The Midland Grocer", ["Sainsbury's", "Tamsin Foods", "Tesco"]),
("""<html><head><title>Reversal at Orrin Motors</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Orrin Motors halts plant closure","datePublished":"2026-09-14T23:30:00-04:00","publisher":{"@type":"NewsMediaOrganization","name":"Detroit Auto Ledger","logo":{"@type":"ImageObject","url":"https://autoledger.example/logo.png"}}}</script>
</head><body><article><h1>Orrin Motors halts plant closure</h1>
<p>Orrin Motors has halted the closure of its Flint plant, according to Bloomberg. The United Auto Workers union had fought the closure. General Motors and Ford have plants nearby.</p></article></body></html>""", "2026-09-14", "Detroit Auto Ledger", ["Ford", "General Motors", "Orrin Motors"]),
("""<html><head><title>Kaskade reverses surge pricing</title><link rel="canonical" href="https://www.nordictransportnews.com/2026/09/14/kaskade-surge"></head>
<body><header><img src="/logo.svg" alt="Nordic Transport News"></header><div class="article-body"><h1>Kaskade reverses surge pricing</h1><p class="date">14 September 2026</p>
<p>Kaskade, the Oslo ride-hailing app, has reversed surge pricing during storms, Dagens Næringsliv reported. Uber and Bolt also operate in the city.</p></div></body></html>""", "2026-09-14", "Nordic Transport News", ["Bolt", "Kaskade", "Uber"]),
("""<html><head><meta property="og:title" content="Wendell Bank restores branch opening | The Prairie Post">
<meta property="og:site_name" content="The Prairie Post"><meta name="pubdate" content="2026-09-14">
</head><body><article><h1>Wendell Bank restores branch opening</h1><p>By Jo Hale</p>
<p>Wendell Bank has restored Saturday opening at 30 branches, the Globe and Mail reported. RBC and TD keep some branches open on Saturdays.</p></article></body></html>""", "2026-09-14", "The Prairie Post", ["RBC", "TD", "Wendell Bank"]),
("""<html><head><title>Comments on: Breakline drops delivery fee</title></head><body>
<div class="post"><h1>Breakline drops delivery fee</h1><p class="meta">Posted on 14 September 2026 by the Breakline Newsroom</p>
<p>Breakline Grocery has dropped its £2.99 delivery fee on orders over £40. Ocado and Tesco charge similar fees.</p></div>
<div class="comments"><article class="comment"><p>About time! Asda did this years ago.</p></article></div>
<footer>Copyright © 2026 Breakline Grocery Ltd.</footer></body></html>""", "2026-09-14", "Breakline Grocery", ["Breakline Grocery", "Ocado", "Tesco"]),
("""<html><head><title>Loxley drops fee</title><meta property="og:url" content="https://www.theharbourgazette.co.uk/business/loxley-fee"></head>
<body><article><h1>Loxley drops fee</h1><time datetime="2026-09-14">14 Sep 2026</time>
<p>Loxley Marine has dropped a mooring fee, the Daily Telegraph reported on Sunday. Loxley told the Harbour Gazette it had listened to sailors.</p></article></body></html>""", "2026-09-14", "The Harbour Gazette", ["Loxley Marine"]),
]


@pytest.mark.parametrize(
    ("page", "date", "source", "companies"),
    known_failures(PAGES, FAILING_PAGES, "not yet read right"),
    ids=range(len(PAGES)),
)
def test_fresh_saved_pages(tmp_path: Path, page: str, date: str, source: str, companies: list[str]) -> None:
    meta = ingest_page(tmp_path, page)
    assert (str(meta["date"]), meta.get("source"), sorted(meta["companies"])) == (date, source, companies)
