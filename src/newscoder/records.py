"""Typed records passed between the stages, and their JSON form (the output contract, version 1).

Offsets are Python string offsets, end exclusive. A span with ``in_ == "title"`` indexes
``Article.title``; every other span indexes ``Article.text`` (the body after the header line).
``to_dict()`` gives exactly the shape of ``../shared/docs/output-contract.md``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

CONTRACT_VERSION = 1

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


def _span_dict(d: dict[str, Any], in_: str) -> dict[str, Any]:
    if in_ == "title":
        d["in"] = "title"
    return d


@dataclass(slots=True)
class Article:
    """One input article. ``text`` is the body; ``title`` the headline (may be "")."""

    id: str
    date: dt.date | None
    title: str
    text: str
    source: str | None = None
    url: str | None = None
    origin: str | None = None  # where it came from (file:line), for reports; not part of the contract
    dateline: str | None = None  # "TOKYO, March 27" when the source gives it apart; not part of the contract

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.date.isoformat() if self.date else None,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "text": self.text,
        }


@dataclass(slots=True)
class Reject:
    """A record that could not be coded: where it came from and why."""

    origin: str
    reason: str
    article_id: str | None = None


@dataclass(slots=True)
class Mention:
    text: str
    start: int
    end: int
    in_: str = "text"

    def to_dict(self) -> dict[str, Any]:
        return _span_dict({"text": self.text, "start": self.start, "end": self.end}, self.in_)


@dataclass(slots=True)
class Actor:
    """A resolved actor of one article with all its mentions."""

    id: str  # "A1", "A2", ... within the article
    name: str
    kind: str  # person | country | government | organization | igo | group
    code: str | None  # CAMEO-style: CANGOV
    country: str | None  # ISO alpha-3 or IGO code (EU, NATO, UN)
    sector: str | None  # GOV, MIL, BUS, ...
    role: str | None = None  # "head of government", "trade minister", ...
    wikidata: str | None = None
    key: str | None = None  # dictionary entry id, stable across articles
    mentions: list[Mention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "kind": self.kind, "code": self.code,
            "country": self.country, "sector": self.sector, "role": self.role,
            "wikidata": self.wikidata, "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(slots=True)
class Party:
    """The source or target of an event: a reference to an actor plus the words that named it."""

    text: str
    actor: str | None = None  # Actor.id
    name: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "name": self.name, "code": self.code,
                "country": self.country, "sector": self.sector, "text": self.text}


@dataclass(slots=True)
class Quantity:
    text: str
    value: float | None
    unit: str | None
    start: int
    end: int
    in_: str = "text"

    def to_dict(self) -> dict[str, Any]:
        return _span_dict({"text": self.text, "value": self.value, "unit": self.unit,
                           "start": self.start, "end": self.end}, self.in_)


@dataclass(slots=True)
class Event:
    id: str
    type: str
    mode: str | None
    context: list[str]
    source: Party | None
    target: Party | None
    date: dt.date | None
    date_text: str | None
    negated: bool
    modality: str  # asserted | threatened | intended | hypothetical | reported | ...
    trigger: str
    sentence: str
    start: int  # offsets of the evidence sentence
    end: int
    rule: str
    in_: str = "text"
    trigger_start: int = -1
    trigger_end: int = -1
    quantities: list[Quantity] = field(default_factory=list)
    goldstein: float = 0.0
    tone: float = 0.0
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return _span_dict({
            "id": self.id, "type": self.type, "mode": self.mode, "context": list(self.context),
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "date": self.date.isoformat() if self.date else None, "date_text": self.date_text,
            "negated": self.negated, "modality": self.modality,
            "quantities": [q.to_dict() for q in self.quantities],
            "trigger": self.trigger, "trigger_start": self.trigger_start, "trigger_end": self.trigger_end,
            "sentence": self.sentence, "start": self.start, "end": self.end,
            "goldstein": self.goldstein, "tone": self.tone, "confidence": self.confidence,
            "rule": self.rule,
        }, self.in_)


@dataclass(slots=True)
class Speaker:
    text: str
    actor: str | None = None
    name: str | None = None
    country: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "name": self.name, "country": self.country, "text": self.text}


@dataclass(slots=True)
class Quote:
    text: str  # the quoted words, without the quote marks
    start: int
    end: int
    speaker: Speaker | None
    cue: str | None
    in_: str = "text"
    partial: bool = False

    def to_dict(self) -> dict[str, Any]:
        return _span_dict({"text": self.text, "start": self.start, "end": self.end,
                           "speaker": self.speaker.to_dict() if self.speaker else None,
                           "cue": self.cue, "partial": self.partial}, self.in_)


@dataclass(slots=True)
class DateRef:
    text: str
    value: dt.date | None  # None when the expression cannot be resolved to a day
    start: int
    end: int
    in_: str = "text"
    granularity: str = "day"  # day | month | year | week | range

    def to_dict(self) -> dict[str, Any]:
        return _span_dict({"text": self.text, "value": self.value.isoformat() if self.value else None,
                           "granularity": self.granularity,
                           "start": self.start, "end": self.end}, self.in_)


@dataclass(slots=True)
class Amount:
    text: str
    value: float | None
    unit: str | None  # percent | USD | CAD | ... | tonnes | people | None
    object: str | None  # the noun phrase it measures
    start: int
    end: int
    in_: str = "text"

    def to_dict(self) -> dict[str, Any]:
        return _span_dict({"text": self.text, "value": self.value, "unit": self.unit,
                           "object": self.object, "start": self.start, "end": self.end}, self.in_)


@dataclass(slots=True)
class Tone:
    tone: float = 0.0  # positive - negative, in percent of words
    positive: float = 0.0
    negative: float = 0.0
    polarity: float = 0.0  # positive + negative
    words: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"tone": self.tone, "positive": self.positive, "negative": self.negative,
                "polarity": self.polarity, "words": self.words}


@dataclass(slots=True)
class CodedArticle:
    """Everything newscoder found in one article: the record of the output contract."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    tone: Tone = field(default_factory=Tone)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "dates": [d.to_dict() for d in self.dates],
            "amounts": [a.to_dict() for a in self.amounts],
            "tone": self.tone.to_dict(),
            "warnings": list(self.warnings),
            "contract": CONTRACT_VERSION,
        }
