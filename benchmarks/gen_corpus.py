"""Generate a deterministic synthetic Reversal Digest site for benchmarks.

    python benchmarks/gen_corpus.py --entries 4000 --out /var/tmp/corpus [--seed 1]

writes `OUT/site.yaml` (60 companies, 20 tags, 20 outlets), an empty `OUT/seeds/` and
`OUT/content/entries/YYYY-MM-DD-<slug>.md`: one entry per article, ~580 words of Markdown
(paragraphs, emphasis, links, lists, quotes, the odd subheading) under front matter that
follows the contract in DESIGN.md. Entry files are written with the project's own
`builder.frontmatter.dump`, so the format is exactly the one `digest ingest` writes.

The same `--entries` and `--seed` always give the same bytes. Importable:
`generate(out, entries, seed=1)`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402  (after builder: same PyYAML)

from builder.frontmatter import dump  # noqa: E402
from builder.slugs import slugify  # noqa: E402

# ---------------------------------------------------------------------------------------------
# The gazetteer: 60 companies (some with aliases), 20 outlets, 20 topics.

COMPANIES: list[tuple[str, list[str]]] = [
    ("Meta", ["Meta Platforms", "Facebook"]), ("Duolingo", []), ("Amazon", ["Amazon.com", "AWS"]),
    ("Uber", ["Uber Technologies"]), ("Microsoft", ["Microsoft Corp.", "MSFT"]),
    ("Google", ["Alphabet", "Alphabet Inc."]), ("Apple", ["Apple Inc."]), ("Netflix", []),
    ("Salesforce", []), ("IBM", ["International Business Machines"]), ("Intel", ["Intel Corp."]),
    ("Dell", ["Dell Technologies"]), ("Zoom", ["Zoom Video Communications"]), ("Spotify", []),
    ("Shopify", []), ("Klarna", []), ("Starbucks", []), ("Walmart", []), ("Target", []),
    ("JPMorgan Chase", ["JPMorgan", "JPMorgan Chase & Co."]), ("Goldman Sachs", []),
    ("Citigroup", ["Citi"]), ("Disney", ["Walt Disney", "The Walt Disney Company"]),
    ("Tesla", []), ("Ford", ["Ford Motor"]), ("General Motors", ["GM"]), ("Boeing", []),
    ("Nike", []), ("McDonald's", []), ("Wendy's", []), ("Airbnb", []), ("Lyft", []),
    ("DoorDash", []), ("Instacart", ["Maplebear"]), ("Snap", ["Snapchat"]),
    ("Pinterest", []), ("Reddit", []), ("X Corp", ["Twitter"]), ("OpenAI", []),
    ("Anthropic", []), ("Nvidia", []), ("Oracle", []), ("SAP", []), ("Siemens", []),
    ("Volkswagen", ["VW"]), ("Unilever", []), ("Nestle", ["Nestlé"]), ("Samsung", []),
    ("Sony", []), ("Verizon", []), ("Comcast", []), ("Paramount", []),
    ("Warner Bros. Discovery", ["WBD"]), ("Peloton", []), ("Grammarly", []), ("Canva", []),
    ("Atlassian", []), ("Dropbox", []), ("Slack", []), ("Chegg", []),
]

OUTLETS: list[tuple[str, list[str], str]] = [
    ("Business Insider", ["Enterprise Insider", "Insider", "BI"], "businessinsider.com"),
    ("Fast Company", ["Quick Firm"], "fastcompany.com"), ("The Verge", [], "theverge.com"),
    ("Reuters", [], "reuters.com"), ("Bloomberg", [], "bloomberg.com"),
    ("The Wall Street Journal", ["WSJ"], "wsj.com"), ("Financial Times", ["FT"], "ft.com"),
    ("CNBC", [], "cnbc.com"), ("TechCrunch", [], "techcrunch.com"), ("Wired", [], "wired.com"),
    ("The New York Times", ["NYT"], "nytimes.com"), ("Axios", [], "axios.com"),
    ("Fortune", [], "fortune.com"), ("Forbes", [], "forbes.com"), ("CNN", [], "cnn.com"),
    ("The Guardian", [], "theguardian.com"), ("BBC News", ["BBC"], "bbc.com"),
    ("Ars Technica", [], "arstechnica.com"), ("Semafor", [], "semafor.com"),
    ("The Information", [], "theinformation.com"),
]

# tag slug: (keywords for site.yaml, policies an entry on that topic walks back)
TOPICS: dict[str, tuple[list[str], list[str]]] = {
    "ai-policy": (["AI", "artificial intelligence", "generative AI", "AI-first", "chatbot"],
                  ["its AI-first hiring rule", "a mandate to use AI tools in every task",
                   "plans to replace contractors with AI", "its AI usage quota for engineers"]),
    "return-to-office": (["return to office", "RTO", "remote work", "hybrid work"],
                         ["its five-day return-to-office mandate", "badge-swipe attendance rules",
                          "the end of remote work for new hires"]),
    "layoffs": (["laid off", "layoffs", "job cuts", "redundancies"],
                ["a round of layoffs in customer support", "plans to cut 10% of its workforce",
                 "the closure of its regional offices"]),
    "hiring": (["rehired", "rehire", "hiring freeze", "boomerang"],
               ["its company-wide hiring freeze", "a ban on rehiring former staff"]),
    "workforce": (["workers", "employees", "staff", "workforce", "morale"],
                  ["a reorganisation of its engineering teams",
                   "a plan to move staff onto rotating shifts"]),
    "surveillance": (["tracking", "keystrokes", "monitoring", "surveillance"],
                     ["keystroke monitoring of remote staff", "a productivity leaderboard"]),
    "pay-and-benefits": (["pay", "salary", "bonus", "benefits", "compensation"],
                         ["cuts to parental leave", "a freeze on annual bonuses",
                          "location-based pay cuts"]),
    "dei": (["diversity", "DEI", "inclusion", "equity programs"],
            ["the end of its diversity programmes", "cuts to its inclusion team"]),
    "pricing": (["price increase", "price hike", "subscription price", "pricing"],
                ["a subscription price increase", "a new fee on basic accounts"]),
    "privacy": (["privacy", "personal data", "data collection", "facial recognition"],
                ["facial recognition at store entrances", "a change to its data-sharing terms"]),
    "content-moderation": (["moderation", "content policy", "misinformation"],
                           ["the removal of fact-checking labels", "looser content rules"]),
    "unions": (["union", "unionisation", "collective bargaining"],
               ["its refusal to recognise a union", "mandatory anti-union meetings"]),
    "product-changes": (["redesign", "feature", "app update", "rollout"],
                        ["a redesign of its mobile app", "the removal of a popular feature"]),
    "customer-service": (["customer service", "support", "call centre"],
                         ["AI-only customer support", "the closure of its phone support line"]),
    "executive-pay": (["executive pay", "CEO pay", "stock awards"],
                      ["a record pay package for its chief executive"]),
    "offshoring": (["offshoring", "outsourcing", "relocation"],
                   ["moving its support centre overseas", "outsourcing its IT department"]),
    "four-day-week": (["four-day week", "compressed hours", "flexible schedule"],
                      ["the end of its four-day week trial", "fixed core hours"]),
    "climate": (["climate", "emissions", "net zero", "sustainability"],
                ["its net-zero pledge", "a ban on business flights"]),
    "security": (["security", "breach", "passwords", "two-factor"],
                 ["mandatory hardware security keys", "a password reset policy"]),
    "open-source": (["open source", "licence", "license", "community edition"],
                    ["a licence change for its open-source project",
                     "closing the source of its SDK"]),
}

# action (the contract's word) → how a sentence says it
ACTIONS = {"reversed": "reversed", "paused": "paused", "scrapped": "scrapped",
           "backtracked": "backtracked on", "shut down": "shut down", "capped": "capped",
           "cancelled": "cancelled", "walked back": "walked back", "delayed": "delayed",
           "softened": "softened"}
ACTION_NAMES = list(ACTIONS)
TITLE_VERBS = ["reverses", "walks back", "pauses", "scraps", "backtracks on", "drops",
               "suspends", "softens", "rethinks", "cancels", "U-turns on", "halts"]
TITLE_TAILS = ["after staff backlash", "after customer complaints", "amid regulator pressure",
               "weeks after announcing it", "following a public outcry", "after a pilot",
               "in some markets", "for now", "after a failed trial", "under investor pressure",
               "after losing key engineers", "after a lawsuit", "", "", "", ""]
FIRST = ["Andrew", "Luis", "Maria", "Priya", "Chen", "Fatima", "James", "Sofia", "Kwame",
         "Elena", "David", "Aisha", "Tomas", "Yuki", "Olivia", "Rahul", "Grace", "Mateo",
         "Hannah", "Omar", "Ingrid", "Lucas", "Nadia", "Samuel", "Mei", "Jonas", "Amara",
         "Victor", "Leila", "Ethan", "Zara", "Daniel", "Ines", "Kenji", "Rosa", "Patrick",
         "Noor", "Felix", "Chloe", "Marcus"]
LAST = ["Bosworth", "von Ahn", "Garcia", "Patel", "Wei", "Hassan", "Smith", "Rossi", "Mensah",
        "Petrova", "Cohen", "Khan", "Novak", "Tanaka", "Brown", "Sharma", "Okafor", "Silva",
        "Muller", "Farouk", "Larsen", "Moreau", "Haddad", "Adeyemi", "Lin", "Schmidt", "Diallo",
        "Ivanov", "Nasser", "Walker", "Ahmed", "Kowalski", "Ferreira", "Sato", "Lopez",
        "O'Brien", "Rahman", "Weber", "Dubois", "Johnson"]
ROLES = ["chief executive", "chief people officer", "head of engineering", "spokesperson",
         "chief operating officer", "union representative", "analyst at a research firm",
         "former employee", "product manager", "labour economist"]
ARTICLE_ROLES = [("an " if r[0] in "aeiou" else "a ") + r for r in ROLES]

# Sentence templates for the body. Slots: {c} {c2} company, {p} person, {r} role, {o} outlet,
# {pol} policy, {n} number, {m} month, {w} an emphasised word, {u} a link URL.
TEMPLATES = [
    "{c} told employees in an internal memo that it would revisit {pol} before the end of {m}.",
    "The decision affects roughly {n} employees across several offices, according to people "
    "familiar with the matter.",
    "Executives had defended {pol} for months, arguing that it was essential to the "
    "company's long-term plans.",
    "Staff had pushed back in town halls, on internal forums and, in some cases, by quietly "
    "looking for other jobs.",
    "{p}, {ar}, said the change was *overdue* and that the original plan had been rushed.",
    "Analysts said the reversal showed how hard it is to impose a single rule on a global "
    "workforce with very different needs.",
    "In a statement, the company said it had listened to feedback and would take a more "
    "**gradual** approach.",
    "The company did not say whether the policy would return in another form later in the year.",
    "Similar moves at {c2} last year were followed by a wave of resignations among senior "
    "engineers.",
    "According to [the memo]({u}), managers will now decide case by case how the rules apply "
    "to their teams.",
    "Investors reacted calmly, and the shares closed little changed on the day of the "
    "announcement.",
    "Some managers had already stopped enforcing {pol}, making the formal reversal largely "
    "symbolic.",
    "Critics argued that the policy was never about productivity but about reducing headcount "
    "without announcing layoffs.",
    "The reversal comes {n} days after the policy took effect, one of the shortest-lived "
    "changes in the company's history.",
    "{o} first reported the plan in {m}, citing documents and interviews with current and "
    "former employees.",
    "Employees described the rollout as *chaotic*, with guidance that changed from week to "
    "week.",
    "A survey of {n} workers found that most would consider leaving if the rule stayed in "
    "place.",
    "The episode is the latest in a series of corporate U-turns that have followed loud "
    "internal opposition.",
    "{c} said it remained committed to its goals and would share more details with teams in "
    "the coming weeks.",
    "People close to the leadership team said the board had raised concerns about the cost of "
    "the policy.",
    "For many employees the reversal arrived too late: some had already moved cities or "
    "changed teams.",
    "Regulators in two countries had asked questions about {pol} before the company changed "
    "course.",
    "The move mirrors a decision by {c2}, which dropped a similar rule after a short trial.",
    "Union organisers welcomed the change but said they would keep pressing for written "
    "guarantees.",
    "Internal data seen by reporters suggested the policy had little effect on the metrics it "
    "was meant to improve.",
    "The company's {r} acknowledged in an interview that the rollout could have been handled "
    "better.",
    "Several teams had been told to prepare for {pol} as early as {m}, before any public "
    "announcement.",
    "Customers noticed the change too, and complaints on social media rose sharply in the "
    "following days.",
    "{p} said the company had underestimated how much {w} mattered to the people doing the "
    "work.",
    "A [public filing]({u}) shows the company expected to save about {n} million dollars a "
    "year from the plan.",
    "Some workers said they would believe the reversal only once it was reflected in their "
    "contracts.",
    "The reversal was announced on a Friday afternoon, a timing some staff read as an attempt "
    "to limit attention.",
]
EMPHASIS = ["flexibility", "trust", "autonomy", "transparency", "consistency", "fairness",
            "clarity", "choice"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
HEADINGS = ["What changed", "Why it matters", "The backlash", "What happens next",
            "Background", "Reaction"]
LIST_ITEMS = [
    "Teams may choose their own schedule within agreed core hours",
    "The policy will be reviewed again in six months",
    "Managers must document any exceptions they grant",
    "Employees who already relocated will receive a one-off payment",
    "The internal dashboard will no longer rank individuals",
    "New hires will be offered the previous terms",
    "Contractors are not covered by the change",
    "A working group with staff representatives will propose next steps",
    "The fee will be refunded for customers charged since the rollout",
    "The pilot continues in two regions only",
]
START = dt.date(2022, 1, 1)
SPAN_DAYS = 4 * 365  # dates spread over four years
POOL_SIZE = 4000


def _site_config() -> dict[str, Any]:
    return {
        "title": "Reversal Digest (benchmark corpus)",
        "description": "A synthetic digest for benchmarking: companies walking back policies.",
        "base_url": "/",
        "language": "en",
        "timezone": "UTC",
        "per_page": 20,
        "feed_size": 50,
        "author": "Reversal Digest",
        "topics": {tag: keywords for tag, (keywords, _) in TOPICS.items()},
        "companies": [{"name": n, "aliases": a} if a else {"name": n} for n, a in COMPANIES],
        "outlets": [{"name": n, "aliases": a} if a else {"name": n} for n, a, _ in OUTLETS],
    }


class _Corpus:
    """Everything drawn from one random stream, so a seed fixes every byte."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.people = [f"{f} {la}" for f in FIRST for la in LAST]
        # Zipf-like weights: a few companies appear often, most rarely, as in real news.
        self.company_names = [name for name, _ in COMPANIES]
        self.company_weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(COMPANIES))]
        self.tags = list(TOPICS)
        self.pool = [self._generic_sentence() for _ in range(POOL_SIZE)]
        self.pool_words = [s.count(" ") + 1 for s in self.pool]
        self.slugs: set[str] = set()

    def _generic_sentence(self) -> str:
        rng = self.rng
        return rng.choice(TEMPLATES).format(
            c="The company", c2=rng.choice(self.company_names), p=rng.choice(self.people),
            r=rng.choice(ROLES), ar=rng.choice(ARTICLE_ROLES), o=rng.choice(OUTLETS)[0],
            pol="the policy",
            n=rng.randrange(12, 9000), m=rng.choice(MONTHS), w=f"*{rng.choice(EMPHASIS)}*",
            u=f"https://example.com/docs/{rng.getrandbits(32):08x}")

    def _companies(self) -> list[str]:
        k = self.rng.choices((1, 2, 3, 4, 5), weights=(30, 30, 20, 12, 8))[0]
        picked: list[str] = []
        while len(picked) < k:
            name = self.rng.choices(self.company_names, weights=self.company_weights)[0]
            if name not in picked:
                picked.append(name)
        return picked

    def entry(self, index: int) -> tuple[str, dict[str, Any], str]:
        rng = self.rng
        date = START + dt.timedelta(days=rng.randrange(SPAN_DAYS))
        companies = self._companies()
        lead = companies[0]
        tags = [rng.choice(self.tags)]
        for _ in range(rng.choices((0, 1, 2), weights=(40, 40, 20))[0]):
            tag = rng.choice(self.tags)
            if tag not in tags:
                tags.append(tag)
        policy = rng.choice(TOPICS[tags[0]][1])
        tail = rng.choice(TITLE_TAILS)
        title = f"{lead} {rng.choice(TITLE_VERBS)} {policy}" + (f" {tail}" if tail else "")
        slug = slugify(title)
        if slug in self.slugs:
            slug = f"{slug}-{index}"
        self.slugs.add(slug)
        outlet, _, domain = rng.choice(OUTLETS)
        people = rng.sample(self.people, rng.choices((0, 1, 2, 3), weights=(15, 40, 30, 15))[0])
        reversals = []
        for company in companies[:rng.choice((1, 1, 1, 2, 2, 3))]:
            action = rng.choice(ACTION_NAMES)
            reversals.append({"company": company, "action": action,
                              "text": f"{company} {ACTIONS[action]} {policy} "
                                      f"{tail or 'this week'}."})
        summary = (f"{lead} has {ACTIONS[reversals[0]['action']]} {policy}. "
                   f"The change affects about {rng.randrange(50, 20000):,} employees.")
        meta: dict[str, Any] = {
            "title": title,
            "date": date,
            "source": outlet,
            "seed": f"{index:06d}_{rng.getrandbits(64):016x}.txt",
            "companies": companies,
            "people": people,
            "tags": tags,
            "summary": summary,
            "reversals": reversals,
            "draft": False,
        }
        if rng.random() < 0.7:
            meta["source_url"] = f"https://www.{domain}/{date.year}/{slug}"
        body = self._body(companies, people, policy, outlet)
        return f"{date.isoformat()}-{slug}.md", meta, body

    def _body(self, companies: list[str], people: list[str], policy: str, outlet: str) -> str:
        rng = self.rng
        lead = companies[0]
        target = rng.randrange(505, 585)
        person = people[0] if people else rng.choice(self.people)
        verb = ACTIONS[rng.choice(ACTION_NAMES)]
        intro = (f"**{lead}** has {verb} {policy}, according to {outlet}. "
                 "The company told staff about the change this week.")
        paragraphs = [intro]
        words = intro.count(" ") + 1
        extras: list[str] = []
        if len(companies) > 1:
            extras.append(f"Other companies named in the report include "
                          f"{', '.join(companies[1:])}, which have faced similar pressure.")
        extras.append(f"> \"We got this one wrong, and we are fixing it,\" {person} wrote to "
                      f"employees.")
        if rng.random() < 0.5:
            items = rng.sample(LIST_ITEMS, rng.randrange(3, 6))
            extras.append("The memo lists the changes:\n\n" + "\n".join(f"- {i}" for i in items))
        if rng.random() < 0.4:
            extras.append(f"## {rng.choice(HEADINGS)}")
        rng.shuffle(extras)
        words += sum(e.count(" ") + 1 for e in extras)
        pool, pool_words = self.pool, self.pool_words
        while words < target:
            picks = rng.choices(range(POOL_SIZE), k=rng.randrange(3, 6))
            paragraphs.append(" ".join(pool[i] for i in picks))
            words += sum(pool_words[i] for i in picks)
            if extras and rng.random() < 0.35:
                paragraphs.append(extras.pop())
        paragraphs.extend(extras)
        return "\n\n".join(paragraphs)


def generate(out: Path, entries: int, seed: int = 1) -> None:
    """Write a complete site folder for `entries` articles into `out` (replacing its content)."""
    out = Path(out)
    entries_dir = out / "content" / "entries"
    if entries_dir.exists():
        shutil.rmtree(entries_dir)
    entries_dir.mkdir(parents=True)
    (out / "seeds").mkdir(exist_ok=True)
    (out / "site.yaml").write_text(
        "# Synthetic benchmark site written by benchmarks/gen_corpus.py.\n"
        + yaml.safe_dump(_site_config(), sort_keys=False, allow_unicode=True, width=100),
        encoding="utf-8")
    corpus = _Corpus(random.Random(seed))
    for index in range(entries):
        name, meta, body = corpus.entry(index)
        (entries_dir / name).write_text(dump(meta, body), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=4000, help="number of entries")
    parser.add_argument("--out", type=Path, required=True, help="site folder to write")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args(argv)
    if args.entries < 1:
        parser.error("--entries must be at least 1")
    start = time.perf_counter()
    generate(args.out, args.entries, args.seed)
    print(f"wrote {args.entries} entries to {args.out} in {time.perf_counter() - start:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
