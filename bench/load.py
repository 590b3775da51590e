#!/usr/bin/env python3
"""Load test of `newscoder serve`: latency and throughput of the events and dyad-timeline API.

    .venv/bin/python bench/load.py [--db FILE] [--shared ../shared] [--articles 50]
                                   [--requests 2000] [--concurrency 16] [--time-cap 300] [--writer N]

Without ``--db`` it first codes a fresh database in a temporary folder from the reference article
(``examples/000_071138934c7246b1.txt``) and the first ``--articles`` Reuters-21578 stories with a body
(``data/reuters21578.jsonl.gz``), with the real ``newscoder code``. Then it starts the real ``newscoder
serve`` on 127.0.0.1 and a free port (loopback only: no traffic leaves the machine), waits until it
answers, sends one warm-up round of the request mix (not counted), and sends ``--requests`` requests
from ``--concurrency`` threads (one keep-alive HTTP connection each), round-robin over a fixed mix:

- ``/api/events`` with filters and pages: no filter, a page further on, a type, an actor, a dyad, a date
  range, a text search, combinations (limit 10-100);
- ``/api/dyad`` timelines by day, week and month of the busiest dyads, and one period's events.

With ``--writer N``, a real ``newscoder code`` codes the next N Reuters stories into the same database
while the requests are sent (a copy of ``--db``, if given): the server must go on answering 200, and after
the writer has finished it must list the new articles (checked; a miss counts as an error).

It stops by itself after the requests are sent or after ``--time-cap`` seconds, whichever comes first,
stops the server, and prints the count, errors (any status but 200, or a failed connection), requests per
second, and latency percentiles (p50, p95, p99, max; overall and per endpoint). Exit status 1 if any
request failed, 0 otherwise. The client runs on the same machine and takes CPU from the server: the
figures are those of the pair.
"""
from __future__ import annotations

import argparse
import gzip
import http.client
import itertools
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlencode

REPO = Path(__file__).resolve().parent.parent
NEWSCODER = Path(sys.executable).with_name("newscoder")
HOST = "127.0.0.1"  # loopback only


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def reuters_slice(shared: Path, start: int, n: int, path: Path) -> list[str]:
    """Write Reuters stories number start..start+n-1 (counting those with a body) to a JSON Lines file."""
    reuters = shared / "data" / "reuters21578.jsonl.gz"
    if not reuters.exists():
        sys.exit(f"{reuters} is absent: pass --shared with the folder holding examples/ and data/, or --db")
    ids, seen = [], set()
    with gzip.open(reuters, "rt", encoding="utf-8") as f, path.open("w", encoding="utf-8") as out:
        k = 0
        for line in f:
            rec = json.loads(line)
            body = " ".join((rec.get("body") or "").split()).casefold()
            if not body or body in seen:  # exact duplicates are dropped by newscoder code: left out here
                continue
            seen.add(body)
            if k >= start + n:
                break
            if k >= start:
                out.write(line)
                ids.append(str(rec["id"]))
            k += 1
    return ids


def code_db(shared: Path, n_articles: int, folder: Path) -> Path:
    """Code the reference article and the first n Reuters stories with a body into a fresh database."""
    ref = shared / "examples" / "000_071138934c7246b1.txt"
    if not ref.exists():
        sys.exit(f"{ref} is absent: pass --shared with the folder holding examples/ and data/, or --db")
    corpus = folder / "reuters.jsonl"
    reuters_slice(shared, 0, n_articles, corpus)
    db = folder / "load.duckdb"
    t0 = time.monotonic()
    proc = subprocess.run([str(NEWSCODER), "code", str(ref), str(corpus), "--db", str(db), "--format", "none",
                           "--no-progress"], capture_output=True, text=True)
    if proc.returncode not in (0, 3):
        sys.exit(f"newscoder code failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    print(f"coded the reference article and {n_articles} Reuters stories into {db} in "
          f"{time.monotonic() - t0:.1f} s: {proc.stderr.strip().splitlines()[-1]}", file=sys.stderr)
    return db


class Server:
    def __init__(self, db: Path, port: int):
        self.port = port
        self.proc = subprocess.Popen([str(NEWSCODER), "serve", "--db", str(db), "--host", HOST, "--port", str(port)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)

    def get(self, path: str, timeout: float = 30) -> tuple[int, bytes]:
        c = http.client.HTTPConnection(HOST, self.port, timeout=timeout)
        try:
            c.request("GET", path, headers={"accept": "application/json"})
            r = c.getresponse()
            return r.status, r.read()
        finally:
            c.close()

    def wait_ready(self, timeout: float = 60) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                sys.exit(f"newscoder serve exited ({self.proc.returncode}):\n{self.proc.stderr.read()[-3000:]}")
            try:
                if self.get("/api/articles?limit=1", timeout=5)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        self.stop()
        sys.exit(f"newscoder serve did not answer within {timeout:.0f} s")

    def stop(self) -> str:
        if self.proc.poll() is None:
            self.proc.terminate()
        try:
            return self.proc.communicate(timeout=20)[1]
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.communicate()[1]


def request_mix(server: Server) -> list[tuple[str, str]]:
    """(endpoint label, path) pairs over the stored data: events with filters and pages, dyad timelines."""
    status, body = server.get("/api/network?min_events=1&max_nodes=60")
    edges = json.loads(body)["edges"] if status == 200 else []
    dyads = [(e["source"], e["target"]) for e in sorted(edges, key=lambda e: -e["n"])[:4]] or [("USA", "CAN")]
    status, body = server.get("/api/events?limit=1")
    total = json.loads(body)["total"] if status == 200 else 0
    ev = [
        {"limit": 50},
        {"limit": 50, "offset": max(0, min(total - 50, 100))},
        {"limit": 20, "offset": max(0, total // 2)},
        {"type": "THREATEN", "limit": 20},
        {"type": "SANCTION", "limit": 100},
        {"actor": "USA", "limit": 50},
        {"actor": "JPN", "limit": 20, "offset": 20},
        {"dyad": "USA,CAN", "limit": 50},
        {"dyad": ",".join(dyads[0]), "limit": 10},
        {"since": "1987-03-01", "until": "1987-03-31", "limit": 50},
        {"since": "2025-01-01", "limit": 20},
        {"text": "tariff", "limit": 20},
        {"actor": "USA", "type": "CONSULT", "since": "1987-01-01", "limit": 10},
    ]
    mix = [("events", "/api/events?" + urlencode(p)) for p in ev]
    for a, b in dyads:
        for interval in ("day", "week", "month"):
            mix.append(("dyad", "/api/dyad?" + urlencode({"a": a, "b": b, "interval": interval})))
    mix.append(("dyad", "/api/dyad?" + urlencode({"a": "USA", "b": "CAN", "interval": "month",
                                                  "period": "2025-03"})))
    return mix


def run_load(port: int, mix: list[tuple[str, str]], n: int, concurrency: int, cap: float) -> tuple[list, float]:
    """Send n requests (round-robin over mix) from `concurrency` threads; stop early at `cap` seconds."""
    counter = itertools.count()
    results: list[tuple[str, int, float, str]] = []
    lock = threading.Lock()
    start = time.monotonic()
    deadline = start + cap

    def worker() -> None:
        conn = None
        while True:
            i = next(counter)
            if i >= n or time.monotonic() >= deadline:
                break
            label, path = mix[i % len(mix)]
            t0 = time.perf_counter()
            try:
                if conn is None:
                    conn = http.client.HTTPConnection(HOST, port, timeout=30)
                conn.request("GET", path, headers={"accept": "application/json"})
                r = conn.getresponse()
                body = r.read()
                status, note = r.status, "" if r.status == 200 else body[:200].decode(errors="replace")
                if r.getheader("connection", "").lower() == "close":
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException) as e:
                status, note = -1, f"{type(e).__name__}: {e}"
                if conn is not None:
                    conn.close()
                conn = None
            dt = time.perf_counter() - t0
            with lock:
                results.append((label, status, dt, note))
        if conn is not None:
            conn.close()

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=cap + 60)
    return results, time.monotonic() - start


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=1000, method="inclusive")[int(q * 10) - 1]


def report(results: list, elapsed: float, args, db: Path) -> int:
    lat = sorted(r[2] * 1000 for r in results)
    errors = [r for r in results if r[1] != 200]
    print(f"machine: {os.cpu_count()} vCPUs ({platform.processor() or platform.machine()}), "
          f"Python {platform.python_version()}; client and server on the same machine")
    print(f"database: {db} ({db.stat().st_size / 1e6:.1f} MB)")
    print(f"requests: {len(results)} of {args.requests} at concurrency {args.concurrency} in {elapsed:.1f} s "
          f"(time cap {args.time_cap:.0f} s) -> {len(results) / elapsed:.1f} requests/s; errors: {len(errors)}")
    print(f"{'endpoint':<10} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    groups = [("all", lat)] + [(name, sorted(r[2] * 1000 for r in results if r[0] == name))
                               for name in sorted({r[0] for r in results})]
    for name, vals in groups:
        print(f"{name:<10} {len(vals):>6} {pct(vals, 50):>8.1f} {pct(vals, 95):>8.1f} {pct(vals, 99):>8.1f} "
              f"{(vals[-1] if vals else float('nan')):>8.1f}")
    for label, status, _, note in errors[:10]:
        print(f"error: {label} status {status}: {note}", file=sys.stderr)
    return 1 if errors else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, default=None, help="Existing database to serve (default: code a fresh one).")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="Folder with examples/ and data/.")
    ap.add_argument("--articles", type=int, default=50, help="Reuters articles to code with the reference article.")
    ap.add_argument("--requests", type=int, default=2000, help="Requests to send (bounded).")
    ap.add_argument("--concurrency", type=int, default=16, help="Client threads, one connection each.")
    ap.add_argument("--time-cap", type=float, default=300.0, help="Stop sending after this many seconds.")
    ap.add_argument("--writer", type=int, default=0, metavar="N",
                    help="Meanwhile, code the next N Reuters stories into the same database (newscoder code).")
    args = ap.parse_args()
    if args.requests < 1 or args.concurrency < 1 or args.time_cap <= 0:
        ap.error("--requests, --concurrency and --time-cap must be positive")

    with tempfile.TemporaryDirectory(prefix="newscoder-load-") as tmp:
        if args.db is not None:
            if not args.db.exists():
                ap.error(f"--db {args.db} does not exist; leave it out to code a fresh database")
            db = args.db
            if args.writer:  # the writer writes into a copy, never into the given database
                db = Path(tmp) / "load.duckdb"
                shutil.copy(args.db, db)
        else:
            db = code_db(args.shared, args.articles, Path(tmp))
        writer = writer_ids = None
        server = Server(db, free_port())
        try:
            server.wait_ready()
            mix = request_mix(server)
            warm, _ = run_load(server.port, mix, len(mix), 1, 60)  # one round, not counted
            if any(r[1] != 200 for r in warm):
                print(f"warm-up errors: {[r for r in warm if r[1] != 200][:3]}", file=sys.stderr)
            if args.writer:
                corpus = Path(tmp) / "writer.jsonl"
                writer_ids = reuters_slice(args.shared, args.articles, args.writer, corpus)
                writer_t0 = time.monotonic()
                writer = subprocess.Popen([str(NEWSCODER), "code", str(corpus), "--db", str(db), "--format", "none",
                                           "--no-progress"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                          text=True)
            results, elapsed = run_load(server.port, mix, args.requests, args.concurrency, args.time_cap)
            if writer is not None:
                during = writer.poll() is None
                _, werr = writer.communicate(timeout=args.time_cap + 600)
                print(f"writer: newscoder code of {args.writer} stories took {time.monotonic() - writer_t0:.1f} s, "
                      f"exit {writer.returncode}, {'still running' if during else 'finished'} when the load "
                      f"ended: {werr.strip().splitlines()[-1] if werr.strip() else ''}")
                missing = [i for i in writer_ids if server.get(f"/api/articles/{quote(i, safe='')}")[0] != 200]
                print(f"after the writer: the server shows {len(writer_ids) - len(missing)} of its "
                      f"{len(writer_ids)} articles")
                if writer.returncode != 0 or missing:
                    results.append(("writer", -1, 0.0, f"exit {writer.returncode}, {len(missing)} articles not "
                                                       f"listed: {werr[-500:]}"))
        finally:
            if writer is not None and writer.poll() is None:
                writer.kill()
            err = server.stop()
        if "Traceback" in err:
            print(err[-3000:], file=sys.stderr)
        return report(results, elapsed, args, db)


if __name__ == "__main__":
    sys.exit(main())
