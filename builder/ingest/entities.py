"""Who an article is about: companies (known and unlisted), outlets and people.

Known names come from the gazetteer. An unlisted company is recognised by how the text speaks
of it: a legal suffix ("Zentrix Robotics Inc."), a role ("Harbor & Finch CEO ..."), a
statement ("Kølbeck said"), a possessive with a corporate noun ("Brightwell's employees"), an
apposition ("Fjordline, the Oslo-based startup") or being the subject of a reversal.
Sentence-initial words, months, places, roles and people's names are filtered out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

_UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())
# One way only to match a word: "Widgets" as "Widg" + "ets" made name lists (", ... and ...")
# take exponential time on a run of names ("Acme Inc., Acme Inc., ...").
CAP = (
    r"(?:(?:Co|Inc|Corp|Ltd|Bros)\.(?!\w)"
    rf"|[{re.escape(_UPPER)}]\w*(?:[-&]\w+)*(?:['’](?!s\b)\w+)*(?:\.\w+)?"
    rf"|[ie][{re.escape(_UPPER)}][a-z]\w*)"  # "iFood", "eBay"
)
_CAP_WORD = rf"[{re.escape(_UPPER)}][\w&]*"
_PARTICLES = r"(?:von|van|de|da|del|della|der|den|di|du|la|le|bin|al|ter|ten|dos|das|y)"
_INITIAL = rf"[{re.escape(_UPPER)}]\.(?=\s)"
NAME = (
    rf"(?:(?:{_INITIAL}\s+){{1,2}}{CAP}"
    rf"|{CAP}(?:\s+(?:{_PARTICLES}\s+|{_INITIAL}\s+)*{CAP}){{1,3}})"
)
_CONNECT = r"(?:\s+(?:&|\+|de|du|des|la|le|del|of|y|und|et|do|da|dos|das|van|von|der)\s+|\s+)"
SEQ = rf"{CAP}(?:{_CONNECT}{CAP}){{0,5}}"

ROLE = (
    r"(?:CEO|CTO|CFO|COO|CMO|CPO|CIO|CHRO|chief executive(?: officer)?|chief [a-z-]+ officer"
    r"|(?:co-?)?founder|president|chairman|chairwoman|chair|spokesperson|spokesman"
    r"|spokeswoman|head of [a-z]+(?: [a-z]+)?|supervisor|director|analyst|vice president|VP"
    r"|economist|professor"
    r"|executive vice president|general counsel|managing director|boss|senator|governor"
    r"|mayor|secretary|minister|representative|councillor|councilor|commissioner|executive"
    r"|manager)"
)
_ROLE_BEFORE = re.compile(rf"\b{ROLE},?\s+(?:(?:and|former|then)\s+)?(?P<n>{NAME})")
_ROLE_AFTER = re.compile(
    rf"(?P<n>{NAME}),\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
    rf"(?:[\w&'’.\-]+(?:['’]s)\s+)?(?:(?:former|new|interim|acting|senior|top|deputy|global)\s+)*"
    rf"(?:(?!(?:as|at|in|of|for|to|and|its|the|with|from)\s)[a-z]+\s+){{0,2}}{ROLE}\b"
)
_HONORIFIC = re.compile(rf"\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Cllr)\.?\s+(?P<n>{NAME})")
# "Ms. Morales", "Cllr Ford": a surname on its own, a person's however a company is named
HONORIFIC_SURNAME = re.compile(
    r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Cllr|Councillor|Sen|Rep|Gov|Sir|Dame)\.?\s+"
    r"(?:(?:de|van|von|der|den|du|da|di|le|la)\s+){0,2}(?P<n>[A-Z][\w'’-]+)(?!\s+[A-Z])"
)
_SAID = re.compile(
    rf"(?P<n>{NAME})\s+(?:said|says|told|wrote|added|noted|explained|argued)\b"
    rf"|\b(?:said|says|according to|wrote|mentioned)\s+(?P<m>{NAME})\b"
)
# "Lee Sharples, 41,", "led by François Provost", "— Aino Virtanen, studio head",
# "Margaret Oyelaran is the chief executive of": only a person is spoken of so.
_PERSON_FORMS = re.compile(
    rf"(?P<n>{NAME}),\s+\d{{1,3}},"
    rf"|\b(?:led|run|headed|founded|chaired)\s+by\s+(?P<m>{NAME})\b"
    rf"|(?<![A-Z]{{2}})(?<![A-Z]{{2}}\s)[—–]\s*(?P<o>{NAME}),\s+[a-z]"  # not "RIO — X, a …"
    rf"|(?P<p>{NAME})\s+is\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?{ROLE}\b"
)

CORPORATE_WORDS = {
    "Group",
    "Holdings",
    "Technologies",
    "Technology",
    "Labs",
    "Robotics",
    "Systems",
    "Foods",
    "Bank",
    "Bancorp",
    "Airlines",
    "Airways",
    "Motors",
    "Motor",
    "Pharmaceuticals",
    "Pharma",
    "Logistics",
    "Analytics",
    "Software",
    "Networks",
    "Industries",
    "Enterprises",
    "Partners",
    "Capital",
    "Ventures",
    "Media",
    "Studios",
    "Energy",
    "Telecom",
    "Insurance",
    "Financial",
    "Brands",
    "Stores",
    "Dynamics",
    "Semiconductor",
    "Semiconductors",
    "Biotech",
    "Therapeutics",
    "Interactive",
    "Games",
    "Entertainment",
    "Chemicals",
    "Beverages",
    "Apparel",
    "Automotive",
    "Aerospace",
    "Mining",
    "Steel",
    "Company",
    "Corporation",
    "Incorporated",
    "Limited",
    "Trading",
    "Retail",
    "Outfitters",
    "Mills",
    "Breweries",
    "Brewing",
    "Cosmetics",
    "Electronics",
    "Devices",
    "Instruments",
    "Microsystems",
    "Cloud",
    "Digital",
    "Bakeries",
    "Markets",
    "Supermarkets",
    "Hotels",
    "Resorts",
    "Shipping",
    "Freight",
    "Robotique",
    "Gruppe",
    "Werke",
    "Bancorporation",
    "Platforms",
    "Data",
    "AI",
    "Resources",
    "Dairies",
    "Farms",
    "Homes",
    "Mobile",
    "Pharmacy",
    "Pharmacies",
    "Bakery",
    "Furniture",
    "Hypermarkets",
    "Rail",
    "Railways",
    "Cables",
    "Tools",
    "Seafoods",
    "Haulage",
    "Cinemas",
    "Savings",
    "Mutual",
    "Ferries",
    "Cruises",
    "Telecoms",
}
# Words that end many firms' names but also other things' ("Public Health", "Thames Water",
# "Royal Mail's Post"): a name ending in one is no person, but they end no name on their own
# evidence, and a firm is seldom called by its name without them.
GENERAL_CORPORATE_WORDS = {
    "Air", "Health", "Security", "Water", "Electric", "Power", "Post", "Apps", "Learning",
}
CORPORATE_WORDS |= GENERAL_CORPORATE_WORDS
# Corporate words that end only a firm's name: "Galloway Mills", "Halden Steel" name a firm
# although nothing else in the sentence says so ("Generative AI", "Social Media", "Working
# Group" and "Venture Capital" end in words too general for that).
CORPORATE_TAILS = CORPORATE_WORDS - {
    "Group", "Capital", "Media", "Energy", "Digital", "Cloud", "Data", "AI", "Games",
    "Entertainment", "Interactive", "Financial", "Insurance", "Retail", "Trading", "Markets",
    "Company", "Corporation", "Incorporated", "Limited", "Technology", "Software", "Analytics",
    "Dynamics", "Partners", "Platforms", "Mining", "Shipping", "Freight", "Biotech",
    "Resources", "Mobile", "Homes", "Farms", "Furniture", "Savings", "Mutual",
} - GENERAL_CORPORATE_WORDS | {"Steel"}
LEGAL_TOKENS = {
    "Inc",
    "Corp",
    "Co",
    "Ltd",
    "LLC",
    "GmbH",
    "AG",
    "SA",
    "plc",
    "PLC",
    "NV",
    "SE",
    "Corporation",
    "Incorporated",
    "Limited",
    "Holdings",
    "Group",
    "LLP",
    "SpA",
}
LEGAL = (
    r"(?:Pty\.?\s+Ltd\.?|Pte\.?\s+Ltd\.?|Pvt\.?\s+Ltd\.?|Private\s+Limited|Co\.,?\s+Ltd\.?|"
    r"Sdn\.?\s+Bhd\.?|S\.A\.B\.\s+de\s+C\.V\.|S\.A\.\s+de\s+C\.V\.|GmbH\s+&\s+Co\.\s+KG|"
    r"S\.r\.l\.|SRL|S\.L\.?|Ltda\.?|Bhd\.?|Tbk\.?|ApS|KK|\(Pty\)\s+Ltd\.?|Sp\.\s+z\s+o\.o\.?|"
    r"A\.Ş\.?|DAC|GesmbH|GesbR|OÜ|AS|a\.s\.?|s\.r\.o\.?|Kft\.?|Zrt\.?|d\.o\.o\.?|S\.A\.S\.?|"
    r"Co\.,?\s+Ltd\.?|"
    r"Inc\.?|Incorporated|Corp\.?|Corporation|Ltd\.?|Limited|LLC|L\.L\.C\.|GmbH|AG|"
    r"S\.A\.|SA|SE|plc|PLC|Co\.|N\.V\.|NV|B\.V\.|BV|AB|ASA|Oyj|S\.p\.A\.|SpA|Pty|K\.K\.|"
    r"LLP|SAS|S\.A\.S\.|A/S|AS|Oy|KGaA)"
)
CORP_NOUNS = (
    r"(?:company|companies|firm|startup|start-up|retailer|maker|manufacturer|chain|"
    r"bank|lender|insurer|airline|carrier|automaker|carmaker|giant|conglomerate|group|"
    r"brand|platform|provider|operator|developer|publisher|studio|supplier|grocer|"
    r"distributor|producer|business|corporation|unicorn|fintech|marketplace|"
    r"consultancy|agency|broker|brewer|employer|rival|competitor|owner|subsidiary|"
    r"outfit|cooperative|co-op|multinational|heavyweight|incumbent|operator|society|"
    r"maker|miner|chipmaker|automaker|carrier|bakery|broadcaster|telecom|network|pharmacy|"
    r"supermarket|utility|haulier|courier|housebuilder|outsourcer|drugmaker|processor|"
    r"wholesaler|bottler|caterer|franchise|franchisor|accountancy|partnership|telco|"
    r"\w+(?:maker|seller|builder)|jeweller|jeweler|chemist|optician|exporter|importer|"
    r"shipper|ferry\s+operator|dairy|co-operative|"
    r"(?:market|industry)\s+leader|roaster|grower|refiner|distiller|shipyard|hypermarket|app|"
    r"brokerage|recycler|fund|neobank|streamer)"
)
# Words of a person's job or of a place in a firm: "a partner at", "a branch manager"
_JOB_AT = (
    r"(?:at|for|with|from|director|manager|partner|associate|analyst|executive|founder|"
    r"co-founder|head|officer|member|employee|worker|professor|lawyer|adviser|advisor|"
    r"consultant|economist|spokesperson|spokeswoman|spokesman|customer|user|resident|"
    r"engineer|researcher|teller|clerk|chairman|chairwoman|chair|president|veteran)"
)
POSSESSED = (
    r"(?:employees|workers|staff|staffers|workforce|CEO|chief|executives?|board|shares|"
    r"stock|stores|customers|policy|policies|plan|plans|program|programme|decision|"
    r"mandate|app|platform|headquarters|offices|spokesperson|spokesman|spokeswoman|"
    r"leadership|management|founder|products?|services?|subscribers|users|drivers|"
    r"investors|shareholders|rollout|memo|strategy|pricing|subscription|brand|"
    r"factory|factories|division|unit|subsidiary|engineers|managers|teams?|HR|"
    r"warehouses?|restaurants|branches|tellers|contractors|union|revenue|sales|outlets|shops|"
    r"profits?|earnings|margins|annual|quarterly|chatbot|software|hiring|layoffs|"
    r"return-to-office|RTO|AI|four-day|remote|hybrid|office|offices|requirement|rules?)"
)
STATEMENT = (
    r"(?:said|says|announced|announces|confirmed|confirms|told|tells|informed|informs|"
    r"notified|declined|unveiled|introduced|launched|expanded|expands|is expanding|"
    r"extended|extends|is extending|"
    r"laid off|cut|cuts|plans\s+to|planned\s+to|employs|employed|hired|hires|wrote|memo|"
    r"spokesperson|spokesman|spokeswoman|has (?:now )?(?:also )?(?:reversed|scrapped|"
    r"paused|dropped|cancel+ed|backtracked|rolled back|shut down|capped|relaxed|"
    r"softened|reinstated|rehired|walked back|abandoned|suspended|halted)|"
    r"reversed|reverses|is reversing|scrapped|scraps|paused|pauses|dropped|drops|restored|restores|"
    r"cancel+ed|cancels|backtracked|backtracks|rolled back|rolls back|shut down|"
    r"shuts down|capped|caps|relaxed|relaxes|softened|softens|reinstated|reinstates|"
    r"rehired|rehires|walked back|walks back|abandoned|abandons|suspended|suspends|"
    r"halted|halts|ditched|ditches|axed|axes|will no longer|no longer|quietly|"
    r"made a U-turn|U-turned|retreated|backpedal+ed|did not respond|didn['’]t respond|"
    r"did not immediately|declined to comment|would not|will|would|also|"
    r"did not comment|didn['’]t comment|is sticking with|sticks with|stuck with|is keeping|"
    r"keeps|kept|maintains|maintained|dismissed|denied|denies|rejected|raised|raises|"
    r"charges|charged|requires|required|allows|allowed|offers|offered|sells|sold|owns|"
    r"operates|runs|does not|doesn['’]t|did not|didn['’]t|has no plans|had no plans|"
    r"offer|charge|sell|operate|employ|have\s+no\s+plans|do\s+not|don['’]t|allow|require|"
    r"reports|confirms|"
    r"put on ice|put on hold|brought back|is bringing|unwound|has unwound|mentioned|advised|"
    r"declined to remark|did not reply|didn['’]t reply|defined|ruled out|rules out|"
    r"mentioned|stated|insisted)"
)

# Countries whose firms articles name with a possessive: "China's Meituan", "Kenya's Kopa".
COUNTRIES = {
    "America", "Britain", "China", "Japan", "Korea", "India", "Germany", "France", "Italy",
    "Spain", "Canada", "Australia", "Brazil", "Mexico", "Sweden", "Norway", "Denmark",
    "Finland", "Netherlands", "Switzerland", "Ireland", "Poland", "Singapore", "Indonesia",
    "Vietnam", "Thailand", "Malaysia", "Philippines", "Taiwan", "Nigeria", "Kenya", "Egypt",
    "Israel", "Turkey", "Argentina", "Chile", "Colombia", "Peru", "Austria", "Belgium",
    "Portugal", "Greece", "Zealand", "Africa", "Arabia", "Europe", "Asia", "Ghana", "Pakistan",
    "Bangladesh", "Qatar", "Emirates", "Morocco", "Hungary", "Romania", "Czechia", "Ukraine",
}
# What rival firms are said to do when a story compares them: "charge", "run", "match".
_RIVAL_VERBS = (
    r"charge[sd]?|pay|pays|paid|offers?|offered|match(?:es|ed)?|runs?|ran|operated?|operates|"
    r"sells?|sold|makes?|made|imposed?|imposes|allow(?:s|ed)?|requires?|required|keeps?|kept|"
    r"includes?|included|provides?|provided|dominated?|dominates|competes?|competed|employs?|"
    r"employed|owns?|owned|builds?|built|waived?|waives|levy|levies|levied|supply|supplies|"
    r"supplied|lends?|lent|insures?|insured|fly|flies|flew|serves?|served|ships?|shipped|"
    r"(?:is|are)\s+(?:owned|listed|based)|raised|cut|introduced|opened|closed|automated"
)
# What else rivals listed at a sentence's start are said to do: "Pilbara Minerals and IGO use
# similar rosters", "Brookside Dairy and KCC held prices", "Harvey Nichols and Jenners have
# left the city", "Gunns and Forico were not involved"
_RIVALS_LISTED_VERBS = (
    r"use[sd]?|using|held|holds?|left|leave|take[sn]?|took|follow(?:s|ed)?|"
    r"(?:are|were)\s+not\s+involved|(?:are|were)\s+(?:also\s+)?(?:raising|cutting|closing|offering)"
)
CUE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("legal", re.compile(rf"(?P<n>{SEQ}),?\s+(?P<sfx>{LEGAL})(?![\w])")),
    (  # "Helix Dynamics (NASDAQ: HLXD)", "Kestrel (LSE:KES)": a listed company
        "legal",
        re.compile(
            rf"(?P<n>{SEQ})(?:['’]s)?\s+\((?i:NYSE|NASDAQ|LSE|AIM|TSX|TSXV|ASX|NZX|JSE|NSE|BSE|"
            rf"SGX|HKEX|SEHK|TYO|TSE|KRX|KOSPI|OSE|SIX|FWB|XETRA|Euronext|OTC|OTCQX|NGM|"
            rf"Nasdaq\s+(?:Stockholm|Helsinki|Copenhagen|Nordic)|B3|BMV)\s*:\s*[A-Z0-9.]{{1,8}}\)"
        ),
    ),
    (
        "role",
        re.compile(
            rf"(?P<n>{SEQ})(?:['’]s)?\s+(?:(?:former|new|interim|acting|top)\s+)?"
            rf"(?:CEO|CTO|CFO|COO|chief executive|chief [a-z]+ officer|"
            rf"(?:co-?)?founder|president|chairman|chairwoman|spokesperson|"
            rf"spokesman|spokeswoman|executives|employees|workers|staff|staffers|"
            rf"shareholders|engineers|managers|board|leadership)\b"
        ),
    ),
    (
        "role-of",
        re.compile(
            rf"\b(?:CEO|chief executive(?: officer)?|CTO|CFO|COO|founder|"
            rf"co-founder|president|chairman|spokesperson|spokesman|spokeswoman|"
            rf"(?i:employees|workers|staff|staffers|executives?|engineers|managers|"
            rf"contractors|drivers|customers|clients|shoppers|depositors|shareholders|"
            rf"shares|stocks?)|jobs|director|manager|head)\s+"
            rf"(?:of\s+[\w ]{{3,30}}?\s+)?(?:at|of|for|with|(?<=hares\s)in|(?<=tocks\s)in)\s+"
            rf"(?P<n>{SEQ}(?:,?\s+(?:and|or)\s+{SEQ})?)"
        ),
    ),
    (
        "role-of",  # "At Halden, staff will no longer …"
        re.compile(
            rf"\b[Aa]t\s+(?P<n>{SEQ}),\s+(?:staff|employees|workers|managers|executives|"
            rf"engineers|drivers)\b"
        ),
    ),
    (
        "apposition",
        re.compile(
            # "Millennium bcp, Portugal's largest listed bank,": a country's firm too
            rf"(?P<n>{SEQ})(?:\s+\([^()]{{1,40}}\))?,\s+(?:the|a|an|its|their|another|one|"
            rf"(?:{'|'.join(sorted(COUNTRIES))})['’]s)\s+"
            # "Derek Mills, a former Metro Bank branch manager,", "Andri Wijaya, a partner at
            # Jakarta-based consultancy X": a person's job at a firm, not a firm
            rf"(?:(?!{_JOB_AT}\b)[\w\-’'.]+\s+){{0,4}}?"
            rf"{CORP_NOUNS}s?\b(?!['’]|\s+(?:said|says|added|told|noted|confirmed|announced|stated))"
        ),
    ),
    (
        "apposition",
        re.compile(
            rf"\b(?:[Tt]he|[Aa]n?|[Rr]ival|[Ff]ellow)\s+(?:[\w\-’'.]+\s+){{0,3}}?"
            rf"{CORP_NOUNS}\s+(?P<n>{SEQ})"
        ),
    ),
    ("possessive", re.compile(rf"(?P<n>{SEQ})['’]s?\s+(?:[\w\-]+\s+){{0,2}}?{POSSESSED}\b")),
    (
        "statement",
        re.compile(
            rf"(?P<n>{SEQ})(?:['’]s(?=[\s,]))?"  # "Nando's said": a name printed with its 's
            rf"(?:,\s+(?:which|who|owned|based|part|a|an|the|its|both|bought|acquired|rescued|"
            rf"backed|founded)\s+[^,;]{{3,90}},|,\s+"
            rf"(?:meanwhile|however|too|"
            rf"remember|by contrast|in contrast|for its part|for now),)?\s+(?:(?:has|had|have|is|"
            rf"was|also|now|quietly|then|later|this week|recently|last week|today|yesterday|both|"
            rf"never|still|already|itself|previously|formally|officially)\s+)*{STATEMENT}\b"
        ),
    ),
    (
        "described",  # "Danish energy company Ørsted", "parent firm Ingka Group"
        re.compile(
            rf"\b{CORP_NOUNS}\s+(?P<n>{SEQ})"
        ),
    ),
    (
        "owner",  # "owned by Iliad", "part of Nationwide Building Society", "its owner Altice"
        re.compile(
            rf"\b(?:owned\s+by|part\s+of|a\s+(?:unit|division|subsidiary)\s+of|acquired\s+by|"
            rf"(?:the|a)\s+brand\s+of|"
            rf"acquisition\s+by|its\s+(?:owner|parent(?:\s+company)?)|sister\s+company)"
            # "owned by Kenyan software firm Craft Silicon": the owner is named after its trade
            rf"\s+(?P<n>{SEQ})(?!\s+(?:[a-z][\w-]*\s+){{0,2}}{CORP_NOUNS}\b)"
        ),
    ),
    (
        "owned",  # "Meta-owned Instagram": Instagram (Meta is found on its own)
        re.compile(rf"[\w.&#]+-(?:owned|backed|controlled|based|headquartered)\s+(?P<n>{SEQ})"),
    ),
    (
        "apposition",  # "the Kenyan lender, Kopa,", "its parent company, Halden Group,"
        re.compile(
            rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w\-’'.]+\s+){{0,2}}?(?:{CORP_NOUNS}|"
            rf"parent(?:\s+company)?),\s+(?P<n>{SEQ}),"
        ),
    ),
    (
        "described",  # "China's Meituan", "Kenya's Kopa": a country's firm
        re.compile(
            rf"\b(?:{'|'.join(sorted(COUNTRIES))})['’]s\s+(?P<n>{SEQ})"
        ),
    ),
    (
        "described",  # "Rival SK Hynix", "Fellow lender Nordkapp"
        re.compile(rf"\b(?:Rival|Fellow)\s+(?:[a-z-]+\s+)?(?P<n>{SEQ})"),
    ),
    (
        "apposition",  # "Tok&Stok and Etna, rival chains,"
        re.compile(
            rf"(?P<n>{SEQ}),\s+(?:rival|fellow|competing|sister)\s+{CORP_NOUNS}s?[,.]"
        ),
    ),
    (
        "owner",  # "Vantor-owned Pixly": Vantor owns a firm
        re.compile(rf"(?<![\w.&#-])(?P<n>{_CAP_WORD})-(?:owned|controlled)\s+[A-Z]"),
    ),
    (
        "corporate",  # "Galloway Mills", "Halden Steel": a name ending in a corporate word
        re.compile(rf"(?P<n>{SEQ}\s+(?:{'|'.join(sorted(CORPORATE_TAILS))}))(?![\w’'-]|\s+[A-Z])"),
    ),
    (
        "object",  # "Jonas Berg founded Fjordline", "she joined Orvalo in 2019"
        re.compile(
            rf"\b(?:founded|co-founded|cofounded|joined|acquired|works\s+(?:at|for)|"
            rf"worked\s+(?:at|for)|working\s+(?:at|for)|merged\s+with|merger\s+with|"
            rf"takeover\s+of|acquisition\s+of|bought|took\s+over)\s+(?P<n>{SEQ})"
        ),
    ),
    (  # "Analysts at Peel Hunt", "analyst Sofie Willmott of GlobalData", "research firm
        # Kantar", "Shore Capital analyst Clive Black": a firm the article quotes
        "cited",
        re.compile(
            rf"\b(?i:analysts?|economists?|strategists?)\s+(?:[A-Z][\w'’-]*\s+){{0,3}}"
            rf"(?:at|from|with|of)\s+(?P<n>{SEQ})"
        ),
    ),
    (
        "cited",
        re.compile(
            rf"\b(?:research|analysis|analytics|consulting|consultancy|ratings?|data|polling|"
            rf"advisory|brokerage)\s+(?:firm|company|agency|group|house|provider|outfit)\s+"
            rf"(?P<n>{SEQ})"
        ),
    ),
    ("cited", re.compile(rf"(?P<n>{SEQ})\s+(?:analysts?|economists?|strategists?)\s+[A-Z]")),
    (
        "decision",  # "the decision by Pellucid to pause", "the move by Kestrel"
        re.compile(
            rf"\b(?:decision|move|U-turn|reversal|retreat|climbdown|climb-down|about-face)"
            rf"\s+by\s+(?P<n>{SEQ})"
        ),
    ),
    (
        "brand",  # "its Zara chain", "its Instagram app"
        re.compile(
            rf"\b(?:its|their|[Tt]he\s+(?:group|company|firm|parent)['’]s)\s+(?P<n>{SEQ})\s+"
            rf"(?:chain|brand|unit|subsidiary|division|label|arm|business|stores|shops)\b"
        ),
    ),
    (
        "copula",  # "Virgin Money is a UK bank"
        re.compile(
            rf"(?P<n>{SEQ})\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w\-’'.]+\s+){{0,4}}?"
            rf"{CORP_NOUNS}\b"
        ),
    ),
    (
        "list",  # "as rivals Caffè Nero and Pret have", "competitors Kopa and Vestra"
        re.compile(
            rf"\b(?:[Rr]ivals|[Cc]ompetitors|[Pp]eers)\s+(?P<n>{SEQ}(?:,\s+{SEQ})*,?\s+(?:and|or)\s+{SEQ})"
        ),
    ),
    (
        "list",
        re.compile(
            rf"\b(?:companies|firms|employers|rivals|competitors|retailers|banks|lenders|insurers|"
            rf"brands|startups|chains|peers|airlines|carriers|customers|clients|suppliers|"
            rf"partners|buyers|tenants|advertisers)\s*,?\s+(?:such as|like|including)\s+"
            rf"(?P<n>{SEQ}(?:,\s+{SEQ})*(?:,?\s+(?:and|or)\s+{SEQ})?)"
        ),
    ),
    (  # "Bic Camera and Yodobashi Camera match prices too": rivals a story compares, which
        # do what firms do (the list opens the sentence; places and people are weeded out)
        "list",
        re.compile(
            rf"^(?P<n>{SEQ}(?:,\s+{SEQ})*,?\s+and\s+{SEQ})\s+(?:(?:also|both|all|still|"
            rf"already|each|never|now|do|does|did|have|has|had|would|will|currently)\s+)*"
            rf"(?:not\s+)?(?:{_RIVAL_VERBS}|{_RIVALS_LISTED_VERBS})\b"
        ),
    ),
    (  # "backed by investors including EQT and Lightspeed", "whose investors include Founders
        # Fund and Sequoia Capital", "which also owns Kmart and Officeworks"
        "list",
        re.compile(
            rf"\b(?:(?:investors|backers|shareholders|owners)\s+(?:including|include|such\s+as|"
            rf"like|led\s+by)|backed\s+by|(?:which|that)\s+(?:also\s+)?owns|also\s+owns|"
            rf"(?:trains|flights|services|stores|ships)\s+run\s+by)\s+"
            rf"(?:the\s+)?"
            rf"(?P<n>{SEQ}(?:,\s+{SEQ})*(?:,?\s+and\s+{SEQ})?)"
            rf"(?![\w\s&’'-]*?\b(?:brands?|labels?|products?|titles?|apps?)\b)"
        ),
    ),
    (  # "the Suburbia chain of discount stores", "its Baby City chain": a chain or a unit
        "described",
        re.compile(
            rf"\b(?:[Ii]ts|[Tt]heir|[Aa])\s+(?P<n>{SEQ})\s+(?:chain|subsidiary|unit|division|"
            rf"arm|retail\s+chain|supermarket\s+chain|store\s+chain)\b"
        ),
    ),
    (  # "the Suburbia chain of discount stores"; but "The Brno chain said": a place's chain
        "described",
        re.compile(rf"\b[Tt]he\s+(?P<n>{SEQ})\s+(?:chain|subsidiary|unit|division|arm)\s+of\b"),
    ),
    (  # "Tala and Branch, rival mobile lenders, charge less"
        "list",
        re.compile(
            rf"(?P<n>{SEQ}(?:,\s+{SEQ})*,?\s+and\s+{SEQ}),\s+(?:(?:the|its|their|both|two|three|"
            rf"rival|fellow|other)\s+)?(?:[\w-]+\s+){{0,3}}?{CORP_NOUNS}s\b"
        ),
    ),
    (  # "Ulstein and Vard, which build similar ships,", "Hutchison Ports, which runs a rival"
        "list",
        re.compile(
            rf"(?P<n>{SEQ}(?:,\s+{SEQ})*(?:,?\s+and\s+{SEQ})?),\s+which\s+(?:also\s+|both\s+)?"
            rf"(?:{_RIVAL_VERBS}|launched|merged|acquired|bought|started|listed)\b"
        ),
    ),
]

_STOPWORDS_TEXT = """
Half Quarter
A An The This That These Those There Their They Them Then Thus Its It It's Is In On At As Of Or
And But For From By With Without Within Into Onto Over Under After Before During Since Until
While When Where Which Who Whom Whose What Why How If Unless Although Though Because So Yet Not
No Nor All Any Some Many Much Most More Less Few Several Each Every Both Either Neither One Two
Three Four Five Six Seven Eight Nine Ten First Second Third Last Next New Old Other Others Such
Our Ours We Us You Your He She His Her Hers Him I Me My Mine To Up Down Out Off Also Even Just
Only Still Already Again Now Today Tonight Yesterday Tomorrow Earlier Later Recently Soon
Meanwhile However Moreover Furthermore Instead Indeed Finally Overall Separately Similarly
Likewise Additionally Previously Currently Eventually Ultimately Initially Originally Simply
Different Among Amid Despite Between Through Throughout Across Against Around About Above Below
Beyond Per Via Like Unlike Following According Shortly Late Early Mid Here Once Monday Tuesday
Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Spring
Summer Autumn Fall Winter Christmas Easter Thanksgiving CEO CTO CFO COO CMO CPO CIO CHRO VP SVP
EVP AI GenAI AGI LLM LLMs API APIs RTO DEI HR IT PR IPO ESG SEC FTC DOJ EU UN UK US USA U.S.
U.K. E.U. NYSE Nasdaq GDP COVID Covid COVID-19 WFH Chief Executive Officer President Chairman
Chairwoman Chair Founder Director Manager Head Vice Senior Junior Mr Mrs Ms Dr Prof Sir Dame
Lord Lady Senator Governor Mayor Secretary Minister Company Companies Firm Firms Employees
Employee Workers Worker Staff Staffers Critics Analysts Officials Experts Sources Executives
Investors Customers Users Researchers Shareholders Unions Union Observers People Regulators
Lawmakers Managers Leaders Employers Engineers Developers Drivers Consumers Shoppers Parents
Teachers Students Economists Insiders Rivals Competitors Numerous Brands Retailers Banks
Startups Tech Big Silicon Valley Wall Street Main Corporate Federal State Government Congress
Parliament Senate House White Court Supreme Democrats Republicans Democratic Republican Labor
Labour Department Ministry Agency Commission Council Committee Board Office Bureau Internet Web
Online Social Media News Press Report Reports Study Survey Data Research Memo Statement Policy
Plan Program Programme Project Initiative Task Force Team Teams Group Groups Monitor Reuters
Bloomberg Insider Read Click Share Subscribe Advertisement Sign Log Home Menu Photo Image Video
Getty Images Source Update Updated Editor Note Story Related Applied Utilized Code Claude
ChatGPT Copilot Gemini Llama Grok Siri Alexa Windows iPhone iPad Android Prime Outlook Excel
Word Messenger Threads Black Cyber Day Week Month Year Quarter Q1 Q2 Q3
Q4 Season Holiday God OK Yes Okay Hello Thanks Please Dear Well Perhaps Maybe Something Nothing
Everything Everyone Everybody Anyone Nobody Someone Somebody Nearly Almost Roughly
Fans Supporters Residents Passengers Members Readers Viewers Patients Travellers Travelers
Pensioners Subscribers Listeners Voters Tenants Farmers Nurses Doctors Pilots Families
Striker Midfielder Defender Goalkeeper Winger Coach Captain Skipper Dad Mum Mother Father
Grandmother Grandfather Pensioner Widow Student Nurse Teacher Shopper Resident Fan Driver
Rival Competitor Peer Fellow Passenger Commuter Customer Worker Supporter Member Reader Viewer
Patient Traveller Traveler Subscriber Voter Tenant Farmer Doctor Pilot Parent Landlord Owner
Opinion Exclusive Breaking Explainer Editorial Co-founder Cofounder Co-Founder Management
Human Resources Operating Officer Marketing Communications Operations Reaction
Shares Stocks
Ofcom Ofgem Ofwat FCA CMA FDA EPA ACCC ASIC APRA OSHA NLRB CNIL BaFin ESMA ECB IMF OECD WHO NHS
ICO HMRC CFPB FCC FAA CAA EASA ASA DWP IRS CDC NTSB Fed Bundesbank Eurostat Interpol Europol
"""
_NATIONALITIES_TEXT = """
America Americans European Europeans British Brits Chinese Japanese German Germans French Indian
Canadian Australian Dutch Swiss Swedish Norwegian Danish Finnish Spanish Italian Irish Korean
Brazilian Mexican Russian Ukrainian Israeli Saudi Nordic African Asian Western Eastern Northern
Southern Global International National
Turkish Nigerian Nigerians Hungarian Estonian Congolese Tanzanian Danes Swedes Norwegians Finns
Kenyan Kenyans Ghanaian Ugandan Rwandan Ethiopian Egyptian Moroccan Algerian Tunisian Senegalese
Ivorian Cameroonian Zambian Zimbabwean Angolan Mozambican Namibian Botswanan Malawian Sudanese
Polish Czech Slovak Slovenian Croatian Serbian Bosnian Romanian Bulgarian Greek Cypriot Maltese
Portuguese Belgian Austrian Luxembourgish Icelandic Latvian Lithuanian Belarusian Georgian
Armenian Azerbaijani Kazakh Uzbek Emirati Qatari Kuwaiti Omani Bahraini Jordanian Lebanese
Syrian Iraqi Iranian Pakistani Bangladeshi Sri Lankan Nepali Afghan Indonesian Malaysian
Singaporean Thai Vietnamese Filipino Taiwanese Cambodian Burmese Mongolian Argentine Argentinian
Chilean Colombian Peruvian Venezuelan Ecuadorian Bolivian Uruguayan Paraguayan Cuban Dominican
Jamaican Panamanian Guatemalan Honduran Salvadoran Nicaraguan Costa Rican Kiwi Kiwis Aussie
Scottish Welsh English Britons Americans Canadians Mexicans Brazilians Indians Italians Spaniards
"""
NATIONALITIES = set(_NATIONALITIES_TEXT.split())
STOPWORDS = set(_STOPWORDS_TEXT.split()) | NATIONALITIES

_PLACES_TEXT = """
America Europe Asia Africa Australia Oceania Antarctica Arctic Atlantic Pacific Americas United
States Kingdom Britain England Scotland Wales Ireland Northern France Germany Italy Spain
Portugal Netherlands Belgium Luxembourg Switzerland Austria Sweden Norway Denmark Finland
Iceland Poland Czech Czechia Slovakia Hungary Romania Bulgaria Greece Turkey Russia Ukraine
China Japan Korea India Pakistan Bangladesh Indonesia Malaysia Singapore Thailand Vietnam
Philippines Taiwan Hong Kong Macau Canada Mexico Brazil Argentina Chile Colombia Peru Venezuela
Cuba Egypt Nigeria Kenya Ethiopia Morocco Israel Iran Iraq Qatar Dubai Emirates UAE Arabia
Zealand Texas California Florida Washington Oregon Nevada Arizona Colorado Utah Ohio Michigan
Illinois Indiana Georgia Virginia Carolina Massachusetts Pennsylvania Jersey York Tennessee
Kentucky Alabama Louisiana Missouri Minnesota Wisconsin Iowa Kansas Oklahoma Alaska Hawaii
Seattle Austin Boston Chicago Houston Dallas Denver Atlanta Miami Phoenix Portland Detroit
Philadelphia Pittsburgh Baltimore Nashville Orlando Francisco San Diego Jose Los Angeles Vegas
Las Brooklyn Manhattan Queens Bay Area Valley London Paris Berlin Munich Frankfurt Hamburg
Madrid Barcelona Rome Milan Amsterdam Rotterdam Brussels Zurich Geneva Vienna Stockholm Oslo
Copenhagen Helsinki Dublin Edinburgh Manchester Birmingham Lisbon Prague Warsaw Budapest Athens
Istanbul Moscow Kyiv Tokyo Osaka Seoul Beijing Shanghai Shenzhen Mumbai Delhi Bangalore
Bengaluru Hyderabad Chennai Sydney Melbourne Toronto Vancouver Montreal Ottawa Lagos Nairobi
Cairo Johannesburg Cape Town Riyadh Doha Tel Aviv Jerusalem City Sao Paulo São Rio Buenos Aires
Santiago Lima Bogotá Bogota Auckland Wellington Silicon Wall Capitol Hill Downing Westminster
Davos Cupertino Redmond Menlo Park Mountain View Palo Alto Hollywood Midwest Northeast Southeast
Southwest Northwest Gulf Afghanistan Albania Algeria Armenia Azerbaijan Bahrain Belarus Bolivia
Bosnia Cambodia Cameroon Croatia Cyprus Ecuador Estonia Ghana Jamaica Kazakhstan Kuwait Latvia
Lebanon Lithuania Malta Moldova Mongolia Nepal Oman Panama Rwanda Serbia Slovenia Sri Lanka Sudan
Syria Tanzania Tunisia Uganda Uruguay Yemen Zambia Zimbabwe Scandinavia Nordics Balkans Caribbean
South North East West Ivoire Kerala Punjab Gujarat Maharashtra Karnataka Tamil Nadu Bengal
Rajasthan Goa Bavaria Catalonia Andalusia Flanders Wallonia Lombardy Tuscany Sicily Sardinia
Quebec Ontario Alberta Manitoba Saskatchewan Queensland Tasmania Victoria Bali Java Sumatra
Tallinn Riga Vilnius Bucharest Sofia Belgrade Zagreb Ljubljana Bratislava Kraków Krakow Gdansk
Accra Kumasi Kampala Kigali Dakar Abidjan Casablanca Rabat Tunis Algiers Addis Ababa Dar Salaam
Mombasa Kisumu Abuja Kano Durban Pretoria Harare Lusaka Luanda Maputo Windhoek Gaborone
Karachi Lahore Islamabad Dhaka Chittagong Colombo Kathmandu Hanoi Saigon Manila Cebu Jakarta
Surabaya Bangkok Phuket Kuala Lumpur Penang Taipei Kaohsiung Busan Incheon Yokohama Nagoya
Kyoto Fukuoka Sapporo Guangzhou Chengdu Hangzhou Wuhan Tianjin Montevideo Quito Caracas Asunción
Guadalajara Monterrey Medellín Medellin Cali Valparaíso Córdoba Rosario Recife Porto Alegre
Curitiba Brasília Salvador Fortaleza Belo Horizonte
"""
PLACES = set(_PLACES_TEXT.split())


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common given names of many countries (data/given_names.yaml), less the words that are
    also stopwords or places ("Jan", "Milan")."""
    text = resources.files("builder.ingest").joinpath("data/given_names.yaml").read_text("utf-8")
    names = {name for group in yaml.safe_load(text).values() for name in group}
    return frozenset(names - STOPWORDS - PLACES)


@lru_cache(maxsize=1)
def _given_name_pattern() -> re.Pattern[str]:
    """A given name and a surname: "Jonas Berg", "Chidi Okafor", "Luis von Ahn"."""
    given = "|".join(sorted(given_names(), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'’&.-])(?P<n>(?:{given})\s+(?:{_INITIAL}\s+)?(?:{_PARTICLES}\s+)?{CAP})"
        rf"(?![\w-]|['’](?!s\b)|\s+(?:&|{LEGAL})(?!\w))"
    )


@dataclass(frozen=True)
class Person:
    name: str
    start: int
    end: int
    weak: bool = False  # only "X Y said" says it is a person


def find_people(text: str, blocked: list[tuple[int, int]]) -> list[Person]:
    """Named persons in one sentence: by role, honorific, or a statement verb."""
    found: list[Person] = []
    for pattern, strong in (
        (_ROLE_BEFORE, True),
        (_ROLE_AFTER, True),
        (_HONORIFIC, True),
        (_PERSON_FORMS, True),
        (_SAID, False),
        (_given_name_pattern(), False),
    ):
        for match in pattern.finditer(text):
            group = next((g for g, v in match.groupdict().items() if v), "n")
            if not match.group(group):
                continue
            if any(t.rstrip(".,") in LEGAL_TOKENS for t in match.group(group).split()):
                continue  # "Acme Widgets Inc. added": a firm speaking, not a person
            name, start = _trim_name(match.group(group), match.start(group))
            if not name:
                continue
            if pattern is _given_name_pattern() and _credit_line(text, start, start + len(name)):
                continue
            end = start + len(name)
            tokens = name.split()
            if len(tokens) < 2 or any(t.rstrip(".,") in LEGAL_TOKENS for t in tokens):
                continue
            if (
                tokens[-1] in CORPORATE_WORDS
                or tokens[-1].lower() in _PRESS_TAILS
                or _PLURAL_TRADE.fullmatch(tokens[-1].lower())
            ):
                continue  # "Pacific Rim Bank", "the Harbour Gazette", "Fernhill Grocers"
            if not strong and (
                any(t in CORPORATE_WORDS for t in tokens)
                or (  # "copper miner Cordillera Cobre said", but not "Owner Sarah Whitcombe said"
                    DESCRIBED_FIRM.search(text[:start]) and tokens[0] not in given_names()
                )
                or _overlaps(start, end, blocked)
                or _STAFF_OF.search(text[:start])  # "Analysts at XP Investimentos said"
                or _FIRMS_LISTED.search(text[:start])  # "retailers including John Lewis"
                or (  # "Ted Baker said it", but not "finance chief Jarrod Yahes said it"
                    _SPOKEN_OF_AS_IT.match(text, start + len(name))
                    and not _TITLED.search(text[:start])
                )
            ):
                continue
            if strong and any(bs <= start and end <= be for bs, be in blocked):
                continue
            if any(t in PLACES for t in tokens) and not strong:
                continue
            weak = not strong and tokens[0] not in given_names()
            found.append(Person(name, start, end, weak))
    return found


# An author's or editor's credit, not a person in the story: "Reporting by Tom Harrow",
# "By Nora Field", "Helen Marsh · Wed 20 May", a contact's name on its own line, "Nora
# Field is a Bloomberg Opinion columnist", "Marcus Oyelaran writes about business".
_CREDIT_BEFORE = re.compile(
    r"(?:^\s*[Bb]y|(?i:reporting|editing|written|writing|compiled|edited|photographs?|photos?|"
    r"words|modifying|enhancing|translated|translation)\s+by|[|·•]|^)\s*$"
)
_CREDIT_AFTER = re.compile(
    r"^(?:\s*[|·•]|\s*$|\s+is\s+(?:a|an|the)\s+[^.]{0,60}?\b(?:columnist|reporter|"
    r"correspondent|writer|editor|journalist|contributor)\b|\s+(?:writes|reports)\s+(?:about|on)\b)"
)


# Words a newspaper's name ends in ("Harbour Gazette", "Lisbon Ledger"): no person's.
_PRESS_TAILS = {
    "news", "daily", "times", "post", "journal", "herald", "gazette", "courier", "chronicle",
    "tribune", "observer", "express", "mail", "mirror", "telegraph", "weekly", "dispatch",
    "ledger", "sentinel", "examiner", "inquirer", "bulletin", "magazine", "review", "register",
    "standard", "argus", "mercury", "advertiser",
}
_PLURAL_TRADE = re.compile(rf"(?:{CORP_NOUNS})s|\w+(?:ers|ies)")
DESCRIBED_FIRM = re.compile(rf"\b(?i:{CORP_NOUNS})s?\s+$")
_SPOKEN_OF_AS_IT = re.compile(
    r"(?:\s+(?:said|says|told|added|confirmed|announced)\s+(?:on\s+\w+\s+)?(?:that\s+)?"
    r"(?:it|its)\b|,\s+which\b)"
)
_TITLED = re.compile(rf"\b(?:{ROLE}|chief|head|boss|leader|official)\s+$", re.I)
_FIRMS_LISTED = re.compile(
    rf"\b(?i:{CORP_NOUNS}|companies|firms)s?\s*,?\s+(?:such\s+as|like|including)\s+"
    r"(?:[^.;:]{0,80}?(?:,|\s+and|\s+or)\s+)?$"
)
_STAFF_OF = re.compile(
    r"\b(?i:analysts|economists|strategists|experts|researchers|staff|employees|workers)"
    r"\s+(?:at|of|from|with)\s+$"
)


def _credit_line(text: str, start: int, end: int) -> bool:
    return bool(_CREDIT_BEFORE.search(text[:start]) and (start > 0 or not text[end:].strip())
                or _CREDIT_AFTER.match(text[end:]))


def _trim_name(name: str, start: int) -> tuple[str, int]:
    """The person's name inside a match: no stopwords or roles, no trailing possessive."""
    tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", name)]

    def stop(token: str) -> bool:
        bare = token.rstrip(".,")
        return token in STOPWORDS or bare in STOPWORDS or bare in LEGAL_TOKENS

    # "Zentrix CEO Mara Lindqvist", "In May John Smith": keep the run after the last stopword.
    for index in range(len(tokens) - 1, -1, -1):
        if stop(tokens[index][1]):
            if index == len(tokens) - 1:
                tokens = tokens[:-1]
                continue
            tokens = tokens[index + 1 :]
            break
    if not tokens:
        return "", start
    begin = tokens[0][0]
    end = tokens[-1][0] + len(tokens[-1][1])
    trimmed = re.sub(r"['’]s$", "", name[begin:end]).rstrip(".,")
    return trimmed, start + begin


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def candidate_names(sentence: str, masked: str) -> list[tuple[str, str, int]]:
    """(name, cue, offset) for capitalised sequences the text treats as a company."""
    results: list[tuple[str, str, int]] = []
    for cue, pattern in CUE_PATTERNS:
        for match in pattern.finditer(masked):
            chunk, start = match.group("n"), match.start("n")
            listed = cue in ("list", "role-of")
            pieces = re.split(r",\s+|\s+(?:and|or)\s+", chunk) if listed else [chunk]
            for piece in pieces:
                offset = start + chunk.find(piece)
                name, offset = clean_candidate(
                    piece, offset, cue in _ACRONYM_CUES, place_ok=cue in _PLACE_NAME_CUES
                )
                if name:
                    legal = re.search(rf"\s{LEGAL}$", piece.rstrip(",;:"))
                    results.append((name, "legal" if legal else cue, offset))
    return results


# Words that open a question or clause before a name: "Will Acme reverse course?"
LEADING_AUX = {"Will", "Would", "Can", "Could", "Should", "Does", "Did", "Do", "Has", "Have",
                "Had", "Is", "Are", "Was", "Were", "Might", "Must", "Shall",
                # an imperative opening a sentence: "Add Personio and Xero and it's 5"
                "Add", "Take", "Consider", "Meet", "Ask", "Compare", "Remember", "Blame",
                "Thank", "Call"}


# Cues that say outright that a name is a firm, so an acronym counts: "the lender MBK".
_ACRONYM_CUES = {"legal", "described", "apposition", "copula", "owner"}


# Cues that make even a place's name a firm's: "Geneva, the Toronto-based app,", "Geneva Ltd".
_PLACE_NAME_CUES = {"legal", "apposition"}


_ADDRESS_WORDS = {"Street", "Road", "Lane", "Square", "Avenue", "Park", "Hill", "Bridge",
                  "Wharf", "Place", "Gate", "Row", "Court", "Circle", "Point", "Harbour", "Harbor"}


def clean_candidate(
    text: str, offset: int, acronym: bool = False, place_ok: bool = False
) -> tuple[str, int]:
    """Strip leading stopwords/roles/places and a trailing legal suffix or possessive.
    An acronym alone is a name only when `acronym` says the text calls it a firm, and a
    place's name alone only when `place_ok` does."""
    tokens = list(re.finditer(r"\S+", text))
    while len(tokens) > 1 and tokens[0].group() in LEADING_AUX:
        tokens.pop(0)
    lone_place = (
        place_ok and len(tokens) == 1 and tokens[0].group() in PLACES
        and tokens[0].group() not in STOPWORDS
    )
    while tokens and not lone_place and (
        (_stop(tokens[0].group()) and not _place_in_name(tokens))
        or (len(tokens) > 2 and tokens[0].group() in _LEGAL_PREFIXES)  # "PT Nusantara Seluler"
        or (len(tokens) > 1 and _DESCRIPTOR_WORD.fullmatch(tokens[0].group()))
        or tokens[0].group() in ("&", "of", "de", "du", "des", "la", "le", "del", "y", "und", "et")
    ):
        tokens.pop(0)
    while tokens and tokens[-1].group() in (
        "&",
        "of",
        "de",
        "du",
        "des",
        "la",
        "le",
        "del",
        "y",
        "und",
        "et",
    ):
        tokens.pop()
    if not tokens:
        return "", offset
    name = text[tokens[0].start() : tokens[-1].end()]
    if not re.search(r"&\s+Co\.?$", name):
        name = re.sub(rf",?\s+{LEGAL}$", "", name)
    keep_dot = bool(re.search(r"&\s+Co\.$", name))
    name = re.sub(r"['’]s?$", "", name).rstrip(".,;:") + ("." if keep_dot else "")
    words = name.split()
    if not words or not lone_place and all(
        _stop(w) or w.strip(".,&") in LEGAL_TOKENS for w in words
    ):
        return "", offset
    # "Green Valley Foods": a place word inside a name that a corporate word ends
    inner = (
        {w for w in words[1:-1] if w in PLACES or w in _ADDRESS_WORDS}  # "Jordan Street Capital"
        if words[-1] in CORPORATE_WORDS
        else set()
    )
    if (
        any(
            w in STOPWORDS and w not in CORPORATE_WORDS and w not in inner
            for w in words[1:-1] if w != "A"
        )
        or words[-1] in STOPWORDS and words[-1] not in CORPORATE_WORDS
    ) and len(words) > 1 and not re.search(r"\sCredit\s+Union$", name):  # a member-owned bank
        # "Meta CEO", "Zentrix Employees": cut at the first stopword after the start.
        keep = []
        for position, w in enumerate(words):
            if w in STOPWORDS and w not in CORPORATE_WORDS and w not in inner and not (
                w == "A" and 0 < position < len(words) - 1
            ):
                break
            keep.append(w)
        name = " ".join(keep)
        if not name:
            return "", offset
    words = name.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half and words[:half] == words[half:]:
        name = " ".join(words[:half])  # "About X" over "X is a …": a heading and its text
    if re.search(r"^[^\W\d_][\w.]*-[a-z]", name):
        return "", offset  # "AI-first", "Oslo-based": a compound adjective, no name
    if not re.search(r"[a-zà-ÿ]", name) and len(name) <= 5 and not (acronym and len(name) > 2):
        return "", offset  # an acronym on its own (AAI, SOTA): only known ones count
    return name, offset + tokens[0].start()


# Legal forms written before the name: Indonesia's "PT" and "CV", the "JSC" of former Soviet
# states (never a name's only other word: "PT Bank" is left whole).
_LEGAL_PREFIXES = frozenset({"PT", "CV", "JSC", "PJSC", "OJSC", "OAO", "ZAO"})


# A description opening a headline's name: "Brewer Okavango", "Startup Fennec", "Opinion:".
# "Bank" and "Group" open real names ("Bank Leumi", "Group Lotus") and stay.
_DESCRIPTOR_WORD = re.compile(
    rf"(?!(?i:bank|group)\b)(?i:{CORP_NOUNS})|[A-Z][a-z]+:"
    # "Grocers Penfold and Harlow Fresh": a plural that says what the firms are
    rf"|(?!(?:{'|'.join(sorted(CORPORATE_WORDS))})\b)(?i:{CORP_NOUNS})s"
)


def _place_in_name(tokens: list[re.Match[str]]) -> bool:
    """ "Boston Dynamics", "Aberdeen Asset Management": a place that starts a company's name
    (the rest is corporate words), not a place before one ("London Acme")."""
    first = tokens[0].group()
    rest = [t.group().rstrip(".,") for t in tokens[1:]]
    return (
        first in PLACES
        and first not in STOPWORDS
        and bool(rest)
        and (rest[-1] in CORPORATE_WORDS or rest[-1] in LEGAL_TOKENS)  # "Pacific Rim Bank"
    )


def _stop(word: str) -> bool:
    bare = re.sub(r"['’]s$", "", word).rstrip(".,;:")
    if bare.isupper() and len(bare) > 3:
        bare = bare.capitalize()  # "SOURCE Telstra Corporation Limited"
    return bare in STOPWORDS or bare in PLACES or bare.lower() in ("ceo", "ai")
