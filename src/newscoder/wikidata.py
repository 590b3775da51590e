"""Heads of state and government from Wikidata, as an actor table (the schema of docs/actors.md).

The one place newscoder talks to Wikidata, and only when a user asks for it
(``newscoder actors refresh-wikidata -o FILE.csv``); coding never touches the network.

    from newscoder import wikidata
    rows = wikidata.rows_from_sparql(json_result)          # pure: SPARQL JSON -> actor rows
    result = wikidata.fetch_sparql(wikidata.build_query(countries=["CAN"]), timeout=60)
    n = wikidata.refresh("leaders.csv", countries=["CAN", "GBR"], since="2015-01-01")

What is asked for: the head of state (P35) and head of government (P6) statements of every country
(instance of Q6256, country, or Q3624078, sovereign state) with an ISO 3166-1 alpha-3 code (P298), the
start (P580) and end (P582) qualifiers of each statement, the person's English label and English
aliases (``skos:altLabel``), for statements that ended after ``since`` or have not ended; deprecated
statements and holders that are not humans (Q5) are left out. Wikidata is CC0.

Rows: ``key`` ``person:<slug of the name>`` (with the QID appended when two people share a name),
``kind`` person, ``sector`` GOV, ``role`` "head of state" / "head of government", ``office``
head_of_state / head_of_government, ``title`` from the English label of the country's office held by
the head of state (P1906) or government (P1313) ("President of France" -> "president"), ``source``
wikidata, ``note`` the person's QID. A Wikidata end date is the day the term ended, which newscoder reads
as the exclusive end (the successor holds the office on that day).
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import logging
import os
import re
import socket
import tempfile
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .errors import ConfigError, WikidataError

log = logging.getLogger(__name__)

__all__ = ["ENDPOINT", "DEFAULT_SINCE", "COLUMNS", "build_query", "rows_from_sparql", "fetch_sparql",
           "write_csv", "refresh"]

ENDPOINT = "https://query.wikidata.org/sparql"
DEFAULT_SINCE = "2015-01-01"
DEFAULT_TIMEOUT = 90.0
MAX_BYTES = 100_000_000
# Wikimedia asks for a User-Agent naming the tool and how to learn about it.
USER_AGENT = (f"newscoder/{__version__} (news event coder; `newscoder actors refresh-wikidata`, run by a user "
              f"to refresh heads of state and government; +https://www.mediawiki.org/wiki/Wikidata_Query_Service) "
              f"Python-urllib")
COLUMNS = ("key", "name", "kind", "aliases", "surname", "country", "sector", "code", "role", "office", "title",
           "start", "end", "source", "note")
OFFICES = {"P35": ("head of state", "head_of_state"), "P6": ("head of government", "head_of_government")}
_ENTITY = "http://www.wikidata.org/entity/"
_ISO3 = re.compile(r"[A-Z]{3}")
_QID = re.compile(r"Q[0-9]+")
_NO_NETWORK_HINT = ("no network? run `newscoder actors refresh-wikidata` on a machine with internet access and "
                    "copy the CSV here, then pass it with --actors")

QUERY_TEMPLATE = """\
# newscoder actors refresh-wikidata: heads of state (P35) and government (P6) of countries
SELECT DISTINCT ?country ?iso3 ?prop ?person ?personLabel ?alias ?start ?end ?officeLabel WHERE {{
  VALUES ?class {{ wd:Q6256 wd:Q3624078 }}
  VALUES (?prop ?claim ?value ?officeHeld) {{
    ("P35" p:P35 ps:P35 wdt:P1906)
    ("P6" p:P6 ps:P6 wdt:P1313)
  }}{countries}
  ?country wdt:P31 ?class ;
           wdt:P298 ?iso3 ;
           ?claim ?statement .
  ?statement ?value ?person ;
             wikibase:rank ?rank .
  FILTER(?rank != wikibase:DeprecatedRank)
  ?person wdt:P31 wd:Q5 .
  OPTIONAL {{ ?statement pq:P580 ?start . }}
  OPTIONAL {{ ?statement pq:P582 ?end . }}
  FILTER(!BOUND(?end) || ?end > "{since}T00:00:00Z"^^xsd:dateTime)
  ?person rdfs:label ?personLabel .
  FILTER(LANG(?personLabel) = "en")
  OPTIONAL {{ ?person skos:altLabel ?alias . FILTER(LANG(?alias) = "en") }}
  OPTIONAL {{ ?country ?officeHeld ?office . ?office rdfs:label ?officeLabel . FILTER(LANG(?officeLabel) = "en") }}
}}
"""


def _check_since(since: str | dt.date) -> str:
    s = since.isoformat() if isinstance(since, dt.date) else str(since)
    try:
        return dt.date.fromisoformat(s).isoformat()
    except ValueError:
        raise ConfigError(f"since {since!r} is not a date: use YYYY-MM-DD") from None


def _check_countries(countries: Iterable[str] | None) -> list[str]:
    out = []
    for c in countries or ():
        code = c.strip().upper()
        if not _ISO3.fullmatch(code):
            raise ConfigError(f"country {c!r} is not an ISO 3166-1 alpha-3 code (three letters, e.g. CAN)")
        out.append(code)
    return sorted(set(out))


def build_query(countries: Iterable[str] | None = None, since: str | dt.date = DEFAULT_SINCE) -> str:
    """The SPARQL query: heads of state (P35) and government (P6) of ``countries`` (ISO alpha-3 codes;
    None or empty: all) whose statements are open or ended after ``since``.

    Raises:
        ConfigError: a country that is not three letters, or a bad date.
    """
    codes = _check_countries(countries)
    values = ("\n  VALUES ?iso3 { " + " ".join(f'"{c}"' for c in codes) + " }") if codes else ""
    return QUERY_TEMPLATE.format(countries=values, since=_check_since(since))


def _slug(s: str) -> str:
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def _value(binding: dict, var: str) -> str:
    v = binding.get(var)
    return v.get("value", "").strip() if isinstance(v, dict) else ""


def _qid(uri: str) -> str | None:
    if uri.startswith(_ENTITY) and _QID.fullmatch(uri[len(_ENTITY):]):
        return uri[len(_ENTITY):]
    return None


def _date(value: str) -> str | None:
    """``2017-05-14T00:00:00Z`` -> ``2017-05-14``; '' -> ''; None when not a plain date (an unknown
    value, a date before year 1)."""
    if not value:
        return ""
    try:
        return dt.date.fromisoformat(value[:10]).isoformat() if len(value) >= 10 and value[4] == "-" else None
    except ValueError:
        return None


def _title(office_label: str) -> str:
    """"Prime Minister of Canada" -> "prime minister"; "President of the French Republic" -> "president"."""
    head = re.split(r"\s+of\s+", office_label.strip(), maxsplit=1)[0]
    return " ".join(head.lower().split())


def rows_from_sparql(result: dict[str, Any], since: str | dt.date | None = None) -> list[dict[str, str]]:
    """Turn a SPARQL JSON result of :func:`build_query` into actor table rows (dicts keyed by ``COLUMNS``).

    One row per distinct statement (person, country, office, start, end): the answer's one row per alias,
    per office label and per country class is folded; aliases are the person's English ``altLabel`` s,
    sorted, ``|``-separated, on every row of the person. Rows whose dates are not plain dates (unknown
    values) or end before they start, and rows that ended on or before ``since``, are left out and logged.
    Rows are sorted by country, office, start, name.

    Raises:
        WikidataError: the result is not a SPARQL JSON result (no ``results.bindings`` list).
    """
    try:
        bindings = result["results"]["bindings"]
        if not isinstance(bindings, list):
            raise TypeError
    except (KeyError, TypeError):
        raise WikidataError("the Wikidata answer is not a SPARQL JSON result (no results.bindings list); "
                            "check --endpoint: it must be a SPARQL endpoint answering in JSON") from None
    cut = _check_since(since) if since is not None else None
    names: dict[str, str] = {}
    aliases: dict[str, set[str]] = {}
    titles: dict[tuple[str, str], set[str]] = {}
    statements: dict[tuple, None] = {}
    skipped = 0
    for b in bindings:
        if not isinstance(b, dict):
            skipped += 1
            continue
        qid, iso3, prop = _qid(_value(b, "person")), _value(b, "iso3").upper(), _value(b, "prop")
        name = " ".join(_value(b, "personLabel").split())
        start, end = _date(_value(b, "start")), _date(_value(b, "end"))
        if (not qid or not _ISO3.fullmatch(iso3) or prop not in OFFICES or not name or start is None
                or end is None or (start and end and start > end) or (cut and end and end <= cut)):
            skipped += 1
            continue
        names.setdefault(qid, name)
        alias = " ".join(_value(b, "alias").replace("|", " ").split())
        if alias:
            aliases.setdefault(qid, set()).add(alias)
        office = _value(b, "officeLabel")
        if office:
            titles.setdefault((iso3, prop), set()).add(_title(office))
        statements[(qid, iso3, prop, start, end)] = None
    if skipped:
        log.warning("wikidata: %d answer rows left out (no English name, no ISO code, unknown or bad dates, "
                    "or ended before %s)", skipped, cut or "the cut-off")
    base = {qid: _slug(name) or qid.lower() for qid, name in names.items()}
    sharing: dict[str, set[str]] = {}
    for qid, slug in base.items():
        sharing.setdefault(slug, set()).add(qid)
    rows = []
    for qid, iso3, prop, start, end in statements:
        name, slug = names[qid], base[qid]
        key = f"person:{slug}" if len(sharing[slug]) == 1 else f"person:{slug}-{qid.lower()}"
        role, office = OFFICES[prop]
        found = sorted(t for t in titles.get((iso3, prop), ()) if t)
        other = sorted((a for a in aliases.get(qid, ()) if a != name), key=lambda a: (a.casefold(), a))
        rows.append({
            "key": key, "name": name, "kind": "person", "aliases": "|".join(other),
            "surname": "", "country": iso3, "sector": "GOV", "code": "", "role": role, "office": office,
            "title": found[0] if found else "", "start": start, "end": end, "source": "wikidata", "note": qid,
        })
    rows.sort(key=lambda r: (r["country"], r["office"], r["start"], r["end"] or "9999", r["name"], r["note"]))
    return rows


def fetch_sparql(query: str, endpoint: str = ENDPOINT, timeout: float = DEFAULT_TIMEOUT) -> dict[str, Any]:
    """Send ``query`` to a SPARQL endpoint (GET, JSON results) and return the parsed answer.

    Raises:
        ConfigError: the endpoint is not an http(s) URL with a host.
        WikidataError: the endpoint cannot be reached, answers with an HTTP error, takes longer than
            ``timeout`` seconds, or answers with something that is not JSON.
    """
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"--endpoint {endpoint!r} is not an http:// or https:// URL with a host "
                          f"(the default is {ENDPOINT})")
    url = endpoint + ("&" if parts.query else "?") + urllib.parse.urlencode({"query": query, "format": "json"})
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,
                                               "Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            data = resp.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as e:
        hint = ("the endpoint is busy or limits requests: wait a minute and try again"
                if e.code in (429, 503, 504) else "check --endpoint and try again later")
        raise WikidataError(f"the Wikidata query at {endpoint} failed: HTTP {e.code} {e.reason}; {hint}") from None
    except urllib.error.URLError as e:
        reason = e.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise WikidataError(f"no answer from {endpoint} within {timeout:g} s; try again, or a larger "
                                f"--timeout, or fewer countries (--country); {_NO_NETWORK_HINT}") from None
        raise WikidataError(f"cannot reach the Wikidata endpoint {endpoint}: {reason}; "
                            f"{_NO_NETWORK_HINT}") from None
    except (TimeoutError, socket.timeout):
        raise WikidataError(f"no answer from {endpoint} within {timeout:g} s; try again, or a larger --timeout, "
                            f"or fewer countries (--country)") from None
    except (OSError, ValueError) as e:  # connection reset, bad URL, http.client errors ...
        raise WikidataError(f"the Wikidata query at {endpoint} failed: {type(e).__name__}: {e}; "
                            f"{_NO_NETWORK_HINT}") from None
    if len(data) > MAX_BYTES:
        raise WikidataError(f"the answer from {endpoint} is larger than {MAX_BYTES:,} bytes; "
                            "ask for fewer countries (--country) or a later --since")
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise WikidataError(f"the answer from {endpoint} is not JSON ({e}); check --endpoint: it must be a "
                            "SPARQL endpoint") from None


def write_csv(rows: Sequence[dict[str, str]], path: str | Path) -> None:
    """Write ``rows`` as an actor table CSV (UTF-8, header ``COLUMNS``), replacing ``path`` atomically.

    Raises:
        WikidataError: the file cannot be written.
    """
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or Path("."))
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
                w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
                w.writeheader()
                w.writerows(rows)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as e:
        raise WikidataError(f"cannot write {path}: {e}") from None


def refresh(output: str | Path, countries: Iterable[str] | None = None, since: str | dt.date = DEFAULT_SINCE,
            endpoint: str = ENDPOINT, timeout: float = DEFAULT_TIMEOUT) -> list[dict[str, str]]:
    """Fetch heads of state and government from Wikidata and write them to ``output`` (CSV, the actor
    table schema). Nothing is written when the fetch fails or finds no one. Returns the rows written.

    Raises:
        ConfigError: a bad country code, date or endpoint.
        WikidataError: the fetch failed, the answer is malformed or empty, or the file cannot be written.
    """
    codes = _check_countries(countries)
    query = build_query(codes, since)
    rows = rows_from_sparql(fetch_sparql(query, endpoint=endpoint, timeout=timeout), since=since)
    if not rows:
        asked = ", ".join(codes) if codes else "any country"
        raise WikidataError(f"{endpoint} returned no heads of state or government for {asked} since "
                            f"{_check_since(since)}; check the --country codes (ISO 3166-1 alpha-3); "
                            f"{output} was not written")
    write_csv(rows, output)
    return rows
