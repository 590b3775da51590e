"""The read-side library (issue 5): events, dyad timelines, actors, network, articles, quotes.

``coded_db`` builds the database the web, browser and export tests share: the reference article from
../shared, the repo's example, 20 Reuters trade stories and one hostile article (HTML in its text),
coded by the real pipeline. Hand-built records test the arithmetic exactly.
"""
from __future__ import annotations

import datetime as dt
import gzip
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import DEMO, EXAMPLE, REUTERS, need
from newscoder import analysis
from newscoder.errors import ConfigError
from newscoder.records import Actor, Article, CodedArticle, Event, Mention, Party, Quote, Speaker
from newscoder.store import open_store

XSS_ID = "xss-0001"
XSS_TITLE = '<script>alert("xss-title")</script> Tariff <b>row</b> & "quotes"'
XSS_TEXT = ('Canada imposed tariffs on US steel on Thursday. <script>alert("xss-script")</script>\n\n'
            '"We will fight these tariffs <img src=x onerror=alert(\'xss-img\')>," Carney said in Ottawa.\n\n'
            'The United States rejected the move. <svg onload=alert(1)></svg>')

_CACHE: dict[str, Path] = {}


def reuters_articles(n: int = 20) -> list[Article]:
    """The first ``n`` Reuters stories on trade between the US and Canada or Japan (short ones)."""
    out = []
    with gzip.open(need(REUTERS), "rt", encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            if ("trade" in o["topics"] and "usa" in o["places"] and {"canada", "japan"} & set(o["places"])
                    and 300 < len(o["body"]) < 2500):
                out.append(Article(id=f"reuters-{o['id']}", date=dt.date.fromisoformat(o["date"][:10]),
                                   title=o["title"], text=o["body"], source="Reuters"))
                if len(out) >= n:
                    break
    return out


def xss_article() -> Article:
    return Article(id=XSS_ID, date=dt.date(2025, 3, 28), title=XSS_TITLE, text=XSS_TEXT,
                   source="<i>evil</i>", url="javascript:alert('xss-url')")


def coded_db(tmp_path_factory, coder) -> Path:
    """Code the test corpus once per session into a DuckDB file; later calls return the same path."""
    if "db" not in _CACHE:
        from newscoder.ingest import read_inputs
        arts = [a for a in read_inputs([str(need(EXAMPLE)), str(DEMO)]) if isinstance(a, Article)]
        arts += reuters_articles() + [xss_article()]
        results = [r for r in coder.code_many(arts) if isinstance(r, CodedArticle)]
        assert len(results) == len(arts), "every test article codes"
        path = tmp_path_factory.mktemp("web") / "coded.duckdb"
        with open_store(path) as store:
            store.write(results)
        _CACHE["db"] = path
    return _CACHE["db"]


@pytest.fixture(scope="session")
def db_path(tmp_path_factory, coder):
    return coded_db(tmp_path_factory, coder)


@pytest.fixture(scope="module")
def store(db_path):
    with open_store(db_path, read_only=True) as s:
        yield s


# -------------------------------------------------------------------------------- hand-built records
def _event(i: int, type_: str, src: str, tgt: str, day: dt.date, goldstein: float, tone: float = 0.0,
           mode: str | None = None) -> Event:
    return Event(id=f"E{i}", type=type_, mode=mode, context=[], source=Party(src, actor=src, name=src, code=src,
                 country=src), target=Party(tgt, actor=tgt, name=tgt, code=tgt, country=tgt), date=day,
                 date_text=None, negated=False, modality="asserted", trigger="x", sentence="x", start=0, end=1,
                 rule="test", goldstein=goldstein, tone=tone)


@pytest.fixture()
def tiny():
    """Two articles by hand: USA and CAN, events on known days (Mon 2025-03-03 ... Mon 2025-03-17)."""
    acts = [Actor(id=c, name=c, kind="country", code=c, country=c, sector=None, key=f"country:{c}",
                  mentions=[Mention(c, 0, 3)]) for c in ("USA", "CAN", "MEX")]
    a1 = CodedArticle(article=Article(id="a1", date=dt.date(2025, 3, 4), title="t1", text="USA CAN MEX x"),
                      actors=acts, events=[
                          _event(1, "SANCTION", "USA", "CAN", dt.date(2025, 3, 3), -6.0, tone=-2.0),
                          _event(2, "CONSULT", "CAN", "USA", dt.date(2025, 3, 9), 2.0, tone=4.0),
                          _event(3, "AGREE", "USA", "MEX", dt.date(2025, 3, 9), 5.0)],
                      quotes=[Quote("we will fight", 4, 7, Speaker("CAN", actor="CAN", name="CAN", country="CAN"),
                                    "said")])
    a2 = CodedArticle(article=Article(id="a2", date=dt.date(2025, 3, 18), title="t2", text="USA CAN MEX y"),
                      actors=acts, events=[_event(1, "THREATEN", "CAN", "USA", dt.date(2025, 3, 17), -4.0)])
    with open_store(":memory:") as s:
        s.write([a1, a2])
        yield s


@pytest.mark.parametrize("interval, expected", [
    ("week", [("2025-03-03", 2, -2.0), ("2025-03-10", 0, None), ("2025-03-17", 1, -4.0)]),
    ("day", [("2025-03-03", 1, -6.0)]),
    ("month", [("2025-03", 3, -2.67)]),
])
def test_dyad_timeline_buckets_by_period(tiny, interval, expected):
    rows = analysis.dyad_timeline(tiny, "USA", "CAN", interval)
    got = [(r["period"], r["n"], r["goldstein"]) for r in rows]
    assert got[:len(expected)] == expected
    assert sum(r["n"] for r in rows) == 3  # the USA-MEX event is not in the dyad
    if interval == "week":
        assert rows[0]["start"] == dt.date(2025, 3, 3) and rows[0]["end"] == dt.date(2025, 3, 9)
        assert rows[0]["counts"] == {"CONSULT": 1, "SANCTION": 1}
        assert rows[0]["quad"] == {1: 1, 2: 0, 3: 0, 4: 1}
        assert (rows[0]["a_to_b"], rows[0]["b_to_a"]) == (1, 1)
        assert rows[0]["tone"] == 1.0


def test_dyad_timeline_fill_and_errors(tiny):
    assert [r["n"] for r in analysis.dyad_timeline(tiny, "USA", "CAN", "day", fill=False)] == [1, 1, 1]
    assert len(analysis.dyad_timeline(tiny, "USA", "CAN", "day", fill=True)) == 15
    assert analysis.dyad_timeline(tiny, "USA", "NOR") == []
    with pytest.raises(ConfigError, match="interval"):
        analysis.dyad_timeline(tiny, "USA", "CAN", "year")


@pytest.mark.parametrize("label, interval, start, end", [
    ("2025-03-05", "week", "2025-03-03", "2025-03-09"),
    ("2025-03-03", "day", "2025-03-03", "2025-03-03"),
    ("2025-02", "month", "2025-02-01", "2025-02-28"),
    ("2024-12-31", "month", "2024-12-01", "2024-12-31"),
])
def test_period_bounds(label, interval, start, end):
    assert analysis.period_bounds(label, interval) == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))


def test_network_and_actor_summary_by_hand(tiny):
    net = analysis.network(tiny)
    assert {(e["source"], e["target"], e["n"]) for e in net["edges"]} == {("CAN", "USA", 3), ("MEX", "USA", 1)}
    can_usa = next(e for e in net["edges"] if e["source"] == "CAN")
    assert (can_usa["a_to_b"], can_usa["b_to_a"], can_usa["goldstein"]) == (2, 1, -2.67)
    assert [n["id"] for n in net["nodes"]] == ["USA", "CAN", "MEX"]
    assert analysis.network(tiny, min_events=2)["edges"] == [can_usa]
    top = analysis.actor_summary(tiny)
    assert {r["name"]: (r["articles"], r["as_source"], r["as_target"]) for r in top} == {
        "USA": (2, 2, 2), "CAN": (2, 2, 1), "MEX": (2, 0, 1)}
    assert analysis.top_dyad(tiny) == ("CAN", "USA")


@pytest.mark.parametrize("row, parts", [
    ({"sentence": "Canada imposed tariffs.", "start": 10, "trigger_start": 25, "trigger_end": 32,
      "trigger": "tariffs"}, ["Canada imposed ", "tariffs", "."]),
    ({"sentence": "They MET today.", "start": 0, "trigger_start": -1, "trigger_end": -1, "trigger": "met"},
     ["They ", "MET", " today."]),
    ({"sentence": "No trigger here.", "start": 0, "trigger_start": None, "trigger_end": None, "trigger": "zzz"},
     ["No trigger here."]),
])
def test_sentence_parts(row, parts):
    assert analysis.sentence_parts(row) == parts


# -------------------------------------------------------------------------------- the coded corpus
def test_events_filters(store):
    everything = analysis.events(store, limit=None)
    assert len(everything) == analysis.count_events(store) > 50
    dyad = analysis.events(store, dyad=("USA", "CAN"), limit=None)
    assert dyad and len(dyad) == analysis.count_events(store, dyad=("USA", "CAN"))
    for e in dyad:
        sides = {(e["source_country"] or "") + "|" + (e["source_code"] or ""),
                 (e["target_country"] or "") + "|" + (e["target_code"] or "")}
        assert any("USA" in s for s in sides) and any("CAN" in s for s in sides)
        assert e["sentence_parts"] and "".join(e["sentence_parts"]) == e["sentence"]
    assert analysis.events(store, dyad=("CAN", "USA"), limit=None) == dyad  # either direction
    threats = analysis.events(store, type="threaten", limit=None)
    assert threats and {e["type"] for e in threats} == {"THREATEN"}
    tariffs = analysis.events(store, text="TARIFF", limit=None)
    assert tariffs and all("tariff" in (e["sentence"] + e["trigger"]).lower() for e in tariffs)
    recent = analysis.events(store, since=dt.date(2025, 1, 1), until=dt.date(2025, 3, 28), limit=None)
    assert recent and all(dt.date(2025, 1, 1) <= e["date"] <= dt.date(2025, 3, 28) for e in recent)
    dates = [e["date"] for e in everything if e["date"]]
    assert dates == sorted(dates)


def test_events_paging(store):
    page1 = analysis.events(store, limit=7)
    page2 = analysis.events(store, limit=7, offset=7)
    both = analysis.events(store, limit=14)
    assert page1 + page2 == both and len(both) == 14


@pytest.mark.parametrize("kwargs, message", [
    ({"type": "SMILE"}, "unknown PLOVER type"),
    ({"dyad": ("USA",)}, "a dyad is two actors"),
    ({"limit": -1}, "limit"),
    ({"offset": -3}, "offset"),
])
def test_events_bad_arguments(store, kwargs, message):
    with pytest.raises(ConfigError, match=message):
        analysis.events(store, **kwargs)


def test_dyad_timeline_of_the_corpus(store):
    rows = analysis.dyad_timeline(store, "USA", "CAN", "week")
    assert sum(r["n"] for r in rows) == analysis.count_events(store, dyad=("USA", "CAN"))
    for r in rows:
        assert r["start"].weekday() == 0 and (r["end"] - r["start"]).days == 6
        assert sum(r["counts"].values()) == sum(r["quad"].values()) == r["n"]
        assert r["a_to_b"] + r["b_to_a"] >= r["n"]
        assert r["n"] == 0 or -10 <= r["goldstein"] <= 10
    # 1987 (Reuters) and 2025: too long a span to fill, so only weeks with events are listed
    assert all(r["n"] > 0 for r in rows)
    assert {r["period"][:4] for r in rows} >= {"1987", "2025"}


def test_actor_summary_and_profile(store):
    carney = analysis.actor_summary(store, "Carney")
    assert carney[0]["name"] == "Mark Carney" and carney[0]["mentions"] > 3 and carney[0]["country"] == "CAN"
    top = analysis.actor_summary(store, limit=10)
    assert [r["mentions"] for r in top] == sorted((r["mentions"] for r in top), reverse=True)
    prof = analysis.actor_profile(store, "CAN")
    assert prof["n_events"] == analysis.count_events(store, actor="CAN")
    assert "USA" in {c["other"] for c in prof["counterparts"]}
    assert sum(prof["as_source"].values()) >= 1 and sum(prof["as_target"].values()) >= 1
    with pytest.raises(ConfigError):
        analysis.actor_profile(store, "  ")


def test_network_of_the_corpus(store):
    net = analysis.network(store)
    ids = {n["id"] for n in net["nodes"]}
    assert {"USA", "CAN"} <= ids
    assert all(e["source"] in ids and e["target"] in ids and e["source"] < e["target"] for e in net["edges"])
    assert all(e["n"] == e["a_to_b"] + e["b_to_a"] for e in net["edges"])
    strong = analysis.network(store, min_events=3)
    assert strong["edges"] and all(e["n"] >= 3 for e in strong["edges"])
    assert analysis.network(store, level="code")["edges"]
    with pytest.raises(ConfigError):
        analysis.network(store, level="planet")


def test_article_pieces_rebuild_the_text(store):
    for row in analysis.articles(store, limit=100):
        art = analysis.article(store, row["id"])
        a = art["article"]
        assert "".join(p["text"] for p in art["pieces"]["text"]) == a["text"]
        assert "".join(p["text"] for p in art["pieces"]["title"]) == a["title"]
        covered = {i for p in art["pieces"]["text"] for i in p["actors"]}
        assert covered >= {ac["id"] for ac in art["actors"] if any(m["in"] == "text" for m in ac["mentions"])}
        triggers = {i for field in ("title", "text") for p in art["pieces"][field] for i in p["events"]}
        assert triggers == {e["event_id"] for e in art["events"] if e["trigger_start"] >= 0}
        anchors = [a for f in ("title", "text") for p in art["pieces"][f] for a in p["anchors"]]
        assert len(anchors) == len(set(anchors))
        assert set(anchors) == {f"e-{i}" for i in triggers} | {f"q-{q['id']}" for q in art["quotes"]
                                                                   if q["end"] > q["start"]}
    assert analysis.article(store, "no-such-article") is None


def test_quotes(store):
    trump = analysis.quotes(store, speaker="Trump")
    assert trump and all("Trump" in (q["speaker_name"] or q["speaker_text"]) for q in trump)
    words = analysis.quotes(store, text="countermeasures")
    assert words and all("countermeasures" in q["text"].lower() for q in words)
    assert len(analysis.quotes(store, limit=3)) == 3


def test_one_store_serves_many_threads(store):
    want = [len(analysis.events(store, dyad=("USA", "CAN"), limit=None)), len(analysis.network(store)["edges"])]

    def job(_):
        return [len(analysis.events(store, dyad=("USA", "CAN"), limit=None)), len(analysis.network(store)["edges"])]

    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(job, range(16))) == [want] * 16
