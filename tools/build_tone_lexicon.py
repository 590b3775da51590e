"""Build src/newscoder/data/tone/lexicon.tsv from the VADER lexicon (MIT licence).

The VADER lexicon ships in the PyPI package ``vaderSentiment`` (C.J. Hutto, MIT). This script
keeps its plain words (letters, optionally one apostrophe; at least 3 characters) whose mean
valence is at least ``--threshold`` in absolute value, drops words that are mostly neutral in
news (``STOP`` below: "united", "party", "interest", "shares", ...), and writes ``word<TAB>valence``
lines, sorted, under a header that names the source and licence. It also writes the licence
notice next to it. Run it after ``pip install vaderSentiment==3.3.2``:

    .venv/bin/python tools/build_tone_lexicon.py
"""
from __future__ import annotations

import argparse
import importlib.metadata
import re
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "newscoder" / "data" / "tone"

# Words VADER scores but that in news are mostly names, finance terms or function words.
STOP = set("""
united unite unites party parties interest interests share shares shared sharing securities
security credit credits well wells like likes liked yes please pretty kind kinds no ok okay care
special trust trusts natural free freedom respectively gross value values valued original outstanding
effective effectively certain certainly energy crude justice supreme grace diamond holiday
entertainment play advanced asset assets fund funds charge charges charged god lord dear
fine fines increase increased increases increasing lower lowered lowest low dear honor honour
wealth bonus prize prizes hand hands chance fresh active clear clearly sure grand liberty
""".split())
WORD = re.compile(r"[a-z]{3,}(?:'[a-z]+)?")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=1.0,
                        help="minimum |valence| kept (VADER's scale is -4..+4; default 1.0)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"output folder (default {OUT})")
    args = parser.parse_args(argv)
    out = args.out
    version = importlib.metadata.version("vaderSentiment")
    source = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text("utf-8")
    rows: dict[str, float] = {}
    for line in source.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not WORD.fullmatch(parts[0]) or parts[0] in STOP:
            continue
        valence = float(parts[1])
        if abs(valence) >= args.threshold:
            rows[parts[0]] = valence
    out.mkdir(parents=True, exist_ok=True)
    header = [
        f"# Tone lexicon derived from the VADER lexicon (vaderSentiment {version}, C.J. Hutto, MIT licence;",
        "# see LICENSE in this folder). Built by tools/build_tone_lexicon.py:",
        f"# plain words with |valence| >= {args.threshold}, minus {len(STOP)} news-neutral words.",
        "# word<TAB>valence (VADER mean rating, -4..+4); positive > 0, negative < 0.",
    ]
    body = [f"{w}\t{v:g}" for w, v in sorted(rows.items())]
    (out / "lexicon.tsv").write_text("\n".join(header + body) + "\n", encoding="utf-8")
    licence_text = importlib.metadata.distribution("vaderSentiment").read_text("LICENSE.txt")
    if not licence_text:
        raise SystemExit("vaderSentiment's LICENSE.txt not found: reinstall vaderSentiment==3.3.2")
    (out / "LICENSE").write_text(
        "data/tone/lexicon.tsv is derived from the VADER sentiment lexicon\n"
        "(vader_lexicon.txt in the PyPI package vaderSentiment, https://github.com/cjhutto/vaderSentiment).\n"
        "Hutto, C.J. & Gilbert, E.E. (2014). VADER: A Parsimonious Rule-based Model for Sentiment\n"
        "Analysis of Social Media Text. ICWSM-14.\n\n" + licence_text, encoding="utf-8")
    pos = sum(1 for v in rows.values() if v > 0)
    print(f"wrote {len(rows)} words ({pos} positive, {len(rows) - pos} negative) to {out / 'lexicon.tsv'}")


if __name__ == "__main__":
    main()
