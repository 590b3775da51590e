"""Tests of newscoder.tone: GDELT-style tone from the shipped VADER-derived lexicon."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from newscoder.records import Tone
from newscoder.tone import document_tone, load_lexicon, sentence_tone

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"


@pytest.mark.parametrize("text,words,positive,negative", [
    ("This is good.", 3, 1, 0),
    ("This is not good.", 4, 0, 1),  # negation flips
    ("He did not attack.", 4, 1, 0),
    ("We didn't win, but the crisis ended.", 7, 0, 2),  # "didn't win" -> negative; crisis negative
    ("Not now. A great deal.", 5, 1, 0),  # a full stop ends the negation's reach
    ("The attack killed ten people.", 5, 0, 2),
    ("Trump's threats and hostile rhetoric.", 5, 0, 2),
    ("The United Nations party met.", 5, 0, 0),  # news-neutral words left out of the lexicon
    ("", 0, 0, 0),
    ("12 34 !!", 0, 0, 0),
])
def test_counts(text, words, positive, negative):
    tone = document_tone(text)
    assert tone.words == words
    if words:
        assert tone.positive == pytest.approx(round(100 * positive / words, 4))
        assert tone.negative == pytest.approx(round(100 * negative / words, 4))
        assert tone.tone == pytest.approx(round(tone.positive - tone.negative, 4), abs=1e-3)
        assert tone.polarity == pytest.approx(round(tone.positive + tone.negative, 4), abs=1e-3)
    else:
        assert tone == Tone()


def test_sentence_tone_is_document_formula():
    assert sentence_tone("This is good.") == pytest.approx(33.3333)
    assert sentence_tone("Rebels attacked and killed soldiers.") < 0
    assert sentence_tone("") == 0.0


def test_lexicon_is_shipped_with_licence():
    positive, negative = load_lexicon()
    assert len(positive) > 1000 and len(negative) > 1000
    assert not positive & negative
    assert {"good", "agree", "peace"} <= positive
    assert {"war", "attack", "killed", "threat"} <= negative
    assert not {"united", "party", "interest", "shares", "like", "no"} & (positive | negative)
    data = resources.files("newscoder").joinpath("data/tone")
    assert "MIT" in data.joinpath("LICENSE").read_text("utf-8")
    assert "VADER" in data.joinpath("lexicon.tsv").read_text("utf-8").splitlines()[0]


def test_type_error():
    with pytest.raises(TypeError):
        document_tone(None)  # type: ignore[arg-type]


@pytest.mark.skipif(importlib.util.find_spec("vaderSentiment") is None,
                    reason="vaderSentiment is not installed: cannot rebuild the lexicon to compare")
def test_build_script_reproduces_shipped_lexicon(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_tone_lexicon.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    shipped = resources.files("newscoder").joinpath("data/tone")
    assert (tmp_path / "lexicon.tsv").read_text("utf-8") == shipped.joinpath("lexicon.tsv").read_text("utf-8")
    assert (tmp_path / "LICENSE").read_text("utf-8") == shipped.joinpath("LICENSE").read_text("utf-8")


def test_real_article_from_shared():
    path = SHARED / "examples" / "000_071138934c7246b1.txt"
    if not path.exists():
        pytest.skip(f"{path} not found: the shared examples are not beside the repo")
    tone = document_tone(path.read_text(encoding="utf-8"))
    assert tone.words > 100
    assert 0 < tone.polarity < 30
    assert -15 < tone.tone < 15
