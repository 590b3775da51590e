"""Outside reference suites (docs/evaluation.md): plover-gsr, petrarch-gsr, petrarch-mechanics.

They report agreement with other people's codings; nothing in newscoder may be tuned to their records.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..errors import EvalError
from ..records import PLOVER_TYPES, Article
from .codes import ANY, ORG, PartySpec, cameo_actor_spec, party_matches, spec
from .fmt import PRF, PRF_HEAD, Ratio, pct, table
from .gold import GoldDoc, GoldEvent, resolve_shared
from .score import Predict, Report, context, evaluate, gold_summary, match_events

SUITES = ("plover-gsr", "petrarch-gsr", "petrarch-mechanics")
PLOVER_GSR_FILE = "data/plover_gsr_cameo.jsonl"
PETRARCH_FILE = "data/petrarch_validation.jsonl"
DICTS_DIR = "data/petrarch_validation_dicts"
GSR_SUITES = ("petrarch2_gsr", "ud_petrarch_english_sample")
MECHANICS_SUITES = {"petrarch1_unittest": "petrarch1_unittest/PETR.Validate.actors.txt",
                    "ud_petrarch_validate_2_02": "ud_petrarch_validate_2_02/PETR_Validate_actors_2_02.txt"}
# PLOVER-GSR codes that name a kind of group, not a country.
GSR_GROUP_CODES = {"IGO": frozenset({ORG}), "NGO": frozenset({None, ORG}), "IMG": frozenset({None, ORG}),
                   "ISM": frozenset({None, ORG})}
# Embargo-type wording: newscoder codes these SANCTION, PLOVER 0.5b1 / the 2021 CAMEO table sometimes COERCE.
EMBARGO_RE = re.compile(r"\b(embargo|blockad|sanction|tariff|boycott)", re.IGNORECASE)
EMBARGO_CAMEO = ("163", "191")
_ABBR = {t: t[:4] for t in PLOVER_TYPES}


# --------------------------------------------------------------------------------------------- reports
@dataclass
class SuiteReport:
    name: str
    description: str
    summary: dict[str, Any] = field(default_factory=dict)  # headline numbers (name -> Ratio | PRF | int)
    tables: list[tuple[str, list[str], list[list[Any]]]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    report: Report | None = None  # the event-level report when the suite is scored by evaluate()
    failures: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        def val(v: Any) -> Any:
            return v.to_dict() if hasattr(v, "to_dict") else v

        return {"suite": self.name, "description": self.description,
                "summary": {k: val(v) for k, v in self.summary.items()},
                "tables": [{"title": t, "header": h, "rows": r} for t, h, r in self.tables],
                "notes": self.notes, "errors": self.errors, "failures": self.failures,
                "report": self.report.to_dict() if self.report else None}

    def to_table(self, show_errors: bool = False) -> str:
        out = [f"suite {self.name}: {self.description}"]
        if self.failures:
            out.append(f"WARNING: prediction failed on {len(self.failures)} record(s): "
                       + "; ".join(f"{f['doc']}: {f['error']}" for f in self.failures[:5]))
        rows = []
        for k, v in self.summary.items():
            if isinstance(v, Ratio):
                rows.append([k, v.cell()])
            elif isinstance(v, PRF):
                c = v.cells()
                rows.append([k, f"P {c[3]}  R {c[4]}  F1 {c[5]}  (tp {c[0]}, fp {c[1]}, fn {c[2]})"])
            else:
                rows.append([k, v])
        out += ["", table(["measure", "value"], rows)]
        if self.report is not None:
            out += ["", self.report.to_table(show_errors=show_errors)]
        for title, head, trows in self.tables:
            out += ["", table(head, trows, title=title)]
        if self.notes:
            out += ["", "Notes:"] + [f"  - {n}" for n in self.notes]
        if show_errors and self.errors:
            out += ["", f"Disagreements ({len(self.errors)}):"]
            out += [f"  {e['id']}: gold {e['gold']}; predicted {e['predicted']}\n      | {e['text']}"
                    for e in self.errors]
        return "\n".join(out)


# --------------------------------------------------------------------------------------------- helpers
def _read_jsonl(path: Path) -> list[dict]:
    try:
        with open(path, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
    except OSError as exc:
        raise EvalError(f"cannot read suite data {path}: {exc}. Pass shared_dir= (the directory with data/)") from exc


def _date(s: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(s) if s else None
    except ValueError:
        return None


def _pick(party: PartySpec) -> str | None:
    """A concrete value satisfying a party spec (for gold_predict)."""
    concrete = sorted(v for v in party if v not in (None, ANY, ORG))
    if concrete:
        return concrete[0]
    if None in party or ANY in party:
        return None
    return "UN"  # only ORG accepted: any organisation code


def gold_predict(gold: list[GoldDoc]) -> Predict:
    """A predict function that answers with the gold annotations (for checking the scorer itself)."""
    by_id = {g.article.id: g for g in gold}

    def predict(article: Article) -> dict:
        g = by_id.get(article.id)
        if g is None:
            return {"events": []}
        events = []
        for i, e in enumerate(x for x in g.events if x.status == "required"):
            hay = article.title if e.in_ == "title" else article.text
            sent = context(article, e.evidence, e.in_) if e.evidence else hay
            src, tgt = (e.coarse if e.coarse else (e.source, e.target))
            events.append({
                "id": f"E{i + 1}", "type": e.types[0] if e.types else "",
                "source": {"country": _pick(src), "code": _pick(e.source)},
                "target": {"country": _pick(tgt), "code": _pick(e.target)},
                "date": e.date, "negated": e.negated, "mode": e.mode, "sentence": sent,
                "in": e.in_, "rule": "gold"})
        return {
            "article": article.to_dict(), "events": events,
            "quotes": [{"text": q.text, "speaker": {"name": q.speaker_name, "country": _pick(q.speaker_country),
                                                   "text": q.speaker_name}} for q in g.quotes],
            "dates": [{"text": d.text, "value": d.value, "granularity": d.granularity} for d in g.dates],
            "actors": [{"id": f"A{i + 1}", "name": a.text, "country": _pick(a.country),
                        "mentions": [{"text": a.text}]} for i, a in enumerate(g.actors)],
            "amounts": [{"text": a.text, "value": a.value, "unit": a.unit} for a in g.amounts],
        }

    return predict


def _caching(predict: Predict, failures: list[dict]) -> tuple[Predict, dict[str, dict]]:
    cache: dict[str, dict] = {}

    def wrapped(article: Article) -> dict:
        if article.id not in cache:
            try:
                cache[article.id] = predict(article) or {}
            except Exception as exc:  # noqa: BLE001 - recorded and shown in the report
                failures.append({"doc": article.id, "error": f"{type(exc).__name__}: {exc}"})
                cache[article.id] = {}
        return cache[article.id]

    return wrapped, cache


# --------------------------------------------------------------------------------------------- plover-gsr
def _gsr_party(actors: list[dict]) -> set:
    out: set = set()
    for a in actors:
        code = (a.get("code") or "").strip().upper()
        if not code:
            out.add(None)
        elif code in GSR_GROUP_CODES:
            out |= GSR_GROUP_CODES[code]
        else:
            out |= spec(code)
    return out


def plover_gsr_gold(shared: Path) -> list[GoldDoc]:
    docs = []
    for r in _read_jsonl(shared / PLOVER_GSR_FILE):
        label = r["label_plover_2021"]
        types = (label,)
        if label in ("SANCTION", "COERCE") and EMBARGO_RE.search(r["text"] + " " + (r.get("event_text") or "")):
            types = (label, "COERCE" if label == "SANCTION" else "SANCTION")
        src = _gsr_party(r.get("source") or []) or {None}
        tgt = _gsr_party(r.get("target") or [])
        if not tgt:
            # no target; reciprocal events (SRC/TAR) list both parties as sources
            tgt = {None} | (src if len(r.get("source") or []) > 1 else set())
        art = Article(id=r["id"], date=_date(r.get("date")), title="", text=r["text"], origin=PLOVER_GSR_FILE)
        docs.append(GoldDoc(doc=r["id"], article=art, origin=PLOVER_GSR_FILE, events=[
            GoldEvent(types=types, source=frozenset(src), target=frozenset(tgt), label=r["label"])]))
    return docs


def _run_plover_gsr(predict: Predict, shared: Path) -> SuiteReport:
    golds = plover_gsr_gold(shared)
    rep = SuiteReport("plover-gsr", f"PLOVER gold-standard records (CAMEO-manual sentences, PLOVER 0.5b1 labels "
                                    f"mapped to the 16 types), {len(golds)} sentences")
    wrapped, _ = _caching(predict, rep.failures)
    type_acc, src_acc, dyad_acc = Ratio(), Ratio(), Ratio()
    gold_n, hit_n, srchit_n = Counter(), Counter(), Counter()
    pred_n, pred_ok = Counter(), Counter()
    confusion: dict[str, Counter] = {t: Counter() for t in PLOVER_TYPES}
    for g in golds:
        ge = g.events[0]
        label = ge.types[0]
        events = [e for e in (wrapped(g.article).get("events") or []) if isinstance(e, dict)]

        def country(p: Any) -> Any:
            return p.get("country") if isinstance(p, dict) else None

        typed = [e for e in events if e.get("type") in ge.types]
        t_ok = bool(typed)
        s_ok = any(party_matches(ge.source, country(e.get("source"))) for e in typed)
        d_ok = any(party_matches(ge.source, country(e.get("source")))
                   and party_matches(ge.target, country(e.get("target"))) for e in typed)
        type_acc.hit(t_ok)
        src_acc.hit(s_ok)
        dyad_acc.hit(d_ok)
        gold_n[label] += 1
        hit_n[label] += t_ok
        srchit_n[label] += s_ok
        ptypes = {e.get("type") for e in events if e.get("type")}
        for t in ptypes:
            pred_n[t] += 1
            pred_ok[t] += t in ge.types
            confusion[label][t] += 1
        if not ptypes:
            confusion[label]["none"] += 1
        if not (t_ok and s_ok):
            summ = "; ".join(f"{e.get('type')} {country(e.get('source')) or 'null'}->"
                             f"{country(e.get('target')) or 'null'}" for e in events) or "nothing"
            rep.errors.append({"id": g.doc, "gold": gold_summary(ge), "predicted": summ, "text": g.article.text})
    rep.summary = {"sentences": len(golds), "type accuracy (gold type among predicted)": type_acc,
                   "type + source country": src_acc, "type + source + target": dyad_acc}
    rows = []
    for t in PLOVER_TYPES:
        rec = Ratio(hit_n[t], gold_n[t])
        prec = Ratio(pred_ok[t], pred_n[t])
        f1 = 2 * rec.value * prec.value / (rec.value + prec.value) if rec.value + prec.value else 0.0
        rows.append([t, gold_n[t], rec.cell(), pred_n[t], prec.cell(), pct(f1) if gold_n[t] and pred_n[t] else "-",
                     Ratio(srchit_n[t], gold_n[t]).cell()])
    rep.tables.append(("Per type (sentence level: recall = gold sentences where the type was predicted; precision = "
                       "sentences predicted with the type whose gold accepts it)",
                       ["type", "gold", "recall", "predicted", "precision", "F1", "type+source"], rows))
    cols = [*PLOVER_TYPES, "none"]
    crows = [[t, gold_n[t], *[confusion[t][c] or "." for c in cols]] for t in PLOVER_TYPES]
    rep.tables.append(("Confusion: gold type (rows) x predicted types in the sentence (columns; a sentence with "
                       "several predicted types counts in each)", ["gold", "n", *[_ABBR.get(c, c) for c in cols]],
                       crows))
    alt = sum(len(g.events[0].types) > 1 for g in golds)
    rep.notes += [
        "Each sentence has ONE gold label but may state more events; precision is therefore a lower bound.",
        f"{alt} SANCTION/COERCE records with embargo/blockade/sanction/tariff/boycott wording accept both types "
        "(newscoder codes these SANCTION; PLOVER 0.5b1 and the 2021 CAMEO table file some under COERCE).",
        "Codes: JAP->JPN, ITL->ITA, VTN->VNM; IGO = any organisation code; NGO, IMG, ISM = null or any "
        "organisation; an empty party list = null; reciprocal records (two sources, no target) accept either "
        "source as target.",
        "All dates are the placeholder 2000-01-01: dates are not scored.",
        "Source: openeventdata/PLOVER gold_standard_records (CC BY-SA 4.0, OEDA).",
    ]
    return rep


# --------------------------------------------------------------------------------------------- petrarch-gsr
def _cameo_types(ev: dict) -> tuple[str, ...]:
    mapped = ev.get("plover_2021_mapped")
    if mapped is None:
        return ()
    code = str(ev.get("code") or "")
    if code.startswith(EMBARGO_CAMEO) and mapped in ("COERCE", "SANCTION"):
        return (mapped, "SANCTION" if mapped == "COERCE" else "COERCE")
    return (mapped,)


def petrarch_gsr_gold(shared: Path) -> tuple[list[GoldDoc], dict[str, int]]:
    docs, stats = [], Counter()
    for r in _read_jsonl(shared / PETRARCH_FILE):
        if r["suite"] not in GSR_SUITES or r.get("evaluate") is False:
            continue
        stats["records"] += 1
        stats["expect_none"] += bool(r["expect_none"])
        events = []
        for e in r["expected"]:
            types = _cameo_types(e)
            if types:
                events.append(GoldEvent(types=types, source=cameo_actor_spec(e["source"]),
                                        target=cameo_actor_spec(e["target"]),
                                        label=f"{e['source']} {e['code']} {e['target']}"))
            else:  # CAMEO 01x/02x: no PLOVER type. Not a miss; may absorb one prediction.
                stats["skipped_01x_02x"] += 1
                events.append(GoldEvent(types=PLOVER_TYPES, source=frozenset({ANY}), target=frozenset({ANY}),
                                        status="acceptable", label=f"{e['source']} {e['code']} {e['target']}"))
        art = Article(id=r["id"], date=_date(r.get("date")), title="", text=r["text"], origin=PETRARCH_FILE)
        docs.append(GoldDoc(doc=r["id"], article=art, events=events, origin=PETRARCH_FILE))
    return docs, dict(stats)


def _run_petrarch_gsr(predict: Predict, shared: Path) -> SuiteReport:
    golds, stats = petrarch_gsr_gold(shared)
    rep = SuiteReport("petrarch-gsr", f"PETRARCH-2 gold-standard sentences with real CAMEO codings "
                                      f"(petrarch2_gsr + ud_petrarch_english_sample), {stats['records']} sentences")
    wrapped, cache = _caching(predict, rep.failures)
    report = evaluate(golds, wrapped, levels=("type", "type+dyad"), title="petrarch-gsr events")
    none_docs = [g for g in golds if not g.events]
    fa = Ratio()
    for g in none_docs:
        fa.hit(bool(cache.get(g.article.id, {}).get("events")))
    rep.report = report
    rep.summary = {"sentences": stats["records"], "type": report.levels["type"],
                   "type+dyad": report.levels["type+dyad"],
                   "expect-none sentences with a false alarm": fa}
    rep.notes += [
        "Expected CAMEO codes mapped to PLOVER with plover_2021_mapped (CAMEO2PLOVER-2021); CAMEO 163/191 "
        "(embargo, blockade) accept SANCTION or COERCE.",
        f"{stats.get('skipped_01x_02x', 0)} expected events are CAMEO 01x/02x (statements, appeals), which PLOVER "
        "dropped: not counted as misses, and each may absorb one prediction in its sentence.",
        "Actor codes -> country: first three letters when a country code (legacy codes mapped); '---' = null; "
        "IGOUNO* = UN, IGOEUREEC = EU, other IGO* = any organisation; NGO/IMG/other groups = null or any "
        "organisation.",
        "Two expected events for one reciprocal sentence (A->B and B->A) are two gold events.",
        "Most sentence dates are placeholders (2015-06-09): dates are not scored.",
        "Source: openeventdata/UniversalPetrarch (MIT); AFP sentences are a fair-use GigaWord sample.",
    ]
    return rep


# --------------------------------------------------------------------------------------------- mechanics
def _tabari_date(s: str) -> str:
    if len(s) == 6:
        yy = int(s[:2])
        s = ("20" if yy <= 30 else "19") + s
    return f"{s[:4]}-{s[4:6]}-{s[6:8]}"


_CODE_BLOCK = re.compile(r"^\s*([^\s<>\[\]]+)\s*(?:([<>])\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?\s*$")
DISCARD_CODES = {"+++", "###"}


def _kind(code: str | None) -> str:
    if not code:
        return "group"
    if code.startswith("IGO"):
        return "igo"
    if code.startswith(("NGO", "NGM")):
        return "organization"
    if len(code) == 3:
        return "country"
    if code.endswith("GOV"):
        return "government"
    return "group"


def tabari_actors_to_rows(path: str | Path) -> list[dict]:
    """Read a TABARI/PETRARCH actors file into user actor rows.

    Each row: ``name`` (underscores as spaces), ``aliases`` (the ``+`` lines), ``country`` = the entry's
    code (the undated one, else the open-ended / last dated one; these are invented codes such as ``GON``,
    kept as they are), ``code`` (same), ``kind`` (a guess from the code) and ``roles`` (dated codes as
    ``{"code", "start", "end"}`` with ISO dates). Entries coded ``---`` get country null; discard codes
    (``+++``, ``###``) are left out.
    """
    rows: list[dict] = []
    current: dict | None = None
    in_comment = False

    def close() -> None:
        nonlocal current
        if current is None:
            return
        cur, current = current, None
        default = cur.pop("_default")
        code = default
        if code is None and cur["roles"]:
            open_ended = [r for r in cur["roles"] if r["end"] is None]
            code = (open_ended or cur["roles"])[-1]["code"]
        if code in DISCARD_CODES:
            return
        code = None if code in (None, "---") else code
        cur.update(country=code, code=code, kind=_kind(code))
        rows.append(cur)

    def clean(name: str) -> str:
        return " ".join(name.replace("_", " ").split())

    for raw in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        s = raw.strip()
        if in_comment:
            in_comment = "-->" not in s
            continue
        if s.startswith("<!"):
            in_comment = "-->" not in s
            continue
        body = raw.split("#", 1)[0]
        if not body.strip():
            continue
        b = body.strip()
        if b.startswith("+"):
            if current is not None:
                current["aliases"].append(clean(b[1:]))
            continue
        name, _, rest = b.partition("[")
        if name.strip():
            close()
            current = {"name": clean(name), "aliases": [], "roles": [], "_default": None}
        if rest and current is not None:
            for block in re.findall(r"([^\]]*)\]", rest):
                m = _CODE_BLOCK.match(block)
                if not m:
                    continue
                code = m.group(1).upper()
                if m.group(2) == "<":
                    current["roles"].append({"code": code, "start": None, "end": _tabari_date(m.group(3))})
                elif m.group(2) == ">":
                    current["roles"].append({"code": code, "start": _tabari_date(m.group(3)), "end": None})
                elif m.group(4):
                    current["roles"].append({"code": code, "start": _tabari_date(m.group(4)),
                                             "end": _tabari_date(m.group(5))})
                else:
                    current["_default"] = code
    close()
    return rows


def _members(code: str) -> list[str]:
    return [c for c in code.split("/") if c] or [code]


def _base(code: str, known: set[str]) -> str:
    """The dictionary actor inside a (possibly agent-composed) code: longest known prefix, else 3 letters."""
    for n in range(len(code), 2, -1):
        if code[:n] in known:
            return code[:n]
    return code[:3]


def _cameo_root(code: str) -> int | None:
    return int(code[:2]) if code[:2].isdigit() else None


def mechanics_gold(shared: Path) -> tuple[dict[str, list[GoldDoc]], dict[str, list[dict]], dict[str, Counter]]:
    """Per stylised suite: gold docs (types ignored), the actor rows, and exclusion counts."""
    rows = {s: tabari_actors_to_rows(shared / DICTS_DIR / f) for s, f in MECHANICS_SUITES.items()}
    golds: dict[str, list[GoldDoc]] = {s: [] for s in MECHANICS_SUITES}
    stats: dict[str, Counter] = {s: Counter() for s in MECHANICS_SUITES}
    for r in _read_jsonl(shared / PETRARCH_FILE):
        s = r["suite"]
        if s not in MECHANICS_SUITES:
            continue
        st = stats[s]
        st["records"] += 1
        codes = [c for e in r["expected"] for c in (e["source"], e["target"])]
        reason = ("evaluate=false" if r.get("evaluate") is False else
                  "not in the suite's include list" if r.get("in_include_list") is False else
                  f"expects a PETRARCH input error ({r['expect_error']})" if r.get("expect_error") else
                  "reports an unknown actor verbatim (new_actor_length)" if any(c.startswith('"') for c in codes)
                  else "uses a discard code (+++, ###)" if any(c in DISCARD_CODES for c in codes) else None)
        if reason:
            st[f"excluded: {reason}"] += 1
            continue
        st["scored"] += 1
        known = {row["code"] for row in rows[s] if row["code"]} | {ro["code"] for row in rows[s] for ro in row["roles"]}
        events = []
        for e in r["expected"]:
            root = _cameo_root(e["code"])
            status = "required" if root is not None and 3 <= root <= 20 else "acceptable"
            st[f"expected events {status}"] += 1
            for a in _members(e["source"]):
                for b in _members(e["target"]):
                    coarse = (spec(_base(a, known)), spec(_base(b, known)))
                    events.append(GoldEvent(types=PLOVER_TYPES, source=spec(a), target=spec(b), status=status,
                                            coarse=coarse, label=f"{e['source']} {e['code']} {e['target']}"))
        art = Article(id=r["id"], date=_date(r.get("date")), title="", text=r["text"], origin=PETRARCH_FILE)
        golds[s].append(GoldDoc(doc=r["id"], article=art, events=events, origin=PETRARCH_FILE))
    return golds, rows, stats


def _mech_value(p: Any, use_code: bool) -> str | None:
    if not isinstance(p, dict):
        return None
    return (p.get("code") or p.get("country")) if use_code else p.get("country")


def _run_mechanics(predict: Predict, shared: Path,
                   predict_for_actors: Callable[[list[dict]], Predict] | None) -> SuiteReport:
    golds, rows, stats = mechanics_gold(shared)
    rep = SuiteReport("petrarch-mechanics", "PETRARCH stylised unit/validation suites (invented Tolkien actors, "
                                            "WEIS-like codes): dyad mechanics only, event types ignored")
    summary_rows, cat_rows = [], []
    for s, docs in golds.items():
        p = predict_for_actors(rows[s]) if predict_for_actors else predict
        wrapped, _ = _caching(p, rep.failures)
        code_prf, actor_prf, exact, none_fa = PRF(), PRF(), Ratio(), Ratio()
        by_cat: dict[str, list] = {}
        cats = {r["id"]: r.get("category") for r in _read_jsonl(shared / PETRARCH_FILE) if r["suite"] == s}
        for g in docs:
            events = [e for e in (wrapped(g.article).get("events") or []) if isinstance(e, dict)]
            lv = []
            for ge in g.events:
                row = []
                for e in events:
                    code_ok = (party_matches(ge.source, _mech_value(e.get("source"), True))
                               and party_matches(ge.target, _mech_value(e.get("target"), True)))
                    actor_ok = (party_matches(ge.coarse[0], _mech_value(e.get("source"), False))
                                and party_matches(ge.coarse[1], _mech_value(e.get("target"), False)))
                    row.append(2 if code_ok else 1 if actor_ok else 0)
                lv.append(row)
            doc_prf = {}
            for level, prf in ((1, actor_prf), (2, code_prf)):
                pairs = match_events(g.events, events, lv, level)
                d = PRF()
                d.tp = sum(1 for gi in pairs if g.events[gi].status == "required")
                d.absorbed = len(pairs) - d.tp
                d.fn = sum(1 for gi, ge in enumerate(g.events) if ge.status == "required" and gi not in pairs)
                d.fp = len(events) - len(pairs)
                prf.add(d)
                doc_prf[level] = d
            ok = doc_prf[2].fn == 0 and doc_prf[2].fp == 0
            counted = not g.events or any(ge.status == "required" for ge in g.events)
            if counted:  # records whose expected events are all acceptable say nothing about counts
                exact.hit(ok)
            if not g.events:
                none_fa.hit(bool(events))
            cat = by_cat.setdefault(cats.get(g.doc) or "?", [Ratio(), PRF()])
            if counted:
                cat[0].hit(ok)
            cat[1].add(doc_prf[2])
            if not ok:
                rep.errors.append({"id": g.doc, "gold": "; ".join(e.label for e in g.events) or "no event",
                                   "predicted": "; ".join(f"{_mech_value(e.get('source'), True)} -> "
                                                          f"{_mech_value(e.get('target'), True)}" for e in events)
                                   or "nothing", "text": g.article.text})
        st = stats[s]
        summary_rows.append([s, st["records"], st["scored"], exact.cell(), *code_prf.cells()[3:],
                             *actor_prf.cells()[3:], none_fa.cell()])
        for c, (r_, prf) in sorted(by_cat.items()):
            cat_rows.append([f"{s} {c}", r_.cell(), *prf.cells()])
        rep.summary[f"{s}: records right (count and codes)"] = exact
        rep.summary[f"{s}: dyads, full code"] = code_prf
        rep.summary[f"{s}: dyads, actor without agent"] = actor_prf
        for k, v in sorted(st.items()):
            if k.startswith("excluded") or k.startswith("expected"):
                rep.notes.append(f"{s}: {v} {k}")
    rep.tables.append(("Per suite (P/R/F1 in %)", ["suite", "records", "scored", "records right", "code P", "R",
                                                   "F1", "actor P", "R", "F1", "false alarm on no-event"],
                       summary_rows))
    rep.tables.append(("Per category, full-code dyads", ["suite category", "records right", *PRF_HEAD], cat_rows))
    rep.notes[:0] = [
        "Mechanics only: NOT a measure of coding quality. The sentences use invented actors and the expected codes "
        "come from test verb dictionaries (WEIS-derived in PETR-1), so event types are ignored.",
        "Expected events with code roots 01/02 (comments, statements, appeals: no PLOVER type) or outside CAMEO "
        "roots 01-20 (test-only codes 345, 903, 915 ...) are acceptable: not a miss when absent, not a false "
        "alarm when produced.",
        "Full code = the party's code (else its country) equals the expected code (e.g. ARNGOV needs the agent "
        "'security officials' -> GOV); actor = the party's country equals the dictionary actor inside it (ARN).",
        "Compound codes (FRO/BIL/SAM) are split into one expected dyad per member, as PETR-1 does.",
        "Records right = every required dyad found and no unmatched prediction; counted over records with a "
        "required event or expecting none.",
    ]
    if predict_for_actors is None:
        rep.notes.insert(0, "WARNING: no predict_for_actors given: the coder ran WITHOUT the suites' actor "
                            "dictionaries, so invented actors cannot be found.")
    return rep


def suite_gold(name: str, shared_dir: str | Path = "../shared") -> list[GoldDoc]:
    """The gold documents a suite is scored against (all sub-suites together for petrarch-mechanics)."""
    shared = resolve_shared(shared_dir)
    if name == "plover-gsr":
        return plover_gsr_gold(shared)
    if name == "petrarch-gsr":
        return petrarch_gsr_gold(shared)[0]
    if name == "petrarch-mechanics":
        return [g for docs in mechanics_gold(shared)[0].values() for g in docs]
    raise EvalError(f"no suite {name!r}. Available: {', '.join(SUITES)}")


def run_suite(name: str, predict: Predict, shared_dir: str | Path = "../shared",
              predict_for_actors: Callable[[list[dict]], Predict] | None = None) -> SuiteReport:
    """Run an outside reference suite. ``predict_for_actors(rows)`` (petrarch-mechanics only) must return a
    predict function that uses the given actor rows (see ``tabari_actors_to_rows``)."""
    shared = resolve_shared(shared_dir)
    if name == "plover-gsr":
        return _run_plover_gsr(predict, shared)
    if name == "petrarch-gsr":
        return _run_petrarch_gsr(predict, shared)
    if name == "petrarch-mechanics":
        return _run_mechanics(predict, shared, predict_for_actors)
    raise EvalError(f"no suite {name!r}. Available: {', '.join(SUITES)}")
