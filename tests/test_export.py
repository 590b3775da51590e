"""Exports (issue 5): GDELT 2.0 rows, Parquet/CSV/JSONL round trips, the CAMEO map, frames, plots, CLI."""
from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from test_analysis import coded_db

from newscoder import analysis
from newscoder.errors import ConfigError, DataError
from newscoder.export import GDELT_COLUMNS, cameo_code, export, load_cameo_map, parse_cameo_map, quad_of_root
from newscoder.records import PLOVER_TYPES
from newscoder.scoring import QUAD_CLASS, load_table
from newscoder.store import open_store

# The GDELT 2.0 event table, in order, as the GDELT Event Codebook V2.0 lists it (a reader's list, written
# out here independently of newscoder.export).
GDELT_CODEBOOK = """
GLOBALEVENTID SQLDATE MonthYear Year FractionDate
Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code
Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code
Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code
Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code
IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources
NumArticles AvgTone
Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code
Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID
Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code
Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID
ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code
ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID
DATEADDED SOURCEURL
""".split()


@pytest.fixture(scope="session")
def db_path(tmp_path_factory, coder):
    return coded_db(tmp_path_factory, coder)


@pytest.fixture(scope="module")
def store(db_path):
    with open_store(db_path, read_only=True) as s:
        yield s


def _gdelt(path: Path) -> list[list[str]]:
    return [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


def test_gdelt_column_names_match_the_codebook():
    assert len(GDELT_CODEBOOK) == 61
    assert list(GDELT_COLUMNS) == GDELT_CODEBOOK


def test_gdelt_export_of_the_example(store, tmp_path):
    out = tmp_path / "events.gdelt.tsv"
    n = export(store, "gdelt", out)
    rows = _gdelt(out)
    asserted = [e for e in analysis.events(store, limit=None) if not e["negated"] and e["date"]]
    assert n == len(rows) == len(asserted) > 50
    assert all(len(r) == 61 for r in rows)
    assert not out.read_text().startswith("GLOBALEVENTID")  # no header, like GDELT
    cols = [dict(zip(GDELT_CODEBOOK, r)) for r in rows]
    assert len({c["GLOBALEVENTID"] for c in cols}) == len(cols)
    for c in cols:
        assert c["GLOBALEVENTID"].isdigit()
        assert len(c["SQLDATE"]) == 8 and c["MonthYear"] == c["SQLDATE"][:6] and c["Year"] == c["SQLDATE"][:4]
        assert int(c["Year"]) <= float(c["FractionDate"]) < int(c["Year"]) + 1
        assert c["EventBaseCode"] == c["EventCode"][:3] and c["EventRootCode"] == c["EventCode"][:2]
        assert c["QuadClass"] == str(quad_of_root(c["EventRootCode"]))
        assert -10 <= float(c["GoldsteinScale"]) <= 10
        assert c["NumMentions"] == c["NumSources"] == c["NumArticles"] == "1"
        assert c["IsRootEvent"] in ("0", "1") and c["Actor1Geo_Type"] == c["ActionGeo_Type"] == "0"
        assert len(c["DATEADDED"]) == 14 and c["DATEADDED"].isdigit()
        assert not c["Actor1Name"] or c["Actor1Name"] == c["Actor1Name"].upper()
    # the reference article's Trump-Carney call: CONSULT by telephone = CAMEO 041
    call = [c for c in cols if c["EventCode"] == "041" and {c["Actor1Code"], c["Actor2Code"]} == {"USAGOV", "CANGOV"}]
    assert call and call[0]["SQLDATE"] == "20250328" and call[0]["QuadClass"] == "1"
    tariffs = [c for c in cols if c["EventCode"] == "163"]  # SANCTION economic
    assert tariffs and all(c["QuadClass"] == "4" for c in tariffs)
    # again: the same ids (stable)
    export(store, "gdelt", tmp_path / "again.tsv")
    assert [r[0] for r in _gdelt(tmp_path / "again.tsv")] == [r[0] for r in rows]


def test_gdelt_reads_back_with_a_reader(store, tmp_path):
    pd = pytest.importorskip("pandas")
    out = tmp_path / "e.tsv"
    export(store, "gdelt", out, include_negated=True)
    df = pd.read_csv(out, sep="\t", header=None, names=GDELT_CODEBOOK, dtype=str, keep_default_na=False)
    assert df.shape == (analysis.count_events(store), 61)
    assert set(df.EventRootCode) <= {f"{i:02d}" for i in range(1, 21)}


def test_gdelt_uses_duplicate_counts_when_the_store_has_them(db_path, tmp_path):
    copy = tmp_path / "with-counts.duckdb"
    shutil.copy(db_path, copy)
    with open_store(copy) as s:
        s.con.execute("ALTER TABLE events ADD COLUMN num_articles INTEGER DEFAULT 3")
        s.con.execute("ALTER TABLE events ADD COLUMN num_sources INTEGER DEFAULT 2")
        export(s, "gdelt", tmp_path / "e.tsv")
    cols = [dict(zip(GDELT_CODEBOOK, r)) for r in _gdelt(tmp_path / "e.tsv")]
    assert {(c["NumMentions"], c["NumSources"], c["NumArticles"]) for c in cols} == {("1", "2", "3")}


def test_parquet_round_trip(store, tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    out = tmp_path / "events.parquet"
    n = export(store, "parquet", out)
    df = pd.read_parquet(out)
    events = analysis.events(store, limit=None)
    assert n == len(df) == len(events)
    assert list(df.event_id) == [e["event_id"] for e in events]
    assert list(df.article_id) == [e["article_id"] for e in events]
    assert list(df.type) == [e["type"] for e in events]
    assert [round(g, 3) for g in df.goldstein] == [round(e["goldstein"], 3) for e in events]
    assert list(df.sentence) == [e["sentence"] for e in events]
    assert {"article_date", "article_title", "article_url", "context"} <= set(df.columns)
    quotes = tmp_path / "quotes.parquet"
    assert export(store, "parquet", quotes, table="quotes") == len(pd.read_parquet(quotes)) == \
        len(analysis.quotes(store, limit=None))


def test_csv_and_jsonl(store, tmp_path):
    n = export(store, "csv", tmp_path / "e.csv")
    with open(tmp_path / "e.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert n == len(rows) and rows[0]["event_id"]
    n = export(store, "jsonl", tmp_path / "e.jsonl")
    lines = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert n == len(lines) and isinstance(lines[0]["context"], list) and "article_title" in lines[0]


@pytest.mark.parametrize("fmt, table, message", [("xml", "events", "unknown export format"),
                                                 ("csv", "nope", "unknown table"),
                                                 ("gdelt", "quotes", "events only")])
def test_export_bad_arguments(store, tmp_path, fmt, table, message):
    with pytest.raises(ConfigError, match=message):
        export(store, fmt, tmp_path / "x", table=table)


# -------------------------------------------------------------------------------- the CAMEO map
def test_cameo_map_covers_every_type_and_scored_mode():
    table = load_cameo_map()
    assert {t for t, _ in table} == set(PLOVER_TYPES)
    for (type_, mode), _ in load_table().items():
        code = cameo_code(type_, mode)
        expected = QUAD_CLASS[type_] if (type_, mode) != ("REQUEST", "demand") else 3  # CAMEO 10: demand
        assert quad_of_root(code[:2]) == expected, (type_, mode, code)
    assert cameo_code("SANCTION", "economic") == "163"
    assert cameo_code("THREATEN", "sanction") == "1312"
    assert cameo_code("consult", "no-such-mode") == "040"
    with pytest.raises(ConfigError):
        cameo_code("SMILE")


def test_cameo_codes_are_real_cameo_codes():
    path = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "cameo2plover_2021.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent: the CAMEO code list is in ../shared")
    known = {json.loads(line)["cameo"] for line in path.read_text().splitlines() if line.strip()}
    appeals = {"020", "021", "022", "023", "024", "025", "026", "027", "028"}  # CAMEO 02: not in CAMEO2PLOVER
    assert set(load_cameo_map().values()) <= known | appeals


def test_cameo_map_lists_every_problem():
    bad = "type,mode,cameo,note\nSMILE,,010,x\nAGREE,,3x0,y\nAGREE,,030,z\nAGREE,,031,dup\n"
    with pytest.raises(DataError) as e:
        parse_cameo_map(bad)
    msg = str(e.value)
    assert "unknown PLOVER type 'SMILE'" in msg and "'3x0' is not a CAMEO event code" in msg
    assert "duplicate row for AGREE" in msg and "no default row (empty mode) for CONSULT" in msg


# -------------------------------------------------------------------------------- frames and plots
def test_frames(db_path, store):
    pytest.importorskip("pandas")
    from newscoder.frames import actors_frame, articles_frame, events_frame, quotes_frame
    ev = events_frame(db_path)
    assert len(ev) == analysis.count_events(store) and {"event_date", "article_title", "goldstein"} <= set(ev.columns)
    assert len(quotes_frame(store)) == len(analysis.quotes(store, limit=None))
    arts = articles_frame(db_path)
    assert arts.n_events.sum() == len(ev)
    actors = actors_frame(db_path)
    assert actors.as_source.sum() == ev.source_actor.notna().sum()


def test_plot_dyad(store, tmp_path):
    pytest.importorskip("matplotlib")
    from newscoder.plot import plot_dyad
    out = tmp_path / "usa-can.png"
    n = plot_dyad(store, "USA", "CAN", out, interval="week")
    assert n == analysis.count_events(store, dyad=("USA", "CAN"))
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(ConfigError, match="no events between"):
        plot_dyad(store, "USA", "ATL", tmp_path / "none.png")


def _main():
    """The main group with these commands added (a copy: the real ``main`` is left as it is)."""
    from newscoder.cli import main
    from newscoder.cli_web import COMMANDS
    return type(main)(name="newscoder", commands={**main.commands, **{c.name: c for c in COMMANDS}})


def test_cli_export_and_plot(db_path, tmp_path):
    runner = CliRunner()
    main = _main()
    out = tmp_path / "e.tsv"
    r = runner.invoke(main, ["export", "--format", "gdelt", "--db", str(db_path), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert all(len(x) == 61 for x in _gdelt(out))
    r = runner.invoke(main, ["export", "--format", "gdelt", "--db", str(db_path), "-o", str(out)])
    assert r.exit_code == 2 and "--force" in r.output
    r = runner.invoke(main, ["export", "--format", "parquet", "--db", str(db_path), "-o", str(tmp_path / "e.parquet")])
    assert r.exit_code == 0 and (tmp_path / "e.parquet").stat().st_size > 0
    pytest.importorskip("matplotlib")
    png = tmp_path / "chart.png"
    r = runner.invoke(main, ["plot", "dyad", "USA", "CAN", "--db", str(db_path), "-o", str(png)])
    assert r.exit_code == 0, r.output
    assert png.read_bytes()[:4] == b"\x89PNG"
    r = runner.invoke(main, ["plot", "dyad", "USA", "ATL", "--db", str(db_path), "-o", str(tmp_path / "n.png")])
    assert r.exit_code == 1 and "Error: no events between USA and ATL" in r.output


def test_every_command_has_help_with_an_example():
    for cmd in (_main().commands[n] for n in ("serve", "export", "plot")):
        assert "Example:" in (cmd.help or ""), cmd.name
    assert "Example:" in _main().commands["plot"].commands["dyad"].help
    assert isinstance(_main().commands["plot"], click.Group)
