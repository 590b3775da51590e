"""PLOVER event coding over the dependency parse, driven by the lexicon (data, not code).

For every sentence:

* a verb whose lemma (+ particle) has lexicon frames is a trigger; the first frame whose conditions hold
  (object, xcomp, preposition) gives type, mode and context;
* a noun with frames ("tariffs", "talks", "threats") is a nominal trigger; its source is its possessor
  ("Trump's threats"), an actor modifier ("US tariffs"), a "by" agent, or the subject of the verb it is the
  object of ("announced 25-percent levies"); a light-verb modifier may change it ("lifted sanctions");
* the source comes from the subject (or the passive agent; for xcomp/advcl/conj verbs, the governing
  verb's subject; for "rebuked X for doing", X), the target from the frame's slots, and conjunctions
  expand to one event per party;
* modality from auxiliaries and governing verbs ("will", "plans to", "threatened to"): a planned or
  threatened conflictual act is a THREATEN with the act as mode (plover.md); negation is kept;
* the date from the nearest time expression in the trigger's clause, else in a governing clause, else
  "N hours/days after <clause>" arithmetic, else the article date.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from ..actors.resolver import GOV_NOUNS, VENUE_NOUNS
from ..nlp import doc_text
from ..records import DateRef, Event, Party, Quantity

CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "parataxis", "csubj"}
NEG_WORDS = {"not", "n't", "never", "no"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPO_AUX = {"would", "could", "may", "might", "should", "can"}  # "can close the strait": able to, not done
THREAT_MODE = {"SANCTION": "sanction", "ASSAULT": "force", "COERCE": "coerce", "MOBILIZE": "force",
               "PROTEST": "protest", "REJECT": "reject"}
RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE"}
# Passive verbs whose subject does what their infinitive says ("are expected to sign", "was forced to
# withdraw"); not hearsay ("is said / believed / reported to have ..."), which the parties do not assert.
PASSIVE_RAISING = {"expect", "schedule", "set", "slate", "force", "compel", "oblige", "allow", "permit", "authorize",
                   "authorise", "require", "invite", "obligate"}
# Verbs whose object does what their infinitive says ("persuaded Japan to open its market").
OBJECT_CONTROL_VERBS = {"persuade", "convince", "force", "compel", "oblige", "pressure", "pressurise", "pressurize",
                        "push", "encourage", "induce", "prompt", "lead", "get", "enable", "help", "allow", "permit"}
# Of those, the ones that only give leave: with a rule or a thing as subject, nothing is done.
PERMITTING_VERBS = {"allow", "permit", "enable", "entitle", "authorize", "authorise", "empower"}
# Of those, the ones that only try: what the object is pressed to do is not said to be done.
ATTEMPT_VERBS = {"persuade", "convince", "pressure", "pressurise", "pressurize", "push", "encourage", "induce"}
# Verbs of one's own effort: a deal one tries or hopes to achieve is not made.
TRYING_VERBS = {"try", "attempt", "seek", "strive", "struggle", "endeavour", "endeavor", "hope"}
VAGUE_THINGS = {"thing", "much", "lot", "many", "most", "everything", "anything", "something", "nothing"}
DELEGATE_NOUNS = {"delegation", "delegate", "negotiator", "envoy", "representative", "team", "observer", "ambassador"}
# What threatens as a market force, not as a party: "Soviet mercury sales threaten EC producers".
ECONOMIC_THINGS = {"sale", "import", "export", "price", "surplus", "deficit", "rate", "dollar", "yen", "inflation",
                   "growth", "output", "production", "shipment", "dumping", "fall", "rise", "decline", "currency",
                   "slump", "glut", "competition", "recession", "drought", "weather", "crisis", "debt", "cost",
                   "subsidy", "protectionism", "program", "programme", "policy", "austerity"}
INQUIRY_NOUNS = {"probe", "investigation", "inquiry", "enquiry", "hearing", "trial", "case", "lawsuit", "suit",
                 "audit", "review"}  # "the Iran probe": the country named is the probe's subject, not its author
# "It would not be sensible to provoke ...": an act judged, with the dummy "it" as subject, is done by no one.
EVALUATIVE_ADJECTIVES = {"sensible", "wise", "unwise", "possible", "impossible", "necessary", "unnecessary",
                         "important", "difficult", "easy", "hard", "likely", "unlikely", "right", "wrong", "better",
                         "best", "useful", "vital", "essential", "advisable", "prudent", "foolish", "premature",
                         "irrational", "dangerous", "unthinkable", "desirable", "appropriate", "inappropriate"}
SCOURGES = {"terrorism", "drug", "drugs", "poverty", "crime", "inflation", "corruption", "cancer", "aids", "hunger",
            "narcotics", "trafficking", "smuggling", "piracy", "disease", "illiteracy", "unemployment"}
BANNING_VERBS = {"ban", "bar", "prohibit", "block", "restrict", "curb", "embargo", "boycott", "halt", "suspend"}
# "demand" as a market's ("domestic demand", "keen demand", "oil demand"), not a claim on someone.
MARKET_WORDS = {"domestic", "consumer", "keen", "strong", "weak", "world", "import", "export", "internal", "external",
                "seasonal", "increased", "growing", "slack", "firm", "good", "poor", "heavy", "high", "low", "brisk",
                "sluggish", "global", "local", "fresh", "steady", "overall", "aggregate", "industrial", "market"}
MARKET_VERBS = {"boost", "stimulate", "increase", "reduce", "spur", "curb", "dampen", "satisfy", "outstrip",
                "exceed", "rise", "fall", "slow", "weaken", "strengthen", "expand", "cut", "lift"}
LENDING_NOUNS = {"loan", "credit", "debt", "lending", "borrowing", "financing", "rescheduling"}
BATTLE_NOUNS = {"fighting", "clash", "battle", "skirmish", "firefight", "gunbattle"}  # with someone: mutual force
DURATION_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}
ADDRESS_VERBS = {"tell", "warn", "inform", "assure", "promise", "notify", "remind", "caution"}
FORCE_NOUNS = {"troop", "troops", "soldier", "force", "forces", "army", "warplane", "jet", "navy", "police",
               "gunboat", "warship", "artillery", "official", "officials", "authority", "authorities",
               "military", "plane", "aircraft", "missile", "diplomat", "embassy", "ministry", "government",
               "infantry", "armour", "armor", "marine", "paratrooper", "commando", "frigate", "destroyer",
               "minesweeper", "cruiser", "submarine", "battleship", "corvette", "bomber"}
# Modifiers that make a ship or vessel a warship ("U.S. Navy ships", "coast guard vessels").
ARMED_MODIFIERS = FORCE_NOUNS | {"naval", "military", "war", "guard", "patrol"}
RESPONSE_TYPES = {"REJECT", "THREATEN"}
# Acts aimed at another party by nature (not SUPPORT of a policy, COERCE or PROTEST at home, MOBILIZE).
SENTENCE_COUNTERPART_TYPES = {"REQUEST", "ACCUSE", "THREATEN", "SANCTION", "ASSAULT", "CONSULT", "AGREE", "AID",
                              "COOPERATE", "CONCEDE", "RETREAT", "REJECT"}
# Travelling "for talks": the traveller holds them (the place travelled to gives the counterpart).
MOTION_VERBS = {"go", "come", "travel", "fly", "arrive", "head", "leave", "return", "journey", "jet"}
OBLIGATION_MODALS = {"must", "should"}  # "Japan must open its market, Baker said": a demand of Japan
ANGRY_ADVERBS = {"angrily", "furiously", "sharply", "bitterly", "harshly", "indignantly", "strongly", "fiercely"}
PURPOSE_HEADS = {"need", "want", "require", "use"}  # "needs missiles to close the strait": what they are for
HOLDING_VERBS = {"have", "keep", "maintain", "own", "possess", "hold", "acquire", "buy", "obtain", "develop"}
MEETING_VERBS = {"meet", "talk", "negotiate", "discuss", "confer", "consult", "attend", "participate"}
WITH_VERBS = {"go", "proceed", "press", "push", "move", "respond", "retaliate", "hit", "follow", "forge"}
FALLBACK_PREPS = {"on", "against", "to", "from", "with", "toward", "towards", "at", "into", "over", "in", "of",
                  "for", "onto", "upon", "across", "inside", "about", "regarding"}
FALLBACK_DEPS = {"dobj", "obj", "pobj", "prep", "xcomp", "amod", "compound", "nmod", "poss", "dative", "iobj",
                 "attr", "oprd", "appos", "acl", "pcomp", "conj", "advcl", "ccomp"}
_WEEKDAY = re.compile(r"(?:on |last |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                      r"(?: (?:morning|afternoon|evening|night))?", re.I)
MEDIA_NOUNS = {"newspaper", "paper", "media", "broadcaster", "television", "tv", "radio", "reporter", "journalist",
               "press", "interviewer", "outlet", "channel", "daily", "magazine", "correspondent", "network"}


def _is_media(tok) -> bool:
    """A news organisation or reporter: "news agency TASS", "state television", "reporters"."""
    t = tok.head if tok.dep_ == "appos" else tok
    low = t.lemma_.lower()
    if low in MEDIA_NOUNS:
        return True
    near = {c.lemma_.lower() for c in t.children if c.dep_ in ("compound", "amod", "appos")}
    if t.dep_ in ("compound", "appos"):
        near.add(t.head.lemma_.lower())
    return low == "agency" and bool(near & {"news", "newspaper", "broadcaster"})


# Verbs answering an accusation ("rejected Pakistan's accusations"): their subject is the accused.
DENYING_VERBS = {"reject", "deny", "dismiss", "refute", "rebut", "deflect", "brush"}
# Nouns of an act answering another ("a response to the attack").
RESPONSE_NOUNS = {"response", "retaliation", "reply", "answer", "reprisal", "revenge", "riposte"}
# Nouns undoing a penalty named after "on" or "of", and the verb they are read as ("a pause on the tariffs").
UNDOING_NOUNS = {"pause": "pause", "suspension": "suspend", "delay": "delay", "freeze": "freeze",
                 "postponement": "postpone", "lifting": "lift", "removal": "remove", "easing": "ease"}
# Nouns that undo an act named after "of" ("the elimination of tariffs").
REMOVAL_NOUNS = {"elimination", "removal", "abolition", "lifting", "scrapping", "reduction", "easing", "relaxation",
                 "repeal", "rollback", "dismantling", "cancellation", "phasing", "phase-out", "abandonment"}
PROCESS_NOUNS = {"implementation", "imposition", "enforcement", "application", "use", "extension", "renewal",
                 "introduction", "execution"}
# A deal "brokered / mediated by" X is not X's: X stood between the parties.
GO_BETWEEN_VERBS = {"broker", "mediate", "facilitate", "host", "arrange", "negotiate", "sponsor", "guarantee",
                    "supervise", "monitor", "oversee"}
# Carrying on a war is fighting: "vowed to continue the war".
PURSUING_VERBS = {"continue", "pursue", "intensify", "escalate", "expand", "wage", "step", "prosecute", "resume"}
WAR_NOUNS = {"war", "fighting", "offensive", "fight", "campaign", "attack", "assault", "bombing", "strike",
             "hostility", "hostilities", "struggle", "onslaught", "airstrike", "raid", "shelling"}
# Coming to the place the story is told from: "arrives on a four-day tour" (no host named).
ARRIVING_VERBS = {"arrive", "come"}
# Places with no owner named that an attack can hit: "shelled a border village".
LOCALITY_NOUNS = {"village", "town", "city", "post", "outpost", "settlement", "area", "region", "district", "province",
                  "port", "island", "garrison", "checkpoint", "camp", "hamlet", "border"}
# Participles that make people detainees: "teachers held since last year".
HOLDING_PARTICIPLES = {"hold", "detain", "kidnap", "abduct", "jail", "imprison", "capture", "arrest", "seize", "take"}
# Verbs that decide a penalty on someone: "agreed (on) sanctions against Russia" is the sanctions.
PENALTY_DECIDING_VERBS = {"agree", "decide", "settle", "finalize", "finalise"}
# Nouns that pack acts of one kind: "a package of sanctions", "a raft of tariffs".
PACKAGE_NOUNS = {"package", "raft", "set", "batch", "slew", "wave", "series", "tranche", "list", "host", "range"}
# Types of the acts a headline verb misread as a noun may tell ("YEUTTER BLASTS ... TAX": _headline_verbs)
HEADLINE_TYPES = {"ACCUSE", "THREATEN", "REJECT", "REQUEST", "SUPPORT"}
# Standing rules whose present-tense bans are no act ("GATT regulations prohibit member nations from ...")
STANDING_RULES = {"regulation", "rule", "law", "charter", "constitution", "treaty", "convention", "statute", "code",
                  "provision", "article", "clause", "principle"}
# Verbs of belief: what one thinks another "would" do is a guess, not a stated plan
BELIEF_VERBS = {"think", "believe", "expect", "doubt", "suspect", "guess", "predict", "feel", "suppose", "imagine"}
# Verbs of fending off an attack: the attack was aimed at their subject
REPELLING_VERBS = {"repel", "repulse", "thwart", "foil", "resist", "withstand", "rebuff", "crush", "halt", "stop", "beat",
                   "fight", "fend", "ward", "check", "contain", "absorb", "blunt"}
# Verbs of keeping a threatened penalty from happening ("try to stop the threatened duties")
AVERTING_VERBS = {"halt", "avert", "avoid", "prevent", "stop", "forestall", "block"}
# Talks ended, suspended or put off are a diplomatic penalty only against someone: "GCC ministers have ended
# talks after adopting resolutions", "the company postponed a press conference" are nothing.
TALKS_OFF = {"verb.postpone-talks", "mod.end-talks", "mod.suspend-talks", "verb.cancel-talks", "verb.break-off-talks",
             "verb.call-off-talks"}
# Verbs whose object is what a meeting is about ("to discuss Britain's plan")
TOPIC_VERBS = {"discuss", "debate", "review", "examine", "consider", "address", "study"}
# "entered the third day of an indefinite stoppage", "marked the second week of protests": a span of an act
# under way; the act is the object, carried on
SPAN_NOUNS = {"day", "week", "month"}
ROUND_NOUNS = {"round", "series", "session"}  # "a new round of talks": the talks
SPAN_VERBS = {"enter", "mark", "begin", "start", "continue", "extend", "reach"}
_PEOPLE_NOUNS = {"counterpart", "delegation", "leader", "official", "minister", "envoy", "representative",
                 "people", "group", "team", "family", "member", "head", "ambassador", "colleague", "partner",
                 "negotiator", "president", "premier", "chief", "mediator", "rebel", "protester", "reporter",
                 "journalist", "press", "student", "worker", "survivor", "victim", "opposition", "activist"}
FIGHTER_NOUNS = {"rebel", "fighter", "militant", "gunman", "insurgent", "militia", "militiaman", "guerrilla",
                 "jihadist", "combatant", "member", "commander", "group", "movement", "faction", "leader",
                 "spokesman", "spokesperson", "wing"}
# What answers an act, done by the ones it comes "from" ("the response from Washington was swift").
REACTION_NOUNS = {"reaction", "response", "condemnation", "criticism", "reply"}
RAIDER_NOUNS = FORCE_NOUNS | FIGHTER_NOUNS | {"contra"}  # whose raids are attacks, not police searches
UNDERGO_VERBS = {"face", "suffer", "experience", "pay", "endure", "incur", "receive", "risk", "fear", "escape", "avoid", "survive",
                 "withstand", "weather", "undergo", "draw", "attract"}
# A body's membership and the bid for it: the owner is the (would-be) member.
MEMBERSHIP_NOUNS = {"membership", "accession", "bid", "application", "candidacy", "entry"}
# Verbs that name their object something ("called the sanctions illegal", "called Russia a terrorist state").
NAMING_VERBS = {"call", "brand", "label", "term", "dub", "describe"}
# Verbs whose subject brings on an act "from" someone: "the strikes sparked condemnation from Turkey" (with
# no "from", the act sparked is nobody's undergoing: "sparked a trade war between ...").
SPARKING_VERBS = {"spark", "prompt", "trigger", "provoke", "elicit", "invite", "earn", "bring", "win", "get"}
# Participles that tell a deal was concluded ("the accord signed in July 1986", "a pact reached last July").
CONCLUDING_VERBS = {"sign", "agree", "reach", "strike", "conclude", "negotiate", "seal", "initial", "ink", "broker",
                    "clinch", "finalize", "finalise"}
# One-sided commitments: promising a conflictual act is a threat (_promised_harms).
PROMISE_VERBS = {"promise", "pledge", "vow", "swear", "commit", "guarantee"}
# Verbs whose subject is given what their object's "from" names: "won a pledge from Washington".
# Who signs, negotiates or seeks a loan is its borrower ("Peru is to sign a 2 billion dlr loan").
BORROWING_VERBS = {"sign", "negotiate", "seek", "syndicate", "arrange", "request", "need", "want", "raise"}
REPAYING_VERBS = {"repay", "service", "refinance", "owe", "default", "pay"}  # a loan paid back
RECEIVING_VERBS = {"have", "win", "obtain", "secure", "get", "extract", "gain", "wring", "elicit", "accept", "take"}
# "did not rule out retaliation / military action / sanctions": a threat (not negated), mode by the act.
RULE_OUT_FORCE = {"force", "strike", "attack", "war", "invasion", "intervention", "operation", "military",
                  "response", "reprisal", "escalation"}
RULE_OUT_SANCTION = {"retaliation", "sanction", "tariff", "embargo", "boycott", "expulsion", "countermeasure",
                     "measure", "action", "step", "penalty", "levy", "duty", "ban"}
RULE_OUT_MODS = {"retaliatory", "military", "punitive", "economic", "trade", "further", "tough", "reciprocal"}
# "came under fire / criticism from X": X accuses the subject.
UNDER_FIRE = {"fire", "criticism", "attack", "scrutiny"}
# Words of an amount that a verb's object can be: "imposed 300 mln dlrs in tariffs", "$60 billion worth of".
AMOUNT_NOUNS = {"worth", "dlrs", "dlr", "dollars", "dollar", "stg", "yen", "euros", "euro", "pounds", "francs",
                "marks", "value", "mln", "bln", "billion", "million", "trillion"}
# The rate of a duty or tariff: "duties of 50 pct".
RATE_NOUNS = {"pct", "percent", "per", "%", "percentage"}
# "thousands of troops", "dozens of rebels": the party is the noun after "of".
QUANTITY_NOUNS = {"thousand", "hundred", "dozen", "million", "score", "number", "group", "contingent",
                  "unit", "battalion", "column", "band", "handful", "few", "some", "many", "several",
                  "majority", "minority", "most", "all", "crowd", "throng", "tens"}
# Acts that, reported by a party about another, are an accusation ("the EC said the U.S. broke trade
# rules", "the lobby said Korea has not lived up to the accord"): the verb, and for the general verbs
# the objects (or xcomp verbs) that make it a breach.
BREACH_VERBS = {"violate": None, "breach": None, "flout": None, "contravene": None, "renege": None,
                "infringe": None, "cheat": None, "live": None, "lie": None, "mislead": None, "deceive": None,
                "break": {"rule", "agreement", "accord", "pact", "treaty", "law", "ceasefire", "truce", "promise",
                          "commitment", "pledge", "deal", "regulation", "understanding", "obligation"},
                "fail": {"implement", "honor", "honour", "abide", "comply", "live", "keep", "fulfil", "fulfill",
                         "observe", "respect", "deliver", "meet", "open", "stop", "end"}}
BREACHED_DEFENCES = {"line", "defence", "defense", "defences", "defenses", "position", "wall", "perimeter",
                     "fortification", "barrier", "fence", "cordon", "dyke", "dike", "dam", "levee", "hull"}
# Every word outside the lexicon that a rule of this module starts an event from ("be responsible for",
# "is to blame", "did not rule out", "came under fire", the breach verbs). The pre-filter
# (newscoder/prefilter.py) parses a segment holding one: a new rule starting from a new word adds it here.
# "must", "should": a demand reported (_obligations); "react", "respond": an angry reaction; "insist that X do"
# Armed forces on the move are mobilised ("Greek and Turkish warships headed for a possible clash").
MOVING_VERBS = {"head", "sail", "steam", "move", "mass", "converge", "redeploy"}  # not "advance": an offensive
ARMED_UNITS = {"troop", "troops", "soldier", "force", "forces", "army", "navy", "warship", "gunboat", "warplane",
               "tank", "fleet", "destroyer", "frigate", "submarine", "battalion", "brigade", "division", "unit"}
RULE_WORDS = frozenset(BREACH_VERBS) | {"responsible", "blame", "rule", "must", "should", "react", "respond", "insist",
                                         "retaliate", "defend"} | \
    UNDER_FIRE | MOVING_VERBS
SETTING_PREPS = {"at", "during", "under", "on", "in", "throughout", "amid"}
OFFICIAL_NOUNS = {"government", "ministry", "minister", "embassy", "ambassador", "president", "premier",
                  "chancellor", "foreign", "spokesman", "spokeswoman", "cabinet", "administration", "envoy",
                  "diplomat", "official", "authorities"}
FIGURATIVE_MODS = {"verbal", "rhetorical", "diplomatic", "charm", "trade", "tariff", "price", "political", "media",
                   "propaganda", "legal", "currency", "bidding", "advertising", "publicity", "culture", "word",
                   "heart", "panic", "asthma", "anxiety"}  # and medical: "a heart attack"
HARM_NOUNS = {"crisis", "death", "killing", "violence", "failure", "collapse", "escalation", "deterioration",
              "incident", "explosion", "blast", "massacre", "crash", "loss", "damage", "tension", "chaos",
              "unrest", "instability", "casualty", "destruction", "suffering", "disaster", "murder", "downing",
              "sinking", "shooting", "atrocity", "genocide", "famine", "abuse", "violation", "crime"}
QUOTE_MARKS = {'"', "“", "”", "''", "``"}
GENERIC_ACTORS = {"government", "delegation", "leader", "minister", "representative", "official", "envoy",
                  "ambassador", "president", "head", "member", "army", "force", "troop", "authority", "people",
                  "parliament", "navy", "military", "ministry", "embassy", "diplomat", "spokesman", "negotiator"}
# People who speak or act for a body: "the speaker of the Iranian Parliament", "a spokesman for the
# ministry", "the head of the Japanese delegation" act for it.
ROLE_NOUNS = {"speaker", "chairman", "chairwoman", "chair", "chief", "director", "secretary", "spokeswoman",
              "spokesperson", "delegate", "leadership", "commander", "governor", "deputy", "aide", "adviser",
              "advisor", "counsellor", "councillor", "lawmaker", "legislator", "senator"}
# Nouns for a set of countries that a list after them names ("many nations -- Canada, Nigeria --").
LIST_NOUNS = {"nation", "country", "state", "government", "member", "ally", "partner", "neighbour", "neighbor"}
# Types that are only an event between two parties: with no target found they are not coded.
TWO_PARTY_TYPES = frozenset({"CONSULT", "SUPPORT"})
SKIP_PRONOUNS = {"we", "us", "i", "me", "you", "our", "my", "your", "both", "this", "that", "which", "who"}


def _dyad_key(ev) -> tuple | None:
    """An event's act, pair of states and sentence: one event per key ("will hold talks with Thatcher and meet
    Queen Elizabeth" is one CONSULT SAU->GBR); None when either side has no country."""
    if ev.source is None or ev.target is None or not ev.source.country or not ev.target.country:
        return None
    return ev.type, ev.source.country, ev.target.country, ev.start, ev.in_, ev.negated


def _hung_main_verb(verb) -> bool:
    """"A French foreign ministry statement called on Ottawa to ...", parsed with "called" hung on the noun as
    a clause of it: a past tense right after a sentence's root noun is its main verb."""
    return verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "ROOT" and \
        verb.head.pos_ in ("NOUN", "PROPN") and verb.i == verb.head.i + 1


def _dash_teller(doc) -> set[int]:
    """The tokens after a headline's spaced dash: who says it ("SOVIETS HAVE TESTED SS-18 MISSILE -
    WEINBERGER", "U.K. GROWING IMPATIENT WITH JAPAN - THATCHER"), no target of the news before it."""
    # (normalize parses the dash as a spaced colon, " : ", which a headline's own colon never is)
    dash = next((t.i for t in doc if t.text in ("-", "–", "—", ":") and t.i > 0 and doc[t.i - 1].whitespace_
                 and t.whitespace_), None)
    return set(range(dash, len(doc))) if dash is not None else set()


def _market_demand(tok) -> bool:
    """"demand" as a market's: "keen demand", "domestic demand", "oil demand", "boost demand"."""
    return tok.lemma_.lower() == "demand" and (any(
        c.dep_ in ("amod", "compound", "nmod") and (c.lemma_.lower() in MARKET_WORDS or (
            c.dep_ == "compound" and c.pos_ == "NOUN")) for c in tok.children) or (
        tok.dep_ in ("dobj", "nsubj", "nsubjpass") and tok.head.lemma_.lower() in MARKET_VERBS))


def _stance(tok) -> bool:
    """Whether a "position" or "line" is a stance ("West German positions on farm reform", "Bonn's
    position", "the hard line") rather than ground held ("attacked Iraqi positions east of Basra",
    "positions held by its fourth army corps"). Any other word: True."""
    if tok.lemma_.lower() not in ("position", "line"):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("on", "over", "towards", "toward", "regarding", "about") for c in tok.children):
        return True
    if any(c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ in ("east", "west", "north", "south", "near", "along", "in"))
           or c.lower_ in ("east", "west", "north", "south") for c in tok.children):
        return False
    if tok.tag_ in ("NN", "NNP"):
        return True  # "Bonn's position", "DANISH FARM POSITION", "the hard line"
    # plural: ground held ("Iraqi positions"), unless a stance word qualifies it ("farm positions")
    return any((c.dep_ == "compound" and c.pos_ == "NOUN") or c.lower_ in (
        "hard", "tough", "negotiating", "bargaining", "official", "firm", "policy") for c in tok.children)


def _breached_defences(verb) -> bool:
    """"breached Iraqi defence lines", "breached the perimeter": a military breakthrough, not a breach of a
    promise."""
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in BREACHED_DEFENCES or any(
        g.dep_ == "compound" and g.lemma_.lower() in BREACHED_DEFENCES for g in c.children)) for c in verb.children)


def _forgone(tok) -> bool:
    """The act set aside for another: "rather than impose tariffs", "instead of (imposing) sanctions"."""
    i = tok.left_edge.i
    doc = tok.doc
    return i >= 2 and (doc[i - 2].lower_, doc[i - 1].lower_) in (("rather", "than"), ("instead", "of"))


@dataclass(slots=True)
class _Trigger:
    token: object
    frame: object
    nominal: bool
    source_toks: list
    target_toks: list
    rule: str


class EventCoder:
    """Codes events in the parsed segments of one article."""

    def __init__(self, lexicon, resolver, *, goldstein=None, sentence_tone=None, hypothetical: bool = False):
        self.lex = lexicon
        self.resolver = resolver
        self.hypothetical = hypothetical  # keep events of conditions and speculation (modality "hypothetical")
        self.goldstein = goldstein or (lambda t, m, negated=False: 0.0)
        self.sentence_tone = sentence_tone or (lambda s: 0.0)
        self._refutation_re = None  # the lexicon's refutation words, compiled on first use (_rebuttals)

    # ------------------------------------------------------------------------------------------------
    def code(self, parsed: list, idx, dates_by_seg: dict[int, list[DateRef]], article_date: dt.date | None,
             amounts_by_seg: dict[int, list] | None = None, quotes: list | None = None) -> list[Event]:
        """The events of one article. ``quotes`` (found before, when the quote stage ran first): a first
        person inside one is its speaker's side."""
        events: list[Event] = []
        segs: list[int] = []
        seen: set[tuple] = set()
        self._where: dict[int, tuple[int, int, int]] = {}  # id(event) -> (segment, its sentence's token range)
        self._tellers: dict[int, set[int]] = {}  # id(event) -> tokens of whoever reports the act
        self._unaimed: set[int] = set()  # id(event): its counterpart is named and is no party
        self._unaimed_tokens: set[tuple[int, int]] = set()  # (segment, trigger token) of acts told only to the press
        self._topics: dict[int, set[int]] = {}  # id(event) -> tokens of what a meeting is about
        self._origins: dict[tuple, set[int]] = {}  # that range -> tokens of "Chinese-made" and the like
        self._venues: dict[tuple, set[int]] = {}  # that range -> "in Washington": the host of talks only
        self._quotes = [q for q in quotes or () if q.speaker is not None and q.speaker.actor]
        self._seg_pos = {seg: (p.start, p.in_) for seg, p in enumerate(parsed)}
        self._docs = [p.doc for p in parsed]
        self._owned: dict[str, list] | None = None  # _owned_nouns, built on first need
        # the parties of the last agreement between two countries coded in this story (none yet: empty)
        self._last_deal: list[Party] = []
        for seg, p in enumerate(parsed):
            doc = p.doc
            self._date_cache: dict[int, tuple] = {}
            self._tone_cache: dict[int, float] = {}  # sentence start token -> tone (one sentence, many events)
            self._clause_cache: dict[int, set[int]] = {}
            self._title_refs = (idx, seg) if p.in_ == "title" else None
            trigs = list(self._triggers(doc))
            trigs = self._reported_breaches(doc, trigs)
            trigs = self._obligations(doc, trigs)
            trigs += self._rebuttals(doc)
            trigs += self._violations(doc)
            if p.in_ == "title":
                heads = self._headline_verbs(doc, seg, idx)
                if heads:
                    # the verb the misread noun was made the subject of ("BLASTS PROPOSED ... TAX") is an adjective
                    hv = {t.token.i for t in heads}
                    trigs = [t for t in trigs if not any(x.i in hv for x in t.source_toks)] + heads
            verb_types = {t.token.i: t.frame.type for t in trigs if not t.nominal}
            protests = {t.token.i for t in trigs if t.frame.type == "PROTEST"}
            harms = self._promised_harms(trigs)
            for trig in trigs:
                if self._embedded(trig, verb_types) or self._protest_purpose(trig, protests) or \
                        (not trig.nominal and trig.token.i in harms):
                    continue
                for ev in self._expand(trig, seg, p, idx, dates_by_seg.get(seg, []), article_date,
                                       (amounts_by_seg or {}).get(seg, [])):
                    key = (ev.type, ev.source.actor if ev.source else None, ev.target.actor if ev.target else None,
                           ev.start, ev.in_, ev.negated)
                    # one act per sentence for a pair of states: "will hold talks with Thatcher and meet
                    # Queen Elizabeth and Prince Philip" is one CONSULT SAU->GBR
                    ckey = _dyad_key(ev)
                    if key in seen or (ckey is not None and ckey in seen):
                        continue
                    seen.add(key)
                    if ckey is not None:
                        seen.add(ckey)
                    events.append(ev)
                    if ev.type == "AGREE" and ev.source is not None and ev.target is not None and not ev.negated \
                            and ev.source.country and ev.target.country and ev.source.country != ev.target.country:
                        self._last_deal = [ev.source, ev.target]
                    segs.append(seg)
                    if ev.target is None and ((seg, trig.token.i) in self._unaimed_tokens or (
                            ev.type in RESPONSE_TYPES and _also(trig.token))):
                        # ("West Germany, also opposed to the tax, ...": siding with the one named before, not
                        # answering it)
                        self._unaimed.add(id(ev))
                    if ev.target is None and ev.type in RECIPROCAL and any(
                            (t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "with" and
                             t.lemma_.lower() not in _PEOPLE_NOUNS and not (
                                (ti := self.resolver.d.title(t.lemma_.lower())) and ti.sector in ("GOV", "MIL", "LEG", "JUD")))
                            or self._own_side(t, ev.source, seg, idx) for t in trig.target_toks):
                        # "concluding negotiations on debt with 11 creditor banks": the counterpart is
                        # named and is no party; "met their agriculture minister": one of their own. Not
                        # the sentence's other country.
                        self._unaimed.add(id(ev))
                    if ev.target is None and ev.type == "CONSULT":
                        topics = self._topics_of(trig)
                        if topics:
                            self._topics[id(ev)] = topics
                    if ev.target is None:
                        tellers = {t.i for x in self._tellers_of(trig.token) for t in x.subtree}
                        if p.in_ == "title":
                            tellers |= _dash_teller(doc)
                        # "..., adding that lenders had grown friendlier since Brazil's move": what is
                        # added is another statement, no counterpart of this act
                        v = trig.token if not trig.nominal else trig.token.head
                        for u in (v, v.head):
                            tellers |= {t.i for c in u.children if c.dep_ == "advcl" and
                                        c.lemma_.lower() in self.lex.reporting_verbs for t in c.subtree}
                        if tellers:
                            self._tellers[id(ev)] = tellers
                    if self._where.setdefault(id(ev), (seg, trig.token.sent.start, trig.token.sent.end)) \
                            not in self._origins:
                        sent = trig.token.sent
                        self._origins[(seg, sent.start, sent.end)] = {t.i for t in sent if _origin_mark(t)}
                        self._venues[(seg, sent.start, sent.end)] = {t.i for t in sent if self._venue(t, seg, idx)}
        if not self.hypothetical:
            # annotation.md: hypotheticals are not coded ("if Japan were to retaliate", "the two sides could
            # agree"); Options(hypothetical=True) keeps them, marked.
            keep = [k for k, e in enumerate(events) if e.modality != "hypothetical"]
            events, segs = [events[k] for k in keep], [segs[k] for k in keep]
        self._responses(events, segs)
        self._context_counterparts(events, idx)
        self._sentence_counterparts(events, idx)
        self._headline_counterparts(events)
        # A target-less event repeating one with a target in the same sentence ("threatened to impose
        # tariffs on X": the verb and its noun) adds nothing.
        aimed = {(e.type, e.source.actor if e.source else None, e.in_, e.start) for e in events if e.target is not None}
        events = [e for e in events if e.target is not None or
                  (e.type, e.source.actor if e.source else None, e.in_, e.start) not in aimed]
        # A meeting or an endorsement with no counterpart found ("the London talks", "welcomed the step") is
        # not output: on the gold sets most were false alarms (README, Known limits; annotation.md codes a
        # few with target null).
        events = [e for e in events if e.target is not None or (e.type not in TWO_PARTY_TYPES and e.rule not in TALKS_OFF)]
        kept, dyads = [], set()
        for e in events:  # one act per sentence for a pair of states, also with targets found since
            k = _dyad_key(e)
            if k is not None and k in dyads:
                continue
            if k is not None:
                dyads.add(k)
            kept.append(e)
        events = kept
        for n, ev in enumerate(events, 1):
            ev.id = f"E{n}"
        return events

    def _context_counterparts(self, events: list[Event], idx) -> None:
        """A refusal or threat still without a target answers the party of another country named last
        before its sentence, in the same paragraph or the one before ("The U.S. asked Iran to ... Iran
        denied the reports"; "... would meet a strong response, Tehran Radio said"). Not an agreement: on
        unannotated stories the country named last was mostly not the other party ("Japan also agreed to
        consider stimulative measures" is no deal with West Germany)."""
        for ev in events:
            if ev.type not in RESPONSE_TYPES or ev.target is not None or ev.negated or ev.source is None or \
                    id(ev) in self._unaimed:
                continue
            src = ev.source.country
            where = self._where.get(id(ev))
            if not src or where is None:
                continue
            seg, sent_start, _end = where
            # not a party doing the same act with it ("Britain and West Germany opposed the plan")
            fellows = {e.source.country for e in events if e.source is not None and e.type == ev.type and
                       e.trigger_start == ev.trigger_start and e.in_ == ev.in_}
            ref = idx.last_before(seg, sent_start, lambda r, src=src: r.country and r.country != src and r.kind in (
                "country", "government", "person", "group") and not r.country.startswith(("IMG", "NGO", "MNC"))
                and r.country not in fellows, window_segments=1)
            if ref is not None:
                ev.target = ref.party(next((m.text for m in ref.mentions), ref.name))

    def _sentence_counterparts(self, events: list[Event], idx) -> None:
        """A dyadic act still without a target is aimed at the one other country its sentence names
        ("Islamabad launched air strikes on its neighbour ... Afghan"): when the sentence names exactly one
        country besides the source's, that country is the target."""
        by_sent: dict[tuple, list] = {}
        for ev in events:
            if ev.type not in SENTENCE_COUNTERPART_TYPES or ev.target is not None or ev.source is None or \
                    id(ev) in self._unaimed:
                continue
            src = ev.source.country
            where = self._where.get(id(ev))
            if not src or where is None:
                continue
            talks = ev.type == "CONSULT"  # "to meet in Moscow": the capital's government hosts them
            refs = by_sent.get((where, talks))
            if refs is None:
                seg, s0, s1 = where
                refs = []
                skip = self._origins.get(where, set()) | (set() if talks else self._venues.get(where, set()))
                for i in range(s0, s1):
                    r = idx.tok.get((seg, i)) if i not in skip else None
                    if r is not None and r not in refs and not all(
                            i_ in skip for sg, i_ in r.positions if sg == seg and s0 <= i_ < s1):
                        refs.append(r)  # (not through "the" of "the Iran arms scandal", whose head is skipped)
                by_sent[(where, talks)] = refs
            # A party answering this act in the same sentence ("Japan would protest the U.S. tariffs") is
            # not thereby its target: the text does not say at whom the act is aimed.
            answering = {e.source.country for e in events if e is not ev and e.source is not None
                         and e.target is not None and e.target.country == src and self._where.get(id(e)) == where}
            # nor is a party that does the act with it ("vessels hit by Iran and Iraq": neither at the other)
            answering |= {e.source.country for e in events if e is not ev and e.source is not None and
                          e.type == ev.type and e.trigger_start == ev.trigger_start and e.in_ == ev.in_}
            # nor is the one who reports it ("an official predicted that Japan could not comply")
            tellers = self._tellers.get(id(ev), set())
            seg, s0, s1 = where
            topics = self._topics.get(id(ev), set())
            if topics and any(r.country and r.country != src and any(sg == seg and i in topics for sg, i in r.positions)
                              for r in refs):
                continue  # "met their minister to discuss Britain's plan": a country in the topic, no counterpart
            others = {r.country: r for r in refs if r.country and r.country != src and r.kind in (
                "country", "government", "person", "group") and not r.country.startswith(("IMG", "NGO", "MNC"))
                and r.id != ev.source.actor and r.country not in answering and not (tellers and all(
                    i in tellers for sg, i in r.positions if sg == seg and s0 <= i < s1))}
            if len(others) == 1:
                ref = next(iter(others.values()))
                ev.target = ref.party(next((m.text for m in ref.mentions), ref.name))

    @staticmethod
    def _headline_counterparts(events: list[Event]) -> None:
        """A headline act with no target ("JAPAN DENIES BREAKING SEMICONDUCTOR TRADE PACT") is aimed where
        the story's own telling of it is: the first body sentence with an event of the same type and source
        country, when that sentence's such events name one target ("Japan denied ... the United States";
        "rebels ambushed an army patrol ..., killing 18 soldiers"; not "urged Greece and Turkey")."""
        for ev in events:
            if ev.in_ != "title" or ev.target is not None or ev.source is None or not ev.source.country:
                continue
            same = [e for e in events if e.in_ != "title" and e.type == ev.type and e.source is not None
                    and e.source.country == ev.source.country and e.negated == ev.negated]
            if not same:
                continue
            told = [e for e in same if e.start == same[0].start and e.target is not None]
            if len({e.target.actor for e in told}) == 1:
                ev.target = told[0].target

    @staticmethod
    def _responses(events: list[Event], segs: list[int]) -> None:
        """A refusal or a threat of retaliation with no target answers the party that last acted against
        the source ("Canada asked India to waive immunity, but India declined"; "Afghanistan will
        retaliate" after Pakistani strikes): that party is the target."""
        for k, ev in enumerate(events):
            if ev.type not in RESPONSE_TYPES or ev.target is not None or ev.source is None or not ev.source.country:
                continue
            for j in range(k - 1, -1, -1):
                if segs[k] - segs[j] > 2:
                    break
                prev = events[j]
                if prev.target is not None and prev.target.country == ev.source.country and \
                        prev.source is not None and prev.source.country and prev.source.country != ev.source.country:
                    ev.target = prev.source
                    break

    # Triggers ----------------------------------------------------------------------------------------
    def _triggers(self, doc):
        consumed: set[int] = set()
        adjectives = self.lex.adjectives
        for tok in doc:
            if adjectives and (tok.pos_ in ("ADJ", "VERB") or tok.dep_ == "acomp") and tok.lower_ in adjectives:
                # (an adjective the tagger calls a noun: "U.K. growing impatient with Japan")
                trig = self._attitude_trigger(tok)
                if trig is not None:
                    yield trig
                    continue
            if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ == "ROOT"):
                trig = self._verb_trigger(tok, consumed)
                if trig is not None:
                    yield trig
        evidence = self.lex.sets.get("evidence_nouns", ())
        for tok in doc:
            if tok.pos_ in ("NOUN", "PROPN") and tok.i not in consumed:
                trig = self._noun_trigger(tok) if tok.lemma_.lower() not in evidence else self._evidence_trigger(tok)
                if trig is not None:
                    yield trig

    def _joined_lemma(self, tok) -> str | None:
        """"test-fired" split by the tokenizer into "test", "-", "fired": the lexicon's verb "test-fire", when
        it has one."""
        doc = tok.doc
        if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_:
            joined = f"{doc[tok.i - 2].lower_}-{tok.lemma_.lower()}"
            if self.lex.verb_frames(joined):
                return joined
        return None

    def _verb_trigger(self, tok, consumed: set[int]):
        if tok.i in consumed:
            return None  # inside an act ruled out or demanded ("ruled out ceding territory")
        lemma = self._joined_lemma(tok) or tok.lemma_.lower()
        doc = tok.doc
        if lemma in ("respond", "retaliate", "defend", "strike") and tok.dep_ == "acl" and \
                tok.head.lemma_.lower() == "right" and _infinitive(tok):
            # "stressed Greece's right to respond firmly to any provocation by Turkey", "reserved the
            # right to retaliate against Pyongyang": a warning of the right's holder
            right = tok.head
            holders = [c for c in right.children if c.dep_ == "poss"] or (
                self._subjects(right.head) if right.dep_ == "dobj" and right.head.pos_ == "VERB" else [])
            aimed = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("against", "on")
                     for g in c.children if g.dep_ == "pobj"]
            aimed += [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                      if g.dep_ == "pobj" for b in g.children if b.dep_ == "prep" and b.lower_ == "by"
                      for a in b.children if a.dep_ == "pobj"]  # "to any violations by Hezbollah"
            if holders:
                return _Trigger(tok, _RIGHT_FRAME, False, holders, aimed, "verb." + _RIGHT_FRAME.rule)
        if _warned_against(tok) or (_noun_infinitive(tok) and not self._headline_infinitive(tok)
                                    and not self._announced_intent(tok)):
            return None
        if lemma in ("react", "respond") and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "'d", "wo")
                                                 for c in tok.children):
            # "Iran would respond firmly to any U.S. attack", "the EC will react to the textile bill": a
            # response announced is a warning to whoever the act it answers is from
            objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
            if objs:
                return _Trigger(tok, _WARNED_RESPONSE_FRAME, False, self._subjects(tok), objs,
                                "verb." + _WARNED_RESPONSE_FRAME.rule)
        if lemma in ("react", "respond") and any(c.dep_ == "advmod" and c.lower_ in ANGRY_ADVERBS for c in tok.children):
            # "Brazilian steel makers reacted angrily to word that Washington plans ...": an angry reaction
            # is a protest against the one whose act it answers
            objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
            aimed = objs or [t for t in tok.subtree if t.i > tok.i and t.dep_ in ("nsubj", "nsubjpass")
                             and t.pos_ in ("PROPN", "NOUN")][:1]
            return _Trigger(tok, _ANGRY_FRAME, False, self._subjects(tok), aimed, "verb." + _ANGRY_FRAME.rule)
        if lemma in MOVING_VERBS and not any(c.dep_ in ("dobj", "auxpass") for c in tok.children):
            subj = self._subjects(tok)
            if subj and all(s.lemma_.lower() in ARMED_UNITS for s in subj):
                # "Greek and Turkish warships headed for a possible clash", "troops moved to the border":
                # armed forces on the move are mobilised (towards whoever the place they go to belongs to)
                toward = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "toward", "towards", "into", "near")
                          for g in c.children if g.dep_ == "pobj"]
                mods = [m for s_ in subj for c in s_.children if c.dep_ in ("amod", "compound") and c.conjuncts
                        for m in (c, *c.conjuncts)]
                if len(mods) > 1:
                    # "Greek and Turkish warships headed for a possible clash": each side's, towards the other
                    subj, toward = mods, toward or mods
                return _Trigger(tok, _MOVING_FRAME, False, subj, toward, "verb." + _MOVING_FRAME.rule)
        if lemma in DENYING_VERBS:
            charge = self._charge_denied(tok)
            deniers = [x for c in (charge.children if charge is not None else ()) if c.dep_ == "appos" and c.pos_ == "PROPN"
                       for x in (c, *c.conjuncts)]
            if deniers:
                # "..., a charge New Delhi denied": the denier rejects the accuser's charge
                accusers = [g for k in tok.children if k.dep_ == "ccomp" for g in self._subjects(k)]
                return _Trigger(tok, _DENIED_CHARGE_FRAME, False, deniers, accusers, "verb." + _DENIED_CHARGE_FRAME.rule)
        if lemma == "warn" and self._forecast(tok):
            return None
        if tok.tag_ == "VBN" and tok.dep_ == "advcl" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in tok.children):
            return None  # "Japan will only react when bullied": the one bullied, by someone unnamed, is no bully
        if lemma in ("threaten", "endanger", "jeopardize", "jeopardise") and any(
                s_.lemma_.lower() in ECONOMIC_THINGS for s_ in self._subjects(tok)):
            return None  # "Soviet mercury sales threaten EC producers", "the dollar's fall threatened growth"
        if lemma in ("meet", "face") and any(c.dep_ == "dobj" and c.lemma_.lower() in self.lex.sets.get(
                "retaliations", ()) for c in tok.children):
            _rep, speaker = self._reported_by(tok)
            if speaker:
                # "any U.S. interference would meet a strong response, Tehran Radio said": the speaker's
                # threat against whoever does what the subject names
                return _Trigger(tok, _RESPONSE_FRAME, False, speaker, self._subjects(tok), "verb." + _RESPONSE_FRAME.rule)
        if lemma in PROMISE_VERBS:
            act = _vowed_resistance(tok)
            if act is not None:
                # "vowed to do all it could to fight the U.S. ruling": a promise to resist a party's
                # act is a threat to that party, not an agreement
                return _Trigger(tok, _RESIST_FRAME, False, self._subjects(tok),
                                [c for c in act.children if c.dep_ == "dobj"], "verb." + _RESIST_FRAME.rule)
        if lemma == "set" and any(c.lower_ in ("ablaze", "alight") or (c.dep_ == "prep" and c.lower_ == "on" and any(
                g.lower_ == "fire" for g in c.children)) for c in tok.children) and \
                any(c.dep_ == "dobj" for c in tok.children):
            # "a gunboat had set the Greek freighter on fire", "set ... ablaze"
            return _Trigger(tok, _ARSON_FRAME, False, self._subjects(tok),
                            [c for c in tok.children if c.dep_ == "dobj"], "verb." + _ARSON_FRAME.rule)
        ult = _ultimatum(tok)
        if ult is not None:
            # a deadline given to act is a demand backed by a threat: the giver's ultimatum to the one given it
            return _Trigger(tok, _ULTIMATUM_FRAME, False, self._subjects(tok), ult[0], "verb." + _ULTIMATUM_FRAME.rule)
        if tok.dep_ in ("advcl", "xcomp", "acl") and "give" in (tok.head.lemma_, tok.head.head.lemma_) and \
                _infinitive(tok) and any(
                (u := _ultimatum(a)) is not None and u[1].i in (tok.i, *(x.i for x in u[1].conjuncts))
                for a in (tok.head, tok.head.head)):
            consumed.update(t.i for t in tok.subtree)
            return None  # what the ultimatum demands is not done ("to reach a deal": no deal either)
        if lemma == "rule":
            trig = self._rule_out(tok)
            out = any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
            if out:
                # the act ruled out, or not ruled out, is not done ("did not rule out attacking U.S. ships")
                consumed.update(t.i for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VBG" for t in c.subtree)
            if trig is not None or _refused_xcomp(tok) or (out and any(c.dep_ == "neg" for c in tok.children)):
                return trig  # ("refused to rule out talks", "did not rule out meeting them": nothing ruled out)
        if lemma in REFUSING_VERBS and any(_refused_xcomp(c) and c.lemma_.lower() == "rule" and any(
                g.dep_ == "prt" and g.lower_ == "out" for g in c.children) for c in tok.children):
            return None  # "refused to rule out retaliation": no refusal (a threat, when the infinitive's is one)
        if lemma in self.lex.sets.get("warned_when_negated", ()):
            trig = self._will_not_allow(tok)
            if trig is not None:
                return trig
        if lemma == "come":
            trig = self._under_fire(tok)
            if trig is not None:
                return trig
        if lemma == "threaten" and tok.tag_ == "VBN" and tok.dep_ in ("xcomp", "ccomp", "dobj") and \
                tok.head.lemma_.lower() in AVERTING_VERBS and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
            # "to try to stop threatened tariffs on its steel" parsed with "threatened" as a verb: the
            # participle is an adjective of the penalty held over the subject of "stop"
            noun = next((c for c in tok.children if c.dep_ == "dobj" and self.lex.noun_frames(c.lemma_.lower())), None)
            trig = self._averted(noun, tok.head, consumed) if noun is not None else None
            if trig is not None:
                return trig
        if lemma == "insist":
            # "the EC will go on insisting that Japan buy more": a demand of the clause's subject
            # (a subjunctive or "should"/"must"); not "insisted that the talks were going well"
            asked = [g for c in tok.children if c.dep_ == "ccomp" and (c.tag_ == "VB" and not any(
                a.dep_ == "aux" for a in c.children) or any(a.dep_ == "aux" and a.lower_ in ("should", "must")
                                                             for a in c.children))
                     for g in c.children if g.dep_ == "nsubj"]
            if asked:
                return _Trigger(tok, _INSIST_FRAME, False, self._subjects(tok), asked, "verb." + _INSIST_FRAME.rule)
        if lemma in self.lex.reporting_verbs and not any(
                c.dep_ == "dobj" and self.lex.modifier(lemma, c.lemma_.lower()) for c in tok.children):
            # A reporting verb is an event only in a conditioned sense ("wrote to his counterpart") or
            # with a noun it makes one of ("stressed its concern over": noun_modifiers).
            conditioned = [f for f in self.lex.verb_frames(lemma) if f.when_prep or f.when_object or f.when_xcomp]
            frame = self._choose(conditioned, tok, self._objects(tok)) if conditioned else None
            if frame is None or _reporting_clause(tok):
                return None
            return _Trigger(tok, frame, False, self._subjects(tok), self._frame_targets(frame, tok),
                            "verb." + frame.rule)
        if lemma in TOPIC_VERBS and tok.dep_ in ("advcl", "xcomp") and _infinitive(tok) and \
                tok.head.lemma_.lower() in ("meet", "talk", "confer", "consult", "negotiate"):
            return None  # "met Shevardnadze to discuss arms control": one meeting, coded on "met"
        if lemma in ("prohibit", "forbid", "ban", "bar") and tok.tag_ in ("VBP", "VBZ") and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in STANDING_RULES for c in tok.children):
            return None  # "GATT regulations prohibit member nations from retaliating": a standing rule, no act
        if lemma in ("accept", "reject") and any(c.dep_ == "dobj" and c.lemma_.lower() in ("bid", "tender", "bidder")
                                                 for c in tok.children):
            return None  # "the USDA accepted a bid for an export bonus", "rejected all wheat offers at tender": trade
        if lemma == "breach" and _breached_defences(tok):
            # "breached Iraqi defence lines": troops broke through (an attack on the lines' owner), no broken
            # promise
            return _Trigger(tok, _BREAKTHROUGH_FRAME, False, self._subjects(tok),
                            [c for c in tok.children if c.dep_ == "dobj"], "verb." + _BREAKTHROUGH_FRAME.rule)
        if lemma == "blame" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "be":
            return None  # "X is to blame": X is blamed (by the speaker: _reported_breaches)
        if lemma == "call" and any((c.dep_ == "oprd" and not _oprd_object(c) and not {x.lemma_.lower() for x in (c, *(
                m for m in c.children if m.dep_ in ("amod", "compound")))} & self.lex.sets.get("condemnations", set()))
                                   or (c.dep_ == "dobj" and c.lower_ == "what") for c in tok.children):
            return None  # "what it called military assets": naming, not a call (but "called it illegal", "called
            # Russia a terrorist state")
        if lemma == "meet" and any(c.dep_ == "dobj" and c.pos_ == "NOUN" and self.resolver.d.title(c.lemma_.lower()) is None
                                   and c.lemma_.lower() not in _PEOPLE_NOUNS for c in tok.children):
            return None  # "has to meet its contracts", "meet the target": no one is met
        if lemma == "agree" and any(c.dep_ == "prep" and c.lower_ in ("on", "about") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in VAGUE_THINGS for g in c.children) for c in tok.children):
            return None  # "he and the Canadian PM 'agree on many things'": shared views, no deal
        if lemma in REFUSING_VERBS and any(c.dep_ == "xcomp" and c.lemma_.lower() in self.lex.sets.get(
                "information", ()) for c in tok.children):
            return None  # "declined to comment", "refused to give details": withholding news, no act
        if lemma in ("concede", "admit", "acknowledge") and any(c.dep_ == "ccomp" for c in tok.children) and \
                not any(c.dep_ in ("dobj", "dative") for c in tok.children):
            return None  # "Hussein conceded (that) losses were high": an admission, nothing yielded to anyone
        if lemma in ("ask", "request") and any(c.dep_ == "xcomp" and c.lemma_.lower() in ("identify", "name", "quote")
                                              for c in tok.children):
            return None  # "the official, who asked not to be identified": anonymity, no request of a party
        if lemma == "call" and any(c.dep_ == "dobj" and c.lemma_.lower() in self.lex.sets.get("called_votes", ())
                                   for c in tok.children):
            return None  # "might call an early election": a vote is called, no one is called
        if lemma == "ask" and (any(c.dep_ == "dobj" and c.lemma_.lower() in ("question", "questions") for c in tok.children)
                               or (any(c.dep_ == "prep" and c.lower_ == "about" for c in
                                       [*tok.children, *(g for d in tok.children if d.dep_ in ("dobj", "advmod")
                                                         for g in d.children)])
                                   and not any(c.dep_ in ("dative", "xcomp", "ccomp") or (
                                       c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON") and c.tag_ not in ("WDT", "WP"))
                                       for c in tok.children))):
            return None  # "asked so many questions about the hostages' welfare", "didn't ask about the plan"
        if lemma == "ask" and (tok.tag_ == "VBN" or (tok.i == tok.sent.start and tok.tag_ == "VBD")) and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass")
                                                          for c in tok.children):
            return None  # "Asked if the company ..., Northard said": an interviewer's question
        particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
        if particle is None:
            adv = next((c.lower_ for c in tok.children if c.dep_ == "advmod" and c.lower_ in ("back", "out")), None)
            if adv and self.lex.verb_frames(lemma, adv):
                particle = adv  # "pulled back" parsed as an adverb
        objs = self._objects(tok)
        if particle:
            frames = self.lex.verb_frames(lemma, particle)
            if not frames:
                return None  # a particle with no entry changes the verb ("stormed out"): no event
        else:
            frames = []
            if not any(c.dep_ == "dobj" or _oprd_object(c) for c in tok.children):
                # spaCy often parses a particle as a preposition: "called on Japan to", "pulled out of" (not
                # "called on Monday")
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ in self.lex.particles(lemma) and not (c.lower_ == "on" and any(
                            g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)):
                        frames = self.lex.verb_frames(lemma, c.lower_)
                        if frames:
                            break
        frames = frames or self.lex.verb_frames(lemma)
        frame = self._choose(frames, tok, objs)
        if frame is not None and lemma in self.lex.sets.get("wishes", ()) and \
                all(t.pos_ == "PRON" for t in self._frame_targets(frame, tok)):
            frame = None  # "Japan wants to expand trade": its own plan (modal_markers), asked of no one
        if frame is not None and frame.type == "ASSAULT" and lemma == "fight" and frame.when_object is None and any(
                c.dep_ == "dobj" and c.lemma_.lower() not in self.lex.sets.get("military_targets", ())
                for c in tok.children):
            return None  # "fight these tariffs with countermeasures": "with" is the means, no battle
        obj_noun = next((o for o in tok.children if o.dep_ in ("dobj", "obj") and o.pos_ in ("NOUN", "PROPN")), None)
        if obj_noun is None and lemma in PENALTY_DECIDING_VERBS:
            obj_noun = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"
                             for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        amount = next((o for o in tok.children if o.dep_ in ("dobj", "obj") and (o.lower_ in AMOUNT_NOUNS or (
            o.pos_ == "NUM" and any(c.tag_ == "$" for c in o.children)))), None)
        if amount is not None:
            # "slapped $300 million in tariffs on Japan", "60 billion dlrs worth of tariffs": the noun
            # after the amount is the object
            inner = next((g for c in [*amount.children, *(c for c in tok.children if c.lower_ == "in")]
                          if c.dep_ == "prep" and c.lower_ in ("in", "of")
                          for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
            if inner is not None:
                obj_noun = inner
        if obj_noun is None and frame is None and any(c.dep_ == "auxpass" for c in tok.children) and \
                not any(c.dep_ == "agent" for c in tok.children):
            trig = self._passive_modifier(tok, lemma, consumed)
            if trig is not None:
                return trig
        if obj_noun is not None and ((obj_noun.lemma_.lower() in ROUND_NOUNS and (
                lemma in self.lex.light_verbs or lemma in SPAN_VERBS or self.lex.modifier(lemma, "talk") is not None))
                or (obj_noun.lemma_.lower() in SPAN_NOUNS | {"hour"} and lemma in self.lex.light_verbs
                    and lemma not in SPAN_VERBS)):  # "held two days of talks"
            # "began a new round of free trade talks", "held a series of meetings": the talks themselves
            inner = next((g for c in obj_noun.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
            if inner is not None and self.lex.noun_frames(inner.lemma_.lower()):
                obj_noun = inner
        if obj_noun is not None and lemma in SPAN_VERBS and obj_noun.lemma_.lower() in SPAN_NOUNS:
            inner = next((g for c in obj_noun.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
            if inner is not None and self.lex.noun_frames(inner.lemma_.lower()):
                obj_noun, lemma, frame = inner, "continue", None
        if obj_noun is not None and obj_noun.lemma_.lower() in PROCESS_NOUNS:
            # "suspended the implementation of sanctions": the sanctions are what was suspended
            inner = next((g for c in obj_noun.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
            if inner is not None and self.lex.modifier(lemma, inner.lemma_.lower()) is not None:
                obj_noun = inner
        if obj_noun is not None and obj_noun.lemma_.lower() in PACKAGE_NOUNS:
            # "adopted a new package of sanctions on Russia", "a fresh round of tariffs": the acts packed
            inner = next((g for c in obj_noun.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
            if inner is not None and self.lex.noun_frames(inner.lemma_.lower()) and (
                    lemma in self.lex.light_verbs or self.lex.modifier(lemma, inner.lemma_.lower()) is not None):
                obj_noun = inner  # (not "follows a series of sanctions imposed by the bloc": the bloc's)
        if obj_noun is not None and _market_demand(obj_noun):
            return None  # "stimulate domestic demand": a market, no claim on anyone
        # A light verb (or a modifier such as "lift") hands the event to its noun object; not a frame
        # chosen for a listed complement ("called the tariffs unacceptable").
        if obj_noun is not None and (frame is None or (frame.when_object is None and (
                frame.when_xcomp is None or "*" in frame.when_xcomp))):
            nframes = self.lex.noun_frames(obj_noun.lemma_.lower())
            mod = self.lex.modifier(lemma, obj_noun.lemma_.lower())
            if mod is not None and mod.type == "COERCE" and self._trade_ban(obj_noun):
                mod = None  # "imposed a ban on Argentine imports": a trade sanction, not a curfew-like ban
            if mod is not None:
                base = self._choose(nframes, obj_noun, _contents(obj_noun)) if nframes else None
                consumed.add(obj_noun.i)
                return _Trigger(tok, _ModFrame(mod, base), False, self._subjects(tok), self._frame_targets(
                    base, obj_noun) if base else [], "mod." + mod.rule)
            givers = [x for c in [*obj_noun.children, *tok.children] if c.dep_ == "prep" and c.lower_ == "from"
                      for g in c.children if g.dep_ == "pobj" for x in (g, *g.conjuncts)]
            # "received assurances from Iran": either; "condemnation from Turkey and Egypt": each
            gifted = (lemma in RECEIVING_VERBS or (lemma in BORROWING_VERBS and not any(
                c.dep_ == "prep" and c.lower_ in ("to", "for") for c in [*obj_noun.children, *tok.children]))) and \
                bool(nframes) and \
                all(f.type in ("AID", "SUPPORT") for f in nframes)  # ("signed a loan to Mexico": the lender)
            # "India gets World Bank loan": the Bank gives it; not "syndicating Mexico's loan" (the borrower's)
            gift = gifted and any(o.dep_ != "poss" for o in self._noun_sources(obj_noun))
            if gifted and not gift and not givers:
                consumed.add(obj_noun.i)
                return None  # "India got a loan": received from someone not named, not given by India
            if lemma in REPAYING_VERBS and obj_noun.lemma_.lower() in LENDING_NOUNS:
                consumed.add(obj_noun.i)
                return None  # "Mexico repaid its loans to the IMF": the borrower pays back, no aid given
            # "will pay an official visit to Britain": a visit paid is made, not undergone
            undergo = (lemma in UNDERGO_VERBS and not (lemma == "pay" and all(f.type == "CONSULT" for f in nframes))) \
                or (lemma in SPARKING_VERBS and bool(givers))  # "the strikes sparked condemnation from Turkey"
            if nframes and (undergo or ((lemma in RECEIVING_VERBS or gifted) and givers) or gift):
                # "Niger faces sanctions (from ECOWAS)": the subject undergoes the act; "won a pledge
                # from Washington", "had a commitment from Nakasone": the subject is promised.
                consumed.add(obj_noun.i)
                nf = self._choose(nframes, obj_noun, _contents(obj_noun))
                own = self._noun_sources(obj_noun) + givers
                own = [o for o in own if o.pos_ != "PRON"]
                if nf is None or not own:
                    return None
                return _Trigger(obj_noun, nf, True, own, self._subjects(tok), "noun." + nf.rule + ".via-" + lemma)
            if nframes and frame is None and lemma in self.lex.sets.get("keeping_verbs", ()) and not _dated_conclusion(
                    obj_noun) and (
                    obj_noun.lemma_.lower() in self.lex.sets.get("agreements", ()) or
                    all(f.type == "AGREE" for f in nframes)):
                # "to salvage the pact", "will monitor the ceasefire", "will honor that commitment": a deal
                # or a promise made before
                consumed.add(obj_noun.i)
                return None
            if nframes and lemma in AVERTING_VERBS and any(
                    c.dep_ == "amod" and c.lower_ in ("threatened", "possible", "proposed", "planned", "impending")
                    for c in obj_noun.children):
                # "Japan is sending envoys to try to stop the threatened duties": the penalty is held over
                # the subject by someone else (found in the sentence), not lifted by it
                trig = self._averted(obj_noun, tok, consumed)
                if trig is not None:
                    return trig
            if nframes and frame is None and (lemma in RESIST_VERBS or lemma in ("dismiss", "shrug", "brush")):
                consumed.add(obj_noun.i)  # "vowed to fight the U.S. duties on Mexican cement": resisted, not done
                return None
            if nframes and frame is None and lemma in self.lex.undoing_verbs and lemma not in self.lex.light_verbs:
                consumed.add(obj_noun.i)  # "halved the restrictions", "avert a trade war": not done
                return None
            if nframes and (frame is None or lemma in self.lex.light_verbs or (
                    lemma in PENALTY_DECIDING_VERBS and obj_noun.lemma_.lower() in self.lex.sets.get("penalties", ()))):
                # "ministers decided on new sanctions against Russia": the penalty decided is the act ("agree"
                # is a light verb anyway; its "on" object is found above)
                nf = self._choose(nframes, obj_noun, _contents(obj_noun))
                if nf is not None and nf.type == "REQUEST" and frame is not None and frame.type == "AGREE":
                    nf = None  # "Iraq accepted a U.N. call for a ceasefire": Iraq agrees to it; the call is the UN's
                    consumed.add(obj_noun.i)  # (told before, not again as Iraq's call)
                if nf is not None and nf.type == "ASSAULT" and lemma in HOLDING_VERBS:
                    consumed.add(obj_noun.i)
                    return None  # "Iran had more effective missiles at its disposal": weapons held, none fired
                if nf is not None:
                    consumed.add(obj_noun.i)
                    own = self._noun_sources(obj_noun)
                    subj = self._subjects(tok)
                    if subj and own and (all(o.pos_ == "PRON" for o in own) or not any(
                            o.dep_ in ("poss", "prep") or (o.dep_ == "pobj" and o.head.lower_ == "by") for o in own)):
                        # "the U.S. imposed Japanese sanctions": the subject acts; the modifier is the
                        # party it is aimed at (found as a fallback target). Not "visits ... by British
                        # officials", whose author is named.
                        own = []
                    return _Trigger(obj_noun, nf, True, own or subj,
                                    self._frame_targets(nf, obj_noun) or self._frame_targets(nf, tok),
                                    "noun." + nf.rule + ".via-" + lemma)
        if frame is None:
            return None
        if frame.type in ("ASSAULT", "COERCE") and self._things_harm(tok):
            return None  # "potash shipments were injuring the U.S. industry": economic harm, no force
        if frame.type == "THREATEN" and lemma == "retaliate" and tok.tag_ in ("VBD", "VBN") and any(
                c.dep_ in ("prep", "agent") and c.lower_ in ("by", "with") for c in tok.children):
            return None  # "retaliated by expelling diplomats": the act is coded, not a threat
        if frame.type == "CONSULT" and frame.mode == "visit" and lemma in MOTION_VERBS and any(
                (c.dep_ in ("advcl", "xcomp") and _infinitive(c) and (c.lemma_.lower() in MEETING_VERBS or (
                    c.lemma_.lower() == "take" and any(g.dep_ == "dobj" and g.lower_ == "part" for g in c.children)))) or
                (c.dep_ == "prep" and c.lower_ == "for" and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in self.lex.sets.get("meetings", ()) for g in c.children))
                for c in tok.children):
            # "ministers travel to Doha to meet Taliban", "will go to Moscow for talks", "going to Rome to take
            # part in an FAO meeting": the meeting is the act (the traveller's), Doha the venue
            return None
        if frame.rule == "go-to" and not any(
                x.pos_ in ("PROPN", "PRON") or x.lemma_.lower() in _PEOPLE_NOUNS or self.resolver.d.title(x.lemma_.lower())
                for x in self._subjects(tok)):
            return None  # "Iran profits went to the contras": money goes, no one visits
        if frame.when_object is not None and obj_noun is not None:
            consumed.add(obj_noun.i)
        if frame.rule == "leave-agreement":
            # the pact left is no act of its own here
            consumed.update(g.i for c in tok.children if c.dep_ == "prep" for x in (c, *c.children)
                            for g in x.children if g.dep_ == "pobj")
        strikers = self._strikers(tok, lemma)
        if strikers:
            return _Trigger(tok, _STRIKING_FRAME, False, strikers, [], "verb." + _STRIKING_FRAME.rule)
        if tok.dep_ == "amod" or (tok.tag_ == "VBN" and tok.dep_ in ("acl",) and not any(
                c.dep_ == "agent" for c in tok.children)):
            return None  # "retaliatory", "the proposed deal": an adjective, not an act
        return _Trigger(tok, frame, False, self._subjects(tok), self._frame_targets(frame, tok),
                        "verb." + frame.rule)

    def _averted(self, noun, verb, consumed: set[int]):
        """A threatened penalty ``noun`` the subject of ``verb`` tries to halt or avert: held over that subject
        by the noun's owner, else by the state the sentence names besides (_expand, rule ".averted")."""
        nf = self._choose(self.lex.noun_frames(noun.lemma_.lower()), noun, _contents(noun))
        if nf is None:
            return None
        consumed.add(noun.i)
        return _Trigger(noun, nf, True, [o for o in self._noun_sources(noun) if o.pos_ != "PRON"],
                        self._subjects(verb), "noun." + nf.rule + ".averted")

    def _forecast(self, warn) -> bool:
        """A warning that threatens no one: no one is warned, and it is of no act ("warned of another dip to
        below 145 yen"), against doing something ("warned against raising the alarm too early"), or that things
        will do harm ("warned that farm subsidies threaten healthy trade")."""
        deps = {c.dep_ for c in warn.children}
        if deps & {"dobj", "dative"}:
            # "warned Israel that a rapid rise in wages could undo its gains": things will do harm, told to
            # someone (not "warned Iraq that its attacks would meet a response")
            return any(c.dep_ == "ccomp" and any(
                g.dep_ == "nsubj" and g.lemma_.lower() in ECONOMIC_THINGS and not any(
                    x.dep_ == "poss" or x.pos_ == "PROPN" or self.resolver.d.demonym(x.text) is not None
                    for x in g.subtree if x.i != g.i) for g in c.children) for c in warn.children)
        of = [c for c in warn.children if c.dep_ == "prep" and c.lower_ in ("of", "about")]
        if of and not deps & {"ccomp", "xcomp"} and not any(
                self.lex.noun_frames(g.lemma_.lower()) or self._harm(g)
                for c in of for g in c.children if g.dep_ == "pobj"):
            return True
        if "ccomp" not in deps and any(c.dep_ == "prep" and c.lower_ == "against" and any(
                g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children) for c in warn.children):
            return True
        return any(c.dep_ == "ccomp" and any(g.dep_ == "nsubj" and g.lemma_.lower() in ECONOMIC_THINGS
                                             for g in c.children) for c in warn.children)

    def _evidence_trigger(self, tok):
        """"said there was strong evidence Thatcher approved the sale", "there is evidence connecting Indian
        government agents to violent acts", "had uncovered evidence identifying six Indian diplomats",
        "needs clear evidence that the Syrians have renounced terrorism": an accusation of the one the
        evidence is against, by the one who has, finds or asks for it (or says there is some)."""
        if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in tok.children) or \
                any(c.dep_ == "neg" for c in tok.head.children):
            return None  # "no evidence that ...": a denial, not an accusation
        accused = []
        for c in tok.children:
            if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX"):
                if c.tag_ == "VBG" and c.lemma_.lower() in self.lex.sets.get("evidence_links", ()):
                    accused += [g for g in c.children if g.dep_ == "dobj"]
                elif c.dep_ != "relcl" and c.tag_ != "VBG":
                    accused += [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        accused = [a for a in accused if a.pos_ != "PRON" or a.lower_ not in SKIP_PRONOUNS]
        if not accused:
            return None
        holder = tok.head
        if tok.dep_ == "attr" and any(c.dep_ == "expl" for c in holder.children):
            _rv, sources = self._reported_by(holder)  # "said there was evidence": the one who says so
        elif tok.dep_ == "dobj" and holder.pos_ == "VERB":
            sources = self._subjects(holder)  # "had uncovered evidence", "needs evidence"
        else:
            return None
        if not sources:
            return None
        return _Trigger(tok, _EVIDENCE_FRAME, True, sources, accused, "noun." + _EVIDENCE_FRAME.rule)

    def _strikers(self, tok, lemma: str) -> list:
        """"striking railway workers halted the underground" (also parsed as "striking" with the workers
        as its object): the workers are on strike; not "a striking similarity"."""
        who = self.lex.sets.get("strikers", ())
        if lemma == "strike" and tok.tag_ in ("VBD", "VBN", "VBP", "VBZ") and not any(
                c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in tok.children):
            # "after workers struck demanding payment of salaries": a labour strike, no blow
            return [c for c in tok.children if c.dep_ == "nsubj" and c.lemma_.lower() in who]
        if tok.tag_ != "VBG" or lemma not in self.lex.sets.get("work_stoppages", ()):
            return []
        if tok.dep_ == "amod":
            cands = [tok.head]
        elif not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children):
            cands = [c for c in tok.children if c.dep_ == "dobj"]
        else:
            return []
        return [c for c in cands if c.tag_ == "NNS" and c.lemma_.lower() in who and c.i > tok.i]

    def _attitude_trigger(self, tok):
        """"The U.K. was growing impatient with Japan", headline "EC CONCERNED OVER U.S. MOVES": a
        predicate adjective of attitude (lexicon ``adjectives``) held by its subject, or by the noun it
        follows, towards the object of one of its prepositions; with no such object, no event."""
        if tok.dep_ not in ("acomp", "amod", "ROOT", "xcomp", "ccomp") or (tok.dep_ == "amod" and tok.i < tok.head.i):
            return None  # "an angry crowd": a description, not an attitude towards a party
        frame = self._choose(self.lex.adjective_frames(tok.lower_), tok, [])
        targets = self._frame_targets(frame, tok) if frame is not None else []
        if not targets and frame is not None and "by" in frame.target:
            # "Mexico was disappointed by the U.S. decision": the parse calls the "by" an agent
            targets = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if not targets:
            return None
        if tok.dep_ == "amod":
            holders = [tok.head, *tok.head.conjuncts]
        elif tok.dep_ in ("acomp", "xcomp") and tok.head.pos_ in ("VERB", "AUX"):
            holders = self._subjects(tok.head)
        else:
            holders = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]  # "I am astonished that"
        if not holders:
            return None
        return _Trigger(tok, frame, False, holders, targets, "adj." + frame.rule)

    def _passive_modifier(self, tok, lemma: str, consumed: set[int]):
        """"Trump announced that the tariffs placed on Mexico will be delayed", "Canada said the tariffs on
        U.S. steel would be suspended": a measure lifted, delayed or suspended in the passive with no agent
        is the act of the one who reports it, else of its owner ("U.S. sanctions were lifted")."""
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)
        mod = self.lex.modifier(lemma, subj.lemma_.lower()) if subj is not None else None
        if mod is None or mod.type != "CONCEDE":
            return None  # "the deal was not signed", "the arrest was ordered": no one said to have done it
        rep = self._reporting_verb(tok)
        src = _named(self._subjects(rep)) if rep is not None else []
        src = src or [o for o in self._noun_sources(subj) if o.pos_ != "PRON"]
        if not src:
            return None
        nframes = self.lex.noun_frames(subj.lemma_.lower())
        base = self._choose(nframes, subj, []) if nframes else None
        consumed.add(subj.i)
        return _Trigger(tok, _ModFrame(mod, base), False, src, self._frame_targets(base, subj) if base else [],
                        "mod." + mod.rule)

    def _announced_intent(self, tok) -> bool:
        """"Washington announced plans to impose tariffs", "Iran's threat to close the strait": the
        infinitive of a noun of intent with a known owner is the owner's intended act (not "condemned
        plans to ...", nor "calls for X to ...")."""
        t = tok.head if tok.dep_ == "conj" else tok
        return t.dep_ in ("acl", "relcl") and t.head.lemma_.lower() in self.lex.sets.get("intent_nouns", ()) and \
            bool(self._subjects(t))

    def _headline_infinitive(self, tok) -> bool:
        """Headline "NAKASONE TO VISIT WASHINGTON", "SHULTZ AND SHEVARNADZE TO MEET": the infinitive
        of a named party that opens the headline is its announced act, not a noun's purpose."""
        ref = getattr(self, "_title_refs", None)
        if ref is None or tok.dep_ not in ("acl", "relcl"):
            return False
        idx, seg = ref
        head = tok.head
        return head.left_edge.i == tok.sent.start and idx.ref_at(seg, head.i) is not None

    def _rule_out(self, tok):
        """"did not rule out retaliatory measures against the U.S.": a THREATEN by the subject."""
        if not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children) or not (any(
                c.dep_ == "neg" or c.lower_ == "never" for c in tok.children) or _refused_xcomp(tok)):
            return None  # ("refused / declined to rule out": not ruled out either)
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
        act = next((c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None) if obj is None else None
        if act is not None:
            # "did not rule out attacking U.S. ships": the act's own kind says what is threatened
            kinds = {f.type for f in [*self.lex.verb_frames(act.lemma_.lower()), *(
                f for c in act.children if c.dep_ == "dobj" for f in self.lex.noun_frames(c.lemma_.lower()))]}
            mode = "force" if kinds & {"ASSAULT", "COERCE"} else "sanction" if "SANCTION" in kinds else None
        elif obj is not None:
            low = obj.lemma_.lower()
            mods = {c.lemma_.lower() for c in obj.children if c.dep_ in ("amod", "compound")}
            mode = "force" if low in RULE_OUT_FORCE or "military" in mods else "sanction" if (
                low in RULE_OUT_SANCTION and (low not in ("measure", "action", "step") or mods & RULE_OUT_MODS)) else None
        else:
            mode = None
        if mode is None:
            return None
        # (the gerund's own object is whom it is aimed at: "attacking U.S. ships")
        frame = _Frame("THREATEN", mode, target=("dobj",) * (act is not None) + ("against", "on", "to", "toward"),
                       modality="threatened", rule="not-rule-out")
        return _Trigger(tok, frame, False, self._subjects(tok), self._frame_targets(frame, act if act is not None else tok),
                        "verb.not-rule-out")

    def _will_not_allow(self, tok):
        """"The U.S. will not allow Iran to use the missiles": a warning (THREATEN) to the one not let."""
        kids = list(tok.children)
        if not any(c.dep_ == "neg" for c in kids) or not any(
                c.dep_ == "aux" and (c.lower_ in FUTURE_AUX or c.lemma_ == "will" or c.lower_ == "would") for c in kids):
            return None
        act = next((c for c in kids if c.dep_ in ("xcomp", "ccomp")), None)
        if act is None:
            return None
        who = [c for c in kids if c.dep_ in ("dobj", "obj")] or [c for c in act.children if c.dep_ == "nsubj"]
        return _Trigger(tok, _WILL_NOT_ALLOW_FRAME, False, self._subjects(tok), who, "verb.will-not-allow")

    def _under_fire(self, tok):
        """"X came under fire (criticism) from Y" / "has come under fire in Congress": Y accuses X."""
        under = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "under"), None)
        noun = next((g for g in under.children if g.dep_ == "pobj"), None) if under is not None else None
        if noun is None or noun.lemma_.lower() not in UNDER_FIRE:
            return None
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if not subj or subj[0].lemma_.lower() in FORCE_NOUNS or self.lex.noun_frames(subj[0].lemma_.lower()) and \
                subj[0].lemma_.lower() in ("convoy", "ship", "tanker", "vessel", "position", "base", "town"):
            return None  # "troops came under fire": shooting, not criticism
        critics = [g for h in (tok, noun) for c in h.children if c.dep_ == "prep" and c.lower_ in ("from", "in", "by")
                   for g in c.children if g.dep_ == "pobj"]
        if not critics:
            return None
        return _Trigger(tok, _UNDER_FIRE_FRAME, False, critics, subj, "verb.under-fire")

    def _nominal_light_verb(self, tok):
        """"the U.S. and EU express concern over ...", "Britain and Japan voice concern": a present-tense verb the
        tagger took for a noun compound of its object. The verb's subject hangs on the verb or, before it, on
        the object."""
        if tok.i == 0:
            return None
        verb = tok.doc[tok.i - 1]  # (read off the token before, not the children: this runs for every noun)
        if verb.dep_ != "compound" or verb.tag_ != "NN" or verb.head.i != tok.i:
            return None
        mod = self.lex.modifier(verb.lemma_.lower(), tok.lemma_.lower())
        if mod is None:
            return None
        subs = [c for c in verb.children if c.dep_ == "nsubj"] or \
               [c for c in tok.children if c.dep_ in ("nmod", "compound", "nsubj") and c.pos_ == "PROPN" and c.i < verb.i]
        if not subs:
            return None
        nframes = self.lex.noun_frames(tok.lemma_.lower())
        base = self._choose(nframes, tok, _contents(tok)) if nframes else None
        return _Trigger(tok, _ModFrame(mod, base), False, subs + list(subs[0].conjuncts),
                        self._frame_targets(base, tok) if base else [], "mod." + mod.rule + ".noun")

    def _noun_trigger(self, tok):
        if tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ in ("NOUN", "PROPN"):
            return None  # a noun used as a modifier: "tariff talks", "strike missile"
        undo = UNDOING_NOUNS.get(tok.lemma_.lower())
        if undo is not None:
            trig = self._undoing_noun(tok, undo)
            if trig is not None:
                return trig
        anchor = _object_anchor(tok)
        if anchor is not None:
            # "expressed its support for the conference and its concern over abuses by Israel": the second
            # object of a light verb is an act of its own when the verb makes it another one
            verb = anchor.head
            mod = self.lex.modifier(verb.lemma_.lower(), tok.lemma_.lower())
            first = self.lex.modifier(verb.lemma_.lower(), anchor.lemma_.lower())
            if mod is not None and (first is None or mod.type != first.type):
                nframes = self.lex.noun_frames(tok.lemma_.lower())
                base = self._choose(nframes, tok, _contents(tok)) if nframes else None
                return _Trigger(tok, _ModFrame(mod, base), False, self._subjects(verb),
                                self._frame_targets(base, tok) if base else [], "mod." + mod.rule + ".conj")
        trig = self._nominal_light_verb(tok)
        if trig is not None:
            return trig
        frames = self.lex.noun_frames(tok.lemma_.lower())
        if not frames and tok.lemma_.lower() == "tour" and tok.dep_ == "pobj" and tok.head.lower_ == "on" and \
                tok.head.head.lemma_.lower() in ARRIVING_VERBS:
            # "the president, who arrives on a state tour": a visit (a "tour" elsewhere is too often a past
            # round of stops or a sightseeing one)
            frames = self.lex.noun_frames("visit")
        if not frames:
            return None
        frame = self._choose(frames, tok, _contents(tok))
        if frame is None:
            return None
        if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "about") and tok.head.head.pos_ == "VERB" and \
                tok.head.head.lemma_.lower() in self.lex.reporting_verbs:
            return None  # "Smart said of the trade sanctions", "asked about the talks": the topic
        if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "of") and \
                tok.head.head.lemma_.lower() in self.lex.sets.get("prospects", ()):
            return None  # "the need for cooperation", "the risk of war", "hopes for a deal": not an act
        if any(c.dep_ == "det" and c.lower_ in ("any", "whatever") for c in tok.children):
            return None  # "threatened to retaliate against any U.S. curbs": no act in particular, none done
        if tok.dep_ == "pobj" and ((tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in REMOVAL_NOUNS) or (
                tok.head.lower_ in ("on", "of") and tok.head.head.lemma_.lower() in UNDOING_NOUNS)):
            return None  # "the elimination of tariffs between the two countries", "a pause on its tariffs": the
            # act is undone, not done
        if tok.dep_ == "oprd" or (tok.dep_ == "dobj" and tok.head.lemma_.lower() == "call" and any(
                c.dep_ == "dobj" and c.lower_ == "what" for c in tok.head.children)):
            return None  # "what they called Trump's 'indiscriminate' tariffs": a name for it
        if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and any(
                c.dep_ in ("advmod", "acomp", "prt") and c.lower_ in ("over", "off") for c in tok.head.children):
            return None  # "the seamen's strike was over", "the talks are off": ended or cancelled, none under way
        if _market_demand(tok):
            return None  # "keen demand in the July contract", "boosting domestic demand", "oil demand": a market
        sources = self._noun_sources(tok)
        if not sources and tok.dep_ == "pobj" and tok.head.lower_ == "for" and \
                tok.head.head.lemma_.lower() == "responsibility" and tok.head.head.head.pos_ == "VERB" and \
                tok.head.head.head.lemma_.lower() in ("claim", "take", "accept", "admit", "assume"):
            # "The Houthis claimed responsibility for an attack on a tanker": the claimers did it
            sources = self._subjects(tok.head.head.head)
        if not sources and frame.type == "ASSAULT":
            # "a missile attack from Iran on October 1", "rocket fire from Gaza": where the attack came from
            sources = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                       for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        if frame.mode == "deport" or frame.rule.startswith("expulsion"):
            # "the deportation of 40 Filipino workers from Kuwait", "the expulsion of two diplomats from
            # Britain" (the parse may hang "from" on the ones sent): the state they are sent out of sends them
            sent = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj"]
            senders = [g for h in (tok, *sent) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                       for g in c.children if g.dep_ == "pobj"]
            owner = [c for c in tok.children if c.dep_ == "poss"]
            if owner and not sent:
                # "Iran's expulsion from OPEC", "his deportation to Mexico": the one sent out, not the sender
                return _Trigger(tok, frame, True, senders, owner, "noun." + frame.rule + ".of-owner") if senders \
                    else None
            sources = sources or senders
        if not sources and frame.type == "AID" and frame.rule.endswith("-of-arms"):
            # "the sale of U.S. arms to Iran", "the delivery of German tanks": whose weapons they are
            sources = [g for g in _contents(tok) if any(c.dep_ in ("amod", "compound", "nmod") and c.i < g.i and (
                c.pos_ == "PROPN" or c.text[:1].isupper()) for c in g.children)]
        if frame.type == "AID" and tok.lemma_.lower() in LENDING_NOUNS and not any(
                c.dep_ == "prep" and c.lower_ in ("to", "for", "from", "by") for c in tok.children):
            return None  # "Brazilian loans", "Mexico's 7.7 billion dlr loan": the borrower's, no lender named
        if frame.type == "AGREE" and not sources and tok.lemma_.lower() in self.lex.sets.get("agreements", ()) and (
                any(not any(g.dep_ == "agent" for g in c.children) for c in _concluding_participles(tok)) or (
                tok.dep_ == "nsubj" and tok.head.lemma_.lower() in CONCLUDING_VERBS and tok.head.tag_ in ("VBD", "VBN")
                and not any(c.dep_ in ("dobj", "agent") for c in tok.head.children))) and not self._between(tok):
            # "The accord signed in July 1986 aims to ...", "under a pact reached last July", "That pact,
            # agreed last year, calls on Japan to" (parsed with the pact as the subject of "agreed": a deal
            # agrees to nothing): a concluded deal whose parties the story named before (_pact_parties)
            return _Trigger(tok, frame, True, [], [], "noun." + frame.rule + ".concluded")
        if frame.type == "CONSULT" and tok.dep_ == "pobj" and tok.head.lower_ in ("during", "in", "at") and \
                not sources and tok.head.head.pos_ in ("VERB", "AUX"):
            # "she and Soviet Premier Ryzhkov had set targets ... during talks earlier today": the talks are
            # between the ones who acted during them; "In a phone call with Erdogan, Putin discussed ...", "said
            # at a meeting with Starmer": the subject's talks with the one named
            during = tok.head.lower_ == "during"
            subj = self._subjects(tok.head.head) if during else _named(self._subjects(tok.head.head))
            withs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                     for g in c.children if g.dep_ == "pobj"]
            if (withs and subj) if not during else ((len(subj) > 1 or withs) and not self._between(tok)):
                return _Trigger(tok, frame, True, subj, withs, "noun." + frame.rule + ".during")
        if frame.type in ("AID", "SUPPORT", "COOPERATE") and tok.dep_ == "pobj" and tok.head.lower_ == "with":
            # "Iran has produced a missile with technological help from China", "with the help of Libya",
            # "with Soviet support": the helper helps the one who does the act
            givers = [x for c in tok.children if c.dep_ == "prep" and (c.lower_ == "from" or (
                c.lower_ == "of" and any(d.lower_ == "the" for d in tok.children)))
                      for g in c.children if g.dep_ == "pobj" for x in (g, *g.conjuncts)] or sources
            v = tok.head.head
            while v.pos_ not in ("VERB", "AUX") and v.dep_ in ("dobj", "pobj", "prep", "attr") and v.head.i != v.i:
                v = v.head
            if givers and v.pos_ in ("VERB", "AUX"):
                helped = _named(self._subjects(v))
                if helped:
                    return _Trigger(tok, frame, True, givers, helped, "noun." + frame.rule + ".with")
        if frame.type == "CONSULT" and frame.mode == "visit" and tok.dep_ == "pobj" and tok.head.lower_ == "on" and \
                not sources and tok.head.head.pos_ in ("VERB", "AUX", "PROPN"):
            # "Weizsaecker arrives on a four-day visit to Bolivia", "the premier is on a trip to Pakistan": the
            # visitor is the clause's subject; "Shultz, on a visit to China, said": the name it qualifies
            up = tok.head.head
            visitors = _named([up] if up.pos_ == "PROPN" else self._subjects(up))
            hosts = self._frame_targets(frame, tok)
            if visitors and (hosts or up.lemma_.lower() in ARRIVING_VERBS):  # (arriving: here, _expand)
                return _Trigger(tok, frame, True, visitors, hosts, "noun." + frame.rule + ".on")
        if frame.type in RECIPROCAL and tok.dep_ == "pobj" and tok.head.lower_ in SETTING_PREPS and \
                not (tok.head.lower_ == "on" and self._between(tok)):
            return None  # "at the BRICS summit", "under the pact": the setting, not the act (but "an effect on
            # negotiations held between Ottawa and Paris" names the talks and their parties)
        if frame.type == "CONSULT" and tok.dep_ == "pobj" and tok.head.lower_ in ("to", "at") and \
                tok.head.head.lemma_.lower() in DELEGATE_NOUNS:
            return None  # "the Japanese delegation to the GATT talks": who attends, not talks held
        if frame.type == "AGREE" and tok.dep_ == "pobj" and tok.head.lower_ in ("against", "over", "about"):
            return None  # "a complaint against the U.S.-Japanese agreement": a deal made before, the topic
        if frame.type == "AGREE" and sources and all(s.pos_ == "PRON" for s in sources):
            return None  # "its pact with the U.S.", "their agreement": a passing reference to a deal
        targets = self._frame_targets(frame, tok)
        if not targets and frame.type == "ACCUSE" and tok.dep_ == "dobj" and \
                tok.head.lemma_.lower() in DENYING_VERBS:
            # "The Taliban government rejected Pakistan's accusations": the accused is the one who rejects them
            targets = [x for x in self._subjects(tok.head) if x.i < tok.i]
        if not targets and frame.type == "ASSAULT" and tok.dep_ == "pobj" and tok.head.lower_ in ("to", "for") and \
                tok.head.head.lemma_.lower() in RESPONSE_NOUNS:
            # "(Israel struck,) marking a response to a missile attack from Iran", "in retaliation for
            # Iraq's raids": the one who responds was attacked
            v, hops = tok.head.head, 0
            while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i and hops < 4:
                v, hops = v.head, hops + 1
            if v.pos_ in ("VERB", "AUX"):
                targets = [x for x in self._subjects(v) if x.i < tok.i]
        between = self._between(tok)
        if between:
            sources, targets = between[:1], between[1:]
        if not sources:
            # "sanctions imposed by the regional bloc on the countries": the participle's agent, when the act
            # is aimed at someone named (not "the ban, imposed by the ITC, was discriminatory")
            for c in tok.children:
                if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in self.lex.light_verbs:
                    agents = [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
                    aimed = targets or self._frame_targets(frame, c)
                    if agents and aimed:
                        sources, targets = agents, aimed
        if not sources or not any(s.dep_ in ("poss", "pobj") for s in sources):
            # The object of a light verb ("announced levies"), or "went ahead with sanctions": the
            # verb's subject acts.
            gov = None
            arg = tok
            while arg.dep_ == "conj" and arg.head.pos_ in ("NOUN", "PROPN") and arg.head.i != arg.i:
                arg = arg.head  # "launched a missile and drone attack"
            if arg.dep_ in ("dobj", "nsubjpass") and arg.head.pos_ == "VERB" and \
                    arg.head.lemma_.lower() in self.lex.light_verbs and not any(
                    c.dep_ == "prt" and c.lower_ in ("off", "up", "back") for c in arg.head.children):
                gov = arg.head  # (not "hold off the tariffs": a light verb with a particle is another verb)
            elif tok.dep_ == "pobj" and tok.head.lower_ == "on" and frame.type == "PROTEST" and \
                    tok.head.head.lemma_.lower() in ("go", "be", "remain", "stay", "continue", "come"):
                gov = tok.head.head  # "workers went on strike", "seamen remained on strike"
            elif tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.pos_ == "VERB" and (
                    tok.head.head.lemma_.lower() in self.lex.light_verbs or tok.head.head.lemma_.lower() in WITH_VERBS):
                gov = tok.head.head
            elif tok.dep_ == "pobj" and tok.head.lower_ == "for" and frame.type == "CONSULT" and \
                    tok.head.head.pos_ == "VERB" and tok.head.head.lemma_.lower() in MOTION_VERBS:
                gov = tok.head.head  # "Shultz would go to Moscow for talks": the traveller holds them
            elif tok.dep_ == "pobj" and (tok.head.lower_ == "in" or (tok.head.lower_ == "on" and frame.type == "MOBILIZE")) \
                    and frame.type in ("SUPPORT", "PROTEST", "MOBILIZE") and tok.head.head.pos_ in ("VERB", "AUX"):
                # "are in Kiev in solidarity with Ukraine", "marched in protest against", "the army is in a
                # state of alert", "troops were on high alert"
                gov = tok.head.head
            if gov is not None:
                subj = self._subjects(gov)
                if subj:
                    sources = subj
        if not sources and (frame.type in RECIPROCAL or tok.lemma_.lower() in BATTLE_NOUNS) and any(
                c.dep_ == "prep" and (c.lower_ == "with" or (c.lower_ == "in" and frame.type == "CONSULT" and any(
                    g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children))) for c in tok.children):
            # "Chirac returned after three days of talks with Reagan", "captured defences in bitter fighting
            # with Iraqi troops": talks or fighting with someone are the subject's of the clause they are in;
            # so are "talks in Washington" (then with the host: rule ".in")
            v, path = tok, []
            while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
                path.append(v.dep_)
                v = v.head
            here = len(path) > 2 and path[-1] == "advmod" and tok.head.head.lower_ in ("here", "there")
            # "he is open to a direct meeting with Pashinyan", "Seoul is ready for talks with Pyongyang"
            willing = len(path) == 3 and path[-1] == "acomp" and tok.head.lower_ in ("to", "for") and \
                tok.head.head.lemma_.lower() in WILLING_WORDS
            if v.pos_ in ("VERB", "AUX") and v.i != tok.i and path and (path[-1] == "prep" or here or willing) and not any(
                    c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
                sources = _named(self._subjects(v))
                if sources and not targets and not any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
                    hosts = [x for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                             for g in c.children if g.dep_ == "pobj" for x in (g, *g.conjuncts)]
                    return _Trigger(tok, frame, True, sources, hosts, "noun." + frame.rule + ".in")
            elif tok.dep_ == "pobj" and tok.head.head.lower_ in ("here", "there") and \
                    tok.head.head.head.pos_ in ("NOUN", "PROPN") and tok.head.head.dep_ == "advmod":
                sources = [tok.head.head.head]  # "De Croo, here for talks with Administration officials"
        if not sources:
            return None
        return _Trigger(tok, frame, True, sources, targets, "noun." + frame.rule)

    def _reported_breaches(self, doc, trigs: list) -> list:
        """"X said Y violated/broke/failed to honour Z" is an ACCUSE by X against Y (annotation.md: what
        a party says is an event when it criticises); the breach itself is not coded separately."""
        out, drop = [], set()
        by_tok = {t.token.i: t for t in trigs if not t.nominal}
        for tok in doc:
            lemma = tok.lemma_.lower()
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            if lemma == "be" and any(c.dep_ == "acomp" and c.lower_ == "responsible" and any(
                    g.dep_ == "prep" and g.lower_ == "for" and any(self._harm(h) for h in g.children if h.dep_ == "pobj")
                    for g in c.children) for c in tok.children):
                lemma = "be-responsible"  # "Russia is responsible for the attack," Zelensky said
            elif lemma == "blame" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "be":
                lemma = "be-to-blame"  # "Washington is to blame," the ministry said
            elif lemma not in BREACH_VERBS:
                continue
            need = BREACH_VERBS.get(lemma)
            if lemma == "live" and not (any(c.dep_ == "neg" for c in tok.children) and
                                        any(c.lower_ == "up" for c in tok.children)):
                continue  # "has not lived up to the terms"
            if lemma == "lie" and (tok.tag_ not in ("VBG", "VBD", "VBN") or any(
                    c.dep_ in ("prep", "advmod", "prt", "dobj", "acomp") and c.lower_ not in ("about", "to", "again", "openly")
                    for c in tok.children)):
                continue  # "X is lying", "X lied about Y"; not "the problem lies in", "lie ahead", "lay down"
            if lemma == "breach" and _breached_defences(tok):
                continue  # "breached Iraqi defence lines": troops broke through, no broken promise
            if need is not None:
                args = [c for c in tok.children if c.dep_ in ("dobj", "xcomp", "ccomp")]  # ccomp: a misparse
                objs = {c.lemma_.lower() for c in args} | {g.lemma_.lower() for c in args for g in c.children
                                                           if g.dep_ == "compound"}
                if not objs & need:
                    continue
            if lemma != "live" and any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")
                                       for c in tok.children):
                continue  # "Sprinkel said Japan had not reneged on its pledges": a defence, no accusation
            actor = self._subjects(tok)
            rep, speaker = self._reported_by(tok) if actor else (None, [])
            if not speaker:
                continue
            if tok.i in by_tok:
                drop.add(tok.i)
            out.append(_Trigger(rep, _BREACH_FRAME, False, speaker, actor, "verb.reported-breach"))
        return [t for t in trigs if t.nominal or t.token.i not in drop] + out

    def _obligations(self, doc, trigs: list) -> list:
        """"EC must justify its farm policy to U.S., Paris says", "Japan should open its market, Baker said": what
        a speaker says another party must or should do is a demand of it (REQUEST); the act demanded is not
        coded as done."""
        out, drop = [], set()
        for modal in doc:
            if modal.lower_ not in OBLIGATION_MODALS or modal.dep_ != "aux":
                continue  # (the modal word first: one cheap test per word)
            tok = modal.head
            if tok.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in tok.children):
                continue
            asked = [x for x in self._subjects(tok) if x.pos_ != "PRON" and x.lower_ not in ("it", "this", "that")]
            rep, speaker = self._reported_by(tok) if asked else (None, [])
            if not speaker:
                continue
            drop.add(tok.i)
            out.append(_Trigger(rep, _OBLIGATION_FRAME, False, speaker, asked, "verb." + _OBLIGATION_FRAME.rule))
        if not out:
            return trigs
        return [t for t in trigs if t.nominal or t.token.i not in drop] + out

    def _tellers_of(self, tok) -> list:
        """The subjects of the reporting verb whose reported clause holds ``tok`` at any depth ("Yeutter
        predicted that Japan could not comply", "replied that the Poles acted in crushing")."""
        t, hops, out = tok, 0, []
        while hops < 6 and t.head.i != t.i:
            if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in self.lex.reporting_verbs:
                inside = {w.i for w in t.subtree}
                # every teller up the chain: "Conable said he believed Brazil's decision to suspend ..."
                out += [x for x in self._subjects(t.head) if x.i not in inside]
            t, hops = t.head, hops + 1
        return out

    def _reported_by(self, tok, above: bool = False) -> tuple:
        """The reporting verb of the clause holding ``tok`` and its subjects (the speaker), else (None, []). With
        ``above``, else any reporting verb ``tok`` hangs under ("answered during the debate that the claims
        were false", parsed as a relative clause of "debate")."""
        rep = self._reporting_verb(tok)
        if rep is None and above:
            rep = next((a for a in tok.ancestors if a.lemma_.lower() in self.lex.reporting_verbs), None)
        return (rep, self._subjects(rep)) if rep is not None else (None, [])

    def _reporting_verb(self, tok):
        """The reporting verb whose reported clause holds ``tok`` ("X said Japan violated the pact"; "Japan
        violated the pact, officials said"), or None."""
        t, hops = tok, 0
        while hops < 4 and t.head.i != t.i:
            if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in self.lex.reporting_verbs:
                return t.head
            if t.dep_ not in ("conj", "xcomp", "ccomp"):
                break
            t, hops = t.head, hops + 1
        return next((c for c in tok.children if c.dep_ in ("parataxis", "ccomp") and
                     c.lemma_.lower() in self.lex.reporting_verbs and c.i > tok.i), None)

    def _violations(self, doc) -> list:
        """"Turkey said Greece had armed the islands in violation of international law": an act said to be done
        "in violation / breach of" a rule or a pact is an ACCUSE by the one who says so of the one who did it
        (in a quotation with no reporting verb, by the quotation's speaker)."""
        out = []
        if not _BREACH_RE.search(doc_text(doc)):
            return out  # most paragraphs: no token walk
        for tok in doc:
            if tok.lemma_.lower() not in BREACH_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "into"):
                continue
            act, hops = tok.head.head, 0
            while act.pos_ not in ("VERB", "AUX") and act.dep_ in ("dobj", "pobj", "prep") and hops < 3:
                act, hops = act.head, hops + 1  # "armed the islands in violation of ...", hung on the object
            if act.pos_ not in ("VERB", "AUX"):
                continue
            doers = self._subjects(act)
            if not doers:
                continue
            _rep, speaker = self._reported_by(act, above=True)
            if speaker:
                out.append(_Trigger(tok, _VIOLATION_FRAME, False, speaker, doers, "verb." + _VIOLATION_FRAME.rule))
            else:  # the quotation's speaker, if it is one (_expand)
                out.append(_Trigger(tok, _VIOLATION_FRAME, False, [], doers, "verb." + _VIOLATION_FRAME.rule + ".quoted"))
        return out

    def _rebuttals(self, doc) -> list:
        """"Samuels replied that the E.C. charges were unfounded", "the accusations are baseless, China said":
        calling another's claim or demand false or unacceptable is a REJECT by the one who says it of the
        claim's owner (lexicon sets ``claims``, ``demands``, ``refutations``). "a firm alleged that the ban,
        imposed by the U.S. ITC, was discriminatory": calling another's act unfair or illegal (set
        ``condemnations``) is an ACCUSE of its owner."""
        refutations = self.lex.sets.get("refutations", frozenset())
        condemned = self.lex.sets.get("condemnations", frozenset())
        if not refutations and not condemned:
            return []
        if self._refutation_re is None:
            words = "|".join(map(re.escape, sorted(refutations | condemned)))
            self._refutation_re = re.compile(r"\b(?:" + words + r")\b", re.I)
        text = doc_text(doc)
        if not self._refutation_re.search(text):
            return []  # most paragraphs: no token walk
        said = self.lex.sets.get("claims", frozenset()) | self.lex.sets.get("demands", frozenset())
        out = []
        for m in self._refutation_re.finditer(text):
            pred = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            pred = pred.root if pred is not None else None
            if pred is None or pred.dep_ not in ("acomp", "attr"):
                continue
            word = pred.lemma_.lower()
            tok = pred.head
            if tok.lemma_ != "be" or any(c.dep_ == "neg" for c in tok.children):
                continue
            frame = _REBUTTAL_FRAME
            claim = next((c for c in tok.children if c.dep_ == "nsubj" and word in refutations and (
                c.lemma_.lower() in said or (c.lower_ in ("this", "that") and word == "unacceptable" and not any(
                    g.dep_ == "prep" and g.lower_ in ("for", "to") for g in [*pred.children, *tok.children])))), None)
            if claim is None and word in condemned:
                # an act of someone's called illegal or unfair ("the ban was discriminatory")
                claim = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and
                              c.lemma_.lower() not in said and (self.lex.noun_frames(c.lemma_.lower()) or (
                                  # "the U.S. decision to impose duties was unjustified": a party's decision
                                  c.lemma_.lower() in self.lex.sets.get("intent_nouns", ()) and any(
                                      g.dep_ in ("poss", "compound", "amod") for g in c.children)))), None)
                frame = _JUDGED_FRAME
            if claim is None and (word in condemned or word == "unacceptable") and any(
                    c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in tok.children):
                # "It is unacceptable that Venezuelan officials jailed U.S. nationals": who did what is judged
                claim = next((g for c in tok.children if c.dep_ == "ccomp" and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                    for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ in ("NOUN", "PROPN")), None)
                frame = _JUDGED_FRAME
            if claim is None:
                continue  # ('told reporters this was unacceptable': what was put to it, answered in context)
            _rep, speaker = self._reported_by(tok, above=True)
            if speaker:
                out.append(_Trigger(pred, frame, False, speaker, [claim] if claim.pos_ != "PRON" else [],
                                    "verb." + frame.rule))
            elif frame is _JUDGED_FRAME and claim.pos_ != "PRON":
                # '"It is unacceptable that Venezuelan officials jailed U.S. nationals"' with no reporting verb
                # in the sentence: the speaker of the quotation, when the quote stage found one (_expand)
                out.append(_Trigger(pred, frame, False, [], [claim], "verb." + frame.rule + ".quoted"))
        return out

    def _harm(self, noun) -> bool:
        """A harmful act or outcome one is blamed for: "the attack", "the crisis", "the deaths"."""
        low = noun.lemma_.lower()
        return low in HARM_NOUNS or any(f.type in ("ASSAULT", "COERCE") for f in self.lex.noun_frames(low) or ())

    def _headline_verbs(self, doc, seg: int, idx) -> list:
        """A headline in which the tagger found no verb of an act, read as SUBJECT VERB-s OBJECT: "YEUTTER BLASTS
        PROPOSED EC OILS AND FATS TAX" (parsed with "blasts" as a plural noun). A word ending in "s" whose
        lemma is a lexicon verb of one of HEADLINE_TYPES, with a party named right before it (the subject's
        noun phrase) and a party after it (the target, else none)."""
        out = []
        for tok in doc:
            if tok.pos_ in ("VERB", "AUX") or not tok.lower_.endswith("s") or tok.i == 0 or tok.dep_ not in ("nsubj", "ROOT"):
                continue
            frames = [f for f in self.lex.verb_frames(tok.lemma_.lower())
                      if f.type in HEADLINE_TYPES and not (f.when_object or f.when_prep or f.when_xcomp)]
            if not frames:
                continue
            before = [t for t in doc[:tok.i] if idx.ref_at(seg, t.i) is not None]
            if not before or before[-1].i < tok.i - 3 or any(t.pos_ in ("VERB", "AUX") for t in doc[before[-1].i:tok.i]):
                continue
            teller = _dash_teller(doc)  # "... - THATCHER": who says it, no target
            after = [t for t in doc[tok.i + 1:] if idx.ref_at(seg, t.i) is not None and t.i not in teller]
            frame = frames[0]
            out.append(_Trigger(tok, frame, False, [before[-1]], after[:1], "headline." + frame.rule))
            break
        return out

    def _promised_harms(self, trigs: list) -> set[int]:
        """Promises whose promised act is conflictual ("Sweden promised to halt all trade with South Africa",
        "vowed to impose tariffs"): the act is coded as the threat; the promise adds no AGREE. Not an
        agreement ("agreed to impose a duty on its own exports to end the dispute")."""
        modes = getattr(self.lex, "threat_modes", None) or THREAT_MODE
        harmful = set()
        for t in trigs:
            if t.frame.type in modes or t.frame.type == "THREATEN":
                v = t.token.head if t.nominal and t.token.dep_ == "dobj" else t.token
                harmful.add(v.i)
        return {t.token.i for t in trigs if not t.nominal and t.frame.type == "AGREE" and
                t.token.lemma_.lower() in PROMISE_VERBS and any(c.dep_ == "xcomp" and c.i in harmful
                                                               for c in t.token.children)}

    def _office_holder(self, tok) -> bool:
        """A minister, president, government ... (a civil office, not a soldier or a policeman), by title or
        by a title before a name ("minister Ignaz Kiechle")."""
        words = [tok.lemma_.lower()] + ([c.lemma_.lower() for c in tok.children if c.dep_ == "compound"]
                                        if tok.pos_ == "PROPN" else [])
        return any(w == "counterpart" or ((i := self.resolver.d.title(w)) is not None and i.sector == "GOV")
                   for w in words)

    def _permitted(self, verb) -> bool:
        """The infinitive of "allow / permit / enable" whose subject is a thing ("the waiver allowed
        Washington to impose quotas"): leave given by a rule, no act."""
        return verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in PERMITTING_VERBS and any(
            c.dep_ == "nsubj" and self._inanimate(c) for c in verb.head.children)

    def _embedded(self, trig, verb_types: dict) -> bool:
        """An act that is only the content of a demand, accusation or refusal ("urged X to lift the
        sanctions", "accused Japan of violating the pact", "refused to let inspectors visit") is not
        coded separately; a demanded conflictual act (a call for sanctions) is kept."""
        modes = getattr(self.lex, "threat_modes", None) or THREAT_MODE
        t, hops = trig.token, 0
        if trig.nominal:
            if t.dep_ == "dobj" and t.head.pos_ == "VERB" and t.head.dep_ == "pcomp" and t.head.head.dep_ == "prep" \
                    and verb_types.get(t.head.head.head.i) == "THREATEN":
                return True  # "warned Japan about imposing the tariffs": the threat is the event
            if t.dep_ == "dobj" and t.head.dep_ in ("acl", "ccomp") and \
                    t.head.head.lemma_.lower() in self.lex.sets.get("evidence_nouns", ()):
                return True  # "evidence Mulroney approved the sale of helicopters to Iran": alleged, as its verb
            if t.dep_ == "pobj" and t.head.lower_ == "with" and verb_types.get(t.head.head.i) == "THREATEN" and \
                    trig.frame.type in modes:
                return True  # "Canada will hit back with retaliatory tariffs": the threat's means, not imposed
            if t.dep_ == "dobj" and any(c.dep_ in ("oprd", "acomp") and c.lower_ not in AMOUNT_NOUNS
                                        for c in t.head.children):
                return True  # "called the agreement illegal": a judgement of the deal, not the deal
            if t.dep_ == "dobj" and t.head.pos_ == "VERB" and self._permitted(t.head):
                return True  # "the waiver allowed Washington to impose quotas": permitted, not done
            if t.dep_ == "dobj" and trig.frame.type == "AGREE" and verb_types.get(t.head.i) == "SUPPORT":
                return True  # "CANADA WELCOMES LATEST REAGAN ACID RAIN PLEDGE": the promise welcomed was told before
            # "agreed to begin negotiations": the promised talks are the content of the AGREE; "urged the
            # U.S. to hold talks", "refused to hold talks": the talks are not held (by the one who asks).
            if t.dep_ == "dobj" and t.head.pos_ == "VERB" and t.head.dep_ == "xcomp" and \
                    t.head.head.lemma_.lower() in TRYING_VERBS and trig.frame.type not in modes:
                return True  # "as we attempt to achieve a deal": sought, not made (a penalty one tries to halt is
                # another's, held over one: _averted)
            if t.dep_ == "dobj" and t.head.pos_ == "VERB" and t.head.dep_ == "conj" and t.head.head.dep_ == "xcomp":
                t = t.head  # "agreeing to hold a new round of talks and have a prisoner exchange": the second content
            if t.dep_ not in ("dobj", "conj") or t.head.pos_ != "VERB" or t.head.dep_ != "xcomp":
                return False
            if trig.frame.type in modes:
                # "urged Reagan to impose sanctions on Japan": the sanctions are asked for, not imposed (the
                # request is coded against Japan: _requested_targets)
                return verb_types.get(t.head.head.i) == "REQUEST"
            return verb_types.get(t.head.head.i) in ("AGREE", "REQUEST", "ACCUSE", "REJECT")
        if t.dep_ == "acl" and t.head.pos_ == "NOUN" and self.lex.noun_frames(t.head.lemma_.lower()) and \
                not _hung_main_verb(t) and not (t.tag_ == "VBN" and any(c.dep_ == "agent" for c in t.children)):
            return True  # "an agreement opening its markets": the content of the agreement (not a misparsed
            # main verb: "A French foreign ministry statement called on Ottawa to ...", nor what was done to it
            # by someone: "relations with Syria, broken off by London")
        if t.dep_ in ("acl", "ccomp") and t.head.lemma_.lower() in self.lex.sets.get("evidence_nouns", ()):
            return True  # "evidence that Thatcher approved the sale", "no evidence that Iran attacked": alleged
        u, up = t, 0
        while u.dep_ in ("xcomp", "conj") and up < 3 and u.head.i != u.i:
            u, up = u.head, up + 1  # "... to force Tokyo to open its market": the purpose's own complement
        if u.dep_ in ("acl", "ccomp") and u.head.pos_ == "NOUN" and \
                u.head.lemma_.lower() in self.lex.sets.get("claims", ()) and not _hung_main_verb(u):
            return True  # "reports that Iran intended to attack ships were misleading": what is claimed, not done
        if u.dep_ == "advcl" and _infinitive(u) and verb_types.get(u.head.i) in ("REQUEST", "AGREE") and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in u.children):
            return True  # "calling for sanctions against Japan to force Tokyo to open its market", "signed a peace
            # agreement to end fighting": the purpose, what is asked or agreed, not done
        if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.lower_ == "into" and \
                t.head.head.lemma_.lower() in OBJECT_CONTROL_VERBS:
            t = t.head  # "to force Japan into opening its markets": as "to force Japan to open"
        if t.dep_ in ("xcomp", "prep") and t.head.lemma_.lower() in OBJECT_CONTROL_VERBS and any(
                c.dep_ == "dobj" and c.i < t.i for c in t.head.children) and (
                t.head.lemma_.lower() in ATTEMPT_VERBS or _infinitive(t.head)):
            return True  # "tried to persuade Oslo to sign the accord", "to force Madrid to open its market": not done
        if self._permitted(t):
            return True  # "the waiver allowed Washington to impose quotas": a rule permits, nothing is done
        if t.dep_ == "conj" and t.head.pos_ == "VERB" and t.head.dep_ in ("xcomp", "ccomp"):
            t = t.head  # "pledged to stop dumping and open its market": the second promised act
        while hops < 3 and (t.dep_ in ("xcomp", "ccomp", "pcomp", "prep") or (
                t.dep_ == "conj" and t.head.dep_ in ("xcomp", "ccomp"))) and t.head.i != t.i:
            # (a conjunct complement: "asked Paris to curb ... and stop selling weapons to Iraq")
            t, hops = t.head, hops + (t.dep_ != "conj")
            if t.dep_ != "xcomp" and t.lemma_.lower() in ("fail", "neglect"):
                return False  # "failed to sign an agreement": the act, negated (annotation.md)
            outer = verb_types.get(t.i)
            if outer is None:
                continue
            if hops == 1 and self._charge_denied(t) is not None:
                return False  # "Pakistan blamed India for the attack, a charge New Delhi denied": the charge is told
            if outer == "ACCUSE" and self._stated_attack(trig, hops):
                return False  # "complained that planes from Afghanistan attacked villages": the attack is told as done
            if outer in ("ACCUSE", "REJECT"):
                return True
            if outer == "THREATEN" and hops == 1 and trig.token.dep_ == "xcomp" and any(
                    c.dep_ == "dobj" for c in t.children):
                return True  # "warned Nicaragua not to send troops into Honduras": the warning's content
            if outer == "THREATEN" and hops == 1 and trig.token.dep_ in ("xcomp", "ccomp") and \
                    t.lemma_.lower() in self.lex.sets.get("warned_when_negated", ()):
                return True  # "will not allow Iran to attack it": the warning is the event, no attack is told
            if outer == "AGREE" and trig.frame.type not in modes and trig.frame.type != "AGREE":
                return True  # "pledged to open its market": the promised act is not coded separately
            if outer == "REQUEST":
                if any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.token.children) and hops == 1 and \
                        trig.token.dep_ == "ccomp":
                    return True  # "demanded that Peru withdraw its diplomats": Peru has not acted
                # "urged Washington to reject the bill", "urged Ottawa to expel the diplomats": the act asked
                # for is the request's content, not done by the one who asks (a call for sanctions or force
                # against a third party is the request's own target: _requested_targets)
                return True
            return False
        return False

    def _charge_denied(self, verb):
        """The charge noun of "<clause>, a charge New Delhi denied" (the parse makes the clause before the
        comma a complement of the denial, and the denier an apposition of the charge), or None."""
        if verb.lemma_.lower() not in DENYING_VERBS:
            return None
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in self.lex.sets.get("claims", ()) and any(
                    d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) and any(
                    k.dep_ == "ccomp" and k.i < c.i for k in verb.children) and \
                    c.i > 0 and c.doc[c.left_edge.i - 1].text == ",":
                return c
        return None

    def _requested_targets(self, verb, home: set, seg: int, idx) -> list[Party]:
        """The foreign parties a requested act is aimed at: "to retaliate against Japan", "(called) for
        sanctions against Japan"."""
        acts = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
        # "called on Reagan in a resolution to retaliate against Japan": an infinitive further down
        acts += [d for d in verb.subtree if d.pos_ == "VERB" and d not in acts and d.i != verb.i
                 and d.dep_ in ("relcl", "acl", "xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in d.children)
                 and not any(c.dep_ in ("nsubj", "nsubjpass") for c in d.children)]
        nouns = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"]
        nouns += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                  if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        def aimed(frames, tok, objs, also=None) -> list:
            f = self._choose(frames or [], tok, objs)
            if f is None or f.type in RECIPROCAL:
                return []
            return self._frame_targets(f, tok) or (self._frame_targets(f, also) if also is not None else [])

        toks = []
        for a in acts:
            toks += aimed(self.lex.verb_frames(a.lemma_.lower()), a, self._objects(a))
            for o in (o for o in a.children if o.dep_ in ("dobj", "obj") and o.pos_ == "NOUN"):
                toks += aimed(self.lex.noun_frames(o.lemma_.lower()), o, [], also=a)  # "impose sanctions on X"
        for n in nouns:
            toks += aimed(self.lex.noun_frames(n.lemma_.lower()), n, [])
        return [p for p in self._parties(toks, seg, idx) if p.country and p.country not in home]

    def _undoing_noun(self, tok, verb: str):
        """"The White House announced a 90-day pause on the tariffs", "Washington's lifting of sanctions on
        Poland": a noun undoing a penalty, read like its verb ("pause the tariffs": CONCEDE), by the noun's
        owner or the subject of the light verb it is the object of."""
        obj = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "of")
                    for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        mod = self.lex.modifier(verb, obj.lemma_.lower()) if obj is not None else None
        if mod is None or mod.type != "CONCEDE":
            return None
        sources = [o for o in self._noun_sources(tok) if o.pos_ != "PRON"]
        if not sources and tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.lex.light_verbs:
            sources = self._subjects(tok.head)  # "announced a pause on the tariffs"
        if not sources:
            return None  # "demanded the lifting of sanctions": asked for, not done
        nframes = self.lex.noun_frames(obj.lemma_.lower())
        base = self._choose(nframes, obj, _contents(obj)) if nframes else None
        return _Trigger(tok, _ModFrame(mod, base), True, sources, self._frame_targets(base, obj) if base else [],
                        "noun." + mod.rule)

    def _trade_ban(self, noun) -> bool:
        """A ban or restriction "on" traded goods ("a ban on Argentine imports", "restrictions on U.S. beef")."""
        goods = self.lex.sets.get("trade_goods", set())
        return noun.lemma_.lower() in ("ban", "restriction", "embargo") and any(
            g.lemma_.lower() in goods for c in noun.children if c.dep_ == "prep" and c.lower_ == "on"
            for g in c.children if g.dep_ == "pobj")

    def _things_harm(self, verb) -> bool:
        """The subjects of a violent verb are goods, penalties or trade ("imports injured the industry",
        "the tariffs hit farmers")."""
        subj = self._subjects(verb)
        things = self.lex.sets.get("trade_goods", set()) | self.lex.sets.get("penalties", set())
        weapons = self.lex.sets.get("weapons", set())
        if any(c.dep_ == "dobj" and (c.lemma_.lower() in weapons or any(
                g.dep_ == "compound" and g.lemma_.lower() in weapons for g in c.children)) for c in verb.children):
            return False  # "Chinese ships fired missiles", "vessels fired water cannon": armed vessels, not goods
        return bool(subj) and all(s.pos_ == "NOUN" and s.lemma_.lower() in things and not any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in ARMED_MODIFIERS for c in s.children)
            for s in subj)  # ("U.S. Navy ships shelled Syrian positions": warships)

    @staticmethod
    def _protest_purpose(trig, protests: set[int]) -> bool:
        """A demand that is the purpose of a strike or protest ("went on hunger strike to press for higher
        wages", "rallied to demand the closure"): the protest is the event."""
        t = trig.token
        if trig.nominal or trig.frame.type != "REQUEST" or t.dep_ not in ("advcl", "xcomp") or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            return False
        head = t.head
        return head.i in protests or any(g.i in protests for c in head.children if c.dep_ in ("prep", "dobj")
                                         for g in ([c] if c.dep_ == "dobj" else c.children))

    @staticmethod
    def _stated_attack(trig, hops: int) -> bool:
        """A use of force told as done in the clause of a complaint ("complained that planes attacked
        villages", "charged that troops had shelled the town"): a finite past-tense clause with its own
        subject, not the gerund of "accused X of attacking"."""
        t = trig.token
        return (trig.frame.type in ("ASSAULT", "COERCE") and hops == 1 and t.dep_ == "ccomp"
                and t.tag_ in ("VBD", "VBN")
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children))

    def _choose(self, frames, tok, objs):
        """The first frame whose conditions hold (frames come most specific first)."""
        if tok.pos_ == "NOUN" and frames and self._trade_ban(tok):
            trade = next((f for f in frames if f.type == "SANCTION"), None)
            if trade is not None:
                return trade  # "a ban on Argentine imports": a trade sanction, not a ban on people or acts
        obj_lemmas = {o.lemma_.lower() for o in objs}
        # "received the Finnish President Mauno Koivisto": the title before a name is what the object is
        obj_lemmas |= {c.lemma_.lower() for o in objs if o.pos_ == "PROPN" for c in o.children
                       if c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN") and c.i < o.i}
        if any(o.pos_ == "PROPN" and o.ent_type_ == "PERSON" for o in objs):
            obj_lemmas.add("visitor")  # "Xi received Vladimir Putin": a person received is a visitor
        if any((o.pos_ == "NUM" and not any(o.children)) or (o.tag_ == "NNPS" or o.tag_ == "NNS") and
               self.resolver.d.demonym(o.text) is not None for o in objs):
            obj_lemmas.add("national")  # "captured 48", "captured 48 Libyans": people (detainees)
        if any(o.pos_ == "NOUN" and o.tag_ == "NNS" and any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in
                                                            HOLDING_PARTICIPLES for c in o.children) for o in objs):
            obj_lemmas.add("national")  # "released four British teachers held since last year": detainees
        if tok.pos_ == "VERB" and tok.lemma_.lower() in BANNING_VERBS and any(
                o.pos_ == "NOUN" and o.lemma_.lower() not in _PEOPLE_NOUNS and o.lemma_.lower() not in FORCE_NOUNS
                and self.resolver.d.title(o.lemma_.lower()) is None
                and any(m.dep_ in ("amod", "compound") and self.resolver.d.demonym(m.text) is not None for m in o.children)
                for o in objs):
            obj_lemmas.add("product")  # "banned a Czechoslovakian milk powder": a foreign product, trade
        if any(o.lemma_.lower() in ("personnel", "staff") and any(
                c.lower_ in ("diplomatic", "consular", "embassy") for c in o.children) for o in objs):
            obj_lemmas.add("diplomat")  # "withdraw all diplomatic personnel": diplomats, not troops
        xcomps = {c.lemma_.lower() for c in tok.children if c.dep_ in ("xcomp", "ccomp")
                  or (tok.pos_ == "NOUN" and c.dep_ == "acl" and _infinitive(c))}  # "a call to impose"
        if any(c.dep_ == "xcomp" and c.lemma_.lower() in PURSUING_VERBS and any(
                g.dep_ == "dobj" and g.lemma_.lower() in WAR_NOUNS for g in c.children) for c in tok.children):
            xcomps.add("fight")  # "vowed to continue the war", "to press on with the offensive": to fight on
        # a listed xcomp word may also be an object predicate: "called the agreement illegal"
        named = xcomps | {c.lemma_.lower() for c in tok.children if c.dep_ == "oprd"}
        if tok.pos_ == "VERB" and tok.lemma_.lower() in NAMING_VERBS:
            # "called Israel's operation a genocide" (the predicate noun parsed as an apposition of the
            # object), "called Russia a terrorist state", "described the raid as a massacre": what the
            # object is called, and how
            preds = [c for c in tok.children if c.dep_ == "oprd" and not _oprd_object(c)] + [
                g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"] + [
                a for o in tok.children if o.dep_ == "dobj" for a in o.children if (a.dep_ == "appos" and any(
                    d.dep_ == "det" and d.lower_ in ("a", "an") for d in a.children)) or (a.dep_ == "amod" and a.i > o.i)]
            # ("called Washington's move unacceptable", parsed with the adjective a modifier after the noun)
            named |= {x.lemma_.lower() for p_ in preds for x in (p_, *(m for m in p_.children if m.dep_ in ("amod", "compound")))}
            if preds:
                frames = [f for f in frames if f.mode != "phone"]  # named, not telephoned
        preps = {c.lower_ for c in [*tok.children, *_rate_preps(tok), *(
            c for c in _trailing_preps(tok) if c.lower_ in ("on", "against") or _sent_to(tok, c))]
                 if c.dep_ in ("prep", "agent", "dative", "prt")}
        mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i}
        joint = preps  # "develop a fighter plane with the U.S.": the partner's "with" hung on the object
        if tok.pos_ == "VERB" and any(f.type == "COOPERATE" and f.when_prep for f in frames) and any(
                g.dep_ == "prep" and g.lower_ == "with" for c in tok.children if c.dep_ == "dobj" for g in c.children):
            joint = preps | {"with"}
        for f in frames:
            if not (_holds(f.when_object, obj_lemmas)
                    and _holds(f.when_xcomp, xcomps if f.when_xcomp is None or "*" in f.when_xcomp else named)
                    and _holds(f.when_prep, joint if f.type == "COOPERATE" else preps)
                    and _holds(getattr(f, "when_modifier", None), mods)):
                continue
            if f.type == "ACCUSE" and f.when_object is not None and any(o.lemma_.lower() in f.when_object for o in objs) \
                    and all(not _stance(o) for o in objs if o.lemma_.lower() in f.when_object):
                continue  # "attacked Iraqi positions east of Basra": places held, not stances
            if f.rule == "release-of" and not any(
                    g.lemma_.lower() in self.lex.sets.get("detainees", ()) or g.pos_ in ("PROPN", "NUM", "PRON") or
                    self.resolver.d.demonym(g.text) is not None or self.resolver.d.title(g.lemma_.lower()) is not None
                    or any(x.dep_ == "poss" and x.pos_ == "PROPN" for x in g.children)
                    for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"):
                continue  # "accept the release of the study", "the release of funds": no one is freed
            if f.type == "REJECT" and tok.pos_ == "NOUN" and any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(
                        g.dep_ == "pobj" and g.lemma_.lower() in self.lex.sets.get("misdeeds", ()) for g in c.children)
                    for c in tok.children):
                return _CONDEMNATION_FRAME  # "the firmest rejection of the actions of interference": condemned
            if f.type == "RETREAT" and tok.pos_ == "VERB" and any(
                    c.dep_ == "prep" and c.lower_ in ("from", "of", "out") and any(
                        g.dep_ == "pobj" and g.lemma_.lower() in self.lex.sets.get("agreements", ())
                        for x in (c, *c.children) for g in x.children) for c in tok.children):
                # "withdrew from the nuclear deal", "pulled out of the accord": no troops, a pact rejected
                return replace(f, type="REJECT", mode=None, context=(), target=("from", "of"), rule="leave-agreement")
            if f.type == "ASSAULT" and tok.pos_ == "NOUN" and mods & FIGURATIVE_MODS:
                return None  # "a verbal barrage", "a trade war", "a diplomatic offensive": no force used
            if f.type == "ASSAULT" and tok.pos_ == "NOUN" and any(
                    c.dep_ == "prep" and c.lower_ in ("on", "against") and any(
                        g.dep_ == "pobj" and g.lemma_.lower() in self.lex.sets.get("verbal_targets", ())
                        and _stance(g) for g in c.children) for c in tok.children):
                return _POLICY_ATTACK_FRAME  # "Britain, Bonn lead attack on EC farm reforms": words, no force
            if f.type == "ASSAULT" and tok.pos_ == "NOUN" and any(
                    c.dep_ == "prep" and c.lower_ in ("on", "against") and any(
                        g.dep_ == "pobj" and g.lemma_.lower() in SCOURGES for g in c.children) for c in tok.children):
                return None  # "the U.S. war on terrorism", "the fight against drugs": a policy, no attack on anyone
            if f.type == "ASSAULT" and tok.pos_ == "VERB" and tok.lemma_.lower() in ("attack", "assail", "blast") and any(
                    self._office_holder(o) for o in objs):
                # "Braks attacked West German minister Ignaz Kiechle", "attacked the government": words
                return replace(f, type="ACCUSE", mode="disapprove", context=(), rule="attack-official")
            if f.type == "ASSAULT" and tok.pos_ == "NOUN":
                # "North Korea test-fired missiles" parsed as a noun phrase ("fired" a modifier of "missiles"):
                # the joined verb's own frame (lexicon "test-fire": a show of force, no attack)
                joined = next((j for c in tok.children if c.dep_ in ("amod", "acl") and (j := self._joined_lemma(c))),
                              None)
                if joined is not None:
                    return self.lex.verb_frames(joined)[0]
            return f
        return None

    @staticmethod
    def _objects(tok) -> list:
        """Direct objects, the noun of an xcomp ("threatened to impose tariffs"), and their conjuncts."""
        out = []
        for c in tok.children:
            if c.dep_ in ("dobj", "obj", "attr", "oprd"):
                out.append(c)
                out.extend(c.conjuncts)
            elif c.dep_ == "xcomp":
                out.extend(g for g in c.children if g.dep_ in ("dobj",))
            elif c.dep_ == "prep" and c.lower_ in ("of", "on", "to", "for"):
                out.extend(g for g in c.children if g.dep_ == "pobj")
        if not out and any(c.dep_ in ("agent", "auxpass") for c in tok.children):
            # "The ports have been targeted by the Israeli military": the passive subject is the object.
            for c in _passive_subjects(tok):
                out.append(c)
                out.extend(c.conjuncts)
        if not out and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN" and \
                any(c.dep_ == "agent" for c in tok.children):
            out.append(tok.head)  # "relations with Syria, broken off by London": the noun the participle qualifies
        if not out and tok.dep_ == "xcomp" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children):
            # "Several hundred vessels have been confirmed hit ... by Iran and Iraq": the passive subject above
            for c in _passive_subjects(tok.head):
                out.append(c)
                out.extend(c.conjuncts)
        return out

    # Parties -----------------------------------------------------------------------------------------
    def _subjects(self, verb, depth: int = 0) -> list:
        if depth > 4:
            return []
        for c in verb.children:
            if c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" and verb.pos_ == "VERB" and \
                    verb.tag_ in ("VBD", "VBZ", "VBN") and verb.head.pos_ in ("NOUN", "PROPN"):
                # "an IMF team, which visited Israel", "diplomats who met ...": the noun the clause qualifies
                return [verb.head] + list(verb.head.conjuncts)
            if c.dep_ in ("nsubj", "csubj"):
                # Headlines list subjects with commas: "Rwanda, DR Congo sign peace deal".
                more = [g for g in verb.children if g.dep_ == "nsubj" and g.i > c.i]
                lead = [g for g in verb.children if g.dep_ == "npadvmod" and g.pos_ == "PROPN" and g.i < c.i
                        and g.i + 1 < len(g.doc) and g.doc[g.i + 1].text == ","]  # "Peru, Chile sign ..."
                middle = [g for g in c.children if g.dep_ in ("npadvmod", "appos") and g.pos_ == "PROPN"
                          and g.i < c.conjuncts[-1].i] if c.conjuncts else []
                # "Burkina Faso, Mali, and Niger": the list's middle parsed as a modifier or an apposition
                # "Korea's envoy, Kim Chul-su, and the U.S. ambassador replied": the conjunct
                # hung on the apposition
                beyond = [x for a in c.children if a.dep_ == "appos" for x in a.conjuncts] if not c.conjuncts else []
                if c.lemma_.lower() in REACTION_NOUNS and not c.conjuncts:
                    # "Reactions from the U.S., Japan and the EU were swift, condemning ...": whose reactions
                    owners = [g for a in c.children if a.dep_ == "prep" and a.lower_ == "from"
                              for g in a.children if g.dep_ == "pobj"]
                    if owners:
                        return owners + list(owners[0].conjuncts)
                return lead + [c] + middle + list(c.conjuncts) + beyond + [x for g in more for x in (g, *g.conjuncts)]
            if c.dep_ == "nsubjpass":
                agent = [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
                return agent + [x for a in agent for x in a.conjuncts]
            if c.dep_ == "agent":
                agent = [g for g in c.children if g.dep_ == "pobj"]
                return agent + [x for a in agent for x in a.conjuncts]
        hung = [g for c in verb.children if (c.dep_ == "aux" or (c.dep_ == "advcl" and c.tag_ == "VBG")) and c.i < verb.i
                for g in c.children if g.dep_ == "nsubj" and g.i < c.i]
        if hung:
            # "Egypt and Qatar are mediating between ...", "Potash producers, claiming unfair subsidies, are
            # seeking a tariff", parsed with the subject on the auxiliary or on the participle between
            return hung + list(hung[0].conjuncts)
        head = verb.head
        if verb.dep_ in ("attr", "acomp") and verb.tag_ == "VBG" and head.lemma_ == "be":
            return self._subjects(head, depth + 1)  # "Qatar is mediating between ...", parsed as "is" + attribute
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("for", "of") and head.head.pos_ == "VERB":
            # "rebuked Trump for increasing tariffs", "accused X of ...": the object did it.
            objs = [c for c in head.head.children if c.dep_ == "dobj"]
            if objs:
                return objs
        if verb.dep_ in ("acl", "relcl") and head.pos_ == "NOUN" and _infinitive(verb) and \
                head.lemma_.lower() in self.lex.sets.get("intent_nouns", ()):
            # "Washington's plans to impose tariffs", "announced plans to impose tariffs": the owner of the
            # intent, else the one who announces it
            owners = self.lex.sets.get("intent_owners", ())
            if head.dep_ in ("dobj", "pobj") and head.head.lemma_.lower() not in owners:
                return []  # "denounced NATO's plans to station troops": the critic's object, not coded
            return self._owner_else_holder(head, owners, depth)
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.pos_ == "NOUN" and \
                head.lemma_.lower() in self.lex.sets.get("instruments", ()):
            # "an executive order implementing the tariffs", "a resolution demanding a truce": the
            # document's owner, else the one who signed or adopted it (not the one who vetoed it)
            return self._owner_else_holder(head, self.lex.sets.get("enacting_verbs", ()), depth)
        if verb.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN"):
            return [head] + list(head.conjuncts)
        if verb.dep_ == "xcomp" and head.lemma_ == "be" and head.tag_ == "VBG" and head.dep_ == "pcomp" and any(
                c.dep_ == "nsubj" and c.lower_ == "time" for c in head.children) and head.head.head.pos_ in ("VERB", "AUX"):
            # "had decided for the time being not to accept", parsed as "the time being not to accept": the
            # idiom is an adverb, the infinitive belongs to the verb before it
            return self._subjects(head.head.head, depth + 1)
        if _hung_main_verb(verb):
            # "A French foreign ministry statement called on Ottawa to ...", parsed with the verb hung on
            # the noun: a past tense right after the noun is the sentence's verb, the noun its subject
            return [head] + list(head.conjuncts)
        if verb.dep_ == "ccomp" and verb.tag_ == "VBZ" and verb.lemma_.lower() in self.lex.sets.get("intent_nouns", ()) \
                and head.lemma_.lower() in self.lex.sets.get("intent_owners", ()):
            return self._subjects(head, depth + 1)  # "Reagan announced last week plans to ...": a noun parsed as a verb
        if verb.tag_ == "VBZ" and verb.lemma_.lower() in self.lex.sets.get("intent_nouns", ()):
            # "since Reagan announced last week plans to impose ...", parsed with "plans" a verb of its own
            # after the time phrase: the announcer's plans
            k = verb.i - 1
            while k > verb.sent.start and (verb.doc[k].ent_type_ in ("DATE", "TIME") or verb.doc[k].dep_ == "npadvmod"):
                k -= 1  # "last week"
            owner = verb.doc[k]
            if k < verb.i - 1 and owner.pos_ == "VERB" and owner.lemma_.lower() in self.lex.sets.get("intent_owners", ()) \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                return self._subjects(owner, depth + 1)
        if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and head.tag_ == "VB":
            # "has said it will not let Iraq mine the channel to block shipping and offered its
            # warships": a finite verb joined to an infinitive belongs with the finite verb above it
            up, hops = head.head, 0
            while up.head.i != up.i and hops < 6 and not (up.tag_ in ("VBD", "VBZ", "VBP") or (
                    up.tag_ == "VBN" and any(c.dep_ == "aux" for c in up.children))):
                up, hops = up.head, hops + 1
            if up.pos_ in ("VERB", "AUX") and up.i != head.i:
                subs = self._subjects(up, depth + 1)
                if subs:
                    return subs
        if verb.dep_ == "xcomp" and head.lemma_ == "be" and _infinitive(verb) and any(
                c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children) and any(
                c.dep_ in ("acomp", "attr") for c in head.children):
            return []  # "it was only fair to open the Japanese market": "it" does nothing, no one is said to act
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "into" and \
                head.head.lemma_.lower() in OBJECT_CONTROL_VERBS:
            verb, head = head, head.head  # "forced Japan into opening its markets": as "forced Japan to open"
        if verb.dep_ in ("xcomp", "prep") and head.lemma_.lower() in OBJECT_CONTROL_VERBS:
            objs = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")]
            if objs:
                # "tried to persuade those countries to reach agreement with the U.S.", "forced Tokyo to open
                # its market": the one persuaded or forced does the act, not the persuader
                return objs + list(objs[0].conjuncts)
        if verb.dep_ == "xcomp" and head.pos_ == "VERB" and head.lemma_.lower() in PASSIVE_RAISING and \
                not any(c.dep_ == "agent" for c in head.children):
            passive = [c for c in head.children if c.dep_ == "nsubjpass"]
            if passive:
                # "Seoul and Tokyo are expected to sign the accord", "Iraq was forced to withdraw": the
                # passive subject of the verb above does the infinitive's act
                return passive + list(passive[0].conjuncts)
        if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp", "acl") and head.i != verb.i:
            if head.pos_ in ("VERB", "AUX"):
                subs = self._subjects(head, depth + 1)
                if verb.dep_ == "conj" and head.dep_ == "ccomp" and subs and all(map(self._inanimate, subs)) and \
                        head.head.lemma_.lower() in self.lex.reporting_verbs:
                    # "the UN said the dispute had become grave and called on both sides to
                    # ...": the parse joins "called" to the reported clause; things do not call, the
                    # one who said it does.
                    return self._subjects(head.head, depth + 1) or subs
                return subs
            if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ in ("acomp", "xcomp") and \
                    head.lemma_.lower() in EVALUATIVE_ADJECTIVES and any(
                    c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.head.children):
                return []  # "It would not be sensible to provoke another dispute": no one is said to act
            if verb.dep_ == "xcomp" and head.pos_ == "ADJ":
                # "X is ready to impose", headline "Reagan ready to impose": the adjective's holder.
                if head.dep_ == "amod" and head.head.pos_ in ("NOUN", "PROPN"):
                    return [head.head] + list(head.head.conjuncts)
                if head.dep_ in ("acomp", "xcomp") and head.head.pos_ in ("VERB", "AUX"):
                    return self._subjects(head.head, depth + 1)
            if head.dep_ == "prep" and head.head.pos_ == "VERB":
                return self._subjects(head.head, depth + 1)
            if head.dep_ == "prep" and head.head.lemma_.lower() in ("responsibility", "credit") and \
                    head.head.dep_ == "dobj" and head.head.head.pos_ == "VERB":
                # "X claimed responsibility for launching attacks", "took credit for downing the jet"
                return self._subjects(head.head.head, depth + 1)
            if verb.dep_ == "conj" and head.pos_ == "ADJ" and head.dep_ in ("oprd", "acomp") and \
                    head.head.pos_ in ("VERB", "AUX"):
                # "Mogadishu called the deal illegal and retaliated by ...": a verb conjoined to the
                # predicate adjective shares the clause's subject.
                return self._subjects(head.head, depth + 1)
        return []

    def _owner_else_holder(self, noun, holders, depth: int) -> list:
        """Who a plan or a document belongs to: its owner ("Washington's plans"), else the subject of the
        ``holders`` verb it is the object of ("announced plans", "signed an order")."""
        own = _named(self._noun_sources(noun))
        if own:
            return own
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in holders:
            return self._subjects(noun.head, depth + 1)
        return []

    def _inanimate(self, tok) -> bool:
        """A common noun that can be no actor: no title, person or force noun, nothing qualifying it."""
        low = tok.lemma_.lower()
        return tok.pos_ == "NOUN" and not any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in tok.children) \
            and low not in GENERIC_ACTORS and low not in ROLE_NOUNS and low not in _PEOPLE_NOUNS \
            and low not in FORCE_NOUNS and low not in FIGHTER_NOUNS and self.resolver.d.title(low) is None

    def _noun_sources(self, noun) -> list:
        """Who owns a nominal event: "Trump's threats", "US tariffs", "Canadian sanctions", "tariffs by X"."""
        out = []
        kids = list(noun.children)
        doc = noun.doc
        if noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].head.i == noun.head.i and \
                doc[noun.i - 2].dep_ == noun.dep_:
            # "heavy Iraqi counter-attacks" split by the tokenizer into "counter", "-", "attacks", each an
            # object of the verb: the modifiers sit on "counter"
            kids = [*doc[noun.i - 2].children, *kids]
        for c in kids:
            if c.dep_ == "poss" and (c.lower_ not in SKIP_PRONOUNS or c.lower_ in ("our", "my")):
                out.append(c)  # "our support" in a quotation: the speaker's (_party)
            elif c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i and (c.pos_ == "PROPN" or c.text[:1].isupper()) \
                    and noun.lemma_.lower() not in INQUIRY_NOUNS and c.lower_ not in AMOUNT_NOUNS:  # ("a billion stg deal")
                out.append(c)
            elif c.dep_ == "prep" and c.lower_ == "by":
                # "the attack by Russia and Belarus": every author (none the other's target)
                out.extend(x for g in c.children if g.dep_ == "pobj" for x in (g, *g.conjuncts))
        if not out:
            # "condemned the assault by Hamas on Israel", parsed with "by" on the verb
            out.extend(x for g in self._authors(noun) if g.head.head.i == noun.head.i for x in (g, *g.conjuncts))
        if not out and noun.dep_ == "nsubj" and noun.head.lemma_ == "come":
            # "Condemnation also came from Britain and France": whence it came
            out.extend(x for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "from"
                       for g in c.children if g.dep_ == "pobj" for x in (g, *g.conjuncts))
        return out

    @staticmethod
    def _between(noun) -> list:
        # "negotiations currently held between Ottawa and Paris": also on the noun's participle
        kids = [*noun.children, *(g for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for g in c.children)]
        for c in kids:
            if c.dep_ == "prep" and c.lower_ in ("between", "among"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        return [g] + list(g.conjuncts)
        return []

    @staticmethod
    def _addressees(tok) -> list:
        """"A told B that A will ...": B is the target of an event reported to B."""
        t, hops = tok, 0
        while t.head.i != t.i and hops < 4:
            if t.dep_ == "ccomp" and t.head.lemma_.lower() in ADDRESS_VERBS:
                objs = [c for c in t.head.children if c.dep_ in ("dobj", "dative", "iobj")]
                return objs + [x for o in objs for x in o.conjuncts]
            if t.dep_ not in ("xcomp", "conj", "dobj", "pobj", "prep", "ccomp"):
                return []
            t, hops = t.head, hops + 1
        return []

    def _frame_targets(self, frame, tok) -> list:
        if frame is None:
            return []
        for slot in frame.target:
            found = []
            if slot in ("dobj", "obj"):
                found = [c for c in tok.children if c.dep_ in ("dobj", "obj") or _oprd_object(c)]
                found = [n for c in found for n in ([
                    m for m in c.children if m.dep_ == "nmod" and m.pos_ == "PROPN" and any(
                        d.dep_ == "det" and m.i < d.i for d in c.children)] or [c])]
                # ("branded Netanyahu a war criminal", parsed with the name a modifier of the predicate noun)
                if len(found) > 1:
                    # "denounced a U.S. delegation visit ... to Greenland, the Danish island": a second
                    # object after a comma is an apposition the parse hung on the verb
                    found = found[:1] + [c for c in found[1:] if c.left_edge.i == 0 or
                                         c.doc[c.left_edge.i - 1].text != ","]
                if not found and tok.pos_ == "VERB":
                    # "wants Japan to eliminate controls", "urged Iraq to withdraw" parsed as a clause:
                    # the infinitive's own subject is the one asked
                    found = [g for c in tok.children if c.dep_ == "ccomp" and _infinitive(c)
                             for g in c.children if g.dep_ == "nsubj"]
                if not found and tok.pos_ == "VERB" and any(c.dep_ == "agent" for c in tok.children):
                    # "A tanker was attacked by Iranian gunboats": the passive subject is the object.
                    found = [c for c in tok.children if c.dep_ == "nsubjpass"]
                    if not found and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
                        # "adopted a resolution ..., a gesture rejected by the US": the act's author
                        n = tok.head.head if tok.head.dep_ == "appos" else tok.head
                        found = [tok.head]
                        if tok.head.pos_ == "NOUN" and n.dep_ in ("dobj", "npadvmod") and n.head.pos_ == "VERB" and \
                                n.lemma_.lower() not in FORCE_NOUNS:
                            # npadvmod: "passed a resolution ..., a step rejected by Russia" (the clause)
                            found += self._subjects(n.head)
            elif slot == "that":
                # "astonished that the EC commission would propose ...": who the clause is about
                found = [g for c in tok.children if c.dep_ == "ccomp" and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                    for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
            elif slot in ("iobj", "dative"):
                found = [c for c in tok.children if c.dep_ in ("dative", "iobj")]
                found = [g for c in found for g in ([c] if c.pos_ != "ADP" else c.children)]
            else:
                holders = [tok] + [c for c in tok.children if c.dep_ in ("dobj", "obj")]
                if frame.type in ("ACCUSE", "PROTEST") and tok.pos_ == "VERB" and slot == "against":
                    holders = [tok]  # "protested the coast guard's use of water cannon against its vessels": the
                    # object's victim, not whom the protest is against
                words = (slot,)
                if tok.pos_ in ("NOUN", "PROPN"):
                    holders += list(tok.conjuncts)  # "threats and hostile rhetoric towards Canada"
                    if slot in ("to", "against"):
                        words = (slot, "toward", "towards")
                kids = [c for h in holders for c in h.children] + _rate_preps(tok) + [
                    c for c in _trailing_preps(tok) if c.lower_ in ("on", "against") or _sent_to(tok, c)]
                if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX"):
                    # "are in Kiev in solidarity with Ukraine": the parse hangs "with" on the verb
                    kids += [c for c in tok.head.head.children if c.i > tok.i]
                if tok.pos_ == "NOUN" and slot in ("on", "against"):
                    # "the assault by the paramilitary RSF on El-Fasher": the parse hangs "on" on the author
                    kids += [c for a in self._authors(tok) for c in a.children if c.i > a.i]
                for c in kids:
                    if c.dep_ in ("prep", "dative") and c.lower_ in words:
                        found += [g for g in c.children if g.dep_ == "pobj"]
            if found:
                return found + [x for f in found for x in f.conjuncts]
        content = getattr(frame, "when_object", None) if tok.pos_ == "NOUN" else None
        if content is not None:
            # "India's pledge for a firm response to Pakistan's drone strike": aimed where its content is
            for c in _contents(tok):
                if c.lemma_.lower() in content:
                    found = self._frame_targets(_Frame(frame.type, target=frame.target), c)
                    if found:
                        return found
        return []

    def _demanded_of(self, trig) -> list:
        """Whom the protesters' demand is made of: the "from" (or "of") object of a demanding verb hung on
        the protesters ("farmers demanding a better deal from the EC") or on the protest ("struck to demand
        pay rises from the state"), or the object of "press" ("to press the government for aid")."""
        verb = trig.token.head if trig.nominal and trig.token.dep_ in ("dobj", "pobj") else trig.token
        if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            verb = verb.head  # "blocked roads and staged protest rallies": the first verb's arguments
        who = [*trig.source_toks, *(t.head for t in trig.source_toks if t.dep_ in ("amod", "compound", "poss"))]
        demands = [c for t in who for c in t.children if c.dep_ == "acl"] + \
                  [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "acl")]
        out = []
        for d in demands:
            lemma = d.lemma_.lower()
            if lemma in ("demand", "seek", "want", "claim", "ask"):
                out += [g for x in [d, *(c for c in d.children if c.dep_ == "dobj")] for c in x.children
                        if c.dep_ == "prep" and c.lower_ in ("from", "of") for g in c.children if g.dep_ == "pobj"]
            elif lemma in ("press", "urge", "pressure", "force"):
                out += [c for c in d.children if c.dep_ == "dobj"]
        return out

    def _home_government(self, trig, sources, idx, anyone: bool = False) -> list[Party]:
        """Protesters, strikers and rioters with no named target protest to their own state
        (annotation.md: "Brazil's seamen remained on strike" is PROTEST BRA->BRA): the government (else
        the country) of the source's country, when the article names it. A strike is that whoever the
        parse names as its author ("Spanish strikes"); other protests only of people outside the state."""
        strike = anyone or trig.token.lemma_.lower() in self.lex.sets.get("work_stoppages", ())
        out = []
        for s in sources:
            if not s.country or (not strike and (s.sector in ("GOV", "MIL", "COP") or s.code == s.country)):
                continue
            refs = [r for r in idx.refs if r.mentions and r.country == s.country and r.kind in ("government", "country")
                    and r.id != s.actor]
            if refs:
                r = next((r for r in refs if r.kind == "government"), refs[0])
                out.append(r.party(r.mentions[0].text))
            elif strike:
                # "BOLIVIAN TIN MINERS START HUNGER STRIKE": the country named is the strikers' own, the
                # one they strike against
                out.append(s)
        return out

    @staticmethod
    def _topics_of(trig) -> set[int]:
        """What a meeting is about: the object of "discuss" (also "met ... to discuss X") and "talks on X",
        "about X", "over X"; a party named there is no counterpart ("to discuss Britain's plan")."""
        heads = [trig.token] if trig.nominal else [trig.token, *(
            c for c in trig.token.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in TOPIC_VERBS)]
        out: set[int] = set()
        for h in heads:
            for c in h.children:
                if (c.dep_ == "dobj" and h.lemma_.lower() in TOPIC_VERBS) or (
                        c.dep_ == "prep" and c.lower_ in ("on", "about", "over", "concerning", "regarding")):
                    out.update(t.i for t in c.subtree)
        return out

    def _own_side(self, tok, source, seg: int, idx) -> bool:
        """Whether ``tok`` names a party of the source's own country (not a pronoun)."""
        if tok.pos_ == "PRON" or source is None or not source.country:
            return False
        party = self._party(tok, seg, idx)
        return party is not None and party.country == source.country

    def _other_objects(self, verb, ttype: str) -> set[int]:
        """The objects of ``verb`` joined to its first that are acts of another type ("expressed its
        support for the conference and its concern over abuses by Israel"): no counterpart is found there."""
        if verb.pos_ not in ("VERB", "AUX"):
            return set()
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        out: set[int] = set()
        joined = [x for x in (*obj.subtree, *verb.children) if x.dep_ in ("conj", "dobj") and
                  getattr(_object_anchor(x), "i", None) == obj.i] if obj is not None else []
        for c in joined:
            mod = self.lex.modifier(verb.lemma_.lower(), c.lemma_.lower())
            types = {mod.type} if mod is not None else {f.type for f in self.lex.noun_frames(c.lemma_.lower())}
            if types and ttype not in types:
                out.update(t.i for t in c.subtree)
        return out

    def _fallback_targets(self, trig, sources, seg: int, idx) -> list[Party]:
        """No target slot filled: the nearest party of another country inside the trigger's own
        arguments ("curbs against Japan" on the verb, "tariffs on Japanese imports", "offered warships
        to escort Kuwaiti tankers", "U.S. to impose Japanese sanctions")."""
        if trig.frame.type == "CONSULT" and trig.frame.mode != "visit":
            return []  # "met ... to discuss Japan's compliance": a meeting's topic names no counterpart
        src_actors = {s.actor for s in sources}
        src_countries = {s.country for s in sources if s.country}
        src_codes = {s.code for s in sources if s.code}
        head = trig.token
        roots = [head]
        if trig.nominal and head.dep_ in ("dobj", "nsubjpass", "pobj") and head.head.pos_ in ("VERB", "AUX"):
            gov = head.head if head.dep_ != "pobj" else (head.head.head if head.head.head.pos_ == "VERB" else None)
            if gov is not None:
                roots.append(gov)
        frontier = [(r, 0) for r in roots]
        root_ids = {r.i for r in roots}
        seen = set(root_ids)
        if self._seg_pos.get(seg, (0, ""))[1] == "title":
            seen |= _dash_teller(head.doc)  # "SOVIETS HAVE TESTED SS-18 MISSILE - WEINBERGER": who says it
        ttype = trig.frame.type
        seen |= self._other_objects(roots[-1], ttype)
        best_depth, found = None, []
        while frontier:
            tok, depth = frontier.pop(0)
            if best_depth is not None and depth > best_depth:
                break
            if tok.i not in root_ids:
                party = None
                ref = idx.ref_at(seg, tok.i)
                if ref is not None or tok.pos_ in ("NOUN", "PROPN"):
                    if (self._venue(tok, seg, idx) and ttype not in ("ASSAULT", "COERCE")) or (
                            ref is not None and (ref.key or "").startswith("venue:")):
                        pass  # "signed a peace agreement in Washington to end fighting", "the Paris accord": where
                        # (but "attacked a house in Harare" hit Zimbabwe)
                    elif ref is not None and ref.kind == "place" and tok.dep_ == "pobj" and tok.head.lower_ in (
                            "in", "at") and ttype not in ("ASSAULT", "COERCE", "MOBILIZE", "PROTEST"):
                        pass  # "ended their talks in Istanbul": where, not with whom (but "an attack in Basra")
                    elif tok.pos_ != "PRON" and not _origin_mark(tok):
                        party = self._party(tok, seg, idx)
                if party is not None and party.actor not in src_actors and not (
                        party.country and party.country in src_countries) and not (
                        party.code and party.code in src_codes):
                    if best_depth is None:
                        best_depth = depth
                    for q in [party, *self._modifier_conjuncts(tok, party, seg, idx),
                              *[x for x in (self._party(g, seg, idx) for g in tok.conjuncts) if x is not None]]:
                        if q.actor not in {f.actor for f in found} and q.actor not in src_actors and not (
                                q.country and q.country in src_countries):
                            found.append(q)
                    continue
            if depth >= 5:
                continue
            for c in tok.children:
                if c.i in seen:
                    continue
                passive = any(g.dep_ in ("nsubjpass", "auxpass") for g in tok.children)
                if c.dep_ not in FALLBACK_DEPS and not (c.dep_ == "agent" and not passive) and not (
                        c.dep_ == "nsubjpass" and tok.i in root_ids and trig.frame.type in ("ASSAULT", "COERCE")) and not (
                        c.dep_ == "nsubj" and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in PERMITTING_VERBS | {"let"}):
                    continue  # an "agent" of an active verb is a misattached "by X" of its object; the
                    # passive subject of an attack is what was attacked ("ports in Hodeidah were targeted"); the
                    # one let act is nearer than what it acts on ("agreed to let Sweden join NATO")
                if c.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
                    continue  # a coordinated verb is an event of its own
                if c.dep_ == "prep" and c.lower_ in ("of", "in", "on", "over") and tok.pos_ == "NOUN" and \
                        tok.lemma_.lower() in self.lex.sets.get("topics", ()):
                    continue  # "agreed to discuss the problems of Kampuchea": what is talked about, not with whom
                if c.dep_ == "prep" and c.lower_ == "of" and tok.lemma_.lower() in BREACH_NOUNS and any(
                        g.dep_ == "pobj" and g.lemma_.lower() in NORM_NOUNS for g in c.children):
                    continue  # "a violation of WTO rules", "a breach of EU law": whose rules, not who broke them
                if c.dep_ == "prep" and c.lower_ == "by" and tok.pos_ == "NOUN" and tok.i not in root_ids:
                    pass  # "welcomed the lifting by the United States of the sanctions": the act's author
                elif c.dep_ == "prep" and (c.lower_ not in FALLBACK_PREPS or (
                        c.lower_ == "in" and ttype in ("CONSULT", "AGREE") and (tok.i in root_ids or tok.pos_ != "VERB"))):
                    continue  # "met in Geneva" is a place; "pledged to stop dumping chips in the U.S." a party
                if c.dep_ in ("acl", "xcomp", "pcomp") and c.pos_ not in ("VERB", "AUX"):
                    continue
                if c.dep_ == "advcl" and (c.tag_ != "VBG" or any(g.dep_ in ("nsubj", "mark") for g in c.children)
                                          or c.lemma_.lower() in self.lex.reporting_verbs):
                    continue  # only "..., targeting X": a participle of the same act (not "..., adding that")
                seen.add(c.i)
                frontier.append((c, depth + (c.dep_ not in ("prep", "nsubj"))))  # "concern about X": one step
        if len(found) > 1:
            # "the assault by the RSF on El-Fasher": a party before the place it acted on
            kind = {r.id: r.kind for r in idx.refs}
            parties = [q for q in found if kind.get(q.actor) != "place"]
            if parties:
                found = parties
        return found

    def _pact_parties(self, tok, seg: int, idx) -> tuple[list[Party], list[Party]]:
        """The parties of a concluded deal the sentence does not name: the story's two most mentioned
        countries (each named at least twice), the one the sentence names first going first ("That pact,
        agreed last year, calls on Japan to stop dumping ... U.S. chips": JPN->USA). None once an
        agreement has been coded in the story: "Rwanda and Congo signed a peace agreement ... The deal,
        negotiated through Qatar" mentions that one again."""
        count: dict[str, int] = {}
        first: dict[str, tuple[int, int]] = {}
        rep: dict[str, Party] = {}
        for r in idx.refs:
            if not r.country or r.kind not in ("country", "government", "person") or not r.positions:
                continue
            count[r.country] = count.get(r.country, 0) + len(r.positions)
            first[r.country] = min(first.get(r.country, (1 << 30, 0)), min(r.positions))
            if r.kind == "country" or r.country not in rep:
                rep[r.country] = r.party(next((m.text for m in r.mentions), r.name))
        if self._last_deal and not _dated_conclusion(tok):
            return [], []  # "... signed a peace agreement. The deal, negotiated through Qatar": a repeat (but
            # "under a pact reached last July" tells when it was made)
        pair = sorted(count, key=lambda c: (-count[c], first[c]))[:2]
        if len(pair) < 2 or count[pair[1]] < 2:
            return [], []
        sent = tok.sent
        here = {c: min((i for r in idx.refs if r.country == c for s_, i in r.positions
                        if s_ == seg and sent.start <= i < sent.end), default=None) for c in pair}
        order = {c: k for k, c in enumerate(pair)}
        pair.sort(key=lambda c: (here[c] is None, here[c] if here[c] is not None else order[c]))
        return [rep[pair[0]]], [rep[pair[1]]]

    @staticmethod
    def _venue(tok, seg: int, idx) -> bool:
        """A seat of government named as where something happened ("in Washington", "at Ottawa"): a place
        there, not the government it stands for elsewhere."""
        if tok.dep_ in ("poss", "compound") and tok.head.dep_ == "pobj" and tok.head.head.lower_ in ("in", "at"):
            # "their meeting in Turkey's Istanbul": the country of the venue (a city of it) is where, too
            ref, city = idx.ref_at(seg, tok.i), idx.ref_at(seg, tok.head.i)
            return ref is not None and ref.kind in ("country", "government") and city is not None and \
                city is not ref and city.kind in ("place", "government")
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at"):
            return False
        ref = idx.ref_at(seg, tok.i)
        return ref is not None and (ref.key or "").startswith("metonym:")

    def _clause_subject_parties(self, verb, taken: list[Party], seg: int, idx) -> list[Party]:
        """The parties who do the act of the verb's that-clause, other than ``taken`` and their countries."""
        subj = [g for c in verb.children if c.dep_ == "ccomp" for g in self._subjects(c)]
        mine = {p.actor for p in taken} | {p.country for p in taken if p.country}
        return [p for p in self._parties(subj, seg, idx) if p.actor not in mine and p.country not in mine]

    def _parties(self, toks, seg: int, idx) -> list[Party]:
        out = []
        toks = [self._quantity_head(t) for t in toks]
        toks = [m for t in toks for m in self._of_members(t, seg, idx)]
        for t in toks:
            many = idx.multi.get((seg, t.i)) or next(
                (idx.multi[(seg, c.i)] for c in t.children if c.dep_ == "poss" and (seg, c.i) in idx.multi), None)
            if many:  # "the two leaders", "the two nations' foreign ministers"
                out.extend(r.party(t.text) for r in many)
                continue
            if t.lower_ == "their" and t.dep_ == "poss":
                # "Mali, Niger and Burkina Faso announced their withdrawal": all the coordinated subjects.
                v, hops = t.head, 0
                while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i and hops < 4:
                    v, hops = v.head, hops + 1
                subs = [x for x in self._subjects(v) if x.i < t.i] if v.pos_ in ("VERB", "AUX") else []
                ps = [x for x in (self._party(g, seg, idx) for g in subs) if x is not None] if len(subs) > 1 else []
                if len({x.actor for x in ps}) > 1:
                    out.extend(ps)
                    continue
            if t.pos_ == "NOUN" and idx.ref_at(seg, t.i) is None and self.lex.noun_frames(t.lemma_.lower()) and \
                    not self._noun_sources(t) and self._between(t):
                # "welcomed the agreement between Armenia and Azerbaijan": aimed at both parties to it
                ps = [x for x in (self._party(g, seg, idx) for g in self._between(t)) if x is not None]
                if ps:
                    out.extend(ps)
                    continue
            p = self._party(t, seg, idx)
            if p is not None:
                out.append(p)
                out.extend(self._modifier_conjuncts(t, p, seg, idx))
                out.extend(self._listed_countries(t, p, seg, idx))
                if t.pos_ == "NOUN" and idx.ref_at(seg, t.i) is None:
                    # "the proposal put forward by Egypt and Qatar": every author the "by" names
                    out.extend(x for x in (self._party(c, seg, idx) for a in self._authors(t) for c in a.conjuncts)
                               if x is not None)
        seen, uniq = set(), []
        for p in out:
            if p.actor not in seen:
                seen.add(p.actor)
                uniq.append(p)
        return uniq

    @staticmethod
    def _authors(noun) -> list:
        """The objects of a noun's "by" ("the assault by the RSF"), of its participle's agent ("the proposal
        put forward by Egypt") or of a "by" the parse hung on the verb right after it (_trailing_preps)."""
        trailing = [] if any(c.dep_ in ("auxpass", "nsubjpass") for c in noun.head.children) else [
            c for c in _trailing_preps(noun) if c.lower_ == "by"]
        return [g for c in [*noun.children, *(a for v in noun.children if v.dep_ == "acl" and v.tag_ == "VBN"
                                               and v.lemma_.lower() not in GO_BETWEEN_VERBS
                                               for a in v.children if a.dep_ == "agent"), *trailing]
                if (c.dep_ == "prep" and c.lower_ == "by") or c.dep_ == "agent"
                for g in c.children if g.dep_ == "pobj"]

    def _listed_countries(self, tok, party: Party, seg: int, idx) -> list[Party]:
        """"the US, the UK, and Australia": spaCy makes an apposition (or a modifier) of a list's middle; a
        country apposed to another country is one more member (not "the U.S. envoy, John Smith")."""
        out = []
        for c in tok.children:
            if c.pos_ != "PROPN" or not (c.dep_ == "appos" or (c.dep_ == "npadvmod" and tok.conjuncts)):
                continue  # npadvmod: "Burkina Faso, Mali, and Niger" parsed with Mali as a modifier
            r = idx.ref_at(seg, c.i)
            if r is not None and r.kind in ("country", "government") and r.country and r.country != party.country \
                    and idx.ref_at(seg, tok.i) is not None and idx.ref_at(seg, tok.i).kind in ("country", "government"):
                out.append(r.party(c.text))
        return out

    @staticmethod
    def _quantity_head(tok):
        """"thousands of troops", "dozens of rebels": the noun after "of" is the party."""
        if not (tok.pos_ == "NUM" or tok.lemma_.lower() in QUANTITY_NOUNS):
            return tok
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                g = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
                if g is not None:
                    return g
        return tok

    @staticmethod
    def _members(tok) -> list:
        """A coordinated list, including the appositions spaCy makes of one ("Argentina, Chile, Costa
        Rica and Peru")."""
        out, stack, seen = [], [tok], set()
        while stack:
            t = stack.pop()
            if t.i in seen:
                continue
            seen.add(t.i)
            out.append(t)
            stack.extend(t.conjuncts)
            stack.extend(c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN")
        return sorted(out, key=lambda t: t.i)

    def _of_members(self, tok, seg: int, idx) -> list:
        """"the governments of Uruguay, Argentina and Peru", "delegations of Russia and Ukraine": the
        countries named after a generic actor noun are the parties."""
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and lemma in LIST_NOUNS:
            # "many nations -- Hong Kong, Canada and Nigeria --", "several countries, including Canada and
            # Nigeria,": the countries listed are the parties.
            listed = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            listed += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("including", "like", "such")
                       for g in (c.children if c.lower_ != "such" else (x for a in c.children for x in a.children))
                       if g.dep_ == "pobj"]
            if listed:
                return [m for g in listed for m in self._members(g)]
        if tok.pos_ != "NOUN" or (lemma not in GENERIC_ACTORS and (
                lemma not in ROLE_NOUNS or idx.ref_at(seg, tok.i) is not None)):
            return [tok]
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "for"):
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    r = idx.ref_at(seg, objs[0].i)
                    if r is not None and r.kind in ("country", "government", "igo"):
                        return self._members(objs[0])
                    if r is not None and r.kind in ("group", "organization") and r.country:
                        return [objs[0]]  # "the speaker of the Iranian Parliament"
                    if r is None and self._party(objs[0], seg, idx) is not None:
                        # "members of Britain's ruling Conservative Party": the body's country
                        return [objs[0]]
        return [tok]

    def _modifier_conjuncts(self, tok, first, seg: int, idx) -> list[Party]:
        """"Japanese and American warships", "Mexican and Canadian goods": one party per demonym (also of
        officials the resolver made a group of the first: "Iranian and Saudi officials")."""
        own = idx.ref_at(seg, tok.i)
        if own is not None and not (own.kind == "group" and tok.pos_ == "NOUN"):
            return []
        if tok.lemma_.lower() in MEMBERSHIP_NOUNS and any(c.dep_ == "poss" for c in tok.children):
            return []  # "Sweden's NATO membership": the body joined is no second owner
        out = []
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i:
                for g in (c, *c.conjuncts):  # ("Japanese and American warships" also as two modifiers)
                    r = idx.ref_at(seg, g.i)
                    if r is not None and r.kind in ("country", "government", "igo") and r.id != first.actor and \
                            (own is None or r.country != first.country):
                        out.append(r.party(g.text))
        return out

    def _party(self, tok, seg: int, idx) -> Party | None:
        ref = idx.ref_at(seg, tok.i)
        if tok.pos_ == "PRON" or (ref is None and tok.pos_ in ("ADJ", "NOUN") and tok.dep_ == "pobj"):
            # "They (the Kuwaitis) have also asked ...": the writer's gloss says who; "the assault by the
            # paramilitary Rapid Support Forces", parsed with the name an apposition of the adjective
            kinds = ("NOUN", "PROPN") if tok.pos_ == "PRON" else ("PROPN",)
            gloss = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ in kinds), None)
            if gloss is not None:
                p = self._party(gloss, seg, idx)
                if p is not None:
                    return p
        if ref is None and tok.lower_ in ("we", "our", "i", "my") and tok.dep_ in ("nsubj", "nsubjpass", "poss"):
            spk = self._speaker(tok) if tok.lower_ in ("we", "our") else None
            return self._party(spk, seg, idx) if spk is not None else self._quote_speaker(tok, seg, idx)
        if ref is None:
            if tok.lower_ in SKIP_PRONOUNS:
                return None
            if tok.pos_ == "PRON" and tok.lower_ in ("its", "their") and tok.dep_ == "poss":
                v, hops = tok.head, 0
                while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i and hops < 4:
                    v, hops = v.head, hops + 1
                owners = [x for x in self._subjects(v) if x.pos_ in ("NOUN", "PROPN") and x.i < tok.i] \
                    if v.pos_ in ("VERB", "AUX") else []
                if owners and all(self._party(x, seg, idx) is None for x in owners) and \
                        not any(x.lemma_.lower() in FORCE_NOUNS or x.ent_type_ == "PERSON" for x in owners):
                    # "The federation said in its request": the federation's, no party of ours (not the
                    # country named last)
                    return None
            if tok.pos_ == "PRON" and tok.lower_ in ("it", "they") and tok.dep_ == "nsubj" and \
                    tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in self.lex.reporting_verbs:
                said = [x for x in self._subjects(tok.head.head) if x.pos_ == "PROPN" and x.ent_type_ != "PERSON"]
                if said and all(self._party(x, seg, idx) is None for x in said):
                    # "BankAmerica Corp said it agreed to sell its unit": the company that says so, no
                    # party of ours (not the country named last)
                    return None
            if tok.pos_ == "PRON":
                ref = self.resolver.pronoun(idx, seg, tok)
        if ref is None:
            # A thing qualified by an actor: "Canadian goods", "US trade actions", "Japan's exports",
            # "its warplanes".
            # the nearest first: "Greece and Turkey's NATO allies" are NATO's
            mods = sorted((c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < tok.i),
                          key=lambda c: -c.i)
            if tok.lemma_.lower() in MEMBERSHIP_NOUNS:
                # "Sweden's NATO membership", "Ukraine's EU bid": the member, not the body joined
                mods.sort(key=lambda c: c.dep_ != "poss")
            # "U.S. Governmental authorities": the actor may modify the modifier
            mods += [g for c in mods for g in c.children if g.i < c.i and (g.dep_ in ("compound", "amod") or (
                g.dep_ == "npadvmod" and c.lower_ in FLAG_WORDS))]  # ("a Greek-flagged tanker": Greece's)
            for c in mods:
                if _origin_mark(c):
                    continue  # "Chinese-made missiles" are not China's
                r = idx.ref_at(seg, c.i)
                kinds = ("country", "government", "igo", "place")
                if tok.lemma_.lower() in FORCE_NOUNS or tok.lemma_.lower() in FIGHTER_NOUNS:
                    kinds = kinds + ("group",)  # "Houthi rebels", "Hamas fighters"
                elif tok.lemma_.lower() in GOV_NOUNS and c.dep_ == "compound":
                    kinds = kinds + ("group",)  # "a foreign ministry statement": the ministry's
                if r is None and c.dep_ == "poss" and c.pos_ == "PRON" and (
                        (c.lower_ in ("its", "their") and (tok.lemma_.lower() in FORCE_NOUNS or tok.lemma_.lower() in VESSEL_NOUNS or (
                            # "tariffs on its exports": the exporter's goods (not "its imports", bought from others)
                            tok.lemma_.lower() in self.lex.sets.get("trade_goods", ()) and
                            tok.lemma_.lower() not in ("import", "purchase")))) or
                        (c.lower_ in ("its", "their", "his", "her") and self.lex.noun_frames(tok.lemma_.lower()))):
                    # "its warplanes", "his tariff hikes": the owner of the forces or of the act
                    r = self.resolver.pronoun(idx, seg, c)
                    kinds = ("country", "government", "igo", "person")
                elif c.dep_ == "poss" and tok.lemma_.lower() in self.lex.sets.get("intent_nouns", ()):
                    kinds = kinds + ("person",)  # "Reagan's sanctions decision won praise": his decision
                if r is not None and r.kind == "place" and (self.lex.noun_frames(tok.lemma_.lower()) or
                                                             tok.lower_ in VENUE_NOUNS):
                    continue  # "the Istanbul talks", "the Paris communique": where, not who
                if r is not None and r.kind in kinds:
                    return r.party(c.text)
            if tok.pos_ == "NOUN" and (self.lex.noun_frames(tok.lemma_.lower()) or tok.lemma_.lower() in HARM_NOUNS):
                # "condemned the assault by the RSF on El-Fasher", "concern over human rights abuses by
                # Israel", "the ban, imposed by the U.S. ITC": the act's author.
                for g in self._authors(tok):
                    q = self._party(g, seg, idx)
                    if q is not None:
                        return q
            if tok.pos_ in ("PROPN", "NOUN") and self.resolver.d.title(tok.lower_) is not None:
                # "President of El Salvador Nayib Bukele commended ...": the title's "of" names the person
                for g in (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj"):
                    r = idx.ref_at(seg, g.i)
                    if r is not None and r.kind == "person":
                        return r.party(g.text)
            if tok.lemma_.lower() in FORCE_NOUNS or tok.lemma_.lower() in FIGHTER_NOUNS:
                # "planes from Afghanistan", "troops of the Chadian army": whose forces they are
                for g in (g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                          for g in c.children if g.dep_ == "pobj"):
                    r = idx.ref_at(seg, g.i)
                    if r is not None and r.kind in ("country", "government", "igo", "group"):
                        return r.party(tok.text)
            if tok.lemma_.lower() in TRADE_PEOPLE and tok.tag_ == "NNS":
                # "potash producers from New Mexico", "farmers from Bavaria": the country they are from
                for g in (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                          for g in c.children if g.dep_ == "pobj"):
                    r = idx.ref_at(seg, g.i)
                    if r is not None and r.kind == "place" and r.country:
                        # "from New Mexico": the place's country, when the story names it (a place is no party)
                        r = next((x for x in idx.refs if x.mentions and x.country == r.country
                                  and x.kind in ("country", "government")), None)
                    if r is not None and r.kind in ("country", "government") and r.country:
                        return r.party(tok.text)
            if tok.lemma_.lower() in FORCE_NOUNS and tok.dep_ in ("nsubj", "nsubjpass"):
                # "Chad says troops killed ...": unowned forces of a reporting country.
                r = self._reporter(tok, seg, idx)
                if r is not None:
                    return r.party(tok.text)
            if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                                          for c in tok.children):
                return self._earlier_owner(tok, seg, idx)
            return None
        mention = next((m.text for m in ref.mentions), tok.text)
        span_text = tok.text if ref.kind != "group" else mention
        return ref.party(span_text if tok.pos_ != "PRON" else tok.text)

    def _earlier_owner(self, tok, seg: int, idx) -> Party | None:
        """"the proposed vegetable oils tax" after "EC OILS AND FATS TAX", "the ban" after "Canada's fishing
        ban": a definite act or measure is the one named before with its owner (in this paragraph or the
        three before it, or in the headline)."""
        if self._owned is None:
            self._owned = self._owned_nouns(idx)
        lemma = tok.lemma_.lower()
        meeting = lemma in self.lex.sets.get("meetings", ())
        forms = {tok.lower_, lemma, lemma + "s", lemma + "es"}
        if lemma.endswith("y"):
            forms.add(lemma[:-1] + "ies")
        best = None
        for form in forms:
            for s_, i, r, text in self._owned.get(form, ()):
                far = seg - s_ > 3 and self._seg_pos[s_][1] != "title"  # the headline names the story's topic
                if (s_, i) >= (seg, tok.i) or far or (best is not None and (s_, i) < best[0]):
                    continue
                if meeting and (r.key or "").startswith("metonym:"):
                    continue  # "The Hague summit": where it was held
                best = ((s_, i), r, text)
        return best[1].party(best[2]) if best is not None else None

    def _owned_nouns(self, idx) -> dict[str, list]:
        """Per word (lower case), its mentions right after a country, government or IGO in the same noun
        phrase ("U.S. delegations", "Canada's fishing ban", "EC OILS AND FATS TAX"), in order: (segment,
        token, that actor, its text). Read off the words, not the parse, so that a paragraph the pre-filter
        leaves unparsed counts the same. Built on first need."""
        out: dict[str, list] = {}
        kinds = ("country", "government", "igo")
        # only the words of actors are looked at, not every word of the article
        for (s_, i), r in sorted(idx.tok.items(), key=lambda kv: kv[0]):
            if r is None or r.kind not in kinds or idx.ref_at(s_, i + 1) is r:
                continue  # not a state, or inside its name: from its last word
            doc = self._docs[s_]
            t = doc[i]
            if _origin_mark(t):
                continue
            k, n = i + 1, 0
            while k < len(doc) and n < 4:
                w = doc[k]
                if w.lower_ in ("'s", "’s", "and", "-"):
                    k += 1
                    continue
                if not w.is_alpha or w.is_stop or idx.ref_at(s_, k) is not None:
                    break
                out.setdefault(w.lower_, []).append((s_, k, r, t.text))
                k, n = k + 1, n + 1
        return out

    def _speaker(self, tok):
        """"'We urge Washington to reconsider,' the association said": the first person of a quotation is
        the side of its speaker (the subject of the reporting verb the quotation depends on)."""
        if not any(t.text in QUOTE_MARKS for t in tok.sent):
            return None
        t, hops = tok, 0
        while t.head.i != t.i and hops < 6:
            if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in self.lex.reporting_verbs:
                return next((c for c in t.head.children if c.dep_ == "nsubj" and c.lower_ not in SKIP_PRONOUNS), None)
            t, hops = t.head, hops + 1
        return None

    def _quote_speaker(self, tok, seg: int, idx) -> Party | None:
        """The speaker of the quotation holding ``tok`` ('"I just spoke with President Sheinbaum," Trump
        wrote'), as the quote stage attributed it; None outside quotations."""
        start, in_ = self._seg_pos.get(seg, (0, "text"))
        at = start + tok.idx
        q = next((q for q in self._quotes if q.in_ == in_ and q.start <= at < q.end), None)
        if q is None:
            return None
        ref = next((r for r in idx.refs if r.id == q.speaker.actor), None)
        return ref.party(q.speaker.text) if ref is not None else None

    def _reporter(self, tok, seg: int, idx):
        """The country or government that reports the clause ``tok`` belongs to."""
        t, hops = tok.head, 0
        while hops < 4 and t.head.i != t.i:
            if t.dep_ == "ccomp" and t.head.lemma_.lower() in self.lex.reporting_verbs:
                for c in t.head.children:
                    if c.dep_ == "nsubj":
                        r = idx.ref_at(seg, c.i)
                        if r is not None and r.kind in ("country", "government"):
                            return r
                return None
            t, hops = t.head, hops + 1
        return None

    def _own_warning(self, verb, sources, seg: int, idx) -> bool:
        """The act's verb says "may/could/might" and is reported by a party of the acting country (not
        inside an "if" clause)."""
        if verb.pos_ not in ("VERB", "AUX") or not any(
                c.dep_ == "aux" and c.lower_ in ("may", "could", "might", "can") for c in verb.children):
            return False
        mine = {s.country for s in sources if s.country}
        t, hops = verb, 0
        while hops < 4 and t.head.i != t.i:
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in t.children):
                return False
            if t.dep_ == "ccomp" and t.head.lemma_.lower() in self.lex.reporting_verbs | {"warn", "threaten"}:
                who = self._subjects(t.head)
                said = self._parties(who, seg, idx)
                if not said and t.i < t.head.i and mine:
                    # "Iran can close the strait at any time, a commander said": an official the story does
                    # not place, telling what the named state can do
                    return any((info := self.resolver.d.title(w.lemma_.lower())) is not None and info.person
                               for w in who)
                return bool(said) and all(p.country in mine for p in said)
            if t.dep_ not in ("xcomp", "conj", "ccomp"):
                return False
            t, hops = t.head, hops + 1
        return False

    def _legal_authority(self, verb, seg: int, idx) -> tuple[list[Party], list[Party]]:
        """"Two Britons were arrested in Moscow", "A U.S. Marine has been charged with spying": a passive
        arrest or charge with no agent is the act of the authorities of the place named with "in", else of
        the state whose statement reports it, else of the dateline's country, else of the held party's own
        country (annotation.md: domestic events)."""
        if any(c.dep_ == "agent" for c in verb.children):
            return [], []
        held = [g for c in verb.children if c.dep_ == "nsubjpass" for g in (c, *c.conjuncts)]
        targets = [p for p in self._parties(held, seg, idx) if p.country]
        if not targets:
            return [], []
        kinds = ("country", "government", "place")
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "in":
                for g in c.children:
                    r = idx.ref_at(seg, g.i) if g.dep_ == "pobj" else None
                    if r is not None and r.kind in kinds and r.country:
                        return [r.party(next((m.text for m in r.mentions), r.name))], targets
        r = self._reporter(held[0], seg, idx)
        if r is not None and r.country and (r.country != targets[0].country or len(targets) > 1):
            # "Canada said that any French fishermen caught ... would be arrested": the state that says so
            return [r.party(next((m.text for m in r.mentions), r.name))], targets
        mine = {t.actor for t in targets}
        if idx.home is None and any(t.lemma_.lower() in self.lex.sets.get("diplomats", ()) for t in held):
            return [], []  # "an Iranian diplomat was arrested": abroad, where is not said
        country = idx.home or targets[0].country
        r = next((r for r in idx.refs if r.mentions and r.country == country and r.kind in kinds
                  and r.id not in mine), None)
        return ([r.party(r.mentions[0].text)], targets) if r is not None else ([], [])

    def _own_goods(self, toks, sources, seg: int, idx) -> bool:
        """A measure on the source's own outgoing trade: "its softwood lumber exports", "Canadian exports" when
        Canada imposes it, or its own production ("curbing output and exports")."""
        mine = {s.country for s in sources if s.country}
        toks = [x for t in toks for x in (t, *t.conjuncts)]
        if any(t.lemma_.lower() in ("output", "production") for t in toks):
            return True  # "help stabilise oil prices by curbing output and exports": its own supply
        for t in toks:
            if t.lemma_.lower() not in ("export", "shipment", "sale"):
                continue  # its imports are others' goods
            for c in t.children:
                if c.dep_ == "poss" and c.pos_ == "PRON":
                    r = self.resolver.pronoun(idx, seg, c)
                elif c.dep_ in ("poss", "amod", "compound") and c.i < t.i:
                    r = idx.ref_at(seg, c.i)
                else:
                    continue
                if r is not None and r.country in mine:
                    return True
        return False

    def _releaser(self, verb, seg: int, idx) -> tuple[list[Party], list[Party]]:
        """"Americans being held in Venezuela have been released", "two Britons detained in Iran were
        freed": a passive release with no agent is the act of the state where they were held."""
        if any(c.dep_ == "agent" for c in verb.children):
            return [], []
        held = [g for c in _passive_subjects(verb) for g in (c, *c.conjuncts)]
        targets = [p for p in self._parties(held, seg, idx) if p.country]
        if not targets:
            return [], []
        heads = [verb, *(h.head for h in held if h.head.dep_ == "csubjpass"),
                 *(a for h in held for a in h.children if a.dep_ == "acl")]
        for g in (g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                  for g in c.children if g.dep_ == "pobj"):
            r = idx.ref_at(seg, g.i)
            if r is not None and r.kind in ("country", "government", "place") and r.country and \
                    r.country not in {t.country for t in targets}:
                return [r.party(g.text)], targets
        return [], []

    # Expansion into events --------------------------------------------------------------------------
    def _expand(self, trig: _Trigger, seg: int, p, idx, dates, article_date, amounts):
        frame = trig.frame
        if trig.nominal and idx.ref_at(seg, trig.token.i) is not None and trig.token.text[:1].isupper():
            return  # a word of a name: "the General Agreement on Tariffs and Trade"
        q = trig.token if not trig.nominal else trig.token.head
        if q.dep_ in ("ccomp", "advcl") and q.head.lemma_.lower() in ("ask", "wonder", "question", "inquire") and any(
                c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in q.children):
            return  # "Asked if Japan would retaliate, ...": a question, not a threat
        if any(_forgone(t) for t in ([trig.token, trig.token.head] if trig.nominal else [trig.token])):
            return  # "will negotiate rather than impose tariffs", "instead of sanctions": the act not chosen
        if frame.type == "CONSULT" and any(_is_media(t) for t in trig.target_toks):
            return  # "Talking to Russia's news agency TASS, he said": an interview, not a consultation
        src_toks = trig.source_toks
        if trig.nominal and frame.type in RECIPROCAL and not trig.target_toks:
            # "the Paris Agreement", "the London talks": a capital naming a deal or a meeting is where it
            # was made, not a party to it ("Moscow talks with Washington" are Moscow's)
            src_toks = [t for t in src_toks if not (t.dep_ == "compound" and t.head.i == trig.token.i and (
                (idx.ref_at(seg, t.i).key or "") if idx.ref_at(seg, t.i) is not None else "").startswith("metonym:"))]
        sources = self._parties(src_toks, seg, idx)
        targets = self._parties(trig.target_toks, seg, idx)
        if targets and any(t.pos_ == "PRON" and t.lower_ not in REFLEXIVES for t in trig.target_toks):
            # "told the U.S. that the Greek government would not accept it": a pronoun object read as the
            # subject itself names no counterpart; the ones told it are (else there is no event, as before)
            mine = {s.actor for s in sources}
            said = {p_.actor for t in trig.target_toks if t.pos_ == "PRON" and (p_ := self._party(t, seg, idx)) is not None}
            kept = [t for t in targets if not (t.actor in mine and t.actor in said)]
            if not kept:
                told = [x for x in (self._party(t, seg, idx) for t in self._addressees(trig.token)) if x is not None
                        and x.actor not in mine and not (x.sector == "MED" or (x.code or "").endswith("MED"))]
                if not told:
                    return
                kept = told
            targets = kept
        if not targets and getattr(frame, "strict", False) and not (getattr(frame, "mutual", False) and len(sources) > 1):
            return  # "went to court": the frame's own slot names no party (a mutual act of two names both)
        if trig.nominal and sources:
            places = {r.id for r in idx.refs if r.kind == "place"}
            sources = [s for s in sources if s.actor not in places]  # "the Istanbul talks": where, not who
        if not sources and not trig.nominal and "legal" in frame.context:
            sources, targets = self._legal_authority(trig.token, seg, idx)
        if not sources and not trig.nominal and frame.type == "CONCEDE" and frame.mode == "release":
            sources, targets = self._releaser(trig.token, seg, idx)
        if not sources and trig.rule.endswith(".concluded"):
            sources, targets = self._pact_parties(trig.token, seg, idx)
        if not sources and trig.rule.endswith(".quoted"):
            speaker = self._quote_speaker(trig.token, seg, idx)
            sources = [speaker] if speaker is not None else []
            targets = [t for t in targets if speaker is None or t.country != speaker.country]
        if not sources and trig.rule.endswith(".averted") and targets:
            # the one other state the sentence names holds the threat ("envoys to Washington to try to stop
            # the threatened duties")
            mine = {t.country for t in targets if t.country}
            sent = trig.token.sent
            others = {r.country: r for i in range(sent.start, sent.end) if (r := idx.ref_at(seg, i)) is not None
                      and r.country and r.country not in mine and r.kind in ("country", "government")}
            if len(others) != 1:
                return
            r = next(iter(others.values()))
            sources = [r.party(next((m.text for m in r.mentions), r.name))]
        if not sources:
            return
        if not targets and frame.type == "CONSULT" and idx.home and (any(
                c.dep_ == "advmod" and c.lower_ == "here" for v in (
                    trig.token, *((trig.token.head, trig.token.head.head) if trig.nominal else ()))
                for c in v.children) or (trig.rule.endswith(".on") and trig.token.head.head.lemma_.lower()
                                         in ARRIVING_VERBS)) and idx.home not in {x.country for x in sources}:
            # "Japanese trade officials will visit here next week", "arrived here for talks", "who arrives
            # on a four-day official tour" (in a story from Washington): the dateline's government, when the
            # story names it
            refs = [r for r in idx.refs if r.mentions and r.country == idx.home and r.kind in ("government", "country")]
            if refs:
                r = next((r for r in refs if r.kind == "government"), refs[0])
                targets = [r.party(r.mentions[0].text)]
        if trig.rule in TALKS_OFF and len(sources) > 1 and not trig.target_toks:
            return  # "Armenia and Azerbaijan ended their talks in Istanbul, agreeing to ...": talks concluded
        if trig.rule.endswith(".in"):
            # "returned after talks in Washington": the host government, not a place in it, nor the
            # talker's own ("speaking after a cabinet meeting in Tehran")
            places = {r.id for r in idx.refs if r.kind == "place"}
            mine = {s.country for s in sources if s.country}
            targets = list({t.actor: t for t in targets if t.actor not in places and t.country
                            and t.country not in mine}.values())
            if not targets:
                return
        if frame is _ARSON_FRAME and not targets:
            return  # "protestors set cars ablaze": damage to things nobody is named for, no attack on a party
        if frame is _OBLIGATION_FRAME and (not targets or not all(x.country for x in sources + targets) or
                                           {x.country for x in sources} & {x.country for x in targets}):
            return  # "we must act", "Japan must do more, Tokyo says": no demand of another party
        if frame is _EVIDENCE_FRAME and (not targets or not all(x.country for x in sources + targets)):
            return  # evidence against someone unnamed, or held by someone unknown: no accusation to code
        if not targets and frame.type == "SANCTION" and self._own_goods(
                trig.target_toks + ([c for c in trig.token.children if c.dep_ == "dobj"] if not trig.nominal else []),
                sources, seg, idx):
            return  # "agreed to put a 10 pct levy on its own steel exports": a tax on its own trade
        if not targets and any(t.lower_ in ("both", "them", "each", "all") for t in trig.target_toks):
            gov = trig.token.head if trig.token.dep_ in ("advcl", "conj", "xcomp") else (
                trig.token.head.head if trig.nominal and trig.token.head.dep_ in ("advcl", "conj", "xcomp") else None)
            if gov is not None:
                objs = [c for c in gov.children if c.dep_ in ("dobj", "dative")]
                targets = [x for x in (self._party(t, seg, idx) for o in objs for t in [o, *o.conjuncts]) if x is not None]
        if not targets and trig.nominal and frame.type == "ASSAULT" and trig.token.dep_ == "dobj" and \
                trig.token.head.lemma_.lower() in REPELLING_VERBS:
            # "Iran said its troops repulsed heavy Iraqi counter-attacks": aimed at the ones who repelled them
            mine = {x.actor for x in sources} | {x.country for x in sources if x.country}
            targets = [x for x in self._parties(self._subjects(trig.token.head), seg, idx)
                       if x.actor not in mine and x.country not in mine]
        if not targets and trig.rule in ("verb.reported-breach", "verb.will-not-allow"):
            return  # the party accused of the breach, or warned, is not named
        if not targets and frame.type == "REQUEST" and not trig.nominal:
            # "demanded that Argentina, Chile and Peru withdraw ...": the subject of the demanded clause.
            subj = [g for c in trig.token.children if c.dep_ in ("ccomp", "xcomp")
                    for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]  # "urge X to": X parsed as nsubj
            targets = [p for p in self._parties([m for g in subj for m in self._members(g)], seg, idx)
                       if not any(p.actor == s.actor for s in sources)]
        told_press = False
        if not targets:
            told = [x for x in (self._party(t, seg, idx) for t in self._addressees(trig.token)) if x is not None]
            targets = [x for x in told if not (x.sector == "MED" or (x.code or "").endswith("MED"))]
            # "Britain will stress its support for ..., officials told Reuters": the press is no party, and
            # the act's counterpart is not guessed from the sentence either
            told_press = bool(told) and not targets
            if told_press:
                self._unaimed_tokens.add((seg, trig.token.i))
        if not targets and not trig.nominal and trig.token.dep_ == "conj" and trig.token.head.pos_ == "VERB" and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.token.children):
            # "accused Tokyo of ... and threatened retaliatory action": the shared counterpart.
            objs = [c for c in trig.token.head.children if c.dep_ in ("dobj", "dative")]
            targets = [p for p in self._parties(objs, seg, idx) if not any(p.actor == s.actor for s in sources)]
        if not targets and frame.type == "ACCUSE" and not trig.nominal and self._last_deal and any(
                g.lemma_.lower() in self.lex.sets.get("agreements", ()) and any(d.lower_ in ("the", "that", "this")
                                                                               for d in g.children)
                for c in trig.token.children if c.dep_ == "ccomp" for g in self._subjects(c)):
            # "Japan and the U.S. signed a chip pact ... The EC complained the accord breached GATT rules": the
            # deal's parties, not the owner of the rules
            mine = {x.country for x in sources if x.country}
            targets = [x for x in self._last_deal if x.country not in mine]
        if not targets and frame.type == "ACCUSE" and not trig.nominal:
            # "Iran complained that Iraqi warplanes had bombed Abadan": the one said to have done it
            targets = self._clause_subject_parties(trig.token, sources, seg, idx)
        place = next((t for t in trig.target_toks if t.lemma_.lower() in LOCALITY_NOUNS and t.head.i == trig.token.i
                      and not any(c.dep_ in ("poss", "amod", "compound", "nmod", "prep") and (
                          c.pos_ == "PROPN" or c.dep_ in ("poss", "prep") or self.resolver.d.demonym(c.text) is not None)
                          for c in t.children)), None) if frame.type == "ASSAULT" and not trig.nominal else None
        if not targets and place is not None:
            # "Nicaragua said Honduran troops shelled a border village": a place of the country that reports it,
            # when the attacker is another
            r = self._reporter(place, seg, idx)
            if r is not None and r.country and r.country not in {x.country for x in sources}:
                targets = [r.party(next((m.text for m in r.mentions), r.name))]
        if not targets and not told_press and not ((frame.type in RECIPROCAL or getattr(frame, "mutual", False))
                                                   and len(sources) > 1):
            targets = self._fallback_targets(trig, sources, seg, idx)
        if not targets and frame.type == "PROTEST":
            # "farmers demanding better prices from the European Community staged rallies", "blocked roads
            # to press the government for ...": the protest is aimed at whom its demand is made of
            targets = [p for p in self._parties(self._demanded_of(trig), seg, idx)
                       if not any(p.actor == s.actor for s in sources)]
        if not targets and (frame.type == "PROTEST" or (frame.type == "CONCEDE" and getattr(
                getattr(frame, "base", None), "type", None) == "PROTEST")):
            # a protest called off ("were suspending protests") was aimed where the protest was, whoever
            # the parse names as the protesters
            targets = self._home_government(trig, sources, idx, anyone=frame.type == "CONCEDE")
        if not targets and not trig.nominal:
            # "Japan would retaliate if Washington imposed tariffs": a threat is aimed at the party whose act
            # is its condition
            cond = [c for c in trig.token.children if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("if", "unless", "should") for m in c.children)]
            mine = {p.country for p in sources if p.country} | {p.actor for p in sources}
            targets = [p for p in self._parties([g for c in cond for g in self._subjects(c)], seg, idx)
                       if p.actor not in mine and p.country not in mine]
        if targets and frame.type == "ACCUSE" and not trig.nominal:
            forum = {r.id for r in idx.refs if r.kind == "igo"}
            if all(t.actor in forum for t in targets):
                # "Cyprus protested to the United Nations over violations by the Turkish air force": the
                # organisation is where the complaint goes; the accused is named in what it is about.
                accused = self._clause_subject_parties(trig.token, sources + targets, seg, idx)
                accused = accused or self._fallback_targets(trig, sources + targets, seg, idx)
                if accused:
                    targets = accused
        if frame.type == "REQUEST" and not trig.nominal and targets:
            home = {s.country for s in sources if s.country}
            if home and all(t.country in home for t in targets):
                # "The Senate called on Reagan to retaliate against Japan": an internal call aimed at a
                # foreign country is coded against it too (annotation.md).
                targets = self._requested_targets(trig.token, home, seg, idx) + targets
        head = trig.token
        verb = head if not trig.nominal else (head.head if head.head.pos_ in ("VERB", "AUX") else None)
        if trig.nominal and verb is None and head.dep_ == "pobj" and head.head.lower_ == "with" and \
                head.head.head.pos_ in ("VERB", "AUX"):
            verb = head.head.head  # "would go ahead with sanctions"
        if trig.nominal and verb is None and head.dep_ == "pobj" and head.head.lower_ == "for" and \
                head.head.head.pos_ == "VERB" and head.head.head.lemma_.lower() in MOTION_VERBS:
            verb = head.head.head  # "will fly to Paris next week for talks": as planned as the journey
        if trig.nominal and verb is None and head.dep_ == "pobj" and head.head.lower_ in ("in", "of"):
            amount = head.head.head  # "slapped 300 mln dlrs in tariffs": the verb of the amount
            if amount.pos_ in ("VERB", "AUX"):
                verb = amount
            elif amount.dep_ in ("dobj", "obj") and (amount.pos_ == "NUM" or amount.lower_ in AMOUNT_NOUNS) and \
                    amount.head.pos_ in ("VERB", "AUX"):
                verb = amount.head
        mverb = verb
        if trig.nominal and verb is not None and head.dep_ in ("dobj", "pobj") and ".via-" not in trig.rule:
            vl = verb.lemma_.lower()
            if vl not in self.lex.light_verbs and not any(vl in w for w in self.lex.modal_markers.values()) and \
                    self.lex.verb_frames(vl) and not (vl in MOTION_VERBS and head.head.lower_ == "for") and \
                    not (head.head.lower_ == "with" and any(c.lower_ == "ahead" for c in verb.children)):
                # "Japan would protest the U.S. tariffs": the tariffs are not what "would" governs (but "if
                # Washington went ahead with the tariffs": as meant as going ahead)
                mverb = None
        if trig.rule.endswith(".concluded"):
            # "The accord signed in July 1986 aims to protect": the participle tells when, and that it was done
            mverb = next((c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in CONCLUDING_VERBS),
                         head.head)
        modality, negated = self._modality(mverb if mverb is not None else head)
        if modality == "hypothetical" and trig.nominal and mverb is not None and head.head.lower_ == "with" and any(
                c.lower_ == "ahead" for c in mverb.children):
            modality = "threatened"  # "if Washington goes ahead with the tariffs": tariffs it has threatened
        if trig.nominal and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
            negated = True  # "Baker sees no trade war over tariffs", "Iran intends no threat to shipping"
        if trig.rule in ("verb.not-rule-out", "verb.will-not-allow"):
            negated = False  # not ruling out an act is threatening it; so is announcing one will not allow it
        etype, mode = frame.type, frame.mode
        if trig.nominal and etype == "CONSULT" and head.dep_ == "pobj" and head.head.lower_ in ("to", "for") and \
                head.head.head.lemma_.lower() in WILLING_WORDS and head.head.head.dep_ == "acomp":
            # open to, ready for talks: a promise (annotation.md); not open to them, a refusal
            be = head.head.head.head
            refused = negated or any(c.dep_ == "neg" for c in (*be.children, *head.head.head.children))
            etype, mode, modality, negated = ("REJECT" if refused else "AGREE"), None, "asserted", False
        willing = head if not trig.nominal else head.head
        if etype in WILLING_TYPES and not negated and willing.dep_ == "xcomp" and willing.head.pos_ == "ADJ" and \
                willing.head.lemma_.lower() in WILLING_WORDS:
            # "is ready to continue the dialogue", "were willing to continue bilateral talks": a promise
            # (annotation.md: AGREE), not the talks
            etype, mode, modality = "AGREE", None, "asserted"
        if negated and etype == "AGREE" and not trig.nominal and modality != "hypothetical" and \
                head.lemma_.lower() in self.lex.sets.get("refused_when_negated", ()):
            # "Brazil will not accept interference from the IMF": refused now, whatever the tense
            etype, negated, modality = "REJECT", False, "asserted"
        if etype == "THREATEN" and mode is None and not trig.nominal:
            # "threatened South Korea with a nuclear strike": the mode of the act threatened
            modes_ = getattr(self.lex, "threat_modes", None) or THREAT_MODE
            for g in (g for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
                      for g in c.children if g.dep_ == "pobj"):
                fr = self._choose(self.lex.noun_frames(g.lemma_.lower()), g, [])
                if fr is not None and fr.type in modes_:
                    mode = modes_[fr.type]
                    break
        if frame.modality and not (modality == "hypothetical" and _in_condition(mverb if mverb is not None else head)):
            modality = frame.modality  # (not "asked if Japan was expected to retaliate": a question)
        elif etype != frame.type:
            pass
        elif trig.nominal and verb is not None and modality == "asserted" and not trig.rule.endswith(".concluded"):
            vl = verb.lemma_.lower()
            for mod, words in self.lex.modal_markers.items():
                if vl in words and mod != "hypothetical":
                    modality = mod  # "recommended sanctions", "planned tariffs"
                    break
        modes = getattr(self.lex, "threat_modes", None) or THREAT_MODE
        if trig.nominal and modality == "asserted" and etype in modes and not (
                verb is not None and verb.lemma_.lower() in self.lex.light_verbs and head.dep_ == "dobj") and any(
                c.dep_ == "amod" and c.lower_ in ("threatened", "proposed", "planned", "possible", "potential")
                for c in head.children):
            modality = "threatened"  # "Korea faces threatened U.S. sanctions": held over it, not imposed
        if modality == "hypothetical" and not negated and etype == frame.type and (etype in modes or etype == "THREATEN") \
                and (not trig.nominal or head.dep_ == "dobj") and \
                self._own_warning(mverb if mverb is not None else head, sources, seg, idx):
            # "Japan said it could impose tariffs on U.S. goods": a party's own word that it may act is a
            # warning (annotation.md: threats), unlike "if Japan were to retaliate" or analysts' guesses
            modality = "threatened"
        if modality == "intended" and not negated and etype not in modes and etype != "THREATEN" and \
                not trig.nominal and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                                                  for m in c.children) for c in head.children):
            # '"We would welcome it if they pardoned half our debt," Gros said': a friendly act on a condition
            # is supposed, not promised (a conflictual one is a threat: "would retaliate if ...")
            modality = "hypothetical"
        if not trig.nominal and any(c.dep_ == "aux" and c.lower_ == "would" for c in head.children) and any(
                c.dep_ == "aux" and c.lower_ == "have" for c in head.children) and head.tag_ == "VBN":
            # "Brazil would not have suspended payment if it had received more financing": what would have
            # happened, not what was done or is threatened
            modality = "hypothetical"
        if negated and modality == "intended" and etype in REFUSABLE and not trig.nominal:
            # "Greece will not negotiate until ...", "Japan will not cooperate": a refusal (annotation.md)
            etype, mode, negated, modality = "REJECT", None, False, "asserted"
        if modality in ("intended", "threatened") and etype in modes and etype == frame.type and not negated:
            # (not "Baldrige will not object to computers for Iran": a conflictual act ruled out threatens no one)
            etype, mode, modality = "THREATEN", modes[frame.type] or mode, "threatened"
        elif etype == "THREATEN" and modality == "asserted":
            modality = "threatened"
        if trig.rule == "verb.not-rule-out":
            mode = frame.mode
        mutual = not targets and len(sources) > 1 and any(t.lower_ in ("other", "another") or (
            t.lower_ == "one" and any(c.lower_ == "another" for c in t.children)) for t in trig.target_toks)
        if mutual:
            # "Chile and Peru have each blamed the other": each at the other
            pairs = [(s, t) for s in sources for t in sources if s.actor != t.actor]
        elif not targets and (etype in RECIPROCAL or getattr(frame, "mutual", False)) and len(sources) > 1 and not (
                trig.target_toks and any(t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "with"
                                         for t in trig.target_toks)) and not (
                trig.rule == "verb.join-alliance" and any(c.dep_ == "dobj" for c in head.children)):
            # (not "Panama and Honduras joined the breakaway bloc": each joined it)
            # Reciprocal: once, in the direction of the first-named party (annotation.md). Not when the
            # counterpart named is no party ("Peru, Chile and Ecuador have all reached agreement with
            # commercial banks": with the banks, not with each other).
            if any(idx.multi.get((seg, t.i)) for t in trig.source_toks):
                # "the two leaders": no first-named party, both directions.
                pairs = [(s, t) for s in sources for t in sources if s.actor != t.actor]
            else:
                pairs = [(s, t) for k, s in enumerate(sources) for t in sources[k + 1:] if s.actor != t.actor]
                if len(sources) > 3:
                    # "Peru, Chile, Bolivia and Ecuador agreed to ...": one act of
                    # many parties, told from the first named to each other (not every pair: 10 events)
                    pairs = [(sources[0], t) for t in sources[1:] if t.actor != sources[0].actor]
        elif targets:
            pairs = [(s, t) for s in sources for t in targets]
        else:
            pairs = [(s, None) for s in sources]
        sent = head.sent
        start = p.start + sent.start_char
        sentence = sent.text
        if etype == "THREATEN" and frame.type != "THREATEN":
            # A threat is dated when it was made: the governing (reporting) clause, not the act's clause.
            gov = verb.head if verb is not None and verb.head.i != verb.i else head
            date, date_text = self._date(gov, seg, p, dates, article_date) if gov.i != head.i else (article_date, None)
        else:
            date, date_text = self._date(mverb if trig.rule.endswith(".concluded") else head, seg, p, dates,
                                         article_date)
        quants = [Quantity(text=a.text, value=a.value, unit=a.unit, start=a.start, end=a.end, in_=a.in_)
                  for a in amounts if self._within(a, head, p)]
        tone = self._tone_cache.get(sent.start)
        if tone is None:
            tone = self._tone_cache[sent.start] = self.sentence_tone(sentence)
        official = set()
        if etype == "PROTEST":
            # A government's protest is diplomatic: ACCUSE (annotation.md), not a demonstration.
            for t in trig.source_toks:
                r = idx.ref_at(seg, t.i)
                if r is not None and (r.sector == "MIL" and t.lemma_.lower() in FORCE_NOUNS or (r.kind in ("country", "government", "igo") or r.sector == "GOV") and (
                        r.kind != "group" or t.lemma_.lower() in OFFICIAL_NOUNS)):
                    official.add(r.id)
                elif r is None and t.lemma_.lower() in OFFICIAL_NOUNS:
                    # "The French government strongly protests against ...": a diplomatic protest
                    p_ = self._party(t, seg, idx)
                    if p_ is not None:
                        official.add(p_.actor)
        igo_ids = {r.id for r in idx.refs if r.kind == "igo"} if etype == "RETREAT" and mode == "withdraw" else ()
        nations = {r.id for r in idx.refs if r.kind == "country"} if etype == "PROTEST" else ()
        # the state itself: a token that is a country's or government's own name ("Tokyo", "Japan"), not a
        # noun it modifies ("a U.S. Marine")
        kinds = {r.id: r.kind for r in idx.refs}
        states = {r.id: True for t in [*trig.source_toks, *trig.target_toks]
                  if (r := idx.ref_at(seg, t.i)) is not None and r.kind in ("country", "government")}
        states.update((p_.actor, True) for t in [*trig.source_toks, *trig.target_toks] if t.pos_ == "PRON"
                      and (p_ := self._party(t, seg, idx)) is not None and kinds.get(p_.actor) in ("country", "government"))
        for src, tgt in pairs:
            if tgt is not None and src.actor is not None and src.actor == tgt.actor and not (
                    etype == "PROTEST" and head.lemma_.lower() in self.lex.sets.get("work_stoppages", ())):
                continue
            if (src.code or "").startswith("MNC") and etype in ("CONSULT", "AGREE", "COOPERATE", "AID"):
                continue  # "Merrill Lynch is holding talks on acquiring firms": business deals, not acts of a state
            if tgt is not None and etype not in ("PROTEST", "CONCEDE") and src.country and \
                    src.country == tgt.country and (etype == "SUPPORT" or (states.get(src.actor) and states.get(tgt.actor))) \
                    and src.code in (src.country, src.country + "GOV") and tgt.code in (tgt.country, tgt.country + "GOV"):
                # "Tokyo condemns Japan": a state at itself (a misread pronoun or metonym), no dyad; "the
                # minister defended Brazil's economic record": a government backing its own country's cause
                continue
            ptype, pmode, pcontext = etype, mode, list(frame.context)
            if ptype == "COERCE" and head.lemma_.lower() == "raid" and tgt is not None and src.country and \
                    tgt.country and tgt.country != src.country and kinds.get(src.actor) in ("country", "government"):
                ptype, pmode, pcontext = "ASSAULT", None, ["military"]  # "Israel's raid on the PLO in Tunis": abroad
            if tgt is not None and tgt.actor in igo_ids and src.actor not in igo_ids:
                # "Mali announced its withdrawal from ECOWAS": leaving an organisation is a diplomatic
                # penalty (annotation.md), not a military pull-back.
                ptype, pmode, pcontext = "SANCTION", "diplomatic", []
            if ptype == "COERCE" and head.lemma_.lower() == "raid" and (
                    (src.sector or "") in ("MIL", "REB", "INS") or any(
                    t.lemma_.lower() in RAIDER_NOUNS for t in trig.source_toks)):
                ptype, pmode, pcontext = "ASSAULT", None, ["military"]  # "Israeli jets raid south Lebanon"
            if src.actor in official and not (head.lemma_.lower() == "strike" and src.actor in nations and (
                    tgt is None or (tgt.country == src.country and (tgt.code == tgt.country or tgt.sector == "GOV")))):
                # ... but a state's "strikes" are military strikes (not "Spanish strikes spread": strikes in
                # a country, aimed at nobody named, are labour strikes).
                ptype, pmode = (("ASSAULT", None) if head.lemma_.lower() == "strike" else
                                ("SANCTION", "economic") if mode == "boycott" and (tgt is None or
                                                                               tgt.actor in nations) else
                                ("ACCUSE", "allege"))
                # "Norway's boycott of South Africa": a state's boycott of a country is a trade sanction
            yield Event(
                id="", type=ptype, mode=pmode, context=pcontext, source=src, target=tgt,
                date=date, date_text=date_text, negated=negated,
                # an act dated after the article's day has not happened yet: "will travel to Moscow next
                # month for talks" is planned, whatever the noun's own clause says
                modality="intended" if modality == "asserted" and date is not None and article_date is not None
                and date > article_date else modality,
                trigger=head.text, sentence=sentence, start=start, end=start + len(sentence), rule=trig.rule,
                in_=p.in_, trigger_start=p.start + head.idx, trigger_end=p.start + head.idx + len(head.text),
                quantities=quants, goldstein=self.goldstein(ptype, pmode, negated=negated), tone=tone,
                confidence=self._confidence(trig, src, tgt))
        return

    @staticmethod
    def _confidence(trig, src, tgt) -> float:
        c = 0.5 if trig.nominal else 0.6
        if getattr(trig.frame, "source", "events.yaml").startswith("cameo"):
            c -= 0.15
        if src.country:
            c += 0.15
        if tgt is not None and tgt.country:
            c += 0.15
        return round(min(c, 0.95), 2)

    def _modality(self, verb) -> tuple[str, bool]:
        modality, negated = "asserted", False
        tok, hops = verb, 0
        if verb.pos_ in ("ADJ", "VERB") and verb.dep_ in ("acomp", "xcomp") and verb.head.pos_ in ("VERB", "AUX") and \
                verb.lower_ in self.lex.adjectives:
            tok = verb.head  # "was not pleased with": the copula holds the negation and the auxiliaries
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in verb.children) and not any(
                c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in verb.head.children):
            # "India would not succumb to the pressure and stop buying oil": the conjoined verb shares
            # the first one's auxiliaries and negation (not across "but").
            modality, negated = self._modality(verb.head)
            if negated or modality != "asserted":
                return modality, negated
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "until") for c in tok.children):
            # "... would retaliate if Washington imposed tariffs", "will not negotiate until Turkey withdraws
            # its troops": the tariffs, the withdrawal are a condition, not an act
            return "hypothetical", any(c.dep_ == "neg" for c in tok.children)
        if tok.dep_ == "advcl" and _infinitive(tok) and tok.head.lemma_.lower() in PURPOSE_HEADS and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return "intended", False  # "did not need missiles to close the strait": a purpose, not an act done
        t, up = tok, 0
        while t.dep_ in ("xcomp", "ccomp", "conj") and t.head.i != t.i and up < 3:
            if t.dep_ == "ccomp" and t.head.lemma_.lower() in BELIEF_VERBS and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and _infinitive(t):
                # "Washington expects Tokyo to open its market", "does not expect the board to call for talks":
                # someone else's act foreseen (not "is expected to sign": the subject's own plan)
                return "hypothetical", False
            t, up = t.head, up + 1
            if (t.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in self.lex.modal_markers.get(
                    "hypothetical", ()) for c in t.children)) or (
                    t.pos_ == "ADJ" and t.lemma_.lower() in self.lex.modal_markers.get("hypothetical", ())):
                # "a newsletter said it was likely Moscow would reduce soybean imports": a guess
                return "hypothetical", any(c.dep_ == "neg" for c in tok.children)
            if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
                # "drop tariffs if Japan shows it will abide by the agreement", "if Washington decided to
                # impose tariffs": an act inside a condition is supposed, not done or promised
                return "hypothetical", any(c.dep_ == "neg" for c in tok.children)
            if t.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in t.children):
                return "hypothetical", False  # "asked if Peru was expected to retaliate": a question
        if verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" and verb.head.i < c.i < verb.i
                                       for c in verb.head.children):
            negated = True  # "..., nor has it opened its market": the clause after "nor" is denied
        if any(c.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ == "neither" and g.i < c.i for g in c.children)
               for c in tok.children):
            negated = True  # "Neither Japan nor Korea has opened its market"
        if any(c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
               for c in tok.children):
            negated = True  # "signed no contracts", "reached no agreement": none done
        while tok is not None and hops < 4:
            for c in tok.children:
                low = c.lower_
                if c.dep_ == "neg" or (c.dep_ == "advmod" and low in ("never",)):
                    negated = True
                if c.dep_ in ("aux", "auxpass") and modality == "asserted":
                    if low in FUTURE_AUX or c.lemma_ == "will":
                        modality = "intended"
                    elif low == "would" and self._reported_future(tok):
                        modality = "intended"  # "said it would retaliate": the future of reported speech
                    elif low in HYPO_AUX:
                        modality = "hypothetical"
                    elif low == "going":
                        modality = "intended"
            if hops > 0 and tok.lemma_.lower() in ("fail", "unwilling", "reluctant", "unable") and not negated:
                negated = True  # "failed to sign an agreement", "has been unwilling to accept": not done
            if hops > 0 and modality == "asserted" and tok.lemma_.lower() in ("hold", "put") and any(
                    c.dep_ == "prt" and c.lower_ in ("up", "off") for c in tok.children):
                modality = "hypothetical"  # "agreed to hold up imposing duties": put off, like "delay"
            if hops > 0 and modality == "asserted":
                lemma = tok.lemma_.lower()
                for mod, words in self.lex.modal_markers.items():
                    if lemma in words:
                        modality = mod
                        break
                else:
                    if any(f.type == "AGREE" for f in self.lex.verb_frames(lemma)):
                        modality = "intended"  # "agreed to begin negotiations": the talks are planned
            if tok.dep_ == "xcomp" and tok.head.i != tok.i:
                tok, hops = tok.head, hops + 1
            elif tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "dobj" and \
                    tok.head.lemma_.lower() in self.lex.sets.get("instruments", ()):
                enact = tok.head.head  # "if Congress passed legislation curbing imports": a condition
                if enact.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in enact.children):
                    return "hypothetical", negated
                break
            elif tok.dep_ in ("acl", "relcl") and tok.head.pos_ == "NOUN" and _infinitive(tok) and \
                    tok.head.lemma_.lower() in self.lex.sets.get("intent_nouns", ()):
                tok, hops = tok.head, hops + 1  # "plans to impose tariffs": intended
                if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
                    negated = True  # "had no plans to bow to pressure"
                if tok.lemma_.lower() not in self.lex.modal_markers.get("intended", ()) and tok.dep_ == "dobj":
                    tok = tok.head  # "seeking ways to retaliate": the verb that holds the means says how meant
            else:
                break
        return modality, negated

    def _reported_future(self, verb) -> bool:
        """"X said (that) it would ...": a ccomp of a reporting verb, not a condition ("if ...")."""
        t, hops = verb, 0
        while hops < 4:
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in t.children):
                return False
            if t.dep_ == "ccomp" and t.head.lemma_.lower() in BELIEF_VERBS:
                return False  # "he did not think Ecuador would follow Peru's lead": a guess
            if t.dep_ == "ccomp" and t.head.lemma_.lower() in self.lex.reporting_verbs | {"warn", "threaten", "vow", "announce"}:
                return True
            if t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
                return False
            t, hops = t.head, hops + 1
        return False

    # Dates -------------------------------------------------------------------------------------------
    def _date(self, head, seg, p, dates, article_date):
        tok = head if head.pos_ in ("VERB", "AUX") else (head.head if head.head.pos_ in ("VERB", "AUX") else head)
        hops = 0
        while tok is not None and hops < 5:
            clause = self._clause_cache.get(tok.i)
            if clause is None:
                clause = self._clause_cache[tok.i] = self._clause_tokens(tok)
            best = None
            for d in dates:
                if d.value is None or d.in_ != p.in_ or d.granularity not in COARSE_RANK:
                    continue
                if d.granularity != "day" and (article_date is None or _within_period(article_date, d)):
                    continue  # "this year", "in July" of the article's own month: the article date is as good
                ti = self._tok_at(p, d.start)
                if ti is not None and ti in clause and self._attached(p.doc[ti], tok, d, p):
                    key = (COARSE_RANK[d.granularity], abs(ti - tok.i))
                    if best is None or key < best[0]:
                        best = (key, d)
            if best is not None:
                return best[1].value, best[1].text
            rel = self._relative(tok, seg, p, dates, article_date)
            if rel is not None:
                return rel
            if tok.head.i == tok.i or tok.dep_ == "ROOT":
                break
            tok, hops = tok.head, hops + 1
        return article_date, None

    def _relative(self, verb, seg, p, dates, article_date):
        """"N hours/days after <clause>": the clause's event is N units before its governor's."""
        mark = next((c for c in verb.children if c.dep_ in ("mark", "prep") and c.lower_ in ("after", "before")), None)
        if mark is None or verb.dep_ != "advcl":
            return None
        for c in verb.children:
            if c.dep_ == "npadvmod" and c.lemma_.lower() in DURATION_DAYS:
                num = next((g for g in c.children if g.dep_ == "nummod" and g.like_num), None)
                try:
                    n = float(num.text.replace(",", "")) if num is not None else 1.0
                except ValueError:
                    return None
                days = round(n * DURATION_DAYS[c.lemma_.lower()])
                gov_date, _ = self._date(verb.head, seg, p, dates, article_date)
                if gov_date is None:
                    return None
                sign = -1 if mark.lower_ == "after" else 1
                return gov_date + dt.timedelta(days=sign * max(days, 1)), None
        return None

    @staticmethod
    def _attached(dtok, verb, d, p) -> bool:
        """The date modifies the verb itself ("on Thursday", "a day earlier"), not a noun inside its
        arguments ("the announcement of trade actions on April 2")."""
        lo, hi = d.start - p.start, d.end - p.start
        t, hops = dtok, 0
        while t.i != verb.i and hops < 8:
            inside = lo <= t.idx < hi
            if not inside and t.pos_ in ("NOUN", "PROPN", "VERB") and t.dep_ not in ("npadvmod", "tmod"):
                # "welcomed Honduras as a partner on Sunday": a weekday closing the clause dates its verb
                # even when the parser hangs it on the last noun (news style puts it there).
                return t.pos_ != "VERB" and _WEEKDAY.fullmatch(d.text.strip()) is not None and not any(
                    x.idx >= hi and not x.is_punct for x in verb.subtree) and any(
                    a.i == verb.i for a in t.ancestors)
            if t.head.i == t.i:
                return False
            t, hops = t.head, hops + 1
        return t.i == verb.i

    @staticmethod
    def _clause_tokens(tok) -> set[int]:
        out: set[int] = set()
        stack = [tok]
        while stack:
            t = stack.pop()
            out.add(t.i)
            for c in t.children:
                if c.dep_ in CLAUSE_DEPS and c.pos_ in ("VERB", "AUX"):
                    continue
                stack.append(c)
        return out

    @staticmethod
    def _tok_at(p, char: int) -> int | None:
        local = char - p.start
        span = p.doc.char_span(local, local + 1, alignment_mode="expand")
        return span.start if span is not None else None

    def _within(self, amount, head, p) -> bool:
        if amount.in_ != p.in_:
            return False
        ti = self._tok_at(p, amount.start)
        if ti is None:
            return False
        sub = head.subtree if head.pos_ in ("NOUN", "PROPN") else [
            t for c in head.children if c.dep_ in ("dobj", "obj") for t in c.subtree]
        return any(t.i == ti for t in sub)


def _reporting_clause(tok) -> bool:
    """The verb introduces reported speech or a quotation ("wrote to X that ...", "told X: '...'")."""
    return any(c.dep_ in ("ccomp", "parataxis") for c in tok.children) or tok.dep_ == "parataxis"


def _warned_against(tok) -> bool:
    """"warned X against teaming up", "barred Y from attacking": the act is what is warned against."""
    return tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.lower_ in ("against", "from") \
        and tok.head.head.pos_ == "VERB"


# Dates an event can take: a day first; else, when it names another month or year than the article's
# ("signed in September 2021"), the first day of that month or year, with its words as date_text.
COARSE_RANK = {"day": 0, "month": 1, "year": 2}


def _rate_preps(tok) -> list:
    """A noun's prepositions hung on its rate or worth: "duties of 50 pct on U.S. wheat", "tariffs worth up
    to 30 mln dlrs on Japanese goods" (the parse hangs "on" on the amount)."""
    if tok.pos_ != "NOUN":
        return []
    return [x for c in tok.children if (c.dep_ == "prep" and c.lower_ == "of") or c.lower_ == "worth"
            for g in c.children if g.dep_ == "pobj" and (g.lower_ in RATE_NOUNS or g.lower_ in AMOUNT_NOUNS)
            for x in g.children if x.dep_ == "prep"]


def _trailing_preps(noun) -> list:
    """Prepositions the parse hung on the verb right after its object noun ("condemned the assault by Hamas on
    Israel"): the noun's own, read as such when they follow it with nothing between (not a time: "test-fired
    two missiles on Sunday")."""
    if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or noun.head.pos_ != "VERB":
        return []
    out, nxt = [], noun.right_edge.i + 1
    for c in sorted((c for c in noun.head.children if (c.dep_ in ("prep", "agent") or (c.dep_ == "dative" and c.lower_ == "to"))
                     and c.i > noun.i), key=lambda c: c.i):
        if c.i != nxt:
            break
        if not any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children):
            out.append(c)
        nxt = c.right_edge.i + 1
    return out


SENDING_VERBS = {"send", "deliver", "hand", "address", "dispatch", "pass", "convey", "forward"}


def _sent_to(noun, prep) -> bool:
    """"sent a letter to Gorbachev": the "to" the parse hangs on a verb of sending is the object's."""
    return prep.lower_ == "to" and noun.head.lemma_.lower() in SENDING_VERBS


def _within_period(day: dt.date, d) -> bool:
    v = d.value
    return v.year == day.year and (d.granularity == "year" or v.month == day.month)


def _named(toks) -> list:
    """The tokens that can name a party: all but the pronouns of SKIP_PRONOUNS ("we", "that", "who")."""
    return [t for t in toks if t.pos_ != "PRON" or t.lower_ not in SKIP_PRONOUNS]


def _passive_subjects(verb) -> list:
    """The passive subject; "Americans being held in Venezuela have been released", parsed with "held" as a
    clausal subject: that clause's subject."""
    subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return subj or [g for c in verb.children if c.dep_ == "csubjpass" for g in c.children if g.dep_ == "nsubjpass"]


def _concluding_participles(deal) -> list:
    """The participles that tell ``deal`` was concluded: "the accord signed in July", also when the parse
    hangs one on the last noun of the deal's topic ("a pact on microchip trade signed last September")."""
    heads = [deal, *(g for c in deal.children if c.dep_ == "prep" and c.lower_ in ("on", "of", "over")
                     for g in c.children if g.dep_ == "pobj")]
    return [c for h in heads for c in h.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")
            and c.lemma_.lower() in CONCLUDING_VERBS]  # (VBD: a participle the tagger took for a past)


def _dated_conclusion(deal) -> bool:
    """Whether the participle that concludes ``deal`` says when ("a pact reached last July", "the accord
    signed in July 1986")."""
    verbs = _concluding_participles(deal)
    if deal.dep_ == "nsubj" and deal.head.lemma_.lower() in CONCLUDING_VERBS:
        verbs.append(deal.head)
    return any(t.ent_type_ == "DATE" for v in verbs for c in v.children if c.dep_ in ("npadvmod", "prep", "advmod")
               for t in c.subtree)


def _contents(noun) -> list:
    """What a nominal act is of or for: "a pledge of retaliation", "a call for sanctions"."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
            for g in c.children if g.dep_ == "pobj"]


def _oprd_object(tok) -> bool:
    """"Carney called Trump on Monday", parsed with the name a predicate of an object that is not there: the
    name is the object."""
    return tok.dep_ == "oprd" and tok.pos_ == "PROPN" and not any(c.dep_ in ("dobj", "obj") for c in tok.head.children)


REFUSING_VERBS = {"refuse", "decline"}


def _refused_xcomp(tok) -> bool:
    """``tok`` is the infinitive of "refused / declined to ..."."""
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in REFUSING_VERBS and _infinitive(tok)


def _object_anchor(tok):
    """The verb's first object a noun is joined to: "expressed its support and its concern" (the conjunct), also
    when the parse hangs "and its concern" on a noun inside the first object ("its support for a peace
    conference ... and its concern over ..."): a conjunct with its own possessive, like the object's."""
    if tok.dep_ == "dobj" and tok.pos_ == "NOUN":
        # (or parsed as a second object of the verb)
        return next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
    if tok.dep_ != "conj" or tok.pos_ != "NOUN":
        return None
    h = tok.head
    if h.dep_ == "dobj" and h.head.pos_ == "VERB":
        return h
    poss = next((c.lower_ for c in tok.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    for _ in range(3):
        if h.dep_ == "pobj" and h.head.dep_ == "prep":
            h = h.head.head
        else:
            break
        if h.dep_ == "dobj" and h.head.pos_ == "VERB" and any(c.dep_ == "poss" and c.lower_ == poss for c in h.children):
            return h
    return None


def _also(tok) -> bool:
    """"also opposed", "opposed, too": the act repeats another party's, it answers no one."""
    return any(c.dep_ == "advmod" and c.lower_ in ("also", "too", "likewise", "similarly") for c in tok.children)


def _in_condition(tok) -> bool:
    """Whether ``tok`` is inside a clause opened by "if", "unless" or "whether" (up its chain of
    complements): "asked if Japan was expected to retaliate", not "would retaliate if ..."."""
    t, hops = tok, 0
    while hops < 4:
        if t.dep_ in ("advcl", "ccomp") and any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether")
                                                for c in t.children):
            return True
        if t.dep_ not in ("xcomp", "conj", "ccomp") or t.head.i == t.i:
            return False
        t, hops = t.head, hops + 1
    return False


def _infinitive(tok) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _noun_infinitive(tok) -> bool:
    """"calls for the US to annex the country", "attempts to weaken Canada": a wished-for act, not one done."""
    t = tok
    if t.dep_ == "conj":
        t = t.head
    if not _infinitive(t):
        return False
    if t.dep_ in ("acl", "relcl") and t.head.pos_ in ("NOUN", "PROPN"):
        return True
    # "for the US to annex": the infinitive's subject is introduced by "for"
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in t.children) or (
        t.dep_ == "advcl" and not any(c.dep_ in ("nsubj",) for c in t.children) and t.head.pos_ == "NOUN")


# "willing / ready / prepared / open to" a cooperative act: a promise of it (AGREE).
WILLING_WORDS = {"willing", "ready", "prepared", "open", "available"}
WILLING_TYPES = {"CONSULT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
# Cooperative acts whose announced negation ("will not negotiate") is a refusal: REJECT.
REFUSABLE = {"CONSULT", "AGREE", "COOPERATE", "AID", "CONCEDE", "SUPPORT"}
REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "myself"}  # may name the subject
TRADE_PEOPLE = {"producer", "manufacturer", "maker", "exporter", "importer", "grower", "farmer", "fisherman",
                "worker", "miner"}  # people "from" a place are of its country
# Acts done "in violation / breach of" a rule are accused; the rules' owner is not ("a violation of WTO rules").
BREACH_NOUNS = {"violation", "breach", "infringement", "contravention", "defiance"}
_BREACH_RE = re.compile(r"\b(?:" + "|".join(sorted(BREACH_NOUNS)) + r")", re.I)
NORM_NOUNS = {"rule", "law", "charter", "norm", "principle", "regulation", "convention", "statute", "resolution"}
VESSEL_NOUNS = {"ship", "boat", "vessel", "tanker", "freighter", "trawler", "ferry"}  # "fired at its supply boat"
FLAG_WORDS = {"flagged", "registered", "owned"}  # a ship's flag, registry or owner says whose it is
# "Chinese-made missiles", "Soviet-built jets": where a thing comes from, not a party to the act.
# ("a Kuwaiti-owned tanker", "a Liberian-flagged ship" say whose the thing is: not these.)
ORIGIN_WORDS = {"made", "built", "designed", "manufactured", "produced", "supplied", "developed"}


CURRENCY_NOUNS = {"dollar", "currency", "yen", "mark", "franc", "pound", "peso", "lira", "rupee", "yuan", "won",
                  "rouble", "ruble", "dinar", "riyal", "rand", "krona", "krone", "guilder", "escudo", "peseta",
                  "cruzado", "austral", "sterling", "euro"}


def _origin_mark(tok) -> bool:
    """"Chinese-made missiles", and "off the Iranian coast": words that say where, not who."""
    doc = tok.doc
    j = tok.i + 1
    if j + 1 < len(doc) and doc[j].text in ("-", "\u2010", "\u2011") and not tok.whitespace_ \
            and doc[j + 1].lower_ in ORIGIN_WORDS:
        return True
    t = tok.head if tok.dep_ in ("amod", "compound") else tok
    if tok.dep_ in ("amod", "compound", "det") and tok.head.lemma_.lower() in CURRENCY_NOUNS:
        return True  # "the Taiwan dollar", "the U.S. currency": money, not a party
    h = tok
    while h.dep_ == "compound" and h.head.i != h.i:
        h = h.head
    if h is not tok and h.lemma_.lower() in ("affair", "scandal"):
        return True  # "the Iran arms scandal", "the Iran-contra affair": the affair's name, not a party
    return t.dep_ == "pobj" and t.head.lower_ == "off"


def _holds(cond, present: set) -> bool:
    """A ``when`` condition holds: no condition, "*" and anything present, or a listed word present."""
    if cond is None:
        return True
    if "*" in cond:
        return bool(present)
    return bool(present & cond)


@dataclass(frozen=True, slots=True)
class _ModFrame:
    """A frame changed by a modifying verb ("lift sanctions" -> CONCEDE)."""

    mod: object
    base: object

    @property
    def type(self):
        return self.mod.type

    @property
    def mode(self):
        return self.mod.mode

    @property
    def context(self):
        return self.base.context if self.base is not None else ()

    @property
    def modality(self):
        return None

    @property
    def source(self):
        return "events.yaml"

    @property
    def target(self):
        return self.base.target if self.base is not None else ()


@dataclass(frozen=True, slots=True)
class _Frame:
    """A frame built by the coder itself (not from the lexicon)."""

    type: str
    mode: str | None = None
    context: tuple = ()
    target: tuple = ()
    modality: str | None = None
    source: str = "events.yaml"
    rule: str = ""
    strict: bool = False  # no fallback target: with none named there is no event


_BREACH_FRAME = _Frame("ACCUSE", "allege", rule="reported-breach")
_REBUTTAL_FRAME = _Frame("REJECT", None, rule="rebuttal")
_DENIED_CHARGE_FRAME = _Frame("REJECT", None, rule="charge-denied")
_JUDGED_FRAME = _Frame("ACCUSE", "disapprove", rule="called-unfair")
_VIOLATION_FRAME = _Frame("ACCUSE", "allege", rule="in-violation")
_CONDEMNATION_FRAME = _Frame("ACCUSE", "disapprove", target=("of",), rule="rejection-of-conduct")
_WARNED_RESPONSE_FRAME = _Frame("THREATEN", None, target=("to",), modality="threatened", rule="will-respond-to", strict=True)
_WILL_NOT_ALLOW_FRAME = _Frame("THREATEN", None, target=(), modality="threatened", rule="will-not-allow")
_ARSON_FRAME = _Frame("ASSAULT", None, context=("military",), rule="set-on-fire")
_INSIST_FRAME = _Frame("REQUEST", None, strict=True, rule="insist-that")
_RIGHT_FRAME = _Frame("THREATEN", None, modality="threatened", rule="right-to-respond")
_BREAKTHROUGH_FRAME = _Frame("ASSAULT", None, context=("military",), strict=True, rule="breach-lines")
_ANGRY_FRAME = _Frame("ACCUSE", "disapprove", rule="reacted-angrily")
_OBLIGATION_FRAME = _Frame("REQUEST", None, rule="said-must")
_EVIDENCE_FRAME = _Frame("ACCUSE", "allege", rule="evidence-against")
_STRIKING_FRAME = _Frame("PROTEST", "boycott", rule="striking-workers")
_RESIST_FRAME = _Frame("THREATEN", None, rule="vow-to-fight", strict=True)
_ULTIMATUM_FRAME = _Frame("THREATEN", None, modality="threatened", rule="ultimatum", strict=True)
_MOVING_FRAME = _Frame("MOBILIZE", "troops", context=("military",), rule="forces-move")
_RESPONSE_FRAME = _Frame("THREATEN", None, modality="threatened", rule="would-meet-response")
_POLICY_ATTACK_FRAME = _Frame("ACCUSE", "disapprove", target=("on", "against"), rule="attack-on-policy")
DEADLINE_NOUNS = {"day", "week", "month", "hour", "year", "time", "deadline", "ultimatum"}


def _ultimatum(tok):
    """"gave Russia 50 days to reach a deal", "gave Hamas until Saturday to free the hostages": (the ones given
    a deadline, the act demanded of them); else None."""
    if tok.lemma_.lower() != "give":
        return None
    kids = list(tok.children)
    given = [c for c in kids if c.dep_ == "dative" or (c.dep_ == "dobj" and c.pos_ == "PROPN")]
    time = [c for c in kids if (c.dep_ == "dobj" and c.lemma_.lower() in DEADLINE_NOUNS) or (
        c.dep_ == "prep" and c.lower_ == "until")]
    act = next((c for c in [*kids, *(g for t in time for g in t.children)] if c.dep_ in ("advcl", "xcomp", "acl")
                and _infinitive(c)), None)
    if not given or not time or act is None:
        return None
    return given + list(given[0].conjuncts), act


RESIST_VERBS = {"fight", "oppose", "resist", "challenge", "contest", "combat", "defy", "block"}


def _vowed_resistance(tok):
    """The verb of resistance a promise is about ("vowed to fight the ruling", "pledged to do all it could
    to oppose the duties"), with an object; else None."""
    t = next((c for c in tok.children if c.dep_ in ("xcomp", "acl") and _infinitive(c)), None)
    hops = 0
    while t is not None and hops < 3:
        if t.lemma_.lower() in RESIST_VERBS:
            return t if any(c.dep_ == "dobj" for c in t.children) else None
        t = next((c for c in t.children if c.dep_ in ("xcomp", "advcl") and _infinitive(c)), None)
        hops += 1
    return None
_UNDER_FIRE_FRAME = _Frame("ACCUSE", "disapprove", rule="under-fire")
