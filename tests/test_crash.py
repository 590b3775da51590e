"""Crash safety with a real kill: SIGKILL `newscoder code` mid-run, run it again, compare with a clean run.

600 Reuters-21578 articles, not 2,000: measured with --workers 2 on this 2-core machine, 600 articles take
18-34 s a run depending on load, so 2,000 would take 60-110 s a run, and the tests here make three runs of
the whole set plus two partial ones. Articles are the first 600 with distinct bodies: exact duplicates
by body are a separate matter, tested at the end (with --no-near-dups, a resumed run codes the second
copy of a duplicate whose first copy was stored before the kill). Near-duplicate stories (on by default)
are stored, linked to their first story; the comparison includes those links. NEWSCODER_CRASH_SEED fixes the random kill points;
NEWSCODER_CRASH_ARTICLES=2000 runs the full-size check.

Guarantees checked: after a SIGKILL the database opens (DuckDB replays its WAL) and holds only whole
write batches (the CLI stores every 200 coded articles in one transaction); a second run skips what is
stored and codes the rest; the result holds every article exactly once, with the same events and quotes
as an uninterrupted run.
"""
from __future__ import annotations

import gzip
import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from conftest import REUTERS

NEWSCODER = Path(sys.executable).with_name("newscoder")
N_ARTICLES = int(os.environ.get("NEWSCODER_CRASH_ARTICLES", "600"))  # 2000 for the full-size check
STORE_EVERY = 200  # the CLI writes this many coded articles per transaction
WORKERS = "2"
EVENT_COLS = 'article_id, event_id, type, source_code, target_code, date, start, "end"'
QUOTE_COLS = 'article_id, quote_id, text, start, "end", speaker_actor, speaker_name, cue, partial, in_'


def _articles(n: int) -> list[dict]:
    if not REUTERS.exists():
        pytest.skip(f"{REUTERS} is absent: the crash tests code real Reuters-21578 articles from ../shared")
    out, seen = [], set()
    with gzip.open(REUTERS, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            body = " ".join((rec.get("body") or rec.get("text") or "").split()).casefold()
            if not body or body in seen:
                continue
            seen.add(body)
            out.append({"id": rec["id"], "date": rec.get("date"), "title": rec.get("title") or "", "text": rec.get("body") or rec.get("text")})
            if len(out) == n:
                break
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("crash") / "reuters.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for rec in _articles(N_ARTICLES):
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def _cmd(corpus: Path, db: Path, *extra: str, workers: str = WORKERS) -> list[str]:
    return [str(NEWSCODER), "code", str(corpus), "--db", str(db), "--format", "none", "--workers", workers, *extra]


def _run(corpus: Path, db: Path) -> subprocess.CompletedProcess:
    proc = subprocess.run(_cmd(corpus, db, "--no-progress"), capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    return proc


@pytest.fixture(scope="module")
def clean_db(corpus, tmp_path_factory) -> Path:
    """Database B: one uninterrupted run."""
    db = tmp_path_factory.mktemp("clean") / "B.duckdb"
    t0 = time.monotonic()
    _run(corpus, db)
    print(f"uninterrupted run of {N_ARTICLES} articles: {time.monotonic() - t0:.0f} s")
    return db


def _kill_when(corpus: Path, db: Path, low: int, high: int) -> int:
    """Start a run with a progress bar on stderr; SIGKILL it once the count passes a random point in
    [low, high]. Returns the count seen at the kill."""
    target = random.Random(os.environ.get("NEWSCODER_CRASH_SEED")).randint(low, high)
    proc = subprocess.Popen(_cmd(corpus, db, "--progress"), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen = [0]
    hit = threading.Event()

    def watch():
        buf = b""
        while True:
            chunk = proc.stderr.read1(4096) if hasattr(proc.stderr, "read1") else proc.stderr.read(1)
            if not chunk:
                break
            buf = (buf + chunk)[-4096:]
            counts = re.findall(rb"coding: (\d+) art", buf)
            if counts:
                seen[0] = int(counts[-1])
                if seen[0] >= target:
                    hit.set()
        hit.set()  # the process ended by itself

    t = threading.Thread(target=watch, daemon=True)
    t.start()
    try:
        assert hit.wait(timeout=300), "no progress within 300 s"
        assert proc.poll() is None, f"the run finished before the kill point {target} (count {seen[0]})"
        proc.send_signal(signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=60)
        t.join(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    return seen[0]


def _rows(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _has_column(db: Path, table: str, column: str) -> bool:
    return _rows(db, f"SELECT count(*) FROM information_schema.columns WHERE table_name = '{table}' "
                     f"AND column_name = '{column}'") == [(1,)]


def _links(db: Path) -> list[tuple]:
    """(id, duplicate_of) of every stored article; duplicate_of is None without near-duplicate linking."""
    dup = "duplicate_of" if _has_column(db, "articles", "duplicate_of") else "NULL"
    return _rows(db, f"SELECT id, {dup} FROM articles ORDER BY id")


def _coded_count(db: Path) -> int:
    """Stored articles that were coded (not stored as a near-duplicate of a first story)."""
    return _rows(db, "SELECT count(*) FROM articles "
                     "WHERE len(list_filter(coalesce(warnings, []), lambda w: w LIKE 'duplicate of %')) = 0")[0][0]


def _assert_same(db_a: Path, db_b: Path) -> None:
    assert len(_links(db_b)) == N_ARTICLES
    assert _links(db_a) == _links(db_b)  # the same articles, linked to the same first stories
    # Exactly once: no article id twice in any per-article table.
    for db in (db_a, db_b):
        assert _rows(db, "SELECT count(*) FROM (SELECT id FROM articles GROUP BY id HAVING count(*) > 1)") == [(0,)]
        assert _rows(db, "SELECT count(*) FROM (SELECT article_id, event_id FROM events "
                         "GROUP BY ALL HAVING count(*) > 1)") == [(0,)]
        assert _rows(db, "SELECT count(DISTINCT content_hash) FROM articles") == [(N_ARTICLES,)]
    events_a = _rows(db_a, f"SELECT {EVENT_COLS} FROM events ORDER BY article_id, idx")
    events_b = _rows(db_b, f"SELECT {EVENT_COLS} FROM events ORDER BY article_id, idx")
    assert len(events_b) > 100
    assert events_a == events_b
    quotes_a = _rows(db_a, f"SELECT {QUOTE_COLS} FROM quotes ORDER BY article_id, quote_id")
    quotes_b = _rows(db_b, f"SELECT {QUOTE_COLS} FROM quotes ORDER BY article_id, quote_id")
    assert len(quotes_b) > 50
    assert quotes_a == quotes_b
    assert _rows(db_a, "SELECT count(*) FROM rejects") == [(0,)]


def test_kill_after_some_batches_then_resume(corpus, clean_db, tmp_path):
    db = tmp_path / "A.duckdb"
    at = _kill_when(corpus, db, STORE_EVERY + 20, max(STORE_EVERY + 21, N_ARTICLES - 150))
    # The killed run left whole batches only: a multiple of 200 coded articles, at least one batch.
    coded = _coded_count(db)
    assert coded > 0 and coded % STORE_EVERY == 0 and coded <= at, (coded, at)
    # Child rows never outlive their batch: every event and quote belongs to a stored article.
    assert _rows(db, "SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)") == [(0,)]
    assert _rows(db, "SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles)") == [(0,)]
    assert _rows(db, "SELECT count(*) FROM runs WHERE finished IS NULL") == [(1,)]
    (stored,) = _rows(db, "SELECT count(*) FROM articles")[0]
    proc = _run(corpus, db)
    assert f"{stored} already stored" in proc.stderr
    _assert_same(db, clean_db)
    assert _rows(db, "SELECT count(*) FROM runs WHERE finished IS NOT NULL") == [(1,)]


def test_kill_during_the_first_batch_then_run_again(corpus, clean_db, tmp_path):
    db = tmp_path / "C.duckdb"
    _kill_when(corpus, db, 1, STORE_EVERY // 2)
    if db.exists():  # the database opens after the kill and holds nothing coded
        assert _coded_count(db) == 0
        assert _rows(db, "SELECT count(*) FROM events") == [(0,)]
    proc = _run(corpus, db)
    assert "Traceback" not in proc.stderr
    _assert_same(db, clean_db)


@pytest.mark.parametrize("near_dups", ["--near-dups", "--no-near-dups"])
def test_resume_treats_duplicates_as_a_clean_run_does(tmp_path, near_dups):
    """Two records with the same (short) body and different titles. A run killed after the first was
    stored, run again, must store what an uninterrupted run stores."""
    first = {"id": "r1", "date": "1987-03-02", "title": "FORD <F> INCREASES OUTPUT",
             "text": "Ford Motor Co said it would increase its second quarter output in Canada."}
    second = dict(first, id="r2", title="FORD INCREASES OUTPUT")
    other = {"id": "r3", "date": "1987-03-02", "title": "", "text": "Japan and the United States held trade talks."}
    wire = tmp_path / "wire.jsonl"
    wire.write_text("".join(json.dumps(r) + "\n" for r in (first, second, other)), encoding="utf-8")

    def run(path, db):
        subprocess.run(_cmd(path, db, "--no-progress", near_dups, workers="1"), check=True, capture_output=True,
                       timeout=300)

    clean = tmp_path / "clean.duckdb"
    run(wire, clean)
    # What a run killed right after storing its first batch leaves: the first record stored.
    killed = tmp_path / "killed.duckdb"
    head = tmp_path / "head.jsonl"
    head.write_text(json.dumps(first) + "\n", encoding="utf-8")
    run(head, killed)
    run(wire, killed)
    assert _links(killed) == _links(clean)
    assert _rows(killed, f"SELECT {EVENT_COLS} FROM events ORDER BY article_id, idx") == \
        _rows(clean, f"SELECT {EVENT_COLS} FROM events ORDER BY article_id, idx")
