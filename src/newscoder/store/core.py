"""The DuckDB store: write coded articles in batches, query events back."""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

try:  # numpy (a dependency of spaCy) lets DuckDB scan whole columns at once
    import numpy as np
    import numpy.ma as ma
except ImportError:  # pragma: no cover - exercised by forcing _USE_NUMPY = False
    np = None

try:  # POSIX byte-range locks on the side file <db>.lock coordinate writers and readers
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: no coordination beyond DuckDB's own file lock
    fcntl = None

from ..errors import StorageBusy, StorageError  # noqa: F401 - StorageBusy re-exported for callers
from ..records import CodedArticle, Reject
from . import schema
from .rows import check, content_hash, from_rows, to_rows

log = logging.getLogger(__name__)

DEFAULT_PATH = "newscoder.duckdb"
_CHUNK = 50_000  # rows per INSERT statement: bounds the size of the temporary columns
_USE_NUMPY = np is not None
_NUMERIC = {"INTEGER": "int64", "DOUBLE": "float64", "BOOLEAN": "bool"}
_EVENT_STORED = ("article_id", "event_id", "date", "type", "mode", "source_name", "source_code",
                 "source_country", "target_name", "target_code", "target_country", "negated", "modality",
                 "goldstein", "trigger", "sentence", "rule")
EVENT_COLUMNS = _EVENT_STORED + ("num_articles", "num_sources")  # the last two from story_counts


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _insert_sql(table: str) -> str:
    # Fallback without numpy: every column travels as one list parameter and the UNNESTs zip them
    # back into rows (~0.7 us a cell; executemany, one execution per row, measured ~100x slower).
    cols = schema.TABLES[table]
    return (f"INSERT INTO {_q(table)} ({', '.join(_q(c) for c, _ in cols)}) SELECT "
            + ", ".join(f"unnest(?::{t}[])" for _, t in cols))


_LIST_SEP = "\x1f"


def _select_expr(col: str, duck_type: str) -> str:
    if duck_type.endswith("[]"):
        return (f"CASE WHEN {_q(col)} IS NULL THEN NULL WHEN {_q(col)} = '' THEN []::{duck_type} "
                f"ELSE string_split({_q(col)}, chr(31))::{duck_type} END")
    return f"{_q(col)}::{duck_type}"


def _np_column(values: tuple[Any, ...], duck_type: str) -> Any:
    """One column as a numpy array DuckDB can scan: typed (masked where None) or object."""
    if duck_type.endswith("[]"):
        # Lists go in as one string each, split back in SQL (_select_expr): DuckDB infers a registered
        # object column's type from a sample, and a sample of empty lists gives LIST(NULL).
        return np.fromiter((None if v is None else _LIST_SEP.join(v) for v in values), dtype=object,
                           count=len(values))
    dtype = _NUMERIC.get(duck_type)
    if dtype is None:  # VARCHAR, DATE: object arrays
        return np.fromiter(values, dtype=object, count=len(values))
    if any(v is None for v in values):
        return ma.masked_array(np.array([0 if v is None else v for v in values], dtype=dtype),
                               mask=[v is None for v in values])
    return np.array(values, dtype=dtype)


WRITE_WAIT = 60.0  # seconds `newscoder code` waits for readers to let go of the file before it gives up
READ_WAIT = 5.0  # seconds `newscoder serve` waits for a batch being written before it answers 503
_RUN_BYTE, _INTENT_BYTE = 0, 1  # byte-range locks in <db>.lock


# -- coordination between processes ---------------------------------------------------------------------
# DuckDB lets one process open a file read-write, or several read-only, and the holder locks the file.
# newscoder's writers and long-running readers share it through byte-range locks on a side file
# ``<db>.lock``: byte 0 is held exclusively by a writing Store for its whole life (one writer at a time:
# a second one fails at once); byte 1 is the *write intent*, held exclusively from the moment a writer wants
# the file until it has closed it again. A long-running reader (SharedReader, used by `newscoder serve`)
# probes byte 1 before each use and, while it is held, opens no connection and closes its own as soon as
# its current users are done, so a waiting writer gets the file within milliseconds even under constant
# read traffic. POSIX locks belong to the process and are dropped when the process closes *any* descriptor
# of the file, so each process opens the side file once (kept open) and counts its own holds.

_LOCKS_GUARD = threading.Lock()
_LOCK_FDS: dict[tuple[str, bool], int] = {}
_HELD: Counter[tuple[str, int]] = Counter()


def lock_path(path: str | Path) -> str:
    """The side file whose locks coordinate newscoder processes on the database ``path``."""
    return str(path) + ".lock"


def _key(path: str) -> str:
    return os.path.abspath(path)


def _lock_fd(path: str, write: bool) -> int | None:
    """This process's descriptor of ``<path>.lock`` (created when ``write``); None if there is none."""
    if fcntl is None or path == ":memory:":
        return None
    key = (_key(path), write)
    with _LOCKS_GUARD:
        fd = _LOCK_FDS.get(key)
        if fd is not None and not write and not _same_file(fd, lock_path(path)):
            os.close(fd)  # the side file was removed or replaced: probe the new one (this fd holds no lock)
            del _LOCK_FDS[key]
            fd = None
        if fd is None:
            try:
                fd = (os.open(lock_path(path), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644) if write
                      else os.open(lock_path(path), os.O_RDONLY | os.O_CLOEXEC))
            except OSError as e:
                if write:
                    raise StorageError(f"cannot create the lock file {lock_path(path)}: {e}; newscoder needs to "
                                       "write beside the database it writes to; pass another --db") from e
                return None  # no writer has ever announced itself here
            _LOCK_FDS[key] = fd
        return fd


def _same_file(fd: int, path: str) -> bool:
    try:
        a, b = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _try_lock(path: str, byte: int) -> bool:
    """Take byte ``byte`` of the side file exclusively for this process, without blocking."""
    fd = _lock_fd(path, write=True)
    if fd is None:
        return True
    k = (_key(path), byte)
    with _LOCKS_GUARD:
        if _HELD[k]:
            _HELD[k] += 1
            return True
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, byte)
        except OSError:
            return False
        _HELD[k] += 1
        return True


def _unlock(path: str, byte: int) -> None:
    fd = _lock_fd(path, write=True)
    if fd is None:
        return
    k = (_key(path), byte)
    with _LOCKS_GUARD:
        if _HELD[k] <= 0:
            return
        _HELD[k] -= 1
        if not _HELD[k]:
            del _HELD[k]
            fcntl.lockf(fd, fcntl.LOCK_UN, 1, byte)


def writer_waiting(path: str | Path) -> bool:
    """Whether a newscoder writer wants or holds ``path`` read-write (its write intent is held)."""
    path = str(path)
    if fcntl is None or path == ":memory:":
        return False
    with _LOCKS_GUARD:
        if _HELD[(_key(path), _INTENT_BYTE)]:
            return True
    fd = _lock_fd(path, write=False)
    if fd is None:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB, 1, _INTENT_BYTE)
    except OSError:
        return True
    fcntl.lockf(fd, fcntl.LOCK_UN, 1, _INTENT_BYTE)
    return False


def _is_lock_conflict(e: Exception) -> bool:
    msg = str(e).lower()
    return "conflicting lock" in msg or "could not set lock" in msg


def _busy(where: str, waited: float, e: Exception, read_only: bool) -> StorageBusy:
    if waited <= 0:
        return StorageBusy(str(_translate_open_error(e, where, read_only)))
    holder = "a writer" if read_only else "another process (a writer, or a reader such as a plain DuckDB client)"
    return StorageBusy(f"{where} stayed locked by {holder} for {waited:g} s; wait for it to finish and try "
                       f"again, or use another --db ({e})")


def _connect(path: str, read_only: bool, deadline: float, waited: float) -> duckdb.DuckDBPyConnection:
    """Open a DuckDB connection, retrying with backoff until ``deadline`` while the file is locked."""
    delay = 0.005
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.Error as e:
            if not _is_lock_conflict(e):
                raise _translate_open_error(e, path, read_only) from e
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _busy(path, waited, e, read_only) from e
            time.sleep(min(delay, remaining))
            delay = min(delay * 2, 0.25)


def _translate_open_error(e: Exception, where: str, read_only: bool) -> StorageError:
    msg = str(e)
    if "conflicting lock" in msg.lower() or "could not set lock" in msg.lower():
        return StorageError(f"another newscoder process is writing to {where}; wait for it or use another --db "
                            f"({msg})")
    if "not a valid DuckDB database" in msg:
        return StorageError(f"{where} is not a DuckDB database file; pass another --db path")
    if "database does not exist" in msg:
        return StorageError(f"cannot open {where} read-only: the file does not exist; code some articles "
                            "into it first or pass another --db")
    if "different configuration" in msg:
        return StorageError(f"{where} is already open in this process with a different mode "
                            f"(read_only={not read_only}); close that Store first")
    return StorageError(f"cannot open {where}: {msg}")


class Store:
    """A newscoder DuckDB database; creates or migrates the schema when opened.

    DuckDB allows one process to open a file read-write, or any number read-only, and the holder locks
    the file. A Store either holds one connection for its life (``hold=True``, the default) or opens one
    per operation and closes it again (``hold=False``: each ``write`` is open, one transaction, close), so
    that readers such as ``newscoder serve`` can read the file between batches; ``with store.session():``
    groups several operations under one connection. A writing Store is the only writing Store of its file
    (a second one, in another process, fails at once) and announces itself before it opens the file, so
    newscoder readers let go of it (see ``SharedReader``). A Store is not safe to share between threads
    without a lock.

    Args:
        path: the database file (created with its parent directories), or ":memory:".
        read_only: open without write access; the schema must already be current.
        hold: keep the connection open until ``close()``; False opens it per operation or session.
        wait: seconds to keep trying, with backoff, while another process holds the file (readers, when
            writing; a writer, when reading); 0 fails at once.

    Raises:
        StorageError: another newscoder process is writing to the file (its subclass ``StorageBusy`` when
            the file stayed locked for ``wait`` seconds), it is not a DuckDB file, it does not exist
            (read-only), or its schema cannot be migrated.
    """

    def __init__(self, path: str | Path = DEFAULT_PATH, *, read_only: bool = False, hold: bool = True,
                 wait: float = 0.0):
        self.path = str(path)
        self.read_only = read_only
        # An in-memory database lives only as long as its one connection, and cannot be opened read-only.
        self.hold = hold or self.path == ":memory:"
        self.wait = max(0.0, float(wait))
        self._con: duckdb.DuckDBPyConnection | None = None
        self._con_read_only = read_only
        self._closed = False
        self._sessions = 0
        self._writer = not read_only and self.path != ":memory:"
        if self.path != ":memory:" and not read_only:
            try:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StorageError(f"cannot create the directory of {self.path}: {e}") from e
        if self._writer and not _try_lock(self.path, _RUN_BYTE):
            raise StorageBusy(f"another newscoder process is writing to {self.path}; wait for it or use another "
                              "--db")
        try:
            con = self._open()
        except BaseException:
            if self._writer:
                _unlock(self.path, _RUN_BYTE)
            raise
        if hold:
            self._con = con
        else:
            self._release(con)

    def _open(self, read_only: bool = False) -> duckdb.DuckDBPyConnection:
        """Announce a writer (write intent), open the file (waiting up to ``wait``), check the schema.
        ``read_only`` opens a writing Store's file read-only, without announcing it (readers may share it)."""
        deadline = time.monotonic() + self.wait
        read_only = read_only or self.read_only
        announce = self._writer and not read_only
        if announce:
            delay = 0.001
            while not _try_lock(self.path, _INTENT_BYTE):  # only another writer's intent or a reader's probe
                if time.monotonic() + delay > deadline:
                    raise StorageBusy(f"another newscoder process is writing to {self.path}; wait for it or use "
                                      "another --db")
                time.sleep(delay)
                delay = min(delay * 2, 0.05)
        elif self.path != ":memory:":
            delay = 0.005
            while writer_waiting(self.path):  # let a waiting writer have the file first
                if time.monotonic() + delay > deadline:
                    break  # then try anyway: DuckDB's lock decides
                time.sleep(delay)
                delay = min(delay * 2, 0.25)
        try:
            con = _connect(self.path, read_only, deadline, self.wait)
        except BaseException:
            if announce:
                _unlock(self.path, _INTENT_BYTE)
            raise
        self._con_read_only = read_only
        try:
            applied = schema.migrate(con, self.path, read_only=read_only)
        except BaseException as e:
            self._release(con)
            if isinstance(e, duckdb.Error):
                raise StorageError(f"cannot read the schema of {self.path}: {e}") from e
            raise
        if applied:
            log.info("%s: applied schema migrations %s", self.path, applied)
        return con

    def _release(self, con: duckdb.DuckDBPyConnection) -> None:
        try:
            con.close()
        finally:
            if self._writer and not self._con_read_only:
                _unlock(self.path, _INTENT_BYTE)

    # -- plumbing ---------------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection and let go of the file (idempotent)."""
        if self._closed:
            return
        self._closed = True
        try:
            if self._con is not None:
                con, self._con = self._con, None
                self._release(con)
        finally:
            if self._writer:
                _unlock(self.path, _RUN_BYTE)

    def __repr__(self) -> str:
        return f"Store({self.path!r}, read_only={self.read_only}, hold={self.hold})"

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection, for ad-hoc SQL (with ``hold=False``: inside ``with store.session():``).

        Raises StorageError once closed, or outside a session of a store opened with ``hold=False``.
        """
        if self._con is None:
            if self._closed:
                raise StorageError(f"the store {self.path} is closed")
            raise StorageError(f"the store {self.path} was opened with hold=False and holds no connection "
                               "outside `with store.session():`; run the SQL inside one")
        return self._con

    @contextmanager
    def session(self, *, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """One connection for the operations inside the block (nested sessions share it).

        With ``hold=True`` this is the held connection; with ``hold=False`` the file is opened (waiting up
        to ``wait`` seconds for other processes) and closed again at the end of the outermost block.
        ``read_only=True`` (``hold=False`` only) opens it read-only for reads that need no write access, so
        that readers such as ``newscoder serve`` can go on reading meanwhile; writing in it raises.

        Raises:
            StorageError: the store is closed; StorageBusy: the file stayed locked for ``wait`` seconds.
        """
        if self._closed:
            raise StorageError(f"the store {self.path} is closed")
        if self._con is None:
            self._con = self._open(read_only=read_only and self.path != ":memory:")
        self._sessions += 1
        try:
            yield self._con
        finally:
            self._sessions -= 1
            if not self.hold and not self._sessions and self._con is not None:
                con, self._con = self._con, None
                self._release(con)

    def _writable(self, action: str) -> None:
        if self.read_only:
            raise StorageError(f"cannot {action}: {self.path} was opened read-only; open it without read_only")
        if self._closed:
            raise StorageError(f"the store {self.path} is closed")
        if self._con is not None and self._con_read_only:
            raise StorageError(f"cannot {action} inside a read-only session of {self.path}; write after the "
                               "`with store.session(read_only=True):` block")

    @contextmanager
    def _transaction(self, action: str) -> Iterator[duckdb.DuckDBPyConnection]:
        self._writable(action)
        with self.session() as con:
            con.begin()
            try:
                yield con
                con.commit()
            except BaseException as e:
                con.rollback()
                if isinstance(e, duckdb.Error):
                    raise StorageError(f"cannot {action} in {self.path}: {e}; nothing was written") from e
                raise

    def _query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        with self.session() as con:
            try:
                cur = con.execute(sql, params or [])
                names = [d[0] for d in cur.description]
                return [dict(zip(names, row)) for row in cur.fetchall()]
            except duckdb.Error as e:
                raise StorageError(f"cannot read {self.path}: {e}") from e

    def _insert(self, con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple[Any, ...]]) -> None:
        cols = schema.TABLES[table]
        for k in range(0, len(rows), _CHUNK):
            columns = list(zip(*rows[k:k + _CHUNK]))
            if not _USE_NUMPY:
                con.execute(_insert_sql(table), [list(c) for c in columns])
                continue
            # DuckDB scans a registered dict of numpy arrays column-wise (~0.1 us a cell).
            con.register("_newscoder_batch", {c: _np_column(v, t) for (c, t), v in zip(cols, columns)})
            try:
                con.execute(f"INSERT INTO {_q(table)} ({', '.join(_q(c) for c, _ in cols)}) SELECT "
                            + ", ".join(_select_expr(c, t) for c, t in cols) + " FROM _newscoder_batch")
            finally:
                con.unregister("_newscoder_batch")

    def _ensure_run(self, con: duckdb.DuckDBPyConnection, run_id: str | None, now: dt.datetime) -> None:
        if run_id is not None:
            con.execute("INSERT OR IGNORE INTO runs (run_id, started) VALUES (?, ?)", [run_id, now])

    # -- writing ----------------------------------------------------------------------------------
    def write(self, results: Iterable[CodedArticle], *, run_id: str | None = None) -> int:
        """Store coded articles in one transaction; an article id already stored is replaced whole.

        Within one call a repeated id keeps its last occurrence. Events' and quotes' actor references
        are checked against the article's actors first: nothing is written if any is dangling.

        Args:
            results: the coded articles (callers batch, e.g. 500 per call).
            run_id: the run that coded them; a ``runs`` row is created if it does not exist.

        Returns:
            The number of distinct articles written.

        Raises:
            StorageError: the store is read-only or closed, an article breaks integrity (every problem
                is listed), or DuckDB failed (the transaction is rolled back).
        """
        latest = {c.article.id: c for c in results}
        problems = [p for c in latest.values() for p in check(c)]
        if problems:
            raise StorageError(f"cannot write {len(problems)} problem(s) to {self.path}; nothing was written:\n"
                               + "\n".join(f"  - {p}" for p in problems[:50]))
        if not latest:
            return 0
        now = schema.now_utc()
        out: dict[str, list[tuple[Any, ...]]] = {t: [] for t in ("articles", *schema.ARTICLE_TABLES)}
        for c in latest.values():
            to_rows(c, out, digest=content_hash(c.article), coded_at=now, run_id=run_id)
        ids = list(latest)
        with self._transaction("write articles") as con:
            # Replace = delete every row of the ids already stored, then insert. Child rows never exist
            # without their articles row, so a fresh batch (the usual case) skips the child-table scans.
            old = [r[0] for r in con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                                             [ids]).fetchall()]
            if old:
                for table in schema.ARTICLE_TABLES:
                    con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [old])
                con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [old])
            for table, rows in out.items():
                if rows:
                    self._insert(con, table, rows)
            self._ensure_run(con, run_id, now)
        return len(ids)

    def write_rejects(self, rejects: Iterable[Reject], run_id: str | None = None) -> int:
        """Append rejected records (origin, reason, article id) in one transaction.

        Returns:
            The number of rejects written.

        Raises:
            StorageError: the store is read-only or closed, or DuckDB failed.
        """
        now = schema.now_utc()
        rows = [(r.origin, r.reason, r.article_id, run_id, now) for r in rejects]
        if not rows:
            return 0
        with self._transaction("write rejects") as con:
            self._insert(con, "rejects", rows)
            self._ensure_run(con, run_id, now)
        return len(rows)

    def start_run(self, args: dict[str, Any] | None = None, run_id: str | None = None) -> str:
        """Record the start of a run and return its id (a new time-ordered one unless given).

        Raises:
            StorageError: the store is read-only or closed, or the run id exists already.
        """
        now = schema.now_utc()
        run_id = run_id or f"{now:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"
        with self._transaction("start a run") as con:
            con.execute("INSERT INTO runs (run_id, started, args) VALUES (?, ?, ?)",
                        [run_id, now, json.dumps(args or {}, default=str, sort_keys=True)])
        return run_id

    def finish_run(self, run_id: str, counts: dict[str, Any] | None = None) -> None:
        """Record the end of a run with its counts (articles, events, rejects, ...).

        Raises:
            StorageError: the store is read-only or closed.
        """
        now = schema.now_utc()
        with self._transaction("finish a run") as con:
            self._ensure_run(con, run_id, now)
            con.execute("UPDATE runs SET finished = ?, counts = ? WHERE run_id = ?",
                        [now, json.dumps(counts or {}, default=str, sort_keys=True), run_id])

    # -- reading ----------------------------------------------------------------------------------
    def has_article(self, article_id: str, content_hash: str | None = None) -> bool:
        """Whether ``article_id`` is stored (and, if ``content_hash`` is given, with that hash).

        Raises:
            StorageError: the store is closed or the query failed.
        """
        sql, params = "SELECT 1 FROM articles WHERE id = ?", [article_id]
        if content_hash is not None:
            sql, params = sql + " AND content_hash = ?", params + [content_hash]
        return bool(self._query(sql + " LIMIT 1", params))

    def known_hashes(self) -> set[str]:
        """The content hashes of all stored articles (to skip them when resuming).

        Raises:
            StorageError: the store is closed or the query failed.
        """
        return {r["content_hash"] for r in self._query("SELECT DISTINCT content_hash FROM articles")}

    def get_article(self, article_id: str) -> CodedArticle | None:
        """Rebuild one stored article as a CodedArticle, or None if it is not stored.

        Raises:
            StorageError: the store is closed or the query failed.
        """
        with self.session():
            arts = self._query("SELECT * FROM articles WHERE id = ?", [article_id])
            if not arts:
                return None
            rows = {"articles": arts}
            for table in schema.ARTICLE_TABLES:
                order = {"quotes": "quote_id", "mentions": "actor_id, idx", "event_quantities": "event_id, idx"}
                rows[table] = self._query(f"SELECT * FROM {table} WHERE article_id = ? "
                                          f"ORDER BY {order.get(table, 'idx')}", [article_id])
        return from_rows(rows)

    def events(self, *, actor: str | None = None, type: str | None = None, since: dt.date | None = None,
               until: dt.date | None = None, dyad: tuple[str, str] | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Stored events as flat rows (keys: ``EVENT_COLUMNS``), by date, article and position.

        Args:
            actor: matches either party whose country equals it, whose CAMEO code starts with it, or whose
                name equals it or contains it as a whole word (all case-insensitive): "CAN", "USAGOV",
                "Trump". Empty means no filter.
            type: a PLOVER type ("ASSAULT"), case-insensitive.
            since: first day, inclusive; until: last day, inclusive. Both compare the event's date, or
                the article's date when the event has none.
            dyad: (a, b): events from a to b or from b to a, each side matched as ``actor``.
            limit: at most this many rows.

        Raises:
            StorageError: the store is closed or the query failed.
        """
        where, params = [], []

        def side(prefix: str, q: str) -> str:
            params.extend([q.upper(), q.upper(), q.lower(), r"(?i)(^|\W)" + re.escape(q) + r"($|\W)"])
            return (f"(upper(e.{prefix}_country) = ? OR starts_with(upper(e.{prefix}_code), ?) "
                    f"OR lower(e.{prefix}_name) = ? OR regexp_matches(e.{prefix}_name, ?))")

        if actor and actor.strip():
            where.append(f"({side('source', actor.strip())} OR {side('target', actor.strip())})")
        if type:
            where.append("upper(e.type) = ?")
            params.append(type.strip().upper())
        if since is not None:
            where.append("coalesce(e.date, a.date) >= ?")
            params.append(since)
        if until is not None:
            where.append("coalesce(e.date, a.date) <= ?")
            params.append(until)
        if dyad is not None:
            x, y = (s.strip() for s in dyad)
            where.append(f"(({side('source', x)} AND {side('target', y)}) "
                         f"OR ({side('source', y)} AND {side('target', x)}))")
        sql = ("SELECT " + ", ".join(f"e.{_q(c)}" for c in _EVENT_STORED)
               + ", coalesce(s.num_articles, 1) AS num_articles, coalesce(s.num_sources, 1) AS num_sources"
               + " FROM events e JOIN articles a ON a.id = e.article_id"
               + " LEFT JOIN story_counts s ON s.story_id = e.article_id"
               + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY coalesce(e.date, a.date) NULLS LAST, e.article_id, e.idx")
        if limit is not None:
            sql += " LIMIT ?"
            params.append(max(0, int(limit)))
        return self._query(sql, params)

    def link_duplicates(self, links: dict[str, str]) -> int:
        """Mark stored articles as duplicates of a first story: ``{duplicate_id: first_id}``.

        Raises:
            StorageError: the store is read-only or closed, or the update failed.
        """
        if not links:
            return 0
        with self._transaction("link duplicates") as con:
            con.execute("UPDATE articles SET duplicate_of = l.f FROM (SELECT unnest(?::VARCHAR[]) AS d, "
                        "unnest(?::VARCHAR[]) AS f) l WHERE articles.id = l.d",
                        [list(links), list(links.values())])
        return len(links)

    def counts(self) -> dict[str, int]:
        """Rows per table (every newscoder table, including rejects and runs).

        Raises:
            StorageError: the store is closed or the query failed.
        """
        sql = " UNION ALL ".join(f"SELECT '{t}' AS t, count(*) AS n FROM {t}" for t in schema.TABLES)
        return {r["t"]: r["n"] for r in self._query(sql)}

    def runs(self) -> list[dict[str, Any]]:
        """All runs, newest first, with ``args`` and ``counts`` decoded from JSON.

        Raises:
            StorageError: the store is closed or the query failed.
        """
        rows = self._query("SELECT * FROM runs ORDER BY started DESC NULLS LAST, run_id DESC")
        for r in rows:
            for k in ("args", "counts"):
                r[k] = json.loads(r[k]) if r[k] else None
        return rows


class SharedReader:
    """Read-only access for a long-running, multi-threaded reader (``newscoder serve``) that never keeps a
    newscoder writer out for long.

    Concurrent users share one read-only connection, each with its own cursor. Opening a DuckDB file costs
    about 20-35 ms (an instance with its catalog), so the connection is kept between uses, but only while
    no writer waits: once a writer announces itself (its write intent on ``<db>.lock``), new users wait and
    the last user out closes the connection, so the writer can open the file; after the writer has closed it,
    the next user opens the file again and sees the new data. The connection is also closed after ``idle``
    seconds without users, so other programs (a plain DuckDB client) can open the file while nobody reads.

    Args:
        path: the database file.
        wait: seconds a user waits, with backoff, while a writer has the file, before ``StorageBusy``.
        idle: seconds without users after which the connection is closed (None: never).
    """

    def __init__(self, path: str | Path, *, wait: float = READ_WAIT, idle: float | None = 2.0):
        self.path = str(path)
        self.wait = max(0.0, float(wait))
        self.idle = idle
        self._cond = threading.Condition()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._users = 0
        self._last_use = 0.0
        self._closed = False
        self._reaper: threading.Thread | None = None
        self.opens = 0  # how many times the file was opened (for tests and measurements)

    def __enter__(self) -> SharedReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SharedReader({self.path!r}, wait={self.wait:g})"

    def check(self) -> None:
        """Open the file once now: raises StorageError if it is missing or not a current newscoder database
        (StorageBusy if a writer holds it for longer than ``wait``)."""
        with self.cursor():
            pass

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of the shared connection for one use (e.g. one HTTP request), closed at the end.

        Raises:
            StorageBusy: a writer held the file for ``wait`` seconds; StorageError: the file cannot be read.
        """
        cur = self._enter()
        try:
            yield cur
        finally:
            try:
                cur.close()
            finally:
                self._leave()

    def _enter(self) -> duckdb.DuckDBPyConnection:
        start = time.monotonic()
        deadline = start + self.wait
        delay = 0.005
        last: Exception | None = None
        with self._cond:
            while True:
                if self._closed:
                    raise StorageError(f"the reader of {self.path} is closed")
                if not writer_waiting(self.path):
                    if self._con is None:
                        try:
                            self._con = self._open()
                        except StorageBusy as e:  # a writer that does not announce itself (plain DuckDB)
                            last = e
                    if self._con is not None:
                        try:
                            cur = self._con.cursor()
                        except duckdb.Error as e:  # pragma: no cover - a broken connection
                            self._close_connection()
                            raise StorageError(f"cannot read {self.path}: {e}") from e
                        self._users += 1
                        return cur
                elif self._users == 0 and self._con is not None:
                    self._close_connection()
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    why = f" ({last})" if last is not None else ""
                    raise StorageBusy(f"{self.path} is being written by another process and stayed locked for "
                                      f"{self.wait:g} s; try again in a moment{why}")
                self._cond.wait(min(delay, remaining))
                delay = min(delay * 2, 0.1)

    def _leave(self) -> None:
        with self._cond:
            self._users -= 1
            self._last_use = time.monotonic()
            if self._users == 0 and self._con is not None and (self._closed or writer_waiting(self.path)):
                self._close_connection()
            self._cond.notify_all()

    def _open(self) -> duckdb.DuckDBPyConnection:
        con = _connect(self.path, True, time.monotonic(), 0.0)
        try:
            schema.migrate(con, self.path, read_only=True)
        except BaseException as e:
            con.close()
            if isinstance(e, duckdb.Error):
                raise StorageError(f"cannot read the schema of {self.path}: {e}") from e
            raise
        self.opens += 1
        if self.idle is not None and self._reaper is None:
            self._reaper = threading.Thread(target=self._reap, name="newscoder-reader-idle", daemon=True)
            self._reaper.start()
        return con

    def _close_connection(self) -> None:
        con, self._con = self._con, None
        if con is not None:
            con.close()

    def _reap(self) -> None:
        with self._cond:
            while not self._closed:
                self._cond.wait(self.idle / 2)
                if (self._con is not None and self._users == 0
                        and time.monotonic() - self._last_use >= self.idle):
                    self._close_connection()

    def close(self) -> None:
        """Close the connection (idempotent); users still inside keep their cursors until they leave."""
        with self._cond:
            self._closed = True
            if self._users == 0:
                self._close_connection()
            self._cond.notify_all()


def open_store(path: str | Path = DEFAULT_PATH, read_only: bool = False, *, hold: bool = True,
               wait: float = 0.0) -> Store:
    """Open (creating or migrating) a newscoder database; see :class:`Store` for ``hold`` and ``wait``.

    Raises:
        StorageError: with a message saying what to do, e.g. "another newscoder process is writing to
            X; wait for it or use another --db", or that X is not a DuckDB file.
    """
    return Store(path, read_only=read_only, hold=hold, wait=wait)
