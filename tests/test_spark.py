"""Coding on Spark (newscoder.spark) in local mode gives the events of a single-machine run.

Skipped, with the reason, when pyspark or a Java runtime is missing, or ../shared is absent.
One Spark session (local[2]) for the module; about a minute on two cores.
"""
from __future__ import annotations

import gzip
import itertools
import shutil
import subprocess

import pytest

from conftest import REUTERS, need

N = 200


def _java_ok() -> str | None:
    java = shutil.which("java")
    if java is None:
        return "no java on PATH: Spark needs a Java 17+ runtime (apt-get install openjdk-17-jre-headless)"
    try:
        p = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"java -version failed: {exc}"
    if p.returncode != 0:
        return f"java -version failed: {p.stderr.strip()[:200]}"
    return None


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'newscoder[spark]')")
    why = _java_ok()
    if why:
        pytest.skip(why)
    from newscoder.spark import _session
    s = _session("local[2]", app="newscoder-tests")
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def reuters_jsonl(tmp_path_factory):
    path = tmp_path_factory.mktemp("spark") / "reuters200.jsonl"
    with gzip.open(need(REUTERS), "rt", encoding="utf-8") as f, open(path, "w", encoding="utf-8") as out:
        out.writelines(itertools.islice(f, N))
    return path


def _event_key(article_id, e):
    src = e["source"]["code"] if e.get("source") else None
    tgt = e["target"]["code"] if e.get("target") else None
    return (article_id, e["type"], src, tgt, e["date"], e["trigger_start"], e["trigger_end"], e.get("in", "text"))


@pytest.fixture(scope="module")
def coded(spark, reuters_jsonl, tmp_path_factory):
    from newscoder.spark import run_spark
    out = tmp_path_factory.mktemp("spark-out")
    counts = run_spark(reuters_jsonl, out, spark=spark, partitions=4)
    return out, counts


def test_spark_events_equal_single_machine_events(coded, reuters_jsonl, coder):
    import pyarrow.parquet as pq

    from newscoder.ingest import read_inputs
    from newscoder.records import CodedArticle

    out, counts = coded
    local = [r for r in coder.code_many(read_inputs([str(reuters_jsonl)])) if isinstance(r, CodedArticle)]
    want = sorted((_event_key(r.article.id, e) for r in local for e in (x.to_dict() for x in r.events)),
                  key=repr)
    rows = pq.read_table(out / "events").to_pylist()
    got = sorted(((r["article_id"], r["type"], r["source_code"], r["target_code"],
                   r["date"].isoformat() if r["date"] else None, r["trigger_start"], r["trigger_end"], r["in_"])
                  for r in rows), key=repr)
    assert len(want) > 20  # 200 Reuters stories carry events: the comparison means something
    assert got == want
    assert counts["articles"] == len(local) and counts["events"] == len(want) and counts["rejects"] == 0


def test_spark_tables_and_nested_records(coded):
    import pyarrow.parquet as pq

    out, counts = coded
    records = pq.read_table(out / "records").to_pylist()
    assert len(records) == N and all(r["error"] is None and r["contract"] == 1 for r in records)
    for name in ("articles", "actors", "events", "quotes", "dates", "amounts", "rejects"):
        assert pq.read_table(out / name).num_rows == counts[name]
    art = {r["id"]: r for r in records}
    events = pq.read_table(out / "events").to_pylist()
    assert set(pq.read_table(out / "events").column_names) >= {
        "article_id", "event_id", "idx", "type", "source_code", "target_code", "date", "trigger", "trigger_start",
        "trigger_end", "sentence", "start", "end", "in_", "goldstein", "rule"}
    for e in events:  # offsets still slice the original text
        field = art[e["article_id"]]["title" if e["in_"] == "title" else "text"]
        assert field[e["start"]:e["end"]] == e["sentence"]
        assert field[e["trigger_start"]:e["trigger_end"]].lower().startswith(e["trigger"].split()[0].lower()[:3])
    actors = pq.read_table(out / "actors").to_pylist()
    for a in actors[:50]:
        field_of = art[a["article_id"]]
        for m in a["mentions"]:
            assert field_of["title" if m["in"] == "title" else "text"][m["start"]:m["end"]] == m["text"]


def test_code_spark_df_reads_columns_and_reports_rejects(spark):
    from pyspark.sql import Row

    from newscoder.spark import code_spark_df, split_tables

    df = spark.createDataFrame([
        Row(id="a1", date="2025-03-28", title="", body="Canada imposed tariffs on US steel on Thursday."),
        Row(id="a2", date="2025-03-28", title="", body=""),  # neither text nor title: a reject
    ])
    records = code_spark_df(df).collect()
    by_id = {r["id"]: r for r in records}
    assert by_id["a1"]["error"] is None
    assert [e["type"] for e in by_id["a1"]["events"]] == ["SANCTION"]
    assert by_id["a2"]["error"] and "neither text nor title" in by_id["a2"]["error"]
    tables = split_tables(code_spark_df(df))
    assert tables["rejects"].count() == 1 and tables["articles"].count() == 1


def test_code_spark_df_refuses_a_frame_without_article_columns(spark):
    from newscoder.errors import ConfigError
    from newscoder.spark import code_spark_df

    with pytest.raises(ConfigError, match="needs columns"):
        code_spark_df(spark.createDataFrame([(1, 2)], ["a", "b"]))


def test_spark_command_is_a_click_command():
    from click.testing import CliRunner

    from newscoder.cli_scale import spark as spark_cmd
    res = CliRunner().invoke(spark_cmd, ["--help"])
    assert res.exit_code == 0 and "--master" in res.output and "Parquet" in res.output
