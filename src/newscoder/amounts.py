"""Amounts in news text: money, percentages, measures and counts, with what they measure.

``find_amounts(doc)`` finds the amount expressions of a parsed spaCy ``Doc`` and returns one
``Amount`` each:

* money: "$550bn", "$1.2 billion", "550 billion dollars", "C$30 billion", "€5m", Reuters style
  "10 mln dlrs", "50 mln stg", "10 billion yen", "15 cts" -> value in base units (550bn ->
  550e9; cents -> dollars) and an ISO 4217 code where the currency is clear (``$``/dlrs/dollars
  -> USD, ``C$`` -> CAD, ``€`` -> EUR, ``£``/stg/sterling -> GBP, ``¥``/yen -> JPY, ...);
* percentages: "25%", "25 percent", "25-percent", "25 pct" -> value 25, unit ``percent``
  ("percentage points" -> unit ``percentage points``);
* measures: "1.5 mln tonnes", "100,000 barrels per day" -> unit ``tonnes``, ``barrels``,
  ``barrels per day``, ``ounces``, ...; the span includes the unit words;
* counts: a number modifying a noun ("1,000 people", "10,000 troops", "ten detained Americans")
  -> unit = the counted noun (``people``, ``troops``, else its lemma); the span is the number.

Amount expressions are found with compiled regexes on ``doc.text``; counts, and the
``object`` (the noun phrase measured), come from the dependency parse: the noun the amount
modifies ("25-percent levies on foreign cars" -> "levies on foreign cars"), the noun after
"of"/"in" ("$1.2 billion in aid" -> "aid"), the noun before "of" ("tariffs of 25%"), or the
object/subject of the verb the amount attaches to ("raised tariffs to 25%" -> "tariffs").
A prepositional phrase right after the noun (on/of/against/for/in/into) is included even when
the parser attached it to the verb.

Never reported: dates and years ("2025 elections"), times, ordinals ("51st"), ranges ("10-15%"),
phone-like digit groups, page/section/flight numbers, durations ("three days"), bare numbers
without a unit or counted noun, and the noisy "one".
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newscoder.nlp import doc_text
from newscoder.records import Amount

__all__ = ["find_amounts"]

_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_WORD_VALUE = {w: i for i, w in enumerate(_SMALL)}
_WORD_VALUE.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
_WORD_VALUE.update({"dozen": 12, "a dozen": 12})
_SCALE_VALUE = {"trillion": 1e12, "tn": 1e12, "trn": 1e12, "billion": 1e9, "bln": 1e9, "bn": 1e9,
                "b": 1e9, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "thousand": 1e3,
                "k": 1e3}

_WNUM = (r"(?:(?:" + "|".join(_TENS) + r")(?:-(?:" + "|".join(_SMALL[1:10]) + r"))?|"
         + "|".join(sorted(_SMALL[1:], key=len, reverse=True)) + r"|a\s+dozen)")
_NUM = r"(?:\d{1,3}-\d{1,2}/\d{1,2}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"  # 8-1/2: Reuters
# a number: digits (not inside a longer number, range, time, date or code) or a number word
_NUMBER = (r"(?:(?<![\w.,:/$€£¥])(?<!\d-)(?P<num>" + _NUM + r")(?![\d]|[.,:/-]\d)|(?<![\w-])"
           r"(?P<wnum>(?i:" + _WNUM + r"))(?![\w-]))")
_SCALE_WORDS = r"(?i:trillion|billion|million|thousand|tn|trn|bln|bn|mln|mn)"
_SCALE = r"(?:[ \u00a0]?-?[ \u00a0]?(?P<scale>" + _SCALE_WORDS + r")\b)?"

_PREFIX_CUR = {"$": "USD", "US$": "USD", "U.S.$": "USD", "C$": "CAD", "CA$": "CAD", "CAN$": "CAD",
               "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL",
               "€": "EUR", "£": "GBP", "¥": "JPY", "USD": "USD", "EUR": "EUR", "GBP": "GBP",
               "JPY": "JPY", "CAD": "CAD", "AUD": "AUD", "CHF": "CHF", "CNY": "CNY"}
_ADJ_CUR = {"u.s.": "USD", "us": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
            "new zealand": "NZD", "hong kong": "HKD", "singapore": "SGD", "taiwan": "TWD",
            "swiss": "CHF", "french": "FRF", "belgian": "BEF", "german": "DEM",
            "west german": "DEM", "deutsche": "DEM", "indian": "INR", "mexican": "MXN"}
_WORD_CUR = {"dollar": "USD", "dollars": "USD", "dlrs": "USD", "dlr": "USD", "euro": "EUR",
             "euros": "EUR", "sterling": "GBP", "stg": "GBP", "pounds sterling": "GBP",
             "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rouble": "RUB", "roubles": "RUB",
             "ruble": "RUB", "rubles": "RUB", "marks": "DEM", "guilders": "NLG", "lire": "ITL",
             "won": "KRW", "riyals": "SAR", "rand": "ZAR", "cts": "USD", "cents": "USD",
             "pesetas": "ESP", "shekels": "ILS", "rupees": "rupees", "francs": "francs",
             "pesos": "pesos", "dinars": "dinars"}
_NEEDS_SCALE = {"marks", "won", "rand"}  # "3 marks", "Federer, 3, won": too ambiguous alone

_RX_PREFIX = re.compile(
    r"(?<![\w$€£¥])(?P<cur>U\.S\.[ ]?\$|US\$|CAN\$|CA\$|C\$|AU\$|A\$|NZ\$|HK\$|S\$|R\$|\$|€|£|¥|"
    r"(?:USD|EUR|GBP|JPY|CAD|AUD|CHF|CNY)[ \u00a0]?)[ \u00a0]?(?P<num>" + _NUM
    + r")(?![\d]|[.,:/-]\d)(?:[ \u00a0]?-?[ \u00a0]?(?P<scale>" + _SCALE_WORDS
    + r"|[mbkMBK])\b)?(?!\w|-\d)")
_S = r"[ \u00a0\n]{1,2}"  # a space, possibly a line break of wrapped newswire text
_RX_SUFFIX = re.compile(
    _NUMBER + _SCALE + _S + r"(?:(?P<adj>U\.S\.|US|American|Canadian|Australian|New Zealand|"
    r"Hong Kong|Singapore|Taiwan|Swiss|French|Belgian|West German|German|Deutsche|Indian|"
    r"Mexican)" + _S + r")?(?P<curw>(?i:pounds" + _S + r"sterling|dollars?|dlrs?|euros?|sterling|"
    r"stg|yen|yuan|renminbi|roubles?|rubles?|marks|guilders|lire|won|riyals|rand|cts|cents|rupees|"
    r"pesetas|shekels|francs|pesos|dinars))\b")
_RX_PERCENT = re.compile(
    _NUMBER + r"[ \u00a0]?(?:-[ \u00a0]?)?(?P<pct>%|(?i:percentage" + _S + r"points?|percent|"
    r"per[ \u00a0]?cent|pct)\b)")
_RX_MEASURE = re.compile(
    _NUMBER + _SCALE + _S + r"(?P<mu>(?i:(?:metric" + _S + r")?(?:tonnes?|tons?)|barrels?(?:" + _S
    + r"(?:per|a)" + _S + r"day)?|bpd|b/d|(?:troy" + _S + r")?ounces?|bushels|cubic" + _S
    + r"(?:metres|meters|feet)|kilometres|kilometers|km|miles|hectares|acres|megawatts|gigawatts|"
    r"mw|gw))\b")
_RX_COUNT = re.compile(_NUMBER + r"(?:" + _S + r"(?P<scale>(?i:trillion|billion|million|thousand|"
                       r"hundred|bln|mln)\b))?(?![-\w])")

_MEASURE_UNIT = {"tonne": "tonnes", "tonnes": "tonnes", "ton": "tonnes", "tons": "tonnes",
                 "barrel": "barrels", "barrels": "barrels", "bpd": "barrels per day",
                 "b/d": "barrels per day", "ounces": "ounces", "ounce": "ounces", "bushels": "bushels",
                 "kilometres": "km", "kilometers": "km", "km": "km", "miles": "miles",
                 "hectares": "hectares", "acres": "acres", "megawatts": "MW", "mw": "MW",
                 "gigawatts": "GW", "gw": "GW"}
_COUNT_UNIT = {"people": "people", "persons": "people", "person": "people", "troops": "troops",
               "troop": "troops"}
# counted nouns that make a number a date, time, duration or unit rather than a count
_MONTH_WORDS = {m.lower() for m in (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec").split()}
_NOT_COUNTED = set("""year years month months week weeks day days hour hours minute minutes second
seconds decade decades century centuries time times am pm a.m. p.m. percent pct point points
per cent o'clock gmt bst est edt utc dollar dollars dlrs yen euros stg mln bln billion million
thousand hundred trillion mths mth yrs yr wks wk hrs hr mins min secs shr shrs cts""".split())
_NOT_COUNTED |= _MONTH_WORDS
_BAD_COUNT_ENTS = {"GPE", "ORG", "PERSON", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
                   "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"}
_NUMBERING_WORDS = set("""page pages p. pp. no. no number nos. # chapter article section paragraph
resolution route flight room item clause line figure table gate platform highway interstate
channel category level phase grade version model vol. volume act""".split())
_DETERMINERS = {"the", "these", "those", "its", "their", "his", "her", "our", "your", "both", "my"}
_JOINERS = {"-", "–", "'", "’", "&", "/", "."}
_OBJ_PREPS = {"on", "of", "against", "for", "in", "into"}
_LEFT_DEPS = {"amod", "compound", "nmod", "poss", "nummod", "quantmod", "advmod", "npadvmod", "case"}
_ATTACH_DEPS = {"nummod", "amod", "compound", "nmod", "quantmod", "nn"}
# verbs whose direct object is a level of their subject: "output reached 100,000 bpd"
_LEVEL_VERBS = set("""reach total amount stand hit rise fall climb drop exceed top surpass near
gain lose jump slip grow decline increase decrease""".split())
_BAD_OBJ_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "GPE", "LOC",
                  "FAC", "ORG", "PERSON", "NORP"}  # "$5bn in the United States" is not what it buys
_BAD_POBJ_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"}


# Where a number can start: a digit after a non-word character, or a number word at a word boundary (its
# first letters: "twenty-five", "a dozen"). _number_iter tries the patterns that open with _NUMBER only
# there instead of scanning every character with them (four scans were half of this module's time).
_DIGIT_START = re.compile(r"(?<!\w)\d")
_WORD_START = re.compile(r"\b(?:" + "|".join(sorted(_SMALL[1:] + _TENS + ["dozen"], key=len, reverse=True))
                         + r"|a\s+dozen)")


def _number_starts(text: str) -> list[int] | None:
    """Every offset where ``_NUMBER`` may match, sorted (a superset); None: scan the whole text."""
    if not text.isascii():  # case folding beyond ASCII ("ſix" is "six" to (?i)): the plain scan
        return None
    low = text.lower()
    starts = [m.start() for m in _DIGIT_START.finditer(text)]
    words = [m.start() for m in _WORD_START.finditer(low)]
    if words:
        starts = sorted(set(starts).union(words))
    return starts


def _number_iter(rx: re.Pattern, text: str, starts: list[int] | None):
    """``rx.finditer(text)`` for a pattern that opens with ``_NUMBER``, tried only at ``starts``."""
    if starts is None:
        yield from rx.finditer(text)
        return
    end = 0
    for k in starts:
        if k < end:
            continue
        m = rx.match(text, k)
        if m is not None:
            yield m
            end = m.end()


def _parse_num(num: str) -> float:
    whole, dash, frac = num.partition("-")
    if dash:
        top, bottom = frac.split("/")
        return float(whole) + (float(top) / float(bottom) if float(bottom) else 0.0)
    return float(num.replace(",", ""))


def _number_value(m: re.Match) -> float | None:
    if m["num"]:
        return _parse_num(m["num"])
    word = re.sub(r"\s+", " ", m["wnum"].lower())
    if "-" in word:
        tens, unit = word.split("-")
        return float(_WORD_VALUE[tens] + _WORD_VALUE[unit])
    return float(_WORD_VALUE[word])


def _scaled(m: re.Match) -> float | None:
    value = _number_value(m)
    scale = m.groupdict().get("scale")
    if value is not None and scale:
        value *= _SCALE_VALUE.get(scale.lower(), 100.0 if scale.lower() == "hundred" else 1.0)
    return value


def _clean(value: float | None) -> float | None:
    return None if value is None else float(round(value, 6))


def _np_text(head: Token, skip: set[int]) -> str | None:
    """The noun phrase of ``head``: its modifiers, itself and one object-like PP after it."""
    keep: set[int] = {head.i}
    for child in head.lefts:
        if child.dep_ in _LEFT_DEPS and child.i not in skip:
            keep.update(t.i for t in child.subtree if t.i not in skip and t.dep_ != "det"
                        and (not t.is_punct or t.text in _JOINERS))
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in _OBJ_PREPS), None)
    if prep is None:
        nxt = head.i + 1
        if (nxt < len(head.doc) and head.doc[nxt].dep_ == "prep" and head.doc[nxt].lower_ in _OBJ_PREPS
                and head.doc[nxt].head.pos_ in ("VERB", "AUX")):
            prep = head.doc[nxt]  # "levies on foreign cars" with "on" attached to the verb
    if prep is not None and prep.i > head.i:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.ent_type_ not in _BAD_POBJ_ENTS and pobj.i not in skip:
            keep.add(prep.i)
            keep.add(pobj.i)
            for child in pobj.lefts:
                if child.dep_ in _LEFT_DEPS | {"det"} and child.i not in skip:
                    keep.update(t.i for t in child.subtree if t.i not in skip)
    keep -= skip
    toks = [head.doc[i] for i in sorted(keep)]
    toks = [t for t in toks if not t.is_space]
    while toks and (toks[0].dep_ in ("det", "punct", "case") or toks[0].is_punct):
        toks.pop(0)
    parts: list[str] = []
    for prev, tok in zip([None, *toks], toks):
        if prev is not None and tok.idx > prev.idx + len(prev.text):
            parts.append(" ")  # whitespace or dropped words between them
        parts.append(tok.text)
    return "".join(parts) or None


def _is_noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and tok.lower_ not in _NOT_COUNTED


def _same_line(doc: Doc, a: int, b: int) -> bool:
    """No line break or tabular gap between character offsets ``a`` and ``b``."""
    between = doc_text(doc)[min(a, b):max(a, b)]
    return "\n" not in between and "   " not in between


def _object(span: Span, others: set[int]) -> str | None:
    """The noun phrase the amount ``span`` measures; ``others``: tokens of the other amounts."""
    obj = _object_head(span)
    if obj is None:
        return None
    head, skip = obj
    if head.i in others or not _same_line(span.doc, span.start_char, head.idx):
        return None  # another amount, or a tabular layout the parse has joined across lines
    return _np_text(head, skip | others)


def _object_head(span: Span) -> tuple[Token, set[int]] | None:
    inside = {t.i for t in span}
    roots = [t for t in span if t.head.i not in inside or t.head.i == t.i]
    if not roots:
        return None
    # a) the amount modifies a noun to its right: "a 15% tariff", "$550bn Japanese investment"
    for t in roots:
        if t.dep_ in _ATTACH_DEPS and t.head.i >= span.end and _is_noun(t.head):
            return t.head, inside
    # b) "of"/"in" after the amount: "$1.2 billion in aid", "1.5 mln tonnes of sugar"
    preps = [c for t in span for c in t.children if c.dep_ == "prep" and c.i >= span.end]
    if span.end < len(span.doc) and span.doc[span.end].dep_ == "prep":
        preps.append(span.doc[span.end])
    for prep in preps:
        if prep.lower_ in ("of", "in", "worth") and prep.i == span.end:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and _is_noun(pobj) and pobj.ent_type_ not in _BAD_OBJ_ENTS:
                return pobj, inside
    root = max(roots, key=lambda t: (t.head.i not in inside, -len(list(t.ancestors))))
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        governor = head.head
        # c) "tariffs of 25%", "investment of $550bn", "trade worth $5bn"
        if head.lower_ in ("of", "worth") and _is_noun(governor) and governor.i < head.i:
            return governor, inside | {t.i for t in head.subtree}
        # d) "raised tariffs to 25%", "exports fell by 5 pct"
        if head.lower_ in ("to", "by", "from", "at") and governor.pos_ in ("VERB", "AUX"):
            return _verb_object(governor, inside | {t.i for t in head.subtree})
    # e) "profit was 10 mln dlrs", "exports fell 5 pct", "imports totalled 2 mln tonnes"
    if head.pos_ in ("VERB", "AUX") and (root.dep_ in ("attr", "npadvmod")
                                         or root.dep_ == "dobj" and head.lemma_ in _LEVEL_VERBS):
        return _verb_object(head, inside, subject_only=True)
    # f) "trade worth $5bn"
    if head.lower_ == "worth" and head.dep_ == "amod" and _is_noun(head.head):
        return head.head, inside | {head.i}
    return None


def _verb_object(verb: Token, skip: set[int], subject_only: bool = False) -> tuple[Token, set[int]] | None:
    order = ("nsubj", "nsubjpass") if subject_only else ("dobj", "nsubjpass", "nsubj")
    for dep in order:
        for child in verb.children:
            if child.dep_ == dep and child.i not in skip and _is_noun(child):
                return child, skip
    return None


def _count_noun(span: Span) -> Token | None:
    """The noun a number span counts ("1,000 people" -> people), or None."""
    last = span[-1]
    head = last.head
    if last.dep_ != "nummod" or head.i < span.end or not _is_noun(head):
        return None
    if head.ent_type_ in _BAD_COUNT_ENTS or last.ent_type_ in ("DATE", "TIME", "ORDINAL"):
        return None
    if head.lower_ in _MEASURE_UNIT or head.lower_ in _WORD_CUR or head.i - last.i > 4:
        return None
    if not _same_line(span.doc, span.end_char, head.idx):
        return None
    # every word between the number and the noun must modify the noun ("ten detained Americans")
    if any(t.head.i != head.i and head.i not in {a.i for a in t.ancestors}
           for t in span.doc[last.i + 1:head.i]):
        return None
    return head


def find_amounts(doc: Doc, *, offset: int = 0, in_: str = "text") -> list[Amount]:
    """Find the amounts of a parsed document (or of one parsed segment).

    Args:
        doc: a spaCy ``Doc`` with a dependency parse (and, ideally, entities).
        offset: added to every start/end: the position of ``doc.text`` in the article text.
        in_: ``"text"`` or ``"title"``, copied to every ``Amount``.

    Returns:
        The ``Amount`` records in text order, without overlaps.

    Raises:
        TypeError: if ``doc`` is not a spaCy ``Doc``.
    """
    if not isinstance(doc, Doc):
        raise TypeError(f"find_amounts needs a spaCy Doc, got {type(doc).__name__}")
    text = doc_text(doc)
    cands: list[tuple[int, int, int, float | None, str | None]] = []  # start, end, prio, value, unit
    starts = _number_starts(text)

    for m in _RX_PREFIX.finditer(text):
        scale = (m["scale"] or "").lower()
        value = _parse_num(m["num"]) * _SCALE_VALUE.get(scale, 1.0)
        cands.append((m.start(), m.end(), 0, value, _PREFIX_CUR[m["cur"].replace(" ", "").strip()]))
    for m in _number_iter(_RX_SUFFIX, text, starts):
        word = re.sub(r"\s+", " ", m["curw"].lower())
        if word in _NEEDS_SCALE and not m["scale"] and not m["adj"]:
            continue
        value = _scaled(m)
        unit = _WORD_CUR[word]
        if m["adj"] and word in ("dollars", "dollar", "dlrs", "dlr", "rupees", "francs", "marks", "pesos"):
            unit = _ADJ_CUR.get(m["adj"].lower(), unit)
        if word in ("cts", "cents") and value is not None:
            value /= 100.0
        cands.append((m.start(), m.end(), 0, value, unit))
    for m in _number_iter(_RX_PERCENT, text, starts):
        unit = "percentage points" if m["pct"].lower().startswith("percentage") else "percent"
        cands.append((m.start(), m.end(), 1, _number_value(m), unit))
    for m in _number_iter(_RX_MEASURE, text, starts):
        mu = re.sub(r"\s+", " ", m["mu"].lower())
        unit = ("barrels per day" if mu.startswith("barrel") and mu.endswith("day")
                else _MEASURE_UNIT.get(mu.split()[-1], mu))
        cands.append((m.start(), m.end(), 1, _scaled(m), unit))

    found: list[tuple[int, int, Span, float | None, str | None, Token | None]] = []  # count noun or None
    taken: list[tuple[int, int]] = []
    for s, e, _p, value, unit in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        if any(s < te and e > ts for ts, te in taken):
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or _numbering(doc, span):
            continue
        taken.append((s, e))
        found.append((s, e, span, value, unit, None))

    for m in _number_iter(_RX_COUNT, text, starts):
        s, e = m.span()
        if any(s < te and e > ts for ts, te in taken):
            continue
        if m["wnum"] and m["wnum"].lower() == "one":
            continue
        if m["num"] and re.fullmatch(r"(?:1[89]|20)\d\d|2100", m["num"]):
            continue  # a year: "the 2025 elections"
        if re.match(r"[ \u00a0]\d", text[e:e + 2]) or re.search(r"\d[ \u00a0]$", text[max(0, s - 2):s]):
            continue  # a digit group of a phone or account number
        if text[s - 1:s] == "(" and text[e:e + 1] == ")":
            continue  # "(28)": a reference or a date in brackets
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or _numbering(doc, span):
            continue
        noun = _count_noun(span)
        if noun is None:
            continue
        if m["wnum"] and span.start > 0 and doc[span.start - 1].lower_ in _DETERMINERS:
            continue  # "the two leaders": a reference, not a measurement
        unit = _COUNT_UNIT.get(noun.lower_) or (noun.lemma_ if noun.pos_ == "PROPN" else noun.lemma_.lower())
        taken.append((s, e))
        found.append((s, e, span, _scaled(m), unit, noun))

    all_tokens = {t.i for _s, _e, span, *_ in found for t in span}
    out: list[Amount] = []
    for s, e, span, value, unit, noun in found:
        inside = {t.i for t in span}
        others = all_tokens - inside
        obj = _np_text(noun, inside | others) if noun is not None else _object(span, others)
        out.append(Amount(text=text[s:e], value=_clean(value), unit=unit, object=obj,
                          start=s + offset, end=e + offset, in_=in_))
    out.sort(key=lambda a: a.start)
    return out


def _numbering(doc: Doc, span: Span) -> bool:
    """True for "page 5", "No. 10", "flight 370": numbers that name rather than measure."""
    if span.start == 0:
        return False
    prev = doc[span.start - 1].lower_
    return prev in _NUMBERING_WORDS or prev in _MONTH_WORDS  # "page 5", "March 28"
