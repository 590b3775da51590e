"""The library API end to end: records, the output contract, spans, error policy, the registry."""
from __future__ import annotations

import datetime as dt
import importlib.util
import json

import pytest

from newscoder import registry
from newscoder.errors import CodingError, ConfigError
from newscoder.pipeline import Coder, Options, code
from newscoder.records import Article, CodedArticle, Reject

from conftest import SHARED, need

_spec = importlib.util.spec_from_file_location("check_contract", SHARED / "tools" / "check_contract.py")


def contract_problems(record: dict) -> list[str]:
    """Run the shared contract checker on one record."""
    need(SHARED / "tools" / "check_contract.py")
    mod = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(mod)
    problems: list[str] = []
    mod.check_record(1, record, problems)
    return problems


def test_example_passes_the_output_contract(example_record):
    rec = json.loads(json.dumps(example_record.to_dict(), ensure_ascii=False))
    assert contract_problems(rec) == []
    assert rec["article"]["date"] == "2025-03-28"
    assert rec["contract"] == 1


def test_every_span_slices_back_to_its_text(example_record):
    r = example_record
    fields = {"text": r.article.text, "title": r.article.title}
    for a in r.actors:
        for m in a.mentions:
            assert fields[m.in_][m.start:m.end] == m.text
    for e in r.events:
        assert fields[e.in_][e.start:e.end] == e.sentence
        assert fields[e.in_][e.trigger_start:e.trigger_end] == e.trigger
    for x in [*r.quotes, *r.dates, *r.amounts]:
        assert fields[x.in_][x.start:x.end] == x.text


def test_event_parties_refer_to_actors_of_the_record(example_record):
    ids = {a.id for a in example_record.actors}
    for e in example_record.events:
        for party in (e.source, e.target):
            if party is not None and party.actor is not None:
                assert party.actor in ids


@pytest.mark.parametrize("text, date, expected", [
    ("Japanese Prime Minister Yasuhiro Nakasone met U.S. President Ronald Reagan in Washington on Tuesday.",
     "1987-05-01", [("CONSULT", "JPN", "USA", "1987-04-28")]),
    ("Donald Trump spoke with Mark Carney on Friday.", "2025-03-28",
     [("CONSULT", "USA", "CAN", "2025-03-28")]),
])
def test_code_text(coder, text, date, expected):
    r = code(text, date, coder=coder)
    got = [(e.type, e.source.country, e.target.country if e.target else None, str(e.date)) for e in r.events]
    assert got == expected


def test_code_rejects_a_bad_date_string():
    with pytest.raises(ConfigError, match="not an ISO date"):
        code("Some text.", "28/03/2025")


def test_no_date_is_never_invented(coder):
    r = code("Canada imposed tariffs on US steel on Thursday.", None, coder=coder)
    assert r.article.date is None
    assert [e.date for e in r.events] == [None]
    assert r.warnings and "no article date" in r.warnings[0]


def test_title_only_record_is_coded_from_its_title(coder):
    art = Article(id="t1", date=dt.date(1987, 3, 26), title="JAPAN WARNS U.S. IT MAY RETALIATE IN CHIP DISPUTE", text="")
    r = coder.code(art)
    assert [(e.type, e.source.country, e.in_) for e in r.events][:1] == [("THREATEN", "JPN", "title")]
    for e in r.events:
        assert r.article.title[e.start:e.end] == e.sentence


def test_a_failing_article_is_rejected_and_the_batch_goes_on(coder, monkeypatch):
    arts = [Article(id=str(i), date=dt.date(2025, 3, 28), title="", text=t) for i, t in
            enumerate(["Canada condemned the tariffs.", "BOOM", "Mexico praised Canada."])]
    real = coder._finish

    def finish(article, parsed):
        if article.id == "1":
            raise RuntimeError("kaboom")
        return real(article, parsed)
    monkeypatch.setattr(coder, "_finish", finish)
    out = list(coder.code_many(arts, on_error="skip"))
    assert [type(x).__name__ for x in out] == ["CodedArticle", "Reject", "CodedArticle"]
    assert isinstance(out[1], Reject) and "kaboom" in out[1].reason and out[1].article_id == "1"
    with pytest.raises(CodingError) as info:
        list(coder.code_many(arts, on_error="raise"))
    assert isinstance(info.value.__cause__, RuntimeError)


def test_code_many_keeps_input_order_across_batches():
    from newscoder.pipeline import default_coder
    c = default_coder()
    arts = [Article(id=f"a{i}", date=dt.date(2025, 1, 1), title="", text=f"Story number {i}.") for i in range(70)]
    out = list(c.code_many(arts))
    assert [r.article.id for r in out] == [a.id for a in arts]
    assert all(isinstance(r, CodedArticle) for r in out)


@pytest.mark.parametrize("stages, message", [
    (("events.rules.v1",), "needs actors, dates, amounts"),
    (("actors.dictionary.v9",), "unknown stage 'actors.dictionary.v9'"),
])
def test_registry_checks_the_pipeline_when_it_is_built(stages, message):
    with pytest.raises(ConfigError, match=message):
        registry.build(stages, context=None)


def test_options_are_validated():
    with pytest.raises(ConfigError, match="on_error"):
        Options(on_error="ignore")


def test_unknown_model_says_what_to_do():
    with pytest.raises(ConfigError, match="pip install|--model"):
        Coder(Options(model="no_such_pipeline_xyz"))
