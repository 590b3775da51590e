"""GDELT-style tone: the share of positive minus the share of negative words.

For a text of ``words`` word tokens, ``positive`` is the percentage of them found in the
positive lexicon, ``negative`` the percentage in the negative one, ``tone = positive -
negative`` (-100..+100, news usually -10..+5) and ``polarity = positive + negative``.

The lexicon (``data/tone/lexicon.tsv``) is derived from VADER (MIT; see ``data/tone/LICENSE``
and ``tools/build_tone_lexicon.py``): plain words with |valence| >= 1, minus words that are
mostly neutral in news ("united", "party", "interest", "shares"). Each word counts once,
unweighted, as in GDELT.

Simple negation: a lexicon word within three words after "not", "no", "never", "n't",
"without", "nor", "neither", "cannot" (in the same clause) counts on the opposite side:
"not good" is negative, "did not attack" positive. Possessive "'s" is stripped before lookup.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from newscoder.errors import DataError
from newscoder.records import Tone

__all__ = ["document_tone", "sentence_tone", "load_lexicon"]

# words (with inner apostrophes) and clause punctuation, which ends a negation's reach
_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|[.,;:!?()\"“”]")
_NEGATORS = {"not", "no", "never", "without", "nor", "neither", "cannot", "none", "nobody", "nothing"}
_NEGATION_WINDOW = 3


@lru_cache(maxsize=1)
def load_lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """The positive and negative word sets from ``data/tone/lexicon.tsv``.

    Returns:
        ``(positive, negative)`` as frozen sets of lower-case words.

    Raises:
        DataError: if the lexicon file is missing or has malformed lines (all are listed).
    """
    try:
        text = resources.files("newscoder").joinpath("data/tone/lexicon.tsv").read_text("utf-8")
    except FileNotFoundError as exc:
        raise DataError("Tone lexicon data/tone/lexicon.tsv is missing from the newscoder package. "
                        "Rebuild it with tools/build_tone_lexicon.py or reinstall newscoder.") from exc
    positive: set[str] = set()
    negative: set[str] = set()
    problems: list[str] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        try:
            word, valence = parts[0], float(parts[1])
        except (IndexError, ValueError):
            problems.append(f"line {n}: expected 'word<TAB>valence', got {line!r}")
            continue
        (positive if valence > 0 else negative).add(word.lower())
    if problems:
        raise DataError("Tone lexicon data/tone/lexicon.tsv is malformed; rebuild it with "
                        "tools/build_tone_lexicon.py.", problems)
    return frozenset(positive), frozenset(negative)


_NEGATOR, _POSITIVE, _NEGATIVE, _PLAIN = 0, 1, 2, 3
_KINDS: dict[str, int] = {}  # word as written -> its kind: most words recur, so each is classified once
_KINDS_MAX = 200_000


def _kind(tok: str) -> int:
    positive, negative = load_lexicon()
    low = tok.lower().replace("’", "'")
    if low in _NEGATORS or low.endswith("n't"):
        return _NEGATOR
    if low.endswith("'s"):
        low = low[:-2]
    if low in positive:
        return _POSITIVE
    if low in negative:
        return _NEGATIVE
    return _PLAIN


def _count(text: str) -> tuple[int, int, int]:
    """(words, positive hits, negative hits) of ``text``."""
    kinds = _KINDS
    words = pos = neg = 0
    since_negator = _NEGATION_WINDOW + 1  # words since the last negator
    for tok in _TOKEN.findall(text):
        if not tok[0].isalpha():  # clause punctuation
            since_negator = _NEGATION_WINDOW + 1
            continue
        words += 1
        kind = kinds.get(tok)
        if kind is None:
            kind = _kind(tok)
            if len(kinds) >= _KINDS_MAX:
                kinds.clear()
            kinds[tok] = kind
        if kind == _NEGATOR:
            since_negator = 0
            continue
        since_negator += 1
        if kind == _PLAIN:
            continue
        flip = since_negator <= _NEGATION_WINDOW
        if (kind == _POSITIVE) != flip:
            pos += 1
        else:
            neg += 1
    return words, pos, neg


def document_tone(text: str) -> Tone:
    """The tone of a whole text (title and body, or body alone).

    Args:
        text: any text; may be empty.

    Returns:
        A ``Tone`` with percentages rounded to 4 decimals; all zero for a text without words.

    Raises:
        TypeError: if ``text`` is not a string.
        DataError: if the shipped lexicon is missing or malformed.
    """
    if not isinstance(text, str):
        raise TypeError(f"document_tone needs a str, got {type(text).__name__}")
    words, pos, neg = _count(text)
    if not words:
        return Tone()
    p, n = 100.0 * pos / words, 100.0 * neg / words
    return Tone(tone=round(p - n, 4), positive=round(p, 4), negative=round(n, 4),
                polarity=round(p + n, 4), words=words)


def sentence_tone(text: str) -> float:
    """The tone (positive% - negative%) of one sentence, as used for an event.

    Args:
        text: the sentence.

    Returns:
        The tone, rounded to 4 decimals; 0.0 for a sentence without words.

    Raises:
        TypeError: if ``text`` is not a string.
        DataError: if the shipped lexicon is missing or malformed.
    """
    return document_tone(text).tone
