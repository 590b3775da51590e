"""The opt-in pre-filter (``Options(prefilter=True)``, ``newscoder code --prefilter``): parse only the
segments that can hold an event or a quotation.

The spaCy parse is most of newscoder's time, and most paragraphs of a news corpus (prices, earnings,
background) hold no event. A body paragraph is parsed only when it holds

- a quotation (the quote stage's own :func:`newscoder.quotes.find_quote_spans` finds one), or
- a word that can be an event trigger: a form of a lemma of the event lexicon (verbs, with the CAMEO
  fallback when it is on; nouns; adjectives, as written; the words of the ``refutations``,
  ``condemnations`` and ``evidence_nouns`` sets; the verbs of modifiers such as "lift") or of a word
  that one of the coder's own rules starts from (:data:`newscoder.events.coder.RULE_WORDS`), or
- an acronym defined in brackets after a name ("the Royal Canadian Mounted Police (RCMP)"), which the
  actor stage links to the body wherever the article uses it.

Headlines are always parsed. Whether a word is a form of a lemma is decided without a tagger, with the
loaded pipeline's own English lemmatizer tables (its suffix rules for every part of speech and its
irregular forms: "met" -> "meet", "sought" -> "seek"), so the test keeps every word the parse could
lemmatise to a trigger. A segment that fails is only tokenised (:func:`unparsed_doc`, about 1% of the cost
of its parse): the stages see it as one sentence without tags, entities or dependencies, so no event,
quote or amount can come from it, while its dates (found in the text) are kept and dictionary names and
demonyms in it are still actors.

What it costs is measured, not assumed: ``docs/performance.md`` gives the events, quotes, actors and
dates of both modes over the same Reuters-21578 articles and ``newscoder eval`` on every gold set.
"""
from __future__ import annotations

import functools
import re

from .quotes import find_quote_spans

_NONE: frozenset[str] = frozenset()
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_ACRONYM_DEF = re.compile(r"[a-z] \([A-Z]{2,6}\)")  # a body's name, then its acronym in brackets
# A month named with a day or after a preposition is a date, not a march ("in March", "March 3").
_MONTH = re.compile(r"\b(?:(?:in|of|on|since|until|from|by|last|next|early|late|mid|end|before|after) )?"
                    r"(?:March|May)(?:(?=\s+\d)|(?<=[a-z] March)|(?<=[a-z] May))")


class Prefilter:
    """Tells whether a segment's text can hold an event or a quotation (see the module docstring)."""

    def __init__(self, lemmas: frozenset[str], rules: list[tuple[str, str]], irregular: dict[str, frozenset[str]]):
        self.lemmas = lemmas
        self.rules = rules  # (suffix, replacement), as spaCy's rule lemmatizer applies them
        self.irregular = irregular  # lower-case form -> its lemmas
        # Each word form is tested once (a bounded cache per pre-filter).
        self.is_trigger_form = functools.lru_cache(maxsize=200_000)(self._is_trigger_form)

    @classmethod
    def build(cls, lexicon, nlp) -> "Prefilter | None":
        """From the loaded lexicon and spaCy pipeline; None when the pipeline has no rule lemmatizer
        tables to read forms with (the pre-filter is then off: every segment is parsed)."""
        from .events.coder import RULE_WORDS

        lemmas = {lemma for lemma, _particle in lexicon.verbs} | set(lexicon.nouns) | set(lexicon.adjectives)
        lemmas |= {verb for verb, _noun in lexicon.modifiers} | set(RULE_WORDS)
        lemmas |= set(lexicon.sets.get("refutations", ()))  # "the charges were unfounded": a REJECT
        lemmas |= set(lexicon.sets.get("condemnations", ()))  # "the ban was discriminatory": an ACCUSE
        lemmas |= set(lexicon.sets.get("evidence_nouns", ()))  # "there is evidence connecting X to ...": ACCUSE
        try:
            lookups = nlp.get_pipe("lemmatizer").lookups
            rule_table = lookups.get_table("lemma_rules")
            exc_table = lookups.get_table("lemma_exc")
        except (KeyError, AttributeError, ValueError):
            return None
        rules = sorted({(old, new) for pos in rule_table for old, new in rule_table[pos] if old})
        irregular: dict[str, set[str]] = {}
        for pos in exc_table:
            for form, lemma_list in exc_table[pos].items():
                irregular.setdefault(form, set()).update(lemma_list)
        return cls(frozenset(w.lower() for w in lemmas), rules,
                   {k: frozenset(v) for k, v in irregular.items()})

    def _is_trigger_form(self, word: str) -> bool:
        """Whether ``word`` can be a form of a trigger lemma ("sought", "sanctions", "Talks")."""
        w = word.lower()
        lemmas = self.lemmas
        if w in lemmas or not self.irregular.get(w, _NONE).isdisjoint(lemmas):
            return True
        for old, new in self.rules:
            if w.endswith(old) and w[:len(w) - len(old)] + new in lemmas:
                return True
        return False

    def keep(self, text: str) -> bool:
        """Whether the segment ``text`` is to be parsed."""
        if any(e > s for s, e, _closed in find_quote_spans(text)):
            return True
        if _ACRONYM_DEF.search(text):
            return True  # "the Royal Canadian Mounted Police (RCMP)": the acronym names a body elsewhere too
        if "March" in text or "May" in text:
            text = _MONTH.sub(" ", text)
        return any(self.is_trigger_form(w) for w in _WORD.findall(text))


def unparsed_doc(nlp, text: str):
    """A tokenised-only Doc of ``text``: one sentence, no tags, entities or dependencies.

    Built through the ``Doc`` constructor with its sentence starts: a Doc straight from the tokenizer
    leaves the tree fields of some tokens unset (``Token.children`` on a whitespace token crashed).
    """
    from spacy.tokens import Doc

    toks = nlp.make_doc(text)
    return Doc(nlp.vocab, words=[t.text for t in toks], spaces=[bool(t.whitespace_) for t in toks],
               sent_starts=[k == 0 for k in range(len(toks))])
