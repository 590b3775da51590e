"""Actor resolution over parsed segments: who is mentioned, as what, on the article's date.

Order of evidence, strongest first:

1. Dictionary names (people, countries, IGOs, metonyms such as "Ottawa" or "the White House"), matched
   case-insensitively on token windows before NER is consulted: the small English model labels bare
   surnames as GPE or ORG ("Carney"), so NER labels are never trusted for known names.
2. A full name carries forward: after "Mark Carney", a later "Carney" is the same actor; a bare surname
   that no earlier mention explains is looked up among people holding a role on the article date
   ("Trump" in 2025, "Reagan" in 1987).
3. Titles and descriptions give unknown people a country and a sector for the whole article
   ("Japanese Prime Minister Yasuhiro Nakasone", "Makoto Kuroda, vice minister of Japan's Ministry of
   ...", "a Canadian official"); when the article says otherwise, the article wins over the dictionary.
4. Titles without names resolve by date ("the US president" -> the US head of state then) or to the last
   person in the article with that title ("the minister").
5. Possessive organisations stand for a government ("Carney's office", "his government", "Ottawa's
   statement"); pronouns resolve on demand to the most recent compatible actor.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..nlp import doc_text
from ..normalize import dateline_match
from ..records import Actor, Mention, Party
from .dictionary import norm

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
REPORTING_LEMMAS = {"say", "tell", "add", "state", "declare", "announce", "insist", "stress"}
GROUP_PRONOUNS = {"it", "its", "they", "them", "their"}
GOV_NOUNS = {"office", "government", "administration", "cabinet", "spokesman", "spokeswoman",
             "spokesperson", "aides", "aide", "ministry", "officials", "team", "camp", "statement",
             "delegation", "negotiators", "envoy", "embassy", "readout"}
# Generational suffixes that close a name and are no surname: "Fred Lyons Jr.".
NAME_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}
# A leader's name before these is his government: "the Trump administration", "the Assad regime".
LEADER_GOV_NOUNS = {"administration", "government", "cabinet", "regime", "junta"}
SUBJECT_HEADS = GOV_NOUNS | {"regime", "authorities", "official", "leader", "leadership", "military", "army",
                             "forces", "force", "troops", "junta", "president", "minister", "parliament"}
# Nouns that, owned by or modified by a country, stand for that country's government.
_CAPS = re.compile(r"^[A-Z]")
# Generic forces and state nouns that, with no owner or country modifier, stand for the country of the
# article's context ("Petrobras asked the Army to withdraw the troops", "rebels killed 18 soldiers").
CONTEXT_NOUNS = {"army": "MIL", "military": "MIL", "troop": "MIL", "soldier": "MIL", "navy": "MIL",
                 "police": "COP", "regime": "GOV", "junta": "GOV", "government": "GOV", "rebel": "REB",
                 "guerrilla": "REB", "insurgent": "REB", "senate": "LEG", "parliament": "LEG",
                 "legislature": "LEG", "ministry": "GOV"}
# "We, the leaders of A, B and C": the nouns of such an apposition, and how many paragraphs the group
# speaks for after it (a joint statement is quoted over a few paragraphs).
JOINT_HEADS = {"leader", "government", "country", "nation", "minister", "head", "president", "representative"}
JOINT_WE_SEGMENTS = 3
_WE = re.compile(r"\b(?:[Ww]e|WE|[Uu]s|[Oo]ur|OUR)\b")
# Titles that name the same post when a story refers back to its holder ("its ambassador to Kuwait, X ...
# the envoy said").
HOSTED_ENDS = (" to", " in", " at")  # "ambassador to": a title read with its host's preposition
SAME_TITLES = {w: g for g in ({"ambassador", "envoy"}, {"spokesman", "spokeswoman", "spokesperson"}) for w in g}
# "ambassador to Kuwait", "the envoy in Tokyo": the country after these is the host, not the official's.
HOST_PREPS = {"to", "in", "at"}
CONTEXT_PLURAL = {"force": "MIL", "authority": "GOV"}  # only as plurals: "security forces", "the authorities"
NON_ARMED_FORCES = {"market", "labor", "labour", "work", "sales", "economic", "driving", "political", "social",
                    "competitive", "commercial", "natural", "productive", "creative", "spent"}
# People in the street, as plurals ("Thousands of protesters marched in Tbilisi", "students demonstrated"):
# the country of the place they are in ("in Tbilisi") when the sentence says it, else of the context.
CIVIL_PLURAL = {"protester": "OPP", "protestor": "OPP", "demonstrator": "OPP", "rioter": "OPP",
                "activist": "OPP", "student": "EDU", "farmer": "AGR", "worker": "LAB", "striker": "LAB",
                "civilian": "CVL", "resident": "CVL", "villager": "CVL", "miner": "LAB", "docker": "LAB",
                "dockworker": "LAB", "seaman": "LAB", "trucker": "LAB", "railwayman": "LAB", "pitman": "LAB"}
CIVIL_SECTORS = frozenset(CIVIL_PLURAL.values())
# Descriptions of an international organisation: the most recent one of the article (of the preferred
# codes first): "the 11-nation grouping", "the bloc", "the alliance", "the Commission", "the council".
IGO_NOUNS = {"bloc": (), "grouping": (), "alliance": ("NATO",), "commission": ("EU",), "council": ("UN", "EU"),
             "assembly": ("UN",), "organisation": (), "organization": (), "community": ("EU",)}
IGO_CAPITAL_ONLY = {"community", "commission"}
MEMBER_NOUNS = {"member", "official", "minister", "diplomat", "leader", "envoy", "delegate", "ambassador"}
# Legacy CAMEO country codes still met in the actor data's codes ("ANGREB" for UNITA).
LEGACY_CODES = {"ANG": "AGO", "ZAI": "COD", "ZAR": "COD", "JAP": "JPN", "LEB": "LBN", "KUW": "KWT",
                "SAF": "ZAF", "UKG": "GBR", "USR": "RUS", "GMW": "DEU", "BAH": "BHS", "FRN": "FRA"}
_NAME_DEPS = {"compound", "flat", "appos"}
_US_STATE_NEXT = {"Democrat", "Democrats", "Republican", "Republicans", "Senator", "Sen.", "Rep.", "Governor", "Gov.",
                  "Congressman", "Congresswoman", "lawmaker", "lawmakers", "legislature", "Legislature", "voters",
                  "primary", "Tech", "Bulldogs", "Power"}
_HONORIFICS = {"sheikh", "shaikh", "sheik", "prince", "princess", "king", "queen", "emir", "amir", "sultan",
               "crown", "sayyid", "sir", "dame", "lord", "lady", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."}
# A person's name followed by one of these names a place or a thing: "Ben Gurion Airport", "Nelson
# Mandela Bridge", "John F. Kennedy International".
FACILITY_WORDS = {"Airport", "International", "Street", "Avenue", "Square", "University", "Bridge", "Stadium",
                  "Hospital", "Center", "Centre", "Institute", "Foundation", "Library", "Hall", "Road",
                  "Boulevard", "Park", "Prize", "Award", "Station", "Dam", "Memorial", "School", "College",
                  "Museum", "Highway", "Expressway", "Canal", "Doctrine", "Plan", "Act", "Fund", "Trust"}
# Titles of a ruler before a one-word name ("King Hassan", "Emir Jaber").
RULER_TITLES = {"king", "queen", "emir", "amir", "sultan", "shah", "president", "premier", "chancellor"}
# Lower-case particles inside a person's name ("Michael de Groote", "Hans van den Broek").
NAME_PARTICLES = {"de", "van", "von", "da", "del", "della", "di", "du", "der", "den", "la", "le", "bin", "ibn", "al",
                  "dos", "das"}
# Lower-case nouns after a name that make it a place ("Bu Musa island").
GEO_WORDS = {"island", "islands", "peninsula", "river", "strait", "straits", "bay", "lake", "province", "mountain",
             "mountains", "valley", "desert", "district", "region", "oilfield", "oilfields", "sea", "coast", "port"}
# Lemmas that _descriptions reads even when they are no title: context forces, civilians, government nouns.
_PLAIN_NOUNS_USED = frozenset(CONTEXT_NOUNS) | frozenset(CONTEXT_PLURAL) | frozenset(CIVIL_PLURAL) | frozenset(GOV_NOUNS) \
    | frozenset(LEADER_GOV_NOUNS) | {"country", "nation"}
try:  # spaCy's part-of-speech ids: comparing ints, not strings, on every token
    from spacy.symbols import NOUN as _NOUN_ID, PROPN as _PROPN_ID
    _NOUN_POS = frozenset((_NOUN_ID, _PROPN_ID))
except ImportError:  # pragma: no cover - spaCy is a dependency
    _NOUN_POS = frozenset()
# First characters of the tokens _names looks at (a capital: _CAPS; "the"); the others are skipped by
# their offset into the text, without building their Token objects.
_NAME_START = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZtT")
try:
    from spacy.attrs import IDX as _IDX
except ImportError:  # pragma: no cover - spaCy is a dependency
    _IDX = None


# Lower-case nouns after a capital that make it the venue ("the Paris communique", "the London talks").
VENUE_NOUNS = {"communique", "communiqué", "declaration", "conference", "summit", "accord", "accords", "agreement",
               "talks", "meeting", "meetings", "negotiations", "round", "club", "pact", "treaty", "process"}
_TICKER_NAME = re.compile(r"<[A-Z][^<>\n]{0,80}>")
# Capitalised words after a capital that make it part of a name ("the Paris Club", "the Tokyo Round").
CITY_NAMED = {"Club", "Round", "Interbank", "Stock", "Exchange", "Bourse", "Market", "Summit", "Declaration",
              "Convention", "Protocol", "Agreement", "Accord", "Accords", "Treaty", "Communique", "Conference",
              "Group", "Process", "University", "Airport", "Times", "Post", "Herald", "Zoo", "Metro", "Marathon",
              "Consensus", "Station"}  # not "Radio": "Tehran Radio said" is the state's voice
# The last word of a company's name ("American Motors Corp", "Japan Air Lines", "Saudi Arabian Airlines")
COMPANY_SUFFIXES = {"corp", "corporation", "inc", "incorporated", "co", "ltd", "plc", "nv", "bv", "gmbh",
                    "airlines", "airways", "lines", "motors", "industries"}


def regional(tok) -> bool:
    """"American" after "Latin", "South", "Central", "North", "Pan": a region's people, not the United States."""
    return tok.lower_ in ("american", "americans") and tok.i > 0 and tok.doc[tok.i - 1].lower_ in (
        "latin", "south", "central", "north", "pan", "anglo", "afro", "native")


def _company_name(doc, i: int) -> bool:
    """Whether the capitalised words from ``i`` on run into a company suffix (within six words, through
    "and" or "&": "Merrill Lynch and Co Inc")."""
    for j in range(i + 1, min(len(doc), i + 7)):
        t = doc[j]
        word = t.text.rstrip(".").lower()
        if word in COMPANY_SUFFIXES and t.text[:1].isupper():
            return True
        if t.lower_ not in ("and", "&") and (not t.text[:1].isupper() or t.is_punct):
            return False
    return False



def _compound_head(tok):
    """The noun a chain of compounds modifies: "Paris" in "the Paris currency accord" -> "accord"."""
    t, hops = tok, 0
    while t.dep_ == "compound" and t.head.i != t.i and hops < 4:
        t, hops = t.head, hops + 1
    return t


def _named_after(tok) -> bool:
    """``tok`` is the object of "of" after a capitalised name word: "Bank of [Tokyo]", "Co of [Stockholm]"."""
    t = tok
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ != "of":
        return False
    owner = t.head.head
    return owner.i < t.i and owner.pos_ in ("PROPN", "NOUN") and owner.text[:1].isupper() \
        and owner.lower_ not in ("government", "mayor", "governor", "people", "city", "port", "embassy")


def _hosted(tok) -> bool:
    """``tok`` is (in) the object of "to"/"in"/"at" after a noun: "ambassador to [Kuwait]"."""
    t = tok
    while t.dep_ in ("compound", "amod", "det") and t.head.i != t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ in HOST_PREPS and t.head.head.pos_ == "NOUN"


def dateline_of(article) -> str | None:
    """The dateline of an article: given apart (a JSON Lines ``dateline`` field), else read off the head
    of its body or its lead ("TOKYO, March 27 - ...", "WASHINGTON (Reuters) - ...")."""
    given = getattr(article, "dateline", None)
    if given:
        return given
    m = dateline_match(article.text) or dateline_match(article.title)
    return m.group("city").strip() if m else None


def dateline_spans(article) -> dict[str, int]:
    """Where a dateline at the head of the body or the title ends, by field: it names where the story
    was filed, not an actor ("The Hague, June 26: NATO leaders agreed ...")."""
    out = {}
    for field_, text in (("text", article.text), ("title", article.title)):
        m = dateline_match(text)
        if m is not None:
            out[field_] = m.start("sep")
    return out


@dataclass(slots=True)
class Ref:
    """An entity of one article; becomes an :class:`Actor` in the output."""

    id: str
    key: str
    name: str
    kind: str
    code: str | None
    country: str | None
    sector: str | None
    role: str | None = None
    titles: set[str] = field(default_factory=set)
    surname: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    positions: list[tuple[int, int]] = field(default_factory=list)  # (segment, token) of mention heads
    subject_positions: set[tuple[int, int]] = field(default_factory=set)  # those that are clause subjects
    seen: set[tuple[int, str]] = field(default_factory=set)  # (start, in_) of mentions, for O(1) de-duplication

    def party(self, text: str) -> Party:
        return Party(text=text, actor=self.id, name=self.name, code=self.code,
                     country=self.country, sector=self.sector)

    def to_actor(self) -> Actor:
        return Actor(id=self.id, name=self.name, kind=self.kind, code=self.code, country=self.country,
                     sector=self.sector, role=self.role, key=self.key, mentions=list(self.mentions))


def _code(country: str | None, sector: str | None) -> str | None:
    if not country:
        return None
    return country + (sector or "")


# Capitalised words after a country or capital that make it part of another name ("the Uruguay Round").
NAME_TAILS = {"Round", "Club", "Accord", "Accords", "Agreement", "Agreements", "Declaration", "Protocol",
              "Process", "Convention", "Conventions", "Initiative", "Format", "Communique", "Consensus"}
PAIR_NOUNS = {"country", "nation", "government", "neighbour", "neighbor", "side"}
_COMPASS = {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeast",
            "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
            "the", "rural", "coastal"}
# The last word of a body's name (not a company's): "Semiconductor Industry Association".
BODY_WORDS = {"Association", "Associations", "Federation", "Council", "Chamber", "Union", "Institute", "Committee",
              "Confederation", "League", "Society", "Coalition", "Board", "Commission", "Agency", "Bureau",
              "Party", "Front", "Movement", "Caucus", "Congress", "Foundation"}
WATER_HEADS = {"Gulf", "Sea", "Bay", "Strait", "Straits", "Bight", "Horn"}


class ActorIndex:
    """The actors of one article and which tokens refer to them."""

    def __init__(self, date: dt.date | None):
        self.date = date
        self.refs: list[Ref] = []
        self.by_key: dict[str, Ref] = {}
        self.tok: dict[tuple[int, int], Ref] = {}  # (segment, token.i) -> Ref
        self.country_tok: dict[tuple[int, int], str] = {}  # demonym/country modifiers of things
        self.multi: dict[tuple[int, int], list[Ref]] = {}  # "the two leaders" -> both
        self.short_names: dict[str, Ref] = {}  # "treasury" after "U.S. Treasury": the article's own alias
        self.coordinated: set[tuple[int, int]] = set()  # mention heads with a conjunct: "Rwanda and Congo"
        self.home: str | None = None  # the country of the dateline ("ANKARA, March 28"), when there is one

    # -- building -------------------------------------------------------------------------------
    def get_or_create(self, key: str, **kw) -> Ref:
        ref = self.by_key.get(key)
        if ref is None:
            ref = Ref(id=f"A{len(self.refs) + 1}", key=key, **kw)
            self.refs.append(ref)
            self.by_key[key] = ref
        return ref

    def add_mention(self, ref: Ref, seg: int, parsed, tokens: range, head: int) -> None:
        doc = parsed.doc
        span = doc[tokens.start:tokens.stop]
        start = parsed.start + span.start_char
        text = span.text
        if (start, parsed.in_) not in ref.seen:
            ref.seen.add((start, parsed.in_))
            ref.mentions.append(Mention(text=text, start=start, end=start + len(text), in_=parsed.in_))
        ref.positions.append((seg, head))
        h = doc[head]
        if any(doc[i].dep_ == "conj" or any(c.dep_ == "conj" for c in doc[i].children) for i in tokens):
            self.coordinated.add((seg, head))
        if h.dep_ in ("nsubj", "nsubjpass") or (
                h.dep_ in ("amod", "compound", "poss", "nmod") and h.head.dep_ == "nsubj"
                and h.head.lemma_.lower() in SUBJECT_HEADS):
            # "The Venezuelan regime demanded ...": the country is the clause's subject.
            ref.subject_positions.add((seg, head))
        for i in tokens:
            self.tok.setdefault((seg, i), ref)

    # -- querying -------------------------------------------------------------------------------
    def actors(self) -> list[Actor]:
        return [r.to_actor() for r in self.refs if r.mentions]

    def ref_at(self, seg: int, i: int) -> Ref | None:
        return self.tok.get((seg, i))

    def last_before(self, seg: int, i: int, pred, *, window_segments: int = 3, sentence_start: int | None = None,
                    subject_first: bool = False, subject_ok=None) -> Ref | None:
        """The most recent actor satisfying ``pred`` before (seg, i); within the same sentence a clause
        subject is preferred over a later object ("Carney told Trump that his government ..."); with
        ``subject_first`` (a subject pronoun opening a clause: "Carney met Starmer. He said ..."), the
        most recent clause subject is preferred over a later object anywhere in the window."""
        best, best_pos = None, (-1, -1)
        subj, subj_pos = None, (-1, -1)
        any_subj, any_subj_pos = None, (-1, -1)
        for ref in self.refs:
            if not pred(ref):
                continue
            for pos in ref.positions:
                if pos < (seg, i) and seg - pos[0] <= window_segments:
                    if pos > best_pos:
                        best, best_pos = ref, pos
                    if (sentence_start is not None and pos[0] == seg and pos[1] >= sentence_start
                            and pos in ref.subject_positions and pos > subj_pos
                            and (subject_ok is None or subject_ok(pos))):
                        subj, subj_pos = ref, pos
                    if subject_first and pos in ref.subject_positions and pos > any_subj_pos:
                        any_subj, any_subj_pos = ref, pos
        return subj or any_subj or best


class Resolver:
    """Builds the :class:`ActorIndex` of an article from its parsed segments."""

    def __init__(self, dictionary):
        self.d = dictionary
        self.max_words = max(1, min(dictionary.max_words(), 8))
        # Every dictionary key and every word-prefix of one, for the linear phrase scan in _names.
        self._keys = set(dictionary._index) | set(dictionary._strict)
        self._prefixes: set[str] = set()
        for k in self._keys:
            words = k.split(" ")
            for m in range(1, len(words) + 1):
                self._prefixes.add(" ".join(words[:m]))
        self._iso: dict[str, bool] = {}

    # The entry point -------------------------------------------------------------------------------
    def resolve(self, parsed: list, date: dt.date | None, *, dateline: str | None = None,
                skip: dict[str, int] | None = None) -> ActorIndex:
        """The actors of one article. ``dateline`` ("TOKYO, March 27", "WASHINGTON"): where the story
        was filed; officials with a bare title ("Foreign Minister Tadashi Kuranari") and no other clue
        are taken to be of the country whose capital it names. ``skip``: per field ("text", "title"),
        the characters before this offset (a dateline) hold no actor."""
        idx = ActorIndex(date)
        pending: list[tuple[int, object, object, str]] = []
        for seg, p in enumerate(parsed):
            self._names(idx, seg, p, (skip or {}).get(getattr(p, "in_", "text"), 0) - p.start)
            self._descriptions(idx, seg, p, pending)
        if dateline:
            idx.home = self._dateline_country(dateline, idx)
            if idx.home:
                self._home_bodies(idx, parsed)
        self._acronyms(idx, parsed)  # after the bodies: "the Semiconductor Industry Association (SIA)"
        if pending:
            self._context_forces(idx, parsed, pending)
        self._headline_surnames(idx, parsed)
        self._surname_to_full_name(idx)
        self._joint_we(idx, parsed)
        self._dateline_officials(idx, idx.home, parsed)
        return idx

    @staticmethod
    def _acronyms(idx: ActorIndex, parsed: list) -> None:
        """"the Royal Canadian Mounted Police (RCMP) ... RCMP Deputy Commissioner Mike Duheme": an acronym
        the article defines in brackets after a body's name is that body wherever it is used, and a person
        named right after it with no country of their own is of the body's country."""
        alias: dict[str, Ref] = {}
        for seg, p in enumerate(parsed):
            doc = p.doc
            for t in doc:
                if t.text != "(" or t.i == 0 or t.i + 2 >= len(doc) or doc[t.i + 2].text != ")":
                    continue
                a = doc[t.i + 1]
                r = idx.tok.get((seg, t.i - 1))
                if r is not None and r.kind in ("organization", "government", "igo", "group") and r.country and \
                        a.text.isalpha() and a.text.isupper() and 2 <= len(a.text) <= 6 and \
                        idx.tok.get((seg, a.i)) in (None, r):
                    alias.setdefault(a.text, r)
        if not alias:
            return
        for seg, p in enumerate(parsed):
            doc = p.doc
            for t in doc:
                r = alias.get(t.text)
                if r is None:
                    continue
                q = idx.tok.get((seg, t.i))
                if q is None:
                    idx.add_mention(r, seg, p, range(t.i, t.i + 1), t.i)
                    # "RCMP Deputy Commissioner Mike Duheme": the person the acronym's title introduces
                    q = next((idx.tok[(seg, k)] for k in range(t.i + 1, min(len(doc), t.i + 6))
                              if (seg, k) in idx.tok), None)
                # (else the acronym was read as part of the person's name)
                if q is not None and q.kind == "person" and q.country is None:
                    q.country, q.code = r.country, _code(r.country, q.sector or r.sector)

    @staticmethod
    def _home_bodies(idx: ActorIndex, parsed: list) -> None:
        """"WASHINGTON - The Semiconductor Industry Association urged ...": an association, council or
        union the dictionary does not know, named in a story filed from a capital, is of that country (not
        a company: "Toyota" in a story from Washington)."""
        for seg, p in enumerate(parsed):
            doc = p.doc
            for ent in doc.ents:
                if ent.label_ != "ORG" or ent[-1].text not in BODY_WORDS or \
                        any((seg, t.i) in idx.tok for t in ent) or not ent[0].text[:1].isupper():
                    continue
                name = " ".join(ent.text.split())
                country = idx.home
                owner = next((c for c in ent.root.children if c.dep_ == "poss" and c.i < ent.start), None)
                oref = idx.ref_at(seg, owner.i) if owner is not None else None
                if oref is not None and oref.country and oref.kind in ("country", "government"):
                    country = oref.country  # "South Africa's Standstill Coordinating Committee" from London
                ref = idx.get_or_create(f"org:{name.lower()}@{country}", name=name, kind="organization",
                                        code=country, country=country, sector=None, role=None)
                idx.add_mention(ref, seg, p, range(ent.start, ent.end), ent.end - 1)

    def _dateline_country(self, dateline: str, idx: ActorIndex) -> str | None:
        """The country whose capital a dateline names ("ANKARA, March 28" -> TUR); a city that is no capital
        ("RIO DE JANEIRO") only when its country is the one the story names most (not "GENEVA" for a GATT
        story, nor "NEW YORK" for the UN)."""
        city = dateline.split(",")[0].split("(")[0].strip()
        if not city or len(city) > 40:
            return None
        entries = self.d.lookup(city) or self.d.lookup(city.title())
        capital = next((e.country for e in entries if e.kind in ("government", "country") and e.country
                        and self._is_country(e.country)), None)
        if capital is not None:
            return capital
        place = next((e.country for e in entries if e.kind == "place" and e.country and self._is_country(e.country)),
                     None)
        if place is None:
            return None
        counts: dict[str, int] = {}
        for r in idx.refs:
            if r.kind in ("country", "government") and r.country and self._is_country(r.country):
                counts[r.country] = counts.get(r.country, 0) + len(r.mentions)
        top = max(counts.values(), default=0)
        return place if top and counts.get(place, 0) == top and list(counts.values()).count(top) == 1 else None

    def _dateline_officials(self, idx: ActorIndex, country: str | None, parsed: list) -> None:
        for ref in idx.refs:
            if ref.kind == "person" and ref.country is None and ref.sector in ("GOV", "MIL", "JUD", "LEG", "LAB", "AGR", None):
                # "Brazil is not happy with ..., Finance Minister Dilson Funaro said" (in a story from London):
                # an official nothing else places is of the country his own name words name or whose
                # position he states where first named (_sentence_country); else, "government spokesman
                # Yannis Roubatis" in a story from Athens, or "miners union chief Simon Reyes" in one from La
                # Paz, of the dateline's
                own = self._sentence_country(idx, ref, parsed) or self._mate_country(idx, ref, parsed)
                if own or country:
                    ref.country = own or country
                    ref.code = _code(ref.country, ref.sector)

    def _mate_country(self, idx: ActorIndex, ref, parsed: list) -> str | None:
        """"Funaro and Gros visited Washington", "Murata and other senior Japanese officials": the one
        country of the people ``ref`` is named together with (joined by "and"), wherever he is."""
        mates = set()
        for seg, i in ref.positions:
            head = parsed[seg].doc[i]  # (unparsed paragraphs have no "conj" to follow)
            while head.dep_ in ("compound", "flat") and head.head.i != head.i:
                head = head.head
            joined = [c for c in head.children if c.dep_ == "conj"] + ([head.head] if head.dep_ == "conj" else [])
            mates |= {r.country for t in joined if (r := idx.ref_at(seg, t.i)) is not None and r is not ref
                      and r.kind in ("person", "group") and r.country and self._is_country(r.country)}
        return next(iter(mates)) if len(mates) == 1 else None

    def _sentence_country(self, idx: ActorIndex, ref, parsed: list) -> str | None:
        """The country ``ref``'s own phrase names where he is first named ("Brazilian Coffee Institute
        President Jorio Dauster"), or whose position he states there (the subject of the clause he reports:
        "Brazil is not happy with the committee, Finance Minister Dilson Funaro said"), or None."""
        first = min((pos for pos in ref.positions if getattr(parsed[pos[0]], "in_", "text") != "title"), default=None)
        if first is None:
            return None
        seg, i = first
        doc = parsed[seg].doc
        if not doc.has_annotation("DEP"):
            return None
        head = doc[i]
        # "Brazilian Coffee Institute, IBC, President Jorio Dauster": the person's own phrase names a country
        lo = head.left_edge.i
        while lo > head.sent.start and doc[lo - 1].dep_ != "pobj" and (
                doc[lo - 1].pos_ == "PROPN" or doc[lo - 1].text in (",", "of")):
            lo -= 1  # the run of name words before it ("Brazilian Coffee Institute, IBC, President ...")
        # (a modifier in it, not a country ending another phrase: "bullying by Washington, spokesman Lin Jian")
        own = {r.country for k in range(lo, head.i) if (r := idx.ref_at(seg, k)) is not None
               and doc[k].dep_ in ("compound", "amod", "poss", "nmod")
               and r is not ref and r.kind in ("country", "government") and r.country and self._is_country(r.country)}
        if len(own) == 1:
            return next(iter(own))
        verb = head.head
        if head.dep_ != "nsubj" or verb.lemma_.lower() not in REPORTING_LEMMAS or ref.sector is None:
            return None  # (not "Ron Feinstein, an analyst, said reports of heavy Japanese buying ...": no office)
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")] or (
            [verb.head] if verb.dep_ in ("ccomp", "parataxis") else [])
        found = {r.country for c in clauses for g in c.children if g.dep_ in ("nsubj", "nsubjpass")
                 if (r := idx.ref_at(seg, g.i)) is not None and r is not ref and r.kind in ("country", "government")
                 and r.country and self._is_country(r.country)}
        return next(iter(found)) if len(found) == 1 else None

    @staticmethod
    def _surname_to_full_name(idx: ActorIndex) -> None:
        """"LYNG" in the headline and "Lyng said" bound to the dictionary's Lyng (a Norwegian premier of
        1963, in no office on the article date) while the body names "Agriculture Secretary Richard Lyng":
        the bare surname is the article's own full-named person. Only when exactly one such person has
        that surname, and when the dictionary's holds an office that day only if the article's does too
        ("President Saddam Hussein ... Hussein warned", not King Hussein)."""
        people = [r for r in idx.refs if r.kind == "person" and r.mentions]
        for r1 in people:
            words = {" ".join(m.text.split()).lower() for m in r1.mentions}
            if len(words) != 1 or " " in next(iter(words)):
                continue
            word = next(iter(words))
            full = [r2 for r2 in people if r2 is not r1 and r2.mentions and len(r2.name.split()) >= 2
                    and (r2.surname or r2.name.split()[-1]).lower() == word]
            if len(full) != 1 or (r1.role is not None and (full[0].role is None or r1.titles)):
                continue  # (a title names the dictionary's own: "King Hussein met President Saddam Hussein")
            r2 = full[0]
            for m in r1.mentions:
                if (m.start, m.in_) not in r2.seen:
                    r2.seen.add((m.start, m.in_))
                    r2.mentions.append(m)
            r2.mentions.sort(key=lambda m: (m.in_ != "title", m.start))
            r2.positions = sorted(set(r2.positions) | set(r1.positions))
            r2.subject_positions |= r1.subject_positions
            for k, ref in idx.tok.items():
                if ref is r1:
                    idx.tok[k] = r2
            r1.mentions, r1.positions, r1.subject_positions = [], [], set()

    @staticmethod
    def _joint_we(idx: ActorIndex, parsed: list) -> None:
        """A joint statement: "We, the leaders of Spain, Italy, Sweden and Canada, are in Kyiv ...". That "we", and every "we", "us" and "our" after it in the same and the next
        JOINT_WE_SEGMENTS paragraphs, are all the countries named (two or more)."""
        until = -1
        group: list = []
        for seg, p in enumerate(parsed):
            if seg > until:
                group = []
            if not _WE.search(doc_text(p.doc)):
                continue  # most paragraphs: no Token objects built
            for t in p.doc:
                low = t.lower_
                if low not in ("we", "us", "our") or t.pos_ != "PRON":
                    continue  # "the US" is no "us"
                found = []
                if low == "we":
                    for c in t.children:
                        if c.dep_ != "appos" or c.lemma_.lower() not in JOINT_HEADS:
                            continue
                        for prep in (g for g in c.children if g.dep_ == "prep" and g.lower_ == "of"):
                            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                                for m in [obj, *obj.conjuncts]:
                                    r = idx.ref_at(seg, m.i)
                                    if r is not None and r.kind in ("country", "government") and r not in found:
                                        found.append(r)
                if len(found) >= 2:
                    group, until = found, seg + JOINT_WE_SEGMENTS
                if group and (seg, t.i) not in idx.multi:
                    idx.multi[(seg, t.i)] = group

    def _headline_surnames(self, idx: ActorIndex, parsed: list) -> None:
        """"NAKASONE TO VISIT WASHINGTON": an all-capitals headline is lower-cased before parsing and
        comes before the body that names the person in full, so its bare surnames are bound afterwards
        to the people of the article with that surname; with no such person (a headline-only story,
        "SHULTZ AND SHEVARNADZE TO MEET"), to the one person of the dictionary with that surname in
        office on the article date."""
        people = {r.surname.lower(): r for r in idx.refs if r.kind == "person" and r.surname and r.mentions
                  and len(r.surname) > 3}
        for seg, p in enumerate(parsed):
            if p.in_ != "title":
                continue
            for t in p.doc:
                if (seg, t.i) in idx.tok or t.pos_ not in ("NOUN", "PROPN") or \
                        t.dep_ in ("compound", "amod") and t.head.pos_ == "NOUN" and (seg, t.head.i) not in idx.tok:
                    continue
                ref = people.get(t.lower_)
                if ref is None and t.is_lower and len(t) > 4 and not t.is_stop and idx.date is not None \
                        and self.d.title(t.lower_) is None:
                    ref = self._known_surname(idx, t.text.capitalize(), any_date=False)
                if ref is not None:
                    idx.add_mention(ref, seg, p, range(t.i, t.i + 1), t.i)

    def _context_forces(self, idx: ActorIndex, parsed: list, pending: list) -> None:
        """"the Army", "troops", "the regime" with no owner: the country of the context -- the most
        mentioned country in the paragraph before the noun, else in the article before it, else in the
        whole article (a headline). One pass over the article's mentions, then one per paragraph."""
        by_seg: dict[int, list[tuple[int, str]]] = {}
        located: set[tuple[int, int]] = set()  # "ships lay idle in Spain and South Africa": places, not parties
        for ref in idx.refs:
            if not self._is_country(ref.country) or (ref.code and not ref.code.startswith(ref.country)):
                continue  # IGOs; "IMGMUS" (al-Qaeda): a religious code, not Mauritius
            for pos in ref.positions:
                if _affair_name(parsed[pos[0]].doc, pos[1]):
                    continue  # "the Iran-Contra hearings ..., Senate officials said": no context for the Senate
                by_seg.setdefault(pos[0], []).append((pos[1], ref.country))
                doc = parsed[pos[0]].doc
                if _located(doc[pos[1]]):
                    located.add(pos)
        total: dict[str, int] = {}
        for items in by_seg.values():
            for _, c in items:
                total[c] = total.get(c, 0) + 1
        before: dict[str, int] = {}
        last: tuple[int, str] | None = None  # the last mention of the paragraphs before
        houses: dict[str, str] = {}  # a legislature's country, by its noun, once found
        done_seg = -1
        for seg, p, t, sector in sorted(pending, key=lambda x: (x[0], x[2].i)):
            while done_seg < seg - 1:
                done_seg += 1
                for i, c in by_seg.get(done_seg, ()):
                    before[c] = before.get(c, 0) + 1
                    if (last is None or last[0] < done_seg * 100000 + i) and (done_seg, i) not in located:
                        last = (done_seg * 100000 + i, c)
            here: dict[str, tuple[int, int]] = {}
            for i, c in by_seg.get(seg, ()):
                if i < t.i:
                    n, at = here.get(c, (0, -1))
                    here[c] = (n + 1, max(at, i))
            country = self._place_of(idx, seg, t) if sector in CIVIL_SECTORS else None
            if country is None and not here and _quoted(p.doc, t):
                # '"The army and navy are on alert," a general of the Turkish General Staff told
                # reporters': the quoted speaker's own forces
                after = sorted((i, c) for i, c in by_seg.get(seg, ()) if i > t.i and t.sent.end > i)
                after = [(i, c) for i, c in after if not _quoted(p.doc, p.doc[i])]
                if after:
                    country = after[0][1]
            if sector == "LEG" and country is None:
                country = houses.get(t.lemma_.lower())  # "the Senate" again: the one named before
            # "the Foreign Ministry in Beijing", "the regime in Iran", "the government in Kabul": the seat's
            # (not "troops in Lebanon": forces are often abroad)
            # (also an "in" the parse hung on the verb right after: "recognized the new government in Haiti")
            ins = [*t.children, *(c for c in t.head.children if t.dep_ == "dobj" and c.i == t.right_edge.i + 1)]
            at = next((r for c in ins if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                       if g.dep_ == "pobj" and (r := idx.ref_at(seg, g.i)) is not None and r.country
                       and self._is_country(r.country)), None) if sector == "GOV" else None
            if at is not None:
                country = at.country
            elif t.lemma_.lower() == "ministry":
                # "the foreign ministry said" in a story from Paris: France's; with no dateline, whose it is is
                # a guess (the last country named is as often the one it speaks about)
                country = idx.home
                if country is None:
                    continue
            if country is not None:
                pass
            elif here:
                # forces: the paragraph's main country; "the government", "the regime": the last named
                country = max(here, key=lambda c: (here[c][1], here[c][0]) if sector == "GOV" else here[c])
            elif before:
                country = last[1] if sector == "GOV" and last is not None else max(before, key=lambda c: before[c])
            elif idx.home and sector in ("GOV", "LEG"):
                country = idx.home  # "WASHINGTON - The Senate urged ...": the dateline's government
            elif total:
                country = max(total, key=lambda c: total[c])  # a headline, a first sentence: the article's
            if country is None:
                continue
            low = t.lemma_.lower()
            if sector == "LEG":
                houses.setdefault(low, country)
            ref = idx.get_or_create(f"group:{country}{sector}", name=f"{country} {low}", kind="group",
                                    code=_code(country, sector), country=country, sector=sector, role=low)
            idx.add_mention(ref, seg, p, self._np_range(t), t.i)

    # Names: dictionary windows, then NER people ---------------------------------------------------
    def _names(self, idx: ActorIndex, seg: int, p, skip_chars: int = 0) -> None:
        doc = p.doc
        text = doc_text(doc)
        n = len(doc)
        i = 0
        taken: set[int] = set()
        while skip_chars > 0 and i < n and doc[i].idx < skip_chars:
            taken.add(i)  # a dateline: where the story was filed, not who acts
            idx.tok.setdefault((seg, i), None)
            i += 1
        title = getattr(p, "in_", "text") == "title"
        tagged = doc.has_annotation("TAG")  # untagged: a segment the pre-filter left unparsed
        # "<China Sports Service Corp> of China", "<Bank of Tokyo Ltd>": Reuters marks a company's name with
        # angle brackets; the country or city in it is part of the name
        quoted_names = {k for m in _TICKER_NAME.finditer(text) for k in range(n)
                        if m.start() <= doc[k].idx < m.end()} if "<" in text else set()
        if title or _IDX is None:
            starts = caps = range(n)  # a headline: lower-cased words may be names too
        else:
            # Only a token starting with a capital or "the" can open a name (the test below): the
            # others, most of a text, are skipped by their first character, without a Token object.
            offsets = doc.to_array(_IDX).tolist()
            starts = caps = [k for k, o in enumerate(offsets) if text[o] in _NAME_START]
        for c in starts:
            if c < i or c in quoted_names:
                continue  # inside the name found last, or a company's name in angle brackets
            i = c
            tok = doc[i]
            # A headline is lower-cased by normalize.clean_title except known names: there, a
            # lower-case non-stop word may still be a name or demonym ("1,200 libyans").
            lowered = title and tok.is_lower and not tok.is_stop and len(tok) > 2 and tok.pos_ in ("PROPN", "NOUN", "ADJ")
            if not (_CAPS.match(tok.text) or tok.lower_ == "the" or lowered) or tok.is_punct:
                continue
            hit = None
            # Grow the phrase word by word while it is the beginning of some dictionary key: linear in
            # the text, and no Span objects are built (this loop runs on every token of a corpus).
            start = tok.idx
            for j in range(i + 1, min(n, i + self.max_words) + 1):
                last = doc[j - 1]
                key = norm(text[start:last.idx + len(last)])
                if key != "the" and key not in self._prefixes:
                    break
                if last.is_punct and last.text != ".":
                    continue
                if j - i == 1 and (tok.is_stop or tok.lower_ == "the") and not tok.is_upper:
                    continue
                if key in self._keys:
                    entries = self.d.lookup(text[start:last.idx + len(last)])
                    if not entries and j - i == 1 and tok.is_title and len(tok) >= 4 and \
                            not (tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I"):
                        # "Hamas", "Unita": an acronym-only alias written as a word (not the surname
                        # closing a person's name: "Antonio Ortiz Mena" is no news agency MENA).
                        entries = [e for e in self.d.lookup(tok.text.upper())
                                   if e.kind in ("group", "organization", "igo")]
                    if entries:
                        hit = (j, entries)
            if hit is not None and all(getattr(e, "kind", None) in ("country", "government") for e in hit[1]) and \
                    _company_name(doc, hit[0] - 1):
                i = hit[0]
                continue  # "Japan Air Lines": a country's name opening a company's
            if hit is None and regional(tok):
                continue  # "Latin American countries", "Central Americans": a region, not the United States
            if hit is None:
                end, code = self._long_demonym(doc, text, i, title)
                if code is None and (tok.pos_ in ("ADJ", "PROPN", "NOUN") or not tagged):
                    code = self.d.demonym(tok.text.capitalize() if lowered else tok.text)
                country = self.d.country(code) if code else None
                if country is not None and _company_name(doc, end - 1):
                    continue  # "American Motors Corp": a demonym opening a company's name
                if country is not None:
                    # "Canadian goods", "Japanese officials", "South African sanctions": the demonym is a
                    # mention of the country.
                    res = self.d.resolve(country, idx.date)
                    if self._is_modifier(doc[end - 1]):
                        for k in range(i, end):
                            idx.country_tok[(seg, k)] = res.country
                    ref = idx.get_or_create(country.key, name=country.name, kind=country.kind,
                                            code=res.code or res.country, country=res.country, sector=res.sector)
                    idx.add_mention(ref, seg, p, range(i, end), end - 1)
                    taken.update(range(i, end))
                    i = end
                continue
            j, entries = hit
            if doc[i].lower_ == "the" and j - i == 1:
                continue
            if j + 1 < n and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ and \
                    doc[j + 1].is_alpha and doc[j + 1].is_lower:
                # "Chang Chi-cheng" is no "Chang Chi" (a place): the name goes on inside the hyphenated word
                i = j
                continue
            if not isinstance(entries, tuple) and all(e.kind == "person" for e in entries) and \
                    all(t.is_lower for t in doc[i:j]):
                # "the king would be told": a common word, not the dictionary's Mackenzie King
                i = j
                continue
            if not isinstance(entries, tuple) and all(e.kind == "person" for e in entries) and j < n and (
                    doc[j].text in FACILITY_WORDS or (
                    j - i == 1 and doc[j].ent_type_ == "PERSON" and doc[j - 1].ent_type_ == "PERSON" and not doc[j].ent_iob_ == "B"
                    and doc[j].pos_ == "PROPN" and _CAPS.match(doc[j].text)) or (
                    j - i == 1 and j + 1 < n and doc[j].text in NAME_PARTICLES and _CAPS.match(doc[j + 1].text))):
                # "Ben Gurion Airport" is a place; "Yahya Sarea" is not the "Yahya" of the dictionary, nor
                # "Michael de Groote" the one-word "Michael" (a Romanian king): the name goes on, so the
                # dictionary's shorter name is not this one.
                i = j
                continue
            if not isinstance(entries, tuple) and j - i == 1 and j < n and all(e.kind == "person" for e in entries) \
                    and (info := self.d.title(tok.lower_)) is not None and info.person \
                    and doc[j].pos_ == "PROPN" and _CAPS.match(doc[j].text):
                # "King Fahd", "General Ergenc": a title before a name, not the dictionary's Mr King
                continue
            if not isinstance(entries, tuple) and j - i == 1 and i > 0 and all(e.kind == "person" for e in entries) \
                    and doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "I" and doc[i - 1].pos_ == "PROPN" \
                    and _CAPS.match(doc[i - 1].text) and not any(
                        doc[i - 1].text.lower() in (e.name + " " + " ".join(e.aliases)).lower().split() for e in entries):
                # "Stephen King" is not the "King" of the dictionary (W. L. Mackenzie King): a first name the
                # dictionary's person does not have. Left to NER as a person of its own.
                i = j
                continue
            if isinstance(entries, tuple):
                key, name, country = entries
                ref = idx.get_or_create(key, name=name, kind="group", code=country + "REB", country=country,
                                        sector="REB")
                h = j - 1
                while h > i and doc[h].is_punct:
                    h -= 1
                idx.add_mention(ref, seg, p, range(i, j), h)
                taken.update(range(i, j))
                i = j
                continue
            if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].text in WATER_HEADS and all(
                    e.kind in ("country", "government", "place") for e in entries):
                # "the Gulf of Guinea", "the Sea of Japan", "the Bay of Bengal": a sea, not the country
                taken.update(range(i, j))
                i = j
                continue
            if j < n and doc[j].text in NAME_TAILS and all(e.kind in ("country", "government") for e in entries):
                # "the Uruguay Round", "the Paris Club", "the Oslo Accords": the name of a round of talks,
                # a club, a document, not the country acting
                taken.update(range(i, j + 1))
                i = j + 1
                continue
            prev = idx.tok.get((seg, i - 1)) if i > 0 else None
            if prev is not None and prev.country and prev.kind in ("country", "government") and all(
                    e.kind in ("government", "person") and e.country and e.country != prev.country for e in entries):
                # "the UK Secretary of State for Defence": the country before the title says whose it is,
                # not the dictionary's (US) Secretary of State
                i = j
                continue
            if j - i >= 2 and all(e.kind == "person" for e in entries):
                # "Sheikh Mohammed bin Abdulrahman | bin Jassim Al-Thani": the rest of the name NER
                # reads as one person belongs to this mention, not to a new person.
                k = j
                while k < n and doc[k].ent_type_ == "PERSON" and doc[k - 1].ent_type_ == "PERSON" and (
                        doc[k].ent_iob_ == "I" or (k == j and doc[k].is_lower)):  # "... bin Jassim Al-Thani"
                    k += 1
                j = k
            self._bind_entry(idx, seg, p, range(i, j), entries)
            taken.update(range(i, j))
            i0 = i + 1 if doc[i].lower_ == "the" else i
            if j - i0 >= 2 and (self.d.demonym(doc[i0].text) or any(
                    e.kind == "country" for e in self.d.lookup(doc[i0].text))):
                # "U.S. Treasury", "Japanese Foreign Ministry": later in the article "the Treasury" is it
                ref = idx.ref_at(seg, j - 1)
                if ref is not None and ref.kind in ("government", "organization", "igo", "group"):
                    idx.short_names.setdefault(norm(text[doc[i0 + 1].idx:doc[j - 1].idx + len(doc[j - 1])]), ref)
            i = j
        # NER people the dictionary does not know; also PROPN runs mislabelled GPE/ORG, or missed by NER
        # ("Trump spoke with ..."), whose last word is a known surname.
        for ent in doc.ents:
            if any(t.i in taken for t in ent):
                continue
            toks = [t for t in ent if t.pos_ in ("PROPN", "NOUN") or _CAPS.match(t.text)]
            if not toks:
                continue
            if ent.label_ == "PERSON" and ent.start > 0 and doc[ent.start - 1].lower_ == "the" and \
                    ent[-1].dep_ == "compound" and ent[-1].head.pos_ == "NOUN" and ent[-1].head.i >= ent.end:
                continue  # "the Haj Omran border area": a place naming a thing, no unknown person
            if ent.label_ == "PERSON" and ent.end < n and doc[ent.end].lower_ in GEO_WORDS:
                taken.update(range(ent.start, ent.end))
                continue  # "near Bu Musa island", "the Fao peninsula": a place, no unknown person
            if ent.label_ == "PERSON" and not (ent.end < n and doc[ent.end].text in FACILITY_WORDS) and \
                    ent[-1].text not in FACILITY_WORDS:  # "Ben Gurion Airport" is a place
                self._bind_person(idx, seg, p, range(toks[0].i, toks[-1].i + 1))
                taken.update(range(ent.start, ent.end))
        k = 0
        for c in caps:  # a name word starts with a capital
            if c < k:
                continue
            k = c
            t = doc[k]
            if t.i in taken or t.pos_ not in ("PROPN", "NOUN") or not _CAPS.match(t.text) or (seg, k) in idx.tok:
                continue
            j = k
            while j + 1 < n and doc[j + 1].pos_ in ("PROPN", "NOUN") and doc[j + 1].i not in taken and _CAPS.match(doc[j + 1].text):
                j += 1
            if j + 1 < n and doc[j + 1].lower_ in GEO_WORDS:
                k = j + 1
                continue  # "near Bu Musa island": a place, not a person with a known surname
            short = idx.short_names.get(norm(text[t.idx:doc[j].idx + len(doc[j])])) if idx.short_names else None
            if short is not None:
                idx.add_mention(short, seg, p, range(k, j + 1), j)
                taken.update(range(k, j + 1))
            elif j - k < 3 and self._known_surname(idx, doc[j].text, any_date=doc[j].ent_type_ == "PERSON") is not None:
                self._bind_person(idx, seg, p, range(k, j + 1))
                taken.update(range(k, j + 1))
            elif j > k and self._titled_name(doc, k, j):
                self._bind_person(idx, seg, p, range(k, j + 1))
                taken.update(range(k, j + 1))
            k = j + 1

    def _titled_name(self, doc, k: int, j: int) -> bool:
        """A name the tagger missed, told by a personal title before it: "General Guven Ergenc"
        (tagged a work of art), "spokesman Ahmet Kaya". Two or three name words after the titles, none a
        title itself, none tagged a place, a nationality or an organisation."""
        title = self.d.title
        start = k
        while start <= j and (info := title(doc[start].lower_)) is not None and info.person:
            start += 1
        if start == k:
            before = doc[k - 1] if k > 0 else None
            if before is None or not before.is_lower or (info := title(before.lower_)) is None or not info.person:
                return False
        words = doc[start:j + 1]
        return 2 <= len(words) <= 3 and all(
            t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "LOC", "NORP", "ORG", "FAC", "DATE") and title(t.lower_) is None
            for t in words)

    def _bind_entry(self, idx: ActorIndex, seg: int, p, toks: range, entries) -> None:
        doc = p.doc
        entry = self._pick(entries, idx.date)
        if entry.kind == "person" and len(toks) == 1:
            # "Abdullah" after "Crown Prince Abdullah Ibn Abdulaziz": the article's person of that
            # given name, not the dictionary's other Abdullah.
            low = doc[toks.start].lower_
            prior = next((r for r in reversed(idx.refs) if r.kind == "person" and r.mentions and
                          len(r.name.split()) > 1 and r.name.split()[0].lower() == low), None)
            if prior is not None:
                idx.add_mention(prior, seg, p, toks, toks.start)
                return
        if entry.kind == "person" and len(toks) == 1 and idx.date is not None and not self.d.resolve(entry, idx.date).role:
            # "Lyng" in 1987: not the Norwegian premier of 1963 known by that one name, but the one person
            # of that surname in office on the day (Richard Lyng, agriculture secretary).
            cands = [e for e in self.d.surname_candidates(doc[toks.start].text, idx.date) if e.key != entry.key]
            if len(cands) == 1:
                entry = cands[0]
        elif entry.kind == "person" and len(toks) == 1 and idx.date is not None and toks.start > 0 and \
                doc[toks.start - 1].lower_ in RULER_TITLES and self.d.resolve(entry, idx.date).role != "leader":
            # "King Hassan" in 1987: Morocco's ruling Hassan II, not Jordan's Prince Hassan known by that name
            rulers = [e for e in self.d.surname_candidates(doc[toks.start].text, idx.date)
                      if e.key != entry.key and self.d.resolve(e, idx.date).role == "leader"]
            if len(rulers) == 1:
                entry = rulers[0]
        # A person named in full: the title context may say otherwise (another country, another role).
        if entry.kind == "person":
            self._bind_person(idx, seg, p, toks, entry=entry)
            return
        head = toks.stop - 1
        if entry.kind == "government" and entry.country and idx.date is not None:
            # "the US president", "POTUS": an office named by a dictionary phrase is its holder then.
            info = self.d.title(doc[head].lower_)
            if info is not None and info.office in ("head_of_state", "head_of_government", "leader"):
                leader = self.d.leader(entry.country, info.office, idx.date, title=info.role)
                if leader is not None:
                    ref = self._person_ref(idx, leader)
                    ref.titles.add(info.phrase)
                    idx.add_mention(ref, seg, p, toks, head)
                    return
        res = self.d.resolve(entry, idx.date)
        if res.country is None and entry.kind in ("group", "organization") and res.code and len(res.code) >= 6:
            # "ANGREB" (UNITA): a legacy country code in the CAMEO code.
            c = LEGACY_CODES.get(res.code[:3]) or (res.code[:3] if self._is_country(res.code[:3]) else None)
            if c is not None:
                res = type(res)(code=c + res.code[3:], country=c, sector=res.sector, role=res.role,
                                office=getattr(res, "office", None))
        if entry.key == "country:GEO" and self._us_georgia(doc, toks):
            ref = idx.get_or_create("place:georgia-usa", name="Georgia (U.S. state)", kind="place", code="USA",
                                    country="USA", sector=None, role=None)
            idx.add_mention(ref, seg, p, toks, head)
            return
        if entry.kind == "government" and entry.key.startswith("metonym:") and toks.stop < len(doc) and \
                doc[toks.stop].text in CITY_NAMED:
            return  # "the Paris Club", "the Tokyo Round", "the London Interbank Offered Rate": part of a name
        if entry.kind == "government" and entry.key.startswith("metonym:") and doc[head].dep_ == "compound" and \
                _compound_head(doc[head]).lower_ in VENUE_NOUNS and _compound_head(doc[head]).dep_ != "ROOT":
            # "the Paris communique", "the London talks", "the Geneva accord": where it was made
            ref = idx.get_or_create(f"venue:{entry.key.split(':', 1)[1]}", name=entry.name, kind="place",
                                    code=res.country, country=res.country, sector=None, role=None)
            idx.add_mention(ref, seg, p, toks, head)
            return
        if entry.kind == "government" and entry.key.startswith("metonym:") and _named_after(doc[head]):
            # "The Bank of Tokyo", "Ericsson Telephone Co of Stockholm": the city in a name is a place,
            # not the government seated there.
            ref = idx.get_or_create(f"place:{entry.key.split(':', 1)[1]}", name=entry.name, kind="place",
                                    code=res.country, country=res.country, sector=None, role=None)
            idx.add_mention(ref, seg, p, toks, head)
            return
        if entry.kind in ("place", "government") and len(toks) == 1:
            # "Lyons said" after "Fred Lyons Jr.": the article's person of that surname
            prior = next((r for r in reversed(idx.refs) if r.kind == "person" and r.mentions and r.surname
                          and r.surname == doc[toks.start].text), None)
            if prior is not None:
                idx.add_mention(prior, seg, p, toks, toks.start)
                return
        if entry.kind in ("place", "government") and len(toks) == 1 and toks.start > 0 and \
                doc[toks.start].ent_type_ == "PERSON" and doc[toks.start - 1].ent_type_ == "PERSON" and \
                doc[toks.start - 1].pos_ == "PROPN" and not self.d.lookup(doc[toks.start - 1].text):
            # "Fred Lyons Jr.", "Jack London": a city's name closing a person's name is the person's
            ent = next(e for e in doc.ents if e.start <= toks.start < e.end)
            self._bind_person(idx, seg, p, range(ent.start, ent.end))
            return
        if entry.kind == "place":
            where = self._stated_country(doc, toks.stop)
            if where is None:  # named again: where the article said it is
                where = next((r.country for r in idx.refs if r.key and r.key.startswith(entry.key + "@")), None)
            if where is not None and where != res.country:
                # "Reinosa, in northern Spain": not the Mexican town of the same name
                ref = idx.get_or_create(f"{entry.key}@{where}", name=entry.name, kind="place", code=where,
                                        country=where, sector=None, role=None)
                idx.add_mention(ref, seg, p, toks, head)
                return
        if entry.kind == "country" and len(toks) == 1 and self._is_modifier(doc[head]):
            # "Canadian goods", "U.S. trade actions": the country qualifies a thing; still a mention.
            idx.country_tok[(seg, head)] = res.country
        ref = idx.get_or_create(entry.key, name=entry.name, kind=entry.kind, code=res.code or _code(res.country, res.sector),
                                country=res.country, sector=res.sector, role=res.role)
        idx.add_mention(ref, seg, p, toks, head)

    def _stated_country(self, doc, k: int) -> str | None:
        """The country a place is said to be in right after its name: "Reinosa, in northern Spain",
        "Quezon, Philippines"."""
        if k >= len(doc) or doc[k].text != ",":
            return None
        k += 1
        if k < len(doc) and doc[k].lower_ == "in":
            k += 1
        while k < len(doc) and doc[k].lower_ in _COMPASS:
            k += 1
        for n in (3, 2, 1):
            if k + n > len(doc) or any(t.is_punct for t in doc[k:k + n]):
                continue
            entries = self.d.lookup(doc[k:k + n].text)
            c = next((e.country for e in entries if e.kind == "country" and e.country), None)
            if c is not None:
                return c
        return None

    @staticmethod
    def _us_georgia(doc, toks) -> bool:
        """"the Georgia Democrat", "Georgia Senator Sam Nunn", "Atlanta, Georgia", "the state of Georgia":
        the U.S. state, not the country."""
        nxt = doc[toks.stop].text if toks.stop < len(doc) else ""
        before = doc[max(0, toks.start - 3):toks.start].text.lower()
        return nxt in _US_STATE_NEXT or "atlanta" in before or "state of" in before or nxt == "," and (
            toks.stop + 1 < len(doc) and doc[toks.stop + 1].text in ("Alabama", "Florida", "South", "Tennessee"))

    def _group_country(self, entry) -> str | None:
        res = self.d.resolve(entry, None)
        if self._is_country(res.country):
            return res.country
        if res.code and len(res.code) >= 6:
            c = LEGACY_CODES.get(res.code[:3]) or res.code[:3]
            return c if self._is_country(c) else None
        return None

    def _is_country(self, code: str | None) -> bool:
        """An ISO country code (not an IGO code such as EU or UN); memoised."""
        if not code:
            return False
        ok = self._iso.get(code)
        if ok is None:
            ok = self._iso[code] = len(code) == 3 and self.d.country(code) is not None
        return ok

    def _long_demonym(self, doc, text: str, i: int, title: bool) -> tuple[int, str | None]:
        """A demonym of two or three words starting at token ``i`` ("South African", "North Korean",
        "Sri Lankan", "S. African"): (the token after it, its country code), or (i + 1, None)."""
        n = len(doc)
        nxt = doc[i + 1] if i + 1 < n else None
        if nxt is None or doc[i].lower_ not in self.d.demonym_firsts or not (_CAPS.match(nxt.text) or title):
            return i + 1, None  # the words after the first are capitalised in running text
        start = doc[i].idx
        for k in (3, 2):
            if i + k > n:
                continue
            last = doc[i + k - 1]
            phrase = text[start:last.idx + len(last)]
            code = self.d.demonym(phrase.title() if title else phrase)
            if code:
                return i + k, code
        return i + 1, None

    @staticmethod
    def _is_modifier(tok) -> bool:
        return tok.dep_ in ("amod", "compound", "nmod", "poss") and tok.head.pos_ in ("NOUN", "PROPN")

    def _pick(self, entries, date):
        if len(entries) == 1:
            return entries[0]
        for e in entries:
            r = self.d.resolve(e, date)
            if r.role:
                return e
        return entries[0]

    # People -------------------------------------------------------------------------------------------
    def _known_surname(self, idx: ActorIndex, surname: str, *, any_date: bool = True) -> Ref | None:
        low = surname.lower()
        for ref in reversed(idx.refs):
            if ref.kind == "person" and ref.surname and ref.surname.lower() == low:
                return ref
        info = self.d.title(low)
        if info is not None and not info.person:
            return None  # "Army", "Police": a common noun, not a surname
        cands = self.d.surname_candidates(surname, idx.date) if idx.date else []
        if not cands and any_date and _CAPS.match(surname) and len(surname) > 3:
            # Nobody of that name in office that day ("Trump" in 2024, "Reagan" in 1995): the one person of
            # the dictionary with that surname, if there is only one, with no role.
            cands = self.d.surname_candidates(surname, None)
        if len(cands) > 1:
            # "King Faisal": the one-name king, not "Ameen Faisal"
            cands = [c for c in cands if c.name.lower() == low] or cands
        if len(cands) > 1 and idx.date:
            # "Zia" in 1987: Pakistan's ruling general, not Bangladesh's opposition leader (one holds office)
            ruling = [c for c in cands if getattr(self.d.resolve(c, idx.date), "sector", None) == "GOV"]
            cands = ruling if len(ruling) == 1 else cands
        return self._person_ref(idx, cands[0]) if len(cands) == 1 else None

    def _person_ref(self, idx: ActorIndex, entry) -> Ref:
        """The article's reference to a dictionary person, with the role held on the article date."""
        res = self.d.resolve(entry, idx.date)
        return idx.get_or_create(entry.key, name=entry.name, kind="person", code=res.code, country=res.country,
                                 sector=res.sector, role=res.role, surname=entry.name.split()[-1])

    def _bind_person(self, idx: ActorIndex, seg: int, p, toks: range, entry=None) -> None:
        doc = p.doc
        name_span = doc[toks.start:toks.stop]
        # Strip a possessive or trailing punctuation from the name.
        while len(name_span) > 1 and (name_span[-1].tag_ == "POS" or name_span[-1].is_punct):
            name_span = name_span[:-1]
        if len(name_span) > 1 and name_span[-1].lower_ in LEADER_GOV_NOUNS:
            # "the Reagan Administration" (a Phoenix alias of the man): the leader, and his government
            first = name_span.start + (name_span[0].lower_ == "the")
            self._bind_person(idx, seg, p, range(first, name_span.end - 1), entry)
            ref = idx.ref_at(seg, first)
            if ref is not None and ref.kind == "person" and ref.country:
                idx.add_mention(self._government(idx, ref.country), seg, p, range(name_span.start, name_span.end),
                                name_span[-1].i)
            return
        honorific = name_span.start > 0 and doc[name_span.start - 1].lower_ in _HONORIFICS
        # "PM Ishiba", "President Ruto" taken whole by NER: the title is the context, not the name.
        while len(name_span) > 1 and entry is None and (
                (info := self.d.title(name_span[0].lower_)) is not None and info.person) and not any(
                e.kind == "person" for e in self.d.lookup(name_span.text)):  # "Prince Abdullah" is a name
            honorific = honorific or name_span[0].lower_ in _HONORIFICS
            name_span = name_span[1:]
        while len(name_span) > 1 and entry is None and name_span[0].lower_ in ("mr", "mr.", "mrs", "mrs.", "ms", "ms.") \
                and not any(e.kind == "person" for e in self.d.lookup(name_span.text)):
            honorific = True  # "Mr Nakasone": the name is "Nakasone"
            name_span = name_span[1:]
        name = name_span.text
        words = name.split()
        head = name_span[-1].i
        ctx = self._title_context(idx, seg, p, name_span)
        ref = None
        if entry is None:
            if len(words) == 1:
                the = name_span.start > 0 and doc[name_span.start - 1].lower_ == "the"  # "the Sahel": no person
                ref = self._known_surname(idx, words[0], any_date=not the)
                if ref is None and honorific:
                    ref = self._longer_name_local(idx, words)  # "Sheikh Mohammed" after his full name
            else:
                entries = self.d.lookup(name)
                persons = [e for e in entries if e.kind == "person"]
                if persons:
                    entry = self._pick(persons, idx.date)
                elif len(words) <= 3:
                    ref = self._known_surname(idx, name, any_date=False)  # "De Clercq", "Perez de Cuellar"
        if ref is None and entry is not None:
            res = self.d.resolve(entry, idx.date)
            country, sector, role = res.country, res.sector, res.role
            if ctx.country and ctx.country != country:
                # The article says otherwise: trust it, under a key of its own.
                ref = idx.get_or_create(f"{entry.key}@{ctx.country}", name=entry.name, kind="person",
                                        code=_code(ctx.country, ctx.sector), country=ctx.country,
                                        sector=ctx.sector, role=ctx.title, surname=entry.name.split()[-1])
            else:
                if not role and ctx.sector:
                    sector, role = ctx.sector, ctx.title
                ref = idx.get_or_create(entry.key, name=entry.name, kind="person",
                                        code=res.code if res.role or not ctx.sector else _code(country, sector),
                                        country=country or ctx.country, sector=sector, role=role,
                                        surname=entry.name.split()[-1])
        if ref is None and len(words) > 1:
            # A carried-forward full name with a different first-name form ("Mr Carney") or a new person.
            prior = self._known_surname_local(idx, words[-1])
            shorter = self._longer_name_local(idx, words)
            if prior is not None and words[0] in ("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr."):
                ref = prior
            elif shorter is not None:
                ref = shorter  # "Sheikh Mohammed" after "Sheikh Mohammed bin Abdulrahman Al-Thani"
            else:
                key = "person:" + "-".join(w.lower() for w in words)
                last = next((w for w in reversed(words) if w not in NAME_SUFFIXES), words[-1])  # not "Jr."
                ref = idx.get_or_create(key, name=name, kind="person", code=_code(ctx.country, ctx.sector),
                                        country=ctx.country, sector=ctx.sector, role=ctx.title, surname=last)
        if ref is None:
            # A bare, unknown surname: a person of the article only when a title says who.
            if not (ctx.country or ctx.title):
                return
            key = "person:" + words[0].lower()
            ref = idx.get_or_create(key, name=name, kind="person", code=_code(ctx.country, ctx.sector),
                                    country=ctx.country, sector=ctx.sector, role=ctx.title, surname=words[-1])
        if ctx.title:
            ref.titles.add(ctx.title.lower())
            ref.titles.update(ph.lower() for ph in ctx.phrases)  # "the spokesperson" after "foreign ministry
            # spokesperson Lin Jian"
            if ref.country is None and ctx.country:
                ref.country, ref.sector = ctx.country, ctx.sector
                ref.code = _code(ctx.country, ctx.sector)
        idx.add_mention(ref, seg, p, range(name_span.start, name_span.end), head)
        for t in ctx.tokens:
            idx.tok.setdefault((seg, t), ref)

    @staticmethod
    def _longer_name_local(idx: ActorIndex, words: list[str]) -> Ref | None:
        """An earlier person of the article whose longer name holds these words in this order, from its
        first word ("Sheikh Mohammed") or as its last words ("De Croo" after "Herman De Croo")."""
        low = [w.lower() for w in words if w.lower() not in _HONORIFICS]
        if not low:
            return None
        for ref in reversed(idx.refs):
            if ref.kind != "person" or not ref.mentions:
                continue
            full = [w for w in ref.name.lower().split() if w not in _HONORIFICS]
            if len(full) > len(low) >= 2 and full[-len(low):] == low:
                return ref
            if len(full) <= len(low) or full[0] != low[0]:
                continue
            k = 0
            for w in full:
                if k < len(low) and w == low[k]:
                    k += 1
            if k == len(low):
                return ref
        return None

    def _known_surname_local(self, idx: ActorIndex, surname: str) -> Ref | None:
        for ref in reversed(idx.refs):
            if ref.kind == "person" and ref.surname and ref.surname.lower() == surname.lower():
                return ref
        return None

    # Title context: "Canadian Prime Minister", ", vice minister of Japan's Ministry of ..." -----------
    def _title_context(self, idx: ActorIndex, seg: int, p, name_span) -> "_Ctx":
        doc = p.doc
        ctx = _Ctx()
        # Left: contiguous title words, demonyms and country names before the name.
        j = name_span.start - 1
        left: list[int] = []
        while j >= 0 and name_span.start - j <= 7:
            t = doc[j]
            joined = t.text == "-" and not t.whitespace_ and j > 0 and not doc[j - 1].whitespace_  # "Director-General"
            if t.text == "." and j > 0 and doc[j - 1].is_lower and len(doc[j - 1]) > 3:
                break  # "... with Soviet women. Sgt. Clayton Lonetree": a sentence's end, not "Gen."
            if t.is_punct and t.text not in (".",) and not joined or t.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ") \
                    and not (t.pos_ == "VERB" and t.dep_ == "amod"):  # "acting", "outgoing" are title words
                if t.tag_ == "POS":  # "Japan's trade minister X": keep the possessive marker
                    left.append(j)
                    j -= 1
                    continue
                break
            left.append(j)
            j -= 1
        left.reverse()
        tokens = [doc[k] for k in left]
        # Right: an apposition after the name (", vice minister of Japan's Ministry of ...").
        head = name_span[-1]
        appos = [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
        if head.dep_ == "appos" and head.head.i < name_span.start:
            # "Japan's chief negotiator, Makoto Kuroda": the title is the head of the apposition.
            h = head.head
            if h.dep_ == "pobj" and _hosted(h) and self.d.title(h.head.head.lemma_.lower()) is not None:
                h = h.head.head  # "the Soviet ambassador to Kuwait, Ernest Zverev": parsed as Kuwait's
            tokens += [t for t in h.subtree if t.i < name_span.start]
        for a in appos:
            tokens += [t for t in a.subtree]
        self._read_title(idx, seg, tokens, ctx)
        ctx.tokens = [t for t in left if doc[t].tag_ != "POS"] if ctx.title or ctx.country else []
        return ctx

    def _read_title(self, idx: ActorIndex, seg: int, tokens, ctx: "_Ctx") -> None:
        words = [t for t in tokens]
        k = 0
        owner = next((idx.ref_at(seg, t.i) for t in words if t.dep_ == "poss" and idx.ref_at(seg, t.i) is not None
                      and idx.ref_at(seg, t.i).kind in ("country", "government")), None)
        if owner is None:
            # "The Soviet Union supports ..., its ambassador to Kuwait, Ernest Zverev, told KUNA"
            pron = next((t for t in words if t.dep_ == "poss" and t.lower_ in ("its", "their")), None)
            owner = self.pronoun(idx, seg, pron) if pron is not None else None
            if owner is not None and owner.kind not in ("country", "government"):
                owner = None
        if owner is not None and owner.country:
            ctx.country = owner.country  # "Pakistan's acting U.N. representative": Pakistan's official
        while k < len(words):
            t = words[k]
            if _hosted(t):
                k += 1  # "ambassador to Kuwait", "envoy in Tokyo": where the official serves, not whose
                continue
            bound = idx.ref_at(seg, t.i)
            if ctx.country is None and bound is not None and bound.country and bound.kind != "person" and (
                    bound.kind in ("country", "government", "igo") or (bound.code or "").startswith(bound.country)):
                # "MITI director general Noboru Hatakeyama", "EC Commissioner Willy De Clercq": the
                # organisation named in the title, already resolved, says whose official this is.
                ctx.country = bound.country
                k += 1
                continue
            # The longest title phrase starting here.
            found = None
            for m in range(min(len(words), k + 4), k, -1):
                phrase = " ".join(w.lower_ for w in words[k:m])
                info = self.d.title(phrase)
                if info is not None:
                    found = (m, phrase, info)
                    break
            if found:
                m, phrase, info = found
                ctx.phrases.append(phrase)
                if ctx.title is None or len(phrase) > len(ctx.title):
                    ctx.title, ctx.sector, ctx.office = phrase, info.sector or ctx.sector, info.office
                k = m
                continue
            if ctx.country is None:
                c = self.d.demonym(t.text) if not regional(t) else None
                if c is None and _CAPS.match(t.text):
                    entries = self.d.lookup(t.text)
                    c = next((e.country for e in entries if e.kind in ("country", "government", "igo") and e.country),
                             None)
                    if c is None:
                        # "UNITA leader Jonas Savimbi": an armed group's leader is of its country.
                        c = next((x for x in (self._group_country(e) for e in entries if e.kind == "group") if x), None)
                    if c is None and k + 1 < len(words):
                        entries = self.d.lookup(t.text + " " + words[k + 1].text)
                        c = next((e.country for e in entries if e.kind in ("country", "government")), None)
                if c:
                    ctx.country = c
            k += 1

    # Descriptions without names: "the US president", "Canadian officials", "Carney's office" ------
    def _descriptions(self, idx: ActorIndex, seg: int, p, pending: list | None = None) -> None:
        doc = p.doc
        tok = idx.tok
        title = self.d.title
        for t in doc:
            i = t.i
            if t.pos not in _NOUN_POS or (seg, i) in tok:
                continue
            t_lower = t.lower_
            low = t.lemma_.lower()
            if low in IGO_NOUNS and self._igo_description(idx, seg, p, t, low):
                continue
            if low in PAIR_NOUNS and t.tag_ == "NNS" and any(c.lower_ in ("two", "both") for c in t.children):
                # "the two countries", "both nations": the last two countries named, together.
                pair = self._last_two_countries(idx, seg, t)
                if pair:
                    idx.multi[(seg, i)] = pair
                    continue
            if low in ("neighbour", "neighbor") and t.tag_ == "NN" and self._neighbour(idx, seg, p, t):
                continue
            info = title(low) or title(t_lower)
            # A multiword title ending here: "prime minister", "trade representative".
            if i > 0 and (seg, i - 1) not in tok:
                phrase = f"{doc[i - 1].lower_} {t_lower}"
                two = title(phrase)
                if two is not None:
                    info, low = two, phrase
            if info is None and low not in _PLAIN_NOUNS_USED:
                # Neither a title nor a noun the steps below read: nothing to find (most nouns).
                continue
            mods = [c for c in t.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < i]
            country = None
            for m in mods:
                if regional(m):
                    continue  # "Latin American leaders"
                country = idx.country_tok.get((seg, m.i)) or self.d.demonym(m.text)
                ref = idx.ref_at(seg, m.i)
                if country is None and ref is not None and ref.kind in ("country", "government"):
                    country = ref.country
                if country:
                    break
            if info is not None and country and info.office and idx.date and self._singular(t):
                leader = self.d.leader(country, info.office, idx.date)
                if leader is not None:
                    ref = self._person_ref(idx, leader)
                    ref.titles.add(low)
                    idx.add_mention(ref, seg, p, self._np_range(t), t.i)
                    continue
            if info is not None and country:
                # "Canadian officials", "a Japanese official": a group (or unnamed person) of that country.
                sector = info.sector or "GOV"
                ref = idx.get_or_create(f"group:{country}{sector}", name=f"{country} {low}", kind="group",
                                        code=_code(country, sector), country=country, sector=sector, role=low)
                idx.add_mention(ref, seg, p, self._np_range(t), t.i)
                continue
            if info is not None and (t.lower_ in ("president", "minister", "premier", "chancellor", "leader", "king",
                                                  "queen", "emir", "monarch", "shah", "sultan", "emperor",
                                                  "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy")
                                     or " " in low):
                # "the prime minister": the last person of the article with that title.
                if any(c.lower_ in ("the",) for c in t.children):
                    alike = SAME_TITLES.get(low, {low})
                    prior = idx.last_before(seg, t.i, lambda r, alike=alike: r.kind == "person" and any(
                        ti in alike or ti.rsplit(" ", 1)[0] in alike and ti.endswith(HOSTED_ENDS) for ti in r.titles),
                                            window_segments=50)
                    if prior is None and info.office and idx.date:
                        # "Carney said ... 'We will fight,' the prime minister said": the last person named who
                        # holds that office of his country that day, though no title was written before his name
                        prior = idx.last_before(seg, t.i, lambda r, low=low, office=info.office: (
                            r.kind == "person" and r.country and (h := self.d.leader(r.country, office, idx.date, title=low))
                            is not None and h.key == r.key), window_segments=50)
                    if prior is not None:
                        idx.add_mention(prior, seg, p, self._np_range(t), t.i)
                        continue
            if info is not None and info.person and t.tag_ in ("NNS", "NNPS") and not country and any(
                    c.lower_ in ("the", "two", "both") for c in t.children):
                # "the two leaders", "the leaders": the last two people with a title, together.
                pair = self._last_two(idx, seg, t)
                if pair:
                    idx.multi[(seg, t.i)] = pair
                    for r in pair:
                        r.mentions.append(Mention(text=t.text, start=p.start + t.idx,
                                                  end=p.start + t.idx + len(t.text), in_=p.in_))
                    continue
            if pending is not None and not country:
                lem = t.lemma_.lower()
                sector = CONTEXT_NOUNS.get(lem) or ((CONTEXT_PLURAL.get(lem) or CIVIL_PLURAL.get(lem))
                                                    if t.tag_ in ("NNS", "NNPS") else None)
                if sector is not None and self._unowned(idx, seg, t):
                    pending.append((seg, p, t, sector))
                    continue
            if low in GOV_NOUNS or low in LEADER_GOV_NOUNS or (low in ("country", "nation") and t.tag_ == "NN"):
                owner = next((c for c in t.children if c.dep_ == "poss"), None)
                if owner is not None and low in ("country", "nation") and owner.lower_ not in ("his", "her"):
                    continue  # "Zia said his country would not bow": the speaker's (not "its country", "our")
                if owner is None and low in LEADER_GOV_NOUNS:
                    # "the Trump administration", "the Assad regime": a leader's government
                    owner = next((c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < t.i
                                  and (r := idx.ref_at(seg, c.i)) is not None and r.kind == "person"), None)
                if owner is None and self._the_administration(idx, doc, t):
                    # "talks with Administration officials", "the Administration has proposed": news
                    # copy's capitalised "Administration" standing alone is the U.S. government
                    idx.add_mention(self._government(idx, "USA"), seg, p, range(t.i, t.i + 1), t.i)
                    continue
                if owner is None:
                    continue
                oref = idx.ref_at(seg, owner.i) or self.pronoun(idx, seg, owner)
                if oref is None:
                    c = self.d.demonym(owner.text)
                    if c is None:
                        continue
                    country = c
                else:
                    country = oref.country
                if not country:
                    continue
                gov = self._government(idx, country)
                idx.add_mention(gov, seg, p, range(owner.i, t.i + 1), t.i)

    @staticmethod
    def _the_administration(idx: ActorIndex, doc, t) -> bool:
        """``t`` is a capitalised "Administration" that no name word qualifies ("the Food and Drug
        Administration", "Reagan Administration") and that heads no name ("Administration Court"), in a
        story that names the United States."""
        if t.text != "Administration" or t.tag_ not in ("NNP", "NN"):
            return False
        before = doc[t.i - 1] if t.i > 0 else None
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if before is not None and before.text[:1].isupper() and not (before.is_sent_start and before.lower_ == "the"):
            return False
        if after is not None and after.text[:1].isupper():
            return False
        if any(c.dep_ in ("prep", "compound", "poss") and c.text[:1].isupper() for c in t.children):
            return False
        return any(r.country == "USA" and r.kind in ("country", "government") for r in idx.refs)

    def _neighbour(self, idx: ActorIndex, seg: int, p, t) -> bool:
        """"Islamabad launched air strikes on its neighbour" after "Afghan counterparts": the country named
        last before it that is not its owner's."""
        owner = next((c for c in t.children if c.dep_ == "poss"), None)
        if owner is None:
            return False
        oref = idx.ref_at(seg, owner.i) or (self.pronoun(idx, seg, owner) if owner.pos_ == "PRON" else None)
        if oref is None or not oref.country:
            return False
        other = idx.last_before(seg, t.i, lambda r: r.kind in ("country", "government") and bool(r.country)
                                and r.country != oref.country and self._is_country(r.country), window_segments=2)
        if other is None:
            return False
        ref = other if other.kind == "country" else self._government(idx, other.country)
        idx.add_mention(ref, seg, p, range(owner.i, t.i + 1), t.i)
        return True

    @staticmethod
    def _place_of(idx: ActorIndex, seg: int, t) -> str | None:
        """The country of the place named with "in" in the sentence of ``t`` ("protesters in Nairobi",
        "marched in Tbilisi"), the nearest to ``t``."""
        best = None
        for tok in t.sent:
            if tok.dep_ != "pobj" or tok.head.lower_ != "in":
                continue
            ref = idx.ref_at(seg, tok.i)
            if ref is None or ref.kind not in ("country", "government", "place") or not ref.country or \
                    len(ref.country) != 3:
                continue
            # Its own "in" first ("protesters in Nairobi"), then its verb's ("marched in Tbilisi"), then the nearest.
            d = (0 if tok.head.head.i == t.i else 1 if tok.head.head.i == t.head.i else 2, abs(tok.i - t.i))
            if best is None or d < best[0]:
                best = (d, ref.country)
        return best[1] if best else None

    @staticmethod
    def _unowned(idx: ActorIndex, seg: int, t) -> bool:
        """No owner, country, name or "of"/"from" phrase says whose forces these are."""
        if any((seg, k) in idx.tok for k in range(t.left_edge.i, t.i)):
            return False  # "UN troops", "Al-Qaeda-linked rebels"
        if t.lemma_.lower() == "force" and any(c.dep_ in ("amod", "compound") and c.lower_ in NON_ARMED_FORCES
                                               for c in t.children):
            return False  # "market forces", "the labour force": no one's army
        for c in t.children:
            if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "from")):
                return False
            if c.dep_ in ("amod", "compound", "nmod") and c.i < t.i and (
                    (seg, c.i) in idx.tok or c.ent_type_ == "GPE" or (c.ent_type_ == "ORG" and not (
                        t.ent_type_ == "ORG" and t.ent_iob_ == "I"))):
                return False  # "UN troops", "Iraqi forces", "Contra rebels" ("Communist rebels" is not, nor
                # "the Foreign Ministry", a name of its own)
        return True

    def _igo_description(self, idx: ActorIndex, seg: int, p, t, low: str) -> bool:
        """"the bloc", "the 11-nation grouping", "the Commission": the most recent IGO of the article."""
        if low in IGO_CAPITAL_ONLY and not _CAPS.match(t.text):
            return False
        members = t.dep_ == "compound" and t.head.lemma_.lower() in MEMBER_NOUNS and any(
            c.dep_ == "det" and c.lower_ == "the" for c in t.head.children)  # "the council members"
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in t.children) and not members and not (
                low in IGO_CAPITAL_ONLY and t.dep_ == "compound" and (t.i > t.sent.start or t.pos_ == "PROPN")
                and not any(c.dep_ in ("compound", "amod") for c in t.children)):
            return False  # "the bloc"; "Commission officials" (capitalised, inside a sentence)
        if not self._unowned(idx, seg, t) or t.tag_ in ("NNS", "NNPS"):
            return False
        prefer = IGO_NOUNS[low]
        ref = None
        if prefer:
            ref = idx.last_before(seg, t.i, lambda r: r.kind == "igo" and r.country in prefer, window_segments=50)
        if ref is None:
            ref = idx.last_before(seg, t.i, lambda r: r.kind == "igo", window_segments=50)
        if ref is None:
            return False
        idx.add_mention(ref, seg, p, self._np_range(t), t.i)
        return True

    @staticmethod
    def _last_two_countries(idx: ActorIndex, seg: int, t) -> list[Ref]:
        seen: dict[str, tuple[tuple[int, int], Ref]] = {}
        for ref in idx.refs:
            if ref.kind not in ("country", "government") or not ref.country:
                continue
            before = [pos for pos in ref.positions if pos < (seg, t.i) and pos[0] >= seg - 3 and pos in idx.coordinated]
            if before and (ref.country not in seen or max(before) > seen[ref.country][0]):
                seen[ref.country] = (max(before), ref)
        out = sorted(seen.values(), key=lambda x: x[0], reverse=True)[:2]
        return [r for _, r in out] if len(out) == 2 else []

    @staticmethod
    def _last_two(idx: ActorIndex, seg: int, t) -> list[Ref]:
        seen: list[tuple[tuple[int, int], Ref]] = []
        for ref in idx.refs:
            if ref.kind != "person" or not (ref.role or ref.titles):
                continue
            before = [pos for pos in ref.positions if pos < (seg, t.i)]
            if before:
                seen.append((max(before), ref))
        seen.sort(key=lambda x: x[0], reverse=True)
        out = [r for _, r in seen[:2]]
        return out if len(out) == 2 and out[0].country != out[1].country else []

    def _government(self, idx: ActorIndex, country: str) -> Ref:
        entry = self.d.country(country)
        name = entry.name if entry is not None else country
        return idx.get_or_create(f"government:{country}", name=f"Government of {name}", kind="government",
                                 code=_code(country, "GOV"), country=country, sector="GOV", role="government")

    @staticmethod
    def _singular(t) -> bool:
        return t.tag_ in ("NN", "NNP")

    @staticmethod
    def _np_range(t) -> range:
        left = min([c.i for c in t.children if c.dep_ in ("amod", "compound", "det", "poss", "nmod") and c.i < t.i] + [t.i])
        doc = t.doc
        while left < t.i and (doc[left].dep_ == "det" or doc[left].is_punct):
            left += 1
        return range(left, t.i + 1)

    # Pronouns, on demand ------------------------------------------------------------------------------
    @staticmethod
    def _described_speaker(idx: ActorIndex, seg: int, tok) -> Ref | None:
        subj = _described_speaker_tok(tok)
        ref = idx.ref_at(seg, subj.i) if subj is not None else None
        return ref if ref is not None and ref.kind in ("person", "group") else None

    def pronoun(self, idx: ActorIndex, seg: int, tok) -> Ref | None:
        low = tok.lower_
        if low in PERSON_PRONOUNS:
            described = self._described_speaker(idx, seg, tok)
            if described is not None:
                return described
            person = lambda r: r.kind == "person"  # noqa: E731
            best = idx.last_before(seg, tok.i, person, window_segments=3, sentence_start=tok.sent.start)
            if best is None or tok.dep_ not in ("nsubj", "nsubjpass") or any(
                    pos[0] == seg and tok.sent.start <= pos[1] < tok.i for r in idx.refs if person(r) for pos in r.positions):
                return best
            # "Carney met Starmer in London. He said ...": the subject of the sentence that named both.
            last = max(pos for pos in best.positions if pos < (seg, tok.i))
            subj = idx.last_before(seg, tok.i, person, window_segments=3, subject_first=True)
            if subj is None or subj is best:
                return best
            spos = max(pos for pos in subj.subject_positions if pos < (seg, tok.i))
            if spos[0] != last[0]:
                return best
            if spos[0] == seg and tok.doc[spos[1]].sent.start != tok.doc[last[1]].sent.start:
                return best
            return subj
        if low in ("they", "them", "their"):
            # "Japanese chip makers reacted to news the United States plans action against them": a plural
            # pronoun is a plural subject named with a country's demonym before it in the paragraph, when
            # there is one, rather than the country named last
            doc = tok.doc
            best, best_i = None, -1
            for r in idx.refs:
                if r.kind not in ("country", "group") or not r.country:
                    continue
                for s_, i in r.positions:
                    if s_ != seg or i >= tok.i or i <= best_i:
                        continue
                    h = doc[i]
                    head = h.head if h.dep_ in ("amod", "compound") else h
                    if head.tag_ in ("NNS", "NNPS") and head.pos_ == "NOUN" and head.i > i and \
                            head.dep_ in ("nsubj", "nsubjpass") and not idx.ref_at(seg, head.i):
                        best, best_i = r, i
            if best is not None:
                return best
            if _plural_teller(idx, seg, tok):
                return None
            if low == "they" and tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" and tok.sent.start > 0:
                # "Critics said the bill leaves the door open for oil shipments to South Africa. They called
                # for ...": the plural subject of the sentence before, not the country it named
                prev = doc[tok.sent.start - 1].sent.root
                subj = next((c for c in prev.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.tag_ in ("NNS", "NNPS") and subj.pos_ == "NOUN" and not any(
                        idx.ref_at(seg, k) for k in range(subj.left_edge.i, subj.right_edge.i + 1)):
                    return None
        if low in GROUP_PRONOUNS:
            own = self._clause_subject(idx, seg, tok) if low in ("its", "their") and tok.dep_ == "poss" else None
            if own is not None:
                return own
            return idx.last_before(seg, tok.i, lambda r: r.kind in ("government", "igo", "organization", "group", "country"),
                                   window_segments=1, sentence_start=tok.sent.start,
                                   subject_ok=lambda pos: _main_subject(tok.doc, pos[1], singular=low in ("it", "its")))
        return None

    @staticmethod
    def _clause_subject(idx: ActorIndex, seg: int, tok) -> Ref | None:
        """"if America went ahead with its tariffs": a possessive's own clause subject, a state or a body
        named before it with no other actor between, owns it."""
        v, hops = tok.head, 0
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i and hops < 4:
            v, hops = v.head, hops + 1
        if v.pos_ not in ("VERB", "AUX") or v.dep_ != "advcl":
            return None
        subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < tok.i and not c.conjuncts), None)
        ref = idx.ref_at(seg, subj.i) if subj is not None else None
        if ref is None or ref.kind not in ("country", "government", "igo", "organization"):
            return None
        if any((r := idx.ref_at(seg, k)) is not None and r is not ref for k in range(subj.i + 1, tok.i)):
            return None  # "for Japan to strike back against the U.S. for its sanctions": the nearer one may own it
        return ref


_SAYING = {"say", "tell", "add", "state", "declare", "insist", "claim", "announce", "warn", "report", "stress"}


def _described_speaker_tok(tok):
    """"the Japanese minister ... was reported as saying that he opposed ...", "the Saudi leader said he
    would ...": the singular common noun that is the subject of the saying verb "he" is reported by."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = tok.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SAYING:
        return None
    v = clause.head
    for _ in range(3):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj if subj.pos_ == "NOUN" and subj.tag_ == "NN" else None
        if v.dep_ not in ("pcomp", "xcomp", "advcl") or v.head.i == v.i:
            return None
        v = v.head.head if v.dep_ == "pcomp" else v.head  # "was reported as saying"
    return None


AFFAIR_NOUNS = {"affair", "scandal", "hearing", "probe", "inquiry"}


def _affair_name(doc, i: int) -> bool:
    """A country named in an affair's name ("the Iran-Contra hearings", "the Iran arms scandal"); an
    unparsed paragraph (the pre-filter's) has no dependencies and names none."""
    h = doc[i]
    while h.dep_ == "compound" and h.head.i != h.i:
        h = h.head
    return h.i != i and h.lemma_.lower() in AFFAIR_NOUNS


def _plural_teller(idx: ActorIndex, seg: int, tok) -> bool:
    """"The lenders insist that they are willing to ...": "they", the subject of a clause reported by a
    plural common noun that names no actor, is that noun, not a state named earlier (a state's own
    nouns, "officials said they ...", are left to the other readings)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
        return False
    v = tok.head.head
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.tag_ == "NNS" and subj.pos_ == "NOUN" and \
        subj.lemma_.lower() not in SUBJECT_HEADS and subj.lower_ not in SUBJECT_HEADS and not any(
        idx.ref_at(seg, k) for k in range(subj.left_edge.i, subj.right_edge.i + 1))


def _main_subject(doc, i: int, singular: bool) -> bool:
    """The subject of the sentence's main clause ("The EC expressed ... and said it would ..."); a
    coordinated subject ("Argentina, Chile and Uruguay") is not the antecedent of "it"."""
    t = doc[i]
    if singular and (t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children)):
        return False
    while t.dep_ not in ("nsubj", "nsubjpass") and t.head.i != t.i:
        t = t.head  # a modifier of the subject noun
    if singular and t.tag_ == "NNS" and t.pos_ == "NOUN":
        return False  # "Cuban troops will stay in Angola as long as South Africa threatens it": not the troops
    v = t.head
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    # "Moscow has agreed to discuss ... in its talks with Peking, the minister said": the reported clause
    # is the main one
    return v.dep_ == "ROOT" or (v.dep_ in ("ccomp", "parataxis") and v.head.dep_ == "ROOT" and v.head.i > v.i)


@dataclass(slots=True)
class _Ctx:
    title: str | None = None  # the longest title phrase before the name ("foreign ministry")
    phrases: list[str] = field(default_factory=list)  # every one ("foreign ministry", "spokesperson")
    sector: str | None = None
    office: str | None = None
    country: str | None = None
    tokens: list[int] = field(default_factory=list)


_QUOTE_CHARS = frozenset('"“”')


def _located(tok) -> bool:
    """A name that says where something is or happened ("in South Africa", "in France and Spain")."""
    hops = 0
    while tok.dep_ == "conj" and hops < 8:
        tok, hops = tok.head, hops + 1
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at")


def _quoted(doc, tok) -> bool:
    """Whether ``tok`` is inside quotation marks of its sentence (an odd number of marks before it)."""
    sent = tok.sent
    return sum(1 for w in doc[sent.start:tok.i] if w.text in _QUOTE_CHARS) % 2 == 1
