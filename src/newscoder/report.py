"""Plain-text tables for people reading a terminal (the JSON twin is ``CodedArticle.to_dict()``)."""
from __future__ import annotations

import textwrap


def table(rows: list[list], headers: list[str], *, max_width: int = 48) -> str:
    """An aligned text table; cells are cut to ``max_width`` characters."""
    def cell(v) -> str:
        s = "" if v is None else str(v)
        s = " ".join(s.split())
        return s if len(s) <= max_width else s[: max_width - 1] + "…"
    body = [[cell(v) for v in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths))
    sep = "  ".join("-" * w for w in widths)
    out = [line, sep] + ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in body]
    return "\n".join(x.rstrip() for x in out)


def _party(p) -> str:
    if p is None:
        return "-"
    code = p.code or "?"
    return f"{p.name or p.text} [{code}]"


def article_table(r) -> str:
    """A readable summary of one coded article: events, quotes, actors, dates."""
    a = r.article
    head = f"== {a.id}  {a.date or 'no date'}  {textwrap.shorten(a.title or '(no title)', 90)}"
    parts = [head, ""]
    ev_rows = [[e.id, e.date, e.type + ("(not)" if e.negated else ""), e.mode, _party(e.source), _party(e.target),
                e.modality, e.trigger] for e in r.events]
    parts += [f"Events ({len(r.events)})", table(ev_rows, ["id", "date", "type", "mode", "source", "target", "modality", "trigger"], max_width=40), ""]
    q_rows = [[(q.speaker.name or q.speaker.text) if q.speaker else "?",
               (q.speaker.country if q.speaker else None), q.cue, q.text] for q in r.quotes]
    parts += [f"Quotes ({len(r.quotes)})", table(q_rows, ["speaker", "country", "cue", "quote"], max_width=70), ""]
    act_rows = [[x.id, x.name, x.kind, x.code, x.role, len(x.mentions)] for x in r.actors]
    parts += [f"Actors ({len(r.actors)})", table(act_rows, ["id", "name", "kind", "code", "role", "mentions"]), ""]
    d_rows = [[d.text, d.value, d.granularity] for d in r.dates]
    parts += [f"Dates ({len(r.dates)})", table(d_rows, ["text", "value", "granularity"]), ""]
    if r.amounts:
        am_rows = [[x.text, x.value, x.unit, x.object] for x in r.amounts]
        parts += [f"Amounts ({len(r.amounts)})", table(am_rows, ["text", "value", "unit", "object"]), ""]
    t = r.tone
    parts.append(f"Tone {t.tone:+.2f} (positive {t.positive:.2f}, negative {t.negative:.2f}, {t.words} words)")
    return "\n".join(parts)
