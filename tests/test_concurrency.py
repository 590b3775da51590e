"""Concurrent use (issue 6): `newscoder serve` reading a DuckDB file while `newscoder code` writes to it.

DuckDB lets one process hold a file read-write or several read-only. The writer holds the file only while it
writes a batch (open, one transaction, close) and announces itself first (write intent in ``<db>.lock``);
the server shares one read-only connection between requests and lets go of it while a writer waits. What is
checked, with real processes: every request made while a writer runs answers 200 (no error page, no
lock-up) and after the writer finishes the server shows the new articles; a server started while a writer
is mid-run does the same; a file held by a writer that does not announce itself (a plain DuckDB client)
gives 503 with Retry-After in the normal error shape, then 200 once it is free; a writer waits for a
reader's request to end; two writers are refused as before; a writer that waited too long says so.
"""
from __future__ import annotations

import gzip
import json
import shutil
import socket
import subprocess
import sys
import textwrap
import threading
import time
import urllib.error
import urllib.request
import warnings
from pathlib import Path

import pytest

from conftest import EXAMPLE, REUTERS, need

from newscoder.errors import StorageError
from newscoder.store import open_store
from newscoder.store.core import SharedReader, StorageBusy, lock_path

NEWSCODER = Path(sys.executable).with_name("newscoder")
POLL_PATHS = [
    "/api/events?limit=5",
    "/api/events?dyad=USA,CAN&type=THREATEN&limit=3",
    "/api/events?actor=CAN&since=1987-01-01&limit=20&offset=5",
    "/api/dyad?a=USA&b=CAN&interval=week",
    "/api/articles?limit=50",
    "/events?limit=10",  # an HTML page
]


def _reuters(start: int, n: int) -> list[dict]:
    need(REUTERS)
    out = []
    with gzip.open(REUTERS, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            rec = json.loads(line)
            if i < start or not (rec.get("body") or "").strip():
                continue
            out.append({"id": f"r{rec['id']}", "date": rec.get("date"), "title": rec.get("title") or "",
                        "text": rec["body"]})
            if len(out) == n:
                break
    return out


def _jsonl(path: Path, recs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def base_db(tmp_path_factory) -> Path:
    """A database holding the reference article, coded by the real command."""
    db = tmp_path_factory.mktemp("conc") / "base.duckdb"
    proc = subprocess.run([str(NEWSCODER), "code", str(need(EXAMPLE)), "--db", str(db), "--format", "none",
                           "--no-progress"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return db


@pytest.fixture
def db(base_db, tmp_path) -> Path:
    path = tmp_path / "live.duckdb"
    shutil.copy(base_db, path)
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(port: int, path: str, timeout: float = 30) -> tuple[int, str, dict]:
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"accept": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read().decode(), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(), dict(e.headers)


class Server:
    """`newscoder serve` in a subprocess on 127.0.0.1 and a free port."""

    def __init__(self, db: Path):
        self.port = _free_port()
        self.proc = subprocess.Popen([str(NEWSCODER), "serve", "--db", str(db), "--host", "127.0.0.1",
                                      "--port", str(self.port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                     text=True)

    def wait_ready(self, timeout: float = 60) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                err = self.proc.stderr.read()[-2000:]
                raise AssertionError(f"the server exited with {self.proc.returncode}: {err}")
            try:
                if _get(self.port, "/api/articles?limit=1", timeout=5)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise AssertionError("the server did not answer within 60 s")

    def stop(self) -> str:
        self.proc.terminate()
        try:
            _, err = self.proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            _, err = self.proc.communicate()
        return err


class Poller:
    """Threads requesting POLL_PATHS in a loop, recording every status, until stopped."""

    def __init__(self, port: int, threads: int = 3):
        self.port = port
        self.results: list[tuple[str, int, float, str]] = []
        self.stop_event = threading.Event()
        self.threads = [threading.Thread(target=self._loop, args=(k,), daemon=True) for k in range(threads)]
        for t in self.threads:
            t.start()

    def _loop(self, k: int) -> None:
        i = k
        while not self.stop_event.is_set():
            path = POLL_PATHS[i % len(POLL_PATHS)]
            t0 = time.monotonic()
            try:
                status, body, _ = _get(self.port, path)
            except OSError as e:  # refused, reset, timed out: an error as well
                status, body = -1, repr(e)
            self.results.append((path, status, time.monotonic() - t0, body[:300]))
            i += 1
            time.sleep(0.01)

    def stop(self) -> list[tuple[str, int, float, str]]:
        self.stop_event.set()
        for t in self.threads:
            t.join(timeout=60)
        return self.results


def _code(db: Path, corpus: Path) -> subprocess.Popen:
    return subprocess.Popen([str(NEWSCODER), "code", str(corpus), "--db", str(db), "--format", "none",
                             "--no-progress"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _article_ids(port: int) -> set[str]:
    status, body, _ = _get(port, "/api/articles?limit=500")
    assert status == 200, body
    return {r["id"] for r in json.loads(body)["rows"]}


def _check_polls(results, what: str) -> None:
    bad = [r for r in results if r[1] != 200]
    assert not bad, f"{len(bad)} of {len(results)} requests {what} did not answer 200: {bad[:5]}"
    assert max(r[2] for r in results) < 5, "a request waited for the writer for 5 s or more"


def test_server_answers_while_code_writes_and_shows_the_new_articles(db, tmp_path):
    runs = [_reuters(start, 6) for start in (0, 40, 80)]
    server = Server(db)
    try:
        server.wait_ready()
        before = _article_ids(server.port)
        poller = Poller(server.port)
        for k, recs in enumerate(runs):  # three runs: each opens the file at its start and for its batch
            writer = _code(db, _jsonl(tmp_path / f"batch{k}.jsonl", recs))
            _, err = writer.communicate(timeout=300)
            assert writer.returncode == 0, err[-2000:]
            assert "Error" not in err and "Traceback" not in err, err[-2000:]
        results = poller.stop()
        _check_polls(results, "made while `newscoder code` ran")
        assert len(results) >= 30, f"only {len(results)} requests were made during the writes"
        after = _article_ids(server.port)  # the browser's refresh
        new = {r["id"] for recs in runs for r in recs}
        assert new <= after and not new & before, (sorted(new - after), len(after))
        status, body, _ = _get(server.port, "/api/events?actor=USA&limit=1")
        assert status == 200 and json.loads(body)["total"] > 0
    finally:
        err = server.stop()
    assert "Traceback" not in err, err[-3000:]


def test_server_started_while_a_writer_is_mid_run(db, tmp_path):
    recs = _reuters(200, 20)
    writer = _code(db, _jsonl(tmp_path / "mid.jsonl", recs))
    server = None
    try:
        end = time.monotonic() + 120
        while not Path(lock_path(db)).exists():  # the writer has opened the database
            assert writer.poll() is None, writer.stderr.read()[-2000:]
            assert time.monotonic() < end, "the writer did not open the database within 120 s"
            time.sleep(0.02)
        server = Server(db)
        server.wait_ready()
        assert writer.poll() is None, "the writer finished before the server was up; give it more articles"
        poller = Poller(server.port)
        _, err = writer.communicate(timeout=300)
        results = poller.stop()
        assert writer.returncode == 0, err[-2000:]
        _check_polls(results, "made while the writer ran")
        assert {r["id"] for r in recs} <= _article_ids(server.port)
    finally:
        if writer.poll() is None:
            writer.kill()
        if server is not None:
            err = server.stop()
            assert "Traceback" not in err, err[-3000:]


def _hold(db: Path, read_only: bool) -> subprocess.Popen:
    """A plain DuckDB client (not newscoder) holding the file until its stdin closes."""
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import duckdb, sys
        con = duckdb.connect({str(db)!r}, read_only={read_only})
        print("ready", flush=True)
        sys.stdin.read()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "ready"
    return holder


def test_a_writer_that_does_not_let_go_gives_503_then_200(db, caplog):
    pytest.importorskip("fastapi")
    warnings.filterwarnings("ignore", message=".*httpx.*", category=DeprecationWarning)
    from fastapi.testclient import TestClient

    from newscoder.web import create_app

    holder = _hold(db, read_only=False)
    try:
        t0 = time.monotonic()
        app = create_app(db, wait=0.5)  # starts although the file is locked
        assert "starting anyway" in caplog.text
        with TestClient(app) as client:
            r = client.get("/api/events")
            assert r.status_code == 503 and r.headers["retry-after"] == "1"
            body = r.json()
            assert body["ok"] is False and body["status"] == 503 and body["errors"] == []
            assert "busy" in body["error"] and "try again" in body["error"], body["error"]
            page = client.get("/events", headers={"accept": "text/html"})
            assert page.status_code == 503 and "text/html" in page.headers["content-type"]
            assert time.monotonic() - t0 < 10
            holder.communicate("")
            r = client.get("/api/events?limit=1")
            assert r.status_code == 200 and r.json()["total"] > 0
    finally:
        if holder.poll() is None:
            holder.kill()


def test_a_writer_waits_for_a_request_to_end_and_the_next_request_sees_its_data(db):
    reader = SharedReader(db, wait=5)
    script = textwrap.dedent(f"""
        import time
        from newscoder.store import open_store
        t0 = time.monotonic()
        s = open_store({str(db)!r}, hold=False, wait=20)
        s.start_run({{"by": "test"}}, run_id="concurrent-run")
        s.close()
        print(f"{{time.monotonic() - t0:.3f}}", flush=True)
        """)
    with reader.cursor() as cur:  # a request in flight
        n_before = cur.execute("SELECT count(*) FROM runs").fetchone()[0]
        writer = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True)
        time.sleep(1.5)  # the writer starts and waits: the file is ours until this request ends
        assert writer.poll() is None
        assert cur.execute("SELECT count(*) FROM runs").fetchone()[0] == n_before
    out, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err
    assert float(out) >= 1.0  # it waited rather than failing
    with reader.cursor() as cur:
        assert cur.execute("SELECT count(*) FROM runs WHERE run_id = 'concurrent-run'").fetchone()[0] == 1
    assert reader.opens == 2  # the connection was let go for the writer and opened again after it
    reader.close()


def test_one_writer_at_a_time_and_a_bounded_wait(db):
    first = open_store(db, hold=False, wait=5)  # holds no connection between operations
    try:
        proc = subprocess.run([str(NEWSCODER), "code", str(need(EXAMPLE)), "--db", str(db), "--format", "none",
                               "--no-progress", "--force"], capture_output=True, text=True, timeout=300)
        assert proc.returncode == 1
        assert f"Error: another newscoder process is writing to {db}; wait for it or use another --db" in proc.stderr
    finally:
        first.close()
    holder = _hold(db, read_only=True)  # a plain DuckDB reader that never lets go
    try:
        t0 = time.monotonic()
        with pytest.raises(StorageBusy, match=rf"{db} stayed locked by .* for 0.5 s; wait for it"):
            open_store(db, hold=False, wait=0.5)
        assert 0.4 < time.monotonic() - t0 < 5
        with pytest.raises(StorageError, match="another newscoder process is writing to"):
            open_store(db, wait=0)  # no wait: fails at once, as before
    finally:
        holder.communicate("")
    with open_store(db, hold=False) as s:
        with pytest.raises(StorageError, match="outside `with store.session"):
            s.con
        assert s.counts()["articles"] == 1


def test_a_writer_reads_the_stored_articles_without_keeping_readers_out(db):
    """`newscoder code` reads what is stored (hashes, the near-duplicate index) in a read-only session."""
    with open_store(db, hold=False, wait=5) as writer:
        with writer.session(read_only=True):
            assert len(writer.known_hashes()) == 1
            reader = subprocess.run([sys.executable, "-c", textwrap.dedent(f"""
                from newscoder.store.core import SharedReader
                with SharedReader({str(db)!r}, wait=0.5) as r, r.cursor() as cur:  # no wait: shared read-only
                    print(cur.execute("SELECT count(*) FROM articles").fetchone()[0])
                """)], capture_output=True, text=True, timeout=60)
            assert reader.returncode == 0 and reader.stdout.strip() == "1", reader.stderr
            with pytest.raises(StorageError, match="inside a read-only session"):
                writer.start_run()
        writer.start_run(run_id="after")  # and writing works again after it
        assert any(r["run_id"] == "after" for r in writer.runs())
