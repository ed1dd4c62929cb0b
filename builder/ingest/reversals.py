"""Reversal cues: the verbs and phrases by which a company walks something back.

Each cue maps to a normalised action. A cue under negation or in a hypothetical ("refused to
reverse", "could scrap", "calls to reverse") does not count, and neither does a market move
("shares dropped 5%").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CUES: list[tuple[str, str]] = [
    (r"walk(?:s|ed|ing)?\s+(?:it\s+|this\s+|that\s+)?back", "walked back"),
    (r"reversed\s+course|revers(?:e|es|ed|ing)|reversal", "reversed"),
    (
        r"made\s+an?\s+U-turn|U-turn(?:s|ed)?|about-face|about\s+face|overturn(?:s|ed|ing)?"
        r"|undid|undo(?:es|ing)?",
        "reversed",
    ),
    (
        r"back-?track(?:s|ed|ing)?|back-?pedal(?:s|ed|led|ing|ling)?|retreat(?:s|ed|ing)?\s+"
        r"(?:from|on)|climb(?:s|ed|ing)?\s+down",
        "backtracked",
    ),
    (
        r"paus(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|put\s+(?:\w+\s+){0,3}on\s+"
        r"hold|freez(?:e|es|ing)|froze",
        "paused",
    ),
    (
        r"scrap(?:s|ped|ping)?|ax(?:e|es|ed|ing)|ditch(?:es|ed|ing)?|pull(?:s|ed|ing)?\s+the\s+"
        r"plug|jettison(?:s|ed|ing)?|kill(?:s|ed|ing)?\s+(?:off\s+)?(?:its|the|their|a|an)",
        "scrapped",
    ),
    (r"abandon(?:s|ed|ing)?", "abandoned"),
    (
        r"end(?:s|ed|ing)\s+(?:its|the|their|a|an)\s+(?:[\w-]+\s+){0,3}?(?:requirement|mandate|"
        r"polic(?:y|ies)|rules?|program|programme|practice|ban|pilot|trial|plan|partnership|"
        r"scheme|test|experiment|quota|target)s?",
        "dropped",
    ),
    (r"drop(?:s|ped|ping)?(?!-)", "dropped"),
    (
        r"(?:will|would|to|is|are|was|were|'ll|’ll)\s+no\s+longer(?!\s+(?:be\s+)?(?:allowed|"
        r"permitted|able|eligible|available|welcome|tolerated|possible))|no\s+longer\s+(?:require|"
        r"requires|mandate|mandates|force|forces|ask|asks|track|tracks|offer|offers|use|uses|"
        r"allow|allows|need|needs|expect|expects|insist|insists)",
        "dropped",
    ),
    (r"shut(?:s|ting)?\s+down|shutter(?:s|ed|ing)?|clos(?:e|es|ed|ing)\s+down", "shut down"),
    (r"roll(?:s|ed|ing)?\s+(?:\w+\s+)?back|rollback", "rolled back"),
    (r"cancel(?:s|led|ed|ling|ing)?|cancellation", "cancelled"),
    (r"capp(?:ed|ing)|put\s+a\s+cap\s+on|impos(?:e|es|ed|ing)\s+a\s+cap", "capped"),
    (
        r"relax(?:es|ed|ing)?|loosen(?:s|ed|ing)?|eas(?:e|es|ed|ing)\s+(?:its|their|the)\s+\w+\s*"
        r"(?:rules?|requirements?|mandates?|polic(?:y|ies)|restrictions?)",
        "relaxed",
    ),
    (r"soften(?:s|ed|ing)?|water(?:s|ed|ing)?\s+down|tone(?:s|d)?\s+down", "softened"),
    (r"reinstat(?:e|es|ed|ing)|restor(?:e|es|ed|ing)|br(?:ing|ings|ought)\s+back", "reinstated"),
    (r"rehir(?:e|es|ed|ing)", "rehired"),
    (
        r"rescind(?:s|ed|ing)?|revok(?:e|es|ed|ing)|retract(?:s|ed|ing)?|withdr(?:ew|awn|aws|aw)",
        "rescinded",
    ),
    (r"discontinu(?:e|es|ed|ing)", "discontinued"),
]
CUE_RE = re.compile("|".join(f"(?P<c{i}>\\b(?:{p})\\b)" for i, (p, _) in enumerate(_CUES)), re.I)
_ACTIONS = [action for _, action in _CUES]

_NEGATION = re.compile(
    r"\b(?:not|never|no\s+plans?\s+to|n['’]t|refus(?:e|es|ed|ing)\s+to|declin(?:e|es|ed|ing)\s+"
    r"to|rul(?:e|es|ed|ing)\s+out|has\s+yet\s+to|have\s+yet\s+to|without|rather\s+than|instead"
    r"\s+of|resist(?:s|ed|ing)?|reject(?:s|ed|ing)?|could|might|may|considering|consider(?:s|"
    r"ed)?\s+(?:whether\s+to\s+)?|weigh(?:s|ed|ing)?|calls?\s+(?:for\s+\w+\s+)?to|urg(?:e|es|"
    r"ed|ing)\s+(?:\w+\s+){1,3}to|pressure\s+(?:\w+\s+){0,3}to|threat(?:en|ens|ened)\s+to|"
    r"asked\s+(?:\w+\s+){1,3}to|petition(?:ed)?\s+(?:\w+\s+){0,3}to|demand(?:s|ed)?\s+"
    r"(?:that\s+)?(?:\w+\s+){0,3}to|whether\s+to|if\s+it|unless|any\s+plans?\s+to)\b"
    r"[^,;.]*$"
)
_MARKET = re.compile(
    r"\b(?:shares?|stocks?|prices?|revenue|sales|profits?|index|indices|"
    r"demand|rates?|yields?|ratings?|valuation|market\s+value|traffic|usage|"
    r"numbers|temperatures?|the\s+ball|out\s+of)\b[^,;.]{0,25}$",
    re.I,
)
_MARKET_AFTER = re.compile(
    r"^\s*(?:by\s+)?(?:\d|about|nearly|almost|more\s+than|as\s+much|"
    r"sharply|off\b|out\b|in\s+(?:price|value))",
    re.I,
)


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    action: str
    words: str


def find_cues(sentence: str) -> list[Cue]:
    cues: list[Cue] = []
    for match in CUE_RE.finditer(sentence):
        index = int(match.lastgroup[1:])
        action = _ACTIONS[index]
        before = sentence[: match.start()]
        after = sentence[match.end() :]
        if _NEGATION.search(before[-80:]) and action != "dropped" or _negated(before, action):
            continue
        if action in ("dropped", "reversed", "capped", "paused") and (
            _MARKET.search(before[-60:]) or _MARKET_AFTER.match(after)
        ):
            continue
        if action == "capped" and re.match(r"\s+(?:off|a\s+year)", after, re.I):
            continue
        cues.append(Cue(match.start(), match.end(), action, match.group()))
    return cues


def _negated(before: str, action: str) -> bool:
    if action != "dropped":
        return False
    # "will no longer" carries its own "no"; look for other negation before it.
    return bool(_NEGATION.search(before[-80:]))
