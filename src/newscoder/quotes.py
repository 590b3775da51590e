"""Direct quotations and their speakers.

Quote marks: “ ” „ “ « » ‹ › ‘ ’ and straight " (paired in order within a paragraph). A ‘ opens a quote
only at a word start and a ’ closes one only at a word end that is not an apostrophe inside a word
("Canada’s"). A paragraph that opens a quote and never closes it quotes to its end (the news convention
for quotes running over paragraphs).

The speaker is the subject of the cue: the reporting verb (say, tell, write, add, describe ... as) whose
subtree holds the quote, else the nearest reporting verb outside any quote in the paragraph ("...," Trump
wrote. "..."), else "according to X"; a quote paragraph with no cue continues the previous paragraph's
speaker. Speakers resolve through the actor index (pronouns included: "it said").
"""
from __future__ import annotations

import re

from .records import Quote, Speaker

OPEN_CLOSE = {"“": "”", "„": "“", "«": "»", "‹": "›", "‘": "’"}
EXTRA_CUES = {"describe", "call", "quote", "tweet", "post", "write", "add", "tell", "say", "state",
              "declare", "insist", "warn", "stress", "note", "argue", "claim", "remark", "reply",
              "respond", "announce", "explain", "conclude", "acknowledge", "caution", "vow", "urge"}
_WORD = re.compile(r"\w", re.UNICODE)


def find_quote_spans(text: str) -> list[tuple[int, int, bool]]:
    """Return (start, end, closed) of quoted words (marks excluded) in one paragraph."""
    spans: list[tuple[int, int, bool]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        close = None
        if ch in OPEN_CLOSE and ch != "‘":
            close = OPEN_CLOSE[ch]
        elif ch == "‘" and (i == 0 or not _WORD.match(text[i - 1])) and i + 1 < n and not text[i + 1].isspace():
            close = "’"
        elif ch == '"':
            close = '"'
        if close is None:
            i += 1
            continue
        j = i + 1
        while j < n:
            c = text[j]
            if c == close:
                if close == "’" and j + 1 < n and _WORD.match(text[j + 1]) and j > 0 and _WORD.match(text[j - 1]):
                    j += 1  # an apostrophe inside a word
                    continue
                break
            if close == '"' and c == "\n":
                break
            j += 1
        closed = j < n and text[j] == close
        spans.append((i + 1, j, closed))
        i = j + 1
    return spans


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
        e -= 1
    return s, e


class QuoteFinder:
    """Finds quotes in parsed segments and attributes them to actors."""

    def __init__(self, resolver, reporting_verbs=frozenset()):
        self.resolver = resolver
        self.cues = set(reporting_verbs) | EXTRA_CUES

    def find(self, parsed: list, idx) -> list[Quote]:
        out: list[Quote] = []
        last_speaker: Speaker | None = None
        last_seg = -2
        for seg, p in enumerate(parsed):
            doc = p.doc
            text = doc.text
            raw = find_quote_spans(text)
            spans = []
            for s, e, _ in raw:
                s2, e2 = _trim(text, s, e)
                if e2 > s2:
                    spans.append((s2, e2))
            inside = set()
            for s, e in spans:
                inside.update(range(s, e))
            for s, e in spans:
                words = len(text[s:e].split())
                whole_para = s <= 2 and e >= len(text.rstrip()) - 2
                cue_tok, speaker = self._attribute(doc, seg, idx, s, e, inside)
                if speaker is None and cue_tok is None and whole_para and last_seg == seg - 1:
                    speaker = last_speaker
                if words < 3 and (speaker is None or speaker.actor is None):
                    continue  # a scare quote ("governor") nobody is said to have said: not a quotation
                partial = not whole_para and words < 12 and self._inside_sentence(text, s, e)
                q = Quote(text=text[s:e], start=p.start + s, end=p.start + e, speaker=speaker,
                          cue=cue_tok.text if cue_tok is not None else None, in_=p.in_, partial=partial)
                out.append(q)
                if speaker is not None:
                    last_speaker, last_seg = speaker, seg
        return out

    @staticmethod
    def _inside_sentence(text: str, s: int, e: int) -> bool:
        before = text[:s - 1].rstrip()
        return bool(before) and before[-1] not in ".:!?"

    def _attribute(self, doc, seg, idx, s, e, inside):
        q_toks = [t for t in doc if s <= t.idx < e]
        best, best_score = None, None
        for t in doc:
            if t.idx in inside or t.pos_ not in ("VERB", "AUX"):
                continue
            lemma = t.lemma_.lower()
            if lemma not in self.cues:
                continue
            if lemma == "call" and not any(c.dep_ in ("oprd", "xcomp", "dobj") for c in t.children):
                continue
            sub = {x.i for x in t.subtree}
            holds = any(x.i in sub for x in q_toks)
            dist = min(abs(t.idx - s), abs(t.idx - e))
            if dist > 250 and not holds:
                continue
            score = (0 if holds else 1, dist)
            if best_score is None or score < best_score:
                best, best_score = t, score
        if best is not None:
            subj = next((c for c in best.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return best, self._speaker(subj, seg, idx)
            return best, None
        # "according to X"
        for t in doc:
            if t.lower_ == "according" and t.idx not in inside:
                to = next((c for c in t.children if c.lower_ == "to"), None)
                obj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
                if obj is not None:
                    return t, self._speaker(obj, seg, idx)
        return None, None

    def _speaker(self, tok, seg, idx) -> Speaker:
        ref = idx.ref_at(seg, tok.i)
        if ref is None and tok.pos_ == "PRON":
            ref = self.resolver.pronoun(idx, seg, tok)
        if ref is None:
            for c in tok.children:
                if c.dep_ in ("poss", "compound", "amod") and idx.ref_at(seg, c.i) is not None:
                    ref = idx.ref_at(seg, c.i)
                    break
        text = " ".join(t.text for t in tok.subtree) if tok.pos_ != "PRON" else tok.text
        if len(text) > 80:
            text = tok.text
        if ref is None:
            return Speaker(text=text)
        return Speaker(text=text, actor=ref.id, name=ref.name, country=ref.country)
