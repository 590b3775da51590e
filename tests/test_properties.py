"""Properties of ``newscoder.pipeline.code`` on arbitrary input (Hypothesis, pinned in the test extra).

For any text and title: coding never raises; every span's offsets slice back exactly to its text
(mentions, events' sentence and trigger, event quantities, quotes, dates, amounts; a span marked
``in_ == "title"`` indexes the title); every event's source and target, and every quote's speaker,
name an actor of the same record.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscoder.pipeline import code

SETTINGS = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

WORDS = ["Canada", "U.S.", "the U.S. To", "U.K.", "U.N.", "Trump", "Carney", "Prime Minister", "President",
         "said", "told", "reporters", "imposed", "tariffs", "on", "steel", "threatened", "to", "retaliate",
         "against", "Mexico", "Japan", "China", "met", "in", "Beijing", "talks", "condemned", "attack",
         "sanctions", "he", "she", "they", "it", "its", "government", "minister", "agreed", "$5 billion",
         "25%", "1,000 troops", "on Friday", "last week", "March 3, 2025", "2025-03-28", "yesterday",
         "next month", "NATO", "EU", "European Union", "Russia's", "Ukraine", "not", "would", "will",
         "AND", "THE", "CANADA", "TARIFFS", "said:", "(Reuters)", "-", "\u2014", ",", ".", "?", "!", ";", ":"]
PUNCT = ["\"", "\u201c", "\u201d", "\u2018", "\u2019", "'", "\u00ab", "\u00bb", "\n", "\n\n", "\n    ", "\t",
         "\r\n", "\u00a0", "\u200b", " ", "  ", "\u00e9", "\u4e2d\u56fd", "\U0001F600", "\u0301", "\ufeff"]

newsy = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(PUNCT), st.text(max_size=8)),
                 max_size=80).map(lambda parts: " ".join(parts) if len(parts) % 2 else "".join(parts))
any_text = st.text(max_size=400)
texts = st.one_of(any_text, newsy, st.tuples(newsy, any_text, newsy).map("".join))
ACTORS = ["Canada", "U.S.", "Trump", "Carney", "Mexico", "China", "Japan", "EU", "NATO", "Russia", "Ukraine"]
VERBS = ["imposes tariffs on", "condemns", "threatens", "meets", "sanctions", "praises", "attacks",
         "agrees to talks with", "rejects", "urges", "accuses", "warns", "To raise tariffs on", "Sanctions on"]
headlines = st.tuples(st.sampled_from(ACTORS), st.sampled_from(VERBS), st.sampled_from(ACTORS),
                      st.sampled_from(["", " - sources", ": Reuters", " over steel", "?"]),
                      st.booleans()).map(lambda t: (f"{t[0]} {t[1]} {t[2]}{t[3]}").upper() if t[4]
                                         else f"{t[0]} {t[1]} {t[2]}{t[3]}")
titles = st.one_of(st.just(""), st.text(max_size=60), newsy.map(lambda s: s[:120]),
                   newsy.map(lambda s: s[:80].upper()), headlines)
dates = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))


@pytest.fixture(scope="module")
def coder():
    from newscoder.pipeline import Coder
    return Coder()


def _field(rec, in_: str) -> str:
    assert in_ in ("text", "title"), in_
    return rec.article.title if in_ == "title" else rec.article.text


def check_record(rec) -> None:
    actor_ids = {a.id for a in rec.actors}
    assert len(actor_ids) == len(rec.actors)
    for a in rec.actors:
        for m in a.mentions:
            assert 0 <= m.start <= m.end <= len(_field(rec, m.in_))
            assert _field(rec, m.in_)[m.start:m.end] == m.text, ("mention", m)
    for e in rec.events:
        f = _field(rec, e.in_)
        assert 0 <= e.start <= e.end <= len(f)
        assert f[e.start:e.end] == e.sentence, ("event sentence", e.id)
        assert e.start <= e.trigger_start <= e.trigger_end <= e.end, ("trigger outside its sentence", e.id)
        assert f[e.trigger_start:e.trigger_end] == e.trigger, ("event trigger", e.id)
        for q in e.quantities:
            assert _field(rec, q.in_)[q.start:q.end] == q.text, ("quantity", q)
        for side in (e.source, e.target):
            if side is not None and side.actor is not None:
                assert side.actor in actor_ids, ("event party names no actor of the record", e.id, side.actor)
    for q in rec.quotes:
        assert _field(rec, q.in_)[q.start:q.end] == q.text, ("quote", q)
        if q.speaker is not None and q.speaker.actor is not None:
            assert q.speaker.actor in actor_ids, ("quote speaker names no actor", q)
    for d in rec.dates:
        assert _field(rec, d.in_)[d.start:d.end] == d.text, ("date", d)
    for m in rec.amounts:
        assert _field(rec, m.in_)[m.start:m.end] == m.text, ("amount", m)
    d = rec.to_dict()  # the output contract serialises whatever came out
    assert d["article"]["text"] == rec.article.text


@SETTINGS
@given(text=texts, date=dates)
def test_any_text_codes_with_exact_spans(coder, text, date):
    check_record(code(text, date, coder=coder))


@SETTINGS
@given(text=newsy, title=titles, date=dates)
def test_any_title_codes_with_exact_spans(coder, text, title, date):
    check_record(code(text, date, title=title, coder=coder))


@SETTINGS
@given(text=newsy, title=headlines, date=dates)
def test_event_triggers_slice_back_exactly(coder, text, title, date):
    check_record(code(text, date, title=title, coder=coder))


@pytest.mark.parametrize("text", [
    "", " ", "\n\n\n", "\u201c", "\"\"\"\"", "U.S.", "U.S. To",
    "THE U.S. TO RAISE TARIFFS.",
    "Russia condemned U.S. Sanctions against Iran on Friday.",
    "\u201cWe will retaliate,\u201d Carney said.\u201d\u201c", "said said said", "\ufeffCanada said.",
    "Canada\u0301 imposed tariffs on the U.S. on Friday, March 3, 2025.",
    "\"Canada\n\n imposed tariffs\" on \u00abMexico\u00bb, he said. \u201cNo,\u201d",
])
def test_edge_cases(coder, text):
    check_record(code(text, dt.date(2025, 3, 28), title=text[:40], coder=coder))
