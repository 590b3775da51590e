"""Small numeric records and aligned plain-text tables shared by reports."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence


@dataclass(slots=True)
class PRF:
    """Counts for precision/recall/F1. ``absorbed``: predictions matched to acceptable gold (not counted)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    absorbed: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "PRF") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.absorbed += other.absorbed

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "absorbed": self.absorbed,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}

    def cells(self) -> list[str]:
        p = pct(self.precision) if self.tp + self.fp else "-"
        r = pct(self.recall) if self.tp + self.fn else "-"
        f = pct(self.f1) if (self.tp + self.fp) and (self.tp + self.fn) else "-"
        return [str(self.tp), str(self.fp), str(self.fn), p, r, f]


@dataclass(slots=True)
class Ratio:
    num: int = 0
    den: int = 0

    @property
    def value(self) -> float:
        return self.num / self.den if self.den else 0.0

    def hit(self, ok: bool) -> None:
        self.den += 1
        self.num += bool(ok)

    def to_dict(self) -> dict[str, Any]:
        return {"num": self.num, "den": self.den, "value": round(self.value, 4)}

    def cell(self) -> str:
        return f"{self.num}/{self.den} = {pct(self.value)}" if self.den else "-"


PRF_HEAD = ["tp", "fp", "fn", "P", "R", "F1"]


def pct(x: float) -> str:
    return f"{100 * x:.1f}"


def table(header: Sequence[str], rows: Sequence[Sequence[Any]], title: str | None = None) -> str:
    """An aligned plain-text table: first column left-aligned, the others right-aligned."""
    cells = [[str(c) for c in header]] + [[("" if c is None else str(c)) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells if i < len(r)) for i in range(len(header))]

    def line(r: Sequence[str]) -> str:
        parts = [(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i])) for i, c in enumerate(r)]
        return "  ".join(parts).rstrip()

    out = [title] if title else []
    out.append(line(cells[0]))
    out.append("  ".join("-" * w for w in widths))
    out.extend(line(r) for r in cells[1:])
    return "\n".join(out)
