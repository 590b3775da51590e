"""Evaluation: score newscoder's records against gold files and outside reference suites.

    load_gold(path, shared_dir)      read + validate a gold file (docs/gold-format.md) -> list[GoldDoc]
    evaluate(gold, predict)          -> Report (events at three levels, quotes, dates, actors, amounts)
    run_suite(name, predict, ...)    -> SuiteReport (plover-gsr, petrarch-gsr, petrarch-mechanics)
    format_report(report, fmt, ...)  -> str (aligned table or JSON), for the CLI

``predict`` is any ``Callable[[Article], dict]`` returning a record shaped like ``CodedArticle.to_dict()``.
Semantics and caveats: docs/evaluation.md.
"""
from __future__ import annotations

import json

from .codes import check_code, cameo_actor_spec, party_matches
from .gold import GoldActor, GoldAmount, GoldDate, GoldDoc, GoldEvent, GoldQuote, load_gold
from .score import LEVELS, Predict, Report, evaluate
from .suites import (SUITES, SuiteReport, gold_predict, run_suite, suite_gold, tabari_actors_to_rows)

FORMATS = ("table", "json")


def format_report(report: Report | SuiteReport, fmt: str = "table", show_errors: bool = False) -> str:
    """Render a Report or SuiteReport as an aligned plain-text table or as JSON.

    JSON always carries every number; the lists of misses / false alarms / disagreements only with
    ``show_errors``.
    """
    if fmt == "table":
        return report.to_table(show_errors=show_errors)
    if fmt == "json":
        d = report.to_dict()
        if not show_errors:
            _drop_errors(d)
        return json.dumps(d, indent=2, ensure_ascii=False)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def _drop_errors(d: dict) -> None:
    for k in ("misses", "false_alarms", "other_errors", "errors"):
        d.pop(k, None)
    if isinstance(d.get("report"), dict):
        _drop_errors(d["report"])


__all__ = [
    "FORMATS", "LEVELS", "SUITES", "GoldActor", "GoldAmount", "GoldDate", "GoldDoc", "GoldEvent", "GoldQuote",
    "Predict", "Report", "SuiteReport", "cameo_actor_spec", "check_code", "evaluate", "format_report",
    "gold_predict", "load_gold", "party_matches", "run_suite", "suite_gold", "tabari_actors_to_rows",
]
