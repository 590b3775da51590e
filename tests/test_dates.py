"""Tests of newscoder.dates: time expressions resolved against the article date."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from newscoder.dates import find_dates, resolve

FRI = dt.date(2025, 3, 28)  # a Friday
MON87 = dt.date(1987, 3, 2)  # a Monday (Reuters-21578)
SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def _only(text: str, base: dt.date | None):
    refs = find_dates(text, base)
    assert len(refs) == 1, refs
    return refs[0]


@pytest.mark.parametrize("text,base,value,granularity", [
    # required by the brief
    ("on Friday", FRI, "2025-03-28", "day"),
    ("on Thursday", FRI, "2025-03-27", "day"),
    ("Wednesday", FRI, "2025-03-26", "day"),
    ("April 2", FRI, "2025-04-02", "day"),
    ("April 28", FRI, "2025-04-28", "day"),
    ("a day earlier", FRI, "2025-03-27", "day"),
    ("two weeks ago", FRI, "2025-03-14", "day"),
    ("March 2022", FRI, "2022-03-01", "month"),
    ("Feb 26", MON87, "1987-02-26", "day"),
    ("last Tuesday", MON87, "1987-02-24", "day"),
    ("in 1986", MON87, "1986-01-01", "year"),
    # our own
    ("Friday's talks were the first", FRI, "2025-03-28", "day"),
    ("Friday’s talks", FRI, "2025-03-28", "day"),
    ("Carney will travel to Washington on Thursday.", FRI, "2025-04-03", "day"),
    ("a ceasefire starting on Sunday", FRI, "2025-03-30", "day"),
    ("The envoy arrives in Lima on Wednesday.", FRI, "2025-04-02", "day"),  # the present of a timetable
    ("next Tuesday", FRI, "2025-04-01", "day"),
    ("this Monday", FRI, "2025-03-24", "day"),
    ("yesterday", FRI, "2025-03-27", "day"),
    ("Yesterday", FRI, "2025-03-27", "day"),
    ("today", FRI, "2025-03-28", "day"),
    ("tomorrow", FRI, "2025-03-29", "day"),
    ("last night", FRI, "2025-03-27", "day"),
    ("the day before.", FRI, "2025-03-27", "day"),
    ("the previous day", FRI, "2025-03-27", "day"),
    ("three days later", FRI, "2025-03-31", "day"),
    ("10 days ago", FRI, "2025-03-18", "day"),
    ("last week", FRI, "2025-03-17", "week"),
    ("earlier this week", FRI, "2025-03-24", "week"),
    ("next week", FRI, "2025-03-31", "week"),
    ("over the weekend", dt.date(2025, 2, 3), "2025-02-01", "range"),
    ("last month", FRI, "2025-02-01", "month"),
    ("three months ago", FRI, "2024-12-01", "month"),
    ("later this year", FRI, "2025-01-01", "year"),
    ("a year ago", FRI, "2024-01-01", "year"),
    ("mid-April", FRI, "2025-04-01", "month"),
    ("early May", FRI, "2025-05-01", "month"),
    ("in May", FRI, "2025-05-01", "month"),
    ("by the end of March", FRI, "2025-03-01", "month"),
    ("last March", FRI, "2024-03-01", "month"),
    ("the strike ended in February", MON87, "1987-02-01", "month"),
    ("26 February 2024", FRI, "2024-02-26", "day"),
    ("February 26, 2024", FRI, "2024-02-26", "day"),
    ("2024-02-26", FRI, "2024-02-26", "day"),
    ("Feb. 26", FRI, "2025-02-26", "day"),
    ("Sept 5, 1987", MON87, "1987-09-05", "day"),
    ("tariffs will apply from the 1st of August", FRI, "2025-08-01", "day"),
    ("the talks on the 1st of August failed", FRI, "2024-08-01", "day"),  # past, > 90 days ahead
    ("Dec 30", dt.date(2025, 1, 3), "2024-12-30", "day"),  # across the new year
    ("the plant closed in November", MON87, "1986-11-01", "month"),  # past, not 8 months ahead
    ("by 2035", FRI, "2035-01-01", "year"),
    ("since 2014,", FRI, "2014-01-01", "year"),
    ("in fiscal 2025", FRI, "2025-01-01", "year"),
    ("FRIDAY", FRI, "2025-03-28", "day"),
])
def test_resolves(text, base, value, granularity):
    ref = _only(text, base)
    assert ref.value == dt.date.fromisoformat(value)
    assert ref.granularity == granularity
    assert text[ref.start:ref.end] == ref.text


@pytest.mark.parametrize("text", [
    "we agree on many things",
    "its 51st state",
    "May I ask a question?",
    "They will march on Washington.",
    "Theresa May said, backed by May",
    "April Ryan asked the president",
    "2,000 people were there",
    "a total of 2000 troops",
    "in 1850",  # outside 1900-2100
    "in the 1990s",
    "the 2019-20 season",
    "rose 5 pct in 2025 percent",
    "the sun sat low",
    "a second round of talks",
    "the day before the vote",  # anchored to an event: no guess
    "the Good Friday Agreement",
    "the Sunday Times reported",
    "June 31",  # no such day
    "March 10 percent",
    "",
])
def test_no_date(text):
    assert find_dates(text, FRI) == []


def test_offsets_and_in():
    text = "Talks began on Monday and ended two weeks ago."
    refs = find_dates(text, FRI, offset=100, in_="title")
    full = "x" * 100 + text
    assert [r.text for r in refs] == ["Monday", "two weeks ago"]
    for r in refs:
        assert full[r.start:r.end] == r.text
        assert r.in_ == "title"
        assert r.to_dict()["in"] == "title"


def test_no_base_leaves_relative_unresolved():
    refs = find_dates("On Friday, as in March 2022, talks stalled.", None)
    assert [(r.text, r.value) for r in refs] == [("Friday", None), ("March 2022", dt.date(2022, 3, 1))]


def test_coordinated_months_share_the_year():
    refs = find_dates("deliveries in September and November 1990", MON87)
    assert [(r.text, r.value) for r in refs] == [("September", dt.date(1990, 9, 1)),
                                                  ("November 1990", dt.date(1990, 11, 1))]


def test_relative_year_after_month():
    refs = find_dates("the licence expires in February next year", MON87)
    assert [(r.text, r.value) for r in refs] == [("February", dt.date(1988, 2, 1)),
                                                  ("next year", dt.date(1988, 1, 1))]


def test_datetime_base_is_accepted():
    assert _only("yesterday", dt.datetime(2025, 3, 28, 15, 0)).value == dt.date(2025, 3, 27)


def test_type_error():
    with pytest.raises(TypeError):
        find_dates(None, FRI)  # type: ignore[arg-type]


@pytest.mark.parametrize("expr,value,granularity", [
    ("on Friday", "2025-03-28", "day"),
    ("in March 2022", "2022-03-01", "month"),
    ("last Tuesday", "2025-03-25", "day"),
    ("a fortnight ago", "2025-03-14", "day"),  # dateparser fallback
])
def test_resolve(expr, value, granularity):
    ref = resolve(expr, FRI)
    assert ref is not None
    assert (ref.text, ref.start, ref.end) == (expr, 0, len(expr))
    assert ref.value == dt.date.fromisoformat(value)
    assert ref.granularity == granularity


@pytest.mark.parametrize("expr", ["we", "51st", "may", "sat", "the", "sometime soon", "Q3 2024"])
def test_resolve_rejects(expr):
    assert resolve(expr, FRI) is None


def test_resolve_without_base():
    assert resolve("on Friday", None).value is None
    assert resolve("26 February 2024", None).value == dt.date(2024, 2, 26)
    assert resolve("a fortnight ago", None) is None


def test_real_article_from_shared():
    """Offsets and the Friday convention on a real article (read from ../shared, not copied)."""
    path = SHARED / "examples" / "000_071138934c7246b1.txt"
    if not path.exists():
        pytest.skip(f"{path} not found: the shared examples are not beside the repo")
    text = path.read_text(encoding="utf-8")
    m = re.search(r"\d{4}-\d{2}-\d{2}", text[:200])
    assert m, "the example's header line has no date"
    base = dt.date.fromisoformat(m.group())
    refs = find_dates(text, base)
    assert refs, "no dates found in the example article"
    for r in refs:
        assert text[r.start:r.end] == r.text
    fridays = [r for r in refs if r.text == "Friday"]
    assert fridays and all(r.value == base for r in fridays)  # the article date is a Friday
    assert not any(r.text.lower() == "we" or "51st" in r.text for r in refs)
