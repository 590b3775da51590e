"""The DuckDB store: write coded articles in batches, query events back."""
from __future__ import annotations

import datetime as dt
import json
import logging
import re
import uuid
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

from ..errors import StorageError
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

    DuckDB allows one writer process per file (or any number of read-only ones). A Store holds one
    connection, which is not safe to share between threads without a lock.

    Args:
        path: the database file (created with its parent directories), or ":memory:".
        read_only: open without write access; the schema must already be current.

    Raises:
        StorageError: the file is locked by another process, is not a DuckDB file, does not exist
            (read-only), or its schema cannot be migrated.
    """

    def __init__(self, path: str | Path = DEFAULT_PATH, *, read_only: bool = False):
        self.path = str(path)
        self.read_only = read_only
        if self.path != ":memory:" and not read_only:
            try:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StorageError(f"cannot create the directory of {self.path}: {e}") from e
        try:
            self._con: duckdb.DuckDBPyConnection | None = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as e:
            raise _translate_open_error(e, self.path, read_only) from e
        try:
            applied = schema.migrate(self._con, self.path, read_only=read_only)
        except duckdb.Error as e:
            self._con.close()
            raise StorageError(f"cannot read the schema of {self.path}: {e}") from e
        except BaseException:
            self._con.close()
            raise
        if applied:
            log.info("%s: applied schema migrations %s", self.path, applied)

    # -- plumbing ---------------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (idempotent)."""
        if self._con is not None:
            self._con.close()
            self._con = None

    def __repr__(self) -> str:
        return f"Store({self.path!r}, read_only={self.read_only})"

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection, for ad-hoc SQL. Raises StorageError once closed."""
        if self._con is None:
            raise StorageError(f"the store {self.path} is closed")
        return self._con

    def _writable(self, action: str) -> duckdb.DuckDBPyConnection:
        if self.read_only:
            raise StorageError(f"cannot {action}: {self.path} was opened read-only; open it without read_only")
        return self.con

    @contextmanager
    def _transaction(self, action: str) -> Iterator[duckdb.DuckDBPyConnection]:
        con = self._writable(action)
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
        try:
            cur = self.con.execute(sql, params or [])
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


def open_store(path: str | Path = DEFAULT_PATH, read_only: bool = False) -> Store:
    """Open (creating or migrating) a newscoder database; see :class:`Store`.

    Raises:
        StorageError: with a message saying what to do, e.g. "another newscoder process is writing to
            X; wait for it or use another --db", or that X is not a DuckDB file.
    """
    return Store(path, read_only=read_only)
