"""Cooperation-conflict scores (Goldstein-like, -10..+10) and GDELT QuadClass of PLOVER events.

The table is data: ``data/goldstein.csv`` with columns ``type, mode, score, note``; the row with
an empty mode is the default of its type, other rows refine it by PLOVER mode.

How the scores were derived (each row's ``note`` names its CAMEO codes):

* Every CAMEO code has a published Goldstein (1992) score, as distributed by GDELT
  (``CAMEO.goldsteinscale.txt``). ``../shared/data/cameo2plover_2021.jsonl`` (PLOVER's
  CAMEO2PLOVER-2021 table) maps CAMEO codes to PLOVER type and mode.
* A type's default is the unweighted mean of the Goldstein scores of all CAMEO codes mapped to
  it, rounded to one decimal; a mode's score is the mean over the codes with that mode (or the
  single code named). So RETREAT = +8.0, AID = +7.6, ..., ASSAULT = -9.6 (PLOVER's own fixed
  scores run from about -9.3 ASSAULT to +7.6 RETREAT).
* Two deliberate departures, both following ``../shared/docs/plover.md``: CAMEO 163 (embargo,
  boycott, sanctions) counts for SANCTION, not COERCE, because newscoder files tariffs and
  sanctions under SANCTION; and REQUEST, described there as mildly cooperative (appeals,
  "urged", "called on"), takes the mean of CAMEO 02x *appeal* (+1.8), while REQUEST/demand takes
  CAMEO 10x *demand* (-5.0), the only codes the 2021 table maps to REQUEST.
* newscoder's own modes: THREATEN/sanction (-5.8) vs THREATEN/force (-7.0); CONSULT/phone
  (+1.0), visit (+1.9), host (+2.8); SANCTION/economic (-6.1) vs diplomatic (-5.8); and the
  modes newscoder's event lexicon uses where the 2021 table has none (CONCEDE/release = CAMEO
  0841, AID/asylum = 075, REQUEST/meet = the 026-028 appeals, ...). A mode without a row of its
  own (CONSULT/multilateral) gets the type default.

Negation: an event that did NOT happen is not its opposite. A negated cooperative act ("did
not agree", "refused to meet" coded as negated CONSULT) scores mildly negative, ``-0.3 * score``
(CONSULT +3.0 -> -0.9, RETREAT +8.0 -> -2.4); a negated conflictual act ("did not attack")
scores 0.0 -- the absence of conflict is not cooperation.
"""
from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources

from newscoder.errors import ConfigError, DataError
from newscoder.records import PLOVER_TYPES

__all__ = ["goldstein", "quad_class", "load_table", "QUAD_CLASS", "NEGATED_COOPERATION_FACTOR"]

COLUMNS = ("type", "mode", "score", "note")
NEGATED_COOPERATION_FACTOR = -0.3

# GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
# 4 material conflict -- by the CAMEO roots each PLOVER type comes from (01-05, 06-08, 09-13,
# 14-20). REQUEST sits with appeals (CAMEO 02, verbal cooperation), SANCTION with "reduce
# relations" (CAMEO 16, material conflict).
QUAD_CLASS: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "REQUEST": 1,
    "CONCEDE": 2, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}


def _norm_mode(mode: str | None) -> str:
    return (mode or "").strip().lower().replace("_", "-").replace(" ", "-")


def parse_table(text: str, origin: str = "data/goldstein.csv") -> dict[tuple[str, str], float]:
    """Parse and check a score table.

    Args:
        text: the CSV text with header ``type,mode,score,note``.
        origin: the file name, for messages.

    Returns:
        ``{(TYPE, mode): score}`` with mode ``""`` for the type default (modes normalised to
        lower case with hyphens).

    Raises:
        DataError: listing every problem: wrong header, unknown type, score not a number or
            outside -10..+10, duplicate row, or a type without a default row.
    """
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if header is None or tuple(h.strip() for h in header) != COLUMNS:
        raise DataError(f"{origin}: the header must be {','.join(COLUMNS)}, got {header!r}")
    table: dict[tuple[str, str], float] = {}
    problems: list[str] = []
    for n, row in enumerate(reader, 2):
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) != len(COLUMNS):
            problems.append(f"line {n}: expected {len(COLUMNS)} columns, got {len(row)}")
            continue
        type_, mode, score_text = row[0].strip().upper(), _norm_mode(row[1]), row[2].strip()
        if type_ not in PLOVER_TYPES:
            problems.append(f"line {n}: unknown PLOVER type {row[0]!r}")
            continue
        try:
            score = float(score_text)
        except ValueError:
            problems.append(f"line {n}: score {score_text!r} is not a number")
            continue
        if not -10.0 <= score <= 10.0:
            problems.append(f"line {n}: score {score} is outside -10..+10")
        if (type_, mode) in table:
            problems.append(f"line {n}: duplicate row for {type_}/{mode or '(default)'}")
        table[(type_, mode)] = score
    for type_ in PLOVER_TYPES:
        if (type_, "") not in table:
            problems.append(f"no default row (empty mode) for {type_}")
    if problems:
        raise DataError(f"{origin} is malformed; fix these rows:", problems)
    return table


@lru_cache(maxsize=1)
def load_table() -> dict[tuple[str, str], float]:
    """The shipped table ``data/goldstein.csv``, parsed and checked once.

    Returns:
        ``{(TYPE, mode): score}``; see ``parse_table``.

    Raises:
        DataError: if the file is missing or malformed.
    """
    try:
        text = resources.files("newscoder").joinpath("data/goldstein.csv").read_text("utf-8")
    except FileNotFoundError as exc:
        raise DataError("data/goldstein.csv is missing from the newscoder package; reinstall it.") from exc
    return parse_table(text)


def _check_type(type_: str) -> str:
    key = (type_ or "").strip().upper()
    if key not in QUAD_CLASS:
        raise ConfigError(f"Unknown PLOVER type {type_!r}. Valid types: {', '.join(PLOVER_TYPES)}.")
    return key


def goldstein(type: str, mode: str | None = None, *, negated: bool = False) -> float:  # noqa: A002
    """The cooperation-conflict score of an event.

    Args:
        type: the PLOVER type, e.g. ``"SANCTION"`` (case-insensitive).
        mode: the PLOVER mode, e.g. ``"economic"``; ``None``, ``""`` or a mode without a row of
            its own gives the type default.
        negated: the event is reported as not happening ("did not meet").

    Returns:
        The score in -10..+10, one decimal; for a negated event ``-0.3 * score`` if the act is
        cooperative (score > 0), else ``0.0``.

    Raises:
        ConfigError: if ``type`` is not one of the 16 PLOVER types.
        DataError: if the shipped table is missing or malformed.
    """
    key = _check_type(type)
    table = load_table()
    score = table.get((key, _norm_mode(mode)), table[(key, "")])
    if negated:
        return round(NEGATED_COOPERATION_FACTOR * score, 1) if score > 0 else 0.0
    return score


def quad_class(type: str) -> int:  # noqa: A002
    """GDELT QuadClass of a PLOVER type.

    Args:
        type: the PLOVER type (case-insensitive).

    Returns:
        1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.

    Raises:
        ConfigError: if ``type`` is not one of the 16 PLOVER types.
    """
    return QUAD_CLASS[_check_type(type)]
