"""Reading and validating gold files (docs/gold-format.md).

``load_gold(path)`` reads a JSON Lines gold file, fetches every article it names (Reuters-21578 ids from
``shared/data/reuters21578.jsonl.gz``, read once; dated-text files relative to ``shared/``), checks every
record and raises one ``EvalError`` that lists every problem found.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import EvalError, NewsCoderError
from ..records import PLOVER_TYPES, Article
from .codes import ANY, PartySpec, check_code, spec

STATUSES = ("required", "acceptable")
GRANULARITIES = ("day", "month", "year", "week", "range")
REUTERS_FILE = "data/reuters21578.jsonl.gz"

_DOC_KEYS = {"doc", "date", "events", "quotes", "dates", "actors", "amounts", "note", "comment"}
_EVENT_KEYS = {"type", "source", "target", "date", "mode", "negated", "status", "evidence", "in", "note",
               "comment"}
# "in": "title" marks an item stated in the headline (matching looks at the whole record either way).
_QUOTE_KEYS = {"text", "speaker_country", "speaker_name", "in", "note", "comment"}
_DATE_KEYS = {"text", "value", "granularity", "in", "note", "comment"}
_ACTOR_KEYS = {"text", "country", "in", "note", "comment"}
_AMOUNT_KEYS = {"text", "value", "unit", "in", "note", "comment"}
_WS = re.compile(r"\s+")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATED_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*(.*)$")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    types: tuple[str, ...]  # accepted PLOVER types; the first is the one used for per-type misses
    source: PartySpec
    target: PartySpec
    date: str | None = None  # ISO date, when the text says when
    mode: str | None = None
    negated: bool = False
    status: str = "required"
    evidence: str | None = None
    in_: str = "text"
    label: str = ""  # display form of the original annotation (e.g. a suite record id)
    coarse: tuple[PartySpec, PartySpec] | None = None  # suites: (source, target) at a coarser actor level


@dataclass(frozen=True, slots=True)
class GoldQuote:
    text: str
    speaker_country: PartySpec
    speaker_name: str | None = None


@dataclass(frozen=True, slots=True)
class GoldDate:
    text: str
    value: str | None
    granularity: str = "day"


@dataclass(frozen=True, slots=True)
class GoldActor:
    text: str
    country: PartySpec


@dataclass(frozen=True, slots=True)
class GoldAmount:
    text: str
    value: float | None
    unit: str | None = None


@dataclass(slots=True)
class GoldDoc:
    doc: str
    article: Article
    events: list[GoldEvent] = field(default_factory=list)
    quotes: list[GoldQuote] = field(default_factory=list)
    dates: list[GoldDate] = field(default_factory=list)
    actors: list[GoldActor] = field(default_factory=list)
    amounts: list[GoldAmount] = field(default_factory=list)
    note: str | None = None
    origin: str = ""


def norm_ws(s: str) -> str:
    return _WS.sub(" ", s).strip()


def resolve_shared(shared_dir: str | Path, anchor: Path | None = None) -> Path:
    """Find the shared directory: as given (absolute or from the working directory), else relative to
    ``anchor`` and its parents (so ``../shared`` works for ``gold/dev.jsonl`` run from anywhere)."""
    p = Path(shared_dir)
    if p.is_absolute() or p.exists():
        return p
    if anchor is not None:
        for base in [anchor.resolve(), *anchor.resolve().parents]:
            cand = base / p
            if cand.is_dir():
                return cand
    return p


def read_reuters(path: str | Path, ids: set[str]) -> dict[str, dict[str, Any]]:
    """Read the Reuters-21578 JSONL once, parsing only the lines of the wanted NEWIDs."""
    wanted, found = set(ids), {}
    id_re = re.compile(r'^\{"id":\s*"(\d+)"')
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            m = id_re.match(line)
            if m and m.group(1) not in wanted:
                continue
            rec = json.loads(line)
            if str(rec.get("id")) in wanted:
                found[str(rec["id"])] = rec
                if len(found) == len(wanted):
                    break
    return found


def _read_dated_text(path: str | Path) -> Article:
    """The dated-text format: first line `` date YYYY-MM-DD headline``, body = everything after it."""
    raw = Path(path).read_text(encoding="utf-8")
    first, _, body = raw.partition("\n")
    m = _DATED_HEADER.match(first)
    if not m:
        raise EvalError(f"{path}: first line must be ' date YYYY-MM-DD headline', got {first[:60]!r}")
    return Article(id=str(path), date=dt.date.fromisoformat(m.group(1)), title=m.group(2).strip(),
                   text=body, origin=f"{path}:1")


def _read_file_article(path: Path) -> Article:
    try:
        from ..ingest import read_inputs  # the project's reader, when it exists
    except ImportError:
        return _read_dated_text(path)
    try:
        for rec in read_inputs([path]):
            if isinstance(rec, Article):
                return rec
            raise EvalError(f"{path}: cannot be read: {getattr(rec, 'reason', rec)}")
    except NewsCoderError:
        raise
    except Exception:  # an ingest API that changed under us: the format is simple enough to read here
        return _read_dated_text(path)
    raise EvalError(f"{path}: no article in the file")


class _Checker:
    """Collects problems for one gold line."""

    def __init__(self, where: str, problems: list[str]):
        self.where, self.problems = where, problems

    def add(self, what: str, msg: str) -> None:
        self.problems.append(f"{self.where}: {what}: {msg}" if what else f"{self.where}: {msg}")

    def keys(self, obj: dict, allowed: set[str], what: str) -> None:
        extra = sorted(k for k in obj if k not in allowed and not k.startswith("_"))
        if extra:
            self.add(what, f"unknown key(s) {', '.join(map(repr, extra))} (allowed: {', '.join(sorted(allowed))})")

    def iso(self, value: Any, what: str, allow_null: bool = True) -> str | None:
        if value is None:
            if not allow_null:
                self.add(what, "missing date (YYYY-MM-DD)")
            return None
        if not isinstance(value, str) or not _ISO.match(value):
            self.add(what, f"{value!r} is not a date YYYY-MM-DD")
            return None
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            self.add(what, f"{value!r} is not a valid calendar date")
            return None
        return value

    def code(self, obj: dict, key: str, what: str, required: bool = True) -> PartySpec:
        if key not in obj:
            if required:
                self.add(what, f"missing {key!r} (write null when the text names none)")
            return spec(None) if required else frozenset({ANY})
        problem = check_code(obj[key])
        if problem:
            self.add(f"{what}.{key}", problem)
        return spec(obj[key] if isinstance(obj[key], str) else None)

    def found(self, text: Any, key: str, what: str, hay_norm: dict[str, str] | None,
              where_in: str | None = None) -> str | None:
        """Check a required non-empty string occurs (whitespace-normalised) in the article."""
        if not isinstance(text, str) or not text.strip():
            self.add(what, f"{key!r} must be a non-empty string")
            return None
        if hay_norm is None:
            return text
        needle = norm_ws(text)
        places = [where_in] if where_in else ["text", "title"]
        if any(needle in hay_norm[p] for p in places):
            return text
        other = [p for p in ("text", "title") if p not in places and needle in hay_norm[p]]
        if other:
            self.add(what, f"{key} {text!r} is not in the {places[0]} but in the {other[0]}: set \"in\": \"{other[0]}\"")
        elif any(needle.casefold() in hay_norm[p].casefold() for p in places):
            self.add(what, f"{key} {text!r} is in the article only with different upper/lower case: copy it exactly")
        else:
            self.add(what, f"{key} {text!r} not found in the article {'/'.join(places)}")
        return text


def _types(value: Any, ck: _Checker, what: str) -> tuple[str, ...]:
    vals = value if isinstance(value, list) else [value]
    if not vals or not all(isinstance(v, str) for v in vals):
        ck.add(what, f"'type' must be a PLOVER type or a non-empty list of them, not {value!r}")
        return ()
    bad = [v for v in vals if v not in PLOVER_TYPES]
    for v in bad:
        hint = " (write it in upper case)" if v.upper() in PLOVER_TYPES else ""
        ck.add(what, f"unknown type {v!r}{hint}; PLOVER types: {', '.join(PLOVER_TYPES)}")
    return tuple(v for v in vals if v in PLOVER_TYPES)


def parse_gold_record(rec: Any, article: Article | None, ck: _Checker) -> GoldDoc | None:
    """Validate one gold record against its article; problems go to ``ck``. Returns None when unusable."""
    if not isinstance(rec, dict):
        ck.add("", "a gold line must be a JSON object")
        return None
    ck.keys(rec, _DOC_KEYS, "")
    date = ck.iso(rec.get("date"), "date", allow_null=True)
    usable = article is not None
    if article is None:  # still check the annotations' shape; texts cannot be checked
        article, hay = Article(id=str(rec.get("doc")), date=None, title="", text=""), None
    else:
        hay = {"text": norm_ws(article.text), "title": norm_ws(article.title)}
        if "date" not in rec:
            ck.add("date", "missing (the article date used for resolution, YYYY-MM-DD)"
                   + (f"; the article says {article.date.isoformat()}" if article.date else ""))
    if date:
        article = dataclasses.replace(article, date=dt.date.fromisoformat(date))
    doc = GoldDoc(doc=str(rec.get("doc")), article=article, note=rec.get("note"), origin=ck.where)

    def items(key: str) -> list:
        v = rec.get(key, [])
        if not isinstance(v, list):
            ck.add(key, "must be a list")
            return []
        return v

    for i, ev in enumerate(items("events")):
        what = f"events[{i}]"
        if not isinstance(ev, dict):
            ck.add(what, "must be an object")
            continue
        ck.keys(ev, _EVENT_KEYS, what)
        types = _types(ev.get("type"), ck, what)
        src = ck.code(ev, "source", what)
        tgt = ck.code(ev, "target", what)
        edate = ck.iso(ev.get("date"), f"{what}.date")
        status = ev.get("status", "required")
        if status not in STATUSES:
            ck.add(what, f"status {status!r} must be one of {', '.join(STATUSES)}")
        negated = ev.get("negated", False)
        if not isinstance(negated, bool):
            ck.add(what, f"negated must be true or false, not {negated!r}")
        mode = ev.get("mode")
        if mode is not None and not isinstance(mode, str):
            ck.add(what, f"mode must be a string or null, not {mode!r}")
        in_ = ev.get("in", "text")
        if in_ not in ("text", "title"):
            ck.add(what, f"in {in_!r} must be \"text\" or \"title\"")
            in_ = "text"
        evidence = ev.get("evidence")
        if evidence is not None:
            evidence = ck.found(evidence, "evidence", what, hay, where_in=in_)
        doc.events.append(GoldEvent(types=types, source=src, target=tgt, date=edate,
                                    mode=mode if isinstance(mode, str) else None, negated=negated is True,
                                    status=status if status in STATUSES else "required",
                                    evidence=evidence, in_=in_))
    for i, q in enumerate(items("quotes")):
        what = f"quotes[{i}]"
        if not isinstance(q, dict):
            ck.add(what, "must be an object")
            continue
        ck.keys(q, _QUOTE_KEYS, what)
        text = ck.found(q.get("text"), "text", what, hay)
        name = q.get("speaker_name")
        if name is not None and not isinstance(name, str):
            ck.add(what, f"speaker_name must be a string or null, not {name!r}")
            name = None
        country = ck.code(q, "speaker_country", what, required=False)
        if text:
            doc.quotes.append(GoldQuote(text=text, speaker_country=country if "speaker_country" in q else spec(None),
                                        speaker_name=name))
    for i, d in enumerate(items("dates")):
        what = f"dates[{i}]"
        if not isinstance(d, dict):
            ck.add(what, "must be an object")
            continue
        ck.keys(d, _DATE_KEYS, what)
        text = ck.found(d.get("text"), "text", what, hay)
        value = ck.iso(d.get("value"), f"{what}.value")
        gran = d.get("granularity", "day")
        if gran not in GRANULARITIES:
            ck.add(what, f"granularity {gran!r} must be one of {', '.join(GRANULARITIES)}")
        elif value and gran in ("month", "year") and not value.endswith("-01" if gran == "month" else "-01-01"):
            ck.add(what, f"a {gran} date's value is its first day, not {value}")
        if text:
            doc.dates.append(GoldDate(text=text, value=value, granularity=gran if isinstance(gran, str) else "day"))
    for i, a in enumerate(items("actors")):
        what = f"actors[{i}]"
        if not isinstance(a, dict):
            ck.add(what, "must be an object")
            continue
        ck.keys(a, _ACTOR_KEYS, what)
        text = ck.found(a.get("text"), "text", what, hay)
        country = ck.code(a, "country", what)
        if text:
            doc.actors.append(GoldActor(text=text, country=country))
    for i, a in enumerate(items("amounts")):
        what = f"amounts[{i}]"
        if not isinstance(a, dict):
            ck.add(what, "must be an object")
            continue
        ck.keys(a, _AMOUNT_KEYS, what)
        text = ck.found(a.get("text"), "text", what, hay)
        value = a.get("value")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            ck.add(what, f"value must be a number, not {value!r}")
            value = None
        unit = a.get("unit")
        if unit is not None and not isinstance(unit, str):
            ck.add(what, f"unit must be a string or null, not {unit!r}")
            unit = None
        if text:
            doc.amounts.append(GoldAmount(text=text, value=float(value) if value is not None else None, unit=unit))
    return doc if usable else None


def load_gold(path: str | Path, shared_dir: str | Path = "../shared") -> list[GoldDoc]:
    """Read and validate a gold file; raise EvalError listing every problem (with file:line)."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvalError(f"cannot read gold file {path}: {exc}") from exc
    shared = resolve_shared(shared_dir, path.parent)
    problems: list[str] = []
    recs: list[tuple[str, Any]] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            recs.append((where, json.loads(line)))
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})")
    # Which documents are needed
    reuters_ids: set[str] = set()
    seen: dict[str, str] = {}
    for where, rec in recs:
        if not isinstance(rec, dict):
            continue
        d = rec.get("doc")
        if not isinstance(d, str) or not d.strip():
            problems.append(f"{where}: doc: missing or not a string (\"reuters:<id>\" or a path under shared/)")
            continue
        if d in seen:
            problems.append(f"{where}: doc {d!r} already annotated at {seen[d]}")
        seen.setdefault(d, where)
        if d.startswith("reuters:"):
            rid = d.split(":", 1)[1]
            if rid.isdigit():
                reuters_ids.add(rid)
            else:
                problems.append(f"{where}: doc {d!r}: a Reuters id is a number (NEWID), e.g. reuters:5")
    reuters: dict[str, dict[str, Any]] = {}
    if reuters_ids:
        rpath = shared / REUTERS_FILE
        try:
            reuters = read_reuters(rpath, reuters_ids)
        except OSError as exc:
            raise EvalError(f"cannot read {rpath} for the reuters: documents: {exc}. "
                            f"Pass shared_dir= (the directory with data/ and examples/)") from exc
    docs: list[GoldDoc] = []
    for where, rec in recs:
        ck = _Checker(where, problems)
        article = None
        d = rec.get("doc") if isinstance(rec, dict) else None
        if isinstance(d, str) and d.startswith("reuters:"):
            r = reuters.get(d.split(":", 1)[1])
            if r is None and d.split(":", 1)[1].isdigit():
                ck.add("doc", f"{d!r}: no such NEWID in {REUTERS_FILE}")
            elif r is not None:
                date = dt.date.fromisoformat(r["date"][:10]) if r.get("date") else None
                article = Article(id=d, date=date, title=r.get("title") or "", text=r.get("body") or "",
                                  source="Reuters", origin=f"{REUTERS_FILE}:{r['id']}",
                                  dateline=r.get("dateline") or None)
        elif isinstance(d, str) and d.strip():
            fpath = shared / d
            if not fpath.is_file():
                ck.add("doc", f"{d!r}: no such file under {shared}")
            else:
                try:
                    article = dataclasses.replace(_read_file_article(fpath), id=d)
                except (NewsCoderError, ValueError, OSError) as exc:
                    ck.add("doc", f"{d!r}: {exc}")
        g = parse_gold_record(rec, article, ck)
        if g is not None:
            docs.append(g)
    if problems:
        prefix = len(str(path)) + 1

        def line_no(p: str) -> int:
            head = p[prefix:].split(":", 1)[0]
            return int(head) if head.isdigit() else 0

        problems.sort(key=line_no)  # stable: keeps each line's problems in field order
        raise EvalError(f"gold file {path} has {len(problems)} problem(s); fix them and run again:\n"
                        + "\n".join(f"  - {p}" for p in problems))
    return docs
