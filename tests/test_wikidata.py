"""`newscoder actors refresh-wikidata` and newscoder.wikidata, offline.

No test here reaches the network: an autouse fixture makes every socket connection and ``urlopen``
fail, and the tests stand in for ``fetch_sparql`` or ``urlopen``. The answer is
``tests/data/wikidata_heads.json``, written by hand in the shape of a Wikidata Query Service JSON answer
to ``build_query()`` (one binding per alias, the same Trudeau statement twice, Trump's two terms). Its
names, dates and the QIDs of Macron (Q3052772), Trudeau (Q3099714), Trump (Q22686), Biden (Q6279) and of
the countries are real; the QIDs given to Carney, Starmer and Sunak could not be checked without a network
and serve only as identifiers: re-record the fixture from the live endpoint to replace them.
"""
from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
import socket
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from newscoder import wikidata
from newscoder.actors.dictionary import ACTOR_COLUMNS, ActorDictionary
from newscoder.cli import main
from newscoder.errors import ConfigError, DataError, WikidataError

FIXTURE = Path(__file__).resolve().parent / "data" / "wikidata_heads.json"
REPO = Path(__file__).resolve().parent.parent


def _row(key, name, aliases, country, role, office, title, start, end, qid):
    return {"key": key, "name": name, "kind": "person", "aliases": aliases, "surname": "", "country": country,
            "sector": "GOV", "code": "", "role": role, "office": office, "title": title, "start": start,
            "end": end, "source": "wikidata", "note": qid}


HOG, HOS = ("head of government", "head_of_government"), ("head of state", "head_of_state")
EXPECTED = [
    _row("person:justin-trudeau", "Justin Trudeau", "Justin Pierre James Trudeau", "CAN", *HOG, "prime minister",
         "2015-11-04", "2025-03-14", "Q3099714"),
    _row("person:mark-carney", "Mark Carney", "Mark Joseph Carney", "CAN", *HOG, "prime minister",
         "2025-03-14", "", "Q6767846"),
    _row("person:emmanuel-macron", "Emmanuel Macron", "Emmanuel Jean-Michel Frédéric Macron", "FRA", *HOS,
         "president", "2017-05-14", "", "Q3052772"),
    _row("person:rishi-sunak", "Rishi Sunak", "", "GBR", *HOG, "prime minister", "2022-10-25", "2024-07-05",
         "Q7335163"),
    _row("person:keir-starmer", "Keir Starmer", "Keir Rodney Starmer|Sir Keir Starmer", "GBR", *HOG,
         "prime minister", "2024-07-05", "", "Q6383296"),
    _row("person:donald-trump", "Donald Trump", "Donald John Trump", "USA", *HOS, "president", "2017-01-20",
         "2021-01-20", "Q22686"),
    _row("person:joe-biden", "Joe Biden", "Joseph Robinette Biden Jr.", "USA", *HOS, "president", "2021-01-20",
         "2025-01-20", "Q6279"),
    _row("person:donald-trump", "Donald Trump", "Donald John Trump", "USA", *HOS, "president", "2025-01-20", "",
         "Q22686"),
]


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Every connection attempt fails loudly: these tests never reach the network."""
    def refuse(*a, **k):
        raise AssertionError("a test tried to reach the network")
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)


@pytest.fixture
def answer():
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def test_the_fixture_has_the_shape_of_a_sparql_json_answer(answer):
    assert set(answer) == {"head", "results"}
    assert "personLabel" in answer["head"]["vars"]
    for b in answer["results"]["bindings"]:
        assert set(b) <= set(answer["head"]["vars"])
        assert all(v["type"] in ("uri", "literal") and isinstance(v["value"], str) for v in b.values())
        assert b["personLabel"]["xml:lang"] == "en"


def test_rows_come_out_exactly_as_expected(answer):
    rows = wikidata.rows_from_sparql(answer, since="2015-01-01")
    assert rows == EXPECTED
    assert list(rows[0]) == list(ACTOR_COLUMNS)  # the actor table's columns, in its order


def test_since_drops_terms_that_ended_before_it(answer):
    rows = wikidata.rows_from_sparql(answer, since="2021-01-20")  # end is exclusive: Trump's first term is out
    assert [(r["name"], r["start"]) for r in rows if r["country"] == "USA"] == [
        ("Joe Biden", "2021-01-20"), ("Donald Trump", "2025-01-20")]


def test_unusable_bindings_are_left_out_and_names_shared_by_two_people_get_their_qid():
    E = "http://www.wikidata.org/entity/"

    def b(qid, label, start, end=None, iso3="XXA"):
        r = {"iso3": {"type": "literal", "value": iso3}, "prop": {"type": "literal", "value": "P35"},
             "person": {"type": "uri", "value": E + qid},
             "personLabel": {"xml:lang": "en", "type": "literal", "value": label},
             "start": {"type": "literal", "value": start}}
        if end:
            r["end"] = {"type": "literal", "value": end}
        return r
    bindings = [
        b("Q1001", "Jane Doe", "2016-01-01T00:00:00Z"),
        b("Q1002", "Jane Doe", "2018-01-01T00:00:00Z", iso3="XXB"),
        b("Q1003", "Unknown End", "2016-01-01T00:00:00Z", "http://www.wikidata.org/.well-known/genid/abc"),
        b("Q1004", "Backwards", "2019-01-01T00:00:00Z", "2018-01-01T00:00:00Z"),
        b("Q1005", "No Code", "2016-01-01T00:00:00Z", iso3=""),
        {"person": {"type": "uri", "value": E + "Q1006"}},
    ]
    rows = wikidata.rows_from_sparql({"head": {"vars": []}, "results": {"bindings": bindings}})
    assert [(r["key"], r["country"]) for r in rows] == [("person:jane-doe-q1001", "XXA"),
                                                         ("person:jane-doe-q1002", "XXB")]


@pytest.mark.parametrize("bad", [{}, {"results": {}}, {"results": {"bindings": "x"}}, []])
def test_an_answer_that_is_not_sparql_json_is_a_wikidata_error(bad):
    with pytest.raises(WikidataError, match="not a SPARQL JSON result"):
        wikidata.rows_from_sparql(bad)


def test_the_query_asks_for_the_properties_used():
    q = wikidata.build_query(["can", "GBR"], since=dt.date(2020, 1, 1))
    for term in ("p:P35", "ps:P35", "p:P6", "ps:P6", "wd:Q6256", "wd:Q3624078", "wdt:P298", "pq:P580",
                 "pq:P582", "wdt:P1906", "wdt:P1313", "skos:altLabel", "rdfs:label", 'LANG(?alias) = "en"',
                 "wikibase:DeprecatedRank", "wd:Q5"):
        assert term in q, term
    assert 'VALUES ?iso3 { "CAN" "GBR" }' in q
    assert '"2020-01-01T00:00:00Z"^^xsd:dateTime' in q
    assert "VALUES ?iso3" not in wikidata.build_query()  # no --country: every country


@pytest.mark.parametrize("countries, since", [(["CA"], "2015-01-01"), (['CAN" } ?x ?y ?z {'], "2015-01-01"),
                                              (None, "2015-13-01")])
def test_bad_countries_and_dates_are_config_errors(countries, since):
    with pytest.raises(ConfigError):
        wikidata.build_query(countries, since)


def _write(tmp_path, answer) -> Path:
    path = tmp_path / "heads.csv"
    wikidata.write_csv(wikidata.rows_from_sparql(answer), path)
    return path


def test_the_csv_loads_as_a_user_actor_file_and_resolves_by_date(tmp_path, answer):
    path = _write(tmp_path, answer)
    with path.open(encoding="utf-8", newline="") as f:
        assert next(csv.reader(f)) == list(ACTOR_COLUMNS)
    d = ActorDictionary.load(extra=[path], cache=False)
    sunak = d.get("person:rishi-sunak")  # a shipped key: the Wikidata roles join the shipped entry
    assert any(r.source == "wikidata" and r.start == dt.date(2022, 10, 25) for r in sunak.roles)
    assert d.leader("GBR", "head_of_government", dt.date(2023, 1, 1)).name == "Rishi Sunak"
    assert d.leader("GBR", "head_of_government", dt.date(2025, 1, 1)).name == "Keir Starmer"


def test_the_csv_alone_decides_who_held_office_on_a_date(tmp_path, answer):
    """With empty shipped tables, only the Wikidata rows can answer: resolution comes from them."""
    data = tmp_path / "data"
    data.mkdir()
    for name in ("countries.csv", "igos.csv", "metonyms.csv", "titles.csv"):
        (data / name).write_text("")
    for name in ("people.csv.gz", "organizations.csv.gz", "places.csv.gz"):
        (data / name).write_bytes(gzip.compress(b""))
    d = ActorDictionary.load(extra=[_write(tmp_path, answer)], data_dir=data, cache=False)
    day = dt.date.fromisoformat
    assert d.leader("GBR", "head_of_government", day("2023-01-01")).name == "Rishi Sunak"
    assert d.leader("GBR", "head_of_government", day("2025-01-01")).name == "Keir Starmer"
    assert d.leader("GBR", "head_of_government", day("2024-07-05")).name == "Keir Starmer"  # end is exclusive
    assert d.leader("CAN", "head_of_government", day("2025-03-13")).name == "Justin Trudeau"
    assert d.leader("CAN", "head_of_government", day("2025-03-14")).name == "Mark Carney"
    assert d.leader("USA", "head_of_state", day("2019-06-01")).name == "Donald Trump"
    assert d.leader("USA", "head_of_state", day("2022-06-01")).name == "Joe Biden"
    assert d.leader("GBR", "head_of_government", day("2015-06-01")) is None  # not in the file
    starmer = d.lookup("Sir Keir Starmer")[0]
    assert d.resolve(starmer, day("2025-01-01")).code == "GBRGOV"
    assert d.resolve(starmer, day("2025-01-01")).role == "head of government"
    assert d.lookup("Keir Rodney Starmer")[0].key == "person:keir-starmer"


# ---------------------------------------------------------------------------------------------------
# fetch_sparql, with urlopen stood in
# ---------------------------------------------------------------------------------------------------
class _Answer(io.BytesIO):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def test_fetch_sends_one_get_with_a_user_agent_and_the_timeout(monkeypatch, answer):
    seen = {}

    def fake_urlopen(req, timeout=None):
        seen["url"], seen["timeout"] = req.full_url, timeout
        seen["headers"] = {k.lower(): v for k, v in req.header_items()}
        seen["method"] = req.get_method()
        return _Answer(json.dumps(answer).encode())
    monkeypatch.setattr(urllib.request, "urlopen", fake_urlopen)
    query = wikidata.build_query(["GBR"])
    assert wikidata.fetch_sparql(query, timeout=12.5) == answer
    parts = urllib.parse.urlsplit(seen["url"])
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == "https://query.wikidata.org/sparql"
    params = urllib.parse.parse_qs(parts.query)
    assert params["query"] == [query] and params["format"] == ["json"]
    assert seen["method"] == "GET" and seen["timeout"] == 12.5
    agent = seen["headers"]["user-agent"]
    assert agent.startswith("newscoder/") and "refresh-wikidata" in agent
    assert "sparql-results+json" in seen["headers"]["accept"]


@pytest.mark.parametrize("exc, words", [
    (urllib.error.URLError(socket.gaierror(-3, "Temporary failure in name resolution")),
     ["cannot reach the Wikidata endpoint https://query.wikidata.org/sparql", "no network?", "copy the CSV"]),
    (urllib.error.URLError(TimeoutError("timed out")), ["no answer from https://query.wikidata.org/sparql within 5 s"]),
    (TimeoutError("The read operation timed out"), ["no answer from", "--timeout"]),
    (urllib.error.HTTPError("https://query.wikidata.org/sparql", 429, "Too Many Requests", {}, None),
     ["HTTP 429 Too Many Requests", "wait a minute"]),
    (ConnectionResetError(104, "Connection reset by peer"), ["ConnectionResetError", "no network?"]),
])
def test_fetch_failures_are_wikidata_errors_saying_what_to_do(monkeypatch, exc, words):
    def fail(req, timeout=None):
        raise exc
    monkeypatch.setattr(urllib.request, "urlopen", fail)
    with pytest.raises(WikidataError) as info:
        wikidata.fetch_sparql("SELECT * WHERE {}", timeout=5)
    assert isinstance(info.value, DataError)
    for w in words:
        assert w in str(info.value)


def test_an_answer_that_is_not_json_is_a_wikidata_error(monkeypatch):
    monkeypatch.setattr(urllib.request, "urlopen", lambda req, timeout=None: _Answer(b"<html>maintenance</html>"))
    with pytest.raises(WikidataError, match="not JSON"):
        wikidata.fetch_sparql("SELECT * WHERE {}")


@pytest.mark.parametrize("endpoint", ["file:///etc/passwd", "ftp://example.org/sparql", "query.wikidata.org/sparql",
                                      "https:///sparql"])
def test_only_http_and_https_endpoints(endpoint):
    with pytest.raises(ConfigError, match="not an http:// or https:// URL"):
        wikidata.fetch_sparql("SELECT * WHERE {}", endpoint=endpoint)


# ---------------------------------------------------------------------------------------------------
# The command
# ---------------------------------------------------------------------------------------------------
def test_the_command_writes_the_file(monkeypatch, tmp_path, answer):
    calls = []

    def fake_fetch(query, endpoint=wikidata.ENDPOINT, timeout=wikidata.DEFAULT_TIMEOUT):
        calls.append((query, endpoint, timeout))
        return answer
    monkeypatch.setattr(wikidata, "fetch_sparql", fake_fetch)
    out = tmp_path / "leaders.csv"
    res = CliRunner().invoke(main, ["actors", "refresh-wikidata", "-o", str(out), "--country", "gbr",
                                    "--country", "CAN", "--since", "2016-01-01", "--endpoint",
                                    "http://localhost:9999/sparql", "--timeout", "30"])
    assert res.exit_code == 0, res.output
    assert "wrote 8 roles of 7 people in 4 countries to" in res.stderr
    (query, endpoint, timeout), = calls
    assert 'VALUES ?iso3 { "CAN" "GBR" }' in query and '"2016-01-01T00:00:00Z"' in query
    assert endpoint == "http://localhost:9999/sparql" and timeout == 30
    with out.open(encoding="utf-8", newline="") as f:
        assert list(csv.DictReader(f)) == EXPECTED
    assert ActorDictionary.load(extra=[out], cache=False).leader(
        "GBR", "head_of_government", dt.date(2023, 1, 1)).name == "Rishi Sunak"


def test_code_accepts_the_file(monkeypatch, tmp_path, answer):
    monkeypatch.setattr(wikidata, "fetch_sparql", lambda *a, **k: answer)
    out = tmp_path / "leaders.csv"
    assert CliRunner().invoke(main, ["actors", "refresh-wikidata", "-o", str(out)]).exit_code == 0
    res = CliRunner().invoke(main, ["code", "-", "--no-db", "--no-progress", "--format", "jsonl", "--actors", str(out)],
                             input=" date 2023-01-10 Sunak meets Macron\nSunak met Macron in Paris on Tuesday.\n")
    assert res.exit_code == 0, res.output
    actors = {a["name"]: a for a in json.loads(res.stdout)["actors"]}
    assert actors["Rishi Sunak"]["code"] == "GBRGOV" and actors["Emmanuel Macron"]["code"] == "FRAGOV"


def test_a_network_failure_is_one_clean_error_line_and_exit_status_1(monkeypatch, tmp_path):
    def fail(req, timeout=None):
        raise urllib.error.URLError(socket.gaierror(-3, "Temporary failure in name resolution"))
    monkeypatch.setattr(urllib.request, "urlopen", fail)
    out = tmp_path / "leaders.csv"
    out.write_text("kept\n")
    res = CliRunner().invoke(main, ["actors", "refresh-wikidata", "-o", str(out)])
    assert res.exit_code == 1
    assert res.stderr.startswith("Error: cannot reach the Wikidata endpoint https://query.wikidata.org/sparql")
    assert "no network?" in res.stderr and "Traceback" not in res.output
    assert out.read_text() == "kept\n"  # a failed refresh leaves the old file alone
    assert [p.name for p in tmp_path.iterdir()] == ["leaders.csv"]  # and no temporary file behind


def test_a_network_failure_in_a_real_process_prints_no_traceback(tmp_path):
    """The installed entry point, in its own process, with urlopen failing as it does offline."""
    code = ("import socket, sys, urllib.error, urllib.request\n"
            "def fail(req, timeout=None):\n"
            "    raise urllib.error.URLError(socket.gaierror(-2, 'Name or service not known'))\n"
            "urllib.request.urlopen = fail\n"
            "socket.create_connection = fail\n"
            "from newscoder.cli import main\n"
            "sys.argv = ['newscoder', 'actors', 'refresh-wikidata', '-o', sys.argv[1]]\n"
            "main()\n")
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path / "x.csv")], capture_output=True, text=True,
                          timeout=120, cwd=REPO)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines() == [
        "Error: cannot reach the Wikidata endpoint https://query.wikidata.org/sparql: [Errno -2] Name or service "
        "not known; no network? run `newscoder actors refresh-wikidata` on a machine with internet access and "
        "copy the CSV here, then pass it with --actors"]
    assert not (tmp_path / "x.csv").exists()


def test_usage_errors(tmp_path):
    run = CliRunner().invoke
    assert run(main, ["actors", "refresh-wikidata"]).exit_code == 2  # -o is required
    res = run(main, ["actors", "refresh-wikidata", "-o", str(tmp_path / "x.txt")])
    assert res.exit_code == 2 and "must end in .csv" in res.output
    res = run(main, ["actors", "refresh-wikidata", "-o", str(tmp_path / "x.csv"), "--since", "2015-02-30"])
    assert res.exit_code == 2 and "use YYYY-MM-DD" in res.output
    res = run(main, ["actors", "refresh-wikidata", "-o", str(tmp_path / "x.csv"), "--country", "Canada"])
    assert res.exit_code == 1 and "not an ISO 3166-1 alpha-3 code" in res.stderr
    res = run(main, ["actors", "refresh-wikidata", "-o", str(tmp_path / "x.csv"), "--endpoint", "file:///etc/passwd"])
    assert res.exit_code == 1 and "not an http:// or https:// URL" in res.stderr
    assert not (tmp_path / "x.csv").exists()


def test_no_rows_writes_nothing(monkeypatch, tmp_path):
    monkeypatch.setattr(wikidata, "fetch_sparql", lambda *a, **k: {"head": {"vars": []}, "results": {"bindings": []}})
    res = CliRunner().invoke(main, ["actors", "refresh-wikidata", "-o", str(tmp_path / "x.csv"), "--country", "XXX"])
    assert res.exit_code == 1 and "returned no heads of state or government for XXX" in res.stderr
    assert not (tmp_path / "x.csv").exists()
