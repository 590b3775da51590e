"""The database schema: registered migrations and the column lists the writer inserts into.

Schema changes are migration functions registered in ``MIGRATIONS`` (version, name, function). Each one
runs in its own transaction and is recorded in the ``migrations`` table, so opening a database applies
only the versions it lacks and re-opening applies nothing. Never edit a released migration: add a new
version that alters the tables, then update ``TABLES`` (the writer's column lists) to match.

Integrity between tables (``events.source_actor``/``target_actor`` and ``quotes.speaker_actor`` name an
actor of the same article; every child row has an ``articles`` row) is enforced by the writer, not by
DuckDB foreign keys: DuckDB refuses to delete or update a referenced parent row, which would make
"re-coding an article replaces its rows" depend on statement order and forbid later table rewrites.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

import duckdb

from ..errors import StorageError


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    apply: Callable[[duckdb.DuckDBPyConnection], None]


def _m0001_initial(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("""
    CREATE TABLE articles (
        id VARCHAR PRIMARY KEY, date DATE, title VARCHAR, source VARCHAR, url VARCHAR, text VARCHAR,
        origin VARCHAR, content_hash VARCHAR NOT NULL, coded_at TIMESTAMP, run_id VARCHAR,
        tone DOUBLE, tone_positive DOUBLE, tone_negative DOUBLE, tone_polarity DOUBLE, tone_words INTEGER,
        warnings VARCHAR[]);
    CREATE TABLE actors (
        article_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
        name VARCHAR, kind VARCHAR, code VARCHAR, country VARCHAR, sector VARCHAR, role VARCHAR,
        wikidata VARCHAR, key VARCHAR,
        PRIMARY KEY (article_id, actor_id));
    CREATE TABLE mentions (
        article_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
        text VARCHAR, start INTEGER, "end" INTEGER, in_ VARCHAR,
        PRIMARY KEY (article_id, actor_id, idx));
    CREATE TABLE events (
        article_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
        type VARCHAR, mode VARCHAR, context VARCHAR[],
        source_actor VARCHAR, source_name VARCHAR, source_code VARCHAR, source_country VARCHAR,
        source_sector VARCHAR, source_text VARCHAR,
        target_actor VARCHAR, target_name VARCHAR, target_code VARCHAR, target_country VARCHAR,
        target_sector VARCHAR, target_text VARCHAR,
        date DATE, date_text VARCHAR, negated BOOLEAN, modality VARCHAR,
        trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
        sentence VARCHAR, start INTEGER, "end" INTEGER, in_ VARCHAR,
        goldstein DOUBLE, tone DOUBLE, confidence DOUBLE, rule VARCHAR,
        PRIMARY KEY (article_id, event_id));
    CREATE TABLE event_quantities (
        article_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
        text VARCHAR, value DOUBLE, unit VARCHAR, start INTEGER, "end" INTEGER, in_ VARCHAR,
        PRIMARY KEY (article_id, event_id, idx));
    CREATE TABLE quotes (
        article_id VARCHAR NOT NULL, quote_id INTEGER NOT NULL,
        text VARCHAR, start INTEGER, "end" INTEGER,
        speaker_actor VARCHAR, speaker_name VARCHAR, speaker_country VARCHAR, speaker_text VARCHAR,
        cue VARCHAR, partial BOOLEAN, in_ VARCHAR,
        PRIMARY KEY (article_id, quote_id));
    CREATE TABLE dates (
        article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
        text VARCHAR, value DATE, granularity VARCHAR, start INTEGER, "end" INTEGER, in_ VARCHAR,
        PRIMARY KEY (article_id, idx));
    CREATE TABLE amounts (
        article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
        text VARCHAR, value DOUBLE, unit VARCHAR, object VARCHAR, start INTEGER, "end" INTEGER, in_ VARCHAR,
        PRIMARY KEY (article_id, idx));
    CREATE TABLE rejects (
        origin VARCHAR, reason VARCHAR, article_id VARCHAR, run_id VARCHAR, "at" TIMESTAMP);
    CREATE TABLE runs (
        run_id VARCHAR PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP,
        args VARCHAR, counts VARCHAR);  -- args, counts: JSON text
    """)


def _m0002_duplicates(con: duckdb.DuckDBPyConnection) -> None:
    # A near-duplicate story is stored (so a re-run skips it) and linked to its first story; its events
    # are not stored again: the first story's events count it through story_counts (GDELT-style
    # NumArticles / NumSources).
    con.execute("""
    ALTER TABLE articles ADD COLUMN duplicate_of VARCHAR;
    CREATE VIEW story_counts AS
        SELECT coalesce(duplicate_of, id) AS story_id, count(*) AS num_articles,
               count(DISTINCT coalesce(source, '')) AS num_sources
        FROM articles GROUP BY ALL;
    """)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _m0001_initial),
    Migration(2, "duplicate_of and story_counts", _m0002_duplicates),
)

# The writer's view of the current schema: table -> (column, DuckDB type), in insert order.
_S, _I, _D, _F, _B = "VARCHAR", "INTEGER", "DATE", "DOUBLE", "BOOLEAN"
_SPAN = [("start", _I), ("end", _I), ("in_", _S)]
TABLES: dict[str, list[tuple[str, str]]] = {
    "articles": [("id", _S), ("date", _D), ("title", _S), ("source", _S), ("url", _S), ("text", _S),
                 ("origin", _S), ("content_hash", _S), ("coded_at", "TIMESTAMP"), ("run_id", _S),
                 ("tone", _F), ("tone_positive", _F), ("tone_negative", _F), ("tone_polarity", _F),
                 ("tone_words", _I), ("warnings", "VARCHAR[]")],
    "actors": [("article_id", _S), ("actor_id", _S), ("idx", _I), ("name", _S), ("kind", _S),
               ("code", _S), ("country", _S), ("sector", _S), ("role", _S), ("wikidata", _S), ("key", _S)],
    "mentions": [("article_id", _S), ("actor_id", _S), ("idx", _I), ("text", _S), *_SPAN],
    "events": [("article_id", _S), ("event_id", _S), ("idx", _I), ("type", _S), ("mode", _S),
               ("context", "VARCHAR[]"),
               *[(f"{side}_{c}", _S) for side in ("source", "target")
                 for c in ("actor", "name", "code", "country", "sector", "text")],
               ("date", _D), ("date_text", _S), ("negated", _B), ("modality", _S),
               ("trigger", _S), ("trigger_start", _I), ("trigger_end", _I), ("sentence", _S), *_SPAN,
               ("goldstein", _F), ("tone", _F), ("confidence", _F), ("rule", _S)],
    "event_quantities": [("article_id", _S), ("event_id", _S), ("idx", _I), ("text", _S), ("value", _F),
                         ("unit", _S), *_SPAN],
    "quotes": [("article_id", _S), ("quote_id", _I), ("text", _S), ("start", _I), ("end", _I),
               ("speaker_actor", _S), ("speaker_name", _S), ("speaker_country", _S), ("speaker_text", _S),
               ("cue", _S), ("partial", _B), ("in_", _S)],
    "dates": [("article_id", _S), ("idx", _I), ("text", _S), ("value", _D), ("granularity", _S), *_SPAN],
    "amounts": [("article_id", _S), ("idx", _I), ("text", _S), ("value", _F), ("unit", _S), ("object", _S),
                *_SPAN],
    "rejects": [("origin", _S), ("reason", _S), ("article_id", _S), ("run_id", _S), ("at", "TIMESTAMP")],
    "runs": [("run_id", _S), ("started", "TIMESTAMP"), ("finished", "TIMESTAMP"), ("args", _S), ("counts", _S)],
}
# Tables holding rows of one coded article (keyed by article_id); children first, for deletes.
ARTICLE_TABLES = ("event_quantities", "events", "mentions", "actors", "quotes", "dates", "amounts")


def now_utc() -> dt.datetime:
    """The current UTC time, naive (the TIMESTAMP columns hold UTC)."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def migrate(con: duckdb.DuckDBPyConnection, where: str, *, read_only: bool = False) -> list[int]:
    """Apply the registered migrations the database lacks, each in its own transaction.

    Args:
        con: an open connection.
        where: the database path, for messages.
        read_only: if true, only check that the schema is current.

    Returns:
        The versions applied now (empty when the schema was already current).

    Raises:
        StorageError: a migration failed (its transaction is rolled back), the database is read-only
            and out of date, or it was written by a newer newscoder.
    """
    migrations = sorted(MIGRATIONS, key=lambda m: m.version)
    known = {m.version for m in migrations}
    if len(known) != len(migrations):
        raise StorageError("two registered migrations share a version number; fix newscoder.store.schema")
    has_table = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'migrations' "
        "AND table_schema = current_schema()").fetchone()[0]
    if not has_table:
        if read_only:
            raise StorageError(f"{where} is not a newscoder database (it has no migrations table); "
                               "create it with a read-write open first, or pass another --db")
        con.execute("CREATE TABLE migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, "
                    "applied_at TIMESTAMP NOT NULL)")
    applied = {v for (v,) in con.execute("SELECT version FROM migrations").fetchall()}
    newer = sorted(applied - known)
    if newer and not read_only:
        raise StorageError(f"{where} was written by a newer newscoder (schema versions {newer} are unknown "
                           f"here, latest known is {max(known, default=0)}); upgrade newscoder or use another --db")
    pending = [m for m in migrations if m.version not in applied]
    if pending and read_only:
        raise StorageError(f"{where} has an older schema (missing versions {[m.version for m in pending]}); "
                           "open it once read-write to upgrade it")
    done = []
    for m in pending:
        con.begin()
        try:
            m.apply(con)
            con.execute("INSERT INTO migrations VALUES (?, ?, ?)", [m.version, m.name, now_utc()])
            con.commit()
        except Exception as e:
            con.rollback()
            raise StorageError(f"migration {m.version} ({m.name}) failed on {where}: {e}; "
                               "the database was left at the previous version") from e
        done.append(m.version)
    return done
