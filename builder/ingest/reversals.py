"""Reversal cues: the words by which a company walks something back, kept as data.

`VOCABULARY` groups verbs and phrases by meaning (undo, abandon, pause, restore, loosen, cap,
…); each group names the normalised action it reports. Inflections ("scraps", "scrapped",
"scrapping") and the object slot of phrasal verbs ("rolled the rule back") are generated, not
listed. A cue does not count under negation, denial, modality, prediction or a request
("refused to reverse", "could scrap", "has no plans to revisit", "analysts expect it to
drop", "calls to reverse"), in a market move ("shares dropped 5%"), as a noun modifying
another noun ("cancellation fees", "a rollback button"), or as background ("had scrapped a
similar plan in 2019"). Some cues are weak (a restoration told by "again", a bare "ends"):
they count, and the entry asks an editor to check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# meaning: (action, verbs, nouns). A verb is its base form; "~" marks where an object may sit
# in a phrasal verb ("walk ~ back" matches "walked it back" and "walked back").
VOCABULARY: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "undo": (
        "reversed",
        (
            "reverse", "undo", "overturn", "unwind", "revert", "reverse course on",
            "change course on", "do an about-face on", "make a U-turn on", "U-turn on",
            "go back on", "take ~ back", "change course", "change ~ mind", "change ~ minds",
            "flip-flop on", "backflip on", "backflip", "revert to", "do a 180 on", "do a 180",
            "pull a 180 on", "reverse direction on", "reverse direction", "turn back the clock on",
        ),
        (
            "U-turn", "about-face", "about face", "about-turn", "reversal", "volte-face",
            "volte face",
            "backflip", "flip-flop", "change of heart", "reversal of", "rethink",
        ),
    ),
    "retreat": (
        "backtracked",
        (
            "backtrack", "back-track", "backpedal", "back-pedal", "retreat from", "retreat on",
            "climb down", "climb down from", "back down", "back down on", "back away from",
            "back off", "step back from", "row back", "row back on", "walk away from",
            "bow to", "back out of", "relent", "cave in", "cave to", "cave", "retreat",
            "give in to", "give in", "yield to pressure", "yield to demands",
            # machine paraphrase renders "back" as "again": "stepped again from", "rowed again"
            "step again from", "row again on", "row again", "again-track on", "again-track",
        ),
        ("climb-down", "climbdown", "retreat", "backtrack"),
    ),
    # "again" for "back": machine paraphrase ("walked again on", "bringing again its cap").
    # "stroll" for "walk": the same paraphrase ("strolling again its resolution").
    "walk back": (
        "walked back",
        ("walk ~ back", "walk again on", "walk again", "stroll ~ back", "stroll again on",
         "stroll again"),
        ("walk-back", "walkback"),
    ),
    "roll back": (
        "rolled back",
        ("roll ~ back", "scale ~ back", "pull ~ back", "dial ~ back", "wind ~ down",
         "pare ~ back", "pull again",
         "roll again", "scale again", "dial again"),
        ("rollback", "roll-back"),
    ),
    "pause": (
        "paused",
        (
            "pause", "suspend", "halt", "freeze", "put the brakes on", "hit pause on",
            "press pause on", "switch ~ off", "turn ~ off",
            # "put it on ice", "placed the plan on hold"; "maintain" for "hold" and
            # "position" for "put" are how machine paraphrase renders them.
            *(
                f"{verb} ~ on {state}"
                for verb in ("put", "place", "position")
                for state in ("hold", "ice", "pause", "maintain", "the back burner",
                              "the backburner", "the shelf")
            ),
        ),
        ("suspension of", "pausing of", "freezing of"),
    ),
    "delay": (
        "delayed",
        ("delay", "postpone", "push ~ back", "defer", "hold off on"),
        ("postponement of",),
    ),
    "shelve": ("shelved", ("shelve", "mothball", "park"), ("shelving of",)),
    "abandon": (
        "scrapped",
        (
            "scrap", "axe", "ax", "ditch", "jettison", "junk", "nix", "kill off", "kill",
            "pull the plug on", "do away with", "bin", "retire", "dump", "abolish", "terminate",
            "stop", "put an end to", "bring an end to", "call time on", "tear ~ up",
            "can", "get rid of", "remove", "cease", "decide against", "opt against",
        ),
        ("scrapping of", "axing of", "ditching of", "abolition of"),
    ),
    "give up": (
        "abandoned",
        # "has given up the fee"; "deserted its plan" is how machine paraphrase says abandoned
        ("abandon", "give up on", "give ~ up", "walk away from", "renounce", "desert"),
        ("abandonment of",),
    ),
    "drop": ("dropped", ("drop", "end", "phase out", "sunset"), ("dropping of", "end of")),
    # "named off": machine paraphrase of "called off"
    "cancel": ("cancelled", ("cancel", "call off", "name off"), ("cancellation of",)),
    "close": ("shut down", ("shut down", "shutter", "close down", "wind up"), ()),
    # what was closed opens again: "reopened three branches it had shut in 2025"
    "reopen": ("reopened", ("reopen", "re-open"), ("reopening of",)),
    "discontinue": ("discontinued", ("discontinue",), ()),
    "withdraw": (
        "rescinded",
        ("rescind", "revoke", "retract", "withdraw", "repeal", "annul", "pull out of",
         "pull"),
        ("withdrawal of", "repeal of", "revocation of"),
    ),
    "restore": (
        "reinstated",
        ("reinstate", "restore", "bring ~ back", "bring again", "revive", "resurrect",
         "reintroduce", "return to", "go back to", "resume", "re-enable", "switch ~ back on",
         "re-instate",
         "convey ~ again", "carry ~ again", "introduce again",
         "re-introduce",
         "turn ~ back on"),
        ("reinstatement of", "restoration of", "reintroduction of", "return of"),
    ),
    "rehire": ("rehired", ("rehire", "re-hire", "hire ~ back", "hire ~ again"), ()),
    "loosen": (
        "relaxed",
        # "elevate": how machine paraphrase renders "lift".
        ("relax", "loosen", "ease", "lift", "elevate", "let ~ opt out", "make ~ optional",
         "unfreeze",
         "waive",
         "make ~ voluntary"),
        ("relaxation of", "relaxing of", "loosening of", "easing of", "lifting of"),
    ),
    "soften": (
        "softened",
        ("soften", "water ~ down", "tone ~ down", "dilute"),
        ("softening of", "watering down of"),
    ),
    "cap": (
        "capped",
        ("cap", "put a cap on", "impose a cap on", "set a cap on", "limit", "rein ~ in",
         "curb"),
        (),
    ),
}

# Verbs that make a cue only with a policy-like object after them: "ended its mandate" is a
# reversal, "ended the quarter" is not; "lifted its ban", not "lifted profits".
_NEEDS_POLICY_OBJECT = {"end", "lift", "ease", "limit", "kill", "retire", "park", "bin",
                        "return to", "junk", "revert", "defer", "take", "go", "stop", "terminate",
                        "resume", "abolish", "elevate", "can", "tear", "switch", "turn",
                        "curb", "remove", "cease", "waive", "phase", "shut", "close", "shutter",
                        "withdraw", "decide", "opt"}
# Verbs that walk back only a burden on staff or customers: "removed the fee", "waived the
# charge", "ceased its quota"; removing a feature or a product is no reversal.
_NEEDS_BURDEN_OBJECT = {"remove", "waive", "cease"}
_BURDEN_OBJECT = re.compile(
    r"\s+(?:(?:its|the|their|a|an|this|that)\s+)?(?:[\w'’.%$£€-]+\s+){0,3}?(?:fees?|charges?|"
    r"surcharges?|levy|levies|requirements?|mandates?|rules?|restrictions?|limits?|caps?|bans?|"
    r"quotas?|targets?|penalt(?:y|ies)|obligations?)\b",
    re.I,
)
# Phrases that need one too, where other phrases share their first word ("pulled the feature",
# not "pulled out of the talks"; "returned to its old policy", not "returned to growth").
_PHRASE_NEEDS_POLICY_OBJECT = {"pull", "return to", "give ~ up", "desert"}
_POLICY_NOUN = (
    r"\b(?:requirements?|mandates?|"
    r"polic(?:y|ies)|rules?|programs?|programmes?|practices?|bans?|pilots?|trials?|plans?|"
    r"partnerships?|schemes?|tests?|experiments?|quotas?|targets?|restrictions?|limits?|caps?|"
    r"freeze|push|drive|initiative|model|system|tools?|features?|changes?|decision|deal|"
    r"contracts?|order|orders|schedule|office|remote|hybrid|days|week|rollout|roll-out|launch|"
    r"return|deadline|requirement|use|plans?|fees?|surcharges?|charges?|levy|levies|perks?|"
    r"benefits?|bonus(?:es)?|discounts?|subsid(?:y|ies)|allowances?|stipends?|promises?|"
    r"pledges?|commitments?|stance|position|hours|offers?|sponsorships?|subscriptions?|tiers?|"
    r"cuts?|closures?|layoffs?|increases?|hikes?|rises?|strateg(?:y|ies)|approach|ambitions?|"
    r"goals?|codes?|curbs?|measures?|moves?|incentives?|relocations?|tracking|monitoring|"
    r"surveillance|leaderboards?|dashboards?|guidelines?|overhaul|redesign|update|ads?|"
    r"adverts?|advertisements?|campaigns?|operations|services?|opening|menus?|"
    # how machine paraphrase renders "policy", "decision", "mandate", "ban"
    r"coverage|resolution|directive|prohibition|pricing|terms|conditions|obligations?|"
    r"proposals?|projects?|regime|arrangements?|hiring|"
    # features and perks a firm switches off or brings back
    r"cameras|screens?|prompts?|pop-ups?|meals|refills|delivery|parking|breakfast|wi-?fi)\b"
)
# "its new office rule", "the plan"; without a determiner a policy noun comes within two
# words ("24-hour operations", "remote work", "free parking").
# The words between stay in one noun phrase: "its Leeds plant and cut 200 jobs" has no policy.
_OBJECT_WORD = (
    r"(?!(?:and|or|but|after|before|with|to|in|on|at|for|from|by|as)\b)[\w'’.%$£€\"“”-]+\s+"
)
_POLICY_OBJECT = (
    rf"(?:(?:its|the|their|a|an|this|that|his|her)\s+(?:{_OBJECT_WORD}){{0,4}}?|"
    rf"(?:{_OBJECT_WORD}){{0,2}}?){_POLICY_NOUN}"
)
_POLICY_OBJECT_AFTER = re.compile(rf"\s+{_POLICY_OBJECT}", re.I)
# Objects that make a cue verb no policy reversal: "reverse engineering", "suspended two
# employees", "cancelled flights", "halted trading".
_NOT_POLICY_OBJECT_TEXT = {
    "reopen": r"\s+(?:\S+\s+){0,2}(?:talks|negotiations|investigations?|inquir(?:y|ies)|probes?|"
    r"case|cases|debate|wounds?|old\s+wounds|markets?|trading|bidding|offer|window|consultation)\b"
    r"|\s+(?:after|following|once|when|on|in|at|for)\b|\s*[,.;]|\s*$"
    # closed for a cause, not by a policy: "reopened 30 stores it closed during the pandemic"
    r"|[^.;]{0,60}\b(?:during|because\s+of|due\s+to|amid)\s+(?:the\s+)?(?:pandemic|"
    r"lockdowns?|covid|coronavirus|storms?|floods?|flooding|war|fighting|fire|strikes?)\b",
    "reverse": r"\s+(?:(?:it|them|the\s+\w+)\s+(?:into|out\s+of)|engineer\w*|mortgages?|"
    r"splits?|osmosis|auctions?|charges?|image|search|"
    r"psychology|gear|into|(?:(?:a|an|its|their|the|some|all|early|earlier|initial|recent)\s+)"
    r"{0,2}(?:loss(?:es)?|gains?|declines?|slide|slump|fall|rally|trend))\b",
    "suspend": r"\s+(?:\S+\s+){0,2}(?:employees?|workers?|executives?|staff(?:ers?)?|managers?|"
    r"engineers?|drivers?|accounts?|users?|CEO|chief|officers?|players?|trading|shares|him|her|"
    # an operation stopped for a while, no policy: "suspended flights to Tel Aviv"
    r"them|flights?|routes?|sailings?|services?|operations|sign-?ups|registrations|onboarding|"
    # a brand stops buying space for a while: "suspended its advertising on X"
    r"advertising|ads|adverts|spending)\b",
    "halt": r"\s+(?:\S+\s+){0,1}(?:trading|shares|stock|production\s+lines?|hiring|"
    r"recruitment|recruiting|deliveries|shipments|production|flights|operations|"
    r"advertising|ads|adverts|spending)\b",
    # A hiring freeze is a cut, not a reversal (lifting one, or resuming hiring, is one).
    "pause": r"\s+(?:for|to|before|after|briefly|again)\b|\s+(?:\S+\s+){0,2}(?:hiring|"
    r"recruitment|recruiting|trading|flights|operations|production|orders|shipments|"
    # new customers turned away for a while: "paused new sign-ups in India"
    r"deliveries|sign-?ups|registrations|onboarding|advertising|ads|adverts|spending)\b",
    "cancel": r"\s+(?:\S+\s+){0,2}(?:flights?|trains?|meetings?|events?|concerts?|shows?|"
    r"appointments?|deliveries|games?|matches|investor\s+days?|conferences?|presentations?|"
    r"roadshows?|part(?:y|ies)|trips?|visits?|tours?|webinars?|summits?|festivals?|ceremon(?:y|ies)|"
    r"celebrations?|fairs?|calls?|orders|bookings|reservations|"
    # work a studio or a maker stops is a cut, no turn: "has cancelled several projects"
    r"projects|titles|series|films|movies|albums|models|order\s+(?:for|of))\b",
    "drop": r"\s+(?:\S+\s+){0,2}(?:hints?|calls?|lawsuits?|charges\s+against|the\s+ball)\b",
    "withdraw": r"\s+from\s+(?:the\s+)?(?:\S+\s+)?(?:talks|race|bidding|auction|contest|"
    r"competition|tournament|conference|event|index|negotiations)\b",
    "pull": r"\s+(?:the\s+)?(?:\S+\s+)?(?:talks|race|bidding|auction|contest|"
    r"competition|tournament|conference|event|index|negotiations)\b",
    "cap": r"\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+)?(?:year|day|week|month|season|"
    r"run|career|quarter|decade)(?![\w-])",
    "restore": r"\s+(?:\S+\s+){0,1}(?:power|electricity|water|order|calm|confidence|trust|faith|"
    r"profitability|growth|peace|connectivity|balance|reputation|image|credibility|morale)\b",
    "bring": r"\s+(?:\S+\s+){0,2}(?:memories|jobs|manufacturing|production)\b",
    # one person put back in a job: "reinstated the sacked presenter" (a rehiring of many
    # laid-off workers still counts)
    "reinstate": r"\s+(?:him|her|(?:the|a|an|its|his|their)\s+(?:[\w-]+\s+){0,2}?(?:employee|"
    r"worker|manager|driver|executive|officer|player|coach|chief|CEO|engineer|pilot|nurse|"
    r"teacher|presenter|host|director|editor|boss)(?![\w-]|\s+" + _POLICY_NOUN + r")"
    # "reinstated the barista who had been fired": one person, named by what they do
    r"|(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?[a-z-]+\s+who\b)",
    "rehire": r"\s+(?:its|their|the|a|an)\s+(?:former\s+|ex-|old\s+)?(?:[\w-]+\s+){0,2}?(?:chief|"
    r"CEO|executive|director|boss|head|founder|president|chair(?:man|woman)?|officer)\b",
    "lift": r"\s+the\s+(?:lid|veil|curtain)\b",
    "delay": r"\s+(?:\S+\s+){0,2}(?:earnings|results|report|filing|accounts)\b",
    # A price freeze holds prices; it walks nothing back.
    "freeze": r"\s+(?:\S+\s+){0,2}(?:prices?|fares?|wages?|pay|salar(?:y|ies)|rents?|fees?|"
    r"accounts?|assets?|funds?|tickets?|hiring|recruitment|recruiting)\b",
}
# An adverbial aside between a verb and its object.
_ASIDE_AFTER_VERB = re.compile(
    r"^\s*,\s+(?:with\s+immediate\s+effect|effective\s+(?:immediately|today|now)|for\s+now|"
    r"at\s+least\s+for\s+now|for\s+the\s+time\s+being|from\s+(?:today|now|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)|in\s+effect|temporarily|quietly|"
    r"in\s+(?:most|some|all)\s+\w+)\s*,(?=\s)",
    re.I,
)
# A noun after a price, a fee or staff that makes it a policy: "price increase", "staff cuts".
_CHANGE_NOUN = re.compile(
    r"[\s-]+(?:increases?|rises?|hikes?|cuts?|caps?|changes?|plans?|polic(?:y|ies)|rules?|"
    r"freezes?|bans?|mandates?|requirements?)\b",
    re.I,
)
# Jobs cut are layoffs, not a reversal: "is set to scrap 200 jobs", "axed 40 roles".
_JOBS = (
    r"\s+(?:(?:its|the|their|some|about|around|up\s+to|nearly)\s+)?(?:[\d,]+\s+)?"
    r"(?:[\w-]+\s+)?(?:jobs|roles|positions|posts|staff|workers|employees)\b"
)
for _head in ("scrap", "axe", "ax", "ditch", "kill", "terminate", "remove", "can", "junk", "bin"):
    _NOT_POLICY_OBJECT_TEXT[_head] = _JOBS
_NOT_POLICY_OBJECTS = {
    head: re.compile(text, re.I) for head, text in _NOT_POLICY_OBJECT_TEXT.items()
}
# Money returned or guided is no policy reversal: "suspended its dividend", "withdrew its
# guidance", "cut back its buyback".
_FINANCIAL = re.compile(
    r"\s+(?:(?:its|the|their|a|an|this|that|all|any)\s+)?(?:[\w-]+\s+){0,2}?(?:dividends?|"
    r"buybacks?|share\s+repurchases?|guidance|forecasts?|outlook|profit\s+warning|"
    # a deal called off is no policy walked back: "withdrew its takeover bid", "shelved its IPO"
    r"(?:takeover\s+)?bids?|takeover|mergers?|acquisitions?|IPO|listing|flotation|"
    r"offer\s+for|deal\s+to\s+(?:buy|acquire|take\s+over|merge))\b",
    re.I,
)
# Operations stopped or resumed for a cause, or a plan carried out: "paused deliveries during
# the storm", "restored service after an outage", "will end the trial as planned".
_OPERATIONAL = re.compile(
    r"^[^,;.]{0,80}?\b(?:outages?|storms?|maintenance|fires?|floods?|flooding|snow|fog|weather|"
    r"refurbishment|refit|renovation|repairs|closure\s+for|"
    r"power\s+cuts?|(?:technical|IT|system|software|computer)\s+(?:faults?|failures?|problems?|"
    r"issues?|glitch(?:es)?)|glitch(?:es)?|"
    r"safety\s+scare|cyber-?attacks?|hack|as\s+(?:planned|scheduled|intended|expected)|"
    r"on\s+schedule)\b",
    re.I,
)
# A claim told after the act: "Acme has scrapped the rule, the union claims".
_CLAIMED_AFTER = re.compile(
    r"[^.;]*,\s+(?:[^,;.]{0,40}?\s)?(?:claims?|claimed|alleges?|alleged|contends?|contended)"
    r"\b[^,;]{0,40}$",
    re.I,
)
_FREEZE_OF = re.compile(
    r"\b(?:hiring|recruitment|recruiting|pay|wage|salary|price|fare|rent|fee|tuition)s?\s+$",
    re.I,
)
_FREEZE_ON = re.compile(
    r"\s+on\s+(?:all\s+|new\s+)?(?:hiring|recruitment|recruiting|pay|wages|salaries|prices|fares|"
    r"rents|fees)\b",
    re.I,
)
_FREEZE_ENDED = re.compile(
    r"[^.;]{0,30}?\b(?:is|was|has\s+been)\s+(?:now\s+)?(?:over|lifted|ended|scrapped|dropped)|"
    r"[^.;]{0,30}?\b(?:ends|ended)\b",
    re.I,
)
_NOTHING_AFTER = re.compile(r"\s+(?:nothing|none|no\s+(?!longer\b)\w+)\b", re.I)
# Denied after the act: "The scrapping of the fee by Ryanair was a hoax".
_FALSE_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:was|were|is|are|proved|turned\s+out\s+to\s+be)\s+(?:an?\s+)?"
    r"(?:hoax|fake|false|untrue|myth|fabricat\w+|not\s+true|rumou?r|misreport\w*)\b",
    re.I,
)
# A plan to act that came to nothing: "Unilever's plan to scrap its targets was blocked by
# shareholders", "An attempt to reverse it failed".
_PLANNED_BEFORE = re.compile(
    r"\b(?:plans?|proposals?|bid|attempts?|efforts?|moves?|idea|push|decision)\s+to\s+$", re.I
)
_THWARTED_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:(?:was|were|has\s+been|have\s+been|had\s+been|got)\s+(?:\w+\s+)?"
    r"(?:blocked|rejected|voted\s+down|thwarted|overruled|vetoed|shelved|abandoned|dropped|"
    r"scrapped|withdrawn|defeated|struck\s+down|halted)|failed|fell\s+(?:through|apart)|"
    r"collapsed|came\s+to\s+nothing|went\s+nowhere|never\s+happened)\b",
    re.I,
)
# A turn only spoken of as possible: "its possible U-turn", "the proposed cancellation of".
_NOUN_HEDGED = re.compile(
    r"\b(?:possible|potential|rumou?red|threatened|proposed|mooted|expected|likely|hoped-for|"
    r"would-be|looming|feared|speculated|reported|planned|imminent|prospective)\s+"
    r"(?:[\w-]+\s+)?$",
    re.I,
)
# Told as the past: "The company previously scrapped", "It had earlier scrapped", "Ryanair,
# which famously retreated from …": a turn remembered is no news of the article's.
_EARLIER_ACT = re.compile(
    r"(?:\b(?:previously|formerly|famously|notoriously|memorably)|\bhad\s+(?:earlier|once|already)|(?<!\bat\s)\bonce)\s+$",
    re.I,
)
# A gerund as the topic of talk, not an act: "a consultation on scrapping the fee".
_TOPIC_GERUND = re.compile(
    # "It is cheaper than bringing them back": a comparison, no act
    r"\b(?:on|about|of|over|into|against|towards|regarding|than)\s+$", re.I
)
# "stopped requiring", "stopped charging": a company stops enforcing or charging.
_STOP_ENFORCING = re.compile(
    r"\s+(?:requiring|charging|tracking|monitoring|forcing|mandating|enforcing|making\s+"
    r"(?:staff|employees|workers|customers|users)\s+(?:pay|work|come|return))\b",
    re.I,
)
# A legal or regulatory act dropped is no company policy reversed: "scrapped its probe into",
# "withdrew its appeal", "dropped the charges".
_LEGAL_ACT = re.compile(
    r"\s+(?:(?:its|the|their|a|an|this|that|all|any)\s+)?(?:[\w-]+\s+){0,2}?(?:probe|"
    r"investigation|inquiry|enquiry|lawsuits?|suit|case|charges\s+against|criminal\s+charges|fines?|penalt(?:y|ies)|"
    r"appeal|legal\s+(?:challenge|action|claim|bid)|complaint|antitrust|prosecution|rulings?|verdicts?|judg(?:e)?ments?|"
    r"injunctions?|"
    # a strike or a protest is called off by those who called it, never a firm's policy
    r"strikes?|strike\s+action|walkouts?|industrial\s+action|stoppages?|boycotts?|protests?|"
    r"pickets?|picketing|go-slows?|work-to-rule|threat\s+of\s+(?:a\s+)?strikes?)\b",
    re.I,
)
# Taking back words is no policy reversal: "walked back her comments", "retracted the claim".
_REMARKS = re.compile(
    r"\s+(?:(?:her|his|their|its|the|those|these|some|earlier|previous|recent|controversial|"
    r"own)\s+){0,3}(?:comments?|remarks?|statements?|suggestions?|claims?|words|tweets?|"
    r"apology|criticism|allegations?|accusations?|characteri[sz]ation|assertions?)\b",
    re.I,
)
_IRREGULAR = {
    "undo": ("undoes", "undid", "undone", "undoing"),
    "unwind": ("unwinds", "unwound", "unwound", "unwinding"),
    "wind": ("winds", "wound", "wound", "winding"),
    "withdraw": ("withdraws", "withdrew", "withdrawn", "withdrawing"),
    "defer": ("defers", "deferred", "deferred", "deferring"),
    "annul": ("annuls", "annulled", "annulled", "annulling"),
    "bring": ("brings", "brought", "brought", "bringing"),
    "freeze": ("freezes", "froze", "frozen", "freezing"),
    "put": ("puts", "put", "put", "putting"),
    "shut": ("shuts", "shut", "shut", "shutting"),
    "hit": ("hits", "hit", "hit", "hitting"),
    "set": ("sets", "set", "set", "setting"),
    "give": ("gives", "gave", "given", "giving"),
    "go": ("goes", "went", "gone", "going"),
    "take": ("takes", "took", "taken", "taking"),
    "flip-flop": ("flip-flops", "flip-flopped", "flip-flopped", "flip-flopping"),
    "backflip": ("backflips", "backflipped", "backflipped", "backflipping"),
    "stop": ("stops", "stopped", "stopped", "stopping"),
    "tear": ("tears", "tore", "torn", "tearing"),
    "get": ("gets", "got", "got(?:ten)?", "getting"),
    "convey": ("conveys", "conveyed", "conveyed", "conveying"),
    "unfreeze": ("unfreezes", "unfroze", "unfrozen", "unfreezing"),
    "can": ("cans", "canned", "canned", "canning"),
    "re-enable": ("re-enables", "re-enabled", "re-enabled", "re-enabling"),
    "do": ("does", "did", "done", "doing"),
    "make": ("makes", "made", "made", "making"),
    "let": ("lets", "let", "let", "letting"),
    "hold": ("holds", "held", "held", "holding"),
    "rein": ("reins", "reined", "reined", "reining"),
    "bin": ("bins", "binned", "binned", "binning"),
    "lift": ("lifts", "lifted", "lifted", "lifting"),
    "ax": ("axes", "axed", "axed", "axing"),
    "axe": ("axes", "axed", "axed", "axing"),
    "u-turn": ("U-turns", "U-turned", "U-turned", "U-turning"),
    "cancel": ("cancels", "cancel(?:l)?ed", "cancel(?:l)?ed", "cancel(?:l)?ing"),
    "backpedal": ("backpedals", "backpedal(?:l)?ed", "backpedal(?:l)?ed", "backpedal(?:l)?ing"),
    "back-pedal": ("back-pedals", "back-pedal(?:l)?ed", "back-pedal(?:l)?ed",
                   "back-pedal(?:l)?ing"),
}
_DOUBLING = re.compile(r"^[^aeiou]*[aeiou][bdgklmnprt]$")  # scrap → scrapped, drop → dropping


def inflections(verb: str) -> tuple[str, ...]:
    """Regular expressions for a verb's forms: base, -s, past, participle, -ing."""
    lower = verb.lower()
    if lower in _IRREGULAR:
        return (re.escape(verb), *_IRREGULAR[lower])
    if lower.endswith("e") and not lower.endswith("ee"):
        stem = verb[:-1]
        forms = (verb, verb + "s", verb + "d", stem + "ing")
    elif re.search(r"[^aeiou]y$", lower):
        stem = verb[:-1]
        forms = (verb, stem + "ies", stem + "ied", verb + "ing")
    elif re.search(r"(?:s|sh|ch|x|z)$", lower):
        forms = (verb, verb + "es", verb + "ed", verb + "ing")
    elif _DOUBLING.match(lower):
        forms = (verb, verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing")
    else:
        forms = (verb, verb + "s", verb + "ed", verb + "ing")
    return tuple(dict.fromkeys(re.escape(f) for f in forms))


def phrase_pattern(phrase: str) -> str:
    """A verb phrase as a pattern: the first word inflected, "~" an optional short object."""
    head, _, rest = phrase.partition(" ")
    verb = "(?:" + "|".join(inflections(head)) + ")"
    if not rest:
        return verb
    parts = []
    words = rest.split(" ")
    # a tail of two words or more ("on hold", "back on") closes a long object safely: "put its
    # plan to sell only electric cars by 2030 on ice"
    tail = len(words) - words.index("~") - 1 if "~" in words else 0
    longest = 10 if tail >= 2 else 6
    for word in words:
        if word == "~":
            parts.append(rf"(?:[\w$£€'’.%-]+\s+){{0,{longest}}}?")
        else:
            parts.append(re.escape(word) + r"\s+")
    return verb + r"\s+" + "".join(parts).removesuffix(r"\s+")


def _noun_pattern(noun: str) -> str:
    """A noun and its plural; "abandonment of" as written (its object must be a policy)."""
    body = re.escape(noun).replace(r"\ ", r"\s+")
    return body if noun.endswith(" of") else body + "s?"


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    action: str
    words: str
    weak: bool = False


@dataclass(frozen=True)
class _Phrase:
    pattern: re.Pattern[str]  # matched at a word's start
    action: str
    phrase: str
    is_noun: bool


def _index() -> dict[str, list[_Phrase]]:
    """Phrases by the first three letters of their first word, longest phrase first: a
    sentence is read word by word and only the few phrases that can start at a word are
    tried there (one pattern of every alternative would try them all at every character)."""
    entries = []
    for action, verbs, nouns in VOCABULARY.values():
        entries += [(action, v, False) for v in verbs]
        entries += [(action, n, True) for n in nouns]
    entries.sort(key=lambda e: -len(e[1]))
    index: dict[str, list[_Phrase]] = {}
    for action, phrase, is_noun in entries:
        body = _noun_pattern(phrase) if is_noun else phrase_pattern(phrase)
        compiled = re.compile(rf"(?:{body})(?![\w-])", re.I)
        for key in {_key(form) for form in _first_word_forms(phrase, is_noun)}:
            index.setdefault(key, []).append(_Phrase(compiled, action, phrase, is_noun))
    return index


def _first_word_forms(phrase: str, is_noun: bool) -> list[str]:
    head = phrase.split(" ")[0]
    if is_noun:
        return [head]
    # The first three letters of every form ("cancel(?:l)?ed" → "can"); forms share them but
    # for a few irregular verbs.
    return [re.sub(r"\\|\(\?:[^)]*\)\??", "", form) for form in inflections(head)]


def _key(word: str) -> str:
    return word[:3].lower()


_PHRASES = _index()
# Hyphens other than "-" (U+2010 hyphen, U+2011 non-breaking hyphen) and the no-break space.
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u00a0": " "})
# Cue nouns that are also verbs' bare forms ("U-turn", "backflip"): "a Tesco U-turn on fees".
_NOUN_WORDS = {
    noun.lower() for _, _, nouns in VOCABULARY.values() for noun in nouns if " " not in noun
}
_WORD = re.compile(r"(?<![\w-])[\w][\w'’-]*")
# "will no longer require": a reversal with no reversal verb.
_NO_LONGER = re.compile(
    r"(?<![\w-])(?:(?:will|would|to|is|are|was|were|'ll|’ll|has|have)\s+)?no\s+longer\s+"
    r"(?:be\s+)?(?:require|requires|required|requiring|have\s+to|has\s+to|need\s+to|"
    r"using|offering|allowing|tracking|forcing|asking|monitoring|enforcing|counting|"
    r"pursuing|demanding|mandating|expecting|insisting|banning|"
    r"mandate|mandates|force|forces|ask|asks|charge|charges|charged|charging|track|"
    r"tracks|offer|offers|use|uses|allow|allows|need|needs|expect|expects|insist|insists|"
    r"enforce|enforces|make|makes|count|counts|monitor|monitors|pursue|pursues|"
    r"go\s+ahead|proceed|push|pushes|demand|demands|ban|bans|"
    # "is no longer planning to raise prices": the plan is dropped
    r"(?:plans?|planning|intends?|intending|going)\s+to\s+(?!be\b)\w+)\b",
    re.I,
)
# A restoration told without a reversal verb: "staff can once more work from home", "will
# again offer", "is bringing the bonus back". Weak: an editor checks it.
# ("as soon as extra": how machine paraphrase renders "once more".)
_AGAIN = re.compile(
    r"(?<![\w-])(?:will|can|could|may|is|are|would|to)\s+(?:once\s+(?:more|again)|again|"
    r"as\s+soon\s+as\s+(?:extra|more))\s+"
    r"(?:be\s+able\s+to\s+|be\s+allowed\s+to\s+)?(?:offer|allow|let|pay|give|permit|work|"
    r"fund|provide|hire|accept|support|include|cover|take|serve|sell|stock|print|deliver|"
    r"open|run|honou?r|match|refund)(?:s|ing)?\b",
    re.I,
)
# An ability regained, whatever the verb: "customers can once more talk to a person".
_ABLE_AGAIN = re.compile(
    r"(?<![\w-])(?:can|could|will\s+be\s+able\s+to|are\s+able\s+to)\s+(?:once\s+(?:more|again)|"
    r"again)\s+(?!(?:be|have|expect|face|see)\b)[a-z]+\b",
    re.I,
)
# A restoration a court, a regulator or a government brought about, not the firm.
_UNDONE_BY_OTHERS = re.compile(
    r"[^.;]{0,80}?\b(?:after|because|since|following|once|when)\s+(?:(?:a|an|the|its|their)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:courts?|judges?|regulators?|watchdog|government|ministry|tribunal|"
    r"ruling|parliament|lawmakers|authorit(?:y|ies))\b",
    re.I,
)
# What comes round again by the calendar, restoring nothing.
_RECURRING = re.compile(
    r"\b(?:(?:every|each)\s+(?:year|summer|winter|spring|autumn|christmas|month|week|season)|"
    r"annual|annually|seasonal|promotions?|this\s+(?:christmas|summer|winter|season))\b",
    re.I,
)
# "is allowing staff to work from home again", "are once again allowed to": weak too.
_AGAIN_AFTER = re.compile(
    r"(?<![\w-])(?:(?:is|are|will\s+be|has\s+been|have\s+been)\s+(?:now\s+)?(?:allowing|"
    r"letting|permitting|offering|paying)\b[^.;,:]{0,60}?\bagain\b"
    r"(?!\s+(?:this|next|for\s+the)\s+(?:year|season|summer|winter|spring|autumn|christmas|"
    r"holidays?|month|week|festive))|(?:is|are|will\s+be)\s+"
    r"(?:once\s+)?again\s+(?:allowed|permitted|able|free|entitled|eligible)\s+to|"
    r"(?:will|can|is|are)\s+(?:once\s+)?again\s+be\s+(?:offered|given|allowed|paid|permitted|"
    r"able|eligible|entitled)\b|"
    # "staff can now work from home again"
    r"(?:can|will)\s+(?:now\s+)?(?:be\s+(?:able|allowed|free)\s+to\s+)?(?:work|use|claim|earn|"
    r"choose|enjoy|access|receive|get|bring|"
    r"wear|take)\b[^.;,:]{0,40}?\bagain\b"
    r"(?!\s+(?:this|next|for\s+the)\s+(?:year|season|summer|winter|spring|autumn|christmas))"
    r")",
    re.I,
)
# "The free tier is back", "the bonus will return": a perk restored, told of the perk. Weak.
_PERK_BACK = re.compile(
    r"\b(?:the|its|their|a|free)\s+(?:[\w'’-]+\s+){0,3}?(?:fees?|charges?|perks?|bonus(?:es)?|"
    r"discounts?|tiers?|features?|schemes?|programmes?|programs?|benefits?|allowances?|"
    r"subsid(?:y|ies)|stipends?|service|refunds?|policy|option|delivery|parking|breakfast|"
    r"wi-?fi)(?:\s+(?:of|for)\s+(?!\w+ing\b)(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s+(?:(?:is|are)\s+(?:coming\s+)?"
    r"back|(?:will|would)\s+(?:be\s+)?(?:coming\s+back|back|return)|(?:is|are)\s+returning|"
    r"(?:has|have)\s+returned|returns(?=\s*(?:[,.;:!?)]|$)|\s+(?:on|from|in|at|to|next|this|"
    r"for|after|later|today|tomorrow)\b))",
    re.I,
)
# "keeps its free transfers after all": a planned change dropped. Weak.
_AFTER_ALL = re.compile(
    r"(?<![\w-])(?:keep|keeps|kept|keeping|retain|retains|retained|retaining|(?:will|would)\s+"
    r"(?:stay|remain)|(?:stays|remains)\s+(?:open|in\s+place|free|available))\b[^.;:?!]{1,60}?"
    r"\bafter\s+all(?=\s*(?:[,.;:!?)\"”’]|$|\s(?:and|but)\b))",
    re.I,
)
# "will not introduce the fee it announced in January", "will not make telematics compulsory
# after all", "to keep open 18 branches it had planned to close": a planned change dropped.
_PLAN_DROPPED = re.compile(
    r"(?<![\w-])(?:(?:will|would|does|did|is|are)\s+not|won['’]t|wouldn['’]t|isn['’]t|"
    r"(?:is|are)\s+no\s+longer)\s+(?:now\s+)?(?:introduce|introducing|implement|implementing|"
    r"bring(?:ing)?\s+in|roll(?:ing)?\s+out|launch|launching|impose|imposing|make|making|"
    r"charge|charging|add|adding)\b(?=[^.;:]{1,80}?(?:\b(?:it|they|the\s+\w+)\s+(?:had\s+)?"
    r"(?:announced|planned|proposed|unveiled|flagged|trailed)\b|\bafter\s+all\b|"
    r"\b(?:planned|proposed|announced|intended)\b))"
    r"|\b(?:keep|keeps|kept|keeping|retain|retains|retained|retaining)\s+(?:open\s+)?"
    r"(?=[^.;:]{1,80}?\b(?:it|they|the\s+\w+)\s+had\s+(?:\w+\s+)?(?:planned|intended|"
    r"proposed|announced|earmarked|slated|set|due|hoped)\s+(?:to|for)\s+(?:close|closure|shut|"
    r"cut|scrap|sell|axe|end|remove|drop)\b)",
    re.I,
)
# "That charge will now not go ahead": a plan told of as not happening (its firm is the one
# the text is about).
_WONT_GO_AHEAD = re.compile(
    rf"(?<![\w-])(?:the|that|this|its|their)\s+(?:[\w-]+\s+){{0,3}}?{_POLICY_NOUN}\s+"
    r"(?:(?:will|would)\s+(?:now\s+)?(?:not|no\s+longer)|won['’]t|(?:is|are)\s+(?:now\s+)?"
    r"(?:not|no\s+longer)\s+going\s+to)\s+(?:now\s+)?(?:go\s+ahead|proceed|happen|"
    r"take\s+effect|be\s+(?:introduced|implemented))\b",
    re.I,
)
# "Next, which had said it would close 20 stores, now says it will keep all of them open": a
# closure the sentence says was planned, not made.
_KEEP_OPEN = re.compile(
    r"(?<![\w-])(?:keep|keeps|kept|keeping)\s+(?:[\w'’-]+\s+){0,4}?(?:open|running|trading)\b",
    re.I,
)
_CLOSURE_PLANNED = re.compile(
    r"\b(?:had\s+)?(?:said|planned|announced|proposed|intended|threatened|wanted)\s+"
    r"(?:(?:it|they)\s+would|to)\s+(?:close|shut|sell)\b",
    re.I,
)
# "the trial would end early": a pilot cut short.
_ENDS_EARLY = re.compile(
    r"\b(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:trial|pilot|scheme|programme|program|"
    r"experiment|test|rollout|roll-out)\s+(?:(?:will|would|is\s+to|is\s+set\s+to)\s+)?"
    r"end(?:s|ed)?\s+(?:early|prematurely|ahead\s+of\s+schedule)\b",
    re.I,
)
# "will not go ahead with", "is no longer going ahead with": a plan abandoned.
_NOT_PROCEEDING = re.compile(
    r"(?<![\w-])(?:(?:will|would|does|did|is|are)\s+not|won['’]t|wouldn['’]t|isn['’]t|"
    r"aren['’]t|didn['’]t|(?:is|are)\s+no\s+longer|(?:decided|decides|chose|chooses|opted|"
    r"opts|agreed)\s+not\s+to)\s+(?:now\s+)?(?:go\s+ahead|going\s+ahead|"
    r"proceed|proceeding|press\s+ahead|pressing\s+ahead|push\s+ahead|pushing\s+ahead)\s+with\b",
    re.I,
)

_NEGATION = re.compile(
    r"\b(?:not(?!\s+(?:only|just|until|long\s+after)\b)|never|nobody|would\s+have|no\s+one|"
    r"neither|would\s+rather|yet\s+to|(?:slow|reluctant|loath|unwilling|hesitant)\s+to|"
    # not yet, or only rumoured: "is preparing to", "is poised to", "is said to be"
    r"(?:preparing|poised|gearing\s+up|making\s+ready)\s+to|(?:said|understood|thought|rumoured)\s+to\s+be|"
    # "is in talks to bring back": not decided
    r"in\s+(?:talks|discussions|negotiations)\s+(?:\S+\s+){0,4}?to|"
    # "didn't", "won't": the contraction is one word with its verb
    r"none\s+of|none\s+(?:has|have|had|is|are|was|were|will|would)|no\s+plans?\s+to|\w*n['’]t|refus(?:e|es|ed|ing|al)\s+to|declin(?:e|es|ed|ing)\s+to|"
    r"rul(?:e|es|ed|ing)\s+out|dominat(?:e|es|ed|ing)\s+out|has\s+yet\s+to|have\s+yet\s+to|without|rather\s+than|instead"
    r"\s+of|resist(?:s|ed|ing)?|reject(?:s|ed|ing)?|could|might|may|considering|"
    # "considered scrapping" weighs; "considered the feedback and scrapped it" has decided
    r"consider(?:s|ed)?(?=\s+(?:whether\s+to\s+)?$)|consider(?:s|ed)?\s+whether|weigh(?:s|ing)|"
    r"weighed(?=\s+(?:up\s+)?$)|weighed\s+(?:whether|up)|calls?\s+(?:for\s+\w+\s+)?to|urg(?:e|es|"
    r"ed|ing)\s+(?:\S+\s+){1,4}to|pressure\s+(?:\S+\s+){0,4}to|threat(?:en|ens|ened)\s+to|"
    # "offered to drop the rise if …", "proposed to scrap": an offer, not an act
    r"(?:offer|propos|volunteer)(?:s|ed|es|ing)?\s+to|"
    r"asked\s+(?:\S+\s+){1,4}to|petition(?:ed)?\s+(?:\S+\s+){0,4}to|demand(?:s|ed)?\s+"
    r"(?:that\s+)?(?:\S+\s+){0,4}to|whether\s+to|if\s+it|unless|any\s+plans?\s+to|"
    r"no\s+(?:rival|one|other|company|firm|competitor)s?\s+(?:\w+\s+){0,2}(?:has|have|had|is|"
    r"was)|(?:dismiss|disregard|rebuff|refut|quash|rubbish|shot\s+down|shoot\w*\s+down)\w*\s+"
    r"(?:\w+\s+){0,3}(?:reports?|rumou?rs?|speculation|claims?|stories|suggestions?|hypothes[ie]s)|"
    r"den(?:y|ies|ied|ying)|expect(?:s|ed)?\s+(?:\S+\s+){0,6}to|brush(?:es|ed|ing)?\s+off|play(?:s|ed|ing)?\s+down|rarely|seldom|"
    r"hardly|expect(?:s|ed)?\s+(?:\w+\s+){0,3}to|(?:is|are|was|were)\s+"
    r"(?:widely\s+)?expected\s+to|predict(?:s|ed)?|forecast(?:s)?|speculat(?:e|es|ed|ion)|"
    r"rumou?r(?:s|ed)?|(?<!confirmed\s)(?<!confirms\s)reports?\s+that|"
    # "despite reports it was planning to scale it back": the report's, not the firm's word
    r"(?:despite|amid|after|following|denied|dismissed|unconfirmed|media|press|news|recent|"
    r"earlier)\s+reports?\s+(?:that\s+)?(?:\S+\s+){1,4}?(?:was|were|is|are|would|had|has|"
    r"could|might|planned|plans|planning)\b|stick(?:s|ing)?\s+with|"
    r"stuck\s+with|stood\s+firm|stand(?:s|ing)?\s+firm|"
    r"hold(?:s|ing)?\s+firm|would\s+be\s+(?:wrong|a\s+mistake)\s+to|should|ought\s+to|must|"
    r"needs?\s+to|time\s+for\s+(?:\S+\s+){0,3}to|(?:wants?|wanted|wanting|"
    r"would\s+like|would\s+prefer|prefers?)\s+(?:\S+\s+){1,4}to|hopes?\s+(?:\S+\s+){0,4}to|seeks?\s+to|if|when\s+(?:\w+\s+){0,3}(?:would|"
    r"will))\b"
    r"[^,;]*$",
    re.I,
)
# More hedges: intent denied, a possibility, a prediction, an attempt, a hope, an accusation.
_HEDGED = re.compile(
    r"\b(?:no\s+(?:intention|intentions|sign|signs|indication|appetite|desire|reason|designs?|"
    r"purpose|interest|wish|thought)\s+(?:of|to|that)|"
    # a push or a guess, as machine paraphrase words them too: "under strain to", "is
    # anticipated to", "reportedly set to"
    r"(?:under|underneath|beneath)\s+(?:\w+\s+)?(?:pressure|strain|stress|fire)\s+to|"
    r"(?:is|are|was|were)\s+(?:widely\s+)?(?:anticipated|tipped|forecast|predicted)\s+to|"
    r"reportedly\s+(?:set|poised|planning|preparing|about|ready)\s+to|"
    r"stop(?:s|ped|ping)?\s+short\s+of|continu(?:e|es|ed|ing)\s+to|(?:possibility|option|prospect|threat|risk)\s+of|"
    r"(?:un)?likely\s+to|whether|would\s+be\s+(?:wise|better|smart|well\s+advised)\s+to|"
    r"tr(?:y|ies|ied|ying)\s+to|attempt(?:s|ed|ing)?\s+to|fail(?:s|ed|ing)?\s+to|cannot|"
    r"hop(?:e|es|ed|ing)|mull(?:s|ed|ing)?|regret(?:s|ted|ting)?|ponder(?:s|ed|ing)?|contemplat(?:e|es|ed|ing)|"
    r"explor(?:e|es|ed|ing)|accus(?:e|es|ed|ing)\s+(?:\w+\s+){0,3}of|"
    r"claim(?:s|ed|ing)?\b|alleg(?:e|es|ed|ing|edly|ation|ations)|falsely|"
    r"(?:it['’]s|it\s+is)\s+(?:high\s+|about\s+)?time|would\s+do\s+well\s+to|"
    # "said Acme would probably reverse course": a guess
    r"(?:would|will)\s+(?:probably|possibly|perhaps|likely|presumably|eventually\s+have\s+to)|"
    # "I think Meta will eventually drop it", "we believe Acme could": a view, no act
    r"(?:think|thinks|believe|believes|suspect|suspects|reckon|reckons|bet|bets|guess|"
    r"doubt|doubts)\s+(?:that\s+)?(?:\S+\s+){1,5}?(?:will|would|could|might|is\s+going\s+to|"
    r"(?:is|are)\s+set\s+to)|"
    # "have discussed rolling back", "debated scrapping", "mooted ending": talked over
    r"(?:discuss(?:es|ed|ing)?|debat(?:e|es|ed|ing)|moot(?:s|ed|ing)?|float(?:s|ed|ing)?)"
    r"(?=\s+(?:\w+\s+)?$)|(?:is|are|was|were)\s+(?:just\s+)?about\s+to)"
    r"\b[^,;]*$",
    re.I,
)
# A subordinate clause, "but" or a dash opens a new scope: in "staff could work from home
# again after Acme dropped its rule", "could" does not reach "dropped"; nor "not" in "it is not
# scrapping the rule but pausing it".
_SUBORDINATOR = re.compile(
    r".*(?:\b(?:after|because|since|following|once|as|while|although|though|but|before)\s|"
    r"\s[—–-]\s|\band\s+(?=(?:has|have|had|is|are|was|were|then|now|later|since|instead|"
    r"finally|eventually|quickly|decided|agreed|opted|chose)\b|(?-i:[A-Z])\w))",
    re.I | re.S,
)
# A condition told by inversion: "Were Acme to scrap", "Had Acme scrapped", "Should Acme scrap".
_INVERTED_CONDITION = re.compile(r"\W*(?:Were|Had|Should)\s+[^,;]*$")
_IF_IT_HAPPENS = re.compile(
    r"[^.;]{0,40}?,\s+if\s+(?:it|that|this|one)\s+(?:happens|goes\s+ahead|comes|materiali[sz]es)",
    re.I,
)
# "said it would reverse the decision only if sales fell": a future act on a condition.
_FUTURE_BEFORE = re.compile(r"\b(?:would|will|'ll|’ll|is\s+ready\s+to|is\s+prepared\s+to)\s+"
                            r"(?:\w+\s+)?$", re.I)
_CONDITION_AFTER = re.compile(
    r"[^.;:,]{0,60}?(?:,\s+)?\b(?:only\s+if|if|unless|provided(?:\s+that)?|as\s+long\s+as|in\s+the\s+"
    r"event\s+that)\s", re.I
)
# "Why has Acme scrapped its fee?", "How did Acme end up reversing?": the question takes the
# reversal as given.
_PRESUPPOSED = re.compile(r"\W*(?:Why|How)\b(?!\s+(?:likely|soon|long|much|many|far)\b)")
# A cue told as background to today's news: "which had scrapped a similar plan in 2019".
_BACKGROUND_BEFORE = re.compile(r"\b(?:had|once|previously|formerly)\s+(?:\w+\s+)?$", re.I)
_BACKGROUND_AFTER = re.compile(
    r"^[^,;.]{0,60}?\b(?:in\s+(?:19|20)\d\d|last\s+year|years?\s+ago|a\s+decade\s+ago|"
    r"in\s+the\s+past|back\s+in)\b",
    re.I,
)
_MARKET = re.compile(
    r"\b(?:shares?|stocks?|prices?|revenue|sales|profits?|index|indices|"
    r"demand|rates?|yields?|ratings?|valuation|market\s+value|traffic|usage|"
    r"numbers|temperatures?|the\s+ball|out\s+of|earnings|margins?|inflation|trading)\b"
    # "the price rise was reversed": a market word naming a policy is no market move
    r"(?![\s-]+(?:rises?|increases?|hikes?|cuts?|caps?|freezes?|changes?|plans?|match|"
    r"promises?|guarantees?|tiers?|scheme|policy|polic(?:y|ies)|rules?|targets?|bans?)\b)"
    r"(?:[^,;.]|\.(?!\s+(?-i:[A-Z]))){0,40}$",
    re.I,
)
_MARKET_AFTER = re.compile(
    # "dropped 5%", not "returned to 24-hour operations" nor "rehired 40 branch managers"
    r"^\s*(?:by\s+)?(?:\d(?![\d.,]*-[a-z])(?![\d,]*\s+(?:[a-z-]+\s+){0,2}?(?:workers|staff|"
    r"employees|managers|people|drivers|engineers|nurses|agents|contractors|staffers|roles|"
    r"jobs|positions|branches|stores|sites|offices)\b)|(?:about|nearly|almost|more\s+than|some|roughly)\s+"
    r"[$£€]?\d|as\s+much|"
    r"sharply|off\b|out\b|in\s+(?:price|value)|to\s+(?:a\s+)?(?:\d|record|low|high))",
    re.I,
)
# A cue noun modifying another noun is no reversal: "cancellation fees", "a rollback button".
_NOUN_MODIFIED = re.compile(
    r"^\s+(?:fees?|charges?|policy|policies|button|feature|option|rates?|rights?|costs?|"
    r"insurance|period|window|clause|terms?|requests?|notices?|forms?|petitions?|campaigns?|"
    r"calls?|demands?)\b",
    re.I,
)
# A cue noun that reports a company's reversal: "X's U-turn", "X made a U-turn", "in a U-turn".
_NOUN_REPORTED_BEFORE = re.compile(
    r"(?:['’]s?\s+(?:\w+\s+){0,2}|\b(?:made|makes|making|did|does|performed|executed|"
    r"announced|marks?|marked|a|an|the|its|this|latest|sudden|abrupt|surprise|rare|partial|"
    r"major|dramatic|quick|swift)\s+(?:\w+\s+){0,2}|\bin\s+(?:[\w-]+\s+)?|^\W*)$",
    re.I,
)


_NOUN_REQUESTED = re.compile(
    r"\b(?:demand|call|push|press|lobb|campaign|petition|ask|urg|plead|pressure|seek|sought|"
    r"want|hope|mull|consider|weigh|rul\w*\s+out|den[iy]|any|no|expect|predict|forecast|anticipat)"
    r"\w*\s+(?:for\s+)?"
    r"(?:(?:a|an|the|any)\s+)?(?:[\w-]+\s+)?$"
    # "Calls grow for an Acme U-turn", "Pressure mounts for a climbdown"
    r"|\b(?:calls?|pressure|demands?|clamou?r|push|campaign)\s+(?:\w+\s+){0,2}?for\s+"
    r"(?:(?:a|an|the|any)\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)


# "make a U-turn": the verb that carries a cue noun.
_LIGHT_VERB = re.compile(
    r"\b(?:make|do|perform|stage|execute|pull|announce)\s+(?:a|an|the|any)\s+(?:[\w-]+\s+)?$",
    re.I,
)
# What the rest of the clause says of a cue noun: it did not, or may not, happen.
_NOUN_DENIED_AFTER = re.compile(
    r"^(?:[^,;.]|\.(?!\s+(?-i:[A-Z])|\s*$)){0,60}?(?:\b(?:not|never|unlikely|possible|could|might|may|would|off\s+the\s+table|"
    r"ruled\s+out|on\s+the\s+cards|remains\s+to\s+be\s+seen)\b|n['’]t\b)",
    re.I,
)


def find_cues(sentence: str) -> list[Cue]:
    """Every reversal cue in one sentence that is not negated, hedged or about markets."""
    return list(_find_cues(sentence))


@lru_cache(maxsize=4096)
def _find_cues(sentence: str) -> tuple[Cue, ...]:
    """`find_cues`, remembered: ingest asks twice per sentence (for names, for reversals)."""
    sentence = sentence.translate(_HYPHENS)  # "U‑turn" as web pages print it; same offsets
    if sentence.rstrip().endswith("?") and not _PRESUPPOSED.match(sentence):
        return ()  # "Will Acme reverse course?" asks; it does not report
    cues: list[Cue] = []
    position = 0
    for word in _WORD.finditer(sentence):
        if word.start() < position:
            continue  # inside the phrase found before
        rejected_verb = False
        for candidate in _PHRASES.get(_key(word.group()), ()):
            if rejected_verb and not candidate.is_noun:
                continue
            match = candidate.pattern.match(sentence, word.start())
            if match:
                position = max(position, match.end())
                cue = _checked(
                    sentence,
                    match.start(),
                    match.end(),
                    candidate.action,
                    candidate.phrase,
                    candidate.is_noun,
                )
                if cue:
                    cues.append(cue)
                    break
                if candidate.is_noun:
                    break
                # "did a U-turn on it": not the verb "U-turn on", perhaps the noun "U-turn"
                rejected_verb = True
    taken = [(c.start, c.end) for c in cues]
    for pattern, action, weak in (
        (_NO_LONGER, "dropped", False),
        (_NOT_PROCEEDING, "abandoned", False),
        (_ENDS_EARLY, "dropped", False),
        (_AGAIN, "reinstated", True),
        (_ABLE_AGAIN, "reinstated", True),
        (_AGAIN_AFTER, "reinstated", True),
        (_PERK_BACK, "reinstated", True),
        (_AFTER_ALL, "abandoned", True),
        (_PLAN_DROPPED, "abandoned", False),
        (_WONT_GO_AHEAD, "abandoned", False),
        (_KEEP_OPEN, "abandoned", False),
    ):
        for match in pattern.finditer(sentence):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            if _negated(sentence[: match.start()]):
                continue
            after = sentence[match.end() :]
            if _CLAIMED_AFTER.match(after[:200]) or _CONDITION_AFTER.match(after) or (
                _OPERATIONAL.match(after)
            ):
                continue  # "…, the union claims", "…, if a lawsuit succeeds", "… after an outage"
            if pattern is _NOT_PROCEEDING and not _POLICY_OBJECT_AFTER.match(
                sentence[match.end() :]
            ):
                continue  # "will not go ahead with its plan", not "with the match"
            if pattern is _AGAIN_AFTER and _FINANCIAL.search(match.group()):
                continue  # "is paying a dividend again": money, no policy
            if pattern is _KEEP_OPEN and not _CLOSURE_PLANNED.search(sentence[: match.start()]):
                continue  # "will keep its stores open late", with no closure planned
            if pattern in (_AGAIN, _AGAIN_AFTER, _ABLE_AGAIN) and _UNDONE_BY_OTHERS.match(
                sentence[match.end() :]
            ):
                continue  # "can once again bring a bag free after a court struck down the fee"
            if pattern in (_AGAIN, _AGAIN_AFTER, _ABLE_AGAIN) and _RECURRING.search(
                sentence[match.end() :]
            ):
                continue  # "is again offering free delivery, a promotion it runs every year"
            cues.append(Cue(match.start(), match.end(), action, match.group(), weak))
    cues.sort(key=lambda c: c.start)
    return tuple(cues)


def _checked(
    sentence: str, start: int, end: int, action: str, phrase: str, is_noun: bool
) -> Cue | None:
    before = sentence[:start]
    after = sentence[end:]
    words = sentence[start:end]
    if not is_noun and _imperative(before, words, phrase):
        return None  # "Memo to Acme: scrap the fee", "Acme, bring back the bonus"
    if _INVERTED_CONDITION.match(before) or _IF_IT_HAPPENS.match(after):
        return None  # "Were Acme to scrap the fee, …", "its scrapping of the fee, if it happens"
    if _FUTURE_BEFORE.search(before[-40:]) and _CONDITION_AFTER.match(after):
        return None  # "would reverse the decision if sales fell": not done, nor promised
    if (_negated(before) and not _free_adjunct(before, words)) or (
        _asked(after) and not _PRESUPPOSED.match(sentence)
    ):
        return None
    if words.lower().startswith("freeze") and (
        _FREEZE_OF.search(before[-25:]) or _FREEZE_ON.match(after)
    ) and not _FREEZE_ENDED.match(after):
        return None  # "IBM's hiring freeze", "a freeze on pay": a cut or a hold, no turn
    if _NOTHING_AFTER.match(after):
        return None  # "said it had scrapped nothing"
    if _HEARSAY.search(before[-160:]) or _CLAIMED_AFTER.match(after[:200]) or (
        _FALSE_AFTER.match(after)
    ) or (_PLANNED_BEFORE.search(before[-60:]) and _THWARTED_AFTER.match(after)):
        return None  # "…, the union claims": someone's claim, not the firm's word
    if not is_noun and re.search(r"(?:ed|en)$", words) and (
        _KEPT.search(before[-80:]) or _STATE.search(before[-40:])
    ):
        return None  # "to keep prices frozen", "services are already limited": a state
    if _BACKGROUND_BEFORE.search(before[-30:]) and _BACKGROUND_AFTER.match(after):
        return None
    if _EARLIER_ACT.search(before[-30:]) or (
        action not in ("capped", "relaxed", "softened") and _OPERATIONAL.match(after)
    ):
        return None
    if (
        not is_noun
        and words.split()[0].lower().endswith("ing")
        and _TOPIC_GERUND.search(before[-20:])
    ):  # "spoke about bringing back variable pay"
        return None
    if (
        _REMARKS.match(after)
        or _REMARKS.search(words)
        or _FINANCIAL.match(after)
        or _LEGAL_ACT.match(after)
    ):
        return None
    market_scope = before[-60:]
    opened = _SUBORDINATOR.match(market_scope)  # "Shares fell after Acme scrapped the fee"
    if _MARKET.search(market_scope[opened.end() :] if opened else market_scope) or (
        _MARKET_AFTER.match(after)
    ):
        return None
    if action == "capped" and re.match(r"\s+(?:off|a\s+year)", after, re.I):
        return None
    if is_noun:
        if phrase.endswith(" of") and not _POLICY_OBJECT_AFTER.match(after):
            return None  # "the abandonment of its plan", not "the end of the quarter"
        if _NOUN_MODIFIED.match(after) or not _NOUN_REPORTED_BEFORE.search(before[-60:]):
            return None
        if phrase == "rethink" and re.search(r"\bto\s+$", before):
            return None  # "the latest firm to rethink remote work": the verb, reconsidering
        if re.fullmatch(r"\W*", before) and not re.match(r"\s+(?:at|by|for|from|over|on)\b", after):
            return None  # "Climbdown at Acme" reports one; "U-turns are rare" does not
        if _NOUN_REQUESTED.search(before[-60:]):
            return None  # "demanded a U-turn", "called for a reversal": asked, not done
        light = _LIGHT_VERB.search(before)
        if light and _negated(before[: light.start()]):
            return None  # "was urged to make a U-turn", "refused to do a U-turn"
        if _NOUN_DENIED_AFTER.match(after):
            return None  # "a U-turn looks unlikely", "a reversal was not on the table"
        if _NOUN_HEDGED.search(before[-40:]):
            return None  # "Vodafone's possible U-turn", "its proposed cancellation of the fee"
        return Cue(start, end, action, words, weak=phrase in ("retreat", "backtrack", "rethink"))
    head = phrase.split(" ")[0].lower()
    if words.split()[0].lower() in _NOUN_WORDS and _NOUN_REQUESTED.search(before[-60:]):
        return None  # "Calls grow for Tesco U-turn on fees": the noun, asked for
    after = re.sub(r"^[\"”’']", "", after)  # Acme was "retiring" the scheme
    # "withdrawing, with immediate effect, an internal guideline": the object after the aside
    after = _ASIDE_AFTER_VERB.sub("", after, count=1)
    if head == "withdraw" and re.match(r"\s+from\s", after, re.I):
        after = after[re.match(r"\s+from", after).end() :]  # "withdrawing from the paid plan"
    if head in ("stop", "cease") and _STOP_ENFORCING.match(after):
        return Cue(start, end, action, words)  # "stopped charging for delivery"
    if head in ("stop", "cease") and re.match(r"\s+[a-z]+ing\b", after):
        return None  # "would stop opening its stores on Saturdays": a cut, not a turn
    if (
        head in _NEEDS_BURDEN_OBJECT
        and not _BURDEN_OBJECT.match(after)
        and not _pronoun_for_policy(before, after)
        and not _passive_on_policy(before)
    ):
        return None  # "removed the fee", not "removed the lyrics feature"
    if head == "park" and not re.match(r"\s+(?:its|the|their|a|an|this|that)\s", after, re.I):
        return None  # "parked its plan", not "the parking plan"
    if (
        (head in _NEEDS_POLICY_OBJECT or phrase.lower() in _PHRASE_NEEDS_POLICY_OBJECT)
        and not _POLICY_OBJECT_AFTER.match(after)
        # "tore its plan up", "turned the feature off": the object inside the phrase
        and not ("~" in phrase and _POLICY_OBJECT_AFTER.search(words))
        and not _passive_on_policy(before)
        and not _pronoun_for_policy(before, after)
    ):
        return None
    if phrase.lower() == "drop" and re.match(r"-|\s+(?:in|to|from)\b", after, re.I):
        return None  # "drop-in", "dropped to 3%": no object dropped
    not_policy = head in _NOT_POLICY_OBJECTS and _NOT_POLICY_OBJECTS[head].match(after)
    if not_policy and not _CHANGE_NOUN.match(after[not_policy.end() :]):
        return None  # "froze its prices", but not "froze its planned price increase"
    if not is_noun and _is_adjective_use(before, words):
        return None
    if _used_as_noun(before, words, head):
        return None
    # A bare "dropped" may drop anything; "dropped its quota" drops a policy.
    weak = head in ("drop", "park", "retire") and not _POLICY_OBJECT_AFTER.match(after)
    return Cue(start, end, action, words, weak)


# A reversal others ask for: "demanded that Amazon reverse", "a petition urging Acme to scrap".
# "told to restore", "her suggestion that it be told to", and "on X to" whatever the verb
# before it ("called on", "leaned on", a paraphrase's "referred to as on Acme to reverse").
_REQUESTED = re.compile(
    r"\b(?:demand|insist|ask|urg|propos|recommend|request|call|press|lobb|petition|campaign|"
    r"push|pressure|bid|effort|attempt|told|tell|suggest|advis|encourag|invit|challeng|order|"
    r"instruct|direct)\w*\s+"
    r"(?:on\s+|for\s+)?(?:that\s+(?:\S+\s+){1,5}|(?:\S+\s+){0,5}to\s+)$"
    r"|\bon\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d+|January|"
    r"February|March|April|May|June|July|August|September|October|November|December|"
    r"the\s+\d)\b)(?:\S+\s+){1,4}to\s+$",
    re.I,
)


def _imperative(before: str, words: str, phrase: str) -> bool:
    """A verb in its base form opening its clause (or after a name addressed) gives an order."""
    head = phrase.split(" ")[0]
    if not re.fullmatch(re.escape(head), words.split()[0], re.I):
        return False
    if inflections(head)[2] == re.escape(head):
        return False  # "Acme: put its plan on hold" may be past
    clause = re.split(r"[:;,.!?\n]|\s[—–-]\s", before)[-1]
    return not re.search(r"\w", clause)


# Hearsay: "There were reports last week that Acme had lifted", "rumours on forums that Acme
# would drop", "Posts on social media suggested Acme would scrap": not established.
_HEARSAY = re.compile(
    r"(?:\bthere\s+(?:were|was|have\s+been|had\s+been|are|is)\s+(?:\w+\s+)?(?:reports?|rumou?rs?|"
    r"speculation|suggestions?|talk|stories|whispers)\b|\b(?:reports?|rumou?rs?|posts?|stories|"
    r"speculation|suggestions?|claims?|"
    # how machine paraphrase renders "reports in local media that": "studies", "experiences"
    r"studies|experiences)\s+(?:on|in|across|from|by|among)\s+[^.;]{0,60}?\s(?:that|suggested|"
    # "after a report in The Telegraph said the company had put it on hold"
    r"claimed|speculated|alleged|said|says)\s)[^.;]*$",
    re.I,
)


_KEPT = re.compile(r"\b(?:keep|keeps|keeping|kept|leave|leaves|leaving|left)\s+"
                   r"(?:(?!(?:and|but|or)\b)[\w'’.%-]+(?:,\d{3})*\s+){1,8}$", re.I)


def _free_adjunct(before: str, words: str) -> bool:
    """ "will not require it, reversing a policy it introduced": an -ing clause after a comma
    reports what the main clause amounts to; the main clause's "not" is no scope over it (but
    "is not scrapping, pausing or ending it" lists verbs under one "not")."""
    before = _PARENTHETICAL.sub(" ", before[-120:])  # "is not, as some reported, scrapping"
    return (
        words.split()[0].lower().endswith("ing")
        and bool(re.search(r",\s*$", before))
        and not re.search(r"ing\s*,\s*$", before)
    )


_STATE = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:already|still|typically|usually|often|generally|"
    r"normally|largely|mostly)\s+$",
    re.I,
)


def _negated(before: str) -> bool:
    """Negation, denial, modality or prediction in the clause before a cue (its last 80
    characters after the last comma or semicolon: a full stop inside a sentence is "Inc.")."""
    # "is not, as some reported, scrapping": an aside between commas leaves the scope open.
    clause = _PARENTHETICAL.sub(" ", before[-120:])[-80:]
    cut = max(clause.rfind(","), clause.rfind(";"), clause.rfind(":"))
    # "has never withdrawn, suspended or reversed it": a verb in a list shares its head.
    scope = clause[cut + 1 :]
    while cut > 0 and clause[cut] == "," and _LIST_TAIL.fullmatch(scope):
        cut = max(clause.rfind(",", 0, cut), clause.rfind(";", 0, cut))
        scope = clause[cut + 1 :].replace(",", " ")
    opened = _SUBORDINATOR.match(scope)
    if opened:
        scope = scope[opened.end() :]
    scope = re.sub(r"[\"“”]", "", scope)  # it had "no plans" to scrap it
    requested = _REQUESTED.search(scope)
    if requested and _OWN_STAFF_TOLD.search(requested.group()):
        requested = None  # "told store managers to stop enforcing it": the firm's own order
    if requested and re.search(r"['’]s?\s+(?:[\w-]+\s+)?(?:decision|move|choice)\s+to\s+$", scope):
        requested = None  # "Campaigners welcomed Acme's decision to keep open …": it decided
    return bool(_NEGATION.search(scope) or _HEDGED.search(scope) or requested)


_OWN_STAFF_TOLD = re.compile(
    r"^(?:told|instructed|ordered|directed|asked)\s+(?:(?:its|their)\s+)?(?:[\w-]+\s+)?(?:managers|"
    r"staff|employees|workers|teams|executives|recruiters|stores|branches|franchisees|"
    r"salespeople|agents)\s+to\s+$",
    re.I,
)


_PARENTHETICAL = re.compile(
    r",\s+(?:as|according\s+to|in\s+fact|however|though|it\s+seems|reportedly|of\s+course|"
    r"for\s+now|so\s+far|not)\b[^,;]{0,50},",
    re.I,
)
_LIST_TAIL = re.compile(r"\s*(?:[a-z]+\s+(?:or|and|nor)\s+)?")


def _clause(before: str) -> str:
    """The part of the text before a cue that is in the cue's clause: after the last comma,
    semicolon or dash."""
    return re.split(r"[,;]|\s[-–—]\s", before)[-1]


def _asked(after: str) -> bool:
    """ "Will Acme reverse its fee cut? Don't count on it": the cue's clause is a question."""
    return bool(re.match(r"[^.!?]*\?", after))


def _passive_on_policy(before: str) -> bool:
    """ "the hiring freeze imposed in January has been lifted": a passive whose subject, in
    the clause before the verb, is a policy."""
    if not re.search(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+\s+)?$", before, re.I):
        return False
    return bool(re.search(_POLICY_NOUN, _clause(before[-120:]), re.I))


# "the fee, which the company has now withdrawn": the policy is the relative clause's object.
_POLICY_RELATIVE = re.compile(
    rf"{_POLICY_NOUN}\s*,?\s+(?:which|that)\s+(?:[\w'’-]+\s+){{1,5}}$", re.I
)


def _pronoun_for_policy(before: str, after: str) -> bool:
    """ "The ban also applied at Eurowings, which will lift it on the same date": "it" stands
    for the policy the sentence named before; so does "which" in "the fee, which the company
    has withdrawn"."""
    if _POLICY_RELATIVE.search(before[-80:]) and re.match(r"\s*(?:[,.;:!?)]|$)", after):
        return True
    return bool(re.match(r"\s+(?:it|them)\b", after, re.I)) and bool(
        re.search(rf"\b(?:the|its|their|this|that)\s+(?:[\w-]+\s+){{0,2}}?{_POLICY_NOUN}",
                  before, re.I)
    )


def _used_as_noun(before: str, words: str, head: str) -> bool:
    """ "the hours cap", "a new freeze", "its delays", "complained of weekend delays": the cue
    word is a noun here (its base or -s form after a determiner or a preposition)."""
    forms = inflections(head)
    if not any(re.fullmatch(form, words.split()[0], re.I) for form in forms[:2]):
        return False
    if forms[2] == forms[0] and " " in words and re.search(r"\w\s+$", before):
        return False  # "the bank put the closures on hold": a past tense with its object
    before = re.sub(r"[\"“”‘']+$", "", before)  # an "undo" button
    determiner = re.search(
        r"\b(?:the|a|an|its|their|this|that|our|new|any|no)\s+(?:[\w-]+\s+)?$", before, re.I
    )
    # "Pret A Manger scraps": a capital "A" inside the sentence is a piece of a name
    if determiner and (
        determiner.group()[0].islower() or not re.search(r"\w", before[: determiner.start()])
    ):
        return True
    return bool(
        re.search(
            r"\b(?:of|about|over|amid|despite|against|without|from|for|with|on|in|at|by|into|"
            r"under|behind)\s+"
            r"(?:(?!(?:it|they|he|she|we|you|i)\b)[a-z][\w-]*\s+)?$",
            before,
        )
    )


def _is_adjective_use(before: str, words: str) -> bool:
    """ "the paused program", "a cancelled flight" describe a thing; no one acts in them."""
    return bool(
        re.search(r"\b(?:the|a|an|its|their|of|with|under|amid)\s+$", before, re.I)
    ) and bool(re.search(r"(?:ed|en)$", words, re.I))
