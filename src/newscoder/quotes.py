"""Direct quotations and their speakers.

Quote marks: “ ” „ “ « » ‹ › ‘ ’, straight " and straight ' (paired in order within a paragraph; a
straight " and a curly quote may pair with each other, as careless copy does). A ‘ opens a quote only at a
word start and a ’ closes one only at a word end that is not an apostrophe inside a word ("Canada’s"); a
straight ' quotes only when a closing one follows on the same line ("of 'bad faith'", not "the '90s"). A
paragraph that opens a quote and never closes it quotes to its end (the news convention for quotes running
over paragraphs). Single-word quotes are scare quotes; two-word ones count only when someone says them.

The speaker of a quote, first rule that applies:

1. the reporting verb (say, tell, write, add, describe ... as) that governs the quote in the parse
   ("...," the minister said; said Trump; Carney told Trump that his government "will ..."), not through
   an adjunct ("would respond in a 'measured' way"); a naming verb under an outer one defers to it
   ("Beijing called X 'bullying', spokesman Lin said" -> Lin);
2. a reporting verb in the same sentence, outside any quote; then "according to X" in the sentence;
3. for a quote inside a clause with no reporting verb, the active subject of the governing verb, when it
   can speak ("Von der Leyen promised a 'robust' response"; "the members 'condemned ...'");
4. "according to X" in the paragraph, then its nearest reporting verb ("...," Lula said. "...");
5. a paragraph that is all quote with no cue continues the previous paragraph's speaker; an unclosed
   quote with no cue takes the speaker of the paragraph that continues it.

A cue verb without a subject borrows the subject of the verb it depends on ("told reporters, adding:");
"quoted/cited X as saying" gives X. The subject becomes a speaker through the actor index: the actor at
the subject's head, a name in apposition, or a government or body the phrase stands for ("Carney's office",
"a spokesman for the Bundesbank", but not "a dealer at a U.S. house"); pronouns and relative pronouns are
followed back to the last main-clause subject outside quotes ("he said", "it said", "which said"); a
definite description ("the spokesman", "the statement") to its earlier mention. A speaker that is no actor
keeps its text, with the country of a demonym or actor in it, else, for officials and statements, the
country of the last main-clause subject that names one. A person the dictionary gives no country takes it
from the title words around a mention ("MITI director general X"), else from the sentence that introduces
the person (the subject of what it says, then the nearest country named outside quotes); a company's officer
("BankAmerica Corp chairman X") takes none from what he says.
"""
from __future__ import annotations

import bisect

import datetime as dt
import re

from .nlp import doc_text
from .records import Quote, Speaker
from .actors.resolver import COMPANY_SUFFIXES, regional

OPEN_CLOSE = {"“": "”", "„": "“", "«": "»", "‹": "›", "‘": "’"}
# Closing marks also accepted for an opening mark (mixed straight and curly quotes).
_ALSO_CLOSE = {'"': "”", "“": '"'}
EXTRA_CUES = {"describe", "call", "quote", "tweet", "post", "write", "add", "tell", "say", "state",
              "declare", "insist", "warn", "stress", "note", "argue", "claim", "remark", "reply",
              "respond", "announce", "explain", "conclude", "acknowledge", "caution", "vow", "urge",
              "label", "brand", "term", "dub", "reaffirm", "express"}
# Naming verbs: "Beijing called X 'bullying', spokesman Lin said" belongs to the outer speaker.
_NAMING = {"call", "describe", "label", "brand", "term", "dub"}
_TOLD = {"tell", "inform", "notify", "warn", "assure", "advise", "brief", "remind", "ask"}  # passive: the hearer
_WORD = re.compile(r"\w", re.UNICODE)
_SUBJ = ("nsubj", "nsubjpass")
_PERSON_PRON = {"he", "she", "him", "her"}
_GROUP_PRON = {"it", "they", "we"}
_REL_PRON = {"which", "who", "that"}
# Unnamed speakers that stand for a government or body: when nothing in the text names their country,
# the article's context gives it.
_STATEMENT_NOUNS = {"statement", "communique", "communiqué", "readout", "announcement", "letter",
                    "delegation", "department", "office", "spokesperson", "spokeswoman", "group",
                    "association", "ministry", "government", "embassy", "mission", "agency", "regime",
                    "cabinet", "administration", "military", "army"}
_CONTEXT_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP"}


# Every character that can open a quote below: the scan jumps from one to the next.
_OPENERS = re.compile("[" + re.escape("".join(OPEN_CLOSE) + "\"'") + "]")


_PRESS_WORDS = {"daily", "newspaper", "paper", "weekly", "tabloid", "radio", "television", "tv", "agency",
                "broadcaster", "magazine", "top-selling", "mass-circulation", "news"}


def find_quote_spans(text: str) -> list[tuple[int, int, bool]]:
    """Return (start, end, closed) of quoted words (marks excluded) in one paragraph."""
    spans: list[tuple[int, int, bool]] = []
    i, n = 0, len(text)
    while i < n:
        m = _OPENERS.search(text, i)
        if m is None:
            break
        i = m.start()
        ch = text[i]
        close = None
        if ch in OPEN_CLOSE and ch != "‘":
            close = OPEN_CLOSE[ch]
        elif ch == "‘" and (i == 0 or not _WORD.match(text[i - 1])) and i + 1 < n and not text[i + 1].isspace():
            close = "’"
        elif ch == '"':
            close = '"'
        elif ch == "'" and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—–-/") and i + 1 < n \
                and _WORD.match(text[i + 1]) and not text[i + 1].isdigit():
            # A straight single quote: only when a closing one follows within the line ("of 'bad faith'").
            j = _single_close(text, i + 1)
            if j is None:
                i += 1
                continue
            spans.append((i + 1, j, True))
            i = j + 1
            continue
        if close is None:
            i += 1
            continue
        also = _ALSO_CLOSE.get(ch)
        j = i + 1
        while j < n:
            c = text[j]
            if c == close or c == also:
                if close == "’" and j + 1 < n and _WORD.match(text[j + 1]) and j > 0 and _WORD.match(text[j - 1]):
                    j += 1  # an apostrophe inside a word
                    continue
                break
            if close == '"' and c == "\n":
                break
            j += 1
        closed = j < n and (text[j] == close or text[j] == also)
        spans.append((i + 1, j, closed))
        i = j + 1
    return spans


def _single_close(text: str, k: int) -> int | None:
    """The straight ' closing a quote opened before ``k``: after a non-space, before a non-word, on the
    same line and within 300 characters; None when there is none (an apostrophe: "rock 'n roll")."""
    n = len(text)
    for j in range(k, min(n, k + 300)):
        c = text[j]
        if c == "\n":
            return None
        if c == "'" and not text[j - 1].isspace() and (j + 1 == n or not _WORD.match(text[j + 1])):
            return j
    return None


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
        e -= 1
    return s, e


# "one of the officials", "some of the diplomats": the speaker is of the group named after "of".
_PART_WORDS = frozenset({"one", "some", "several", "many", "most", "each", "none", "any", "all", "both", "either"})
# Unnamed people wire copy quotes, referred to later as "he" or "she".
_SOURCE_NOUNS = frozenset({"source", "analyst", "witness", "observer", "expert", "economist", "banker", "trader",
                           "dealer"})


class QuoteFinder:
    """Finds quotes in parsed segments and attributes them to actors."""

    def __init__(self, resolver, reporting_verbs=frozenset(), event_nouns=frozenset()):
        self.resolver = resolver
        self.d = getattr(resolver, "d", None)
        self.cues = set(reporting_verbs) | EXTRA_CUES
        # Nouns naming acts ("attacks", "talks"): never the one who speaks.
        self.event_nouns = frozenset(event_nouns) - _STATEMENT_NOUNS

    # The entry point ----------------------------------------------------------------------------------
    def find(self, parsed: list, idx) -> list[Quote]:
        art = _Article(self, parsed, idx)
        out: list[Quote] = []
        info: list[tuple[int, bool, bool, bool]] = []  # (seg, cue found, closed, at paragraph start)
        last_speaker: Speaker | None = None
        last_seg = -2
        for seg, p in enumerate(parsed):
            text = doc_text(p.doc)
            for s, e, closed in art.spans[seg]:
                words = len(text[s:e].split())
                if words < 2:
                    continue  # a scare quote ("governor")
                whole_para = s <= 2 and e >= len(text.rstrip()) - 2
                cue_tok, speaker = art.attribute(seg, s, e)
                if speaker is None and cue_tok is None and (last_seg == seg - 1 or (not whole_para and last_seg == seg)):
                    # a paragraph-long quote, or a quoted phrase with no cue of its own, right after a
                    # speaker's quote: the same speaker goes on
                    speaker = last_speaker
                if words < 3 and (speaker is None or (speaker.actor is None and speaker.country is None)):
                    continue  # a two-word phrase nobody is said to have said: not a quotation
                partial = not whole_para and words < 12 and self._inside_sentence(text, s, e)
                q = Quote(text=text[s:e], start=p.start + s, end=p.start + e, speaker=speaker,
                          cue=cue_tok.text if cue_tok is not None else None, in_=p.in_, partial=partial)
                out.append(q)
                info.append((seg, cue_tok is not None, closed, s <= 2))
                if speaker is not None:
                    last_speaker, last_seg = speaker, seg
        # A quote running over paragraphs with its cue at the end: the unclosed part takes the speaker of
        # the paragraph that continues it.
        for k in range(len(out) - 2, -1, -1):
            seg, has_cue, closed, _ = info[k]
            if not has_cue and not closed:
                nseg, n_cue, _, at_start = info[k + 1]
                if nseg == seg + 1 and at_start and out[k + 1].speaker is not None and (
                        n_cue or out[k].speaker is None):
                    out[k].speaker = out[k + 1].speaker
                    info[k] = (seg, n_cue, closed, info[k][3])
        return out

    @staticmethod
    def _inside_sentence(text: str, s: int, e: int) -> bool:
        before = text[:s - 1].rstrip()
        return bool(before) and before[-1] not in ".:!?"


class _Article:
    """The quote spans of one article and what is needed to find their speakers."""

    def __init__(self, finder: QuoteFinder, parsed: list, idx):
        self.f = finder
        self.d = finder.d
        self.cues = finder.cues
        self.parsed = parsed
        self.idx = idx
        self.spans: list[list[tuple[int, int, bool]]] = []
        # Per segment, the raw quote intervals (sorted, disjoint) for a bisect look-up: a set of every
        # quoted character offset cost more than the rest of the stage on long unclosed quotes.
        self.inside: list[tuple[list[int], list[int]]] = []
        for p in parsed:
            text = doc_text(p.doc)
            spans, inside = [], ([], [])
            for s, e, closed in find_quote_spans(text):
                inside[0].append(s)
                inside[1].append(e)
                s2, e2 = _trim(text, s, e)
                if e2 > s2:
                    spans.append((s2, e2, closed))
            self.spans.append(spans)
            self.inside.append(inside)
        self._country_cache: dict[str, str | None] = {}
        self._depth = 0

    # -- helpers --------------------------------------------------------------------------------------
    def quoted(self, seg: int, t) -> bool:
        starts, ends = self.inside[seg]
        k = bisect.bisect_right(starts, t.idx) - 1
        return k >= 0 and t.idx < ends[k]

    def is_cue(self, t) -> bool:
        lemma = t.lemma_.lower()
        if t.pos_ not in ("VERB", "AUX"):
            # "with spokesman X stating, '...'": a gerund the tagger took for a noun.
            low = t.lower_
            if not (t.pos_ == "NOUN" and low.endswith("ing") and any(c.dep_ in ("nsubj", "ccomp") for c in t.children)):
                return False
            stem = low[:-3]
            lemma = next((x for x in (stem, stem + "e", stem[:-1]) if x in self.cues), stem)
        if lemma not in self.cues:
            return False
        if lemma == "call" and not any(c.dep_ in ("oprd", "xcomp", "dobj", "ccomp") for c in t.children):
            return False
        return True

    # -- attribution ----------------------------------------------------------------------------------
    def attribute(self, seg: int, s: int, e: int):
        doc = self.parsed[seg].doc
        q_toks = [t for t in doc if s <= t.idx < e]
        if not q_toks:
            return None, None
        q_set = {t.i for t in q_toks}
        roots = [t for t in q_toks if t.head.i not in q_set or t.head.i == t.i]
        # a full stop inside the marks hangs on the sentence's root: not what governs the quotation
        roots = [t for t in roots if not t.is_punct] or roots
        # the sentences the quotation touches, by their first token (Token.sent walks the sentence: once per
        # sentence here, not once per word)
        lo, hi = q_toks[0].i, q_toks[-1].i
        spans = [sent for sent in doc.sents if sent.start <= hi and sent.end > lo]
        sents = {sent.start for sent in spans}
        # 1. A reporting verb governing the quote.
        cue = self._governing_cue(seg, roots, q_set)
        if cue is not None:
            return cue, self._cue_speaker(seg, cue, q_set)
        # 2. A reporting verb in the same sentence, outside quotes.
        best, best_d = None, None
        for t in (t for sent in spans for t in sent):
            if not self.quoted(seg, t) and self.is_cue(t):
                dist = min(abs(t.idx - s), abs(t.idx - e))
                if best_d is None or dist < best_d:
                    best, best_d = t, dist
        if best is not None:
            return best, self._cue_speaker(seg, best, q_set)
        # 3. "according to X" in the sentence.
        acc = self._according(seg, doc, sents, True)
        if acc is not None:
            return acc
        # 4. The subject of the verb the quote sits in ("the members 'condemned ...'", "promised a 'robust' ...").
        # Only an active subject that can speak: "33 hostages ... will be released, 'including ...'" is none.
        for r in roots:
            if r.pos_ in ("VERB", "AUX") and (r.head.i == r.i or r.head.i in q_set):
                subj = next((c for c in r.children if c.dep_ == "nsubj" and c.i not in q_set
                             and not self.quoted(seg, c)), None)
                if subj is not None:
                    sp = self.speaker(seg, subj)
                    if self._can_speak(subj, sp):
                        return r, sp
        for r in roots:
            t, steps = r, 0
            while t.head.i != t.i and steps < 6:
                t, steps = t.head, steps + 1
                if t.i in q_set or t.pos_ not in ("VERB", "AUX"):
                    continue
                subj = self._subject(seg, t, q_set)
                if subj is not None:
                    if subj.dep_ == "nsubjpass":
                        break
                    sp = self.speaker(seg, subj)
                    if self._can_speak(subj, sp):
                        return t, sp
                    break
        # 5. "according to X" in the paragraph; then its nearest reporting verb.
        acc = self._according(seg, doc, sents, False)
        if acc is not None:
            return acc
        best, best_d = None, None
        for t in doc:
            if not self.quoted(seg, t) and self.is_cue(t):
                dist = min(abs(t.idx - s), abs(t.idx - e))
                if dist <= 250 and (best_d is None or dist < best_d):
                    best, best_d = t, dist
        if best is not None:
            return best, self._cue_speaker(seg, best, q_set)
        return None, None

    def _can_speak(self, subj, sp: Speaker | None) -> bool:
        """An actor, a country, a name, or an official, a statement, a body: not "the deal" or "a corridor"."""
        if sp is None:
            return False
        if sp.actor is not None or sp.country is not None or subj.pos_ in ("PROPN", "PRON"):
            return True
        return self._person_noun(subj) or self._context_noun(subj)

    def _according(self, seg: int, doc, sents, same_sentence: bool):
        for t in doc:
            if t.lower_ == "according" and not self.quoted(seg, t) and (t.sent.start in sents or not same_sentence):
                to = next((c for c in t.children if c.lower_ == "to"), None)
                if to is None and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
                    to = doc[t.i + 1]
                obj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
                if obj is not None:
                    if self._press(obj):
                        # '"...," PM Ishiba said in Tokyo according to AFP': the person named before the
                        # agency said it; the agency reports it
                        person = next((x for x in reversed(list(t.sent)) if x.i < t.i and not self.quoted(seg, x)
                                       and (r := self.idx.ref_at(seg, x.i)) is not None and r.kind == "person"), None)
                        if person is not None:
                            return t, self.speaker(seg, person)
                    return t, self.speaker(seg, obj)
        return None

    def _governing_cue(self, seg: int, roots, q_set):
        found = None
        for r in roots:
            t, steps = r, 0
            while t.head.i != t.i and steps < 8:
                prev, t, steps = t, t.head, steps + 1
                if t.i in q_set or self.quoted(seg, t):
                    continue
                if prev.dep_ == "prep" and prev.lower_ not in ("as", "of", "about"):
                    continue  # "would respond in a 'measured' way": an adjunct, not what was said
                if self.is_cue(t):
                    if found is None or steps < found[0]:
                        found = (steps, t)
                    break
        if found is None:
            return None
        cue = found[1]
        if cue.tag_ == "VBG" and cue.dep_ in ("advcl", "xcomp") and cue.head.dep_ == "ccomp" and \
                self.is_cue(cue.head.head) and not self.quoted(seg, cue.head.head):
            # 'Denman added that a president should have flexibility, saying "..."': the parse hangs the
            # participle on the reported clause; the one who added it says it
            return cue.head.head
        # (the cheap tests first: most cues are no complement of another cue)
        subj = self._subject(seg, cue, q_set) if cue.dep_ in ("ccomp", "parataxis") and cue.head.i < cue.i \
            and cue.lemma_.lower() in ("report", "say", "quote") and self.is_cue(cue.head) else None
        if subj is not None and self._press(subj):
            # 'Mousavi said Iran had "more effective" missiles ..., Tehran Radio reported': the parse hangs
            # the quote under the broadcaster; the person's cue before it said it
            outer = self._subject(seg, cue.head, q_set)
            ref = self.idx.ref_at(seg, outer.i) if outer is not None else None
            if ref is not None and ref.kind == "person":
                return cue.head
        if cue.lemma_.lower() in _NAMING:
            # "Beijing called X 'bullying', spokesman Lin said": the outer reporting verb's speaker.
            h = cue
            for _ in range(3):
                if h.dep_ not in ("ccomp", "parataxis", "conj") or h.head.i == h.i:
                    break
                h = h.head
                if self.is_cue(h) and h.lemma_.lower() not in _NAMING:
                    subj = self._subject(seg, h, q_set)
                    if subj is not None:
                        ref = self.idx.ref_at(seg, subj.i)
                        if ref is not None and ref.kind == "person":
                            return h
                    break
        return cue

    def _subject(self, seg: int, verb, q_set):
        """The subject of ``verb``, else of the verb it depends on ("told reporters, adding:"); for "quoted X
        as saying", X."""
        t = verb
        fallback = None
        for _ in range(4):
            if t.lemma_.lower() in ("quote", "cite"):
                obj = next((c for c in t.children if c.dep_ == "dobj"), None)
                if obj is not None and not self.quoted(seg, obj):
                    return obj
            subjs = [c for c in t.children if c.dep_ in _SUBJ]
            if t.lemma_.lower() in _TOLD and any(c.dep_ == "auxpass" for c in t.children):
                subjs = [c for c in subjs if c.dep_ != "nsubjpass"]  # "the king would be told ...": the hearer
            subj = min(subjs, key=lambda c: abs(c.i - t.i)) if subjs else None  # a bad parse may give two
            if subj is not None:
                if subj.i in q_set or self.quoted(seg, subj):
                    return fallback
                if not self._act_noun(seg, subj):
                    return subj
                # 'Ahmed said the attacks took place ... and indicated that "..."': an act does not speak;
                # the speaker is further up, if anywhere.
                fallback = fallback or subj
            agent = next((c for c in t.children if c.dep_ == "agent"), None)
            if agent is not None:
                obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
            if t.head.i == t.i or t.dep_ not in ("advcl", "xcomp", "conj", "pcomp", "pobj", "prep", "ccomp", "acl",
                                                 "dep", "parataxis"):
                return fallback
            was_acl = t.dep_ == "acl"
            t = t.head
            if t.dep_ == "prep" or t.pos_ == "ADP":  # "as saying": climb over the preposition
                t = t.head
            if was_acl and t.pos_ == "NOUN" and t.dep_ in ("dobj", "pobj") and t.head.pos_ in ("VERB", "AUX") \
                    and self.idx.ref_at(seg, t.i) is None and t.lemma_.lower() not in _STATEMENT_NOUNS \
                    and not self._person_noun(t):
                t = t.head  # "Chirac set out the French position saying: '...'": Chirac speaks
        return fallback

    def _act_noun(self, seg: int, tok) -> bool:
        """A common noun naming an act ("the attacks", "the talks"), no actor of the article."""
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in self.f.event_nouns and self.idx.ref_at(seg, tok.i) is None

    def _cue_speaker(self, seg: int, cue, q_set) -> Speaker | None:
        subj = self._subject(seg, cue, q_set)
        if subj is None:
            subj = self._np_near_cue(seg, cue, q_set)
        if subj is None:
            return None
        sp = self.speaker(seg, subj)
        ref = self.idx.ref_at(seg, subj.i) if subj.pos_ == "NOUN" else None
        app = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None) \
            if subj.pos_ == "NOUN" and (ref is None or ref.kind != "person") else None
        if app is not None and app.ent_type_ == "PERSON":
            # "They quoted an Iranian soldier, Hamid Dehqani, as saying": the name apposed to the description
            named = self.speaker(seg, app)
            if named is not None:
                if named.country is None and sp is not None and sp.country is not None:
                    named = Speaker(text=named.text, actor=named.actor, name=named.name, country=sp.country)
                return named
        if subj.i > cue.i and (sp is None or sp.actor is None or sp.name is None):
            # '"...," said Gulf and Western chairman Martin Davis': a name later in the inverted subject.
            doc = cue.doc
            for j in range(subj.i + 1, min(cue.sent.end, subj.i + 8)):
                t = doc[j]
                if t.is_punct or self.quoted(seg, t) or t.pos_ in ("VERB", "AUX"):
                    break
                ref = self.idx.ref_at(seg, t.i)
                if ref is not None and ref.kind == "person":
                    k = j
                    while k + 1 < cue.sent.end and self.idx.ref_at(seg, k + 1) is ref:
                        k += 1
                    return self._from_ref(ref, " ".join(doc[subj.left_edge.i:k + 1].text.split()))
        return sp

    def _np_near_cue(self, seg: int, cue, q_set):
        """A parse that lost the cue's subject: the noun phrase just before the cue ('"...," a senior official
        told AFP') or just after it ('"...," said the ministry')."""
        doc = cue.doc
        j = cue.i - 1
        while j >= cue.sent.start and doc[j].pos_ in ("ADV", "AUX", "PART"):
            j -= 1
        if j >= cue.sent.start and doc[j].pos_ in ("NOUN", "PROPN") and not self.quoted(seg, doc[j]) and j not in q_set:
            t = doc[j]
            while t.dep_ in ("compound", "flat") and t.head.i > t.i:
                t = t.head
            return t
        j = cue.i + 1
        while j < cue.sent.end and doc[j].pos_ in ("DET", "ADJ", "PROPN", "NOUN"):
            if doc[j].pos_ in ("NOUN", "PROPN") and (j + 1 >= cue.sent.end or doc[j + 1].pos_ not in ("NOUN", "PROPN")):
                return doc[j] if not self.quoted(seg, doc[j]) else None
            j += 1
        return None

    # -- speakers -------------------------------------------------------------------------------------
    def speaker(self, seg: int, tok) -> Speaker | None:
        if self._depth > 4:
            return None
        self._depth += 1
        try:
            return self._speaker(seg, tok)
        finally:
            self._depth -= 1

    def _speaker(self, seg: int, tok) -> Speaker | None:
        low = tok.lower_
        if low in _PART_WORDS or tok.pos_ == "NUM":
            # "one of the administration officials", "two of the diplomats": the group they belong to
            part = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"), None)
            if part is not None:
                sp = self.speaker(seg, part)
                if sp is not None:
                    return Speaker(text=self._np_text(seg, tok), actor=sp.actor, name=sp.name, country=sp.country)
        if tok.tag_ in ("WDT", "WP") or (low in _REL_PRON and tok.dep_ in _SUBJ and tok.head.dep_ == "relcl"):
            # "the country's government, which said": the noun the clause hangs on.
            if tok.head.dep_ == "relcl" and tok.head.head.i != tok.i:
                return self.speaker(seg, tok.head.head)
            return None
        if tok.pos_ == "PRON":
            return self._pronoun(seg, tok)
        ref = self.idx.ref_at(seg, tok.i)
        text = self._np_text(seg, tok)
        if ref is None:
            owner = self._owner_person(seg, tok)
            if owner is not None:
                # "a Reagan administration official", "a Carney aide": someone of that person's side, not
                # the person.
                return Speaker(text=text, country=self._person_country(self._canonical(owner)))
            ref = self._np_ref(seg, tok)
        if ref is not None:
            return self._from_ref(ref, text)
        country = self._np_country(seg, tok)
        if country is None and tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper():
            sp = self._dictionary_person(tok, text)
            if sp is not None:
                return sp
            if tok.pos_ == "PROPN":
                # A name nobody knows ("Tamura told a news conference in Tokyo"): the words around it.
                country = self._infer_country([(seg, tok.i)], {(seg, t.i) for t in self._np_tokens(seg, tok)})
        if country is None:
            ante = self._definite_antecedent(seg, tok)
            if ante is not None:
                sp = self.speaker(*ante)
                if sp is not None and (sp.actor is not None or sp.country is not None):
                    return Speaker(text=text, actor=sp.actor, name=sp.name, country=sp.country)
        if country is None and self._context_noun(tok):
            # "a defence ministry spokesman" in a story filed from Tokyo: of the dateline's government
            country = getattr(self.idx, "home", None) or self._context_country(seg, tok)
        if country is None and getattr(self.idx, "home", None) and self._press(tok):
            country = self.idx.home  # "the daily Gunes", "Cumhuriyet said" in a story filed from Ankara
        return Speaker(text=text, country=country)

    @staticmethod
    def _press(tok) -> bool:
        """A newspaper, agency or broadcaster named as a source ("the daily Gunes", "the top-selling
        Hurriyet", "state radio")."""
        words = {tok.lemma_.lower()} | {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound", "appos", "nmod")}
        if tok.dep_ == "appos":
            words.add(tok.head.lemma_.lower())
        # or an organisation nobody knows ("Cumhuriyet said"): in wire copy, most likely a local one
        return bool(words & _PRESS_WORDS) or (tok.pos_ == "PROPN" and (
            tok.ent_type_ in ("ORG", "NORP", "") or any(c.dep_ == "det" for c in tok.children)))

    def _from_ref(self, ref, text: str) -> Speaker:
        if ref.kind == "person":
            ref = self._canonical(ref)
            return Speaker(text=text, actor=ref.id, name=self._full_name(ref), country=self._person_country(ref))
        return Speaker(text=text, actor=ref.id, name=ref.name, country=ref.country)

    def _np_tokens(self, seg: int, tok) -> list:
        """The head, its left modifiers and its of/for/from phrases (relative clauses and the like excluded)."""
        out = [tok]
        for c in tok.children:
            if c.i < tok.i and c.dep_ not in ("relcl", "acl", "punct", "cc"):
                out.extend(c.subtree)
            elif c.i > tok.i and c.dep_ in ("compound", "flat", "appos", "nmod"):
                out.extend(c.subtree)
            elif c.i > tok.i and c.dep_ == "prep" and c.lower_ in ("of", "for", "from", "at"):
                out.extend(c.subtree)
            elif c.i > tok.i and c.dep_ == "acl" and c.tag_ == "VBN" and tok.lemma_.lower() in _STATEMENT_NOUNS:
                # "a statement issued by the Soviet embassy": its author
                out.extend(g for a in c.children if a.dep_ == "agent" for g in a.subtree)
        return [t for t in out if not self.quoted(seg, t)]

    def _np_text(self, seg: int, tok) -> str:
        if tok.pos_ == "PRON":
            return tok.text
        toks = [tok]
        for c in tok.children:
            if c.i < tok.i and c.dep_ not in ("relcl", "acl", "punct", "cc", "appos"):
                toks.extend(c.subtree)
            elif c.i > tok.i and (c.dep_ in ("compound", "flat", "nmod") or (
                    c.dep_ == "prep" and c.lower_ in ("of", "for", "from", "at")) or (
                    c.dep_ == "prep" and c.text[:1].isupper() and any(g.pos_ == "PROPN" for g in c.children))):
                # a capitalised "preposition" is a first name: "Foreign Ministry spokesman Per Paust"
                toks.extend(c.subtree)
        toks = [t for t in toks if not self.quoted(seg, t)]
        if not toks:
            return tok.text
        lo = min(t.i for t in toks)
        hi = max(t.i for t in toks)
        doc = tok.doc
        while lo < tok.i and (doc[lo].is_punct or doc[lo].dep_ == "cc"):
            lo += 1
        while hi > tok.i and (doc[hi].is_punct or doc[hi].dep_ == "cc"):
            hi -= 1
        text = doc[lo:hi + 1].text
        if len(text) > 80:
            text = tok.text
        return " ".join(text.split())

    def _np_ref(self, seg: int, tok):
        """An actor in the noun phrase: a person first (a name in apposition included), then a government,
        organisation or country that the phrase stands for: "Carney's office", "a Syrian ministry
        statement", "a spokesman for the Bundesbank" -- but not "a dealer at a U.S. house"."""
        multi = self.idx.multi.get((seg, tok.i))
        if multi:
            return None
        speaks_for = tok.pos_ == "PROPN" or self._context_noun(tok) or self._person_noun(tok)
        found = []
        for t in self._np_tokens(seg, tok):
            ref = self.idx.ref_at(seg, t.i)
            if ref is None:
                continue
            if ref.kind == "person":
                return ref
            if t.i == tok.i:
                found.append(ref)
                continue
            via = t
            while via.head.i != tok.i and via.head.i != via.i:
                via = via.head
            if via.dep_ == "prep" and via.lower_ in ("of", "for") and speaks_for:
                found.append(ref)
            elif tok.lemma_.lower() in _STATEMENT_NOUNS and ((via.dep_ == "prep" and via.lower_ == "from") or (
                    via.dep_ == "acl" and via.tag_ == "VBN" and any(a.dep_ == "agent" and a.i < t.i for a in via.children))):
                found.append(ref)  # "a statement from the Kremlin", "a statement issued by the Soviet embassy"
            elif via.i < tok.i and via.dep_ != "prep" and speaks_for:
                found.append(ref)
        for ref in found:
            if ref.kind in ("government", "igo", "organization", "group") and ref.country:
                return ref
        return next((r for r in found if r.country), None)

    def _token_country(self, seg: int, t) -> str | None:
        ref = self.idx.ref_at(seg, t.i)
        if ref is not None and ref.country and ref.kind != "person":
            return ref.country
        c = self.idx.country_tok.get((seg, t.i))
        if c:
            return c
        if self.d is not None and t.text[:1].isupper() and t.pos_ in ("ADJ", "PROPN", "NOUN") and not regional(t):
            return self.d.demonym(t.text)  # (not "one Latin American official": a region's)
        return None

    def _np_country(self, seg: int, tok) -> str | None:
        # the head, then its modifiers nearest first: "Greece and Turkey's NATO allies" speak for NATO
        toks = sorted(self._np_tokens(seg, tok), key=lambda t: (t.i != tok.i, t.i > tok.i, abs(t.i - tok.i)))
        for t in toks:
            c = self._token_country(seg, t)
            if c:
                return c
        return None

    def _context_noun(self, tok) -> bool:
        low = tok.lemma_.lower()
        if low in _STATEMENT_NOUNS:
            return True
        info = self.d.title(low) if self.d is not None else None
        if info is None and self.d is not None:
            info = self.d.title(tok.lower_)
        return info is not None and info.sector in _CONTEXT_SECTORS

    def _definite_antecedent(self, seg: int, tok):
        """'the spokesman' -> the last earlier 'spokesman' outside quotes; 'the statement' after 'X said in a
        statement' -> X."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
            return None
        lemma = tok.lemma_.lower()
        for s in range(seg, max(-1, seg - 8), -1):
            doc = self.parsed[s].doc
            for t in reversed(doc):
                if s == seg and t.i >= tok.i:
                    continue
                if t.lemma_.lower() != lemma or t.pos_ != tok.pos_ or t.dep_ == "compound" or self.quoted(s, t):
                    continue
                if t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.pos_ in ("VERB", "AUX"):
                    subj = next((c for c in t.head.head.children if c.dep_ in _SUBJ), None)
                    if subj is not None and not self.quoted(s, subj):
                        return s, subj
                if (self.idx.ref_at(s, t.i) is not None or self._np_ref(s, t) is not None
                        or self._np_country(s, t) is not None):
                    return s, t
                if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children):
                    return s, t  # the first, indefinite mention ("a foreign ministry statement")
        return None

    def _main_subject(self, seg: int, t) -> bool:
        if t.dep_ not in _SUBJ or self.quoted(seg, t):
            return False
        h = t.head
        return h.dep_ == "ROOT" or self.is_cue(h) or (h.dep_ == "conj" and h.head.dep_ == "ROOT")

    def _context_country(self, seg: int, tok) -> str | None:
        """The country of the last main-clause subject (before ``tok``) that names one, in the 20 paragraphs
        before it or the headline and lead."""
        segs = list(range(seg, max(-1, seg - 21), -1))
        segs += [s for s in (1, 0) if s < seg - 20]
        for s in segs:
            doc = self.parsed[s].doc
            for t in reversed(doc):
                if s == seg and t.i >= tok.i:
                    continue
                if not self._main_subject(s, t) or t.pos_ == "PRON":
                    continue
                ref = self.idx.ref_at(s, t.i) or self._np_ref(s, t)
                if ref is not None:
                    c = self._person_country(self._canonical(ref)) if ref.kind == "person" else ref.country
                    if c:
                        return c
                c = self._np_country(s, t)
                if c:
                    return c
        return None

    # -- pronouns ---------------------------------------------------------------------------------------
    def _pronoun(self, seg: int, tok) -> Speaker | None:
        low = tok.lower_
        person = low in _PERSON_PRON
        group = low in _GROUP_PRON
        if not (person or group):
            return None
        window = 6 if person else 3
        for s in range(seg, max(-1, seg - window - 1), -1):
            doc = self.parsed[s].doc
            for t in reversed(doc):
                if s == seg and t.i >= tok.i:
                    continue
                if not self._main_subject(s, t):
                    continue
                if t.pos_ == "PRON":
                    continue  # "He also said ... '...,' he said": follow the chain further back
                ref = self.idx.ref_at(s, t.i)
                multi = self.idx.multi.get((s, t.i))
                if person:
                    if ref is None and multi is None:
                        ref = self._np_ref(s, t)
                    if ref is not None and ref.kind == "person":
                        return self._from_ref(ref, self._np_text(s, t))
                    if (ref is None or self.idx.ref_at(s, t.i) is None) and multi is None and self._person_noun(t) \
                            and t.tag_ in ("NN", "NNP"):
                        return self.speaker(s, t)  # "a British naval source": the source, of its country
                else:
                    if ref is not None and ref.kind in ("government", "igo", "organization", "group", "country"):
                        return self._from_ref(ref, self._np_text(s, t))
                    if ref is None and multi is None:
                        r2 = self._np_ref(s, t)
                        if r2 is not None and r2.kind != "person":
                            return self._from_ref(r2, self._np_text(s, t))
                        if self._context_noun(t) or (low == "they" and self._person_noun(t)):
                            return self.speaker(s, t)
        ref = self.f.resolver.pronoun(self.idx, seg, tok)
        if ref is not None:
            return self._from_ref(ref, tok.text)
        return Speaker(text=tok.text)

    def _owner_person(self, seg: int, tok):
        """The person named before a person noun that stands for someone else ("a Reagan administration
        official", "Trump aide"), unless the phrase also names the speaker (an apposition)."""
        if not self._person_noun(tok) or any(c.dep_ == "appos" for c in tok.children):
            return None
        for c in tok.children:
            if c.i < tok.i and c.dep_ in ("compound", "poss", "nmod", "amod"):
                for t in c.subtree:
                    ref = self.idx.ref_at(seg, t.i)
                    if ref is not None and ref.kind == "person":
                        return ref
        return None

    def _person_noun(self, t) -> bool:
        if self.d is None or t.pos_ != "NOUN":
            return False
        if t.lemma_.lower() in _SOURCE_NOUNS:
            return True  # "a British naval source ... 'These missiles pack a punch,' he told Reuters"
        info = self.d.title(t.lemma_.lower()) or self.d.title(t.lower_)
        return info is not None and info.person

    # -- people -----------------------------------------------------------------------------------------
    def _canonical(self, ref):
        """A person the index split in two ("Bruce Smart", later "August Smart"): the first one."""
        if ref.country or not ref.surname or not ref.positions:
            return ref
        first = min(ref.positions)
        best = ref
        for other in self.idx.refs:
            if (other is not ref and other.kind == "person" and other.surname
                    and other.surname.lower() == ref.surname.lower() and other.positions
                    and min(other.positions) < first):
                best, first = other, min(other.positions)
        return best

    def _person_country(self, ref) -> str | None:
        if ref.country:
            return ref.country
        if ref.id in self._country_cache:
            return self._country_cache[ref.id]
        self._country_cache[ref.id] = None
        c = self._infer_person_country(ref)
        self._country_cache[ref.id] = c
        return c

    def _infer_person_country(self, ref) -> str | None:
        own = {(s, i) for s, i in self.idx.tok if self.idx.tok[(s, i)] is ref}
        return self._infer_country(sorted(ref.positions), own)

    def _infer_country(self, positions, own) -> str | None:
        """The country of a person from the words around its mentions (see the module docstring)."""
        # Title words before a mention: "Ministry of International Trade and Industry (MITI) director general".
        company = False
        for s, i in positions:
            doc = self.parsed[s].doc
            j = i - 1
            while j >= 0 and i - j <= 14:
                t = doc[j]
                if self.quoted(s, t) or t.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "NUM") or (
                        t.pos_ == "CCONJ" and t.lower_ not in ("and", "&")) or (
                        t.pos_ == "ADP" and t.lower_ != "of") or (t.is_punct and t.text not in ("(", ")", "-", "'", "’")):
                    break
                if t.lower_.rstrip(".") in COMPANY_SUFFIXES:
                    company = True  # "BankAmerica Corp chairman A.W. Clausen": a company's man
                    break
                if (s, j) not in own:
                    c = self._token_country(s, t)
                    if c:
                        return c
                j -= 1
            for c in doc[i].children:
                if c.dep_ == "appos":
                    for t in c.subtree:
                        if (s, t.i) not in own and not self.quoted(s, t):
                            cc = self._token_country(s, t)
                            if cc:
                                return cc
        if company:
            return None  # (not the country he speaks about: "... Clausen said Brazil will restructure its debt")
        # The sentence that introduces the person: the side it speaks for ("X said the United States
        # would ...", "Beijing called ..., X said"), else the nearest country it names.
        positions = positions[:1]
        for s, i in positions:
            doc = self.parsed[s].doc
            h = doc[i]
            while h.dep_ in ("compound", "flat", "appos") and h.head.i != h.i:
                h = h.head
            verb = h.head if h.dep_ in _SUBJ else None
            while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if verb is None or not self.is_cue(verb):
                continue
            for c in verb.children:
                if c.dep_ in ("ccomp", "parataxis") and not self.quoted(s, c):
                    for sub in c.children:
                        if sub.dep_ in _SUBJ and not self.quoted(s, sub):
                            cc = self._np_country(s, sub)
                            if cc:
                                return cc
        # The nearest country named in the sentence of a mention, outside quotes.
        for s, i in positions:
            doc = self.parsed[s].doc
            sent = doc[i].sent
            best, best_d = None, None
            for t in sent:
                if (s, t.i) in own or self.quoted(s, t):
                    continue
                r = self.idx.ref_at(s, t.i)
                if r is not None and r.kind == "person":
                    continue
                c = self._token_country(s, t)
                if c and (best_d is None or abs(t.i - i) < best_d):
                    best, best_d = c, abs(t.i - i)
            if best:
                return best
        return None

    def _full_name(self, ref) -> str:
        """A one-word name the text continues at its first mention ("Crown Prince Abdullah Ibn Abdulaziz")."""
        name = ref.name
        if " " in name or not ref.positions:
            return name
        s, i = min(ref.positions)
        doc = self.parsed[s].doc
        j = i + 1
        while j < len(doc) and j - i <= 3 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() \
                and self.idx.ref_at(s, j) in (None, ref) and not self.quoted(s, doc[j]):
            j += 1
        return name if j == i + 1 else " ".join([name] + [t.text for t in doc[i + 1:j]])

    def _dictionary_person(self, tok, text: str) -> Speaker | None:
        """A bare surname the index does not know on the article date, known to the dictionary as holding
        a role shortly after it (a leader-elect)."""
        date = self.idx.date
        if self.d is None or date is None or not tok.text[:1].isupper():
            return None
        for when in (date, date + dt.timedelta(days=60)):
            cands = self.d.surname_candidates(tok.text, when)
            if len(cands) == 1:
                res = self.d.resolve(cands[0], when)
                return Speaker(text=text, name=cands[0].name, country=res.country)
        return None
