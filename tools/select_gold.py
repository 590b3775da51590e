#!/usr/bin/env python3
"""List candidate Reuters-21578 TRAIN articles for the development gold set, and check the gold file.

The development gold (``gold/dev.jsonl``, format in ``docs/gold-format.md``) is annotated by hand from
articles chosen with this script, so that the choice can be repeated. Only ``lewissplit == "TRAIN"`` is
ever listed: the TEST part of Reuters-21578 is kept for outside evaluation and must not be looked at.

Usage:
    python tools/select_gold.py                      # list political candidates (id, date, len, title)
    python tools/select_gold.py --min-score 3 --max-len 2500
    python tools/select_gold.py --show 5172          # print one TRAIN article (title + body) to annotate
    python tools/select_gold.py --check gold/dev.jsonl

``--check`` loads every gold document from ``../shared`` (or ``--shared DIR``) and asserts that each
event ``evidence``, quote prefix, date, actor and amount ``text`` occurs in the article text (or in its
title when the item says ``"in": "title"``), that types, codes and dates are well formed, and that no
Reuters document outside TRAIN is used. It exits 1 and lists every problem when something is wrong.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = ROOT.parent / "shared"

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
IGO_CODES = {"EU", "NATO", "UN", "WTO", "GATT", "OPEC", "IMF", "IBRD", "OECD", "ECOWAS", "AU", "ASEAN",
             "BRICS", "OAS", "G7", "ICO", "IEA", "ADB", "ARL"}

# Topic and place/org codes that mark political content in the Reuters category fields.
POLITICAL_TOPICS = {"trade"}
POLITICAL_ORGS = {"gatt", "ec", "opec", "imf", "worldbank", "oecd", "un", "nato", "unctad"}
# Body/title words that mark political content; each distinct hit adds one to the score.
POLITICAL_WORDS = [
    r"government", r"minister", r"president", r"prime minister", r"tariffs?", r"sanctions?",
    r"retaliat\w*", r"talks", r"negotiat\w+", r"gatt", r"european community", r"\bec\b", r"opec",
    r"embass\w+", r"military", r"troops", r"embargo", r"protectionis\w+", r"reagan", r"nakasone",
    r"yeutter", r"baker", r"congress", r"summit", r"agreement", r"accord", r"warned", r"threat\w*",
    r"strike", r"rebels?", r"diplomat\w*", r"ambassador", r"parliament", r"officials? said",
]
_WORD_RES = [re.compile(w, re.I) for w in POLITICAL_WORDS]


def load_reuters(shared: Path) -> dict[str, dict]:
    """Every Reuters-21578 record by id (all splits: callers must filter on lewissplit)."""
    path = shared / "data" / "reuters21578.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return {r["id"]: r for r in map(json.loads, fh)}


def score(rec: dict) -> int:
    """A rough count of political signals in a record: category codes plus distinct political words."""
    s = 0
    if POLITICAL_TOPICS & set(rec["topics"]):
        s += 3
    s += 2 * len(POLITICAL_ORGS & set(rec["orgs"]))
    text = rec["title"] + "\n" + rec["body"]
    s += sum(1 for r in _WORD_RES if r.search(text))
    return s


def candidates(recs: dict[str, dict], min_score: int, min_len: int, max_len: int):
    for rec in recs.values():
        if rec["lewissplit"] != "TRAIN":  # TEST is reserved for outside evaluation
            continue
        n = len(rec["body"])
        if not (min_len <= n <= max_len):
            continue
        sc = score(rec)
        if sc >= min_score:
            yield sc, rec


# ---- loading a gold document's text, the way the evaluator sees it -------------------------------------

def load_doc(doc: str, shared: Path, recs: dict[str, dict] | None) -> tuple[str, str, str | None, str]:
    """Return (title, text, date, split) for a gold ``doc`` id.

    ``reuters:<id>``: title and body of the record. ``examples/...``: a file whose first line is
    `` date YYYY-MM-DD <headline or clutter>``; the rest of that line is the title, the lines after it the text.
    """
    if doc.startswith("reuters:"):
        rec = (recs or {})[doc.split(":", 1)[1]]
        date = rec["date"][:10] if rec["date"] else None
        return rec["title"], rec["body"], date, rec["lewissplit"]
    raw = (shared / doc).read_text(encoding="utf-8", errors="replace")
    head, _, text = raw.partition("\n")
    m = re.match(r"\s*date (\d{4}-\d{2}-\d{2}) ?(.*)$", head)
    if not m:
        return "", raw, None, "EXAMPLE"
    return m.group(2), text, m.group(1), "EXAMPLE"


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _is_date(s: str) -> bool:
    try:
        dt.date.fromisoformat(s)
        return True
    except (TypeError, ValueError):
        return False


def _code_ok(c) -> bool:
    return c is None or (isinstance(c, str) and (re.fullmatch(r"[A-Z]{3}", c) is not None or c in IGO_CODES))


def check(gold_path: Path, shared: Path) -> list[str]:
    """Every problem found in a gold file, as readable lines (empty when the file is sound)."""
    problems: list[str] = []
    recs = load_reuters(shared)
    seen: set[str] = set()
    lines = gold_path.read_text(encoding="utf-8").splitlines()
    for ln, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"line {ln}: not JSON ({e})")
            continue
        doc = g.get("doc", "?")
        where = f"line {ln} {doc}"
        if doc in seen:
            problems.append(f"{where}: document listed twice")
        seen.add(doc)
        try:
            title, text, date, split = load_doc(doc, shared, recs)
        except (KeyError, OSError) as e:
            problems.append(f"{where}: cannot load document ({e})")
            continue
        if doc.startswith("reuters:") and split != "TRAIN":
            problems.append(f"{where}: lewissplit is {split}, only TRAIN may be used")
        if g.get("date") != date:
            problems.append(f"{where}: date {g.get('date')!r} but the article is dated {date!r}")

        def find(item: dict, key: str, what: str, normalised: bool = False) -> None:
            # Evidence must sit on one source line, single-spaced, so that it stays a substring of the
            # sentence whether or not the reader unwraps Reuters' hard line breaks. Quotes, dates, actors
            # and amounts are mention texts and are matched whitespace-normalised.
            s = item.get(key)
            if not isinstance(s, str) or not s.strip():
                problems.append(f"{where}: {what} without {key}")
                return
            hay = title if item.get("in") == "title" else text
            if normalised:
                ok = _norm(s) in _norm(hay)
            else:
                ok = s in hay and "\n" not in s and "  " not in s
            if not ok:
                problems.append(f"{where}: {what} {s!r} not found in the {item.get('in', 'text')}"
                                + ("" if normalised else " (as one line, single-spaced)"))

        for i, ev in enumerate(g.get("events", [])):
            what = f"event {i + 1}"
            types = ev.get("type")
            types = types if isinstance(types, list) else [types]
            if not types or any(t not in PLOVER_TYPES for t in types):
                problems.append(f"{where}: {what} bad type {ev.get('type')!r}")
            for k in ("source", "target"):
                if k not in ev or not _code_ok(ev[k]):
                    problems.append(f"{where}: {what} bad {k} {ev.get(k)!r}")
            if "date" in ev and not _is_date(ev["date"]):
                problems.append(f"{where}: {what} bad date {ev['date']!r}")
            if ev.get("status") not in ("required", "acceptable"):
                problems.append(f"{where}: {what} bad status {ev.get('status')!r}")
            if ev.get("in", "text") not in ("text", "title"):
                problems.append(f"{where}: {what} bad in {ev.get('in')!r}")
            find(ev, "evidence", what)
        for i, q in enumerate(g.get("quotes", [])):
            if not _code_ok(q.get("speaker_country")):
                problems.append(f"{where}: quote {i + 1} bad speaker_country {q.get('speaker_country')!r}")
            find(q, "text", f"quote {i + 1}", normalised=True)
        for i, d in enumerate(g.get("dates", [])):
            if not _is_date(d.get("value")):
                problems.append(f"{where}: date {i + 1} bad value {d.get('value')!r}")
            find(d, "text", f"date {i + 1}", normalised=True)
        for i, a in enumerate(g.get("actors", [])):
            if not _code_ok(a.get("country")):
                problems.append(f"{where}: actor {i + 1} bad country {a.get('country')!r}")
            find(a, "text", f"actor {i + 1}", normalised=True)
        for i, a in enumerate(g.get("amounts", [])):
            if not isinstance(a.get("value"), (int, float)):
                problems.append(f"{where}: amount {i + 1} bad value {a.get('value')!r}")
            find(a, "text", f"amount {i + 1}", normalised=True)
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared/ folder")
    ap.add_argument("--min-score", type=int, default=4, help="least political score to list")
    ap.add_argument("--min-len", type=int, default=0, help="least body length (0 lists title-only items)")
    ap.add_argument("--max-len", type=int, default=6000, help="greatest body length")
    ap.add_argument("--show", metavar="ID", help="print one TRAIN article to annotate")
    ap.add_argument("--check", type=Path, metavar="GOLD", help="check a gold file against the articles")
    args = ap.parse_args(argv)

    if args.check:
        problems = check(args.check, args.shared)
        n = sum(1 for line in args.check.read_text(encoding="utf-8").splitlines() if line.strip())
        for p in problems:
            print(p)
        print(f"{args.check}: {n} documents, {len(problems)} problems")
        return 1 if problems else 0

    recs = load_reuters(args.shared)
    if args.show:
        rec = recs[args.show]
        if rec["lewissplit"] != "TRAIN":
            print(f"reuters:{args.show} is {rec['lewissplit']}, not TRAIN: not for the gold set", file=sys.stderr)
            return 1
        print(f"reuters:{rec['id']}  {rec['date']}  topics={rec['topics']} places={rec['places']} orgs={rec['orgs']}")
        print(rec["title"])
        print(rec["dateline"])
        print(rec["body"])
        return 0

    rows = sorted(candidates(recs, args.min_score, args.min_len, args.max_len),
                  key=lambda t: (-t[0], int(t[1]["id"])))
    for sc, rec in rows:
        print(f"{rec['id']:>6}  {(rec['date'] or '')[:10]}  score={sc:<2} len={len(rec['body']):>5}  {rec['title']}")
    print(f"{len(rows)} TRAIN candidates", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
