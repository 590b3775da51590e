"""The actor dictionary: who a name, a capital, a demonym or a title stands for, on a given date.

Pure Python (no spaCy). Data live in ``newscoder/data/actors/`` and are built by
``tools/build_actors.py`` from the Phoenix dictionaries, Archigos and hand-written tables
(see ``LICENSES.md`` there).

Files
    countries.csv         key, iso3, name, aliases, demonyms, kind, note
    igos.csv              key, code, name, aliases, sector, cameo, note
    metonyms.csv          actor table (capitals, seats of government and key state bodies standing
                          for a government: "Ottawa", "the White House", "the Pentagon", "the Fed")
    people.csv.gz         actor table (people with dated roles)
    organizations.csv.gz  actor table (agencies, companies, NGOs, armed groups)
    places.csv.gz         actor table (cities of 100,000+ people and a few regions -> their country,
                          kind ``place``; built by ``tools/build_places.py`` from GeoNames)
    titles.csv            phrase, sector, code, office, role, person, plural, source

Actor table schema (also the schema of user extra files, CSV, CSV.GZ or YAML), one row per role:

    key       stable id, e.g. ``person:mark-carney`` (optional in user files: ``<kind>:<slug of name>``)
    name      display name (required)
    kind      person | country | government | igo | organization | group | place  (default person)
    aliases   other names, ``|``-separated (YAML: a list); may be given on any row of the key
    surname   names for bare-surname look-up, ``|``-separated; empty = derived from the name
              (last word; first word for Chinese, Korean and Taiwanese names); ``-`` = none
    country   ISO 3166 alpha-3 or an IGO code (EU, NATO, UN, ...)
    sector    CAMEO-style sector (GOV, MIL, BUS, ...); derived from ``code`` when empty
    code      CAMEO-style code (``USAGOVBUS``); ``country + sector`` when empty
    role      role text ("head of government", "trade representative")
    office    ``|``-separated office slugs: head_of_state, head_of_government, leader,
              foreign_minister, defense_minister, finance_minister, trade_minister, ...
    title     the usual title in text ("prime minister")
    start     ISO date the role began (empty = open)
    end       ISO date the role passed on, exclusive (empty = open / still in force)
    source    phoenix | archigos | manual | user (default user in user files)
    note      free text

A row with neither start nor end is the entry's default (undated) code, used when no dated role is
in force. Rows with the same key form one entry. A user entry with the key of a shipped entry adds
its aliases and roles to it (user roles win when in force). YAML items may instead carry a
``roles:`` list of mappings with the role columns.

Look-up rules
    * ``lookup`` is case-insensitive and ignores a leading "the", accents, curly apostrophes and
      hyphens ("Elysee" = "Élysée", "Ban Ki moon" = "Ban Ki-moon"); except that aliases written as
      short capitalised acronyms in the data ("US", "WHO", "UK") match only capitalised queries, so
      "us" and "who" do not match, and aliases written with a leading ``=`` in the data ("=Fed",
      "=Congress") match only that exact form or all capitals.
    * Several entries may share a phrase; ``lookup`` returns them all, user entries first, then
      countries, IGOs, metonyms, people, organisations.
    * ``resolve`` returns the role in force at the date (ends are exclusive, so on the day of a
      handover the successor holds the office); preference among roles in force: user > manual >
      archigos > phoenix, then head-of-state/government offices, then the later start. No dated role
      in force: the entry's default code if any, else for a person whose roles have all ended the
      country with sector ``ELI`` (former official, as in CAMEO), else the country alone.
      ``Resolved.role`` is set only when a dated role is in force.
    * ``leader`` and ``surname_candidates`` consider only roles in force at the date; Phoenix
      and Archigos roles left open because those sources end (about 2014 and 2015-12-31) count
      only until 2016-01-01 there (``resolve`` still reports them as a person's last known role).
      The hand-written rows cover heads of state and government of the G20, the EU, UN and NATO
      and other prominent office holders from 2015 on.
    * Sectors: ``sector`` is the first three letters after the country (``USAGOVBUS`` -> GOV) and
      ``code`` keeps the full CAMEO-style code. IGO codes take the place of the country
      (``UNGOV`` for the UN Secretary-General, ``EUGOV`` for the European Commission).
    * Historical states: the USSR is coded RUS (as in Archigos); the GDR is DDR, Czechoslovakia
      CSK, Yugoslavia YUG, West Germany DEU.

Loading all data takes about a second the first time; the built indexes are cached as a pickle in
``$NEWSCODER_CACHE_DIR`` (default ``$XDG_CACHE_HOME/newscoder`` or ``~/.cache/newscoder``), keyed by
a hash of the data files, the extra files and this module's source; a stale or unreadable cache is
rebuilt. ``NEWSCODER_NO_CACHE=1`` disables the cache.
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
import gzip
import hashlib
import io
import logging
import os
import pickle
import re
import sys
import tempfile
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..errors import DataError

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
LOADER_VERSION = "actors-dictionary-1"
SOURCE_HORIZON = "2016-01-01"  # Phoenix and Archigos end about here; open roles are not extended past it
MAX_INDEX_WORDS = 12  # longer names are kept for display but not indexed for look-up

ACTOR_COLUMNS = ("key", "name", "kind", "aliases", "surname", "country", "sector", "code", "role",
                 "office", "title", "start", "end", "source", "note")
REQUIRED_ACTOR_COLUMNS = ("name",)
KINDS = ("person", "country", "government", "igo", "organization", "group", "place")
HEAD_OFFICES = frozenset({"head_of_state", "head_of_government", "leader"})
SOURCE_RANK = {"user": 4, "manual": 3, "wikidata": 3, "archigos": 2, "phoenix": 1}
_CJK = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK"})
_NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "3d"})
_GROUP_ORDER = {"user": 0, "countries": 1, "igos": 2, "metonyms": 3, "people": 4, "organizations": 5,
                "places": 6}
_STRICT = re.compile(r"[A-Z][A-Z0-9&]{1,5}")
_DASHES = re.compile(r"[\-\u2010\u2011\u2012\u2013\u2014\u2015]+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_MEMO: dict[str, "ActorDictionary"] = {}
_CACHE_KEEP = 4


# ----------------------------------------------------------------------------------------------
# Records
# ----------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Role:
    """One dated (or default, undated) role of an entry."""

    code: str | None
    country: str | None
    sector: str | None
    role: str | None  # role text: "head of government", "trade representative"
    office: str | None  # primary office slug ("head_of_government"); see ``offices`` for all
    start: dt.date | None
    end: dt.date | None  # exclusive: the day the role passed on
    source: str = "user"
    title: str | None = None
    offices: frozenset[str] = frozenset()

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def in_force(self, date: dt.date) -> bool:
        """True when the role holds on ``date`` (start inclusive, end exclusive)."""
        if self.start is not None and date < self.start:
            return False
        if self.end is not None and date >= self.end:
            return self.start is not None and self.start == self.end == date
        return True


@dataclass(frozen=True, slots=True)
class Entry:
    """One dictionary actor."""

    key: str  # "person:mark-carney", "country:CAN", "igo:EU", "metonym:ottawa"
    name: str
    kind: str  # person | country | government | igo | organization | group
    country: str | None  # ISO3 or IGO code
    sector: str | None  # default sector (GOV for metonyms, None for a bare country)
    roles: tuple[Role, ...] = ()
    aliases: tuple[str, ...] = ()
    surnames: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Resolved:
    code: str | None
    country: str | None
    sector: str | None
    role: str | None  # set only when a dated role is in force
    office: str | None = None


@dataclass(frozen=True, slots=True)
class TitleInfo:
    phrase: str
    sector: str | None
    code: str | None  # full sector tail, e.g. GOVBUS
    office: str | None  # head_of_state, head_of_government, leader, foreign_minister, ... or None
    role: str | None
    person: bool


# ----------------------------------------------------------------------------------------------
# Normalisation
# ----------------------------------------------------------------------------------------------
def norm(phrase: str) -> str:
    """The look-up key of a phrase: lower case, no accents, no leading "the", hyphens as spaces."""
    key = _NORM_MEMO.get(phrase)
    if key is None:
        key = _norm(phrase)
        if len(_NORM_MEMO) >= _MEMO_MAX:
            _NORM_MEMO.clear()
        _NORM_MEMO[phrase] = key
    return key


_NORM_MEMO: dict[str, str] = {}  # the resolver's phrase scan normalises the same words article after article


def _norm(phrase: str) -> str:
    s = phrase.translate(_QUOTES)
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = _DASHES.sub(" ", s.lower())
    s = " ".join(s.split())
    if s.startswith("the "):
        s = s[4:]
    return s


def _is_strict(alias: str) -> bool:
    return bool(_STRICT.fullmatch(alias))


def _no_lower(phrase: str) -> bool:
    return not any(c.islower() for c in phrase)


def _derive_surnames(name: str, country: str | None) -> list[str]:
    toks = [t for t in name.split() if t.lower() not in _NAME_SUFFIXES]
    toks = [t for t in toks if not re.fullmatch(r"[A-Za-z]\.", t)] or toks
    if not toks:
        return []
    if len(toks) == 1:
        return [toks[0]]
    s = toks[0] if country in _CJK else toks[-1]
    out = [s]
    low = s.lower()
    for pre in ("al-", "el-", "al ", "el "):  # "al-Sharaa" is also "Sharaa"
        if low.startswith(pre) and len(s) > len(pre) + 1:
            out.append(s[len(pre):])
    return out


# ----------------------------------------------------------------------------------------------
# Reading files
# ----------------------------------------------------------------------------------------------
def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise DataError(f"cannot read actor data file {path}: {exc}. "
                        "Reinstall newscoder or rebuild the data with tools/build_actors.py.") from exc


def _yaml_rows(path: Path, data: bytes) -> list[dict[str, Any]]:
    try:
        import yaml
    except ImportError as exc:  # pragma: no cover - pyyaml is a dependency
        raise DataError(f"{path}: reading YAML needs pyyaml (pip install pyyaml)") from exc
    try:
        doc = yaml.safe_load(data.decode("utf-8-sig"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: not valid YAML ({exc})") from exc
    if doc is None:
        return []
    if isinstance(doc, dict):
        doc = doc.get("actors", doc.get("people"))
    if not isinstance(doc, list):
        raise DataError(f"{path}: expected a list of actors (or a mapping with an 'actors' list)")
    rows: list[dict[str, Any]] = []
    for i, item in enumerate(doc, 1):
        if not isinstance(item, dict):
            raise DataError(f"{path}: item {i} is not a mapping")
        roles = item.get("roles")
        base = {k: v for k, v in item.items() if k != "roles"}
        if roles:
            if not isinstance(roles, list):
                raise DataError(f"{path}: item {i}: 'roles' must be a list")
            for j, r in enumerate(roles):
                if not isinstance(r, dict):
                    raise DataError(f"{path}: item {i}: role {j + 1} is not a mapping")
                row = dict(base) if j == 0 else {k: base[k] for k in ("key", "name", "kind") if k in base}
                row.update(r)
                rows.append(row)
        else:
            rows.append(base)
    return rows


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        return "|".join(str(x) for x in v)
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v).strip()


def _slug(s: str) -> str:
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# ----------------------------------------------------------------------------------------------
# Building
# ----------------------------------------------------------------------------------------------
# Entries are stored as plain tuples (fast to pickle) and turned into Entry objects on first use.
# raw entry: (key, name, kind, country, sector, aliases, surnames, roles)
# raw role:  (code, country, sector, role, office, start, end, source, title)  -- ISO date strings
_R_CODE, _R_COUNTRY, _R_SECTOR, _R_ROLE, _R_OFFICE, _R_START, _R_END, _R_SOURCE, _R_TITLE = range(9)


def _raw_in_force(r: tuple, day: str) -> bool:
    s, e = r[_R_START], r[_R_END]
    if s and day < s:
        return False
    if e and day >= e:
        return bool(s) and s == e == day
    return True


def _raw_current(r: tuple, day: str) -> bool:
    """In force for candidate generation: Phoenix and Archigos roles left open only because the
    source ends (about 2014 / 2015-12-31) are not trusted after SOURCE_HORIZON."""
    if not _raw_in_force(r, day):
        return False
    return bool(r[_R_END]) or day < SOURCE_HORIZON or r[_R_SOURCE] not in ("phoenix", "archigos")


def _raw_rank(r: tuple) -> tuple:
    offices = r[_R_OFFICE].split("|") if r[_R_OFFICE] else ()
    return (SOURCE_RANK.get(r[_R_SOURCE], 0), any(o in HEAD_OFFICES for o in offices), bool(offices),
            bool(r[_R_END]), r[_R_START])


def _raw_cand_rank(r: tuple) -> tuple:
    offices = r[_R_OFFICE].split("|") if r[_R_OFFICE] else ()
    return (any(o in HEAD_OFFICES for o in offices), SOURCE_RANK.get(r[_R_SOURCE], 0), bool(offices),
            r[_R_SECTOR] == "GOV", r[_R_START])


class _Builder:
    def __init__(self) -> None:
        self.entries: dict[str, list] = {}
        self.problems: list[str] = []
        self.demonyms: dict[str, str] = {}
        self.demonyms2: dict[str, str] = {}
        self.titles: dict[str, TitleInfo] = {}

    def entry(self, key: str, name: str, kind: str, group: str) -> list:
        # [key, name, kind, group, country, sector, aliases, surnames, roles, surname_given]
        e = self.entries.get(key)
        if e is None:
            e = [key, name, kind, group, None, None, [], [], [], False]
            self.entries[key] = e
        elif group == "user":
            e[3] = "user"
        return e

    def _columns(self, path: Path, header: list[str], cols: Iterable[str]) -> dict[str, int]:
        missing = [c for c in cols if c not in header]
        if missing:
            raise DataError(f"{path}: missing column(s) {', '.join(missing)}; expected {', '.join(cols)}")
        return {c: i for i, c in enumerate(header)}

    # countries.csv
    def countries(self, path: Path, rows: list[list[str]]) -> None:
        if not rows:
            return
        ix = self._columns(path, rows[0], ("key", "iso3", "name", "aliases", "demonyms"))
        k, c, n, a, dm = ix["key"], ix["iso3"], ix["name"], ix["aliases"], ix["demonyms"]
        for line, r in enumerate(rows[1:], 2):
            if len(r) < len(rows[0]) or not r[k] or not r[c] or not r[n]:
                self.problems.append(f"{path.name}:{line}: key, iso3 and name are required")
                continue
            e = self.entry(r[k], r[n], "country", "countries")
            e[4] = r[c]
            e[6] += [x for x in r[a].split("|") if x]
            for d in (x for x in r[dm].split("|") if x):
                target = self.demonyms2 if d.endswith("?") else self.demonyms
                target.setdefault(norm(d.rstrip("?")), r[c])

    # igos.csv
    def igos(self, path: Path, rows: list[list[str]]) -> None:
        if not rows:
            return
        ix = self._columns(path, rows[0], ("key", "code", "name", "aliases", "sector"))
        for line, r in enumerate(rows[1:], 2):
            key, code, name = r[ix["key"]], r[ix["code"]], r[ix["name"]]
            if not key or not code or not name:
                self.problems.append(f"{path.name}:{line}: key, code and name are required")
                continue
            sector = r[ix["sector"]] or None
            e = self.entry(key, name, "igo", "igos")
            e[4], e[5] = code, sector
            e[6] += [x for x in r[ix["aliases"]].split("|") if x]
            e[8].append((code + (sector or ""), code, sector, None, "", "", "", "manual", None))

    # actor tables (metonyms, people, organizations, user files)
    def actors(self, path: Path, rows: list[list[str]], group: str, default_source: str) -> None:
        if not rows:
            return
        header = rows[0]
        if group == "user":
            unknown = [h for h in header if h not in ACTOR_COLUMNS]
            if unknown:
                self.problems.append(f"{path.name}: unknown column(s) {unknown}; valid: {', '.join(ACTOR_COLUMNS)}")
            ix = self._columns(path, header, REQUIRED_ACTOR_COLUMNS)
        else:
            ix = self._columns(path, header, ACTOR_COLUMNS)
        width = len(header)
        get = {c: ix.get(c) for c in ACTOR_COLUMNS}
        i_key, i_name, i_kind, i_al, i_sur = get["key"], get["name"], get["kind"], get["aliases"], get["surname"]
        i_cty, i_sec, i_code, i_role, i_off = get["country"], get["sector"], get["code"], get["role"], get["office"]
        i_title, i_start, i_end, i_src = get["title"], get["start"], get["end"], get["source"]
        problems = self.problems
        entries = self.entries
        for line, r in enumerate(rows[1:], 2):
            if len(r) != width:
                if not any(r):
                    continue
                if group == "user" and len(r) < width:
                    r = r + [""] * (width - len(r))  # trailing empty fields may be left out
                else:
                    problems.append(f"{path.name}:{line}: {len(r)} fields, the header has {width}")
                    continue
            name = r[i_name]
            if not name:
                problems.append(f"{path.name}:{line}: 'name' is required")
                continue
            kind = (r[i_kind] if i_kind is not None else "") or "person"
            if kind not in KINDS:
                problems.append(f"{path.name}:{line}: kind {kind!r} is not one of {', '.join(KINDS)}")
                continue
            key = (r[i_key] if i_key is not None else "") or f"{kind}:{_slug(name)}"
            e = entries.get(key) or self.entry(key, name, kind, group)
            if group == "user":
                e[3] = "user"
            if i_al is not None and r[i_al]:
                e[6] += r[i_al].split("|")
            if i_sur is not None and r[i_sur]:
                e[9] = True
                e[7] += [x for x in r[i_sur].split("|") if x and x != "-"]
            start = r[i_start] if i_start is not None else ""
            end = r[i_end] if i_end is not None else ""
            if start or end:
                bad = False
                for v in (start, end):
                    if v:
                        try:
                            dt.date.fromisoformat(v)
                        except ValueError:
                            problems.append(f"{path.name}:{line}: bad date {v!r} (use YYYY-MM-DD)")
                            bad = True
                if bad:
                    continue
                if start and end and start > end:
                    problems.append(f"{path.name}:{line}: start {start} is after end {end}")
                    continue
            code = (r[i_code] if i_code is not None else "") or None
            country = (r[i_cty] if i_cty is not None else "") or None
            sector = (r[i_sec] if i_sec is not None else "") or None
            role = (r[i_role] if i_role is not None else "") or None
            if code and not sector and country and code.startswith(country):
                sector = code[len(country):len(country) + 3] or None
            if not code and (country or sector):
                code = (country or "") + (sector or "")
            if not (code or country or sector or role):
                if start or end:
                    problems.append(f"{path.name}:{line}: a role needs a country, sector or code")
                continue  # a row that only carries names
            e[8].append((code, country, sector, role, (r[i_off] if i_off is not None else ""),
                         start, end, (r[i_src] if i_src is not None else "") or default_source,
                         (r[i_title] if i_title is not None else "") or None))

    # titles.csv
    def title_rows(self, path: Path, rows: list[list[str]]) -> None:
        if not rows:
            return
        ix = self._columns(path, rows[0], ("phrase", "sector", "code", "office", "role", "person", "plural"))
        for r in rows[1:]:
            phrase = " ".join(r[ix["phrase"]].lower().split())
            if not phrase:
                continue
            info = TitleInfo(phrase=phrase, sector=r[ix["sector"]] or None, code=r[ix["code"]] or None,
                             office=r[ix["office"]] or None, role=r[ix["role"]] or None,
                             person=r[ix["person"]] == "1")
            self.titles[phrase] = info
            for pl in (x for x in r[ix["plural"]].split("|") if x):
                self.titles.setdefault(" ".join(pl.lower().split()), info)

    def finish(self) -> "ActorDictionary":
        if self.problems:
            raise DataError("malformed actor data", self.problems)
        raws = []
        for key, e in self.entries.items():
            _, name, kind, group, country, sector, aliases, surnames, roles, given = e
            if kind not in ("country", "igo"):
                country = _raw_main_country(roles) or country
                defaults = [r for r in roles if not (r[_R_START] or r[_R_END])]
                if defaults:
                    sector = max(defaults, key=_raw_rank)[_R_SECTOR]
                elif kind != "person" and roles:
                    sector = max(roles, key=_raw_rank)[_R_SECTOR]
            if kind == "person" and not given:
                surnames = _derive_surnames(name, country)
            manual = any(r[_R_SOURCE] in ("manual", "user") for r in roles)
            raws.append(((_GROUP_ORDER[group], 0 if manual else 1, key),
                         (key, name, kind, country, sector,
                          tuple(dict.fromkeys(a for a in aliases if a and a != name)),
                          tuple(dict.fromkeys(surnames)), tuple(roles))))
        raws.sort(key=lambda x: x[0])
        d = ActorDictionary.__new__(ActorDictionary)
        d._build([r for _, r in raws], self.demonyms, self.demonyms2, self.titles)
        return d


def _raw_main_country(roles: Sequence[tuple]) -> str | None:
    best = None
    for r in roles:
        if not r[_R_COUNTRY]:
            continue
        dated = bool(r[_R_START] or r[_R_END])
        k = (SOURCE_RANK.get(r[_R_SOURCE], 0) >= 3, dated, r[_R_START])
        if best is None or k > best[0]:
            best = (k, r[_R_COUNTRY])
    return best[1] if best else None


def _rank(r: Role) -> tuple:
    return (SOURCE_RANK.get(r.source, 0), bool(r.offices & HEAD_OFFICES), bool(r.offices),
            r.end is not None, r.start or dt.date.min)


def _read_rows(path: Path, data: bytes) -> list[list[str]]:
    if path.name.lower().endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise DataError(f"{path}: not a valid gzip file ({exc})") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not UTF-8 ({exc}); save it as UTF-8") from exc
    try:
        return list(csv.reader(io.StringIO(text)))
    except csv.Error as exc:
        raise DataError(f"{path}: not valid CSV ({exc})") from exc


def _yaml_table(path: Path, data: bytes) -> list[list[str]]:
    rows = _yaml_rows(path, data)
    cols = list(ACTOR_COLUMNS)
    extra = sorted({k for r in rows for k in r} - set(cols))
    cols += extra  # reported as unknown columns by the builder
    return [cols] + [[_text(r.get(c)) for c in cols] for r in rows]


# ----------------------------------------------------------------------------------------------
# The dictionary
# ----------------------------------------------------------------------------------------------
class ActorDictionary:
    """Look-ups over the shipped actor data plus optional user files. Build with :meth:`load`."""

    @classmethod
    def load(cls, extra: Sequence[Path | str] = (), *, data_dir: Path | str | None = None,
             cache: bool = True) -> "ActorDictionary":
        """Load the shipped data (and ``extra`` user files: CSV, CSV.GZ or YAML in the actor table schema).

        Args:
            extra: user files adding actors or roles (see the module docstring for the schema).
            data_dir: another directory of shipped-format data (default: the package's data).
            cache: use the pickle cache in the user cache directory.

        Returns:
            The dictionary. Identical inputs in one process return the same object.

        Raises:
            DataError: a data file is missing or malformed (every problem is listed).
        """
        base = Path(data_dir) if data_dir else DATA_DIR
        files = {
            "countries": base / "countries.csv", "igos": base / "igos.csv",
            "metonyms": base / "metonyms.csv", "people": base / "people.csv.gz",
            "organizations": base / "organizations.csv.gz", "titles": base / "titles.csv",
            "places": base / "places.csv.gz",
        }
        blobs = {name: _read_bytes(p) for name, p in files.items()}
        extras = []
        for p in extra:
            p = Path(p)
            if not p.is_file():
                raise DataError(f"actor file {p} does not exist; check the path given as an extra "
                                "actor dictionary")
            extras.append((p, _read_bytes(p)))
        h = hashlib.sha256(LOADER_VERSION.encode())
        h.update(repr(sys.version_info[:2]).encode())
        h.update(_module_digest())  # a changed loader invalidates old caches
        for name in sorted(blobs):
            h.update(name.encode() + b"\0" + hashlib.sha256(blobs[name]).digest())
        for p, b in extras:
            h.update(str(p.resolve()).encode() + b"\0" + hashlib.sha256(b).digest())
        fingerprint = h.hexdigest()
        if fingerprint in _MEMO:
            return _MEMO[fingerprint]
        use_cache = cache and not os.environ.get("NEWSCODER_NO_CACHE")
        cache_file = _cache_dir() / f"actors-{fingerprint[:24]}.pickle" if use_cache else None
        d = _read_cache(cache_file) if cache_file else None
        if d is None:
            d = cls._build_from(files, blobs, extras)
            if cache_file:
                _write_cache(cache_file, d)
        _MEMO[fingerprint] = d
        return d

    @classmethod
    def _build_from(cls, files: dict[str, Path], blobs: dict[str, bytes],
                    extras: list[tuple[Path, bytes]]) -> "ActorDictionary":
        b = _Builder()
        for p, data in extras:  # user entries first: they lead the look-up lists
            name = p.name.lower()
            if name.endswith((".yaml", ".yml")):
                rows = _yaml_table(p, data)
            elif name.endswith((".csv", ".csv.gz")):
                rows = _read_rows(p, data)
            else:
                raise DataError(f"{p}: unknown actor file type; use .csv, .csv.gz, .yaml or .yml")
            b.actors(p, rows, "user", "user")
        b.countries(files["countries"], _read_rows(files["countries"], blobs["countries"]))
        b.igos(files["igos"], _read_rows(files["igos"], blobs["igos"]))
        for g in ("metonyms", "people", "organizations", "places"):
            b.actors(files[g], _read_rows(files[g], blobs[g]), g, "manual")
        b.title_rows(files["titles"], _read_rows(files["titles"], blobs["titles"]))
        return b.finish()

    def _build(self, raws: list[tuple], demonyms: dict[str, str], demonyms2: dict[str, str],
               titles: dict[str, TitleInfo]) -> None:
        index: dict[str, list[int]] = defaultdict(list)
        strict: dict[str, list[tuple[int, str | None]]] = defaultdict(list)
        surnames: dict[str, list[int]] = defaultdict(list)
        offices: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
        for i, (key, name, kind, country, sector, aliases, sn, roles) in enumerate(raws):
            seen: set[tuple[str, bool]] = set()
            cased = {a[1:] for a in aliases if a.startswith("=")}
            for phrase in (name, *aliases):
                if phrase in cased:
                    continue  # indexed through its "=" alias
                form = None
                if phrase.startswith("="):  # case-sensitive: this exact form (or all capitals)
                    phrase = form = phrase[1:]
                k = norm(phrase)
                if not k or k.count(" ") >= MAX_INDEX_WORDS:
                    continue
                is_strict = form is not None or _is_strict(phrase)
                if (k, is_strict) in seen:
                    continue
                seen.add((k, is_strict))
                if is_strict:
                    strict[k].append((i, form))
                else:
                    index[k].append(i)
            if kind == "person":
                for s in sn:
                    k = norm(s)
                    if k and (not surnames[k] or surnames[k][-1] != i):
                        surnames[k].append(i)
            for j, r in enumerate(roles):
                if r[_R_COUNTRY] and (r[_R_START] or r[_R_END]):
                    if r[_R_OFFICE]:
                        for o in r[_R_OFFICE].split("|"):
                            offices[(r[_R_COUNTRY], o)].append((i, j))
                    if r[_R_TITLE]:
                        offices[(r[_R_COUNTRY], "title:" + r[_R_TITLE].lower())].append((i, j))
        self._raw = raws
        self._ids = {r[0]: i for i, r in enumerate(raws)}
        self._index = {k: tuple(v) for k, v in index.items()}
        # An entry listed under both forms of a key stays in the plain index only.
        self._strict = {k: t for k, v in strict.items()
                        if (t := tuple(x for x in v if x[0] not in index.get(k, ())))}
        self._surnames = {k: tuple(v) for k, v in surnames.items()}
        self._offices = {k: tuple(v) for k, v in offices.items()}
        self._demonyms = dict(demonyms)
        self._demonyms2 = dict(demonyms2)
        self._titles = dict(titles)
        self._max_words = max((k.count(" ") + 1 for k in (*self._index, *self._strict)), default=1)
        self._by_country = {r[3]: i for i, r in enumerate(raws) if r[2] == "country" and r[0] == f"country:{r[3]}"}
        self._made: dict[int, Entry] = {}
        self._memo_reset()

    def _memo_reset(self) -> None:
        # Answers of title(), demonym() and lookup() by their exact argument: the resolver asks them about the
        # same few thousand words again and again (title: ~150 calls an article). Not pickled.
        self._title_memo: dict[str, TitleInfo | None] = {}
        self._lookup_memo: dict[str, tuple[Entry, ...]] = {}
        self._demonym_memo: dict[str, str | None] = {}

    def _entry(self, i: int) -> Entry:
        e = self._made.get(i)
        if e is None:
            key, name, kind, country, sector, aliases, sn, roles = self._raw[i]
            e = Entry(key=key, name=name, kind=kind, country=country, sector=sector,
                      roles=tuple(_role(r) for r in roles),
                      aliases=tuple(dict.fromkeys(a.lstrip("=") for a in aliases if a.lstrip("=") != name)),
                      surnames=sn)
            self._made[i] = e
        return e

    # -- look-ups ------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._raw)

    def __contains__(self, key: str) -> bool:
        return key in self._ids

    def __iter__(self):
        return (self._entry(i) for i in range(len(self._raw)))

    def get(self, key: str) -> Entry | None:
        """The entry with this key, or None."""
        i = self._ids.get(key)
        return None if i is None else self._entry(i)

    def country(self, code: str) -> Entry | None:
        """The country entry of an ISO alpha-3 code ("CAN"), or None."""
        i = self._by_country.get(code)
        return None if i is None else self._entry(i)

    def lookup(self, phrase: str) -> list[Entry]:
        """Entries named exactly by ``phrase`` (aliases included); case-insensitive, "the" optional."""
        memo = self._lookup_memo
        found = memo.get(phrase)
        if found is None:
            found = tuple(self._lookup(phrase))
            if len(memo) >= _MEMO_MAX:
                memo.clear()
            memo[phrase] = found
        return list(found)

    def _lookup(self, phrase: str) -> list[Entry]:
        k = norm(phrase)
        ids = self._index.get(k, ())
        hit = self._strict.get(k)
        if hit:
            bare = " ".join(phrase.split())
            if bare[:4].lower() == "the ":
                bare = bare[4:]
            caps = _no_lower(bare)
            ok = [i for i, form in hit if caps or (form is not None and form == bare)]
            if ok:
                ids = sorted({*ids, *ok})
        return [self._entry(i) for i in ids]

    def max_words(self) -> int:
        """The most words in any name or alias (to bound n-gram windows)."""
        return self._max_words

    def resolve(self, entry: Entry, date: dt.date | None) -> Resolved:
        """The code, country, sector and role of ``entry`` on ``date`` (see the module docstring)."""
        roles = entry.roles
        if not roles:
            return Resolved(code=_join(entry.country, entry.sector), country=entry.country,
                            sector=entry.sector, role=None)
        dated = [r for r in roles if r.dated]
        defaults = [r for r in roles if not r.dated]
        # equal roles in several countries (a queen of Australia, Canada and the UK): the home country's, as
        # the undated default row gives it
        home = next((r.country for r in defaults if r.country), entry.country)
        if date is None:
            current = [r for r in dated if r.end is None]
            if current:
                return _resolved(max(current, key=lambda r: (*_rank(r), r.country == home)), with_role=True)
            if defaults:
                return _resolved(max(defaults, key=_rank), with_role=False)
            return _resolved(max(dated, key=lambda r: (r.end or dt.date.max, _rank(r))), with_role=False)
        live = [r for r in dated if r.in_force(date)]
        if live:
            return _resolved(max(live, key=lambda r: (*_rank(r), r.country == home)), with_role=True)
        if defaults:
            return _resolved(max(defaults, key=_rank), with_role=False)
        if entry.kind == "person" and dated and all(r.end is not None and r.end <= date for r in dated):
            last = max(dated, key=lambda r: (r.end, _rank(r)))
            c = last.country or entry.country
            return Resolved(code=_join(c, "ELI"), country=c, sector="ELI", role=None)
        return Resolved(code=entry.country, country=entry.country, sector=None, role=None)

    @functools.cached_property
    def demonym_firsts(self) -> frozenset[str]:
        """The first words of the demonyms of two or more words ("south" of "South African")."""
        return frozenset(k.split()[0] for k in (*self._demonyms, *self._demonyms2) if " " in k)

    def demonym(self, word: str) -> str | None:
        """The country code of a demonym or national adjective ("Canadian", "Canadians" -> "CAN").

        All-lower-case words are refused ("polish" is not "Polish"); capitals and title case match.
        """
        memo = self._demonym_memo
        try:
            return memo[word]
        except KeyError:
            pass
        if not word or not any(c.isupper() for c in word):
            found = None
        else:
            k = norm(word)
            found = self._demonyms.get(k) or self._demonyms2.get(k)
        if len(memo) >= _MEMO_MAX:
            memo.clear()
        memo[word] = found
        return found

    def leader(self, country: str, office: str, date: dt.date | None, title: str | None = None) -> Entry | None:
        """Who held ``office`` of ``country`` on ``date`` (None: the current holder as far as known).

        ``office`` is head_of_state, head_of_government, leader, or another office slug
        (foreign_minister, trade_minister, ...). For head_of_state / head_of_government, leaders
        whose office was not classified (Archigos "leader" only) are the fallback. ``title``
        ("president", "prime minister") prefers the holder of a role with that title, so "the
        Iranian president" is the president, not the supreme leader who is head of state.
        Phoenix and Archigos roles left open at the end of those sources are not extended past
        2016-01-01.
        """
        if title:
            found = self._holder(self._offices.get((country, "title:" + " ".join(title.lower().split())), ()), date)
            if found is not None:
                return found
        found = self._holder(self._offices.get((country, office), ()), date)
        if found is None and office in ("head_of_state", "head_of_government"):
            plain = [(i, j) for i, j in self._offices.get((country, "leader"), ())
                     if self._raw[i][7][j][_R_OFFICE] == "leader"]
            found = self._holder(plain, date)
        return found

    def _holder(self, cands: Iterable[tuple[int, int]], date: dt.date | None) -> Entry | None:
        day = date.isoformat() if date is not None else None
        best = None
        for i, j in cands:
            r = self._raw[i][7][j]
            if (not r[_R_END]) if day is None else _raw_current(r, day):
                k = (SOURCE_RANK.get(r[_R_SOURCE], 0), r[_R_START])
                if best is None or k > best[0]:
                    best = (k, i)
        return None if best is None else self._entry(best[1])

    def title(self, word_or_phrase: str) -> TitleInfo | None:
        """Sector and office of a title or generic noun ("prime minister", "ministers", "general")."""
        memo = self._title_memo
        try:
            return memo[word_or_phrase]
        except KeyError:
            pass
        info = self._title(word_or_phrase)
        if len(memo) >= _MEMO_MAX:
            memo.clear()
        memo[word_or_phrase] = info
        return info

    def _title(self, word_or_phrase: str) -> TitleInfo | None:
        k = " ".join(word_or_phrase.lower().translate(_QUOTES).split())
        if not k:
            return None
        info = self._titles.get(k)
        if info is None and not k.isascii():
            info = self._titles.get(norm(k))
        if info is None and "-" in k:
            # "Director-General" (or its tokens "director - general") is the "director general"
            info = self._titles.get(" ".join(k.replace("-", " ").split()))
        if info is None:
            head, _, last = k.rpartition(" ")
            pre = head + " " if head else ""
            for sing in _singulars(last):
                info = self._titles.get(pre + sing)
                if info is not None:
                    break
        return info

    def surname_candidates(self, surname: str, date: dt.date | None) -> list[Entry]:
        """People with this surname holding a dated role on ``date``, best first.

        Best = a head-of-state/government office, then the more trusted source, then the later
        start. With ``date`` None every person with the surname is returned.
        """
        ids = self._surnames.get(norm(surname), ())
        day = date.isoformat() if date is not None else None
        scored = []
        for i in ids:
            roles = self._raw[i][7]
            if day is None:
                live = roles
            else:
                live = [r for r in roles if (r[_R_START] or r[_R_END]) and _raw_current(r, day)]
            if live:
                scored.append((max(_raw_cand_rank(r) for r in live), i))
        scored.sort(key=lambda x: x[0], reverse=True)
        return [self._entry(i) for _, i in scored]

    # Pickling: the raw tables only; Entry objects are rebuilt on use.
    def __getstate__(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("_raw", "_ids", "_index", "_strict", "_surnames", "_offices",
                                              "_demonyms", "_demonyms2", "_titles", "_max_words",
                                              "_by_country")}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for k, v in state.items():
            setattr(self, k, v)
        self._made = {}
        self._memo_reset()


_MEMO_MAX = 200_000  # entries per memo before it starts over (bounds memory on endless input)


def _role(r: tuple) -> Role:
    offices = tuple(o for o in r[_R_OFFICE].split("|") if o) if r[_R_OFFICE] else ()
    return Role(code=r[_R_CODE], country=r[_R_COUNTRY], sector=r[_R_SECTOR], role=r[_R_ROLE],
                office=offices[0] if offices else None,
                start=dt.date.fromisoformat(r[_R_START]) if r[_R_START] else None,
                end=dt.date.fromisoformat(r[_R_END]) if r[_R_END] else None,
                source=r[_R_SOURCE], title=r[_R_TITLE], offices=frozenset(offices))


def _join(country: str | None, sector: str | None) -> str | None:
    if not country and not sector:
        return None
    return (country or "") + (sector or "")


def _resolved(r: Role, with_role: bool) -> Resolved:
    return Resolved(code=r.code or _join(r.country, r.sector), country=r.country, sector=r.sector,
                    role=r.role if with_role else None, office=r.office if with_role else None)


def _singulars(word: str) -> list[str]:
    out = []
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("men") and len(word) > 4:
        out.append(word[:-3] + "man")
    if word.endswith("es") and len(word) > 3:
        out.append(word[:-2])
    if word.endswith("s") and len(word) > 2:
        out.append(word[:-1])
    return out


# ----------------------------------------------------------------------------------------------
# Cache
# ----------------------------------------------------------------------------------------------
def _module_digest() -> bytes:
    try:
        return hashlib.sha256(Path(__file__).read_bytes()).digest()
    except OSError:  # e.g. a zipped install: fall back to the version string
        return LOADER_VERSION.encode()


def _cache_dir() -> Path:
    env = os.environ.get("NEWSCODER_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "newscoder"


def _read_cache(path: Path) -> ActorDictionary | None:
    try:
        with open(path, "rb") as f:
            d = pickle.load(f)
    except FileNotFoundError:
        return None
    except Exception as exc:  # a stale or damaged cache is rebuilt, never fatal
        log.info("ignoring unreadable actor cache %s: %s", path, exc)
        return None
    return d if isinstance(d, ActorDictionary) else None


def _write_cache(path: Path, d: ActorDictionary) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".actors-", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(d, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        # keep the few most recent caches (other data versions or extra files), drop the rest
        old = sorted(path.parent.glob("actors-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in old[_CACHE_KEEP:]:
            stale.unlink(missing_ok=True)
    except OSError as exc:  # read-only home, full disk: work without the cache
        log.info("cannot write actor cache %s: %s", path, exc)
        try:
            os.unlink(tmp)  # type: ignore[possibly-undefined]
        except Exception:
            pass


__all__ = ["ActorDictionary", "Entry", "Resolved", "Role", "TitleInfo", "DATA_DIR", "norm"]
