"""Static charts with matplotlib (Agg backend: no display needed). Needs ``pip install 'newscoder[plot]'``.

    from newscoder.plot import plot_dyad
    with open_store("newscoder.duckdb", read_only=True) as store:
        plot_dyad(store, "USA", "CAN", "usa-can.png", interval="week")
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from . import analysis
from .errors import ConfigError, StorageError

__all__ = ["plot_dyad"]

_QUAD = {1: ("verbal cooperation", "#9ecae1"), 2: ("material cooperation", "#3182bd"),
         3: ("verbal conflict", "#fdae6b"), 4: ("material conflict", "#e6550d")}


def _pyplot():
    try:
        import matplotlib
    except ImportError as e:  # pragma: no cover - depends on the installed extras
        raise ConfigError("plotting needs matplotlib: pip install 'newscoder[plot]'") from e
    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt
    return plt


def plot_dyad(store, a: str, b: str, path: str | Path, interval: str = "week", *, since: dt.date | None = None,
              until: dt.date | None = None, title: str | None = None) -> int:
    """Draw a dyad's timeline: events per period as bars stacked by QuadClass, mean Goldstein as a line.

    Periods are drawn in order, evenly spaced (a corpus spanning years keeps only its non-empty periods;
    see ``analysis.dyad_timeline``). The file type follows the extension (``.png``, ``.svg``, ``.pdf``).

    Args:
        store: an open Store.
        a, b: the two actors (country code, CAMEO code prefix or name).
        path: the image file to write.
        interval: ``day``, ``week`` or ``month``.
        since, until: bounds on the event date.
        title: the chart title (default "A – B: events per week").

    Returns:
        The number of events drawn.

    Raises:
        ConfigError: no events between the two actors, a bad interval, or matplotlib missing.
        StorageError: the database could not be read or the file not written.
    """
    rows = analysis.dyad_timeline(store, a, b, interval, since, until)
    total = sum(r["n"] for r in rows)
    if not total:
        raise ConfigError(f"no events between {a} and {b} in this database; check the codes with "
                          "`newscoder events --dyad A B`")
    plt = _pyplot()
    x = list(range(len(rows)))
    fig, ax = plt.subplots(figsize=(max(6.0, min(16.0, 0.45 * len(rows) + 4)), 4.2), dpi=120)
    try:
        counts = ax.twinx()
        bottom = [0] * len(rows)
        for q, (label, colour) in _QUAD.items():
            h = [r["quad"].get(q, 0) for r in rows]
            counts.bar(x, h, bottom=bottom, color=colour, width=0.6, label=label, zorder=1)
            bottom = [u + v for u, v in zip(bottom, h)]
        counts.set_ylabel("events")
        counts.set_ylim(0, max(bottom) * 1.35)
        ax.set_zorder(counts.get_zorder() + 1)
        ax.patch.set_visible(False)
        # The line breaks where periods without events were left out (a jump in time) or are empty.
        segments: list[list[int]] = [[]]
        for i, r in enumerate(rows):
            if i and rows[i - 1]["end"] + dt.timedelta(days=1) < r["start"]:
                ax.axvline(i - 0.5, color="#bbbbbb", linewidth=0.8, linestyle=":")
                segments.append([])
            if r["goldstein"] is None:
                segments.append([])
            else:
                segments[-1].append(i)
        for k, seg in enumerate(s for s in segments if s):
            ax.plot(seg, [rows[i]["goldstein"] for i in seg], "-o", color="#222222", markersize=5, linewidth=1.8,
                    label="mean Goldstein" if k == 0 else None)
        ax.axhline(0, color="#888888", linewidth=0.8, linestyle="--")
        ax.set_ylim(-10.5, 10.5)
        ax.set_ylabel("mean Goldstein (conflict - cooperation)")
        step = max(1, len(rows) // 12)
        ax.set_xticks(x[::step], [r["period"] for r in rows][::step], rotation=35, ha="right", fontsize=8)
        ax.set_title(title or f"{a} – {b}: events per {interval} ({total})")
        handles = ax.get_legend_handles_labels()[0] + counts.get_legend_handles_labels()[0]
        ax.legend(handles=handles, fontsize=7, loc="upper left", ncol=3, frameon=False)
        fig.tight_layout()
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path)
    except OSError as e:
        raise StorageError(f"cannot write {path}: {e}") from e
    finally:
        plt.close(fig)
    return total
