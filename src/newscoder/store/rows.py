"""CodedArticle <-> table rows, pure functions (no database).

``to_rows`` flattens one coded article into tuples in the column order of ``schema.TABLES``;
``from_rows`` rebuilds the CodedArticle from those tuples; ``check`` lists integrity problems
(duplicate ids, events or quotes naming an actor the article does not have).
"""
from __future__ import annotations

import collections

import hashlib
from collections import defaultdict
from typing import Any

from ..records import (Actor, Amount, Article, CodedArticle, DateRef, Event, Mention, Party, Quantity, Quote,
                       Speaker, Tone)

Row = tuple[Any, ...]


def content_hash(article: Article) -> str:
    """The sha1 (hex) of the article's date, title and text, joined by U+001F.

    Two records with the same hash code to the same result, so a resumed run can skip them.
    """
    date = article.date.isoformat() if article.date else ""
    return hashlib.sha1("\x1f".join((date, article.title or "", article.text or "")).encode("utf-8")).hexdigest()


def check(coded: CodedArticle) -> list[str]:
    """Integrity problems of one coded article, as messages naming it; empty when it can be stored."""
    aid = coded.article.id
    if not isinstance(aid, str) or not aid:
        return [f"article {aid!r}: the id must be a non-empty string"]
    problems = []
    actor_ids = [a.id for a in coded.actors]
    for label, ids in (("actor", actor_ids), ("event", [e.id for e in coded.events])):
        dups = sorted(i for i, n in collections.Counter(ids).items() if n > 1)
        if dups:
            problems.append(f"article {aid}: duplicate {label} ids {dups}")
    known = set(actor_ids)
    for e in coded.events:
        for side, party in (("source", e.source), ("target", e.target)):
            if party is not None and party.actor is not None and party.actor not in known:
                problems.append(f"article {aid}: event {e.id} {side} names actor {party.actor!r}, "
                                f"which is not among its actors {sorted(known)}")
    for i, q in enumerate(coded.quotes):
        if q.speaker is not None and q.speaker.actor is not None and q.speaker.actor not in known:
            problems.append(f"article {aid}: quote {i} speaker names actor {q.speaker.actor!r}, "
                            f"which is not among its actors {sorted(known)}")
    return problems


def _party(p: Party | None) -> Row:
    if p is None:
        return (None,) * 6
    return (p.actor, p.name, p.code, p.country, p.sector, p.text)


def to_rows(coded: CodedArticle, out: dict[str, list[Row]], *, digest: str, coded_at: Any,
            run_id: str | None) -> None:
    """Append the rows of one coded article to ``out`` (table -> list of tuples)."""
    a, aid, t = coded.article, coded.article.id, coded.tone
    out["articles"].append((aid, a.date, a.title, a.source, a.url, a.text, a.origin, digest, coded_at, run_id,
                            t.tone, t.positive, t.negative, t.polarity, t.words, list(coded.warnings)))
    actors, mentions = out["actors"], out["mentions"]
    for i, ac in enumerate(coded.actors):
        actors.append((aid, ac.id, i, ac.name, ac.kind, ac.code, ac.country, ac.sector, ac.role,
                       ac.wikidata, ac.key))
        for j, m in enumerate(ac.mentions):
            mentions.append((aid, ac.id, j, m.text, m.start, m.end, m.in_))
    events, quantities = out["events"], out["event_quantities"]
    for i, e in enumerate(coded.events):
        events.append((aid, e.id, i, e.type, e.mode, list(e.context), *_party(e.source), *_party(e.target),
                       e.date, e.date_text, e.negated, e.modality, e.trigger, e.trigger_start, e.trigger_end,
                       e.sentence, e.start, e.end, e.in_, e.goldstein, e.tone, e.confidence, e.rule))
        for j, q in enumerate(e.quantities):
            quantities.append((aid, e.id, j, q.text, q.value, q.unit, q.start, q.end, q.in_))
    for i, q in enumerate(coded.quotes):
        s = q.speaker
        speaker = (s.actor, s.name, s.country, s.text) if s is not None else (None,) * 4
        out["quotes"].append((aid, i, q.text, q.start, q.end, *speaker, q.cue, q.partial, q.in_))
    for i, d in enumerate(coded.dates):
        out["dates"].append((aid, i, d.text, d.value, d.granularity, d.start, d.end, d.in_))
    for i, m in enumerate(coded.amounts):
        out["amounts"].append((aid, i, m.text, m.value, m.unit, m.object, m.start, m.end, m.in_))


def _party_from(r: dict[str, Any], side: str) -> Party | None:
    if r[f"{side}_text"] is None:
        return None
    return Party(text=r[f"{side}_text"], actor=r[f"{side}_actor"], name=r[f"{side}_name"],
                 code=r[f"{side}_code"], country=r[f"{side}_country"], sector=r[f"{side}_sector"])


def from_rows(rows: dict[str, list[dict[str, Any]]]) -> CodedArticle:
    """Rebuild one CodedArticle from its rows (table -> list of column dicts, ordered by idx)."""
    r = rows["articles"][0]
    article = Article(id=r["id"], date=r["date"], title=r["title"], text=r["text"], source=r["source"],
                      url=r["url"], origin=r["origin"])
    tone = Tone(tone=r["tone"], positive=r["tone_positive"], negative=r["tone_negative"],
                polarity=r["tone_polarity"], words=r["tone_words"])
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for m in rows["mentions"]:
        mentions[m["actor_id"]].append(Mention(m["text"], m["start"], m["end"], m["in_"]))
    actors = [Actor(id=x["actor_id"], name=x["name"], kind=x["kind"], code=x["code"], country=x["country"],
                    sector=x["sector"], role=x["role"], wikidata=x["wikidata"], key=x["key"],
                    mentions=mentions[x["actor_id"]]) for x in rows["actors"]]
    quantities: dict[str, list[Quantity]] = defaultdict(list)
    for q in rows["event_quantities"]:
        quantities[q["event_id"]].append(Quantity(q["text"], q["value"], q["unit"], q["start"], q["end"], q["in_"]))
    events = [Event(id=e["event_id"], type=e["type"], mode=e["mode"], context=list(e["context"] or []),
                    source=_party_from(e, "source"), target=_party_from(e, "target"), date=e["date"],
                    date_text=e["date_text"], negated=e["negated"], modality=e["modality"], trigger=e["trigger"],
                    sentence=e["sentence"], start=e["start"], end=e["end"], rule=e["rule"], in_=e["in_"],
                    trigger_start=e["trigger_start"], trigger_end=e["trigger_end"],
                    quantities=quantities[e["event_id"]], goldstein=e["goldstein"], tone=e["tone"],
                    confidence=e["confidence"]) for e in rows["events"]]
    quotes = [Quote(text=q["text"], start=q["start"], end=q["end"], cue=q["cue"], in_=q["in_"], partial=q["partial"],
                    speaker=None if q["speaker_text"] is None else Speaker(
                        text=q["speaker_text"], actor=q["speaker_actor"], name=q["speaker_name"],
                        country=q["speaker_country"])) for q in rows["quotes"]]
    dates = [DateRef(d["text"], d["value"], d["start"], d["end"], d["in_"], d["granularity"]) for d in rows["dates"]]
    amounts = [Amount(m["text"], m["value"], m["unit"], m["object"], m["start"], m["end"], m["in_"])
               for m in rows["amounts"]]
    return CodedArticle(article=article, actors=actors, events=events, quotes=quotes, dates=dates,
                        amounts=amounts, tone=tone, warnings=list(r["warnings"] or []))
