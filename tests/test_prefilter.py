"""The opt-in pre-filter (Options(prefilter=True), --prefilter): which segments are parsed, and that the
events of real articles come out the same as with every segment parsed."""
from __future__ import annotations

import itertools
import json

import pytest
from click.testing import CliRunner

from conftest import EXAMPLE, REUTERS, need


@pytest.fixture(scope="module")
def pf_coder():
    from newscoder.pipeline import Coder, Options
    return Coder(Options(prefilter=True))


@pytest.mark.parametrize("text, kept", [
    # a form of a lexicon lemma, regular or irregular (read with the model's lemmatizer tables)
    ("Korea has pledged to buy more American beef, its trade ministry said.", True),
    ("Shultz met Shevardnadze in Geneva.", True),
    ("The company sought new financing.", True),
    ("Thousands of workers march on the capital.", True),
    # a word one of the coder's own rules starts from (events.coder.RULE_WORDS)
    ("It came under fire from Congress.", True),
    # a quotation, whatever its words
    ('"The market is quiet," a dealer in London observed.', True),
    # tables, results and months hold no trigger
    ("Sorghum  2.41   3.18-Y     IV    5.52   5.52", False),
    ("Shr 12 cts vs 15 cts", False),
    ("Net profit was 12.5 mln dlrs in the year to March 31, against 10.2 mln.", False),
    ("Profits were higher in March than a year earlier.", False),
])
def test_which_segments_are_parsed(pf_coder, text, kept):
    assert pf_coder.prefilter.keep(text) is kept


def test_trigger_forms_follow_the_lexicon(pf_coder):
    pf = pf_coder.prefilter
    assert pf.is_trigger_form("sanctions") and pf.is_trigger_form("Talks") and pf.is_trigger_form("met")
    assert not pf.is_trigger_form("sorghum") and not pf.is_trigger_form("cts")


def test_an_unparsed_segment_is_one_sentence_of_plain_tokens(pf_coder):
    from newscoder.prefilter import unparsed_doc
    text = "Sorghum  2.41   3.18-Y     IV    5.52   5.52"
    doc = unparsed_doc(pf_coder.nlp, text)
    assert doc.text == text
    assert len(list(doc.sents)) == 1 and not doc.ents
    assert all(list(t.children) == [] and t.head.i == t.i for t in doc)  # whitespace tokens too


def test_the_reference_article_codes_the_same_with_the_prefilter(example_record, pf_coder):
    from newscoder.ingest import read_inputs
    art = next(iter(read_inputs([str(need(EXAMPLE))])))
    fast = pf_coder.code(art)

    def events(r):
        return [(e.type, e.source and e.source.code, e.target and e.target.code, e.start, e.trigger, e.date,
                 e.mode, e.modality, e.negated) for e in r.events]

    assert events(fast) == events(example_record)
    assert [(q.start, q.end, q.speaker and q.speaker.actor) for q in fast.quotes] == \
        [(q.start, q.end, q.speaker and q.speaker.actor) for q in example_record.quotes]
    assert [(d.start, d.value) for d in fast.dates] == [(d.start, d.value) for d in example_record.dates]


def test_wire_copy_skips_tables_and_keeps_the_events(coder, pf_coder):
    """First 120 Reuters-21578 records: some segments are left unparsed, and each article's events are
    those of the full parse (measured on 2,000 articles: 1,007 of 1,012 events the same, see
    docs/performance.md)."""
    from newscoder.ingest import dedup, read_inputs
    from newscoder.normalize import segments
    from newscoder.records import Article

    arts = list(itertools.islice((a for a in dedup(read_inputs([str(need(REUTERS))])) if isinstance(a, Article)), 120))
    segs = [s for a in arts for s in segments(a) if s.in_ == "text"]
    skipped = [s for s in segs if not pf_coder.prefilter.keep(s.text)]
    assert 0.1 * len(segs) < len(skipped) < 0.5 * len(segs)
    same = 0
    for full, fast in zip(coder.code_many(arts), pf_coder.code_many(arts)):
        key = [(e.type, e.start, e.source and e.source.code, e.target and e.target.code) for e in full.events]
        same += key == [(e.type, e.start, e.source and e.source.code, e.target and e.target.code) for e in fast.events]
    assert same >= len(arts) - 2


def test_cli_flag(tmp_path):
    """--prefilter reaches the coder (the run records it) and keeps the event."""
    from newscoder.cli import main
    from newscoder.store import open_store
    src = tmp_path / "a.txt"
    src.write_text("date 1987-03-02 Japan and U.S. to hold talks\n\n"
                   "Japan agreed on Monday to hold talks with the United States on semiconductors.\n\n"
                   "Shr 12 cts vs 15 cts\n")
    runs = {}
    for flag in ([], ["--prefilter"]):
        db = tmp_path / f"run{len(flag)}.duckdb"
        res = CliRunner().invoke(main, ["code", str(src), *flag, "--db", str(db), "--format", "jsonl", "--no-progress"])
        assert res.exit_code == 0, res.output
        rec = json.loads(res.stdout.splitlines()[0])
        assert ("AGREE", "JPN", "USA") in {(e["type"], e["source"]["code"], e["target"]["code"]) for e in rec["events"]
                                           if e["source"] and e["target"]}
        store = open_store(str(db))
        runs[bool(flag)] = store.runs()[0]["args"]["prefilter"]
        store.close()
    assert runs == {False: False, True: True}


def test_names_and_demonyms_of_unparsed_segments_are_still_actors(pf_coder):
    from newscoder.records import Article
    import datetime as dt
    art = Article(id="t", date=dt.date(1987, 3, 2), title="",
                  text="Japan agreed on Monday to hold talks with the United States.\n\n"
                       "Prices on the Turkish coast and in Canada were steady at 12 dlrs.\n")
    rec = pf_coder.code(art)
    seg2 = art.text.index("Prices")
    assert not pf_coder.prefilter.keep(art.text[seg2:])
    found = {(a.code, m.text) for a in rec.actors for m in a.mentions if m.start >= seg2}
    assert found == {("TUR", "Turkish"), ("CAN", "Canada")}
