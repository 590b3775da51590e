"""Read-side library over a newscoder store: the data behind every page, API route, chart and export.

    from newscoder.store import open_store
    from newscoder import analysis
    with open_store("newscoder.duckdb", read_only=True) as store:
        analysis.events(store, dyad=("USA", "CAN"), since=date(2025, 3, 1), limit=50)
        analysis.dyad_timeline(store, "USA", "CAN", interval="week")
        analysis.network(store, min_events=2)
        analysis.article(store, "b0c8ad7895947299")

Every function is pure: it takes a :class:`~newscoder.store.Store`, runs read-only SQL and returns plain
dicts and lists (JSON-ready apart from ``datetime.date`` values). Each call runs on its own DuckDB cursor,
so one open store may serve many threads (the web app shares one).

Actor matching is that of ``Store.events``: a query matches a side of an event when it equals the
country code (``CAN``), is a prefix of the CAMEO-style code (``USAGOV`` matches ``USAGOVLEG``), equals
the actor name, or occurs in the name as a whole word (``Carney`` matches ``Mark Carney``); all
case-insensitive. A dyad matches in either direction.

An event's date is its own resolved date, or the article date when it has none.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter, defaultdict
from typing import Any, Iterable

import duckdb

from .errors import ConfigError, StorageError
from .records import PLOVER_TYPES
from .scoring import QUAD_CLASS

log = logging.getLogger(__name__)

__all__ = ["INTERVALS", "MAX_LIMIT", "events", "count_events", "dyad_timeline", "actor_summary",
           "actor_profile", "network", "period_bounds", "article", "articles", "quotes", "dyad_choices", "sentence_parts",
           "top_dyad"]

INTERVALS = ("day", "week", "month")
MAX_LIMIT = 10_000  # the library's own ceiling on one page; the web layer sets a lower one
AUTO_FILL_MAX = 120  # dyad_timeline(fill=None) fills empty periods when the span has at most this many
_EVENT_DATE = "coalesce(e.date, a.date)"
_EVENT_COLS = ("article_id", "event_id", "idx", "type", "mode", "context", "source_actor", "source_name",
               "source_code", "source_country", "source_sector", "source_text", "target_actor", "target_name",
               "target_code", "target_country", "target_sector", "target_text", "negated", "modality",
               "trigger", "trigger_start", "trigger_end", "sentence", "start", "end", "in_", "goldstein",
               "tone", "confidence", "rule")


# --------------------------------------------------------------------------------------------- plumbing
def _rows(store, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    """Run one query on a fresh cursor of the store's connection (thread-safe) and return dict rows."""
    try:
        cur = store.con.cursor()
    except duckdb.Error as e:  # pragma: no cover - a closed or broken connection
        raise StorageError(f"cannot read {store.path}: {e}") from e
    try:
        cur.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]
    except duckdb.Error as e:
        raise StorageError(f"cannot read {store.path}: {e}") from e
    finally:
        cur.close()


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _clean(q: str | None) -> str | None:
    q = (q or "").strip()
    return q or None


def actor_condition(prefix: str, q: str, alias: str = "e") -> tuple[str, list[Any]]:
    """SQL matching one side (``source``/``target``/``speaker``) against an actor query; see the module doc.

    Returns:
        ``(sql, params)`` to AND/OR into a WHERE clause.
    """
    q = q.strip()
    col = f"{alias}.{prefix}"
    sql = (f"(upper({col}_country) = ? OR starts_with(upper({col}_code), ?) "
           f"OR lower({col}_name) = ? OR regexp_matches({col}_name, ?))")
    return sql, [q.upper(), q.upper(), q.lower(), r"(?i)(^|\W)" + re.escape(q) + r"($|\W)"]


def _check_type(type_: str | None) -> str | None:
    t = _clean(type_)
    if t is None:
        return None
    if t.upper() not in PLOVER_TYPES:
        raise ConfigError(f"unknown PLOVER type {type_!r}; valid types: {', '.join(PLOVER_TYPES)}")
    return t.upper()


def _check_page(limit: int | None, offset: int) -> tuple[int | None, int]:
    if limit is not None and not 0 <= int(limit) <= MAX_LIMIT:
        raise ConfigError(f"limit must be between 0 and {MAX_LIMIT}, not {limit}")
    if int(offset) < 0:
        raise ConfigError(f"offset must be 0 or more, not {offset}")
    return (None if limit is None else int(limit)), int(offset)


def _dyad(dyad: Iterable[str] | None) -> tuple[str, str] | None:
    if dyad is None:
        return None
    parts = [p.strip() for p in dyad if p and p.strip()]
    if len(parts) != 2:
        raise ConfigError(f"a dyad is two actors, e.g. ('USA', 'CAN'); got {list(dyad)!r}")
    return parts[0], parts[1]


def _event_where(*, actor: str | None = None, dyad: Iterable[str] | None = None, type: str | None = None,
                 since: dt.date | None = None, until: dt.date | None = None, text: str | None = None,
                 negated: bool | None = None) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []

    def add(sql: str, ps: list[Any]) -> None:
        where.append(sql)
        params.extend(ps)

    if _clean(actor):
        s, ps = actor_condition("source", actor)
        t, pt = actor_condition("target", actor)
        add(f"({s} OR {t})", ps + pt)
    pair = _dyad(dyad)
    if pair is not None:
        x, y = pair
        sx, psx = actor_condition("source", x)
        ty, pty = actor_condition("target", y)
        sy, psy = actor_condition("source", y)
        tx, ptx = actor_condition("target", x)
        add(f"(({sx} AND {ty}) OR ({sy} AND {tx}))", psx + pty + psy + ptx)
    t = _check_type(type)
    if t:
        add("upper(e.type) = ?", [t])
    if since is not None:
        add(f"{_EVENT_DATE} >= ?", [since])
    if until is not None:
        add(f"{_EVENT_DATE} <= ?", [until])
    if _clean(text):
        add("(contains(lower(e.sentence), ?) OR contains(lower(e.trigger), ?))", [text.strip().lower()] * 2)
    if negated is not None:
        add("e.negated = ?", [negated])
    return (" WHERE " + " AND ".join(where) if where else ""), params


def sentence_parts(row: dict[str, Any]) -> list[str]:
    """The evidence sentence split around its trigger: ``[before, trigger, after]`` (``[sentence]`` if the
    trigger's offsets do not fall inside the sentence)."""
    s = row.get("sentence") or ""
    start, ts, te = row.get("start"), row.get("trigger_start"), row.get("trigger_end")
    if None not in (start, ts, te) and start <= ts < te <= start + len(s):
        a, b = ts - start, te - start
        return [s[:a], s[a:b], s[b:]]
    trig = row.get("trigger") or ""
    k = s.lower().find(trig.lower()) if trig else -1
    if k >= 0:
        return [s[:k], s[k:k + len(trig)], s[k + len(trig):]]
    return [s]


def _event_row(r: dict[str, Any]) -> dict[str, Any]:
    r["context"] = list(r.get("context") or [])
    r["quad_class"] = QUAD_CLASS.get((r.get("type") or "").upper())
    r["sentence_parts"] = sentence_parts(r)
    return r


# --------------------------------------------------------------------------------------------- events
def events(store, *, actor: str | None = None, dyad: Iterable[str] | None = None, type: str | None = None,  # noqa: A002
           since: dt.date | None = None, until: dt.date | None = None, text: str | None = None,
           limit: int | None = 100, offset: int = 0, negated: bool | None = None) -> list[dict[str, Any]]:
    """Events matching every filter given, oldest first, with their article's date, title and tone.

    Args:
        store: an open Store.
        actor: either side matches (country code, CAMEO code prefix or name).
        dyad: two actors, either direction.
        type: PLOVER type (case-insensitive).
        since, until: bounds on the event date (inclusive).
        text: case-insensitive substring of the evidence sentence or the trigger.
        limit, offset: the page (``limit=None`` for all rows).
        negated: only negated (True) or only asserted (False) events.

    Returns:
        One dict per event: every ``events`` column, ``date`` (event date or article date),
        ``event_date``, ``article_date``, ``article_title``, ``article_tone``, ``quad_class`` and
        ``sentence_parts`` (the sentence split around the trigger, for highlighting).

    Raises:
        ConfigError: an unknown type, a malformed dyad, or a bad page.
        StorageError: the query failed.
    """
    limit, offset = _check_page(limit, offset)
    where, params = _event_where(actor=actor, dyad=dyad, type=type, since=since, until=until, text=text,
                                 negated=negated)
    sql = ("SELECT " + ", ".join(f"e.{_q(c)}" for c in _EVENT_COLS)
           + f", {_EVENT_DATE} AS date, e.date AS event_date, a.date AS article_date, a.title AS article_title,"
           " a.tone AS article_tone, a.url AS article_url"
           " FROM events e JOIN articles a ON a.id = e.article_id" + where
           + f" ORDER BY {_EVENT_DATE} NULLS LAST, e.article_id, e.idx")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    if offset:
        sql += " OFFSET ?"
        params.append(offset)
    return [_event_row(r) for r in _rows(store, sql, params)]


def count_events(store, *, actor: str | None = None, dyad: Iterable[str] | None = None, type: str | None = None,  # noqa: A002
                 since: dt.date | None = None, until: dt.date | None = None, text: str | None = None,
                 negated: bool | None = None) -> int:
    """How many events :func:`events` would return without a limit.

    Raises:
        ConfigError: an unknown type or a malformed dyad.
        StorageError: the query failed.
    """
    where, params = _event_where(actor=actor, dyad=dyad, type=type, since=since, until=until, text=text,
                                 negated=negated)
    return _rows(store, "SELECT count(*) AS n FROM events e JOIN articles a ON a.id = e.article_id" + where,
                 params)[0]["n"]


# --------------------------------------------------------------------------------------------- timeline
def _period_start(d: dt.date, interval: str) -> dt.date:
    if interval == "day":
        return d
    if interval == "week":
        return d - dt.timedelta(days=d.weekday())
    return d.replace(day=1)


def _next_period(d: dt.date, interval: str) -> dt.date:
    if interval == "day":
        return d + dt.timedelta(days=1)
    if interval == "week":
        return d + dt.timedelta(days=7)
    return (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def _label(d: dt.date, interval: str) -> str:
    return d.strftime("%Y-%m") if interval == "month" else d.isoformat()


def period_bounds(label: str, interval: str) -> tuple[dt.date, dt.date]:
    """First and last day of the period a label names (``2025-03-24`` or ``2025-03``; any day of a week or
    month names that week or month).

    Raises:
        ConfigError: an unknown interval or a label that is not a date.
    """
    interval = _check_interval(interval)
    try:
        d = dt.date.fromisoformat(label if len(label) > 7 else label + "-01")
    except (TypeError, ValueError) as e:
        raise ConfigError(f"period {label!r} is not YYYY-MM-DD or YYYY-MM") from e
    start = _period_start(d, interval)
    return start, _next_period(start, interval) - dt.timedelta(days=1)


def _check_interval(interval: str) -> str:
    if interval not in INTERVALS:
        raise ConfigError(f"unknown interval {interval!r}; use one of {', '.join(INTERVALS)}")
    return interval


def dyad_timeline(store, a: str, b: str, interval: str = "day", since: dt.date | None = None,
                  until: dt.date | None = None, *, fill: bool | None = None) -> list[dict[str, Any]]:
    """Events between two actors (either direction) counted per period.

    Args:
        store: an open Store.
        a, b: the two actors (country code, CAMEO code prefix or name).
        interval: ``day``, ``week`` (ISO weeks, starting Monday) or ``month``.
        since, until: bounds on the event date (inclusive).
        fill: add the periods without events between the first and the last (``n == 0``); ``None``
            fills only when the span has at most 120 periods, so a corpus spanning decades stays small.

    Returns:
        One row per period, oldest first: ``period`` (label: ``YYYY-MM-DD`` of the first day, or
        ``YYYY-MM``), ``start`` and ``end`` (first and last day), ``n`` (events), ``counts``
        (PLOVER type -> n), ``quad`` (GDELT QuadClass 1-4 -> n), ``a_to_b`` and ``b_to_a`` (events
        with ``a`` as source or ``b`` as source; both when both actors match both sides),
        ``goldstein`` and ``tone`` (means over the period's events; None without events).

    Raises:
        ConfigError: an unknown interval.
        StorageError: the query failed.
    """
    interval = _check_interval(interval)
    where, params = _event_where(dyad=(a, b), since=since, until=until)
    sa, psa = actor_condition("source", a)
    sb, psb = actor_condition("source", b)
    sql = (f"SELECT {_EVENT_DATE} AS d, e.type, e.goldstein, e.tone, {sa} AS from_a, {sb} AS from_b"
           " FROM events e JOIN articles a ON a.id = e.article_id" + where + f" AND {_EVENT_DATE} IS NOT NULL")
    rows = _rows(store, sql, psa + psb + params)
    buckets: dict[dt.date, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        buckets[_period_start(r["d"], interval)].append(r)
    starts = sorted(buckets)
    if starts:
        span, d = 0, starts[0]
        while d <= starts[-1] and span <= AUTO_FILL_MAX:
            span, d = span + 1, _next_period(d, interval)
        if fill or (fill is None and span <= AUTO_FILL_MAX):
            d, starts = starts[0], []
            while d <= max(buckets):
                starts.append(d)
                d = _next_period(d, interval)
                if len(starts) > 100_000:
                    raise ConfigError("too many periods to fill; choose a longer interval or a shorter range")
    out = []
    for s in starts:
        evs = buckets.get(s, [])
        gs = [r["goldstein"] for r in evs if r["goldstein"] is not None]
        ts = [r["tone"] for r in evs if r["tone"] is not None]
        counts = Counter(r["type"] for r in evs)
        quad = Counter(QUAD_CLASS.get((r["type"] or "").upper()) for r in evs)
        out.append({
            "period": _label(s, interval), "start": s, "end": _next_period(s, interval) - dt.timedelta(days=1),
            "n": len(evs), "counts": dict(sorted(counts.items())),
            "quad": {q: quad.get(q, 0) for q in (1, 2, 3, 4)},
            "a_to_b": sum(1 for r in evs if r["from_a"]), "b_to_a": sum(1 for r in evs if r["from_b"]),
            "goldstein": round(sum(gs) / len(gs), 2) if gs else None,
            "tone": round(sum(ts) / len(ts), 2) if ts else None,
        })
    return out


def top_dyad(store) -> tuple[str, str] | None:
    """The pair of countries with the most events between them (either direction), or None.

    Raises:
        StorageError: the query failed.
    """
    rows = _rows(store, "SELECT least(source_country, target_country) AS x, greatest(source_country, "
                 "target_country) AS y, count(*) AS n FROM events WHERE source_country IS NOT NULL AND "
                 "target_country IS NOT NULL AND source_country <> target_country GROUP BY 1, 2 "
                 "ORDER BY n DESC, x, y LIMIT 1")
    return (rows[0]["x"], rows[0]["y"]) if rows else None


def dyad_choices(store, limit: int = 100) -> list[dict[str, Any]]:
    """Countries and IGOs that take part in events, most active first: ``code``, ``name``, ``n``.

    Raises:
        StorageError: the query failed.
    """
    return _rows(store, """
        WITH sides AS (
            SELECT source_country AS code FROM events WHERE source_country IS NOT NULL
            UNION ALL SELECT target_country FROM events WHERE target_country IS NOT NULL),
        names AS (
            SELECT country AS code, min(name) AS name FROM actors
            WHERE kind IN ('country', 'igo') AND country IS NOT NULL GROUP BY 1)
        SELECT s.code, coalesce(n.name, s.code) AS name, count(*) AS n
        FROM sides s LEFT JOIN names n USING (code) GROUP BY s.code, n.name ORDER BY n DESC, s.code LIMIT ?
    """, [int(limit)])


# --------------------------------------------------------------------------------------------- actors
def actor_summary(store, q: str | None = None, *, limit: int = 50) -> list[dict[str, Any]]:
    """Actors across articles, grouped by dictionary key (or name and code when they have none).

    Args:
        store: an open Store.
        q: match as for events (country code, code prefix, whole word of the name), or a substring of the
            name; ``None`` lists the most mentioned actors.
        limit: at most this many rows.

    Returns:
        Rows with ``key``, ``name``, ``kind``, ``code``, ``country``, ``sector``, ``role``, ``articles``,
        ``mentions``, ``as_source`` and ``as_target`` (events naming the actor), most mentioned first.

    Raises:
        StorageError: the query failed.
    """
    params: list[Any] = []
    where = ""
    if _clean(q):
        s, ps = actor_condition("x", q, alias="t")
        where = f" WHERE ({s} OR contains(lower(t.x_name), ?))"
        params = ps + [q.strip().lower()]
    sql = f"""
        WITH ac AS (
            SELECT ac.article_id, ac.actor_id, coalesce(ac.key, ac.name || '|' || coalesce(ac.code, '')) AS gkey,
                   ac.key, ac.name, ac.kind, ac.code, ac.country, ac.sector, ac.role
            FROM actors ac),
        m AS (SELECT article_id, actor_id, count(*) AS n FROM mentions GROUP BY 1, 2),
        src AS (SELECT article_id, source_actor AS actor_id, count(*) AS n FROM events
                WHERE source_actor IS NOT NULL GROUP BY 1, 2),
        tgt AS (SELECT article_id, target_actor AS actor_id, count(*) AS n FROM events
                WHERE target_actor IS NOT NULL GROUP BY 1, 2),
        t AS (
            SELECT ac.gkey, min(ac.key) AS key, min(ac.name) AS x_name, min(ac.kind) AS kind,
                   min(ac.code) AS x_code, min(ac.country) AS x_country, min(ac.sector) AS sector,
                   min(ac.role) AS role, count(DISTINCT ac.article_id) AS articles,
                   coalesce(sum(m.n), 0) AS mentions, coalesce(sum(src.n), 0) AS as_source,
                   coalesce(sum(tgt.n), 0) AS as_target
            FROM ac LEFT JOIN m USING (article_id, actor_id) LEFT JOIN src USING (article_id, actor_id)
            LEFT JOIN tgt USING (article_id, actor_id) GROUP BY ac.gkey)
        SELECT t.key, t.x_name AS name, t.kind, t.x_code AS code, t.x_country AS country, t.sector, t.role,
               t.articles, t.mentions::BIGINT AS mentions, t.as_source::BIGINT AS as_source,
               t.as_target::BIGINT AS as_target
        FROM t{where} ORDER BY t.mentions DESC, t.articles DESC, t.x_name, t.gkey LIMIT ?"""
    return _rows(store, sql, params + [int(limit)])


def actor_profile(store, q: str, *, limit: int = 50) -> dict[str, Any]:
    """Everything about one actor query: matching actors, counts by type, counterparts, events, quotes.

    Args:
        store: an open Store.
        q: the actor (country code, CAMEO code prefix or name).
        limit: at most this many events and quotes.

    Returns:
        ``{"query", "actors", "n_events", "as_source", "as_target" (PLOVER type -> n), "counterparts"
        (country or name of the other side, n, mean goldstein), "events", "quotes"}``.

    Raises:
        ConfigError: an empty query.
        StorageError: the query failed.
    """
    if not _clean(q):
        raise ConfigError("an actor query is required: a country code (CAN), a code prefix (USAGOV) or a name")
    q = q.strip()
    s, ps = actor_condition("source", q)
    t, pt = actor_condition("target", q)
    by_type = _rows(store, f"SELECT e.type, {s} AS is_src, {t} AS is_tgt, count(*) AS n FROM events e "
                    f"WHERE {s} OR {t} GROUP BY ALL ORDER BY n DESC", ps + pt + ps + pt)
    as_source: Counter = Counter()
    as_target: Counter = Counter()
    for r in by_type:
        if r["is_src"]:
            as_source[r["type"]] += r["n"]
        if r["is_tgt"]:
            as_target[r["type"]] += r["n"]
    counterparts = _rows(store, f"""
        SELECT CASE WHEN {s} THEN coalesce(e.target_country, e.target_name)
                    ELSE coalesce(e.source_country, e.source_name) END AS other,
               count(*) AS n, round(avg(e.goldstein), 2) AS goldstein
        FROM events e WHERE ({s} OR {t}) GROUP BY 1 HAVING other IS NOT NULL ORDER BY n DESC, other LIMIT 20
    """, ps + ps + pt)
    return {
        "query": q,
        "actors": actor_summary(store, q, limit=20),
        "n_events": count_events(store, actor=q),
        "as_source": dict(as_source.most_common()),
        "as_target": dict(as_target.most_common()),
        "counterparts": counterparts,
        "events": events(store, actor=q, limit=limit),
        "quotes": quotes(store, speaker=q, limit=limit),
    }


# --------------------------------------------------------------------------------------------- network
def network(store, since: dt.date | None = None, until: dt.date | None = None, min_events: int = 1, *,
            level: str = "country", max_nodes: int = 60) -> dict[str, Any]:
    """The actor network: who acts on whom, and how cooperatively.

    Edges are undirected pairs (the two directions added up); events of an actor on itself are left out.

    Args:
        store: an open Store.
        since, until: bounds on the event date (inclusive).
        min_events: drop edges with fewer events.
        level: ``country`` (nodes are countries and IGOs) or ``code`` (CAMEO-style codes: USAGOV, CANGOV).
        max_nodes: keep the most active nodes only.

    Returns:
        ``{"nodes": [{id, name, n, goldstein}], "edges": [{source, target, n, goldstein, a_to_b, b_to_a}],
        "level", "since", "until", "min_events"}``; ``n`` is the event count, ``goldstein`` the mean score.

    Raises:
        ConfigError: an unknown level or a bad min_events.
        StorageError: the query failed.
    """
    if level not in ("country", "code"):
        raise ConfigError(f"unknown network level {level!r}; use country or code")
    if min_events < 1:
        raise ConfigError(f"min_events must be at least 1, not {min_events}")
    where, params = _event_where(since=since, until=until)
    col_s, col_t = f"e.source_{level}", f"e.target_{level}"
    cond = f"{col_s} IS NOT NULL AND {col_t} IS NOT NULL AND {col_s} <> {col_t}"
    where = (where + " AND " + cond) if where else " WHERE " + cond
    rows = _rows(store, f"""
        SELECT least({col_s}, {col_t}) AS x, greatest({col_s}, {col_t}) AS y, count(*) AS n,
               round(avg(e.goldstein), 2) AS goldstein,
               count(*) FILTER (WHERE {col_s} = least({col_s}, {col_t})) AS a_to_b
        FROM events e JOIN articles a ON a.id = e.article_id {where}
        GROUP BY 1, 2 HAVING count(*) >= ? ORDER BY n DESC, x, y""", params + [int(min_events)])
    node_n: Counter = Counter()
    node_g: dict[str, float] = defaultdict(float)
    for r in rows:
        for k in (r["x"], r["y"]):
            node_n[k] += r["n"]
            node_g[k] += (r["goldstein"] or 0.0) * r["n"]
    keep = {k for k, _ in sorted(node_n.items(), key=lambda kv: (-kv[1], kv[0]))[:max_nodes]}
    names = {r["k"]: r["name"] for r in _rows(store, f"""
        SELECT {level} AS k, min(name) AS name FROM actors
        WHERE {level} IS NOT NULL AND (kind IN ('country', 'igo') OR ? = 'code') GROUP BY 1""", [level])}
    nodes = [{"id": k, "name": names.get(k) or k, "n": node_n[k], "goldstein": round(node_g[k] / node_n[k], 2)}
             for k in sorted(keep, key=lambda k: (-node_n[k], k))]
    edges = [{"source": r["x"], "target": r["y"], "n": r["n"], "goldstein": r["goldstein"],
              "a_to_b": r["a_to_b"], "b_to_a": r["n"] - r["a_to_b"]}
             for r in rows if r["x"] in keep and r["y"] in keep]
    return {"level": level, "since": since, "until": until, "min_events": min_events, "nodes": nodes,
            "edges": edges}


# --------------------------------------------------------------------------------------------- articles
def articles(store, *, q: str | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Stored articles, newest first, with counts (no text).

    Args:
        q: a case-insensitive substring of the title.

    Raises:
        ConfigError: a bad page.
        StorageError: the query failed.
    """
    limit, offset = _check_page(limit, offset)
    where, params = "", []
    if _clean(q):
        where, params = " WHERE contains(lower(a.title), ?)", [q.strip().lower()]
    return _rows(store, f"""
        SELECT a.id, a.date, a.title, a.source, a.url, a.tone,
               (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events,
               (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,
               (SELECT count(*) FROM actors x WHERE x.article_id = a.id) AS actors
        FROM articles a{where} ORDER BY a.date DESC NULLS LAST, a.id LIMIT ? OFFSET ?""",
                 params + [limit if limit is not None else MAX_LIMIT, offset])


def _pieces(text: str, spans: list[tuple[int, int, str, str]]) -> list[dict[str, Any]]:
    """Cut ``text`` at every span boundary; each piece lists the spans covering it, by kind.

    ``spans`` are ``(start, end, kind, id)`` with kind ``actors``, ``events`` (trigger), ``evidence``
    (event sentence) or ``quotes``. Spans outside the text are ignored.
    """
    n = len(text)
    spans = [s for s in spans if 0 <= s[0] < s[1] <= n]
    cuts = sorted({0, n, *(s[0] for s in spans), *(s[1] for s in spans)})
    out = []
    seen: set[tuple[str, str]] = set()
    for b0, b1 in zip(cuts, cuts[1:]):
        piece: dict[str, Any] = {"text": text[b0:b1], "start": b0, "actors": [], "events": [], "evidence": [],
                                 "quotes": [], "anchors": []}
        for s0, s1, kind, ident in spans:
            if s0 <= b0 and b1 <= s1:
                piece[kind].append(ident)
                if kind in ("events", "quotes") and (kind, ident) not in seen:
                    seen.add((kind, ident))
                    piece["anchors"].append(("e-" if kind == "events" else "q-") + ident)
        out.append(piece)
    return out


def article(store, id: str) -> dict[str, Any] | None:  # noqa: A002
    """One stored article with its actors, events and quotes, and its text cut into highlightable pieces.

    Returns:
        ``None`` when the article is not stored, else ``{"article", "actors", "events", "quotes", "dates",
        "amounts", "tone", "warnings", "pieces": {"title": [...], "text": [...]}}``. Each piece is
        ``{text, start, actors, events, evidence, quotes, anchors}``: the ids of the actor mentions, event
        triggers, event sentences and quotes covering it, and the page anchors (``e-E1``, ``q-0``) of the
        triggers and quotes starting there; joined, the pieces give back the field exactly.

    Raises:
        StorageError: the query failed.
    """
    arts = _rows(store, "SELECT id, date, title, source, url, text, origin, coded_at, tone, tone_positive, "
                 "tone_negative, tone_polarity, tone_words, warnings FROM articles WHERE id = ?", [id])
    if not arts:
        return None
    a = arts[0]
    actors = _rows(store, "SELECT actor_id AS id, name, kind, code, country, sector, role, key FROM actors "
                   "WHERE article_id = ? ORDER BY idx", [id])
    mentions = _rows(store, 'SELECT actor_id, text, start, "end", in_ FROM mentions WHERE article_id = ? '
                     "ORDER BY actor_id, idx", [id])
    by_actor: dict[str, list] = defaultdict(list)
    for m in mentions:
        by_actor[m["actor_id"]].append({"text": m["text"], "start": m["start"], "end": m["end"], "in": m["in_"]})
    for i, ac in enumerate(actors):
        ac["color"] = i % 8
        ac["mentions"] = by_actor[ac["id"]]
    evs = [_event_row(r) for r in _rows(store, "SELECT " + ", ".join(f"e.{_q(c)}" for c in _EVENT_COLS)
                                        + ", e.date FROM events e WHERE e.article_id = ? ORDER BY e.idx", [id])]
    qts = _rows(store, 'SELECT quote_id AS id, text, start, "end", in_, speaker_actor, speaker_name, '
                "speaker_country, speaker_text, cue, partial FROM quotes WHERE article_id = ? ORDER BY quote_id",
                [id])
    dates = _rows(store, 'SELECT text, value, granularity, start, "end", in_ FROM dates WHERE article_id = ? '
                  "ORDER BY idx", [id])
    amounts = _rows(store, 'SELECT text, value, unit, object, start, "end", in_ FROM amounts WHERE article_id = ? '
                    "ORDER BY idx", [id])
    spans: dict[str, list] = {"title": [], "text": []}
    for m in mentions:
        spans[m["in_"] if m["in_"] == "title" else "text"].append((m["start"], m["end"], "actors", m["actor_id"]))
    for e in evs:
        field = "title" if e["in_"] == "title" else "text"
        spans[field].append((e["start"], e["end"], "evidence", e["event_id"]))
        if e["trigger_start"] is not None and e["trigger_start"] >= 0:
            spans[field].append((e["trigger_start"], e["trigger_end"], "events", e["event_id"]))
    for qt in qts:
        spans["title" if qt["in_"] == "title" else "text"].append((qt["start"], qt["end"], "quotes", str(qt["id"])))
    tone = {k: a.pop(k) for k in ("tone", "tone_positive", "tone_negative", "tone_polarity", "tone_words")}
    warnings = list(a.pop("warnings") or [])
    return {
        "article": a, "actors": actors, "events": evs, "quotes": qts, "dates": dates, "amounts": amounts,
        "tone": tone, "warnings": warnings,
        "pieces": {"title": _pieces(a["title"] or "", spans["title"]), "text": _pieces(a["text"] or "", spans["text"])},
    }


# --------------------------------------------------------------------------------------------- quotes
def quotes(store, *, speaker: str | None = None, text: str | None = None, limit: int | None = 100,
           offset: int = 0) -> list[dict[str, Any]]:
    """Quotations, oldest article first, with the speaker resolved to an actor where possible.

    Args:
        speaker: actor query matched against the speaker (country, code prefix via the speaker's
            actor, name) or a substring of the words that name the speaker.
        text: case-insensitive substring of the quoted words.
        limit, offset: the page.

    Returns:
        Rows with ``article_id``, ``quote_id``, ``text``, ``start``, ``end``, ``in_``, ``speaker_actor``,
        ``speaker_name``, ``speaker_code``, ``speaker_country``, ``speaker_text``, ``cue``, ``partial``,
        ``article_date``, ``article_title``.

    Raises:
        ConfigError: a bad page.
        StorageError: the query failed.
    """
    limit, offset = _check_page(limit, offset)
    where, params = [], []
    if _clean(speaker):
        s, ps = actor_condition("speaker", speaker, alias="q")
        where.append(f"({s} OR contains(lower(q.speaker_text), ?))")
        params += ps + [speaker.strip().lower()]
    if _clean(text):
        where.append("contains(lower(q.text), ?)")
        params.append(text.strip().lower())
    sql = ('SELECT q.article_id, q.quote_id, q.text, q.start, q."end", q.in_, q.speaker_actor, q.speaker_name, '
           "q.speaker_code, q.speaker_country, q.speaker_text, q.cue, q.partial, a.date AS article_date, "
           "a.title AS article_title FROM (SELECT qq.*, ac.code AS speaker_code FROM quotes qq LEFT JOIN actors ac "
           "ON ac.article_id = qq.article_id AND ac.actor_id = qq.speaker_actor) q "
           "JOIN articles a ON a.id = q.article_id"
           + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY a.date NULLS LAST, q.article_id, q.quote_id")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    if offset:
        sql += " OFFSET ?"
        params.append(offset)
    return _rows(store, sql, params)
