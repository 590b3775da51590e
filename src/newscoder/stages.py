"""Stage factories named in the registry. Each returns a callable ``stage(state) -> None`` that reads
what its spec requires from the per-article :class:`State` and sets what it assigns."""
from __future__ import annotations

from dataclasses import dataclass, field

from .records import Article, Tone


@dataclass(slots=True)
class State:
    """What the stages know about one article so far."""

    article: Article
    parsed: list = field(default_factory=list)  # [nlp.Parsed] in article order (title first)
    actors: object = None  # actors.resolver.ActorIndex
    dates: dict = field(default_factory=dict)  # segment index -> [DateRef]
    amounts: dict = field(default_factory=dict)  # segment index -> [Amount]
    events: list = field(default_factory=list)
    quotes: list = field(default_factory=list)
    tone: Tone = field(default_factory=Tone)


def make_actors(ctx):
    from .actors.resolver import dateline_of, dateline_spans
    resolver = ctx.resolver

    def actors(state: State) -> None:
        state.actors = resolver.resolve(state.parsed, state.article.date,
                                        dateline=dateline_of(state.article), skip=dateline_spans(state.article))
    return actors


def make_dates(ctx):
    from .dates import find_dates
    from .nlp import doc_text

    def dates(state: State) -> None:
        for seg, p in enumerate(state.parsed):
            found = find_dates(doc_text(p.doc), state.article.date, offset=p.start, in_=p.in_)
            if found:
                state.dates[seg] = found
    return dates


def make_amounts(ctx):
    from .amounts import find_amounts

    def amounts(state: State) -> None:
        for seg, p in enumerate(state.parsed):
            found = find_amounts(p.doc, offset=p.start, in_=p.in_)
            if found:
                state.amounts[seg] = found
    return amounts


def make_events(ctx):
    coder = ctx.event_coder

    def events(state: State) -> None:
        state.events = coder.code(state.parsed, state.actors, state.dates, state.article.date, state.amounts,
                                  quotes=state.quotes)
    return events


def make_quotes(ctx):
    finder = ctx.quote_finder

    def quotes(state: State) -> None:
        state.quotes = finder.find(state.parsed, state.actors)
    return quotes


def make_tone(ctx):
    from .tone import document_tone

    def tone(state: State) -> None:
        a = state.article
        state.tone = document_tone(a.text if a.text.strip() else a.title)
    return tone
