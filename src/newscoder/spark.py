"""Code articles on Apache Spark: one partition at a time, one coder per Python worker process.

    from newscoder.spark import run_spark
    run_spark("articles.jsonl.gz", "out/", master="local[2]")      # or spark-submit on a cluster

    from newscoder.spark import code_spark_df, split_tables
    records = code_spark_df(df)                  # one row per article: the output contract, nested
    tables = split_tables(records)               # {"articles": df, "actors": df, "events": df, ...}

Input columns (any subset; extra columns are ignored): ``id, date, title, text`` (or ``body``), ``url,
source`` -- or a single string column ``value`` holding one JSON record per row (what
``spark.read.text`` gives for JSON Lines). Each row becomes an :class:`~newscoder.records.Article`
exactly as ``newscoder code`` reads a JSON Lines record (same id, date and validation), so the events
are the same as a single-machine run's.

Coding runs in ``mapInArrow``: every Python worker loads the spaCy pipeline, the actor dictionary and
the lexicon once (a module-level cache, kept while Spark reuses the worker, its default) and codes its
partition in parsing batches. The coded records are written once (``records/``, nested, one row per
article with the contract's field names) and the flat tables are cut from that copy, so no article is
coded twice:

========== ===================================================================================
records    id, date, title, source, url, text, origin, actors, events, quotes, dates, amounts,
           tone, warnings, contract, error (nested: the output contract, ``in`` on every span)
articles   id, date, title, source, url, text, origin, tone, tone_positive, tone_negative,
           tone_polarity, tone_words, warnings, contract
actors     article_id, actor_id, idx, name, kind, code, country, sector, role, wikidata, mentions
events     article_id, event_id, idx, type, mode, context, source_{actor,name,code,country,sector,text},
           target_..., date, date_text, negated, modality, quantities, trigger, trigger_start,
           trigger_end, sentence, start, end, in_, goldstein, tone, confidence, rule
quotes     article_id, quote_id, text, start, end, speaker_{actor,name,country,text}, cue, partial, in_
dates      article_id, idx, text, value, granularity, start, end, in_
amounts    article_id, idx, text, value, unit, object, start, end, in_
rejects    origin, reason, article_id
========== ===================================================================================

The flat tables use the column names of the DuckDB store (``newscoder.store.schema``), so they can be
queried side by side with a database written by ``newscoder code``. See docs/spark.md for clusters.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
import warnings
from pathlib import Path
from typing import Any, Iterator

from newscoder.errors import ConfigError

__all__ = ["code_spark_df", "split_tables", "run_spark", "read_input", "records_schema", "TABLES"]

TABLES = ("articles", "actors", "events", "quotes", "dates", "amounts", "rejects")
_CHUNK = 64  # articles per output Arrow batch
_CODERS: dict[Any, Any] = {}  # Options -> Coder, one per Python worker process


def _require_pyspark():
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ConfigError("newscoder spark needs pyspark and Java 17+: pip install 'newscoder[spark]' "
                          "(pyspark==4.3.0) and install a JDK (e.g. apt-get install openjdk-17-jre-headless)") from exc


# -------------------------------------------------------------------------------------------- schema
_SPAN = "start INT, `end` INT, `in` STRING"
_PARTY = "STRUCT<actor: STRING, name: STRING, code: STRING, country: STRING, sector: STRING, text: STRING>"
_RECORDS_DDL = ", ".join([
    "id STRING", "date DATE", "title STRING", "source STRING", "url STRING", "text STRING", "origin STRING",
    "actors ARRAY<STRUCT<id: STRING, name: STRING, kind: STRING, code: STRING, country: STRING, sector: STRING, "
    "role: STRING, wikidata: STRING, mentions: ARRAY<STRUCT<text: STRING, start: INT, `end`: INT, `in`: STRING>>>>",
    "events ARRAY<STRUCT<id: STRING, type: STRING, mode: STRING, context: ARRAY<STRING>, "
    f"source: {_PARTY}, target: {_PARTY}, date: DATE, date_text: STRING, negated: BOOLEAN, modality: STRING, "
    "quantities: ARRAY<STRUCT<text: STRING, value: DOUBLE, unit: STRING, start: INT, `end`: INT, `in`: STRING>>, "
    "trigger: STRING, trigger_start: INT, trigger_end: INT, sentence: STRING, start: INT, `end`: INT, "
    "`in`: STRING, goldstein: DOUBLE, tone: DOUBLE, confidence: DOUBLE, rule: STRING>>",
    "quotes ARRAY<STRUCT<text: STRING, start: INT, `end`: INT, "
    "speaker: STRUCT<actor: STRING, name: STRING, country: STRING, text: STRING>, cue: STRING, partial: BOOLEAN, "
    "`in`: STRING>>",
    "dates ARRAY<STRUCT<text: STRING, value: DATE, granularity: STRING, start: INT, `end`: INT, `in`: STRING>>",
    "amounts ARRAY<STRUCT<text: STRING, value: DOUBLE, unit: STRING, object: STRING, start: INT, `end`: INT, "
    "`in`: STRING>>",
    "tone STRUCT<tone: DOUBLE, positive: DOUBLE, negative: DOUBLE, polarity: DOUBLE, words: INT>",
    "warnings ARRAY<STRING>", "contract INT", "error STRING",
])


def records_schema():
    """The Spark schema (StructType) of the coded records: the output contract, one row per article."""
    _require_pyspark()
    from pyspark.sql.types import _parse_datatype_string
    return _parse_datatype_string(_RECORDS_DDL)


# -------------------------------------------------------------------------------------------- workers
def _coder(options):
    """The Coder of this Python worker process for ``options`` (built on first use, then reused)."""
    c = _CODERS.get(options)
    if c is None:
        from newscoder.pipeline import Coder
        c = _CODERS[options] = Coder(options)
    return c


def _plain(v: Any) -> Any:
    if isinstance(v, (dt.datetime, dt.date)):
        return v.isoformat()
    if hasattr(v, "isoformat"):  # pandas / numpy timestamps
        return v.isoformat()
    return v


def _to_item(row: dict[str, Any], origin: str):
    """An input row -> Article or Reject, exactly as `newscoder code` reads a JSON Lines record."""
    from newscoder.ingest import _record
    from newscoder.records import Reject

    if "value" in row and len(row) == 1:  # a line of JSON Lines text
        line = row["value"]
        if line is None or not line.strip():
            return None
        try:
            obj = json.loads(line)
        except ValueError as exc:
            return Reject(origin, f"not JSON: {exc}")
    else:
        obj = {k: _plain(v) for k, v in row.items() if v is not None}
    item = _record(obj, origin)
    if getattr(item, "origin", None) is not None and isinstance(obj, dict) and obj.get("id") is not None:
        item.origin = f"{origin}#{obj['id']}"
    return item


def _date(v: str | None) -> dt.date | None:
    return dt.date.fromisoformat(v) if v else None


def _spans(items: list[dict], dates: tuple[str, ...] = ()) -> list[dict]:
    for d in items:
        d.setdefault("in", "text")
        for k in dates:
            d[k] = _date(d.get(k))
    return items


def _record_row(coded) -> dict[str, Any]:
    """One CodedArticle -> one row of the records schema (the contract, dates as dates, ``in`` always)."""
    d = coded.to_dict()
    art = d.pop("article")
    for a in d["actors"]:
        _spans(a["mentions"])
    for e in d["events"]:
        e.setdefault("in", "text")
        e["date"] = _date(e["date"])
        _spans(e["quantities"])
    _spans(d["quotes"])
    _spans(d["dates"], ("value",))
    _spans(d["amounts"])
    return {**art, "date": _date(art["date"]), "origin": coded.article.origin, **d, "error": None}


def _reject_row(rej) -> dict[str, Any]:
    return {"id": rej.article_id, "origin": rej.origin, "error": rej.reason, "actors": [], "events": [],
            "quotes": [], "dates": [], "amounts": [], "warnings": [], "contract": None}


def _code_batches(batches: Iterator[Any], options, arrow_schema, origin: str) -> Iterator[Any]:
    import pyarrow as pa

    from newscoder.records import CodedArticle

    coder = _coder(options)

    def items():
        for batch in batches:
            for row in batch.to_pylist():
                item = _to_item(row, origin)
                if item is not None:
                    yield item

    out: list[dict[str, Any]] = []
    for res in coder.code_many(items()):  # rejects (bad records, failed articles) come out as Reject
        out.append(_record_row(res) if isinstance(res, CodedArticle) else _reject_row(res))
        if len(out) >= _CHUNK:
            yield pa.RecordBatch.from_pylist(out, schema=arrow_schema)
            out = []
    if out:
        yield pa.RecordBatch.from_pylist(out, schema=arrow_schema)


# -------------------------------------------------------------------------------------------- API
def code_spark_df(df, options=None, *, origin: str = "spark"):
    """Code a DataFrame of articles; one output row per input record, the output contract nested.

    Args:
        df: a Spark DataFrame with columns among ``id, date, title, text, body, url, source`` (dates as
            ISO strings, dates or timestamps), or a single string column ``value`` of JSON Lines.
        options: :class:`newscoder.pipeline.Options` (picklable; default options when None).
        origin: the input's name, for rejects (``origin#id``).

    Returns:
        A DataFrame with :func:`records_schema`; rejected records have ``error`` set and empty lists.
        Lazy, like every Spark transformation: persist or write it before using it twice.

    Raises:
        ConfigError: pyspark is missing, or the DataFrame has none of the input columns.
    """
    _require_pyspark()
    from pyspark.sql.pandas.types import to_arrow_schema

    from newscoder.pipeline import Options

    options = options or Options()
    cols = [c for c in df.columns if c in ("id", "date", "title", "text", "body", "url", "source")]
    if cols:
        df = df.select(*[df[c].cast("string") if c == "id" else df[c] for c in cols])
    elif df.columns == ["value"]:
        pass
    else:
        raise ConfigError(f"a DataFrame of articles needs columns among id, date, title, text/body, url, source "
                          f"(or one JSON column 'value'); it has {df.columns}")
    schema = records_schema()
    arrow_schema = to_arrow_schema(schema)

    def code(batches):
        return _code_batches(batches, options, arrow_schema, origin)

    with warnings.catch_warnings():  # pyspark's "pandas >= 3.0.0 not fully supported": mapInArrow uses no pandas
        warnings.filterwarnings("ignore", message=".*PySpark does not yet fully support pandas.*")
        return df.mapInArrow(code, schema)


def split_tables(records) -> dict[str, Any]:
    """Cut coded records (from :func:`code_spark_df`) into flat DataFrames, named as in the DuckDB store."""
    _require_pyspark()
    from pyspark.sql import functions as F

    ok = records.where(F.col("error").isNull())
    tables: dict[str, Any] = {}
    tables["articles"] = ok.select(
        "id", "date", "title", "source", "url", "text", "origin",
        F.col("tone.tone").alias("tone"), F.col("tone.positive").alias("tone_positive"),
        F.col("tone.negative").alias("tone_negative"), F.col("tone.polarity").alias("tone_polarity"),
        F.col("tone.words").alias("tone_words"), "warnings", "contract")

    def exploded(col: str):
        return ok.select(F.col("id").alias("article_id"), F.posexplode(col).alias("idx", "x"))

    a = exploded("actors")
    tables["actors"] = a.select("article_id", F.col("x.id").alias("actor_id"), "idx",
                                *[F.col(f"x.{c}").alias(c) for c in
                                  ("name", "kind", "code", "country", "sector", "role", "wikidata", "mentions")])
    e = exploded("events")
    party = [F.col(f"x.{side}.{c}").alias(f"{side}_{c}") for side in ("source", "target")
             for c in ("actor", "name", "code", "country", "sector", "text")]
    tables["events"] = e.select(
        "article_id", F.col("x.id").alias("event_id"), "idx",
        *[F.col(f"x.{c}").alias(c) for c in ("type", "mode", "context")], *party,
        *[F.col(f"x.{c}").alias(c) for c in ("date", "date_text", "negated", "modality", "quantities", "trigger",
                                              "trigger_start", "trigger_end", "sentence", "start", "end")],
        F.col("x.in").alias("in_"),
        *[F.col(f"x.{c}").alias(c) for c in ("goldstein", "tone", "confidence", "rule")])
    q = exploded("quotes")
    tables["quotes"] = q.select(
        "article_id", F.col("idx").alias("quote_id"), *[F.col(f"x.{c}").alias(c) for c in ("text", "start", "end")],
        *[F.col(f"x.speaker.{c}").alias(f"speaker_{c}") for c in ("actor", "name", "country", "text")],
        F.col("x.cue").alias("cue"), F.col("x.partial").alias("partial"), F.col("x.in").alias("in_"))
    d = exploded("dates")
    tables["dates"] = d.select("article_id", "idx", *[F.col(f"x.{c}").alias(c) for c in
                                                       ("text", "value", "granularity", "start", "end")],
                               F.col("x.in").alias("in_"))
    m = exploded("amounts")
    tables["amounts"] = m.select("article_id", "idx", *[F.col(f"x.{c}").alias(c) for c in
                                                         ("text", "value", "unit", "object", "start", "end")],
                                 F.col("x.in").alias("in_"))
    tables["rejects"] = records.where(F.col("error").isNotNull()).select(
        "origin", F.col("error").alias("reason"), F.col("id").alias("article_id"))
    return tables


def read_input(spark, input_path: str | Path, *, partitions: int | None = None):
    """Read articles for :func:`code_spark_df`: Parquet (a file or folder of ``*.parquet``) or JSON Lines.

    JSON Lines (``.jsonl``, ``.json``, ``.ndjson``, also gzipped, or a folder of them) is read as text, one
    record per line, so each record is validated exactly as ``newscoder code`` validates it. A gzip file is
    one partition when read; the rows are then spread over ``partitions`` (default: 4 x the default
    parallelism) so every core codes.
    """
    p = str(input_path)
    name = Path(p).name.lower()
    is_parquet = name.endswith(".parquet") or (Path(p).is_dir() and any(Path(p).glob("*.parquet")))
    df = spark.read.parquet(p) if is_parquet else spark.read.text(p)
    n = partitions or 4 * spark.sparkContext.defaultParallelism
    return df.repartition(n)


def _session(master: str | None, app: str = "newscoder"):
    from pyspark.sql import SparkSession

    warnings.filterwarnings("ignore", message=".*PySpark does not yet fully support pandas.*")
    b = SparkSession.builder.appName(app)
    if master:
        b = b.master(master)
    if (master or "").startswith("local"):
        # the workers must run this interpreter (the one with newscoder and the spaCy pipeline installed)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
        b = b.config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8")
    return b.getOrCreate()


def run_spark(input_path: str | Path, output_dir: str | Path, master: str | None = "local[2]", *,
              options=None, partitions: int | None = None, spark=None) -> dict[str, int]:
    """Code ``input_path`` with Spark and write Parquet tables under ``output_dir``.

    Writes ``records/`` (nested, the contract) first, then ``articles/, actors/, events/, quotes/,
    dates/, amounts/, rejects/`` cut from it; existing folders are overwritten.

    Args:
        input_path: JSON Lines (optionally .gz) or Parquet, file or folder; any path Spark reads
            (``hdfs://``, ``s3a://`` with the right connectors).
        output_dir: where the Parquet folders go.
        master: the Spark master (``local[2]``, ``yarn``, ``spark://host:7077``); None keeps what
            spark-submit or an existing session set.
        options: :class:`newscoder.pipeline.Options`.
        partitions: input partitions (default 4 x the default parallelism).
        spark: an existing SparkSession to use (``master`` is then ignored).

    Returns:
        Rows per table written.

    Raises:
        ConfigError: pyspark is missing or the input has none of the article columns.
    """
    _require_pyspark()
    spark = spark or _session(master)
    out = str(output_dir).rstrip("/")
    src = read_input(spark, input_path, partitions=partitions)
    code_spark_df(src, options, origin=Path(str(input_path)).name).write.mode("overwrite").parquet(f"{out}/records")
    records = spark.read.parquet(f"{out}/records")
    counts: dict[str, int] = {}
    for name, df in split_tables(records).items():
        df.write.mode("overwrite").parquet(f"{out}/{name}")
        counts[name] = spark.read.parquet(f"{out}/{name}").count()
    return counts


def main(argv: list[str] | None = None) -> int:
    """``spark-submit .../newscoder/spark.py INPUT OUTPUT [PARTITIONS]``: the master comes from spark-submit."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (2, 3):
        print("usage: spark-submit [spark options] newscoder/spark.py INPUT OUTPUT [PARTITIONS]", file=sys.stderr)
        return 2
    # the importable module, not this file run as __main__: Spark workers must find the functions by name
    # (and keep one coder per worker in that module's cache).
    from newscoder import spark as module
    counts = module.run_spark(args[0], args[1], master=None, partitions=int(args[2]) if len(args) == 3 else None)
    print(json.dumps(counts), file=sys.stderr)
    return 3 if counts.get("rejects") else 0


if __name__ == "__main__":  # pragma: no cover - run by spark-submit
    sys.exit(main())
