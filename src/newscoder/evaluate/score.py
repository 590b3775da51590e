"""Scoring predicted records against gold documents (semantics: docs/gold-format.md, docs/evaluation.md)."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any, Callable

from ..records import PLOVER_TYPES, Article
from .codes import norm_code, party_matches, spec_str
from .fmt import PRF, PRF_HEAD, Ratio, pct, table
from .gold import GoldDoc, GoldEvent, norm_ws

log = logging.getLogger(__name__)

Predict = Callable[[Article], dict]
LEVELS = ("type", "type+dyad", "type+dyad+date")
_QUOTE_MARKS = "\"'“”‘’«»„‚ "
_APOS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def _key(s: str | None) -> str:
    """Case-, whitespace- and apostrophe-insensitive form for text comparisons."""
    return norm_ws(s or "").translate(_APOS).casefold()


@dataclass(slots=True)
class PredEvent:
    i: int
    type: str
    src: str | None
    tgt: str | None
    date: str | None
    sentence: str
    in_: str
    start: int | None
    end: int | None
    negated: bool
    mode: str | None
    raw: dict

    @classmethod
    def from_dict(cls, i: int, e: dict, article: Article) -> "PredEvent":
        def country(p: Any) -> str | None:
            return norm_code(p.get("country")) if isinstance(p, dict) else None

        in_ = e.get("in") or "text"
        start, end = e.get("start"), e.get("end")
        sentence = e.get("sentence")
        if not sentence and isinstance(start, int) and isinstance(end, int):
            sentence = (article.title if in_ == "title" else article.text)[start:end]
        return cls(i=i, type=str(e.get("type") or ""), src=country(e.get("source")), tgt=country(e.get("target")),
                   date=e.get("date"), sentence=sentence or "", in_=in_,
                   start=start if isinstance(start, int) else None, end=end if isinstance(end, int) else None,
                   negated=bool(e.get("negated")), mode=e.get("mode"), raw=e)

    def summary(self) -> str:
        s = f"{self.type} {self.src or 'null'}->{self.tgt or 'null'}"
        if self.date:
            s += f" on {self.date}"
        if self.raw.get("trigger"):
            s += f' "{self.raw["trigger"]}"'
        if self.raw.get("rule"):
            s += f" [{self.raw['rule']}]"
        return s


def gold_summary(g: GoldEvent) -> str:
    s = f"{'/'.join(g.types)} {spec_str(g.source)}->{spec_str(g.target)}"
    if g.date:
        s += f" on {g.date}"
    if g.negated:
        s += " (negated)"
    if g.status != "required":
        s += f" ({g.status})"
    if g.evidence:
        s += f' "{g.evidence}"'
    if g.label:
        s += f" <{g.label}>"
    return s


def _occurrences(needle: str, hay: str) -> list[tuple[int, int]]:
    words = needle.split()
    if not words:
        return []
    pat = r"\s+".join(re.escape(w) for w in words)
    return [(m.start(), m.end()) for m in re.finditer(pat, hay, flags=re.IGNORECASE)]


def context(article: Article, evidence: str | None, in_: str = "text", width: int = 300) -> str:
    """The sentence around the first occurrence of ``evidence`` (whitespace-normalised), for error lists."""
    hay = article.title if in_ == "title" else article.text
    if not evidence:
        return norm_ws(article.title or article.text)[:width]
    occ = _occurrences(evidence, hay)
    if not occ:
        return norm_ws(evidence)
    s, e = occ[0]
    left = max([m.end() for m in re.finditer(r"[.!?][\"'”’]?\s+|\n\s*\n", hay[:s])] or [0])
    m = re.search(r"[.!?][\"'”’]?(?=\s)|\n\s*\n", hay[e:])
    right = e + m.end() if m else len(hay)
    return norm_ws(hay[left:right])[:width]


def _sentence_ok(g: GoldEvent, p: PredEvent, spans: list[tuple[int, int]]) -> bool:
    if not g.evidence:
        return True
    if _key(g.evidence) in _key(p.sentence):
        return True
    if p.in_ == g.in_ and p.start is not None and p.end is not None:
        return any(p.start < e and s < p.end for s, e in spans)
    return False


def pair_level(g: GoldEvent, p: PredEvent, spans: list[tuple[int, int]]) -> int:
    """0 no match; 1 type; 2 type+dyad; 3 type+dyad+date."""
    if p.type not in g.types or not _sentence_ok(g, p, spans):
        return 0
    if not (party_matches(g.source, p.src) and party_matches(g.target, p.tgt)):
        return 1
    if g.date and p.date != g.date:
        return 2
    return 3


def match_events(gold: list[GoldEvent], preds: list[PredEvent], levels: list[list[int]], level: int) -> dict[int, int]:
    """Greedy one-to-one matching at ``level`` (1..3): required gold first, then the best pair (highest
    level reached), then document order."""
    cands = [(g.status != "required", -levels[gi][pi], gi, pi)
             for gi, g in enumerate(gold) for pi in range(len(preds)) if levels[gi][pi] >= level]
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: dict[int, int] = {}
    for _, _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs[gi] = pi
    return pairs


def _found_tier(gold_text: str, pred_text: str) -> int | None:
    """0 same text, 1 one contains the other (overlapping span text), None otherwise."""
    g, p = _key(gold_text), _key(pred_text)
    if not g or not p:
        return None
    if g == p:
        return 0
    if g in p or p in g:
        return 1
    return None


def _num_eq(a: Any, b: Any) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def _surname_ok(name: str | None, speaker: dict | None) -> bool:
    if not name:
        return True
    if not speaker:
        return False
    surname = _key(name).split()[-1]
    words = set(re.findall(r"[\w'-]+", _key(speaker.get("name")) + " " + _key(speaker.get("text"))))
    # "Al-Thani" and "Al Thani" are one surname spelt two ways
    return surname in words or all(w in words for w in re.findall(r"[\w']+", surname)) or \
        surname.replace("-", "") in {w.replace("-", "") for w in words}


@dataclass
class Report:
    """Scores of one evaluation run. ``levels``/``per_type`` are micro-averaged over all documents."""

    n_docs: int = 0
    n_required: int = 0
    n_acceptable: int = 0
    n_predicted: int = 0
    levels: dict[str, PRF] = field(default_factory=lambda: {lv: PRF() for lv in LEVELS})
    per_type: dict[str, dict[str, PRF]] = field(default_factory=lambda: {lv: {} for lv in LEVELS})
    quote_found: Ratio = field(default_factory=Ratio)
    quote_speaker: Ratio = field(default_factory=Ratio)
    date_found: Ratio = field(default_factory=Ratio)
    date_value: Ratio = field(default_factory=Ratio)
    actor_found: Ratio = field(default_factory=Ratio)
    actor_country: Ratio = field(default_factory=Ratio)
    amount_found: Ratio = field(default_factory=Ratio)
    amount_value: Ratio = field(default_factory=Ratio)
    amount_unit: Ratio = field(default_factory=Ratio)
    negation_agree: Ratio = field(default_factory=Ratio)
    mode_agree: Ratio = field(default_factory=Ratio)
    misses: dict[str, list[dict]] = field(default_factory=lambda: {lv: [] for lv in LEVELS})
    false_alarms: dict[str, list[dict]] = field(default_factory=lambda: {lv: [] for lv in LEVELS})
    other_errors: list[dict] = field(default_factory=list)  # quotes/dates/actors/amounts not found or wrong
    failures: list[dict] = field(default_factory=list)  # documents whose prediction raised
    levels_shown: tuple[str, ...] = LEVELS
    title: str = "newscoder evaluation"

    def type_prf(self, level: str, typ: str) -> PRF:
        return self.per_type[level].setdefault(typ, PRF())

    def to_dict(self) -> dict[str, Any]:
        lv = self.levels_shown
        return {
            "title": self.title,
            "documents": self.n_docs, "gold_required": self.n_required, "gold_acceptable": self.n_acceptable,
            "predicted_events": self.n_predicted,
            "levels": {k: self.levels[k].to_dict() for k in lv},
            "per_type": {k: {t: v.to_dict() for t, v in sorted(self.per_type[k].items())} for k in lv},
            "quotes": {"found": self.quote_found.to_dict(), "speaker_right": self.quote_speaker.to_dict()},
            "dates": {"found": self.date_found.to_dict(), "value_right": self.date_value.to_dict()},
            "actors": {"found": self.actor_found.to_dict(), "country_right": self.actor_country.to_dict()},
            "amounts": {"found": self.amount_found.to_dict(), "value_right": self.amount_value.to_dict(),
                        "unit_right": self.amount_unit.to_dict()},
            "attributes": {"negation_agree": self.negation_agree.to_dict(), "mode_agree": self.mode_agree.to_dict()},
            "misses": {k: self.misses[k] for k in lv},
            "false_alarms": {k: self.false_alarms[k] for k in lv},
            "other_errors": self.other_errors,
            "failures": self.failures,
        }

    def to_table(self, show_errors: bool = False) -> str:
        out = [f"{self.title}: {self.n_docs} documents, {self.n_required} required + {self.n_acceptable} "
               f"acceptable gold events, {self.n_predicted} predicted events"]
        if self.failures:
            out.append(f"WARNING: prediction failed on {len(self.failures)} document(s): "
                       + "; ".join(f"{f['doc']}: {f['error']}" for f in self.failures[:5]))
        out.append("")
        out.append(table(["level", *PRF_HEAD, "absorbed"],
                         [[k, *self.levels[k].cells(), self.levels[k].absorbed] for k in self.levels_shown],
                         title="Events (P/R/F1 in %; absorbed = predictions matching an acceptable gold event)"))
        types = [t for t in PLOVER_TYPES if any(t in self.per_type[k] for k in self.levels_shown)]
        if types:
            head = ["type"]
            for k in self.levels_shown:
                head += [f"{k} tp", "fp", "fn", "F1"]
            rows = []
            for t in types:
                row = [t]
                for k in self.levels_shown:
                    c = self.per_type[k].get(t, PRF()).cells()
                    row += [c[0], c[1], c[2], c[5]]
                rows.append(row)
            out += ["", table(head, rows, title="Per PLOVER type")]
        side = [
            ["quotes", "found", self.quote_found, "speaker right (of found)", self.quote_speaker],
            ["dates", "found", self.date_found, "value right (of found)", self.date_value],
            ["actors", "found", self.actor_found, "country right (of found)", self.actor_country],
            ["amounts", "found", self.amount_found, "value right (of found)", self.amount_value],
            ["events", "negation agrees", self.negation_agree, "mode agrees (gold mode given)", self.mode_agree],
        ]
        side_rows = [[a, b, c.cell(), d, e.cell()] for a, b, c, d, e in side if c.den or e.den]
        if side_rows:
            out += ["", table(["what", "measure", "score", "measure", "score"], side_rows,
                              title="Other annotations (type+dyad matches for negation and mode)")]
        if show_errors:
            out += ["", self.errors_text()]
        return "\n".join(out)

    def errors_text(self) -> str:
        out = []
        first, rest = self.levels_shown[0], self.levels_shown[1:]
        out.append(f"Misses at level {first} ({len(self.misses[first])}):")
        out += [f"  {m['doc']}: {m['gold']}\n      | {m['sentence']}" for m in self.misses[first]]
        out.append(f"False alarms at level {first} ({len(self.false_alarms[first])}):")
        out += [f"  {m['doc']}: {m['event']}\n      | {m['sentence']}" for m in self.false_alarms[first]]
        for k in rest:
            near = [m for m in self.misses[k] if m.get("closest")]
            out.append(f"Found at level {first} but wrong at level {k} ({len(near)}):")
            out += [f"  {m['doc']}: gold {m['gold']}\n      predicted {m['closest']}\n      | {m['sentence']}"
                    for m in near]
        if self.other_errors:
            out.append(f"Quotes, dates, actors, amounts not found or wrong ({len(self.other_errors)}):")
            out += [f"  {e['doc']}: {e['what']} {e['gold']!r}: {e['problem']}" for e in self.other_errors]
        return "\n".join(out)


def score_doc(doc: GoldDoc, record: dict, report: Report) -> None:
    """Add one document's comparison to ``report``."""
    article = doc.article
    gold = doc.events
    preds = [PredEvent.from_dict(i, e, article) for i, e in enumerate(record.get("events") or [])
             if isinstance(e, dict)]
    report.n_docs += 1
    report.n_required += sum(g.status == "required" for g in gold)
    report.n_acceptable += sum(g.status != "required" for g in gold)
    report.n_predicted += len(preds)
    spans = [_occurrences(g.evidence, article.title if g.in_ == "title" else article.text) if g.evidence else []
             for g in gold]
    lv = [[pair_level(g, p, spans[gi]) for p in preds] for gi, g in enumerate(gold)]
    type_pairs: dict[int, int] = {}
    for n, name in enumerate(LEVELS, 1):
        pairs = match_events(gold, preds, lv, n)
        if n == 1:
            type_pairs = pairs
        prf = PRF()
        matched_p = set(pairs.values())
        for gi, g in enumerate(gold):
            if gi in pairs:
                p = preds[pairs[gi]]
                if g.status == "required":
                    prf.tp += 1
                    report.type_prf(name, p.type).tp += 1
                else:
                    prf.absorbed += 1
                    report.type_prf(name, p.type).absorbed += 1
                if n == 2:
                    report.negation_agree.hit(g.negated == p.negated)
                    if g.mode:
                        report.mode_agree.hit(_key(g.mode) == _key(p.mode))
            elif g.status == "required":
                prf.fn += 1
                report.type_prf(name, g.types[0] if g.types else "?").fn += 1
                closest = preds[type_pairs[gi]].summary() if gi in type_pairs else None
                report.misses[name].append({"doc": doc.doc, "gold": gold_summary(g), "closest": closest,
                                            "sentence": context(article, g.evidence, g.in_)})
        for p in preds:
            if p.i not in matched_p:
                prf.fp += 1
                report.type_prf(name, p.type).fp += 1
                report.false_alarms[name].append({"doc": doc.doc, "event": p.summary(),
                                                  "sentence": norm_ws(p.sentence)[:300]})
        report.levels[name].add(prf)
    _score_quotes(doc, record, report)
    _score_dates(doc, record, report)
    _score_actors(doc, record, report)
    _score_amounts(doc, record, report)


def _err(report: Report, doc: GoldDoc, what: str, gold: str, problem: str) -> None:
    report.other_errors.append({"doc": doc.doc, "what": what, "gold": gold, "problem": problem})


def _score_quotes(doc: GoldDoc, record: dict, report: Report) -> None:
    preds = [q for q in record.get("quotes") or [] if isinstance(q, dict)]
    used: set[int] = set()
    for g in doc.quotes:
        prefix = _key(g.text).strip(_QUOTE_MARKS)
        cands = [i for i, q in enumerate(preds)
                 if i not in used and _key(q.get("text")).lstrip(_QUOTE_MARKS).startswith(prefix)]

        def right(q: dict) -> bool:
            sp = q.get("speaker") if isinstance(q.get("speaker"), dict) else None
            return party_matches(g.speaker_country, sp.get("country") if sp else None) and _surname_ok(
                g.speaker_name, sp)

        cands.sort(key=lambda i: not right(preds[i]))
        report.quote_found.hit(bool(cands))
        if not cands:
            _err(report, doc, "quote", g.text, "not found")
            continue
        used.add(cands[0])
        ok = right(preds[cands[0]])
        report.quote_speaker.hit(ok)
        if not ok:
            sp = preds[cands[0]].get("speaker") or {}
            _err(report, doc, "quote", g.text,
                 f"speaker {sp.get('name') or sp.get('text')!r} ({sp.get('country')}), gold "
                 f"{g.speaker_name!r} ({spec_str(g.speaker_country)})")


def _best(gold_text: str, items: list[dict], used: set[int], good: Callable[[dict], bool]) -> int | None:
    """Index of the best unused item by text tier, preferring a right one within a tier."""
    scored = []
    for i, it in enumerate(items):
        if i in used:
            continue
        tier = _found_tier(gold_text, it.get("text") or "")
        if tier is not None:
            scored.append((tier, not good(it), i))
    return min(scored)[2] if scored else None


def _score_dates(doc: GoldDoc, record: dict, report: Report) -> None:
    preds = [d for d in record.get("dates") or [] if isinstance(d, dict)]
    used: set[int] = set()
    for g in doc.dates:
        i = _best(g.text, preds, used, lambda d: d.get("value") == g.value)
        report.date_found.hit(i is not None)
        if i is None:
            _err(report, doc, "date", g.text, "not found")
            continue
        used.add(i)
        ok = preds[i].get("value") == g.value
        report.date_value.hit(ok)
        if not ok:
            _err(report, doc, "date", g.text, f"value {preds[i].get('value')}, gold {g.value}")


def _score_amounts(doc: GoldDoc, record: dict, report: Report) -> None:
    preds = [a for a in record.get("amounts") or [] if isinstance(a, dict)]
    used: set[int] = set()
    for g in doc.amounts:
        i = _best(g.text, preds, used, lambda a: _num_eq(a.get("value"), g.value))
        report.amount_found.hit(i is not None)
        if i is None:
            _err(report, doc, "amount", g.text, "not found")
            continue
        used.add(i)
        ok = _num_eq(preds[i].get("value"), g.value)
        report.amount_value.hit(ok)
        if g.unit:
            report.amount_unit.hit(_key(preds[i].get("unit")) == _key(g.unit))
        if not ok:
            _err(report, doc, "amount", g.text, f"value {preds[i].get('value')}, gold {g.value:g}")


def _score_actors(doc: GoldDoc, record: dict, report: Report) -> None:
    mentions = []
    for a in record.get("actors") or []:
        if isinstance(a, dict):
            for m in a.get("mentions") or []:
                if isinstance(m, dict):
                    mentions.append((m.get("text") or "", a.get("country"), a.get("name")))
    for g in doc.actors:
        tiers = [(_found_tier(g.text, t), c, n) for t, c, n in mentions]
        tiers = [x for x in tiers if x[0] is not None]
        report.actor_found.hit(bool(tiers))
        if not tiers:
            _err(report, doc, "actor", g.text, "no mention found")
            continue
        best = min(t for t, _, _ in tiers)
        at_best = [(c, n) for t, c, n in tiers if t == best]
        ok = any(party_matches(g.country, c) for c, _ in at_best)
        report.actor_country.hit(ok)
        if not ok:
            _err(report, doc, "actor", g.text,
                 f"country {at_best[0][0]} ({at_best[0][1]}), gold {spec_str(g.country)}")


def evaluate(gold: list[GoldDoc], predict: Predict, on_error: str = "record",
             levels: tuple[str, ...] = LEVELS, title: str = "newscoder evaluation") -> Report:
    """Run ``predict`` on every gold document and score its record.

    ``on_error``: "record" (default) notes a document whose prediction raised in ``Report.failures`` and
    scores it as predicting nothing; "raise" re-raises the exception.
    """
    if on_error not in ("record", "raise"):
        raise ValueError(f"on_error must be 'record' or 'raise', not {on_error!r}")
    report = Report(levels_shown=tuple(levels), title=title)
    for doc in gold:
        try:
            record = predict(doc.article) or {}
        except Exception as exc:  # noqa: BLE001 - the policy is explicit (on_error)
            if on_error == "raise":
                raise
            log.warning("prediction failed on %s: %s", doc.doc, exc)
            report.failures.append({"doc": doc.doc, "error": f"{type(exc).__name__}: {exc}"})
            record = {}
        score_doc(doc, record, report)
    return report


__all__ = ["LEVELS", "Predict", "PredEvent", "Report", "evaluate", "score_doc", "pct"]
