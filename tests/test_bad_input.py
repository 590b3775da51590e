"""The bad-input matrix, through the real command line (``newscoder code`` in a subprocess, a fresh DuckDB).

For every kind of bad input: each good record beside it is coded (on stdout as JSONL and in the
database, with the same events), each bad one is reported as ``rejected: ORIGIN: REASON`` on stderr
and stored in the ``rejects`` table, the run goes on, and the exit status is 0 when everything was
coded and 3 when something was rejected. Inputs that are odd but readable (Latin-1, UTF-16, no date,
an impossible date) are coded, with a warning naming the file; a date is never invented.
"""
from __future__ import annotations

import json
import os
import re
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

import duckdb
import pytest

NEWSCODER = Path(sys.executable).with_name("newscoder")
EXIT_OK, EXIT_REJECTS = 0, 3

GOOD_TEXT = "date 2025-03-28 Canada answers US tariffs\nCanada condemned the new US tariffs on steel on Friday.\n"
SENTENCES = [
    "Canada condemned the new US tariffs on steel on Friday.",
    "Prime Minister Mark Carney said Ottawa would respond with measures of its own.",
    "Mexico and Japan held talks in Tokyo about trade on Monday.",
    "The European Union threatened to impose duties on American whiskey.",
    "\u201cWe will not back down,\u201d the Canadian trade minister told reporters.",
]


# ------------------------------------------------------------------------------ helpers

def run_code(*paths, db: Path, timeout: float = 300, extra=()):
    """Run ``newscoder code`` as a user would; returns (exit code, stdout records, stderr)."""
    cmd = [str(NEWSCODER), "code", *map(str, paths), "--db", str(db), "--format", "jsonl", "--no-progress",
           *extra]
    t0 = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, timeout=timeout, env={**os.environ, "PYTHONHASHSEED": "0"})
    elapsed = time.monotonic() - t0
    stdout = proc.stdout.decode("utf-8")
    stderr = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr[-3000:]
    records = [json.loads(line) for line in stdout.splitlines() if line.strip()]
    return proc.returncode, records, stderr, elapsed


def db_rows(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def check_run(rc, records, stderr, db, *, coded: int, rejects: list[tuple[str, str]], ids=None):
    """The common contract: ``coded`` articles out and stored with identical events; every reject
    (origin ending, reason pattern) on stderr and in the table; the exit status says which."""
    assert rc == (EXIT_REJECTS if rejects else EXIT_OK), stderr[-3000:]
    assert len(records) == coded, stderr[-3000:]
    out_ids = [r["article"]["id"] for r in records]
    if ids is not None:
        assert out_ids == ids
    stored = {a for (a,) in db_rows(db, "SELECT id FROM articles")}
    assert stored == set(out_ids)
    for r in records:
        aid = r["article"]["id"]
        in_db = db_rows(db, f"SELECT event_id, type, source_code, target_code FROM events "
                            f"WHERE article_id = '{aid}' ORDER BY idx")
        printed = [(e["id"], e["type"], (e["source"] or {}).get("code"), (e["target"] or {}).get("code"))
                   for e in r["events"]]
        assert in_db == printed
    lines = [line for line in stderr.splitlines() if line.startswith("rejected: ")]
    assert len(lines) == len(rejects), stderr[-3000:]
    table = db_rows(db, "SELECT origin, reason FROM rejects")
    assert len(table) == len(rejects)
    for origin_end, reason in rejects:
        assert any(re.fullmatch(rf"rejected: .*{re.escape(origin_end)}: .*{reason}.*", line) for line in lines), \
            (origin_end, reason, lines)
        assert any(o.endswith(origin_end) and re.search(reason, r) for o, r in table), (origin_end, reason, table)
    assert f"coded {coded} articles" in stderr and f"{len(rejects)} rejected" in stderr


def png_bytes() -> bytes:
    """A real 4x4 red PNG, built with zlib and struct."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 4 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


@pytest.fixture()
def good(tmp_path) -> Path:
    p = tmp_path / "good.txt"
    p.write_text(GOOD_TEXT, encoding="utf-8")
    return p


@pytest.fixture()
def db(tmp_path) -> Path:
    return tmp_path / "t.duckdb"


# ------------------------------------------------------------------------------ files that are not articles

def test_png_is_valid():
    data = png_bytes()
    assert data.startswith(b"\x89PNG") and b"\x00" in data[:64]


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\t\r\n   \n", "empty file"),
    ("picture.png", png_bytes(), "binary file"),
    ("picture.txt", png_bytes(), "binary file"),
], ids=["empty", "whitespace", "png", "png-named-txt"])
def test_unreadable_files_are_rejected_and_the_run_goes_on(tmp_path, good, db, name, content, reason):
    bad = tmp_path / name
    bad.write_bytes(content)
    rc, records, stderr, _ = run_code(bad, good, db=db)
    check_run(rc, records, stderr, db, coded=1, rejects=[(name, reason)])


def test_a_folder_with_a_dangling_symlink(tmp_path, db):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "does-not-exist.txt")
    (folder / "z.jsonl").write_text(json.dumps({"id": "z1", "date": "2025-03-29",
                                                "text": "Mexico praised Canada on Saturday."}) + "\n")
    rc, records, stderr, _ = run_code(folder, db=db)
    check_run(rc, records, stderr, db, coded=2, rejects=[("gone.txt", "cannot read file")])
    assert records[1]["article"]["id"] == "z1"  # the walk went on past the bad file, in sorted order


# ------------------------------------------------------------------------------ encodings, dates

def test_latin1_text_is_read_with_a_warning(tmp_path, db):
    p = tmp_path / "latin1.txt"
    p.write_bytes("date 2025-03-28 Qu\u00e9bec answers tariffs\nFran\u00e7ois Legault said Qu\u00e9bec "
                  "would retaliate against US tariffs, and Canada condemned them.\n".encode("latin-1"))
    rc, records, stderr, _ = run_code(p, db=db)
    check_run(rc, records, stderr, db, coded=1, rejects=[])
    art = records[0]["article"]
    assert art["title"] == "Qu\u00e9bec answers tariffs" and "Fran\u00e7ois" in art["text"]
    assert "latin1.txt: not valid UTF-8" in stderr and "read as Latin-1" in stderr


def test_utf16_with_bom(tmp_path, db):
    p = tmp_path / "utf16.txt"
    p.write_bytes(("date 2025-03-28 Canada answers US tariffs\r\nCanada condemned the new US tariffs on "
                   "Friday, Ottawa said.\r\n").encode("utf-16"))
    assert p.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    rc, records, stderr, _ = run_code(p, db=db)
    check_run(rc, records, stderr, db, coded=1, rejects=[])
    art = records[0]["article"]
    assert art["date"] == "2025-03-28" and art["title"] == "Canada answers US tariffs"
    assert art["text"].startswith("Canada condemned") and "\ufeff" not in art["text"]
    assert any(e["source"]["country"] == "CAN" for e in records[0]["events"])


@pytest.mark.parametrize("header,warning", [
    ("", "no 'date YYYY-MM-DD' header line"),
    ("date 2025-13-45 Canada answers US tariffs\n", "impossible date '2025-13-45'"),
], ids=["no-header", "impossible-date"])
def test_a_missing_or_impossible_date_codes_with_no_date(tmp_path, good, db, header, warning):
    p = tmp_path / "undated.txt"
    p.write_text(header + "Canada condemned the new US tariffs on aluminium on Friday.\n", encoding="utf-8")
    rc, records, stderr, _ = run_code(p, good, db=db)
    check_run(rc, records, stderr, db, coded=2, rejects=[])
    undated = next(r for r in records if r["article"]["date"] is None)
    assert all(e["date"] is None for e in undated["events"])  # "Friday" cannot be resolved: never invented
    assert any("no article date" in w for w in undated["warnings"])
    assert re.search(rf"undated\.txt: {re.escape(warning)}", stderr), stderr
    assert db_rows(db, f"SELECT date FROM articles WHERE id = '{undated['article']['id']}'") == [(None,)]


# ------------------------------------------------------------------------------ JSON Lines

def test_jsonl_with_a_broken_line_and_a_line_without_text(tmp_path, db):
    p = tmp_path / "wire.jsonl"
    lines = [
        json.dumps({"id": "w1", "date": "2025-03-28", "title": "", "text": SENTENCES[0]}),
        '{"id": "w2", "date": "2025-03-28", "text": "Mexico praised',  # cut off
        json.dumps({"id": "w3", "date": "2025-03-28", "title": "Japan and South Korea hold talks",
                    "text": SENTENCES[2]}),
        json.dumps({"id": "w4", "date": "2025-03-28", "title": "", "url": "https://example.org/x"}),
        "",
        "[1, 2",
        json.dumps({"id": "w5", "date": "2025-03-30", "body": SENTENCES[3]}),
        json.dumps({"id": "w6", "date": "2025-03-30", "text": 42}),
        json.dumps(["not", "an", "object"]),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rc, records, stderr, _ = run_code(p, db=db)
    check_run(rc, records, stderr, db, coded=3, ids=["w1", "w3", "w5"], rejects=[
        ("wire.jsonl:2", "broken JSON line"),
        ("wire.jsonl:4", "neither text nor title"),
        ("wire.jsonl:6", "broken JSON line"),
        ("wire.jsonl:8", "field 'text' must be a string"),
        ("wire.jsonl:9", "not a JSON object"),
    ])
    assert db_rows(db, "SELECT article_id FROM rejects WHERE origin LIKE '%:4'") == [("w4",)]


# ------------------------------------------------------------------------------ size and shape

def test_a_100000_character_sentence(tmp_path, db):
    """One sentence of 100,000 characters without a full stop: parsed in pieces of at most
    normalize.MAX_SEGMENT characters, cut between words, with sentence tone and clause tokens computed once
    per sentence, so it takes seconds, not minutes."""
    words = "and the ministers of Canada and Mexico met officials of Japan in Tokyo".split()
    body, k = ["Canada condemned the tariffs"], 0
    while sum(len(w) + 1 for w in body) < 100_000:
        body.append(words[k % len(words)])
        k += 1
    sentence = " ".join(body)[:99_999].rstrip() + "."
    sentence = sentence + "x" * (100_000 - len(sentence)) if len(sentence) < 100_000 else sentence
    assert len(sentence) == 100_000 and "." not in sentence[:-1]
    p = tmp_path / "long.txt"
    p.write_text(f"date 2025-03-28 A very long sentence\n{sentence}\n\n{SENTENCES[2]}\n", encoding="utf-8")
    rc, records, stderr, elapsed = run_code(p, db=db, timeout=600)
    check_run(rc, records, stderr, db, coded=1, rejects=[])
    assert any(e["source"]["country"] == "JPN" or e["source"]["country"] == "MEX" for e in records[0]["events"])
    fields = {"text": records[0]["article"]["text"], "title": records[0]["article"]["title"]}
    for e in records[0]["events"]:
        assert fields[e.get("in", "text")][e["start"]:e["end"]] == e["sentence"]


def test_html_with_scripts_and_5000_levels_of_nesting(tmp_path, good, db):
    p = tmp_path / "deep.html"
    p.write_text(
        "<!doctype html><html><head><title>Canada condemns US tariffs</title>"
        "<meta property=\"article:published_time\" content=\"2025-03-28T10:00:00Z\">"
        "<script>var s = '<p>Evil script text</p>'; document.write('</div>'.repeat(9));</script>"
        "<style>p { color: red }</style></head><body>"
        + "<div><span>" * 5000
        + f"<p>{SENTENCES[0]}</p><script>alert('<p>Injected</p>')</script><noscript><p>No script</p></noscript>"
        + "</span></div>" * 5000
        + f"<p>{SENTENCES[2]}</p><script src=x></script></body></html>", encoding="utf-8")
    rc, records, stderr, _ = run_code(p, good, db=db)
    check_run(rc, records, stderr, db, coded=2, rejects=[])
    art = next(r for r in records if r["article"]["title"] == "Canada condemns US tariffs")["article"]
    assert art["date"] == "2025-03-28"
    assert SENTENCES[0] in art["text"] and SENTENCES[2] in art["text"]
    for junk in ("Evil", "Injected", "alert", "document.write", "color: red", "No script"):
        assert junk not in art["text"]


def test_html_that_is_only_scripts_is_rejected(tmp_path, good, db):
    p = tmp_path / "scripts.html"
    p.write_text("<html><body>" + "<div>" * 5000 + "<script>alert(1)</script>" + "</div>" * 5000
                 + "</body></html>", encoding="utf-8")
    rc, records, stderr, _ = run_code(p, good, db=db)
    check_run(rc, records, stderr, db, coded=1, rejects=[("scripts.html", "neither text paragraphs nor a title")])


def _big_article(n_bytes: int) -> str:
    paras, size, i = [], 0, 0
    while size < n_bytes:
        para = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(4))
        paras.append(para)
        size += len(para.encode("utf-8")) + 2
        i += 1
    return "date 2025-03-28 Canada and the United States trade blows\n" + "\n\n".join(paras) + "\n"


def test_a_large_article(tmp_path, good, db):
    """A 300 KB article: coded whole, spans exact, in bounded time (the 10 MB case is below)."""
    p = tmp_path / "large.txt"
    p.write_text(_big_article(300_000), encoding="utf-8")
    rc, records, stderr, elapsed = run_code(p, good, db=db, timeout=300)
    check_run(rc, records, stderr, db, coded=2, rejects=[])
    rec = records[0]
    assert len(rec["events"]) > 100
    fields = {"text": rec["article"]["text"], "title": rec["article"]["title"]}
    for a in rec["actors"]:
        for m in a["mentions"]:
            assert fields[m.get("in", "text")][m["start"]:m["end"]] == m["text"]


# The 10 MB article takes far more than a minute: the pipeline runs at ~26,000-30,000 characters/s
# (380 s measured for this article on a loaded 2-core machine). See docs/robustness.md, "Limits".
@pytest.mark.skipif(os.environ.get("NEWSCODER_SLOW_TESTS") != "1",
                    reason="a 10 MB article takes about 6 minutes (~30,000 characters/s); "
                           "set NEWSCODER_SLOW_TESTS=1 to run it")
def test_a_10_megabyte_article(tmp_path, good, db):
    p = tmp_path / "huge.txt"
    p.write_text(_big_article(10_000_000), encoding="utf-8")
    assert p.stat().st_size >= 10_000_000
    rc, records, stderr, elapsed = run_code(p, good, db=db, timeout=3600, extra=("--format", "none"))
    assert rc == EXIT_OK, stderr[-3000:]
    assert db_rows(db, "SELECT count(*) FROM articles") == [(2,)]
    assert db_rows(db, "SELECT count(*) FROM rejects") == [(0,)]
    print(f"10 MB article coded in {elapsed:.0f} s")


def test_mention_dedup_is_not_quadratic():
    """The root of the 10 MB slowness, measured where it lives: adding N mentions of one actor must
    cost O(N), not O(N^2) (12,000 mentions: ~0.05 s when linear, ~3 s when quadratic)."""
    from types import SimpleNamespace

    from newscoder.actors.resolver import ActorIndex
    from newscoder.pipeline import Coder

    doc = Coder().nlp("Canada said so.")
    idx = ActorIndex(None)
    ref = idx.get_or_create("CAN", name="Canada", kind="country", code="CAN", country="CAN", sector=None)
    n = 12_000
    t0 = time.perf_counter()
    for k in range(n):
        idx.add_mention(ref, k, SimpleNamespace(doc=doc, start=1000 * k, in_="text"), range(0, 1), 0)
    elapsed = time.perf_counter() - t0
    assert len(ref.mentions) == n
    assert elapsed < 1.0, f"{n} mentions of one actor took {elapsed:.1f} s"


# ------------------------------------------------------------------------------ the store under big articles

def _synthetic(n_events: int, aid: str = "big"):
    """A coded article with ``n_events`` events, every second one with context ["trade"]."""
    import datetime as dt

    from newscoder.records import Actor, Article, CodedArticle, Event, Mention, Party
    text = "Canada condemned the US tariffs."
    actors = [Actor(id="A1", name="Canada", kind="country", code="CAN", country="CAN", sector=None,
                    mentions=[Mention("Canada", 0, 6)]),
              Actor(id="A2", name="United States", kind="country", code="USA", country="USA", sector=None,
                    mentions=[Mention("US", 21, 23)])]
    events = [Event(id=f"E{k + 1}", type="ACCUSE", mode=None, context=["trade"] if k % 2 else [],
                    source=Party("Canada", "A1", "Canada", "CAN", "CAN"),
                    target=Party("US", "A2", "United States", "USA", "USA"), date=None, date_text=None,
                    negated=False, modality="asserted", trigger="condemned", sentence=text, start=0,
                    end=len(text), rule="test") for k in range(n_events)]
    return CodedArticle(article=Article(id=aid, date=dt.date(2025, 3, 28), title="", text=text),
                        actors=actors, events=events)


def test_store_writes_thousands_of_events(tmp_path):
    from newscoder.store import open_store
    with open_store(tmp_path / "s.duckdb") as store:
        store.write([_synthetic(2100)])
        assert store.con.execute("SELECT count(*), count(*) FILTER (WHERE len(context) = 1) FROM events").fetchone() \
            == (2100, 1050)


def test_integrity_check_is_not_quadratic():
    from newscoder.store.rows import check
    coded = _synthetic(15_000)
    t0 = time.perf_counter()
    assert check(coded) == []
    elapsed = time.perf_counter() - t0
    assert elapsed < 0.5, f"check() of 15,000 events took {elapsed:.1f} s"
