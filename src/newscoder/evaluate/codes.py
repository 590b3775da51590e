"""Country / organisation codes as the evaluator compares them.

A gold party is a *spec*: a frozenset of accepted values. Members are normalised codes (``"USA"``,
``"EU"``), ``None`` (the text names no party / no country), or a wildcard:

    ANY  ("*")     anything, including None
    ORG  ("*ORG")  any non-country code (an IGO/NGO-style code such as ``UN``, ``NATO``, ``ICRC``)

Predicted countries are normalised the same way (upper case, legacy and alias codes mapped) before comparing.
"""
from __future__ import annotations

import re

import pycountry

ANY = "*"
ORG = "*ORG"
PartySpec = frozenset  # frozenset[str | None]

# Legacy / TABARI / CAMEO 3-letter codes met in the reference data -> ISO 3166-1 alpha-3.
LEGACY_COUNTRY = {
    "JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "UAR": "EGY", "LEB": "LBN", "KUW": "KWT", "ROM": "ROU",
    "ZAM": "ZMB", "ZBW": "ZWE", "RHO": "ZWE", "NZE": "NZL", "GMW": "DEU", "FRG": "DEU", "USR": "RUS",
    "SUN": "RUS", "BUL": "BGR", "INS": "IDN", "IVO": "CIV", "LTH": "LTU", "MOM": "OMN", "ROC": "TWN",
    "UNK": "GBR", "UKG": "GBR", "UAE": "ARE", "ZAR": "COD", "BUR": "MMR", "TMP": "TLS", "SAF": "ZAF",
}
# Extra country codes that pycountry does not list but news coders use.
EXTRA_COUNTRIES = {"XKX", "DDR", "CSK", "YUG", "SCG"}
# Alternative spellings of organisation codes -> the code newscoder uses.
ORG_ALIASES = {"EEC": "EU", "EC": "EU", "UNO": "UN", "ONU": "UN", "OTAN": "NATO"}
# Organisation codes of 2 or 3 letters that the gold validator accepts (longer codes are accepted as is).
SHORT_ORGS = {
    "EU", "UN", "AU", "EC", "G7", "G8", "WB", "EEC", "WTO", "IMF", "WHO", "ILO", "OAS", "OAU", "OIC", "SCO",
    "FAO", "WFP", "ECB", "BIS", "ADB", "IEA", "GCC", "CIS", "IDB", "ICC", "ICJ", "IOC", "G20", "G77", "UNO",
}
# CAMEO "IGO<xxx>" role codes -> the organisation code newscoder would give.
CAMEO_IGO = {"UNO": "UN", "EEC": "EU", "EUR": "EU", "NAT": "NATO", "WTO": "WTO", "IMF": "IMF",
             "AFR": "AU", "AFU": "AU", "WBK": "WB", "OPC": "OPEC", "ASN": "ASEAN", "ARL": "ARAB LEAGUE"}

_CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,11}$")


def is_country(code: str | None) -> bool:
    """True for an ISO 3166-1 alpha-3 code (current or historic) or one of EXTRA_COUNTRIES."""
    if not code or len(code) != 3:
        return False
    code = code.upper()
    if code in EXTRA_COUNTRIES:
        return True
    return (pycountry.countries.get(alpha_3=code) is not None
            or pycountry.historic_countries.get(alpha_3=code) is not None)


def norm_code(code: object) -> str | None:
    """Normalise a predicted or gold country/organisation code; "" and None -> None."""
    if code is None:
        return None
    s = str(code).strip().upper()
    if not s or s in {"---", "NULL", "NONE"}:
        return None
    s = LEGACY_COUNTRY.get(s, s)
    return ORG_ALIASES.get(s, s)


def spec(*values: str | None) -> PartySpec:
    """A party spec from accepted values (already codes or wildcards)."""
    return frozenset(v if v in (ANY, ORG) else norm_code(v) for v in values)


def party_matches(gold: PartySpec, predicted: object) -> bool:
    """Does a predicted country/organisation code satisfy a gold party spec?"""
    if ANY in gold:
        return True
    p = norm_code(predicted)
    if p in gold:
        return True
    return ORG in gold and p is not None and not is_country(p)


def spec_str(gold: PartySpec) -> str:
    """Short display form: USA, null, USA|CAN, *ORG."""
    vals = sorted("null" if v is None else v for v in gold)
    return "|".join(vals) if vals else "?"


def check_code(value: object) -> str | None:
    """Validate a country/IGO code written in a gold file; return a problem or None."""
    if value is None:
        return None
    if not isinstance(value, str):
        return f"must be a string or null, not {value!r}"
    if not _CODE_RE.match(value):
        return (f"{value!r} is not a code: use ISO 3166 alpha-3 in upper case (USA, CAN) "
                f"or an organisation code (EU, UN, NATO)")
    if len(value) == 3 and not is_country(value) and value not in SHORT_ORGS:
        hint = f" (did you mean {LEGACY_COUNTRY[value]}?)" if value in LEGACY_COUNTRY else ""
        return f"{value!r} is not an ISO 3166 alpha-3 country code nor a known organisation code{hint}"
    if len(value) == 2 and value not in SHORT_ORGS:
        alpha3 = pycountry.countries.get(alpha_2=value)
        hint = f" (did you mean {alpha3.alpha_3}?)" if alpha3 else ""
        return f"{value!r} looks like an ISO alpha-2 code; use alpha-3{hint}"
    return None


def cameo_actor_spec(code: str | None) -> PartySpec:
    """A CAMEO-style actor code (``USAGOV``, ``---REB``, ``IGOUNOMIL``, ``IMGMUSISI``) -> a party spec.

    The country is the first three letters when they are a country code (legacy codes mapped);
    ``---`` (unknown country) -> null; ``IGO<xxx>`` -> the organisation when known, else any organisation;
    ``NGO``/``IMG``/``MNC``/regional and other non-country prefixes -> null or any organisation
    (newscoder gives armed groups and NGOs either no country or an organisation code).
    """
    if not code:
        return spec(None)
    c = code.strip().upper()
    head = c[:3]
    if head == "---":
        return spec(None)
    if head == "IGO":
        org = CAMEO_IGO.get(c[3:6])
        return spec(org) if org else frozenset({ORG})
    if head in LEGACY_COUNTRY or is_country(head):
        return spec(head)
    return frozenset({None, ORG})
