"""A fifth probe of crediting, written fresh for the eleventh round (not taken from the
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
reversal, and so that nothing else is credited. Where the text leaves who reversed open, the
expectation is no credit (the entry asks an editor instead)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.probe_support import credited_in

DATE = "2026-11-24"  # every probe seed's `Date:` line


# Roundups: several firms named, only one (or none) reversed.
ROUNDUPS: list[tuple[str, set[str]]] = [
    (
        "Aldi has scrapped the minimum spend on its click-and-collect orders. Lidl, which "
        "does not offer the service, said it was watching closely, while Tesco declined to "
        "comment.",
        {"Aldi"},
    ),
    (
        "Vodafone will keep its mid-contract price rises, a spokesperson said. Three, the "
        "network it merged with last year, dropped the same clause for new customers in "
        "October.",
        {"Three"},
    ),
    (
        "Deliveroo and Just Eat were both asked whether they would follow Uber Eats in "
        "dropping the small-order fee. Neither had replied by the time of publication.",
        {"Uber Eats"},
    ),
    (
        "Revolut is rolling out its paid metal card in six new countries. Monzo, meanwhile, "
        "has brought back the free travel insurance it cut from its basic account in the "
        "spring.",
        {"Monzo"},
    ),
    (
        "Walmart raised its delivery minimum to $50 on Monday. Target and Costco kept theirs "
        "where they were, and Kroger said it had no plans to change.",
        set(),
    ),
    (
        "Nike has pulled back from its direct-to-consumer push, restoring wholesale accounts "
        "it cut in 2023. Adidas and Puma, which never went as far, said their own plans were "
        "unchanged.",
        {"Nike"},
    ),
    (
        "Heineken is raising the price of its lagers by 4% from January. Carlsberg, by "
        "contrast, said it would hold its prices through the winter.",
        set(),
    ),
    (
        "Shopify, Etsy and Amazon all charge sellers a fee on each sale. Of the three, only "
        "Etsy has backtracked on a rise announced this year, after a seller strike.",
        {"Etsy"},
    ),
    (
        "Ryanair said it would press ahead with its new cabin bag fee. Wizz Air, whose "
        "similar charge was criticised by consumer groups, has suspended it pending a review.",
        {"Wizz Air"},
    ),
    (
        "Zoom and Slack were named by the survey as the tools staff use most. Dropbox, which "
        "had ordered staff back to the office three days a week, quietly dropped the rule "
        "this month.",
        {"Dropbox"},
    ),
    (
        "Peloton has reinstated the free membership tier it removed in the summer. Analysts "
        "at Jefferies said the move would cost the company little, and Apple, whose Fitness+ "
        "service competes with it, declined to comment.",
        {"Peloton"},
    ),
    (
        "BT Group is expanding its fibre build to 2 million more homes. Virgin Media O2, its "
        "largest rival, has shelved plans to switch off its copper network in 2027.",
        {"Virgin Media O2"},
    ),
    (
        "Sainsbury's has dropped its plan to charge for bags for life. Morrisons and Asda "
        "said they would keep their 10p charge, and Waitrose said it was reviewing its own.",
        {"Sainsbury's"},
    ),
    (
        "Volkswagen said on Thursday it had cancelled plans to close two German plants after "
        "talks with the IG Metall union. BMW and Mercedes-Benz have announced no closures.",
        {"Volkswagen"},
    ),
    (
        "Unilever and Procter & Gamble both raised prices in the third quarter. Nestlé said "
        "its prices would stay flat, and Danone declined to comment.",
        set(),
    ),
    (
        "Spotify, Deezer and Apple Music were all named in the complaint. Only Deezer has "
        "since withdrawn the price rise that prompted it.",
        {"Deezer"},
    ),
    (
        "HSBC has reversed its decision to close 40 branches in rural areas. Barclays and "
        "Lloyds, which are closing 150 between them this year, said their plans stood.",
        {"HSBC"},
    ),
    (
        "Customers of Octopus Energy, E.ON and EDF were written to last week. Of the three, "
        "only E.ON has walked back the standing-charge rise the letters announced.",
        {"E.ON"},
    ),
    (
        "Microsoft has expanded its return-to-office rule to its Dublin campus. Salesforce "
        "and Google kept their rules unchanged, and IBM said it would not comment on "
        "competitors.",
        set(),
    ),
    (
        "Starbucks has dropped its surcharge for plant-based milk in the UK. Costa Coffee "
        "and Caffè Nero still charge it, and Pret said it had never done so.",
        {"Starbucks"},
    ),
    (
        "Delta and United have added new fees for seat selection. American Airlines, which "
        "introduced a similar fee in March, has since rolled it back on domestic routes.",
        {"American Airlines"},
    ),
    (
        "Marks & Spencer has paused its plan to close its Oxford Street store. Next and John "
        "Lewis, also named in the report, are pressing ahead with closures elsewhere.",
        {"Marks & Spencer"},
    ),
    (
        "Toyota, Honda and Nissan were all asked by the ministry to review their supplier "
        "terms. Honda has since withdrawn the payment delay it imposed on small suppliers.",
        {"Honda"},
    ),
    (
        "Samsung and LG both launched foldable phones this autumn. Samsung has since "
        "scrapped the subscription it wanted to charge for the phone's AI features.",
        {"Samsung"},
    ),
    (
        "Amazon has raised its Prime price in Germany. Zalando, whose customers complained "
        "about a new returns fee, reversed it within a week.",
        {"Zalando"},
    ),
    (
        "Siemens and ABB were among the firms that signed the letter. ABB has since "
        "dropped its objection to the proposal, a spokesperson confirmed.",
        {"ABB"},
    ),
    (
        "Netflix kept its prices unchanged in the UK this quarter. Disney raised the price "
        "of Disney+, and Paramount said it was considering whether to follow.",
        set(),
    ),
    (
        "Wise has scrapped the fee on its debit card withdrawals above £200. Revolut and "
        "Monzo charge similar fees and said they had no plans to change them.",
        {"Wise"},
    ),
    (
        "Ikea is cutting prices on 300 products. H&M, its neighbour in many retail parks, "
        "has pulled its plan to charge for in-store returns.",
        {"H&M"},
    ),
    (
        "Qantas, Virgin Australia and Jetstar all raised fares over the holidays. None of "
        "them has reversed the rises, despite a complaint to the regulator.",
        set(),
    ),
    (
        "Shell said it would spend more on gas. Equinor has cut its renewable spending, and "
        "BP, which scaled back its own green targets last year, said it was happy with its "
        "strategy.",
        set(),
    ),
    (
        "Citigroup has dropped its requirement for staff to be in the office five days a "
        "week. Goldman Sachs and JPMorgan still require it.",
        {"Citigroup"},
    ),
    (
        "Uber has restored its driver bonus in London after a strike. Bolt said its drivers "
        "already earned more, and the App Drivers and Couriers Union said it would keep up "
        "pressure on both firms.",
        {"Uber"},
    ),
    (
        "EasyJet and Jet2 both reported record summers. EasyJet said it had reversed a "
        "decision to cut flights from Newcastle after bookings held up.",
        {"EasyJet"},
    ),
    (
        "Lufthansa was the only one of Europe's big carriers to back down on the green fee. "
        "Air France-KLM and IAG kept theirs.",
        {"Lufthansa"},
    ),
    (
        "Coca-Cola, PepsiCo and Britvic were among the drinks makers that cut sugar. Britvic "
        "has since brought back the original recipe of one squash after complaints.",
        {"Britvic"},
    ),
    (
        "Ocado's shares rose after Kroger, its biggest customer, said it would keep using "
        "Ocado's warehouses. Ocado has not changed its guidance.",
        set(),
    ),
    (
        "Klarna, Affirm and PayPal all offer buy-now-pay-later loans. Klarna said on Monday "
        "it was expanding its late fees to Spain.",
        set(),
    ),
    (
        "Adobe has dropped a clause in its terms that let it train AI models on customers' "
        "files. Canva and Figma said they had never had such a clause.",
        {"Adobe"},
    ),
    (
        "Tesla cut the price of its Model Y in China. BYD responded with discounts of its "
        "own, and Xpeng said it would not follow.",
        set(),
    ),
]


# Firms named for comparison or as background.
COMPARISONS: list[tuple[str, set[str]]] = [
    (
        "Unlike Carlsberg, which scrapped its deposit surcharge in the spring, Heineken has "
        "kept the charge on all its bottles.",
        {"Carlsberg"},
    ),
    (
        "Aldi, which has not changed its opening hours since 2019, said it would watch how "
        "shoppers responded.",
        set(),
    ),
    (
        "The move puts Sky ahead of BT, which has kept its early-termination fees despite "
        "pressure from Ofcom. Sky scrapped the fees for broadband customers on Monday.",
        {"Sky"},
    ),
    (
        "Like Ryanair before it, EasyJet has dropped its fee for printing boarding passes at "
        "the airport.",
        {"EasyJet"},
    ),
    (
        "Walmart is following the lead of Target, which abandoned its self-checkout-only "
        "lanes in October.",
        {"Target"},
    ),
    (
        "Greggs has held its prices for a year. Pret, which cancelled its coffee "
        "subscription last year, is now trialling a new one.",
        set(),
    ),
    (
        "Nationwide stands apart from Santander, which has closed branches across the "
        "country. Nationwide has promised to keep every branch open until 2028.",
        set(),
    ),
    (
        "The company is taking a different path from Meta, which has ended its remote-work "
        "policy. Dropbox remains \"virtual first\", its chief executive said.",
        {"Meta"},
    ),
    (
        "Sony's approach contrasts with Microsoft's reversal on game prices: the Xbox maker "
        "backed away from $80 games in July.",
        {"Microsoft"},
    ),
    (
        "As with Spotify's plans, Deezer's changes will be rolled out in stages. Neither "
        "firm has said anything about reversing them.",
        set(),
    ),
    (
        "The bank's stance mirrors that of Lloyds, which has kept its overdraft rate at 39.9% "
        "despite criticism.",
        set(),
    ),
    (
        "Where Zara charges for online returns, Mango has scrapped the charge it introduced "
        "in May.",
        {"Mango"},
    ),
    (
        "Ford's move comes a month after General Motors dropped its plan to stop offering "
        "Apple CarPlay in new cars.",
        {"General Motors"},
    ),
    (
        "In contrast to Disney, Netflix has no plan to bring back the cheaper ad-free tier it "
        "discontinued.",
        set(),
    ),
    (
        "Shopify is the latest firm to rethink remote work. It follows Amazon, which "
        "ordered staff back five days a week in January.",
        set(),
    ),
    (
        "The decision leaves Tesco as the only major grocer to keep the fee. Morrisons "
        "scrapped it on Tuesday.",
        {"Morrisons"},
    ),
    (
        "Microsoft, which reversed its decision to charge for Teams in Europe, is now "
        "facing a new complaint from Slack.",
        {"Microsoft"},
    ),
    (
        "Intel, which has not revisited its plan to cut 15,000 jobs, reported a loss.",
        set(),
    ),
    (
        "Barclays joins HSBC and Lloyds in scrapping fees for sending money abroad.",
        {"Barclays", "HSBC", "Lloyds"},
    ),
    (
        "Nvidia's shares rose after AMD, its closest rival, said it would keep its prices "
        "unchanged.",
        set(),
    ),
]


# Governments, regulators, courts, unions and people reverse; no firm does.
OTHER_ACTORS: list[tuple[str, set[str]]] = [
    (
        "The European Commission has dropped its plan to fine Apple over its app store "
        "rules, people familiar with the matter said.",
        set(),
    ),
    (
        "A federal judge reversed the ruling that had let Meta keep the data. Meta said it "
        "would appeal.",
        set(),
    ),
    (
        "The Treasury scrapped the windfall tax on North Sea producers on Monday. Shell and "
        "BP welcomed the decision.",
        set(),
    ),
    (
        "Unite called off the strike at Heathrow after the airport improved its pay offer. "
        "Heathrow said it was pleased.",
        set(),
    ),
    (
        "The Competition and Markets Authority has withdrawn its objection to Vodafone's "
        "merger with Three.",
        set(),
    ),
    (
        "Ofwat reversed its decision to let Thames Water raise bills by 40%. Thames Water "
        "said it would study the ruling.",
        set(),
    ),
    (
        "The city council scrapped the congestion charge it had planned for delivery vans. "
        "Amazon and DPD, which run large depots in the city, had lobbied against it.",
        set(),
    ),
    (
        "Pilots at British Airways have dropped their demand for a 20% pay rise, the Balpa "
        "union said.",
        set(),
    ),
    (
        "Elon Musk walked back his comments about the union on Tuesday. Tesla did not "
        "respond to a request for comment.",
        set(),
    ),
    (
        "The government reversed its cut to the subsidy for heat pumps, a boost for Octopus "
        "Energy, which installs them.",
        set(),
    ),
    (
        "Germany's finance ministry has shelved the digital tax, to the relief of Google, "
        "Amazon and Meta.",
        set(),
    ),
    (
        "The Supreme Court overturned the ban on Uber's app in the state. Uber's shares "
        "rose 3%.",
        set(),
    ),
    (
        "Shareholders of Unilever withdrew their resolution after the company agreed to "
        "publish more data on plastic.",
        set(),
    ),
    (
        "The Federal Trade Commission dropped its case against Microsoft's purchase of "
        "Activision on Friday.",
        set(),
    ),
    (
        "Customers of Netflix can now pause their subscriptions for up to three months, a "
        "new feature the company launched on Monday.",
        set(),
    ),
    (
        "The mayor scrapped plans to sell the land to Tesco after residents protested.",
        set(),
    ),
    (
        "India's telecoms regulator suspended the rule that would have forced Vodafone Idea "
        "and Bharti Airtel to show call names.",
        set(),
    ),
    (
        "Drivers who work for Bolt voted to end their strike on Thursday.",
        set(),
    ),
    (
        "The EU dropped its proposal to require Meta and Google to share revenue with "
        "publishers, a blow to news organisations.",
        set(),
    ),
    (
        "Ireland's Data Protection Commission reversed its approval of LinkedIn's new "
        "advertising tool.",
        set(),
    ),
    (
        "Sir Jim Ratcliffe has dropped his bid for the club, a spokesman said. Ineos, his "
        "chemicals group, declined to comment.",
        set(),
    ),
    (
        "The Spanish government reversed the tax rise on Monday, after Repsol and Iberdrola "
        "said they would cut investment.",
        set(),
    ),
]


# Reversals told as background years ago.
PAST_BACKGROUND: list[tuple[str, set[str]]] = [
    (
        "Back in 2021, Twitter scrapped its plan to charge for tweetdeck. Its successor, X, "
        "said on Monday it would charge for posting.",
        set(),
    ),
    (
        "Netflix, which abandoned its cheapest ad-free tier in 2023, raised prices again "
        "this week.",
        set(),
    ),
    (
        "Tesco has announced a new loyalty scheme. The grocer famously dropped its Clubcard "
        "vouchers scheme a decade ago before reviving it.",
        set(),
    ),
    (
        "Zoom said on Tuesday that staff living near an office must come in twice a week. "
        "The company reversed a similar plan in 2022.",
        set(),
    ),
    (
        "Lidl's decision echoes Aldi's U-turn in 2019, when it scrapped a bag charge after "
        "a week.",
        set(),
    ),
    (
        "McDonald's has raised the price of its Big Mac again. Three years ago it pulled "
        "the burger from its value menu, then restored it.",
        set(),
    ),
    (
        "Starbucks, which paused its loyalty changes in 2024, is now cutting the number of "
        "free drinks members get.",
        set(),
    ),
    (
        "When Google dropped its plan to kill third-party cookies in 2024, advertisers "
        "cheered. It is now testing a new tracking tool.",
        set(),
    ),
    (
        "Amazon has a long history of U-turns. In 2018 it scrapped its plan to charge "
        "sellers for returns.",
        set(),
    ),
    (
        "Spotify has raised its prices for the third time. It previously dropped a plan to "
        "limit free listening in 2022.",
        set(),
    ),
    (
        "Ryanair has announced new routes. It last backed down on a fee in 2017, when it "
        "scrapped its charge for changing names on tickets.",
        set(),
    ),
    (
        "Apple has raised the price of iCloud storage in Brazil. In 2020 it withdrew a "
        "similar rise in Turkey after a week.",
        set(),
    ),
]


# Predictions, calls, demands, polls, hypotheticals, questions, denials, plans kept,
# "considering" and "under review".
NOT_MADE: list[tuple[str, set[str]]] = [
    (
        "Investors urged BP to drop its plan to cut renewable spending. The company said it "
        "would set out its strategy in February.",
        set(),
    ),
    (
        "Analysts expect Disney to reverse its price rise within months, as subscribers "
        "leave.",
        set(),
    ),
    (
        "Will Tesco scrap its self-checkouts? A poll of 2,000 shoppers found most wanted it "
        "to.",
        set(),
    ),
    (
        "Amazon denied a report that it would scrap its five-day office rule. \"Nothing has "
        "changed,\" a spokesperson said.",
        set(),
    ),
    (
        "Ryanair is considering whether to drop its fee for printed boarding passes, its "
        "chief executive told reporters.",
        set(),
    ),
    (
        "Meta's remote-work policy is under review, a person familiar with the matter said. "
        "No decision has been made.",
        set(),
    ),
    (
        "If Netflix were to restore its basic plan, it would win back price-sensitive "
        "viewers, one analyst said.",
        set(),
    ),
    (
        "Unions called on Royal Mail to reverse the cut to Saturday deliveries. The company "
        "said the change would go ahead.",
        set(),
    ),
    (
        "Starbucks is sticking with its new ordering system, despite complaints from baristas "
        "and customers.",
        set(),
    ),
    (
        "Google has ruled out bringing back its old search layout, a spokesperson said.",
        set(),
    ),
    (
        "Shareholders at Shell will vote next month on a motion urging the company to "
        "abandon new oil projects.",
        set(),
    ),
    (
        "Uber could scrap its surge pricing at airports if regulators press it, people "
        "close to the company said.",
        set(),
    ),
    (
        "Apple has no plans to revisit its App Store fee, its head of services said on "
        "Tuesday.",
        set(),
    ),
    (
        "Sainsbury's dismissed reports that it would drop its Nectar prices scheme, calling "
        "them speculation.",
        set(),
    ),
    (
        "Is Spotify about to reverse its price rise? Not according to the company, which "
        "said the new prices were here to stay.",
        set(),
    ),
    (
        "Nike said it would keep its plan to cut wholesale accounts, rebuffing calls from "
        "retailers to reverse it.",
        set(),
    ),
    (
        "A petition asking Lego to bring back its classic space sets has gathered 90,000 "
        "signatures. Lego has not responded.",
        set(),
    ),
    (
        "Volkswagen may delay its plan to close the Osnabrück plant, two sources said, but "
        "no decision has been taken.",
        set(),
    ),
    (
        "HSBC stood firm on its branch closures on Monday, despite a letter from 40 MPs.",
        set(),
    ),
    (
        "Customers want Monzo to reinstate its free overdraft buffer, a survey by Which? "
        "found.",
        set(),
    ),
    (
        "Microsoft is weighing whether to pause the rollout of its Recall feature, The "
        "Verge reported, citing people familiar with the plans.",
        set(),
    ),
    (
        "Heathrow said it would not reverse its drop-off charge, which rises to £7 in "
        "January.",
        set(),
    ),
    (
        "Airbnb might drop the cleaning fee altogether, its chief executive suggested in a "
        "podcast interview.",
        set(),
    ),
    (
        "Adidas insisted that its decision to end the partnership was final.",
        set(),
    ),
    (
        "Regulators have asked Klarna to suspend its late fees while they investigate.",
        set(),
    ),
    (
        "Ford is unlikely to reverse its decision to end car production at Saarlouis, the "
        "works council said.",
        set(),
    ),
    (
        "There is speculation that Vodafone will drop its mid-contract price rises, but the "
        "company has said nothing.",
        set(),
    ),
    (
        "Dell refused to back down on its office mandate, telling staff who work from home "
        "that they would not be promoted.",
        set(),
    ),
    (
        "Rumours that IKEA would bring back its free delivery spread on social media on "
        "Monday. The company said they were false.",
        set(),
    ),
    (
        "Peloton said it was \"looking at\" whether to restore the free app tier, but "
        "stopped short of committing to it.",
        set(),
    ),
    (
        "Should Burberry abandon its price rises? Analysts at Barclays think so.",
        set(),
    ),
    (
        "Intel has delayed nothing, its chief executive said, denying reports that the "
        "Ohio factory was on hold.",
        set(),
    ),
    (
        "Boeing said it remained committed to its plan to move the 737 line, despite calls "
        "from the union to drop it.",
        set(),
    ),
    (
        "Greenpeace demanded that TotalEnergies scrap its Mozambique gas project.",
        set(),
    ),
    (
        "Deutsche Bank would drop its office rule only if productivity fell, its chief "
        "operating officer said.",
        set(),
    ),
    (
        "Nestlé has kept its pledge to cut sugar in half, despite falling sales of its "
        "reduced-sugar cereals.",
        set(),
    ),
    (
        "Goldman Sachs has not changed its five-day office rule and has no intention of "
        "doing so.",
        set(),
    ),
    (
        "Asked whether Tesco would follow Aldi, a spokesperson said: \"We are always "
        "listening to customers.\"",
        set(),
    ),
    (
        "EasyJet plans to scrap its cabin bag fee next year, subject to approval by its "
        "board, which meets in December.",
        set(),
    ),
    (
        "It is not clear whether Zara will reverse the returns charge. The company did not "
        "respond to requests for comment.",
        set(),
    ),
]


# Subsidiaries and parents.
SUBSIDIARIES: list[tuple[str, set[str]]] = [
    (
        "Instagram has dropped its plan to show full-screen ads in the feed. Its parent "
        "company, Meta, said the test had ended.",
        {"Instagram"},
    ),
    (
        "Alphabet reported a rise in profit. Its YouTube unit has reversed a rule that "
        "barred creators from using AI voices.",
        {"YouTube"},
    ),
    (
        "Inditex owns Zara, Bershka and Pull&Bear. Zara has scrapped its fee for online "
        "returns in Spain; the other brands never charged one.",
        {"Zara"},
    ),
    (
        "LinkedIn has paused its plan to train AI on users' posts in Europe. Microsoft, which "
        "owns the network, said it would not comment.",
        {"LinkedIn"},
    ),
    (
        "Volkswagen's Audi brand has put its plan to close its Brussels plant on hold.",
        {"Audi"},
    ),
    (
        "WhatsApp has rolled back the change to its status feature after complaints. Meta, "
        "its owner, had promoted the update last week.",
        {"WhatsApp"},
    ),
    (
        "Amazon said its Whole Foods chain would keep its new fees. Amazon Fresh, its other "
        "grocery arm, has dropped them.",
        {"Amazon Fresh"},
    ),
    (
        "Unilever's Ben & Jerry's said it would not change its stance. Unilever, for its "
        "part, has scrapped its plan to sell the brand's parent unit this year.",
        {"Unilever"},
    ),
    (
        "Google's parent, Alphabet, has reversed its ban on staff working from abroad.",
        {"Alphabet"},
    ),
    (
        "Virgin Atlantic, part-owned by Delta, has restored its Manchester to Atlanta route.",
        {"Virgin Atlantic"},
    ),
]


# A firm named only after a description in the sentence before, or not at all.
DESCRIBED: list[tuple[str, set[str]]] = [
    (
        "One of Britain's biggest supermarkets has scrapped its plan to charge for "
        "carrier bags online. Asda confirmed the decision on Tuesday.",
        {"Asda"},
    ),
    (
        "A Nordic airline has reversed its ban on pets in the cabin. Finnair said the ban "
        "had cost it customers.",
        {"Finnair"},
    ),
    (
        "The Swedish retailer has dropped its plan to charge for returns. H&M said the "
        "trial had shown customers disliked it.",
        {"H&M"},
    ),
    (
        "A major US bank has dropped its requirement for staff to be in the office five "
        "days a week. JPMorgan declined to comment.",
        set(),
    ),
    (
        "The coffee chain has brought back its oat milk at no extra charge. Costa Coffee "
        "had introduced the 45p charge in June.",
        {"Costa Coffee"},
    ),
    (
        "A large German carmaker has shelved its plan to build a battery plant in Canada, "
        "according to Handelsblatt. BMW, Mercedes-Benz and Volkswagen all have plans in "
        "North America.",
        set(),
    ),
    (
        "Klarna has raised its late fees. The fintech, which was once valued at $45 "
        "billion, has also scrapped its plan to charge for its app.",
        {"Klarna"},
    ),
    (
        "Lidl is opening 40 stores. The discounter has also dropped its controversial "
        "parking charge at its Glasgow store.",
        {"Lidl"},
    ),
    (
        "Tesco's boss said the grocer would not follow Aldi. The discounter scrapped its "
        "bag charge on Monday.",
        set(),
    ),
    (
        "An unnamed retailer has reversed its ban on working from home, according to a "
        "survey by Deloitte.",
        set(),
    ),
]


# An executive of one firm speaking of another's act, or quoting a turn.
QUOTES_ABOUT_OTHERS: list[tuple[str, set[str]]] = [
    (
        "\"We will not do what Amazon did and reverse our policy,\" Walmart's chief "
        "executive said.",
        set(),
    ),
    (
        "Aldi's UK chief said Lidl had \"caved\" by scrapping its price promise. Lidl said "
        "the promise had been updated, not dropped.",
        set(),
    ),
    (
        "\"Ryanair's reversal shows the fee was wrong,\" said EasyJet's commercial director. "
        "Ryanair dropped the charge last week.",
        {"Ryanair"},
    ),
    (
        "Jensen Huang, Nvidia's chief executive, said AMD's decision to scrap its gaming "
        "chip was \"a mistake\".",
        {"AMD"},
    ),
    (
        "\"We scrapped the fee because customers hated it,\" said Jane Price, chief "
        "executive of Monzo.",
        {"Monzo"},
    ),
    (
        "Marc Benioff, Salesforce's chief executive, praised Slack for bringing back "
        "its free plan.",
        {"Slack"},
    ),
    (
        "\"Nobody at Deutsche Bank is reversing anything,\" its chief executive said of "
        "the office rule.",
        set(),
    ),
    (
        "The head of Barclays said he had no intention of following HSBC, which scrapped "
        "its branch closures last week.",
        {"HSBC"},
    ),
    (
        "\"Our rivals have backtracked; we have not,\" said Michael O'Leary, Ryanair's "
        "chief executive.",
        set(),
    ),
    (
        "Asked about Google's U-turn on cookies, Apple's privacy chief said the company's "
        "own rules were unchanged.",
        {"Google"},
    ),
]


# Real reversals, told the ways reporters tell them.
REAL: list[tuple[str, set[str]]] = [
    (
        "Sonos has brought back the alarm feature it removed from its app in May, after "
        "months of complaints from customers.",
        {"Sonos"},
    ),
    (
        "After a backlash from parents, Lego has dropped its plan to stop making "
        "its Duplo train sets.",
        {"Lego"},
    ),
    (
        "Ryanair has made a U-turn on its plan to charge for airport check-in, saying the "
        "fee had confused customers.",
        {"Ryanair"},
    ),
    (
        "Two weeks after announcing it, Pret A Manger has scrapped its plan to charge "
        "non-subscribers more for coffee.",
        {"Pret A Manger"},
    ),
    (
        "The new rule, announced by Amazon in September, has been scrapped, the company "
        "told staff in an email on Monday.",
        {"Amazon"},
    ),
    (
        "Staff at Dell will once again be able to work from home two days a week, after "
        "the company reversed its office mandate.",
        {"Dell"},
    ),
    (
        "In a climbdown, Thames Water has withdrawn its plan to pay bonuses to its "
        "executives this year.",
        {"Thames Water"},
    ),
    (
        "Greggs has backed down on its plan to close its Newcastle bakery, saving 200 "
        "jobs.",
        {"Greggs"},
    ),
    (
        "Heathrow has scrapped the drop-off fee it introduced last month, a spokesperson "
        "for the airport said.",
        {"Heathrow"},
    ),
    (
        "Microsoft said on Friday that it had shelved its plan to charge Teams users in "
        "Europe for a new feature.",
        {"Microsoft"},
    ),
    (
        "Burberry has abandoned the price rises it imposed on its trench coats in the spring, "
        "cutting them by 10%.",
        {"Burberry"},
    ),
    (
        "Duolingo walked back its \"AI-first\" memo on Tuesday, telling staff it would "
        "not replace contractors with AI.",
        {"Duolingo"},
    ),
    (
        "Costco has reversed a change to its membership rules that barred shoppers from "
        "using a partner's card.",
        {"Costco"},
    ),
    (
        "Octopus Energy is scrapping its exit fees for customers on fixed tariffs, it said "
        "on Wednesday.",
        {"Octopus Energy"},
    ),
    (
        "Following complaints from farmers, Arla has dropped the price cut it had planned "
        "for December.",
        {"Arla"},
    ),
    (
        "Netflix has restored the cheaper ad-free plan in Canada, three months after "
        "removing it.",
        {"Netflix"},
    ),
    (
        "Under pressure from regulators, Meta has dropped the fee it charged European "
        "users who wanted an ad-free Instagram.",
        {"Meta"},
    ),
    (
        "Disney is walking back a change that let it use customers' data for AI training, "
        "the company said in a blog post.",
        {"Disney"},
    ),
    (
        "BT has abandoned the mid-contract price rise it announced in March, it said in a "
        "statement.",
        {"BT"},
    ),
    (
        "Starbucks said it was ending the surcharge on plant-based milk it introduced in "
        "2019.",
        {"Starbucks"},
    ),
]


# A second wave, written after the first was scored: the same traps, other wordings.
MORE_TRAPS: list[tuple[str, set[str]]] = [
    (
        "Sainsbury's is reviewing its decision to close its cafés, a spokesperson said, adding "
        "that no final decision had been taken.",
        set(),
    ),
    (
        "A YouGov poll found that 62% of Britons want Royal Mail to bring back Saturday "
        "deliveries of second-class post.",
        set(),
    ),
    (
        "Primark's owner, Associated British Foods, said the chain had no plans to start "
        "selling online again.",
        set(),
    ),
    (
        "Bosch has cancelled the job cuts it announced at its Homburg plant, after the works "
        "council agreed to shorter hours. ZF, a fellow supplier, is pressing on with its cuts.",
        {"Bosch"},
    ),
    (
        "The Financial Conduct Authority told banks to scrap the fees. Santander said it "
        "would comply; Metro Bank had already dropped them in June.",
        {"Metro Bank"},
    ),
    (
        "Tesla's chief executive said he might bring back the cheaper Model S, but Tesla has "
        "made no announcement.",
        set(),
    ),
    (
        "Asos has brought back free returns for orders over £40, reversing the charge it "
        "introduced for frequent returners in the spring.",
        {"ASOS"},
    ),
    (
        "Pilots' union Vereinigung Cockpit has suspended its strike at Lufthansa, which "
        "said it was ready to talk.",
        set(),
    ),
    (
        "Nintendo has not backed down on the price of its new console, despite a fall in "
        "preorders. Sony cut the price of the PlayStation 5 in Japan last month.",
        set(),
    ),
    (
        "The bank's customers can once again use their cards abroad without a fee, HSBC "
        "said on Monday, two months after it introduced the charge.",
        {"HSBC"},
    ),
    (
        "Analysts at Morgan Stanley said Apple could drop the price of the iPhone 17 in "
        "China. Apple declined to comment.",
        set(),
    ),
    (
        "Ubisoft said it had reversed its decision to shut down the servers of three older "
        "games, after an outcry from players.",
        {"Ubisoft"},
    ),
    (
        "Staff at Amazon's Coventry warehouse voted to call off their strike. Amazon said "
        "it had offered a pay rise of 50p an hour.",
        set(),
    ),
    (
        "Reckitt is said to be weighing a U-turn on the sale of its Dettol brand, people "
        "familiar with the matter said.",
        set(),
    ),
    (
        "Lloyds Banking Group is keeping its branch closures on track. Its Halifax brand, "
        "however, has reprieved six branches due to close in December.",
        {"Halifax"},
    ),
    (
        "Shopify's president said other firms that had dropped remote work were making a "
        "mistake. Shopify has no plans to change its policy.",
        set(),
    ),
    (
        "Meta, whose chief executive said in 2023 that the company would not bring back "
        "remote work, has not changed its stance.",
        set(),
    ),
    (
        "Fewer than half of retailers expect Amazon to drop its new seller fee, according to "
        "a survey by Marketplace Pulse.",
        set(),
    ),
    (
        "Unite has called on Ford to reverse its plan to close the Dagenham engine plant. "
        "Ford said the closure would go ahead as planned.",
        set(),
    ),
    (
        "After a week of protests by drivers, Bolt has scrapped the commission rise it "
        "imposed in Nairobi.",
        {"Bolt"},
    ),
]


# A third wave (30 passages, scored once before the rules they led to: 21 right): claims,
# denials, descriptions between two firms, names in asides.
CLAIMS_AND_ASIDES: list[tuple[str, set[str]]] = [
    (
        "Sony reverses PC account requirement for Helldivers 2\n\nSony has dropped the "
        "requirement for PC players to link a PlayStation Network account, after a flood of "
        "negative reviews.",
        {"Sony"},
    ),
    (
        "No other airline has restored free checked bags on European routes since Wizz Air "
        "did so in October. Ryanair said it would not.",
        {"Wizz Air"},
    ),
    (
        "Tesco's decision to keep its Clubcard prices came as Asda abandoned its own price-"
        "match scheme.",
        {"Asda"},
    ),
    (
        "Ocado has scrapped its delivery charge for orders over £40. The online grocer, which"
        " is part-owned by Marks & Spencer, said the charge had deterred new customers.",
        {"Ocado"},
    ),
    (
        "Marks & Spencer, which part-owns Ocado, said the online grocer had scrapped its "
        "delivery charge.",
        {"Ocado"},
    ),
    (
        "The regulator's U-turn on the merger is good news for Vodafone, whose shares rose "
        "4%.",
        set(),
    ),
    (
        "Cancellation fees at Virgin Active will rise next year, the gym chain said.",
        set(),
    ),
    (
        "Weigh in: should Netflix bring back its basic plan? Tell us in the comments.",
        set(),
    ),
    (
        "Rolls-Royce said it was the first engine maker to restore full pension "
        "contributions. GE Aerospace and Safran have not followed.",
        {"Rolls-Royce"},
    ),
    (
        "Siemens Energy shares fell after the German government withdrew its guarantee for "
        "the company's wind unit.",
        set(),
    ),
    (
        "Chipotle customers had complained for months before the chain quietly restored its "
        "old portion sizes.",
        {"Chipotle"},
    ),
    (
        "The chain, which Costa Coffee bought in 2019, has ended its loyalty card. Costa said"
        " the scheme would move to its app.",
        set(),
    ),
    (
        "Carrefour's Belgian franchisees have dropped their legal challenge to the group's "
        "store conversions.",
        set(),
    ),
    (
        "\"We have abandoned nothing,\" Shell's chief executive told investors, rejecting "
        "reports that the company had scrapped its wind targets.",
        set(),
    ),
    (
        "Ryanair, EasyJet and Wizz Air all said they would keep their bag fees. Jet2, which "
        "has never charged one, said it would keep it that way.",
        set(),
    ),
    (
        "Volkswagen's works council said the company had shelved the plant closures, though "
        "Volkswagen itself said only that talks were continuing.",
        set(),
    ),
    (
        "Maersk and MSC ended their 2M alliance in 2025. Maersk has now scrapped the "
        "emergency surcharge it imposed on Red Sea routes.",
        {"Maersk"},
    ),
    (
        "A spokesperson for Nestlé said the company would not reverse the price rises, adding"
        " that Unilever had done the same.",
        set(),
    ),
    (
        "Former Starbucks chief Howard Schultz criticised the company for dropping its open-"
        "door policy.",
        {"Starbucks"},
    ),
    (
        "The company behind Tinder, Match Group, has scrapped its plan to charge for the "
        "app's swipe feature.",
        {"Match Group"},
    ),
    (
        "Boeing's largest union said the company had pulled its contract offer, a claim "
        "Boeing denied.",
        set(),
    ),
    (
        "After Apple scrapped its plan to scan iCloud photos in 2022, Google faced questions "
        "about its own scanning.",
        set(),
    ),
    (
        "Deliveroo riders in Leeds have won back the minimum fee Deliveroo cut in August, the"
        " IWGB union said.",
        {"Deliveroo"},
    ),
    (
        "Lidl GB has not scrapped its bag charge, contrary to reports on social media, the "
        "company said.",
        set(),
    ),
    (
        "Investors cheered as Burberry dropped its guidance for the year, sending the shares "
        "up 8%.",
        set(),
    ),
    (
        "Primark has no online shop. It closed a click-and-collect trial in 2023 and has not "
        "reopened it, though it says it may.",
        set(),
    ),
    (
        "Vodafone and Three said regulators had cleared their merger. Separately, O2 reversed"
        " a price rise on its SIM-only deals.",
        {"O2"},
    ),
    (
        "Uber's plan to drop tipping in Germany has been delayed, a spokesperson said.",
        {"Uber"},
    ),
    (
        "The firm will bring back its Friday four-hour shifts, Aldi said, after staff "
        "complained.",
        {"Aldi"},
    ),
    (
        "Staff at Barclays welcomed the bank's decision to scrap its office tracking system.",
        {"Barclays"},
    ),
]


# A fourth wave: ten whole articles in the outside writers' styles (live blog, Q&A, opinion,
# paraphrase, trade press, roundup), scored once before the rules they led to: 5 right.
MORE_ARTICLES: list[tuple[str, set[str]]] = [
    (
        "Title: Live: retail results day\n\n09:12 Kingfisher, owner of B&Q and Screwfix, says "
        "trading was flat in the third quarter.\n\n09:40 Currys has reversed its decision to "
        "charge for recycling old fridges, a spokesperson tells us. The fee was introduced in"
        " September.\n\n10:05 Shares in Dunelm are down 3% after it warned on margins. The "
        "homewares chain kept its full-year guidance.\n\n10:30 A reader asks whether B&Q will "
        "follow Currys. Kingfisher declined to say.",
        {"Currys"},
    ),
    (
        "Title: Q&A: why banks keep changing their minds on branches\n\nQ: Which banks have "
        "reversed closures this year?\nA: Only a handful. TSB paused 12 closures in March. "
        "Most, like NatWest and Lloyds, have pressed on.\n\nQ: Will more follow?\nA: Analysts at"
        " Shore Capital think HSBC could pause some, but the bank says its plans are "
        "unchanged.",
        {"TSB"},
    ),
    (
        "Title: Opinion: the four-day week is not dead\n\nWhen Atom Bank moved to a four-day "
        "week in 2021, critics said it would not last. It has. Yet this month a software firm"
        " in Leeds, Sage, quietly dropped its own pilot of the idea, and headlines called it "
        "the end of an experiment.\n\nThe truth is more mixed. Bolt, the Estonian ride-hailing "
        "firm, has extended its trial; Unilever's New Zealand arm, which tested it in 2020, "
        "scrapped it two years later.",
        {"Sage"},
    ),
    (
        "Title: Paraphrased: Grocery chain walks again on loyalty shift\n\nThe grocery chain "
        "Morrisons has walked again on its resolution to finish paper coupons for its loyalty"
        " members, the agency mentioned on Tuesday.\n\nThe shift, introduced in August, had "
        "angered older buyers. Rival Tesco, which ended paper vouchers in 2022, mentioned it "
        "had no plans to deliver them again.",
        {"Morrisons"},
    ),
    (
        "Title: Shipping lines split on Red Sea surcharge\n\nHapag-Lloyd has cut the emergency "
        "surcharge it levied on Asia-Europe cargo since January, the German carrier said on "
        "Monday.\n\nCMA CGM and Maersk kept theirs. MSC, the world's biggest container line, "
        "said it would review its own in December.\n\nFreight forwarders, including "
        "Kuehne+Nagel, welcomed Hapag-Lloyd's move but said rates remained high.",
        {"Hapag-Lloyd"},
    ),
    (
        "Title: Streaming services and the password crackdown\n\nNetflix started charging for "
        "shared accounts in 2023 and has never looked back. Disney followed a year later.\n\n"
        "This week Max said it would delay its own crackdown until spring, citing technical "
        "problems. Paramount+ has no such plans, a spokesperson said.",
        {"Max"},
    ),
    (
        "Title: Carmaker reinstates night shift\n\nStellantis will restore the night shift at "
        "its Ellesmere Port van plant from January, reversing a cut made in the summer, the "
        "Unite union said on Thursday.\n\nThe company confirmed the change. Vauxhall, the "
        "Stellantis brand built at the plant, had blamed weak demand for the cut.",
        {"Stellantis"},
    ),
    (
        "Title: Telecoms firm denies U-turn\n\nBT has denied that it is reversing its plan to "
        "switch off landlines, after a report in The Telegraph said the company had put the "
        "switch-off on hold.\n\n\"The programme continues,\" a spokesperson said. Virgin Media, "
        "which paused its own switch-off in 2024, did not comment.",
        set(),
    ),
    (
        "Title: Weekly roundup: five U-turns\n\n1. Greggs brought back its festive bake after a"
        " social media campaign.\n\n2. Pret has restored its 'Club Pret' discount in Scotland."
        "\n\n3. Aldi denied it was scrapping its price match.\n\n4. The Scottish government "
        "dropped its deposit return scheme.\n\n5. Lego said it was reconsidering its decision "
        "to stop making the Technic line.",
        {"Pret A Manger", "Greggs"},
    ),
    (
        "Title: Airline scraps seat fee for families\n\nAn Irish airline has scrapped its "
        "charge for seating children next to their parents, after pressure from the European "
        "Commission.\n\nAer Lingus said the change would apply to all bookings from Monday. "
        "Ryanair, which also charges the fee, said it had no plans to follow.",
        {"Aer Lingus"},
    ),
]


# A fifth wave: ten whole articles, most machine-paraphrased or translated, scored once before
# the rules they led to: 6 right (no wrong firm credited but a name spelt otherwise).
PARAPHRASED_AND_TRANSLATED: list[tuple[str, set[str]]] = [
    (
        "Title: Bank drops plan to shut branches\n\nLondon-based lender Metro Bank has deserted"
        " its plan to shut 20 branches, the agency mentioned on Monday. The transfer comes "
        "after Santander and Lloyds each introduced closures this 12 months, which neither "
        "has reversed.\n\nAnalysts at Peel Hunt mentioned the choice would value the financial "
        "institution about £5 million a 12 months.",
        {"Metro Bank"},
    ),
    (
        "Title: Carmaker walks again on EV goal\n\nSwedish carmaker Volvo Cars has walked again"
        " on its pledge to promote solely electrical automobiles by 2030, the corporate "
        "mentioned.\n\nThe goal, set in 2021, had been praised by local weather teams. Rival "
        "Polestar mentioned it might not observe.",
        {"Volvo Cars"},
    ),
    (
        "Title: Union hails pay deal\n\nThe GMB union has referred to as off strikes at Asda's "
        "distribution centres after the grocery store improved its pay supply, the union "
        "mentioned on Friday.\n\nAsda mentioned it was happy the dispute was over.",
        set(),
    ),
    (
        "Title: Translated: Supermarket chain gives up on plastic bag fee\n\n[Translated from "
        "Polish.]\n\nBiedronka, the largest supermarket chain in Poland, has given up the fee "
        "for plastic bags introduced in June, the company announced on Tuesday. Lidl Polska "
        "and Kaufland, which also charge for bags, said they would not change their policy.\n\n"
        "Jerónimo Martins, the Portuguese group that owns Biedronka, did not comment.",
        {"Biedronka"},
    ),
    (
        "Title: Fintech backs off from ending free trading\n\nTrading app Trading 212 has "
        "backed off from a plan to end commission-free trading for UK customers, two weeks "
        "after announcing it.\n\nRivals Freetrade and eToro have charged commissions on some "
        "trades since 2024. \"We got this wrong,\" Trading 212's chief executive said.",
        {"Trading 212"},
    ),
    (
        "Title: Airline group reverses course on lounge access\n\nIAG's Iberia has reversed its"
        " decision to restrict lounge access for economy passengers with status, the airline "
        "said.\n\nBritish Airways, which belongs to the same group, made a similar change in "
        "2023 and kept it.",
        {"Iberia"},
    ),
    (
        "Title: Streaming price rise put on hold\n\nA price rise for Now subscribers has been "
        "put on hold, Sky said on Thursday, after Ofcom opened an inquiry into how the "
        "increase was communicated.\n\nThe regulator said it would still look at the matter.",
        {"Sky"},
    ),
    (
        "Title: Energy supplier scraps exit fees\n\nOvo Energy has scrapped exit fees on its "
        "fixed tariffs. The supplier's move follows Octopus Energy, which axed its own exit "
        "fees in the summer.\n\nBritish Gas said it had no plans to follow the pair.",
        {"Ovo Energy", "Octopus Energy"},
    ),
    (
        "Title: Newsletter: The week in work\n\nThis week: remote work, again. Atlassian told "
        "staff they could keep working from anywhere. Dell, which ordered everyone back in "
        "March, is reportedly reconsidering. And Grab has reversed its four-day office rule "
        "for engineers in Singapore, according to a memo seen by this newsletter.\n\nReply to "
        "this email to tell us what your employer is doing.",
        {"Grab"},
    ),
    (
        "Title: Court blocks retailer's Sunday opening\n\nA court in Vienna has overturned a "
        "decision allowing Spar to open its stores on Sundays. Spar said it would comply and "
        "close the stores.\n\nRewe, which had planned to follow Spar, has dropped its plans.",
        {"Rewe"},
    ),
]


# A sixth wave: offers, threats, hints, votes, agreements and reactions, scored once before
# the rules they led to: 17 of 20 (one expectation, 'Foot Locker … said it welcomed the
# reversal', set to no credit on review: the passage names no firm that reversed).
OFFERS_AND_REACTIONS: list[tuple[str, set[str]]] = [
    (
        "Ryanair is poised to reverse its cabin bag fee, people briefed on the plan said.",
        set(),
    ),
    (
        "EasyJet has threatened to scrap its Belfast base if the airport raises charges.",
        set(),
    ),
    (
        "Tesco has agreed to drop the clause from its supplier contracts, the groceries "
        "watchdog said.",
        {"Tesco"},
    ),
    (
        "Unilever offered to drop the price rise if retailers took more stock, but talks "
        "collapsed.",
        set(),
    ),
    (
        "Shell signalled it may slow its buyback, but made no firm commitment.",
        set(),
    ),
    (
        "Barclays was forced to abandon its plan to close the Penzance branch after a "
        "campaign by residents.",
        {"Barclays"},
    ),
    (
        "The board of Whitbread voted on Monday to scrap the company's plan to sell its Costa"
        " stake.",
        {"Whitbread"},
    ),
    (
        "Zara hinted that it could bring back free returns in Spain, without giving a date.",
        set(),
    ),
    (
        "Aviva said it would scrap its admin fee for pensions from January.",
        {"Aviva"},
    ),
    (
        "Nationwide will restore its branch in Totnes only if footfall recovers, the society "
        "said.",
        set(),
    ),
    (
        "The mayor asked Uber to suspend its surge pricing during the strike. Uber agreed and"
        " suspended it on Tuesday.",
        {"Uber"},
    ),
    (
        "Sony had been expected to drop the account requirement. Instead, it doubled down.",
        set(),
    ),
    (
        "Pret A Manger has not yet decided whether to scrap the subscription, its chief "
        "executive said.",
        set(),
    ),
    (
        "Burberry's decision to scrap its dress code, reported by Bloomberg last week, was "
        "confirmed by the company on Monday.",
        {"Burberry"},
    ),
    (
        "Virgin Media denied it had reversed its price rise, saying the new rate applied only"
        " to new customers.",
        set(),
    ),
    (
        "Whether Amazon will reverse its return-to-office rule is the question on staff "
        "forums this week.",
        set(),
    ),
    (
        "Greggs quietly reinstated its loyalty reward last month, customers noticed, though "
        "the company never announced it.",
        {"Greggs"},
    ),
    (
        "Nike's new chief executive has begun unwinding the strategy of his predecessor, "
        "restoring wholesale deals with Foot Locker.",
        {"Nike"},
    ),
    (
        "Foot Locker, which lost Nike stock in 2022, said it welcomed the reversal.",
        set(),
    ),
    (
        "The reversal was welcomed by Foot Locker, which had lost its Nike stock in 2022.",
        set(),
    ),
]


# A seventh wave: lists, negated and blocked acts, firsts and nexts, units named by their
# parents, scored once before any rule it might lead to: 17 of 20, the three left all misses,
# none a wrong firm.
LISTS_AND_NEGATIONS: list[tuple[str, set[str]]] = [
    (
        "Neither Tesco nor Sainsbury's has dropped the charge, despite the backlash.",
        set(),
    ),
    (
        "Asda, like Morrisons, has dropped the charge for online deliveries over £40.",
        {"Morrisons", "Asda"},
    ),
    (
        "Lidl is the second grocer after Aldi to scrap the charge this month.",
        {"Aldi", "Lidl"},
    ),
    (
        "Ocado could become the next grocer to drop its delivery pass fee, analysts said.",
        set(),
    ),
    (
        "Unlike Tesco, Sainsbury's has not dropped its Nectar prices scheme.",
        set(),
    ),
    (
        "Boots did not scrap the fee but cut it to £1, a spokesperson said.",
        set(),
    ),
    (
        "Whitbread's decision not to scrap the breakfast charge surprised analysts.",
        set(),
    ),
    (
        "Uber's move to drop the booking fee was blocked by the city's regulator.",
        set(),
    ),
    (
        "Klarna tried to scrap the late fee in Sweden but was overruled by its board.",
        set(),
    ),
    (
        "Etsy became the first marketplace to reverse its payment-processing fee rise.",
        {"Etsy"},
    ),
    (
        "Co-op and Iceland both said on Tuesday that they had scrapped the minimum spend on "
        "deliveries.",
        {"Co-op", "Iceland"},
    ),
    (
        "Vodafone's rival EE has scrapped its mid-contract price rises, EE said.",
        {"EE"},
    ),
    (
        "Retailers such as Next and Primark have kept their returns fees. Only Zara has "
        "dropped its fee.",
        {"Zara"},
    ),
    (
        "First Bus has reinstated the routes it cut in Leeds. Arriva and Stagecoach, which "
        "run services in the city, made no changes.",
        {"First Bus"},
    ),
    (
        "BT said EE, its mobile arm, had scrapped roaming charges in Europe.",
        {"EE"},
    ),
    (
        "The Co-op said it was \"disappointed\" that Nisa had scrapped the deal.",
        {"Nisa"},
    ),
    (
        "Deutsche Bahn reversed the fare rise after the transport ministry intervened. "
        "Lufthansa said it would keep its own fares.",
        {"Deutsche Bahn"},
    ),
    (
        "Some Ford dealers have dropped the mark-ups they added to electric models, according"
        " to a survey.",
        set(),
    ),
    (
        "Staff at Google have been told they can work from home again on Fridays.",
        {"Google"},
    ),
    (
        "Two sources told Reuters that HSBC was preparing to scrap its branch closure plan.",
        set(),
    ),
]


# Whole articles, the traps in context.
ARTICLES: list[tuple[str, set[str]]] = [
    (
        "Title: Harbour Bank drops overdraft fee after customer revolt\n\n"
        "Harbour Bank has scrapped the £5 monthly fee it began charging on arranged "
        "overdrafts in September, after thousands of customers closed their accounts.\n\n"
        "The lender said the fee had been \"a mistake\". Rivals Lloyds and NatWest, which "
        "charge no such fee, said they had gained customers.\n\n"
        "Consumer group Which? had called on the bank to drop the charge, and the Financial "
        "Conduct Authority said it was reviewing overdraft pricing across the sector.",
        {"Harbour Bank"},
    ),
    (
        "Title: Supermarkets hold firm on prices as Lidl blinks\n\n"
        "Lidl has reversed the price rises it put through on 200 own-brand products last "
        "month, the discounter said on Tuesday.\n\n"
        "Aldi, Tesco and Asda said they had no plans to cut their own prices. \"We will keep "
        "prices where they are,\" a Tesco spokesperson said.\n\n"
        "Analysts at Barclays said they expected Aldi to follow within weeks. Sainsbury's "
        "declined to comment.",
        {"Lidl"},
    ),
    (
        "Title: The union wins: Nordvik Freight backs down on shift rules\n\n"
        "Nordvik Freight has withdrawn its plan to move warehouse staff to 12-hour shifts, "
        "after a two-week strike by members of the GMB union.\n\n"
        "The GMB said it had called off further action. The company's biggest customer, "
        "Tesco, had warned it might move its contract.\n\n"
        "Nordvik Freight's chief executive, Lars Eriksen, said the company had \"listened\".",
        {"Nordvik Freight"},
    ),
    (
        "Title: Will Amazon blink on the office?\n\n"
        "Amazon's five-day office mandate is now a year old. Staff have signed petitions, and "
        "some managers have quietly let teams work from home on Fridays.\n\n"
        "Yet the company has shown no sign of reversing the rule. Salesforce and Dell, which "
        "introduced similar mandates, have also kept them.\n\n"
        "Analysts say a climbdown is unlikely before the summer.",
        set(),
    ),
    (
        "Title: Government scraps sugar levy; drinks makers cheer\n\n"
        "The government has scrapped the soft drinks levy, the Treasury said on Monday.\n\n"
        "Coca-Cola, Britvic and AG Barr, which had cut sugar in their drinks to avoid the "
        "levy, welcomed the move. Britvic said it would not change its recipes.\n\n"
        "Health campaigners called the U-turn \"a disaster\".",
        set(),
    ),
    (
        "Title: Spotify pulls price rise in Nordic markets\n\n"
        "Spotify has withdrawn the price rise it announced for Sweden, Norway and Denmark, "
        "the company said on Thursday.\n\n"
        "The rise, of 10 kronor a month, was due to take effect in January. The company "
        "did not say why it had changed course.\n\n"
        "Apple Music and Deezer raised their own prices in the region in the summer, and "
        "neither has reversed the rises.",
        {"Spotify"},
    ),
    (
        "Title: Rail firm restores buffet cars after passenger outcry\n\n"
        "A train operator has brought back the buffet cars it withdrew from its London to "
        "Edinburgh trains in the spring.\n\n"
        "LNER said passengers had made clear they missed the service. The Department for "
        "Transport, which owns the operator, said it supported the decision.",
        {"LNER"},
    ),
    (
        "Title: Car makers split over EV targets\n\n"
        "Volvo Cars has dropped its target to sell only electric cars by 2030, the Swedish "
        "company said on Wednesday.\n\n"
        "Polestar, which is partly owned by Volvo Cars' parent Geely, said its own target "
        "was unchanged. BMW and Mercedes-Benz never set one.\n\n"
        "Ford, which scaled back its EV spending in 2024, said nothing further.",
        {"Volvo Cars"},
    ),
    (
        "Title: Investors press Unilever to drop ice cream sale\n\n"
        "A group of investors has urged Unilever to abandon the sale of its ice cream "
        "business, arguing it is selling at the bottom of the market.\n\n"
        "Unilever said the sale was on track. Nestlé, which sold its own US ice cream arm in "
        "2019, declined to comment.\n\n"
        "Shares in Unilever were little changed.",
        set(),
    ),
    (
        "Title: Tech firms rethink office rules\n\n"
        "Zoom is letting staff work from home full time again, reversing a rule that "
        "required them in the office twice a week.\n\n"
        "Google and Meta, which require three days, said their policies had not changed. "
        "Amazon, which moved to five days in January, said the same.\n\n"
        "Slack's owner, Salesforce, is reviewing its policy, a person familiar with it "
        "said.",
        {"Zoom"},
    ),
    (
        "Title: Courts and councils: a week of reversals\n\n"
        "A Dutch court has overturned a ban on Uber drivers working as contractors, while "
        "Amsterdam's city council has dropped its plan to cap holiday lets on Airbnb.\n\n"
        "Uber said it welcomed the ruling. Airbnb said it had always worked with the city.\n\n"
        "Neither company has changed its own rules.",
        set(),
    ),
    (
        "Title: Brewer keeps prices as rival retreats\n\n"
        "Heineken said on Tuesday it would keep the 5% price rise it put through in "
        "October.\n\n"
        "Its Danish rival Carlsberg, which had announced a similar rise, has since dropped "
        "it for pubs in Britain, citing weak demand.\n\n"
        "AB InBev, the world's biggest brewer, declined to comment.",
        {"Carlsberg"},
    ),
]


CASES = (
    ROUNDUPS + COMPARISONS + OTHER_ACTORS + PAST_BACKGROUND + NOT_MADE + SUBSIDIARIES
    + DESCRIBED + QUOTES_ABOUT_OTHERS + REAL + MORE_TRAPS + CLAIMS_AND_ASIDES + ARTICLES
    + MORE_ARTICLES + PARAPHRASED_AND_TRANSLATED + OFFERS_AND_REACTIONS + LISTS_AND_NEGATIONS
)


# Passages the rules still get wrong (their first 50 characters): each must fail, so one that
# starts passing is noticed and taken off the list.
KNOWN_GAPS = {
    'Vodafone will keep its mid-contract price rises, a',
    'Deliveroo and Just Eat were both asked whether the',
    'Toyota, Honda and Nissan were all asked by the min',
    'Barclays joins HSBC and Lloyds in scrapping fees f',
    'EasyJet plans to scrap its cabin bag fee next year',
    'Alphabet reported a rise in profit. Its YouTube un',
    'Amazon said its Whole Foods chain would keep its n',
    "Google's parent, Alphabet, has reversed its ban on",
    "One of Britain's biggest supermarkets has scrapped",
    'A Nordic airline has reversed its ban on pets in t',
    "Marc Benioff, Salesforce's chief executive, praise",
    'The new rule, announced by Amazon in September, ha',
    'BT has abandoned the mid-contract price rise it an',
    'The Financial Conduct Authority told banks to scra',
    "The bank's customers can once again use their card",
    'Lloyds Banking Group is keeping its branch closure',
    'No other airline has restored free checked bags on',
    "Tesco's decision to keep its Clubcard prices came ",
    'Marks & Spencer, which part-owns Ocado, said the o',
    'Chipotle customers had complained for months befor',
    "Volkswagen's works council said the company had sh",
    'Deliveroo riders in Leeds have won back the minimu',
    'Vodafone and Three said regulators had cleared the',
    "Staff at Barclays welcomed the bank's decision to ",
    'Title: Rail firm restores buffet cars after passen',
    'Title: Car makers split over EV targets\n\nVolvo Car',
    'Title: Q&A: why banks keep changing their minds on',
    'Title: Opinion: the four-day week is not dead\n\nWhe',
    'Title: Shipping lines split on Red Sea surcharge\n\n',
    'Title: Airline scraps seat fee for families\n\nAn Ir',
    'Title: Carmaker walks again on EV goal\n\nSwedish ca',
    'Title: Fintech backs off from ending free trading\n',
    'Asda, like Morrisons, has dropped the charge for o',
    'Lidl is the second grocer after Aldi to scrap the ',
    'Co-op and Iceland both said on Tuesday that they h',
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
