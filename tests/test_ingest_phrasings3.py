"""A third probe of crediting, written fresh for the ninth round (not taken from the
evaluation articles) and weighted to the traps that make false reversals on unseen text:
roundups where several firms are named and only one reversed; firms named as background or for
comparison; reversals by governments, regulators, courts, unions and people; reversals told as
background years ago; predictions, calls, demands, polls, hypotheticals, questions, denials,
plans kept, "considering" and "under review"; subsidiaries and parents; a firm named only
after a description; an executive speaking of another firm. Real reversals told the ways
reporters tell them keep recall honest, and a dozen whole articles put it all in context.

Each case is a real seed file; it asserts exactly which companies ingest credits with a
reversal, and so that nothing else is credited."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.probe_support import credited_in, ingested

DATE = "2026-03-04"  # every probe seed's `Date:` line


# Roundups: several firms named, only one (or none) reversed; the others kept, expanded, were
# asked, commented, or are rivals, customers, suppliers, analysts, regulators or unions.
ROUNDUPS: list[tuple[str, set[str]]] = [
    (
        "Barclays has scrapped its £3 monthly fee on basic accounts. Lloyds and NatWest said "
        "they had no plans to follow, and HSBC declined to comment.",
        {"Barclays"},
    ),
    (
        "Ryanair said on Tuesday it would keep its €5 check-in fee. EasyJet, which dropped a "
        "similar charge last week, said the move had won it bookings.",
        {"EasyJet"},
    ),
    (
        "Amazon has reversed its five-day office mandate for engineers in Seattle. Microsoft "
        "and Google, which ask staff to come in three days a week, are keeping their rules "
        "unchanged.",
        {"Amazon"},
    ),
    (
        "Tesco is expanding its self-checkout-only stores to 40 sites. Sainsbury's, by "
        "contrast, has brought back staffed tills at 12 shops after complaints from older "
        "customers.",
        {"Sainsbury's"},
    ),
    (
        "Spotify restored the cheaper annual plan it axed in March. Netflix and Disney were "
        "asked whether they would do the same; neither replied.",
        {"Spotify"},
    ),
    (
        "Starbucks and McDonald's both raised prices in January. Only Starbucks has since "
        "cut them back, citing falling visits.",
        {"Starbucks"},
    ),
    (
        "Unilever has paused its plan to sell its ice cream arm. Nestlé, Danone and Kraft "
        "Heinz are pressing ahead with their own disposals, analysts at Jefferies said.",
        {"Unilever"},
    ),
    (
        "Shell has dropped its target to cut oil output by 2030. BP kept its own target, and "
        "TotalEnergies said it would add more wind capacity this year.",
        {"Shell"},
    ),
    (
        "Uber said it would keep its airport surcharge. Lyft, its main rival, scrapped the "
        "fee in Chicago and Boston on Monday.",
        {"Lyft"},
    ),
    (
        "Meta has ended its fact-checking programme in the US. Google and TikTok said they "
        "would continue to work with fact-checkers, and X said it had never had such a "
        "programme.",
        {"Meta"},
    ),
    (
        "Walmart has backed away from its plan to lock up toothpaste in 200 stores. Target "
        "and CVS, which lock up more products than any other chains, told Reuters they were "
        "reviewing their policies.",
        {"Walmart"},
    ),
    (
        "Volkswagen has reinstated the night shift at its Zwickau plant. BMW and Mercedes-Benz, "
        "which cut shifts at the same time, have kept them cut.",
        {"Volkswagen"},
    ),
    (
        "Ikea has cut the price of its home delivery back to €29. H&M and Zara, also owned "
        "by Swedish and Spanish groups, have raised theirs this year.",
        {"Ikea"},
    ),
    (
        "Deutsche Bank said it would not change its return-to-office rule. Commerzbank, "
        "meanwhile, has relaxed its own, letting staff work from home two days a week.",
        {"Commerzbank"},
    ),
    (
        "Samsung has abandoned plans to charge for its AI features. Apple does not charge for "
        "Apple Intelligence, and Google has said Gemini features on Pixel phones will stay "
        "free.",
        {"Samsung"},
    ),
    (
        "Costco has kept its membership fee at $65 despite pressure from investors. Sam's "
        "Club, which raised its fee last year, declined to comment.",
        set(),
    ),
    (
        "Delta has reversed the lounge limits it set last year. United said it was watching "
        "closely, and American Airlines said its own rules were not changing.",
        {"Delta Air Lines"},
    ),
    (
        "Zoom has dropped its requirement that staff living near an office come in twice a "
        "week. Salesforce, Dell and IBM have gone the other way, tightening their mandates.",
        {"Zoom"},
    ),
    (
        "Heineken scrapped its plan to raise beer prices in the Netherlands after talks with "
        "supermarkets. Carlsberg and AB InBev raised theirs as planned.",
        {"Heineken"},
    ),
    (
        "Airbnb has walked back a cleaning-fee rule that hosts hated. Booking.com and Vrbo, its "
        "rivals, never had such a rule.",
        {"Airbnb"},
    ),
    (
        "Vodafone, BT and Virgin Media raised prices in April. Ofcom has since banned "
        "mid-contract rises, and none of the three has cut its prices.",
        set(),
    ),
    (
        "Marks & Spencer has ended its trial of charging for click-and-collect. Next and John "
        "Lewis still charge for the service, the Retail Gazette reported.",
        {"Marks & Spencer"},
    ),
    (
        "Renault and Stellantis both asked suppliers for price cuts in January. Stellantis has "
        "withdrawn its demand, a person familiar with the matter said, while Renault has not.",
        {"Stellantis"},
    ),
    (
        "Siemens is hiring 2,000 engineers in Germany. ABB, which froze hiring in the autumn, "
        "said it would keep the freeze in place until June.",
        set(),
    ),
    (
        "Coca-Cola and PepsiCo were both criticised by campaigners for cutting recycled plastic "
        "targets. PepsiCo said on Thursday it had restored its 2030 target.",
        {"PepsiCo"},
    ),
    (
        "Goldman Sachs has relaxed its dress code again. JPMorgan, Morgan Stanley and Citi "
        "declined to say whether they would follow.",
        {"Goldman Sachs"},
    ),
    (
        "Adobe has reversed changes to its terms of service after an outcry from artists. "
        "Figma and Canva, whose users were also worried, said their terms had not changed.",
        {"Adobe"},
    ),
    (
        "Primark has brought back its online click-and-collect trial in the north of England. "
        "Asda and Aldi, which sell clothes in some stores, have no online fashion offer.",
        {"Primark"},
    ),
    (
        "The union Unite welcomed Rolls-Royce's decision to drop its pay freeze. Airbus and "
        "BAE Systems, whose workers Unite also represents, are still in talks.",
        {"Rolls-Royce"},
    ),
    (
        "Nvidia supplies chips to Microsoft, Meta and Amazon. Microsoft has paused "
        "construction of two data centres in Ohio, the company said.",
        {"Microsoft"},
    ),
    (
        "Analysts at Barclays said Unilever's U-turn on its ice cream spin-off was overdue. "
        "Barclays itself has no stake in the business.",
        {"Unilever"},
    ),
    (
        "EasyJet customers will once again be able to bring a small cabin bag for free, the "
        "airline said. Wizz Air and Ryanair still charge for larger bags.",
        {"EasyJet"},
    ),
    (
        "Disney has raised the price of Disney+ for the third year in a row. Netflix has kept "
        "prices flat, while Paramount cut the price of its basic tier back to $7.99 after "
        "losing subscribers.",
        {"Paramount"},
    ),
    (
        "Lidl has scrapped the £1 charge for its loyalty app. Aldi does not have a loyalty "
        "scheme, and Tesco said Clubcard would stay free.",
        {"Lidl"},
    ),
    (
        "Customers of Octopus Energy and British Gas were told last week their direct debits "
        "would rise. Octopus has since cancelled the increase for 200,000 households.",
        {"Octopus Energy"},
    ),
    (
        "Boeing's suppliers, among them Spirit AeroSystems and GE Aerospace, had braced for "
        "cuts. Boeing said on Friday it was pressing ahead with its production increase.",
        set(),
    ),
    (
        "Shopify has restored the free trial it cut to three days. Its rivals Wix and "
        "Squarespace offer 14 days.",
        {"Shopify"},
    ),
    (
        "Intel has cancelled its planned factory in Magdeburg. Infineon and Bosch, which had "
        "hoped to supply the plant, said they were disappointed.",
        {"Intel"},
    ),
    (
        "Wetherspoon, Greggs and Pret all raised prices this spring. Pret has since brought "
        "back its £5 coffee subscription, which it had ended in 2023.",
        {"Pret A Manger"},
    ),
    (
        "Reddit, Pinterest and Snap reported results on Tuesday. Snap said it would reinstate "
        "the free tier of Snapchat+ it removed last year.",
        {"Snap"},
    ),
    (
        "Toyota and Honda will keep building hybrids in the UK, both firms said. Nissan "
        "confirmed it had reversed its decision to cut a shift at Sunderland.",
        {"Nissan"},
    ),
    (
        "Philips has kept its remote-work policy in place, a spokeswoman said. ASML, the "
        "Dutch chip equipment maker, told staff in a memo that it was scrapping its own "
        "office quota.",
        {"ASML"},
    ),
    (
        "Netflix has not reversed its password-sharing crackdown, despite what a viral post "
        "claimed. Disney, which copied the crackdown, has kept it too.",
        set(),
    ),
    (
        "Ocado, the online grocer, and Waitrose have both been asked by MPs to explain their "
        "delivery charges. Waitrose has since scrapped its minimum order charge.",
        {"Waitrose"},
    ),
]

# A firm named as background or for comparison: "unlike X, which scrapped …" (X did reverse),
# "X, which has not changed its policy" (X did not).
COMPARISONS: list[tuple[str, set[str]]] = [
    (
        "JPMorgan is sticking with its five-day office week. Unlike Citi, which scrapped a "
        "similar rule on Monday, the bank says its staff learn best in person.",
        {"Citigroup"},
    ),
    (
        "Asda said it would keep charging for carrier bags. Morrisons, which has not changed "
        "its policy either, charges 10p.",
        set(),
    ),
    (
        "Ubisoft has reversed its decision to shut the servers of three older games. The move "
        "contrasts with Electronic Arts, which has kept its closures on schedule.",
        {"Ubisoft"},
    ),
    (
        "Verizon raised fees on older plans again this month, as AT&T did in January. T-Mobile, "
        "which dropped a similar fee after a lawsuit, is the exception.",
        {"T-Mobile"},
    ),
    (
        "Like Tesla, which cut prices in China, BYD has lowered the price of its Seal saloon.",
        set(),
    ),
    (
        "Deliveroo's decision stands in contrast to Just Eat, which reversed its own service "
        "fee rise within a week.",
        {"Just Eat Takeaway.com"},
    ),
    (
        "Wells Fargo, which has kept its overdraft fees unchanged, was the only big lender not "
        "to follow Bank of America in cutting them back.",
        {"Bank of America"},
    ),
    (
        "Canon has resisted calls to drop its ink subscription. HP, whose instant-ink price "
        "rise drew similar anger, backed down last week.",
        {"HP"},
    ),
    (
        "Whereas Bumble reversed its rule that only women can message first, Hinge has made no "
        "change to how matches start.",
        {"Bumble"},
    ),
    (
        "Sony said the PlayStation Plus price rise would go ahead. Microsoft, which made the "
        "same move last summer, has kept its prices too.",
        set(),
    ),
    (
        "BT has kept its plan to switch off landlines by 2027. Telstra in Australia did the "
        "same years ago, and Deutsche Telekom finished its own switch in 2022.",
        set(),
    ),
    (
        "The new rules put Patagonia in the same camp as REI, which rolled back its own "
        "return-window cut in March.",
        {"REI"},
    ),
    (
        "Mastercard has kept its surcharge rules. Visa, which competes with it in every "
        "market, has not changed its rules either.",
        set(),
    ),
    (
        "Santander has reopened four branches it closed last year. Barclays and Lloyds, which "
        "closed more branches than any other bank, have not reopened any.",
        {"Santander"},
    ),
]

# Governments, regulators, courts, unions, cities and people reverse things too; no firm did.
OTHER_ACTORS: list[tuple[str, set[str]]] = [
    (
        "The European Commission has withdrawn its proposal to ban Shein and Temu from "
        "shipping parcels duty-free. Both companies welcomed the decision.",
        set(),
    ),
    (
        "A federal judge in Texas overturned the FTC's ban on non-compete clauses on Tuesday. "
        "Tesla and Amazon, which had lobbied against the ban, declined to comment.",
        set(),
    ),
    (
        "The Treasury has scrapped plans to tax Uber drivers' tips. Uber said it was a win for "
        "drivers; Deliveroo, which also employs couriers, said it was studying the detail.",
        set(),
    ),
    (
        "Ofcom has reversed its decision to let Royal Mail cut Saturday deliveries. Royal Mail "
        "said it was disappointed.",
        set(),
    ),
    (
        "The city of Amsterdam has paused its ban on new hotels. Booking.com and Airbnb, both "
        "based in the city, had opposed the ban.",
        set(),
    ),
    (
        "Workers at the Ford plant in Cologne voted to call off a strike after IG Metall "
        "reached a deal with management. Ford said production would restart on Monday.",
        set(),
    ),
    (
        "California's governor vetoed the bill that would have forced Apple and Google to "
        "allow outside app stores. Both companies had lobbied against it.",
        set(),
    ),
    (
        "The Competition and Markets Authority dropped its investigation into Microsoft's "
        "hiring of Inflection AI staff. Microsoft said it was pleased.",
        set(),
    ),
    (
        "The Supreme Court reinstated a rule requiring Meta to get consent before using "
        "personal data for ads. Meta said it would comply.",
        set(),
    ),
    (
        "Elon Musk reversed himself on Tuesday, saying he would not step down as chief "
        "executive of Tesla after all.",
        set(),
    ),
    (
        "The Teamsters union has withdrawn its threat to strike at UPS after the company "
        "offered a 6% rise.",
        set(),
    ),
    (
        "Germany has scrapped its subsidy for electric cars, a blow to Volkswagen, BMW and "
        "Mercedes-Benz, whose sales had relied on it.",
        set(),
    ),
    (
        "The council in Leeds has reversed its decision to close three libraries run with "
        "Tesco's charity partner.",
        set(),
    ),
    (
        "Shareholders of Shell voted down a climate resolution. The resolution's backers, led "
        "by Follow This, said they would drop their campaign for a year.",
        set(),
    ),
    (
        "The Financial Conduct Authority has abandoned plans to name firms under "
        "investigation, after banks including HSBC and Barclays objected.",
        set(),
    ),
    (
        "India has reversed a ban on laptop imports that had hit Apple, Dell and HP.",
        set(),
    ),
    (
        "Pilots at Lufthansa's Cityline unit called off their strike late on Sunday, the "
        "Vereinigung Cockpit union said.",
        set(),
    ),
    (
        "Jeff Bezos has walked back comments he made about the Washington Post's opinion "
        "pages. Amazon, which Bezos founded, had no comment.",
        set(),
    ),
    (
        "A court in Paris suspended a fine against Google of €250 million. Google had "
        "appealed.",
        set(),
    ),
    (
        "Regulators in Brussels paused their case against Apple over app store rules while "
        "the company drafts new terms.",
        set(),
    ),
]

# A reversal told as background: done years before the article's news.
PAST_BACKGROUND: list[tuple[str, set[str]]] = [
    (
        "Unilever launched a new range of plant-based ice cream on Monday. The company "
        "scrapped its last vegan range in 2019 after weak sales.",
        set(),
    ),
    (
        "Microsoft reported higher cloud revenue on Tuesday. Back in 2023 it walked back a "
        "plan to charge for Teams in Europe, a move regulators had welcomed.",
        set(),
    ),
    (
        "Twitter, as it then was, reversed its ban on political ads in 2023. X said on "
        "Wednesday it would now verify advertisers' identities.",
        set(),
    ),
    (
        "Coca-Cola opened a bottling plant in Kenya. Four years ago it abandoned a similar "
        "project in Nigeria.",
        set(),
    ),
    (
        "Gap, which dropped its new logo within a week in 2010, has hired a new creative "
        "director.",
        set(),
    ),
    (
        "Netflix added 19 million subscribers in the quarter. In 2011 the company backed down "
        "on splitting its DVD business into Qwikster.",
        set(),
    ),
    (
        "Burberry's new chief executive wants to win back shoppers. The brand stopped burning "
        "unsold stock in 2018 after an outcry.",
        set(),
    ),
    (
        "Peloton reported a loss. The company has cut prices several times since it reversed "
        "a price rise in 2022.",
        set(),
    ),
]

# Predictions, calls, demands, polls, hypotheticals, questions, denials, plans kept,
# "considering", "under review": no reversal was made.
NOT_MADE: list[tuple[str, set[str]]] = [
    (
        "Investors urged Nestlé to drop its plan to sell its water business. The company "
        "said the sale would go ahead.",
        set(),
    ),
    (
        "Analysts expect Disney to reverse its price rise by the summer, as subscriber numbers "
        "fall. Disney declined to comment.",
        set(),
    ),
    (
        "Will Starbucks scrap its mobile-order-only stores? Baristas hope so.",
        set(),
    ),
    (
        "Could Apple U-turn on its App Store fees? Developers are lobbying hard for it.",
        set(),
    ),
    (
        "Tesco denied reports that it was scrapping its Clubcard prices. \"Clubcard Prices are "
        "here to stay,\" a spokesperson said.",
        set(),
    ),
    (
        "Amazon is considering whether to roll back its return-to-office mandate, people "
        "familiar with the matter said. No decision has been made.",
        set(),
    ),
    (
        "BP said its strategy was under review but that it had not abandoned its renewables "
        "targets.",
        set(),
    ),
    (
        "A poll by YouGov found that 62% of Lloyds customers want the bank to reverse its "
        "branch closures.",
        set(),
    ),
    (
        "If Ryanair were to scrap its bag fees, rivals would follow within weeks, said one "
        "analyst.",
        set(),
    ),
    (
        "Unions have demanded that Royal Mail reverse its cuts to second-class deliveries. "
        "The company said it had no plans to do so.",
        set(),
    ),
    (
        "Microsoft ruled out reversing its decision to end support for Windows 10, despite a "
        "petition signed by 400,000 people.",
        set(),
    ),
    (
        "Meta has no plans to bring back its fact-checkers, a spokesman said on Monday.",
        set(),
    ),
    (
        "Google said it was standing by its decision to keep third-party cookies "
        "in Chrome.",
        set(),
    ),
    (
        "Pressure is growing on Shell to scrap its plan to cut jobs in its low-carbon division, "
        "with two MPs writing to its chief executive.",
        set(),
    ),
    (
        "Sainsbury's may have to rethink its plan to close its cafés, said Clive Black, an "
        "analyst at Shore Capital.",
        set(),
    ),
    (
        "Uber dismissed a report that it would drop its surge pricing in New York as "
        "\"speculation\".",
        set(),
    ),
    (
        "Nike is sticking with its plan to cut 2% of its workforce, the company said on "
        "Thursday.",
        set(),
    ),
    (
        "Asked whether the bank might reinstate its cashback offer, HSBC's chief executive said "
        "it was \"not something we are looking at\".",
        set(),
    ),
    (
        "Zara will not reverse its fee for online returns, the retailer's owner Inditex said.",
        set(),
    ),
    (
        "Boeing is weighing whether to pause production of the 777X, two people briefed on "
        "the talks said.",
        set(),
    ),
    (
        "Campaigners called on Coca-Cola to restore its recycling target, which it cut last "
        "year.",
        set(),
    ),
    (
        "Is Spotify about to bring back its free tier in Japan? Not yet, the company says.",
        set(),
    ),
    (
        "Deutsche Bahn has refused to reinstate the night trains it cut in December.",
        set(),
    ),
    (
        "Airbnb could drop its cleaning fees altogether next year, according to a note from "
        "Morgan Stanley.",
        set(),
    ),
    (
        "Salesforce is reviewing its four-day office policy, but the rule remains in force "
        "for now, a spokesperson told staff.",
        set(),
    ),
    (
        "Vodafone stood firm on Wednesday, saying its price rise would go ahead in April.",
        set(),
    ),
    (
        "Pressed on whether Samsung would pull back from its AI subscription, the company's "
        "mobile chief said the plan was unchanged.",
        set(),
    ),
    (
        "Tesla has not scrapped its Cybercab project, contrary to reports on social media.",
        set(),
    ),
    (
        "Shareholders will vote next month on a proposal asking Exxon to abandon its plan to "
        "expand in Guyana.",
        set(),
    ),
    (
        "Ikea said it had \"no intention\" of reversing its price cuts.",
        set(),
    ),
    (
        "Lloyds told MPs it would consider reopening some branches if footfall rose.",
        set(),
    ),
    (
        "A reversal by Apple would be a first: the company has never cut the price of an "
        "iPhone after launch.",
        set(),
    ),
    (
        "Ryanair boss Michael O'Leary said the airline would \"never\" drop its bag fees.",
        set(),
    ),
    (
        "Netflix is expected to bring back its basic plan in some markets, Bloomberg reported, "
        "citing people familiar with the plans.",
        set(),
    ),
    (
        "H&M says it is open to rethinking its return fees if customers complain.",
        set(),
    ),
    (
        "Employees have petitioned Dell to scrap its office mandate. The petition has 3,000 "
        "signatures.",
        set(),
    ),
    (
        "Would Heineken walk back its price rise? \"We don't comment on speculation,\" said a "
        "spokesman.",
        set(),
    ),
    (
        "McDonald's insisted on Friday that its all-day breakfast would not return.",
        set(),
    ),
    (
        "Amazon plans to keep its five-day office rule, Andy Jassy told staff, rebuffing calls "
        "to reverse it.",
        set(),
    ),
    (
        "Burberry is unlikely to bring back its old logo, a person close to the company said.",
        set(),
    ),
    (
        "Barclays is in talks about whether to restore the interest rate on its Rainy Day "
        "saver.",
        set(),
    ),
    (
        "Analysts at UBS said Volkswagen should scrap its plan to close plants in Germany.",
        set(),
    ),
    (
        "Walmart said the test of locked cases would continue through the summer.",
        set(),
    ),
    (
        "Spotify has yet to decide whether to roll back its price rise in Brazil.",
        set(),
    ),
    (
        "Readers ask: will Monzo ever bring back its free cash withdrawals abroad?",
        set(),
    ),
]

# Subsidiaries and parents: the unit that reversed is credited, not its owner, and the other
# way round.
SUBSIDIARIES: list[tuple[str, set[str]]] = [
    (
        "Instagram has brought back the chronological feed it removed in 2022, its parent "
        "Meta said on Tuesday.",
        {"Instagram"},
    ),
    (
        "Alphabet reported higher profits on Tuesday. Its YouTube unit separately said it had "
        "reversed its ban on some health videos.",
        {"YouTube"},
    ),
    (
        "Whole Foods, which Amazon bought in 2017, has scrapped its plan to close its "
        "in-store cafés.",
        {"Whole Foods Market"},
    ),
    (
        "Volkswagen has dropped its plan to close a factory in Osnabrück. Its Audi brand, "
        "which shut its Brussels plant last year, has no plans to reopen it.",
        {"Volkswagen"},
    ),
    (
        "Unilever's Ben & Jerry's has reinstated the free-cone day it cancelled last spring.",
        {"Ben & Jerry's"},
    ),
    (
        "Microsoft's LinkedIn said on Monday it would reverse a rule that hid posts with "
        "outside links.",
        {"LinkedIn"},
    ),
]

# The firm named by a description first, its name only in the sentence after; or named in
# one sentence and told of by a description or pronoun in the next. "The world's largest
# chipmaker" is the firm the article then names; "A Swedish fashion giant" may be a firm the
# writer never names ("A big US bank has reversed …, according to Bloomberg. JPMorgan declined
# to comment."), so it waits for an editor (written first expecting a credit, changed after).
DESCRIBED: list[tuple[str, set[str]]] = [
    (
        "One of Britain's biggest supermarkets has reversed its ban on cash at self-checkouts. "
        "Morrisons said shoppers had told it the ban went too far.",
        set(),  # an indefinite description: most likely Morrisons, but review says so
    ),
    (
        "A Swedish fashion giant has scrapped its fee for online returns in Germany. H&M said "
        "the fee had put off younger shoppers.",
        set(),
    ),
    (
        "The world's largest chipmaker has paused construction of its second Arizona plant. "
        "TSMC told customers the delay would last a year.",
        {"TSMC"},
    ),
    (
        "A US carmaker has abandoned its plan to make only electric cars by 2030. Ford said "
        "it would keep building petrol pickups.",
        set(),
    ),
    (
        "Lloyds Banking Group told staff in January they would need to be in the office three "
        "days a week. The lender has since softened the rule to two days.",
        {"Lloyds Banking Group"},
    ),
    (
        "BMW raised the subscription price of its heated seats in January. Drivers complained "
        "loudly, and the carmaker has now scrapped the subscription.",
        {"BMW"},
    ),
    (
        "Just Eat Takeaway was asked about Deliveroo's fee cut on Tuesday. The Dutch company "
        "said it would keep its own fees.",
        set(),
    ),
    (
        "Sony's PlayStation unit had made a PSN account mandatory for PC players. After a "
        "backlash, the division dropped the requirement for Helldivers 2.",
        {"Sony"},
    ),
    (
        "Ubisoft asked shareholders to back its Tencent deal. The French publisher also said "
        "it had pulled the release of two games forward.",
        set(),
    ),
    (
        "Costco said its membership fee would stay at $65. The warehouse club has, however, "
        "brought back its $1.50 hot dog combo in Canada.",
        {"Costco"},
    ),
    (
        "Carlsberg is buying Britvic. The Danish brewer said it had no plans to change "
        "Britvic's recipes.",
        set(),
    ),
]

# An executive of one firm speaks of another firm's reversal, or of his own firm's plans.
QUOTES_ABOUT_OTHERS: list[tuple[str, set[str]]] = [
    (
        "\"We are not going to do what Amazon did and reverse course,\" Shopify's chief "
        "executive told staff.",
        {"Amazon"},
    ),
    (
        "Ryanair's Michael O'Leary mocked EasyJet for scrapping its seat fee. \"They blinked,\" "
        "he said.",
        {"EasyJet"},
    ),
    (
        "\"Barclays has dropped the fee, and we'll look at it,\" said NatWest's chief "
        "executive.",
        {"Barclays"},
    ),
    (
        "Asked about Tesco's U-turn, Sainsbury's chief executive said his own chain had no "
        "plans to change its loyalty scheme.",
        {"Tesco"},
    ),
    (
        "\"Our competitors have walked back their pledges; we have not,\" said the head of "
        "Patagonia.",
        set(),
    ),
    (
        "Lyft's chief executive said on a call with analysts that Uber's decision to drop "
        "its surcharge proved Lyft had been right all along.",
        {"Uber"},
    ),
    (
        "\"We're not backing down,\" said a spokesperson for Deliveroo, after Just Eat reversed "
        "its fee rise.",
        {"Just Eat Takeaway.com"},
    ),
    (
        "Netflix co-chief executive Ted Sarandos said he would never reverse the password "
        "crackdown. \"It worked,\" he said.",
        set(),
    ),
    (
        "\"Nobody at Google is talking about rolling back the policy,\" a Google spokesperson "
        "said.",
        set(),
    ),
    (
        "Speaking at a conference, Microsoft's president said Apple's reversal on app store "
        "fees in Europe was \"welcome but late\".",
        {"Apple"},
    ),
]

# Real reversals, told the ways reporters tell them: recall must hold.
REAL: list[tuple[str, set[str]]] = [
    (
        "Starbucks has reversed its open-door policy, saying only paying customers may now "
        "use its cafés and toilets.",
        {"Starbucks"},
    ),
    (
        "Under pressure from franchisees, Subway has dropped its $6.99 footlong deal.",
        {"Subway"},
    ),
    (
        "In a climb-down, Royal Mail said it would keep Saturday deliveries of second-class "
        "letters.",
        {"Royal Mail"},
    ),
    (
        "Canva has rolled back the price rise for Teams plans that angered small businesses.",
        {"Canva"},
    ),
    (
        "After a week of criticism, Duolingo said it would no longer replace contractors with "
        "AI.",
        {"Duolingo"},
    ),
    (
        "Wells Fargo is bringing back overdraft grace periods it scrapped in 2024, the bank "
        "said on Monday.",
        {"Wells Fargo"},
    ),
    (
        "Target ended its price-match guarantee in January. On Monday it reinstated it for "
        "holiday shoppers.",
        {"Target"},
    ),
    (
        "The decision to cut staff discounts has been reversed by John Lewis after protests "
        "from its partners.",
        {"John Lewis"},
    ),
    (
        "Peloton said on Tuesday it was abandoning its plan to charge a fee for used bikes.",
        {"Peloton"},
    ),
    (
        "Reddit backtracked on Wednesday, restoring free API access for moderation tools.",
        {"Reddit"},
    ),
    (
        "Unity has scrapped its runtime fee, a year after the charge prompted a revolt by game "
        "developers.",
        {"Unity"},
    ),
    (
        "Lufthansa has suspended its plan to charge for seat selection on short-haul flights, "
        "it said on Friday.",
        {"Lufthansa"},
    ),
    (
        "Following a customer backlash, Adidas said it would restore the lifetime returns on "
        "its loyalty scheme.",
        {"Adidas"},
    ),
    (
        "Monzo has done a U-turn on its decision to close accounts of customers living abroad.",
        {"Monzo"},
    ),
    (
        "Zoom is once again letting staff within 50 miles of an office work from home full "
        "time, reversing a 2023 mandate.",
        {"Zoom"},
    ),
    (
        "Greggs has shelved plans to open its stores until 11pm after a trial in London.",
        {"Greggs"},
    ),
    (
        "Heineken's decision to pull out of Russia was put on ice on Tuesday.",
        {"Heineken"},
    ),
    (
        "Ikea and H&M both scrapped their paper-bag charges in Sweden this week.",
        {"Ikea", "H&M"},
    ),
    (
        "EasyJet, Wizz Air and Jet2 have all dropped their fees for changing a name on a "
        "ticket.",
        {"EasyJet", "Wizz Air", "Jet2"},
    ),
    (
        "HSBC said it would stop closing branches until 2027, reversing last year's plan.",
        {"HSBC"},
    ),
]

# Whole articles: a headline, then paragraphs as a reporter files them.
ARTICLES: list[tuple[str, set[str]]] = [
    (
        "Title: Supermarkets split over self-checkout limits\n\n"
        "LONDON (Reuters) - Morrisons has removed the ten-item limit on its self-checkouts, "
        "a spokesperson confirmed on Tuesday, six months after the grocer introduced it.\n\n"
        "Rivals are going the other way. Tesco said it would keep its own limit, and Asda is "
        "trialling a cap of 12 items in 20 stores. Sainsbury's declined to comment.\n\n"
        "The British Retail Consortium, which represents the chains, said shop theft had risen "
        "by a fifth last year. Analysts at Peel Hunt said other grocers were unlikely to "
        "follow Morrisons.",
        {"Morrisons"},
    ),
    (
        "Title: Will the big banks follow? Pressure mounts after Monzo's fee climbdown\n\n"
        "Monzo's decision on Monday to scrap its £3 fee for withdrawing cash abroad has put "
        "pressure on its bigger rivals.\n\n"
        "Starling and Revolut charge similar fees. Consumer group Which? called on both to "
        "drop them. Revolut said it was \"always reviewing\" its prices; Starling did not "
        "respond.\n\n"
        "\"Customers vote with their feet,\" said one analyst. \"If Revolut scrapped the fee "
        "tomorrow, nobody would be surprised.\"",
        {"Monzo"},
    ),
    (
        "Title: EU drops plan to force tech firms to scan private messages\n\n"
        "BRUSSELS - The European Commission has dropped its plan to require messaging apps to "
        "scan users' private messages for abuse images, after opposition from Germany and "
        "the Netherlands.\n\n"
        "Meta, which owns WhatsApp, and Signal had threatened to leave the EU market rather "
        "than comply. Apple said it welcomed the decision.\n\n"
        "Child-safety groups said the Commission had caved to industry lobbying.",
        set(),
    ),
    (
        "Title: Nike shares jump on results\n\n"
        "Nike shares rose 8% on Thursday after the sportswear maker beat forecasts for the "
        "first time in a year.\n\n"
        "The company, which scrapped its direct-to-consumer push in 2024 and went back to "
        "selling through retailers such as Foot Locker, said wholesale orders had risen by a "
        "tenth. Chief executive Elliott Hill said the turnaround was \"ahead of plan\".\n\n"
        "Adidas and Puma report next week.",
        set(),
    ),
    (
        "Title: Ford reverses course on EV battery plant in Kentucky\n\n"
        "DETROIT - Ford Motor Co. said on Wednesday it would resume construction of its "
        "second battery plant in Kentucky, which it paused last spring as electric-car sales "
        "slowed.\n\n"
        "The plant, a joint venture with South Korea's SK On, will open in 2028. General "
        "Motors, which also paused a battery plant last year, said its own plans had not "
        "changed.\n\n"
        "The United Auto Workers union welcomed the news.",
        {"Ford"},
    ),
    (
        "Title: Analysts: Disney likely to rethink streaming price hikes\n\n"
        "Disney will have to rethink the price rises it pushed through in October, analysts at "
        "MoffettNathanson said in a note on Monday, as subscriber numbers fell for a second "
        "quarter.\n\n"
        "Netflix has raised prices three times in two years without losing subscribers. "
        "Warner Bros. Discovery cut the price of Max in some markets last month.\n\n"
        "A Disney spokesperson said the company had no plans to change its pricing.",
        set(),
    ),
    (
        "Title: The week in workplace: office mandates\n\n"
        "Amazon's five-day rule is now a year old, and the company shows no sign of easing "
        "it. Dell has kept its own mandate too.\n\n"
        "But not every firm is holding the line. Ernst & Young has told UK staff they no "
        "longer need to be in the office three days a week, reversing a rule it set in "
        "September. KPMG, PwC and Deloitte said they had no plans to change theirs.\n\n"
        "Meanwhile, a survey of 2,000 workers by the CIPD found that two in five would look "
        "for another job if their employer demanded five days.",
        {"EY"},
    ),
    (
        "Title: Royal Mail owner pledges to keep Saturday post\n\n"
        "International Distribution Services, the owner of Royal Mail, said on Friday it "
        "would not cut Saturday letter deliveries, after Ofcom rejected its proposal.\n\n"
        "The regulator had been asked to let the company move to alternate-day deliveries. "
        "The Communication Workers Union said the decision was a victory for its members.",
        set(),
    ),
    (
        "Title: Lidl brings back its free bakery treat for children\n\n"
        "Lidl GB is reinstating the free piece of fruit it gave children in its stores, the "
        "discounter said on Monday, a year after it quietly ended the offer.\n\n"
        "Aldi, its closest rival, has never offered anything similar, and Tesco's free fruit "
        "scheme, started in 2016, is still running.\n\n"
        "\"Parents told us they missed it,\" said Lidl GB's chief executive.",
        {"Lidl"},
    ),
    (
        "Title: Q&A: Why did Spotify change its mind on lossless audio?\n\n"
        "Spotify has dropped its plan to charge extra for lossless audio. Here is what we "
        "know.\n\n"
        "What was the plan? A $5-a-month add-on, first reported by Bloomberg in 2024.\n\n"
        "What do rivals charge? Apple Music and Amazon Music include lossless at no extra "
        "cost, and Tidal cut its price last year.\n\n"
        "Will prices go up anyway? Spotify would not say.",
        {"Spotify"},
    ),
    (
        "Title: Carmakers lobby Brussels as EU weighs delay to 2035 ban\n\n"
        "Volkswagen, Stellantis and Renault urged the European Commission on Tuesday to "
        "reverse the ban on new petrol cars from 2035.\n\n"
        "The Commission is considering whether to loosen the rule, officials said. Volvo Cars, "
        "which has pledged to sell only electric cars, opposed any delay. BMW said it would "
        "keep building both.",
        set(),
    ),
    (
        "Title: Live: markets, March 4\n\n"
        "09:12 Shares in Burberry fell 4% after the brand said it would keep its prices "
        "unchanged.\n\n"
        "09:40 Ocado has abandoned its plan to build a robotic warehouse in Canada, the "
        "company said in a trading update.\n\n"
        "10:05 The FTSE 100 is flat. Unilever and Diageo are the biggest fallers.",
        {"Ocado"},
    ),
    (
        "Title: Opinion: Meta's reversal shows who really runs Silicon Valley\n\n"
        "When Meta scrapped its diversity programme in January, it was following a trend. "
        "Now Meta has brought the programme "
        "back, and I am told Google is watching.\n\n"
        "Will Amazon follow? I doubt it. Its chief executive has made clear he sees no need.",
        {"Meta"},
    ),
]

# More traps in context: customers, suppliers and unions that act, and firms that only watch.
MORE_TRAPS: list[tuple[str, set[str]]] = [
    (
        "Thousands of Peloton owners cancelled their subscriptions after the price rise. "
        "Peloton said the rise would stay.",
        set(),
    ),
    (
        "Airbus said several airlines, including Wizz Air, had postponed deliveries of the "
        "A321XLR. Airbus kept its production target unchanged.",
        set(),
    ),
    (
        "GMB, the union, called off a planned strike at Amazon's Coventry warehouse after the "
        "company agreed to talks.",
        set(),
    ),
    (
        "Apple's suppliers Foxconn and Pegatron said they had no plans to move production "
        "out of India, despite reports that Apple had paused its expansion there. Apple "
        "denied the reports.",
        set(),
    ),
    (
        "Tesco has scrapped its plan to charge for home delivery on orders over £50. "
        "Suppliers such as Unilever and Procter & Gamble were not affected.",
        {"Tesco"},
    ),
    (
        "Nestlé's chief executive said the food group's price rises would stick. Danone, "
        "meanwhile, has cut its prices back in France after a row with Carrefour.",
        {"Danone"},
    ),
    (
        "Carrefour pulled PepsiCo products from its shelves in 2024 over prices. The two "
        "firms have since settled, and the products returned to stores last year.",
        set(),
    ),
    (
        "Spotify has reversed a rule that stopped free users choosing songs. Apple Music has "
        "no free tier, and YouTube Music said its free tier was unchanged.",
        {"Spotify"},
    ),
    (
        "The FA has reversed its decision to let Arsenal play two games in three days. "
        "Arsenal said it was grateful.",
        set(),
    ),
    (
        "Pfizer's decision to keep its price rise in place drew criticism from patients' "
        "groups. Moderna has cut its own price back.",
        {"Moderna"},
    ),
    (
        "Samsung said rival Apple had \"finally backed down\" on USB-C. Apple said it had "
        "always planned the change.",
        set(),
    ),
    (
        "Uber Eats drivers in Paris ended their three-day strike on Sunday. Uber said it "
        "would keep its new pay formula.",
        set(),
    ),
]


# A second wave, written after the first was scored and scored before the rules it led to
# (26 of 40 right then): a firm that only reacts to another's turn, what a firm reports of
# others, a person's own turn, and turns told long ago.
REACTIONS_AND_HEARSAY: list[tuple[str, set[str]]] = [
    (
        "The levy on sugary drinks was scrapped on Monday. Britvic, which makes Robinsons "
        "squash, welcomed the news.",
        set(),
    ),
    (
        "The sugar tax was scrapped by ministers on Monday. Britvic said it welcomed the "
        "decision.",
        set(),
    ),
    (
        "The plan has been dropped, the Treasury said. Barclays said it welcomed the clarity.",
        set(),
    ),
    (
        "Ministers have dropped plans for a windfall tax. Shell followed suit by dropping its "
        "appeal against an earlier levy.",
        set(),
    ),
    ("The government scrapped the subsidy in March. BP followed suit.", set()),
    ("Acme scrapped its fee in 2024. Beta followed suit last month.", set()),
    ("\"It's a U-turn by the government,\" said a Tesco spokesperson.", set()),
    (
        "Shares in Tesco fell after the government reversed its decision on business rates, "
        "Tesco said.",
        set(),
    ),
    (
        "In a U-turn, the council said it would keep the libraries open, Tesco said.",
        set(),
    ),
    ("Sainsbury's said suppliers had scrapped planned price rises.", set()),
    ("Nestlé said retailers had dropped its products from shelves.", set()),
    ("Uber drivers said they had called off the protest, Uber confirmed.", set()),
    (
        "The union said it had withdrawn its strike threat. Royal Mail welcomed the move.",
        set(),
    ),
    ("Royal Mail welcomed the union's decision to call off the strike.", set()),
    ("Deliveroo said the city had paused the licensing scheme.", set()),
    (
        "The retailer, which has not been named, scrapped its loyalty scheme, analysts at "
        "Barclays said.",
        set(),
    ),
    (
        "A big US bank has reversed its office mandate, according to Bloomberg. JPMorgan "
        "declined to comment.",
        set(),
    ),
    (
        "An unnamed supermarket has scrapped self-checkouts. Tesco, Asda and Aldi all said "
        "they were keeping theirs.",
        set(),
    ),
    ("Aldi said the rival chain had scrapped its loyalty scheme.", set()),
    (
        "Reports that Asda had scrapped its loyalty scheme were wrong, the supermarket said.",
        set(),
    ),
    ("Lloyds has not reversed its branch closures, contrary to reports.", set()),
    (
        "HSBC reversed its ban on crypto purchases in 2021 and has now launched a crypto fund.",
        set(),
    ),
    ("Ten years ago, Gap scrapped its new logo. Now it has a new one.", set()),
    (
        "Investors cheered as Unilever shares rose. The company's decision to drop the ice "
        "cream spin-off had been expected for weeks.",
        set(),
    ),
    ("Analysts said Apple would probably reverse course. Apple said nothing.", set()),
    ("The climb-down by Tesco was forced by suppliers, the Grocer reported.", {"Tesco"}),
    ("Which? said Virgin Media should reverse its price rise.", set()),
    ("Customers had hoped BT would drop the fee. It has not.", set()),
    ("The bank has ruled out a U-turn, Barclays said on Monday.", set()),
    (
        "Heineken, Carlsberg and Diageo were all asked whether they would reverse price rises. "
        "Only Diageo said it would.",
        set(),
    ),
    (
        "Asked if Netflix would follow Disney in rolling back the price rise, Netflix's chief "
        "said: \"No.\"",
        set(),
    ),
    (
        "Disney has rolled back its price rise. Netflix said it would not follow.",
        {"Disney"},
    ),
    (
        "Meta, which last year ended its fact-checking scheme, reported higher profits on "
        "Wednesday.",
        set(),
    ),
    (
        "Shell's former chief executive reversed his stance on net zero in a new book.",
        set(),
    ),
    (
        "The former Barclays boss Jes Staley has dropped his appeal against the ban.",
        set(),
    ),
    (
        "Apple's chief executive Tim Cook said he had changed his mind about remote work.",
        set(),
    ),
    (
        "Last year the bank scrapped its cashback card. Lloyds reported profits on Tuesday.",
        set(),
    ),
    (
        "Tesco's boss said Aldi had \"backed down\" on price matching. Aldi denied it.",
        set(),
    ),
    (
        "The ban was reversed, Tesco said, by the local council.",
        set(),
    ),
    (
        "Thousands of Lidl shoppers signed a petition, and Lidl has now reversed the change.",
        {"Lidl"},
    ),
]

# A third and fourth wave, each scored once before the rules it led to (third: 37 of 41 right,
# three of the four wrong being expectations mistyped, one a real miss, "followed suit with a
# price cut"; fourth: 20 of 26): "followed suit", plans kept or carried out, questions,
# another firm's word, the one oil company among three, a state's turn that relieves firms,
# operations paused.
FOLLOWERS_AND_PLANS: list[tuple[str, set[str]]] = [
    (
        "Tesco raised its meal deal price in January. Sainsbury's followed suit in "
        "March.",
        set(),
    ),
    (
        "Tesco has scrapped its £1 delivery charge. Asda followed suit with a price "
        "cut on milk.",
        {"Tesco"},
    ),
    (
        "Tesco has scrapped its £1 delivery charge. Asda followed suit on Tuesday.",
        {"Asda", "Tesco"},
    ),
    (
        "Tesco has scrapped its £1 delivery charge. Asda is expected to follow suit.",
        {"Tesco"},
    ),
    (
        "Tesco has scrapped its £1 delivery charge. Will Asda follow suit?",
        {"Tesco"},
    ),
    (
        "Tesco has scrapped its £1 delivery charge. Asda has not followed suit.",
        {"Tesco"},
    ),
    (
        "The fee was introduced in 2019, Aldi said. Aldi has no plans to change it.",
        set(),
    ),
    (
        "The plan to close 40 branches will go ahead, Barclays said.",
        set(),
    ),
    (
        "The rule stays, Amazon said.",
        set(),
    ),
    (
        "The change was made to protect staff, Amazon said, and would not be "
        "reversed.",
        set(),
    ),
    (
        "Lloyds had planned to close 60 branches this year. The bank said it would go "
        "ahead with the closures.",
        set(),
    ),
    (
        "Lloyds had planned to close 60 branches this year and has done so.",
        set(),
    ),
    (
        "Lloyds had planned to close 60 branches this year. The bank has now put the "
        "closures on hold.",
        {"Lloyds Banking Group"},
    ),
    (
        "Starbucks planned to open 100 stores in India. It has opened 80 so far.",
        set(),
    ),
    (
        "Why won't Apple reverse its App Store fees?",
        set(),
    ),
    (
        "Is Netflix about to scrap its ad tier?",
        set(),
    ),
    (
        "Google: we will not reverse our cookie decision",
        set(),
    ),
    (
        "Nike reverses course on Amazon sales",
        {"Nike"},
    ),
    (
        "Analysts doubt Nike will reverse course on Amazon sales",
        set(),
    ),
    (
        "Could Uber drop surge pricing? The company says no.",
        set(),
    ),
    (
        "Shell's chief executive said rivals BP and TotalEnergies had \"walked back\" "
        "their green pledges, while Shell had not.",
        set(),
    ),
    (
        "Volkswagen's Audi unit is considering scrapping its Brussels plant closure, "
        "the union said.",
        set(),
    ),
    (
        "HSBC, the lender whose UK arm scrapped free banking in 2023, reported higher "
        "profits.",
        set(),
    ),
    (
        "Amazon, Meta and Google all reported results this week. The company said it "
        "would keep spending on AI.",
        set(),
    ),
    (
        "Dell has dropped its office mandate. HP and Lenovo said they would keep "
        "theirs. The company said staff had asked for flexibility.",
        {"Dell"},
    ),
    (
        "Walmart has raised prices on 300 items. The retailer said it had no plans to "
        "roll them back.",
        set(),
    ),
    (
        "Pressure on Unilever to drop its spin-off grew on Monday. The company said "
        "the plan stands.",
        set(),
    ),
    (
        "A spokesperson for Vodafone said the company \"will never go back\" on its "
        "price policy.",
        set(),
    ),
    (
        "Ryanair boss Michael O'Leary, who once scrapped free seat selection, said on "
        "Monday that fares would rise.",
        set(),
    ),
    (
        "Tesla's board asked shareholders to reinstate Elon Musk's pay package, which "
        "a court voided.",
        set(),
    ),
    (
        "Shareholders voted to reinstate Elon Musk's pay package at Tesla.",
        set(),
    ),
    (
        "The court reinstated Musk's pay deal, a win for Tesla.",
        set(),
    ),
    (
        "Ocado has cancelled its plan to build a warehouse in Ontario, its Canadian "
        "partner Sobeys said.",
        {"Ocado"},
    ),
    (
        "Sobeys said Ocado's warehouse was on track, denying a report that the "
        "project had been cancelled.",
        set(),
    ),
    (
        "The CMA said Microsoft had abandoned its bid for Activision. Microsoft "
        "denied it.",
        set(),
    ),
    (
        "Apple did not reverse its decision, contrary to reports on Monday.",
        set(),
    ),
    (
        "A U-turn by Apple is unlikely, analysts say.",
        set(),
    ),
    (
        "There is no sign that Apple will backtrack.",
        set(),
    ),
    (
        "Apple has not ruled out a reversal of its App Store fees.",
        set(),
    ),
    (
        "Epic Games said Apple should reverse its App Store fees, and Apple said it "
        "would not.",
        set(),
    ),
    (
        "The strike at Tesco's depots will not go ahead after the union accepted a "
        "pay offer.",
        set(),
    ),
    (
        "The merger of Vodafone and Three will not go ahead, the CMA said.",
        set(),
    ),
    (
        "A planned walkout at British Airways will not go ahead, Unite said.",
        set(),
    ),
    (
        "Heathrow's third runway will not go ahead, the government said.",
        set(),
    ),
    (
        "Amazon's new warehouse in Dartford will not go ahead after the council "
        "refused planning permission.",
        set(),
    ),
    (
        "Nissan's planned merger with Honda will not go ahead after Honda walked "
        "away, people familiar said.",
        set(),
    ),
    (
        "Shell, BP and Exxon reported profits this week. The oil company said it "
        "would keep its dividend.",
        set(),
    ),
    (
        "Aviva has bought Direct Line. The insurer said it would keep the Direct Line "
        "brand.",
        set(),
    ),
    (
        "Aviva has bought Direct Line. The insurer said it had scrapped Direct Line's "
        "plan to close its call centres.",
        {"Direct Line"},
    ),
    (
        "Barclays and HSBC both reported results on Tuesday. The lender said it had "
        "restored its dividend.",
        set(),
    ),
    (
        "Microsoft's Xbox boss said Sony had reversed its decision on PC logins, and "
        "praised the move.",
        {"Sony"},
    ),
    (
        "Sony has reversed its decision on PC logins. Microsoft's Xbox boss praised "
        "the move.",
        {"Sony"},
    ),
    (
        "The EU has paused its tariffs on US whiskey, a relief for Diageo and Pernod "
        "Ricard.",
        set(),
    ),
    (
        "The tariff was paused. Diageo said it was relieved.",
        set(),
    ),
    (
        "Brewers including Heineken had lobbied against the tax, which the government "
        "has now scrapped.",
        set(),
    ),
    (
        "Uber, which lobbied for the change, welcomed the council's decision to drop "
        "the cap on licences.",
        set(),
    ),
    (
        "Starbucks' union, Workers United, dropped its complaint against the company "
        "on Monday.",
        set(),
    ),
    (
        "Netflix subscribers cancelled in droves after the price rise, and Netflix "
        "kept it.",
        set(),
    ),
    (
        "Thousands of EasyJet passengers had flights cancelled on Monday because of "
        "the strike.",
        set(),
    ),
    (
        "Lufthansa cancelled 300 flights because of a strike by ground staff.",
        set(),
    ),
    (
        "Ryanair suspended flights to Tel Aviv until March.",
        set(),
    ),
    (
        "BP paused trading in its shares ahead of the announcement.",
        set(),
    ),
    (
        "Sony paused production at two plants after a fire.",
        set(),
    ),
    (
        "Heathrow paused flights for two hours because of fog.",
        set(),
    ),
]

# Whole articles, a fifth and sixth wave, each scored once before the rules it led to (7 of 8
# and 9 of 11 right): background told "last year, when it abandoned …", a newsletter's bullet
# points, a live blog where a firm "welcomes the U-turn" of a government.
MORE_ARTICLES: list[tuple[str, set[str]]] = [
    (
        "Title: Greggs brings back its sausage roll loyalty stamp\n"
        "\n"
        "Greggs is reinstating the loyalty stamp it dropped from its app in the "
        "spring, the bakery chain said on Thursday.\n"
        "\n"
        "The stamp, which gave a free hot drink after nine purchases, was removed "
        "in April when Greggs moved to a points scheme. Customers complained, and "
        "the chain said it had listened.\n"
        "\n"
        "Pret A Manger, which scrapped its own coffee subscription in 2023, said it "
        "had no plans to bring it back. Costa declined to comment.",
        {"Greggs"},
    ),
    (
        "Title: Why office mandates are here to stay\n"
        "\n"
        "Five years after the pandemic, the office is winning. Amazon requires "
        "staff in five days a week; JPMorgan does the same.\n"
        "\n"
        "There have been retreats. In 2023 Zoom softened its rule after staff "
        "protested, and Salesforce eased its own a year later. But the trend is "
        "clear, says Nicholas Bloom, an economist at Stanford.\n"
        "\n"
        "\"Firms that backed down did so quietly,\" he said. \"None has gone fully "
        "remote again.\"",
        set(),
    ),
    (
        "Title: Shell drops target to cut oil output\n"
        "\n"
        "Shell has dropped its target to cut oil production by 1-2% a year until "
        "2030, it said in a strategy update on Tuesday.\n"
        "\n"
        "The company said demand for oil would remain strong. BP made a similar "
        "move last year, when it abandoned its pledge to cut output by 40%.\n"
        "\n"
        "Climate groups said Shell was backsliding. Shareholders, who voted down a "
        "climate resolution in May, cheered; the shares rose 3%.",
        {"Shell"},
    ),
    (
        "Title: Unions call off rail strikes\n"
        "\n"
        "The RMT union has called off next week's strikes on Southern and Northern "
        "after talks with the operators.\n"
        "\n"
        "Both companies had threatened to cut services. Southern said it welcomed "
        "the decision, and Northern said timetables would return to normal.\n"
        "\n"
        "The union said it had suspended its action for two weeks to allow a ballot "
        "on a new offer.",
        set(),
    ),
    (
        "Title: Lidl axes self-checkout ban after one week\n"
        "\n"
        "Lidl has reversed a ban on under-18s using self-checkouts, a week after "
        "introducing it.\n"
        "\n"
        "The discounter said the rule had caused \"confusion\". Aldi and Tesco have "
        "no such ban. The British Retail Consortium said retailers were trying many "
        "things to cut theft.\n"
        "\n"
        "Last year, Booths removed self-checkouts from most of its stores, a move "
        "it said customers liked.",
        {"Lidl"},
    ),
    (
        "Title: Ask the expert: can my airline cancel my flight for free?\n"
        "\n"
        "Q: EasyJet cancelled my flight to Malaga the night before. Do I get "
        "compensation?\n"
        "\n"
        "A: Usually yes. Under UK rules, airlines that cancel with less than 14 "
        "days' notice must pay up to £520, unless the cause was extraordinary. "
        "Ryanair and EasyJet have both tried to argue that staff shortages count; "
        "courts have disagreed.",
        set(),
    ),
    (
        "Title: Nationwide reopens branches it closed\n"
        "\n"
        "Nationwide Building Society is reopening six branches it shut in 2024, the "
        "mutual said, after a survey found members wanted them back.\n"
        "\n"
        "It is the first big lender to reverse closures. Barclays, Lloyds and "
        "NatWest have closed more than 1,000 branches between them since 2020 and "
        "said they would continue.\n"
        "\n"
        "MPs welcomed the move. \"Others should follow,\" said one.",
        {"Nationwide"},
    ),
    (
        "Title: Meta U-turns on AI chatbot personas\n"
        "\n"
        "Meta has removed the AI personas it added to Instagram and Facebook in "
        "January, after users found them creepy.\n"
        "\n"
        "The move is the latest reversal for the company, which last year ended its "
        "fact-checking programme in the US and in 2022 abandoned its Libra "
        "currency.\n"
        "\n"
        "Snap and TikTok, which have their own AI features, said they had no plans "
        "to change them.",
        {"Meta"},
    ),
    (
        "Title: The Morning Brief\n"
        "\n"
        "- Spotify has brought back its cheaper Duo plan in Europe.\n"
        "- Apple is raising the price of Apple TV+ to $12.99.\n"
        "- Netflix said it would not change prices this year.\n"
        "- Disney is \"reviewing\" its ad-free tier, the FT reports.",
        {"Spotify"},
    ),
    (
        "Title: Grocers split on fees\n"
        "\n"
        "Tesco kept its £4 delivery fee on Monday. Asda, though, scrapped its own.\n"
        "\n"
        "It had introduced the charge in February.",
        {"Asda"},
    ),
    (
        "Title: Regulator fines Vodafone\n"
        "\n"
        "Ofcom fined Vodafone £2m for overcharging. The regulator had reversed its "
        "earlier decision not to investigate after new evidence emerged.\n"
        "\n"
        "Vodafone said it would appeal.",
        set(),
    ),
    (
        "Title: Pret's founder on the state of the high street\n"
        "\n"
        "Julian Metcalfe, who founded Pret A Manger, said he regretted the chain's "
        "decision to drop its free-coffee scheme in 2023. \"It was a mistake,\" he "
        "said.",
        set(),
    ),
    (
        "Title: Pret ends free-coffee scheme\n"
        "\n"
        "Pret A Manger has ended its Club Pret free-coffee scheme, the chain said "
        "on Monday, a year after launching it.",
        {"Pret A Manger"},
    ),
    (
        "Title: Live: Budget 2026\n"
        "\n"
        "12:31 The chancellor confirms the government will scrap the two-child "
        "benefit cap.\n"
        "\n"
        "12:40 Tesco shares rise 2%. Retailers had lobbied for the change.\n"
        "\n"
        "12:52 Sainsbury's welcomes the U-turn in a statement.",
        set(),
    ),
    (
        "Title: Heineken to sell beer in Russia again? No — but it has reversed one "
        "exit\n"
        "\n"
        "Heineken has reversed its plan to stop selling non-alcoholic beer in "
        "Belarus, a spokesperson said. The brewer left Russia in 2023.",
        {"Heineken"},
    ),
    (
        "Title: Interview: the Ryanair boss who never backs down\n"
        "\n"
        "Michael O'Leary has never reversed a fee. \"Not once,\" he said. Asked about "
        "EasyJet's decision in 2024 to drop its seat fee, he laughed.",
        set(),
    ),
    (
        "Title: Samsung weighs ending Galaxy AI free tier\n"
        "\n"
        "Samsung is weighing whether to end free access to Galaxy AI features next "
        "year, two people familiar with the matter said. The company declined to "
        "comment.",
        set(),
    ),
    (
        "Title: Volvo Cars drops all-electric pledge\n"
        "\n"
        "Volvo Cars has dropped its target of selling only electric cars by 2030. "
        "The Swedish carmaker, which is owned by China's Geely, said it would keep "
        "selling hybrids.\n"
        "\n"
        "Geely said it supported the decision.",
        {"Volvo"},
    ),
    (
        "Title: Opinion: Amazon should reverse its office mandate\n"
        "\n"
        "Amazon's five-day rule is a mistake, and the company should reverse it. "
        "Microsoft and Google manage with three days. If Amazon scrapped the rule, "
        "talent would flock back.",
        set(),
    ),
]

# A seventh wave, scored once before the rules it led to (14 of 25 right, 1 expectation then
# mistyped): orders and demands by regulators, "the former", "its rival", users who "will no
# longer have to" on a condition or by a union's claim, operations restored after a fault.
ORDERS_AND_CLAIMS: list[tuple[str, set[str]]] = [
    (
        "Ofcom ordered BT to reverse the price rise. BT said it would appeal.",
        set(),
    ),
    (
        "Ofcom ordered BT Group to reverse the price rise, and the company has now "
        "done so.",
        {"BT Group"},
    ),
    (
        "Tesco and Asda were both criticised. Neither has reversed its decision.",
        set(),
    ),
    (
        "Tesco and Asda were both criticised. The former has since reversed its "
        "decision; the latter has not.",
        {"Tesco"},
    ),
    (
        "Sainsbury's said its rival had scrapped the fee.",
        set(),
    ),
    (
        "Sainsbury's said its Argos arm had scrapped the fee.",
        {"Argos"},
    ),
    (
        "Asda's owner, TDR Capital, said on Monday that the supermarket would bring "
        "back price-match.",
        {"Asda"},
    ),
    (
        "Google-owned Fitbit's users complained. Google said the change would stay.",
        set(),
    ),
    (
        "Walmart's supplier, Procter & Gamble, said it would cut prices. Walmart had "
        "asked suppliers to reverse price rises.",
        set(),
    ),
    (
        "The pair, Uber and Lyft, were asked by regulators to reverse the fee.",
        set(),
    ),
    (
        "Uber and Lyft have each scrapped the fee.",
        {"Lyft", "Uber"},
    ),
    (
        "Sony's decision to scrap the fee was \"welcome\", said Microsoft, which kept "
        "its own.",
        {"Sony"},
    ),
    (
        "Sony has scrapped the fee. Microsoft, which kept its own, said it was "
        "\"welcome\".",
        {"Sony"},
    ),
    (
        "Microsoft, which kept its own, said Sony's fee was \"unwelcome\".",
        set(),
    ),
    (
        "Nintendo's shares fell after Sony scrapped a fee in 2021.",
        set(),
    ),
    (
        "Apple users will no longer have to pay for iCloud storage upgrades, if a "
        "lawsuit succeeds.",
        set(),
    ),
    (
        "Amazon workers will no longer have to come in five days a week, the union "
        "claims.",
        set(),
    ),
    (
        "Tesla owners can no longer use the app to unlock their cars after an outage.",
        set(),
    ),
    (
        "Tesla owners can once again use the app to unlock their cars, the company "
        "said, after it reversed a software change.",
        {"Tesla"},
    ),
    (
        "Customers of Thames Water will no longer get compensation for leaks, Ofwat "
        "said.",
        set(),
    ),
    (
        "Starbucks restored mobile ordering by noon after an IT fault.",
        set(),
    ),
    (
        "The app was restored after a four-hour outage, Monzo said.",
        set(),
    ),
    (
        "Netflix restored service after an outage on Tuesday.",
        set(),
    ),
    (
        "Amazon reinstated a worker it had fired, after a tribunal ruling.",
        set(),
    ),
]

# An eighth wave, scored once before the rule it led to (18 of 21 right, 1 expectation then
# mistyped): quotes of a firm's own and another's turn, rumours, petitions, fact checks, a
# hoax.
QUOTES_AND_RUMOURS: list[tuple[str, set[str]]] = [
    (
        "\"We have not reversed anything,\" said a spokesperson for Asda.",
        set(),
    ),
    (
        "\"We scrapped it in 2019 and never looked back,\" said Aldi's UK chief "
        "executive.",
        set(),
    ),
    (
        "\"We have scrapped the fee,\" said Aldi's UK chief executive on Monday.",
        {"Aldi"},
    ),
    (
        "\"If we scrapped the fee, we'd lose money,\" said Aldi's UK chief executive.",
        set(),
    ),
    (
        "\"Should we reverse course? No,\" Aldi's chief executive told reporters.",
        set(),
    ),
    (
        "\"Tesco has backtracked, we haven't,\" said Aldi's chief executive.",
        {"Tesco"},
    ),
    (
        "\"Tesco has backtracked, and we welcome it,\" said a spokesperson for the "
        "union Usdaw.",
        {"Tesco"},
    ),
    (
        "\"We will never bring back the old app,\" Sonos chief executive Tom Conrad "
        "said.",
        set(),
    ),
    (
        "\"We're not going to roll this back,\" a Sonos spokesperson said. \"Customers "
        "will get used to it.\"",
        set(),
    ),
    (
        "\"Users asked us to bring back the old app,\" Sonos said. \"We listened, but "
        "we're keeping the new one.\"",
        set(),
    ),
    (
        "\"Readers asked us to bring back the old app,\" Sonos said. \"We listened, and "
        "it's coming back next week.\"",
        {"Sonos"},
    ),
    (
        "Rumours that Apple would drop the notch proved false.",
        set(),
    ),
    (
        "Apple was rumoured to be dropping Lightning in 2022; it did so a year later.",
        set(),
    ),
    (
        "A petition asking Netflix to restore the basic plan has 100,000 signatures.",
        set(),
    ),
    (
        "Ryanair's new fee, which critics want scrapped, takes effect on Monday.",
        set(),
    ),
    (
        "A row over Tesco's decision not to reverse its price rise grew on Tuesday.",
        set(),
    ),
    (
        "EasyJet did not scrap its fee, as some reports suggested; it cut it.",
        set(),
    ),
    (
        "The scrapping of the fee by Ryanair was a hoax, the airline said.",
        set(),
    ),
    (
        "Ryanair said a viral post claiming it had scrapped the fee was fake.",
        set(),
    ),
    (
        "Fact check: No, Tesco has not scrapped Clubcard prices.",
        set(),
    ),
    (
        "Nike's former chief John Donahoe, who scrapped its wholesale partnerships, "
        "left in 2024.",
        set(),
    ),
]

# A ninth wave, scored once before the rules it led to (12 of 15 right): "the company" after a
# roundup, "scrapped nothing", a hiring freeze that remains, a deal walked away from last year.
ROUNDUP_DESCRIPTIONS: list[tuple[str, set[str]]] = [
    (
        "Tesco kept its delivery fee. Analysts at Jefferies expect the company to "
        "scrap it by June.",
        set(),
    ),
    (
        "Tesco kept its delivery fee. Asda, by contrast, scrapped its own. The "
        "company said shoppers had asked for it.",
        {"Asda"},
    ),
    (
        "Tesco kept its delivery fee. Asda and Aldi were asked whether they would "
        "follow. The company said it had scrapped nothing.",
        set(),
    ),
    (
        "Barclays raised its overdraft rate. Santander, which is Spanish-owned, kept "
        "its own. The bank has not reversed any fee in a decade.",
        set(),
    ),
    (
        "Barclays raised its overdraft rate last month. Santander kept its own "
        "unchanged and has now cut it back to 19.9%. The bank said it had reversed "
        "the rise.",
        {"Santander"},
    ),
    (
        "Unilever said it would sell its tea business. Nestlé made a similar move in "
        "2023, before the group reversed course.",
        set(),
    ),
    (
        "Uber's chief executive spoke at a conference in Lisbon. Lyft's boss was "
        "there too. He said the company had no plans to drop surge pricing.",
        set(),
    ),
    (
        "Uber's chief executive spoke in Lisbon. Lyft, meanwhile, said it had dropped "
        "surge pricing in Chicago.",
        {"Lyft"},
    ),
    (
        "The company that makes the Roomba, iRobot, has been sold. Amazon had walked "
        "away from a deal to buy it in 2024.",
        set(),
    ),
    (
        "Amazon walked away from a deal to buy iRobot last year. iRobot has now been "
        "sold to a Chinese supplier.",
        set(),
    ),
    (
        "Salesforce and Slack staff protested. Salesforce said it would go ahead with "
        "the return-to-office rule.",
        set(),
    ),
    (
        "Salesforce staff protested. Salesforce then said it would drop the "
        "return-to-office rule.",
        {"Salesforce"},
    ),
    (
        "Disney's rival Comcast said its Peacock service would keep its ad tier. "
        "Disney said nothing.",
        set(),
    ),
    (
        "IBM's hiring freeze, announced in 2023, remains in place.",
        set(),
    ),
    (
        "The freeze on hiring at IBM was lifted in 2023, the company said on Monday, "
        "and hiring has since doubled.",
        set(),
    ),
]

# A firm's "we", its speaker described, not named (from batch 10's paraphrased Falabella
# story; written with the rule, so no "before" figure).
DESCRIBED_SPEAKERS: list[tuple[str, set[str]]] = [
    (
        "Barclays introduced a fee in May. \"We have scrapped the fee,\" the bank said on "
        "Monday.",
        {"Barclays"},
    ),
    (
        "Falabella extended its opening hours in June. \"We have made the decision to go "
        "back to the previous schedule,\" declared a spokesperson of the retail group.",
        {"Falabella"},
    ),
    (
        "Barclays kept its fee. \"We have scrapped the fee,\" said a spokesperson for the "
        "rival bank.",
        set(),
    ),
    (
        "Barclays kept its fee. \"We will never scrap the fee,\" the bank said.",
        set(),
    ),
]

# A tenth wave, headlines over short stories, scored once before the rules it led to (4 of 6
# right): "None has backed down", a former boss who "regrets scrapping", "his 2016 decision".
HEADLINED: list[tuple[str, set[str]]] = [
    (
        "Title: Five firms that stood by their office mandates\n"
        "\n"
        "Amazon, Dell, JPMorgan, AT&T and Goldman Sachs have all kept five-day "
        "rules despite staff anger. None has backed down.",
        set(),
    ),
    (
        "Title: Ikea U-turn leaves H&M exposed\n"
        "\n"
        "Ikea has scrapped its plan to charge for paper bags. H&M, which introduced "
        "a similar charge last month, said it would keep it.",
        {"Ikea"},
    ),
    (
        "Title: Unilever's new boss: no U-turn on spin-off\n"
        "\n"
        "Unilever's chief executive said on Tuesday the company would not reverse "
        "its plan to spin off its ice cream unit.",
        set(),
    ),
    (
        "Title: Shell AGM: investors reject call to reverse climate retreat\n"
        "\n"
        "Shell shareholders voted down a resolution asking the company to restore "
        "its climate targets.",
        set(),
    ),
    (
        "Title: Uber's former boss regrets scrapping tipping\n"
        "\n"
        "Travis Kalanick, Uber's co-founder, said in a podcast that he regretted "
        "his 2016 decision to scrap in-app tipping.",
        set(),
    ),
    (
        "Title: Deliveroo drops fee; Just Eat says it is 'watching'\n"
        "\n"
        "Deliveroo has dropped its £0.99 service fee in London. Just Eat said it "
        "was \"watching the market closely\".",
        {"Deliveroo"},
    ),
]

# An eleventh wave, scored once before the rules it led to (14 of 17 right): a firm's supplier,
# rival or landlord, founders and heirs, shows cancelled, recalls, orders paused.
RELATIONS_AND_PEOPLE: list[tuple[str, set[str]]] = [
    (
        "Tesco's biggest supplier has scrapped its price rise, the grocer said.",
        set(),
    ),
    (
        "Tesco's rival Asda has scrapped its delivery fee.",
        {"Asda"},
    ),
    (
        "Apple's supplier Foxconn said Apple had paused orders.",
        set(),
    ),
    (
        "Amazon's landlord in Seattle has scrapped plans to raise rents.",
        set(),
    ),
    (
        "BP's former chief executive Bernard Looney reversed course on oil in 2020.",
        set(),
    ),
    (
        "Microsoft co-founder Bill Gates has changed his mind on climate.",
        set(),
    ),
    (
        "Walmart heir Alice Walton scrapped her plan to build a museum.",
        set(),
    ),
    (
        "Nike's founder Phil Knight has dropped his lawsuit.",
        set(),
    ),
    (
        "Lego's owner Kirkbi said Lego had scrapped its plan to use recycled bottles.",
        {"Lego"},
    ),
    (
        "Former Tesco boss Dave Lewis reversed the chain's decision in 2015.",
        set(),
    ),
    (
        "Vodafone customers who left after the price rise will not be able to return "
        "on the old terms, the company said.",
        set(),
    ),
    (
        "The Netflix show was cancelled after one season.",
        set(),
    ),
    (
        "HBO cancelled the series after two seasons.",
        set(),
    ),
    (
        "Spotify cancelled Joe Rogan's show? No: it renewed the deal.",
        set(),
    ),
    (
        "Tesla recalled 2 million cars to update software.",
        set(),
    ),
    (
        "Apple withdrew the iPhone 15 from sale in France after a radiation test.",
        set(),
    ),
    (
        "Nestlé withdrew baby food from shelves after a contamination scare.",
        set(),
    ),
]

# A twelfth wave, hedges as machine paraphrase words them, scored once before the rules it led
# to (15 of 20 right): "no designs to", "dominated out", "under strain to", "is anticipated
# to", "reportedly set to".
PARAPHRASED_HEDGES: list[tuple[str, set[str]]] = [
    (
        "Tesco has no designs to reverse its fee, a representative stated.",
        set(),
    ),
    (
        "Tesco has no purpose of scrapping the fee, the grocer mentioned.",
        set(),
    ),
    (
        "Tesco dominated out reversing the fee on Monday.",
        set(),
    ),
    (
        "Analysts anticipate Tesco to scrap the fee later this yr.",
        set(),
    ),
    (
        "Tesco may possibly drop the fee, in accordance with people acquainted with "
        "the matter.",
        set(),
    ),
    (
        "Tesco is mulling over whether to scrap the fee.",
        set(),
    ),
    (
        "Tesco has rebuffed calls to reverse its fee.",
        set(),
    ),
    (
        "Tesco declined to roll back the fee regardless of the backlash.",
        set(),
    ),
    (
        "Tesco is not going to be reversing the fee, its boss insisted.",
        set(),
    ),
    (
        "Tesco won't be scrapping the fee any time quickly, the grocer mentioned.",
        set(),
    ),
    (
        "Tesco stated it had no plans to backtrack.",
        set(),
    ),
    (
        "Tesco is under strain to reverse the fee.",
        set(),
    ),
    (
        "Tesco is being pressed to scrap the fee.",
        set(),
    ),
    (
        "Tesco faces calls to drop the fee.",
        set(),
    ),
    (
        "Tesco is predicted to reverse the fee.",
        set(),
    ),
    (
        "Tesco is anticipated to reverse the fee in March.",
        set(),
    ),
    (
        "Tesco was reportedly set to scrap the fee.",
        set(),
    ),
    (
        "Tesco was mentioned to be considering a U-turn.",
        set(),
    ),
    (
        "Tesco has walked again its fee, the grocer mentioned on Monday.",
        {"Tesco"},
    ),
    (
        "Tesco has scrapped the fee, in accordance with an inside memo.",
        {"Tesco"},
    ),
]


CASES = (
    ROUNDUPS + COMPARISONS + OTHER_ACTORS + PAST_BACKGROUND + NOT_MADE + SUBSIDIARIES
    + DESCRIBED + QUOTES_ABOUT_OTHERS + REAL + ARTICLES + MORE_TRAPS
    + REACTIONS_AND_HEARSAY + FOLLOWERS_AND_PLANS + MORE_ARTICLES + ORDERS_AND_CLAIMS
    + QUOTES_AND_RUMOURS + ROUNDUP_DESCRIPTIONS + DESCRIBED_SPEAKERS
    + HEADLINED + RELATIONS_AND_PEOPLE + PARAPHRASED_HEDGES
)


# Passages the rules still get wrong (their first 50 characters): each must fail, so one that
# starts passing is noticed and taken off the list.
KNOWN_GAPS = {
    "Starbucks and McDonald's both raised prices in Jan",
    'Ikea has cut the price of its home delivery back t',
    'Renault and Stellantis both asked suppliers for pr',
    'EasyJet customers will once again be able to bring',
    'Disney has raised the price of Disney+ for the thi',
    'Customers of Octopus Energy and British Gas were t',
    'Wells Fargo, which has kept its overdraft fees unc',
    'Alphabet reported higher profits on Tuesday. Its Y',
    "Unilever's Ben & Jerry's has reinstated the free-c",
    '"We are not going to do what Amazon did and revers',
    'After a week of criticism, Duolingo said it would ',
    'Target ended its price-match guarantee in January.',
    'Zoom is once again letting staff within 50 miles o',
    "Nestlé's chief executive said the food group's pri",
    "Pfizer's decision to keep its price rise in place ",
    'Ofcom ordered BT Group to reverse the price rise, ',
    "Sainsbury's said its Argos arm had scrapped the fe",
    '"Readers asked us to bring back the old app," Sono',
}


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        pytest.param(p, e, marks=pytest.mark.xfail(strict=True, reason="open gap"))
        if p[:50] in KNOWN_GAPS
        else (p, e)
        for p, e in CASES
    ],
    ids=[p[:60] for p, _ in CASES],
)
def test_a_passage_credits_exactly_the_firms_that_reversed(
    tmp_path: Path, passage: str, expected: set[str]
) -> None:
    assert credited_in(tmp_path, passage, DATE) == expected


@pytest.mark.parametrize(
    "passage",
    [
        "The levy on sugary drinks was scrapped on Monday. Britvic, which makes Robinsons "
        "squash, welcomed the news.",
        "The decision was reversed on Monday. Ostrava Steel had told 400 workers in February "
        "that their night-shift allowance would be cut by half.",
        "A big US bank has reversed its office mandate, according to Bloomberg. JPMorgan "
        "Chase declined to comment.",
        "A Swedish fashion giant has scrapped its fee for online returns in Germany. H&M said "
        "the fee had put off younger shoppers.",
    ],
)
def test_a_turn_no_one_is_named_for_waits_for_an_editor(tmp_path: Path, passage: str) -> None:
    """A passive with no agent or a firm brought in by an indefinite description, the
    article's one firm named only after it: that firm may have decided, or only be affected;
    the entry says so and credits no one."""
    meta = ingested(tmp_path, passage, DATE)
    assert meta["reversals"] == []
    assert meta["draft"] is True
    firm = next(f for f in ("Britvic", "Ostrava Steel", "JPMorgan Chase", "H&M") if f in passage)
    assert any(
        reason.startswith("unsure who:") and f"it may be {firm}'s" in reason
        for reason in meta["review"]
    ), meta["review"]

