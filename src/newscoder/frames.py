"""pandas DataFrames of a newscoder database, for notebooks and ad-hoc analysis.

    from newscoder.frames import events_frame
    df = events_frame("newscoder.duckdb")
    df.groupby("type").goldstein.mean()

Each function takes a database path (opened read-only for the call) or an open Store. Needs pandas:
``pip install 'newscoder[frames]'``.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .errors import ConfigError, StorageError

__all__ = ["events_frame", "actors_frame", "quotes_frame", "articles_frame"]


def _pandas():
    try:
        import pandas
    except ImportError as e:  # pragma: no cover - depends on the installed extras
        raise ConfigError("newscoder.frames needs pandas: pip install 'newscoder[frames]'") from e
    return pandas


@contextmanager
def _store(db) -> Iterator:
    from .store import Store, open_store
    if isinstance(db, Store):
        yield db
        return
    store = open_store(Path(db), read_only=True)
    try:
        yield store
    finally:
        store.close()


def _frame(db, sql: str):
    _pandas()
    import duckdb
    with _store(db) as store:
        cur = store.con.cursor()
        try:
            return cur.execute(sql).df()
        except duckdb.Error as e:
            raise StorageError(f"cannot read {store.path}: {e}") from e
        finally:
            cur.close()


def events_frame(db):
    """One row per event, with ``event_date`` (its own date or the article's) and the article's date, title,
    URL and tone.

    Args:
        db: a database path or an open Store.

    Returns:
        A pandas DataFrame, oldest event first.

    Raises:
        ConfigError: pandas is not installed.
        StorageError: the database cannot be opened or read.
    """
    return _frame(db, """
        SELECT e.*, coalesce(e.date, a.date) AS event_date, a.date AS article_date, a.title AS article_title,
               a.url AS article_url, a.source AS article_source, a.tone AS article_tone
        FROM events e JOIN articles a ON a.id = e.article_id
        ORDER BY event_date NULLS LAST, e.article_id, e.idx""")


def actors_frame(db):
    """One row per actor of each article, with its number of mentions and of events as source and target.

    Raises:
        ConfigError: pandas is not installed.
        StorageError: the database cannot be opened or read.
    """
    return _frame(db, """
        SELECT ac.*, a.date AS article_date,
               (SELECT count(*) FROM mentions m WHERE m.article_id = ac.article_id AND m.actor_id = ac.actor_id) AS mentions,
               (SELECT count(*) FROM events e WHERE e.article_id = ac.article_id AND e.source_actor = ac.actor_id) AS as_source,
               (SELECT count(*) FROM events e WHERE e.article_id = ac.article_id AND e.target_actor = ac.actor_id) AS as_target
        FROM actors ac JOIN articles a ON a.id = ac.article_id ORDER BY a.date NULLS LAST, ac.article_id, ac.idx""")


def quotes_frame(db):
    """One row per quotation, with the speaker's code (from the article's actors) and the article's date
    and title.

    Raises:
        ConfigError: pandas is not installed.
        StorageError: the database cannot be opened or read.
    """
    return _frame(db, """
        SELECT q.*, ac.code AS speaker_code, a.date AS article_date, a.title AS article_title
        FROM quotes q JOIN articles a ON a.id = q.article_id
        LEFT JOIN actors ac ON ac.article_id = q.article_id AND ac.actor_id = q.speaker_actor
        ORDER BY a.date NULLS LAST, q.article_id, q.quote_id""")


def articles_frame(db):
    """One row per article (text included), with its numbers of events, quotes and actors.

    Raises:
        ConfigError: pandas is not installed.
        StorageError: the database cannot be opened or read.
    """
    return _frame(db, """
        SELECT a.*,
               (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS n_events,
               (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS n_quotes,
               (SELECT count(*) FROM actors x WHERE x.article_id = a.id) AS n_actors
        FROM articles a ORDER BY a.date NULLS LAST, a.id""")
