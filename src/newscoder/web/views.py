"""The data of every page: one function per page, shared by its HTML view, its ``.json`` twin and its
``/api`` route. Each takes a store and validated parameters and returns a plain dict; the templates only
render what these dicts contain.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

from .. import analysis
from . import charts
from .params import (ActorParams, ActorsParams, ArticlesParams, DyadParams, EventParams, NetworkParams,
                     QuoteParams)


class NotFound(Exception):
    """Nothing stored under the requested id (answers 404)."""


def url(path: str, fragment: str | None = None, **params: Any) -> str:
    """``path?query#fragment`` with the parameters that are set (None and "" are left out)."""
    qs = urlencode([(k, str(v)) for k, v in params.items() if v is not None and v != ""])
    return path + ("?" + qs if qs else "") + ("#" + fragment if fragment else "")


def actor_url(q: str) -> str:
    return "/actors/" + quote(q, safe="")


def article_url(article_id: str, fragment: str | None = None) -> str:
    return "/articles/" + quote(article_id, safe="") + ("#" + fragment if fragment else "")


def dyad_page(store, p: DyadParams) -> dict[str, Any]:
    """The home page: a dyad's timeline, and the events of one selected period."""
    choices = analysis.dyad_choices(store, limit=80)
    if p.a is not None:
        a, b = p.a, p.b
    else:
        a, b = analysis.top_dyad(store) or (None, None)
    rows = analysis.dyad_timeline(store, a, b, p.interval, p.since, p.until) if a and b else []

    def link(r: dict[str, Any]) -> str:
        return url("/dyad", "period-events", a=a, b=b, interval=p.interval, since=p.since, until=p.until,
                   period=r["period"])

    period = None
    evs: list[dict[str, Any]] = []
    total = 0
    if p.period and a and b:
        start, end = analysis.period_bounds(p.period, p.interval)
        since = max(start, p.since) if p.since else start
        until = min(end, p.until) if p.until else end
        period = {"label": p.period, "start": start, "end": end}
        evs = analysis.events(store, dyad=(a, b), since=since, until=until, limit=p.limit)
        total = analysis.count_events(store, dyad=(a, b), since=since, until=until)
    selected = None
    if period is not None:
        selected = next((r["period"] for r in rows if r["start"] == period["start"]), p.period)
    n = sum(r["n"] for r in rows)
    gs = [(r["goldstein"], r["n"]) for r in rows if r["goldstein"] is not None]
    known = {c["code"] for c in choices}
    for code in (a, b):
        if code and code not in known:
            choices.append({"code": code, "name": code, "n": None})
    return {
        "a": a, "b": b, "interval": p.interval, "since": p.since, "until": p.until,
        "choices": choices, "timeline": rows,
        "summary": {"events": n, "periods": sum(1 for r in rows if r["n"]),
                    "goldstein": round(sum(g * k for g, k in gs) / sum(k for _, k in gs), 2) if gs else None},
        "chart": charts.timeline(rows, link, selected=selected),
        "period": period, "events": evs, "events_total": total,
        "events_url": url("/events", dyad=f"{a},{b}", since=p.since, until=p.until) if a and b else None,
    }


def events_page(store, p: EventParams) -> dict[str, Any]:
    """One page of events matching the filters, with the total and links to the next and previous pages."""
    f = p.filters()
    rows = analysis.events(store, **f, limit=p.limit, offset=p.offset)
    total = analysis.count_events(store, **f)
    params = p.model_dump(exclude={"limit", "offset"})
    nxt = p.offset + p.limit < total
    return {
        "filters": params, "total": total, "limit": p.limit, "offset": p.offset, "rows": rows,
        "next": url("/events", **params, limit=p.limit, offset=p.offset + p.limit) if nxt else None,
        "prev": url("/events", **params, limit=p.limit, offset=max(0, p.offset - p.limit)) if p.offset else None,
    }


def article_page(store, article_id: str) -> dict[str, Any]:
    """One article with its highlights; raises NotFound when it is not stored."""
    data = analysis.article(store, article_id)
    if data is None:
        raise NotFound(f"no article {article_id!r} in this database; see /articles for the stored ones")
    return data


def articles_page(store, p: ArticlesParams) -> dict[str, Any]:
    rows = analysis.articles(store, q=p.q, limit=p.limit + 1, offset=p.offset)
    more = len(rows) > p.limit
    return {"q": p.q, "limit": p.limit, "offset": p.offset, "rows": rows[:p.limit],
            "next": url("/articles", q=p.q, limit=p.limit, offset=p.offset + p.limit) if more else None,
            "prev": url("/articles", q=p.q, limit=p.limit, offset=max(0, p.offset - p.limit)) if p.offset else None}


def actors_page(store, p: ActorsParams) -> dict[str, Any]:
    return {"q": p.q, "rows": analysis.actor_summary(store, p.q, limit=p.limit)}


def actor_page(store, q: str, p: ActorParams) -> dict[str, Any]:
    """One actor query's profile; raises NotFound when nothing matches it."""
    data = analysis.actor_profile(store, q, limit=p.limit)
    if not data["actors"] and not data["n_events"] and not data["quotes"]:
        raise NotFound(f"no actor matches {q!r}; search for one at /actors?q=...")
    data["events_url"] = url("/events", actor=q)
    return data


def network_page(store, p: NetworkParams) -> dict[str, Any]:
    """The actor network and, when an edge is selected, its events."""
    net = analysis.network(store, p.since, p.until, p.min_events, level=p.level, max_nodes=p.max_nodes)
    base = {"since": p.since, "until": p.until, "min_events": p.min_events if p.min_events != 1 else None,
            "level": p.level if p.level != "country" else None, "max_nodes": p.max_nodes if p.max_nodes != 40 else None}

    def edge_link(e: dict[str, Any]) -> str:
        return url("/network", "edge-events", **base, edge=f"{e['source']},{e['target']}")

    selected = tuple(p.edge.split(",")) if p.edge else None
    evs: list[dict[str, Any]] = []
    total = 0
    if selected:
        evs = analysis.events(store, dyad=selected, since=p.since, until=p.until, limit=p.limit)
        total = analysis.count_events(store, dyad=selected, since=p.since, until=p.until)
    chart = charts.network(net, edge_link, lambda n: actor_url(n["id"]), selected=selected)
    return {**net, "max_nodes": p.max_nodes, "chart": chart, "edge": p.edge, "events": evs, "events_total": total}


def quotes_page(store, p: QuoteParams) -> dict[str, Any]:
    rows = analysis.quotes(store, speaker=p.speaker, text=p.text, limit=p.limit + 1, offset=p.offset)
    more = len(rows) > p.limit
    params = {"speaker": p.speaker, "text": p.text}
    return {**params, "limit": p.limit, "offset": p.offset, "rows": rows[:p.limit],
            "next": url("/quotes", **params, limit=p.limit, offset=p.offset + p.limit) if more else None,
            "prev": url("/quotes", **params, limit=p.limit, offset=max(0, p.offset - p.limit)) if p.offset else None}
