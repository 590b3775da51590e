"""The command line as a user runs it: code, events, eval; exit codes; help texts."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newscoder.cli import EXIT_REJECTS, main

from conftest import DEMO, EXAMPLE, SHARED, need


@pytest.fixture()
def run():
    def _run(*args, input=None):
        return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)
    return _run


def test_code_prints_jsonl_and_stores_it(run, tmp_path):
    db = tmp_path / "t.duckdb"
    res = run("code", DEMO, "--format", "jsonl", "--db", db, "--no-progress")
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert len(lines) == 1 and lines[0]["article"]["date"] == "2025-04-03"
    types = {(e["type"], e["source"]["country"], (e["target"] or {}).get("country")) for e in lines[0]["events"]}
    assert ("CONSULT", "CAN", "GBR") in types
    assert "coded 1 articles" in res.stderr and f"stored in {db}" in res.stderr
    # Coding the same article again replaces its rows.
    res2 = run("code", DEMO, "--format", "none", "--db", db, "--no-progress")
    assert res2.exit_code == 0
    from newscoder.store import open_store
    with open_store(db, read_only=True) as s:
        counts = s.counts()
    assert counts["articles"] == 1 and counts["events"] == len(lines[0]["events"])


def test_events_lists_what_is_stored(run, tmp_path):
    db = tmp_path / "t.duckdb"
    run("code", DEMO, "--format", "none", "--db", db, "--no-progress")
    res = run("events", "--db", db, "--actor", "GBR", "--format", "jsonl")
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    assert rows and all("GBR" in (r["source_country"], r["target_country"]) for r in rows)
    res = run("events", "--db", db, "--type", "consult", "--format", "csv")
    assert res.stdout.splitlines()[0].startswith("article_id,")
    assert all(",CONSULT," in line for line in res.stdout.splitlines()[1:])


def test_bad_records_are_reported_and_the_rest_is_coded(run, tmp_path):
    data = tmp_path / "in"
    data.mkdir()
    (data / "good.jsonl").write_text(
        '{"id": "g1", "date": "2025-03-28", "title": "", "text": "Canada condemned the new US tariffs."}\n'
        '{"id": "broken", "date": \n'
        '{"id": "g2", "date": "2025-03-28", "title": "", "text": "Mexico praised Canada."}\n', encoding="utf-8")
    (data / "empty.txt").write_text("   \n", encoding="utf-8")
    db = tmp_path / "t.duckdb"
    res = run("code", data, "--format", "jsonl", "--db", db, "--no-progress")
    assert res.exit_code == EXIT_REJECTS
    ids = [json.loads(x)["article"]["id"] for x in res.stdout.splitlines()]
    assert ids == ["g1", "g2"]
    assert res.stderr.count("rejected:") == 2 and "good.jsonl:2" in res.stderr
    from newscoder.store import open_store
    with open_store(db, read_only=True) as s:
        assert s.counts()["rejects"] == 2


def test_stdin(run, tmp_path):
    res = run("code", "-", "--format", "jsonl", "--no-db", "--no-progress",
              input=" date 2025-03-28 Japan and South Korea hold talks\nJapan and South Korea held talks in Tokyo on Friday.\n")
    rec = json.loads(res.stdout)
    assert rec["article"]["title"] == "Japan and South Korea hold talks"
    assert [(e["type"], e["date"]) for e in rec["events"]][:1] == [("CONSULT", "2025-03-28")]


def test_missing_database_is_a_usage_error(run, tmp_path):
    res = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert res.exit_code == 2 and "does not exist" in res.output


@pytest.mark.parametrize("command", ["code", "events", "eval"])
def test_every_command_has_help_with_an_example(run, command):
    res = run(command, "--help")
    assert res.exit_code == 0 and "Example:" in res.output


def test_eval_guard_fails_below_the_floor(run, tmp_path):
    need(EXAMPLE)
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"doc": "examples/000_071138934c7246b1.txt", "date": "2025-03-28", "events": [
        {"type": "ACCUSE", "source": "CAN", "target": "USA", "date": "2025-03-27", "status": "required",
         "evidence": "Carney forcefully rebuked Trump"}]}) + "\n", encoding="utf-8")
    ok = run("eval", gold, "--shared", SHARED, "--min-f1", "0.05")
    assert ok.exit_code == 0, ok.output
    assert "type+dyad" in ok.stdout
    bad = run("eval", gold, "--shared", SHARED, "--min-f1", "1.01")
    assert bad.exit_code == 4 and "below the floor" in bad.stderr


def test_a_second_run_skips_what_is_stored_unless_forced(run, tmp_path):
    db = tmp_path / "t.duckdb"
    first = run("code", DEMO, "--format", "none", "--db", db, "--no-progress")
    assert "coded 1 articles" in first.stderr
    again = run("code", DEMO, "--format", "none", "--db", db, "--no-progress")
    assert "coded 0 articles" in again.stderr and "1 already stored" in again.stderr
    forced = run("code", DEMO, "--format", "none", "--db", db, "--no-progress", "--force")
    assert "coded 1 articles" in forced.stderr


def test_two_workers_give_the_same_records_in_the_same_order(run, tmp_path):
    import gzip
    from conftest import REUTERS
    need(REUTERS)
    src = tmp_path / "r.jsonl"
    with gzip.open(REUTERS, "rt", encoding="utf-8") as f:
        src.write_text("".join(next(f) for _ in range(40)), encoding="utf-8")
    one = run("code", src, "--format", "jsonl", "--no-db", "--no-progress")
    two = run("code", src, "--format", "jsonl", "--no-db", "--no-progress", "--workers", "2", "--batch-size", "8")
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and len(one.stdout.splitlines()) > 30


def test_a_near_duplicate_story_is_linked_not_coded_again(run, tmp_path):
    body = ("Japan and the United States held talks in Tokyo on Friday on the semiconductor dispute, "
            "officials said. The two sides agreed to meet again next month to review the trade pact. "
            "Japanese negotiators presented figures on chip exports to third countries and on prices "
            "charged by makers in Japan, and the American side asked for wider access for its firms. "
            "Both delegations described the talks as frank and useful, and said working groups would "
            "continue the discussions on market access, prices and monitoring over the coming weeks.")
    src = tmp_path / "wire.jsonl"
    src.write_text(json.dumps({"id": "w1", "date": "1987-03-27", "title": "", "text": body, "source": "A"}) + "\n"
                   + json.dumps({"id": "w2", "date": "1987-03-27", "title": "",
                                 "text": body.replace("officials said", "officials told reporters"),
                                 "source": "B"}) + "\n", encoding="utf-8")
    db = tmp_path / "t.duckdb"
    res = run("code", src, "--format", "none", "--db", db, "--no-progress")
    assert res.exit_code == 0 and "1 duplicate stories linked" in res.stderr
    out = run("events", "--db", db, "--format", "jsonl")
    rows = [json.loads(x) for x in out.stdout.splitlines()]
    assert rows and {(r["article_id"], r["num_articles"], r["num_sources"]) for r in rows} == {("w1", 2, 2)}


def test_code_into_an_in_memory_database(run):
    r = run("code", DEMO, "--format", "none", "--db", ":memory:", "--no-progress")
    assert r.exit_code == 0, r.stderr
    assert "coded 1 articles" in r.stderr and "stored in :memory:" in r.stderr
