#!/usr/bin/env python3
"""Throughput of newscoder against raw spaCy on the same Reuters-21578 articles.

    .venv/bin/python bench/throughput.py [--n 2000] [--shared ../shared] [--workers 1 2] [--repeat 1] [--profile]

Measures, over the first N articles of ``reuters21578.jsonl.gz`` (as ``newscoder code`` reads them:
``ingest.read_inputs`` then ``ingest.dedup``):

(a) raw spaCy: the same pipeline newscoder loads (``newscoder.nlp.load_model``, same disabled components)
    parsing the same segment texts newscoder parses (``newscoder.normalize.segments``), with
    ``nlp.pipe(batch_size=256)``; at W workers, W spawned processes each load the model once and parse
    one chunk of segments after another (Docs are not sent back: the cheapest a W-process parse can be);
(b) newscoder end to end: read -> code -> store into a fresh DuckDB file, exactly as ``newscoder code
    --format none`` does (``Coder.code_many`` at 1 worker, ``pipeline.code_parallel`` at W > 1, batches
    of 200 articles to ``Store.write``);
(c) the same with the pre-filter (``newscoder code --prefilter``, ``Options(prefilter=True)``): only the
    segments that can hold an event or a quote are parsed, so (c) can go past the parse (a) parsing every
    segment. ``--modes full`` or ``--modes prefilter`` measures one of (b) and (c) only.

Each measurement runs in a fresh child process, so its peak RSS (``resource.getrusage``: the process
itself and the largest of its own worker processes) and its start-up are its own. Wall times include
start-up (model load, actor dictionary, lexicon); the "steady" rates leave the start-up out (at W > 1 the
workers start in parallel, so the parent's own measurement of one load is subtracted).

Words are whitespace-separated words of the segment texts (the same count for (a) and (b)).
``--repeat K`` measures (a) and (b) K times each, alternating, and keeps the fastest run of each (wall,
and the least CPU): on a machine shared with other jobs the fastest run is the least disturbed one.
Prints a table; no assertions. ``--profile`` runs (b) at 1 worker under cProfile and prints where the
time outside spaCy's parse goes.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import itertools
import json
import os
import platform
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def load_articles(shared: Path, n: int) -> list:
    """The first n Articles of Reuters-21578, read and de-duplicated like `newscoder code` does."""
    from newscoder.ingest import dedup, read_inputs
    from newscoder.records import Article

    path = shared / "data" / "reuters21578.jsonl.gz"
    if not path.exists():
        sys.exit(f"{path} is absent: pass --shared with the folder holding data/reuters21578.jsonl.gz")
    return list(itertools.islice((a for a in dedup(read_inputs([str(path)])) if isinstance(a, Article)), n))


def segment_texts(articles: list) -> list[str]:
    from newscoder.normalize import segments
    return [s.text for a in articles for s in segments(a)]


def rusage() -> dict:
    # ru_maxrss is in KiB on Linux. RUSAGE_CHILDREN: the largest waited-for descendant.
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"rss_self_mb": round(me, 1), "rss_child_mb": round(kids, 1)}


def cpu_seconds() -> float:
    """User + system CPU time of this process and its waited-for children (e.g. pool workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def loadavg() -> float:
    try:
        return float(Path("/proc/loadavg").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return float("nan")


# ---------------------------------------------------------------------------------------------- (a)
_NLP = None


def _raw_init(model: str) -> None:
    global _NLP
    from newscoder.nlp import load_model
    _NLP = load_model(model)


def _raw_parse(texts: list[str]) -> int:
    n = 0
    for doc in _NLP.pipe(texts, batch_size=256):
        n += len(doc)
    return n


def measure_raw(articles: list, workers: int) -> dict:
    from newscoder.nlp import DEFAULT_MODEL
    texts = segment_texts(articles)
    t0 = time.perf_counter()
    if workers == 1:
        _raw_init(DEFAULT_MODEL)
        t_load = time.perf_counter() - t0
        tokens = _raw_parse(texts)
    else:
        import multiprocessing as mp
        t_load = None
        chunk = 256
        chunks = [texts[i:i + chunk] for i in range(0, len(texts), chunk)]
        with mp.get_context("spawn").Pool(workers, initializer=_raw_init, initargs=(DEFAULT_MODEL,)) as pool:
            tokens = sum(pool.imap(_raw_parse, chunks))
    wall = time.perf_counter() - t0
    return {"wall": wall, "startup": t_load, "tokens": tokens, "segments": len(texts)}


# ---------------------------------------------------------------------------------------------- (b)
def run_newscoder(articles: list, workers: int, db: str, prefilter: bool = False) -> dict:
    """read -> code -> store, like `newscoder code --format none --db DB` (without the progress bar);
    ``prefilter``: like `newscoder code --prefilter`."""
    from newscoder.pipeline import Coder, Options, code_parallel
    from newscoder.records import CodedArticle
    from newscoder.store import open_store

    t0 = time.perf_counter()
    options = Options(prefilter=prefilter)
    coder = Coder(options) if workers == 1 else None
    t_load = time.perf_counter() - t0 if coder is not None else None
    store = open_store(db)
    run_id = store.start_run({"bench": True, "workers": workers})
    stream = iter(articles)
    results = coder.code_many(stream) if coder is not None else code_parallel(stream, options, workers)
    pending, coded, events = [], 0, 0
    t_store = 0.0
    for item in results:
        if isinstance(item, CodedArticle):
            coded += 1
            events += len(item.events)
            pending.append(item)
            if len(pending) >= 200:
                ts = time.perf_counter()
                store.write(pending, run_id=run_id)
                t_store += time.perf_counter() - ts
                pending = []
    ts = time.perf_counter()
    if pending:
        store.write(pending, run_id=run_id)
    store.finish_run(run_id, {"articles": coded})
    store.close()
    t_store += time.perf_counter() - ts
    return {"wall": time.perf_counter() - t0, "startup": t_load, "coded": coded, "events": events,
            "store_s": t_store}


def measure_newscoder(shared: Path, n: int, workers: int, prefilter: bool = False) -> dict:
    # The read is part of (b): time it, then code and store.
    t0 = time.perf_counter()
    articles = load_articles(shared, n)
    t_read = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        out = run_newscoder(articles, workers, os.path.join(tmp, "bench.duckdb"), prefilter)
    out["read_s"] = t_read
    out["wall"] += t_read
    return out


# ---------------------------------------------------------------------------------------------- driver
NAMES = {"full": "newscoder", "prefilter": "newscoder+pf"}
KINDS = {"full": "newscoder", "prefilter": "prefilter"}


def child(kind: str, workers: int, shared: Path, n: int) -> None:
    """One measurement in this (fresh) process; prints one JSON line."""
    if kind == "raw":
        articles = load_articles(shared, n)
        c0 = cpu_seconds()
        out = measure_raw(articles, workers)
    else:
        c0 = cpu_seconds()
        out = measure_newscoder(shared, n, workers, prefilter=kind == "prefilter")
    out["cpu"] = cpu_seconds() - c0
    out.update(rusage())
    print("RESULT " + json.dumps(out))


def spawn(kind: str, workers: int, args) -> dict:
    cmd = [sys.executable, __file__, "--child", kind, "--child-workers", str(workers),
           "--n", str(args.n), "--shared", str(args.shared)]
    load0 = loadavg()
    p = subprocess.run(cmd, capture_output=True, text=True)
    line = next((ln for ln in p.stdout.splitlines() if ln.startswith("RESULT ")), None)
    if p.returncode != 0 or line is None:
        sys.exit(f"measurement {kind} x{workers} failed (exit {p.returncode}):\n{p.stderr[-3000:]}")
    out = json.loads(line[len("RESULT "):])
    out["load"] = (load0, loadavg())
    return out


def best(runs: list[dict]) -> dict:
    """The fastest of repeated runs (least wall time), with the least CPU time of them all."""
    out = dict(min(runs, key=lambda r: r["wall"]))
    out["cpu"] = min(r["cpu"] for r in runs)
    return out


def machine() -> str:
    cpu = "?"
    try:
        for ln in Path("/proc/cpuinfo").read_text().splitlines():
            if ln.startswith("model name"):
                cpu = ln.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    import spacy
    return (f"nproc {os.cpu_count()}, CPU {cpu}, {mem:.0f} GiB RAM, Python {platform.python_version()}, "
            f"spaCy {spacy.__version__}")


def profile(args) -> None:
    """(b) at 1 worker under cProfile: where the time outside spaCy's parse goes."""
    articles = load_articles(args.shared, args.n)
    from newscoder.pipeline import Coder
    Coder()  # load outside the profile: start-up is reported by the throughput table
    with tempfile.TemporaryDirectory() as tmp:
        prof = cProfile.Profile()
        prof.enable()
        run_newscoder(articles, 1, os.path.join(tmp, "profile.duckdb"))
        prof.disable()
    st = pstats.Stats(prof)
    total = st.total_tt
    # cumulative time of a few landmarks: spaCy's pipe, each stage, the store.
    marks = {
        "spaCy nlp.pipe (parse)": ("language.py", "pipe"),
        "normalize.segments": ("normalize.py", "segments"),
        "stage actors": ("stages.py", "actors"),
        "stage dates": ("stages.py", "dates"),
        "stage amounts": ("stages.py", "amounts"),
        "stage events": ("stages.py", "events"),
        "stage quotes": ("stages.py", "quotes"),
        "stage tone": ("stages.py", "tone"),
        "pipeline._resync_spans": ("pipeline.py", "_resync_spans"),
        "Store.write": ("core.py", "write"),
    }
    found = {k: 0.0 for k in marks}
    for (fname, _line, func), (_cc, _nc, _tt, ct, _callers) in st.stats.items():
        for k, (f, fn) in marks.items():
            if fname.endswith(f) and func == fn:
                found[k] = max(found[k], ct)
    print(f"\n== profile: newscoder end to end, 1 worker, {len(articles)} articles, {total:.1f} s profiled ==")
    print("(cProfile inflates Python-heavy code more than spaCy's compiled parse; read the shares, not the seconds)")
    for k, v in found.items():
        print(f"  {k:<28} {v:8.2f} s  {100 * v / total:5.1f} %")
    buf = io.StringIO()
    s = pstats.Stats(prof, stream=buf)
    s.sort_stats("cumulative").print_stats(r"newscoder/(?!.*language\.py)", 30)
    print("\n== top cumulative, newscoder's own functions ==")
    print(_trim_stats(buf.getvalue()))
    buf = io.StringIO()
    s = pstats.Stats(prof, stream=buf)
    s.sort_stats("tottime").print_stats(40)
    print("== top own time (tottime), every function ==")
    print(_trim_stats(buf.getvalue()))


def _trim_stats(text: str) -> str:
    lines = text.splitlines()
    start = next((i for i, ln in enumerate(lines) if ln.lstrip().startswith("ncalls")), 0)
    root = str(REPO / "src") + "/"
    return "\n".join(ln.replace(root, "") for ln in lines[start:] if ln.strip())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=2000, help="articles (default 2000)")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="folder with data/reuters21578.jsonl.gz")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts (default 1 2)")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each measurement, alternating; the fastest is kept")
    ap.add_argument("--profile", action="store_true", help="also profile newscoder's own stages (cProfile)")
    ap.add_argument("--profile-only", action="store_true", help="only the profile")
    ap.add_argument("--modes", nargs="+", choices=["full", "prefilter"], default=["full", "prefilter"],
                    help="newscoder modes to measure: every segment parsed (b), the pre-filter (c); default both")
    ap.add_argument("--child", choices=["raw", "newscoder", "prefilter"], help=argparse.SUPPRESS)
    ap.add_argument("--child-workers", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.child_workers, args.shared, args.n)
        return
    if not args.profile_only:
        articles = load_articles(args.shared, args.n)
        texts = segment_texts(articles)
        words = sum(len(t.split()) for t in texts)
        narts = len(articles)
        print(f"machine: {machine()}")
        print(f"input: {len(articles)} Reuters-21578 articles, {len(texts)} segments, {words} words")
        del articles, texts
        rows = []
        raw1 = new1 = None
        kinds = [("spaCy", "raw")] + [(NAMES[m], KINDS[m]) for m in args.modes]
        for w in args.workers:
            runs: dict[str, list] = {name: [] for name, _kind in kinds}
            for _ in range(max(1, args.repeat)):
                for name, kind in kinds:
                    runs[name].append(spawn(kind, w, args))
            got = {name: best(rs) for name, rs in runs.items()}
            if args.repeat > 1:
                print(f"workers {w}: wall s " + ", ".join(f"{name} {[round(r['wall'], 1) for r in rs]}"
                                                         for name, rs in runs.items())
                      + "; CPU s " + ", ".join(f"{name} {[round(r['cpu'], 1) for r in rs]}" for name, rs in runs.items()))
            if w == 1:
                raw1 = got["spaCy"]
                new1 = got.get(NAMES["full"]) or got.get(NAMES["prefilter"])
            rows.append((w, got))
        print()
        hdr = (f"{'workers':>7} {'what':<12} {'wall s':>7} {'start s':>7} {'words/s':>8} {'art/s':>7} "
               f"{'steady w/s':>10} {'CPU s':>6} {'w/CPU-s':>7} {'RSS MB':>7} {'+child MB':>9} {'load':>9}")
        print(hdr)
        print("-" * len(hdr))
        for w, got in rows:
            a = got["spaCy"]
            for name, r in got.items():
                start = r["startup"]
                if start is None:  # parallel: the workers load in parallel; use the 1-process load time
                    ref = raw1 if name == "spaCy" else new1
                    start = ref["startup"] if ref else 0.0
                    if name != "spaCy" and ref:
                        start += ref.get("read_s", 0.0)
                elif name != "spaCy":
                    start += r.get("read_s", 0.0)
                r["words_s"] = words / r["wall"]
                r["art_s"] = narts / r["wall"]
                r["steady"] = words / max(1e-9, r["wall"] - start)
                print(f"{w:>7} {name:<12} {r['wall']:7.1f} {start:7.1f} {r['words_s']:8.0f} {r['art_s']:7.1f} "
                      f"{r['steady']:10.0f} {r['cpu']:6.1f} {words / r['cpu']:7.0f} {r['rss_self_mb']:7.0f} "
                      f"{r['rss_child_mb']:9.0f} {r['load'][0]:4.1f}>{r['load'][1]:<4.1f}")
            for name, b in got.items():
                if name == "spaCy":
                    continue
                extra = f"  (read {b['read_s']:.1f} s, DuckDB writes {b['store_s']:.1f} s, {b['events']} events)"
                print(f"{'':>7} ratio {name}/spaCy: {b['words_s'] / a['words_s']:.2f} wall, "
                      f"{b['steady'] / a['steady']:.2f} steady, {a['cpu'] / b['cpu']:.2f} CPU{extra}")
        print("\nnewscoder: every segment parsed (b); newscoder+pf: --prefilter (c), parsing only the segments that")
        print("can hold an event or a quote (words/s count every segment's words, as for the others).")
        print("start s: model load (spaCy) / Coder build + read (newscoder); steady = words / (wall - start).")
        print("CPU s: user+system CPU of the measurement and its workers (robust to other load on the machine);")
        print("RSS MB: peak RSS of the measuring process; +child MB: the largest worker process (W > 1);")
        print("load: 1-minute load average before > after (above the worker count: other processes competed).")
    if args.profile or args.profile_only:
        profile(args)


if __name__ == "__main__":
    main()
