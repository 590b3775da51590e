"""Tests of newscoder.scoring and data/goldstein.csv."""
from __future__ import annotations

import csv
import io
from importlib import resources

import pytest

from newscoder.errors import ConfigError, DataError
from newscoder.records import PLOVER_TYPES
from newscoder.scoring import QUAD_CLASS, goldstein, load_table, parse_table, quad_class


def _csv_text() -> str:
    return resources.files("newscoder").joinpath("data/goldstein.csv").read_text("utf-8")


def test_csv_schema():
    rows = list(csv.DictReader(io.StringIO(_csv_text())))
    assert rows and list(rows[0].keys()) == ["type", "mode", "score", "note"]
    for row in rows:
        assert row["type"] in PLOVER_TYPES
        assert -10.0 <= float(row["score"]) <= 10.0
        assert row["note"].strip(), f"{row['type']}/{row['mode']} has no note"
        assert row["mode"] == row["mode"].strip().lower()
    pairs = [(r["type"], r["mode"]) for r in rows]
    assert len(pairs) == len(set(pairs))


@pytest.mark.parametrize("type_", PLOVER_TYPES)
def test_every_type_has_default(type_):
    table = load_table()
    assert (type_, "") in table
    score = goldstein(type_, None)
    assert -10.0 <= score <= 10.0
    assert quad_class(type_) in (1, 2, 3, 4)
    # cooperative quad classes score above conflictual ones
    assert (score > 0) == (quad_class(type_) in (1, 2))


@pytest.mark.parametrize("type_,mode,score", [
    ("AGREE", None, 5.9),
    ("CONSULT", None, 3.0),
    ("CONSULT", "phone", 1.0),
    ("CONSULT", "visit", 1.9),
    ("CONSULT", "host", 2.8),
    ("CONSULT", "multilateral", 3.0),  # no row of its own: the type default
    ("RETREAT", "", 8.0),
    ("REQUEST", None, 1.8),
    ("REQUEST", "demand", -5.0),
    ("THREATEN", "sanction", -5.8),
    ("THREATEN", "force", -7.0),
    ("SANCTION", None, -6.2),
    ("SANCTION", "economic", -6.1),
    ("SANCTION", "diplomatic", -5.8),
    ("ASSAULT", None, -9.6),
    ("ASSAULT", "heavy_weapons", -10.0),  # modes are normalised
    ("assault", "Abduct", -8.5),
    ("COERCE", "arrest", -5.0),
    ("CONCEDE", "release", 7.0),
    ("REQUEST", "meet", 4.0),
    ("MOBILIZE", "troops", -7.2),
])
def test_exact_scores(type_, mode, score):
    assert goldstein(type_, mode) == score


def test_ordering():
    assert goldstein("ASSAULT", None) < goldstein("COERCE", None) < goldstein("ACCUSE", None) < 0
    assert goldstein("THREATEN", "force") < goldstein("THREATEN", "sanction")
    assert goldstein("RETREAT", None) > goldstein("CONSULT", None) > 0


@pytest.mark.parametrize("type_,mode,expected", [
    ("CONSULT", None, -0.9),  # "did not meet": mildly negative
    ("AGREE", None, -1.8),
    ("RETREAT", None, -2.4),
    ("ASSAULT", None, 0.0),  # "did not attack": about neutral
    ("SANCTION", "economic", 0.0),
])
def test_negated(type_, mode, expected):
    assert goldstein(type_, mode, negated=True) == expected


def test_quad_class_values():
    assert quad_class("CONSULT") == 1
    assert quad_class("AID") == 2
    assert quad_class("ACCUSE") == 3
    assert quad_class("ASSAULT") == 4
    assert set(QUAD_CLASS) == set(PLOVER_TYPES)


@pytest.mark.parametrize("bad", ["ATTACK", "", "FIGHT"])
def test_unknown_type(bad):
    with pytest.raises(ConfigError, match="Valid types"):
        goldstein(bad, None)
    with pytest.raises(ConfigError):
        quad_class(bad)


def test_parse_table_lists_every_problem():
    text = "type,mode,score,note\nAGREE,,11,x\nHUG,,1,x\nCONSULT,,abc,x\nAGREE,,2,x\n"
    with pytest.raises(DataError) as info:
        parse_table(text)
    problems = "\n".join(info.value.problems)
    assert "outside -10..+10" in problems
    assert "unknown PLOVER type 'HUG'" in problems
    assert "not a number" in problems
    assert "duplicate row for AGREE" in problems
    assert "no default row (empty mode) for ASSAULT" in problems


def test_parse_table_bad_header():
    with pytest.raises(DataError, match="header"):
        parse_table("kind,score\nAGREE,1\n")
