"""Tests of the DuckDB store, on tiny hand-built CodedArticles and tmp_path database files."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap

import duckdb
import pytest

from newscoder.errors import StorageError
from newscoder.records import (Actor, Amount, Article, CodedArticle, DateRef, Event, Mention, Party, Quantity,
                               Quote, Reject, Speaker, Tone)
from newscoder.store import EVENT_COLUMNS, Migration, Store, content_hash, core, open_store, schema

D = dt.date

TEXT = ("Trump spoke with Carney by phone on Friday. "
        "Canada will impose 25-percent levies on U.S. cars from April 28. "
        '"It was an extremely productive call," Trump wrote.')
TITLE = "CARNEY, TRUMP HOLD CALL"


def party(actor: Actor, text: str) -> Party:
    return Party(text=text, actor=actor.id, name=actor.name, code=actor.code, country=actor.country,
                 sector=actor.sector)


def make_article(aid: str = "a1", date: D = D(2025, 3, 28), *, goldstein: float = 1.0,
                 trigger: str = "spoke") -> CodedArticle:
    """One article with two actors, two events, a quote, two dates and an amount; exact values."""
    carney = Actor("A1", "Mark Carney", "person", "CANGOV", "CAN", "GOV", role="head of government",
                   wikidata="Q5", key="carney", mentions=[Mention("Carney", 17, 23), Mention("CARNEY", 0, 6, "title")])
    trump = Actor("A2", "Donald Trump", "person", "USAGOV", "USA", "GOV", mentions=[Mention("Trump", 0, 5)])
    consult = Event("E1", "CONSULT", "phone", ["economic"], party(trump, "Trump"), party(carney, "Carney"),
                    date, "Friday", False, "asserted", trigger, TEXT[:43], 0, 43, "consult.call-with",
                    trigger_start=6, trigger_end=11, goldstein=goldstein, tone=0.4, confidence=0.8)
    sanction = Event("E2", "SANCTION", "tariff", [], Party("Canada", None, "Canada", "CAN", "CAN", None),
                     Party("U.S. cars"), D(2025, 4, 28), "April 28", False, "intended", "impose",
                     TEXT[44:108], 44, 108, "sanction.impose-levies", trigger_start=56, trigger_end=62,
                     quantities=[Quantity("25-percent", 25.0, "percent", 63, 73)], goldstein=-4.0, tone=-1.5)
    return CodedArticle(
        article=Article(aid, date, TITLE, TEXT, source="Reuters", url="https://example.org/x", origin="in.jsonl:1"),
        actors=[carney, trump], events=[consult, sanction],
        quotes=[Quote("It was an extremely productive call,", 110, 146, Speaker("Trump", "A2", "Donald Trump", "USA"),
                      "wrote"), Quote("productive", 130, 140, None, None, partial=True)],
        dates=[DateRef("Friday", date, 36, 42), DateRef("April 28", D(2025, 4, 28), 99, 107),
               DateRef("spring", None, 0, 0, granularity="range")],
        amounts=[Amount("25-percent", 25.0, "percent", "levies on U.S. cars", 63, 73)],
        tone=Tone(-1.2, 2.1, 3.3, 5.4, 540), warnings=["w1"])


def simple(aid: str, date: D, etype: str, src: tuple[str, str, str], tgt: tuple[str, str, str]) -> CodedArticle:
    """One event between two actors given as (name, code, country)."""
    a1 = Actor("A1", src[0], "country", src[1], src[2], None)
    a2 = Actor("A2", tgt[0], "country", tgt[1], tgt[2], None)
    ev = Event("E1", etype, None, [], party(a1, src[0]), party(a2, tgt[0]), date, None, False, "asserted",
               "x", "s.", 0, 2, "r")
    return CodedArticle(Article(aid, date, "", "s."), actors=[a1, a2], events=[ev])


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.duckdb") as s:
        yield s


def test_round_trip_is_exact(store):
    coded = make_article()
    assert store.write([coded], run_id="r1") == 1
    assert store.get_article("a1") == coded
    assert store.get_article("nope") is None
    assert store.counts() == {"articles": 1, "actors": 2, "mentions": 3, "events": 2, "event_quantities": 1,
                              "quotes": 2, "dates": 3, "amounts": 1, "rejects": 0, "runs": 1}
    rows = store.events()
    assert [tuple(r) for r in rows] == [EVENT_COLUMNS] * 2
    assert rows[0] == {"article_id": "a1", "event_id": "E1", "date": D(2025, 3, 28), "type": "CONSULT",
                       "mode": "phone", "source_name": "Donald Trump", "source_code": "USAGOV",
                       "source_country": "USA", "target_name": "Mark Carney", "target_code": "CANGOV",
                       "target_country": "CAN", "negated": False, "modality": "asserted", "goldstein": 1.0,
                       "trigger": "spoke", "sentence": "Trump spoke with Carney by phone on Friday.",
                       "rule": "consult.call-with", "num_articles": 1, "num_sources": 1}
    assert rows[1]["target_country"] is None and rows[1]["target_name"] is None
    assert store.con.execute("SELECT context, source_actor, in_ FROM events ORDER BY idx").fetchall() == [
        (["economic"], "A2", "text"), ([], None, "text")]
    assert store.con.execute("SELECT in_ FROM mentions WHERE text = 'CARNEY'").fetchone() == ("title",)


@pytest.mark.parametrize("use_numpy", [True, False])
def test_both_insert_paths_round_trip_nulls(store, monkeypatch, use_numpy):
    monkeypatch.setattr(core, "_USE_NUMPY", use_numpy)
    coded = make_article()
    coded.amounts.append(Amount("a few", None, None, None, 0, 5))
    coded.events[1].quantities.append(Quantity("dozens", None, "people", 0, 6, "title"))
    coded.events[1].date, coded.article.date, coded.warnings = None, None, []
    bare = CodedArticle(Article("a2", None, "", ""))  # no rows in any child table, all-NULL columns
    assert store.write([coded, bare]) == 2
    assert store.get_article("a1") == coded and store.get_article("a2") == bare
    assert store.con.execute("SELECT value FROM amounts ORDER BY idx").fetchall() == [(25.0,), (None,)]


def test_content_hash_and_resume_helpers(store):
    coded = make_article()
    h = content_hash(coded.article)
    assert len(h) == 40 and h == content_hash(make_article().article)
    assert h != content_hash(make_article(date=D(2025, 3, 29)).article)
    assert not store.has_article("a1") and store.known_hashes() == set()
    store.write([coded])
    assert store.has_article("a1") and store.has_article("a1", h) and not store.has_article("a1", "0" * 40)
    assert store.known_hashes() == {h}


def test_rewriting_an_article_replaces_all_its_rows(store):
    store.write([make_article("a1"), make_article("a2")])
    before = store.counts()
    assert store.write([make_article("a1", goldstein=7.5, trigger="phoned")]) == 1
    assert store.counts() == before
    row = store.events(type="CONSULT", limit=1)[0]
    assert (row["article_id"], row["goldstein"], row["trigger"]) == ("a1", 7.5, "phoned")
    # fewer rows the second time: the old ones are gone, the other article untouched
    smaller = make_article("a1")
    smaller.events, smaller.quotes, smaller.actors[0].mentions = smaller.events[:1], [], []
    store.write([smaller])
    assert store.get_article("a1") == smaller and store.get_article("a2") == make_article("a2")
    assert store.con.execute("SELECT count(*) FROM event_quantities WHERE article_id = 'a1'").fetchone() == (0,)


def test_repeated_id_in_one_batch_keeps_the_last(store):
    assert store.write([make_article("a1", goldstein=1.0), make_article("a1", goldstein=2.0)]) == 1
    assert store.counts()["events"] == 2 and store.events(limit=1)[0]["goldstein"] == 2.0


@pytest.mark.parametrize("mutate, message", [
    (lambda c: setattr(c.events[0].source, "actor", "A9"), "event E1 source names actor 'A9'"),
    (lambda c: setattr(c.quotes[0].speaker, "actor", "A7"), "quote 0 speaker names actor 'A7'"),
    (lambda c: c.events.append(c.events[0]), "duplicate event ids ['E1']"),
    (lambda c: setattr(c.article, "id", ""), "the id must be a non-empty string"),
])
def test_dangling_references_write_nothing(store, mutate, message):
    bad = make_article("bad")
    mutate(bad)
    with pytest.raises(StorageError, match="nothing was written") as err:
        store.write([make_article("good"), bad])
    assert message in str(err.value)
    assert store.counts()["articles"] == 0


@pytest.fixture
def world(store):
    store.write([
        simple("w1", D(2025, 1, 5), "ASSAULT", ("Russia", "RUSMIL", "RUS"), ("Ukraine", "UKR", "UKR")),
        simple("w2", D(2025, 2, 10), "CONSULT", ("Canada", "CANGOV", "CAN"), ("United States", "USAGOV", "USA")),
        simple("w3", D(2025, 3, 15), "CONSULT", ("United States", "USA", "USA"), ("Canada", "CAN", "CAN")),
        simple("w4", D(2025, 4, 20), "THREATEN", ("Donald Trump", "USAGOV", "USA"), ("European Union", "EU", "EU")),
        simple("w5", D(2025, 5, 25), "PROTEST", ("Canadian protesters", "CANCVL", "CAN"), ("Reuters", "MED", None)),
    ])
    return store


@pytest.mark.parametrize("kwargs, expected", [
    ({}, ["w1", "w2", "w3", "w4", "w5"]),
    ({"actor": "can"}, ["w2", "w3", "w5"]),                   # country, either side, case-insensitive
    ({"actor": "USAGOV"}, ["w2", "w4"]),                      # code prefix
    ({"actor": "RUS"}, ["w1"]),
    ({"actor": "CANC"}, ["w5"]),                              # code prefix, not country
    ({"actor": "trump"}, ["w4"]),                             # name, whole word
    ({"actor": "united states"}, ["w2", "w3"]),               # full name
    ({"actor": "EU"}, ["w4"]),                                # not "Reuters", not "European" by substring
    ({"type": "consult"}, ["w2", "w3"]),
    ({"since": D(2025, 3, 15)}, ["w3", "w4", "w5"]),
    ({"until": D(2025, 2, 10)}, ["w1", "w2"]),
    ({"since": D(2025, 2, 1), "until": D(2025, 4, 30), "type": "CONSULT"}, ["w2", "w3"]),
    ({"dyad": ("CAN", "USA")}, ["w2", "w3"]),                 # either direction
    ({"dyad": ("USA", "CAN")}, ["w2", "w3"]),
    ({"dyad": ("UKR", "RUS")}, ["w1"]),
    ({"dyad": ("USA", "RUS")}, []),
    ({"limit": 2}, ["w1", "w2"]),
])
def test_event_filters(world, kwargs, expected):
    assert [r["article_id"] for r in world.events(**kwargs)] == expected


def test_rejects_and_runs(store):
    run = store.start_run({"paths": ["in.jsonl"], "batch": 500})
    n = store.write_rejects([Reject("in.jsonl:3", "no date", "x3"), Reject("in.jsonl:9", "bad JSON")], run_id=run)
    assert n == 2 and store.write_rejects([]) == 0
    assert store.con.execute("SELECT origin, reason, article_id, run_id FROM rejects ORDER BY origin").fetchall() == [
        ("in.jsonl:3", "no date", "x3", run), ("in.jsonl:9", "bad JSON", None, run)]
    store.write([make_article()], run_id=run)
    store.finish_run(run, {"articles": 1, "rejects": 2})
    (r,) = store.runs()
    assert (r["run_id"], r["args"], r["counts"]) == (run, {"batch": 500, "paths": ["in.jsonl"]},
                                                     {"articles": 1, "rejects": 2})
    assert r["finished"] >= r["started"]
    assert store.con.execute("SELECT run_id FROM articles").fetchone() == (run,)


def test_migrations_are_recorded_and_not_rerun(tmp_path, monkeypatch):
    calls = []

    def m2(con):
        calls.append(1)
        con.execute("ALTER TABLE articles ADD COLUMN lang VARCHAR")

    path = tmp_path / "m.duckdb"
    Store(path).close()
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, Migration(99, "add lang", m2)))
    for _ in range(2):
        with Store(path) as s:
            versions = s.con.execute("SELECT version, name FROM migrations ORDER BY version").fetchall()
            s.write([make_article()])  # the writer ignores columns it does not know
    assert versions == [(1, "initial schema"), (2, "duplicate_of and story_counts"), (99, "add lang")] and calls == [1]


def test_failed_migration_rolls_back(tmp_path, monkeypatch):
    def broken(con):
        con.execute("CREATE TABLE half (x INTEGER)")
        raise RuntimeError("boom")

    path = tmp_path / "m.duckdb"
    Store(path).close()
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, Migration(99, "broken", broken)))
    with pytest.raises(StorageError, match=r"migration 99 \(broken\) failed.*boom"):
        Store(path)
    monkeypatch.undo()
    with Store(path) as s:
        assert s.con.execute("SELECT max(version) FROM migrations").fetchone() == (2,)
        assert not s.con.execute("SELECT * FROM information_schema.tables WHERE table_name = 'half'").fetchall()


def test_newer_schema_is_refused_for_writing(tmp_path):
    path = tmp_path / "n.duckdb"
    with Store(path) as s:
        s.con.execute("INSERT INTO migrations VALUES (99, 'future', now()::TIMESTAMP)")
    with pytest.raises(StorageError, match="newer newscoder"):
        Store(path)
    with Store(path, read_only=True) as s:
        assert s.counts()["articles"] == 0


def test_writer_columns_match_the_migrated_schema(store):
    for table, cols in schema.TABLES.items():
        got = store.con.execute(f"SELECT column_name, data_type FROM information_schema.columns "
                                f"WHERE table_name = '{table}' ORDER BY ordinal_position").fetchall()
        # duplicate_of is maintained by Store.link_duplicates, not by the writer.
        assert [g for g in got if g[0] != "duplicate_of"] == cols, table


def test_read_only_cannot_write(tmp_path):
    path = tmp_path / "ro.duckdb"
    with Store(path) as s:
        s.write([make_article()])
    with open_store(path, read_only=True) as ro:
        assert ro.get_article("a1") == make_article()
        for action in (lambda: ro.write([make_article("a2")]), lambda: ro.write_rejects([Reject("o", "r")]),
                       lambda: ro.start_run()):
            with pytest.raises(StorageError, match="opened read-only"):
                action()
        with pytest.raises(duckdb.Error):  # even raw SQL through the connection
            ro.con.execute("DELETE FROM articles")
    assert Store(path, read_only=True).counts()["articles"] == 1


@pytest.mark.parametrize("setup, read_only, message", [
    (lambda p: p.write_text("not a database " * 100), False, "is not a DuckDB database file"),
    (lambda p: None, True, "the file does not exist"),
    (lambda p: duckdb.connect(str(p)).close(), True, "is not a newscoder database"),
])
def test_open_errors_are_helpful(tmp_path, setup, read_only, message):
    path = tmp_path / "x.duckdb"
    setup(path)
    with pytest.raises(StorageError, match=message):
        open_store(path, read_only=read_only)


def test_closed_store_raises(tmp_path):
    s = Store(tmp_path / "c.duckdb")
    s.close()
    s.close()
    with pytest.raises(StorageError, match="is closed"):
        s.events()


def test_locked_by_another_process(tmp_path):
    path = tmp_path / "locked.duckdb"
    Store(path).close()
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import duckdb, sys
        con = duckdb.connect({str(path)!r})
        print("ready", flush=True)
        sys.stdin.read()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        for read_only in (False, True):
            with pytest.raises(StorageError, match=f"another newscoder process is writing to {path}; "
                                                   "wait for it or use another --db"):
                open_store(path, read_only=read_only)
    finally:
        holder.communicate("")
    open_store(path).close()  # free again once the other process is gone


def test_memory_store_works():
    with Store(":memory:") as s:
        assert s.write([make_article()]) == 1 and len(s.events()) == 2


def test_linked_duplicates_count_as_articles_and_sources_of_the_first_story(store):
    first = make_article("a1")
    copy = CodedArticle(Article("a2", D(2025, 3, 28), "", "s.", source="Other Wire"), warnings=["duplicate of a1"])
    store.write([first, copy])
    assert store.link_duplicates({"a2": "a1"}) == 1
    rows = store.events()
    assert {(r["article_id"], r["num_articles"], r["num_sources"]) for r in rows} == {("a1", 2, 2)}
