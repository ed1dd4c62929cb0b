"""A fourth probe of crediting, written fresh for the tenth round (not taken from the
evaluation articles, nor from the earlier probes) and weighted to the traps that make false
reversals on unseen text: roundups where several firms are named and only one reversed (the
others kept, expanded, were asked, commented, or are rivals, customers, suppliers, analysts,
regulators or unions); firms named as background or for comparison; reversals by
governments, regulators, courts, unions and people; reversals told as background years ago;
predictions, calls, demands, polls, hypotheticals, questions, denials, plans kept,
"considering" and "under review"; subsidiaries and parents; a firm named only after a
description; an executive speaking of another firm. Real reversals told the ways reporters
tell them keep recall honest, and a dozen whole articles put it all in context.

Each case is a real seed file; it asserts exactly which companies ingest credits with a
reversal, and so that nothing else is credited. The first 206 passages scored 179 right on the
round's starting code (main a6f2d49), before any rule changed; each later wave was scored once
before the rules it led to (its comment says how it did). An expectation corrected after
scoring says why beside it. What is still open is listed at the end (CREDIT_GAPS, NAME_GAPS)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.probe_support import credited_in

DATE = "2026-09-14"  # every probe seed's `Date:` line


# Roundups: several firms, one (or none) reversed; the others kept, expanded, were asked,
# commented, or are rivals, customers, suppliers, analysts, regulators or unions.
ROUNDUPS: list[tuple[str, set[str]]] = [
    (
        "Aldi has brought back its free click-and-collect service after a six-month trial of "
        "a £4 charge. Lidl, which never charged for collection, said it had seen more orders.",
        {"Aldi"},
    ),
    (
        "Ocado said on Wednesday it would keep its minimum basket of £40. Tesco and Asda, "
        "which compete with it for online orders, both lowered their thresholds last year.",
        set(),
    ),
    (
        "Commerzbank has dropped its plan to close 90 branches in eastern Germany. Deutsche "
        "Bank, which is closing a third of its branches, declined to say whether it would "
        "reconsider.",
        {"Commerzbank"},
    ),
    (
        "Qantas is extending its ban on lounge guests to all domestic terminals. Virgin "
        "Australia said it had no intention of following suit.",
        set(),
    ),
    (
        "Uber, Lyft and DoorDash all introduced a fee for airport pickups this summer. Only "
        "Lyft has since scrapped it, after drivers complained that it cost them tips.",
        {"Lyft"},
    ),
    (
        "Figma has reversed a change that let it train AI models on customers' files. Adobe "
        "and Canva, asked by The Verge about their own terms, said nothing had changed.",
        {"Figma"},
    ),
    (
        "Etsy said it would expand its offsite ads fee to sellers with lower sales. eBay and "
        "Shopify, rivals for small sellers, are watching closely, analysts at Bernstein said.",
        set(),
    ),
    (
        "Kroger has paused the rollout of digital shelf labels that critics said could allow "
        "surge pricing. Walmart, which is installing the labels in 2,300 stores, said its "
        "plans were unchanged.",
        {"Kroger"},
    ),
    (
        "Puma cut its dividend and raised prices on Tuesday. Adidas reported strong sales "
        "and Nike said its turnaround plan was on track.",
        set(),
    ),
    (
        "Primark has abandoned plans to charge for fitting rooms at ten London stores. H&M "
        "and Zara owner Inditex were also asked about fitting-room charges; both said they "
        "had never considered them.",
        {"Primark"},
    ),
    (
        "Peloton restored free access to its app's basic classes on Monday. Its supplier, "
        "Rexon Industrial, and its former partner Lululemon were not involved in the "
        "decision.",
        {"Peloton"},
    ),
    (
        "Klarna has ended its experiment with an AI-only customer service desk and is hiring "
        "human agents again. PayPal and Affirm, which use chatbots for most queries, said "
        "they were satisfied with them.",
        {"Klarna"},
    ),
    (
        "Bumble has reinstated its rule that women make the first move, a year after it "
        "dropped it. Tinder and Hinge owner Match Group said it was not considering a "
        "similar rule.",
        {"Bumble"},
    ),
    (
        "Ericsson and Nokia both raised prices for network equipment in March. Ericsson has "
        "since said it will keep them, while Nokia did not respond to questions.",
        set(),
    ),
    (
        "Chipotle is reviving its rewards programme's free birthday burrito, which it cut in "
        "2024. Taco Bell and McDonald's are both expanding their own apps' rewards.",
        {"Chipotle"},
    ),
    (
        "Zalando has reversed its decision to charge for returns in Austria. Asos, which "
        "charges for returns on orders under £40, and Boohoo, which charges £1.99, said they "
        "would keep their fees.",
        {"Zalando"},
    ),
    (
        "Wizz Air will drop its fee for seat selection for children under 12, bowing to the "
        "European Commission. Ryanair, the other low-cost carrier criticised in the report, "
        "said its policy complied with the law.",
        {"Wizz Air"},
    ),
    (
        "Starling Bank, Monzo and Revolut were all fined by the Financial Conduct Authority "
        "last year. Monzo has since scrapped its fee for cash deposits, while the others have "
        "kept theirs.",
        {"Monzo"},
    ),
    (
        "Infosys has put on hold its plan to require staff in the office for ten days a "
        "month. Wipro, Tata Consultancy Services and HCLTech have not changed their own "
        "rules, an industry body said.",
        {"Infosys"},
    ),
    (
        "Canva will not raise prices for its teams plan this year, backing away from a "
        "300% increase it announced in August. Atlassian raised prices for Jira on Monday.",
        {"Canva"},
    ),
    (
        "Currys has shelved its plan to charge customers for recycling old appliances. John "
        "Lewis, Argos and AO World all take back old appliances free of charge.",
        {"Currys"},
    ),
    (
        "Deliveroo has scrapped its £1.99 service fee on orders over £25. Just Eat and Uber "
        "Eats, which both charge service fees, declined to comment on whether they would "
        "follow.",
        {"Deliveroo"},
    ),
    (
        "Zomato and Swiggy both introduced a platform fee in 2023. Zomato has since raised "
        "its fee three times; Swiggy said on Friday it would raise its own next month.",
        set(),
    ),
    (
        "Telefónica has paused the sale of its Argentine unit. Vodafone and Orange were "
        "among the bidders, according to people familiar with the matter.",
        {"Telefónica"},
    ),
    (
        "Rivian has cancelled a subscription charge for its driver-assistance features. "
        "Tesla, which charges $99 a month for its own, and General Motors, which charges "
        "$25, are keeping their fees.",
        {"Rivian"},
    ),
    (
        "Bosch has walked back plans to cut 5,000 jobs at its German plants after talks with "
        "IG Metall. Continental and ZF Friedrichshafen are pressing ahead with their own "
        "cuts.",
        {"Bosch"},
    ),
    (
        "Pret A Manger has brought back its coffee subscription, a year after scrapping it. "
        "Costa and Caffè Nero have never offered one.",
        {"Pret A Manger"},
    ),
    (
        "Accenture told staff on Monday that promotions would depend on office attendance. "
        "Deloitte and PwC, which track attendance too, said their rules were unchanged.",
        set(),
    ),
    (
        "Standard Chartered has lifted its ban on staff working from abroad. HSBC, which "
        "lets staff work abroad for up to 20 days a year, said it had no plans to change.",
        {"Standard Chartered"},
    ),
    (
        "Octopus Energy scrapped exit fees on fixed tariffs in July. British Gas and EDF "
        "charge £75 to leave early, and Ovo has raised its own fee to £100.",
        {"Octopus Energy"},
    ),
    (
        "Nationwide has restored its 5% regular saver after it was withdrawn in error. "
        "Halifax Bank and Santander, which also cut rates on Friday, made no changes.",
        {"Nationwide"},
    ),
    (
        "Flipkart and Amazon both said on Monday that they would expand same-day delivery to "
        "40 more cities. Neither has dropped its plan to charge a fee for cash on delivery.",
        set(),
    ),
    (
        "Domino's has backtracked on a plan to charge a delivery fee on every order. Papa "
        "John's and Pizza Hut charge for delivery, and analysts at Peel Hunt said Domino's "
        "had been the exception.",
        {"Domino's"},
    ),
    (
        "Sony raised the price of the PlayStation 5 for the second time this year. Nintendo "
        "held the price of the Switch 2 and Microsoft said Xbox prices would not change.",
        set(),
    ),
    (
        "Ubisoft has reversed course on its plan to shut down the servers of six older games. "
        "Electronic Arts shut down servers for 14 games last month, and its customers are "
        "still waiting for a response.",
        {"Ubisoft"},
    ),
    (
        "Pinterest has rolled back a redesign of its home feed after users complained. "
        "Reddit and Snap are testing similar feeds.",
        {"Pinterest"},
    ),
    (
        "BT said on Thursday it would press ahead with switching off copper phone lines in "
        "2027. Virgin Media and Sky have paused their own switchovers for elderly customers.",
        {"Virgin Media", "Sky"},
    ),
    (
        "Royal Mail, Evri Ltd and DPD Group were all asked by MPs to explain missed "
        "deliveries. Royal Mail has since dropped its target of delivering second-class mail "
        "on Saturdays.",
        {"Royal Mail"},
    ),
    (
        "Samsung and LG have both introduced a subscription for their smart TVs' premium "
        "channels. LG has scrapped it in Europe after regulators raised questions, Samsung "
        "said its subscription was popular.",
        {"LG"},
    ),
    (
        "Grab cut drivers' incentives in Singapore in June, and Shopee raised its seller "
        "fees in July. Both firms said the changes would stay.",
        set(),
    ),
]

# A firm named as background or for comparison: it did reverse ("unlike X, which
# scrapped…"), or it did not ("X, which has not changed its policy").
COMPARISONS: list[tuple[str, set[str]]] = [
    (
        "Unlike Boots, which scrapped its prescription delivery charge in May, Superdrug "
        "Stores plc is keeping its £3.50 fee.",
        {"Boots"},
    ),
    (
        "Walmart said it would require corporate staff in the office five days a week. "
        "Target, which has not changed its own policy, lets staff work from home on Fridays.",
        set(),
    ),
    (
        "The move puts Lufthansa at odds with KLM, which dropped its own checked-bag fee on "
        "European flights in April.",
        {"KLM"},
    ),
    (
        "Like Ikea before it, which reversed a similar plan in 2025, Wayfair is now "
        "reconsidering its charge for assembly.",
        set(),
    ),
    (
        "Costco has kept its membership fee at $65. Its rival BJ's Wholesale, by contrast, "
        "raised its fee in January.",
        set(),
    ),
    (
        "Zoom's decision mirrors that of Slack, which restored unlimited message history for "
        "free users this week.",
        {"Slack"},
    ),
    (
        "Dropbox is sticking with its hybrid policy, it said, unlike Box, which has "
        "scrapped remote work for all managers.",
        set(),
    ),
    (
        "Dell, which ordered staff back to the office five days a week in March, has not "
        "reversed the rule despite a petition signed by 9,000 employees.",
        set(),
    ),
    (
        "IBM became the latest firm to retreat from its return-to-office plan on Tuesday. "
        "Intel, which made a similar move last month, said attendance had risen anyway.",
        {"IBM", "Intel"},
    ),
    (
        "Kellogg's is not the first food company to bow to campaigners. Mars abandoned its "
        "plan to use a new dye in 2024 after a petition.",
        # corrected after the first scoring: a turn two years before the article is told as
        # background, which the earlier probes and the labels do not credit
        set(),
    ),
    (
        "Other carriers have gone the opposite way: Air France introduced a fee for cabin "
        "bags in June and Iberia raised its own.",
        set(),
    ),
    (
        "Home Depot, whose rival Lowe's reinstated its price-match guarantee last week, said "
        "it saw no need to change its own.",
        {"Lowe's"},
    ),
    (
        "Unlike its rival Lidl, Aldi has not backed down on its decision to stop selling "
        "single bananas.",
        set(),
    ),
    (
        "Nissan's U-turn follows a similar reversal by Honda, which scrapped its own "
        "surcharge on hybrid models in August.",
        # corrected after the first scoring: "Nissan's U-turn" is Nissan's reversal too
        {"Honda", "Nissan"},
    ),
    (
        "Vodafone's roaming charges remain, although Three and EE have now dropped theirs "
        "for customers travelling to the EU.",
        {"Three", "EE"},
    ),
    (
        "The change brings Marks & Spencer into line with Next, which has charged for "
        "returns since 2023.",
        set(),
    ),
    (
        "Burberry Group plc said it would keep its bonus cap for store staff, in contrast to "
        "Mulberry Group, which lifted its own cap in March.",
        {"Mulberry Group"},
    ),
    (
        "The bank is following in the footsteps of Citigroup, which walked back its ban on "
        "remote work for traders a month ago.",
        {"Citigroup"},
    ),
]

# Turns by governments, regulators, courts, unions or people, with firms in the story.
OTHER_ACTORS: list[tuple[str, set[str]]] = [
    (
        "The Department for Transport has scrapped its plan to cap rail fares at £2. Avanti "
        "West Coast and LNER said they would apply the new fares from Monday.",
        set(),
    ),
    (
        "France's competition authority reversed its approval of the merger between "
        "Carrefour and a regional chain. Carrefour said it would appeal.",
        set(),
    ),
    (
        "A federal judge on Thursday overturned the Federal Trade Commission's ban on "
        "non-compete clauses. Amazon, Meta and Google had lobbied against the rule.",
        set(),
    ),
    (
        "Unite has suspended its strike at Jaguar Land Rover after the carmaker improved its "
        "pay offer.",
        set(),
    ),
    (
        "The European Commission has dropped its antitrust case against Microsoft over "
        "Teams, after the company agreed to sell it separately.",
        set(),
    ),
    (
        "India's Ministry of Electronics withdrew an advisory that required platforms such as "
        "Google and OpenAI to seek approval before launching AI models.",
        set(),
    ),
    (
        "Ofcom has lifted its cap on early termination charges, a decision welcomed by BT "
        "and Virgin Media O2.",
        set(),
    ),
    (
        "The city council reversed its ban on e-scooters on Tuesday, clearing the way for "
        "Lime and Voi to return to the streets.",
        set(),
    ),
    (
        "Elon Musk has reversed himself again on Tesla's plan to build a cheaper car, telling "
        "analysts the project was back on.",
        set(),
    ),
    (
        "The Teamsters called off their strike at UPS after the company agreed to hire 7,500 "
        "full-time drivers.",
        set(),
    ),
    (
        "A court in Amsterdam has overturned a ruling that classed Uber drivers as employees. "
        "Uber said it welcomed the decision.",
        set(),
    ),
    (
        "Germany's finance ministry scrapped a subsidy for electric company cars, dealing a "
        "blow to Volkswagen and BMW.",
        set(),
    ),
    (
        "The Reserve Bank of India has relaxed its rules on lending to fintech firms, a "
        "boost for Paytm and PhonePe.",
        set(),
    ),
    (
        "The National Labor Relations Board withdrew its complaint against Starbucks over "
        "union pins on Friday.",
        set(),
    ),
    (
        "Shareholders at Exxon Mobil rejected a resolution calling on the oil major to drop "
        "its plan to expand drilling.",
        set(),
    ),
    (
        "The pilots' union BALPA has withdrawn its threat of strikes at British Airways after "
        "a new offer on rosters.",
        set(),
    ),
    (
        "Japan's Fair Trade Commission has softened its draft rules for app stores run by "
        "Apple and Google, after both firms objected.",
        set(),
    ),
    (
        "California Governor Gavin Newsom vetoed the bill, which would have forced "
        "Instacart and DoorDash to pay couriers for waiting time.",
        set(),
    ),
    (
        "Hollywood writers have dropped their demand for a ban on AI scripts in talks with "
        "Netflix, Disney and Paramount, according to two people involved.",
        set(),
    ),
    (
        "The Competition and Markets Authority paused its investigation into Ticketmaster's "
        "dynamic pricing after the company agreed to changes.",
        set(),
    ),
    (
        "Former Twitter chief executive Jack Dorsey said he regretted the decision. He "
        "reversed his own stance on edit buttons years ago.",
        set(),
    ),
    (
        "The state of New South Wales has abandoned a plan to privatise its bus depots. "
        "Transit Systems and Keolis Downer had bid for the contracts.",
        set(),
    ),
    (
        "Brazil's Supreme Court struck down a law that had allowed Petrobras to set fuel "
        "prices, reversing a 2022 ruling.",
        set(),
    ),
]

# A reversal told as background: made years ago, or before today's news.
PAST_BACKGROUND: list[tuple[str, set[str]]] = [
    (
        "Netflix will raise prices in Canada next month. The company last reversed a price "
        "rise in 2019, after subscribers left in droves.",
        set(),
    ),
    (
        "Meta is laying off 5% of staff. In 2022 it scrapped its plan to build a "
        "cryptocurrency, Diem.",
        set(),
    ),
    (
        "Starbucks opened its first drive-through-only store in Seoul on Monday. Back in "
        "2020, the chain reversed a ban on reusable cups after the pandemic eased.",
        set(),
    ),
    (
        "Google told employees on Wednesday that it would require them to live within 50 "
        "miles of an office. The company had relaxed that rule in 2021.",
        set(),
    ),
    (
        "Burger King's new menu arrives in UK restaurants on Friday. Five years ago it "
        "dropped its plan to stop serving breakfast.",
        set(),
    ),
    (
        "Twitter scrapped its legacy verification badges in 2023, a decision X still "
        "defends. On Monday, X raised the price of its Premium tier.",
        set(),
    ),
    (
        "Disney's park tickets will cost 8% more from October. The company abandoned "
        "dynamic pricing for its annual passes a decade ago.",
        set(),
    ),
    (
        "Amazon said on Tuesday that it would open 40 more grocery stores. The company "
        "closed its Amazon Go stores in Seattle in 2023 after sales disappointed.",
        set(),
    ),
    (
        "Unilever named a new chief executive on Thursday. Under his predecessor, who left "
        "in 2024, the group dropped its target for sustainable living brands.",
        set(),
    ),
    (
        "Lloyds Banking Group has scrapped its 2% cashback on debit cards. The bank had "
        "reinstated the offer in 2023, after ending it during the pandemic.",
        {"Lloyds Banking Group"},
    ),
    (
        "Yahoo shares fell on Monday. It famously ended remote work in 2013, a decision "
        "later copied by IBM.",
        set(),
    ),
]

# Predictions, calls, demands, polls, hypotheticals, questions, denials, plans kept,
# "considering", "under review": no reversal made.
NOT_MADE: list[tuple[str, set[str]]] = [
    (
        "Investors urged Shell to drop its plan to cut renewable spending at the annual "
        "meeting on Tuesday.",
        set(),
    ),
    (
        "Analysts at UBS expect Nestlé to abandon its target of 5% sales growth when it "
        "reports results next week.",
        set(),
    ),
    (
        "Will Netflix bring back its cheapest ad-free plan? The company's chief executive "
        "would not say on Tuesday.",
        set(),
    ),
    (
        "Spotify is considering scrapping the limit on skips for free users, people familiar "
        "with the matter said.",
        set(),
    ),
    (
        "Sainsbury's said its policy on self-checkouts was under review but that no decision "
        "had been taken.",
        set(),
    ),
    (
        "Apple denied a report that it had paused production of the Vision Pro, saying its "
        "plans had not changed.",
        set(),
    ),
    (
        "Ford has no plans to reverse its decision to stop selling the Fiesta, a spokesperson "
        "said.",
        set(),
    ),
    (
        "A poll of 2,000 customers found that 64% want Marks & Spencer to bring back its "
        "paper catalogue.",
        set(),
    ),
    (
        "If Heineken were to scrap its price rise, other brewers would follow, said an "
        "analyst at Jefferies.",
        set(),
    ),
    (
        "Greenpeace activists called on Tesco to ditch its deal with a Brazilian meat "
        "supplier.",
        set(),
    ),
    (
        "Goldman Sachs could reverse its ban on personal trading for junior bankers as soon "
        "as next month, Bloomberg reported.",
        set(),
    ),
    (
        "A petition demanding that Microsoft reinstate Windows 10 support has gathered "
        "100,000 signatures.",
        set(),
    ),
    (
        "Toyota stood firm on Wednesday, saying it would not abandon its hydrogen strategy "
        "despite weak sales.",
        set(),
    ),
    (
        "Airbnb has ruled out bringing back its cleaning fee cap, a spokesperson said.",
        set(),
    ),
    (
        "Nike may pause its return-to-office plan for designers, according to an internal "
        "memo seen by Reuters.",
        set(),
    ),
    (
        "Should Visa scrap its new fee for small merchants? Retailers say yes; the company "
        "says no.",
        set(),
    ),
    (
        "Intel is weighing whether to halt construction of its Ohio plant, two people said.",
        set(),
    ),
    (
        "Boeing dismissed reports that it would drop its 737 production target as "
        "'speculation'.",
        set(),
    ),
    (
        "HSBC is unlikely to reverse its decision to close 114 branches, said Martin "
        "Hale, an analyst at Shore Capital.",
        set(),
    ),
    (
        "Uber is sticking with its new pay model for drivers despite protests in Paris and "
        "Madrid, the company said.",
        set(),
    ),
    (
        "Amazon has rejected calls to reinstate the hazard pay it gave warehouse workers "
        "during the pandemic.",
        set(),
    ),
    (
        "The union wants Royal Mail to scrap the new delivery targets, and will ballot "
        "members next month.",
        set(),
    ),
    (
        "Adidas said it would review its sponsorship of the federation, but stopped short "
        "of ending it.",
        set(),
    ),
    (
        "Disney has refused to back down on its decision to end password sharing.",
        set(),
    ),
    (
        "Tesla is expected to cut prices again, but it has not reversed its decision to end "
        "free supercharging.",
        set(),
    ),
    (
        "Customers hoping that Sonos will restore its old app may be waiting a while: the "
        "company said on Friday that the new app was here to stay.",
        set(),
    ),
    (
        "Lufthansa says it will keep the surcharge on tickets booked through travel agents, "
        "rejecting demands from the German travel association to drop it.",
        set(),
    ),
    (
        "Could Barclays be the next bank to walk back its office mandate? Staff are "
        "hopeful, but executives say the rule is working.",
        set(),
    ),
    (
        "Coca-Cola said it was 'looking at' its plastic targets again but had made no "
        "decision on whether to relax them.",
        set(),
    ),
    (
        "Volkswagen's works council demanded that management withdraw its plan to close "
        "three plants, and threatened strikes if it did not.",
        set(),
    ),
    (
        "Rumours that Samsung would pause its foundry expansion were wrong, the company said "
        "on Friday.",
        set(),
    ),
    (
        "Philips is in talks with regulators about whether to resume sales of its sleep "
        "apnoea devices in the US.",
        set(),
    ),
    (
        "Mastercard said it had 'no intention' of scrapping its new cross-border fee.",
        set(),
    ),
    (
        "Ryanair's chief executive said the airline would 'never' bring back free "
        "seat selection.",
        set(),
    ),
    (
        "Oracle plans to go ahead with the price rise for Java licences in January, despite "
        "complaints from customers.",
        set(),
    ),
    (
        "Reddit will reconsider its API fees if developers can show real hardship, a "
        "spokesperson said.",
        set(),
    ),
    (
        "Activists hope Nestlé will follow Danone and drop its plastic bottle brand, but the "
        "company has given no sign it will.",
        set(),
    ),
    (
        "It is not clear whether Ocado will reinstate the delivery slots it cut in rural "
        "areas.",
        set(),
    ),
    (
        "A U-turn by Vodafone on its price rise now looks unlikely, after regulators "
        "approved the change.",
        set(),
    ),
    (
        "Twelve Conservative MPs have written to Thames Water asking it to reverse its "
        "bonus payments to executives.",
        set(),
    ),
    (
        "Shoppers at Walmart were asked in a survey whether the chain should scrap "
        "self-checkouts; most said no.",
        set(),
    ),
    (
        "Meta has threatened to pull news from Facebook in Canada if the law passes.",
        set(),
    ),
    (
        "Tesco said it had 'not scrapped' its Clubcard price scheme, after posts online "
        "claimed it had.",
        set(),
    ),
    (
        "Zara's parent Inditex has kept its policy of charging for online returns, despite "
        "suggestions from consumer groups that it was about to drop it.",
        set(),
    ),
    (
        "JetBlue said it would decide by the end of the month whether to cancel its "
        "order for 20 more Airbus jets.",
        set(),
    ),
    (
        "Salesforce executives have discussed rolling back the four-day office rule, but no "
        "change is planned, a spokesperson said.",
        set(),
    ),
]

# A subsidiary, brand or unit reversed; or its parent did.
SUBSIDIARIES: list[tuple[str, set[str]]] = [
    (
        "WhatsApp has dropped its plan to show ads in chats, its parent company Meta said on "
        "Monday.",
        {"WhatsApp"},
    ),
    (
        "Alphabet's YouTube has restored the dislike counter on videos for users in Europe.",
        {"YouTube"},
    ),
    (
        "Gap Inc. said its Old Navy brand would scrap its return fee, while Banana Republic "
        "would keep its own.",
        {"Old Navy"},
    ),
    (
        "Instagram reversed a change to its feed on Tuesday. Meta, its owner, reported "
        "record profits a day later.",
        {"Instagram"},
    ),
    (
        "Toyota has scrapped the plan to build a battery plant in Kentucky, said its "
        "subsidiary Toyota Motor North America, which had announced the project.",
        {"Toyota"},
    ),
    (
        "LinkedIn has walked back a change that let recruiters see when members were open "
        "to work. Microsoft, which owns the site, declined to comment.",
        {"LinkedIn"},
    ),
    (
        "Amazon's Whole Foods Market has reversed its ban on employees wearing Black Lives "
        "Matter masks.",
        {"Whole Foods Market"},
    ),
    (
        "Unilever said on Friday that it had dropped its plan to sell Dove in plastic-free "
        "refills only, but Ben & Jerry's, which it owns, is keeping its pledge.",
        {"Unilever"},
    ),
]

# A firm named only by a description in one sentence, by name in the next (or before).
DESCRIBED: list[tuple[str, set[str]]] = [
    (
        "Britain's biggest building society has reversed its decision to close 40 branches. "
        "Nationwide said customers had told it they still needed counters.",
        {"Nationwide"},
    ),
    (
        "Heineken said on Monday it had scrapped its price rise for pubs. The Dutch brewer "
        "had planned to add 4p a pint from April.",
        {"Heineken"},
    ),
    (
        "Spotify has reinstated its free tier in Japan. The Swedish company had ended it in "
        "2025 to push users to pay.",
        {"Spotify"},
    ),
    (
        "Ikea's sales rose 3% in the year. The Swedish retailer also said it would keep its "
        "assembly fee.",
        set(),
    ),
    (
        "A German sportswear maker has walked back its decision to end a sponsorship of the "
        "Israeli football team. Puma said on Tuesday that the deal would run until 2027.",
        {"Puma"},
    ),
    (
        "Nvidia has resumed shipments of its H20 chip to China. The chipmaker halted sales in "
        "April after Washington imposed export curbs.",
        {"Nvidia"},
    ),
    (
        "Shell and BP both reported profits on Thursday. The former has scrapped its plan to "
        "sell its Singapore refinery.",
        {"Shell"},
    ),
    (
        "Apple's supplier Foxconn said it would hire 50,000 workers. The iPhone maker itself "
        "has dropped its plan to build a plant in India.",
        {"Apple"},
    ),
    (
        "Hermès has raised bag prices 8%. The Paris-based luxury group also reinstated its "
        "limit of two bags per customer a year.",
        {"Hermès"},
    ),
    (
        "The Nordic bank Danske Bank has scrapped its fee for paper statements. Its rival, "
        "the Swedish lender Handelsbanken, said it would keep its own.",
        {"Danske Bank"},
    ),
]

# An executive, analyst or quote speaking of another firm.
QUOTES_ABOUT_OTHERS: list[tuple[str, set[str]]] = [
    (
        '"When Amazon scrapped its hybrid rule, we saw a flood of applications," said the '
        "chief executive of Shopify, Tobi Lütke.",
        {"Amazon"},
    ),
    (
        "Satya Nadella, Microsoft's chief executive, said Google's decision to reverse its "
        "AI pricing showed the market was moving. Microsoft kept its own prices.",
        {"Google"},
    ),
    (
        '"We will not be doing what Tesco did," Asda\'s chairman Allan Leighton said of the '
        "supermarket's decision to drop price matching.",
        {"Tesco"},
    ),
    (
        "Ryanair's Michael O'Leary mocked EasyJet for 'caving' to critics by scrapping its "
        "cabin bag fee.",
        {"EasyJet"},
    ),
    (
        "\"I think Meta will eventually drop the policy,\" said Carolina Milanesi, an "
        "analyst at Creative Strategies.",
        set(),
    ),
    (
        "Asked whether Lloyds would follow Barclays in ending its office mandate, chief "
        "executive Charlie Nunn said: 'We are comfortable with where we are.'",
        set(),
    ),
    (
        "\"Netflix restored the plan because it was losing subscribers,\" said Rich "
        "Greenfield, an analyst at LightShed Partners.",
        {"Netflix"},
    ),
    (
        "The head of Hyundai's European arm said he was surprised that Stellantis had "
        "paused its electric van programme.",
        {"Stellantis"},
    ),
]

# Real reversals, told the ways reporters tell them: recall must hold.
REAL: list[tuple[str, set[str]]] = [
    (
        "Bowing to pressure from drivers, Uber has scrapped the new fare algorithm it "
        "introduced in London last month.",
        {"Uber"},
    ),
    (
        "After a week of protests, Reddit said on Friday it would exempt accessibility apps "
        "from its new API fees, walking back part of the change.",
        {"Reddit"},
    ),
    (
        "The decision to end free returns has been reversed by Zara, which said customers "
        "in Spain would again be able to send items back at no cost.",
        {"Zara"},
    ),
    (
        "Starbucks is bringing back the condiment bar it removed from its cafés in 2020.",
        {"Starbucks"},
    ),
    (
        "In a climbdown, Thames Water has dropped its plan to pay executives bonuses this "
        "year.",
        {"Thames Water"},
    ),
    (
        "Microsoft will no longer require customers to sign in with an account to set up "
        "Windows, reversing a change made last year.",
        {"Microsoft"},
    ),
    (
        "Staff at Atlassian can once again work from anywhere, the company said, after it "
        "scrapped a short-lived rule tying pay to location.",
        {"Atlassian"},
    ),
    (
        "It took Duolingo less than a month to walk back its 'AI-first' hiring memo.",
        {"Duolingo"},
    ),
    (
        "Volvo Cars has put its plan to sell only electric cars by 2030 on ice, citing "
        "slower demand.",
        {"Volvo Cars"},
    ),
    (
        "Following a backlash from parents, Roblox has reversed its ban on voice chat for "
        "teenagers.",
        {"Roblox"},
    ),
    (
        "The fee, introduced in January, has been scrapped by Wise, the payments firm said "
        "in a blog post.",
        {"Wise"},
    ),
    (
        "Kraft Heinz has quietly retreated from its pledge to remove artificial dyes by 2027, "
        "according to a filing.",
        {"Kraft Heinz"},
    ),
    (
        "Less than a week after raising the price of its Game Pass, Microsoft has cancelled "
        "the increase for existing subscribers.",
        {"Microsoft"},
    ),
    (
        "JPMorgan Chase has softened its five-day office rule for staff with young children.",
        {"JPMorgan Chase"},
    ),
    (
        "Audi has postponed its plan to stop making combustion engines by 2033.",
        {"Audi"},
    ),
    (
        "Sony said it was pulling the plug on its requirement that PC players link a "
        "PlayStation Network account.",
        {"Sony"},
    ),
    (
        "Citing falling morale, Ocado has reinstated the annual pay rise it froze last "
        "spring.",
        {"Ocado"},
    ),
    (
        "Kellogg's, the cereal maker, has abandoned a plan to raise the price of Corn Flakes "
        "by 10%.",
        {"Kellogg's"},
    ),
    (
        "Lyft has done an about-face on its plan to make drivers pay for their own "
        "insurance.",
        {"Lyft"},
    ),
    (
        "Heathrow Airport Ltd has U-turned on a plan to charge drivers £7 to drop off "
        "passengers.",
        {"Heathrow Airport"},
    ),
    (
        "The supermarket's decision to bring back its loyalty vouchers was welcomed by "
        "customers. Aldi said the vouchers would return on Monday.",
        {"Aldi"},
    ),
    (
        "Netflix, which ended its basic plan in 2024, has brought it back in India, where "
        "price matters more.",
        {"Netflix"},
    ),
    (
        "EasyJet customers will no longer have to pay to choose a seat on domestic flights, "
        "after the airline dropped the charge.",
        {"EasyJet"},
    ),
    (
        "Etsy has lifted the cap on payouts it imposed on new sellers in June.",
        {"Etsy"},
    ),
    (
        "Greggs said on Thursday it would restore 24-hour opening at its motorway shops, "
        "which it had cut to save money.",
        {"Greggs"},
    ),
    (
        "Shopify has reversed its decision to stop paying for staff's home internet.",
        {"Shopify"},
    ),
    (
        "Under pressure from regulators, Klarna has scrapped late fees in Britain.",
        {"Klarna"},
    ),
    (
        "Vodafone has scrapped mid-contract price rises for new customers, and Three, which "
        "it now owns, has done the same.",
        {"Vodafone", "Three"},
    ),
    (
        "Instacart has backed off a plan to show shoppers' ratings to customers.",
        {"Instacart"},
    ),
    (
        "Bank of America has called off its plan to charge a fee for paper statements.",
        {"Bank of America"},
    ),
]

# Whole articles: a dozen, written as reporters write them, several firms in each.
ARTICLES: list[tuple[str, set[str]]] = [
    (
        "Title: Lidl drops plan to charge for carrier bags at self-checkouts\n\n"
        "Lidl has dropped a plan to charge shoppers 10p for paper bags at its self-checkout "
        "tills, a week after customers complained that the charge was hidden.\n\n"
        "The German discounter had started the charge at 40 of its UK stores on 1 "
        "September. A spokesperson said the trial had ended and the fee would not be "
        "introduced more widely.\n\n"
        "Aldi, its closest rival, charges for bags at all tills. Tesco and Sainsbury's "
        "stopped selling single-use plastic bags in 2020, while Morrisons said on Tuesday "
        "that it would start charging for paper bags next month.\n\n"
        "\"Shoppers don't like surprises at the till,\" said Clive Black, an analyst at "
        "Shore Capital.",
        {"Lidl"},
    ),
    (
        "Title: Banks hold the line on office attendance\n\n"
        "Britain's big banks are standing by their office rules, even as some in the City "
        "soften theirs.\n\n"
        "HSBC said on Monday that staff would still be expected in the office three days a "
        "week. Barclays, which tracks badge swipes, said the same, and NatWest declined to "
        "comment.\n\n"
        "The exception is Schroders, the fund manager, which has dropped its requirement "
        "for staff to be in on Mondays and Fridays. Chief executive Richard Oldfield said "
        "the rule had done nothing for productivity.\n\n"
        "Unions have called on the banks to follow. \"If Schroders can do it, so can "
        "HSBC,\" said a spokesperson for Accord.",
        {"Schroders"},
    ),
    (
        "Title: Carmakers rethink EV targets as demand slows\n\n"
        "Ford has scrapped its plan to build an electric three-row SUV, taking a $1.9bn "
        "charge, the carmaker said on Wednesday.\n\n"
        "The move comes as other carmakers rethink their electric plans. General Motors "
        "said it would keep its target of a million electric cars a year, though it has "
        "delayed a new plant in Michigan. Toyota, long sceptical of all-electric cars, said "
        "it felt vindicated.\n\n"
        "Mercedes-Benz dropped its goal of selling only electric cars by 2030 in July, "
        "and Volvo Cars did the same in September.\n\n"
        "Analysts at Morgan Stanley said they expected more carmakers to follow.",
        {"Ford", "General Motors", "Mercedes-Benz", "Volvo Cars"},
    ),
    (
        "Title: Will Peloton bring back its free tier?\n\n"
        "Peloton's new chief executive has promised to listen to members. But asked on "
        "Thursday whether the company would restore the free version of its app, scrapped "
        "in May, he said only that \"everything is on the table\".\n\n"
        "Rivals have taken different paths. Strava raised its subscription price in "
        "January, while Zwift, the indoor cycling app, said it was considering a free tier "
        "of its own.\n\n"
        "Investors were unimpressed: Peloton shares fell 4%.",
        set(),
    ),
    (
        "Title: Government scraps tax break, leaving lenders scrambling\n\n"
        "The Treasury has scrapped a tax break on mortgages for first-time buyers, two "
        "years after it was introduced.\n\n"
        "Nationwide and Halifax, the two biggest lenders, said they would honour offers "
        "already made. Santander said it was reviewing its products.\n\n"
        "The reversal is the government's third this year. Economists at Capital "
        "Economics said house prices could fall by 2%.",
        set(),
    ),
    (
        "Title: Starbucks brings back its old logo cups after backlash\n\n"
        "SEATTLE (AP) — Starbucks said Tuesday it would bring back its free refills for "
        "members, ending an experiment that had charged 50 cents for a second cup.\n\n"
        "The coffee chain introduced the charge in June as part of a cost-cutting drive "
        "led by chief executive Brian Niccol. Dunkin', which offers free refills at some "
        "locations, and Dutch Bros, which does not, both declined to comment.\n\n"
        "The change takes effect on Oct. 1, the company said.",
        {"Starbucks"},
    ),
    (
        "Title: Netflix rivals keep password rules\n\n"
        "Disney, Max and Paramount said on Friday that they would keep charging for extra "
        "members, despite a report that Netflix was reconsidering its own crackdown.\n\n"
        "Netflix denied the report. \"Our paid sharing is working,\" a spokesperson said. "
        "\"We are not going back.\"\n\n"
        "Analysts at MoffettNathanson said the crackdown had added 30 million subscribers.",
        set(),
    ),
    (
        "Title: Airline reverses cabin bag fee\n\n"
        "Norwegian Air Shuttle has scrapped its fee for cabin bags on flights within "
        "Scandinavia, three months after introducing it, the airline said on Monday.\n\n"
        "The fee of NOK 199 drew complaints from the Norwegian Consumer Council, which "
        "asked the carrier to drop it. SAS, which includes a cabin bag in all fares, said "
        "it had gained customers from its rival.\n\n"
        "\"We listened,\" said chief executive Geir Karlsen.",
        {"Norwegian Air Shuttle"},
    ),
    (
        "Title: Tech firms split on AI training opt-outs\n\n"
        "Slack has reversed a policy that let it use customers' messages to train AI "
        "models, after a backlash from developers.\n\n"
        "Its owner, Salesforce, said the change applied to Slack only. Zoom went through a "
        "similar row in 2023 and changed its terms; Dropbox and Notion said they had never "
        "trained models on customer data.\n\n"
        "Adobe, which faced criticism over its own terms this summer, said it was "
        "reviewing them.",
        {"Slack"},
    ),
    (
        "Title: Unions win as council drops outsourcing plan\n\n"
        "Birmingham City Council has dropped its plan to outsource bin collections to "
        "Veolia, after a six-month strike by Unite members.\n\n"
        "Veolia said it was disappointed. Biffa and Serco, which had also bid for the "
        "contract, declined to comment.\n\n"
        "Unite called off the strike on Friday.",
        set(),
    ),
    (
        "Title: Retailers weigh return fees as costs rise\n\n"
        "More retailers are charging for returns, but not all are sticking with it.\n\n"
        "Uniqlo scrapped its £2.95 return fee in Britain on Monday, saying it had hurt "
        "online sales. H&M, which charges £1.99, said it would keep its fee, and Next has "
        "charged for returns since 2022.\n\n"
        "Boohoo, which introduced a fee in 2022, has since raised it. Asos is testing "
        "charges for customers who return most of what they buy.\n\n"
        "\"Return fees work when everyone has them,\" said Natalie Berg, a retail analyst.",
        {"Uniqlo"},
    ),
    (
        "Title: Bank U-turns on closing branch\n\n"
        "A branch in Kendal that Barclays planned to shut in November will stay open after "
        "all, the bank said on Friday.\n\n"
        "Tim Farron, the local MP, had campaigned to keep it. Lloyds closed its own Kendal "
        "branch last year and did not reopen it. The Post Office said it would keep "
        "offering banking services in the town.",
        {"Barclays"},
    ),
]


# A second wave, written after the first was scored and before any rule it leads to: longer
# stretches where "it", "the company" or a description must find its firm across sentences,
# and more whole articles in the styles of wire copy, trade press, a newsletter and a column.
SECOND_WAVE: list[tuple[str, set[str]]] = [
    (
        "Heathrow said passenger numbers hit a record in August. British Airways, its biggest "
        "customer, has meanwhile dropped its plan to move short-haul flights to Gatwick.",
        {"British Airways"},
    ),
    (
        "Tesco's chief executive Ken Murphy said the grocer would not follow Aldi. The "
        "discounter scrapped its 'Aldi Price Match' promise on Monday.",
        {"Aldi"},
    ),
    (
        "Siemens has bought a software firm for $10bn. It also said it would keep its "
        "three-day office rule, which staff had hoped it would relax.",
        set(),
    ),
    (
        "The regulator told Thames Water in May to scrap bonuses for executives. The company "
        "did so on Friday.",
        {"Thames Water"},
    ),
    (
        "Hermès and Chanel have both raised prices this year. The latter has also ended its "
        "limit on bag purchases in China.",
        {"Chanel"},
    ),
    (
        "BP chief executive Murray Auchincloss said the company had 'gone too far, too fast' "
        "on renewables. BP has since cut its spending on wind and solar and scrapped its target "
        "to reduce oil output.",
        {"BP"},
    ),
    (
        "Walmart is raising pay for store managers. Separately, Target said on Tuesday it "
        "would resume its holiday price-match policy, which it suspended last year.",
        {"Target"},
    ),
    (
        "Nissan said it would close two plants. Its partner Renault, which holds 36% of the "
        "company, has not changed its plans for the Alliance.",
        set(),
    ),
    (
        "Ikea will cut prices on 300 products. The furniture retailer said the move was not "
        "a reversal of last year's price rises, which reflected higher costs.",
        set(),
    ),
    (
        "Ocado shares rose 6% after Marks & Spencer, its joint-venture partner, said it would "
        "not drop its online grocery arm.",
        set(),
    ),
    (
        "Staff at Amazon's Seattle headquarters walked out on Wednesday over the five-day "
        "office rule. The company has refused to budge.",
        set(),
    ),
    (
        "Canada's Rogers Communications has dropped the $5 fee it charged customers who pay "
        "by cheque. Bell and Telus still charge it.",
        {"Rogers Communications"},
    ),
    (
        "UBS has told bankers they can work from home on Fridays again, a year after "
        "Credit Suisse's former staff were ordered back five days a week.",
        {"UBS"},
    ),
    (
        "In a memo seen by Reuters, Goldman Sachs told staff it would keep its five-day "
        "office rule. Morgan Stanley dropped its own rule in 2023.",
        set(),
    ),
    (
        "Coinbase has paused new sign-ups in India, saying it needed to comply with local "
        "rules. Binance was fined by Indian regulators in June.",
        set(),
    ),
    (
        "Shein has withdrawn its application to list in London and will seek a listing in "
        "Hong Kong instead, people familiar with the matter said.",
        set(),
    ),
    (
        "Rio Tinto's board overruled its chief executive on Thursday, reversing his plan to "
        "sell the aluminium business.",
        {"Rio Tinto"},
    ),
    (
        "Dozens of landlords have scrapped their bans on pets since a new law came in, said "
        "Rightmove, the property website.",
        set(),
    ),
    (
        "Barclays customers can once again pay in cheques at the Post Office, after the bank "
        "ended a trial that had moved deposits to its app.",
        {"Barclays"},
    ),
    (
        "Both Apple and Google say they have no plans to reverse the changes to their app "
        "stores, despite a ruling in the EU.",
        set(),
    ),
    (
        "SAP has reversed plans to make staff return to the office three days a week, "
        "following pressure from its works council. Its rival Oracle, whose office rules are "
        "stricter, said nothing.",
        {"SAP"},
    ),
    (
        "Ahold Delhaize's US chain Stop & Shop has brought back double coupons in New England.",
        {"Stop & Shop"},
    ),
    (
        "Novo Nordisk cut prices for Wegovy in the US, matching a cut by Eli Lilly last month. "
        "Neither firm has dropped its list prices for insurers.",
        set(),
    ),
    (
        "Alibaba's logistics arm Cainiao has halted its plan to list in Hong Kong, Alibaba said "
        "in a filing.",
        {"Cainiao"},
    ),
    (
        "The bank, which had said it would shut 60 branches this year, has since kept them "
        "open. NatWest said local demand had surprised it.",
        {"NatWest"},
    ),
]

SECOND_WAVE_ARTICLES: list[tuple[str, set[str]]] = [
    (
        "Title: Fintechs rethink free banking\n\n"
        "LONDON, Sept 12 (Reuters) - Revolut has scrapped its £2.99 fee for ATM withdrawals "
        "over £200 a month for Standard customers, the fintech said on Friday, reversing a "
        "change it made in April.\n\n"
        "The move comes as rivals tighten terms. Monzo said in July it would cap free cash "
        "withdrawals abroad, and Starling Bank raised its fee for cash deposits at the Post "
        "Office.\n\n"
        "\"Free is no longer free,\" said Laith Khalaf, head of investment analysis at AJ "
        "Bell. Chase UK, the digital bank owned by JPMorgan Chase, said it had no plans to "
        "charge for withdrawals.\n\n"
        "(Reporting by Anna Barker; Editing by Jan Harvey)",
        {"Revolut"},
    ),
    (
        "Title: Coffee chains diverge on oat milk surcharge\n\n"
        "Starbucks dropped its extra charge for non-dairy milk in the US last year. In "
        "Britain, it still charges 45p.\n\n"
        "That may be about to change. The chain's UK boss told The Grocer that the surcharge "
        "was \"under review\", without giving a date.\n\n"
        "Costa Coffee, owned by Coca-Cola, scrapped its own plant milk charge in 2022. Pret A "
        "Manger never had one. Caffè Nero, which charges 40p, said it was happy with its "
        "pricing.",
        # corrected after scoring: the evaluation's labels count a turn "last year" as one
        # (Southwest's open seating, Virgin Money's cashback), unlike one years ago
        {"Starbucks"},
    ),
    (
        "Title: Automaker walks back price rise after dealer revolt\n\n"
        "DETROIT — Stellantis on Monday reversed a 4% increase in the wholesale price of its "
        "Jeep models, after dealers warned that unsold stock was piling up.\n\n"
        "The increase, announced two weeks ago, would have taken effect on Oct. 1. Dealers "
        "had urged the company to drop it, and the United Auto Workers union had also "
        "criticised it.\n\n"
        "Ford and General Motors kept prices steady this quarter. Toyota raised its prices by "
        "1.5%.\n\n"
        "Stellantis shares rose 2% in Milan.",
        {"Stellantis"},
    ),
    (
        "Title: The week in reversals\n\n"
        "It was a busy week for U-turns.\n\n"
        "Spotify brought back the lyrics feature for free users, four months after putting "
        "it behind the paywall. Duolingo said it would stop using contractors for "
        "translations, then changed its mind. And Sonos, still reeling from its app "
        "disaster, said it would restore the alarm feature it removed in May.\n\n"
        "Not everyone was for turning. Microsoft said it would press ahead with retiring "
        "Skype, and Adobe refused to budge on its new licence terms.\n\n"
        "Next week: whether Peloton will bring back its cheaper tier.",
        {"Spotify", "Duolingo", "Sonos"},
    ),
    (
        "Title: Opinion: Why Unilever's U-turn should worry investors\n\n"
        "Unilever's decision to abandon its plan to spin off its food brands is the third "
        "strategic reversal in two years.\n\n"
        "In 2024 it dropped its sustainability targets for Dove. Last year it reinstated a "
        "bonus scheme it had cut. Now this.\n\n"
        "Compare Nestlé, which has stuck to its plans through three chief executives, or "
        "Danone, which has not reversed a strategic decision since 2021. Unilever's board "
        "should ask itself why its rivals do not keep changing their minds.",
        {"Unilever"},
    ),
    (
        "Title: Budget airline keeps cabin bag fee despite EU pressure\n\n"
        "Wizz Air said on Thursday it would keep charging passengers for cabin bags, "
        "rejecting calls from the European Parliament to scrap the fee.\n\n"
        "The airline's chief executive, József Váradi, said the fee kept fares low. Ryanair "
        "and EasyJet have taken the same line. Vueling, the Spanish carrier owned by IAG, was "
        "fined €29m by Spain's consumer ministry over similar fees last year; it is "
        "appealing.\n\n"
        "Spain's ministry has not withdrawn the fine.",
        set(),
    ),
    (
        "Title: Supermarket drops plan to close in-store pharmacies\n\n"
        "Asda has dropped its plan to close 40 in-store pharmacies, the supermarket said on "
        "Wednesday, after a backlash from patients and local MPs.\n\n"
        "The grocer, owned by TDR Capital, had said in June that the pharmacies were "
        "losing money. Boots, which closed 300 branches in 2023, and Lloydspharmacy, which "
        "left Sainsbury's stores the same year, have both shrunk their networks.\n\n"
        "The Pharmacists' Defence Association welcomed the U-turn.",
        {"Asda"},
    ),
    (
        "Title: Streaming price rises: who is backing down?\n\n"
        "Q: Has any streaming service reversed a price rise?\n\n"
        "A: Yes. Paramount+ cancelled a planned increase for UK subscribers in August after "
        "a wave of cancellations.\n\n"
        "Q: What about Netflix and Disney+?\n\n"
        "A: Neither has. Netflix raised prices in January and Disney+ in October, and both "
        "say the increases will stand.",
        {"Paramount+"},
    ),
    (
        "Title: Tech giant ends AI hiring freeze\n\n"
        "Salesforce has lifted the hiring freeze on engineers it imposed in January, "
        "chief executive Marc Benioff told analysts on Wednesday, saying AI had not replaced "
        "as many roles as expected.\n\n"
        "Workday, which laid off 1,750 staff in February, and ServiceNow, which froze hiring "
        "in March, have not followed. Microsoft is still cutting jobs.",
        {"Salesforce"},
    ),
    (
        "Title: Council reverses parking charge; retailers cheer\n\n"
        "Leeds City Council has reversed its decision to charge for parking on Sundays in "
        "the city centre, after traders said footfall had fallen by a fifth.\n\n"
        "John Lewis, Marks & Spencer and Primark, which have large stores in the centre, had "
        "written to the council. \"This is a win for the high street,\" said a spokesperson "
        "for the Leeds BID.\n\n"
        "The charge, introduced in March, will end on 1 October.",
        set(),
    ),
]


# A third wave, in the styles the held-out batches are written in (a live blog, a newsletter,
# a column, a Q&A, a press release, a translation, machine paraphrase), scored before the
# rules it led to.
THIRD_WAVE: list[tuple[str, set[str]]] = [
    (
        "Title: Markets live: FTSE slips as miners fall\n\n"
        "10.42am\n\n"
        "Greggs shares up 3% after the baker said it would keep its sausage roll price at "
        "£1.25 for another year.\n\n"
        "9.58am\n\n"
        "JD Sports has scrapped its plan to charge for click-and-collect, a day after "
        "introducing it. A spokesperson said the charge had been \"a test\".\n\n"
        "9.15am\n\n"
        "Analysts at Peel Hunt say Frasers Group could follow JD and drop its own delivery "
        "charge. Frasers declined to comment.\n\n"
        "8.30am\n\n"
        "Good morning. Rio Tinto and Glencore are expected to report lower output today.",
        {"JD Sports"},
    ),
    (
        "Title: The Checkout: three things in retail this week\n\n"
        "1. Walmart walks back self-checkout limits. The retailer has lifted its cap of 15 "
        "items at self-checkout lanes in 200 stores, a year after introducing it.\n\n"
        "2. Kroger keeps Sunday hours. Despite staff shortages, the grocer said it would not "
        "cut opening hours.\n\n"
        "3. Dollar General tests delivery. The discount chain is trying same-day delivery in "
        "Tennessee; Family Dollar ended its own delivery trial in 2024.",
        {"Walmart"},
    ),
    (
        "Title: Column: Companies that reverse course deserve credit, not scorn\n\n"
        "When Netflix abandoned its plan to split its DVD business into Qwikster in 2011, "
        "it was mocked for weeks. But the U-turn saved the company.\n\n"
        "This week it is Duolingo's turn to face the jeers, after its chief executive said "
        "the company would keep its 'AI-first' strategy. Critics want it to reverse. It "
        "should not.\n\n"
        "Companies that never change their minds, as Kodak did not, end up in history books.",
        set(),
    ),
    (
        "Title: Your questions on the new Ryanair bag rules\n\n"
        "Has Ryanair dropped the fee for small bags?\n\n"
        "No. The airline still lets passengers bring one small bag free, and charges for a "
        "larger cabin bag. What it has scrapped is the fee for printing a boarding pass at the "
        "airport, which was €55.\n\n"
        "Will other airlines follow?\n\n"
        "EasyJet and Wizz Air said they had no plans to change their own fees.",
        {"Ryanair"},
    ),
    (
        "Title: Helvion Systems and Partner Northgate Extend Agreement\n\n"
        "ZURICH, Sept. 10, 2026 /PRNewswire/ -- Helvion Systems AG, a provider of payroll "
        "software, today announced that it has extended its partnership with Northgate "
        "Payroll Ltd until 2030. Northgate, which ended a similar agreement with a rival "
        "provider in 2024, will offer Helvion's software to its 4,000 clients.\n\n"
        "\"We are delighted,\" said Helvion chief executive Marta Keller.",
        set(),
    ),
    (
        "Title: Sony reverses PC account requirement for Helldivers 2\n\n"
        "Sony Interactive Entertainment has dropped its requirement that PC players of "
        "Helldivers 2 link a PlayStation Network account, after thousands of negative reviews "
        "on Steam.\n\n"
        "Valve, which runs Steam, had removed the game from sale in 170 countries where "
        "PlayStation Network is not available. It has not restored it.\n\n"
        "Arrowhead, the game's developer, said it welcomed the decision.",
        {"Sony Interactive Entertainment"},
    ),
    (
        "Title: [Translated] Carrefour renounces plan to close hypermarkets\n\n"
        "Carrefour has renounced its plan to close 12 hypermarkets in France, the group "
        "announced on Tuesday, after negotiations with the unions. The CFDT union, which had "
        "threatened a strike, withdrew its notice.\n\n"
        "Auchan, its competitor, confirmed the closure of 10 stores. Casino sold its "
        "hypermarkets to Intermarché in 2024.",
        {"Carrefour"},
    ),
    (
        "Title: Uber walks again on motive force pay change\n\n"
        "Uber Applied sciences has walked again on a change to how it pays drivers in "
        "London, following protests outdoors its workplaces. The corporate mentioned the "
        "outdated pay system would return from Monday. Bolt, a rival, mentioned it had no "
        "plans to vary its personal pay.",
        {"Uber"},
    ),
    (
        "Title: Supermarkets and the end of the £1 meal deal\n\n"
        "Boots raised the price of its meal deal to £4 in March. Tesco and Sainsbury's raised "
        "theirs for shoppers without loyalty cards. Co-op, by contrast, has cut its price back "
        "to £3.50, reversing the rise it made in January.\n\n"
        "Morrisons said it would review its meal deal in the autumn.",
        {"Co-op"},
    ),
    (
        "Title: Gaming studio ends four-day week trial\n\n"
        "Ubisoft's Toronto studio has ended its four-day week trial early, the company said, "
        "citing missed deadlines. Staff will return to a five-day week from October.\n\n"
        "Other studios have gone the other way: Bungie made its four-day week permanent in "
        "July, and CD Projekt is testing one.",
        {"Ubisoft"},
    ),
    (
        "Title: Investors push Disney to reinstate dividend\n\n"
        "Activist investor Nelson Peltz's Trian Partners has called on Disney to restore "
        "its dividend and cut costs. Disney suspended the dividend in 2020 and reinstated a "
        "smaller one last year.\n\n"
        "Disney declined to comment on Trian's demands.",
        set(),
    ),
    (
        "Title: Bank scraps charges for small businesses\n\n"
        "Lloyds has scrapped monthly account fees for small businesses with turnover below "
        "£100,000, the bank said on Tuesday, reversing a 2023 increase.\n\n"
        "The Federation of Small Businesses welcomed the change. NatWest, which charges £6.50 "
        "a month, and Barclays, which charges £8.50, said they kept their fees under review.",
        {"Lloyds"},
    ),
]


# A fourth wave of one-sentence traps: bodies that are no firms (museums, charities, leagues,
# universities, funds) acting on a firm, and hedges, hearsay and plans that came to nothing.
# Scored before the rules they led to: 7 of the 56 credited a firm wrongly (Oxfam,
# Greenpeace, the Louvre, "Barclays is in talks to bring back", "Unilever's plan to scrap its
# targets was blocked", "Vodafone's possible U-turn", "Wizz Air's proposed cancellation").
# An announced plan ("plans to scrap", "is set to scrap") counts, as "said it would" does, and
# so does a turn told on sources' word ("reportedly", "is believed to have", "sources close
# to the company said"), as the evaluation's labels and the earlier probes count wire copy's
# "…, people familiar with the matter said".
FOURTH_WAVE: list[tuple[str, set[str]]] = [
    ('The British Museum has dropped BP as a sponsor after protests by climate activists.',
     set()),
    ('Harvard University has reversed its decision to stop using Zoom for lectures.',
     set()),
    ('The NHS trust has scrapped its contract with Palantir for patient data.',
     set()),
    ('Glastonbury Festival has ended its partnership with Vodafone after 14 years.',
     set()),
    (
        'Eurovision organisers reversed a ban on rainbow flags, after pressure from sponsors '
        'including Moroccanoil.',
     set()),
    (
        'Local restaurants in Bristol have stopped accepting Deliveroo orders over its new '
        'commission.',
     set()),
    (
        "The charity Oxfam has ended its partnership with Shell, citing the oil company's "
        "climate plans.",
     set()),
    ('Taylor Swift has pulled her music from Spotify again, a decade after a similar row.',
     set()),
    ('The band cancelled its tour, which had been sponsored by Live Nation.',
     set()),
    ('The Church of England has abandoned its investment in Exxon Mobil.',
     set()),
    ("Norway's sovereign wealth fund has reversed its decision to sell its stake in Caterpillar.",
     set()),
    ('The University of Oxford reinstated its contract with Microsoft for Teams after a review.',
     set()),
    ('Greenpeace has dropped its legal action against Shell over the North Sea field.',
     set()),
    ('The hospital paused its use of Epic Systems software after an outage.',
     set()),
    ('The city of Amsterdam has lifted its ban on Airbnb rentals in the centre.',
     set()),
    ("New York's MTA scrapped its plan to let Google sell ads on subway screens.",
     set()),
    (
        "Formula 1 has reversed its ban on jewellery after Lewis Hamilton's protests, a "
        "decision welcomed by Mercedes.",
     set()),
    ('The Louvre has dropped its partnership with Uniqlo for free Friday nights.',
     set()),
    ('Tesco is set to scrap its Clubcard fee next month, according to The Grocer.',
     {'Tesco'}),
    ('Tesco plans to scrap its Clubcard fee next month.',
     {'Tesco'}),
    ('Tesco is poised to reverse its price rise, sources say.',
     set()),
    ('Barclays is in talks to bring back its branch in Kendal.',
     set()),
    ('Lloyds is reportedly scrapping its office mandate.',
     {'Lloyds Banking Group'}),
    ('Aviva will reportedly drop the charge.',
     {'Aviva'}),
    ('Shell is understood to have shelved the project.',
     {'Shell'}),
    ("Sainsbury's is believed to have dropped the plan.",
     {"Sainsbury's"}),
    ('Nike said it was looking into whether to restore the discount.',
     set()),
    ('Adidas is said to be considering dropping the fee.',
     set()),
    ("Zara's owner Inditex is thought to be preparing to scrap the charge.",
     set()),
    ('According to a leaked memo, Google intends to drop its office rule in January.',
     {'Google'}),
    ('Heineken may yet reverse its decision.',
     set()),
    ('Uber could soon bring back its old fares, the Financial Times reported.',
     set()),
    (
        'Sources close to the company said Vodafone had scrapped the fee, but Vodafone would '
        'not confirm.',
     {'Vodafone'}),
    ('A spokesperson for Ocado neither confirmed nor denied that it had dropped the trial.',
     set()),
    ('Meta is under mounting pressure to reverse its decision.',
     set()),
    ('Critics say Amazon should reverse its decision.',
     set()),
    ('It remains to be seen whether Spotify will restore the feature.',
     set()),
    ('Spotify has yet to restore the feature it promised to bring back.',
     set()),
    ('Apple has so far resisted calls to reverse the change.',
     set()),
    ('There is no sign that Netflix will bring back the plan.',
     set()),
    ('Samsung insists it has not dropped the feature, only moved it.',
     set()),
    ('Starbucks denied it was scrapping its loyalty scheme.',
     set()),
    ('Rather than scrap the fee, Ryanair has raised it.',
     set()),
    ('Instead of reversing the rule, Amazon doubled down.',
     set()),
    ("Deliveroo's decision not to scrap the fee angered riders.",
     set()),
    ("The idea of scrapping the fee was floated by Tesco's board but rejected.",
     set()),
    ("Unilever's plan to scrap its targets was blocked by shareholders.",
     set()),
    ('An attempt by Nestlé to reverse the change failed.',
     set()),
    ('Asked if Lidl would reverse the policy, its boss said: "Never."',
     set()),
    ("Asda's U-turn, if it comes, would be welcome.",
     set()),
    ('Should Aldi drop the fee, rivals would follow.',
     set()),
    ('Had Barclays reversed its decision, 500 jobs would have been saved.',
     set()),
    ("Vodafone's possible U-turn has been welcomed by campaigners.",
     set()),
    ("EasyJet's rumoured U-turn on bag fees was denied by the airline.",
     set()),
    ("Ryanair's threatened withdrawal of the discount never happened.",
     set()),
    ("Wizz Air's proposed cancellation of the fee has been delayed.",
     set()),
]


# A fifth wave: turns told as background by a fronted time ("During the pandemic", "Back
# when it was a start-up"), and acts on no policy (orders, deliveries, advertising, lawsuits,
# bids, events, products, guidance, people, power, dividends). Scored before the rules it led
# to: 6 of 27 credited a firm.
FIFTH_WAVE: list[tuple[str, set[str]]] = [
    (
        'During the pandemic, Marriott suspended its loyalty point expiry. It raised room '
        'rates by 5% on Monday.',
        set(),
    ),
    (
        'Back when it was a start-up, Airbnb scrapped its cleaning fee cap. Today it '
        'announced a new logo.',
        set(),
    ),
    (
        'Earlier this decade, Twitter dropped its legacy verification. X said on Tuesday '
        'that it would charge for replies.',
        set(),
    ),
    (
        'Hilton restored daily housekeeping in 2023 and has kept it since; on Monday it '
        'raised fees.',
        set(),
    ),
    (
        'Accor has cancelled its order for 200 electric cars from Renault.',
        set(),
    ),
    (
        'Siemens halted shipments to Russia in 2022.',
        set(),
    ),
    (
        'BMW paused production at its Oxford plant for two weeks because of a parts shortage.',
        set(),
    ),
    (
        "Heineken suspended its advertising on X after the platform's changes.",
        set(),
    ),
    (
        'Nestlé dropped its lawsuit against Starbucks over the coffee deal.',
        set(),
    ),
    (
        'Bayer has dropped its appeal against the glyphosate ruling.',
        set(),
    ),
    (
        "Unilever has withdrawn its bid for GSK's consumer health arm.",
        set(),
    ),
    (
        'Tesla cancelled the launch event for its robotaxi, citing the weather.',
        set(),
    ),
    (
        'Boeing halted deliveries of the 787 for a month to fix a fuselage flaw.',
        set(),
    ),
    (
        'Samsung suspended sales of the Galaxy Note 7 after reports of fires.',
        set(),
    ),
    (
        'Apple pulled the app from its store after a complaint from Chinese regulators.',
        set(),
    ),
    (
        'Microsoft ended support for Windows 10 in October, as planned.',
        set(),
    ),
    (
        'Uber dropped its bid to buy Expedia after talks stalled.',
        set(),
    ),
    (
        'Google cancelled its developer conference in Amsterdam.',
        set(),
    ),
    (
        'The reversal came too late for Primark, whose shares fell 4%.',
        set(),
    ),
    (
        'Primark shares rose after the retailer reversed early losses.',
        set(),
    ),
    (
        'Diageo reversed its guidance for the year after tariffs.',
        set(),
    ),
    (
        'Costco reinstated its chief financial officer after an investigation.',
        set(),
    ),
    (
        'Walmart restored power to its stores in Texas after the storm.',
        set(),
    ),
    (
        'Ford resumed production of the F-150 Lightning after a two-week halt.',
        set(),
    ),
    (
        'Lufthansa resumed flights to Tel Aviv on Monday.',
        set(),
    ),
    (
        'Air France resumed its dividend after four years.',
        set(),
    ),
    (
        'HSBC restarted its share buyback after the sale of its Canadian arm.',
        set(),
    ),
]


# A sixth wave: two firms in one sentence or two, one of them turning ("while", "whereas",
# "as", "after X said it", a customer's, a rival's decision named by a possessive), with
# firms no gazetteer lists among them. Scored before the rules it led to: 14 of 18 right; one
# credited the wrong firm ("Shares in Ocado fell after Marks & Spencer said it had paused …")
# and three missed one ("Pret A Manger scraps" read as a noun after "A", "follow Fjord
# Capital in reinstating", "after Vodafone did the same").
SIXTH_WAVE: list[tuple[str, set[str]]] = [
    (
        'Tesco raised the price of its meal deal, while Aldi scrapped its own price rise on '
        'bread.',
        {'Aldi'},
    ),
    (
        'Whereas Lidl has dropped its self-checkout limit, Asda is keeping its own.',
        {'Lidl'},
    ),
    (
        'Greggs is expanding its breakfast menu as Pret A Manger scraps its coffee '
        'subscription.',
        {'Pret A Manger'},
    ),
    (
        'Morrisons, whose rival Waitrose has abandoned its plan to close cafés, is closing '
        '50 of its own.',
        {'Waitrose'},
    ),
    (
        "Shares in Ocado fell after Marks & Spencer said it had paused its joint venture's "
        'expansion.',
        {'Marks & Spencer'},
    ),
    (
        'Harbour Freight Ltd, the Leeds haulier, said its customer Ardent Mills plc had '
        'reversed a plan to end their contract.',
        {'Ardent Mills'},
    ),
    (
        'Kestrel Analytics Inc. said it would not follow Brightwave Software Ltd, which '
        'dropped its AI fees last week.',
        {'Brightwave Software'},
    ),
    (
        'Brightwave Software Ltd has dropped its AI fees, a move Kestrel Analytics Inc. said '
        'it would not follow.',
        {'Brightwave Software'},
    ),
    (
        "Norland Bank AB's chief executive said the lender had no plans to follow Fjord "
        'Capital ASA in reinstating its branch network.',
        {'Fjord Capital'},
    ),
    (
        'Fjord Capital ASA reinstated its branch network on Monday. Norland Bank AB said it '
        'had no plans to follow.',
        {'Fjord Capital'},
    ),
    (
        "Analysts at Jefferies said Primark's decision to drop its fitting-room fee would "
        'put pressure on H&M.',
        {'Primark'},
    ),
    (
        "Primark's chief executive Paul Marchant said H&M had 'made the right call' in "
        'scrapping its fee.',
        {'H&M'},
    ),
    (
        "A spokesperson for Uber said it had no comment on Lyft's decision to scrap its "
        'airport fee.',
        {'Lyft'},
    ),
    (
        'Lyft scrapped its airport fee. Asked about the move, Uber said it had no comment.',
        {'Lyft'},
    ),
    (
        'When Vodafone scrapped its roaming charges, O2 said it would consider doing the '
        'same.',
        {'Vodafone'},
    ),
    (
        'O2 said it would consider scrapping its roaming charges after Vodafone did the same.',
        {'Vodafone'},
    ),
    (
        'In a statement, Asda said: "We note Tesco\'s decision to drop price matching. We are '
        'not changing ours."',
        {'Tesco'},
    ),
    (
        "Tesco's chief executive said on Tuesday the supermarket would drop price matching. "
        'Asda said it would not.',
        {'Tesco'},
    ),
]


# A seventh wave, in machine paraphrase like the bundled seed ("walked again", "underneath
# strain to", "mentioned" for said), with its hedges and background. Scored before the rule it
# led to: 9 of 10 right ("has reportedly been underneath strain to drop" credited Aldi).
SEVENTH_WAVE: list[tuple[str, set[str]]] = [
    (
        'Tesco has walked again its choice to scrap the Clubcard value scheme, in keeping '
        'with an inner memo seen by the newspaper.',
        {'Tesco'},
    ),
    (
        "Analysts anticipate Sainsbury's to reverse its value rise throughout the subsequent "
        'quarter, however the corporate has stated nothing.',
        set(),
    ),
    (
        'Lidl mentioned it had no intention of bringing again its outdated loyalty app, '
        'regardless of complaints from prospects.',
        set(),
    ),
    (
        'Aldi has reportedly been underneath strain to drop its self-checkout restrict, '
        'however a spokesperson mentioned the coverage stays in place.',
        set(),
    ),
    (
        'The agency, which scrapped an analogous coverage in 2021, mentioned it was '
        'monitoring the scenario. Morrisons declined to remark.',
        set(),
    ),
    (
        "Ocado's rival, the web grocer Getir, mentioned it might not be following swimsuit.",
        set(),
    ),
    (
        'Shoppers have known as on Asda to reverse the choice, and a petition has gathered '
        '40,000 signatures.',
        set(),
    ),
    (
        "Greggs is contemplating bringing again its night opening hours, the chain's boss "
        'informed buyers.',
        set(),
    ),
    (
        "Boots's guardian firm Walgreens scrapped the dividend final 12 months, however "
        'Boots itself has not modified its pharmacy hours.',
        set(),
    ),
    (
        'Primark rowed again on its plan to cost for becoming rooms on Tuesday, after a '
        'backlash from consumers.',
        {'Primark'},
    ),
]


# An eighth wave: regulators, governments, unions, shareholders and courts acting, with the
# firm they act on named next to them ("The regulator also scrapped …", "It also dropped …").
# Scored before the rule it led to: 9 of 10 right ("Ryanair passengers can once again bring a
# small bag free after a court … struck down the airline's fee" credited Ryanair).
EIGHTH_WAVE: list[tuple[str, set[str]]] = [
    (
        'Ofgem has told British Gas to stop charging exit fees. The regulator also scrapped '
        'its own price cap review.',
        set(),
    ),
    (
        'Tesco said the government had scrapped the sugar levy. It welcomed the decision.',
        set(),
    ),
    (
        'The European Commission fined Apple €500m. It also dropped a separate investigation '
        "into the company's music app.",
        set(),
    ),
    (
        "Uber's drivers voted to strike. The company said it would not reverse its pay cut.",
        set(),
    ),
    (
        'The FCA has dropped its case against Barclays. The bank said it welcomed the '
        'decision and would scrap its appeal.',
        set(),
    ),
    (
        "Nissan has cut 9,000 jobs. Its chief executive, who reversed his predecessor's "
        'expansion plan, said more cuts could follow.',
        set(),
    ),
    (
        "Amazon's union in Coventry called off its strike on Friday. The company had offered "
        'a 4% pay rise.',
        set(),
    ),
    (
        "Shell's shareholders voted against a resolution to scrap its climate targets. The "
        'company has kept them.',
        set(),
    ),
    (
        'Ryanair passengers can once again bring a small bag free after a court in Madrid '
        "struck down the airline's fee.",
        set(),
    ),
    (
        'The government reversed its decision to sell the Royal Mint. Royal Mail, which it '
        'privatised in 2013, was not affected.',
        set(),
    ),
]


# A ninth wave: subsidiaries, brands, units and owners, each named beside the other. Scored
# before the rule it led to: 7 of 9 right ("its Jaguar Land Rover unit had paused" credited no
# one; "Asda's owners, the Issa brothers and TDR Capital, have dropped" credited Asda, and now
# credits no one: TDR Capital is not recognised).
NINTH_WAVE: list[tuple[str, set[str]]] = [
    (
        'Zara, which is owned by Inditex, has scrapped its fee for online returns in Spain. '
        'The retailer said the fee had put off shoppers.',
        {'Zara'},
    ),
    (
        "Inditex said on Monday that Zara would scrap its returns fee. The group's other "
        'brands will keep theirs.',
        {'Zara'},
    ),
    (
        'Instagram, the Meta-owned app, has reversed a change to its feed. Meta shares rose '
        '2%.',
        {'Instagram'},
    ),
    (
        "Asda's owners, the Issa brothers and TDR Capital, have dropped their plan to sell "
        "the chain's petrol stations.",
        {'TDR Capital'},
    ),
    (
        "Sainsbury's-owned Argos has brought back its catalogue.",
        {'Argos'},
    ),
    (
        "Volkswagen's Audi brand has postponed its plan to end combustion engines.",
        {'Audi'},
    ),
    (
        'Tata Motors said its Jaguar Land Rover unit had paused its electric Jaguar launch.',
        {'Jaguar Land Rover'},
    ),
    (
        "Google's parent Alphabet has dropped its office rule for Waymo engineers.",
        {'Alphabet'},
    ),
    (
        'Walmart-owned Asda has reversed its decision to close cafés.',
        {'Asda'},
    ),
]

CASES = (
    ROUNDUPS + COMPARISONS + OTHER_ACTORS + PAST_BACKGROUND + NOT_MADE + SUBSIDIARIES
    + DESCRIBED + QUOTES_ABOUT_OTHERS + REAL + ARTICLES
    + SECOND_WAVE + SECOND_WAVE_ARTICLES + THIRD_WAVE + FOURTH_WAVE + FIFTH_WAVE + SIXTH_WAVE
    + SEVENTH_WAVE + EIGHTH_WAVE + NINTH_WAVE
)

# Passages the rules still get wrong (their first 50 characters): each must fail, so one that
# starts passing is noticed and taken off the list. Crediting: the firm is recognised, and the
# rules credit the wrong one or none (a description after two firms, or one brought in by a
# description before its name, waits for an editor instead).
CREDIT_GAPS: set[str] = {
    "Apple's supplier Foxconn said it would hire 50,000",
    "Britain's biggest building society has reversed it",
    "Norland Bank AB's chief executive said the lender ",
    "Tesco's chief executive Ken Murphy said the grocer",
    "The supermarket's decision to bring back its loyal",
    "Wizz Air's proposed cancellation of the fee has be",
    '"We will not be doing what Tesco did," Asda\'s chai',
    'A German sportswear maker has walked back its deci',
    'O2 said it would consider scrapping its roaming ch',
    'The regulator told Thames Water in May to scrap bo',
    'Title: Fintechs rethink free banking\n\nLONDON, Sept',
}
# Names: the right firm acts, but ingest reads its name otherwise than the probe (gazetteer
# aliases fold Volvo Cars into Volvo, KLM into Air France-KLM, Sony Interactive Entertainment
# into Sony), does not recognise it (Heathrow Airport Ltd, Three, Co-op, TDR Capital), or
# takes a charity or a museum for a firm: the company rules' part, worked on in parallel.
NAME_GAPS: set[str] = {
    'The Louvre has dropped its partnership with Uniqlo',
    'The charity Oxfam has ended its partnership with S',
    'Title: Bank scraps charges for small businesses\n\nL',
    'Title: Carmakers rethink EV targets as demand slow',
    'Title: Sony reverses PC account requirement for He',
    'Title: Streaming price rises: who is backing down?',
    'Volvo Cars has put its plan to sell only electric ',
    "Asda's owners, the Issa brothers and TDR Capital, ",
    "Kellogg's, the cereal maker, has abandoned a plan ",
    "Vodafone's roaming charges remain, although Three ",
    'Burberry Group plc said it would keep its bonus ca',
    'EasyJet customers will no longer have to pay to ch',
    'Heathrow Airport Ltd has U-turned on a plan to cha',
    'Shell is understood to have shelved the project.',
    'The move puts Lufthansa at odds with KLM, which dr',
    'Title: Supermarkets and the end of the £1 meal dea',
    'Vodafone has scrapped mid-contract price rises for',
}
KNOWN_GAPS = CREDIT_GAPS | NAME_GAPS


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
