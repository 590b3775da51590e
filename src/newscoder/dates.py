"""Time expressions in news text, resolved against the article date.

``find_dates(text, base)`` finds the time expressions of one segment of text with a small
grammar of compiled regular expressions and resolves each against ``base``, the article date.
It is built for precision (a wrong date is worse than none) and speed (one pre-filter regex
of trigger words; most paragraphs without a trigger cost one ``search``).

Conventions (news is mostly past tense):

* weekdays: "Thursday", "on Friday" -> the most recent such day ON OR BEFORE ``base`` (the
  base's own weekday is the base date); "last Tuesday" -> strictly before; "next Tuesday" ->
  strictly after; "this Tuesday" -> that day of the base's Monday-Sunday week. A bare weekday
  preceded in its sentence by a future marker ("will", "is due to", "starting", "arrives", ...) is
  resolved forwards (on or after ``base``).
* "today"/"tonight"/"this morning" -> base; "yesterday"/"last night" -> base-1; "tomorrow"
  -> base+1; "a day earlier"/"the day before"/"the previous day" -> base-1 (not anchored to
  a mentioned event); "the next day"/"a day later" -> base+1.
* "N days|weeks ago|earlier|later" -> base -/+ N days (granularity ``day``); "N months ago" ->
  first of that month (``month``); "N years ago" -> 1 January of that year (``year``).
* "last week"/"this week"/"earlier this week"/"next week" -> the MONDAY of that ISO week,
  granularity ``week``. "last|this|next month|year" -> first day, granularity ``month``/``year``.
  "last weekend"/"over the weekend"/"this weekend" -> that Saturday, granularity ``range``.
* "April 2", "Feb 26" (Reuters), "26 February": the year of ``base``; only when that puts the
  day more than 270 days away from ``base`` (a January article citing "Dec 30") is it moved to
  the neighbouring year. "26 February 2024", "February 26, 2024", ISO "2024-02-26": as written.
* "March 2022", "in March", "mid-April", "early May" -> first of the month, granularity
  ``month``. A bare month name counts only after a preposition or with a day or year, and is
  case-sensitive, so "may" and "march on" never match.
* a year alone ("in 1986", "by 2035", "since 2014") only as 19xx/20xx/2100 after "in", "by",
  "since", "until", "before", "after", "during", "from", "through", "of", "early", "late",
  "mid", "fiscal"; never "2,000", "51st", "1990s", "2019-20", "2025 percent".

With ``base=None`` relative expressions get ``value=None``; absolute ones (ISO dates, dates
with a year, "March 2022", "in 1986") still resolve.

``resolve(expr, base)`` resolves one expression for the event coder: the grammar first, then
``dateparser`` as a filtered fallback.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from newscoder.records import DateRef

__all__ = ["find_dates", "resolve"]

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_MONTH_NUM: dict[str, int] = {}
for _i, _m in enumerate(_MONTHS, 1):
    _MONTH_NUM[_m.lower()] = _i
    _MONTH_NUM[_m[:3].lower()] = _i
_MONTH_NUM["sept"] = 9
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_NUM = {d.lower(): i for i, d in enumerate(_WEEKDAYS)}
_NUM_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
              "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

# Month names are case-sensitive: Capitalised or UPPER only ("may" and "march" are verbs).
_full = [m for m in _MONTHS] + [m.upper() for m in _MONTHS]
_abbr = [m[:3] for m in _MONTHS if m != "May"] + ["Sept"]
_abbr += [a.upper() for a in _abbr]
_MONTH_FULL = "(?:" + "|".join(_full) + ")"
# an abbreviation ("Feb", "Feb.") only where a day or year follows
_MONTH_ANY = "(?:" + "|".join(_full) + "|(?:" + "|".join(_abbr) + r")\.?)"
_WEEKDAY = "(?:" + "|".join(list(_WEEKDAYS) + [d.upper() for d in _WEEKDAYS]) + ")"
_YEAR = r"(?:19\d\d|20\d\d|2100)"
_NUMW = r"(?:\d{1,2}|(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
# what must not follow a day or year number: more digits, decimals, amounts, ordinals, decades
_NOT_AMOUNT = (r"(?![\d]|[.,]\d|[-–/]\d|\s*(?:%|(?i:percent|per\s+cent|pct|points?|"
               r"billion|million|mln|bln|dlrs|dollars|tonnes|barrels|people)\b))")
_SHARED_YEAR = re.compile(r"\s*(?:,|-|–|(?i:and|or|to|through))\s*(?:(?i:and|or)\s+)?(?:\d{1,2}\s+)?"
                          + _MONTH_ANY + r"(?:\s+\d{1,2})?,?\s+(?P<y>" + _YEAR + r")\b")
_REL_YEAR = re.compile(r"\s+(?:of\s+)?(?P<rel>(?i:last|next|this))\s+year\b")  # "in February next year"
_DAYNUM = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\w)"

# One cheap regex: a paragraph without any of these words costs a single search.
_TRIGGER = re.compile(
    r"\b(?:" + "|".join(_full + _abbr) + "|" + _WEEKDAY
    + r"|(?i:today|tonight|yesterday|tomorrow|week|weekend|month|year|ago|earlier|later|"
      r"before|previous|next|following|morning|night)|(?:19|20)\d\d)\b")

# wider, for a month without a year: "would", "plans", "to be delivered in April"
_FUTURE_WIDE = re.compile(
    r"(?i:\b(?:will|would|shall|due|scheduled|set\s+to|expect(?:s|ed)?|plan(?:s|ned)?|"
    r"forecast|projected|to\s+be|upcoming|next|coming)\b|[’']ll\b)")
_FUTURE = re.compile(  # for weekdays: "will meet on Thursday", "a ceasefire starting Sunday"
    r"(?i:\b(?:will|shall|is\s+(?:due|scheduled|set|expected)\s+to|are\s+(?:due|scheduled|"
    r"set|expected)\s+to|to\s+be\s+held|(?:scheduled|planned|set|slated)\s+for|slated\s+to|"
    r"(?:un)?likely\s+to|upcoming|starting|"
    r"beginning|effective|(?:take|takes|come|comes)\s+(?:effect|into\s+force)|"
    r"arrives|departs|opens|begins)\b|[’']ll\b)")  # the present of a timetable: "arrives on Friday"

# prepositions that make a bare month name or a bare year a time expression; "of" only after
# a word of time ("the end of March"), never "a total of 2000"
_PREP = (r"(?i:in|since|by|until|till|from|through|during|before|after|(?:end|beginning|start|"
         r"middle|half|quarter|spring|summer|autumn|fall|winter|rest|months?|weeks?)\s+of)")
# prepositions that may introduce "May" (not "by May", "of May": Theresa May)
_MAY_PREP = re.compile(r"(?i:in|since|until|till|during)")
_NOT_DAY_BEFORE = re.compile(r"(?i:good|black|cyber|super|ash|bloody|easter|palm|holy|maundy|"
                             r"mail\s+on|independent\s+on)\s+$")
_NOT_DAY_AFTER = re.compile(r"\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Tribune|Star|"
                            r"Observer|Mail|Night\s+Football|Agreement|Accords?)\b")


def _d(y: int, m: int, day: int) -> dt.date | None:
    try:
        return dt.date(y, m, day)
    except ValueError:
        return None


def _future_context(text: str, start: int, end: int) -> bool:
    """A future marker in the same sentence: left up to 100 characters, right up to 60."""
    left = re.split(r"[.!?;]\s", text[max(0, start - 100):start])[-1]
    right = re.split(r"[.!?;]\s", text[end:end + 60])[0]
    return bool(_FUTURE_WIDE.search(left) or _FUTURE_WIDE.search(right))


def _near_year(base: dt.date, month: int, day: int, future: bool) -> dt.date | None:
    """The date in base's year, or the neighbouring year when that is clearly meant.

    Moved back a year when it would lie more than 270 days ahead, or more than 90 days ahead
    without a future marker nearby; moved forward when it would lie more than 300 days behind,
    or more than 180 days behind with a future marker.
    """
    d = _d(base.year, month, day)
    if d is None:
        return None
    ahead = (d - base).days
    if ahead > 270 or (ahead > 90 and not future):
        return _d(base.year - 1, month, day)
    if -ahead > 300 or (-ahead > 180 and future):
        return _d(base.year + 1, month, day)
    return d


def _shift_month(y: int, m: int, delta: int) -> dt.date:
    k = y * 12 + (m - 1) + delta
    return dt.date(k // 12, k % 12 + 1, 1)


def _week_start(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _num(word: str) -> int:
    w = word.lower()
    return int(w) if w.isdigit() else _NUM_WORDS[w]


Result = tuple[dt.date | None, str] | None  # (value, granularity); None = not a date after all
Handler = Callable[[re.Match, dt.date | None, str], Result]


# --- handlers: (match, base, text) -> (value, granularity) or None to drop the match ---

def _h_iso(m: re.Match, base, text) -> Result:
    d = _d(int(m["y"]), int(m["mo"]), int(m["day"]))
    return (d, "day") if d else None


def _h_full(m: re.Match, base, text) -> Result:
    d = _d(int(m["y"]), _MONTH_NUM[m["mon"].rstrip(".").lower()], int(m["day"]))
    return (d, "day") if d else None


def _h_month_day(m: re.Match, base, text) -> Result:
    mon, day = _MONTH_NUM[m["mon"].rstrip(".").lower()], int(m["day"])
    if not 1 <= day <= 31 or _d(2000, mon, day) is None:  # 2000: leap year, allows Feb 29
        return None
    if base is None:
        return None, "day"
    rel = _REL_YEAR.match(text, m.end())
    if rel:
        return _d(base.year + {"last": -1, "next": 1}.get(rel["rel"].lower(), 0), mon, day), "day"
    return _near_year(base, mon, day, _future_context(text, m.start(), m.end())), "day"


def _h_month_year(m: re.Match, base, text) -> Result:
    return dt.date(int(m["y"]), _MONTH_NUM[m["mon"].rstrip(".").lower()], 1), "month"


def _h_month(m: re.Match, base, text) -> Result:
    if not (m["prep"] or m["rel"] or m["q"]):
        return None  # a bare month name: "April Ryan", "June said"
    if m["mon"].lower() == "may" and not (m["rel"] or m["q"] or _MAY_PREP.fullmatch(m["prep"])):
        return None
    mon = _MONTH_NUM[m["mon"].lower()]
    if base is None:
        return None, "month"
    rel = (m["rel"] or "").lower()
    if rel == "last":
        y = base.year if mon < base.month else base.year - 1
    elif rel == "next":
        y = base.year if mon > base.month else base.year + 1
    elif rel == "this":
        y = base.year
    else:
        shared = _SHARED_YEAR.match(text, m.end())  # "September and November 1990"
        if shared:
            return dt.date(int(shared["y"]), mon, 1), "month"
        rel_year = _REL_YEAR.match(text, m.end())  # "in February next year"
        if rel_year:
            step = {"last": -1, "next": 1}.get(rel_year["rel"].lower(), 0)
            return dt.date(base.year + step, mon, 1), "month"
        mid = _near_year(base, mon, 15, _future_context(text, m.start(), m.end()))
        y = mid.year if mid else base.year
    return dt.date(y, mon, 1), "month"


def _h_year(m: re.Match, base, text) -> Result:
    return dt.date(int(m["y"]), 1, 1), "year"


def _h_weekday(m: re.Match, base, text) -> Result:
    if base is None:
        return None, "day"
    rel = (m["rel"] or "").lower()
    if not rel and (_NOT_DAY_BEFORE.search(text[max(0, m.start() - 20):m.start()])
                    or _NOT_DAY_AFTER.match(text, m.end())):
        return None  # Good Friday, Super Tuesday, the Sunday Times
    wd = _WEEKDAY_NUM[m["wd"].lower()]
    back = (base.weekday() - wd) % 7  # days back to the most recent such day, 0 = base
    if rel == "last":
        return base - dt.timedelta(days=back or 7), "day"
    if rel == "next":
        return base + dt.timedelta(days=(wd - base.weekday()) % 7 or 7), "day"
    if rel == "this":
        return _week_start(base) + dt.timedelta(days=wd), "day"
    # bare / "on Friday": past by default, forwards after a future marker in the same sentence
    left = text[max(0, m.start() - 80):m.start()]
    left = re.split(r"[.!?;]\s", left)[-1]
    if _FUTURE.search(left):
        return base + dt.timedelta(days=(wd - base.weekday()) % 7), "day"
    return base - dt.timedelta(days=back), "day"


_DAY_WORDS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "later today": 0, "yesterday": -1, "last night": -1,
    "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2,
    "a day earlier": -1, "one day earlier": -1, "the day before": -1, "the previous day": -1,
    "a day before": -1, "the next day": 1, "the following day": 1, "a day later": 1,
    "one day later": 1, "the day after": 1,
}


def _h_dayword(m: re.Match, base, text) -> Result:
    if base is None:
        return None, "day"
    key = re.sub(r"\s+", " ", m[0].lower())
    return base + dt.timedelta(days=_DAY_WORDS[key]), "day"


def _h_ago(m: re.Match, base, text) -> Result:
    n, unit, direction = _num(m["n"]), m["unit"].lower(), m["dir"].lower()
    sign = 1 if direction in ("later", "from now", "hence") else -1
    if base is None:
        return None, {"day": "day", "week": "day", "month": "month", "year": "year"}[unit]
    if unit == "day":
        return base + dt.timedelta(days=sign * n), "day"
    if unit == "week":
        return base + dt.timedelta(days=sign * 7 * n), "day"
    if unit == "month":
        return _shift_month(base.year, base.month, sign * n), "month"
    return dt.date(base.year + sign * n, 1, 1), "year"


def _h_period(m: re.Match, base, text) -> Result:
    unit, rel = m["unit"].lower(), re.sub(r"\s+", " ", m["rel"].lower())
    delta = -1 if rel in ("last", "the previous", "the past") else 1 if rel == "next" else 0
    if unit == "weekend":
        if base is None:
            return None, "range"
        sat = _week_start(base) + dt.timedelta(days=5)  # Saturday of base's week
        if delta == 0 and rel != "this":  # "over the weekend": the most recent one
            delta = -1 if base.weekday() < 5 else 0
        return sat + dt.timedelta(days=7 * delta), "range"
    if base is None:
        return None, unit
    if unit == "week":
        return _week_start(base) + dt.timedelta(days=7 * delta), "week"
    if unit == "month":
        return _shift_month(base.year, base.month, delta), "month"
    return dt.date(base.year + delta, 1, 1), "year"


_END = r"(?=\s*(?:[.,;:)!?\"”’]|$|\s(?:and|but|when|after|as|while)\b))"

# (pattern, handler); overlapping matches: the longest wins, then the one listed first
_PATTERNS: list[tuple[re.Pattern, Handler]] = [
    (re.compile(r"\b(?P<y>" + _YEAR + r")-(?P<mo>[01]\d)-(?P<day>[0-3]\d)(?![\d-])"), _h_iso),
    (re.compile(r"\b" + _DAYNUM + r"\s+(?:of\s+)?(?P<mon>" + _MONTH_ANY + r"),?\s+(?P<y>"
                + _YEAR + r")\b" + _NOT_AMOUNT), _h_full),
    (re.compile(r"\b(?P<mon>" + _MONTH_ANY + r")\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>"
                + _YEAR + r")\b" + _NOT_AMOUNT), _h_full),
    (re.compile(r"(?<![\d$€£.,])\b" + _DAYNUM + r"[ \u00a0](?:of[ \u00a0])?(?P<mon>" + _MONTH_ANY
                + r")(?!\w)"),
     _h_month_day),
    (re.compile(r"(?<![$€£])\b(?P<mon>" + _MONTH_ANY + r")[ \u00a0](?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
                + _NOT_AMOUNT), _h_month_day),
    (re.compile(r"\b(?:(?i:early|late|mid)[- ]?)?(?P<mon>" + _MONTH_ANY + r"),?\s+(?P<y>" + _YEAR
                + r")\b" + _NOT_AMOUNT), _h_month_year),
    (re.compile(r"\b(?:(?P<prep>" + _PREP + r")\s+)?(?P<span>(?:(?P<rel>(?i:last|next|this))\s+|"
                r"(?P<q>(?i:early|late|mid))[- ]?)?(?P<mon>" + _MONTH_FULL + r"))\b(?!\s+\d|[’']s\b)"),
     _h_month),
    (re.compile(r"\b(?P<prep>" + _PREP + r"|(?i:early|late|mid|fiscal))[\s-]+(?P<span>(?P<y>" + _YEAR
                + r"))\b(?!s\b|[’']s\b)" + _NOT_AMOUNT), _h_year),
    (re.compile(r"\b(?:(?P<rel>(?i:last|next|this))\s+)?(?P<wd>" + _WEEKDAY + r")\b"), _h_weekday),
    (re.compile(r"(?i:\b(?:the\s+day\s+(?:before|after)\s+(?:yesterday|tomorrow)|today|tonight|"
                r"yesterday|tomorrow|(?:earlier|later)\s+today|this\s+(?:morning|afternoon|evening)"
                r"|last\s+night|(?:a|one)\s+day\s+(?:earlier|later)|the\s+(?:previous|next|following)"
                r"\s+day)\b)"), _h_dayword),
    (re.compile(r"(?i:\b(?:the|a)\s+day\s+(?:before|after))" + _END), _h_dayword),
    (re.compile(r"\b(?P<n>" + _NUMW + r")\s+(?P<unit>(?i:day|week|month|year))(?i:s)?\s+"
                r"(?P<dir>(?i:ago|earlier|later|from\s+now|hence))\b"), _h_ago),
    (re.compile(r"\b(?:(?i:earlier|later)\s+)?(?P<rel>(?i:last|this|next|the\s+previous|the\s+past|"
                r"over\s+the))\s+(?P<unit>(?i:week|month|year|weekend))\b"), _h_period),
]


# What each pattern of _PATTERNS cannot match without: its month, year or weekday part (searched
# case-sensitively, as in the pattern), or, in an ASCII text, one of its keywords in lower case. A
# paragraph without it skips that pattern's scan (most paragraphs: 35 % less time in _scan).
def _words(*words: str):
    return lambda text, low: low is None or any(w in low for w in words)


_YEAR_RX, _MONTH_RX = re.compile(_YEAR), re.compile(_MONTH_ANY)
_MONTH_FULL_RX, _WEEKDAY_RX = re.compile(_MONTH_FULL), re.compile(_WEEKDAY)
_Y = lambda text, low: _YEAR_RX.search(text) is not None  # noqa: E731
_M = lambda text, low: _MONTH_RX.search(text) is not None  # noqa: E731
_MF = lambda text, low: _MONTH_FULL_RX.search(text) is not None  # noqa: E731
_WD = lambda text, low: _WEEKDAY_RX.search(text) is not None  # noqa: E731
_NEEDS: list[tuple] = [(_Y,), (_M, _Y), (_M, _Y), (_M,), (_M,), (_M, _Y), (_MF,), (_Y,), (_WD,),
                       (_words("day", "night", "tomorrow", "morning", "afternoon", "evening"),),
                       (_words("day"),), (_words("day", "week", "month", "year"),),
                       (_words("week", "month", "year"),)]
assert len(_NEEDS) == len(_PATTERNS)


def _scan(text: str, base: dt.date | None) -> list[tuple[int, int, dt.date | None, str]]:
    if not _TRIGGER.search(text):
        return []
    cands: list[tuple[int, int, int, dt.date | None, str]] = []
    # (?i) folds some non-ASCII letters onto ASCII ones ("ſ" is "s"): keywords are tested in ASCII only.
    low = text.lower() if text.isascii() else None
    tested: dict = {}  # each necessary part searched once per text
    for prio, (pat, handler) in enumerate(_PATTERNS):
        ok = True
        for need in _NEEDS[prio]:
            hit = tested.get(need)
            if hit is None:
                hit = tested[need] = need(text, low)
            if not hit:
                ok = False
                break
        if not ok:
            continue
        for m in pat.finditer(text):
            res = handler(m, base, text)
            if res is not None:
                s, e = m.span("span") if "span" in pat.groupindex else m.span()
                cands.append((s, e, prio, res[0], res[1]))
    if not cands:
        return []
    # keep the longest (then earliest-listed) of overlapping candidates
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2]))
    taken: list[tuple[int, int, dt.date | None, str]] = []
    for s, e, _p, v, g in cands:
        if all(e <= ts or s >= te for ts, te, _v, _g in taken):
            taken.append((s, e, v, g))
    taken.sort()
    return taken


def find_dates(text: str, base: dt.date | None, *, offset: int = 0, in_: str = "text") -> list[DateRef]:
    """Find and resolve the time expressions of one segment of text.

    Args:
        text: the segment (a paragraph or sentence).
        base: the article date; relative expressions resolve against it. ``None`` leaves
            relative expressions unresolved (``value=None``).
        offset: added to every start/end, so that ``full[start:end] == ref.text`` when the
            segment starts at ``offset`` of the full text.
        in_: ``"text"`` or ``"title"``, copied to every ``DateRef``.

    Returns:
        The ``DateRef`` records in text order, without overlaps.

    Raises:
        TypeError: if ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_dates needs a str, got {type(text).__name__}")
    if isinstance(base, dt.datetime):
        base = base.date()
    return [DateRef(text=text[s:e], value=v, start=s + offset, end=e + offset, in_=in_, granularity=g)
            for s, e, v, g in _scan(text, base)]


# --- resolve(): one expression, grammar first, then a filtered dateparser fallback ---

_DP_NEEDS = re.compile(r"\d{4}|\b(?:" + "|".join(_full + _abbr) + "|" + _WEEKDAY + r")\b"
                       r"|(?i:\b(?:ago|today|yesterday|tomorrow|week|month|year)\b)")
_DP_BAD = re.compile(r"(?i:^\W*(?:we|may|march|sat|sun|second|the|a|an|mon|wed|fri|now|"
                     r"\d+(?:st|nd|rd|th)|\d{1,3}|[\d,]+)\W*$)")


def resolve(expr: str, base: dt.date | None) -> DateRef | None:
    """Resolve one time expression (e.g. the date words an event rule captured).

    The grammar of ``find_dates`` is tried first: when it finds a time expression in ``expr``
    the longest one gives the value ("Friday night" -> that Friday, "the first week of March
    2024" -> March 2024, granularity month). Only otherwise is ``dateparser`` asked,
    with ``RELATIVE_BASE=base`` and ``PREFER_DATES_FROM="past"``, but only for expressions with
    a month, weekday, four-digit number or relative keyword, and never for the known false hits
    ("we", "may", "51st", bare numbers).

    Args:
        expr: the expression, e.g. ``"on Friday"`` or ``"the first week of March 2024"``.
        base: the article date, or ``None``.

    Returns:
        A ``DateRef`` spanning ``expr`` (start 0) with the resolved value and granularity, or
        ``None`` when ``expr`` is not a recognisable time expression.

    Raises:
        TypeError: if ``expr`` is not a string.
    """
    if not isinstance(expr, str):
        raise TypeError(f"resolve needs a str, got {type(expr).__name__}")
    if isinstance(base, dt.datetime):
        base = base.date()
    found = _scan(expr, base)
    if found:
        _s, _e, v, g = max(found, key=lambda f: f[1] - f[0])
        return DateRef(text=expr, value=v, start=0, end=len(expr), granularity=g)
    if not _DP_NEEDS.search(expr) or _DP_BAD.match(expr):
        return None
    if base is None:
        return None  # dateparser would fill the missing parts from today's date
    settings = {"PREFER_DATES_FROM": "past",
                "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day)}
    from dateparser.date import DateDataParser  # imported lazily: slow and rarely needed
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(expr)
    if data is None or data.date_obj is None or data.period not in ("day", "week", "month", "year"):
        return None
    period, value = data.period, data.date_obj.date()
    if period == "month":
        value = value.replace(day=1)
    elif period == "year":
        value = dt.date(value.year, 1, 1)
    elif period == "week":
        period = "day"
    return DateRef(text=expr, value=value, start=0, end=len(expr), granularity=period)
