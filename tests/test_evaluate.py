"""Tests of newscoder.evaluate with hand-built predictions (no NLP model needed)."""
from __future__ import annotations

import datetime as dt
import gzip
import json
from fractions import Fraction
from pathlib import Path

import pytest

from newscoder.errors import EvalError
from newscoder.evaluate import (
    GoldActor, GoldAmount, GoldDate, GoldDoc, GoldEvent, GoldQuote, SUITES, check_code, evaluate,
    format_report, gold_predict, load_gold, run_suite, suite_gold, tabari_actors_to_rows,
)
from newscoder.evaluate.codes import ORG, cameo_actor_spec, party_matches, spec
from newscoder.records import Article

SHARED = Path(__file__).resolve().parents[2] / "shared"
needs_shared = pytest.mark.skipif(not (SHARED / "data").is_dir(), reason="../shared is not present")

TEXT = ("The United States will impose 300 mln dlrs of tariffs on Japanese goods on April 17. "
        "Japan warned it may\n    retaliate. U.S. and Japanese officials met in Tokyo on Friday. "
        "A U.S. senator accused Japan of dumping chips.\n"
        "Prime Minister Nakasone said: \"We will do our best to solve the problem\", adding that exports "
        "fell 25 pct.")
ARTICLE = Article(id="doc1", date=dt.date(1987, 3, 27), title="U.S. TO IMPOSE TARIFFS ON JAPAN", text=TEXT)


def sentence_of(evidence: str) -> tuple[str, int, int]:
    """The test article's sentence containing ``evidence`` with its offsets."""
    i = TEXT.index(evidence)
    start = max(TEXT.rfind(". ", 0, i) + 2, TEXT.rfind("\n", 0, i) + 1, 0)
    end = TEXT.index(".", i) + 1
    return TEXT[start:end], start, end


def ev(typ: str, src: str | None, tgt: str | None, evidence: str, date: str | None = None, **kw) -> dict:
    sent, start, end = sentence_of(evidence)
    return {"type": typ, "source": {"country": src, "text": src or ""}, "target": {"country": tgt, "text": tgt or ""},
            "date": date, "sentence": sent, "start": start, "end": end, "negated": False, "trigger": "",
            "rule": "test", **kw}


def gev(types, src, tgt, evidence, date=None, status="required", **kw) -> GoldEvent:
    return GoldEvent(types=tuple(types) if isinstance(types, list) else (types,), source=spec(src),
                     target=spec(tgt), date=date, status=status, evidence=evidence, **kw)


GOLD_EVENTS = [
    gev("SANCTION", "USA", "JPN", "impose 300 mln dlrs of tariffs", date="1987-04-17"),
    gev(["THREATEN", "SANCTION"], "JPN", "USA", "Japan warned it may retaliate"),
    gev("CONSULT", "USA", "JPN", "officials met in Tokyo"),
    gev("ACCUSE", "USA", "JPN", "accused Japan", status="acceptable"),
]


def fixed(record: dict):
    return lambda article: record


def prf(report, level):
    c = report.levels[level]
    return (c.tp, c.fp, c.fn, Fraction(c.tp, c.tp + c.fp), Fraction(c.tp, c.tp + c.fn))


@pytest.mark.parametrize("p1_date,date_tp", [("1987-04-17", 2), ("1987-04-18", 1)])
def test_event_levels_exact(p1_date, date_tp):
    gold = [GoldDoc(doc="doc1", article=ARTICLE, events=list(GOLD_EVENTS))]
    preds = [
        ev("SANCTION", "USA", "JPN", "impose 300 mln", date=p1_date),  # right
        ev("THREATEN", "JPN", "USA", "warned it may"),  # right (gold accepts THREATEN or SANCTION)
        ev("CONSULT", "USA", "CHN", "met in Tokyo"),  # right type, wrong dyad
        ev("ACCUSE", "USA", "JPN", "accused Japan"),  # matches the acceptable event: not counted
        ev("ASSAULT", "USA", "JPN", "dumping chips"),  # extra: false alarm
    ]
    r = evaluate(gold, fixed({"events": preds}))
    assert prf(r, "type") == (3, 1, 0, Fraction(3, 4), Fraction(1))
    assert r.levels["type"].absorbed == 1
    assert r.levels["type"].f1 == pytest.approx(6 / 7)
    assert prf(r, "type+dyad") == (2, 2, 1, Fraction(1, 2), Fraction(2, 3))
    assert r.levels["type+dyad"].f1 == pytest.approx(4 / 7)
    assert r.levels["type+dyad+date"].tp == date_tp
    assert r.levels["type+dyad+date"].fn == 3 - date_tp
    # per type: the wrong-dyad CONSULT is a tp at type level, a fn + fp at type+dyad level
    assert (r.per_type["type"]["CONSULT"].tp, r.per_type["type"]["ASSAULT"].fp) == (1, 1)
    c = r.per_type["type+dyad"]["CONSULT"]
    assert (c.tp, c.fp, c.fn) == (0, 1, 1)
    miss = r.misses["type+dyad"]
    assert len(miss) == 1 and miss[0]["closest"].startswith("CONSULT USA->CHN")
    assert "officials met in Tokyo" in miss[0]["sentence"]
    assert [f["event"].split()[0] for f in r.false_alarms["type"]] == ["ASSAULT"]
    table = r.to_table(show_errors=True)
    assert "type+dyad" in table and "wrong at level type+dyad" in table


def test_sentence_alignment():
    gold = [GoldDoc(doc="doc1", article=ARTICLE, events=[gev("THREATEN", "JPN", "USA", "Japan warned it may retaliate")])]
    # right type and dyad, but stated in another sentence: no match
    wrong = ev("THREATEN", "JPN", "USA", "officials met in Tokyo")
    r = evaluate(gold, fixed({"events": [wrong]}))
    assert (r.levels["type"].tp, r.levels["type"].fp, r.levels["type"].fn) == (0, 1, 1)
    # unwrapped sentence text (whitespace differs) still contains the evidence
    unwrapped = dict(ev("THREATEN", "JPN", "USA", "warned it may"), sentence="Japan warned it may retaliate.")
    assert evaluate(gold, fixed({"events": [unwrapped]})).levels["type+dyad"].tp == 1
    # a sentence split inside the evidence: offsets overlapping the evidence count
    i = TEXT.index("Japan warned")
    split = dict(ev("THREATEN", "JPN", "USA", "warned it may"), sentence="Japan warned", start=i, end=i + 12)
    assert evaluate(gold, fixed({"events": [split]})).levels["type"].tp == 1
    # null party == null party; missing party dict is null
    g2 = [GoldDoc(doc="doc1", article=ARTICLE, events=[gev("THREATEN", "JPN", None, "Japan warned it may retaliate")])]
    nul = dict(ev("THREATEN", "JPN", None, "warned it may"), target=None)
    assert evaluate(g2, fixed({"events": [nul]})).levels["type+dyad"].tp == 1


def test_required_before_acceptable():
    # one prediction could fill a required event (type only) or an acceptable one (full): the required wins
    gold = [GoldDoc(doc="doc1", article=ARTICLE, events=[
        gev("ACCUSE", "JPN", "USA", "accused Japan"),
        gev("ACCUSE", "USA", "JPN", "accused Japan", status="acceptable")])]
    r = evaluate(gold, fixed({"events": [ev("ACCUSE", "USA", "JPN", "accused Japan")]}))
    assert (r.levels["type"].tp, r.levels["type"].fn) == (1, 0)
    lv = r.levels["type+dyad"]
    assert (lv.tp, lv.fp, lv.fn, lv.absorbed) == (0, 0, 1, 1)


def test_quotes_dates_actors_amounts():
    gold = [GoldDoc(doc="doc1", article=ARTICLE,
                    quotes=[GoldQuote("We will do our best", spec("JPN"), "Yasuhiro Nakasone"),
                            GoldQuote("solve the problem", spec("JPN"), None)],  # not a prefix: not found
                    dates=[GoldDate("April 17", "1987-04-17"), GoldDate("Friday", "1987-03-27"),
                           GoldDate("on Friday", "1987-03-27")],
                    actors=[GoldActor("Nakasone", spec("JPN")), GoldActor("Japanese", spec("JPN")),
                            GoldActor("senator", spec("USA"))],
                    amounts=[GoldAmount("300 mln dlrs", 300e6, "USD"), GoldAmount("25 pct", 25, "percent")])]
    record = {
        "quotes": [{"text": "We will  do our best to solve the problem", "speaker":
                    {"name": "Yasuhiro Nakasone", "country": "JPN", "text": "Nakasone"}}],
        "dates": [{"text": "April 17", "value": "1987-04-17"}, {"text": "friday", "value": "1987-03-20"}],
        "actors": [{"name": "Yasuhiro Nakasone", "country": "JPN", "mentions": [{"text": "Prime Minister Nakasone"}]},
                   {"name": "Japan", "country": "JPN", "mentions": [{"text": "Japanese"}, {"text": "Japan"}]}],
        "amounts": [{"text": "300 mln dlrs", "value": 300000000.0, "unit": "USD"},
                    {"text": "25 pct", "value": 0.25, "unit": "percent"}],
    }
    r = evaluate(gold, fixed(record))
    assert (r.quote_found.num, r.quote_found.den, r.quote_speaker.num, r.quote_speaker.den) == (1, 2, 1, 1)
    # "Friday" found with a wrong value; "on Friday" overlaps nothing left (one-to-one) -> not found
    assert (r.date_found.num, r.date_found.den, r.date_value.num, r.date_value.den) == (2, 3, 1, 2)
    assert (r.actor_found.num, r.actor_found.den, r.actor_country.num, r.actor_country.den) == (2, 3, 2, 2)
    assert (r.amount_found.num, r.amount_value.num, r.amount_value.den) == (2, 1, 2)
    assert (r.amount_unit.num, r.amount_unit.den) == (2, 2)
    # a wrong speaker
    record["quotes"][0]["speaker"] = {"name": "Ronald Reagan", "country": "USA", "text": "Reagan"}
    r = evaluate(gold, fixed(record))
    assert (r.quote_found.num, r.quote_speaker.num) == (1, 0)
    assert any(e["what"] == "quote" and "speaker" in e["problem"] for e in r.other_errors)


def test_predict_failure_policy():
    gold = [GoldDoc(doc="doc1", article=ARTICLE, events=[GOLD_EVENTS[0]])]

    def boom(article):
        raise RuntimeError("parser crashed")

    r = evaluate(gold, boom)
    assert r.failures == [{"doc": "doc1", "error": "RuntimeError: parser crashed"}]
    assert r.levels["type"].fn == 1
    assert "WARNING" in r.to_table()
    with pytest.raises(RuntimeError):
        evaluate(gold, boom, on_error="raise")


def test_format_report():
    gold = [GoldDoc(doc="doc1", article=ARTICLE, events=list(GOLD_EVENTS))]
    r = evaluate(gold, fixed({"events": [ev("ASSAULT", "USA", "JPN", "dumping chips")]}))
    d = json.loads(format_report(r, "json"))
    assert d["levels"]["type"] == {"tp": 0, "fp": 1, "fn": 3, "absorbed": 0, "precision": 0.0, "recall": 0.0,
                                   "f1": 0.0}
    assert "misses" not in d
    assert len(json.loads(format_report(r, "json", show_errors=True))["misses"]["type"]) == 3
    t = format_report(r, "table", show_errors=True)
    assert "False alarms at level type (1)" in t
    lines = format_report(r).splitlines()
    head = next(i for i, s in enumerate(lines) if s.startswith("level"))
    assert len({len(s) for s in lines[head + 1:head + 2]}) == 1  # the rule line under the header
    with pytest.raises(ValueError):
        format_report(r, "csv")


# ------------------------------------------------------------------------------------------ gold loading
def make_shared(tmp_path: Path) -> Path:
    shared = tmp_path / "shared"
    (shared / "examples").mkdir(parents=True)
    (shared / "examples" / "a.txt").write_text(" date 2025-03-28 CANADA HITS BACK\n\n" + TEXT, encoding="utf-8")
    (shared / "data").mkdir()
    with gzip.open(shared / "data" / "reuters21578.jsonl.gz", "wt", encoding="utf-8") as fh:
        for rid, body in (("4", "nothing here"), ("5", TEXT)):
            fh.write(json.dumps({"id": rid, "date": "1987-02-26T15:01:01.790", "title": "JAPAN TARIFFS",
                                 "body": body}) + "\n")
    return shared


def write_gold(path: Path, records: list) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_load_gold_files_and_reuters(tmp_path):
    shared = make_shared(tmp_path)
    gold = write_gold(tmp_path / "g.jsonl", [
        {"doc": "reuters:5", "date": "1987-02-26",
         "events": [{"type": "SANCTION", "source": "USA", "target": "JPN", "date": "1987-04-17",
                     "evidence": "impose 300 mln dlrs of tariffs"},
                    {"type": ["THREATEN", "SANCTION"], "source": "JPN", "target": "USA", "status": "acceptable",
                     "evidence": "warned it may retaliate"},  # spans a hard line wrap in the text
                    {"type": "SANCTION", "source": "USA", "target": "JPN", "in": "title",
                     "evidence": "JAPAN TARIFFS"}],
         "quotes": [{"text": "We will do our best", "speaker_country": "JPN", "speaker_name": "Nakasone"}],
         "dates": [{"text": "April 17", "value": "1987-04-17"}],
         "actors": [{"text": "Nakasone", "country": "JPN"}, {"text": "officials", "country": None}],
         "amounts": [{"text": "25 pct", "value": 25, "unit": "percent"}], "note": "ok"},
        {"doc": "examples/a.txt", "date": "2025-03-28", "events": []},
    ])
    docs = load_gold(gold, shared_dir=shared)
    assert [d.doc for d in docs] == ["reuters:5", "examples/a.txt"]
    r5, a = docs
    assert r5.article.title == "JAPAN TARIFFS" and r5.article.text == TEXT and r5.article.date == dt.date(1987, 2, 26)
    assert r5.events[1].types == ("THREATEN", "SANCTION") and r5.events[1].status == "acceptable"
    assert r5.events[2].in_ == "title"
    assert a.article.title == "CANADA HITS BACK" and a.article.text == "\n" + TEXT
    # the gold answers score 1.0
    r = evaluate(docs, gold_predict(docs))
    assert (r.levels["type+dyad+date"].tp, r.levels["type+dyad+date"].fp, r.levels["type+dyad+date"].fn) == (2, 0, 0)
    assert r.quote_speaker.value == r.date_value.value == r.actor_country.value == r.amount_value.value == 1.0


def test_load_gold_lists_every_problem(tmp_path):
    shared = make_shared(tmp_path)
    gold = write_gold(tmp_path / "bad.jsonl", [
        {"doc": "reuters:5", "date": "1987-02-26",
         "events": [{"type": "SANKTION", "source": "JAP", "target": "us", "evidence": "impose 400 mln dlrs",
                     "status": "maybe", "sorce": "x"},
                    {"type": "ACCUSE", "target": "USA", "evidence": "JAPAN TARIFFS"}],
         "dates": [{"text": "April 17", "value": "1987-17-04"}],
         "amounts": [{"text": "25 pct", "value": "25"}]},
        "{not json",
        {"doc": "reuters:99999", "date": "1987-02-26"},
        {"doc": "examples/missing.txt", "date": "2025-03-28"},
        {"doc": "reuters:5", "date": "1987-02-26"},
        {"doc": "examples/a.txt", "date": "28.03.2025", "actors": [{"text": "Carney", "country": "CAN"}]},
    ])
    with pytest.raises(EvalError) as exc:
        load_gold(gold, shared_dir=shared)
    msg = str(exc.value)
    expected = [
        "bad.jsonl:1: events[0]: unknown type 'SANKTION'",
        "'JAP' is not an ISO 3166 alpha-3 country code nor a known organisation code (did you mean JPN?)",
        "events[0].target: 'us' is not a code",
        "evidence 'impose 400 mln dlrs' not found in the article text",
        "status 'maybe' must be one of required, acceptable",
        "unknown key(s) 'sorce'",
        "events[1]: missing 'source'",
        "evidence 'JAPAN TARIFFS' is not in the text but in the title: set \"in\": \"title\"",
        "dates[0].value: '1987-17-04' is not a valid calendar date",
        "amounts[0]: value must be a number",
        "bad.jsonl:2: not valid JSON",
        "bad.jsonl:3: doc: 'reuters:99999': no such NEWID",
        "bad.jsonl:4: doc: 'examples/missing.txt': no such file",
        "bad.jsonl:5: doc 'reuters:5' already annotated at",
        "bad.jsonl:6: date: '28.03.2025' is not a date YYYY-MM-DD",
        "bad.jsonl:6: actors[0]: text 'Carney' not found",
    ]
    for e in expected:
        assert e in msg, e
    assert "has 16 problem(s)" in msg


@pytest.mark.parametrize("code,ok", [("USA", True), ("EU", True), ("NATO", True), ("WTO", True), (None, True),
                                     ("JAP", False), ("US", False), ("usa", False), ("", False), (3, False)])
def test_check_code(code, ok):
    assert (check_code(code) is None) is ok


@pytest.mark.parametrize("code,value,match", [
    ("USAGOV", "USA", True), ("---GOV", None, True), ("---GOV", "USA", False), ("IGOUNOMIL", "UN", True),
    ("IGOEUREEC", "EU", True), ("IGOCOPITP", "INTERPOL", True), ("IGOCOPITP", "USA", False),
    ("IMGMUSISI", None, True), ("IMGMUSISI", "IRQ", False), ("UAR", "EGY", True)])
def test_cameo_actor_spec(code, value, match):
    assert party_matches(cameo_actor_spec(code), value) is match
    assert party_matches(frozenset({ORG}), "EU") and not party_matches(frozenset({ORG}), "FRA")


@needs_shared
def test_reference_article_evidence(tmp_path):
    doc = "examples/000_071138934c7246b1.txt"
    good = write_gold(tmp_path / "good.jsonl", [{
        "doc": doc, "date": "2025-03-28",
        "events": [{"type": "CONSULT", "source": "USA", "target": "CAN", "mode": "phone",
                    "evidence": "extremely productive call"},
                   {"type": "ACCUSE", "source": "CAN", "target": "USA", "evidence": "forcefully rebuked Trump"},
                   {"type": "AGREE", "source": "USA", "target": "CAN", "in": "title", "evidence": "agree on many things"}],
        "quotes": [{"text": "I just finished speaking", "speaker_country": "USA", "speaker_name": "Donald Trump"}],
        "dates": [{"text": "Friday", "value": "2025-03-28"}],
        "actors": [{"text": "Carney", "country": "CAN"}],
        "amounts": [{"text": "25-percent", "value": 25, "unit": "percent"}]}])
    docs = load_gold(good, shared_dir=SHARED)
    assert docs[0].article.date == dt.date(2025, 3, 28) and "Mark Carney" in docs[0].article.text
    assert evaluate(docs, gold_predict(docs)).levels["type+dyad"].f1 == 1.0
    bad = write_gold(tmp_path / "bad.jsonl", [{
        "doc": doc, "date": "2025-03-28",
        "events": [{"type": "CONSULT", "source": "USA", "target": "CAN", "evidence": "a very productive call"},
                   {"type": "CONSULT", "source": "USA", "target": "CAN", "evidence": "Extremely productive call"}]}])
    with pytest.raises(EvalError) as exc:
        load_gold(bad, shared_dir=SHARED)
    msg = str(exc.value)
    assert "evidence 'a very productive call' not found in the article text" in msg
    assert "only with different upper/lower case" in msg


# ------------------------------------------------------------------------------------------ suites
def test_tabari_actors_to_rows(tmp_path):
    p = tmp_path / "actors.txt"
    p.write_text("<!-- header -->\n<!-- \n# multi-line\n# -->\nGONDOR [GON]\n+MINAS_TIRITH\n+ANORIEN # comment\n"
                 "ARNOR_  [ARN]\nHAMAS [PSEREBHMS]\nBOROMIR  [---]\nNASGUL [+++]\n#NAZ [XXX]\n\n"
                 "GOLLUM  # pas\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]\n"
                 "ENT  \n\t[ENT]\nTHE_SHIRE  [FRO/BIL/SAM]\nUNITED_NATIONS [IGOUNO]\n", encoding="utf-8")
    rows = {r["name"]: r for r in tabari_actors_to_rows(p)}
    assert list(rows) == ["GONDOR", "ARNOR", "HAMAS", "BOROMIR", "GOLLUM", "ENT", "THE SHIRE", "UNITED NATIONS"]
    assert rows["GONDOR"] == {"name": "GONDOR", "aliases": ["MINAS TIRITH", "ANORIEN"], "roles": [],
                              "country": "GON", "code": "GON", "kind": "country"}
    assert rows["BOROMIR"]["country"] is None
    assert rows["GOLLUM"]["roles"] == [{"code": "HOB", "start": None, "end": "1995-06-01"},
                                       {"code": "HOBGOV", "start": "1995-06-01", "end": "1999-08-15"},
                                       {"code": "HOBREB", "start": "1999-08-16", "end": None}]
    assert rows["GOLLUM"]["country"] == "HOBREB" and rows["GOLLUM"]["aliases"] == ["SMEAGOL"]
    assert rows["ENT"]["country"] == "ENT" and rows["UNITED NATIONS"]["kind"] == "igo"
    assert rows["HAMAS"]["kind"] == "group"


@needs_shared
def test_tabari_real_files():
    for f in ("petrarch1_unittest/PETR.Validate.actors.txt",
              "ud_petrarch_validate_2_02/PETR_Validate_actors_2_02.txt"):
        rows = tabari_actors_to_rows(SHARED / "data" / "petrarch_validation_dicts" / f)
        names = {r["name"] for r in rows}
        assert {"GONDOR", "ARNOR", "GOLLUM", "SAM GAMGEE", "INTERNATIONAL CRIMINAL POLICE ORGANIZATION"} <= names
        assert len(rows) > 100


@needs_shared
@pytest.mark.parametrize("name", SUITES)
def test_suite_gold_answers_and_nothing(name):
    gold = suite_gold(name, SHARED)
    oracle = gold_predict(gold)
    full = run_suite(name, oracle, SHARED, predict_for_actors=lambda rows: oracle)
    empty = run_suite(name, lambda article: {"events": []}, SHARED)
    if name == "plover-gsr":
        assert len(gold) == 322
        for k in ("type accuracy (gold type among predicted)", "type + source country", "type + source + target"):
            assert full.summary[k].value == 1.0 and empty.summary[k].value == 0.0
    elif name == "petrarch-gsr":
        assert len(gold) == 80
        for lv in ("type", "type+dyad"):
            c = full.report.levels[lv]
            assert (c.precision, c.recall, c.f1) == (1.0, 1.0, 1.0)
            assert empty.report.levels[lv].recall == 0.0 and empty.report.levels[lv].tp == 0
        assert "8 expected events are CAMEO 01x/02x" in " ".join(full.notes)
        assert full.summary["expect-none sentences with a false alarm"].den == 12
    else:
        for k, v in full.summary.items():
            assert v.f1 == 1.0 if hasattr(v, "f1") else v.value == 1.0, k
            if hasattr(v, "f1"):
                assert empty.summary[k].recall == 0.0
        assert "WARNING: no predict_for_actors" in empty.notes[0]
    json.loads(format_report(full, "json", show_errors=True))
    assert full.to_table().startswith(f"suite {name}")


@needs_shared
def test_plover_gsr_embargo_alternative():
    gold = {g.doc: g for g in suite_gold("plover-gsr", SHARED)}
    assert gold["PLOVER-GSR01-COERCE-0004#2"].events[0].types == ("COERCE", "SANCTION")
    assert gold["PLOVER-GSR01-SANCTION-0001"].events[0].types == ("SANCTION",)
    # JAP -> JPN, IGO -> any organisation
    assert gold["PLOVER-GSR01-AGREE-0002"].events[0].source == frozenset({ORG})
    assert gold["PLOVER-GSR01-AGREE-0002"].events[0].target == frozenset({"JPN"})


def test_unknown_suite():
    with pytest.raises(EvalError, match="Available: plover-gsr"):
        run_suite("nope", lambda a: {})
