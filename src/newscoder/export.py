"""Export stored data: Parquet, CSV or JSON Lines of any table, or events in the GDELT 2.0 event format.

    from newscoder.export import export
    with open_store("newscoder.duckdb", read_only=True) as store:
        export(store, "parquet", "events.parquet")
        export(store, "gdelt", "events.gdelt.tsv")

``parquet``, ``csv`` and ``jsonl`` are written by DuckDB's ``COPY`` (no pyarrow needed). The events table
comes out with its article's date, title, URL, source and tone beside each row (``article_*`` columns).

``gdelt`` writes the 61 columns of the GDELT 2.0 event table (``GDELT_COLUMNS``), tab-separated, one event
a line, without a header, like GDELT's ``*.export.CSV`` files:

* ``EventCode`` comes from ``data/cameo_map.csv`` (``type, mode, cameo, note``): one representative CAMEO
  code per PLOVER type and mode, derived from PLOVER's CAMEO2PLOVER-2021 table read backwards (each row's
  note says why it was chosen). A mode without a row takes its type's default. ``EventBaseCode`` and
  ``EventRootCode`` are its first three and two digits; ``QuadClass`` follows the root as GDELT defines it
  (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict).
* ``GoldsteinScale`` is newscoder's score of the event (type, mode and negation; ``scoring.py``);
  ``AvgTone`` the article's tone.
* ``GLOBALEVENTID`` is a stable 60-bit number from the article and event ids, so re-exporting gives the
  same ids. ``SQLDATE`` is the event date, or the article date when the event has none; events without
  either are left out. ``DATEADDED`` is when the article was coded (UTC, ``YYYYMMDDHHMMSS``).
* Actors: ``ActorNCode`` is the CAMEO-style code, ``ActorNName`` the upper-cased name (as GDELT writes
  them), ``ActorNCountryCode`` the ISO alpha-3 country; an IGO's code (EU, NATO, WTO) goes to
  ``ActorNKnownGroupCode``; ``ActorNType1Code`` is the sector (GOV, MIL, BUS, ...). Ethnic, religion and
  geography fields are empty (``Geo_Type`` 0): newscoder does not code them.
* ``IsRootEvent`` is 1 for events in the title or the first paragraph. ``NumMentions``, ``NumSources`` and
  ``NumArticles`` are 1, unless the events table has ``num_mentions``/``num_sources``/``num_articles``
  columns (counts over near-duplicate reports), which are then used.
* Negated events ("did not meet") have no CAMEO code and are left out unless ``include_negated=True``.
* ``SOURCEURL`` is the article URL (empty when unknown).
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import logging
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError, DataError, StorageError
from .records import PLOVER_TYPES

log = logging.getLogger(__name__)

__all__ = ["FORMATS", "GDELT_COLUMNS", "export", "gdelt_rows", "load_cameo_map", "cameo_code", "parse_cameo_map"]

FORMATS = ("parquet", "csv", "jsonl", "gdelt")
TABLES = ("events", "articles", "actors", "mentions", "event_quantities", "quotes", "dates", "amounts", "rejects",
          "runs")

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61

CAMEO_MAP_COLUMNS = ("type", "mode", "cameo", "note")


# --------------------------------------------------------------------------------------------- CAMEO map
def _norm_mode(mode: str | None) -> str:
    return (mode or "").strip().lower().replace(" ", "-")


def quad_of_root(root: str) -> int:
    """GDELT QuadClass of a two-digit CAMEO root code."""
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def parse_cameo_map(text: str, origin: str = "data/cameo_map.csv") -> dict[tuple[str, str], str]:
    """Parse and check a PLOVER-to-CAMEO table.

    Returns:
        ``{(TYPE, mode): cameo}``, mode ``""`` for the type's default.

    Raises:
        DataError: listing every problem: header, unknown type, a code that is not 3-4 digits with a root
            01-20, a duplicate row, or a type without a default row.
    """
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if header is None or tuple(h.strip() for h in header) != CAMEO_MAP_COLUMNS:
        raise DataError(f"{origin}: the header must be {','.join(CAMEO_MAP_COLUMNS)}, got {header!r}")
    table: dict[tuple[str, str], str] = {}
    problems = []
    for n, row in enumerate(reader, 2):
        if not row or not any(c.strip() for c in row):
            continue
        if len(row) != len(CAMEO_MAP_COLUMNS):
            problems.append(f"line {n}: expected {len(CAMEO_MAP_COLUMNS)} columns, got {len(row)}")
            continue
        type_, mode, code = row[0].strip().upper(), _norm_mode(row[1]), row[2].strip()
        if type_ not in PLOVER_TYPES:
            problems.append(f"line {n}: unknown PLOVER type {row[0]!r}")
            continue
        if not (code.isdigit() and len(code) in (3, 4) and 1 <= int(code[:2]) <= 20):
            problems.append(f"line {n}: {code!r} is not a CAMEO event code (3 or 4 digits, root 01-20)")
            continue
        if (type_, mode) in table:
            problems.append(f"line {n}: duplicate row for {type_}/{mode or '(default)'}")
        table[(type_, mode)] = code
    problems += [f"no default row (empty mode) for {t}" for t in PLOVER_TYPES if (t, "") not in table]
    if problems:
        raise DataError(f"{origin} is malformed; fix these rows:", problems)
    return table


@lru_cache(maxsize=1)
def load_cameo_map() -> dict[tuple[str, str], str]:
    """The shipped ``data/cameo_map.csv``, parsed and checked once.

    Raises:
        DataError: the file is missing or malformed.
    """
    try:
        text = resources.files("newscoder").joinpath("data/cameo_map.csv").read_text("utf-8")
    except FileNotFoundError as e:
        raise DataError("data/cameo_map.csv is missing from the newscoder package; reinstall it") from e
    return parse_cameo_map(text)


def cameo_code(type: str, mode: str | None = None) -> str:  # noqa: A002
    """The CAMEO event code standing for a PLOVER type and mode (the type's default for unknown modes).

    Raises:
        ConfigError: an unknown PLOVER type.
    """
    table = load_cameo_map()
    t = (type or "").strip().upper()
    if (t, "") not in table:
        raise ConfigError(f"unknown PLOVER type {type!r}; valid types: {', '.join(PLOVER_TYPES)}")
    return table.get((t, _norm_mode(mode)), table[(t, "")])


# --------------------------------------------------------------------------------------------- export
def _sql_string(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def _select(table: str) -> str:
    if table == "events":
        return ("SELECT e.*, a.date AS article_date, a.title AS article_title, a.url AS article_url, "
                "a.source AS article_source, a.tone AS article_tone FROM events e "
                "JOIN articles a ON a.id = e.article_id ORDER BY coalesce(e.date, a.date) NULLS LAST, "
                "e.article_id, e.idx")
    order = {"articles": "date, id", "rejects": '"at"', "runs": "started"}.get(table, "article_id")
    return f"SELECT * FROM {table} ORDER BY {order}"


def export(store, fmt: str, path: str | Path, *, table: str = "events", include_negated: bool = False) -> int:
    """Write stored data to a file.

    Args:
        store: an open Store (read-only is enough).
        fmt: ``parquet``, ``csv`` (with a header), ``jsonl`` or ``gdelt`` (events only; see the module doc).
        path: the output file (overwritten).
        table: which table for parquet, csv and jsonl (default ``events``, with article columns).
        include_negated: gdelt only: keep negated events too.

    Returns:
        The number of rows written.

    Raises:
        ConfigError: an unknown format or table, or gdelt asked for another table than events.
        StorageError: the database could not be read or the file not written.
    """
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if table not in TABLES:
        raise ConfigError(f"unknown table {table!r}; use one of {', '.join(TABLES)}")
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StorageError(f"cannot create the directory of {path}: {e}") from e
    if fmt == "gdelt":
        if table != "events":
            raise ConfigError("the gdelt format holds events only; leave out --table")
        n = 0
        try:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                for row in gdelt_rows(store, include_negated=include_negated):
                    f.write("\t".join(row) + "\n")
                    n += 1
        except OSError as e:
            raise StorageError(f"cannot write {path}: {e}") from e
        return n
    options = {"parquet": "FORMAT parquet", "csv": "FORMAT csv, HEADER true", "jsonl": "FORMAT json"}[fmt]
    import duckdb
    cur = store.con.cursor()
    try:
        res = cur.execute(f"COPY ({_select(table)}) TO {_sql_string(str(path))} ({options})").fetchone()
    except duckdb.Error as e:
        raise StorageError(f"cannot export {table} from {store.path} to {path}: {e}") from e
    finally:
        cur.close()
    return int(res[0]) if res else 0


# --------------------------------------------------------------------------------------------- GDELT
def _event_id(article_id: str, event_id: str) -> str:
    return str(int(hashlib.sha1(f"{article_id}\n{event_id}".encode()).hexdigest()[:15], 16))


def _clean(v: Any) -> str:
    if v is None:
        return ""
    return str(v).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _iso3(code: str | None) -> bool:
    if not code or len(code) != 3 or not code.isalpha():
        return False
    try:
        import pycountry
        return pycountry.countries.get(alpha_3=code) is not None or code in ("XKX",)
    except ImportError:  # pragma: no cover - pycountry is a dependency
        return True


def _actor(code: str | None, name: str | None, country: str | None, sector: str | None) -> list[str]:
    iso = country if _iso3(country) else None
    group = country if country and not iso else None
    return [_clean(code), _clean(name.upper() if name else None), _clean(iso), _clean(group), "", "", "",
            _clean(sector), "", ""]


_GEO_EMPTY = ["0", "", "", "", "", "", "", ""]


def gdelt_rows(store, *, include_negated: bool = False):
    """Events as GDELT 2.0 rows: lists of 61 strings (see the module doc).

    Raises:
        StorageError: the database could not be read.
    """
    import duckdb
    cur = store.con.cursor()
    try:
        cols = {r[0] for r in cur.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'events' "
            "AND table_schema = current_schema()").fetchall()}
        counts = ", ".join(f"e.{c}" if c in cols else f"NULL AS {c}"
                           for c in ("num_mentions", "num_sources", "num_articles"))
        sql = (f"""SELECT e.article_id, e.event_id, coalesce(e.date, a.date) AS d, e.type, e.mode, e.negated,
                   e.source_code, e.source_name, e.source_country, e.source_sector,
                   e.target_code, e.target_name, e.target_country, e.target_sector,
                   e.in_, e.start, e.goldstein, a.tone, a.coded_at, a.url,
                   strpos(ltrim(a.text, chr(10) || ' '), chr(10) || chr(10)) AS first_break,
                   length(a.text) - length(ltrim(a.text, chr(10) || ' ')) AS lead, {counts}
               FROM events e JOIN articles a ON a.id = e.article_id
               WHERE coalesce(e.date, a.date) IS NOT NULL {'' if include_negated else 'AND NOT coalesce(e.negated, false)'}
               ORDER BY d, e.article_id, e.idx""")
        cur.execute(sql)
        names = [d[0] for d in cur.description]
        while True:
            batch = cur.fetchmany(2000)
            if not batch:
                break
            for values in batch:
                yield _gdelt_row(dict(zip(names, values)))
    except duckdb.Error as e:
        raise StorageError(f"cannot read events from {store.path}: {e}") from e
    finally:
        cur.close()


def _gdelt_row(r: dict[str, Any]) -> list[str]:
    d: dt.date = r["d"]
    code = cameo_code(r["type"], r["mode"])
    days = (dt.date(d.year, 12, 31) - dt.date(d.year, 1, 1)).days + 1
    first_par_end = (r["lead"] + r["first_break"] - 1) if r["first_break"] else None
    root = r["in_"] == "title" or first_par_end is None or (r["start"] is not None and r["start"] < first_par_end)
    added = r["coded_at"].strftime("%Y%m%d%H%M%S") if r["coded_at"] else d.strftime("%Y%m%d000000")
    row = [
        _event_id(r["article_id"], r["event_id"]), d.strftime("%Y%m%d"), d.strftime("%Y%m"), str(d.year),
        f"{d.year + (d.timetuple().tm_yday - 1) / days:.4f}",
        *_actor(r["source_code"], r["source_name"], r["source_country"], r["source_sector"]),
        *_actor(r["target_code"], r["target_name"], r["target_country"], r["target_sector"]),
        "1" if root else "0", code, code[:3], code[:2], str(quad_of_root(code[:2])),
        f"{(r['goldstein'] or 0.0):.1f}",
        str(r["num_mentions"] or 1), str(r["num_sources"] or 1), str(r["num_articles"] or 1),
        f"{(r['tone'] or 0.0):.4f}",
        *_GEO_EMPTY, *_GEO_EMPTY, *_GEO_EMPTY,
        added, _clean(r["url"]),
    ]
    assert len(row) == 61, len(row)
    return row
