"""Turn an Article's title and body into parse-ready segments with exact offsets.

Every normalisation here is a same-length, character-for-character substitution, so
``seg.text[i]`` always corresponds to ``original[seg.start + i]`` (``original`` is ``article.text``,
or ``article.title`` when ``seg.in_ == "title"``). The substitutions are:

* any whitespace or control character (a hard line wrap, tab, NBSP, ``\\r``) -> one space;
* after "U.S.", "U.K." or "U.N." a capitalised common word is lower-cased (Reuters writes
  "the U.S. To drop", "U.S. Officials said"), so the sentence splitter does not break there; so is a
  word the article also writes in lower case when a lower-case word follows ("the E.C. Charges were");
* an all-capitals headline becomes sentence case (:func:`clean_title`), and a spaced dash in a
  headline is parsed as a colon ("IMPATIENT WITH JAPAN - THATCHER": the source, not "Japan-Thatcher").

Paragraphs. A body is cut into blocks at blank lines and at a newline followed by indentation
(Reuters starts paragraphs with four spaces). Inside a block, newlines are hard wraps and become
spaces, unless one of the block's lines (other than the last) is longer than ``WRAP_MAX``
characters: then the text was never wrapped (a web page with one paragraph per line) and every
line is its own paragraph. Each paragraph is trimmed by moving its start and end. A paragraph
longer than ``MAX_SEGMENT`` characters is cut after the last ". " before the limit, else hard.

Clutter rules (checked on every body paragraph by :func:`is_clutter`; written from the 31 real
pages in ``shared/examples``). A paragraph is dropped when it

1. is a stock phrase on its own ("Advertisement", "Read more", "Share this", "Subscribe", ...)
   or starts with a link label and a colon or bar ("Also read: ...", "Related: ...", "Watch | ...");
2. is a social embed: contains "pic.twitter.com", or a tweet signature
   "— Name (@handle) March 3, 2025";
3. is a byline or a timestamp: "By Jane Doe and John Roe" (only capitalised names after "By"),
   "Updated: ..." / "Published ..." with a date or time, or only date and time words
   ("October 18, 2025", "Tuesday, 02 January 2024 12:17 GMT");
4. is a cookie notice ("we use cookies", "accept cookies", "cookie policy", ...);
5. has fewer than two words of letters and no sentence-final punctuation: symbol lines
   ("+ ↺ − 16 px"), lone datelines ("WASHINGTON"), tracking ids ("MENAFN1510...ID1108...");
6. is a menu: three or more items between bars or bullets, or capitalised words without
   punctuation of which at least half are navigation words ("Home World Politics Business");
7. is a section label or a source dateline: all capitals with at most two words ("MIDDLE EAST"),
   or at most five capitalised words around a spaced dash or bar ("Shafaq News – Washington");
8. is a photo credit or caption marker ("[File photo] / AP", "(AP Photo/...)", "Photo: ...");
9. is an agency trailer: "(With inputs from agencies.)", "(Reporting by ...; Editing by ...)".

The title is not checked here (an all-capitals Reuters headline would look like rule 7); ingest
already blanks a clutter header line. Subheadings written by the author ("First phase", "India toughens stance") and photo captions
without a credit marker are kept: they do no harm to the parser and may carry events. A real
one-sentence paragraph is never dropped: every rule needs either a marker or the absence of both
lowercase words and sentence punctuation.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .records import Article

MAX_SEGMENT = 10_000  # spaCy's parse and the coder's per-sentence work grow faster than linearly past this
WRAP_MAX = 100

__all__ = ["Segment", "segments", "clean_title", "is_clutter", "MAX_SEGMENT", "WRAP_MAX"]


@dataclass(frozen=True, slots=True)
class Segment:
    """A parse-ready piece of an article.

    Attributes:
        text: the normalised text, same length as ``original[start:start + len(text)]``.
        start: offset into ``article.text`` (or ``article.title`` when ``in_ == "title"``).
        in_: ``"text"`` or ``"title"``.
    """

    text: str
    start: int
    in_: str = "text"

    @property
    def end(self) -> int:
        """Offset just past the segment in the original string."""
        return self.start + len(self.text)


# --------------------------------------------------------------------------- word lists

# All-capital tokens that stay upper case in a sentence-cased headline.
KEEP_UPPER = frozenset("""
US UK UN EU EC EEC GATT OPEC NATO IMF OECD ASEAN UAE USSR FAO IAEA ECB SEC FDA EPA FTC NYSE
NASDAQ CEO GDP GNP CIA FBI KGB PLO ANC IRA OAS ECOWAS BRICS LDP CDU SPD ICO CFTC USDA CCC ITC IEA
UAW AFL CIO ADR AIDS DR RSF IDF TASS AFP AP BBC CNN WTO NAFTA OAU SADC AUKUS IRS ETF IPO
""".split())

# Lower-case forms that are ordinary words after "U.S.", "U.K.", "U.N." (rule 4 in segments()).
COMMON_WORDS = frozenset("""
a about after again against all also an and any are as at be because been before being between
both but by can could did do does during each for from further had has have having he her here
his how i if in into is it its last least less may might more most much must no nor not now of
off on once only or other our out over own same she should since so some still such than that
the their them then there these they this those through to too under until up upon very was we
were what when where whether which while who whom why will with within without would yet you
said says say added agreed announced asked believes called expects expected fell rose gained
lost made make plans reported told urged warned wants won needs sold bought paid rejected
imports exports trade officials official sources government economy market markets dollar
dollars dlr dlrs banks bank firms firm companies company interest rates rate sales bonds bond
budget pressure prices price production output deficit surplus growth demand supply cents
shares stocks debt unit subsidiary investors producers farmers exporters importers consumers
industry attack forces troops aid arms policy policies currency economic financial military
officers spokesman negotiators delegation team talks side sanctions tariffs plan proposal
complaint complaints charges demands request requests concern concerns criticism offer offers moves
refusal fears action actions position stance decision proposals efforts effort claims warning warnings
threat threats retaliation protectionism protectionist
""".split())

# Navigation words: a capitalised line made mostly of these is a menu (clutter rule 6).
MENU_WORDS = frozenset("""
home news world politics business sport sports opinion video videos latest live breaking top
stories story entertainment tech technology health science lifestyle culture travel markets
economy middle east west north south asia europe africa americas pacific india us uk login
log sign in subscribe search menu more podcasts podcast newsletters newsletter weather local
national international trending photos gallery featured editorial columns analysis features
education environment climate auto jobs careers contact about privacy terms advertise
""".split())

_CONNECTORS = frozenset({"of", "and", "the", "da", "de", "del", "du", "la", "le", "and"})

# Places and demonyms capitalised in headlines besides pycountry's country names.
_EXTRA_PROPER = """
United States|Soviet Union|West Germany|East Germany|Britain|Great Britain|Holland|Russia|
Iran|Syria|Taiwan|South Korea|North Korea|Korea|Vietnam|Laos|Bolivia|Venezuela|Tanzania|Moldova|
Congo|Macedonia|Czechoslovakia|Yugoslavia|Zaire|Burma|Ivory Coast|Hong Kong|Palestine|Gaza|
Kosovo|Europe|Asia|Africa|Latin America|Middle East|Gulf|Washington|Tokyo|London|Paris|Bonn|
Berlin|Moscow|Beijing|Peking|Brussels|Geneva|Ottawa|Canberra|Delhi|New Delhi|Kabul|Tehran|
Baghdad|Cairo|Jerusalem|Kyiv|Kiev|Damascus|Beirut|Seoul|Manila|Jakarta|Madrid|Rome|Ankara|
American|British|French|German|Soviet|Chinese|Japanese|Canadian|Mexican|Brazilian|Italian|
Spanish|Dutch|Belgian|Swiss|Swedish|Australian|Indian|Indonesian|Iranian|Iraqi|Israeli|Arab|
Saudi|Kuwaiti|Egyptian|Turkish|Greek|Polish|Russian|Korean|Taiwanese|Argentine|Chilean|
Venezuelan|Colombian|Peruvian|Ecuadorean|Nigerian|Pakistani|Philippine|Malaysian|Thai|
Vietnamese|Cuban|Norwegian|Danish|Finnish|Austrian|Portuguese|Irish|European|African|Asian|
Palestinian|Syrian|Lebanese|Afghan|Ukrainian|Libyan|Jordanian|Sudanese|Ethiopian|Kenyan|
January|February|March|April|June|July|August|September|October|November|December|
Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday
"""

_SENTENCE_PUNCT = re.compile(r"[.?!]['\"’”)\]]*$")
_ANY_PUNCT = re.compile(r"[.,;:?!\"“”'’()]")


@functools.cache
def _proper_names() -> dict[tuple[str, ...], None]:
    """Lower-cased word tuples of country names (pycountry) and the extra places above."""
    names: list[str] = [n.strip() for n in _EXTRA_PROPER.split("|")]
    try:
        import pycountry  # lazy: only all-caps headlines need it
        for c in pycountry.countries:
            for n in (c.name, getattr(c, "common_name", None)):
                if n:
                    names.append(re.sub(r"\s*\(.*?\)", "", n.split(",")[0]))
    except ImportError:  # pragma: no cover - pycountry is a declared dependency
        pass
    out: dict[tuple[str, ...], None] = {}
    for n in names:
        words = tuple(w.lower() for w in re.findall(r"[^\W\d_]+", n))
        if words:
            out[words] = None
    return out


@functools.cache
def _proper_firsts() -> frozenset[str]:
    """The first words of the names of :func:`_proper_names`."""
    return frozenset(k[0] for k in _proper_names())


# --------------------------------------------------------------------------- same-length case helpers

def _lower(s: str) -> str:
    # char by char: "İ".lower() has two characters, and offsets must not move
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in s)


def _capitalise(s: str) -> str:
    if not s:
        return s
    first = s[0].upper() if len(s[0].upper()) == 1 else s[0]
    return first + _lower(s[1:])


# --------------------------------------------------------------------------- titles

def _is_all_caps(title: str) -> bool:
    upper = sum(c.isupper() for c in title)
    lower = sum(c.islower() for c in title)
    return upper >= 2 and upper >= 9 * lower


# Tickers, dotted abbreviations ("U.S.") and initials ("S. AFRICAN", "J. SMITH": one letter and a dot before
# a space) keep their capitals.
_PROTECTED = re.compile(r"<[^>\s]*>|(?<![\w.])(?:[^\W\d_]\.){2,}|(?<![\w.])[^\W\d_]\.(?= |[^\W\d_])")
_WORD = re.compile(r"[^\W\d_]+")


def clean_title(title: str, body: str = "") -> str:
    """Return an all-capitals headline in sentence case, same length; other titles unchanged.

    Acronyms in ``KEEP_UPPER``, dotted abbreviations ("U.S."), tickers ("<SRD>") and words
    touching a digit ("G7", "3RD") keep their case; country names, capitals and demonyms are
    capitalised; so are words that ``body`` writes only capitalised inside its sentences ("Baker",
    "Shevardnadze": names the dictionary may not know); the first word is capitalised; every other
    word is lower-cased.

    Args:
        title: the headline.
        body: the article's text, if any, to learn its proper names from.

    Returns:
        A string of the same length as ``title``.

    Raises:
        Nothing: every input string is accepted.
    """
    if not _is_all_caps(title):
        return title
    chars = list(title)
    protected = [m.span() for m in _PROTECTED.finditer(title)]
    words = []
    for m in _WORD.finditer(title):
        s, e = m.span()
        if any(ps <= s < pe for ps, pe in protected):
            continue
        if (s and title[s - 1].isdigit()) or (e < len(title) and title[e].isdigit()):
            continue
        words.append((s, e))

    def put(s: int, e: int, value: str) -> None:
        chars[s:e] = value

    for s, e in words:
        w = title[s:e]
        after_apostrophe = s > 0 and title[s - 1] in "'’"
        if w in KEEP_UPPER and not after_apostrophe:
            continue
        if w == "I" and not after_apostrophe:
            continue
        put(s, e, _lower(w))
    # country names and places, longest match first, only across spaces or hyphens
    names = _proper_names()
    firsts = _proper_firsts()
    lows = [title[s:e].lower() for s, e in words]
    i = 0
    while i < len(words):
        if lows[i] not in firsts:  # no name starts with this word
            i += 1
            continue
        for n in range(min(5, len(words) - i), 0, -1):
            span = words[i:i + n]
            gaps_ok = all(title[a[1]:b[0]] in (" ", "-") for a, b in zip(span, span[1:]))
            key = tuple(lows[i:i + n])
            if gaps_ok and key in names:
                for k, (s, e) in enumerate(span):
                    if not (k and key[k] in _CONNECTORS):
                        put(s, e, _capitalise(title[s:e]))
                i += n
                break
        else:
            i += 1
    if body:
        proper = _body_names(body)
        for s, e in words:
            if title[s:e].lower() in proper:
                put(s, e, _capitalise(title[s:e]))
    first = next((m for m in _WORD.finditer(title)), None)
    if first is not None and first.group() not in KEEP_UPPER:
        s = first.start()
        chars[s] = title[s].upper() if len(title[s].upper()) == 1 else title[s]
    out = "".join(chars)
    assert len(out) == len(title)
    return out


_MID_WORD = re.compile(r"(?<=[a-z,;] )([A-Z][a-z][A-Za-z'\-]+)")


def _body_names(body: str) -> set[str]:
    """Lower-cased words the body writes capitalised after a lower-case word or a comma, and never in
    lower case: the article's proper names ("... talks with Baker", "said Shevardnadze")."""
    caps = {m.group(1).lower() for m in _MID_WORD.finditer(body[:20000])}
    if not caps:
        return set()
    lower = set(re.findall(r"\b[a-z][a-z'\-]+\b", body[:20000]))
    return {w for w in caps if w not in lower}


# --------------------------------------------------------------------------- clutter

_STOCK = re.compile(
    r"^(advertisement|advertisment|sponsored|read more|read also|also read|continue reading|"
    r"share( this( article| story)?)?|share on \w+|subscribe( now)?|sign up|click here|follow us|"
    r"recommended|trending|most read|related( articles| stories| news)?|you may also like|"
    r"story continues below( advertisement)?|skip to (main )?content|loading|print|comments?)"
    r"\W*$", re.I)
_LINK_LABEL = re.compile(
    r"^(also read|read also|read more|read|related|see also|watch|listen|must read|recommended|"
    r"more on this|also see|don'?t miss)\s*[:|–—-]", re.I)
_TWEET = re.compile(r"pic\.twitter\.com|[—–-]\s*[^()]{1,80}\(@\w{1,30}\)\s+[A-Z][a-z]+ \d{1,2}, \d{4}")
_STAMP_PREFIX = re.compile(
    r"^(last updated|updated|first published|published|posted|modified)\s*(on\b|at\b)?\s*[:\-–—|]?\s*",
    re.I)
_DATE_START = re.compile(
    r"^(\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun))", re.I)
_DATE_WORDS = frozenset("""
jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july
august september october november december mon tue tues wed thu thur thurs fri sat sun monday
tuesday wednesday thursday friday saturday sunday am pm a m p gmt utc ist est edt et pt pst pdt
cet cest bst hrs hours ago min mins minutes updated published posted last first modified on at
""".split())
_DATEISH = re.compile(r"\d{1,2}:\d{2}|\b\d{4}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
                      re.I)
_COOKIE = re.compile(
    r"we use cookies|uses cookies|use of cookies|accept (all )?cookies|cookie (policy|settings|"
    r"preferences|consent)|by continuing to (use|browse)", re.I)
_PHOTO = re.compile(
    r"\[(file )?photo\]|\((ap|afp|reuters|getty) photo|^(photo|photograph|image|file photo|"
    r"picture)\s*:|/\s*(ap|afp|reuters|getty images|epa|anadolu)\s*\)?$|getty images\s*$", re.I)
_TRAILER = re.compile(
    r"^\(?\s*(with inputs from|reporting by|editing by|additional reporting|written by|"
    r"compiled by|writing by)\b", re.I)
_MENU_SEP = re.compile(r"\s*[|•·›»]\s*")
_DASH_SEP = re.compile(r"\s[–—|-]\s")
_ALPHA_WORD = re.compile(r"^[\"“‘'(\[]*[^\W\d_]{2,}(?:['’.-][^\W\d_]+)*[.,:;'’\"”)\]]*$")


def _alpha_words(s: str) -> list[str]:
    return [t for t in s.split() if _ALPHA_WORD.match(t)]


def _is_byline(s: str) -> bool:
    m = re.match(r"^by\s+(.+)$", s, re.I)
    if not m or re.search(r"[!?;]", s):
        return False
    words = [w for w in re.split(r"[\s,&]+", m.group(1)) if w]
    return 0 < len(words) <= 12 and all(w[0].isupper() or w in ("and", "in") for w in words)


def _is_timestamp(s: str) -> bool:
    if len(s) > 100:
        return False
    rest = _STAMP_PREFIX.sub("", s)
    if rest != s and len(rest.split()) <= 12 and _DATE_START.match(rest) and _DATEISH.search(rest):
        return True
    tokens = re.findall(r"[^\W\d_]+|\d+", s.lower())
    return (any(t.isdigit() for t in tokens)
            and all(t.isdigit() or t in _DATE_WORDS for t in tokens))


def _is_menu(s: str) -> bool:
    if _SENTENCE_PUNCT.search(s):
        return False
    items = [i for i in _MENU_SEP.split(s) if i]
    if len(items) >= 3 and all(len(i.split()) <= 4 for i in items):
        return True
    tokens = s.split()
    if len(tokens) < 2 or _ANY_PUNCT.search(s):
        return False
    if not all(t[0].isupper() or t in ("&", "and") for t in tokens):
        return False
    return sum(t.lower() in MENU_WORDS for t in tokens) * 2 >= len(tokens)


def _is_label(s: str) -> bool:
    if re.search(r"[.?!,;:]", s.replace("–", "").replace("—", "")):
        return False
    words = _alpha_words(s)
    if not any(c.islower() for c in s) and len(words) <= 2:
        return True
    return (bool(_DASH_SEP.search(s)) and len(words) <= 5
            and all(w[0].isupper() for w in words))


def is_clutter(line: str) -> bool:
    """Tell whether a paragraph (or a header line) is page clutter rather than article text.

    The rules are listed in the module docstring.

    Args:
        line: one paragraph; runs of whitespace are treated as one space.

    Returns:
        True for menus, ads, link labels, embeds, bylines, timestamps, symbol lines and the like.

    Raises:
        Nothing: every input string is accepted.
    """
    s = " ".join(line.split())
    if not s:
        return True
    if len(s) > 2000:  # only real paragraphs are this long
        return False
    if _STOCK.match(s) or _LINK_LABEL.match(s) or _TWEET.search(s) or _COOKIE.search(s):
        return True
    if _is_byline(s) or _is_timestamp(s) or _PHOTO.search(s) or _TRAILER.match(s):
        return True
    if len(s) < 200 and len(_alpha_words(s)) < 2 and not _SENTENCE_PUNCT.search(s):
        return True
    return _is_menu(s) or _is_label(s)


# --------------------------------------------------------------------------- segments

_BLANK = re.compile(r"[\s\x00-\x1f\x7f]")
# "U.K. GROWING IMPATIENT WITH JAPAN - THATCHER": a spaced dash in a headline parts the news from its
# source; parsed as a colon, not as a hyphenated "Japan-Thatcher"
_TITLE_DASH = re.compile(r" [-–—] ")  # \s is str.isspace(): newlines, tabs, NBSP, ...
_AFTER_ABBREV = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,4} +([A-Z][a-z]+)\b(?= +([a-z])?)?")
_LOWER_WORD = re.compile(r"(?<![\w.])[a-z]{3,}\b")


def _substitute(s: str, seen: frozenset[str] = frozenset()) -> str:
    """Same-length fixes: whitespace/control characters to spaces, "U.S. To" to "U.S. to", "The E.C.
    Complained" to "The E.C. complained" (Reuters-21578 capitalises the word after a dotted abbreviation).
    ``seen``: the article's lower-case words; one of them followed by a lower-case word is lower-cased too
    ("the E.C. Charges were unfounded"), not one starting a name ("U.S. Trade Representative")."""
    s = _BLANK.sub(" ", s)
    return _AFTER_ABBREV.sub(
        lambda m: m.group(0)[: m.start(1) - m.start(0)]
        + (_lower(m.group(1)) if _common_after_abbrev(m.group(1)) or (
            m.group(2) is not None and m.group(1).lower() in seen) else m.group(1)),
        s)


def _common_after_abbrev(word: str) -> bool:
    low = word.lower()
    return low in COMMON_WORDS or (len(low) >= 6 and low.endswith("ed") and low not in _NAMES_IN_ED)


_NAMES_IN_ED = frozenset({"mohammed", "muhammed", "mahmoud", "ahmed", "hamed", "rasheed", "saeed", "majed",
                          "fareed", "waleed", "khaled", "zayed", "united"})


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its newline."""
    out, pos = [], 0
    while True:
        nl = text.find("\n", pos)
        if nl < 0:
            out.append((pos, len(text)))
            return out
        out.append((pos, nl))
        pos = nl + 1


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the paragraphs of a body, untrimmed."""
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for s, e in _lines(text):
        line = text[s:e]
        if not line.strip():
            if current:
                blocks.append(current)
            current = []
            continue
        if current and line[:1] in (" ", "\t"):
            blocks.append(current)
            current = []
        current.append((s, e))
    if current:
        blocks.append(current)
    spans = []
    for block in blocks:
        if any(len(text[s:e].strip()) > WRAP_MAX for s, e in block[:-1]):
            spans.extend(block)  # never wrapped: one paragraph per line
        else:
            spans.append((block[0][0], block[-1][1]))
    return spans


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or ord(text[s]) < 32):
        s += 1
    while e > s and (text[e - 1].isspace() or ord(text[e - 1]) < 32):
        e -= 1
    return s, e


def _split_long(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Cut a span longer than MAX_SEGMENT after the last ". " before the limit, else after the last
    space, else hard."""
    out = []
    while e - s > MAX_SEGMENT:
        cut = text.rfind(". ", s, s + MAX_SEGMENT - 1)
        if cut > s + MAX_SEGMENT // 2:
            cut += 2
        else:
            cut = text.rfind(" ", s + MAX_SEGMENT // 2, s + MAX_SEGMENT)
            cut = cut + 1 if cut > 0 else s + MAX_SEGMENT
        out.append(_trim(text, s, cut))
        s, e = _trim(text, cut, e)
    out.append((s, e))
    return [(a, b) for a, b in out if b > a]


# A dateline at the head of a body or a lead: "TOKYO, March 27 - ", "WASHINGTON (Reuters) - ", "GENEVA, Feb 2
# (AP) --", "The Hague, June 26: ", "RIO DE JANEIRO (BRAZIL) - ". A mixed-case place needs a date or an
# agency after it; an all-capitals one may stand alone before a dash.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Za-z.'\-]*(?: [A-Za-z.'\-]+){0,3}?)"
    r"(?:,\s*(?P<region>(?!" + _MONTH + r")[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?))?"
    r"\s*(?:\((?P<paren>[A-Za-z .&]{2,30})\))?"
    r"(?:,\s*(?P<md>" + _MONTH + r"))?\s*(?:\((?P<agency>[A-Za-z .&]{2,30})\))?\s*(?P<sep>[-\u2013\u2014]{1,2}|:)\s")


_AGENCIES = {"reuters", "ap", "afp", "upi", "dpa", "xinhua", "ani", "ians", "pti", "bloomberg", "cnn", "tass",
             "anadolu", "aa", "sputnik", "ria", "yonhap", "kyodo", "efe", "ansa", "bernama", "apa", "irna", "wam",
             "spa", "mena", "kuna", "cna", "bna", "qna", "sana", "itar-tass", "interfax", "ukrinform", "menafn"}


def dateline_match(text: str):
    """The dateline at the head of ``text`` as a match (``city`` group; ``end()`` where the text
    proper starts), or None."""
    m = _DATELINE.match(text[:120])
    if m is None:
        return None
    caps = m.group("city").isupper() and len(m.group("city")) >= 3
    agency = (m.group("paren") or "").strip().lower() in _AGENCIES
    if m.group("md") or m.group("agency") or agency or (caps and (m.group("paren") or (
            m.group("sep") != ":" and not m.group("region")))):
        return m
    return None


def segments(article: Article) -> list[Segment]:
    """Cut an article into parse-ready segments: the title (if any), then body paragraphs.

    Clutter paragraphs are left out, and so is a dateline at the head of the body ("WASHINGTON, March
    24 - "): it says where the story was filed, and parsed with the lead it made the city the subject
    the lead's name hung on; every kept segment satisfies
    ``len(seg.text) == seg.end - seg.start`` and differs from the original only by the
    same-length substitutions listed in the module docstring.

    Args:
        article: the article; ``article.text`` and ``article.title`` may be empty.

    Returns:
        Segments in reading order: the title first (``in_="title"``), then the body's.

    Raises:
        Nothing for any string input.
    """
    out: list[Segment] = []
    title = article.title or ""
    s, e = _trim(title, 0, len(title))
    if e > s:
        cleaned = clean_title(title, article.text or "")
        text = _TITLE_DASH.sub(" : ", _BLANK.sub(" ", cleaned[s:e]))
        out.append(Segment(text, s, "title"))
    body = article.text or ""
    seen = frozenset(_LOWER_WORD.findall(body)) if _AFTER_ABBREV.search(body) else frozenset()
    m = dateline_match(body)
    lead = m.end() if m is not None else 0  # "WASHINGTON, March 24 - ": where the story was filed, not parsed
    for ps, pe in _paragraphs(body):
        ps = max(ps, lead) if ps < lead < pe else ps
        ps, pe = _trim(body, ps, pe)
        if pe <= ps:
            continue
        for a, b in _split_long(body, ps, pe):
            text = _substitute(body[a:b], seen)
            if not is_clutter(text):
                out.append(Segment(text, a, "text"))
    return out
