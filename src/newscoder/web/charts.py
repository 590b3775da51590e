"""Chart geometry for the server-rendered SVGs: numbers and strings only; the templates draw them.

Colours go in presentation attributes (``fill``, ``stroke``), never ``style``: the pages' Content-Security-
Policy forbids inline styles. Everything here is deterministic, so the same data draws the same chart.
"""
from __future__ import annotations

import datetime as dt
import math
from typing import Any, Callable

# GDELT QuadClass colours: verbal/material cooperation (blues), verbal/material conflict (oranges/reds).
QUAD_COLOURS = {1: "#9ecae1", 2: "#3182bd", 3: "#fdae6b", 4: "#e6550d"}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def goldstein_colour(g: float | None) -> str:
    """A diverging colour for a -10..+10 score: red (conflict), grey (0), blue (cooperation)."""
    if g is None:
        return "#999999"
    t = max(-1.0, min(1.0, g / 10.0))
    grey, red, blue = (170, 170, 170), (202, 0, 32), (5, 113, 176)
    end = blue if t > 0 else red
    t = abs(t) ** 0.7
    r, gg, b = (round(grey[i] + (end[i] - grey[i]) * t) for i in range(3))
    return f"#{r:02x}{gg:02x}{b:02x}"


def _nice_max(n: int) -> int:
    if n <= 5:
        return max(n, 1)
    step = 10 ** int(math.log10(n))
    for m in (1, 2, 5, 10):
        if n <= m * step:
            return m * step
    return 10 * step  # pragma: no cover


def timeline(rows: list[dict[str, Any]], link: Callable[[dict[str, Any]], str], *, width: int = 880,
             height: int = 320, selected: str | None = None) -> dict[str, Any]:
    """Geometry of a dyad timeline: event-count bars stacked by QuadClass, and the mean Goldstein line.

    Args:
        rows: ``analysis.dyad_timeline`` rows.
        link: the URL listing one period's events.
        selected: the label of the selected period (drawn highlighted).

    Returns:
        ``{width, height, plot, bars, points, lines, gaps, xticks, yticks, cticks, zero, legend}``.
    """
    ml, mr, mt, mb = 52, 52, 16, 64
    pw, ph = width - ml - mr, height - mt - mb
    n = len(rows)
    slot = pw / max(n, 1)
    cmax = _nice_max(max((r["n"] for r in rows), default=1))

    def gy(g: float) -> float:
        return round(mt + ph * (10 - g) / 20, 1)

    def cy(c: float) -> float:
        return round(mt + ph - ph * c / cmax, 1)

    bars, points, lines, gaps, xticks = [], [], [], [], []
    line: list[str] = []
    bar_w = max(2.0, min(28.0, slot * 0.6))
    every = max(1, math.ceil(n / 10))
    for i, r in enumerate(rows):
        x = ml + slot * (i + 0.5)
        base = 0
        for q in (1, 2, 3, 4):
            c = r["quad"].get(q, 0) if isinstance(r["quad"], dict) else 0
            if c:
                bars.append({"x": round(x - bar_w / 2, 1), "y": cy(base + c), "w": round(bar_w, 1),
                             "h": round(cy(base) - cy(base + c), 1), "fill": QUAD_COLOURS[q],
                             "title": f"{r['period']}: {c} {QUAD_NAMES[q]}"})
                base += c
        if r["n"] and r["goldstein"] is not None:
            y = gy(r["goldstein"])
            line.append(f"{x:.1f},{y:.1f}")
            types = ", ".join(f"{t} {k}" for t, k in r["counts"].items())
            points.append({"cx": round(x, 1), "cy": y, "r": 6 if r["period"] == selected else 4.5,
                           "fill": goldstein_colour(r["goldstein"]), "href": link(r), "period": r["period"],
                           "n": r["n"], "selected": r["period"] == selected,
                           "title": f"{r['period']}: {r['n']} events ({types}); mean Goldstein {r['goldstein']:+.1f}"
                                    " - click to list them"})
        else:
            if len(line) > 1:
                lines.append(" ".join(line))
            line = []
        # a jump in time between two listed periods (empty periods not drawn) breaks the line
        if i + 1 < n and rows[i + 1]["start"] > _day_after(r["end"]):
            gaps.append({"x": round(ml + slot * (i + 1), 1), "y1": mt, "y2": mt + ph})
            if len(line) > 1:
                lines.append(" ".join(line))
            line = []
        if i % every == 0:
            xticks.append({"x": round(x, 1), "label": r["period"]})
    if len(line) > 1:
        lines.append(" ".join(line))
    yticks = [{"y": gy(g), "label": f"{g:+d}" if g else "0"} for g in (-10, -5, 0, 5, 10)]
    cticks = [{"y": cy(c), "label": str(c)} for c in sorted({0, cmax // 2, cmax}) if c == int(c)]
    legend = [{"fill": QUAD_COLOURS[q], "label": QUAD_NAMES[q]} for q in (1, 2, 3, 4)]
    return {"width": width, "height": height, "plot": {"x": ml, "y": mt, "w": pw, "h": ph},
            "bars": bars, "points": points, "lines": lines, "gaps": gaps, "xticks": xticks, "yticks": yticks,
            "cticks": cticks, "zero": gy(0), "count_max": cmax, "legend": legend}


def _day_after(d: dt.date) -> dt.date:
    return d + dt.timedelta(days=1)


def layout(nodes: list[str], edges: list[tuple[str, str, float]], *, iterations: int | None = None) -> dict[str, tuple[float, float]]:
    """Deterministic Fruchterman-Reingold layout in the unit square (nodes start on a circle).

    Pure Python, O(nodes^2) a step: fewer steps for big graphs keep a 200-node page under a second or two.
    """
    k_n = len(nodes)
    if iterations is None:
        iterations = 200 if k_n <= 60 else 80
    if k_n == 0:
        return {}
    if k_n == 1:
        return {nodes[0]: (0.5, 0.5)}
    pos = {v: [0.5 + 0.4 * math.cos(2 * math.pi * i / k_n), 0.5 + 0.4 * math.sin(2 * math.pi * i / k_n)]
           for i, v in enumerate(nodes)}
    k = math.sqrt(1.0 / k_n)
    temp = 0.1
    for _ in range(iterations):
        disp = {v: [0.0, 0.0] for v in nodes}
        for i, v in enumerate(nodes):
            for u in nodes[i + 1:]:
                dx, dy = pos[v][0] - pos[u][0], pos[v][1] - pos[u][1]
                d = max(math.hypot(dx, dy), 1e-4)
                f = k * k / d
                disp[v][0] += dx / d * f
                disp[v][1] += dy / d * f
                disp[u][0] -= dx / d * f
                disp[u][1] -= dy / d * f
        for a, b, w in edges:
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            d = max(math.hypot(dx, dy), 1e-4)
            f = d * d / k * (1 + math.log1p(w)) / 2
            disp[a][0] -= dx / d * f
            disp[a][1] -= dy / d * f
            disp[b][0] += dx / d * f
            disp[b][1] += dy / d * f
        for v in nodes:
            dx, dy = disp[v]
            d = max(math.hypot(dx, dy), 1e-9)
            step = min(d, temp)
            # a weak pull to the centre keeps unconnected nodes on the canvas
            pos[v][0] += dx / d * step + (0.5 - pos[v][0]) * 0.01
            pos[v][1] += dy / d * step + (0.5 - pos[v][1]) * 0.01
        temp = max(temp * 0.97, 0.002)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    sx, sy = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return {v: ((p[0] - min(xs)) / sx, (p[1] - min(ys)) / sy) for v, p in pos.items()}


def network(net: dict[str, Any], edge_link: Callable[[dict[str, Any]], str],
            node_link: Callable[[dict[str, Any]], str], *, width: int = 880, height: int = 560,
            selected: tuple[str, str] | None = None) -> dict[str, Any]:
    """Geometry of the actor network: edge width by event count, colour by mean Goldstein.

    Returns:
        ``{width, height, nodes: [{cx, cy, r, fill, label, href, title}], edges: [{x1, y1, x2, y2, width,
        stroke, href, title, selected}], legend}``.
    """
    nodes, edges = net["nodes"], net["edges"]
    pos = layout([n["id"] for n in nodes], [(e["source"], e["target"], e["n"]) for e in edges])
    m = 60
    place = {k: (round(m + (width - 2 * m) * x, 1), round(m + (height - 2 * m) * y, 1)) for k, (x, y) in pos.items()}
    nmax = max((n["n"] for n in nodes), default=1)
    emax = max((e["n"] for e in edges), default=1)
    sel = set(selected) if selected else None
    out_edges = []
    for e in sorted(edges, key=lambda e: e["n"]):
        (x1, y1), (x2, y2) = place[e["source"]], place[e["target"]]
        out_edges.append({
            "x1": x1, "y1": y1, "x2": x2, "y2": y2, "n": e["n"], "width": round(1.5 + 10 * math.sqrt(e["n"] / emax), 1),
            "stroke": goldstein_colour(e["goldstein"]), "href": edge_link(e),
            "selected": sel == {e["source"], e["target"]},
            "title": f"{e['source']} - {e['target']}: {e['n']} events ({e['source']} on {e['target']} "
                     f"{e['a_to_b']}, {e['target']} on {e['source']} {e['b_to_a']}); mean Goldstein "
                     f"{(e['goldstein'] or 0):+.1f} - click to list them"})
    out_nodes = []
    for n in nodes:
        cx, cy = place[n["id"]]
        out_nodes.append({"id": n["id"], "cx": cx, "cy": cy, "r": round(6 + 16 * math.sqrt(n["n"] / nmax), 1),
                          "fill": goldstein_colour(n["goldstein"]), "label": n["id"], "href": node_link(n),
                          "title": f"{n['name']} ({n['id']}): {n['n']} events, mean Goldstein {n['goldstein']:+.1f}"})
    legend = [{"fill": goldstein_colour(g), "label": f"{g:+d}" if g else "0"} for g in (-10, -5, 0, 5, 10)]
    return {"width": width, "height": height, "nodes": out_nodes, "edges": out_edges, "legend": legend}
